"""The frame of a predicate (:func:`_frame`: ``control``, ``attack``, ``deployment``,
``casualties`` ... from ``data/frames.tsv`` and the tests of the modules below), and
blame: responsibility claimed or borne, accusations, fire answered, collisions at sea.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from counterclaim.extract.attribution import (
    COUNT_NOUNS,
    RawStatement,
)
from counterclaim.extract.claims.forces import (
    _advmod_children,
    _alibi,
    _armed_by,
    _armed_camp,
    _arms_moved_into_a_site,
    _arms_received_from,
    _arms_taken_or_found,
    _attackers_origin,
    _base_in_the_making,
    _fired_from,
    _found_camp,
    _lets_soil_be_used,
    _military_people,
    _military_site,
    _moves_people,
    _needed_troops,
    _no_site_of_war,
    _only_civilians_present,
    _only_civilians_there,
    _operating_somewhere,
    _present_children,
    _seen_none_of_war,
    _set_against,
    _state_base,
    _stores_arms,
    _target_was,
    _there_at_invitation,
    _troop_estimate,
    _troops_seen,
    _troops_set_up_camp,
)
from counterclaim.extract.claims.model import (
    _ClaimMemo,
)
from counterclaim.extract.claims.syntax import (
    _child,
    _cleft_deed,
    _in_other_clause,
    _in_reduced_relative,
    _in_time_phrase,
    _is_negated,
    _names_people,
    _one_person,
    _toponym,
    _under_modifier_clause,
)
from counterclaim.extract.claims.territory import (
    _armed_men_inside,
    _came_into_domain,
    _drove_out,
    _into_a_state,
    _kept_to_a_side,
    _left_a_domain,
    _place_freed,
    _to_better_ground,
    _under_authority,
)
from counterclaim.extract.claims.victims import (
    _aircraft_lost_or_damaged,
    _armed_men_there,
    _captives_treated_or_lost,
    _counted_people_buried,
    _custody,
    _dead_belonged,
    _declared_dead,
    _fell_in_battle,
    _missing_people,
    _no_civilians_there,
    _no_fighters_present,
    _people_gave_up,
    _said_alive,
    _stood_on,
    _the_dead_identified,
    _the_dead_named,
    _the_wounded_in_care,
    _to_care,
    _toll_called_false,
    _toll_figure_answered,
    _toll_stays,
    _who_the_dead_were,
    _work_place_children,
)
from counterclaim.extract.claims.words import (
    _CLAIM_MEMO,
    _DOER_ENTS,
    ANSWER_NOUNS,
    ANSWERING_LEMMAS,
    ASSIGNED_LEMMAS,
    AT_VESSEL_PREPS,
    ATTACKER_NOUNS,
    BEARING_LEMMAS,
    BEING_THERE_LEMMAS,
    BELONG_LEMMAS,
    BLAME_NOUNS,
    BLAMED_DEED_BACK_TOKENS,
    BLAMED_EVENT_NOUNS,
    BLAMING_ON_LEMMAS,
    BODY_COUNT_LEMMAS,
    CAPTIVE_STATES,
    CAPTURING_LEMMAS,
    CHANGING_LEMMAS,
    CIVILIAN_GOODS,
    CIVILIAN_PEOPLE,
    CIVILIAN_SITE_NOUNS,
    CIVILIAN_USE_WORDS,
    CIVILIANS_LEAVING_LEMMAS,
    COMMITMENT_WORDS,
    COUNTING_LEMMAS,
    CROSSING_LEMMAS,
    DEED_FRAMES,
    DEED_NOUNS,
    DOING_NOUNS,
    EVIDENCE_LEMMAS,
    EVIDENCE_NOUNS,
    FAILING_LEMMAS,
    FIGURE_CLIMB,
    FIRING_LEMMAS,
    FREEING_LEMMAS,
    GIVING_WAY_NOUNS,
    GROUND_NOUNS,
    HELD_EVENT_NOUNS,
    HOLDING_PEOPLE_LEMMAS,
    INTENT_CUES,
    LEAVING_LEMMAS,
    MILITARY_USE_WORDS,
    MISSING_FRAME,
    MOVING_LEMMAS,
    NOT_GROUND_ENTS,
    OUTLET_PREPS,
    PRESENT_AT_WORK_LEMMAS,
    RELATIVE_CLIMB_MAX,
    RELATIVE_WORDS,
    RESTING_LEMMAS,
    SEEING_LEMMAS,
    SHARE_NOUNS,
    SHOWN_DEED_FRAMES,
    SIDE_PRONOUNS,
    SMALL_ARMS_WORDS,
    SPONSOR_LEMMAS,
    STANDING_BY_LEMMAS,
    STATE_NOUNS,
    STEERING_LEMMAS,
    STEPPED_ON_NOUNS,
    STEPPING_LEMMAS,
    STORE_NOUNS,
    SURRENDERING_LEMMAS,
    TALLY_NOUNS,
    TEAM_WORDS,
    TRADED_NOUNS,
    TROOP_WORDS,
    TRUCE_WORDS,
    UNDER_ATTACK_NOUNS,
    UNIT_WORDS,
    USE_LEMMAS,
    USED_FOR_PREPS,
    VERB_ONLY_FRAMES,
    VESSEL_NOUNS,
    VICTIM_WORDS,
    WHEN_SETTING_LEMMAS,
    frames,
)
from counterclaim.extract.context import doc_text, pobjs, subtree_range
from counterclaim.extract.lexicon import (
    RECIPROCALS,
    cue_stances,
)


def _claims_responsibility(pred: Token) -> bool:
    """ "claimed responsibility", "accepted responsibility": the object of a claim of a
    deed."""
    return (
        pred.lemma_.lower() == "responsibility"
        and pred.dep_ == "dobj"
        and pred.head.lemma_.lower() in ("claim", "accept", "admit")
    )


def _blame_bearer(pred: Token) -> Token | None:
    """Who is blamed for the story's deed, when no deed is named: "Minsk bore full
    responsibility", "the responsibility lies entirely with the other side", "X is
    responsible". (With a deed named, "responsible for the explosion", the deed's noun
    carries the claim.)"""
    lemma = pred.lemma_.lower()
    blame: Token | None = None
    who: Token | None = None
    if lemma in BEARING_LEMMAS:
        blame = _child(pred, ("dobj",))
        who = _child(pred, ("nsubj",))
        if blame is None or blame.lemma_.lower() not in BLAME_NOUNS:
            return None
    elif lemma in RESTING_LEMMAS:
        blame = _child(pred, ("nsubj",))
        if blame is None or blame.lemma_.lower() not in BLAME_NOUNS:
            return None
        who = next(iter(pobjs(pred, ("with", "on", "upon"))), None)
    elif lemma == "be" and (deed_by := _deed_by(pred)) is not None:
        return deed_by
    elif lemma == "be":
        blame = next(
            (c for c in pred.children if c.dep_ == "acomp" and c.lower_ == "responsible"), None
        )
        who = _child(pred, ("nsubj",))
        if blame is None:
            return None
    else:
        return None
    if who is None or who.pos_ not in ("PROPN", "NOUN") or pobjs(blame, ("for",)):
        return None  # "it is responsible for the convoy": for something named
    return who


def _steered_at_vessel(pred: Token) -> bool:
    """Whether a vessel is said to have steered into another, causing the collision:
    "the Taiwanese boat had cut across its bow", "turned sharply towards our vessel",
    "turned into the patrol boat's path" (Issue 4: who caused a collision)."""
    if pred.pos_ != "VERB" or pred.lemma_.lower() not in STEERING_LEMMAS:
        return False
    return any(
        w.lemma_.lower() in VESSEL_NOUNS
        for g in pobjs(pred, AT_VESSEL_PREPS)
        for w in (g, *(c for c in g.children if c.dep_ == "compound"))
    )


def _deed_by(pred: Token) -> Token | None:
    """Who a deed is said to be the doing of: "the shooting was a deliberate act by
    Russian border guards" (the deed a noun of :data:`BLAMED_EVENT_NOUNS` or of
    shooting), else None."""
    subj = _child(pred, ("nsubj",))
    attr = _child(pred, ("attr",))
    if subj is None or attr is None or attr.lemma_.lower() not in DOING_NOUNS:
        return None
    if subj.lemma_.lower() not in BLAMED_EVENT_NOUNS | {"shooting", "attack", "strike", "ambush"}:
        return None
    who = next(iter(pobjs(attr, ("by",))), None)
    if who is None:
        # "the work of the ELN" names a doer, "an act of desperation" does not
        who = next(iter(pobjs(attr, ("of",))), None)
        if who is not None and not (who.pos_ == "PROPN" or who.ent_type_ in _DOER_ENTS):
            return None
    if who is None or who.pos_ not in ("PROPN", "NOUN"):
        return None
    return who


def _when_deed(c: Token, r: Token) -> bool:
    """ "were killed when troops repulsed the assault", "were in their trenches when the
    militia attacked": a deed named in a when-clause is a claim of its own, with its own
    doer."""
    if not (
        c.dep_ == "advcl"
        and c.pos_ == "VERB"
        and any(m.lower_ == "when" and m.dep_ in ("advmod", "mark") for m in c.children)
        and any(m.dep_ == "nsubj" for m in c.children)
        # (not a coming or going that only dates it: "when the soldiers went in", "when
        # they entered", "when the bombs fell")
        and c.lemma_.lower() not in WHEN_SETTING_LEMMAS
    ):
        return False
    frame = _frame(c)[0]
    # (nor the strike a toll is of: "were killed when a missile hit the block")
    return not frame.startswith("pred:") and not (
        frame == "attack" and _frame(r)[0] == "casualties"
    )


def _fire_answered(c: Token, r: Token) -> bool:
    """ "our soldiers only responded after Thai soldiers shot at them", "opened fire only
    after the post came under fire from the Afghan bank": the fire answered is a claim
    of its own, by the other side (Issue 4, dev and dev19: who fired first)."""
    return (
        c.dep_ == "advcl"
        and c.pos_ == "VERB"
        and any(m.lower_ == "after" and m.dep_ == "mark" for m in c.children)
        and any(m.dep_ in ("nsubj", "nsubjpass") for m in c.children)
        and _frame(c)[0] == "attack"
        and _answer_to_fire(r)
    )


def _frame(pred: Token) -> tuple[str, str]:
    """(frame, role) of a predicate: lexicon by lemma, by light verb + object noun, by
    a nominal object's head ("launched a surprising entering"), else pred:<lemma>."""
    # memoised: asked again about the same tokens, per claim and per token of each
    # claim's clause (16,000 calls for 11,000 tokens over the 84 PolNeAR dev articles)
    memo: _ClaimMemo | None = pred.doc.user_data.get(_CLAIM_MEMO)
    if memo is None:
        return _frame_of(pred)
    found = memo.frames.get(pred.i)
    if found is None:
        found = memo.frames[pred.i] = _frame_of(pred)
    return found


def _answer_to_fire(pred: Token) -> bool:
    """Whether a predicate says its doer fired in answer, so not first: "our soldiers
    only responded to protect civilians", "opened fire only after the post came under
    fire", "shot in self-defence" (a denial that the doer's side fired first)."""
    lemma = pred.lemma_.lower()
    if pred.pos_ != "VERB" or _is_negated(pred):
        return False
    subj = _child(pred, ("nsubj",))
    if subj is None:
        return False  # ("ordered the military to respond": a call, no deed told)
    if lemma in ANSWERING_LEMMAS:
        # "only responded", "responded to protect civilians", "responded after they
        # shot at us": an answer set against a charge ("troops responded promptly" to
        # a raid is no word on who fired first; "did not respond to a request" none)
        return (
            (_military_people(subj) or subj.lower_ in SIDE_PRONOUNS)
            and all(_frame(o)[0] == "attack" for o in pobjs(pred, ("to",)))
            and any(
                (c.dep_ == "advmod" and c.lower_ == "only") or c.dep_ in ("advcl", "xcomp")
                for c in pred.children
            )
        )
    if lemma not in FIRING_LEMMAS or (
        lemma == "open" and not any(c.dep_ == "dobj" and c.lower_ == "fire" for c in pred.children)
    ):
        return False
    if any(o.lemma_.lower() in ANSWER_NOUNS for o in pobjs(pred, ("in",))):
        return True  # "fired in self-defence"
    # "opened fire only after the post came under fire": the other side first (a
    # prepositional "only after coming under fire" is _only_at's)
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ == "after" for m in c.children)
        and any(t.lower_ == "only" for t in (*pred.children, *c.children))
        for c in pred.children
    )


def _frame_of(pred: Token) -> tuple[str, str]:
    """``_frame`` without the memo."""
    fr = frames()
    lemma = pred.lemma_.lower()
    if lemma in ANSWERING_LEMMAS | FIRING_LEMMAS and _answer_to_fire(pred):
        return "attack", "negative"  # "our troops only responded": did not fire first
    if lemma in CIVILIANS_LEAVING_LEMMAS and any(
        c.dep_ == "nsubj" and (c.lemma_.lower() in CIVILIAN_PEOPLE or _one_person(c))
        for c in pred.children
    ):
        # "civilians were leaving the town": people fleeing, no side giving ground
        return f"pred:{lemma}", "positive"
    if lemma in LEAVING_LEMMAS and any(
        c.dep_ in ("oprd", "acomp") and c.pos_ == "ADJ" for c in pred.children
    ):
        # "that left the town almost empty of troops": a state brought about, nobody
        # leaving it
        return f"pred:{lemma}", "positive"
    if lemma in TRADED_NOUNS and any(
        fr.get(g.lemma_.lower(), ("",))[0] == "attack" for g in pobjs(pred, ("of",))
    ):
        return "attack", "positive"  # "the exchange of fire", "an exchange of shells"
    if lemma in BLAMED_EVENT_NOUNS and pred.dep_ == "pobj" and pred.head.lower_ == "for":
        return "attack", "positive"  # "blamed Israel for the explosion at the hospital"
    if _under_attack(pred):
        return "attack", "positive"  # "a patrol came under fire from the front"
    if _fired_from(pred) is not None:
        return "attack", "positive"  # "the shot came from the Belarusian side"
    if _blame_bearer(pred) is not None:
        return "attack", "positive"  # "Minsk bore full responsibility": for the deed
    if _steered_at_vessel(pred):
        return "attack", "positive"  # "cut across its bow": the collision was its doing
    if _needed_troops(pred) is not None:
        return "deployment", "positive"  # "had no need of foreign soldiers"
    if _base_in_the_making(pred):
        return "military_use", "positive"  # "no plans to build a military base there"
    if _state_base(pred):
        # "Ream will never be a base for any foreign country", "China has no military
        # base in Cambodia": what the site is, a state's base (not a haven of attackers)
        return "military_use", "positive"
    if _attackers_origin(pred) is not None:
        return "sanctuary", "positive"  # "the attackers came from across the border"
    if _lets_soil_be_used(pred):
        return "sanctuary", "positive"  # "allowed rebels to attack from its soil"
    if lemma in FREEING_LEMMAS and _place_freed(pred):
        return "control", "positive"  # "the town had been freed": retaken, no captives
    if lemma in STANDING_BY_LEMMAS and any(
        o.lemma_.lower() in TALLY_NOUNS for o in pobjs(pred, ("by", "to"))
    ):
        return "casualties", "positive"  # "the army stood by its count of three killed"
    if _found_camp(pred):
        return "military_use", "positive"  # "found no evidence of a military camp"
    if _seen_none_of_war(pred):
        return "military_use", "positive"  # "images show no military structures there"
    if _claims_responsibility(pred) and not any(
        c.dep_ == "prep" and c.lower_ not in OUTLET_PREPS for c in pred.children
    ):
        return "attack", "positive"  # "the TTP claimed responsibility": for the attack
    if (
        lemma == "fire"
        and pred.pos_ == "NOUN"
        and pred.dep_ == "attr"
        and any(c.dep_ == "expl" for c in pred.head.children)
    ):
        return "pred:fire", "positive"  # "there was no fire on board": flames, no attack
    if lemma in FAILING_LEMMAS and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in TRUCE_WORDS for c in pred.children
    ):
        return "agreement", "negative"  # "the November ceasefire had collapsed"
    if _drove_out(pred):
        return "control", "negative"  # "the soldiers drove out of Hsipaw": they left
    if _left_a_domain(pred):
        # "the boats had never left Honduran waters": (negated) no crossing out of them
        return "incursion", "positive"
    if _kept_to_a_side(pred):
        # "its troops had stayed on the Israeli side": they did not cross the line
        return "incursion", "negative"
    if lemma in ("remain", "stay") and any(
        c.dep_ in ("acomp", "oprd") and c.lemma_.lower() in COMMITMENT_WORDS for c in pred.children
    ):
        return f"pred:{lemma}", "positive"  # "remained committed to the ceasefire"
    if lemma in ("remain", "stay") and any(
        c.dep_ in ("acomp", "oprd", "xcomp") and fr.get(c.lemma_.lower(), ("",))[0] == "deployment"
        for c in pred.children
    ):
        # "Israeli troops remain deployed at five positions": still there, a deployment
        # (not a hold on ground the troops took)
        return "deployment", "positive"
    if _troops_seen(pred) is not None:
        return "deployment", "positive"  # "had observed Israeli soldiers north of the line"
    if lemma == "lose" and not any(c.dep_ == "agent" for c in pred.children):
        lost = _child(pred, ("nsubjpass",))
        if lost is not None and (
            lost.lemma_.lower() in GROUND_NOUNS or (lost.pos_ == "PROPN" and _toponym(lost))
        ):
            return "control", "positive"  # "the town had been lost": it fell
    if pred.pos_ == "VERB" and any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(g.dep_ == "pobj" and g.lemma_.lower() == "death" for g in c.children)
        for c in pred.children
    ):
        return "casualties", "positive"  # "was beaten to death", "stabbed to death"
    if _changes_status_quo(pred) or (
        lemma in ("try", "attempt", "seek")
        and any(c.dep_ == "xcomp" and _changes_status_quo(c) for c in pred.children)
    ):
        # "the other side unilaterally tried to change the status quo on the ground": on a
        # contested line, moving across it
        return "incursion", "positive"
    if _operating_somewhere(pred):
        # "the Tanzanian troops were carrying out joint operations in the reserve": troops
        # at work there, against no one named (a deployment, not an attack)
        return "deployment", "positive"
    if _troops_set_up_camp(pred):
        return "deployment", "positive"  # "Chinese troops have set up a camp near Boten"
    if lemma in STEPPING_LEMMAS and any(
        g.lemma_.lower() in STEPPED_ON_NOUNS for g in pobjs(pred, ("into", "onto", "on"))
    ):
        # "did not step into anyone else's territory", "had crossed onto Tajik land"
        return "incursion", "positive"
    if _arms_taken_or_found(pred):
        # "captured armoured vehicles and weapons", "not one rifle was taken", "troops
        # recovered two rifles", "they had no guns": arms taken or found, one claim
        # whatever the verb (no ground changes hands)
        return "arms", "positive"
    if _arms_received_from(pred):
        # "had received not a single bullet from Eritrea": whoever sent them supplied it
        return "supply", "positive"
    if lemma == "arm" and _armed_by(pred):
        return "supply", "positive"  # "Eritrea armed the militiamen", "armed by Eritrea"
    if _the_wounded_in_care(pred):
        return "casualties", "positive"  # "four sailors remain in hospital"
    if _declared_dead(pred):
        return "casualties", "positive"  # "52 people have been confirmed dead"
    if _counted_people_buried(pred) or _toll_stays(pred):
        return "casualties", "positive"  # "had buried twelve of our own", "the toll remained seven"
    if _the_dead_identified(pred):
        # "the dead were identified as members of the rebel group": who the dead were
        return "casualties", "positive"
    if _aircraft_lost_or_damaged(pred):
        return "attack", "positive"  # "no aircraft were lost", "no aircraft were damaged"
    if _captives_treated_or_lost(pred):
        return "captives", "positive"  # "the captured soldiers would be treated well"
    if _toll_called_false(pred):
        return "casualties", "positive"  # "nine dead is a lie": the toll, answered
    if _toll_figure_answered(pred):
        # "the figure of 40 is invented": the frame of the claim that gave the figure
        # ("killed 40 fighters"; "holding 143 soldiers" is a count of captives), else a
        # toll, the figure most often answered
        return _figure_given(pred) or ("casualties", "positive")
    if _the_dead_named(pred):
        return "casualties", "positive"  # "we have the names of 41 people"
    shown = _people_shown_done_to(pred)
    if shown is not None:
        return shown, "positive"  # "a video showed eight soldiers captured in the raid"
    if lemma == "lose" and any(c.dep_ == "dobj" and c.like_num for c in pred.children):
        return "casualties", "positive"  # "the group had lost only three": its own dead
    for c in pred.children:
        if c.dep_ in ("dobj", "attr", "oprd", "pobj", "nsubjpass", "prt", "advmod", "prep"):
            key = f"{lemma}+{c.lemma_.lower()}"
            if key in fr:
                return fr[key]
        if c.dep_ in ("ccomp", "xcomp") and lemma in ("have", "keep"):
            # "has no soldier engaged in combat", parsed as a clause: the soldier had
            for g in c.children:
                if g.dep_ == "nsubj" and f"{lemma}+{g.lemma_.lower()}" in fr:
                    return fr[f"{lemma}+{g.lemma_.lower()}"]
    if lemma == "be" and any(
        c.dep_ == "attr" and c.lemma_.lower() in CAPTIVE_STATES for c in pred.children
    ):
        return "captives", "positive"  # "the soldiers are not anyone's hostages"
    if lemma in ("be", "remain", "miss") and _custody(pred) is not None:
        return "captives", "positive"  # "the men were in their custody"
    if lemma in SURRENDERING_LEMMAS and _people_gave_up(pred):
        return "captives", "positive"  # "not one of our soldiers has surrendered"
    if lemma in CAPTURING_LEMMAS and any(
        c.lemma_.lower() in CAPTIVE_STATES
        and c.dep_ in ("oprd", "ccomp", "xcomp", "dobj", "advmod")
        for c in pred.children
    ):
        return "captives", "positive"  # "have taken 11 people hostage" (however parsed)
    if lemma in CAPTURING_LEMMAS:
        taken = _child(pred, ("dobj", "nsubjpass"))
        if taken is None and pred.dep_ in ("acl", "amod"):
            taken = pred.head  # "eight soldiers captured in the raid", "captured soldiers"
        if taken is None and pred.pos_ == "NOUN":
            taken = next(iter(pobjs(pred, ("of",))), None)  # "the capture of 22 soldiers"
        if taken is not None and taken.tag_ in ("WP", "WDT") and pred.dep_ == "relcl":
            taken = pred.head  # "a farmer who had been seized on the government side"
        if taken is None and pred.dep_ == "conj" and pred.head.lemma_.lower() in CAPTURING_LEMMAS:
            # "I was arrested by police and held for a week": the second verb shares
            # the first one's captive
            taken = _child(pred.head, ("dobj", "nsubjpass"))
        if (
            taken is not None
            # ("seized three fishing boats and 14 fishermen": people among what was taken)
            and (
                _names_people(taken)
                or any(_names_people(t) for t in taken.conjuncts)
                # ("we held them so that they would answer": people kept, not ground)
                or (
                    lemma in HOLDING_PEOPLE_LEMMAS
                    and taken.lower_ == "them"
                    and taken.dep_ == "dobj"
                )
            )
            and not _to_care(pred)
        ):
            return "captives", "positive"  # "captured four of them", "no soldier was seized"
    if lemma == "return" and any(c.dep_ == "dobj" and c.lower_ == "fire" for c in pred.children):
        if any(c.dep_ == "neg" for c in pred.children):
            # "Our border guards did not return fire": they did not fire at all, a
            # denial of their side's shooting
            return "attack", "positive"
        # "Thai troops had returned fire": they answered an attack, they did not start
        # one (which side fired first is the other side's deed, not theirs)
        return "pred:return_fire", "positive"
    deed = _involved_in(pred)
    if deed is not None:
        # "had taken part in the raid", "have nothing to do with this attack", "was
        # behind the attack": a claim of who did the deed
        frame = _frame(deed)[0]
        return (frame if frame in DEED_FRAMES else "attack"), "positive"
    if lemma == "take":
        # ("Pokrovsk has not been taken": what was taken is the passive subject)
        obj = _child(pred, ("dobj",)) or _child(pred, ("nsubjpass",))
        if (
            obj is not None
            and obj.lower_ == "part"
            and not any(
                c.dep_ in ("det", "amod", "prep") and c.lower_ != "in" for c in obj.children
            )
        ):
            return "pred:participate", "positive"  # "had taken part in the raid"
        if obj is not None and (
            obj.lemma_.lower() in GROUND_NOUNS
            or (obj.pos_ == "PROPN" and (obj.ent_type_ not in NOT_GROUND_ENTS or _toponym(obj)))
        ):
            return "control", "positive"  # "had taken Lascahobas", "took the airport"
    if lemma in LEAVING_LEMMAS:
        obj = _child(pred, ("dobj",))
        if (
            obj is not None
            and obj.pos_ == "PROPN"
            # ("it had left Kufra": a town the tagger took for an organisation)
            and (obj.ent_type_ not in ("ORG", "NORP") or _toponym(obj))
        ):
            return "control", "negative"  # "had left Lascahobas"
        if (
            obj is None
            and lemma == "leave"
            and not any(c.dep_ in ("prt", "prep", "nsubjpass") for c in pred.children)
            and any(
                c.dep_ == "nsubj" and (c.lower_ == "we" or c.lemma_.lower() in TROOP_WORDS)
                for c in pred.children
            )
        ):
            # '"We left when we chose to," the rebels' spokesman said': fighters who
            # left, with no place named, left the town the story is about
            return "control", "negative"
    if lemma == "be" and any(
        c.dep_ in ("attr", "acomp") and c.lower_ == "ours" for c in pred.children
    ):
        return "control", "positive"  # "the island is ours"
    if lemma == "be":
        subj = _child(pred, ("nsubj",))
        if subj is not None and subj.dep_ == "nsubj" and subj.lower_ == "there":
            subj = None
        if subj is None and any(c.dep_ == "expl" for c in pred.children):
            subj = _child(pred, ("attr",))  # "there is not a single Shabaab fighter in X"
        if subj is not None and _alibi(pred, subj):
            return "attack", "positive"  # "our forces were not even in range of that market"
        if (
            subj is not None
            # ('there were "no foreign boots" in Niassa': boots are soldiers; "a team of
            # PLA personnel was in Laos": a team of troops is troops)
            and (subj.lemma_.lower() == "boot" or _military_people(subj))
            and any(
                c.dep_ == "prep"
                and (
                    c.lower_ in ("in", "inside", "at")
                    # "no units are on Russian territory", "on Ukrainian soil", "military
                    # personnel were on the ground"
                    or (c.lower_ == "on" and any(_stood_on(g) for g in c.children))
                )
                and not any(
                    g.lemma_.lower() in {"control", "charge", "hand"} | STATE_NOUNS
                    for g in c.children
                )
                # ("no foreign troops anywhere in Laos": the place hangs off "anywhere")
                for c in (
                    *pred.children,
                    *subj.children,
                    *_advmod_children(pred),
                    *_present_children(pred),
                )
            )
        ):
            return "deployment", "positive"  # "North Korean troops were in Russia"
    if (
        lemma in MOVING_LEMMAS
        and _moves_people(pred)
        and any(c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "home") for c in pred.children)
        and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in TROOP_WORDS | UNIT_WORDS
            for c in pred.children
        )
    ):
        return "exchange", "positive"  # "no soldier brought them back": a rescue
    if lemma in MOVING_LEMMAS and _arms_moved_into_a_site(pred):
        # "rebel units had moved heavy weapons into a monastery compound": the site
        # was put to military use (not a deployment of the units)
        return "military_use", "positive"
    if lemma in MOVING_LEMMAS | {"withdraw", "pull"} and _to_better_ground(pred):
        return "control", "negative"  # "units were moved to more advantageous positions"
    if (
        lemma in MOVING_LEMMAS
        and any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj")
            # ("sixty military instructors arrived in X": military staff, as troops)
            and (c.lemma_.lower() in TROOP_WORDS | UNIT_WORDS or _military_people(c))
            for c in pred.children
        )
        and not _moves_people(pred)
    ):
        return "deployment", "positive"  # "had flown 500 soldiers into", "troops arrived in"
    if (
        lemma in COUNTING_LEMMAS
        # ('the team numbered "fewer than 100"': a team sent, counted)
        and any(
            c.dep_ == "nsubj" and (_military_people(c) or c.lemma_.lower() in TEAM_WORDS)
            for c in pred.children
        )
        and any(
            c.dep_ in ("dobj", "attr", "npadvmod", "advmod", "oprd", "acomp")
            and any(t.like_num for t in c.subtree)
            for c in pred.children
        )
    ):
        # "the instructors numbered about sixty", "the troops totalled 3,000": a count
        # of troops sent is a claim of their deployment
        return "deployment", "positive"
    if (
        lemma in PRESENT_AT_WORK_LEMMAS | ASSIGNED_LEMMAS
        and any(c.dep_ in ("nsubj", "nsubjpass") and _military_people(c) for c in pred.children)
        and any(
            c.dep_ == "prep"
            and (
                c.lower_ in ("in", "inside", "at")
                or (c.lower_ == "to" and lemma in ASSIGNED_LEMMAS)
                # ("Turkish personnel were operating from the base": where they work)
                or (c.lower_ == "from" and lemma in PRESENT_AT_WORK_LEMMAS)
            )
            for c in _work_place_children(pred)
        )
    ):
        # "any foreign troops were operating in Niassa", "its soldiers had been operating
        # inside Mozambique's Niassa province", "instructors are working in X": troops
        # at work somewhere are there
        return "deployment", "positive"
    if any(
        c.dep_ in ("dobj", "attr")
        and c.lemma_.lower() in GIVING_WAY_NOUNS
        and any(a.lower_ == "tactical" for a in c.children)
        for c in (pred, *pred.children, *_then_did(pred))
    ):
        return "control", "negative"  # "carried out a tactical redeployment": gave way
    if lemma == "come" and _came_into_domain(pred):
        return "incursion", "positive"  # "the boat came into our waters"
    if lemma in CROSSING_LEMMAS and _into_a_state(pred):
        return "incursion", "positive"  # "entered Lebanon", "advanced into its territory"
    if lemma == "be" and _attackers_named(pred) is not None:
        return "attack", "positive"  # "These were CODECO assailants", "the attackers were X"
    if lemma in BODY_COUNT_LEMMAS and any(
        c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() == "body" for c in pred.children
    ):
        return "casualties", "positive"  # "41 bodies had been counted", "recovered 12 bodies"
    if lemma == "fall" and _fell_in_battle(pred):
        return "casualties", "positive"  # "three soldiers fell in battle": were killed
    if (
        lemma == "be"
        and (count := _child(pred, ("nsubj",))) is not None
        and count.lemma_.lower() in COUNT_NOUNS
        and any(
            t.like_num or t.lemma_.lower() in ("dozen", "hundred", "dozens", "hundreds")
            for c in pred.children
            if c.dep_ in ("attr", "acomp")
            for t in c.subtree
        )
    ):
        return "casualties", "positive"  # "its own count was at least 31 dead"
    if (
        pred.pos_ == "NOUN"
        and lemma in COUNT_NOUNS
        and any(
            fr.get(w.lemma_.lower(), ("",))[0] == "casualties"
            for o in pobjs(pred, ("of",))
            for w in (o, *o.children)
        )
    ):
        return "casualties", "positive"  # "raised the number of soldiers killed to 23"
    if lemma in BEING_THERE_LEMMAS | MOVING_LEMMAS and _there_at_invitation(pred):
        # "the instructors had come at the invitation of his government": sent people
        # there at a host's asking, a deployment owned
        return "deployment", "positive"
    if lemma in CHANGING_LEMMAS and _is_negated(pred) and _troop_estimate(pred) is not None:
        # "its estimate of about 300 soldiers had not changed": the count stood by (a
        # change would be a step back from it)
        return "deployment", "negative"
    if lemma == "be" and _only_civilians_present(pred):
        # "only Lao police and railway staff were in the town": no troops were there
        return "deployment", "negative"
    if lemma == "be" and _only_civilians_there(pred):
        # "the only Chinese nationals at the wharf were employees of the firm": no
        # troops were there
        return "deployment", "negative"
    if lemma == "be" and _armed_men_there(pred):
        return "military_use", "positive"  # "militants were present at the site"
    missing = _missing_people(pred) if lemma in ("be", "find") else None
    if missing is not None:
        return MISSING_FRAME, missing  # "four soldiers were missing"; "found alive"
    if lemma == "be" and _said_alive(pred):
        # "Wazir was alive", in a story of his killing: his death, denied
        return "casualties", "negative"
    if lemma == "be" and _who_the_dead_were(pred) is not None:
        # "the victims were herders", "everyone who died there was a combatant": who
        # the dead were, a claim on the toll of that kind of victim (not on the site)
        return "casualties", "positive"
    if lemma in BELONG_LEMMAS and _dead_belonged(pred):
        return "casualties", "positive"  # "the men belonged to the gang": who died
    if lemma == "be" and _no_fighters_present(pred):
        return "casualties", "positive"  # "no fighters were present": none among the dead
    if lemma == "be" and _no_civilians_there(pred):
        return "casualties", "positive"  # "no civilians were present": none were hurt
    if pred.pos_ == "NOUN" and lemma in STORE_NOUNS and _stores_arms(pred):
        return "military_use", "positive"  # "a weapons and explosives depot"
    if pred.pos_ == "NOUN" and pred.dep_ == "dobj" and _military_site(pred):
        return "military_use", "positive"  # "struck a command post"
    if lemma == "be" and any(
        t.lemma_.lower() in STORE_NOUNS and _stores_arms(t)
        for c in pred.children
        if c.dep_ == "attr"
        for t in c.lefts
    ):
        return "military_use", "positive"  # "was an explosives depot run by", misparsed
    if _under_authority(pred):
        return "control", "positive"  # "the town is under the full authority of the state"
    if _armed_men_inside(pred):
        return "control", "positive"  # "the jihadists are inside Goundam": they hold it
    target = _target_was(pred) if lemma == "be" else None
    if target is not None:
        # "the target was a training site": what the struck site was (a civilian one,
        # "the target was a school", is a denial of its military use)
        civilian = target.lemma_.lower() in CIVILIAN_SITE_NOUNS
        return "military_use", ("negative" if civilian else "positive")
    if lemma == "be" and _no_site_of_war(pred):
        # "there is no Chinese post at X", "there is no factory in Saada, only
        # classrooms": the site the other side named as military, denied
        return "military_use", "positive"
    use = _use_class(pred)
    if use is not None:
        # "the trucks were carrying weapons" / "carried only food aid": whether a
        # target was military, asserted or denied
        return "military_use", ("positive" if use[0] == "military" else "negative")
    if pred.pos_ == "NOUN" and lemma in VERB_ONLY_FRAMES:
        return f"pred:{lemma}", "positive"  # "left their station to us": a building
    # participles the lemmatizer leaves alone ("regenerated" as an adjective)
    for form in (
        lemma,
        lemma[:-1] if lemma.endswith("ed") else "",
        lemma[:-2] if lemma.endswith("ed") else "",
    ):
        if form in fr:
            return fr[form]
    if pred.pos_ == "NOUN":
        # "the end of hostilities", "defeat of the enemy"
        return fr.get(lemma, (f"pred:{lemma}", "positive"))
    return f"pred:{lemma}", "positive"


def _people_shown_done_to(pred: Token) -> str | None:
    """ "a video showed eight soldiers captured in the raid": the frame of what was done
    to the people shown or seen, if captives or casualties."""
    if pred.lemma_.lower() not in SEEING_LEMMAS:
        return None
    obj = _child(pred, ("dobj",))
    if obj is None or not _names_people(obj):
        return None
    for c in obj.children:
        if c.dep_ == "acl" and c.pos_ == "VERB":
            frame = _frame(c)[0]
            if frame in SHOWN_DEED_FRAMES:
                return frame
    return None


def _figure_given(pred: Token) -> tuple[str, str] | None:
    """The frame of another mention of the figure ``pred`` in the text ("killed 40
    KNDF fighters" for "the figure of 40"), if one names a known frame."""
    for t in pred.doc:
        if t.i == pred.i or not t.like_num or t.text != pred.text:
            continue
        up = t
        for _ in range(FIGURE_CLIMB):
            if up.head.i == up.i:
                break
            up = up.head
            found = _frame(up)
            if not found[0].startswith("pred:"):
                return found
    return None


def _attackers_named(pred: Token) -> Token | None:
    """Who "be" says the attackers were: "These were CODECO assailants" -> the
    assailants (named by their modifier), "The attackers were Hamas militants" -> the
    militants."""
    subj = _child(pred, ("nsubj",))
    attr = _child(pred, ("attr",))
    if subj is None or attr is None:
        return None
    if attr.lemma_.lower() in ATTACKER_NOUNS and any(
        c.dep_ in ("compound", "amod") and c.pos_ in ("PROPN", "ADJ") for c in attr.children
    ):
        return attr
    if subj.lemma_.lower() in ATTACKER_NOUNS and attr.pos_ in ("PROPN", "NOUN"):
        return attr
    return None


def _involved_in(pred: Token) -> Token | None:
    """The deed a verb of involvement says its subject had a share in: "took part in
    the raid", "had no operational role in the raid", "have nothing to do with this
    attack", "was behind the attack", "was involved in the shelling"."""
    lemma = pred.lemma_.lower()
    heads: list[Token] = []
    if lemma in SPONSOR_LEMMAS:
        # "had neither organised nor supported the attack": the object they share
        for v in (pred, *pred.conjuncts):
            # ("the violence had been ordered by jailed members of Los Lobos")
            deed = _child(v, ("dobj",)) or _child(v, ("nsubjpass",))
            if deed is not None and (
                _frame(deed)[0] in DEED_FRAMES or deed.lemma_.lower() in DEED_NOUNS
            ):
                return deed
        return None
    if lemma in ("take", "have", "play"):
        heads = [c for c in pred.children if c.dep_ == "dobj" and c.lemma_.lower() in SHARE_NOUNS]
        heads += [g for h in list(heads) for g in h.children if g.dep_ == "relcl"]  # "to do"
        if heads:
            heads.append(pred)  # "had taken part in the raid", "in" hung on the verb
    elif lemma in ("participate", "involve", "be"):
        heads = [pred]
    for h in heads:
        for c in h.children:
            if c.dep_ != "prep" or c.lower_ not in ("in", "with", "behind"):
                continue
            if lemma == "be" and c.lower_ != "behind":
                continue
            deed = _child(c, ("pobj",))
            if deed is not None and (
                _frame(deed)[0] in DEED_FRAMES or deed.lemma_.lower() in DEED_NOUNS
            ):
                return deed
    return None


def _then_did(pred: Token) -> list[Token]:
    """What a side did before or after the predicate ("fought heroically before carrying
    out a tactical redeployment"): the objects of that deed."""
    return [
        o
        for p in pred.children
        if p.dep_ == "prep" and p.lower_ in ("before", "after")
        for v in p.children
        if v.dep_ == "pcomp"
        for o in v.children
        if o.dep_ == "dobj"
    ]


def _changes_status_quo(pred: Token) -> bool:
    """ "changed the status quo", "alter the status quo" (said of a side's troops on a
    contested line)."""
    return pred.lemma_.lower() in ("change", "alter", "upset") and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lower_ == "quo" for c in pred.children
    )


def _under_attack(pred: Token) -> bool:
    """ "came under fire from X", "had come under attack from X" (with no attacker
    named, who fired is the open question, not a claim)."""
    if pred.lemma_.lower() != "come":
        return False
    preps = [c for c in pred.children if c.dep_ == "prep"]
    return any(
        c.lower_ == "under" and any(g.lemma_.lower() in UNDER_ATTACK_NOUNS for g in c.children)
        for c in preps
    ) and any(c.lower_ == "from" for c in preps)


def _others_kept_uninformed(pred: Token) -> bool:
    """ "relatives had not been told where the men were held": others (named by a
    noun) were kept from knowing, which the speaker states as a fact; unlike "we were
    not told" or "could not determine", no want of knowledge of the speaker's own."""
    return pred.lemma_.lower() == "tell" and any(
        c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PROPN") for c in pred.children
    )


def _hung_share_prep(noun: Token) -> Token | None:
    """ "denied any role in the ambush": the parser may hang the share's "in" on the
    denying verb, right after the noun; that phrase is the noun's all the same."""
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.lemma_.lower() not in SHARE_NOUNS:
        return None
    return next(
        (
            c
            for c in noun.head.children
            if c.dep_ == "prep" and c.lower_ in ("in", "for") and c.i == noun.right_edge.i + 1
        ),
        None,
    )


def _bare_share(noun: Token) -> bool:
    """ "denied any involvement", "rejected responsibility": a share in a deed the noun
    does not name ("involvement in the attack" names it), the object of a verb of
    denying, which answers the charge before."""
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ == "dobj"
        and cue_stances().get(noun.head.lemma_.lower()) == "denies"
        and noun.lemma_.lower() in SHARE_NOUNS - {"nothing", "part"}
        and not any(c.dep_ == "prep" and c.lower_ in ("in", "for", "with") for c in noun.children)
        and _hung_share_prep(noun) is None
    )


def _no_share(pred: Token) -> bool:
    """ "had nothing to do with", "had no role in": the share is denied."""
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in SHARE_NOUNS
        and (c.lower_ == "nothing" or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))
        for c in pred.children
    )


def _held_words(pred: Token) -> list[Token]:
    """What a use verb says the target held or was: its objects and their conjuncts
    and modifiers, "nothing but X", "belonged to X", and the object of a verb it
    governs ("used by Hezbollah to store weapons")."""
    out: list[Token] = []
    heads = [c for c in pred.children if c.dep_ in ("dobj", "attr", "oprd")]
    if pred.lemma_.lower() in ("store", "hide", "keep", "stockpile", "house"):
        # "ammunition had been stored inside": what was stored
        heads += [c for c in pred.children if c.dep_ == "nsubjpass"]
    heads += [
        g
        for c in pred.children
        if c.dep_ == "prep" and c.lower_ in ("to", "but")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if pred.lemma_.lower() == "use":
        # "was used by a local workers' cooperative": who used it
        heads += [
            g for c in pred.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
        ]
        # "the site was used for military purposes": what it was used for
        heads += pobjs(pred, USED_FOR_PREPS)
    heads += [
        g
        for c in pred.children
        if c.dep_ == "xcomp"
        for g in c.children
        if g.dep_ in ("dobj", "attr")
    ]
    for h in heads:
        if not _frame(h)[0].startswith("pred:"):
            continue  # "a terrorist attack": a deed, not what a target held
        for t in (h, *h.conjuncts):
            out.append(t)
            out.extend(c for c in t.children if c.dep_ in ("amod", "compound", "poss"))
            out.extend(pobjs(t, ("of",)))  # "40 barrels of diesel"
            out.extend(
                g
                for c in t.children
                if c.dep_ == "prep" and c.lower_ == "but"
                for g in c.children
                if g.dep_ == "pobj"
            )
    return out


def _use_class(pred: Token) -> tuple[str, Token] | None:
    """("military"|"civilian", the word) for a claim of what a target held or was."""
    lemma = pred.lemma_.lower()
    if lemma not in USE_LEMMAS:
        return None
    subj = _child(pred, ("nsubj", "nsubjpass"))
    if lemma == "use" and (subj is None or subj.dep_ != "nsubjpass"):
        return None  # "the houses were used to store weapons", not "Russia used drones"
    if (
        lemma == "be"
        and subj is not None
        and any(t.lemma_.lower() in VICTIM_WORDS for t in subj.subtree)
    ):
        return None  # "most of the dead were women": who was killed, not what was hit
    held = _held_words(pred)
    # "members of a gang, not fishermen": the word set against what they were, negated,
    # says the other kind; it is not what they were
    contrast = [a for t in held for a in (t, *t.children) if _set_against(a)]
    words = [t for t in held if t not in contrast]
    military = MILITARY_USE_WORDS if lemma == "be" else MILITARY_USE_WORDS | SMALL_ARMS_WORDS
    kinds: tuple[tuple[str, frozenset[str]], ...] = (
        ("military", military),
        ("civilian", CIVILIAN_USE_WORDS),
    )
    if lemma in ("hold", "keep"):
        # "held 20 residents" is people taken, not a civilian site; "held diesel" is
        kinds = (kinds[0], ("civilian", CIVILIAN_GOODS))
    for kind, lexicon in kinds:
        for t in words:
            if t.lemma_.lower() in lexicon or t.lower_ in lexicon:
                return kind, t
    for t in words:
        if _armed_camp(t):
            return "military", t  # "the site was a FLEC camp"
    if lemma == "be":
        for t in contrast:
            if t.lemma_.lower() in CIVILIAN_USE_WORDS or t.lower_ in CIVILIAN_USE_WORDS:
                return "military", t
            if t.lemma_.lower() in MILITARY_USE_WORDS or t.lower_ in MILITARY_USE_WORDS:
                return "civilian", t
    return None


def _denied_use(pred: Token) -> bool:
    """ "carried no weapons", "not to the resistance": the held word is negated (not by
    the "not" of a contrast after it: "fishermen, not fighters")."""
    use = _use_class(pred)
    if use is None:
        return False
    t = use[1]
    against = [a.i for a in t.children if _set_against(a)]
    return any(
        c.dep_ in ("det", "neg") and c.lower_ in ("no", "not") and not any(c.i < i for i in against)
        for c in t.children
    ) or (t.head.dep_ == "prep" and any(c.dep_ == "neg" for c in t.head.children))


def _held_responsible(pred: Token) -> tuple[Token, Token] | None:
    """ "held Iran responsible for the attack": Iran, and the deed."""
    if pred.lemma_.lower() != "hold":
        return None
    who = _child(pred, ("dobj",))
    if who is None or who.lemma_.lower() in HELD_EVENT_NOUNS:
        return None  # "held talks with officials responsible for ..."
    blame = next(
        (
            t
            for t in (*pred.children, *who.children)
            if t.dep_ in ("oprd", "acomp", "amod", "xcomp", "ccomp")
            and t.lemma_.lower() in ("responsible", "accountable")
        ),
        None,
    )
    if blame is None:
        return None
    deed = next((g for g in pobjs(blame, ("for",)) if not _frame(g)[0].startswith("pred:")), None)
    if deed is None:
        deed = next(
            (
                g
                for c in blame.children
                if c.dep_ == "prep" and c.lower_ == "for"
                for g in c.children
                if g.dep_ == "pcomp" and g.pos_ == "VERB"
            ),
            None,
        )
    return (who, deed) if deed is not None else None


def _accused_of(pred: Token) -> tuple[Token, Token] | None:
    """'(accused) X of doing Y' as content: X and the verb of Y; "held X responsible for
    Y" likewise."""
    if (held := _held_responsible(pred)) is not None:
        return held
    if pred.pos_ not in ("NOUN", "PROPN", "PRON") and not _reciprocal(pred):
        return None
    if not _frame(pred)[0].startswith("pred:"):
        return None  # "blamed an Israeli air strike for the blast": the strike is the deed
    # "accused Ukraine of shelling": the parser may hang "of" on the verb, not on Ukraine
    preps = [*pred.children, *(pred.head.children if pred.dep_ == "dobj" else ())]
    # (or, for a gerund, anywhere in a participle describing X: "accused a militia
    # fighting alongside the army of looting the market")
    preps += [
        g
        for a in pred.children
        if a.dep_ == "acl"
        for g in a.subtree
        if g.dep_ == "prep" and any(v.tag_ == "VBG" for v in g.children)
    ]
    for c in preps:
        if c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i > pred.i:
            for g in c.children:
                # (a gerund may be parsed the preposition's object: "of spying"; "of
                # planning to retake the region" charges an aim, not a deed)
                if (
                    g.dep_ in ("pcomp", "pobj")
                    and g.pos_ == "VERB"
                    and g.lemma_.lower() not in INTENT_CUES
                ):
                    return pred, g
                if g.dep_ == "pobj" and g.pos_ == "NOUN" and not _frame(g)[0].startswith("pred:"):
                    return pred, g  # "blamed the Afghan Taliban for the attack"
    return None


def _reciprocal(t: Token) -> bool:
    """ "each other", "one another", "the other side" (see ``RECIPROCALS``)."""
    doc = t.doc
    lo, hi = subtree_range(t)
    return doc_text(doc)[lo:hi].lower() in RECIPROCALS


def _shown_by_evidence(pred: Token) -> Token | None:
    """ "geolocated footage showed that Russian forces had advanced": what the evidence
    shows is the claim (the clause), not the showing."""
    if pred.lemma_.lower() not in EVIDENCE_LEMMAS:
        return None
    subj = _child(pred, ("nsubj",))
    if subj is None or subj.lemma_.lower() not in EVIDENCE_NOUNS:
        return None
    return _child(pred, ("ccomp",))


def _framed(pred: Token) -> Token:
    """The token carrying the claim's proposition: the predicate itself when it has a
    frame; past a reporting verb ("Russia says the regenerated area") into what is
    reported; else the first token of the clause that has a frame ("our units continue
    to hold positions" -> hold)."""
    if not _frame(pred)[0].startswith("pred:"):
        return pred
    focused = _cleft_deed(pred)
    if focused is not None and not _frame(focused)[0].startswith("pred:"):
        return focused  # "it was Lithuanian guards who had opened fire": the firing
    shown = _shown_by_evidence(pred)
    if shown is not None:
        return _framed(shown)  # "geolocated footage showed that Russian forces had advanced"
    for t in pred.subtree:
        if not (t.pos_ in ("VERB", "NOUN", "AUX") or t.dep_ == "amod"):
            continue  # (only these may carry the frame: spare them the walks below)
        if t.i == pred.i or t.is_punct or _under_modifier_clause(t, pred):
            continue
        if _in_reduced_relative(t, pred):
            continue  # "the houses demolished during the operation had been used to store"
        if _in_other_clause(t, pred):
            continue  # "had been using the compound and had fired": two claims, each its own
        if t.dep_ in ("amod", "compound") and t.head.i != pred.i:
            # "returned from Ukrainian-controlled territory", "Russian occupation
            # forces had detained": a description, not what is claimed
            continue
        if t.lower_ == "fire" and t.head.lemma_.lower() == "return":
            continue  # "had returned fire": an answer to an attack, not one
        if _in_time_phrase(t, pred):
            continue  # "had left the ports since the strike": the deed dates the claim
        if t.pos_ in ("VERB", "NOUN", "AUX") and not _frame(t)[0].startswith("pred:"):
            return t  # (AUX: "reports that troops were in Russia")
        # "the regenerated area of Kursk": a participle carries the frame
        if t.dep_ == "amod" and not _frame(t)[0].startswith("pred:"):
            return t
    return pred


def _blamed_deed(doc: Doc, st: RawStatement) -> tuple[Token, Token] | None:
    """ "an attack on a camp, which the army has blamed on the group": a statement whose
    words are only the relative pronoun, on a verb laying the deed on someone; (the
    deed's noun, who it is laid on). None for any other statement."""
    start, end = st.content
    if doc_text(doc)[start:end].strip().lower() not in RELATIVE_WORDS:
        return None
    cue = doc[st.cue_token]
    if cue.lemma_.lower() not in BLAMING_ON_LEMMAS or cue.dep_ != "relcl":
        return None
    bearer = next(iter(pobjs(cue, ("on", "to"))), None)
    # (the parser may hang the relative on the last noun of the deed's phrase: "an
    # attack on a camp in Ituri province, which ...": up the "of/on/in" chain to it)
    deed = cue.head
    for _ in range(RELATIVE_CLIMB_MAX):
        if deed.pos_ == "NOUN" and frames().get(deed.lemma_.lower()) is not None:
            break
        if deed.dep_ != "pobj" or deed.head.dep_ != "prep":
            return None
        deed = deed.head.head
    else:
        return None
    if deed.pos_ != "NOUN" or bearer is None or frames().get(deed.lemma_.lower()) is None:
        return None
    return deed, bearer


def _blamed_doer(doc: Doc, st: RawStatement) -> tuple[Token, Token] | None:
    """ "He blamed 'armed herders who have been occupying our farmland'": a statement
    whose words only name whom the speaker blames (no "for"/"on" deed of their own);
    (the deed the article told last before it, the blamed). None for any other."""
    if st.cue is None:
        return None
    cue = doc[st.cue_token]
    if cue.lemma_.lower() != "blame" or cue.pos_ != "VERB":
        return None
    if any(c.dep_ in ("prep", "dative") and c.lower_ in ("for", "on") for c in cue.children):
        return None
    start, end = st.content
    bearer = next(
        (
            c
            for c in cue.children
            if c.dep_ == "dobj"
            and c.pos_ in ("NOUN", "PROPN")
            and start <= c.idx < end
            and _frame(c)[0].startswith("pred:")
        ),
        None,
    )
    if bearer is None:
        return None
    first = doc[cue.sent.start] if cue.sent.start > 0 else cue
    for t in reversed(doc[max(0, first.i - BLAMED_DEED_BACK_TOKENS) : first.i]):
        if t.pos_ == "NOUN" and _frame(t)[0] in DEED_FRAMES:
            return t, bearer
    return None
