"""Statements extractor: each quote pattern on sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from counterclaim.records import Analysis, Statement

Analyze = Callable[[str], Analysis]
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def by_cue(result: Analysis, cue: str) -> Statement:
    """The one statement whose cue text is ``cue``."""
    found = [s for s in result.statements if s.cue is not None and s.cue.text == cue]
    assert len(found) == 1, [s.to_dict() for s in result.statements]
    return found[0]


def speaker_name(s: Statement) -> str | None:
    return s.speaker.name if s.speaker else None


def check_offsets(text: str, result: Analysis) -> None:
    for s in result.statements:
        for span in (s.speaker, s.cue, s.content, s.via):
            if span is not None:
                assert text[span.start : span.end] == span.text
        if s.speaker is not None and s.speaker.resolved is not None:
            r = s.speaker.resolved
            assert text[r.start : r.end] == r.text


# --- direct quotes ------------------------------------------------------------------


def test_direct_quote_postposed_speaker_straight_marks(analyze_text: Analyze) -> None:
    text = '"The bridge will reopen on Monday," the mayor said.'
    s = by_cue(analyze_text(text), "said")
    assert s.speaker is not None and s.speaker.text == "the mayor"
    assert s.content.text == "The bridge will reopen on Monday"
    assert s.kind == "direct"
    assert s.stance == "asserts"


def test_direct_quote_inverted_named_speaker(analyze_text: Analyze) -> None:
    text = "“We are still pulling people out of the rubble,” said Samir Khoury."
    s = by_cue(analyze_text(text), "said")
    assert speaker_name(s) == "Samir Khoury"
    assert s.content.text == "We are still pulling people out of the rubble"
    assert s.kind == "direct"


def test_quote_then_appositive_subject_told_outlet_issue_2(analyze_text: Analyze) -> None:
    # Regression (issue 2): the comma before "told" read as an inverted "..., said X",
    # so the outlet told became the speaker and the subject joined the content.
    text = (
        "“The water flows exactly as it did last year,” a spokesman for the ministry, "
        "Petr Hollan, told Coastal Wire."
    )
    s = by_cue(analyze_text(text), "told")
    assert speaker_name(s) == "Petr Hollan"
    assert s.content.text == "The water flows exactly as it did last year"
    assert s.via is not None and s.via.text == "Coastal Wire"


@pytest.mark.parametrize(
    "text",
    [
        "Interfax quoted Sergei Lavrov as saying that Moscow would respond.",
        "Sergei Lavrov was quoted by Interfax as saying that Moscow would respond.",
    ],
)
def test_quoted_as_saying_issue_2(analyze_text: Analyze, text: str) -> None:
    # Regression (issue 2): the agency quoting was the speaker and "saying that ..." the
    # content; the one quoted speaks, the agency carries the words.
    s = by_cue(analyze_text(text), "quoted")
    assert speaker_name(s) == "Sergei Lavrov"
    assert s.via is not None and s.via.text == "Interfax"
    assert s.content.text == "that Moscow would respond"
    assert s.stance == "asserts"


def test_said_according_to_a_statement_issue_2(analyze_text: Analyze) -> None:
    # Regression (issue 2): the cue model left "said" to "according to", so the whole
    # sentence became the words of "a statement released".
    text = (
        'The United Nations\' humanitarian office, OCHA, said it was "deeply alarmed" by '
        "the rising number of civilian deaths, according to a statement released late Monday."
    )
    result = analyze_text(text)
    [s] = result.statements
    assert s.cue is not None and s.cue.text == "said"
    assert s.speaker is not None and s.speaker.text.endswith("OCHA")
    assert s.content.text.endswith("civilian deaths")
    b = analyze_text("Putin said the offensive was going to plan, according to the Kremlin.")
    assert by_cue(b, "said").content.text == "the offensive was going to plan"
    assert speaker_name(by_cue(b, "according to")) == "the Kremlin"


def test_subject_whose_parse_runs_past_the_cue_issue_2(analyze_text: Analyze) -> None:
    # Regression (issue 2): the parser hung "a claim ..." on "military", so the subject's
    # span held the cue and was no speaker; "the militant group" then resolved to the
    # army that spoke last instead of Hamas.
    text = (
        "Israel's military said Monday it had killed a senior Hamas commander in an "
        'airstrike in southern Gaza, a claim the militant group dismissed as "lies."'
    )
    result = analyze_text(text)
    assert speaker_name(by_cue(result, "said")) == "Israel's military"
    group = by_cue(result, "dismissed as")
    assert speaker_name(group) == "Hamas" and group.stance == "denies"


def test_reporters_question_is_no_statement_issue_2(analyze_text: Analyze) -> None:
    # Regression (issue 2): "Asked about ..." was a speakerless statement whose content
    # ran into the answer.
    text = 'Asked about the children, he said: "Any harm to civilians is regrettable."'
    result = analyze_text(text)
    assert [s.cue.text for s in result.statements if s.cue] == ["said"]


def test_a_figure_rejected_is_a_denial_of_the_count_issue_2(analyze_text: Analyze) -> None:
    # Regression (issue 2): "..., a figure the RSF rejected as fabricated" stayed inside
    # the UN's words, and the RSF's denial had "fabricated" as its content.
    text = (
        "The United Nations said at least 1,200 civilians had been killed in the city "
        'since May, a figure the RSF rejected as "fabricated."'
    )
    result = analyze_text(text)
    said, rejected = by_cue(result, "said"), by_cue(result, "rejected as")
    assert said.content.text == "at least 1,200 civilians had been killed in the city since May"
    assert rejected.content.text == said.content.text
    assert speaker_name(rejected) == "the RSF" and rejected.stance == "denies"


@pytest.mark.parametrize(
    ("text", "said", "participle", "denial"),
    [
        (
            "Russian forces hold Kotlyne, the Russian Defence Ministry said, denying "
            "Ukrainian claims.",
            "Russian forces hold Kotlyne",
            "denying",
            "Ukrainian claims",
        ),
        (
            "The strike hit a weapons depot, military spokesman Daniel Hagari said, "
            "dismissing reports of civilian casualties.",
            "The strike hit a weapons depot",
            "dismissing",
            "reports of civilian casualties",
        ),
    ],
)
def test_said_then_a_participle_issue_2(
    analyze_text: Analyze, text: str, said: str, participle: str, denial: str
) -> None:
    # Regression (issue 2): "..., X said, denying ..." gave "denying" the words before
    # and "said" the participle's (or the first clause's subject as the denier).
    result = analyze_text(text)
    s, d = by_cue(result, "said"), by_cue(result, participle)
    assert s.content.text == said and d.content.text == denial
    assert speaker_name(d) == speaker_name(s) and d.stance == "denies"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Police said Sunday two people were killed.", "two people were killed"),
        ("Zelenskiy said on Monday Russia had launched 40 assaults.", "Russia had launched"),
        ("The governor said on Telegram that two people were hurt.", "that two people"),
        ("The minister said Sunday was the deadline.", "Sunday was the deadline"),
    ],
)
def test_the_day_or_channel_of_saying_is_not_said_issue_2(
    analyze_text: Analyze, text: str, content: str
) -> None:
    # Regression (issue 2): AP's "said Sunday two people were killed" and "said on
    # Telegram that ..." opened the content with the day or the channel.
    assert by_cue(analyze_text(text), "said").content.text.startswith(content)


def test_naming_a_claim_false_is_a_denial_issue_2(analyze_text: Analyze) -> None:
    # Regression (issue 2): "called the allegation baseless" asserted.
    assert by_cue(analyze_text("India called the allegation baseless."), "called").stance == (
        "denies"
    )
    plain = by_cue(analyze_text("The minister called the talks productive."), "called")
    assert plain.stance == "asserts"


@pytest.mark.parametrize(
    "text",
    [
        "A resident, who asked not to be identified, said the shelling continued overnight.",
        "The army said the operation was continuing.\n\nAsked whether the talks would "
        "resume, Peskov said they would.",
    ],
)
def test_asking_for_anonymity_or_a_reporters_question_is_no_statement_issue_2(
    analyze_text: Analyze, text: str
) -> None:
    result = analyze_text(text)
    assert all(s.cue is not None and s.cue.text != "asked" for s in result.statements)
    assert all(s.speaker is not None for s in result.statements)


def test_citing_and_cited_as_saying_issue_2(analyze_text: Analyze) -> None:
    # Regression (issue 2): "Interfax reported, citing emergency services" made
    # Interfax the speaker; "was cited by TASS as saying" kept "as saying" in the words.
    a = analyze_text("Two people were injured, Interfax reported, citing emergency services.")
    [s] = a.statements
    assert speaker_name(s) == "emergency services" and s.via is not None
    assert s.via.text == "Interfax" and s.content.text == "Two people were injured"
    b = by_cue(analyze_text("TASS cited a source as saying the depot was destroyed."), "cited")
    assert speaker_name(b) == "a source" and b.content.text == "the depot was destroyed"
    un = analyze_text(
        "The U.N. human rights office said 14 civilians had been killed, citing credible "
        "reports from the area."
    )
    assert speaker_name(by_cue(un, "said")) == "The U.N. human rights office"


def test_but_the_other_side_denied_it_issue_2(analyze_text: Analyze) -> None:
    # Regression (issue 2): "but Ukraine" spoke the words before, and Russia's words ran
    # on into Ukraine's denial.
    a = analyze_text("Russia said it had taken the village, but Ukraine denied it.")
    said, denied = by_cue(a, "said"), by_cue(a, "denied")
    assert said.content.text == "it had taken the village"
    assert speaker_name(denied) == "Ukraine" and denied.content.text == "it"


def test_direct_quote_after_colon_curly_marks(analyze_text: Analyze) -> None:
    text = "Ms. Okafor said: “We have no plans to leave the city.”"
    s = by_cue(analyze_text(text), "said")
    assert speaker_name(s) == "Ms. Okafor"
    assert s.content.text == "We have no plans to leave the city."
    assert s.kind == "direct"


def test_guillemets(analyze_text: Analyze) -> None:
    text = "«We will not leave the negotiating table», the minister told reporters."
    s = by_cue(analyze_text(text), "told")
    assert s.speaker is not None and s.speaker.text == "the minister"
    assert s.content.text == "We will not leave the negotiating table"
    assert s.kind == "direct"


def test_quote_spanning_two_sentences(analyze_text: Analyze) -> None:
    text = (
        "“The road is closed. Nobody can pass until the engineers arrive,” "
        "said Colonel Ivan Petrenko."
    )
    s = by_cue(analyze_text(text), "said")
    assert s.content.text == "The road is closed. Nobody can pass until the engineers arrive"
    assert "Ivan Petrenko" in speaker_name(s)  # type: ignore[operator]


def test_quote_spanning_two_paragraphs(analyze_text: Analyze) -> None:
    text = (
        "Farm minister Lucia Ortiz said: “The harvest failed in three provinces this year.\n\n"
        "“We need help from our neighbours before the winter comes.”"
    )
    s = by_cue(analyze_text(text), "said")
    assert s.content.text.startswith("The harvest failed")
    assert s.content.text.endswith("before the winter comes.")
    assert s.kind == "direct"


def test_quote_with_speaker_in_sentence_before(analyze_text: Analyze) -> None:
    text = (
        "Defence Minister Pavel Horak spoke to reporters in Brno on Friday. "
        '"We have moved two brigades to the northern border."'
    )
    result = analyze_text(text)
    [s] = [s for s in result.statements if "two brigades" in s.content.text]
    assert speaker_name(s) == "Defence Minister Pavel Horak" or "Pavel Horak" in (
        speaker_name(s) or ""
    )
    assert s.kind == "direct"


def test_quoted_paragraph_continues_previous_speaker(analyze_text: Analyze) -> None:
    text = (
        'The port director, Amara Osei, said the cranes had been idle for a week. "Nobody '
        'has told us when the ships will come back."\n\n'
        '"We are losing money every single day," she said.'
    )
    result = analyze_text(text)
    [orphan] = [s for s in result.statements if "Nobody has told us" in s.content.text]
    assert "Amara Osei" in (speaker_name(orphan) or "")
    assert orphan.cue is None and orphan.kind == "direct"
    [she] = [s for s in result.statements if s.speaker is not None and s.speaker.text == "she"]
    assert she.speaker.resolved is not None and "Amara Osei" in she.speaker.resolved.text


def test_unbalanced_quote_marks_never_crash(analyze_text: Analyze) -> None:
    text = (
        'The spokesman said "the talks will resume next week.\n\n'
        'Other news followed. ” Stray closing marks “ and a lone " do not break anything.'
    )
    result = analyze_text(text)
    check_offsets(text, result)
    s = by_cue(result, "said")
    assert s.content.text.startswith("the talks will resume next week")
    assert "Other news" not in s.content.text


# --- indirect speech ---------------------------------------------------------------------


def test_indirect_said_that(analyze_text: Analyze) -> None:
    text = "The interior ministry said that the convoy had reached the city before dawn."
    s = by_cue(analyze_text(text), "said")
    assert s.speaker is not None and s.speaker.text == "The interior ministry"
    assert s.content.text.endswith("the convoy had reached the city before dawn")
    assert s.kind == "indirect"


@pytest.mark.parametrize(
    ("cue", "stance"),
    [
        ("confirmed", "asserts"),
        ("claimed", "asserts"),
        ("denied", "denies"),
        ("rejected", "denies"),
    ],
)
def test_reporting_verbs_and_stance(analyze_text: Analyze, cue: str, stance: str) -> None:
    text = f"The army {cue} that its units had shelled the village of Dolna."
    s = by_cue(analyze_text(text), cue)
    assert s.speaker is not None and s.speaker.text == "The army"
    assert "shelled the village of Dolna" in s.content.text
    assert s.stance == stance


def test_postposed_speaker_indirect(analyze_text: Analyze) -> None:
    text = "The convoy reached the city on Tuesday, the ministry said."
    s = by_cue(analyze_text(text), "said")
    assert s.speaker is not None and s.speaker.text == "the ministry"
    assert s.content.text == "The convoy reached the city on Tuesday"


def test_mixed_quote(analyze_text: Analyze) -> None:
    text = 'General Rask said the soldiers had shown "remarkable courage" under heavy fire.'
    s = by_cue(analyze_text(text), "said")
    assert s.kind == "mixed"
    assert "remarkable courage" in s.content.text


def test_question(analyze_text: Analyze) -> None:
    text = "Reporters asked whether the ceasefire would hold through the weekend."
    s = by_cue(analyze_text(text), "asked")
    assert s.stance == "questions"


def test_an_indirect_question_takes_no_side(analyze_text: Analyze) -> None:
    """Issue 4 (demo, Tarvan Valley): "asked whether the government had been warned about
    the shelling" was counted as asserting the shelling; a question claims nothing."""
    text = (
        "Rusava's army shelled two villages on Thursday, Belmark said. Opposition leader "
        "Tomas Hall asked whether the government had been warned about the shelling in "
        "advance. He said parliament should hold an emergency session."
    )
    a = analyze_text(text)
    assert by_cue(a, "asked").stance == "questions"
    asked = [c for c in a.claims if c.evidence.text.startswith("whether")]
    assert asked and all(c.stance == "questions" for c in asked)
    said = [c for c in a.claims if c.evidence.text.startswith("parliament")]
    assert said and all(c.stance == "asserts" for c in said)


def test_negated_cue(analyze_text: Analyze) -> None:
    text = "The ministry did not confirm that its troops had crossed the river."
    s = by_cue(analyze_text(text), "did not confirm")
    assert s.negated


# --- according to, reports, passives -------------------------------------------------------


def test_according_to_before_clause(analyze_text: Analyze) -> None:
    text = "According to the health ministry, 40 people were injured in the blast."
    s = by_cue(analyze_text(text), "According to")
    assert s.kind == "according_to" and s.stance == "reports"
    assert s.speaker is not None and s.speaker.text == "the health ministry"
    assert s.content.text == "40 people were injured in the blast"


def test_according_to_after_clause(analyze_text: Analyze) -> None:
    text = "Forty people were injured in the blast, according to the health ministry."
    s = by_cue(analyze_text(text), "according to")
    assert s.speaker is not None and s.speaker.text == "the health ministry"
    assert s.content.text == "Forty people were injured in the blast"


def test_x_reports(analyze_text: Analyze) -> None:
    text = "The state news agency reports that the dam near Kherson was damaged overnight."
    s = by_cue(analyze_text(text), "reports")
    assert s.speaker is not None and s.speaker.text == "The state news agency"
    assert s.stance == "reports"


def test_passive_with_agent(analyze_text: Analyze) -> None:
    text = "It was announced by the ministry that the border crossing would close on Friday."
    result = analyze_text(text)
    [s] = [s for s in result.statements if "border crossing would close" in s.content.text]
    assert s.speaker is not None and s.speaker.text == "the ministry"


# --- outlets ---------------------------------------------------------------------------


def test_outlet_relaying_is_via_not_speaker(analyze_text: Analyze) -> None:
    text = "Oleg Markov, the deputy energy minister, said the plant was safe, Reuters reported."
    result = analyze_text(text)
    s = by_cue(result, "said")
    assert "Oleg Markov" in (speaker_name(s) or "")
    assert s.via is not None and s.via.text == "Reuters"
    assert s.content.text == "the plant was safe"
    assert not any(x.speaker and x.speaker.text == "Reuters" for x in result.statements)


def test_told_outlet_is_via(analyze_text: Analyze) -> None:
    text = "The minister told Reuters that the talks had stalled over grain exports."
    s = by_cue(analyze_text(text), "told")
    assert s.via is not None and s.via.text == "Reuters"
    assert s.speaker is not None and s.speaker.text == "The minister"


def test_interview_with_outlet_is_via(analyze_text: Analyze) -> None:
    text = "Anna Berg said in an interview with the BBC that the vote would be delayed."
    [s] = [s for s in analyze_text(text).statements if "vote would be delayed" in s.content.text]
    assert s.cue is not None and s.cue.text.startswith("said")
    assert s.speaker is not None and s.speaker.text == "Anna Berg"
    assert s.via is not None and "BBC" in s.via.text


def test_statement_on_website_is_not_an_outlet(analyze_text: Analyze) -> None:
    text = "The ministry said in a statement posted on its website that the strike never happened."
    [s] = [s for s in analyze_text(text).statements if "strike never happened" in s.content.text]
    assert s.via is None


# --- speakers -------------------------------------------------------------------------------


def test_appositive_role_kept_in_span_name_is_the_person(analyze_text: Analyze) -> None:
    text = "Maria Silva, the foreign minister, said the embassy would stay open."
    s = by_cue(analyze_text(text), "said")
    assert s.speaker is not None and s.speaker.text.startswith("Maria Silva, the foreign minister")
    assert s.speaker.name == "Maria Silva"


def test_pronoun_tied_to_named_speaker(analyze_text: Analyze) -> None:
    text = (
        "Valentina Moreau, the foreign minister, arrived in Geneva on Monday. "
        "She said the talks had stalled over prisoner exchanges."
    )
    s = by_cue(analyze_text(text), "said")
    assert s.speaker is not None and s.speaker.text == "She"
    assert s.speaker.name == "Valentina Moreau"


def test_role_mention_tied_to_named_person(analyze_text: Analyze) -> None:
    text = (
        "General Omar Haddad toured the front line near Sulaym on Thursday. "
        "The general said the line was holding despite heavy shelling."
    )
    s = by_cue(analyze_text(text), "said")
    assert s.speaker is not None and s.speaker.text == "The general"
    assert s.speaker.name in ("Omar Haddad", "General Omar Haddad")


def test_short_name_tied_to_full_name(analyze_text: Analyze) -> None:
    text = (
        "Elena Brandt, the mayor of Linz, opened the new bridge on Monday. "
        "Later, Brandt said the project had cost less than planned."
    )
    s = by_cue(analyze_text(text), "said")
    assert s.speaker is not None and s.speaker.text == "Brandt"
    assert s.speaker.name == "Elena Brandt"


def test_coordinated_cue_inherits_speaker(analyze_text: Analyze) -> None:
    text = "Jean Mensah said the union would strike and claimed that the port owners had lied."
    s = by_cue(analyze_text(text), "claimed")
    assert speaker_name(s) == "Jean Mensah"


def test_dateline_is_not_the_speaker(analyze_text: Analyze) -> None:
    text = (
        "VELNA, Jan. 27 — The defence ministry of Ostmark on Monday denied that its jets "
        "had bombed the bridge."
    )
    s = by_cue(analyze_text(text), "denied")
    assert s.speaker is not None and s.speaker.text == "The defence ministry of Ostmark"


# --- the founding example (issue 2) ---------------------------------------------------------


def test_founding_example_gerasimov_not_reuters(analyze_text: Analyze) -> None:
    """Regression (issue 2): the parser hangs "Reuters reported" over Gerasimov's words."""
    text = (EXAMPLES / "kursk-machine-translated.txt").read_text(encoding="utf-8")
    result = analyze_text(text)
    check_offsets(text, result)
    [s] = [s for s in result.statements if "high professionalism" in s.content.text]
    assert "Valery Gerasimov" in (speaker_name(s) or "")
    assert s.via is not None and s.via.text == "Reuters"
    assert "Reuters" not in s.content.text


def test_founding_example_ledger(analyze_text: Analyze) -> None:
    """The statements its README lists, with the right speakers."""
    text = (EXAMPLES / "kursk-machine-translated.txt").read_text(encoding="utf-8")
    result = analyze_text(text)

    def find(words: str) -> Statement:
        found = [s for s in result.statements if words in s.content.text]
        assert found, f"no statement with {words!r}"
        return found[0]

    assert speaker_name(find("North Korean troops were fighting")) == "Moscow"
    general = find("North Korean troops are fighting")
    assert general.speaker is not None and general.speaker.text == "The best Russian general"
    assert general.speaker.name == "Valery Gerasimov"
    acc = find("14,000 soldiers")
    assert acc.kind == "according_to" and speaker_name(acc) == "North Korea reports"
    assert speaker_name(find("Kim Jong Un army supplied")) == "Ukraine"
    assert speaker_name(find("Russia had regenerated")) == "Valery Gerasimov"
    assert speaker_name(find("complete defeat of our enemy")) == "Vladimir Putin"
    denial = find("is not true")
    assert speaker_name(denial) == "Ukraine" and denial.kind == "direct"
    assert speaker_name(find("our units continue to hold")) == "Ukraine"
    assert not any("Tagstotranslate" in s.content.text for s in result.statements)


def test_offsets_on_every_example(analyze_text: Analyze) -> None:
    for path in sorted(EXAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        result = analyze_text(text)
        assert result.statements, path
        check_offsets(text, result)


# --- speakers the parse loses (regressions, issue 2; found on held-out dev scenarios) ---


def test_next_speakers_quote_is_not_taken_by_the_first_cue(analyze_text: Analyze) -> None:
    """Regression (issue 2): '"A," the navy said. "B," the ministry said.' gave the navy
    a mixed statement running over the ministry's quote."""
    text = (
        '"We have sunk the landing craft," the navy said. '
        '"Our crews repelled the raid," the ministry said.'
    )
    a = analyze_text(text)
    navy, ministry = by_cue_speaker(a, "the navy"), by_cue_speaker(a, "the ministry")
    assert navy.content.text == "We have sunk the landing craft"
    assert navy.kind == "direct"
    assert ministry.content.text == "Our crews repelled the raid"
    check_offsets(text, a)


def by_cue_speaker(result: Analysis, speaker: str) -> Statement:
    """The one statement whose speaker text is ``speaker``."""
    found = [s for s in result.statements if s.speaker is not None and s.speaker.text == speaker]
    assert len(found) == 1, [s.to_dict() for s in result.statements]
    return found[0]


def test_name_closing_a_described_mention_is_the_speaker(analyze_text: Analyze) -> None:
    """Regression (issue 3): in "A spokesman for the X Brigade, Name, said" the parser
    hangs the name on the brigade, and the speaker was linked to no one."""
    a = analyze_text(
        "A spokesman for the Northern Shield Brigade, Karim Haddad, said that the "
        "checkpoint had been handed over."
    )
    s = by_cue(a, "said")
    assert s.speaker is not None and s.speaker.actor is not None
    assert s.speaker.actor.name == "Karim Haddad"


def test_known_as_is_no_cue_and_the_named_man_speaks(analyze_text: Analyze) -> None:
    """Regression (issue 2): "X, known as Y, said" made "known as" a cue and left "said"
    without a speaker (the parser makes X a conjunct of the phrase before)."""
    text = (
        "In a video posted on social media, militia leader Samuel Okoro, known as "
        "General Thunder, said that his men controlled the bridge."
    )
    a = analyze_text(text)
    assert all(s.cue is None or s.cue.text != "known as" for s in a.statements)
    s = by_cue(a, "said")
    assert s.speaker is not None and "Samuel Okoro" in s.speaker.text
    check_offsets(text, a)


def test_saying_speaks_with_the_statement_it_hangs_under(analyze_text: Analyze) -> None:
    """Regression (issue 2): "X confirmed A, saying B" left B without a speaker."""
    a = analyze_text(
        "Chad confirmed for the first time on Tuesday that it had sent soldiers to fight "
        "alongside Nigerien forces, saying they had helped to retake two border posts."
    )
    s = by_cue(a, "saying")
    assert s.speaker is not None and s.speaker.actor is not None
    assert s.speaker.actor.id == "gov:TCD"


def test_a_statement_from_the_group_is_the_groups(analyze_text: Analyze) -> None:
    """Regression (issue 3): "A statement from the group said" was linked to no one."""
    a = analyze_text(
        "Hezbollah denied that the depot held rockets. A statement from the group said "
        "that the strike had hit a bakery."
    )
    s = by_cue(a, "said")
    assert s.speaker is not None and s.speaker.actor is not None
    assert s.speaker.actor.id == "group:hezbollah"


def test_a_quotation_resumed_after_its_cue_is_one_statement(analyze_text: Analyze) -> None:
    """Regression (issue 2): '"A," said X, an economist. "B"' gave X two statements;
    PolNeAR (and a reader) see one utterance whose content runs from A to B."""
    text = (
        '"It is more tinkering at the edges," said Alan Cole, an economist at a policy '
        'centre. "I would not call it reform."\n\n"It is a fine plan," a rival said.'
    )
    a = analyze_text(text)
    cole = [s for s in a.statements if s.speaker and "Alan Cole" in s.speaker.text]
    assert len(cole) == 1
    assert cole[0].content.text.startswith("It is more tinkering")
    assert cole[0].content.text.endswith("I would not call it reform.")
    assert any(s.content.text == "It is a fine plan" for s in a.statements)
    check_offsets(text, a)
    assert cole[0].kind == "direct"


def test_description_after_a_postposed_name_is_in_the_speaker(analyze_text: Analyze) -> None:
    """Regression (issue 2): in '"A," said Alan Cole, an economist at a policy centre.'
    the speaker stopped at the name; the description is part of it, as in PolNeAR."""
    text = '"It is more tinkering," said Alan Cole, an economist at a policy centre.'
    s = by_cue(analyze_text(text), "said")
    assert s.speaker is not None
    assert s.speaker.text == "Alan Cole, an economist at a policy centre"
    assert s.speaker.name == "Alan Cole"


def test_adding_speaks_with_its_statement_not_a_noun_inside_it(analyze_text: Analyze) -> None:
    """Regression (issue 2): in "X said its jets struck Y, adding that Z" the decoder
    made "its jets" the speaker of "adding"."""
    s = by_cue(
        analyze_text(
            "Israel's military said its jets struck the depot, adding that the rockets had "
            "been stored in homes."
        ),
        "adding",
    )
    assert s.speaker is not None and s.speaker.text == "Israel's military"


def test_two_reports_joined_by_a_semicolon(analyze_text: Analyze) -> None:
    """Regression (issue 2): in "A said X; B said Y" the parser hung A's report under
    B's and A's statement was lost."""
    a = analyze_text(
        "Amnesty said at least 40 civilians were killed; the air force said the toll was zero."
    )
    speakers = [s.speaker.text for s in a.statements if s.speaker]
    assert speakers == ["Amnesty", "the air force"]
    assert a.statements[0].content.text == "at least 40 civilians were killed"


def test_a_coordinated_cue_speaks_with_the_first(analyze_text: Analyze) -> None:
    """Regression (issue 2): in "the ministry confirmed A, but said B" and "after
    initially saying B", the second cue had no speaker."""
    a = analyze_text(
        "Serbia's interior ministry confirmed that one of the men was a Serbian citizen, "
        'but said he had acted "on his own".'
    )
    assert speaker_name(by_cue(a, "said")) == "Serbia's interior ministry"
    b = analyze_text(
        "The Israeli military acknowledged that a unit had crossed the line, after "
        "initially saying its troops had stayed on the Israeli side."
    )
    assert speaker_name(by_cue(b, "initially saying")) == "The Israeli military"


def test_according_to_plan_cites_no_one(analyze_text: Analyze) -> None:
    """Regression (issue 2): "had left the village according to plan" was a statement
    whose source was "plan"."""
    a = analyze_text("An adviser said the fighters had left the village according to plan.")
    assert all(s.kind != "according_to" for s in a.statements)


def test_figure_bounds_no_more_than_and_at_most(analyze_text: Analyze) -> None:
    """Regression (issue 4): "no more than 10" was a lower bound, "at most 10" none."""
    hedges = {
        f.span.text: f.hedges
        for f in analyze_text(
            "The RSF said no more than 10 people died. The army said at most 12 soldiers "
            "were hurt and no fewer than 20 were evacuated."
        ).figures
    }
    assert hedges["no more than 10 people"] == ("upper_bound",)
    assert hedges["at most 12 soldiers"] == ("upper_bound",)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Kyiv said a drone caused the fire, without claiming responsibility.",
            "a drone caused the fire",
        ),
        (
            "The ministry said 40 drones were shot down, but gave no details on damage.",
            "40 drones were shot down",
        ),
    ],
)
def test_an_aside_about_the_speaking_is_not_said_issue_2(
    analyze_text: Analyze, text: str, content: str
) -> None:
    """Regression (issue 2): "..., without claiming responsibility" and "..., but gave no
    details" ran on in the words."""
    assert by_cue(analyze_text(text), "said").content.text == content


def test_impersonal_passive_and_a_speaker_that_is_no_outlet_issue_2(
    analyze_text: Analyze,
) -> None:
    """Regression (issue 2): "The strike was said to have killed 12 people" made the
    strike a speaker; "According to the Gaza civil defence agency" had the agency as its
    own outlet ("agency" read as a news agency)."""
    [s] = analyze_text("The strike was said to have killed 12 people.").statements
    assert s.speaker is None
    [a] = analyze_text(
        "According to the Gaza civil defence agency, 12 people were killed."
    ).statements
    assert a.via is None and a.speaker is not None


@pytest.mark.parametrize("after", ["", "\n", "\n\nThe ministry gave no details."])
def test_according_to_at_a_paragraphs_end_issue_2(analyze_text: Analyze, after: str) -> None:
    """Regression (issue 2, probe): with a line break after the sentence, "The attack
    killed 31 people, according to the government." kept the "according to" phrase in
    the content (the break hung on the full stop, so the phrase seemed inside)."""
    text = "The attack killed 31 people, according to the government." + after
    s = by_cue(analyze_text(text), "according to")
    assert s.content.text == "The attack killed 31 people"


@pytest.mark.parametrize(
    "text",
    [
        "The president called on Monday.",
        "The ministry did not give figures.",
        "The ministry gave no details.",
    ],
)
def test_a_date_or_what_was_withheld_is_no_statement_issue_2(
    analyze_text: Analyze, text: str
) -> None:
    """Regression (issue 2, probe): "The president called on Monday" was a statement
    whose content was "Monday"; "The ministry did not give figures" one whose content
    was "figures"."""
    assert analyze_text(text).statements == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "A Russian drone strike on an apartment building in Odesa killed seven people, "
            "regional governor Oleh Kiper said on Monday, raising the toll.",
            "A Russian drone strike on an apartment building in Odesa killed seven people",
        ),
        (
            "An Israeli strike on a car in south Lebanon killed two people on Thursday, "
            "Lebanon's health ministry said, despite a ceasefire between Israel and Hezbollah.",
            "An Israeli strike on a car in south Lebanon killed two people on Thursday",
        ),
        # the said words go on after the attribution: left as they were
        (
            "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999.",
            "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999",
        ),
    ],
)
def test_a_writers_clause_after_a_postposed_attribution_issue_2(
    analyze_text: Analyze, text: str, content: str
) -> None:
    """Regression (issue 2, probe): "..., regional governor Oleh Kiper said on Monday,
    raising the toll." gave the content "raising the toll" (and the toll no holder);
    "..., the ministry said, despite a ceasefire" the whole sentence."""
    [s] = analyze_text(text).statements
    assert s.content.text == content


@pytest.mark.parametrize(
    "text",
    [
        "Kremlin spokesman Dmitry Peskov declined to give details.",
        "The Israeli military did not name the man.",
        "Russia has been pressing its offensive in the east for months.",
    ],
)
def test_refusals_and_deeds_are_no_statements_issue_2(analyze_text: Analyze, text: str) -> None:
    """Regression (issue 2, probe): "declined to give details", "did not name the man"
    and "has been pressing its offensive" were statements asserting their objects."""
    assert analyze_text(text).statements == []


def test_a_negated_saying_with_words_stays_issue_2(analyze_text: Analyze) -> None:
    [s] = analyze_text("The ministry did not confirm that the town had fallen.").statements
    assert s.content.text == "that the town had fallen"


@pytest.mark.parametrize("outlet", ["state media", "Reuters"])
def test_a_relayed_denial_the_cue_model_misses_issue_2(analyze_text: Analyze, outlet: str) -> None:
    """Regression (issue 2, user probe): "Iran's foreign ministry denied that ..., state
    media reported" made the outlet the speaker, reporting the whole sentence."""
    text = (
        f"Iran's foreign ministry denied that it had supplied drones to Russia, {outlet} reported."
    )
    [s] = analyze_text(text).statements
    assert speaker_name(s) == "Iran's foreign ministry"
    assert s.stance == "denies" and s.via is not None and s.via.text == outlet
    assert s.content.text == "that it had supplied drones to Russia"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Maria Varga said the villages were shelled. Anton Rask denied it. Varga was blunt "
            'when she spoke again later in the day. "We will not sign anything else while the '
            'guns are still firing."',
            "Maria Varga",
        ),
        (
            "Claire Dubois said the port would stay public. Aïssatou Bamba called it a sale.\n"
            "«Not a single container will leave this port without our permission.» Dubois "
            "used that line twice on Tuesday, in answer to critics who say the state lost "
            "control.",
            "Claire Dubois",
        ),
    ],
)
def test_a_quote_with_its_speaker_named_around_it_issue_2(
    analyze_text: Analyze, text: str, speaker: str
) -> None:
    """Regression (issue 2, user probe on the bundled examples): a quotation whose
    speaker a sentence before ("Varga was blunt when she spoke again") or after ("Dubois
    used that line twice") names went to the last speaker (Rask, Bamba)."""
    quoted = [s for s in analyze_text(text).statements if s.cue is None]
    assert [speaker_name(s) for s in quoted] == [speaker]


def test_calling_itself_is_a_name_not_a_statement_issue_2(analyze_text: Analyze) -> None:
    """Regression (issue 2, probe): "a militia group calling itself the Islamic
    Resistance in Iraq said ..." gave a statement "calling: itself the Islamic
    Resistance"."""
    a = analyze_text(
        "An Iran-aligned militia group calling itself the Islamic Resistance in Iraq said it "
        "launched a drone attack on the base on Friday."
    )
    assert [s.cue.text for s in a.statements if s.cue] == ["said"]


def test_a_statement_calling_a_statement_untrue_is_a_denial_issue_2(
    analyze_text: Analyze,
) -> None:
    """Regression (issue 2, user probe on the founding example): Ukraine's "The
    statement of ... the aggressor country about the alleged end of hostility ... is not
    true" was a statement that asserts (its claim already denied)."""
    a = analyze_text(
        'The General Staff said: "The statement of the aggressor country command about '
        'the alleged end of hostility in the Kursk region is not true."'
    )
    [s] = a.statements
    assert s.stance == "denies"
    assert [c.stance for c in a.claims] == ["denies"]


@pytest.mark.parametrize(
    ("text", "pronoun", "expected"),
    [
        (
            "Defence Minister Pal Jonson met Foreign Minister Maria Malmer Stenergard on "
            "Monday. Mr. Jonson said the brigade would deploy in May. She said the talks "
            "with Finland had gone well.",
            "She",
            "Maria Malmer Stenergard",
        ),
        (
            "Lam Paul Gabriel, a spokesman for the SPLA-IO, met Mary Ayen. Gabriel said the "
            "market was shelled. She said nothing of the kind had happened.",
            "She",
            "Mary Ayen",
        ),
        (
            # a gender word near a name but about someone else says nothing of the name
            "A spokeswoman for Anna Berg said the talks would resume. Berg said the deal "
            "was close. She said the army would not withdraw.",
            "She",
            "Berg",
        ),
    ],
)
def test_a_pronoun_never_reaches_a_person_of_the_other_gender_issue_3(
    analyze_text: Analyze, text: str, pronoun: str, expected: str
) -> None:
    """Regression (issue 3): "She said" after "Mr. Jonson said" was Jonson's."""
    [st] = [s for s in analyze_text(text).statements if s.speaker and s.speaker.text == pronoun]
    assert st.speaker is not None and st.speaker.resolved is not None
    assert st.speaker.resolved.text.endswith(expected)


@pytest.mark.parametrize(
    ("text", "statements"),
    [
        ("Al-Shabaab fighters attacked the town of Moqokori on Monday.", 0),
        ("Russian forces attacked Kharkiv overnight.", 0),
        ("Gunmen attacked a police post in Zamfara state, killing five officers.", 0),
        ("Kenyan police fired tear gas and live rounds at protesters in Nairobi.", 0),
        ("The International Atomic Energy Agency inspected the Zaporizhzhia plant.", 0),
        ("The senator attacked the plan as reckless.", 1),
        ("Trump attacked Biden over the deal.", 1),
    ],
)
def test_an_armed_attack_is_a_deed_not_words(
    analyze_text: Analyze, text: str, statements: int
) -> None:
    """Regression (issue 4, held-out dev): "Al-Shabaab fighters attacked the town" was
    the fighters' statement (content "the town of Moqokori"), so the article's report of
    the attack became the attackers' own claim; attacking a plan or a rival stays words."""
    assert len(analyze_text(text).statements) == statements


def test_said_hours_later_that(analyze_text: Analyze) -> None:
    """Regression (issue 4, probe): in "..., but the army said hours later that it had
    retaken it" the parser hangs the "that" clause on "later"; the army's statement was
    lost."""
    a = analyze_text(
        "The RSF said on Thursday they had seized the town of Babanusa, but the army said "
        "hours later that it had retaken it."
    )
    assert [s.content.text for s in a.statements] == [
        "they had seized the town of Babanusa",
        "that it had retaken it",
    ]


def test_a_saying_in_a_time_clause_is_not_about_the_main_clause(
    analyze_text: Analyze,
) -> None:
    """Regression (issue 4, probe): in "..., a day after mediators announced a
    breakthrough" the speaker had been "a day after mediators" and the content the
    main clause; the mediators announced the breakthrough."""
    a = analyze_text(
        "Government and rebel negotiators gave conflicting accounts on Saturday of what had "
        "been agreed at peace talks in Doha, a day after mediators announced a breakthrough."
    )
    assert ("mediators", "a breakthrough") in {
        (s.speaker.text, s.content.text) for s in a.statements if s.speaker
    }


def test_telling_someone_that_reports_the_clause_not_the_addressee(
    analyze_text: Analyze,
) -> None:
    """Issue 4 (dev8): "..., telling lawmakers that X" reports X, not the lawmakers."""
    text = (
        "The interior minister criticised the rebels on Wednesday, telling lawmakers that "
        "the militia had burned two schools."
    )
    st = by_cue(analyze_text(text), "telling")
    assert "burned two schools" in st.content.text


# -- user probe 2026-12-07 (issue 2): outlets the list lacks, "according to X <clause>" --


def _via_rows(analyze_text: Analyze, text: str) -> list[tuple[str, str, str | None, str]]:
    """(speaker, cue, via, content) per statement."""
    return [
        (
            s.speaker.text if s.speaker else "",
            s.cue.text if s.cue else "",
            s.via.text if s.via else None,
            s.content.text,
        )
        for s in analyze_text(text).statements
    ]


def test_an_outlet_the_list_lacks_relays_a_statement(analyze_text: Analyze) -> None:
    # "Prensa Libre" is in no outlet list: closing someone else's statement with
    # "reported", it is the outlet that carried it, not a speaker of its own
    rows = _via_rows(
        analyze_text,
        "The fire brigade said 45 homes had burned near Escuintla, Prensa Libre reported.",
    )
    assert rows == [
        ("The fire brigade", "said", "Prensa Libre", "45 homes had burned near Escuintla")
    ]


def test_the_outlet_cites_its_source_not_the_speaker(analyze_text: Analyze) -> None:
    # "..., the Daily Star reported, citing police": the Star carries the minister's
    # words and cites the police; the minister cites nobody
    rows = _via_rows(
        analyze_text,
        "The home minister said six suspects had been arrested, the Daily Star reported, "
        "citing police.",
    )
    said = [r for r in rows if r[1] == "said"]
    citing = [r for r in rows if r[1] == "citing"]
    assert said and said[0][2] == "the Daily Star"
    assert said[0][3] == "six suspects had been arrested"
    assert all(r[0] != "The home minister" for r in citing)


def test_a_person_reporting_is_still_a_speaker(analyze_text: Analyze) -> None:
    rows = _via_rows(
        analyze_text, "Colonel Ruto reported that the convoy had been ambushed near Garissa."
    )
    assert rows and rows[0][0] == "Colonel Ruto" and rows[0][2] is None


def test_according_to_a_source_with_its_own_clause(analyze_text: Analyze) -> None:
    # "according to witnesses it interviewed": the source is the witnesses the group
    # interviewed, the content what they saw; the group's words stop before the phrase
    rows = _via_rows(
        analyze_text,
        "Amnesty International said last Friday that police had arrested dozens of "
        "students during a raid on the campus in March, according to witnesses it "
        "interviewed.",
    )
    said = "that police had arrested dozens of students during a raid on the campus in March"
    assert ("Amnesty International", "said", None, said) in rows
    according = [r for r in rows if r[1] == "according to"]
    assert according and according[0][0] == "witnesses it interviewed"
    assert according[0][3].startswith("police had arrested dozens of students")


# -- user probe, 2026-12-07 (issue 4) ------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                "Kyiv, March 4 (AFP) - Ukraine's army denied on Tuesday that rebels had "
                "captured the town."
            ),
            "Ukraine's army",
        ),
        (
            (
                "Moscow, March 5 (TASS) - Separatist commander Oleg Varin said his forces "
                "had captured the town."
            ),
            "Separatist commander Oleg Varin",
        ),
    ],
)
def test_a_title_case_dateline_is_no_part_of_the_speaker_issue_4(
    analyze_text: Analyze, text: str, speaker: str
) -> None:
    """Regression (P3 probe): a wire dateline with its city in title case ("Kyiv, March 4
    (AFP) - ") was read into the first speaker: "March 4 (AFP) - Ukraine's army", ") -
    Separatist commander Oleg Varin"."""
    [s] = analyze_text(text).statements
    assert s.speaker is not None and s.speaker.text == speaker


def test_a_writers_could_not_be_verified_is_no_statement_issue_4(analyze_text: Analyze) -> None:
    """Regression (P3 probe): "The reports could not be independently verified." was a
    statement of no one, cue "independently verified", content "be"."""
    result = analyze_text(
        "Rebels said they had taken the town. The reports could not be independently verified."
    )
    assert [s.content.text for s in result.statements] == ["they had taken the town"]


def test_a_quotation_with_its_own_cue_is_not_the_last_sayings_tail_issue_4(
    analyze_text: Analyze,
) -> None:
    """Regression (P3 probe): 'X said A. "B," he said.' gave X's indirect statement the
    content 'A. "B', so B was two statements and its claims counted twice."""
    text = (
        'Ivan Fedorov said three of the dead were children. "This was a deliberate attack '
        'on a residential area," he said.'
    )
    contents = [s.content.text for s in analyze_text(text).statements]
    assert contents == [
        "three of the dead were children",
        "This was a deliberate attack on a residential area",
    ]


def test_a_short_quoted_sentence_after_the_speaker_is_his_issue_4(
    analyze_text: Analyze,
) -> None:
    """Regression (P3 probe): in '"We will not withdraw," said Andriy Kovalenko. "Marinka
    is ours."' the second quotation (three words, a sentence of its own) was dropped as a
    scare quote: the spokesman's claim to hold the town was lost."""
    result = analyze_text('"We will not withdraw," said Andriy Kovalenko. "Marinka is ours."')
    [s] = result.statements
    assert s.content.text.endswith("Marinka is ours.")
    assert any(c.frame == "control" for c in result.claims)
    # a short quotation inside the article's own sentence stays no statement
    result = analyze_text('Andriy Kovalenko said the rebels had fled from "the town".')
    assert len(result.statements) == 1


def test_confirmed_for_the_first_time_that_has_its_content_issue_4(
    analyze_text: Analyze,
) -> None:
    """Regression (issue 4, dev10 left by a helper): "confirmed for the first time that
    X", which the parser hangs on "time", is a statement whose content is X."""
    a = analyze_text(
        "The government confirmed for the first time that the journalist had been "
        "detained by the gendarmerie."
    )
    [s] = a.statements
    assert s.cue is not None and s.cue.text == "confirmed"
    assert s.content is not None
    assert s.content.text == "that the journalist had been detained by the gendarmerie"


def test_a_second_that_clause_after_an_aside_is_still_said(analyze_text: Analyze) -> None:
    """Issue 4 (dev12): "said that A, three weeks after B, and that C": the parser hangs
    the second that-clause on the aside's verb (and the words were cut before the
    aside); it is the second thing said, and the words run to its end (the 40 dead)."""
    text = (
        "Myanmar's army said Monday that it had retaken the town of Lashio in Shan State, "
        "three weeks after ethnic Kokang fighters overran it, and that at least 40 "
        "insurgents had been killed in the operation."
    )
    s = by_cue(analyze_text(text), "said")
    assert s.content.text.endswith("at least 40 insurgents had been killed in the operation")


def test_the_phrase_between_a_quotation_and_told_is_the_speaker(analyze_text: Analyze) -> None:
    # '"...," its director, Hendra Wijaya, told Reuters': the parser hung the director on
    # the quotation, so the addressee (Reuters) was taken for the speaker and the
    # quotation ran on to the name
    text = '"Our people carry hammers, not radios," its director, Hendra Wijaya, told Reuters.'
    s = by_cue(analyze_text(text), "told")
    assert s.speaker is not None and s.speaker.text == "its director, Hendra Wijaya"
    assert s.content.text == "Our people carry hammers, not radios"
    check_offsets(text, analyze_text(text))
