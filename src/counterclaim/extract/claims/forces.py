"""Armed presence: troops seen, moved, hosted or needed; arms kept, found or received;
bases and military sites, and civilians-only places ("no fighters were present").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from counterclaim.actors import country_words, normalise
from counterclaim.extract.claims.model import (
    PlaceRef,
)
from counterclaim.extract.claims.syntax import (
    _child,
    _country_place,
    _is_negated,
    _names_people,
    _negative_object,
    _negative_subject,
    _toponym,
)
from counterclaim.extract.claims.words import (
    ACROSS_WORDS,
    ALIBI_NOUNS,
    ARMED_GROUP_WORDS,
    ARMOURED_NOUNS,
    ARMS_NOUNS,
    ARMS_TAKING_LEMMAS,
    ARMS_WORDS,
    ATTACK_NOUNS,
    ATTACKER_WORDS,
    BASE_MARKS,
    BEING_A_SITE_LEMMAS,
    BORDER_LINE_WORDS,
    BUILDING_LEMMAS,
    CAMP_NOUNS,
    CIVILIAN_SITE_NOUNS,
    CIVILIAN_STAFF,
    CIVILIAN_USE_WORDS,
    EVIDENCE_NOUNS,
    FIRING_POST_NOUNS,
    HAVEN_NOUNS,
    HOSTING_SITE_NOUNS,
    INVITATION_NOUNS,
    KEEPING_BY_LEMMAS,
    KEEPING_LEMMAS,
    KNOWLEDGE_NOUNS,
    LETTING_LEMMAS,
    MAKING_INTO_LEMMAS,
    MILITARY_MARKS,
    MILITARY_POST_WORDS,
    MILITARY_SITE_NOUNS,
    MILITARY_USE_WORDS,
    NEUTRAL_SITE_MARKERS,
    NON_MILITARY_PRESENT,
    ORIGIN_LEMMAS,
    ORIGIN_NOUNS,
    PLAN_NOUNS,
    PREPARED_LEMMAS,
    SEEING_LEMMAS,
    SHOT_WORDS,
    SOIL_NOUNS,
    SPECIALIST_WORDS,
    STAFF_WORDS,
    STORE_NOUNS,
    TALLY_NOUNS,
    TARGET_NOUNS,
    TARGET_SITE_NOUNS,
    TEAM_WORDS,
    TROOP_WORDS,
    UNIFORM_WORDS,
    UNIT_WORDS,
    WAR_SITE_NOUNS,
    WAR_SITES_MARKED,
)
from counterclaim.extract.context import pobjs
from counterclaim.extract.lexicon import (
    VICTIM_KINDS,
)


def _names_arms(t: Token) -> bool:
    """Whether a noun phrase (or a conjunct of it) names weapons or armoured vehicles:
    "weapons, ammunition and two pick-up trucks", "four armoured vehicles"."""
    for n in (t, *t.conjuncts):
        lemma = n.lemma_.lower()
        if lemma in ARMS_NOUNS or n.lower_ in ARMS_NOUNS:
            return True
        if lemma in ARMOURED_NOUNS and any(
            c.lower_ in ("armoured", "armored", "military") for c in n.children
        ):
            return True
        if lemma in ("one", "single") and any(_names_arms(g) for g in pobjs(n, ("of",))):
            return True  # "not one of the rifles"
    return False


def _arms_taken_or_found(pred: Token) -> bool:
    """ "captured armoured vehicles and weapons", "not one rifle was taken", "carried
    away six rifles", "recovered a homemade rifle and a pistol", "they had no guns":
    arms taken in a raid or found on men or at a site."""
    lemma = pred.lemma_.lower()
    if pred.pos_ != "VERB":
        return False
    if lemma in ARMS_TAKING_LEMMAS or (
        # "carried away six rifles", "made off with weapons"
        lemma in ("carry", "make")
        and any(c.dep_ in ("prt", "advmod") and c.lower_ in ("away", "off") for c in pred.children)
    ):
        if any(c.dep_ == "prt" and c.lower_ == "up" for c in pred.children):
            return False  # "the villagers took up arms": they began to fight
        what = _child(pred, ("dobj", "nsubjpass"))
        if what is None and lemma == "make":
            what = next(iter(pobjs(pred, ("with",))), None)
        if what is None and pred.dep_ in ("acl", "amod"):
            what = pred.head  # "the weapons seized were real"
        return (
            what is not None
            and _names_arms(what)
            # ("captured 60 soldiers and two armoured vehicles": people taken are captives)
            and not any(_names_people(t) for t in (what, *what.conjuncts))
        )
    if lemma == "have":
        # "they had no guns", "the men had weapons": of people (a truck or a building
        # that "had" weapons is a claim on what the target was)
        owner, what = _child(pred, ("nsubj",)), _child(pred, ("dobj",))
        return (
            owner is not None
            and what is not None
            and (owner.pos_ == "PRON" or _names_people(owner))
            and _names_arms(what)
        )
    if lemma == "arm":
        # "no one aboard had been armed", "the men were armed": no supplier named
        return _child(pred, ("nsubjpass",)) is not None and not _armed_by(pred)
    return False


def _troops_set_up_camp(pred: Token) -> bool:
    """ "Chinese troops have set up a camp near Boten", "soldiers established a base":
    troops living somewhere are deployed there (armed groups' camps are another matter:
    the subject must be soldiers)."""
    lemma = pred.lemma_.lower()
    if not (
        lemma == "establish"
        or (lemma == "set" and any(c.dep_ == "prt" and c.lower_ == "up" for c in pred.children))
    ):
        return False
    who, what = _child(pred, ("nsubj",)), _child(pred, ("dobj",))
    return (
        who is not None
        and what is not None
        and what.lemma_.lower() in CAMP_NOUNS
        and (who.lemma_.lower() in TROOP_WORDS | UNIT_WORDS or _military_people(who))
    )


def _arms_received_from(pred: Token) -> bool:
    """ "the group had received not a single bullet from Eritrea", "received weapons from
    foreign sponsors": arms supplied, by whoever they came from."""
    if pred.lemma_.lower() != "receive":
        return False
    what = _child(pred, ("dobj",))
    # ("not a single bullet from Eritrea": the source may hang on the arms)
    return (
        what is not None
        and _names_arms(what)
        and bool(pobjs(pred, ("from",)) or pobjs(what, ("from",)))
    )


def _armed_by(pred: Token) -> bool:
    """ "Eritrea armed the militiamen", "the militiamen were armed by Eritrea": a
    supplier of arms named (the doer, or the agent of the passive)."""
    if _child(pred, ("agent",)) is not None:
        return True
    return _child(pred, ("nsubj",)) is not None and _child(pred, ("dobj",)) is not None


def _alibi(pred: Token, subj: Token) -> bool:
    """ "Our forces were not even in range of that market", "its own fighters had not
    been in the area", "none of its fighters had been in the area": a side's own forces
    said to be nowhere near, which denies that they did the deed there."""
    troops = subj
    negated = any(c.dep_ == "neg" for c in pred.children)
    if subj.lower_ == "none":
        troops = next(iter(pobjs(subj, ("of",))), subj)
        negated = True
    if troops.lemma_.lower() not in TROOP_WORDS or not negated:
        return False
    if not any(
        c.dep_ == "poss" and c.lower_ in ("our", "its", "their", "my") for c in troops.children
    ):
        return False  # ("no foreign troops were in the area": whether any were there)
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "within", "near")
        and any(g.dep_ == "pobj" and g.lemma_.lower() in ALIBI_NOUNS for g in c.children)
        for c in pred.children
    )


def _found_camp(pred: Token) -> bool:
    """ "had found no evidence of a military camp in the area": whether a site was an
    armed camp, found or not."""
    if pred.lemma_.lower() not in ("find", "see"):
        return False
    seen = _child(pred, ("dobj",))
    if seen is None or seen.lemma_.lower() not in EVIDENCE_NOUNS:
        return False
    return any(_armed_camp(o) or _arms_kept(o) or _armed_presence(o) for o in pobjs(seen, ("of",)))


def _seen_none_of_war(pred: Token) -> bool:
    """ "witnesses had seen no weapons at the site", "satellite images show no military
    structures": a sighting of nothing of war, which says the site was of no military use
    (as "there were no weapons at the site"); the negated object denies it."""
    if pred.lemma_.lower() not in SEEING_LEMMAS:
        return False
    seen = _child(pred, ("dobj",))
    if seen is None or not _negative_object(seen):
        return False
    words = (seen, *(c for c in seen.children if c.dep_ in ("amod", "compound", "conj")))
    return any(
        w.lemma_.lower() in MILITARY_USE_WORDS or w.lower_ in MILITARY_USE_WORDS for w in words
    ) or _armed_camp(seen)


def _armed_presence(noun: Token) -> bool:
    """ "no evidence of a militant presence": armed people found at a site or not."""
    return noun.lemma_.lower() == "presence" and any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in ARMED_GROUP_WORDS | {"armed"}
        for c in noun.children
    )


def _arms_kept(noun: Token) -> bool:
    """ "weapons or fuel being stored": arms kept at a site make it of military use."""
    if noun.lemma_.lower() not in ARMS_WORDS:
        return False
    return any(c.dep_ == "acl" and c.lemma_.lower() in KEEPING_LEMMAS for c in noun.children)


def _needed_troops(pred: Token) -> Token | None:
    """ "had no need of foreign soldiers", "does not need foreign troops": a state
    saying whether it needs (others') troops, which says whether any are deployed
    there; the troops."""
    lemma = pred.lemma_.lower()
    if lemma == "need":
        troops = _child(pred, ("dobj",))
    elif lemma == "have":
        need = _child(pred, ("dobj",))
        if need is None or need.lemma_.lower() != "need":
            return None
        troops = next(iter(pobjs(need, ("of", "for"))), None)
    else:
        return None
    if troops is None or troops.lemma_.lower() not in TROOP_WORDS | UNIT_WORDS:
        return None
    return troops


def _military_people(t: Token) -> bool:
    """Whether a subject names troops or military staff: "soldiers", "instructors", "a
    team of People's Liberation Army engineers", "military engineers"."""
    lemma = t.lemma_.lower()
    if lemma in TROOP_WORDS | UNIT_WORDS | STAFF_WORDS:
        return True
    if lemma in TEAM_WORDS or lemma in ("number", "handful"):
        # ("a small number of technical staff with military status")
        return any(_military_people(o) for o in pobjs(t, ("of",)))
    if lemma == "member":
        # "30 members of the People's Liberation Army": an army's members are troops
        return any(o.lower_ in MILITARY_MARKS or _military_people(o) for o in pobjs(t, ("of",)))
    if lemma in SPECIALIST_WORDS:
        return any(
            m.lower_ in MILITARY_MARKS
            for c in t.children
            # ("technical staff with military status")
            if c.dep_ in ("compound", "amod", "nmod") or (c.dep_ == "prep" and c.lower_ == "with")
            for m in c.subtree
        )
    return False


def _operating_somewhere(pred: Token) -> bool:
    """Troops "carrying out operations" or "conducting operations" somewhere, against
    no one named ("operations against the militants" is an attack)."""
    if pred.lemma_.lower() not in ("carry", "conduct"):
        return False
    ops = _child(pred, ("dobj",))
    if ops is None or ops.lemma_.lower() != "operation":
        return False
    if not any(
        c.dep_ == "nsubj"
        # ("the Mozambican Defence Armed Forces", a name: its head word left as written)
        and (c.lemma_.lower() in TROOP_WORDS | UNIT_WORDS or c.lower_ == "forces")
        for c in pred.children
    ):
        return False
    preps = [c for t in (pred, ops) for c in t.children if c.dep_ == "prep"]
    if any(c.lower_ in ("against", "on", "targeting") for c in preps):
        return False
    return any(c.lower_ in ("in", "inside", "at", "across") for c in preps)


def _moves_people(pred: Token) -> bool:
    """ "no soldier brought them back", "troops brought the women home": troops moving
    people (a rescue, a return), not themselves going somewhere."""
    moved = _child(pred, ("dobj",))
    if moved is None or moved.lemma_.lower() in TROOP_WORDS | UNIT_WORDS:
        return False
    if moved.pos_ == "PRON":
        return not moved.lower_.endswith(("self", "selves"))  # ("moved themselves")
    return VICTIM_KINDS.get(moved.lower_) == "civilians" or moved.lemma_.lower() in (
        "hostage",
        "captive",
        "prisoner",
        "detainee",
    )


def _troops_seen(pred: Token) -> Token | None:
    """The troops "peacekeepers had observed Israeli soldiers north of the Blue Line"
    saw, when said to be somewhere; likewise the troops someone "had no information
    about" somewhere (a denial that they are there)."""
    if pred.lemma_.lower() == "have":
        known = _child(pred, ("dobj",))
        if known is None or known.lemma_.lower() not in KNOWLEDGE_NOUNS:
            return None
        seen = next(
            (
                g
                for c in known.children
                if c.dep_ == "prep" and c.lower_ in ("about", "of", "on", "regarding")
                for g in c.children
                # (the tagger leaves "servicemen" as its own lemma)
                if g.dep_ == "pobj"
                and re.sub(r"men$", "man", g.lemma_.lower())
                in TROOP_WORDS | UNIT_WORDS | STAFF_WORDS
            ),
            None,
        )
        if seen is None:
            return None
        # ("about servicemen in X": the place may hang on either noun)
        where = [c for t in (known, seen) for c in t.children if c.dep_ == "prep" and c.i > seen.i]
        return seen if where else None
    if pred.lemma_.lower() not in SEEING_LEMMAS:
        return None
    seen = _child(pred, ("dobj",))
    if seen is not None and _uniformed(seen):
        return seen  # "he had seen the uniformed men himself": soldiers there
    if seen is None or not (seen.lemma_.lower() in TROOP_WORDS or _armoured(seen)):
        return None
    where = [
        c for t in (pred, seen) for c in t.children if c.dep_ in ("prep", "advmod") and c.i > seen.i
    ]
    return seen if where else None


def _uniformed(t: Token) -> bool:
    """ "the uniformed men", "uniformed foreigners", "men in uniform": people dressed as
    soldiers, seen somewhere (a troop sighting, not a crowd)."""
    return any(c.dep_ == "amod" and c.lower_ in UNIFORM_WORDS for c in t.children) or any(
        g.lower_ in UNIFORM_WORDS for g in pobjs(t, ("in",))
    )


def _armoured(t: Token) -> bool:
    """ "Chinese armoured vehicles", "tanks": the gear of troops, seen somewhere."""
    lemma = t.lemma_.lower()
    return lemma == "tank" or (
        lemma in ARMOURED_NOUNS
        and any(c.lower_ in ("armoured", "armored", "military") for c in t.children)
    )


def _fired_from(pred: Token) -> Token | None:
    """The side a shot "came from" ("the shot came from a wooded area on the Belarusian
    side", "the shells originated from Syrian territory"): who fired it."""
    if pred.lemma_.lower() not in ("come", "originate"):
        return None
    shot = _child(pred, ("nsubj",))
    if shot is None or shot.lemma_.lower().rstrip("s") not in SHOT_WORDS:
        return None
    for line in (
        d
        for fr in pred.children
        if fr.dep_ == "prep" and fr.lower_ == "from"
        for g in fr.children
        if g.dep_ in ("prep", "pcomp") and g.lower_ in ACROSS_WORDS
        for d in g.children
        if d.dep_ == "pobj" and d.lemma_.lower() in BORDER_LINE_WORDS
    ):
        return line  # "the shot came from across the border": the other side fired it
    for origin in (
        d
        for fr in pred.children
        if fr.dep_ == "prep" and fr.lower_ == "from"
        for d in fr.children
        if d.dep_ == "pobj"
    ):
        if origin.lemma_.lower() in ORIGIN_NOUNS:
            return origin
        if origin.lemma_.lower() in FIRING_POST_NOUNS and any(
            c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")
            for c in origin.children
        ):
            return origin  # "came from a Belarusian watchtower": a post of that side
        if origin.pos_ == "PROPN" and origin.ent_type_ == "GPE":
            return origin  # "came from Belarus"
        # ("a wooded area on the Belarusian side": the side the area is on)
        for g in origin.children:
            if g.dep_ == "prep":
                for d in g.children:
                    if d.dep_ == "pobj" and d.lemma_.lower() in ORIGIN_NOUNS:
                        return d
    return None


def _attackers_origin(pred: Token) -> Token | None:
    """ "the terrorists who attacked X came from Y", "the rebels had crossed from bases
    in Y", "the attack was planned and directed from Y": where an attack was launched
    from (a claim on the country that harbours its doers); the place."""
    lemma = pred.lemma_.lower()
    if lemma == "have":
        # "it had no bases in Libya", "the rebels have bases in X": where they are based
        held = _child(pred, ("dobj",))
        if held is None or held.lemma_.lower() not in HAVEN_NOUNS - ORIGIN_NOUNS:
            return None
        owner = _child(pred, ("nsubj",))
        if not _negative_object(held) and (
            owner is None or owner.lemma_.lower() not in ATTACKER_WORDS
        ):
            return None  # ("the United States has bases in Japan": a deployment)
        where = [*pobjs(held, ("in",)), *pobjs(pred, ("in",))]
        return next((o for o in where if o.pos_ == "PROPN"), None)
    subj = _child(pred, ("nsubj", "nsubjpass"))
    if subj is None and pred.dep_ == "conj":
        subj = _child(pred.head, ("nsubj", "nsubjpass"))  # "planned and directed from"
    if subj is None:
        return None
    if lemma in ORIGIN_LEMMAS:
        if subj.lemma_.lower().rstrip("s") in SHOT_WORDS:
            return None  # "the shot came from X": who fired it (_fired_from)
        if subj.lemma_.lower() not in ATTACKER_WORDS and not any(
            c.dep_ == "relcl" and c.lemma_.lower() in ("attack", "raid", "storm")
            for c in subj.children
        ):
            return None
    elif lemma in PREPARED_LEMMAS:
        if subj.dep_ != "nsubjpass" or subj.lemma_.lower() not in ATTACK_NOUNS:
            return None
    else:
        return None
    for origin in pobjs(pred, ("from",)):
        if origin.lemma_.lower() in HAVEN_NOUNS or (
            origin.pos_ == "PROPN" and origin.ent_type_ in ("GPE", "LOC", "ORG", "")
        ):
            return origin
    return None


def _lets_soil_be_used(pred: Token) -> bool:
    """ "accused X of allowing rebels to launch their assault from its soil", "never
    allowed any armed group to use its land": a state letting fighters act from its
    ground harbours them, the same claim as "the attackers came from X"."""
    if pred.lemma_.lower() not in LETTING_LEMMAS:
        return False
    for verb in pred.children:
        if verb.dep_ not in ("xcomp", "ccomp") or verb.pos_ != "VERB":
            continue
        ground = [*(c for c in verb.children if c.dep_ == "dobj"), *pobjs(verb, ("from",))]
        if any(g.lemma_.lower() in SOIL_NOUNS for g in ground):
            return True
    return False


def _harbourer(pred: Token, places: Sequence[PlaceRef]) -> PlaceRef | None:
    """The country a letting verb's doer names ("Chad allowed ...", "accused Chad of
    allowing ..."): the sanctuary is there, not where the attack struck."""
    if pred.lemma_.lower() not in LETTING_LEMMAS:
        return None
    who = _child(pred, ("nsubj",))
    if who is None and pred.dep_ == "pcomp" and pred.head.dep_ == "prep":
        who = _child(pred.head.head, ("dobj",))  # "accused Chad of allowing"
    if who is None:
        return None
    lo, hi = who.idx, who.idx + len(who.text)
    named = next(
        (p for p in places if p.key.startswith("country:") and p.start <= lo and hi <= p.end),
        None,
    )
    iso3 = country_words().get(normalise(who.text))
    return named if named is not None or iso3 is None else _country_place(who, iso3)


def _military_site(noun: Token) -> bool:
    """ "a command post", "the barracks", "a weapons depot", "a rebel base": a target
    its striker names as military (a claim of its own, which the other side may deny)."""
    lemma = noun.lemma_.lower()
    if lemma in MILITARY_SITE_NOUNS:
        return True
    if lemma in ("post", "headquarters", "centre", "center"):
        return any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in MILITARY_POST_WORDS
            for c in noun.children
        )
    return (lemma in STORE_NOUNS and _stores_arms(noun)) or _armed_camp(noun)


def _no_site_of_war(pred: Token) -> bool:
    """ "There is no Chinese post at Bozai Gumbaz", "there is no factory in Saada, only
    classrooms", "there was no rebel camp there": an existential denying a military site
    in a place (not "there is no need", "there is no base for these claims")."""
    if not any(c.dep_ == "expl" for c in pred.children):
        return False
    site = _child(pred, ("attr",))
    if site is None or site.pos_ != "NOUN" or not _negative_subject(site):
        return False
    lemma = site.lemma_.lower()
    if lemma not in WAR_SITE_NOUNS:
        return False
    where = [
        c
        for c in (*pred.children, *site.children)
        if (c.dep_ == "prep" and c.lower_ in ("in", "at", "inside", "near"))
        or (c.dep_ == "advmod" and c.lower_ in ("there", "here"))
    ]
    if not where:
        return False
    if lemma in WAR_SITES_MARKED:
        # (a side's name or a military word: "a Taliban base", "a Chinese post", "a
        # rebel camp"; not "a refugee camp", "a UN base")
        return any(
            c.dep_ in ("compound", "amod")
            and c.lower_ not in NEUTRAL_SITE_MARKERS
            and (
                c.lemma_.lower() in MILITARY_POST_WORDS
                or c.ent_type_ in ("NORP", "GPE", "ORG")
                or (c.dep_ == "compound" and c.pos_ == "PROPN")
            )
            for c in site.children
        )
    return True


def _target_was(pred: Token) -> Token | None:
    """ "the target was a training site", "the targets were hideouts of the rebels": a
    side naming what its strike hit says what the site was (its military use); the
    noun named."""
    subj = _child(pred, ("nsubj",))
    if subj is None or subj.lemma_.lower() not in TARGET_NOUNS:
        return None
    if any(c.dep_ == "poss" for c in subj.children):
        return None  # ("our target was to stop them": an aim, not a site)
    attr = _child(pred, ("attr",))
    if attr is None or attr.lemma_.lower() not in TARGET_SITE_NOUNS | CIVILIAN_SITE_NOUNS:
        return None  # ("the target was to stop them", "a legitimate target": no site named)
    return attr


def _marked_base(noun: Token) -> bool:
    """ "a military base", "a Chinese naval base", "a base for any foreign country": a
    base named as an army's or a state's (not "a support base", "a base for talks")."""
    if noun.lemma_.lower() != "base":
        return False
    return any(
        c.dep_ in ("amod", "compound")
        and (c.lemma_.lower() in BASE_MARKS or c.ent_type_ in ("NORP", "GPE"))
        for c in noun.children
    ) or any(
        o.lemma_.lower() in ("country", "state", "power", "army", "navy")
        for o in pobjs(noun, ("for",))
    )


def _state_base(pred: Token) -> bool:
    """Whether a clause says a site is a state's base ("Ream will never be a base for
    any foreign country", "the presence does not constitute a military base") or that
    a state has one somewhere ("China has no military base in Cambodia")."""
    lemma = pred.lemma_.lower()
    if lemma in BEING_A_SITE_LEMMAS:
        return any(c.dep_ in ("attr", "dobj") and _marked_base(c) for c in pred.children)
    if lemma != "have":
        return False
    owner = _child(pred, ("nsubj",))
    return (
        owner is not None
        and owner.ent_type_ in ("GPE", "NORP")
        and any(c.dep_ == "dobj" and _marked_base(c) for c in pred.children)
    )


def _base_in_the_making(pred: Token) -> bool:
    """ "was turning Gwadar into a military base", "we have no plans to build a military
    base there": a state's base made or planned at a place (a claim on the base, as
    "China has a military base there" is)."""
    lemma = pred.lemma_.lower()
    if lemma in MAKING_INTO_LEMMAS:
        return any(_marked_base(o) for o in pobjs(pred, ("into",)))
    if lemma != "have":
        return False
    plan = _child(pred, ("dobj",))
    if plan is None or plan.lemma_.lower() not in PLAN_NOUNS:
        return False
    if any(_marked_base(o) for o in pobjs(plan, ("for",))):
        return True  # "no plans for a military base"
    return any(
        c.dep_ in ("acl", "relcl")
        and c.lemma_.lower() in BUILDING_LEMMAS
        and any(o.dep_ == "dobj" and _marked_base(o) for o in c.children)
        for c in plan.children
    )


def _arms_moved_into_a_site(pred: Token) -> bool:
    """ "had moved heavy weapons into a monastery compound": arms taken into a place."""
    obj = _child(pred, ("dobj", "nsubjpass"))
    return (
        obj is not None
        and (obj.lemma_.lower() in ARMS_WORDS or obj.lower_.rstrip("s") in ARMS_WORDS)
        and bool(pobjs(pred, ("into", "inside")))
    )


def _stores_arms(noun: Token) -> bool:
    """ "a weapons depot", "an explosives depot", "a cache of rockets"."""
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    mods += [conj for m in mods for conj in m.conjuncts]
    if noun.dep_ == "conj":
        mods += [noun.head, *noun.head.conjuncts]  # "a weapons and explosives depot", misparsed
    mods += pobjs(noun, ("of",))
    return any(m.lemma_.lower() in ARMS_WORDS or m.lower_.rstrip("s") in ARMS_WORDS for m in mods)


def _armed_camp(noun: Token) -> bool:
    """ "a FLEC camp", "a rebel base": a camp named by an organisation (or an armed
    group's word) that keeps it, which makes the site military."""
    if noun.lemma_.lower() not in CAMP_NOUNS:
        return False
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    if (
        not mods
        and noun.dep_ == "attr"
        and any(c.dep_ == "expl" for c in noun.head.children)
        and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
    ):
        return True  # "there was no camp there": said of a site struck as one
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return False  # ("the Zamzam camp": a named place, not what a site was)
    armed = MILITARY_USE_WORDS | ARMED_GROUP_WORDS
    if any(
        o.lemma_.lower() in armed
        for c in noun.children
        if c.dep_ == "acl" and c.lemma_.lower() in KEEPING_BY_LEMMAS
        for o in pobjs(c, ("by",))
    ):
        return True  # "a shelter used by Kurdish militants"
    if any(
        o.lemma_.lower() in armed or o.lower_ in armed or _group_named(o)
        for o in pobjs(noun, ("of",))
    ):
        return True  # "a camp of Lakurawa militants", "a base of the rebels"
    return any(
        c.dep_ in ("compound", "amod", "nmod")
        and (
            c.lemma_.lower() in armed
            # an armed group's acronym ("a FLEC camp") or name ("a Lakurawa staging camp")
            or (c.pos_ == "PROPN" and c.text.isupper() and 2 < len(c.text) < 8)
            or _group_named(c)
        )
        for c in (
            *noun.children,
            *(g for m in noun.children if m.dep_ == "compound" for g in m.children),
        )
    )


def _group_named(t: Token) -> bool:
    """ "a Lakurawa staging camp": a name (not a place's) before a camp is its keeper's."""
    return (
        t.pos_ == "PROPN"
        and t.dep_ in ("compound", "nmod", "pobj")
        and t.ent_type_ not in ("LOC", "FAC", "NORP")
        and t.text[:1].isupper()
        and not t.text.isupper()  # (an acronym only as above: not "a UN base")
        and not _toponym(t)
    )


def _only_civilians_there(pred: Token) -> bool:
    """ "the only Chinese nationals at the wharf were employees of the construction
    firm": the only people of a kind somewhere named civilians (a rival account that
    denies troops were there)."""
    subj = _child(pred, ("nsubj",))
    attr = _child(pred, ("attr",))
    if subj is None or attr is None or _is_negated(pred):
        return False
    if not any(c.lower_ == "only" for c in subj.children if c.i < subj.i):
        return False
    # (people of a country, whose troops a deployment is about: not "the only people
    # in the village were farmers", a claim on who was hit)
    if not any(c.ent_type_ in ("NORP", "GPE") for c in subj.children if c.i < subj.i):
        return False
    kind = attr.lemma_.lower()
    return kind in CIVILIAN_STAFF or kind in CIVILIAN_USE_WORDS or attr.lower_ in CIVILIAN_USE_WORDS


def _only_civilians_present(pred: Token) -> bool:
    """ "only Lao police and Chinese railway staff were in Boten": the only people
    somewhere named, none of them troops (a rival account denying troops there)."""
    subj = _child(pred, ("nsubj",))
    if subj is None or _is_negated(pred):
        return False
    if not any(c.lower_ == "only" for c in subj.children if c.i < subj.i):
        return False
    if not any(c.dep_ == "prep" and c.lower_ in ("in", "at", "inside") for c in pred.children):
        return False
    return all(t.lemma_.lower() in NON_MILITARY_PRESENT for t in (subj, *subj.conjuncts))


def _advmod_children(pred: Token) -> list[Token]:
    """Children of a predicate's adverbs ("anywhere in Laos": "in" under "anywhere")."""
    return [g for c in pred.children if c.dep_ == "advmod" for g in c.children]


def _present_children(pred: Token) -> list[Token]:
    """Children of "present" after "be" ("no soldiers were present at the wharf": the
    place hangs off "present")."""
    return [
        g for c in pred.children if c.dep_ == "acomp" and c.lower_ == "present" for g in c.children
    ]


def _there_at_invitation(pred: Token) -> bool:
    """ "its specialists were in X at the invitation of the authorities", "the
    instructors had come at the government's request": people sent (named by a noun,
    not a pronoun) somewhere at a host's asking."""
    sent = STAFF_WORDS | SPECIALIST_WORDS | TEAM_WORDS | TROOP_WORDS | UNIT_WORDS
    if not any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in sent for c in pred.children
    ):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("at", "on")
        and any(g.dep_ == "pobj" and g.lemma_.lower() in INVITATION_NOUNS for g in c.children)
        for c in (*pred.children, *_advmod_children(pred))
    )


def _troop_estimate(pred: Token) -> Token | None:
    """The troops of "its estimate of about 300 soldiers" (a figure held on troops
    somewhere) as a predicate's subject."""
    subj = _child(pred, ("nsubj",))
    if subj is None or subj.lemma_.lower() not in TALLY_NOUNS:
        return None
    return next((o for o in pobjs(subj, ("of",)) if _military_people(o)), None)


def _set_against(a: Token) -> bool:
    """Whether ``a`` is the negated word of a contrast ("a gang, not fishermen"): an
    apposition or conjunct with "not" before it, on itself or (as parsed) its head."""
    if a.dep_ not in ("appos", "conj"):
        return False
    return any(c.dep_ == "neg" for c in a.children) or any(
        c.dep_ == "neg" and a.head.i < c.i < a.i for c in a.head.children
    )


def _hosted_troops(pred: Token) -> bool:
    """Whether "be" puts foreign troops somewhere ("there are no foreign forces at
    Ream") or troops at a base ("naval personnel are at the Ream base"): troops hosted
    there (a deployment), not a side holding the town."""
    if pred.lemma_.lower() != "be":
        return False
    troops = [c for c in pred.children if c.dep_ in ("nsubj", "attr") and c.lower_ != "there"]
    if any(c.dep_ == "amod" and c.lower_ == "foreign" for t in troops for c in t.children):
        return True
    return any(
        g.lemma_.lower() in HOSTING_SITE_NOUNS
        for t in (pred, *troops)
        for c in t.children
        if c.dep_ == "prep" and c.lower_ in ("at", "in", "inside")
        for g in c.children
        if g.dep_ == "pobj"
    )
