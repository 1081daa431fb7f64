"""Claims read from statements: frame, stance, hedges, places and figures (issue 4).
Regression tests for bugs found by a user probe with hand-written wire stories
(2026-12-07); each failed before its fix."""

from __future__ import annotations

import counterclaim as cc
from counterclaim.link import propositions as props

PUB = "2025-06-11"


def _claims(text: str, published: str = PUB) -> list[cc.Claim]:
    return list(cc.analyze(text, published=published).claims)


def _one(text: str, predicate: str, published: str = PUB) -> cc.Claim:
    found = [c for c in _claims(text, published) if c.predicate == predicate]
    assert found, [(c.frame, c.predicate) for c in _claims(text, published)]
    return found[0]


def test_no_truth_to_claims_denies_the_claim_before() -> None:
    text = (
        "Ethiopian government forces fully liberated the town of Lalibela, the regional "
        "administration said.\n\nA Fano spokesman said there was no truth to the "
        "government's claims."
    )
    c = _claims(text)[-1]
    assert (c.frame, c.stance) == ("control", "denies")


def test_claims_had_no_basis_denies_the_claim_before() -> None:
    text = (
        "Myanmar's junta said the town of Lashio was fully liberated. The Ta'ang "
        "National Liberation Army said the junta's claims had no basis."
    )
    c = _claims(text)[-1]
    assert (c.frame, c.stance) == ("control", "denies")


def test_fabricated_answers_claim_of_an_unresolved_source() -> None:
    text = (
        "The army said its forces had withdrawn from El Nahud.\n\n"
        "Activists said the RSF had killed hundreds of civilians in the town.\n\n"
        "The RSF said these claims are fabricated."
    )
    c = _one(text, "fabricate")
    assert (c.frame, c.stance) == ("casualties", "denies")


def test_figure_exaggerated_answers_the_toll() -> None:
    text = (
        "Rwanda denied having any soldiers in the country.\n\n"
        "At least 13 civilians were killed in the fighting, a civil society leader said. "
        "Rebels said the figure was exaggerated."
    )
    c = _claims(text)[-1]
    assert (c.frame, c.stance) == ("casualties", "denies")


def test_believed_to_is_a_hedge() -> None:
    text = (
        "Azerbaijani troops are believed to have fortified positions on high ground "
        "inside Armenian territory, according to a local official."
    )
    assert "believed" in _one(text, "fortify").hedges


def test_said_to_be_holding_is_a_hedge() -> None:
    text = "The militias were said to be holding six M23 fighters captured in the clashes."
    assert "reported" in _one(text, "hold").hedges


def test_unconfirmed_reports_hedge_what_they_say() -> None:
    text = "Unconfirmed reports said up to 10 people were wounded by shelling."
    assert "unconfirmed" in _one(text, "wound").hedges


def test_hedge_on_main_verb_covers_participle_clause() -> None:
    text = (
        "Al-Shabaab fighters reportedly overran a military base in Moqokori on Sunday, "
        "killing scores of soldiers, residents said."
    )
    assert "reported" in _one(text, "kill").hedges


def test_range_figure_links_to_claim_when_between_hangs_on_said() -> None:
    text = (
        "Local officials, who asked not to be named, said between 30 and 40 soldiers "
        "were believed to have been killed."
    )
    a = cc.analyze(text, published=PUB)
    c = next(c for c in a.claims if c.predicate == "kill")
    assert [a.figures[i].value_max for i in c.figures] == [40.0]


def test_remain_deployed_is_a_deployment() -> None:
    text = (
        "Israeli troops remain deployed at five hilltop positions inside Lebanon, "
        "the Lebanese army said."
    )
    assert _one(text, "remain").frame == "deployment"


def test_place_of_a_strike_named_in_the_subject() -> None:
    text = (
        "Russia said it had captured the village of Novoekonomichne near Pokrovsk.\n\n"
        "A Russian missile strike on a hospital in Kharkiv killed at least five people, "
        "regional governor Oleh Syniehubov said."
    )
    c = _one(text, "kill")
    assert c.place is not None and c.place.text == "Kharkiv"


def test_no_infiltration_is_a_denied_incursion() -> None:
    text = (
        "Pakistan's army said Indian troops had crossed the Line of Control.\n\n"
        '"There was no infiltration of the Line of Control by our troops," an Indian '
        "army spokesman said."
    )
    c = _claims(text)[-1]
    assert (c.frame, c.stance) == ("incursion", "denies")


def test_no_such_incident_denies_the_main_deed() -> None:
    text = (
        "Pakistan's army said Indian troops had crossed the Line of Control near the "
        "Neelum valley, killing three civilians.\n\n"
        '"No such incident has taken place," an Indian army spokesman said.'
    )
    c = _claims(text)[-1]
    assert (c.frame, c.stance) == ("incursion", "denies")


def test_toll_could_exceed_a_number() -> None:
    a = cc.analyze("Activists said the death toll could exceed 300.", published=PUB)
    assert [(f.value, f.count_class) for f in a.figures] == [(300.0, "deaths")]
    c = next(c for c in a.claims if c.frame == "casualties")
    assert c.modality == "possible"


def test_under_government_control_names_the_holder() -> None:
    text = "The Congolese army said the town was now under government control."
    c = _one(text, "control")
    assert c.subject is not None and c.subject.text == "government"


# -- held-out dev7 (issue 4): incursions, hands, people seized, two deeds denied -----

PUB_D7 = "2026-07-08"


def _subject_id(c: cc.Claim) -> str | None:
    return c.subject.actor.id if c.subject and c.subject.actor else None


def test_crossed_into_a_country_territory_is_an_incursion_by_the_accused() -> None:
    text = (
        "China on Wednesday accused Indian troops of provoking a clash on the frontier, "
        "saying that they had crossed into Chinese territory."
    )
    c = _one(text, "cross", PUB_D7)
    assert c.frame == "incursion"
    assert _subject_id(c) == "mil:IND"  # "they": the troops accused, not China


def test_troops_crossing_the_bare_line_is_an_incursion() -> None:
    text = 'A spokesman said Indian soldiers had "illegally crossed the line" last week.'
    c = _one(text, "cross", PUB_D7)
    assert c.frame == "incursion"
    red = _one("The minister said Pyongyang had crossed a red line.", "cross", PUB_D7)
    assert red.frame != "incursion"


def test_transgressed_across_the_lac_is_an_incursion() -> None:
    text = (
        'The army said that about 60 Chinese soldiers had "transgressed" across the Line '
        "of Actual Control near the pass."
    )
    assert _one(text, "transgress", PUB_D7).frame == "incursion"


def test_gear_fallen_into_their_hands_is_captured_not_ground() -> None:
    text = (
        "Army spokesman Captain Paul Ouedraogo denied that any armoured vehicle had "
        "fallen into the attackers' hands."
    )
    c = _one(text, "capture", PUB_D7)
    # (gear taken is arms taken, as "captured two armoured vehicles" is)
    assert (c.frame, c.stance) == ("arms", "denies")
    assert not [x for x in _claims(text, PUB_D7) if x.frame == "control"]


def test_the_town_is_in_their_hands_is_control() -> None:
    text = 'The town of Kiendi fell on Sunday. "The town is in their hands," the mayor said.'
    c = [x for x in _claims(text, PUB_D7) if x.evidence.text.startswith("The town is")]
    assert c and c[0].frame == "control"


def test_under_the_control_of_the_republic_is_the_state() -> None:
    text = (
        "Burkina Faso's army said on Tuesday that Kiendi was once again under the "
        "control of the Republic."
    )
    c = _one(text, "control", PUB_D7)
    assert c.frame == "control"
    assert _subject_id(c) == "mil:BFA"


def test_he_had_been_seized_is_a_person_taken() -> None:
    text = (
        "The ministry rejected Chisinau's claim that he had been seized on "
        "Moldovan-controlled territory."
    )
    assert _one(text, "seize", PUB_D7).frame == "captives"


def test_no_foreign_boots_denies_a_deployment() -> None:
    text = 'The government spokeswoman said that there were "no foreign boots" in Niassa.'
    c = [x for x in _claims(text, PUB_D7) if x.predicate == "be"]
    assert c and (c[0].frame, c[0].stance) == ("deployment", "denies")


def test_a_charge_naming_two_deeds_denies_both() -> None:
    text = (
        "Defence Minister Rajnath Singh on Thursday rejected China's charge that Indian "
        "soldiers had crossed the Line of Actual Control and provoked this week's clash."
    )
    c = _one(text, "provoke", PUB_D7)
    assert (c.frame, c.stance) == ("attack", "denies")


def test_a_rejected_claim_of_two_deeds_denies_the_second_too() -> None:
    text = (
        "The Western Theatre Command said in a statement that it rejected India's claim "
        "that a Chinese patrol had crossed the boundary and started the fight."
    )
    c = _one(text, "start", PUB_D7)
    assert (c.frame, c.stance) == ("attack", "denies")


def test_troops_deployed_only_on_own_soil_deny_the_deployment() -> None:
    text = (
        "Tanzania's defence ministry said its forces were deployed only on Tanzanian soil "
        "along the Ruvuma river."
    )
    c = _one(text, "deploy", PUB_D7)
    assert (c.frame, c.stance) == ("deployment", "denies")


def test_not_setting_foot_beyond_the_line_denies_the_incursion() -> None:
    """Issue 4: "did not set foot" beyond a line denies crossing it."""
    text = (
        "The defence minister said the soldiers did not set foot beyond their own side "
        "of the boundary."
    )
    found = [c for c in _claims(text) if c.predicate == "set"]
    assert found and (found[0].frame, found[0].stance) == ("incursion", "denies")


# -- dev8's stance fixes (issue 4) ------------------------------------------------


def test_neither_nor_object_denies() -> None:
    text = (
        "The foreign minister said on Monday that the country hosts neither foreign "
        "military bases nor foreign soldiers."
    )
    claims = [c for c in _claims(text) if "neither" in c.evidence.text]
    assert claims and all(c.stance == "denies" for c in claims)


def test_leaving_no_doubt_asserts() -> None:
    text = (
        "The prime minister said the evidence left no doubt that the rocket had been "
        "launched from across the river."
    )
    claims = [c for c in _claims(text) if "no doubt" in c.evidence.text]
    assert claims and all(c.stance == "asserts" for c in claims)


def test_reports_that_look_like_an_invention_are_denied() -> None:
    text = (
        "Ukraine's military said on Monday that Russian troops had shelled the hospital in "
        "Kherson.\n\n"
        "Kremlin spokesman Dmitry Peskov said the reports looked like another invention of "
        "Kyiv."
    )
    claims = [c for c in _claims(text) if "invention" in c.evidence.text]
    assert claims and claims[0].stance == "denies"
    assert claims[0].frame == "attack"  # it answers the shelling claim


# -- grouping (issue 4, read sets): who the dead were, troops present, blame ---------


def _subject_actor(c: cc.Claim) -> str | None:
    actor = c.subject.to_dict()["actor"] if c.subject is not None else None
    return actor["id"] if actor else None


def test_the_dead_were_villagers_is_a_toll_of_civilians() -> None:
    c = _one("A local priest said the six dead were villagers from the valley.", "be")
    assert (c.frame, c.stance) == ("casualties", "asserts")
    assert c.object_head == "villager"


def test_everyone_who_died_was_a_combatant_is_a_toll_of_fighters() -> None:
    c = _one("The colonel said everyone who died in the raid was an armed combatant.", "be")
    assert (c.frame, c.stance, c.object_head) == ("casualties", "asserts", "combatant")


def test_people_killed_were_residents_is_a_toll_of_civilians() -> None:
    text = "The bishop said all four people killed in the bombing were residents of the hamlet."
    c = _one(text, "be")
    assert (c.frame, c.object_head) == ("casualties", "resident")


def test_none_of_its_members_among_the_dead_denies_a_toll_of_fighters() -> None:
    text = "The movement denied that any of its members were among the dead."
    c = _one(text, "be")
    assert (c.frame, c.stance, c.object_head) == ("casualties", "denies", "member")


def test_victims_by_their_trade_are_civilians() -> None:
    c = {"frame": "casualties", "object_text": "herders and traders", "object_head": "herder"}
    assert props.target_class(c) == "civilians"
    c = {"frame": "casualties", "object_text": "an armed combatant", "object_head": "combatant"}
    assert props.target_class(c) == "fighters"
    c = {"frame": "casualties", "object_text": "farmers", "object_head": "farmer"}
    assert props.target_class(c) == "civilians"


def test_military_instructors_working_in_a_country_are_deployed() -> None:
    text = "The defence ministry said that French military instructors are working in Chad."
    assert _one(text, "work").frame == "deployment"


def test_advisers_serving_in_a_country_are_deployed() -> None:
    assert _one("The army said its advisers were serving in Niger.", "serve").frame == (
        "deployment"
    )


def test_hosting_no_foreign_troops_denies_a_deployment_by_no_one_named() -> None:
    text = "The president said the republic hosts neither foreign bases nor foreign troops."
    c = _one(text, "host")
    assert (c.frame, c.stance) == ("deployment", "denies")
    assert _subject_actor(c) is None


def test_foreign_soldiers_on_a_countrys_soil_are_not_that_countrys() -> None:
    c = _one("She said there were no foreign soldiers on Malian soil.", "be")
    assert c.frame == "deployment"
    assert _subject_actor(c) is None  # not Mali's army


def test_bore_full_responsibility_is_the_deed_of_who_bore_it() -> None:
    c = _one("The prime minister said Minsk bore full responsibility.", "bear")
    assert c.frame == "attack"
    assert _subject_actor(c) == "gov:BLR"
    assert c.object is None  # the blame is not what the deed was done to


def test_responsibility_lies_with_names_the_doer() -> None:
    c = _one("The spokesman said the responsibility lies entirely with the Indian side.", "lie")
    assert c.frame == "attack"
    assert _subject_actor(c) == "gov:IND"


def test_responsible_for_something_named_is_no_blame_for_the_deed() -> None:
    text = "He said the government is responsible for the safety of the convoy."
    assert _one(text, "be").frame != "attack"


def test_ramming_a_ship_is_an_attack_by_the_rammer() -> None:
    """Issue 4 (dev16, dev20): "a Xland ship rammed a patrol boat": who caused the
    collision, by the ship's side (was: an unframed "pred:ram")."""
    c = _one("The coast guard said a Chinese ship rammed one of its patrol boats.", "ram")
    assert c.frame == "attack"
    assert _subject_actor(c) == "mil:CHN"


def test_provoking_a_collision_is_the_deed_of_the_side_accused() -> None:
    """Issue 4 (dev20): "accused X of provoking a collision": X caused it."""
    text = "Beijing accused Taiwan of provoking a collision between two boats on Monday."
    assert _one(text, "provoke").frame == "attack"


def test_cutting_across_a_bow_is_the_collision_by_the_vessel() -> None:
    """Issue 4 (dev16, dev20): "the Taiwanese boat had cut across its bow", "turned
    sharply towards our vessel": the steering vessel caused the collision."""
    c = _one("The coast guard said the Taiwanese boat had cut across its bow.", "cut")
    assert c.frame == "attack"
    assert _subject_actor(c) == "mil:TWN"
    turned = _one("The ministry said the Chinese ship turned sharply towards our vessel.", "turn")
    assert turned.frame == "attack"
    # a turn onto a road is no collision
    assert _one("Police said the truck turned into a side street.", "turn").frame != "attack"


def test_cleft_doer_is_no_place_of_the_deed() -> None:
    """Issue 4 (dev20): "it was the Taiwan side that turned towards our vessel": the
    doer's name is not where the deed was (was: placed in Taiwan)."""
    text = (
        "The office said the collision happened off Kinmen. It was the Taiwan side that "
        "turned sharply towards our vessel, a spokesman said."
    )
    c = _one(text, "turn")
    assert c.frame == "attack"
    assert c.place is None or "Taiwan" not in str(c.place)


def test_fire_answered_after_the_other_sides_shots_is_their_attack() -> None:
    """Issue 4 (dev, dev19): "our soldiers only responded after Xlandish soldiers shot
    at them": besides denying its side fired first, the speaker says the other side
    fired (a claim of its own, by them)."""
    text = '"Our soldiers only responded after Thai soldiers shot at them," the minister said.'
    found = {(c.predicate, c.frame, c.stance) for c in _claims(text)}
    assert ("respond", "attack", "denies") in found
    shot = _one(text, "shoot")
    assert (shot.frame, shot.stance) == ("attack", "asserts")
    assert _subject_actor(shot) == "mil:THA"
    # a response after something that is no attack adds no claim
    calm = '"Our soldiers only responded after the talks collapsed," the minister said.'
    assert not any(c.frame == "attack" and c.stance == "asserts" for c in _claims(calm))


def test_reports_called_an_invention_answer_the_report_not_a_denial_between() -> None:
    text = (
        "U.S. officials said Russian troops were deployed in Nicaragua. The president said "
        "there were no foreign soldiers on Nicaraguan soil. Kremlin spokesman Dmitry "
        "Peskov said these reports look like one more anti-Russian invention."
    )
    c = next(c for c in _claims(text) if "invention" in c.evidence.text)
    assert (c.frame, c.stance) == ("deployment", "denies")


# -- grouping round 2 (issue 4, read sets): presence, shots, alibis, status quo ------


def test_no_information_about_troops_somewhere_denies_their_deployment() -> None:
    text = (
        "Officials in Washington said Chinese soldiers were deployed in Cambodia. A "
        "Beijing spokesman said he had no information about Chinese servicemen in Cambodia."
    )
    c = next(c for c in _claims(text) if "information" in c.evidence.text)
    assert (c.frame, c.stance) == ("deployment", "denies")
    assert c.subject is not None and c.subject.actor is not None
    assert c.subject.actor.id == "mil:CHN"


def test_information_about_troops_with_no_place_is_no_deployment() -> None:
    c = _claims("He said he had no information about the soldiers.")[-1]
    assert c.frame != "deployment"


def test_shot_came_from_a_side_names_who_fired() -> None:
    text = (
        "The army said Armenian forces opened fire on a patrol. The minister said the "
        "shot came from a hill on the Armenian side."
    )
    c = next(c for c in _claims(text) if c.predicate == "come")
    assert c.frame == "attack"
    assert c.subject is not None and c.subject.actor is not None
    assert c.subject.actor.country == "ARM"


def test_an_order_that_came_from_a_side_is_no_shot() -> None:
    c = _claims("He said the order came from the Armenian side.")[-1]
    assert c.frame != "attack"


def test_they_were_one_kind_not_another_is_who_the_dead_were() -> None:
    text = (
        "Seven people were killed in the air strike. The village elder said: "
        '"They were herders, not militants."'
    )
    c = next(c for c in _claims(text) if "herders" in c.evidence.text)
    assert (c.frame, c.stance) == ("casualties", "asserts")
    as_row = {
        "frame": c.frame,
        "object_text": c.object.text if c.object else None,
        "object_head": c.object_head,
        "subject_text": c.subject.text if c.subject else None,
        "evidence_text": c.evidence.text,
    }
    assert props.target_class(as_row) == "civilians"


def test_a_soldier_in_stable_condition_is_no_deployment() -> None:
    c = _claims("The minister said the soldier was in stable condition.")[-1]
    assert c.frame != "deployment"


def test_no_soldier_brought_them_back_denies_a_rescue() -> None:
    text = (
        "The army said it had freed five of the people kidnapped. A local chief said no "
        "soldier brought them back."
    )
    c = next(c for c in _claims(text) if c.predicate == "bring")
    assert (c.frame, c.stance) == ("exchange", "denies")


def test_own_forces_not_in_range_deny_the_deed() -> None:
    text = (
        "Villagers said army troops shelled the clinic. The defence minister said: "
        '"Our troops were not even in range of that clinic."'
    )
    c = next(c for c in _claims(text) if "range" in c.evidence.text)
    assert (c.frame, c.stance) == ("attack", "denies")


def test_no_foreign_troops_in_the_area_stays_a_deployment_denial() -> None:
    c = _claims("He said no foreign troops were in the area.")[-1]
    assert (c.frame, c.stance) == ("deployment", "denies")


def test_fought_before_a_tactical_redeployment_gave_way() -> None:
    text = (
        "The rebels said they had seized the town. The army said its soldiers had fought "
        "bravely before carrying out a tactical redeployment."
    )
    c = next(c for c in _claims(text) if "redeployment" in c.evidence.text)
    assert c.frame == "control"


def test_troops_carrying_out_operations_somewhere_are_deployed_there() -> None:
    text = "The official said Kenyan troops were carrying out joint operations in the forest."
    c = next(c for c in _claims(text) if c.predicate == "carry")
    assert c.frame == "deployment"


def test_operations_against_someone_stay_an_attack() -> None:
    text = "He said the security forces carried out operations against militants in the district."
    c = next(c for c in _claims(text) if c.predicate == "carry")
    assert c.frame == "attack"


def test_trying_to_change_the_status_quo_is_an_incursion() -> None:
    text = (
        "The army said an Azerbaijani patrol crossed the line. The ministry said the "
        "Azerbaijani side had tried to change the status quo along the border."
    )
    c = next(c for c in _claims(text) if c.predicate == "try")
    assert c.frame == "incursion"
    assert c.subject is not None and c.subject.actor is not None
    assert c.subject.actor.country == "AZE"


# -- grouping round 3 (issue 4, read sets): armed camps, havens, joined rejections ---


def test_never_an_armed_groups_camp_denies_military_use() -> None:
    c = _claims('A village chief said: "There has never been a FLEC camp in Mbata."')[-1]
    assert (c.frame, c.stance) == ("military_use", "denies")


def test_site_was_a_rebel_camp_asserts_military_use() -> None:
    c = _claims("The ministry said the site was an ELN camp.")[-1]
    assert (c.frame, c.stance) == ("military_use", "asserts")


def test_there_was_no_camp_there_denies_military_use() -> None:
    c = _claims('A rebel commander said: "There was no camp there."')[-1]
    assert (c.frame, c.stance) == ("military_use", "denies")


def test_refugee_camp_and_un_base_stay_unframed() -> None:
    for text in (
        "He said there was no refugee camp there.",
        "The ministry said the site was a UN base.",
        "The ministry said the site was a refugee camp.",
    ):
        assert all(c.frame != "military_use" for c in _claims(text)), text


def test_no_need_of_foreign_soldiers_denies_deployment() -> None:
    text = 'The army spokesman said the army had "no need of foreign soldiers".'
    c = next(c for c in _claims(text) if c.predicate == "have")
    assert (c.frame, c.stance) == ("deployment", "denies")


def test_does_not_need_foreign_troops_denies_deployment() -> None:
    c = _claims("The minister said Mali does not need foreign troops.")[-1]
    assert (c.frame, c.stance) == ("deployment", "denies")


def test_no_need_of_doctors_is_no_deployment() -> None:
    c = _claims("He said the hospital had no need of more doctors.")[-1]
    assert c.frame != "deployment"


def test_found_no_evidence_of_a_military_camp_denies_military_use() -> None:
    text = "Human Rights Watch said it had found no evidence of a military camp in the area."
    c = _claims(text)[-1]
    assert (c.frame, c.stance) == ("military_use", "denies")


def test_found_evidence_of_a_rebel_base_asserts_military_use() -> None:
    text = "Investigators said they found evidence of a rebel base near the village."
    c = _claims(text)[-1]
    assert (c.frame, c.stance) == ("military_use", "asserts")


def test_conjoined_rejection_does_not_deny_the_claim_before_it() -> None:
    text = (
        "The defense ministry said that the site was a rebel camp and rejected the "
        "church account as propaganda."
    )
    c = next(c for c in _claims(text) if "camp" in c.evidence.text)
    assert c.stance == "asserts"


def test_report_was_propaganda_still_denies() -> None:
    c = _claims("The rebels said the report was propaganda.")[-1]
    assert c.stance == "denies"


def test_attackers_came_from_a_country_is_a_sanctuary_claim() -> None:
    text = 'The minister said: "The terrorists who attacked the post came from Afghanistan."'
    c = next(c for c in _claims(text) if c.predicate == "come")
    assert (c.frame, c.stance) == ("sanctuary", "asserts")


def test_rebels_crossed_from_bases_is_a_sanctuary_claim() -> None:
    text = (
        "The government said the rebels who attacked the town had crossed from bases "
        "in southern Libya."
    )
    c = next(c for c in _claims(text) if c.predicate == "cross")
    assert c.frame == "sanctuary"


def test_attack_directed_from_a_country_is_a_sanctuary_claim() -> None:
    text = "The army said the attack was planned and directed from Afghanistan."
    assert any(c.frame == "sanctuary" for c in _claims(text))


def test_workers_and_shots_coming_from_a_country_are_not_sanctuary() -> None:
    for text in ("He said the workers came from Libya.", "He said the shot came from Belarus."):
        assert all(c.frame != "sanctuary" for c in _claims(text)), text


def test_group_with_no_bases_in_a_country_denies_sanctuary() -> None:
    text = "The rebel group said all its fighters were Chadians and that it had no bases in Libya."
    c = next(c for c in _claims(text) if c.predicate == "have")
    assert (c.frame, c.stance) == ("sanctuary", "denies")


def test_state_with_bases_abroad_is_no_sanctuary() -> None:
    assert all(
        c.frame != "sanctuary" for c in _claims("He said the United States has bases in Japan.")
    )


# -- grouping round 4 (issue 4, read sets): fallen in battle, armed elements --------


def test_soldiers_who_fell_in_battle_are_a_toll() -> None:
    text = "The defence ministry said four soldiers fell in combat near the river crossing."
    c = next(c for c in _claims(text) if c.predicate == "fall")
    assert (c.frame, c.stance) == ("casualties", "asserts")
    row = {"frame": "casualties", "predicate": "fall", "evidence_text": c.evidence.text}
    assert props.harm_class(row) == "killed"


def test_a_town_that_fell_or_troops_that_fell_back_are_no_toll() -> None:
    for text in (
        "The rebels said the district capital fell to their fighters on Monday.",
        "The army said its soldiers fell back from the bridge.",
    ):
        assert all(c.frame != "casualties" for c in _claims(text)), text


def test_armed_elements_killed_are_a_toll_of_fighters() -> None:
    # "three armed elements were killed": the military's word for fighters, a toll
    # apart from a toll of civilians
    row = {"frame": "casualties", "predicate": "kill", "subject_text": 'three "armed elements"'}
    assert props.target_class(row) == "fighters"


def test_five_of_them_keeps_the_kind_of_victim_issue_4() -> None:
    """Regression (issue 4, dev9): "clashed with the retreating rebels and killed five
    of them" had "five" for its object's head, so the rebels' toll joined the soldiers'
    one; the doers ("its fighters had killed three of them") are never the victims."""
    c = _one(
        "The army said its troops clashed with fleeing insurgents near the river on Monday "
        "and killed four of them.",
        "kill",
    )
    assert c.frame == "casualties" and c.object_head == "insurgent"
    d = _one("The group said its fighters had killed three of them in the ambush.", "kill")
    assert d.object_head != "fighter"


def test_denied_losing_anyone_is_a_toll_of_its_own_issue_4() -> None:
    """Regression (issue 4, dev9): "The rebels denied losing anyone" was no toll at
    all (a predicate of its own), so it never answered the army's count of rebels."""
    c = _one("The Karen rebels denied losing anyone in the clash.", "lose")
    assert c.frame == "casualties" and c.stance == "denies"


def test_a_vessel_entering_foreign_waters_is_an_incursion_issue_4() -> None:
    """Regression (issue 4, dev9): "had entered Russian waters" was a predicate of its
    own ("waters" has the lemma "water" in the small model), not an incursion."""
    c = _one("The FSB said that a Finnish vessel had entered Russian waters.", "enter")
    assert c.frame == "incursion"


def test_a_deed_called_someones_act_is_their_attack_issue_4() -> None:
    """Regression (issue 4, dev9): "the shooting was a deliberate act by Russian border
    guards" was a remark of its own ("be"), not Russia's attack; "an act of
    desperation" names no doer."""
    c = _claims("The minister said the shooting was a deliberate act by Russian border guards.")
    doers = [(x.frame, x.subject.actor.id if x.subject and x.subject.actor else None) for x in c]
    assert doers == [("attack", "mil:RUS")]
    d = _claims("The minister said the attack was an act of desperation.")
    assert all(x.subject is None or x.subject.text != "desperation" for x in d)


def test_bandits_are_fighters_among_the_dead_issue_4() -> None:
    """Regression (issue 4, dev9): "those killed were armed bandits" was a remark of its
    own, not a claim of who the dead were."""
    c = _one("The minister said that those killed were armed bandits.", "be")
    assert c.frame == "casualties"


def test_the_story_of_captured_soldiers_is_about_captives_issue_4() -> None:
    """Regression (issue 4, dev9): "The story of captured soldiers is invented" and "the
    capture of 22 soldiers" were read as a town taken (control), not people taken; "the
    capture of Kurmuk" still is a town taken."""
    [c] = _claims('"The story of captured soldiers is invented," the army spokesman said.')
    assert (c.frame, c.stance) == ("captives", "denies")
    assert _one("The rebels said the capture of 22 soldiers was a victory.", "capture").frame == (
        "captives"
    )
    assert _one("The rebels announced the capture of Kurmuk.", "capture").frame == "control"


def test_a_report_called_a_fabrication_designed_to_smear_is_a_denial_issue_4() -> None:
    """Regression (issue 4, dev9): 'called the report "a pure fabrication" designed to
    smear China' was taken for a call ("called on X to ...": "to smear"), no claim."""
    cs = _claims(
        "Japan said Chinese troops were at the port. Beijing called the report "
        '"a pure fabrication" designed to smear China.'
    )
    assert [(c.holder.id if c.holder else None, c.stance) for c in cs][-1] == ("gov:CHN", "denies")


def test_a_team_of_army_engineers_at_work_somewhere_is_deployed_issue_4() -> None:
    """Regression (issue 4, dev9): "a team of People's Liberation Army engineers was
    working at a wharf" was a predicate of its own, not troops present; a team of
    doctors at work is still no deployment."""
    c = _one(
        "The ministry said a team of People's Liberation Army engineers was working at a "
        "port in Vanuatu.",
        "work",
    )
    assert c.frame == "deployment"
    d = _one("The WHO said a team of doctors was working at the hospital in Gaza.", "work")
    assert d.frame != "deployment"


# -- places and frames (issue 4, read sets dev..dev8, 2026-12-07) --------------------


def _place_of(text: str, predicate: str) -> str | None:
    c = _one(text, predicate, published="2025-06-11")
    return c.place.text if c.place is not None else None


# -- places that are not where a deed happened --------------------------------------


def test_a_pact_named_after_a_town_is_not_where_troops_are_issue_4() -> None:
    text = (
        "The foreign minister said that enemy units were on our land, in violation of "
        "the Almaty declaration."
    )
    assert _place_of(text, "be") != "Almaty"


def test_the_town_of_a_hospital_is_not_where_the_wounded_were_hurt_issue_4() -> None:
    text = (
        "KIDAL, June 10 (Reuters) - Insurgents attacked an army post near the town of "
        "Kidal on Sunday, killing eight soldiers, the army said. The government said on "
        "Tuesday that six of the wounded had died in hospital in Gao."
    )
    assert _place_of(text, "die") == "Kidal"


def test_a_hospital_town_after_the_noun_is_not_where_the_wounded_were_hurt_issue_4() -> None:
    text = (
        "KIDAL, June 10 (Reuters) - A third soldier injured in Sunday's blast in Kidal "
        "died at a hospital in Gao on Monday, the army said."
    )
    assert _place_of(text, "die") == "Kidal"


def test_a_town_that_fell_is_still_where_it_fell_issue_4() -> None:
    # (the hospital rule leaves other places alone)
    text = "The army said the town of Kidal had fallen to the rebels."
    assert _place_of(text, "fall") == "Kidal"


def test_a_strike_on_a_hospital_is_where_the_hospital_is_issue_4() -> None:
    text = (
        "A drone strike on a hospital in Kidal killed at least five people, the regional "
        "governor said."
    )
    assert _place_of(text, "kill") == "Kidal"


# -- troops "in the town" hold the story's town ---------------------------------


def test_troops_inside_the_town_hold_the_town_the_story_is_about_issue_4() -> None:
    text = (
        "Rebels said on Monday they had seized the town of Kidal. An army commander, "
        'Moussa Diarra, said: "Our soldiers are still inside the town."'
    )
    c = next(c for c in _claims(text, "2025-06-11") if c.predicate == "be")
    assert c.frame == "control"
    assert c.place is not None and c.place.text == "Kidal"


def test_troops_in_the_area_are_still_a_deployment_issue_4() -> None:
    text = "The ministry said foreign troops were in the area."
    c = next(c for c in _claims(text, "2025-06-11") if c.predicate == "be")
    assert c.frame == "deployment"


# -- "uses X soil" is a sanctuary in X -------------------------------------------


def test_using_a_countrys_soil_to_attack_is_a_sanctuary_there_issue_4() -> None:
    text = (
        "Niger's army said the raiders had crossed from Mali. \"No armed group uses "
        'Malian soil to attack its neighbours," a government spokesman, Amadou '
        "Keita, said."
    )
    c = next(c for c in _claims(text, "2025-06-11") if c.predicate == "use")
    assert (c.frame, c.stance) == ("sanctuary", "denies")
    assert c.place_key == "country:ML"


def test_a_sanctuary_denied_by_demonym_alone_is_placed_in_its_country_issue_4() -> None:
    text = '"No armed group uses Malian soil against any country," a spokesman said.'
    c = next(c for c in _claims(text, "2025-06-11") if c.predicate == "use")
    assert c.frame == "sanctuary"
    assert c.place_key == "country:ML"


# -- deaths by mishap are not a fight's toll --------------------------------------


# -- a wide natural region and a place on its edge --------------------------------


# -- a flag raised over a place; the places in a speaker's description -------------


def test_raising_a_flag_over_a_place_claims_it_issue_4() -> None:
    text = (
        "BAMAKO (Reuters) - Rebels attacked the town of Kidal on Sunday, the army said. "
        "A resident said that the rebels had raised their flag over the town hall."
    )
    c = next(c for c in _claims(text, "2025-06-11") if c.predicate == "raise")
    assert (c.frame, c.stance) == ("control", "asserts")
    assert c.place is not None and c.place.text == "Kidal"


def test_a_place_in_the_speakers_description_is_not_where_the_claim_is_issue_4() -> None:
    text = (
        "OUAGADOUGOU (Reuters) - Rebels seized the town of Djibo in northern Burkina Faso "
        "on Sunday, the army said. Issa Kabore, a teacher who fled to Fada N'Gourma last "
        "year, said by telephone that his brother had seen the rebels raise their flag "
        "over the town hall."
    )
    c = next(c for c in _claims(text, "2025-06-11") if c.predicate == "raise")
    assert c.place is not None and c.place.text == "Djibo"


# -- a retreat told as a move --------------------------------------------------------


def test_units_moved_to_more_advantageous_positions_gave_ground_issue_4() -> None:
    text = (
        "KYIV (Reuters) - Russia said its forces had captured the village of Krynky. "
        '"To spare our men, units have been moved to more advantageous positions north '
        'of the village," a Ukrainian brigade said.'
    )
    c = next(c for c in _claims(text, "2025-06-11") if c.predicate == "move")
    assert (c.frame, c.stance) == ("control", "denies")


# -- places, sanctuaries and who the dead were (issue 4, read sets dev..dev9) ------

B2_PUB = "2025-06-11"


def test_an_embassy_city_is_not_where_the_story_happens_issue_4() -> None:
    """A place that only says where a speaking body sits ("Russia's embassy in Riga")
    is not the article's topic, so no unplaced claim is put there."""
    text = (
        "Latvian police said a drone had struck a fuel depot on Tuesday, wounding two "
        "workers. Russia's embassy in Riga dismissed the account as fabricated."
    )
    assert all(c.place_key is None for c in _claims(text, B2_PUB))


def test_letting_fighters_attack_from_its_soil_is_a_sanctuary_of_that_country_issue_4() -> None:
    """ "accused Chad of allowing rebels to attack from its soil" is a sanctuary claim
    on Chad (not on the town attacked), like "the attackers came from Chad"."""
    text = (
        "Sudan's government accused Chad of allowing rebels to launch their attack on "
        "Geneina from its soil."
    )
    c = _one(text, "allow")
    assert (c.frame, c.stance, c.place_key) == ("sanctuary", "asserts", "country:TD")


def test_never_allowed_anyone_to_use_its_land_denies_a_sanctuary_issue_4() -> None:
    text = (
        "Chad's foreign ministry said it had never allowed any armed group to use its "
        "land against a neighbour."
    )
    c = _claims(text, B2_PUB)[0]
    assert (c.frame, c.stance) == ("sanctuary", "denies")


def test_a_gang_named_after_a_place_is_no_place_issue_4() -> None:
    """A place name that names a gang ("the Sinaloa cartel", "belonged to Los Lobos")
    is the body's name, not where the deed happened."""
    text = (
        "Police said officers had shot dead two members of the Sinaloa cartel in a "
        "gunfight on Friday. A relative denied that the men belonged to Los Lobos."
    )
    assert _one(text, "shoot").place_key is None
    assert _one(text, "belong").place_key is None


def test_a_province_men_belong_to_stays_a_place_issue_4() -> None:
    """(a province or a state is no gang: "the village belonged to Sinaloa")"""
    text = "Officials said the village had belonged to Sinaloa until 1990."
    assert _one(text, "belong").place_key == "adm1:MX-SIN"


def test_standing_by_its_count_restates_the_toll_issue_4() -> None:
    """ "stood by its count of four soldiers killed" is the holder's toll said again,
    not a remark of its own (the parser may hang "killed" on "stood")."""
    text = (
        "The army said four soldiers were killed in the ambush. He said the army stood "
        "by its count of four soldiers killed and would check the group's figure."
    )
    [c] = [x for x in _claims(text) if x.statement == 1 and "count" in x.evidence.text]
    assert (c.frame, c.stance) == ("casualties", "asserts")


def test_the_three_were_members_not_fishermen_says_who_the_dead_were_issue_4() -> None:
    """A number standing for the men counted before, said to be one kind of victim and
    not another ("the three were members of the gang, not fishermen"), is who the dead
    were: a claim on the toll of that kind, like "they were farmers, not fighters"."""
    text = (
        "Soldiers shot dead three men near the port on Sunday, the army said. The "
        "commander said the three were known members of the gang, not fishermen."
    )
    c = _one(text, "be")
    assert (c.frame, c.stance) == ("casualties", "asserts")


def test_the_men_belonged_to_the_gang_after_their_killing_is_who_the_dead_were_issue_4() -> None:
    """ "the men belonged to the gang", after the story told of their killing, says
    which side the dead were on: a claim on the toll, denied here."""
    text = (
        "Soldiers shot dead three men near the port on Sunday, the army said. A priest "
        "rejected the army's claim that the men belonged to the gang."
    )
    c = _one(text, "belong")
    assert (c.frame, c.stance) == ("casualties", "denies")


def test_men_belonging_to_a_gang_with_no_killing_told_is_no_toll_issue_4() -> None:
    """(with no killing told, "the men belonged to a gang" is no claim on a toll)"""
    text = "Police said they had arrested five men. An officer said the men belonged to a gang."
    assert _one(text, "belong").frame != "casualties"


def test_a_man_shot_dead_was_a_farmer_says_who_the_dead_was_issue_4() -> None:
    """ "a man shot dead by soldiers was Juan Perez, a rice farmer": the dead named and
    said to be a kind of victim, a claim on the toll of that kind."""
    text = (
        "A rights group said that a man shot dead by soldiers on Monday was Juan Perez, "
        "52, a rice farmer from the village."
    )
    c = _one(text, "be")
    assert (c.frame, c.stance) == ("casualties", "asserts")


def test_none_of_them_belonged_to_its_armed_wing_denies_who_the_dead_were_issue_4() -> None:
    text = (
        "Troops killed nine people in a raid on the village, the army said. The rebel "
        "movement said none of them belonged to its armed wing."
    )
    c = _one(text, "belong")
    assert (c.frame, c.stance) == ("casualties", "denies")


def test_a_group_named_after_a_town_is_no_place_anywhere_in_its_article_issue_4() -> None:
    """A name the catalogue knows as an armed group, written as one ("Los Lobos
    leaders"), is the group's wherever the article writes it, not a town elsewhere."""
    text = (
        "The minister said the riot had been ordered by Los Lobos leaders held in "
        "another jail. A lawyer said Los Lobos had no part in the riot."
    )
    assert [c.place_key for c in _claims(text, B2_PUB)] == [None, None]


# -- which claims a statement carries, and their stance (issue 4, dev..dev9) -------


def test_rejected_assertion_is_no_statement_of_its_own_issue_4() -> None:
    # the noun "assertion" (like "claim") is what the joint subject rejects: both deny
    text = (
        "Australia said Chinese soldiers were stationed at the wharf. On Monday, Fiji "
        "and China rejected Australia's assertion that Chinese soldiers were stationed "
        "at the wharf."
    )
    a = cc.analyze(text, published=PUB)
    assert all(s.speaker is not None for s in a.statements)
    denials = [c for c in a.claims if c.frame == "deployment" and c.stance == "denies"]
    assert len(denials) == 2


def test_list_of_no_fragments_stays_in_the_evidence_issue_4() -> None:
    text = '"There was no base here, no weapons, only a wedding," the village chief said.'
    c = _one(text, "be")
    assert (c.frame, c.stance) == ("military_use", "denies")
    assert c.evidence.text.endswith("no weapons, only a wedding")


def test_no_evidence_of_weapons_stored_denies_military_use_issue_4() -> None:
    text = (
        "Investigators found no evidence of weapons being stored at the school, the "
        "researcher said."
    )
    c = _one(text, "find")
    assert (c.frame, c.stance) == ("military_use", "denies")


def test_information_that_claims_the_that_clause_issue_4() -> None:
    text = (
        "The minister said Australia had clear information that Chinese soldiers were on "
        "the ground."
    )
    c = _claims(text)[0]
    assert (c.predicate, c.stance) == ("be", "asserts")


def test_quoted_information_that_claims_the_that_clause_issue_4() -> None:
    text = (
        'The minister said Australia had "clear information" that uniformed Chinese '
        "military personnel were on the ground."
    )
    assert _claims(text)[0].predicate == "be"


def test_no_information_that_is_not_an_assertion_issue_4() -> None:
    # (a guard for the fix above: passes before and after)
    text = "The minister said they had no information that Chinese soldiers were there."
    assert _claims(text)[0].predicate == "have"


def test_rhetorical_identity_question_denies_issue_4() -> None:
    text = (
        "The army said the strike killed 12 militants. A relative, Amina Yusuf, told AFP "
        'that the families buried 12 bodies. "My sisters were sixteen. Were they '
        'terrorists?" she said.'
    )
    c = next(c for c in _claims(text) if c.evidence.text.startswith("Were they"))
    assert (c.frame, c.stance) == ("casualties", "denies")


def test_stood_by_its_assessment_upholds_its_own_claim_issue_4() -> None:
    text = (
        "The army said Chinese soldiers were stationed at the wharf. China denied it. "
        "The army said it stood by its assessment."
    )
    c = _one(text, "stand")
    assert (c.frame, c.stance) == ("deployment", "asserts")


def test_stood_by_its_account_without_saying_upholds_its_claim_issue_4() -> None:
    """Issue 4 (dev16): "X stood by its account." with no verb of saying is X's own
    claim upheld, not a sentence that says nothing."""
    text = (
        "The army said Chinese soldiers were stationed at the wharf. China denied it. "
        "The army stood by its account."
    )
    c = _one(text, "account")
    assert (c.frame, c.stance) == ("deployment", "asserts")


def test_stood_by_its_claim_of_a_toll_without_saying_issue_4() -> None:
    """Issue 4 (dev19): "X stood by its claim of 27 dead soldiers." with no verb of
    saying is X's toll, the soldiers the dead."""
    text = (
        "The rebels said they killed 30 soldiers at the base. The army said four soldiers "
        "died. The rebels stood by their claim of 30 dead soldiers."
    )
    c = _claims(text)[-1]
    assert (c.frame, c.stance, c.object_head) == ("casualties", "asserts", "soldier")


def test_stood_by_its_count_is_the_count_issue_4() -> None:
    text = (
        "The spokesman said the army stood by its count of three soldiers killed and "
        "would verify the figure."
    )
    assert _claims(text)[0].frame == "casualties"


def test_found_no_sign_that_denies_the_clause_issue_4() -> None:
    text = "The monitors said they found no evidence that troops had entered the town."
    c = _claims(text)[0]
    assert (c.frame, c.predicate, c.stance) == ("control", "enter", "denies")


def test_accused_of_a_gerund_parsed_as_object_issue_4() -> None:
    # "spying" parsed the object of "of", not its clausal complement
    text = "The rebel group accused the men of spying for the military."
    assert _one(text, "spy").stance == "asserts"


def test_accused_of_after_a_participle_issue_4() -> None:
    # "of" hung on the participle that describes the accused
    text = "The rebels accused a militia fighting alongside the army of looting the market."
    assert _one(text, "loot").stance == "asserts"


def test_version_of_events_answers_the_claim_before_issue_4() -> None:
    # "of events" states nothing: the version is the one given before, denied
    text = (
        "Tajikistan said Kyrgyz guards fired at residents. Kyrgyzstan rejected "
        "Dushanbe's version of events."
    )
    c = _claims(text)[-1]
    assert (c.frame, c.stance) == ("attack", "denies")


def test_one_kind_not_another_asserts_the_first_kind_issue_4() -> None:
    # "members of a gang, not fishermen": who the dead were, the first kind asserted
    text = "The colonel said the three were known members of a gang, not fishermen."
    c = _one(text, "be")
    assert (c.frame, c.stance) == ("casualties", "asserts")  # who the dead were


def test_contrast_not_is_not_a_negation_of_the_first_kind_issue_4() -> None:
    # the parser hangs "not" on "fishermen": it still negates "fighters" only
    text = "The mayor said the men were fishermen, not fighters."
    c = _one(text, "be")
    assert (c.frame, c.stance) == ("military_use", "denies")


def test_statement_called_an_attempt_denies_it_issue_4() -> None:
    text = (
        "Russia said Estonian guards fired on a fishing boat. An Estonian official said "
        'the Russian statement was "an attempt to turn the victim into the aggressor".'
    )
    c = _claims(text)[-1]
    assert (c.frame, c.stance) == ("attack", "denies")


def test_deed_called_an_attempt_is_no_denial_issue_4() -> None:
    # (a guard: passes before and after)
    text = "The army said the attack was an attempt to provoke the population."
    assert _claims(text)[0].stance == "asserts"


def test_accused_of_hung_deep_in_a_participle_issue_4() -> None:
    # "of looting" hangs on "army", inside the participle describing the militia
    text = (
        "The group accused a militia fighting alongside the army of looting the town's "
        "main market after the troops entered."
    )
    assert _one(text, "loot").stance == "asserts"


def test_raising_its_toll_is_the_speakers_count_issue_4() -> None:
    text = (
        "A third soldier wounded in the ambush died in hospital overnight, the army said "
        "on Wednesday, raising its toll to three."
    )
    a = cc.analyze(text, published=PUB)
    rows = [(s.speaker.text if s.speaker else "", s.content.text) for s in a.statements]
    assert ("the army", "its toll to three") in rows
    assert any(c.predicate == "toll" and c.frame == "casualties" for c in a.claims)


def test_sentence_before_a_question_is_no_question_issue_4() -> None:
    text = (
        'A relative, Amina Yusuf, spoke to AFP. "We buried 27 bodies at the wedding. '
        'Who will answer for this?" she said.'
    )
    c = _one(text, "bury")
    assert (c.frame, c.stance) == ("casualties", "asserts")


def test_multiplying_our_losses_denies_the_rivals_toll_issue_4() -> None:
    text = (
        'The rebels said 11 soldiers were killed in the ambush. "They always multiply our '
        'losses to impress their supporters," the army spokesman said.'
    )
    c = _one(text, "multiply")
    assert (c.frame, c.stance) == ("casualties", "denies")


def test_only_nationals_there_were_employees_denies_deployment_issue_4() -> None:
    text = (
        "Officials said the only Chinese nationals at the wharf were employees of the "
        "construction firm."
    )
    c = _one(text, "be")
    assert (c.frame, c.stance) == ("deployment", "denies")


def test_stood_by_its_assessment_upholds_its_sides_claim_issue_4() -> None:
    # no earlier claim of the department itself: the prime minister's, same side
    text = (
        "Prime Minister Anthony Albanese said Chinese soldiers were stationed at the wharf "
        "in Honiara. China denied it. Australia's Department of Defence said it stood by "
        "its assessment."
    )
    c = _one(text, "stand")
    assert (c.frame, c.stance) == ("deployment", "asserts")


# -- which earlier claim a denial answers (issue 4, read sets dev..dev9) -----------


def test_rival_account_denied_is_its_charge_not_its_own_denial_issue_4() -> None:
    """ "No truth in Azerbaijan's account", after Azerbaijan's charge and its spokesman's
    denial of its own firing: the account denied is the charge (Armenian shelling)."""
    text = (
        "Azerbaijan on Monday accused Armenian troops of shelling the village of Tovuz, "
        "killing a farmer. Foreign ministry spokesman Ayhan Hajizada said no Azerbaijani "
        "soldier had fired a shot. Armenia's defence ministry said there was no truth in "
        "Azerbaijan's account."
    )
    c = _claims(text)[-1]
    assert (c.frame, c.stance) == ("attack", "denies")
    assert c.key.endswith("|ARM"), c.key


def test_group_account_answers_the_group_not_the_lede_issue_4() -> None:
    """ "Rejected the group's account": the claim of the speaker described as a group
    ("the rights group Tanggol"), not the story's first toll given by someone else."""
    text = (
        "Four soldiers died in Tuesday's ambush near Dolores, provincial governor Ana Cruz "
        "said. The rights group Tanggol said a man shot dead by soldiers near Dolores on "
        "Wednesday was a farmer. The 8th Infantry Division rejected the group's account."
    )
    cs = _claims(text)
    c = cs[-1]
    assert c.stance == "denies" and c.answers is not None
    answered = cs[c.answers]
    assert answered.holder is not None and answered.holder.id == "org:tanggol"


def test_claim_of_a_deed_answers_the_claim_that_told_it_issue_4() -> None:
    """ "Dismissed the militants' claim of an ambush": the earlier claim that told of the
    ambush (a toll), with its doer, not a new attack done by "the claim"."""
    text = (
        "Al-Shabaab said its fighters had killed four Kenyan soldiers in an ambush near "
        "Mandera. Kenya's defence ministry dismissed the militants' claim of an ambush "
        "as baseless."
    )
    cs = _claims(text)
    c = cs[-1]
    assert (c.frame, c.stance, c.answers) == ("casualties", "denies", 0)
    assert c.subject is not None and c.subject.text == "its fighters"


def test_rejection_answers_the_claim_its_own_next_words_contradict_issue_4() -> None:
    """ "Rejected the U.N. statement and repeated that the warehouse was an arms depot":
    the statement's claim about the building (its use), not the lede's toll."""
    text = (
        "The U.N. said an air strike on a warehouse in Lashio had killed nine civilians "
        "and that the building had been used to store rice. The army rejected the U.N. "
        "statement and repeated that the warehouse was an arms depot."
    )
    cs = _claims(text)
    c = next(c for c in cs if c.predicate == "statement")
    assert c.answers is not None and cs[c.answers].frame == "military_use"
    assert (c.frame, c.stance) == ("military_use", "asserts")


def test_civilians_leaving_a_town_give_no_ground_issue_4() -> None:
    """Regression (issue 4, user probe): "civilians were leaving the town" was a side
    giving up control of it (and with a rival's capture, an "update"); troops leaving
    still give ground."""
    c = _one("The commander said civilians were leaving the town through a corridor.", "leave")
    assert c.frame != "control"
    d = _one("The army said its troops had left the town.", "leave")
    assert (d.frame, d.stance) == ("control", "denies")


def test_a_headline_claim_leaves_its_blank_line_out_issue_4() -> None:
    """Regression (issue 4, user probe): a headline's claim kept the blank line after it
    ("Strike hits depot near Avdiivka\\n\\n") in its evidence."""
    cs = _claims("Strike hits depot near Avdiivka\n\nThe army said the depot was empty.\n")
    assert all(not c.evidence.text.endswith(("\n", " ")) for c in cs)
    assert any(c.evidence.text == "Strike hits depot near Avdiivka" for c in cs)


def test_staying_on_own_side_denies_a_crossing_issue_4() -> None:
    # "its troops had stayed on the Israeli side": no hold on ground, a denial that
    # the troops crossed the line
    for text in (
        "The army said its troops had stayed on the Israeli side of the border.",
        "The ministry said its soldiers remained on their side of the line.",
    ):
        found = [c for c in _claims(text) if c.frame in ("incursion", "control")]
        assert [(c.frame, c.stance) for c in found] == [("incursion", "denies")], text


def test_the_source_named_in_apposition_is_not_the_subject_issue_4() -> None:
    """Regression (issue 4, user probe): in "According to the regional governor, Pavlo
    Kyrylenko, at least 12 civilians were killed", the parser makes the name a second
    subject of "killed", and the claim's subject was the governor."""
    [c] = _claims(
        "According to the regional governor, Pavlo Kyrylenko, at least 12 civilians were "
        "killed in the strike."
    )
    assert c.subject is not None and c.subject.text == "at least 12 civilians"


# -- user probe 2026-12-07 (issue 4): sides mixed in a control dispute --------------


def test_remains_under_our_control_is_the_speakers_side_holding_it() -> None:
    """Issue 4: "X remains under our/its control" names who holds X."""
    text = (
        "Ukraine's army insisted on Monday that Marinka remains under its control.\n\n"
        '"Marinka remains under our control," said Colonel Oleksandr Shtupun of '
        "Ukraine's army."
    )
    held = [c for c in _claims(text, "2025-03-03") if c.predicate == "remain"]
    assert len(held) == 2, [(c.predicate, c.evidence.text) for c in _claims(text)]
    assert all(c.frame == "control" for c in held)
    assert [_subject_id(c) for c in held] == ["mil:UKR", "mil:UKR"]


def test_people_claiming_inside_anothers_words_hold_their_own_claim() -> None:
    """Issue 4: "insisted that ..., a day after separatists claimed to have taken the
    town": the taking is the separatists' claim, not the insisting army's."""
    text = (
        "Ukraine's army insisted on Monday that Marinka remains under its control, a day "
        "after separatists claimed to have taken the town."
    )
    taken = _one(text, "take", "2025-03-03")
    assert taken.holder is None or taken.holder.id != "mil:UKR"


def test_a_command_post_the_speakers_side_struck_is_a_claim_the_target_was_military() -> None:
    """Issue 4 (user probe): "its missiles had struck a command post" claims the target
    was military, which "there were no military facilities nearby" denies."""
    text = (
        "Russia's defence ministry said on Wednesday that its missiles had struck a "
        "Ukrainian command post in Kramatorsk."
    )
    used = [c for c in _claims(text) if c.frame == "military_use"]
    assert len(used) == 1 and used[0].stance == "asserts", [
        (c.frame, c.evidence.text) for c in _claims(text)
    ]
    # the side hit naming its own post claims nothing about what it was
    hit = "Pakistan's army said militants had attacked an army post near the border."
    assert not [c for c in _claims(hit) if c.frame == "military_use"]


def test_a_cleft_sentence_carries_the_frame_of_its_deed() -> None:
    """Issue 4 (dev15): "it was the rebels who shelled the market" claims the shelling,
    by the rebels, not a bare "be"; a negated cleft keeps its "be"."""
    c = _one("A ministry spokesman said it was the rebels who shelled the market.", "shell")
    assert (c.frame, c.stance) == ("attack", "asserts")
    assert c.subject is not None and c.subject.text.startswith("the rebels")
    negated = _claims("A ministry spokesman said it was not the rebels who shelled the market.")
    assert [c.frame for c in negated] == ["pred:be"]


def test_a_cleft_focus_is_linked_without_its_relative_clause() -> None:
    """Issue 4 (dev15): in "it was Lithuanian guards who fired on a Belarusian patrol"
    the doer is Lithuania's, not the side of the patrol named in the relative clause."""
    text = (
        "Belarus's border committee said it was Lithuanian guards who had opened fire, "
        "on a Belarusian patrol."
    )
    c = _one(text, "open")
    assert c.frame == "attack"
    assert _subject_actor(c) == "mil:LTU"


def test_armour_fallen_into_enemy_hands_is_arms_taken() -> None:
    """Issue 4 (dev15): "no armoured vehicle fell into enemy hands" (a holder named by a
    word before "hands") denies arms taken, not a town held."""
    c = _one("The army spokesman said no armoured vehicle fell into enemy hands.", "capture")
    assert (c.frame, c.stance) == ("arms", "denies")


def test_clearing_mines_is_no_hold_on_ground() -> None:
    """Issue 4 (dev15): "engineers were clearing mines from the roads" is demining, not
    a claim of control like "cleared the village"."""
    c = _one("The governor said engineers were clearing mines from the roads.", "clear")
    assert c.frame == "pred:demine"


def test_taking_aim_at_someone_is_an_attack() -> None:
    """Issue 4 (dev15): "somebody took aim at our officer" is shooting at him."""
    c = _one("The border chief said somebody took aim at our officer.", "take")
    assert c.frame == "attack"


def test_a_shot_from_across_the_border_was_fired_from_the_other_side() -> None:
    """Issue 4 (dev15): "the shot came from across the border" says who fired it, like
    "came from the Belarusian side"."""
    c = _one("The border chief said the shot came from across the border.", "come")
    assert c.frame == "attack"


def test_foreign_troops_or_troops_at_a_base_are_deployed_not_holding_a_town() -> None:
    """Issue 4 (dev15): "there are no foreign forces at Kampot" and "naval personnel are
    at the Kampot base" say troops are hosted there (a deployment), not that a side
    holds the town as "our soldiers are in the town" does."""
    no_foreign = _one("The minister said there are no foreign forces at Kampot.", "be")
    assert (no_foreign.frame, no_foreign.stance) == ("deployment", "denies")
    at_base = _one("The embassy said Chinese naval personnel are at the Kampot base.", "be")
    assert at_base.frame == "deployment"


def test_a_state_base_is_what_the_site_is() -> None:
    """Issue 4 (dev15): "Kampot will never be a base for any foreign country" and "China
    has no military base in Laos" say what a site is (a state's base), not that a
    country harbours attackers; the rebels' bases still do."""
    never = _one("The minister said Kampot will never be a base for any foreign country.", "be")
    assert (never.frame, never.stance) == ("military_use", "denies")
    none = _one("The spokesman said China has no military base in Laos.", "have")
    assert none.frame == "military_use"
    rebels = _one("The spokesman said the rebels have no bases in Laos.", "have")
    assert rebels.frame == "sanctuary"


def test_the_ones_who_did_it_carry_the_frame_of_the_deed() -> None:
    """Issue 4 (dev9): "Georgian officers had been the ones to shoot" and "the guards
    were the ones who opened fire" claim the shooting, by the subject of "be"."""
    text = "Moscow said Georgian officers had been the ones to shoot, hitting a farmer."
    c = _one(text, "shoot")
    assert c.frame == "attack"
    assert _subject_actor(c) == "mil:GEO"
    who = _one("Minsk said Lithuanian guards were the ones who opened fire.", "open")
    assert (who.frame, _subject_actor(who)) == ("attack", "mil:LTU")


def test_troops_present_at_a_place_are_deployed_there() -> None:
    """Issue 4 (dev9): "no foreign military personnel were present at Kampot" puts
    troops there (the place hangs off "present"), like "were at Kampot"."""
    text = "The minister said that no foreign military personnel were present at Kampot."
    c = _one(text, "be")
    assert (c.frame, c.stance) == ("deployment", "denies")


def test_people_held_as_them_are_captives() -> None:
    """Issue 4 (dev15): '"We held them for a day," the village leader said' keeps
    people (as "held 14 soldiers" does), not ground."""
    c = _one('"We held them for a day," the village leader said.', "hold")
    assert c.frame == "captives"


def test_a_number_of_dead_buried_is_a_toll() -> None:
    """Issue 4 (dev14, dev15): "we have buried twelve of our own" and "34 people had been
    buried in a mass grave" count the dead; "they were buried there" does not."""
    c = _one('"We have buried twelve of our own," the elder said.', "bury")
    assert c.frame == "casualties"
    grave = _one("The chairman said 34 people had been buried in a mass grave.", "bury")
    assert grave.frame == "casualties"
    there = _one("The chairman said they were buried there on Tuesday.", "bury")
    assert there.frame == "pred:bury"


def test_crossing_the_line_of_the_frontier_is_an_incursion() -> None:
    """Issue 4 (dev15): "crossed the line of the frontier" (the line named by its "of"
    phrase) crosses into the other side, as "crossed the border line" does; "crossed a
    line by sending soldiers" does not."""
    text = "The committee said Latvian guards had crossed the line of the frontier."
    assert _one(text, "cross").frame == "incursion"
    figure = "He said Pyongyang had crossed a line by sending soldiers."
    assert all(c.frame != "incursion" for c in _claims(figure))


def test_there_was_no_evidence_that_denies_the_that_clause() -> None:
    """Issue 4 (dev10): "there was no evidence that the prisoners had been beaten" denies
    the beating (as "found no evidence that" does), not a bare "be"."""
    text = (
        "The regional police chief said there was no evidence that the prisoners had "
        "been beaten in the jail."
    )
    c = _one(text, "beat")
    assert c.stance == "denies"


def test_a_passive_deed_joined_to_another_keeps_its_subject() -> None:
    """Issue 4 (dev10): in "the villagers were rounded up, detained and shot" the
    shooting's evidence names who was shot, not the bare word "shot"."""
    text = "A local official said the villagers were rounded up, detained and shot."
    c = _one(text, "shoot")
    assert c.evidence.text.startswith("the villagers")


def test_rejecting_a_figure_answers_a_claim_that_gives_one() -> None:
    """Issue 4 (dev10): "rejected the new figure" answers the claim that gave a figure
    (30,000 displaced), not the trucks' arrival said just before it; with no figure
    given before, it answers nothing."""
    rejected = 'The interior minister rejected the new figure as "inflated".'
    trucks = (
        "The World Food Programme said on Tuesday that the last aid trucks reached the "
        "town of Bor.\n\n"
    )
    text = "The U.N. refugee agency said 30,000 people had been displaced by the floods. "
    denial = _claims(text + trucks + rejected)[-1]
    assert (denial.frame, denial.stance) == ("pred:displace", "denies")
    assert not [c for c in _claims(trucks + rejected) if c.stance == "denies"]


def test_a_named_man_held_by_police_is_in_custody_not_ground() -> None:
    """Issue 4 (dev10): "Karimi had been held by police" holds a man (the surname of
    one named in full before), not a place."""
    text = (
        "Police detained the blogger Yusuf Karimi at his home in the capital. His "
        "lawyer Ana Ruiz said Karimi had been held by police officers for questioning."
    )
    c = _one(text, "hold")
    assert c.frame == "captives"


def test_arrested_people_are_taken_captive() -> None:
    """Issue 4 (dev10): "no journalist had been arrested" is a claim on people taken,
    like "detained", not an unknown predicate."""
    c = _one("A government spokesman said no journalist had been arrested.", "arrest")
    assert (c.frame, c.stance) == ("captives", "denies")


def test_arrested_and_held_share_the_captive() -> None:
    """Issue 4 (dev10): in "I was arrested by police and held for a week" the second
    verb holds the same man (not a place held)."""
    text = (
        'The editor Samir Haddad spoke at his home. "I was arrested by police and held '
        'for a week," Haddad said.'
    )
    c = _one(text, "hold")
    assert c.frame == "captives"


def test_one_man_leaving_a_city_gives_up_no_ground() -> None:
    """Issue 4 (dev10): "I never left the capital" is a man's whereabouts, not a side
    withdrawing from a town."""
    text = '"I never left Nairobi," the activist Peter Otieno said after his release.'
    c = _one(text, "leave")
    assert c.frame == "pred:leave"


def test_the_towns_a_highway_joins_are_not_where_an_ambush_was() -> None:
    """Issue 4 (dev10): "an outpost on the Mandalay-Lashio highway" does not place the
    attack in Mandalay (the deed keeps no place from the road's name)."""
    text = (
        "The army said rebels had attacked a checkpoint on the Mandalay-Lashio highway on Sunday."
    )
    c = _one(text, "attack")
    assert c.place_key != "gn:1311874"  # Mandalay
    assert c.place is None or "Mandalay" not in c.place.text


def test_a_town_that_names_a_pact_is_not_the_topic_place() -> None:
    """Issue 4 (dev10): "the Kunming agreement" names a pact; a claim with no place of
    its own takes the article's place of events (Hsipaw), not the pact's town."""
    text = (
        "Fighting broke out near Hsipaw on Sunday. The army said it had respected the "
        "Kunming agreement. The rebels said under the Kunming agreement the army "
        "could not move troops, and that soldiers had burned their depot."
    )
    keys = {c.place_key for c in _claims(text)}
    assert "gn:1804651" not in keys  # Kunming


def test_breaking_a_truce_says_it_did_not_hold() -> None:
    """Issue 4 (dev10): "the army had broken the truce" is the agreement frame with the
    truce denied, as "violated the ceasefire" is."""
    c = _one("The rebels said the army had broken the truce first.", "break")
    assert (c.frame, c.stance) == ("agreement", "denies")


def test_following_the_situation_is_no_claim() -> None:
    """Issue 4 (dev10): "said it was following the situation closely" takes no side."""
    text = "The foreign ministry said it was following the situation closely."
    assert not [c for c in _claims(text) if c.predicate == "follow"]


def test_a_count_revised_by_a_saying_is_the_sayings_figure() -> None:
    """Issue 4 (dev10): "revised its count of drones shot down, saying that 27 ..."
    gives its claim in the saying; "its count of drones shot down" states nothing."""
    text = (
        "The air force on Friday revised its count of drones shot down during the "
        "attack, saying that 27 of the 35 drones had been destroyed rather than 31."
    )
    said = [c for c in _claims(text) if c.statement is not None]
    assert [c.evidence.text.startswith("that 27") for c in said] == [True]


def test_what_was_destroyed_at_a_base_is_the_passive_subject() -> None:
    """Issue 4 (dev10): in "two bombers had been destroyed at the base" the bombers are
    the target, the base only where (so reports of the bombers meet)."""
    c = _one("The air force denied that two bombers had been destroyed at the base.", "destroy")
    assert c.object_head == "bomber"


def test_arms_moved_into_a_temple_put_it_to_military_use() -> None:
    """Issue 4 (dev10): "rebel units had moved rockets into a temple" says the temple
    was put to military use (as "stored weapons at the temple" denies), not that the
    units were deployed."""
    c = _one("The army said rebel units had moved rockets into a temple near the river.", "move")
    assert c.frame == "military_use"


def test_a_denial_naming_the_claim_cites_the_rejecting_words() -> None:
    """Issue 4 (user probe): the evidence of "Ukraine's military rejected the claim" is
    "rejected the claim", which a reader can quote; "the claim" alone says nothing."""
    text = (
        "Russia's defence ministry said its troops had captured Marinka. Ukraine's "
        "military rejected the claim."
    )
    denial = next(c for c in _claims(text) if c.stance == "denies")
    assert denial.evidence.text == "rejected the claim"


def test_calling_findings_one_sided_denies_them() -> None:
    """Issue 4 (dev10 leftover): 'called the findings "one-sided"' dismisses what the
    monitors found, as 'called them "baseless"' does."""
    text = (
        'Monitors said the army had shelled two villages. The army called the findings "one-sided".'
    )
    shelled = [c for c in _claims(text) if c.frame == "attack"]
    assert {c.stance for c in shelled} == {"asserts", "denies"}, [
        (c.frame, c.stance, c.evidence.text) for c in _claims(text)
    ]


def test_named_deed_charge_answers_no_other_deed_issue_4() -> None:
    """Issue 4 (dev11): "rejected the burning charge" answers a charge of burning, not
    the smuggling claim said just before it (made in another article: left to group)."""
    text = (
        "The interior minister said weapons were smuggled from across the river to the "
        "rebels.\n\nA rebel spokesman, Daniel Okot, also rejected the burning charge."
    )
    c = _claims(text)[-1]
    assert (c.predicate, c.frame, c.stance, c.answers) == ("burn", "pred:burn", "denies", None)


def test_team_of_army_personnel_in_a_country_is_a_deployment_issue_4() -> None:
    """Issue 4 (dev11): "a team of army personnel was in Laos" says troops are there."""
    c = _claims(
        "Vietnam's defence ministry said on Monday that a team of Vietnamese army "
        "personnel was in southern Laos."
    )[0]
    assert c.frame == "deployment"


def test_town_freed_is_taken_back_issue_4() -> None:
    """Issue 4 (dev11): "the town of Kobo had been freed" is control of the town (taken
    back), not a release of captives."""
    text = "The prime minister said on Sunday that the town of Kobo had been freed from rebels."
    assert _one(text, "free").frame == "control"
    hostages = "The army said on Sunday that 12 hostages had been freed near Kobo."
    assert _one(hostages, "free").frame != "control"


def test_dismissed_findings_answers_what_was_found_issue_4() -> None:
    """Issue 4 (dev11): "dismissed the findings" answers what investigators found, not a
    witness's words given after the finding."""
    text = (
        "Investigators had found spent shell casings on the Moldovan side of the river, "
        "the Romanian Border Police said on Tuesday.\n\n"
        'A fisherman, Ion Rusu, said: "I saw the boat clearly in the moonlight."\n\n'
        "Chisinau dismissed the findings."
    )
    claims = _claims(text)
    c = claims[-1]
    assert c.stance == "denies" and c.answers is not None
    assert claims[c.answers].predicate == "find"


def test_aware_of_reports_is_no_position_issue_4() -> None:
    """Issue 4 (dev11): "was aware of the reports" says the speaker knows of them, not
    that they are true: no claim."""
    text = (
        "A British Foreign Office spokesman, Mark Hollis, said London was aware of the "
        "reports about the camp."
    )
    assert _claims(text) == []


def test_denial_recalled_to_date_the_news_is_background_issue_4() -> None:
    """Issue 4 (dev11): "came two weeks after Hanoi denied any presence" dates the news
    by an old denial in the outlet's own sentence: no position of this story."""
    text = (
        "The admission came two weeks after Hanoi denied any Vietnamese troop presence in Cambodia."
    )
    assert [c for c in _claims(text) if c.stance == "denies"] == []


def test_will_not_go_unanswered_is_a_vow_issue_4() -> None:
    """Issue 4 (dev11): "the killing will not go unanswered" vows a response; it
    denies no toll and no deed."""
    text = "The governor said the killing of the officers will not go unanswered."
    assert _claims(text) == []


# -- Issue 4 (dev12): denials, troops and ill-treatment in longer wire copy ----------


def test_ally_calling_reports_invented_denies_them() -> None:
    """Issue 4 (dev12): a spokeswoman of the side that dismissed the reports calls
    them invented: she denies what they say, not her own side's denial."""
    text = (
        "The Kenyan foreign ministry on Monday dismissed reports that Kenyan troops had "
        "been sent to Rwanda.\n\n"
        '"These stories are invented from start to finish," spokeswoman Jane Mwangi said.'
    )
    c = _one(text, "invent")
    assert (c.frame, c.stance) == ("deployment", "denies")


def test_no_servicemen_in_a_country_denies_a_deployment() -> None:
    """Issue 4 (dev12): "servicemen" (left unlemmatised by the tagger) are troops."""
    text = '"There are no Kenyan servicemen in Rwanda," the spokeswoman said.'
    c = _one(text, "be")
    assert (c.frame, c.stance) == ("deployment", "denies")


def test_military_instructors_arriving_is_a_deployment() -> None:
    """Issue 4 (dev12): military staff arriving somewhere are deployed there."""
    text = "About forty Chinese military instructors arrived in Zambia last week, a senator said."
    c = _one(text, "arrive")
    assert (c.frame, c.stance) == ("deployment", "asserts")


def test_a_count_of_instructors_is_a_deployment() -> None:
    """Issue 4 (dev12): "the instructors numbered about sixty" counts troops sent."""
    text = "The senator repeated that the instructors numbered about forty."
    c = _one(text, "number")
    assert (c.frame, c.stance) == ("deployment", "asserts")


def test_beaten_and_mistreated_are_one_predicate() -> None:
    """Issue 4 (dev12): "beaten" and "mistreated" say the same of detainees."""
    text = (
        "Relatives said the sailors had been beaten in custody. The coast guard said "
        "none of the sailors had been mistreated."
    )
    beat, mistreat = _one(text, "beat"), _one(text, "mistreat")
    assert beat.frame == mistreat.frame
    assert (beat.stance, mistreat.stance) == ("asserts", "denies")


def test_signing_a_confession_is_no_agreement() -> None:
    """Issue 4 (dev12): a confession signed under duress is no pact."""
    text = (
        "The farmer said he had been beaten and forced to sign a confession written in "
        "a language he could not read."
    )
    assert not [c for c in _claims(text) if c.frame == "agreement"]


def test_rhetorical_question_about_a_kind_of_thing_denies() -> None:
    """Issue 4 (dev12): "Is a wedding tent a rebel base?" asks to deny it."""
    text = (
        "Eight guests died when the strike hit the wedding tent, the village head said. "
        '"Is a wedding tent a rebel base?" her brother asked.'
    )
    asked = [c for c in _claims(text) if c.evidence.text.startswith("Is a wedding")]
    assert asked, [(c.evidence.text, c.stance) for c in _claims(text)]
    assert asked[0].stance == "denies"


def test_seizing_boats_and_their_crews_takes_captives() -> None:
    """Issue 4 (dev12): "seizing two boats and nine sailors": people were taken."""
    text = (
        "Ghana accused Togo's coast guard on Friday of seizing two trawlers and nine "
        "sailors off the coast."
    )
    assert _one(text, "seize").frame == "captives"


def test_not_even_returning_fire_denies_the_sides_shooting() -> None:
    """Issue 4 (dev12): '"Our soldiers did not return fire," the army spokesman said'
    denies that the army fired at all (an attack claim it denies), where "had returned
    fire" only answers an attack and claims none."""
    text = (
        "BANGKOK, June 11 (Reuters) - Cambodia said Thai troops had shelled its posts near "
        'the temple on Tuesday. "Our soldiers did not return fire," Thai army spokesman '
        "Colonel Wanchai Srisuk said."
    )
    c = _one(text, "return")
    assert c.frame == "attack"
    assert c.stance == "denies"
    assert _subject_id(c) == "mil:THA"


def test_our_guards_said_by_the_spokesman_of_a_state_named_body_are_its_forces() -> None:
    """Issue 4 (dev12): "our guards", in the words of "the committee's spokesman" right
    after "the State Border Committee of Belarus" spoke, are Belarus's forces: the body
    is named for its state, so its spokesman speaks for that state's side (not for
    himself alone)."""
    text = (
        "MINSK, June 11 (BelTA) - A Latvian patrol crossed into Belarusian territory, the "
        "State Border Committee of Belarus said on Wednesday.\n\n"
        '"Our guards did not open fire," the committee\'s spokesman, Colonel Pavel '
        "Karnei, said."
    )
    c = _one(text, "open")
    assert c.frame == "attack" and c.stance == "denies"
    assert _subject_id(c) == "mil:BLR"


def test_shots_from_a_sides_post_were_fired_by_that_side() -> None:
    """Issue 4 (dev12): "the shots had come from an Azerbaijani position" says that
    Azerbaijan's side fired them (an attack by it), as "from the Azerbaijani side" does."""
    text = (
        "Armenia's defence ministry said on Tuesday that the shots had come from an "
        "Azerbaijani position near the village of Sotk."
    )
    c = _one(text, "come")
    assert c.frame == "attack"
    assert _subject_id(c) == "mil:AZE"


def test_camp_named_by_its_group_is_a_military_site() -> None:
    """Issue 4 (strike on a base or a civilian site): "the site was a Sawtuna training
    camp" (a camp named by the group that keeps it) says the site was military."""
    text = (
        "An army spokesman, Major Tunde Alabi, said on Tuesday that the site was a "
        "Sawtuna training camp."
    )
    c = _one(text, "be")
    assert (c.frame, c.stance) == ("military_use", "asserts")


def test_strike_on_a_jihadist_base_claims_the_site_military() -> None:
    """Issue 4 (strike on a base or a civilian site): "an air strike had destroyed a
    jihadist supply base" names the target military, whoever the subject of the
    strike (not only "its missiles")."""
    text = (
        "The army said on Monday that an air strike had destroyed a jihadist supply base "
        "near the village of Garin Dabo."
    )
    assert any(c.frame == "military_use" and c.stance == "asserts" for c in _claims(text))


def test_camp_of_militants_and_shelter_used_by_them_are_military_sites() -> None:
    """Issue 4 (strike on a base or a civilian site): "a camp of bandit fighters" and "a
    shelter used by armed militants" are kept by an armed group."""
    for text in (
        "The army said its jets had struck a camp of militants near the village of Garin Dabo.",
        "The ministry said its drones had hit a shelter used by militants near Garin Dabo.",
    ):
        assert any(c.frame == "military_use" for c in _claims(text)), text


def test_no_evidence_of_militant_presence_denies_a_camp() -> None:
    """Issue 4 (strike on a base or a civilian site): "found no evidence of a militant
    presence" and "no evidence that militants were present" deny that the site was
    military."""
    for text in (
        "Human Rights Watch said it had found no evidence of a militant presence in Garin Dabo.",
        "Human Rights Watch said it had found no evidence that armed militants were present "
        "at the site of the strike.",
    ):
        c = next(c for c in _claims(text) if c.holder is not None)
        assert (c.frame, c.stance) == ("military_use", "denies"), text


def test_none_of_its_members_there_is_who_the_dead_were() -> None:
    """Issue 4 (strike on a base or a civilian site): after a strike that killed people,
    "none of its members had been at the village" denies that the dead were its
    fighters (a claim on who the dead were, its kind the fighters)."""
    text = (
        "A drone strike killed 19 people near Garin Dabo on Saturday. The armed group "
        "Ansar al-Sahel said that none of its members had been at Garin Dabo."
    )
    c = _one(text, "be")
    assert (c.frame, c.stance) == ("casualties", "denies")
    assert c.object_head is not None and c.object_head.lower().startswith("member")


def test_were_they_terrorists_asks_who_the_dead_were() -> None:
    """Issue 4 (strike on a base or a civilian site): 'the strike killed my cousins.
    "Were they terrorists?"' denies that the dead were fighters, not that a site was
    military."""
    text = 'Amina Bello said the strike killed her two cousins. "Were they terrorists?" she asked.'
    c = _one(text, "be")
    assert (c.frame, c.stance) == ("casualties", "denies")


def test_own_fighters_not_in_the_area_stays_an_alibi() -> None:
    """Issue 4 (strike on a base or a civilian site): "none of its fighters had been in
    the area" after a killing is still an alibi for the deed, not who the dead were."""
    text = (
        "Gunmen killed four soldiers near Tala on Friday. The rebels said that none of "
        "its fighters had been in the area."
    )
    c = _one(text, "be")
    assert c.frame == "attack"


def test_who_puts_the_number_of_dead_is_not_the_killer() -> None:
    """Issue 4 (tolls): "the ombudsman put the number of dead at 17" counts the dead;
    the office is no doer of the killings, or its toll splits from the others'."""
    text = (
        "The state ombudsman's office, which sent staff to the city morgue, put the number "
        "of dead at 17, a spokeswoman said."
    )
    c = _one(text, "number")
    assert c.frame == "casualties"
    assert c.subject is None, c.subject


def test_toll_in_an_article_naming_only_its_dateline_town_is_placed_there() -> None:
    """Issue 4 (tolls): a toll whose article names no town but the dateline's (named
    again only as an owner) is placed in that town, so it meets the same toll placed
    there by other articles."""
    text = (
        "RIO DE JANEIRO, May 6 (Reuters) - Seven suspected gang members were killed on "
        "Tuesday when Rio de Janeiro's civil police raided a hillside district, the force "
        "said."
    )
    c = _one(text, "kill")
    assert c.frame == "casualties"
    assert c.place_key is not None


def test_toll_of_them_keeps_the_kind_of_the_subject_before() -> None:
    """Issue 4 (tolls): "the assailants had been driven back and 34 of them had been
    killed" counts attackers, a toll apart from the soldiers killed."""
    text = (
        "A regional commander said the assailants had been driven back after hours of "
        "fighting and that 34 of them had been killed."
    )
    c = _one(text, "kill")
    assert c.frame == "casualties"
    assert c.object_head == "assailant", c.object_head


def test_civilians_hit_is_a_toll_not_a_target() -> None:
    """Issue 4 (tolls): "denied that civilians had been hit" denies the toll of
    civilians, the proposition a rival's "killed 11 civilians" stands for."""
    text = "The junta denied that civilians had been hit in the air raid."
    c = _one(text, "hit")
    assert (c.frame, c.stance) == ("casualties", "denies")


def test_repositioning_to_spare_civilians_gives_up_the_town() -> None:
    """Issue 4 (town taken then retaken): "repositioned outside the town to spare
    civilians" was read as a rescue (the misparsed "to civilians" its object), so the
    army's concession of the town was lost; it gives up the ground."""
    text = (
        "Rebels overran the town of Soba on Friday. The defence ministry said its "
        "battalions had repositioned outside the town to spare civilians."
    )
    c = _one(text, "reposition")
    assert (c.frame, c.stance) == ("control", "denies")


def test_troops_relocated_outside_a_town_gave_it_up() -> None:
    """Issue 4 (town taken then retaken): "troops had relocated to positions outside X"
    is a retreat told as a move, like "repositioned"."""
    text = (
        "Militia fighters captured Garo on Monday. A military spokesman said the troops "
        "had relocated to positions outside Garo to protect residents."
    )
    c = _one(text, "relocate")
    assert (c.frame, c.stance) == ("control", "denies")


def test_no_longer_in_the_town_denies_holding_it() -> None:
    """Issue 4 (town taken then retaken): "its fighters were no longer in X" says the
    taker lost the town; it was read as an assertion that they were there."""
    text = (
        "The rebel front seized Garo in May. The front confirmed on Tuesday that its "
        "fighters were no longer in Garo."
    )
    held = [c for c in _claims(text) if c.frame == "control" and c.predicate == "be"]
    assert held, [(c.frame, c.predicate, c.stance) for c in _claims(text)]
    assert held[0].stance == "denies"


def test_left_a_town_empty_is_no_departure() -> None:
    """Issue 4 (town taken then retaken): "that left the district almost empty of
    soldiers" is a state brought about, nobody giving up ground."""
    text = (
        'An analyst said the army had sent its brigades north in January. "That left '
        'towns like Garo almost empty of soldiers," he said.'
    )
    assert not [
        (c.evidence.text, c.stance)
        for c in _claims(text)
        if c.frame == "control" and c.predicate == "leave"
    ]


def test_cleansed_of_the_rebels_is_a_retaking() -> None:
    """Issue 4 (town taken then retaken): a leader's "the town had been cleansed of the
    rebels" was no claim on the town at all; it tells the town was taken back."""
    text = (
        'The general said on Monday that Garo had been "cleansed of the insurgents" '
        "after a week of fighting."
    )
    c = _one(text, "cleanse")
    assert (c.frame, c.stance) == ("control", "asserts")


def test_we_left_said_by_fighters_gives_up_the_town() -> None:
    """Issue 4 (town taken then retaken): the rebels' spokesman's "We left when we chose
    to", with no place named, gives up the town the story is about."""
    text = (
        "Government troops retook Garo on Wednesday, three weeks after the rebels seized "
        'it. The rebels said they had lost nobody. "Nobody was hurt. We left when we '
        'wanted to," their spokesman, Tomas Weli, said.'
    )
    c = _one(text, "leave")
    assert (c.frame, c.stance) == ("control", "denies")


def test_only_police_and_staff_present_denies_troops_there_issue_4() -> None:
    """Issue 4 (troops denied then confirmed): naming only police and railway staff
    at a place answers a charge of troops there; it denies the deployment."""
    text = (
        "A police spokesman, Somphone Vilay, said that only Lao police and railway "
        "staff were in Nateuy."
    )
    c = _claims(text)[-1]
    assert (c.frame, c.stance) == ("deployment", "denies")
    # (the police's own state is not who deployed: the story says whose troops)
    assert c.subject is None or c.subject.actor is None or c.subject.actor.kind != "government"


def test_no_troops_anywhere_in_a_country_denies_deployment_issue_4() -> None:
    """Issue 4 (troops denied then confirmed): "no foreign troops anywhere in X"
    places the denial in X (the place hangs off "anywhere")."""
    c = _claims("The government said that there were no foreign soldiers anywhere in Laos.")[-1]
    assert (c.frame, c.stance) == ("deployment", "denies")


def test_a_team_counted_asserts_its_deployment_issue_4() -> None:
    """Issue 4 (troops denied then confirmed): 'the team numbered "fewer than 100"',
    said of a team sent, owns the team's presence."""
    c = _one('The spokesman, Zhao Ping, said the team numbered "fewer than 80".', "number")
    assert (c.frame, c.stance) == ("deployment", "asserts")


def test_troop_estimate_unchanged_asserts_deployment_issue_4() -> None:
    """Issue 4 (troops denied then confirmed): "its estimate of about 200 soldiers
    had not changed" stands by the troops' presence (no denial of it)."""
    c = _claims("The Thai army said its estimate of about 200 soldiers had not changed.")[-1]
    assert (c.frame, c.stance) == ("deployment", "asserts")


def test_staff_there_at_an_invitation_asserts_deployment_issue_4() -> None:
    """Issue 4 (troops denied then confirmed): "the instructors had come at the
    invitation of the government" owns their presence (a deployment)."""
    c = _claims(
        "The minister, Pablo Reyes, said the instructors had come at the invitation of "
        "his government."
    )[-1]
    assert (c.frame, c.stance) == ("deployment", "asserts")


def test_only_own_forces_operating_denies_foreign_troops_issue_4() -> None:
    """Issue 4 (troops denied then confirmed): a state's spokesman saying only its own
    forces operate in a province denies foreign troops there (he does not claim his
    own army's deployment)."""
    c = _claims(
        '"Only the Zambian Defence Forces are carrying out operations in the province," '
        "Zambian defence ministry spokesman Colonel Peter Banda told reporters."
    )[-1]
    assert (c.frame, c.stance) == ("deployment", "denies")
    assert c.subject is None


# -- claims of no known frame given one (read sets tuned..dev13, 2026-12-07) --------------


def _frame_stance(text: str, predicate: str) -> tuple[str, str]:
    c = _one(text, predicate)
    return c.frame, c.stance


def test_arms_taken_in_a_raid_are_one_frame_whatever_the_verb() -> None:
    """ "captured armoured vehicles and weapons", "seized six assault rifles", "not
    one rifle was taken", "carried away six rifles": arms taken, no ground."""
    assert _frame_stance(
        "The group said its fighters had captured armoured vehicles and weapons.", "capture"
    ) == ("arms", "asserts")
    assert _frame_stance("The NPA said its fighters had seized six assault rifles.", "seize") == (
        "arms",
        "asserts",
    )
    assert _frame_stance('"Not one rifle was taken," the army said.', "take") == (
        "arms",
        "denies",
    )
    assert _frame_stance("The army said the guerrillas had carried away six rifles.", "carry") == (
        "arms",
        "asserts",
    )
    # (people taken with the gear are captives)
    text = "The group said its fighters had captured 60 soldiers and two armoured vehicles."
    assert _frame_stance(text, "capture")[0] == "captives"
    # (people taking up arms take none from anyone)
    text = "The mayor said the villagers had taken up arms."
    assert _frame_stance(text, "take")[0] != "arms"
    # (a town captured is still ground)
    assert _frame_stance("The army said the rebels had captured the town.", "capture")[0] == (
        "control"
    )


def test_arms_found_on_men_or_at_a_site_are_arms() -> None:
    """ "officers had recovered a homemade rifle and a pistol", "they had no guns", "no
    one aboard had been armed": whether the men were armed."""
    text = "Police said officers had recovered a homemade rifle and a pistol at the scene."
    assert _frame_stance(text, "recover") == ("arms", "asserts")
    assert _frame_stance('"They had no guns," his brother said.', "have") == ("arms", "denies")
    text = "The prosecutor said no one aboard had been armed."
    assert _frame_stance(text, "arm") == ("arms", "denies")
    # (a state arming a group supplies it)
    text = "The ministry said Eritrea had armed the militiamen."
    assert _frame_stance(text, "arm") == ("supply", "asserts")


def test_arms_taken_are_placed_where_the_story_is() -> None:
    text = (
        "Jihadists attacked an army post in Djibo on Sunday. The army said the attackers "
        "had seized weapons and ammunition."
    )
    c = _one(text, "seize")
    assert c.frame == "arms"
    assert c.place is not None and c.place.text == "Djibo"


def test_the_wounded_in_hospital_are_casualties() -> None:
    """ "Four other sailors remain in hospital", "six soldiers were treated for minor
    injuries": people hurt (not a hold on ground, not a remark)."""
    text = '"Four other sailors remain in hospital," the governor said.'
    assert _frame_stance(text, "remain") == ("casualties", "asserts")
    text = "The ministry said six soldiers were treated for minor injuries."
    assert _frame_stance(text, "treat") == ("casualties", "asserts")
    text = "The army said its troops remain in the town."
    assert _frame_stance(text, "remain")[0] == "control"
    text = "The agency said two reporters were at the hospital when the strike hit."
    assert _frame_stance(text, "be")[0] != "casualties"


def test_the_dead_declared_counted_or_identified_are_casualties() -> None:
    text = "The governor said 52 of our people have been confirmed dead."
    assert _frame_stance(text, "confirm") == ("casualties", "asserts")
    text = "The UN said its peacekeepers had counted at least 26 dead during a visit."
    assert _frame_stance(text, "count") == ("casualties", "asserts")
    text = "The army said the dead were identified as members of the rebel group."
    assert _frame_stance(text, "identify") == ("casualties", "asserts")
    text = "The police said seventeen bodies have been deposited at the general hospital."
    assert _frame_stance(text, "deposit") == ("casualties", "asserts")


def test_the_dead_were_hunters_says_who_the_dead_were() -> None:
    text = "The minister said the three men killed were unarmed hunters."
    assert _frame_stance(text, "be") == ("casualties", "asserts")


def test_aircraft_lost_or_damaged_answer_the_strike() -> None:
    """ "no aircraft were lost", "No aircraft were damaged": a denial of what the
    strike destroyed (nobody named as losing them, so no doer)."""
    assert _frame_stance("The air force said no aircraft were lost.", "lose") == (
        "attack",
        "denies",
    )
    assert _frame_stance("The air force said no aircraft were damaged.", "damage") == (
        "attack",
        "denies",
    )


def test_weapons_not_used_and_no_shootout_deny_the_shooting() -> None:
    text = '"Our officers did not use their weapons," the ministry said.'
    assert _frame_stance(text, "use") == ("attack", "denies")
    assert _frame_stance('"There was no shootout," she said.', "shootout") == (
        "attack",
        "denies",
    )


def test_crossing_a_dividing_line_or_stepping_into_territory_is_an_incursion() -> None:
    text = "The ministry said its boat never crossed the fairway line."
    assert _frame_stance(text, "cross") == ("incursion", "denies")
    text = '"They did not step into anyone else\'s territory," he said.'
    assert _frame_stance(text, "step") == ("incursion", "denies")
    # (villagers crossing it are no incursion)
    text = "The minister said the villagers had crossed the boundary line."
    assert _frame_stance(text, "cross")[0] != "incursion"


def test_keeping_away_from_the_border_denies_crossing_it() -> None:
    text = "It said GPS logs showed the patrol had stayed at least 300 metres from the border line."
    assert _frame_stance(text, "stay") == ("incursion", "denies")


def test_people_held_by_their_trade_or_number_are_captives() -> None:
    text = "The army said the group was still holding the two engineers."
    assert _frame_stance(text, "hold") == ("captives", "asserts")
    text = "It said the other six, including both nurses, were still being held."
    assert _frame_stance(text, "hold") == ("captives", "asserts")
    text = '"There are no civilians in our hands," the group said.'
    assert _frame_stance(text, "be") == ("captives", "denies")
    text = '"This is an illegal abduction of our citizens," the minister said.'
    assert _frame_stance(text, "abduction") == ("captives", "asserts")


def test_troops_on_the_ground_or_in_a_camp_are_deployed() -> None:
    text = "Canberra said uniformed Chinese military personnel were on the ground."
    assert _frame_stance(text, "be") == ("deployment", "asserts")
    text = "The ministry said Chinese troops have set up a camp near the border town of Boten."
    assert _frame_stance(text, "set") == ("deployment", "asserts")
    # (rebels' camps are no deployment)
    text = "The rebels said they had set up a camp in the forest."
    assert _frame_stance(text, "set")[0] != "deployment"


def test_other_words_for_killing_are_casualties() -> None:
    text = "The governor said sixty-eight people were slaughtered in their sleep by armed herders."
    assert _frame_stance(text, "slaughter") == ("casualties", "asserts")
    assert _frame_stance('"The police do not execute anyone," he said.', "execute") == (
        "casualties",
        "denies",
    )


def test_teaching_officers_is_training_them() -> None:
    text = "It said the group was teaching officers close-quarters combat."
    assert _frame_stance(text, "teach")[0] == "pred:train"


def test_convoys_stopped_or_blocked_are_one_claim() -> None:
    text = "It said government forces had stopped three food convoys from reaching the town."
    assert _frame_stance(text, "stop")[0] == "pred:block"


def test_arms_received_from_a_state_are_its_supply() -> None:
    text = "The group said it had received not a single bullet from Eritrea."
    assert _frame_stance(text, "receive") == ("supply", "denies")
    text = "The group said it had received a letter from Eritrea."
    assert _frame_stance(text, "receive")[0] != "supply"


def test_arms_is_a_known_frame_for_listings() -> None:
    """``counterclaim claims --frame arms`` takes the frames the lexicon names."""
    from counterclaim.extract.claims import frames

    assert "arms" in {f for f, _ in frames().values()}


# -- contrastive and implicit denials (read sets dev..dev14) ------------------------


def _toll_kinds(text: str) -> list[tuple[str, str | None]]:
    return [(c.stance, c.object_head) for c in _claims(text) if c.frame == "casualties"]


def test_one_kind_not_another_also_denies_the_other_kind() -> None:
    """ "They were farmers, not fighters": the speaker holds they were farmers and
    denies they were fighters, a claim that can stand with the army's toll of
    fighters."""
    text = (
        "The army said it had killed nine rebel fighters in the strike. "
        '"They were farmers, not fighters," the village chief said.'
    )
    kinds = _toll_kinds(text)
    assert ("asserts", "farmer") in kinds
    assert ("denies", "fighter") in kinds
    text = "The ministry said all those killed in the raid were shepherds and not militants."
    assert ("denies", "militant") in _toll_kinds(text)


def test_not_one_kind_but_another_asserts_the_other_kind() -> None:
    text = "The army said the dead were not civilians but fighters of the group."
    kinds = _toll_kinds(text)
    assert ("denies", "civilian") in kinds
    assert ("asserts", "fighter") in kinds


def test_the_rival_of_a_contrast_hung_on_what_they_were_members_of() -> None:
    text = (
        "Soldiers shot dead three men near the port on Sunday, the army said. The "
        'prosecutor said the three were "known members of the gang, not fishermen."'
    )
    assert ("denies", "fisherman") in _toll_kinds(text)


def test_hostages_not_prisoners_of_war_denies_prisoners_of_war() -> None:
    text = "The mayor said the captured men were hostages, not prisoners of war."
    got = [(c.stance, c.object_head) for c in _claims(text) if c.frame == "captives"]
    assert ("asserts", "hostage") in got and ("denies", "prisoner") in got


def test_not_only_not_far_not_yet_are_no_contrast() -> None:
    for text in (
        "The spokesman said the rebels were not only in the town but also in the hills.",
        "The spokesman said the camp was not far from the border.",
        "The minister said the troops had not yet left the town.",
        "The governor said the victims were not only farmers but also traders.",
    ):
        assert len(_claims(text)) == 1, text


def test_inventing_a_shooter_denies_the_shooting_told_before() -> None:
    text = (
        "The Latvian border guard said shots fired from Belarus had wounded an officer. "
        "Belarus said Latvia was inventing a shooter to cover its own use of force."
    )
    c = _one(text, "invent")
    assert (c.frame, c.stance) == ("casualties", "denies")
    assert c.answers is not None


def test_inventing_stories_about_shots_denies_the_shots() -> None:
    text = (
        "Latvia said Belarusian guards fired shots at its patrol. A Belarusian spokesman "
        'said Riga was "inventing stories about shots from Belarus to hide its own '
        'violations."'
    )
    c = _one(text, "invent")
    assert (c.frame, c.stance) == ("attack", "denies")


def test_a_fabricated_toll_is_denied() -> None:
    text = (
        "Kenya said its troops killed 40 militants. The group said Nairobi had fabricated the toll."
    )
    c = _claims(text)[-1]
    assert (c.frame, c.stance) == ("casualties", "denies")
    assert _subject_actor(c) != "gov:KEN" or c.answers is not None


def test_a_staged_video_denies_the_deed_it_shows() -> None:
    text = (
        "Russia said Ukrainian drones hit the plant. Kyiv said the video of the strike "
        "had been staged."
    )
    c = _claims(text)[-1]
    assert (c.frame, c.stance) == ("attack", "denies")


def test_inventing_or_staging_a_real_thing_is_no_denial() -> None:
    c = _one("The group said it had invented a new drone.", "invent")
    assert c.stance == "asserts"
    c = _one("The army said the rebels did not invent the story.", "invent")
    assert c.frame == "pred:invent"
    c = _claims("The commander said the Legion has staged several raids into the region.")[-1]
    assert (c.frame, c.stance) == ("attack", "asserts")
    text = (
        "Poland said Belarusian guards fired on its patrol. Minister Viktor Khrenin said "
        "Warsaw was inventing incidents to justify sending more troops to the border."
    )
    # what the making up is for ("to justify sending troops") is not denied
    assert not any(c.frame == "deployment" and c.stance == "denies" for c in _claims(text))


def test_seeing_no_weapons_at_a_site_denies_its_military_use() -> None:
    """Issue 4 (dev15): "witnesses had seen no weapons at the site", "satellite images
    show no military structures at the site": a sighting of nothing of war denies that
    the site was military, as "there were no weapons at the site" does."""
    for text in (
        "The monitors said witnesses had seen no weapons at the site.",
        "The group said satellite images show no military structures at the site of the raid.",
    ):
        got = {(c.frame, c.stance) for c in _claims(text)}
        assert ("military_use", "denies") in got, (text, got)
    # (seeing no soldiers is no site's use: "peacekeepers saw no soldiers")
    got = {c.frame for c in _claims("The peacekeepers said they saw no soldiers near the line.")}
    assert "military_use" not in got


def test_findings_cooked_up_deny_the_claim_before() -> None:
    """Issue 4 (dev15): 'the findings had been "cooked up in Vilnius"', "the
    accusations were trumped up": a claim noun said to be made up, with the particle
    of the phrasal verb, denies the claim it names."""
    for said in ('the findings had been "cooked up in Vilnius"', "the accusations were trumped up"):
        text = f"Lithuania said shots from Belarus wounded a guard. Minsk said {said}."
        c = _claims(text)[-1]
        assert (c.frame, c.stance) == ("casualties", "denies"), said
        assert c.answers is not None


def test_a_report_known_only_from_its_denials_is_denied_when_called_false() -> None:
    """Issue 4 (dev15): "denied a report that troops were stationed there ... the
    report was 'groundless speculation'": the report is known only from its denials,
    and calling it false denies what it said (not the denial before)."""
    text = (
        'Cambodia denied a report that Chinese troops were stationed at Ream. "There are '
        'no foreign forces at Ream," a spokeswoman said. In Beijing, the ministry said '
        'the report was "groundless speculation" aimed at smearing cooperation.'
    )
    c = next(c for c in _claims(text) if "speculation" in c.evidence.text)
    assert c.stance == "denies"


def test_nouns_of_falsehood_called_of_a_claim_deny_it() -> None:
    """Issue 4 (dev10, dev15): "the charges were a hoax", "these claims
    are lies": an evaluative noun of falsehood said of a claim denies it; "there was
    speculation that ..." calls nothing false."""
    for said in ('the charges were "a hoax"', "these claims are lies"):
        text = f"The army said rebels killed 20 villagers. The rebels said {said}."
        c = _claims(text)[-1]
        assert (c.frame, c.stance) == ("casualties", "denies"), said
    text = "Analysts said there was speculation that troops had crossed the border."
    assert all(c.stance == "asserts" for c in _claims(text))


def test_from_one_place_not_from_another_denies_the_deed_at_the_other() -> None:
    """ "fired from Donetsk, not from Kharkiv": the speaker denies the deed came from
    Kharkiv, a claim that can stand with the other side's account that it did."""
    text = "The army said the shells were fired from Donetsk, not from Kharkiv."
    got = {(c.stance, c.place.text if c.place else None) for c in _claims(text)}
    assert ("asserts", "Donetsk") in got and ("denies", "Kharkiv") in got
    text = (
        "The ministry said the drone had been launched from inside the Kurdistan region "
        "and not from Kirkuk province."
    )
    assert any(c.stance == "denies" and c.place and "Kirkuk" in c.place.text for c in _claims(text))
    # (not "not far from", "not only in")
    for text in (
        "The army said the rebels attacked the post in Kidal, not only in Gao.",
        "The army said the strike hit a depot near Kherson and not far from the river.",
    ):
        assert all(c.stance == "asserts" for c in _claims(text)), text


def test_a_deed_set_against_another_with_not_is_denied() -> None:
    """ "the women were freed after relatives paid, not rescued by soldiers": the
    rescue is a claim of its own, denied, by the soldiers named."""
    text = (
        "The village head said the nine women were freed on Wednesday after relatives "
        "paid a ransom, not rescued by soldiers."
    )
    got = [(c.predicate, c.stance) for c in _claims(text)]
    assert ("free", "asserts") in got and ("rescue", "denies") in got
    [c] = [c for c in _claims(text) if c.predicate == "rescue"]
    assert c.subject is not None and c.subject.text == "soldiers"


def test_rather_than_and_instead_of_set_one_kind_or_deed_against_another() -> None:
    text = "The chief said the dead were farmers rather than fighters."
    assert ("denies", "fighter") in _toll_kinds(text)
    text = "The bishop said the victims were herders instead of militants."
    assert ("denies", "militant") in _toll_kinds(text)
    text = "The police said the men were arrested rather than shot."
    assert [c.stance for c in _claims(text) if c.predicate == "shoot"] == ["denies"]
    # (not "rather quickly")
    c = _claims("The army said the town was taken rather quickly.")[-1]
    assert (c.frame, c.stance) == ("control", "asserts")


def test_arms_said_planted_deny_the_arms_found() -> None:
    """Regression (dev14): "the drone parts had been planted" denies the arms the army
    said it found (not a claim that something was planted); trees, mines and a bomb
    planted are no such denial."""
    text = (
        "The army said troops found rifles at the rebel camp. A rebel spokesman, Juan "
        "Ortega, said the rifles shown by the army had been planted."
    )
    c = _claims(text)[-1]
    assert (c.frame, c.stance) == ("arms", "denies")
    c = _claims("The militia said that the drone parts had been planted.")[-1]
    assert (c.frame, c.stance) == ("arms", "denies")
    for near in (
        "The mayor said trees had been planted along the road.",
        "The army said mines were planted along the road.",
        "Police said a bomb had been planted under the car.",
    ):
        assert not any(c.frame == "arms" or c.stance == "denies" for c in _claims(near)), near


def test_there_is_no_military_site_denies_its_use() -> None:
    """Regression (dev13, dev14): "there is no Chinese post at X", "there is no factory
    in Saada, only classrooms" deny a military site (not "there is no need", "there is
    no post office in the village", "there is no hospital in the town")."""
    for text in (
        'The governor, Ali Rahimi, said: "There is no Chinese post at Bozai Gumbaz."',
        'The spokesman, Ahmed Nasser, said: "There is no factory in Saada, only classrooms."',
        'The elder, Musa Khan, said: "There is no Taliban base in Kunar."',
    ):
        c = _claims(text)[-1]
        assert (c.frame, c.stance) == ("military_use", "denies"), text
    for text in (
        'The mayor, Ali Rahimi, said: "There is no post office in the village."',
        'The mayor, Ali Rahimi, said: "There is no hospital in the town."',
        'The minister, Ali Rahimi, said: "There is no need for more troops."',
    ):
        assert all(c.frame.startswith("pred:") for c in _claims(text)), text


def test_there_was_no_airstrike_or_execution_denies_the_deed() -> None:
    """Regression: deed nouns in an existential denial carry their frame ("there was no
    airstrike" an attack, "there was no execution" a killing, as "executed" is)."""
    c = _claims('The governor, Ali Rahimi, said: "There was no airstrike on Idlib."')[-1]
    assert (c.frame, c.stance) == ("attack", "denies")
    c = _claims('The police chief, Paulo Lima, said: "There was no execution."')[-1]
    assert (c.frame, c.stance) == ("casualties", "denies")
    c = _claims('The ministry, in a statement, said: "No one was hurt."')[-1]
    assert (c.frame, c.stance) == ("casualties", "denies")
    c = _claims('The spokesman, Ali Rahimi, said: "There is no doubt about it."')[-1]
    assert c.frame.startswith("pred:")


def test_blamed_provocations_by_forces_names_the_forces_issue_4() -> None:
    """Demo (Tarvan Valley): 'blamed "provocations by Belmark's forces" for the
    exchange of fire' took the whole phrase, "for the exchange of fire" too, as the
    doer; the forces behind the provocations are."""
    text = (
        'The defence ministry blamed "provocations by Armenia\'s forces" for the exchange of fire.'
    )
    c = _one(text, "exchange")
    assert c.subject is not None and c.subject.text.startswith("Armenia's forces")


def test_an_exchange_of_fire_is_an_attack_issue_4() -> None:
    """Demo (Tarvan Valley): "the exchange of fire" was read as a swap of prisoners."""
    fire = _claims("The army blamed the rebels for the exchange of fire near the border.")
    assert [c.frame for c in fire if "exchange" in c.evidence.text] == ["attack"]
    swap = _claims("The two sides agreed on an exchange of prisoners, the ministry said.")
    assert all(c.frame != "attack" for c in swap)


def test_who_counted_the_shells_did_not_fire_them_issue_4() -> None:
    """Demo (Tarvan Valley): in "Our monitors counted at least forty shells" the
    monitors were made the doer of the shelling; they witnessed it."""
    c = _one('"Our monitors counted at least forty shells," the minister said.', "shell")
    assert c.subject is None
    fired = _one('"Their gunners fired at least forty shells," the minister said.', "fire")
    assert fired.subject is not None


def test_a_blamed_provocation_by_forces_is_their_deed_issue_4() -> None:
    """Demo (Tarvan Valley): 'blamed "provocations by X's forces"' after a deed told
    before made the whole phrase the doer, so the blaming ministry asserted its own
    side's shelling; X's forces did it."""
    text = (
        "The shelling of villages near Tovuz killed two people overnight, officials said. "
        "In a statement, Azerbaijan's defence ministry blamed \"provocations by "
        "Armenia's forces\"."
    )
    blamed = [c for c in _claims(text) if c.holder and c.subject and "forces" in c.subject.text]
    assert blamed and all(c.subject.text.startswith("Armenia's forces") for c in blamed)
    assert all(c.subject.actor and c.subject.actor.country == "ARM" for c in blamed)


def test_a_commanders_we_are_the_forces_he_commands_issue_4() -> None:
    """Demo (Tarvan Valley): "General Anton Rask, who commands Rusavan forces in the
    valley" — his "We have not fired a single round" denies those forces' deed."""
    text = (
        "General Anton Rask, who commands Russian forces in the valley, spoke to "
        'journalists on Friday. "We have not fired a single round," the general said.'
    )
    c = _one(text, "fire")
    assert c.subject is not None and c.subject.actor is not None
    assert c.subject.actor.id == "mil:RUS" and c.stance == "denies"


def test_the_forces_of_a_state_the_catalogue_lacks_are_the_state_issue_4() -> None:
    """Demo (Tarvan Valley): "Belmark's forces" were nobody, so their deed had no side."""
    text = (
        "Maria Varga, the foreign minister of Belmark, spoke first. Rusava's defence "
        "ministry said Belmark's forces had shelled the villages."
    )
    c = _one(text, "shell")
    assert c.subject is not None and c.subject.actor is not None
    assert c.subject.actor.id == "gov:belmark" and c.subject.actor.kind == "government"


def test_a_number_of_people_buried_is_a_toll() -> None:
    """Issue 4 (dev15): burying N people counts the dead ("we have buried twelve of
    our own", "34 people had been buried"); burying someone uncounted is no toll."""
    assert _one('A village elder said: "We have buried twelve of our own."', "bury").frame == (
        "casualties"
    )
    assert _one("The council said 34 people had been buried on Monday.", "bury").frame == (
        "casualties"
    )
    assert _one("A priest said he had buried four parishioners.", "bury").frame == "casualties"
    assert _one("The mayor said they were buried there on Tuesday.", "bury").frame == "pred:bury"


def test_a_toll_that_remains_a_number_is_a_toll() -> None:
    """Issue 4 (dev15): "the toll remained seven" restates a toll; a count of troops
    that remains a number is no toll."""
    toll = _one("The police chief said the toll remained seven.", "remain")
    assert toll.frame == "casualties"
    assert _one("The spokesman said the number of dead remained at nine.", "remain").frame == (
        "casualties"
    )
    assert _one("The army said the number of troops remained 300.", "remain").frame != (
        "casualties"
    )


def test_call_for_a_thing_is_no_claim() -> None:
    """Issue 4 (dev7): 'demanded his immediate release', 'called for an end to strikes'
    ask for something; they claim nothing."""
    text = (
        "The foreign ministry said the fisherman was seized on its side, and it "
        "demanded his immediate release."
    )
    assert not [c for c in _claims(text) if c.predicate == "release"]
    text = "The regional government has called for an end to strikes in populated areas."
    assert not [c for c in _claims(text) if c.predicate == "end"]


# -- where the speaker was is not where the deed was (issue 4, read set dev15) -------


def test_a_capital_unmoved_is_its_government_not_the_topic_issue_4() -> None:
    """Issue 4 (dev15): "Minsk was unmoved" is Belarus's government taking a report,
    not a place the story is about, so unplaced claims are not put there."""
    text = (
        "Polish investigators said the shot had been fired from Belarusian territory. "
        "Minsk was unmoved. A Polish spokesman said the guards had been shot at first."
    )
    assert all(c.place_key != "gn:625144" for c in _claims(text, B2_PUB))


def test_a_capital_shaken_by_fighting_stays_a_place_issue_4() -> None:
    """Issue 4 (dev15): only a passive of mood makes a capital its government;
    "Tripoli has been shaken by fighting" is still the city the story is about."""
    text = (
        "The prime minister said that the ceasefire was holding. Tripoli has been "
        "shaken by repeated bouts of fighting since May."
    )
    c = next(c for c in _claims(text, B2_PUB) if c.frame == "agreement")
    assert c.place_key == "gn:2210247"


def test_where_a_speaker_addressed_officers_is_not_the_topic_issue_4() -> None:
    """Issue 4 (dev15): "speaking to officers in Grodno", "shown to journalists in
    Maroua": where the audience sat is not where the deed was, nor the topic."""
    text = (
        "Belarus's president, speaking to officers in Grodno, said the guards had "
        "fired first. Weapons had been shown to journalists in Grodno, he said."
    )
    assert all(c.place_key is None for c in _claims(text, B2_PUB) if c.frame == "attack")


def test_where_findings_were_made_up_is_not_the_topic_issue_4() -> None:
    """Issue 4 (dev15): "the findings had been cooked up in Vilnius" says where a claim
    was made, not where the shooting was: no other claim is placed there."""
    text = (
        "Lithuanian guards had fired first, the spokesman said. He said the findings "
        "had been cooked up in Vilnius."
    )
    c = next(c for c in _claims(text, B2_PUB) if "fired first" in c.evidence.text)
    assert c.place_key is None


def test_a_conjoined_verb_shares_its_subject_issue_4() -> None:
    """Issue 4 (dev16): 'Army units "entered Brega and are now in full control of the
    port"': who is in control is the units, the subject of the first verb."""
    text = (
        'Army units "entered Brega this morning and are now in full control of the '
        'port," the ministry said.'
    )
    c = next(c for c in _claims(text) if c.evidence.text.startswith("are now in full control"))
    assert c.subject is not None and c.subject.text == "Army units"


def test_leaving_a_town_after_holding_it_is_the_leaving() -> None:
    """Issue 4 (dev13): "its fighters had left Djibo after holding it for 20 days" was
    a claim that the group held the town: the town tagged an organisation, "left" had no
    frame and the time phrase's "holding" gave the claim; the claim is that it left."""
    found = [
        c
        for c in _claims(
            "Militants overran the northern town of Djibo this month. JNIM said late "
            'Sunday that its fighters had left Djibo "of their own will" after holding it '
            "for three weeks."
        )
        if c.frame == "control" and "left" in c.evidence.text
    ]
    assert [(c.predicate, c.stance) for c in found] == [("leave", "denies")]


def test_under_the_control_of_the_national_forces_names_who_holds_it() -> None:
    """Issue 4 (dev13): '"X is once again under the control of the national armed
    forces," the general staff said' held the town for no one (read as the other side's
    hold, asserted); the forces named by their kind are the speaker's state's."""
    [c] = [
        c
        for c in _claims(
            "Burkina Faso's army said on Monday it had retaken the town of Djibo from "
            'militants. "Djibo is once again under the control of the national armed '
            'forces," the general staff said in a statement.'
        )
        if "under the control" in c.evidence.text
    ]
    assert c.frame == "control" and c.subject is not None and c.subject.actor is not None
    assert c.subject.actor.id == "mil:BFA", c.subject.actor


def test_count_relied_on_hearsay_denies_it_issue_4() -> None:
    """Issue 4 (dev19): "the monitors' count relied on hearsay" calls the count before
    false: a denial of that toll."""
    text = (
        "The monitors said at least 30 villagers were killed in the raid. The governor said "
        'the monitors\' count relied on "hearsay".'
    )
    c = _one(text, "rely")
    assert (c.frame, c.stance) == ("casualties", "denies")


def test_dismissed_the_owners_count_answers_its_toll_issue_4() -> None:
    """Issue 4 (dev14): "dismissed the union's count" names a toll given before: a
    denial of that toll, not a claim of its own."""
    text = (
        "The union said 40 villagers were killed in the raid. A police spokesman dismissed "
        "the union's count as unverified."
    )
    c = _one(text, "count")
    assert (c.frame, c.stance) == ("casualties", "denies")


def _toll_evidence(text: str) -> list[str]:
    return [
        text[c.evidence.start : c.evidence.end] for c in _claims(text) if c.frame == "casualties"
    ]


def test_civilians_joined_to_soldiers_killed_are_a_toll_of_their_own() -> None:
    """Issue 4 (dev19): "nine soldiers and a civilian cook had been killed" carries two
    tolls, the soldiers' and the civilian's: a claim each, the civilian's with its own
    words (not the clause joined after it); armed men of two kinds stay one toll."""
    text = (
        "The garrison commander said that six guards and a civilian driver had been killed "
        "and that 11 people were being treated at the district hospital."
    )
    assert "a civilian driver had been killed" in _toll_evidence(text)
    text = "The colonel said the raiders killed four policemen and two farmers at the post."
    assert "two farmers" in _toll_evidence(text)
    text = "The group said it had killed 12 soldiers and members of the militia."
    assert len(_toll_evidence(text)) == 1


def test_all_those_killed_were_khawarij_is_a_toll_of_fighters() -> None:
    """Issue 4 (dev18): "all those killed were khawarij", the Pakistani state's word for
    Taliban militants, was a bare "be" claim, apart from the toll of fighters it
    speaks of."""
    text = "The army said all those killed in the strike were khawarij."
    c = _one(text, "be")
    assert (c.frame, c.stance, c.object_head) == ("casualties", "asserts", "khawarij")
    row = {"frame": "casualties", "object_text": "khawarij", "object_head": "khawarij"}
    assert props.target_class(row) == "fighters"


def test_civilians_killed_alongside_militants_speaks_of_both_tolls() -> None:
    """Issue 4 (dev19): "civilians had been killed alongside the militants" read as
    one toll of no kind; it speaks of the toll of civilians and of fighters."""
    text = (
        "An air strike killed 30 people in the village, residents said. The army said "
        "several civilians had been killed alongside the militants."
    )
    found = [c for c in _claims(text) if c.predicate == "kill" and "alongside" in c.evidence.text]
    kinds = {props.target_class({"frame": c.frame, "object_head": c.object_head}) for c in found}
    assert kinds == {"civilians", "fighters"}


def test_a_call_in_the_subjunctive_is_no_claim_issue_4() -> None:
    """Issue 4 (dev20): "demanded that the minister appear before parliament" asks for a
    deed and tells none; "demanded ... had lied" still tells one."""
    assert _claims("The senator demanded that the army withdraw from the town.") == []
    assert _claims("The council asked that the ministry release the figures.") == []
    told = _claims("The council insisted that the army withdrew from the town.")
    assert [c.predicate for c in told] == ["withdraw"]


def test_crossing_onto_land_and_never_leaving_a_compound_named_territory_issue_4() -> None:
    """Issue 4 (dev21): "had crossed onto Xland land" is an incursion like "stepped into";
    "never left Xlandish territory" denies one also when the parser hangs the country
    word on "territory" as a compound."""
    crossed = _claims("The border service said a Kyrgyz patrol had crossed onto Tajik land.")
    assert [(c.frame, c.stance) for c in crossed if c.predicate == "cross"] == [
        ("incursion", "asserts")
    ]
    kept = _claims('A Kyrgyz spokeswoman said: "Our patrol never left Kyrgyz territory."')
    assert [(c.frame, c.stance) for c in kept] == [("incursion", "denies")]
