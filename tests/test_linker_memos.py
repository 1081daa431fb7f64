"""The linker's per-mention memos (``_ents``, ``_name_entity``, ``_literal_forms``,
``_bare_description``, ``DocLinker._country_of`` and ``DocLinker._variants``) answer
as the functions they wrap, and whether they are warm or cold changes no link."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from counterclaim.extract import actors
from counterclaim.records import ActorRef

TEXT = (
    "KYIV (Reuters) - Ukraine's defence ministry said on Monday that Russian forces had "
    "shelled Kharkiv overnight. Defence Minister Rustem Umerov said the strike killed two "
    "people. The ministry said the United Nations human rights office had been told. "
    "A spokesman for the Russian Defence Ministry, Igor Konashenkov, denied it. He said "
    "the army had hit only military targets, and the Kremlin's spokesman agreed."
)


def mentions(doc: Doc) -> list[Span]:
    """Every entity, noun chunk and sentence subject phrase of ``doc``, in order."""
    spans = {(s.start, s.end): s for s in [*doc.ents, *doc.noun_chunks]}
    for t in doc:
        if t.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj"):
            spans.setdefault((t.left_edge.i, t.i + 1), doc[t.left_edge.i : t.i + 1])
    return [spans[k] for k in sorted(spans)]


def test_memos_answer_as_the_functions_they_wrap(nlp: Language) -> None:
    doc = nlp(TEXT)
    linker = actors.DocLinker(doc, "2024-10-20")
    spans = mentions(doc)
    assert len(spans) > 10
    for _ in range(2):  # cold, then warm
        for span in spans:
            assert actors._ents(span) == actors._ents_within(
                actors._doc_ents_slot(doc), span.start, span.end
            )
            assert actors._name_entity(span) == actors._find_name_entity(span)
            assert actors._literal_forms(span) == actors._find_literal_forms(span)
            assert actors._bare_description(span, False) == actors._find_bare_description(span)
            assert actors._bare_description(span, True) == ""
            assert linker._country_of(span) == linker._find_country_of(span)
            forms = actors._literal_forms(span)
            assert linker._variants(forms) == linker._find_variants(forms)


def test_memoised_lists_are_copies(nlp: Language) -> None:
    doc = nlp(TEXT)
    linker = actors.DocLinker(doc, "2024-10-20")
    span = next(s for s in doc.ents if s.text == "Rustem Umerov")
    for read in (actors._ents, actors._literal_forms):
        first = read(span)
        before = list(first)
        first.append(first[0])  # a caller extending what it got (``_name_forms`` does)
        assert read(span) == before
    forms = actors._literal_forms(span)
    got = linker._variants(forms)
    got.append("x")
    assert linker._variants(forms) == actors._literal_forms(span)


def test_warm_memos_change_no_link(nlp: Language) -> None:
    """Linking an article's mentions gives the same actors whether the memos were
    filled beforehand (by asking every helper about every mention) or not."""

    def link_all(warm: bool) -> list[ActorRef | None]:
        doc = nlp(TEXT)
        linker = actors.DocLinker(doc, "2024-10-20")
        spans = mentions(doc)
        if warm:
            for span in spans:
                actors._ents(span)
                actors._name_entity(span)
                actors._literal_forms(span)
                actors._bare_description(span, False)
                linker._country_of(span)
                linker._variants(actors._literal_forms(span))
        out = []
        for role in ("speaker", "party", "via"):
            for span in spans:
                out.append(linker.link(span.start_char, span.end_char, role=role))
        return out

    cold = link_all(False)
    assert any(ref is not None for ref in cold)
    assert link_all(True) == cold
