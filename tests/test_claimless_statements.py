"""Statements whose speaker and words were found but that gave no claim (issue: no-claim
positions over the read sets): a share denied with its deed's phrase hung on the verb,
a bare "blamed X", others kept uninformed."""

from __future__ import annotations

from typing import Any


def _of(a: Any, holder: str) -> list[Any]:
    return [c for c in a.claims if c.holder is not None and c.holder.id == holder]


def test_a_share_whose_deed_hangs_on_the_denying_verb_denies_that_deed(
    analyze_text: Any,
) -> None:
    """ "denied any role in the ambush": the parser hangs "in the ambush" on "denied";
    the denial is of the ambush all the same (not a bare share answering nothing)."""
    a = analyze_text(
        "Gunmen ambushed a police convoy near Tamora on Monday, killing 13 officers. "
        "A message signed by the Red Valley Front and spread on social media "
        "denied any role in the ambush."
    )
    denial = [c for c in a.claims if c.stance == "denies"]
    assert denial, [(c.evidence.text, c.holder) for c in a.claims]
    assert denial[0].stance == "denies" and denial[0].frame == "attack"
    assert "in the ambush" in denial[0].evidence.text


def test_a_bare_blame_asserts_the_blamed_did_the_deed_told_before(analyze_text: Any) -> None:
    """ "He blamed 'armed herders ...'": no "for"/"on" deed of its own; the speaker holds
    that the blamed did the attacks the article reported."""
    a = analyze_text(
        "Gunmen killed at least 17 people in overnight attacks on three villages, police "
        "said. The council chairman, Musa Tanko, gave a higher toll. He blamed 'armed "
        "herders who have been occupying our farmland for two years'."
    )
    blame = _of(a, "person:musa-tanko")
    attack = [c for c in blame if c.frame == "attack"]
    assert attack, [(c.evidence.text, c.frame) for c in blame]
    assert attack[0].stance == "asserts" and "armed herders" in attack[0].evidence.text


def test_a_bare_blame_without_a_deed_before_makes_no_claim(analyze_text: Any) -> None:
    a = analyze_text('The mayor spoke to reporters on Monday. He blamed "the drought".')
    assert all(c.frame != "attack" for c in a.claims)


def test_others_not_told_is_a_claim_not_the_speakers_ignorance(analyze_text: Any) -> None:
    """ "said relatives had not been told where the men were being held": a grievance
    stated as fact, unlike "could not determine" (the speaker's own want of knowledge)."""
    a = analyze_text(
        "A local rights group said soldiers had detained at least 30 men. Its coordinator, "
        "Amina Wekesa, said relatives had not been told where the men were being held."
    )
    told = _of(a, "person:amina-wekesa")
    assert told and "relatives had not been told" in told[0].evidence.text


def test_the_speakers_own_ignorance_is_still_no_claim(analyze_text: Any) -> None:
    a = analyze_text(
        "The army said it could not determine where the drone was launched from. "
        "Its spokesman said they had not been told who fired it."
    )
    assert not a.claims, [(c.evidence.text, c.frame) for c in a.claims]
