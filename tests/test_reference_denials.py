"""Claims that answer another statement by naming it ("stood by its assessment",
"rejected the account") take a position on the proposition of the claim they answer."""

from __future__ import annotations

from typing import Any


def test_standing_by_an_assessment_denied_by_the_other_side(analyze_text: Any) -> None:
    """Regression: "X said it stood by its assessment", when X's own claim is not in
    the article but another side's denial of it is, was a claim of its own words (a
    proposition alone); it upholds what that denial denies."""
    a = analyze_text(
        "Fiji on Wednesday rejected New Zealand's assertion that Indian soldiers were "
        "stationed at a port near Suva.\n\n"
        "New Zealand's defence ministry said it stood by its assessment."
    )
    [c] = [c for c in a.claims if "stood by" in c.evidence.text]
    assert c.answers is not None, [(x.evidence.text, x.frame) for x in a.claims]
    denial = a.claims[c.answers]
    assert denial.stance == "denies" and "stationed" in denial.evidence.text
    assert c.stance == "asserts" and c.frame == denial.frame


def test_dismissing_findings_answers_each_deed_of_the_statement(analyze_text: Any) -> None:
    """Regression: "dismissed the prosecutors' findings" answered only the first claim of
    their statement (the bullet's type, in no known frame), not where it was fired from;
    a denial of a whole account takes a position on each deed of the statement."""
    a = analyze_text(
        "Finnish prosecutors said on Thursday that a bullet removed from the wounded "
        "border guard's shoulder was a 7.62 mm round, and that its trajectory showed it "
        "was fired from the Russian bank.\n\n"
        "Russia's embassy in Helsinki dismissed the prosecutors' findings as fabricated."
    )
    denials = [c for c in a.claims if "findings" in c.evidence.text]
    answered = {a.claims[c.answers].frame for c in denials if c.answers is not None}
    assert "attack" in answered, [(c.evidence.text, c.frame, c.answers) for c in a.claims]
    assert all(c.stance == "denies" for c in denials)


def test_a_toll_is_not_denied_with_the_account(analyze_text: Any) -> None:
    """Rejecting an account ("rejected the Kyrgyz account") answers who fired, not the
    toll the account gives ("wounding four guards")."""
    a = analyze_text(
        "Kyrgyzstan's border service said Tajik troops had opened fire with mortars on a "
        "Kyrgyz border post near the village, wounding four Kyrgyz guards.\n\n"
        "Tajikistan's border troops rejected the Kyrgyz account."
    )
    denials = [c for c in a.claims if "account" in c.evidence.text]
    assert denials and all(c.frame != "casualties" for c in denials), [
        (c.evidence.text, c.frame) for c in a.claims
    ]


def test_a_charge_dismissed_in_apposition_gives_the_rejecting_words(analyze_text: Any) -> None:
    """Regression: "accused X of arming the militia, a charge Asmara dismissed as 'a
    fantasy'" (parsed as a clause of its own, "a charge" its subject) gave the denial
    the charge's words as evidence, not the words that reject it."""
    a = analyze_text(
        "Sudan's government on Thursday accused Chad of arming the militiamen who took "
        "the northern town of Kutum this week, a charge N'Djamena dismissed as "
        '"a fantasy".'
    )
    denials = [c for c in a.claims if c.stance == "denies"]
    assert denials, [(c.evidence.text, c.stance) for c in a.claims]
    assert any(c.evidence.text.startswith("a charge") for c in denials), [
        c.evidence.text for c in denials
    ]
