"""Train the PLOVER event-type (and mode) classifiers on the NGEC synthetic stories.

Run::

    python -m counterclaim.training.events \\
        --ngec ../shared/data/plover/ngec_synthetic_events_2023-10-19.csv.zip \\
        --out src/counterclaim/data/events/

Data: 4,500 LLM-written stories (ahalterman/NGEC), each labelled with the PLOVER type
and mode of the headline that prompted it. Labels belong to the story, not to a
sentence, and the generated bodies often drift from the headline: reading 40 random
stories, the first two body sentences state the labelled event in about half of them.
The classifier works on single clauses at run time, so it is trained on sentences:

* each story's headline (the cleanest statement of the labelled event), weight 3;
* the first two body sentences with the story's label, weight 1 (noisy);
* the PLOVER codebook's event and mode definitions and the CAMEO-to-PLOVER descriptions
  ("Provide military aid" -> AID), weight 3.

Weights are given by repeating examples (``train_logreg`` has no example weights).

Held-out split: 20% of stories, stratified by label, drawn by *headline template*
(the 332 hand-written titles each prompted about 14 stories differing in country
names): every story of a held-out template is held out, so no held-out headline has a
near-copy in training. The held-out story ids (first 12 hex digits of the SHA-1 of the
story text) are stored in the model's ``meta.heldout_ids``; ``counterclaim.eval.events``
scores exactly those. The shipped model is the one fitted without them.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import random
import re
import sys
import time
import zipfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

from counterclaim.extract.events import (
    EVENT_TYPES,
    MODE_MODEL_FILE,
    TYPE_MODEL_FILE,
    event_features,
    event_predicate,
    norm_mode,
)
from counterclaim.extract.linear import LinearModel, train_logreg

#: Share of stories held out (by headline template, stratified by label).
HELD_OUT = 0.2
#: Seed of the held-out draw and of training.
SEED = 13
#: Body sentences per story used for training and for story-level prediction.
BODY_SENTENCES = 2
#: Repeats (= weights) of a headline and of a codebook definition against a body sentence.
HEADLINE_WEIGHT = 3
DEFINITION_WEIGHT = 3
#: Characters of a story body parsed (the first sentences are all that is used).
BODY_CHARS = 1500
#: Fewest alphabetic tokens a body sentence needs to count as a sentence.
MIN_WORDS = 4


#: Development sentences for choosing the event threshold (written for this purpose;
#: the test sentences in tests/data/event_sentences.tsv are never used in training).
#: None marks a sentence that reports no PLOVER event.
DEV_SENTENCES: tuple[tuple[str, str | None], ...] = (
    ("Syrian government forces shelled rebel positions near Idlib on Sunday.", "ASSAULT"),
    ("Gunmen opened fire on a bus carrying pilgrims in Balochistan.", "ASSAULT"),
    ("Police in Istanbul detained dozens of journalists during a dawn raid.", "COERCE"),
    ("Iraq imposed a curfew in Basra after days of unrest.", "COERCE"),
    ("Thousands of farmers blocked roads in Brussels to protest new EU rules.", "PROTEST"),
    ("Nurses in Kenya walked off the job demanding unpaid wages.", "PROTEST"),
    ("The Polish president met NATO's secretary general in Warsaw.", "CONSULT"),
    ("Saudi Arabia's crown prince hosted the Turkish president in Jeddah.", "CONSULT"),
    ("Canada pledged 500 million dollars in humanitarian aid for Gaza.", "AID"),
    ("The World Food Programme delivered grain to famine-hit areas of Yemen.", "AID"),
    ("Ukraine called on its allies to send more air defence systems.", "REQUEST"),
    ("The Philippines accused China of ramming a supply boat.", "ACCUSE"),
    ("Prosecutors in Brazil indicted the former president for fraud.", "ACCUSE"),
    ("Israel rejected a French proposal for a truce in Lebanon.", "REJECT"),
    ("Russia threatened to cut gas supplies to Moldova.", "THREATEN"),
    ("Kosovo's prime minister resigned after a no-confidence vote.", "RETREAT"),
    ("Azerbaijan released two Armenian soldiers captured last year.", "RETREAT"),
    ("The EU imposed new sanctions on Iranian drone makers.", "SANCTION"),
    ("A court in Tehran sentenced a French tourist to five years in prison.", "SANCTION"),
    ("Taiwan put its forces on alert as Chinese warships approached.", "MOBILIZE"),
    ("Iran test-fired a new long-range cruise missile.", "MOBILIZE"),
    ("Egypt and Greece signed a maritime boundary agreement.", "SUPPORT"),
    ("The African Union praised Kenya's role in the peace talks.", "SUPPORT"),
    ("Vietnam and Japan will hold joint coast guard drills in May.", "COOPERATE"),
    ("Ethiopia agreed to resume talks with Egypt over the dam.", "AGREE"),
    ("The rebels declared a unilateral ceasefire for the holidays.", "CONCEDE"),
    ("The museum is open every day except Monday.", None),
    ("Oil prices climbed to their highest level in a year.", None),
    ("The capital has about four million inhabitants.", None),
    ("The film won the top prize at the festival.", None),
    ("Most of the country will see heavy rain this week.", None),
    ("The school was built in 1890 by local merchants.", None),
    ("Tourism accounts for a fifth of the economy.", None),
    ("The new stadium can hold 60,000 spectators.", None),
    ("He studied law in Paris before entering politics.", None),
    ("The ferry leaves the harbour at noon.", None),
)


@dataclass
class Story:
    """One NGEC story."""

    sid: str
    headline: str
    text: str
    template: str
    label: str
    mode: str | None


def story_id(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def load_ngec(path: str | Path) -> list[Story]:
    """Stories from the NGEC zip (one CSV inside)."""
    with zipfile.ZipFile(path) as z:
        name = next(n for n in z.namelist() if n.endswith(".csv"))
        with z.open(name) as fh:
            rows = list(csv.DictReader(io.TextIOWrapper(fh, "utf-8")))
    out = []
    for r in rows:
        headline = (r.get("prompt") or "").strip().split("\n")[0].strip() or r["title"]
        out.append(
            Story(
                sid=story_id(r["text"]),
                headline=headline,
                text=r["text"],
                template=r["title"],
                label=r["label"].strip().upper(),
                mode=norm_mode(r.get("mode")),
            )
        )
    return out


def heldout_split(stories: Sequence[Story], frac: float = HELD_OUT, seed: int = SEED) -> set[str]:
    """Ids of held-out stories: whole headline templates, about ``frac`` of each label."""
    groups: dict[str, list[Story]] = defaultdict(list)
    for s in stories:
        groups[s.template].append(s)
    by_label: dict[str, list[list[Story]]] = defaultdict(list)
    for g in groups.values():
        by_label[Counter(s.label for s in g).most_common(1)[0][0]].append(g)
    rng = random.Random(seed)
    held: set[str] = set()
    for label in sorted(by_label):
        units = sorted(by_label[label], key=lambda g: g[0].template)
        rng.shuffle(units)
        total = sum(len(g) for g in units)
        taken = 0
        for g in units:
            if taken >= frac * total:
                break
            held.update(s.sid for s in g)
            taken += len(g)
    return held


def _cut(text: str, n: int = BODY_CHARS) -> str:
    """The start of a body, cut at a sentence end near ``n`` characters."""
    if len(text) <= n:
        return text
    k = max(text.rfind(". ", 0, n), text.rfind("\n", 0, n))
    return text[: k + 1] if k > n // 3 else text[:n]


def body_sentences(doc: Doc, k: int = BODY_SENTENCES) -> list[Span]:
    """The first ``k`` real sentences of a story body."""
    out = []
    for s in doc.sents:
        if sum(1 for t in s if t.is_alpha) >= MIN_WORDS:
            out.append(s)
            if len(out) == k:
                break
    return out


def sentence_features(sent: Span) -> list[str]:
    """Features of the event a sentence reports (as the extractor computes them)."""
    return event_features(event_predicate(sent), sent)


def _pipeline() -> Language:
    from counterclaim import nlp as nlp_mod

    return nlp_mod.load()


def _extractors(nlp: Language) -> list[str]:
    """counterclaim's extraction components: training needs only the parse."""
    return [p for p in nlp.pipe_names if p.startswith("cc_") and p != "cc_line_breaks"]


def parse_stories(
    stories: Sequence[Story],
    nlp: Language | None = None,
    cache: Path | None = None,
    n_process: int = 1,
    log: Callable[[str], None] = print,
) -> list[tuple[Doc, Doc]]:
    """(headline doc, body-start doc) per story, parsed with the product's pipeline."""
    nlp = nlp or _pipeline()
    key = hashlib.sha1(
        ("|".join(s.sid for s in stories) + nlp.meta.get("name", "")).encode()
    ).hexdigest()[:12]
    path = cache / f"ngec-{key}.spacy" if cache else None
    if path is not None and path.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        return list(zip(docs[0::2], docs[1::2], strict=True))
    texts: list[str] = []
    for s in stories:
        texts.extend((s.headline, _cut(s.text)))
    log(f"parsing {len(stories)} stories...")
    with nlp.select_pipes(disable=_extractors(nlp)):
        docs = list(nlp.pipe(texts, batch_size=64, n_process=n_process))
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = DocBin(store_user_data=False)
        for d in docs:
            db.add(d)
        db.to_disk(path)
    return list(zip(docs[0::2], docs[1::2], strict=True))


def codebook_definitions(plover_dir: Path) -> list[tuple[str, str]]:
    """(definition text, PLOVER type) from the codebook and the CAMEO table."""
    out: list[tuple[str, str]] = []
    book = plover_dir / "PLOVER_structured_codebook.csv"
    if book.exists():
        with book.open(encoding="utf-8") as fh:
            seen: set[str] = set()
            for r in csv.DictReader(fh):
                t = r["event"].strip().upper()
                for field in ("mode_def", "event_def"):
                    txt = (r.get(field) or "").strip()
                    if txt and txt not in seen and t in EVENT_TYPES:
                        seen.add(txt)
                        out.append((txt, t))
    cameo = plover_dir / "CAMEO2PLOVER-2021.txt"
    if cameo.exists():
        for line in cameo.read_text(encoding="utf-8", errors="replace").splitlines():
            m = re.match(r"^\d+:\s*([A-Z]+)\s*,[^#]*#\s*(.+)$", line)
            if m and m.group(1) in EVENT_TYPES:
                txt = re.sub(r"\s+\d\d\.\d\d\.\d\d:.*", "", m.group(2)).strip()
                out.append((txt, m.group(1)))
    return out


def story_probs(model: LinearModel, headline: Doc | None, body: Sequence[Span]) -> list[float]:
    """Story-level class scores: summed log-probabilities of headline and body sentences."""
    import math

    total = [0.0] * len(model.classes)
    parts: list[list[str]] = []
    if headline is not None:
        parts.append(sentence_features(headline[:]))
    parts.extend(sentence_features(s) for s in body)
    for f in parts:
        for k, p in enumerate(model.probs(f)):
            total[k] += math.log(max(p, 1e-12))
    return total


def _balanced(labels: Iterable[int], n: int) -> list[float]:
    c = Counter(labels)
    total = sum(c.values())
    return [total / (n * c[k]) if c[k] else 1.0 for k in range(n)]


def build_examples(
    stories: Sequence[Story],
    parsed: Sequence[tuple[Doc, Doc]],
    definitions: Sequence[tuple[Doc, str]],
    classes: Sequence[str],
    label_of: Callable[[Story], str | None],
) -> list[tuple[list[str], int]]:
    """Training examples (features, class index), weights given by repetition."""
    idx = {c: i for i, c in enumerate(classes)}
    ex: list[tuple[list[str], int]] = []
    for s, (head, body) in zip(stories, parsed, strict=True):
        lab = label_of(s)
        if lab is None or lab not in idx:
            continue
        y = idx[lab]
        hf = sentence_features(head[:])
        ex.extend((hf, y) for _ in range(HEADLINE_WEIGHT))
        ex.extend((sentence_features(b), y) for b in body_sentences(body))
    for doc, lab in definitions:
        if lab in idx:
            f = sentence_features(doc[:])
            ex.extend((f, idx[lab]) for _ in range(DEFINITION_WEIGHT))
    return ex


def per_type_scores(gold: Sequence[str], pred: Sequence[str], types: Sequence[str]) -> dict:
    """Precision, recall, F1 per type and their macro average (types with gold or
    predictions)."""
    out: dict[str, Any] = {}
    f1s = []
    for t in types:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == t and p == t)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != t and p == t)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == t and p != t)
        if tp + fp + fn == 0:
            continue
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[t] = {
            "precision": round(prec, 3),
            "recall": round(rec, 3),
            "f1": round(f1, 3),
            "support": tp + fn,
        }
        if tp + fn:
            f1s.append(f1)
    out["macro_f1"] = round(sum(f1s) / len(f1s), 3) if f1s else 0.0
    return out


def evaluate_stories(
    model: LinearModel,
    stories: Sequence[Story],
    parsed: Sequence[tuple[Doc, Doc]],
    mode_model: LinearModel | None = None,
) -> dict[str, Any]:
    """Story-level scores on held-out stories, three ways: headline + first body
    sentences (the story), first body sentence alone, headline alone."""
    gold = [s.label for s in stories]
    story_pred, first_pred, head_pred = [], [], []
    for head, body in parsed:
        sents = body_sentences(body)
        sc = story_probs(model, head, sents)
        story_pred.append(model.classes[max(range(len(sc)), key=sc.__getitem__)])
        first_pred.append(model.predict(sentence_features(sents[0])) if sents else model.classes[0])
        head_pred.append(model.predict(sentence_features(head[:])))
    types = list(model.classes)
    res: dict[str, Any] = {
        "stories": len(stories),
        "story": per_type_scores(gold, story_pred, types),
        "first_sentence": per_type_scores(gold, first_pred, types),
        "headline": per_type_scores(gold, head_pred, types),
    }
    if mode_model is not None:
        res["mode"] = evaluate_modes(mode_model, stories, parsed, story_pred)
    return res


def allowed_modes(mode_model: LinearModel) -> dict[str, list[str]]:
    return {t: list(v) for t, v in mode_model.meta.get("modes_by_type", {}).items()}


def predict_mode(
    mode_model: LinearModel, etype: str, feats: Sequence[str] | Sequence[Sequence[str]]
) -> str | None:
    """The likeliest mode of ``etype`` ('' = none) for one or more feature lists."""
    allowed = allowed_modes(mode_model).get(etype)
    if not allowed:
        return None
    lists = [feats] if feats and isinstance(feats[0], str) else feats
    total = [0.0] * len(mode_model.classes)
    for f in lists:
        for k, v in enumerate(mode_model.scores(f)):  # type: ignore[arg-type]
            total[k] += v
    best = max(
        (c for c in allowed if c in mode_model.classes),
        key=lambda c: total[mode_model.classes.index(c)],
    )
    return best or None


def evaluate_modes(
    mode_model: LinearModel,
    stories: Sequence[Story],
    parsed: Sequence[tuple[Doc, Doc]],
    type_pred: Sequence[str],
) -> dict[str, Any]:
    """Mode accuracy on held-out stories whose type has modes: given the gold type,
    and end to end (type and mode right); with the per-type majority mode as baseline."""
    majority: dict[str, str] = mode_model.meta.get("majority_mode", {})
    n = ok_gold = ok_e2e = ok_base = 0
    for s, (head, body), tp in zip(stories, parsed, type_pred, strict=True):
        if not allowed_modes(mode_model).get(s.label):
            continue
        feats = [sentence_features(head[:])] + [sentence_features(b) for b in body_sentences(body)]
        gold = s.mode or ""
        n += 1
        pm = predict_mode(mode_model, s.label, feats) or ""
        ok_gold += pm == gold
        ok_base += (majority.get(s.label) or "") == gold
        if tp == s.label:
            ok_e2e += (predict_mode(mode_model, tp, feats) or "") == gold
    return {
        "stories": n,
        "accuracy_given_type": round(ok_gold / n, 3) if n else 0.0,
        "majority_baseline": round(ok_base / n, 3) if n else 0.0,
        "accuracy_end_to_end": round(ok_e2e / n, 3) if n else 0.0,
    }


def dev_scores(model: LinearModel, nlp: Language) -> dict[float, float]:
    """F1 of "which event does this sentence report" on :data:`DEV_SENTENCES` for each
    candidate threshold (a sentence scores when its best clause's type is the gold one
    and clears the threshold, or when nothing clears it and it has no event)."""
    from counterclaim.extract.events import _eventive, candidate_predicates, clause_tokens

    best: list[tuple[str, float] | None] = []
    with nlp.select_pipes(disable=_extractors(nlp)):
        for doc in nlp.pipe(t for t, _ in DEV_SENTENCES):
            top: tuple[str, float] | None = None
            for sent in doc.sents:
                for pred in candidate_predicates(sent, []):
                    if not _eventive(pred, clause_tokens(pred, sent)):
                        continue
                    p = model.probs(event_features(pred, sent))
                    k = max(range(len(p)), key=p.__getitem__)
                    if top is None or p[k] > top[1]:
                        top = (model.classes[k], p[k])
            best.append(top)
    out: dict[float, float] = {}
    for i in range(10, 80, 5):
        t = i / 100
        tp = fp = fn = 0
        for (_, gold), top in zip(DEV_SENTENCES, best, strict=True):
            pred = top[0] if top is not None and top[1] >= t else None
            if pred is not None and pred == gold:
                tp += 1
            else:
                fp += pred is not None
                fn += gold is not None
        out[t] = round(2 * tp / (2 * tp + fp + fn), 3) if tp else 0.0
    return out


def train_from_ngec(
    path_to_zip: str | Path,
    out_dir: str | Path,
    epochs: int = 10,
    lr: float = 0.2,
    seed: int = SEED,
    heldout: float = HELD_OUT,
    cache: str | Path | None = None,
    n_process: int = 1,
    log: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Train the type and mode models on the non-held-out stories and write them."""
    t0 = time.time()
    path_to_zip = Path(path_to_zip)
    stories = load_ngec(path_to_zip)
    held = heldout_split(stories, heldout, seed)
    nlp = _pipeline()
    parsed = parse_stories(
        stories, nlp, Path(cache) if cache else None, n_process=n_process, log=log
    )
    defs_text = codebook_definitions(path_to_zip.parent)
    with nlp.select_pipes(disable=_extractors(nlp)):
        defs = list(zip(nlp.pipe(t for t, _ in defs_text), (lab for _, lab in defs_text)))
    fit = [(s, p) for s, p in zip(stories, parsed, strict=True) if s.sid not in held]
    test = [(s, p) for s, p in zip(stories, parsed, strict=True) if s.sid in held]
    log(f"{len(fit)} training stories, {len(test)} held out, {len(defs)} definitions")

    types = list(EVENT_TYPES)
    ex = build_examples([s for s, _ in fit], [p for _, p in fit], defs, types, lambda s: s.label)
    log(f"type examples: {len(ex)}")
    model = train_logreg(
        ex, types, epochs=epochs, lr=lr, seed=seed,
        class_weights=_balanced((y for _, y in ex), len(types)),
    )  # fmt: skip

    # modes: one model over all modes; at run time restricted to the predicted type's
    by_type: dict[str, Counter[str]] = defaultdict(Counter)
    for s, _ in fit:
        by_type[s.label][s.mode or ""] += 1
    modes_by_type = {t: sorted(c) for t, c in sorted(by_type.items()) if any(m for m in c if m)}
    mode_classes = sorted({m for ms in modes_by_type.values() for m in ms})
    mode_ex = build_examples(
        [s for s, _ in fit if s.label in modes_by_type],
        [p for s, p in fit if s.label in modes_by_type],
        [],
        mode_classes,
        lambda s: s.mode or "",
    )
    mode_model = train_logreg(
        mode_ex, mode_classes, epochs=epochs, lr=lr, seed=seed,
        class_weights=_balanced((y for _, y in mode_ex), len(mode_classes)),
    )  # fmt: skip
    mode_model.meta.update(
        {
            "modes_by_type": modes_by_type,
            "majority_mode": {t: by_type[t].most_common(1)[0][0] for t in modes_by_type},
        }
    )

    thresholds = dev_scores(model, nlp)
    threshold = max(thresholds, key=lambda t: (thresholds[t], -abs(t - 0.4)))
    log(f"development F1 by threshold: {thresholds}; best {threshold}")
    scores = evaluate_stories(model, [s for s, _ in test], [p for _, p in test], mode_model)
    log(json.dumps({k: v for k, v in scores.items() if k != "mode"}, indent=None)[:2000])
    log(f"modes: {scores['mode']}")
    meta = {
        "data": path_to_zip.name,
        "split": "by headline template, stratified by label",
        "heldout_fraction": heldout,
        "seed": seed,
        "epochs": epochs,
        "lr": lr,
        "examples": len(ex),
        "threshold": threshold,
        "development_f1_by_threshold": {str(k): v for k, v in thresholds.items()},
        "training_stories": len(fit),
        "heldout_ids": sorted(held),
        "heldout_scores": {
            k: scores[k]["macro_f1"] for k in ("story", "first_sentence", "headline")
        },
        "weights": {
            "headline": HEADLINE_WEIGHT,
            "body_sentences": BODY_SENTENCES,
            "definition": DEFINITION_WEIGHT,
        },
    }
    model.meta.update(meta)
    mode_model.meta.update(
        {k: meta[k] for k in ("data", "split", "seed", "epochs", "lr", "training_stories")}
    )
    mode_model.meta["heldout_scores"] = scores["mode"]
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    model.save(out / Path(TYPE_MODEL_FILE).name)
    mode_model.save(out / Path(MODE_MODEL_FILE).name)
    summary = {
        "seconds": round(time.time() - t0, 1),
        "type_features": len(model.weights),
        "mode_features": len(mode_model.weights),
        "type_bytes": (out / Path(TYPE_MODEL_FILE).name).stat().st_size,
        "mode_bytes": (out / Path(MODE_MODEL_FILE).name).stat().st_size,
        "heldout": scores,
    }
    log(json.dumps({k: v for k, v in summary.items() if k != "heldout"}))
    return summary


def main(argv: Sequence[str] | None = None) -> int:
    from counterclaim import settings

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--ngec",
        default=str(settings.data_dir() / "plover" / "ngec_synthetic_events_2023-10-19.csv.zip"),
    )
    ap.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "data" / "events"))
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--lr", type=float, default=0.2)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--cache", default=None, help="keep parsed stories here between runs")
    ap.add_argument("--n-process", type=int, default=1)
    args = ap.parse_args(argv)
    train_from_ngec(
        args.ngec, args.out, epochs=args.epochs, lr=args.lr, seed=args.seed,
        cache=args.cache, n_process=args.n_process,
        log=lambda m: print(m, file=sys.stderr, flush=True),
    )  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
