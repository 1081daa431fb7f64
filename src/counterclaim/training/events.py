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

* each story's headline (the cleanest statement of the labelled event), weight 3, put
  in sentence case before parsing (``extract.events.sentence_case``: in Title Case the
  small English model tags every word a proper noun and the verb is lost);
* the first two body sentences with the story's label, weight 1 (noisy);
* the PLOVER codebook's event and mode definitions and the CAMEO-to-PLOVER descriptions
  ("Provide military aid" -> AID), weight 3.

Weights are given by repeating examples (``train_logreg`` has no example weights).

The story-level decision (``extract.events.story_type``: headline weight
``STORY_HEADLINE_WEIGHT``, body sentence k ``STORY_DECAY ** k``) was chosen by 4-fold
cross-validation grouped by headline template over the training stories only (each fold
model scoring the stories of templates it had not seen).

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
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from counterclaim.eval.events import (
    BODY_SENTENCES,
    Story,
    body_sentences,
    evaluate_stories,
    extractors,
    load_ngec,
    parse_stories,
    pipeline,
    sentence_features,
)
from counterclaim.extract.events import (
    EVENT_TYPES,
    MODE_MODEL_FILE,
    TYPE_MODEL_FILE,
    event_features,
)
from counterclaim.extract.linear import LinearModel, train_logreg

#: Share of stories held out (by headline template, stratified by label).
HELD_OUT = 0.2
#: Seed of the held-out draw and of training.
SEED = 13
#: SGD settings, chosen on a further held-out fifth of the training stories (by
#: template): a small learning rate regularises (train_logreg has no L2 penalty), and
#: features seen fewer than 5 times are dropped (a third of the size, same scores).
EPOCHS = 10
LR = 0.02
MIN_COUNT = 5
#: Repeats (= weights) of a headline and of a codebook definition against a body sentence.
HEADLINE_WEIGHT = 3
DEFINITION_WEIGHT = 3


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


def heldout_split(
    stories: Sequence[Story], frac: float = HELD_OUT, seed: int = SEED, by: str = "template"
) -> set[str]:
    """Ids of held-out stories, about ``frac`` of each label: whole headline templates
    (``by="template"``, the default) or single stories (``by="story"``, which leaves
    near-copies of held-out headlines in training)."""
    groups: dict[str, list[Story]] = defaultdict(list)
    for s in stories:
        groups[s.template if by == "template" else s.sid].append(s)
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
    body_k: int = BODY_SENTENCES,
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
        ex.extend((sentence_features(b), y) for b in body_sentences(body, body_k))
    for doc, lab in definitions:
        if lab in idx:
            f = sentence_features(doc[:])
            ex.extend((f, idx[lab]) for _ in range(DEFINITION_WEIGHT))
    return ex


def dev_scores(model: LinearModel, nlp: Language) -> dict[float, float]:
    """F1 of "which event does this sentence report" on :data:`DEV_SENTENCES` for each
    candidate threshold (a sentence scores when its best clause's type is the gold one
    and clears the threshold, or when nothing clears it and it has no event)."""
    from counterclaim.extract.events import _eventive, candidate_predicates, clause_tokens

    best: list[tuple[str, float] | None] = []
    with nlp.select_pipes(disable=extractors(nlp)):
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
            guess = top[0] if top is not None and top[1] >= t else None
            if guess is not None and guess == gold:
                tp += 1
            else:
                fp += guess is not None
                fn += gold is not None
        out[t] = round(2 * tp / (2 * tp + fp + fn), 3) if tp else 0.0
    return out


#: Thresholds whose development F1 is within this of the best count as equally good
#: (one development sentence moves F1 by about 0.025).
DEV_MARGIN = 0.025


def pick_threshold(scores: dict[float, float]) -> float:
    """The highest threshold within :data:`DEV_MARGIN` of the best development F1: news
    has far more sentences without events than the development list, so among equals
    the more precise threshold wins."""
    best = max(scores.values())
    return max(t for t, f in scores.items() if f >= best - DEV_MARGIN)


def train_from_ngec(
    path_to_zip: str | Path,
    out_dir: str | Path,
    epochs: int = EPOCHS,
    lr: float = LR,
    min_count: int = MIN_COUNT,
    seed: int = SEED,
    heldout: float = HELD_OUT,
    split_by: str = "template",
    cache: str | Path | None = None,
    n_process: int = 1,
    log: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Train the type and mode models on the non-held-out stories and write them."""
    t0 = time.time()
    path_to_zip = Path(path_to_zip)
    stories = load_ngec(path_to_zip)
    held = heldout_split(stories, heldout, seed, split_by)
    nlp = pipeline()
    parsed = parse_stories(
        stories, nlp, Path(cache) if cache else None, n_process=n_process, log=log
    )
    defs_text = codebook_definitions(path_to_zip.parent)
    with nlp.select_pipes(disable=extractors(nlp)):
        docs = list(nlp.pipe(t for t, _ in defs_text))
    defs = [(d, lab) for d, (_, lab) in zip(docs, defs_text, strict=True)]
    fit = [(s, p) for s, p in zip(stories, parsed, strict=True) if s.sid not in held]
    test = [(s, p) for s, p in zip(stories, parsed, strict=True) if s.sid in held]
    log(f"{len(fit)} training stories, {len(test)} held out, {len(defs)} definitions")

    types = list(EVENT_TYPES)
    ex = build_examples([s for s, _ in fit], [p for _, p in fit], defs, types, lambda s: s.label)
    log(f"type examples: {len(ex)}")
    model = train_logreg(
        ex, types, epochs=epochs, lr=lr, min_count=min_count, seed=seed,
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
        mode_ex, mode_classes, epochs=epochs, lr=lr, min_count=min_count, seed=seed,
        class_weights=_balanced((y for _, y in mode_ex), len(mode_classes)),
    )  # fmt: skip
    mode_model.meta.update(
        {
            "modes_by_type": modes_by_type,
            "majority_mode": {t: by_type[t].most_common(1)[0][0] for t in modes_by_type},
        }
    )

    thresholds = dev_scores(model, nlp)
    threshold = pick_threshold(thresholds)
    log(f"development F1 by threshold: {thresholds}; chosen {threshold}")
    scores = evaluate_stories(model, [s for s, _ in test], [p for _, p in test], mode_model)
    log(json.dumps({k: v for k, v in scores.items() if k != "mode"}, indent=None)[:2000])
    log(f"modes: {scores['mode']}")
    meta = {
        "data": path_to_zip.name,
        "split": f"by {'headline template' if split_by == 'template' else 'story'}, "
        "stratified by label",
        "heldout_fraction": heldout,
        "seed": seed,
        "epochs": epochs,
        "lr": lr,
        "min_count": min_count,
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
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument("--lr", type=float, default=LR)
    ap.add_argument("--min-count", type=int, default=MIN_COUNT)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument(
        "--split-by", choices=("template", "story"), default="template",
        help="hold out whole headline templates (default) or single stories",
    )  # fmt: skip
    ap.add_argument("--cache", default=None, help="keep parsed stories here between runs")
    ap.add_argument("--n-process", type=int, default=1)
    args = ap.parse_args(argv)
    train_from_ngec(
        args.ngec, args.out, epochs=args.epochs, lr=args.lr, min_count=args.min_count,
        seed=args.seed, split_by=args.split_by,
        cache=args.cache, n_process=args.n_process,
        log=lambda m: print(m, file=sys.stderr, flush=True),
    )  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
