"""Places in conflict news resolved in the country the article is about.

A town written the same way in several stories of one conflict must land in the same
place, or the claims about it split into two propositions: the article's qualifiers
("Nasir, in South Sudan's Upper Nile state", "the Lebanese border village of Qasr",
"Indonesia's Highland Papua province"), the armed groups it names and its other places
settle a name's namesakes, and a lone namesake abroad is not taken for the article's town.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from counterclaim import settings
from counterclaim.geo import Resolution, find_toponyms, resolve
from counterclaim.geo.toponyms import toponym_for_span


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load(settings.model_name())


def _places(nlp: Language, text: str) -> dict[str, Resolution]:
    doc = nlp(text)
    return {r.toponym.text: r for r in resolve(find_toponyms(doc), text, doc)}


def _country(r: Resolution | None) -> str | None:
    return r.place.country if r is not None and r.place is not None else None


def test_a_seat_with_no_population_is_not_outweighed_by_a_namesake_abroad() -> None:
    # GeoNames lists Yemen's Hays with no population: it lost to Hays, Kansas
    text = (
        "DUBAI, Nov 10 (AFP) - Yemen's rebels on Monday broadcast footage of what they "
        "said were government soldiers captured during fighting near Hays."
    )
    names = ("DUBAI", "Yemen", "Hays")
    spans = [toponym_for_span(text, text.index(w), text.index(w) + len(w)) for w in names]
    found = {r.toponym.text: r for r in resolve(spans, text)}
    assert _country(found["Hays"]) == "YE"


def test_a_country_after_a_comma_and_in_contains_the_town(nlp: Language) -> None:
    text = (
        "The group said its fighters had overrun a military camp in Léré, in Mali's "
        "Timbuktu region near the Mauritanian border."
    )
    r = _places(nlp, text)["Léré"]
    assert _country(r) == "ML"  # not Lere, Nigeria


def test_a_division_after_a_direction_word_contains_the_town(nlp: Language) -> None:
    # "eastern" before the province; Tapoa is a province the packages may lack: the
    # country alone still places the town
    text = (
        "The group said its fighters had seized Kiendi, a market town in Burkina Faso's "
        "eastern Tapoa province, after a day of fighting."
    )
    r = _places(nlp, text)["Kiendi"]
    assert _country(r) == "BF"  # not Kièndi, Ivory Coast


def test_a_demonym_before_the_settlement_names_its_country(nlp: Language) -> None:
    text = (
        "Syrian forces shelled homes in the Lebanese border village of Qasr near Hermel "
        "on Monday, killing four civilians."
    )
    r = _places(nlp, text)["Qasr"]
    assert _country(r) == "LB"  # not Al Qasr, Jordan
    assert r.place is not None and r.place.approx


def test_a_country_owning_a_region_places_it(nlp: Language) -> None:
    text = (
        "JAKARTA, Feb 9 (Reuters) - Separatist rebels in Indonesia's Highland Papua "
        "province said on Monday that they were holding five workers."
    )
    found = _places(nlp, text)
    (r,) = [r for name, r in found.items() if name.startswith("Highland Papua")]
    assert _country(r) == "ID"  # it had been California, through the town of Highland


def test_a_lone_namesake_abroad_is_not_the_articles_town(nlp: Language) -> None:
    # no qualifier here: the article is about Burkina Faso (twice, and Fada N'Gourma);
    # the dateline's Abidjan is where it was filed, no evidence for the Ivorian Kièndi
    text = (
        "ABIDJAN, March 11 (Reuters) - Burkina Faso's army said on Wednesday that eight "
        "soldiers had been killed when jihadists attacked its detachment in the eastern "
        "town of Kiendi on Sunday.\n\nAbout 9,000 people had fled Kiendi for Fada "
        "N'Gourma since the attack. Burkina Faso's junta seized power in 2022."
    )
    r = _places(nlp, text)["Kiendi"]
    assert _country(r) == "BF"
    assert r.place is not None and r.place.approx


def test_a_foreign_town_the_article_supports_stays(nlp: Language) -> None:
    # one place of another country is no evidence against a town abroad
    text = "Lancaster was hit by floods, and the mayor of Boston sent help."
    r = _places(nlp, text).get("Lancaster")
    assert r is None or not (r.place is not None and r.place.approx)


def test_weekday_names_are_no_evidence() -> None:
    from counterclaim.geo.resolve import _text_evidence

    countries, _, _ = _text_evidence("The army said on Saturday that it had won.", [])
    assert "ZM" not in countries  # "Saturday" is an alternate name of Lusaka province


def test_a_country_named_as_owner_in_running_text_is_evidence() -> None:
    from counterclaim.geo.resolve import _text_evidence

    countries, _, mentions = _text_evidence("Mali's army denied it.", [])
    assert countries.get("ML", 0) > 0 and mentions.get("ML", 0) == 1


def test_a_region_form_reads_a_listed_region(nlp: Language) -> None:
    text = (
        "ERBIL, Iraq (AP) - A Turkish drone struck near Amedi in Iraq's Duhok province. "
        "Turkey keeps dozens of military posts inside the Kurdistan region."
    )
    r = _places(nlp, text)["Kurdistan region"]
    assert r.place is not None and r.place.id == "region:kurdistan"  # not Iran's province


def test_armed_groups_count_for_their_country(nlp: Language) -> None:
    from counterclaim.extract.places import group_countries

    doc = nlp("Houthi rebels and al-Shabaab fighters attacked. The Houthis denied it.")
    found = group_countries(doc)
    assert found.get("YE", 0) >= 1 and found.get("SO", 0) >= 1


def test_a_gangs_name_draws_no_town_abroad(nlp: Language) -> None:
    from counterclaim.extract.places import resolve_places

    text = (
        "QUITO, Ecuador (AP) - Soldiers killed four members of the Los Lobos gang during "
        "a firefight near the port town of San Lorenzo, close to the border with "
        "Colombia, the armed forces said. Los Lobos leaders ordered the attack."
    )
    found = {r.toponym.text: r for r in resolve_places(nlp(text))}
    assert _country(found["San Lorenzo"]) == "EC"  # not San Lorenzo, Mexico


def test_a_town_written_with_city_is_the_town(nlp: Language) -> None:
    text = (
        "Soldiers were killed when guerrillas ambushed an army patrol in the hills above "
        "Kabankalan City in Negros Occidental on Tuesday."
    )
    r = _places(nlp, text)["Kabankalan City"]
    assert r.place is not None and r.place.country == "PH"  # it was left unresolved


def test_a_short_form_of_a_town_named_in_full_is_that_town(nlp: Language) -> None:
    text = (
        "A drone hit the army base at Santa Rosa del Sur in Bolívar province. Residents "
        "of Santa Rosa said they heard two blasts."
    )
    found = _places(nlp, text)
    full, short = found["Santa Rosa del Sur"], found["Santa Rosa"]
    assert full.place is not None and short.place is not None
    assert short.place.id == full.place.id  # not Santa Rosa, a town nearby


def test_a_division_named_after_in_the_contains_the_village(nlp: Language) -> None:
    text = (
        "A drone struck a logistics base near the village of Tinkim in the western "
        "Tahoua region, the army said."
    )
    r = _places(nlp, text)["Tinkim"]
    assert r.place is not None and r.place.id == "adm1:NE-5"  # it was left unresolved
    assert r.place.approx


def test_demonyms_of_sahel_and_west_african_states_are_evidence() -> None:
    """Regression (issue 4, 2026-12-07): "Chadian", "Burkinabe", "Nigerien" and
    "Togolese" were missing from the demonym table, so "Chadian troops" said nothing
    of Chad (and "Chadian" could be taken for a town)."""
    from counterclaim.geo.resolve import _text_evidence

    for text, iso in (
        ("Chadian troops crossed the border on Monday.", "TD"),
        ("Burkinabe soldiers were ambushed, the army said.", "BF"),
        ("Nigerien officials denied the report.", "NE"),
        ("Togolese police were deployed in the north.", "TG"),
    ):
        countries, _, _ = _text_evidence(text, [])
        assert countries.get(iso, 0) > 0, (text, countries)
