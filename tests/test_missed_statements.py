"""Statements the extractor missed or cut short, or left without a speaker: each test
is a sentence written for it in the shape of a miss found on the read dispute sets,
and failed before its fix."""

from __future__ import annotations

from collections.abc import Callable

from counterclaim.records import Analysis, Statement

Analyze = Callable[[str], Analysis]


def _by_content(result: Analysis, start: str) -> Statement:
    found = [s for s in result.statements if s.content.text.startswith(start)]
    assert len(found) == 1, [s.to_dict() for s in result.statements]
    return found[0]


def _actor(s: Statement) -> str | None:
    return s.speaker.actor.id if s.speaker and s.speaker.actor else None


def test_second_saying_joined_after_a_postposed_one(analyze_text: Analyze) -> None:
    # "<A>, the ministry said, and the agency said B": B is the agency's own statement,
    # not words inside the ministry's
    text = (
        "The death toll from the flood in the northern province rose to 30 on Sunday, "
        "the state-run broadcaster said, and the U.N. children's agency said at least ten "
        "of the dead were children."
    )
    result = analyze_text(text)
    first = _by_content(result, "The death toll")
    assert first.content.text.endswith("on Sunday")
    second = _by_content(result, "at least ten")
    assert second.speaker is not None and second.speaker.text == "the U.N. children's agency"


def test_words_after_a_postposed_saying_stay_its_own(analyze_text: Analyze) -> None:
    # no other saying after the "and": the words go on as the spokesman's
    text = (
        "Its fighters had withdrawn from the town on Saturday to avoid bloodshed, "
        "spokesman Peter Lado said, and none of them had been killed."
    )
    result = analyze_text(text)
    assert not [s for s in result.statements if s.content.text.startswith("none of them")]


def test_an_attack_inside_the_words_does_not_cut_them(analyze_text: Analyze) -> None:
    text = (
        "A rebel spokesman said that the jet was brought down while rebel forces were "
        "attacking the port."
    )
    s = _by_content(analyze_text(text), "that the jet")
    assert s.content.text.endswith("while rebel forces were attacking the port")


def test_according_to_opening_a_sentence_takes_all_of_it(analyze_text: Analyze) -> None:
    # the parser makes the first clause a complement of the last one
    text = (
        "According to Amina Bello, a civil society leader in the district, 30 bodies had "
        "been counted by Sunday afternoon and at least 8 people, most of them young "
        "women, had been taken away by the attackers."
    )
    s = _by_content(analyze_text(text), "30 bodies")
    assert s.content.text.endswith("had been taken away by the attackers")


def test_participle_clause_of_the_said_words(analyze_text: Analyze) -> None:
    text = (
        "The defence minister confirmed on Thursday that a team of 20 foreign military "
        "instructors was in the country, training the presidential guard under an "
        "agreement signed in May."
    )
    s = _by_content(analyze_text(text), "that a team")
    assert s.content.text.endswith("under an agreement signed in May")


def test_its_estimate_is_the_subjects(analyze_text: Analyze) -> None:
    text = (
        "The United Nations on Friday raised its estimate of people displaced by the "
        "fighting in the region to about 40,000, up from 25,000."
    )
    result = analyze_text(text)
    owned = [s for s in result.statements if s.speaker is not None and s.speaker.text == "its"]
    assert all(_actor(s) == "org:un" for s in owned)
    assert any(_actor(s) == "org:un" for s in result.statements)


def test_one_speaker_phrase_for_two_sayings_is_one_actor(analyze_text: Analyze) -> None:
    # "X said A, and accused B": the second saying keeps the actor the first was given
    text = (
        "Separatist rebels in the country's eastern highlands said Wednesday that they "
        "were holding two construction workers seized at a bridge project, and accused "
        "the men of spying for the military.\n\nYosef Tabuni, a spokesman for the "
        "Eastern Highlands Liberation Army, said the two men were captured on Monday."
    )
    result = analyze_text(text)
    said = _by_content(result, "that they were holding")
    accused = _by_content(result, "the men of spying")
    assert _actor(said) is not None
    assert _actor(accused) == _actor(said)
