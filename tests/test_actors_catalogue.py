"""The actor catalogue: schema check, coverage, alias look-ups and office holders."""

from __future__ import annotations

import importlib.util
import json
import shutil
import time
from importlib import resources
from pathlib import Path

import pytest

from counterclaim.actors import catalogue as cat_mod
from counterclaim.actors import load_catalogue, normalise, validate_catalogue
from counterclaim.actors.catalogue import Catalogue, main

REPO = Path(__file__).resolve().parent.parent
DATA_DIR = REPO / "src" / "counterclaim" / "data" / "actors"


@pytest.fixture(scope="module")
def cat() -> Catalogue:
    return load_catalogue()


def ids(cat: Catalogue, text: str) -> list[str]:
    return [a.id for a in cat.by_alias(text)]


def test_schema_check_has_no_errors() -> None:
    warnings: list[str] = []
    assert validate_catalogue(warnings=warnings) == []
    # Real ambiguities are reported as warnings, not errors.
    assert any("'rsf'" in w and "different kinds" in w for w in warnings)


def test_every_iso3_country_is_present(cat: Catalogue) -> None:
    source = json.loads(
        resources.files("countrystatecity_countries")
        .joinpath("data/countries.json")
        .read_text(encoding="utf-8")
    )
    for c in source:
        iso3 = c["iso3"]
        assert cat.country(iso3) is not None, iso3
        assert cat.government(iso3) is not None, iso3
        assert cat.military(iso3) is not None, iso3
    assert len(source) >= 249


def test_inhabited_countries_have_demonyms(cat: Catalogue) -> None:
    uninhabited = {"ATA", "ATF", "BVT", "HMD", "SGS", "SJM", "UMI"}
    missing = [
        a.id
        for a in cat.actors.values()
        if a.kind == "country" and not a.demonyms and a.country not in uninhabited
    ]
    assert missing == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow", "gov:RUS"),
        ("the Kremlin", "gov:RUS"),
        ("Kiev", "gov:UKR"),
        ("Kyiv", "gov:UKR"),
        ("Pyongyang", "gov:PRK"),
        ("White House", "gov:USA"),
        ("Washington", "gov:USA"),
        ("Beijing", "gov:CHN"),
        ("Downing Street", "gov:GBR"),
        ("Élysée", "gov:FRA"),
        ("Elysee", "gov:FRA"),
        ("Bankova", "gov:UKR"),
        ("North Korean", "country:PRK"),
        ("North Korea", "country:PRK"),
        ("DPRK", "country:PRK"),
        ("Russian Federation", "country:RUS"),
        ("Türkiye", "country:TUR"),
        ("Turkiye", "country:TUR"),
        ("Burma", "country:MMR"),
        ("U.S.", "country:USA"),
        ("US", "country:USA"),
        ("the United States", "country:USA"),
        ("Britain", "country:GBR"),
        ("Russian forces", "mil:RUS"),
        ("Russian troops", "mil:RUS"),
        ("the Russian command", "mil:RUS"),
        ("Russia's defence ministry", "mil:RUS"),
        ("Russia’s Defense Ministry", "mil:RUS"),
        ("the Ukrainian General Staff", "mil:UKR"),
        ("Ukraine's General Staff", "mil:UKR"),
        ("Armed Forces of Ukraine", "mil:UKR"),
        ("U.S. forces", "mil:USA"),
        ("the Pentagon", "mil:USA"),
        ("IDF", "mil:ISR"),
        ("Korean People's Army", "mil:PRK"),
        ("Russian authorities", "gov:RUS"),
        ("the North Korean regime", "gov:PRK"),
        ("Kremlin officials", "gov:RUS"),
        ("the Kiev regime", "gov:UKR"),
        ("Reuters", "media:reuters"),
        ("AP", "media:ap"),
        ("KCNA", "media:kcna"),
        ("RIA Novosti", "media:ria-novosti"),
        ("NATO", "org:nato"),
        ("U.N.", "org:un"),
        ("Hamas", "group:hamas"),
        ("Ansar Allah", "group:houthis"),
        ("IRGC", "group:irgc"),
        ("Daesh", "group:isis"),
        ("Kim Jong-un", "person:kim-jong-un"),
        ("Kim Jong Un", "person:kim-jong-un"),
        ("Sergey Shoigu", "person:sergei-shoigu"),
        ("Recep Tayyip Erdogan", "person:recep-tayyip-erdogan"),
    ],
)
def test_by_alias(cat: Catalogue, text: str, expected: str) -> None:
    assert expected in ids(cat, text)


def test_first_result_is_the_listed_name(cat: Catalogue) -> None:
    # "Brussels" is listed for the EU and is also Belgium's capital: the listing comes first.
    assert ids(cat, "Brussels")[:2] == ["org:eu", "gov:BEL"]
    assert ids(cat, "Reuters") == ["media:reuters"]
    assert cat.by_alias("Reuters")[0].kind == "media"


def test_everyday_words_need_name_case(cat: Catalogue) -> None:
    assert ids(cat, "us") == []
    assert ids(cat, "who") == []
    assert ids(cat, "WHO") == ["org:who"]
    assert ids(cat, "independent") == []
    assert ids(cat, "The Independent") == ["media:independent"]


def test_no_false_derivations(cat: Catalogue) -> None:
    assert ids(cat, "pro-Russian forces") == []
    assert ids(cat, "Russian-backed forces") == []
    assert ids(cat, "") == []


def test_zelensky_transliterations(cat: Catalogue) -> None:
    found = {ids(cat, t)[0] for t in ("Zelenskiy", "Zelensky", "Zelenskyy", "Volodymyr Zelensky")}
    assert found == {"person:volodymyr-zelenskyy"}


def test_gerasimov_role(cat: Catalogue) -> None:
    (actor,) = cat.by_alias("Valery Gerasimov")
    assert actor.kind == "person"
    assert actor.country == "RUS"
    assert any(
        r.title == "Chief of the General Staff" and r.org == "mil:RUS" and r.active_on("2024-12-01")
        for r in actor.roles
    )
    assert cat.by_alias("Valeriy Gerasimov") == [actor]
    assert actor in [a for a, _ in cat.roles_at("2024-12-01")]


def test_holders(cat: Catalogue) -> None:
    def names(keyword: str, country: str | None = None, day: str | None = None) -> list[str]:
        return [a.name for a in cat.holders(keyword, country, day)]

    assert names("defence minister", "RUS", "2023-06-01") == ["Sergei Shoigu"]
    assert names("defence minister", "RUS", "2025-01-01") == ["Andrei Belousov"]
    assert names("Chief of the General Staff", "RUS", "2016-01-01") == ["Valery Gerasimov"]
    assert names("commander-in-chief", "UKR", "2023-06-01") == ["Valerii Zaluzhnyi"]
    assert names("commander-in-chief", "UKR", "2024-06-01") == ["Oleksandr Syrskyi"]
    assert names("president", "USA", "2018-01-01") == ["Donald Trump"]
    assert names("president", "USA", "2022-01-01") == ["Joe Biden"]
    assert names("foreign minister", "USA", "2022-01-01") == ["Antony Blinken"]
    assert names("defense secretary", "USA", "2022-01-01") == ["Lloyd Austin"]
    # No date: the current holder.
    assert names("president", "RUS") == ["Vladimir Putin"]
    # Qualified titles (deputy, spokesperson, aide...) do not answer a plain keyword.
    assert "Dmitry Peskov" not in names("president", "RUS", "2020-01-01")
    assert set(names("spokesperson", "RUS", "2020-01-01")) == {
        "Maria Zakharova",
        "Igor Konashenkov",
    }


def test_normalise() -> None:
    assert normalise("U.S.") == normalise("US") == "us"
    assert normalise("the  Kremlin") == "kremlin"
    assert normalise("Élysée") == "elysee"
    assert normalise("Russia’s") == "russia's"
    assert normalise("Kim Jong-un") == normalise("Kim Jong Un")
    assert normalise("Defense Ministry") == "defence ministry"


def test_loading_is_fast() -> None:
    cat_mod._load.cache_clear()
    start = time.perf_counter()
    load_catalogue()
    # About 25 ms on a laptop; the bound leaves room for a slow CI machine.
    assert time.perf_counter() - start < 0.5


def _broken_copy(tmp_path: Path) -> Path:
    target = tmp_path / "actors"
    shutil.copytree(DATA_DIR, target)
    with (target / "persons.tsv").open("a", encoding="utf-8") as fh:
        fh.write("person:bad-date\tBad Date\tRUS\t\tMinister@gov:RUS@2024-13-01@\n")
        fh.write("person:bad-org\tBad Org\tRUS\t\tMinister@gov:XXX@2020@\n")
        fh.write("person:bad-country\tBad Country\tZZZ\t\t\n")
        fh.write("person:Bad_Id\tBad Id\tRUS\t\t\n")
        fh.write("person:sergei-lavrov\tDuplicate\tRUS\t\t\n")
        fh.write("person:too-few\tToo Few\n")
    with (target / "organisations.tsv").open("a", encoding="utf-8") as fh:
        fh.write("org:bad-kind\tBad Kind\tagency\t\t\n")
    return target


def test_schema_check_catches_bad_rows(tmp_path: Path) -> None:
    errors = validate_catalogue(_broken_copy(tmp_path))
    text = "\n".join(errors)
    assert "malformed start date '2024-13-01'" in text
    assert "unknown org id 'gov:XXX'" in text
    assert "country 'ZZZ' is not an iso3" in text
    assert "id 'person:Bad_Id'" in text
    assert "duplicate id person:sergei-lavrov" in text
    assert "2 fields, expected 5" in text
    assert "unknown kind 'agency'" in text
    assert len(errors) == 7


def test_check_command_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--check", "-q"]) == 0
    assert main(["--check", "-q", "--dir", str(_broken_copy(tmp_path))]) == 1
    assert "error:" in capsys.readouterr().out


def test_generated_files_are_current() -> None:
    spec = importlib.util.spec_from_file_location(
        "build_country_catalogue", REPO / "scripts" / "build_country_catalogue.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--check"]) == 0


def test_the_bodies_of_a_states_rulers_are_the_states(cat: Catalogue) -> None:
    # "Taliban government" is listed as Afghanistan's: "the Taliban's defence ministry"
    # is its armed forces, "Taliban foreign ministry" its government (both were nobody);
    # "the Taliban" and "a Taliban spokesman" stay the movement's to say
    assert ids(cat, "the Taliban's defence ministry") == ["mil:AFG"]
    assert ids(cat, "Taliban foreign ministry") == ["gov:AFG"]
    assert ids(cat, "Taliban forces") == ["mil:AFG"]
    assert ids(cat, "Taliban") == ["group:taliban"]
    assert ids(cat, "Taliban fighters") == ["group:taliban"]
    assert ids(cat, "Taliban spokesman") == []
