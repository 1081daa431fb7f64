"""Actor linking: each speaker, outlet or party mention tied to one canonical actor.

Reads: entities, the parse, statements (speaker / via spans and their in-article
resolution). Writes: ``RawStatement.speaker_actor`` and ``.via_actor``
(:class:`~counterclaim.records.ActorRef`).

Order of evidence, most trusted first (the ``method`` recorded on each link):

1. ``alias``: the mention (or the name it was resolved to in the article) is an alias
   in the catalogue ("Valery Gerasimov", "Reuters", "Russian forces");
2. ``metonymy``: a capital or seat of government ("Moscow", "the Kremlin"), or a
   country speaking ("Ukraine said") -> that country's government;
3. ``surname``: a person's surname, with the first name (if given) agreeing, and one
   catalogue person left after checking who held office on the article's date;
4. ``role``: "Russia's top general", "the Ukrainian defence minister" -> the holder of
   that office in that country on the article's date;
5. ``fuzzy``: a garbled name ("Gerasimow", "Zelenskyi") close to a catalogue alias of
   a compatible kind, and only if the article supports it (the actor's country, or
   the actor, named elsewhere in it): precision first;
6. ``new``: a person or organisation the catalogue lacks, keyed by its normalised
   full name, so the same name in another article is the same actor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from rapidfuzz import fuzz, process
from spacy.tokens import Doc, Span, Token

from counterclaim.actors import Actor, Catalogue, load_catalogue, normalise
from counterclaim.extract.attribution import RawStatement
from counterclaim.extract.lexicon import honorifics, org_words
from counterclaim.extract.speakers import role_families
from counterclaim.records import ActorRef

#: Similarity (rapidfuzz WRatio, 0-100) a garbled name needs to a catalogue alias.
#: Tuned on the actors gold set (bench/gold/actors): 90 keeps every garbled-name link
#: correct there; 85 starts linking different people with similar names.
FUZZY_MIN = 90
#: Confidence per method (a link's confidence is this times any match score).
CONFIDENCE = {
    "alias": 0.97,
    "metonymy": 0.9,
    "surname": 0.85,
    "role": 0.7,
    "fuzzy": 0.75,
    "new": 0.6,
}


def slug(text: str) -> str:
    """An id-safe form of a name: "Jean-Paul Mensah" -> "jean-paul-mensah"."""
    return re.sub(r"[^a-z0-9]+", "-", normalise(text)).strip("-")


@dataclass(frozen=True)
class _Index:
    """Look-up tables built once from the catalogue."""

    country_words: dict[str, str]  # country names, aliases and demonyms -> ISO3
    fuzzy_person: dict[str, Actor]
    fuzzy_other: dict[str, Actor]


@cache
def _index() -> _Index:
    cat = load_catalogue()
    country_words: dict[str, str] = {}
    fuzzy_person: dict[str, Actor] = {}
    fuzzy_other: dict[str, Actor] = {}
    for a in cat.actors.values():
        names = (a.name, *a.aliases)
        if a.kind == "person":
            for n in names:
                fuzzy_person[normalise(n)] = a
        else:
            for n in names:
                if len(normalise(n)) >= 5:
                    fuzzy_other[normalise(n)] = a
        if a.kind == "country" and a.country:
            for n in (*names, *a.demonyms):
                country_words[normalise(n)] = a.country
    return _Index(country_words, fuzzy_person, fuzzy_other)


class DocLinker:
    """Links mentions in one document; knows the article's countries and date."""

    def __init__(self, doc: Doc, published: str | None = None) -> None:
        self.doc = doc
        self.cat: Catalogue = load_catalogue()
        self.ix = _index()
        self.date = published
        self.countries = self._countries()
        self.linked_ids: set[str] = set()

    def _countries(self) -> set[str]:
        """ISO3 codes of the countries the article names (names, demonyms, capitals)."""
        out: set[str] = set()
        for ent in self.doc.ents:
            if ent.label_ not in ("GPE", "NORP", "LOC", "ORG"):
                continue
            key = normalise(ent.text)
            iso = self.ix.country_words.get(key)
            if iso:
                out.add(iso)
                continue
            for a in self.cat.by_alias(ent.text):
                if a.country and a.kind in ("country", "government", "military"):
                    out.add(a.country)
        return out

    # -- entry points -----------------------------------------------------------------

    def link_name(self, name: str, role: str = "via") -> ActorRef | None:
        """The actor a bare name stands for (a document's outlet metadata)."""
        found = self.cat.by_alias(name)
        if found:
            a = _prefer(found, role)
            return self._ref(a, "alias", f"{name!r} is an alias of {a.name}")
        kind = "media" if role == "via" else "organisation"
        return ActorRef(
            f"{kind}:{slug(name)}", name, kind, None, CONFIDENCE["new"], "new",
            f"not in the catalogue; keyed by its name {normalise(name)!r}",
        )

    def link(self, start: int, end: int, role: str = "speaker") -> ActorRef | None:
        """The actor the text ``doc.text[start:end]`` names, for a speaker, via or party."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        ref = (
            self._alias(span, role)
            or self._surname(span)
            or self._role(span)
            or self._fuzzy(span, role)
            or self._new(span, role)
        )
        if ref is not None:
            self.linked_ids.add(ref.id)
        return ref

    # -- methods, most trusted first ----------------------------------------------------

    def _ref(self, a: Actor, method: str, evidence: str, score: float = 1.0) -> ActorRef:
        return ActorRef(
            a.id, a.name, a.kind, a.country, CONFIDENCE[method] * score, method, evidence
        )

    def _alias(self, span: Span, role: str) -> ActorRef | None:
        for text in _name_forms(span):
            found = self.cat.by_alias(text)
            if not found:
                continue
            a = _prefer(found, role)
            if a.kind == "country" and role != "party" and a.country:
                gov = self.cat.government(a.country)
                if gov is not None:
                    return self._ref(
                        gov, "metonymy", f"{text!r}: the country speaking is its government"
                    )
            method = (
                "metonymy"
                if a.kind == "government"
                and normalise(text) not in {normalise(a.name)}
                and _is_place_word(text, a)
                else "alias"
            )
            return self._ref(a, method, f"{text!r} is an alias of {a.name}")
        return None

    def _surname(self, span: Span) -> ActorRef | None:
        words = [w for w in (normalise(t.text) for t in _name_tokens(span)) if w]
        if not words:
            return None
        found = tuple(self.cat.by_surname(words[-1]))
        if not found:
            return None
        if len(words) >= 2:
            first = words[0]
            found = tuple(
                a
                for a in found
                if any(
                    fuzz.ratio(first, normalise(n).split()[0]) >= 80 for n in (a.name, *a.aliases)
                )
            )
        elif len(found) > 1 or found[0].country not in self.countries:
            # a bare surname needs the person's country in the article, and no rival
            return None
        found = self._in_office(found)
        if len(found) != 1:
            return None
        return self._ref(found[0], "surname", f"surname {words[-1]!r} of {found[0].name}")

    def _in_office(self, actors: Iterable[Actor]) -> tuple[Actor, ...]:
        actors = tuple(actors)
        if len(actors) <= 1 or not self.date:
            return actors
        day = self.date
        held = tuple(a for a in actors if any(r.active_on(day) for r in a.roles))
        return held or actors

    def _role(self, span: Span) -> ActorRef | None:
        head = span.root
        family = role_families().get(head.lemma_.lower())
        if family is None or any(t.ent_type_ == "PERSON" for t in span):
            return None
        iso = self._country_of(span)
        if iso is None:
            return None
        keyword = _role_keyword(span, head)
        holders = self.cat.holders(keyword, iso, self.date)
        if len(holders) != 1:
            return None
        return self._ref(
            holders[0], "role", f"{span.text!r}: {keyword} of {iso} on {self.date or 'latest'}"
        )

    def _country_of(self, span: Span) -> str | None:
        for t in span:
            iso = self.ix.country_words.get(normalise(t.text))
            if iso:
                return iso
        for ent in span.ents:
            iso = self.ix.country_words.get(normalise(ent.text))
            if iso:
                return iso
        return None

    def _fuzzy(self, span: Span, role: str) -> ActorRef | None:
        tokens = _name_tokens(span)
        if not tokens or not all(t.is_title or t.is_upper for t in tokens):
            return None
        text = normalise(" ".join(t.text for t in tokens))
        if len(text) < 5:
            return None
        person_like = any(t.ent_type_ == "PERSON" for t in tokens) or len(tokens) >= 2
        choices = self.ix.fuzzy_person if person_like and role != "via" else self.ix.fuzzy_other
        hit = process.extractOne(text, choices.keys(), scorer=fuzz.WRatio, score_cutoff=FUZZY_MIN)
        if hit is None:
            return None
        a = choices[hit[0]]
        supported = a.id in self.linked_ids or (
            a.country is not None and a.country in self.countries
        )
        if not supported:
            return None
        return self._ref(
            a,
            "fuzzy",
            f"{span.text!r} ~ {hit[0]!r} ({hit[1]:.0f}), supported by context",
            hit[1] / 100,
        )

    def _new(self, span: Span, role: str) -> ActorRef | None:
        """A new actor: keyed by its name across articles when the name is strong (a
        full name, a proper name), else only within this article ("the ministry")."""
        ent = _name_entity(span)
        tokens = _name_tokens(span)
        generic = False
        if role == "via":
            kind, prefix = "media", "media"
        elif ent is not None and ent.label_ == "PERSON":
            kind, prefix = "person", "person"
        elif ent is not None and ent.label_ == "ORG":
            # "the ministry" tagged ORG is a description, not a name
            kind, prefix, generic = "organisation", "org", not any(t.is_title for t in ent)
        elif ent is not None and ent.label_ in ("GPE", "NORP"):
            kind, prefix = "government", "gov"
        elif tokens and len(tokens) >= 2 and not {t.lower_ for t in tokens} & org_words():
            kind, prefix = "person", "person"
        elif tokens:
            kind, prefix = "organisation", "org"
        elif span.root.lower_ in org_words() or span.root.lemma_.lower() in org_words():
            # "the interior ministry", "the coast guard": a description, not a name
            kind, prefix, generic = "organisation", "org", True
            tokens = [t for t in span if not (t.dep_ == "det" or t.is_punct)]
            if "," in span.text:
                tokens = [t for t in tokens if t.idx < span.start_char + span.text.index(",")]
        else:
            return None
        if not tokens:
            return None
        name = self.doc.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
        weak = generic or (kind == "person" and len(tokens) < 2)
        key = slug(name)
        if weak:
            key += "@" + (self.doc._.doc_key or "doc")
            why = f"not in the catalogue; {name!r} names it only within this article"
        else:
            why = f"not in the catalogue; keyed by its name {normalise(name)!r}"
        return ActorRef(
            f"{prefix}:{key}", name, kind, self._country_of(span), CONFIDENCE["new"], "new", why
        )


def _prefer(found: list[Actor], role: str) -> Actor:
    order = {
        "via": ("media", "organisation", "government", "person", "group", "military", "country"),
        "speaker": (
            "person",
            "government",
            "military",
            "organisation",
            "group",
            "media",
            "country",
        ),
        "party": ("country", "government", "military", "person", "group", "organisation", "media"),
    }[role if role in ("via", "party") else "speaker"]
    return min(found, key=lambda a: order.index(a.kind) if a.kind in order else len(order))


def _is_place_word(text: str, a: Actor) -> bool:
    """'Moscow' for Russia's government is metonymy; 'Russian government' is not."""
    low = normalise(text)
    return not any(w in low for w in ("government", "authorities", "administration", "regime"))


def _name_entity(span: Span) -> Span | None:
    """The entity that names the mention, not one that qualifies it ("Sarn's energy
    minister, Pavel Lind" is Pavel Lind; "the defence ministry of Ostmark" has none)."""
    ents = [
        e
        for e in span.ents
        if e.label_ in ("PERSON", "ORG", "GPE", "NORP")
        and e.root.dep_ not in ("poss", "pobj", "amod")
    ]
    for label in ("PERSON", "ORG", "GPE", "NORP"):
        for e in ents:
            if e.label_ == label:
                return e
    return None


def _name_tokens(span: Span) -> list[Token]:
    """The name inside a mention: the naming entity, else the proper nouns before any
    apposition, without honorifics."""
    ent = _name_entity(span)
    if ent is not None:
        return [
            t for t in ent if (t.lower_ not in honorifics() and not t.is_punct) or t.text == "-"
        ]
    out = []
    for t in span:
        if t.text == ",":
            break
        if t.pos_ == "PROPN" and t.lower_ not in honorifics() and t.dep_ not in ("poss",):
            out.append(t)
        elif out and t.pos_ != "PROPN" and t.text not in ("-", "'s"):
            break
    return out


def _name_forms(span: Span) -> list[str]:
    """Texts to try as aliases: the whole mention, before an apposition, the name."""
    forms = [span.text]
    if "," in span.text:
        forms.append(span.text.split(",")[0])
    name = _name_tokens(span)
    if name:
        forms.append(" ".join(t.text for t in name))
    seen: set[str] = set()
    return [f for f in forms if f.strip() and not (f in seen or seen.add(f))]  # type: ignore[func-returns-value]


def _role_keyword(span: Span, head: Token) -> str:
    """The office a role mention names: "top general" -> "Chief of the General Staff"."""
    words = {t.lower_ for t in span}
    lemma = head.lemma_.lower()
    if lemma == "general" and words & {"top", "best", "senior", "highest", "chief", "most"}:
        return "Chief of the General Staff"
    if lemma == "minister":
        for area, title in (("defence", "Defence"), ("defense", "Defence"), ("foreign", "Foreign")):
            if area in words:
                return f"{title} Minister"
        if "prime" in words:
            return "Prime Minister"
    if lemma in ("spokesman", "spokeswoman", "spokesperson"):
        return "spokes"
    return lemma.capitalize()


def link_statements(doc: Doc, statements: list[RawStatement], published: str | None) -> None:
    """Set ``speaker_actor`` and ``via_actor`` on each statement."""
    if not statements:
        return
    linker = DocLinker(doc, published)
    for st in sorted(statements, key=lambda s: s.cue_token):
        if st.speaker is not None:
            st.speaker_actor = linker.link(*(st.resolved or st.speaker), role="speaker")
            if st.speaker_actor is not None and st.resolved is not None:
                st.speaker_actor = replace(
                    st.speaker_actor,
                    method="coref+" + st.speaker_actor.method,
                    evidence=f"{doc.text[st.speaker[0] : st.speaker[1]]!r} stands for "
                    f"{doc.text[st.resolved[0] : st.resolved[1]]!r}; " + st.speaker_actor.evidence,
                )
        if st.via is not None:
            st.via_actor = linker.link(*st.via, role="via")
