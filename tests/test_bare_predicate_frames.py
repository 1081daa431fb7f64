"""Claims that kept a bare ``pred:<lemma>`` frame although their words name a known
frame (casualties, attack, control, deployment), so they did not group with the other
claims of their proposition (issue 4). Hand-written sentences; each test failed before
its fix."""

from __future__ import annotations

import counterclaim as cc

PUB = "2025-06-11"


def _frame_stance(text: str, predicate: str) -> tuple[str, str]:
    found = [c for c in cc.analyze(text, published=PUB).claims if c.predicate == predicate]
    assert found, [(c.frame, c.predicate) for c in cc.analyze(text, published=PUB).claims]
    return found[0].frame, found[0].stance


def test_people_shown_captured_are_captives() -> None:
    """Issue 4 (dev): "a video it said showed eight soldiers captured in the raid" claims
    the captives; people shown at work are no deed done to them."""
    shown = "The group released a video that it said showed eight soldiers captured in the raid."
    assert _frame_stance(shown, "show") == ("captives", "asserts")
    walking = "The group said the video showed soldiers walking in the town."
    assert all(c.frame != "captives" for c in cc.analyze(walking, published=PUB).claims)


def test_captives_treated_or_lost_are_held() -> None:
    """Issue 4 (dev14, dev17): "the captured soldiers would be treated as prisoners of
    war", "would treat the prisoners well" and "denied losing any prisoners" say
    captives are held."""
    treated = "The rebel spokesman said the captured soldiers would be treated as prisoners."
    assert _frame_stance(treated, "treat")[0] == "captives"
    kept = "The group said it would treat the prisoners well."
    assert _frame_stance(kept, "treat")[0] == "captives"
    lost = "The army denied losing any prisoners."
    assert _frame_stance(lost, "lose") == ("captives", "denies")
    # (ground held, then lost, is no captive)
    ground = "The governor said the enemy has lost a bridgehead it held for three years."
    assert _frame_stance(ground, "lose")[0] != "captives"


def test_a_toll_figure_answered_is_the_toll() -> None:
    """Issue 4 (dev12, dev14, dev16): "the figure of 14 was false" and "the count does
    not correspond to reality" answer a toll; a figure given earlier keeps its frame."""
    bare = "The police said that the figure of 14 was false."
    assert _frame_stance(bare, "14") == ("casualties", "denies")
    count = "The ministry said the count of the association does not correspond to reality."
    assert _frame_stance(count, "correspond") == ("casualties", "denies")
    held = (
        "The rebels said they were holding 143 soldiers. The army said the figure of 143 was false."
    )
    assert _frame_stance(held, "143")[0] == "captives"


def test_the_dead_named_are_a_toll() -> None:
    """Issue 4 (dev14, dev16): "we have the names of 41 people", "had confirmed the names
    of seven villagers killed", "had identified all seven dead" count the dead."""
    names = 'The director said: "We have the names of 41 people."'
    assert _frame_stance(names, "have") == ("casualties", "asserts")
    confirmed = "The group said it had confirmed the names of seven villagers killed."
    assert _frame_stance(confirmed, "confirm") == ("casualties", "asserts")
    identified = "The authorities said they had identified all seven dead."
    assert _frame_stance(identified, "identify") == ("casualties", "asserts")
    # (whoever names the dead is no doer)
    [c] = [c for c in cc.analyze(names, published=PUB).claims if c.predicate == "have"]
    assert c.subject is None or c.subject.actor is None or c.subject.text.lower() != "we"


def test_troops_on_an_island_or_a_height_are_deployed() -> None:
    """Issue 4 (dev6, dev16): "Chinese soldiers were on the island", "our soldiers are
    on that height" say troops are there; "on patrol" is no place."""
    island = "The senator repeated his claim that Chinese soldiers were on the island."
    assert _frame_stance(island, "be") == ("deployment", "asserts")
    height = 'The president said: "Our soldiers are on that height."'
    assert _frame_stance(height, "be")[0] == "deployment"
    patrol = "The commander said the soldiers were on patrol."
    assert _frame_stance(patrol, "be")[0] != "deployment"


def test_the_place_of_the_work_may_hang_on_what_is_run() -> None:
    """Issue 4 (dev17): "military personnel were running a deep-space tracking station in
    the province of X" (the place hung on the station) says troops are there."""
    text = (
        "The ministry rejected a U.S. assertion that Chinese military personnel were running "
        "a deep-space tracking station in the Patagonian province of Neuquen."
    )
    assert _frame_stance(text, "run") == ("deployment", "denies")


def test_martyred_and_wiped_out_are_a_toll() -> None:
    """Issue 4 (dev16): "have been martyred", "were wiped out" say people were killed."""
    said = "A police officer said that five of our constables have been martyred."
    assert _frame_stance(said, "martyr") == ("casualties", "asserts")
    wiped = "The police said that twelve fighters of the enemy were wiped out near the camp."
    assert _frame_stance(wiped, "wipe") == ("casualties", "asserts")


def test_cadres_lost_are_a_toll() -> None:
    """Issue 4 (dev16): "had lost three cadres" counts the side's own dead."""
    text = "A police spokesman said the rebels had lost three cadres in the clash."
    assert _frame_stance(text, "lose") == ("casualties", "asserts")


def test_leaving_a_town_the_tagger_calls_an_organisation_gives_it_up() -> None:
    """Issue 4 (dev16): "it had left Kufra", the town tagged ORG but known as a
    toponym, is a side giving up the town."""
    text = (
        "Government forces retook the town of Kufra on Monday, the ministry said. The LNA "
        "confirmed that it had left Kufra."
    )
    assert _frame_stance(text, "leave") == ("control", "denies")


def test_wrong_marks_a_denial() -> None:
    """Issue 4 (dev14): "the official account is simply wrong" denies what it names."""
    wrong = 'The governor said: "The army\'s account of the raid is simply wrong."'
    assert [c.stance for c in cc.analyze(wrong, published=PUB).claims] == ["denies"]


def test_uniformed_men_or_armoured_vehicles_seen_are_troops_there() -> None:
    """Issue 4 (dev8, dev14, dev16): "had seen the uniformed men", "had seen foreign
    armoured vehicles on the far bank" claim troops are there."""
    seen = "The senator said that she had seen the uniformed men herself."
    assert _frame_stance(seen, "see") == ("deployment", "asserts")
    vehicles = (
        "Villagers said border guards had seen foreign armoured vehicles on the far bank "
        "several times."
    )
    assert _frame_stance(vehicles, "see") == ("deployment", "asserts")


def test_a_number_of_people_dead_is_a_toll() -> None:
    """Issue 4 (dev11): "nine officers were dead" counts the dead."""
    text = "The union maintained that nine officers were dead."
    assert _frame_stance(text, "be") == ("casualties", "asserts")


def test_martyrdom_embraced_and_a_number_lost_are_tolls() -> None:
    """Issue 4 (dev17): "seven of our soldiers embraced martyrdom" (a military's words
    for its dead) and "the group had lost only three" are tolls."""
    said = "The army said seven of our brave soldiers embraced martyrdom in the attack."
    assert _frame_stance(said, "embrace") == ("casualties", "asserts")
    lost = "A spokesman for the militants said the group had lost only three."
    assert _frame_stance(lost, "lose") == ("casualties", "asserts")


def test_waters_violated_or_intruded_into_are_an_incursion() -> None:
    """Issue 4 (dev17): "warships had violated its waters" was a truce broken (the
    frame of "violated the ceasefire"), and "intruding into our waters" had no frame:
    both are a crossing into another's waters."""
    violated = "The navy said foreign warships had violated its waters near the island."
    assert _frame_stance(violated, "violate") == ("incursion", "asserts")
    intruded = "The navy accused the warships of intruding into our territorial waters."
    assert _frame_stance(intruded, "intrude") == ("incursion", "asserts")
    ceasefire = "The army said the rebels had violated the ceasefire near the town."
    assert _frame_stance(ceasefire, "violate")[0] == "agreement"


def test_a_states_warships_are_its_navy() -> None:
    """Issue 4 (dev17): "South Korean warships had violated its waters" named no doer;
    a state's warships are its armed forces."""
    text = "The KPA General Staff said South Korean warships had violated its waters."
    [c] = [c for c in cc.analyze(text, published=PUB).claims if c.predicate == "violate"]
    assert c.subject is not None and c.subject.actor is not None
    assert c.subject.actor.id == "mil:KOR"


def test_an_armys_members_or_staff_placed_somewhere_are_deployed() -> None:
    """Issue 4 (dev17): "30 members of the People's Liberation Army worked at the
    station", "military personnel were running a station in X" and "technical staff
    with military status had been assigned to the station" say troops are there."""
    worked = "The command said 30 members of the People's Liberation Army worked at the station."
    assert _frame_stance(worked, "work") == ("deployment", "asserts")
    running = "The embassy said Chinese military personnel were running a station in Neuquen."
    assert _frame_stance(running, "run") == ("deployment", "asserts")
    assigned = (
        "The ministry said a small number of technical staff with military status had been "
        "assigned to the station."
    )
    assert _frame_stance(assigned, "assign") == ("deployment", "asserts")
    # (a firm's staff at work are no troops)
    civil = "The company said its employees were working at the site."
    assert _frame_stance(civil, "work")[0] != "deployment"


def test_units_regrouped_elsewhere_gave_up_the_town() -> None:
    """Issue 4 (dev17): "the units had regrouped in Ménaka to spare the civilian
    population" is a side's pullback, like "repositioned"."""
    text = (
        "Rebels said they had captured Tessit. The army said the units had regrouped in "
        "Gao to spare the civilian population."
    )
    assert _frame_stance(text, "regroup") == ("control", "denies")


def test_a_named_line_parsed_as_a_compound_is_crossed() -> None:
    """Issue 4 (dev17): "crossed the Northern Limit Line west of the island" was parsed
    with "west" as the object and the line's name as its compound: still a crossing of
    a named line."""
    text = "The navy said a patrol boat crossed the Northern Limit Line west of the island."
    assert _frame_stance(text, "cross") == ("incursion", "asserts")


def test_keeping_to_or_never_leaving_ones_waters_denies_a_crossing() -> None:
    """Issue 4 (dev12, dev17, dev18): "the boats had never left Honduran waters" and "the
    boat had been operating in our own waters" deny a crossing; "came into our waters"
    claims one. A town come into, or waters left, is no such claim."""
    never = "The navy said the fishing boats had never left Honduran waters."
    assert _frame_stance(never, "leave") == ("incursion", "denies")
    own = "The command said the patrol boat had been operating in its own waters."
    assert _frame_stance(own, "operate") == ("incursion", "denies")
    came = "The navy said the foreign gunboat came into our waters at dawn."
    assert _frame_stance(came, "come") == ("incursion", "asserts")
    town = "A resident said the fighters came into the town at dawn."
    assert _frame_stance(town, "come")[0] != "incursion"
    home = "The coast guard said the trawler left Norwegian waters on Monday."
    assert _frame_stance(home, "leave")[0] != "incursion"


def test_a_person_said_alive_denies_his_killing() -> None:
    """Issue 4 (dev17, dev18): "Wazir was alive", after a story of his killing, denies
    that he was killed; said with no killing told, it is no toll."""
    text = (
        "The army said the strike killed commander Rahim Gul Daud. "
        "The group said that Daud was alive."
    )
    assert _frame_stance(text, "be") == ("casualties", "denies")
    quiet = "The family said that Daud was alive and well in the village."
    assert _frame_stance(quiet, "be")[0] != "casualties"


def test_weapons_pointed_or_raised_are_one_threat() -> None:
    """Issue 4 (dev18): "had pointed rifles at the sailors" and "no weapon was raised"
    are one claim (a threat with weapons), whatever the verb."""
    pointed = "The navy said the soldiers had pointed rifles at its sailors."
    assert _frame_stance(pointed, "point") == ("pred:threaten", "asserts")
    raised = 'The ministry said: "No weapon was raised by any of our soldiers."'
    assert _frame_stance(raised, "raise") == ("pred:threaten", "denies")


def test_driving_out_of_a_town_with_no_one_driven_is_leaving_it() -> None:
    """Issue 4 (dev18): "the soldiers drove out of Hsipaw" (no one driven) was read as
    "drove the rebels out of X", a hold gained; it is the soldiers leaving the town."""
    left = "A resident said the soldiers drove out of the town on the night of February 9."
    assert _frame_stance(left, "drive") == ("control", "denies")
    expelled = "The spokesman said the army drove the rebels out of the town."
    assert _frame_stance(expelled, "drive") == ("control", "asserts")


def test_a_vessel_rammed_is_an_attack() -> None:
    """Issue 4 (dev16, dev18): "the trawler rammed a coast guard vessel" and "our boat
    rammed nobody" claim (or deny) a strike on the vessel, as "struck our vessel" does."""
    rammed = "The coast guard said a fishing trawler rammed its patrol vessel."
    assert _frame_stance(rammed, "ram") == ("attack", "asserts")
    nobody = 'The captain said: "Our boat rammed nobody."'
    assert _frame_stance(nobody, "ram") == ("attack", "denies")


def test_soldiers_who_surrendered_are_captives() -> None:
    """Issue 4 (dev20): "Not one of our soldiers has surrendered" denies that soldiers
    were taken prisoner; a town surrendered is no captive."""
    none = 'The spokesman said: "Not one of our soldiers has surrendered."'
    assert _frame_stance(none, "surrender") == ("captives", "denies")
    dozens = "The rebels said dozens of soldiers surrendered to them."
    assert _frame_stance(dozens, "surrender") == ("captives", "asserts")
    town = "The army said the rebels surrendered the town."
    assert _frame_stance(town, "surrender")[0] != "captives"


def test_no_bullet_kept_at_a_site_denies_its_military_use() -> None:
    """Issue 4 (dev20): "had not kept a single bullet at the compound" denies that the
    site held arms (small arms and rounds are arms, as weapons are)."""
    kept = "The party said it had not kept a single bullet at the compound."
    assert _frame_stance(kept, "keep") == ("military_use", "denies")
    carried = "The police said the trucks were carrying rifles and grenades."
    assert _frame_stance(carried, "carry") == ("military_use", "asserts")
    # (what a thing was is no site's use: "this was not a stray bullet")
    stray = 'The minister said: "This was not a stray bullet."'
    assert _frame_stance(stray, "be")[0] != "military_use"


def test_a_site_used_for_military_purposes_is_military_use() -> None:
    """Issue 4 (dev20): "no evidence that the site was used for military purposes" is
    about the site's military use; what it was used for is what it held."""
    used = "The army said the site had been used for military purposes."
    assert _frame_stance(used, "use") == ("military_use", "asserts")
    farm = "The ministry said the site had been used for farming."
    assert _frame_stance(farm, "use")[0] != "military_use"


def test_troops_operating_from_a_base_are_deployed() -> None:
    """Issue 4 (dev18): "Turkish personnel were operating from the base" puts them
    there, as "operating in X" does."""
    base = "The ministry said that Turkish personnel were operating from the base."
    assert _frame_stance(base, "operate") == ("deployment", "asserts")


def test_people_buried_by_kind_or_kin_are_a_toll() -> None:
    """Issue 4 (dev16, dev19): "we buried women and children today", "I have buried my
    own relatives": the dead the speaker buried, a toll; arms buried are none."""
    kind = 'The mayor said: "We buried women and children today."'
    assert _frame_stance(kind, "bury") == ("casualties", "asserts")
    kin = 'A villager said: "I have buried my own relatives."'
    assert _frame_stance(kin, "bury") == ("casualties", "asserts")
    arms = "The villagers said they buried the weapons."
    assert _frame_stance(arms, "bury")[0] != "casualties"


def _frames_of(text: str) -> list[tuple[str, str]]:
    return [(c.frame, c.stance) for c in cc.analyze(text, published=PUB).claims]


def test_what_the_target_was_is_its_military_use() -> None:
    """Issue 4 (dev21): "the target was a training site" says what the struck site was
    (military use); a civilian site denies it."""
    assert ("military_use", "asserts") in _frames_of(
        "The colonel said the target was a logistics hub."
    )
    assert ("military_use", "denies") in _frames_of(
        "The mayor said the target was a school for displaced children."
    )


def test_a_town_under_the_authority_of_a_side_is_control() -> None:
    """Issue 4 (dev21): "X is once again under the full authority of the state" claims
    control, as "under the control of" does."""
    text = '"Kidal is once again under the full authority of the state," the governor said.'
    assert ("control", "asserts") in _frames_of(text)


def test_armed_men_inside_a_town_hold_it() -> None:
    """Issue 4 (dev21): "the jihadists are inside the town" claims their control."""
    assert ("control", "asserts") in _frames_of('"The rebels are inside the town," a farmer said.')


def test_a_base_planned_or_made_is_military_use() -> None:
    """Issue 4 (dev21): "no plans to build a military base there", "turning the port
    into a military base" and "no question of a military base" are claims on the base
    (the last a denial, unlike "no question that")."""
    planned = '"We have no plans to build a naval base there," the minister said.'
    assert ("military_use", "denies") in _frames_of(planned)
    made = "The rebels said Beijing was turning the harbour into a military base."
    assert ("military_use", "asserts") in _frames_of(made)
    ruled_out = "The minister said there was no question of a foreign military base on the island."
    assert ("military_use", "denies") in _frames_of(ruled_out)


def test_a_toll_called_a_lie_is_denied() -> None:
    """Issue 4 (dev21): "Nine dead is a lie" answers the toll (casualties, denied)."""
    assert ("casualties", "denies") in _frames_of('"Twelve dead is a lie," the minister said.')


def test_people_missing_then_found_alive_share_a_frame() -> None:
    """Issue 4 (dev21): "three soldiers were missing" and "the missing soldiers had been
    found alive" are one claim, asserted then denied."""
    assert ("pred:missing", "asserts") in _frames_of("The army said three soldiers were missing.")
    found = "The governor said the three missing soldiers had been found alive."
    assert ("pred:missing", "denies") in _frames_of(found)


def test_no_fighters_present_denies_fighters_among_the_dead() -> None:
    """Issue 4 (dev21): "no fighters were present", after a killing, denies that the
    dead were fighters (casualties)."""
    text = (
        'A drone strike killed 20 people at a wedding. "No fighters were present," the mayor said.'
    )
    assert ("casualties", "denies") in _frames_of(text)


def test_no_soldier_on_military_sites_denies_a_deployment() -> None:
    """Issue 4 (dev20): 'not a single foreign soldier on its military sites' denies the
    troops' deployment, as "on its soil" does."""
    text = 'The ministry said there was "not a single foreign soldier" on its military sites.'
    assert ("deployment", "denies") in _frames_of(text)
