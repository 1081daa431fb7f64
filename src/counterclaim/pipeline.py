"""The pipeline, stage by stage: one document in, its analysis out.

    ingest ─> clean ─> nlp (spaCy + extractors) ─> map offsets back ─> Analysis

Per-document work is pure: the same function serves one file, a batch, a process
pool. The store and the CLI are not imported here.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from counterclaim import nlp as nlp_mod
from counterclaim import settings
from counterclaim.clean import CleanText, clean
from counterclaim.errors import CounterclaimError
from counterclaim.extract import actors
from counterclaim.extract.attribution import RawStatement
from counterclaim.extract.claims import not_a_saying
from counterclaim.link.propositions import PLACE_FRAMES
from counterclaim.records import (
    ActorRef,
    Analysis,
    Claim,
    Document,
    Event,
    Figure,
    Mention,
    PlaceMention,
    Span,
    Statement,
)

log = logging.getLogger(__name__)

#: Texts longer than this are parsed in pieces cut at paragraph breaks: the parser
#: needs about 1 GB of memory per 100,000 characters of one Doc.
CHUNK_CHARS = 100_000
#: Documents handed to spaCy at once.
BATCH_SIZE = 32


#: Parts of the package that never change what an article's analysis holds (the faces,
#: the store, evaluation): left out of :func:`analyzer_version`.
NOT_ANALYSIS = frozenset({"cli.py", "output.py", "ledger.py", "store", "eval", "training", "web"})


@cache
def analyzer_version() -> str:
    """A fingerprint of what analyses an article: every code and data file of the
    package but the faces and the store, and the spaCy model's name and version. An
    article stored under another fingerprint is analysed again when it is ingested
    again (an upgrade must not leave old extractions in the ledger)."""
    root = Path(__file__).parent
    h = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if (
            not path.is_file()
            or rel.parts[0] in NOT_ANALYSIS
            or "__pycache__" in rel.parts
            or path.suffix == ".pyc"
        ):
            continue
        h.update(rel.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    name = settings.model_name()
    h.update(f"{name}=={spacy.util.get_package_version(name)}".encode())
    return h.hexdigest()[:16]


class ExtractionError(CounterclaimError):
    """Extraction failed on one document (it is reported and skipped)."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: extraction failed ({reason})")
        self.source = source
        self.reason = reason


@dataclass
class _Piece:
    """One parsed piece of a document: its offset in the cleaned text."""

    index: int  # which document
    offset: int  # where the piece starts in the cleaned text


def chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Cut ``text`` at paragraph (else line, else space) breaks into pieces <= size."""
    out = []
    start = 0
    while len(text) - start > size:
        cut = -1
        for sep in ("\n\n", "\n", " "):
            cut = text.rfind(sep, start + size // 2, start + size)
            if cut > 0:
                cut += len(sep)
                break
        if cut <= start:
            cut = start + size
        out.append((start, text[start:cut]))
        start = cut
    out.append((start, text[start:]))
    return out


def analyze(text: str, published: str | None = None, nlp: Language | None = None) -> Analysis:
    """Analyse one text: statements with offsets into ``text``."""
    return analyze_document(Document(text=text, published=published), nlp)


def analyze_document(document: Document, nlp: Language | None = None) -> Analysis:
    """Run every stage on one document."""
    result = next(analyze_documents([document], nlp))
    if isinstance(result, ExtractionError):
        raise result
    return result


def analyze_documents(
    documents: Iterable[Document], nlp: Language | None = None, batch_size: int = BATCH_SIZE
) -> Iterator[Analysis | ExtractionError]:
    """Run every stage on each document, in order; a failure is yielded, not raised."""
    nlp = nlp or nlp_mod.load()
    batch: list[Document] = []
    for d in documents:
        batch.append(d)
        if len(batch) >= batch_size:
            yield from _run_batch(batch, nlp)
            batch = []
    if batch:
        yield from _run_batch(batch, nlp)


def _run_batch(docs: list[Document], nlp: Language) -> Iterator[Analysis | ExtractionError]:
    # 1. clean: normalise what breaks the parser, keeping the map back
    cleaned = [clean(d.text) for d in docs]
    # 2. nlp: parse and extract (spaCy components, see nlp.py), long texts in pieces
    pieces: list[tuple[Doc, _Piece]] = []
    for i, (d, c) in enumerate(zip(docs, cleaned, strict=True)):
        for off, t in chunks(c.text):
            doc = nlp.make_doc(t)
            doc._.published = d.published
            doc._.doc_key = d.content_hash[:12]
            doc._.outlet = d.outlet
            pieces.append((doc, _Piece(i, off)))
    parsed: list[list[tuple[Doc, int]]] = [[] for _ in docs]
    errors: dict[int, str] = {}
    for doc, piece in _pipe(nlp, pieces, errors):
        parsed[piece.index].append((doc, piece.offset))
        if doc._.cc_error:
            errors[piece.index] = doc._.cc_error
    # 3. map every span back to the text as ingested
    for i, (document, ct) in enumerate(zip(docs, cleaned, strict=True)):
        if i in errors:
            yield ExtractionError(document.source, errors[i])
            continue
        result = Analysis(document=document, analyzer=analyzer_version())
        for doc, off in parsed[i]:
            _collect(result, doc, ct, off)
        yield result


def _pipe(
    nlp: Language, pieces: list[tuple[Doc, _Piece]], errors: dict[int, str]
) -> Iterator[tuple[Doc, _Piece]]:
    """nlp.pipe over the pieces; if spaCy itself fails, retry one by one to find the bad one."""
    try:
        yield from nlp.pipe(pieces, as_tuples=True, batch_size=BATCH_SIZE)
        return
    except Exception:
        log.exception("spaCy failed on a batch; retrying its documents one by one")
    for doc, piece in pieces:
        if piece.index in errors:
            continue
        try:
            yield nlp(doc), piece
        except Exception as exc:
            errors[piece.index] = f"{type(exc).__name__}: {exc}"


def _span(ct: CleanText, offset: int, rng: tuple[int, int] | None, original: str) -> Span | None:
    if rng is None:
        return None
    start, end = ct.to_original(rng[0] + offset, rng[1] + offset)
    return Span(original[start:end], start, end)


def _mention(
    ct: CleanText,
    offset: int,
    rng: tuple[int, int] | None,
    resolved: tuple[int, int] | None,
    original: str,
    actor: ActorRef | None = None,
) -> Mention | None:
    span = _span(ct, offset, rng, original)
    if span is None:
        return None
    return Mention(span.text, span.start, span.end, _span(ct, offset, resolved, original), actor)


def _statement(raw: RawStatement, ct: CleanText, offset: int, original: str) -> Statement:
    content = _span(ct, offset, raw.content, original)
    assert content is not None
    return Statement(
        content=content,
        kind=raw.kind,
        stance=raw.stance,
        speaker=_mention(ct, offset, raw.speaker, raw.resolved, original, raw.speaker_actor),
        cue=_span(ct, offset, raw.cue, original),
        via=_mention(ct, offset, raw.via, None, original, raw.via_actor),
        negated=raw.negated,
        confidence=raw.confidence,
    )


def _collect(result: Analysis, doc: Doc, ct: CleanText, offset: int) -> None:
    """Add one parsed piece's items to ``result``, offsets mapped to the original text
    and indices (statement, figure, claim) shifted past the earlier pieces'."""
    original = result.document.text
    n_st, n_fig, n_claim = len(result.statements), len(result.figures), len(result.claims)
    result.statements.extend(_statement(raw, ct, offset, original) for raw in doc._.statements)
    for f in doc._.figures or []:
        span = _span(ct, offset, (f.start, f.end), original)
        assert span is not None
        result.figures.append(
            Figure(span, f.value, f.value_max, f.unit, f.count_class, f.hedges, f.vague)
        )
    for r in doc._.places or []:
        span = _span(ct, offset, (r.toponym.start, r.toponym.end), original)
        assert span is not None
        pl = r.place
        result.places.append(
            PlaceMention(
                span,
                pl.id if pl else None,
                pl.name if pl else None,
                pl.kind if pl else None,
                pl.country if pl else None,
                pl.admin1 if pl else None,
                pl.lat if pl else None,
                pl.lon if pl else None,
                r.confidence,
            )
        )
    statements = doc._.statements or []
    outlet = (
        actors.linker_for(doc, doc._.published).link_name(doc._.outlet, role="via")
        if doc._.outlet
        else None
    )
    for c in doc._.claims or []:
        # the article's own voice is held by its outlet
        holder = c.holder or (
            _holder(doc, statements, c.statement) if c.statement is not None else outlet
        )
        evidence = _span(ct, offset, c.evidence, original)
        assert evidence is not None
        place = _span(ct, offset, (c.place.start, c.place.end), original) if c.place else None
        result.claims.append(
            Claim(
                evidence=evidence,
                holder=holder,
                statement=c.statement + n_st if c.statement is not None else None,
                predicate=c.predicate,
                frame=c.frame,
                key=proposition_key(c.frame, c.place.key if c.place else None, c.subject_actor),
                subject=_mention(ct, offset, c.subject, None, original, c.subject_actor),
                object=_mention(ct, offset, c.object, None, original, c.object_actor),
                object_head=c.object_head,
                place=place,
                place_key=c.place.key if c.place else None,
                place_region=c.place.region if c.place else None,
                place_lat=c.place.lat if c.place else None,
                place_lon=c.place.lon if c.place else None,
                time=c.time,
                time_precision=c.time_precision,
                polarity=c.polarity,
                hedges=c.hedges,
                modality=c.modality,
                stance=c.stance,
                answers=c.answers + n_claim if c.answers is not None and c.answers >= 0 else None,
                figures=tuple(k + n_fig for k in c.figures),
                answers_actor=c.answers_across,
            )
        )
    _events(result, doc, ct, offset, n_st, outlet)


def proposition_key(frame: str, place_key: str | None, subject: ActorRef | None) -> str:
    """The key claims of one article share when they state the same proposition:
    frame and place, and for deeds (attacks, deployments, supplies) who did them."""
    who = subject.country or subject.id if subject is not None else "?"
    if frame in PLACE_FRAMES:
        return f"{frame}|{place_key or '?'}"
    return f"{frame}|{place_key or '?'}|{who}"


def _events(
    result: Analysis,
    doc: Doc,
    ct: CleanText,
    offset: int,
    n_st: int,
    outlet: ActorRef | None = None,
) -> None:
    """The document's events, actors and recipients linked, places resolved."""
    original = result.document.text
    statements = doc._.statements or []
    linker = actors.linker_for(doc, doc._.published)
    resolved = {(r.toponym.start, r.toponym.end): r for r in doc._.places or []}
    places_by_offset = {(p.span.start, p.span.end): p for p in result.places}
    for ev in doc._.events or []:
        evidence = _span(ct, offset, ev.evidence, original)
        trigger = _span(ct, offset, ev.trigger, original)
        assert evidence is not None and trigger is not None

        def party(
            rng: tuple[int, int] | None, resolved_rng: tuple[int, int] | None = None
        ) -> tuple[Mention, ...]:
            if rng is None:
                return ()
            ref = linker.link(*(resolved_rng or rng), role="party")
            m = _mention(ct, offset, rng, resolved_rng, original, ref)
            return (m,) if m is not None else ()

        place = place_text = None
        if ev.place is not None:
            place_text = _span(ct, offset, ev.place, original)
            hits = [
                r
                for (s, e), r in resolved.items()
                if s < ev.place[1] and ev.place[0] < e and r.place
            ]
            if hits and place_text is not None:
                orig = _span(ct, offset, (hits[0].toponym.start, hits[0].toponym.end), original)
                if orig is not None:
                    place = places_by_offset.get((orig.start, orig.end))
        holder = (
            _holder(doc, statements, ev.statement_index) if ev.statement_index is not None else None
        )
        result.events.append(
            Event(
                type=ev.type,
                mode=ev.mode,
                evidence=evidence,
                trigger=trigger,
                actors=party(ev.actor, ev.actor_resolved),
                recipients=party(ev.recipient),
                place=place,
                place_text=place_text,
                date=ev.date,
                date_precision=ev.date_precision,
                date_end=ev.date_end,
                negated=ev.negated,
                hypothetical=ev.hypothetical,
                future=ev.future,
                statement=ev.statement_index + n_st if ev.statement_index is not None else None,
                holder=holder,
                confidence=ev.confidence,
            )
        )


def _holder(doc: Doc, statements: list[RawStatement], k: int) -> ActorRef | None:
    """Who holds statement ``k``'s claims: its speaker's actor; for words reported
    inside another statement with no actor of their own ("footage showed that ...",
    said the analysts), the enclosing statement's speaker, if that one is a saying
    ("Balochistan has seen an insurgency by separatists who accuse the government of
    X": the separatists' words are not Balochistan's)."""
    st = statements[k]
    if st.speaker_actor is not None:
        return st.speaker_actor
    if st.speaker is not None:
        who = doc.char_span(*st.speaker, alignment_mode="expand")
        if who is not None and len(who) and who.root.lemma_.lower() in actors.COMMON_PEOPLE_NOUNS:
            # "insisted that ..., a day after separatists claimed to have taken the
            # town": people who speak for themselves, not for the enclosing speaker
            return None
    for other in statements:
        if other is st or other.speaker_actor is None or st.cue is None or not_a_saying(doc, other):
            continue
        # (the cue inside the other's words: "..., a claim the rebels denied" has its
        # cue after them, and no one else's speaker speaks for the rebels)
        if other.content[0] <= st.cue[0] < other.content[1] and st.content[1] <= other.content[1]:
            return other.speaker_actor
    return None
