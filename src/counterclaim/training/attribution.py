"""Train the attribution models (cue detector, role labeller) on PolNeAR train.

Run: ``counterclaim train attribution --polnear ../shared/data/polnear``. It parses the
training articles with the configured spaCy model, turns each gold attribution into
examples with the same feature functions the extractor uses at run time, picks the
cue threshold on a held-out tenth of train, then refits on all of train and writes
``attribution_cues.json.gz`` and ``attribution_roles.json.gz`` (see MODEL_CARD.md).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from counterclaim.eval.polnear import GoldArticle, GoldAttribution, load_polnear
from counterclaim.eval.spans import trim
from counterclaim.extract.context import DocContext
from counterclaim.extract.cues import cue_features, is_candidate
from counterclaim.extract.linear import LinearModel, train_logreg
from counterclaim.extract.roles import ROLE_CLASSES, candidates, role_features

Range = tuple[int, int]

#: Share of training articles held out to choose the cue threshold.
HELD_OUT = 0.1


@dataclass
class Parsed:
    """A parsed training article and its gold attributions in the Doc's offsets."""

    doc: Doc
    gold: list[GoldAttribution]


def _inside(r: Range | None, outer: Range | None) -> bool:
    return r is not None and outer is not None and outer[0] <= r[0] and r[1] <= outer[1]


def role_label(text: str, start: int, end: int, gold: GoldAttribution) -> int:
    """Index in ROLE_CLASSES of the role a candidate range plays in ``gold``."""
    r = trim(text, start, end)
    if r is None:
        return 0
    for role, span in (("content", gold.content), ("source", gold.source), ("cue", gold.cue)):
        g = trim(text, *span) if span else None
        if _inside(r, g):
            return ROLE_CLASSES.index(role)
    return 0


def gold_cue_roots(p: Parsed) -> dict[int, GoldAttribution]:
    """Token index of each gold cue's syntactic head -> its attribution."""
    roots: dict[int, GoldAttribution] = {}
    for a in p.gold:
        if a.cue is None or a.content is None:
            continue
        span = p.doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        roots.setdefault(span.root.i, a)
    return roots


def examples(
    parsed: Iterable[Parsed],
) -> tuple[list[tuple[list[str], int]], list[tuple[list[str], int]]]:
    """Cue examples (every candidate token) and role examples (pieces around gold cues)."""
    cue_ex: list[tuple[list[str], int]] = []
    role_ex: list[tuple[list[str], int]] = []
    for p in parsed:
        ctx = DocContext(p.doc)
        roots = gold_cue_roots(p)
        for t in p.doc:
            if is_candidate(t):
                cue_ex.append((cue_features(t, ctx), int(t.i in roots)))
        for i, gold in roots.items():
            cue = p.doc[i]
            for c in candidates(cue, ctx):
                role_ex.append(
                    (role_features(cue, c, ctx), role_label(p.doc.text, c.start, c.end, gold))
                )
    return cue_ex, role_ex


def best_threshold(
    model: LinearModel, held: Sequence[tuple[list[str], int]]
) -> tuple[float, float]:
    """Cue probability threshold with the best F1 on held-out examples, and that F1."""
    k = model.classes.index("cue")
    scored = sorted(((model.probs(f)[k], y) for f, y in held), reverse=True)
    n_gold = sum(y for _, y in scored)
    best = (0.5, 0.0)
    tp = 0
    for n, (p, y) in enumerate(scored, 1):
        tp += y
        prec, rec = tp / n, tp / n_gold if n_gold else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        if f1 > best[1]:
            best = (p, f1)
    return best


def train(
    parsed: Sequence[Parsed],
    out_dir: Path,
    epochs: int = 8,
    seed: int = 0,
    log: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Fit both models, choose the cue threshold on held-out articles, write the files."""
    rng = random.Random(seed)
    order = list(range(len(parsed)))
    rng.shuffle(order)
    n_held = max(1, int(len(parsed) * HELD_OUT))
    held = [parsed[i] for i in order[:n_held]]
    fit = [parsed[i] for i in order[n_held:]]

    cue_fit, _ = examples(fit)
    cue_held, _ = examples(held)
    log(f"cue examples: {len(cue_fit)} fit, {len(cue_held)} held out")
    probe = train_logreg(cue_fit, ("none", "cue"), epochs=epochs, seed=seed)
    threshold, held_f1 = best_threshold(probe, cue_held)
    log(f"cue threshold {threshold:.3f} (held-out token F1 {held_f1:.3f})")

    cue_all, role_all = examples(parsed)
    cue_model = train_logreg(cue_all, ("none", "cue"), epochs=epochs, seed=seed)
    cue_model.meta.update({"threshold": round(threshold, 4), "held_out_f1": round(held_f1, 4)})
    role_model = train_logreg(role_all, ROLE_CLASSES, epochs=epochs, seed=seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    cue_model.save(out_dir / "attribution_cues.json.gz")
    role_model.save(out_dir / "attribution_roles.json.gz")
    summary = {
        "articles": len(parsed),
        "cue_examples": len(cue_all),
        "role_examples": len(role_all),
        "cue_features": len(cue_model.weights),
        "role_features": len(role_model.weights),
        "threshold": threshold,
        "held_out_cue_f1": held_f1,
    }
    log(str(summary))
    return summary


def parse_polnear(
    root: str | Path,
    split: str,
    parse: Callable[[list[str]], Iterable[tuple[Doc, Callable[[int, int], Range | None]]]],
) -> list[Parsed]:
    """Parse a split; ``parse`` yields each Doc and a map from original to Doc offsets."""
    articles: list[GoldArticle] = load_polnear(root, split)
    out = []
    for art, (doc, to_doc) in zip(articles, parse([a.text for a in articles]), strict=True):

        def conv(
            r: Range | None, to_doc: Callable[[int, int], Range | None] = to_doc
        ) -> Range | None:
            return to_doc(*r) if r else None

        gold = [
            GoldAttribution(conv(a.source), conv(a.cue), conv(a.content)) for a in art.attributions
        ]
        out.append(Parsed(doc, gold))
    return out


def _clean_parse(nlp_texts: list[str]) -> Iterator[tuple[Doc, Callable[[int, int], Range | None]]]:
    """Clean and parse like the product does; map gold offsets into the parsed text."""
    from counterclaim import nlp as nlp_mod
    from counterclaim.clean import clean

    nlp = nlp_mod.load()
    cleaned = [clean(t) for t in nlp_texts]
    with nlp.select_pipes(disable=["cc_statements"]):
        for ct, doc in zip(
            cleaned, nlp.pipe([c.text for c in cleaned], batch_size=32), strict=True
        ):
            yield doc, _to_doc_offsets(doc, ct)


def _to_doc_offsets(doc: Doc, ct: Any) -> Callable[[int, int], Range | None]:
    """Original [start, end) -> the cleaned Doc's range covering the same tokens."""
    if not ct.changed:
        return lambda s, e: (s, e)
    spans = [(ct.to_original(t.idx, t.idx + len(t.text)), t) for t in doc if not t.is_space]

    def conv(start: int, end: int) -> Range | None:
        toks = [t for (o_s, o_e), t in spans if o_s < end and start < o_e]
        if not toks:
            return None
        return toks[0].idx, toks[-1].idx + len(toks[-1].text)

    return conv


def train_from_polnear(
    root: str | Path, out_dir: str | Path, epochs: int = 8, log: Callable[[str], None] = print
) -> dict[str, Any]:
    """Parse PolNeAR train with the product's pipeline and train both models."""
    log("parsing PolNeAR train (a few minutes)...")
    parsed = parse_polnear(root, "train", lambda texts: _clean_parse(texts))
    return train(parsed, Path(out_dir), epochs=epochs, log=log)
