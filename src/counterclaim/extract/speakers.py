"""Tie each speaker mention to the named speaker it stands for, within one article.

Reads: parse, entities, statements. Writes: ``RawStatement.resolved`` (char range of
the fullest name of the same speaker), left None when the mention is already that
name or nothing in the article supports a link (precision first).

* pronouns ("he", "she") -> the previous person who spoke, else the nearest person
  named before, within ``PRONOUN_WINDOW`` sentences; "it", "they" -> the previous
  speaker when that was an organisation, a country or a group;
* relative pronouns ("..., who said") -> the noun phrase the clause hangs on;
* roles ("the general", "the ministry's spokeswoman") -> a named person whose title
  in this article (apposition or title before the name) is of the same family,
  nearest before, else the next one within ``CATAPHORA_WINDOW`` sentences (news ledes
  name the role first: "The top Russian general said ... Valery Gerasimov, Chief of
  the General Staff, ...");
* short names ("Gerasimov") -> the longest name in the article that ends the same.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from counterclaim.extract.attribution import RawStatement
from counterclaim.extract.lexicon import data_lines, honorifics, org_words

#: How many sentences back a pronoun may reach for its antecedent.
PRONOUN_WINDOW = 3
#: How many sentences ahead a role mention may find the person it introduces.
CATAPHORA_WINDOW = 2

_PERSONAL = frozenset({"he", "she", "him", "her"})
_COLLECTIVE = frozenset({"it", "they", "we"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_GROUP_ENTS = frozenset({"ORG", "GPE", "NORP"})


@cache
def role_families() -> dict[str, str]:
    """Role noun -> family (data/titles.txt)."""
    out = {}
    for ln in data_lines("titles.txt"):
        role, family = ln.split("\t")
        out[role] = family
    return out


def _has_more_than_honorifics(span: Span, person: Span) -> bool:
    """True when ``span`` adds more to the name than "Mr." or "Dr." (a role, a title)."""
    extra = [t for t in span if not (person.start <= t.i < person.end) and not t.is_punct]
    return any(t.lower_ not in honorifics() for t in extra)


def _span_range(span: Span) -> tuple[int, int]:
    return span.start_char, span.end_char


def _titles(person: Span) -> set[str]:
    """Role families named next to a person: in apposition or as a title before."""
    fam = role_families()
    words: list[Token] = []
    root = person.root
    for c in root.children:
        if c.dep_ == "appos":
            words.extend(c.subtree)
    if root.dep_ == "appos":
        words.extend(t for t in root.head.subtree if t.i < person.start or t.i >= person.end)
    doc = person.doc
    k = person.start - 1
    while k >= 0 and doc[k].pos_ in ("PROPN", "NOUN", "ADJ") and doc[k].ent_type_ != "PERSON":
        words.append(doc[k])
        k -= 1
    return {fam[w.lemma_.lower()] for w in words if w.lemma_.lower() in fam}


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _names_in_speakers(doc: Doc, statements: list[RawStatement]) -> list[Span]:
    """Person names the tagger missed, taken only from speaker spans: a run of two or
    three capitalised proper nouns with no organisation word ("Amara Osei" tagged ORG)."""
    out: list[Span] = []
    for st in statements:
        if st.speaker is None:
            continue
        span = doc.char_span(*st.speaker, alignment_mode="expand")
        if span is None:
            continue
        run: list[Token] = []
        for t in [*span, None]:
            if (
                t is not None
                and t.pos_ == "PROPN"
                and t.is_title
                and t.ent_type_ not in ("GPE", "NORP", "LOC")
            ):
                run.append(t)
                continue
            if 2 <= len(run) <= 3 and not any(r.lower_ in org_words() for r in run):
                out.append(doc[run[0].i : run[-1].i + 1])
            run = []
    return out


class _Article:
    """Named persons of one article with their titles and fullest names."""

    def __init__(self, doc: Doc, speaker_names: list[Span]) -> None:
        self.doc = doc
        self.persons = [e for e in doc.ents if e.label_ == "PERSON" and any(t.is_alpha for t in e)]
        self.persons.extend(
            n for n in speaker_names if not any(_overlaps(n, p) for p in self.persons)
        )
        self.persons.sort(key=lambda e: e.start)
        self.fullest: dict[str, Span] = {}
        for p in self.persons:
            last = p[-1].lower_
            best = self.fullest.get(last)
            if best is None or len(p) > len(best):
                self.fullest[last] = p
        self.titles = {p.start: _titles(p) for p in self.persons}

    def full_name(self, span: Span) -> Span | None:
        """The longest person name that ends like ``span``, if longer than it."""
        best = self.fullest.get(span[-1].lower_)
        return best if best is not None and len(best) > len(span) else None

    def person_in(self, span: Span) -> Span | None:
        """The person a mention names: not one in possessive or object position
        ("Sarn's minister, Pavel Lind" names Pavel Lind)."""
        inside = [p for p in self.persons if span.start <= p.start and p.end <= span.end]
        for p in inside:
            if p.root.dep_ not in ("poss", "pobj"):
                return p
        return inside[0] if inside else None

    def by_title(self, family: str, at: int, sent_idx: dict[int, int]) -> Span | None:
        before = [p for p in self.persons if p.start < at and family in self.titles[p.start]]
        if before:
            return before[-1]
        here = sent_idx[at]
        after = [
            p
            for p in self.persons
            if p.start > at
            and family in self.titles[p.start]
            and sent_idx[p.start] - here <= CATAPHORA_WINDOW
        ]
        return after[0] if after else None


def resolve(doc: Doc, statements: list[RawStatement]) -> None:
    """Set ``resolved`` on each statement whose speaker names someone indirectly."""
    if not statements:
        return
    art = _Article(doc, _names_in_speakers(doc, statements))
    sent_idx: dict[int, int] = {}
    for k, s in enumerate(doc.sents):
        for t in s:
            sent_idx[t.i] = k
    fam = role_families()
    prev: tuple[Span, str] | None = None  # previous speaker's name span and entity label
    for st in sorted(statements, key=lambda s: s.cue_token):
        if st.speaker is None:
            continue
        span = doc.char_span(*st.speaker, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        head = span.root
        target: Span | None = None
        low = head.lower_
        if len(span) <= 2 and low in _PERSONAL:
            if (
                prev is not None
                and prev[1] == "PERSON"
                and sent_idx[head.i] - sent_idx[prev[0].start] <= PRONOUN_WINDOW
            ):
                target = prev[0]
            else:
                earlier = [
                    p
                    for p in art.persons
                    if p.end <= head.i and sent_idx[head.i] - sent_idx[p.start] <= PRONOUN_WINDOW
                ]
                target = earlier[-1] if earlier else None
        elif len(span) <= 2 and low in _COLLECTIVE:
            if (
                prev is not None
                and prev[1] in _GROUP_ENTS
                and sent_idx[head.i] - sent_idx[prev[0].start] <= PRONOUN_WINDOW
            ):
                target = prev[0]
        elif len(span) == 1 and low in _RELATIVE and head.head.dep_ in ("relcl", "acl"):
            np_head = head.head.head
            target = doc[np_head.left_edge.i : np_head.i + 1]
        else:
            person = art.person_in(span)
            if person is not None:
                # "Maria Silva, the foreign minister": the name is the person;
                # "Silva": the fullest form of the name in the article
                target = art.full_name(person) or (
                    person if _has_more_than_honorifics(span, person) else None
                )
            elif head.pos_ == "PROPN" and len(span) <= 2:
                # a surname the tagger did not take for a person ("Brandt" as ORG)
                target = art.full_name(span)
            elif head.pos_ == "NOUN" and head.lemma_.lower() in fam:
                target = art.by_title(fam[head.lemma_.lower()], head.i, sent_idx)
        if target is not None and _span_range(target) != st.speaker:
            st.resolved = _span_range(target)
        # remember who spoke, by name, for the next pronoun
        named = target if target is not None else (art.person_in(span) or span)
        label = "PERSON" if art.person_in(named) is not None else (named.root.ent_type_ or "")
        if (
            not label
            and named.root.pos_ in ("NOUN", "PROPN")
            and named.root.lemma_.lower() not in fam
        ):
            label = (
                "ORG" if named.root.tag_ in ("NNS", "NNPS") or named.root.pos_ == "PROPN" else ""
            )
        prev = (named, label)
