"""Who a statement is credited to: regression tests for wrong or missing speaker links
found by a probe with hand-written wire stories (2026-12-07, second probe); each test
failed before its fix.

Each test builds its text by hand, runs ``counterclaim.analyze`` and checks the actor
linked to each statement's speaker.
"""

from __future__ import annotations

from functools import partial

import pytest

import counterclaim as cc
import test_holders

PUB = "2025-08-20"

# the speaker-link helpers of test_holders.py, at this file's publication date
holder_of = partial(test_holders.holder_of, published=PUB)
speaker_links = partial(test_holders.speaker_links, published=PUB)


# --- a country's ombudsman ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "holder"),
    [
        (
            "QUITO, May 4 (Reuters) - Ecuador's Ombudsman's Office said on Friday that "
            "soldiers had beaten detainees in Guayaquil.",
            "Ecuador's Ombudsman's Office",
            "org:ecuadorian-ombudsman-s-office",
        ),
        (
            "Honduras' Ombudsman Office said two teenagers had been shot by soldiers at "
            "a checkpoint outside Tegucigalpa.",
            "Honduras' Ombudsman Office",
            "org:honduran-ombudsman-s-office",
        ),
        (
            "The Paraguayan Ombudsman's Office said police had fired rubber bullets at "
            "farmers near Curuguaty.",
            "The Paraguayan Ombudsman's Office",
            "org:paraguayan-ombudsman-s-office",
        ),
        (
            "Armenia's ombudsman said Azerbaijani troops had fired on a school bus in "
            "the border village.",
            "Armenia's ombudsman",
            "org:armenian-ombudsman-s-office",
        ),
    ],
)
def test_a_countrys_ombudsman_keeps_its_country(text: str, speaker: str, holder: str) -> None:
    # "Bolivia's Ombudsman's Office" was org:ombudsman, the one body of every country
    # (or the state, or nobody): one office per country it names, keyed like "the
    # country's ombudsman's office" ("The Ombudsman's Office", naming none, is a name
    # of its own: test_holder_descriptions)
    assert holder_of(text, speaker) == holder


def test_a_countrys_human_rights_ombudsmans_office_keeps_its_country() -> None:
    # "El Salvador's Human Rights Ombudsman's Office" was a person so named
    text = (
        "TEGUCIGALPA, Feb 2 (Reuters) - Honduras's Human Rights Ombudsman's Office said "
        "soldiers had detained 40 people without warrants."
    )
    speaker = "Honduras's Human Rights Ombudsman's Office"
    assert holder_of(text, speaker) == "org:honduran-ombudsman-s-office"


def test_a_countrys_ombudsman_named_later_is_that_person() -> None:
    text = (
        "ASUNCION, May 6 (Reuters) - Paraguay's ombudsman said on Tuesday that the men had "
        "been shot in the back. Ombudsman Rafael Avalos Benitez said the police account "
        "was false."
    )
    assert holder_of(text, "Paraguay's ombudsman") == "person:rafael-avalos-benitez"


def test_two_countries_ombudsmen_are_two_bodies() -> None:
    text = (
        "Chile's Ombudsman's Office said police had blinded a protester in Santiago. "
        "Argentina's Ombudsman's Office said the same riot gear had been used in Buenos "
        "Aires."
    )
    holders = [h for _, h in speaker_links(text)]
    assert holders == ["org:chilean-ombudsman-s-office", "org:argentine-ombudsman-s-office"]


def test_a_named_ombudsman_is_still_the_person() -> None:
    text = "Georgia's ombudsman Levan Ioseliani said the detainees had been beaten."
    assert holder_of(text, "Georgia's ombudsman Levan Ioseliani") == "person:levan-ioseliani"


# --- a spokesperson's name the tagger took for an organisation -------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "holder"),
    [
        (
            # the name tagged ORG and parsed as the council's apposition: a new body
            "A spokeswoman for the Norwegian Refugee Council, Leni Kinzli, said aid "
            "convoys had been blocked near Kadugli.",
            "A spokeswoman for the Norwegian Refugee Council, Leni Kinzli",
            "person:leni-kinzli",
        ),
        (
            # the name parsed as the agency's apposition: the agency spoke
            "A spokeswoman for the UN refugee agency, Olga Sarrado, said 2,000 people had "
            "fled across the border.",
            "A spokeswoman for the UN refugee agency, Olga Sarrado",
            "person:olga-sarrado",
        ),
        (
            # a rank before the name: the army spoke
            "A spokesman for the Burundian army, Colonel Floribert Biyereke, said rebels "
            "had attacked a camp in the Rukoko forest.",
            "A spokesman for the Burundian army, Colonel Floribert Biyereke",
            "person:floribert-biyereke",
        ),
        (
            "A spokesman for the Nigerian military, Major General Edward Buba, said the "
            "jihadists had been repelled.",
            "A spokesman for the Nigerian military, Major General Edward Buba",
            "person:edward-buba",
        ),
        (
            # the rank inside the entity tagged ORG: the army spoke
            "A spokesman for the Congolese army, Lieutenant Colonel Mak Hazukay, said the "
            "rebels had been repelled.",
            "A spokesman for the Congolese army, Lieutenant Colonel Mak Hazukay",
            "person:mak-hazukay",
        ),
    ],
)
def test_a_named_spokesperson_is_the_person(text: str, speaker: str, holder: str) -> None:
    assert holder_of(text, speaker) == holder


def test_the_name_after_a_spokesman_for_the_president_is_the_president() -> None:
    text = "A spokesman for the president, Emmerson Mnangagwa, said the vote was fair."
    speaker = "A spokesman for the president, Emmerson Mnangagwa"
    assert holder_of(text, speaker) == "person:emmerson-mnangagwa"


# --- two sides accusing each other ---------------------------------------------------------


def test_traded_accusations_is_each_sides_statement() -> None:
    # "Ethiopia and Eritrea traded accusations" was Ethiopia's statement alone
    text = (
        "Kyrgyzstan and Tajikistan traded accusations on Friday over a shootout at a "
        "water station on their disputed border."
    )
    assert sorted(h for _, h in speaker_links(text)) == ["gov:KGZ", "gov:TJK"]


def test_both_sides_are_the_two_named_before() -> None:
    # "Both sides traded accusations" had no holder
    text = (
        "Clashes between Myanmar's army and the Arakan Army spread to Sittwe on Monday. "
        "Both sides traded accusations of shelling a monastery."
    )
    assert sorted(h for _, h in speaker_links(text)) == ["group:arakan-army", "mil:MMR"]


def test_both_sides_said_is_a_joint_speaker_of_the_two_named_before() -> None:
    # (one statement, its first member its actor; the claims go to each member, as
    # for "A and B said")
    text = (
        "Israel and Hamas agreed to a pause in the fighting. Both sides said the pause "
        "would last four days."
    )
    a = cc.analyze(text, published=PUB)
    st = next(s for s in a.statements if s.speaker and s.speaker.text == "Both sides")
    assert st.speaker is not None and st.speaker.actor is not None
    assert st.speaker.actor.id == "gov:ISR"


# --- an unnamed police official of a city --------------------------------------------


def test_a_police_official_in_a_city_speaks_for_its_police() -> None:
    # "A police official in Peshawar" was nobody (and so was "the official" after an
    # intervening "No group claimed responsibility")
    text = (
        "QUETTA, Pakistan (AP) — A police official in Turbat said gunmen had killed "
        "six labourers at a construction site. No group claimed responsibility, but "
        "the official said separatists were suspected."
    )
    assert holder_of(text, "A police official in Turbat") == "org:turbat-police"
    assert holder_of(text, "the official") == "org:turbat-police"


# --- "the army" in a story about two countries ------------------------------------------


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "India and Pakistan traded fire across the Line of Control overnight. The "
            "army said Pakistani troops fired first at posts in Kupwara.",
            "mil:IND",
        ),
        (
            "Armenian and Azerbaijani troops clashed near the village of Sotk. The army "
            "said Azerbaijani soldiers had opened fire on its positions.",
            "mil:ARM",
        ),
    ],
)
def test_the_army_accusing_the_other_sides_troops_is_not_theirs(text: str, holder: str) -> None:
    # "The army said Cambodian troops had fired rockets" was Cambodia's army: naming
    # the accused troops made their country the story's
    assert holder_of(text, "The army") == holder


def test_the_armed_forces_naming_their_own_soldiers_keep_their_country() -> None:
    # a second country named only as a place is no side
    text = (
        "GUAYAQUIL, Ecuador (AP) — Ecuadorian soldiers shot dead two gang members near "
        "the border with Peru, the armed forces said on Monday."
    )
    assert holder_of(text, "the armed forces") == "mil:ECU"


# --- a state body quoted by an outlet of its country --------------------------------


def test_a_bare_ministry_quoted_by_a_countrys_agency_is_that_countrys() -> None:
    # "Russia's TASS news agency cited the defence ministry as saying ..." was Ukraine's
    # defence ministry (Ukraine named more often in the story)
    text = (
        "Iran's state news agency IRNA quoted the foreign ministry as saying that the talks "
        "would resume. Israel's army said it had struck targets in Lebanon, and Israeli "
        "officials said the talks were a sham."
    )
    assert holder_of(text, "the foreign ministry") == "gov:IRN"


def test_a_ministry_kept_to_the_article_quoted_by_a_countrys_agency_is_that_countrys() -> None:
    # with no country to take from the story, "the defence ministry" was a new body
    # of this article only
    text = (
        "Ukraine's Ukrinform news agency quoted the defence ministry as saying that 40 "
        "Russian drones had been shot down. Russia's defence ministry said it had struck "
        "Ukrainian airfields. Russian officials said the strikes were a response."
    )
    assert holder_of(text, "the defence ministry") == "mil:UKR"


# --- a name inside a hyphenated modifier ------------------------------------------------


def test_a_name_in_a_hyphenated_modifier_is_nobody_speaking() -> None:
    # "Tuareg-led rebels said ..." was a new person (or organisation) called "Tuareg"
    text = "Tuareg-led rebels said a drone strike had killed children at a market near Kidal."
    assert holder_of(text, "Tuareg-led rebels") is None
