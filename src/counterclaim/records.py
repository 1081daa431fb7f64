"""Plain records passed between stages: no spaCy, no SQL.

Every span is a character range into the document's text *as ingested* (the
``Document.text`` field), never into the cleaned text the parser saw.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Kind = Literal["direct", "indirect", "mixed", "according_to"]
Stance = Literal["asserts", "denies", "questions", "reports"]

KINDS: tuple[str, ...] = ("direct", "indirect", "mixed", "according_to")
STANCES: tuple[str, ...] = ("asserts", "denies", "questions", "reports")


@dataclass(frozen=True)
class Span:
    """A character range ``[start, end)`` into a document's text, with that text."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class ActorRef:
    """The canonical actor a mention is linked to, and how sure the link is.

    ``method`` says how the link was made (``alias``, ``surname``, ``role``,
    ``metonymy``, ``coref``, ``fuzzy``, ``new``); ``evidence`` is a short reason.
    """

    id: str
    name: str
    kind: str
    country: str | None
    confidence: float
    method: str = "alias"
    evidence: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "confidence": round(self.confidence, 3),
        }


@dataclass(frozen=True)
class Mention(Span):
    """A span naming someone; ``resolved`` is the named mention it refers to, if any.

    A pronoun ("she") or a role ("the general") is tied to the fullest name of the
    same speaker earlier (or later) in the article; a name is resolved to itself
    only when a longer form exists ("Gerasimov" -> "Valery Gerasimov").
    """

    resolved: Span | None = None
    actor: ActorRef | None = None

    @property
    def name(self) -> str:
        """The best name for this mention: the resolved name, else its own text."""
        return self.resolved.text if self.resolved else self.text

    def to_dict(self) -> dict[str, Any]:
        d = super().to_dict()
        d["resolved"] = self.resolved.to_dict() if self.resolved else None
        d["actor"] = self.actor.to_dict() if self.actor else None
        return d


@dataclass(frozen=True)
class Statement:
    """Who said what: one attribution read off one article."""

    content: Span
    kind: str
    stance: str
    speaker: Mention | None = None
    cue: Span | None = None
    via: Mention | None = None
    negated: bool = False  # "did not confirm", "never denied"
    confidence: float | None = None  # the cue detector's probability

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "content": self.content.to_dict(),
            "via": self.via.to_dict() if self.via else None,
            "kind": self.kind,
            "stance": self.stance,
            "negated": self.negated,
            "confidence": self.confidence,
        }


@dataclass(frozen=True)
class PlaceMention:
    """A toponym and the place it resolves to (``place_id`` None when unresolved)."""

    span: Span
    place_id: str | None
    name: str | None
    kind: str | None
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    confidence: float

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.span.to_dict(),
            "id": self.place_id,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "admin1": self.admin1,
            "lat": self.lat,
            "lon": self.lon,
            "confidence": round(self.confidence, 3),
        }


@dataclass(frozen=True)
class Figure:
    """A counted figure: "an estimated 14,000 soldiers"."""

    span: Span
    value: float
    value_max: float | None
    unit: str
    count_class: str | None
    hedges: tuple[str, ...]
    vague: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.span.to_dict(),
            "value": self.value,
            "value_max": self.value_max,
            "unit": self.unit,
            "count_class": self.count_class,
            "hedges": list(self.hedges),
            "vague": self.vague,
        }


@dataclass(frozen=True)
class Claim:
    """The proposition a statement (or the article's own voice) carries.

    ``stance`` is the holder's position on the positive form of the proposition
    (``asserts``, ``denies``, ``questions``); ``key`` names the proposition within
    this article (``frame|place|subject country``) so claims and positions compare.
    """

    evidence: Span
    holder: ActorRef | None
    statement: int | None  # index into Analysis.statements; None = the article's voice
    predicate: str
    frame: str
    key: str
    subject: Mention | None = None
    object: Mention | None = None
    object_head: str | None = None
    place: Span | None = None
    place_key: str | None = None
    place_region: str | None = None
    place_lat: float | None = None
    place_lon: float | None = None
    time: str | None = None
    time_precision: str | None = None
    polarity: str = "positive"
    hedges: tuple[str, ...] = ()
    modality: str | None = None
    stance: str = "asserts"
    answers: int | None = None  # index of the claim (same article) this one answers
    figures: tuple[int, ...] = ()  # indices into Analysis.figures
    # whose claim in an earlier article it answers, when this article tells none
    # ("rejected Belize's protest"); the ledger links it to that claim
    answers_actor: ActorRef | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "holder": self.holder.to_dict() if self.holder else None,
            "statement": self.statement,
            "evidence": self.evidence.to_dict(),
            "subject": self.subject.to_dict() if self.subject else None,
            "predicate": self.predicate,
            "frame": self.frame,
            "object": self.object.to_dict() if self.object else None,
            "place": {
                **self.place.to_dict(),
                "key": self.place_key,
                "lat": self.place_lat,
                "lon": self.place_lon,
            }
            if self.place
            else None,
            "time": self.time,
            "time_precision": self.time_precision,
            "polarity": self.polarity,
            "hedges": list(self.hedges),
            "modality": self.modality,
            "stance": self.stance,
            "answers": self.answers,
            "answers_actor": self.answers_actor.to_dict() if self.answers_actor else None,
            "figures": list(self.figures),
            "proposition": self.key,
        }


@dataclass(frozen=True)
class Event:
    """A PLOVER-coded event: who did what to whom, where, when, as one article reports it.

    ``statement`` is the index of the statement that carries it (someone's claim of an
    event), None when the article reports it in its own voice; ``holder`` is whoever
    reports it (the speaker's actor, or the outlet).
    """

    type: str
    mode: str | None
    evidence: Span
    trigger: Span
    actors: tuple[Mention, ...] = ()
    recipients: tuple[Mention, ...] = ()
    place: PlaceMention | None = None
    place_text: Span | None = None
    date: str | None = None
    date_precision: str | None = None
    date_end: str | None = None
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    statement: int | None = None
    holder: ActorRef | None = None
    confidence: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        place = self.place.to_dict() if self.place else None
        if place is None and self.place_text is not None:
            place = {
                **self.place_text.to_dict(),
                "id": None,
                "name": None,
                "kind": None,
                "country": None,
                "admin1": None,
                "lat": None,
                "lon": None,
                "confidence": 0.0,
            }
        return {
            "type": self.type,
            "mode": self.mode,
            "actors": [m.to_dict() for m in self.actors],
            "recipients": [m.to_dict() for m in self.recipients],
            "place": place,
            "date": self.date,
            "date_precision": self.date_precision,
            "date_end": self.date_end,
            "negated": self.negated,
            "hypothetical": self.hypothetical,
            "future": self.future,
            "evidence": self.evidence.to_dict(),
            "trigger": self.trigger.to_dict(),
            "statement": self.statement,
            "holder": self.holder.to_dict() if self.holder else None,
            "confidence": round(self.confidence, 3),
        }


@dataclass
class Document:
    """One article as ingested: its text (offsets point here) and metadata."""

    text: str
    source: str = "-"
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or datetime prefix
    outlet: str | None = None
    language: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["content_hash"] = self.content_hash
        return d


@dataclass
class Analysis:
    """Everything extracted from one document."""

    document: Document
    statements: list[Statement] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    #: fingerprint of the code, data and model that made it (``pipeline.analyzer_version``)
    analyzer: str = ""

    def positions(self) -> list[dict[str, Any]]:
        """Each holder's position on each proposition of this article."""
        out = []
        for i, c in enumerate(self.claims):
            if c.holder is None:
                continue
            out.append(
                {
                    "holder": c.holder.to_dict(),
                    "proposition": c.key,
                    "stance": c.stance,
                    "claim": i,
                    "evidence": c.evidence.to_dict(),
                }
            )
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "statements": [s.to_dict() for s in self.statements],
            "claims": [c.to_dict() for c in self.claims],
            "positions": self.positions(),
            "figures": [f.to_dict() for f in self.figures],
            "places": [p.to_dict() for p in self.places],
            "events": [e.to_dict() for e in self.events],
        }


_WS = re.compile(r"\s+")


def content_hash(text: str) -> str:
    """Hash of the text with unicode and whitespace normalised.

    Two copies of one article that differ only in line endings, NFC/NFD form or
    runs of spaces hash the same, so re-ingesting them adds nothing.
    """
    norm = _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()
