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


def test_both_accusations_answers_the_last_two(analyze_text: Any) -> None:
    """Issue 4 (dev15): "rejected both accusations" answered one claim (a denial said
    between them, so it asserted it); it denies the two accusations made before it."""
    a = analyze_text(
        "Armenia's defence ministry said Azerbaijani soldiers had shelled a border post "
        "near Sotk. It accused them of crossing the border near the village.\n\n"
        "In Baku, the defence ministry rejected both accusations."
    )
    denials = [c for c in a.claims if "both accusations" in c.evidence.text]
    answered = {a.claims[c.answers].predicate for c in denials if c.answers is not None}
    assert len(denials) == 2 and len(answered) == 2, [
        (c.evidence.text, c.frame, c.answers) for c in a.claims
    ]
    assert all(c.stance == "denies" for c in denials)


def test_accusing_a_pronoun_of_a_deed_is_a_claim(analyze_text: Any) -> None:
    """Issue 4 (dev15): "accused them of crossing the border" (the accused a pronoun)
    gave no claim at all."""
    a = analyze_text(
        "Kyrgyzstan said Tajik guards had fired on a patrol. It also accused them of "
        "crossing the border near the village of Ak-Sai."
    )
    assert any(
        c.frame == "incursion" and c.stance == "asserts" and "crossing" in c.evidence.text
        for c in a.claims
    ), [(c.evidence.text, c.frame) for c in a.claims]


def test_an_account_of_a_deed_told_elsewhere_denies_the_deed(analyze_text: Any) -> None:
    """Issue 4 (dev15): "rejected Latvia's account of a shooting", the account given in
    another article, gave no claim; it denies the deed the account names."""
    a = analyze_text(
        "Belarus on Monday rejected Latvia's account of a shooting at the frontier and "
        "said Latvian guards had fired first."
    )
    assert any(
        c.frame == "attack" and c.stance == "denies" and "account" in c.evidence.text
        for c in a.claims
    ), [(c.evidence.text, c.frame, c.stance) for c in a.claims]


def test_confirming_the_account_holds_what_it_said(analyze_text: Any) -> None:
    """Issue 4 (dev15): "X confirmed the account" gave no claim; X holds what the
    account it names said."""
    a = analyze_text(
        "Russia's defence ministry said on Monday that Russian military instructors "
        "were deployed in Bamako.\n\n"
        "Mali's government confirmed the account in a statement."
    )
    [c] = [c for c in a.claims if "confirmed" in c.evidence.text]
    assert c.answers is not None and c.stance == "asserts", [
        (x.evidence.text, x.frame, x.stance) for x in a.claims
    ]
    assert c.frame == a.claims[c.answers].frame == "deployment"


def test_findings_cooked_up_deny_them(analyze_text: Any) -> None:
    """Issue 4 (dev15): "the findings had been cooked up" (a denial marker with its
    particle) asserted a claim of cooking; it denies the findings."""
    a = analyze_text(
        "Estonian prosecutors said Russian guards had fired on the patrol from the "
        "Russian bank.\n\n"
        'The Kremlin spokesman said the findings had been "cooked up in Tallinn".'
    )
    [c] = [c for c in a.claims if "cooked" in c.evidence.text]
    assert c.stance == "denies" and c.answers is not None, (c.frame, c.stance)


def test_a_report_no_one_here_gives_is_the_one_denied(analyze_text: Any) -> None:
    """Issue 4 (dev15): "the report was groundless", after only denials of it, rejected
    the last denial (so asserted it); the report is what the first denial rejected."""
    a = analyze_text(
        "Laos on Friday denied that Chinese troops were stationed at a base near Vientiane.\n\n"
        '"There are no foreign forces in Laos," a Lao army spokesman said.\n\n'
        'In Beijing, a foreign ministry spokeswoman said the report was "groundless".'
    )
    [c] = [c for c in a.claims if "groundless" in c.evidence.text]
    assert c.stance == "denies" and c.frame == "deployment", (c.frame, c.stance)


def test_named_dead_is_a_toll(analyze_text: Any) -> None:
    """Issue 4 (dev15): "It named 19 dead, including eight children" gave no claim (a
    verb of naming, not of saying); a count of the dead is a toll, with who they were."""
    a = analyze_text(
        "Amnesty International said an air strike hit a market in the village. It "
        "named 12 dead, including five children."
    )
    [c] = [c for c in a.claims if "12 dead" in c.evidence.text]
    assert c.frame == "casualties" and "five children" in c.evidence.text, c.evidence.text


def test_rejecting_the_conclusions_answers_them(analyze_text: Any) -> None:
    """Issue 4 (dev15): "rejected the ombudsman's conclusions" gave no claim."""
    a = analyze_text(
        "The ombudsman said a fisherman killed during a navy patrol had been shot in the "
        "back.\n\nThe navy rejected the ombudsman's conclusions."
    )
    [c] = [c for c in a.claims if "conclusions" in c.evidence.text]
    assert c.stance == "denies" and c.answers is not None, (c.frame, c.stance)


def test_rejecting_the_figure_of_n_denies_the_toll(analyze_text: Any) -> None:
    """Issue 4 (dev15): "rejected the figure of nine given by X" gave no claim; it
    denies the toll given before."""
    a = analyze_text(
        "Police said five people were killed in the attack on the camp near Imphal.\n\n"
        "A police spokesman rejected the figure of eleven given by a local students' union."
    )
    [c] = [c for c in a.claims if "figure" in c.evidence.text]
    assert c.frame == "casualties" and c.stance == "denies", (c.frame, c.stance)


def test_reports_that_a_strike_killed_civilians_are_a_toll(analyze_text: Any) -> None:
    """Issue 4 (dev15): "rejected reports that an air strike had killed civilians" was
    read as a denial of the strike (the first framed word); the reports say it killed."""
    a = analyze_text(
        "Chad's army rejected reports that an air strike near Bol had killed civilians."
    )
    [c] = [c for c in a.claims if "reports" in c.evidence.text]
    assert c.frame == "casualties" and c.stance == "denies", (c.frame, c.stance)


def test_a_figure_called_a_fairy_tale_to_cover_something_is_denied(analyze_text: Any) -> None:
    """Issue 4 (dev9): 'called the army's figure "a fairy tale to cover its humiliation"'
    was read as a call ("to cover", as in "called on X to respond"), so it gave no claim,
    and the apposition "a fairy tale" was not seen as naming the figure false."""
    a = analyze_text(
        "The army said its troops killed five rebels near the town. Rebel spokeswoman "
        'Ana Cruz called the army\'s figure "a fairy tale to cover its humiliation".'
    )
    denials = [c for c in a.claims if "fairy tale" in c.evidence.text]
    assert denials and all(c.stance == "denies" for c in denials), [
        (c.evidence.text, c.stance) for c in a.claims
    ]
    answered = denials[0].answers
    assert answered is not None and a.claims[answered].frame == "casualties"


def test_words_inside_a_name_called_are_no_claim(analyze_text: Any) -> None:
    """Issue 4 (dev16): with a naming no longer taken for a call, 'calling it
    "propaganda meant to demoralise the forces"' gave a claim of its own ("meant"),
    besides the rejection of the figure; what the name says of itself is no claim."""
    a = analyze_text(
        "The rebels said 14 policemen were killed in the ambush. The police chief "
        "rejected the figure of 14 put out by the rebels, calling it "
        '"propaganda meant to demoralise the forces".'
    )
    assert not [c for c in a.claims if c.evidence.text.lstrip('"').startswith("propaganda")], [
        (c.evidence.text, c.frame) for c in a.claims
    ]


def test_numbers_called_invented_are_the_figure_given_not_a_denial_between(
    analyze_text: Any,
) -> None:
    """Issue 4 (dev18): '"Their numbers are invented," he said', after the army's "killed
    more than 50 fighters" and the group's own denial of such losses, answered the
    denial (and so asserted the toll); numbers are those of the claim that gives one."""
    a = analyze_text(
        'The army said air strikes had killed "more than 50 fighters" near the town. '
        "The group denied losing fighters on that scale. "
        '"Their numbers are invented, as they always are," spokesman Aung Naing said.'
    )
    [c] = [c for c in a.claims if "invented" in c.evidence.text]
    assert c.answers is not None, [(x.evidence.text, x.frame, x.answers) for x in a.claims]
    assert "50" in a.claims[c.answers].evidence.text
    assert c.frame == "casualties" and c.stance == "denies"


def test_a_rejection_joined_to_a_raised_toll_answers_the_figure(analyze_text: Any) -> None:
    """Issue 4 (dev20): "The military raised its toll to three, but rejected the
    regent's figure": the rejection, joined to the count verb, was read as part of the
    count (a bare "reject" claim of the military's own); it is a denial of its own that
    answers the regent's toll."""
    a = analyze_text(
        "The district governor, John Tamba, said four policemen had been killed. "
        "The police later raised its toll to three, but rejected the governor's figure."
    )
    [c] = [c for c in a.claims if "rejected" in c.evidence.text]
    assert c.answers is not None, [(x.evidence.text, x.frame, x.answers) for x in a.claims]
    assert "four" in a.claims[c.answers].evidence.text
    assert c.frame == "casualties" and c.stance == "denies"
    assert not [x for x in a.claims if x.frame == "pred:reject"]


def test_dismissing_a_finding_of_nothing_denies_the_account_it_backs(analyze_text: Any) -> None:
    """Issue 4 (dev14, dev17): "no missile fragments had been found ... dismissed the
    findings" answered only the finding of nothing (and so asserted it, a claim in no
    known frame); the findings are also the finder's account, which it denies."""
    a = analyze_text(
        "Romania's defence ministry said an analysis had confirmed that a Russian drone "
        "had exploded in the village. The ministry said that no missile fragments had "
        "been found at the site. Russia's embassy dismissed the findings as politically "
        "ordered."
    )
    denials = [c for c in a.claims if "findings" in c.evidence.text]
    answered = {
        a.claims[c.answers].evidence.text: c.stance for c in denials if c.answers is not None
    }
    assert any("exploded" in t and s == "denies" for t, s in answered.items()), [
        (c.evidence.text, c.frame, c.stance, c.answers) for c in a.claims
    ]


def test_the_accounts_of_an_office_name_their_owner_not_their_content(
    analyze_text: Any,
) -> None:
    """Issue 4 (dev18): "dismissed the accounts of the mayor and of the rights group"
    took "of the mayor" for what the accounts say, so it gave no claim; "of" an office
    or a body names whose accounts they are, and the denial answers the mayor's."""
    a = analyze_text(
        "The mayor said at least seven of the dead were miners with no criminal record. "
        "The general dismissed the accounts of the mayor and of the rights group "
        "Justicia Minera as a campaign."
    )
    [c] = [c for c in a.claims if "accounts" in c.evidence.text]
    assert c.answers is not None, [(x.evidence.text, x.frame, x.answers) for x in a.claims]
    assert "seven" in a.claims[c.answers].evidence.text and c.stance == "denies"


def test_a_dismissed_report_answers_what_it_asserts_not_what_it_denies(
    analyze_text: Any,
) -> None:
    """Issue 4 (dev15): "dismissed the report", after a rights group said satellite
    images showed no military structures and named 19 dead, answered the report's
    first claim, a denial (and so asserted a military site); a report says something
    happened, so it answers the claim that asserts it (the dead)."""
    a = analyze_text(
        "Satellite images show no military structures at the site of the air strike, "
        "Amnesty International said on Tuesday. It said 19 civilians were killed in "
        "the strike.\n\n"
        "Nigeria's defence ministry dismissed the report."
    )
    [c] = [c for c in a.claims if "report" in c.evidence.text]
    assert c.answers is not None, [(x.evidence.text, x.frame, x.answers) for x in a.claims]
    assert "19 civilians" in a.claims[c.answers].evidence.text
    assert c.frame == "casualties" and c.stance == "denies"
