"""Geoparser: gazetteer look-ups, toponym finding and context-aware resolution.

The gazetteer index is built from installed packages on first use (about 20 s, then
cached under ``COUNTERCLAIM_CACHE``); only the last test needs ../shared/data.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from counterclaim import settings
from counterclaim.geo import Gazetteer, Place, Resolution, Toponym, find_toponyms, resolve
from counterclaim.geo.gazetteer import airport_names
from counterclaim.geo.toponyms import toponym_for_span
from counterclaim.records import Analysis

Analyze = Callable[[str], Analysis]

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "kursk-machine-translated.txt"
KURSK_OBLAST = "adm1:RU-KRS"


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="session")
def spacy_nlp() -> Language:
    """The plain model (no counterclaim components): toponyms need only NER."""
    return spacy.load(settings.model_name())


def _spans(text: str, *phrases: str) -> list[Toponym]:
    """Toponyms for the first occurrence of each phrase."""
    out = []
    for phrase in phrases:
        start = text.index(phrase)
        out.append(toponym_for_span(text, start, start + len(phrase)))
    return out


def _resolve_text(nlp: Language, text: str) -> list[Resolution]:
    doc = nlp(text)
    return resolve(find_toponyms(doc), text, doc)


def _near(place: Place | None, lat: float, lon: float, tol: float = 0.5) -> bool:
    return (
        place is not None
        and place.lat is not None
        and place.lon is not None
        and abs(place.lat - lat) <= tol
        and abs(place.lon - lon) <= tol
    )


# --------------------------------------------------------------------------- gazetteer


def test_gazetteer_names_and_variants(gaz: Gazetteer) -> None:
    kursk = gaz.get(KURSK_OBLAST)
    assert kursk is not None and kursk.kind == "admin1" and kursk.country == "RU"
    assert _near(kursk, 51.7, 36.2)
    for name in ("Kursk", "Kursk Oblast", "Kursk region", "Kurskaya oblast"):
        assert KURSK_OBLAST in {p.id for p in gaz.candidates(name)}, name
    city = next(p for p in gaz.candidates("Kursk") if p.kind == "city")
    assert city.id == "gn:538560" and city.admin1 == "Kursk" and city.population > 400_000
    assert "country:US" in {p.id for p in gaz.candidates("U.S.")}
    assert {p.kind for p in gaz.candidates("Georgia")} >= {"country", "admin1"}
    assert gaz.candidates("Qwzxkrt") == []


def test_gazetteer_load_is_cached(gaz: Gazetteer) -> None:
    assert Gazetteer.load() is gaz
    assert gaz.path.exists() and gaz.path.parent == settings.cache_dir()


# --------------------------------------------------------------------------- toponyms


def test_toponym_forms() -> None:
    text = "Fighting in the Kursk region and the Kurns Border Region, near Kursk Oblast."
    a, b, c = _spans(text, "Kursk region", "Kurns Border Region", "Kursk Oblast")
    assert (a.form, a.name_for_lookup) == ("region", "Kursk")
    assert (b.form, b.name_for_lookup) == ("region", "Kurns")
    assert (c.form, c.name_for_lookup) == ("region", "Kursk")
    (d,) = _spans("Deputies in Rapides Parish said", "Rapides Parish")
    assert d.form == "county"


def test_find_toponyms_offsets_and_kursk(spacy_nlp: Language) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    doc = spacy_nlp(text)
    tops = find_toponyms(doc)
    assert tops, "no toponyms found"
    for t in tops:
        assert text[t.start : t.end] == t.text
    ends = [t.end for t in tops]
    assert all(e <= s for e, s in zip(ends, [t.start for t in tops][1:], strict=False))
    texts = {t.text for t in tops}
    # NER tags "Kursk" as PRODUCT and misses "region"; garbled names are no entity
    assert {"Kursk", "Kursk region", "Kurns Border Region", "Kurian region"} <= texts
    assert not any(t.text in ("Russian", "Ukrainian", "North Korean", "North") for t in tops)


# --------------------------------------------------------------------------- resolution


def test_founding_example_resolves_to_kursk_oblast(spacy_nlp: Language) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    results = _resolve_text(spacy_nlp, text)
    kursk = [r for r in results if r.toponym.text.startswith(("Kursk", "Kurns", "Kurian"))]
    assert {r.toponym.text for r in kursk} >= {
        "Kursk",
        "Kursk region",
        "Kurns Border Region",
        "Kurian region",
    }
    for r in kursk:
        assert r.place is not None and r.place.id == KURSK_OBLAST, r
        assert _near(r.place, 51.7, 36.2), r.place
        assert r.place.country == "RU"
    by_text = {r.toponym.text: r.place.id for r in results if r.place}
    assert by_text["Russia"] == "country:RU"
    assert by_text["Ukraine"] == "country:UA"
    assert by_text["Moscow"] == "gn:524901"


def test_kursk_oblast_variants_resolve() -> None:
    text = "Shelling hit Kursk Oblast and the Kurskaya oblast capital, Russian officials said."
    for r in resolve(_spans(text, "Kursk Oblast", "Kurskaya oblast"), text):
        assert r.place is not None and r.place.id == KURSK_OBLAST


def test_garbled_name_without_support_stays_unresolved() -> None:
    text = "The mayor of Paris said tourism in Paris had recovered, and Kurns was quiet."
    results = resolve(_spans(text, "Paris", "Kurns"), text)
    assert results[0].place is not None and results[0].place.country == "FR"
    assert results[1].place is None and results[1].confidence == 0.0
    text2 = "Officials in Paris spoke about the Kurns Border Region on Monday."
    results2 = resolve(_spans(text2, "Paris", "Kurns Border Region"), text2)
    assert results2[1].place is None


def test_garbled_name_found_alone_stays_unresolved(spacy_nlp: Language) -> None:
    text = "The mayor of Paris said tourism had recovered. In the Kurns region, all was quiet."
    for r in _resolve_text(spacy_nlp, text):
        if r.toponym.text.startswith("Kurns"):
            assert r.place is None


def test_paris_in_an_article_about_texas() -> None:
    text = (
        "Police in Paris arrested two men on Friday. The Lamar County seat, about 100 miles "
        "northeast of Dallas, is one of the oldest towns in Texas."
    )
    r = resolve(_spans(text, "Paris", "Dallas", "Texas"), text)
    assert r[0].place is not None and r[0].place.admin1 == "Texas"
    assert _near(r[0].place, 33.66, -95.56)
    qualified = "A storm hit Paris, Texas, on Friday."
    (q,) = resolve(_spans(qualified, "Paris"), qualified)
    assert q.place is not None and q.place.admin1 == "Texas"


def test_paris_alone_is_france() -> None:
    text = "Talks resumed in Paris on Monday."
    (r,) = resolve(_spans(text, "Paris"), text)
    assert r.place is not None and r.place.country == "FR" and r.place.kind == "city"


def test_georgia_with_tbilisi_is_the_country() -> None:
    text = "Protesters filled the streets of Tbilisi as Georgia's parliament voted."
    r = resolve(_spans(text, "Tbilisi", "Georgia"), text)
    assert r[1].place is not None and r[1].place.id == "country:GE"
    text2 = "Atlanta police said the storm crossed Georgia overnight."
    r2 = resolve(_spans(text2, "Atlanta", "Georgia"), text2)
    assert r2[1].place is not None and r2[1].place.id == "adm1:US-GA"


def test_alexandria_with_louisiana_context() -> None:
    text = (
        "An Alexandria woman was charged with arson, the Rapides Parish sheriff said. "
        "Louisiana fire officials investigated."
    )
    r = resolve(_spans(text, "Alexandria", "Rapides Parish", "Louisiana"), text)
    assert r[0].place is not None and r[0].place.admin1 == "Louisiana"
    assert _near(r[0].place, 31.31, -92.45)
    assert r[1].place is not None and r[1].place.kind == "admin2"


def test_qualifier_naming_a_division_beats_a_larger_town_elsewhere() -> None:
    text = "A Paris, Missouri, man was arrested on a Texas warrant."
    (r,) = resolve(_spans(text, "Paris"), text)
    assert r.place is not None and r.place.admin1 == "Missouri"


def test_unmarked_repeat_of_a_toponym_is_no_evidence() -> None:
    text = (
        "The school is coming back to Alexandria. Alexandria parents met in Washington, "
        "D.C., and the Alexandria school board agreed."
    )
    r = resolve(_spans(text, "Alexandria", "Washington", "D.C."), text)
    assert r[0].place is not None and r[0].place.admin1 == "Virginia"


def test_airport_names() -> None:
    names, bare = airport_names("London Heathrow Airport", "London")
    assert names == ["London Heathrow Airport", "Heathrow Airport"] and "Heathrow" in bare
    names, bare = airport_names("Ottawa / Macdonald-Cartier International Airport", "Ottawa")
    assert "Macdonald-Cartier International Airport" in names and "Ottawa" not in names
    assert bare == ["Macdonald-Cartier"]
    assert airport_names("Calgary International Airport", "Calgary")[1] == []


def test_airports_resolve_with_context() -> None:
    text = "Flights from Heathrow and Gatwick were cancelled as snow fell on London."
    r = resolve(_spans(text, "Heathrow", "Gatwick", "London"), text)
    assert r[0].place is not None and r[0].place.kind == "airport"
    assert _near(r[0].place, 51.47, -0.46)
    assert r[1].place is not None and r[1].place.country == "GB"
    text2 = "Delays spread from Pearson International Airport in Toronto."
    (a, _) = resolve(_spans(text2, "Pearson International Airport", "Toronto"), text2)
    assert a.place is not None and _near(a.place, 43.68, -79.63)


def test_demonym_as_given_toponym_is_its_country() -> None:
    text = "Egyptian officials met in Cairo."
    r = resolve(_spans(text, "Egyptian", "Cairo"), text)
    assert r[0].place is not None and r[0].place.id == "country:EG"


def test_same_name_same_place_in_one_article() -> None:
    text = "Alexandria, Va., officials said. Later, Alexandria police confirmed it."
    t1 = toponym_for_span(text, 0, 10)
    start = text.index("Alexandria", 5)
    t2 = toponym_for_span(text, start, start + 10)
    r = resolve([t1, t2], text)
    assert r[0].place == r[1].place and r[0].place is not None
    assert r[0].place.admin1 == "Virginia"


# --------------------------------------------------------------------------- evaluation


def test_eval_geo_on_first_lgl_articles() -> None:
    corpus = settings.data_dir() / "geo" / "lgl.xml"
    if not corpus.exists():
        pytest.skip(f"LGL corpus not found: {corpus} (set COUNTERCLAIM_DATA)")
    from counterclaim.eval.geo import evaluate_geo, load_corpus

    articles = load_corpus(corpus)
    assert len(articles) > 500
    assert all(a.text[t.start : t.end] == t.phrase for a in articles[:30] for t in a.toponyms)
    result = evaluate_geo(corpus, limit=30)
    assert result["toponyms"] > 100
    assert set(result) >= {"corpus", "toponyms", "resolved", "accuracy_161km", "mean_km"}
    assert result["accuracy_161km"] >= 0.6
    assert result["median_km"] < 161


def test_a_district_of_a_town_lies_in_that_town() -> None:
    """Regression (issue 5, held-out dev): "the Karari district of northern Omdurman"
    resolved Karari to a town in Uttar Pradesh, so the market toll and the shelling in
    Karari never met the reports about Omdurman."""
    text = "Shells hit a market in the Karari district of northern Omdurman, Sudan."
    karari, omdurman = resolve(_spans(text, "Karari", "Omdurman"), text)
    assert omdurman.place is not None and omdurman.place.country == "SD"
    assert karari.place is not None and karari.place.country == "SD"
    assert _near(karari.place, omdurman.place.lat or 0, omdurman.place.lon or 0)
    assert karari.place.approx and 0 < karari.confidence <= 1


def test_the_city_suburb_of_a_town_keeps_the_town() -> None:
    """Regression (issue 5): the part-of rule read "the Cincinnati suburb of West
    Chester" backwards (TR-News); within one country it leaves both names alone."""
    text = "He lives in the Cincinnati suburb of West Chester, Ohio."
    cincinnati, _wc, _oh = resolve(_spans(text, "Cincinnati", "West Chester", "Ohio"), text)
    assert _near(cincinnati.place, 39.16, -84.46)


def test_a_place_in_an_outlets_name_is_no_place_issue_5(spacy_nlp: Language) -> None:
    """Regression (issue 5): "told the Kyiv Independent", "The Moscow Times reported"
    put Kyiv and Moscow on the map."""
    text = (
        "The spokesman told the Kyiv Independent that the town held. The Moscow Times "
        "reported it too, as did The Times of Israel. Fighting went on near Kyiv."
    )
    found = [(t.text, t.start) for t in find_toponyms(spacy_nlp(text))]
    assert found == [("Kyiv", text.rindex("Kyiv"))]


@pytest.mark.parametrize(
    ("phrase", "country", "kind"),
    [
        ("Anbar province", "IQ", "admin1"),  # "Al Anbar" without its article
        ("South Kivu province", "CD", "admin1"),  # the package has "Sud-Kivu"
        ("Hodeidah province", "YE", "admin1"),  # the package has "Al Hudaydah"
        ("the Zaporizhzhia region", "UA", "admin1"),  # not the city
    ],
)
def test_divisions_by_their_english_names_issue_5(
    spacy_nlp: Language, phrase: str, country: str, kind: str
) -> None:
    """Regression (issue 5): "Anbar province" was a Turkish town, "South Kivu province"
    and "Hodeidah province" nothing, "the Zaporizhzhia region" the city."""
    [r] = [x for x in _resolve_text(spacy_nlp, f"Fighting spread to {phrase} on Monday.")]
    assert r.place is not None and (r.place.country, r.place.kind) == (country, kind)


@pytest.mark.parametrize(
    ("text", "phrase", "place_id"),
    [
        # the package names Chad's Lac province in French; "Lake province" was a US town
        ("Chad's army said Boko Haram attacked a base in the Lake province.", "Lake province",
         "adm1:TD-LC"),
        ("Congolese troops retook the town in the Upper Uele province.", "Upper Uele province",
         "adm1:CD-HU"),
        # the possessive country qualifies the region ("Burkina Faso's East region" was
        # read as one unknown name)
        ("Fighters seized the town in Burkina Faso's East region.", "East region",
         "adm1:BF-08"),
    ],
)  # fmt: skip
def test_french_divisions_by_their_english_names_issue_5(
    spacy_nlp: Language, text: str, phrase: str, place_id: str
) -> None:
    """Regression (issue 5, held-out dev7): divisions named in French by the package."""
    found = {r.toponym.text: r.place for r in _resolve_text(spacy_nlp, text)}
    place = found.get(phrase)
    assert place is not None and place.id == place_id, found


@pytest.mark.parametrize("lake", ["Lake Chad", "Lake Kivu", "Lake Tanganyika"])
def test_lakes_that_border_wars_are_places_issue_5(spacy_nlp: Language, lake: str) -> None:
    """Regression (issue 5, held-out dev7): "attacks around Lake Chad" placed nothing."""
    found = {
        r.toponym.text: r.place
        for r in _resolve_text(spacy_nlp, f"Attacks around {lake} have surged, officials said.")
    }
    place = found.get(lake)
    assert place is not None and place.kind == "region" and place.lat is not None, found


def test_congo_in_a_goma_dateline_is_the_drc_issue_5(spacy_nlp: Language) -> None:
    """Regression (issue 5): "Congo" was only the Republic of the Congo."""
    text = "GOMA, Congo, Feb 12 (Reuters) - M23 rebels attacked the town of Sake on Tuesday."
    found = {r.toponym.text: r.place for r in _resolve_text(spacy_nlp, text)}
    assert found["Congo"] is not None and found["Congo"].country == "CD"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the packages lack Nasir, South Sudan; "Nasir Extension" is in Khartoum
        (
            "Shells hit a market in the town of Nasir in South Sudan's Upper Nile state.",
            "adm1:SS-NU",
        ),
        ("Fighting in Nasir, South Sudan, continued on Monday.", "country:SS"),
    ],
)
def test_a_town_the_article_places_in_a_division_stays_there_issue_5(
    spacy_nlp: Language, text: str, expected: str
) -> None:
    """Regression (issue 5, probe): "Nasir in South Sudan's Upper Nile state" resolved to
    a namesake in Khartoum; a town the gazetteer lacks is placed, approximately, in the
    division the article names."""
    found = {r.toponym.text: r.place for r in _resolve_text(spacy_nlp, text)}
    place = found["Nasir"]
    assert place is not None and place.id == expected and place.approx


def test_a_list_of_countries_is_no_containment_issue_5(spacy_nlp: Language) -> None:
    """Regression (issue 5): "Russia, Turkey and Iran" must not put Russia in Turkey."""
    text = "Talks between Russia, Turkey and Iran resumed in Astana."
    found = {r.toponym.text: r.place for r in _resolve_text(spacy_nlp, text)}
    assert found["Russia"] is not None and found["Russia"].id == "country:RU"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rebels captured Hsipaw on Tuesday, residents said.", "Hsipaw"),
        ("The TNLA said it had seized Hsipaw.", "Hsipaw"),
        ("Fano commander Zemene Kassie said his fighters had seized Debre Markos.", "Debre Markos"),
        ("The opposition said government forces had attacked Kadugli.", "Kadugli"),
    ],
)
def test_a_town_taken_is_a_place_even_tagged_a_person_issue_5(
    spacy_nlp: Language, text: str, name: str
) -> None:
    """Regression (issue 5, probe): a town the tagger called a person (or nothing) as the
    object of "seized"/"captured"/"attacked" was no place (and became an actor)."""
    assert name in {t.text for t in find_toponyms(spacy_nlp(text))}


def test_a_person_taken_into_custody_stays_a_person_issue_5(spacy_nlp: Language) -> None:
    assert not find_toponyms(spacy_nlp("Police said they had taken Michael Thomas into custody."))


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Houthi forces attacked a tanker in the Red Sea on Monday.", "Red Sea", "region:red-sea"),
        ("Flooding hit Port Sudan in Sudan's Red Sea state.", "Red Sea", "adm1:SD-RS"),
        ("A drone boat struck a ship in the Sea of Azov.", "Sea of Azov", "region:sea-of-azov"),
    ],
)
def test_seas_are_seas_and_a_state_named_after_one_stays_a_state_issue_5(
    spacy_nlp: Language, text: str, name: str, expected: str
) -> None:
    """Regression (issue 5, probe): "the Red Sea" resolved to Sudan's Red Sea state."""
    found = {r.toponym.text: r.place for r in _resolve_text(spacy_nlp, text)}
    place = next(p for t, p in found.items() if name in t)
    assert place is not None and place.id == expected


def test_a_word_inside_a_bodys_name_is_no_place_issue_5(spacy_nlp: Language) -> None:
    """Regression (issue 5, held-out dev2): "Maritime" in "Ionian Star Maritime" and
    "United Kingdom Maritime Trade Operations" was Togo's Maritime region, and became the
    tanker attack's place."""
    doc = spacy_nlp("The tanker's manager, Ionian Star Maritime, gave a different picture.")
    assert [t.text for t in find_toponyms(doc)] == []


def test_a_shoal_is_not_an_english_town_issue_5(spacy_nlp: Language) -> None:
    """Regression (issue 5, probe): "near Scarborough Shoal" was Scarborough, England."""
    text = "Chinese ships fired water cannons at a Philippine vessel near Scarborough Shoal."
    found = {r.toponym.text: r.place for r in _resolve_text(spacy_nlp, text)}
    place = found["Scarborough Shoal"]
    assert place is not None and abs(place.lat - 15.15) < 0.5


def test_a_village_in_a_named_region_is_placed_in_it_issue_5(spacy_nlp: Language) -> None:
    """Regression (issue 5, probe): "the village of Novoolenivka in Ukraine's Donetsk
    region" (no gazetteer entry) was left unplaced, so its claims took the region."""
    text = "Its forces captured the village of Novoolenivka in Ukraine's Donetsk region."
    found = {r.toponym.text: r.place for r in _resolve_text(spacy_nlp, text)}
    place = found["Novoolenivka"]
    assert place is not None and place.id == "adm1:UA-14" and place.approx


def test_the_gulf_is_the_persian_gulf_issue_5(spacy_nlp: Language) -> None:
    """Regression (issue 5, user probe): "the Gulf-based operator" was Gulf Province,
    Papua New Guinea, and made the story's government Papua New Guinea's."""
    text = "Claire Dubois, who heads the Gulf-based operator, said the deal was signed."
    found = {r.toponym.text: r.place for r in _resolve_text(spacy_nlp, text)}
    assert found["Gulf"] is not None and found["Gulf"].id == "region:persian-gulf"


def test_a_word_before_an_arabic_article_is_no_place_of_its_own_issue_5(
    spacy_nlp: Language,
) -> None:
    """Regression (issue 5, probe): "Ain al-Asad air base" was Ain, a French
    département, and placed every claim of the story in France."""
    doc = spacy_nlp("A militia said it launched a drone attack on Ain al-Asad air base on Friday.")
    assert "Ain" not in {t.text for t in find_toponyms(doc)}


@pytest.mark.parametrize(
    "text",
    [
        "Militants took Hassan from his home.",
        "Khan was taken to hospital.",
        "Khan was taken hostage.",
    ],
)
def test_a_person_taken_is_no_place_issue_5(spacy_nlp: Language, text: str) -> None:
    """Regression (issue 5, review): "took Hassan" made Hassan, India, a place (and a
    control claim there); "taken" reads ground only for towns, never "taken to"."""
    assert find_toponyms(spacy_nlp(text)) == []


def test_a_colon_dateline_only_opens_the_text_issue_2() -> None:
    """Regression (issue 2, review): the "CITY: " dateline form matched any line that
    opens with capitals ("UPDATE: ...")."""
    from counterclaim.extract.lexicon import DATELINE

    assert DATELINE.match("ISLAMABAD: The Foreign Office said x.")
    assert not list(DATELINE.finditer("The army spoke.\\nUPDATE: the army said more."))


def test_a_peoples_name_tagged_gpe_is_no_place_issue_4(spacy_nlp: Language) -> None:
    """Regression (issue 4, held-out dev5): "Baloch separatist groups", with "Baloch"
    tagged GPE and no such place in the gazetteer, named a place "Baloch" that every
    later "Baloch" (in "Jeeyand Baloch", "Baloch Liberation Army") repeated."""
    doc = spacy_nlp(
        'It blamed "Indian-sponsored terrorists", a term Pakistan now uses for Baloch '
        "separatist groups. Its spokesman, Jeeyand Baloch, said the fighters had held "
        "the camp in Balochistan."
    )
    names = [doc.text[t.start : t.end] for t in find_toponyms(doc)]
    assert "Baloch" not in names and "Balochistan" in names


# -- user probe 2026-12-07 (issue 5): ranks and armed groups named like towns ----------


def _places(text: str) -> list[tuple[str, str | None]]:
    import counterclaim as cc

    a = cc.analyze(text, published="2025-05-14")
    return [(p.span.text, p.country) for p in a.places]


def test_an_abbreviated_rank_before_a_name_is_no_place() -> None:
    # "Brig." is Brig, Switzerland, to the gazetteer; before a name it is a rank
    text = (
        '"The airport is secure," Brig. Gen. Hassan Idris, an army spokesman, told '
        "reporters in Omdurman."
    )
    assert [p for p, _ in _places(text)] == ["Omdurman"]


def test_a_town_named_like_a_rank_stays_a_place() -> None:
    text = "The convoy reached Brig. The police in Brig said the road was closed."
    assert [c for _, c in _places(text)] == ["CH", "CH"]


def test_an_armed_group_is_no_town() -> None:
    # "Wagner" names a town in Brazil too; here it is the mercenary group, and no claim
    # is placed there
    text = (
        "Separatists said they had shot down a drone carrying Wagner instructors near "
        "Kidal. A blogger close to Wagner said two instructors were killed."
    )
    import counterclaim as cc

    a = cc.analyze(text, published="2025-05-14")
    assert all(p.country != "BR" for p in a.places)
    assert all(c.place is None or "Wagner" not in c.place.text for c in a.claims)


# -- user probe, 2026-12-07 (issue 4) ------------------------------------------


def test_a_town_tagged_as_a_body_is_ground_when_taken_issue_4(analyze_text: Analyze) -> None:
    """Regression (P3 probe): "captured Marinka" with the town tagged ORG gave no place,
    so the claim's place was the bare name "marinka" while "seized Marinka" (tagged
    PERSON) resolved: the two articles' claims never met."""
    for text in (
        "Rebels said they had captured Marinka.",
        "The army denied that rebels had captured Marinka.",
        "The army said it had recaptured Marinka.",
    ):
        result = analyze_text(text).to_dict()
        assert [p["id"] for p in result["places"]] == ["gn:701845"], text
        assert [c["place"]["key"] for c in result["claims"]] == ["gn:701845"], text
    # an actor the catalogue knows stays no place: "captured Hamas" is not Hamm, Germany
    places = analyze_text("Israel said it had captured Hamas.").to_dict()["places"]
    assert "Hamas" not in [p["text"] for p in places]


def test_a_place_ending_a_headline_leaves_the_blank_line_out_issue_4(
    analyze_text: Analyze,
) -> None:
    """Regression (P3 probe): "Strike hits depot near Avdiivka" as a headline gave the
    place "Avdiivka\\n\\n" (the tagger ran the entity over the blank line), and every
    dispute label naming it broke across lines."""
    text = "Strike hits depot near Avdiivka\n\nMarch 5, 2025\n\nA missile struck a depot."
    places = analyze_text(text).to_dict()["places"]
    assert [(p["text"], p["start"], p["end"]) for p in places] == [("Avdiivka", 23, 31)]


def test_a_first_name_that_is_a_town_is_no_place_issue_4(analyze_text: Analyze) -> None:
    """Regression (P3 probe): in "A United Nations official, Marta Hurtado, said ..." the
    tagger took "Marta" for a place (and "Hurtado" for a date): Marta, Italy became the
    place of every casualty claim in the article, and the toll left its real town."""
    text = (
        "A United Nations official, Marta Hurtado, said the organisation had confirmed "
        "nine civilian deaths."
    )
    assert [p["text"] for p in analyze_text(text).to_dict()["places"]] == []
    # a place word before a place noun or a body's name stays a place
    kept = analyze_text("Rockets hit Gaza City overnight, officials said.").to_dict()["places"]
    assert [p["text"] for p in kept] == ["Gaza City"]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Army spokesman Andriy Kovalenko said Marinka remains under Ukrainian control.",
            "Marinka",
        ),
        ("Officials said Avdiivka remained under Russian control.", "Avdiivka"),
    ],
)
def test_a_town_said_to_remain_under_control_is_a_place_issue_4(
    analyze_text: Analyze, text: str, town: str
) -> None:
    """Regression (P3 probe): "Marinka remains under Ukrainian control" (the town tagged
    PERSON) found no place, so the defender's word never met the attacker's "captured
    Marinka"."""
    assert [p["text"] for p in analyze_text(text).to_dict()["places"]] == [town]
