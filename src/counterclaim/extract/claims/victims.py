"""Tolls and victims: who the dead, wounded, missing and captives were ("the bodies of six
soldiers", "none of its members were among the dead"), tolls kept, revised or called
false.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from counterclaim.extract.claims.model import (
    PlaceRef,
    RawClaim,
)
from counterclaim.extract.claims.parties import (
    _party,
)
from counterclaim.extract.claims.syntax import (
    _child,
    _names_people,
    _one_person,
    _toponym,
)
from counterclaim.extract.claims.words import (
    _LYING_LEMMAS,
    _OWNERS,
    _THE_KILLED_WORDS,
    ALIBI_NOUNS,
    ALIVE_WORDS,
    ARMED_GROUP_WORDS,
    BODY_COUNT_LEMMAS,
    BURYING_LEMMAS,
    CAPTIVE_STATES,
    CAPTIVES_KEPT_LEMMAS,
    CAPTURING_LEMMAS,
    CARE_NOUNS,
    CIVILIAN_KIND,
    CUSTODY_NOUNS,
    DEAD_NOUNS,
    DECLARING_LEMMAS,
    DIED_LEMMAS,
    DYING_LEMMAS,
    FALLEN_IN_NOUNS,
    FALSEHOOD_NOUNS,
    FIGURE_ANSWER_LEMMAS,
    INJURY_NOUNS,
    KIN_NOUNS,
    NAMING_LEMMAS,
    ON_GROUND_NOUNS,
    PARTITIVE_PRONOUNS,
    STRUCK_CRAFT,
    TOLL_COUNT_NOUNS,
    TOLL_FIGURE_NOUNS,
    TOLL_STAYING_LEMMAS,
    TREATED_AT_NOUNS,
    TROOP_WORDS,
    frames,
)
from counterclaim.extract.context import pobjs, token_range
from counterclaim.extract.lexicon import (
    VICTIM_KINDS,
)


def _toll_after(c: Token) -> bool:
    """ "..., killing 40 people": the toll is a claim of its own."""
    return (
        c.dep_ == "advcl"
        and c.tag_ == "VBG"
        and frames().get(c.lemma_.lower(), ("",))[0] == "casualties"
    )


def _victim_kind(t: Token) -> str | None:
    """The kind of victim a noun names, by itself or its modifier ("a civilian cook")."""
    for w in (t, *(c for c in t.children if c.dep_ in ("amod", "compound"))):
        kind = VICTIM_KINDS.get(w.lower_)
        if kind is not None:
            return kind
    return None


def _own_words(t: Token) -> tuple[int, int]:
    """Character range of a conjunct without the conjuncts after it ("a civilian cook"
    in "nine soldiers, a civilian cook and a driver")."""
    last = max(
        (c.right_edge for c in t.children if c.dep_ not in ("conj", "cc", "punct")),
        key=lambda x: x.i,
        default=t,
    )
    return token_range(t.left_edge, last if last.i > t.i else t)


def _victims_apart(
    pred: Token, claim: RawClaim, link: object, places: Sequence[PlaceRef]
) -> list[RawClaim]:
    """ "nine soldiers and a civilian cook had been killed", "killed five soldiers and two
    civilians": victims of another kind joined to the first are a toll of their own,
    a claim with them as its victims (Issue 4: one claim a proposition)."""
    if claim.frame != "casualties":
        return []
    victims = _child(pred, ("nsubjpass",))
    passive = victims is not None
    if victims is None:
        victims = _child(pred, ("dobj",))
    if victims is None or (kind := _victim_kind(victims)) is None:
        return []
    out: list[RawClaim] = []
    for c in victims.conjuncts:
        other = _victim_kind(c)
        # (civilians apart from armed men: "28 soldiers and members of the militia"
        # are one toll of men under arms)
        if other is None or other == kind or CIVILIAN_KIND not in (kind, other):
            continue
        words = _own_words(c)
        if passive:
            part = replace(
                claim,
                # (up to the end of its own clause: not "... and that 14 were wounded")
                evidence=(words[0], min(claim.evidence[1], _own_words(pred)[1])),
                subject=words,
                subject_actor=_party(link, c, places),
                figures=[],
                also_answers=[],
            )
        else:
            part = replace(
                claim,
                evidence=words,  # (its own count only: "two civilians")
                object=words,
                object_head=c.lemma_.lower(),
                object_actor=_party(link, c, places),
                figures=[],
                also_answers=[],
            )
        out.append(part)
    return out


def _the_wounded_in_care(pred: Token) -> bool:
    """ "four other sailors remain in hospital", "six soldiers were treated for minor
    injuries", "the wounded were being treated at a field hospital": people hurt."""
    lemma = pred.lemma_.lower()
    who = _child(pred, ("nsubj", "nsubjpass"))
    if who is None:
        return False
    people = _names_people(who) or who.lemma_.lower() in ("wounded", "injured")
    in_care = any(g.lemma_.lower() in TREATED_AT_NOUNS for g in pobjs(pred, ("in", "at")))
    if lemma in _LYING_LEMMAS:
        # ("in hospital", not "at the hospital": reporters at a hospital are no wounded)
        return (
            people
            and who.dep_ == "nsubj"
            and any(g.lemma_.lower() in TREATED_AT_NOUNS for g in pobjs(pred, ("in",)))
        )
    if lemma in ("treat", "hospitalise", "hospitalize", "admit"):
        return (
            people
            and who.dep_ == "nsubjpass"
            and (
                in_care
                or who.lemma_.lower() in ("wounded", "injured")
                or any(g.lemma_.lower() in INJURY_NOUNS for g in pobjs(pred, ("for",)))
            )
        )
    return False


def _declared_dead(pred: Token) -> bool:
    """ "52 of our people have been confirmed dead", "two were found dead", "nine officers
    were dead"; and "its peacekeepers had counted at least 26 dead": the dead counted or
    declared."""
    lemma = pred.lemma_.lower()
    if lemma in DECLARING_LEMMAS and any(
        c.dep_ in ("oprd", "acomp", "xcomp", "advcl") and c.lower_ == "dead" for c in pred.children
    ):
        return True
    if lemma == "be" and any(c.dep_ == "acomp" and c.lower_ == "dead" for c in pred.children):
        # "nine officers were dead", "all four are dead": a number of people dead, a toll
        who = _child(pred, ("nsubj",))
        return who is not None and (
            who.like_num or any(g.dep_ == "nummod" and g.like_num for g in who.children)
        )
    # ("counted at least 26 dead": "dead" parsed as an object or a clause of its own)
    return lemma in BODY_COUNT_LEMMAS and any(
        c.dep_ in ("dobj", "ccomp") and c.lower_ in ("dead", "corpses") for c in pred.children
    )


def _counted_people_buried(pred: Token) -> bool:
    """ "we have buried twelve of our own", "34 people had been buried": a number of
    people buried (a count of the dead; "they were buried there" counts nobody)."""
    if pred.lemma_.lower() not in BURYING_LEMMAS:
        return False
    return any(
        c.dep_ in ("dobj", "nsubjpass")
        and (
            c.like_num
            or any(g.dep_ == "nummod" and g.like_num for g in c.children)
            # ("buried four parishioners": a number of persons of any calling)
            or (any(t.like_num and t.pos_ == "NUM" for t in c.subtree) and _names_people(c))
            # ("we buried women and children today", "I have buried my own relatives":
            # people the speaker buried, by their kind or kinship)
            or (c.dep_ == "dobj" and c.pos_ == "NOUN" and _buried_kin_or_kind(c))
        )
        for c in pred.children
    )


def _buried_kin_or_kind(obj: Token) -> bool:
    """Whether a buried object names people by a kind of victim or by kinship."""
    return any(
        t.lemma_.lower() in KIN_NOUNS
        or t.lower_ in VICTIM_KINDS
        or t.lemma_.lower() in VICTIM_KINDS
        for t in (obj, *obj.conjuncts)
    )


def _toll_stays(pred: Token) -> bool:
    """ "the toll remained seven", "the number of dead stayed at nine": a toll that keeps
    its figure, a toll restated."""
    if pred.lemma_.lower() not in TOLL_STAYING_LEMMAS:
        return False
    toll = _child(pred, ("nsubj",))
    if toll is None or toll.lemma_.lower() not in TOLL_COUNT_NOUNS:
        return False
    fr = frames()
    of_dead = toll.lemma_.lower() == "toll" or any(
        fr.get(w.lemma_.lower(), ("",))[0] == "casualties"
        for w in (*toll.children, *pobjs(toll, ("of",)))
    )
    figure = any(
        t.like_num
        for c in pred.children
        if c.dep_ in ("acomp", "attr", "oprd", "npadvmod", "dobj")
        or (c.dep_ == "prep" and c.lower_ == "at")
        for t in c.subtree
    )
    return of_dead and figure


def _the_dead_identified(pred: Token) -> bool:
    """ "the dead were identified as members of the terrorist organisation", "the other
    five dead had been identified as members of the front": who the dead were."""
    if pred.lemma_.lower() != "identify":
        return False
    who = _child(pred, ("nsubjpass",))
    return who is not None and _names_the_dead(who) and bool(pobjs(pred, ("as",)))


def _captives_treated_or_lost(pred: Token) -> bool:
    """ "the captured soldiers would be treated as prisoners of war", "would treat the
    prisoners well", "denied losing any prisoners": captives held."""
    lemma = pred.lemma_.lower()
    if lemma not in CAPTIVES_KEPT_LEMMAS or pred.pos_ != "VERB":
        return False
    if any(g.lemma_.lower() in CAPTIVE_STATES for g in pobjs(pred, ("as",))):
        return True  # "treated as prisoners of war"
    return any(
        c.dep_ in ("dobj", "nsubjpass")
        and (
            c.lemma_.lower() in CAPTIVE_STATES
            # "the captured soldiers", "the soldiers they captured" (people: "a
            # bridgehead it held" is ground, and "lost" ground no captive)
            or (
                lemma == "treat"
                and _names_people(c)
                and any(
                    a.dep_ in ("amod", "acl", "relcl") and a.lemma_.lower() in CAPTURING_LEMMAS
                    for a in c.children
                )
            )
        )
        for c in pred.children
    )


def _toll_figure_answered(pred: Token) -> bool:
    """ "the figure of 40 is invented" (the claim's predicate the number itself), "the
    association's count does not correspond to reality": a toll figure answered."""
    if pred.like_num and pred.dep_ == "pobj" and pred.head.lower_ == "of":
        return pred.head.head.lemma_.lower() in TOLL_FIGURE_NOUNS
    if pred.lemma_.lower() not in FIGURE_ANSWER_LEMMAS:
        return False
    fr = frames()
    return any(
        c.dep_ in ("nsubj", "dobj")
        and c.lemma_.lower() in TOLL_FIGURE_NOUNS
        # ("the count of soldiers sent": a count of something else, no toll)
        and not any(fr.get(g.lemma_.lower(), ("",))[0] == "deployment" for g in c.subtree)
        for c in pred.children
    )


def _toll_called_false(pred: Token) -> bool:
    """ "Nine dead is a lie invented to torment the families": a toll, given as a number
    of dead and called false, is answered (a claim on the toll, denied)."""
    if pred.lemma_.lower() != "be" or not any(
        c.dep_ == "attr" and c.lemma_.lower() in FALSEHOOD_NOUNS for c in pred.children
    ):
        return False
    subj = _child(pred, ("nsubj",))
    if subj is None:
        return False
    # ("nine dead", "41 killed", "the 30 dead")
    words = (subj, *subj.children)
    return any(w.like_num for w in words) and any(
        w.lemma_.lower() in DEAD_NOUNS or w.lower_ in DEAD_NOUNS for w in words
    )


def _work_place_children(pred: Token) -> list[Token]:
    """The children of ``pred`` and of its object: the place of the work may hang on
    what is run ("were running a tracking station in the province of X")."""
    obj = _child(pred, ("dobj",))
    return [*pred.children, *(obj.children if obj is not None else ())]


def _stood_on(g: Token) -> bool:
    """Whether the object of "on" is ground to be on: "on Ukrainian soil", "on the
    island", "on Cyprus"."""
    if g.dep_ != "pobj":
        return False
    return g.lemma_.lower() in ON_GROUND_NOUNS or (
        g.pos_ == "PROPN" and g.ent_type_ in ("GPE", "LOC") and _toponym(g)
    )


def _the_dead_named(pred: Token) -> bool:
    """ "we have the names of 41 people", "confirmed the names of seven villagers
    killed", "had identified all seven dead": the dead counted by name."""
    lemma = pred.lemma_.lower()
    if lemma not in NAMING_LEMMAS:
        return False
    if lemma == "identify" and any(
        c.dep_ in ("oprd", "dobj") and c.lower_ == "dead" for c in pred.children
    ):
        return True  # "identified all seven dead"
    for c in pred.children:
        if c.dep_ != "dobj" or c.lemma_.lower() != "name":
            continue
        for g in pobjs(c, ("of",)):
            counted = any(t.like_num for t in g.subtree)
            if _names_the_dead(g) or (counted and _names_people(g)):
                return True
    return False


def _aircraft_lost_or_damaged(pred: Token) -> bool:
    """ "no aircraft were lost", "No aircraft were damaged", "two bombers had been
    damaged": craft lost to a strike, with nobody named as losing them (a side that
    "lost two jets" is no doer)."""
    if pred.lemma_.lower() not in ("lose", "damage") or pred.pos_ != "VERB":
        return False
    lost = _child(pred, ("nsubjpass",))
    return lost is not None and any(
        n.lemma_.lower() in STRUCK_CRAFT for n in (lost, *lost.conjuncts)
    )


def _custody(pred: Token) -> Token | None:
    """The custody noun of "X were in their custody", "in the hands of the militants",
    when people are what is held."""
    held = _child(pred, ("nsubj",))
    if held is None or not _names_people(held):
        return None
    for t in (pred, *pred.conjuncts):
        nouns = (
            [g for g in t.children if g.dep_ == "pobj"]
            if t.pos_ == "ADP" and t.lower_ in ("in", "into")  # "missing or in the hands of"
            else pobjs(t, ("in", "into"))
        )
        for noun in nouns:
            if noun.lemma_.lower() in CUSTODY_NOUNS:
                return noun
    return None


def _to_care(pred: Token) -> bool:
    """ "40 wounded people were taken to hospital": carried, not captured."""
    return any(g.lemma_.lower() in CARE_NOUNS for g in pobjs(pred, ("to", "for")))


def _people_gave_up(pred: Token) -> bool:
    """ "Not one of our soldiers has surrendered", "dozens of soldiers surrendered to the
    rebels": people giving themselves up are taken prisoner (not "surrendered the town",
    ground given up)."""
    if _child(pred, ("dobj",)) is not None:
        return False
    subj = _child(pred, ("nsubj",))
    return subj is not None and _names_people(subj)


def _names_the_dead(t: Token) -> bool:
    """ "the dead", "the nine victims", "those killed", "everyone who died there", "all
    nine people killed in the strike", "each of those killed"."""
    for n in (t, *pobjs(t, ("of",))):
        if n.lemma_.lower() in DEAD_NOUNS or n.lower_ in DEAD_NOUNS:
            return True
        if any(
            (c.dep_ in ("acl", "relcl") and c.lemma_.lower() in DYING_LEMMAS)
            or (c.dep_ == "amod" and c.lower_ in DEAD_NOUNS)  # "the nine dead"
            # "a man shot dead by soldiers"
            or (c.dep_ == "acl" and any(d.lower_ == "dead" for d in c.children))
            for c in n.children
        ):
            return True
    return False


def _kind_word(t: Token) -> Token | None:
    """``t`` or a conjunct of it (or, for "any of its members", what it counts) that
    names a kind of victim."""
    # (or what a name is said to be: "was Juan Perez, 52, a rice farmer")
    named = [c for c in t.children if c.dep_ == "appos"] if t.pos_ == "PROPN" else []
    for n in (t, *t.conjuncts, *pobjs(t, ("of",)), *named):
        if n.lower_ in VICTIM_KINDS or n.lemma_.lower() in VICTIM_KINDS:
            return n
    return None


def _among_the_dead(pred: Token) -> Token | None:
    """ "any of its members were among the dead": the kind of victim said to be (or,
    negated, not to be) among them."""
    subj = _child(pred, ("nsubj",))
    if subj is None or not any(_names_the_dead(g) for g in pobjs(pred, ("among",))):
        return None
    return _kind_word(subj)


def _fell_in_battle(pred: Token) -> bool:
    """ "three soldiers fell in battle", "two fighters fell in action": armed people
    who "fell" in a fight were killed (a town that fell was taken, "fell back" is a
    retreat)."""
    subj = _child(pred, ("nsubj",))
    if subj is None or _child(pred, ("prt",)) is not None:
        return False
    if subj.lemma_.lower() not in TROOP_WORDS and subj.lower_ not in VICTIM_KINDS:
        return False
    return any(o.lemma_.lower() in FALLEN_IN_NOUNS for o in pobjs(pred, ("in",)))


def _who_the_dead_were(pred: Token) -> Token | None:
    """The word for what the dead were, in "the dead were villagers", "those killed were
    combatants", "the victims were herders and traders": a kind of victim (fighters,
    civilians, troops) said of a subject that names the dead."""
    subj = _child(pred, ("nsubj",))
    if subj is None:
        return None
    attr = _child(pred, ("attr",))
    if attr is not None and _one_kind_not_another(subj, attr):
        return _kind_word(attr)
    if attr is not None and subj.lower_ in _THE_KILLED_WORDS and _killing_told(pred):
        # 'the strike killed her sisters. "Were they terrorists?"': whether the dead
        # were fighters (what a striker says of them; "they were fishermen" is read as
        # what the target was, see _use_class)
        kind = _kind_word(attr)
        if kind is not None and VICTIM_KINDS.get(kind.lower_) == "fighters":
            return kind
    if not _names_the_dead(subj):
        return _among_the_dead(pred) or _own_people_there(pred)
    return _kind_word(attr) if attr is not None else None


def _said_alive(pred: Token) -> bool:
    """ "Wazir was alive", "he is alive and well": one person, by name or pronoun, said
    to be living, in a story that has told of a killing (a denial that he was killed)."""
    subj = _child(pred, ("nsubj",))
    return (
        subj is not None
        and (_one_person(subj) or subj.pos_ == "PROPN")
        and any(c.dep_ == "acomp" and c.lower_ in ALIVE_WORDS for c in pred.children)
        and _killing_told(pred)
    )


def _missing_people(pred: Token) -> str | None:
    """ "four soldiers were missing" (positive), "the four missing soldiers had been found
    alive" (negative: no longer missing): the role of a claim on people missing."""
    lemma = pred.lemma_.lower()
    if lemma == "be":
        subj = _child(pred, ("nsubj",))
        if (
            subj is not None
            and _names_people(subj)
            and any(c.dep_ == "acomp" and c.lower_ == "missing" for c in pred.children)
        ):
            return "positive"
    if lemma == "find":
        found = _child(pred, ("nsubjpass", "dobj"))
        if (
            found is not None
            and _names_people(found)
            and any(
                c.dep_ in ("oprd", "acomp", "xcomp") and c.lower_ in ALIVE_WORDS
                for c in pred.children
            )
        ):
            return "negative"
    return None


def _killing_told(pred: Token) -> bool:
    """Whether the story has told of a killing by the end of ``pred``'s sentence."""
    return any(
        t.lemma_.lower() in DYING_LEMMAS or t.lower_ == "dead" for t in pred.doc[: pred.sent.end]
    )


def _own_people_there(pred: Token) -> Token | None:
    """ "none of its members had been at the village", "None of our fighters were in the
    valley", in a story of a killing there: a side saying its people were not (or were)
    among whoever was hit; the kind of victim."""
    subj = _child(pred, ("nsubj",))
    where = pobjs(pred, ("in", "at"))
    if subj is None or not where or _child(pred, ("attr", "acomp")):
        return None
    if any(w.lemma_.lower() in ALIBI_NOUNS for w in where):
        return None  # "none of its fighters had been in the area": an alibi, see _alibi
    kind = _kind_word(subj)
    if kind is None or VICTIM_KINDS.get(kind.lower_) != "fighters":
        return None
    if not any(c.dep_ == "poss" and c.lower_ in _OWNERS for c in kind.children):
        return None  # ("militants were at the site": whether it was a camp)
    return kind if _killing_told(pred) else None


def _armed_men_there(pred: Token) -> bool:
    """ "no evidence that Kurdish militants were present at the site": armed men (no
    side's own) at a site make it a camp."""
    subj = _child(pred, ("nsubj",))
    if subj is None or subj.lemma_.lower() not in ARMED_GROUP_WORDS:
        return False
    if any(c.dep_ == "poss" for c in subj.children):
        return False  # "our fighters were in the valley": who the dead were
    return any(c.dep_ == "acomp" and c.lower_ == "present" for c in pred.children)


def _one_kind_not_another(subj: Token, attr: Token) -> bool:
    """ "They were farmers, not fighters", "they were civilians and not combatants":
    people named only by a pronoun, said to be one kind of victim set against another,
    are the victims a toll is about (who they were is the dispute)."""
    # (or a number standing for people counted before: "the three were members of
    # the gang, not fishermen")
    counted = subj.like_num and any(c.dep_ == "det" for c in subj.children)
    if subj.lower_ not in ("they", "these", "those", "all") and not counted:
        return False
    kind = VICTIM_KINDS.get(attr.lower_) or VICTIM_KINDS.get(attr.lemma_.lower())
    if kind is None:
        return False
    # (the parser may hang the other kind on what the first is "of": "members of the
    # gang, not fishermen")
    for owner in (attr, *pobjs(attr, ("of",))):
        for other in owner.children:
            if other.dep_ not in ("appos", "conj"):
                continue
            against = VICTIM_KINDS.get(other.lower_) or VICTIM_KINDS.get(other.lemma_.lower())
            negated = any(c.dep_ == "neg" for t in (attr, owner, other) for c in t.children)
            if against is not None and against != kind and negated:
                return True
    return False


def _dead_belonged(pred: Token) -> bool:
    """ "the dead belonged to the gang", or "the men belonged to the gang" after the
    story told of their killing: which side the dead were on is who they were."""
    subj = _child(pred, ("nsubj",))
    if subj is None or not pobjs(pred, ("to",)):
        return False
    if _names_the_dead(subj):
        return True
    # (or a share of them: "none of them belonged to its armed wing")
    if not any(
        w.lower_ in _THE_KILLED_WORDS
        or w.lemma_.lower() in _THE_KILLED_WORDS
        or w.like_num  # "the three belonged to the gang"
        for w in (subj, *pobjs(subj, ("of",)))
    ):
        return False
    # (the killing told before the claim's sentence, or in it: "the army's claim that
    # the men it shot dead belonged to the gang")
    return _killing_told(pred)


def _no_fighters_present(pred: Token) -> bool:
    """ "no fighters were present", "no combatants were present" (in a story of a
    killing): a denial that fighters were among the dead (who the dead were)."""
    subj = _child(pred, ("nsubj",))
    return (
        subj is not None
        and VICTIM_KINDS.get(subj.lower_) == "fighters"
        and any(d.dep_ == "det" and d.lower_ == "no" for d in subj.children)
        and any(c.dep_ == "acomp" and c.lower_ == "present" for c in pred.children)
        and _killing_told(pred)
    )


def _no_civilians_there(pred: Token) -> bool:
    """ "No civilians were present at the site", "there were no civilians in the area"."""
    for c in pred.children:
        if c.dep_ in ("nsubj", "attr") and c.lemma_.lower() in ("civilian", "people"):
            return any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
    return False


def _partitive_head(obj: Token, done_to: bool = False) -> str:
    """The lemma of an object's head; for "five of them", the lemma of the nearest
    plural noun before it in the sentence ("clashed with the retreating rebels and
    killed five of them": rebels), so that the toll keeps its kind of victim.
    ``done_to``: ``obj`` is a subject the deed was done to ("the attackers were pushed
    back and 34 of them were killed"): "them" is an earlier subject, a victim too."""
    of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pron = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if pron is None or pron.lower_ not in PARTITIVE_PRONOUNS:
        return obj.lemma_.lower()
    # the doers are not the done-to ("its fighters had killed three of them"): the
    # subjects of the verb and of the verbs it is coordinated with are skipped
    doers: set[int] = set()
    verb = obj.head
    while not done_to:
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                doers.update(t.i for t in c.subtree)
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            break
        verb = verb.head
    for t in reversed(obj.doc[obj.sent.start : obj.i]):
        # (for victims named as a subject, the subject they were: "its fighters had
        # withdrawn to spare civilians, and none of them had been killed": fighters)
        if done_to and t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if t.tag_ == "NNS" and t.ent_type_ == "" and t.i not in doers:
            return t.lemma_.lower()
    return obj.lemma_.lower()


def _victims_named_before(frame: str, pred: Token, subj: Token | None) -> str | None:
    """For a toll whose victims are "34 of them" ("the attackers were pushed back and 34
    of them were killed", "four of them died"), the noun "them" stands for: the toll
    keeps its kind of victim; None otherwise."""
    if frame != "casualties" or subj is None:
        return None
    if not (
        subj.dep_ == "nsubjpass" or (subj.dep_ == "nsubj" and pred.lemma_.lower() in DIED_LEMMAS)
    ):
        return None
    head = _partitive_head(subj, done_to=True)
    return head if head != subj.lemma_.lower() else None
