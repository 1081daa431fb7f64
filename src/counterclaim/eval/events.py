"""``counterclaim eval events``: the event-type classifier and the event extractor scored.

Two test sets:

* **held-out NGEC stories** (``ngec_synthetic_events_2023-10-19.csv.zip``): the stories
  whose ids the shipped model's ``meta.heldout_ids`` lists (whole headline templates,
  never seen in training; see ``counterclaim.training.events``). Labels belong to the
  story (one PLOVER type per story), so each story gets one predicted type, five ways:

  - *story*: the headline and every sentence of the body, the clause classifier's
    log-probabilities summed with weights (headline 4, body sentence k 0.5**k:
    :func:`counterclaim.extract.events.story_type`). This is the shipped story-level
    decision and the number the issue's bar is about;
  - *body*: the same without the headline (a story whose title is missing);
  - *headline_and_two*: headline and first two body sentences counting once each (the
    story-level decision before the weighted one, kept for comparison);
  - *headline* alone; *first_sentence* of the body alone.

  Mode accuracy is given for stories whose type has modes.
* **single news sentences** written for counterclaim (``tests/data/event_sentences.tsv``:
  sentence, type, actor, recipient, place, negated; type NONE = no event): run through
  the whole pipeline (parse, statements, :func:`extract_events`); a sentence's
  predicted type is its most confident event's, or none. Also the classifier alone
  (forced to choose a type, no threshold), and for sentences typed right, how often
  actor, recipient, place and negation match the gold.

Scores are per-type precision, recall, F1 and their macro average over the 16 types.
"""

from __future__ import annotations

import csv
import hashlib
import io
import math
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

from counterclaim.extract.events import (
    EVENT_TYPES,
    classify,
    event_features,
    event_predicate,
    extract_events,
    load_models,
    norm_mode,
    predict_mode,
    sentence_case,
    story_type,
)
from counterclaim.extract.linear import LinearModel

#: Body sentences per story used for training and for story-level prediction.
BODY_SENTENCES = 2
#: Characters of a story body parsed: the whole body (NGEC bodies have at most about
#: 1,700), cut at a sentence end only past this.
BODY_CHARS = 6000
#: Fewest alphabetic tokens a body sentence needs to count as a sentence.
MIN_WORDS = 4
#: The gold sentences shipped with the tests.
GOLD_SENTENCES = Path(__file__).resolve().parents[3] / "tests" / "data" / "event_sentences.tsv"


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
    """First 12 hex digits of the SHA-1 of a story's text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def load_ngec(path: str | Path) -> list[Story]:
    """Stories from the NGEC zip (one CSV inside; the headline is the prompt's first
    line, the title with its placeholders filled in)."""
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


def _cut(text: str, n: int = BODY_CHARS) -> str:
    """The start of a body, cut at a sentence end near ``n`` characters."""
    if len(text) <= n:
        return text
    k = max(text.rfind(". ", 0, n), text.rfind("\n", 0, n))
    return text[: k + 1] if k > n // 3 else text[:n]


def body_sentences(doc: Doc, k: int | None = BODY_SENTENCES) -> list[Span]:
    """The first ``k`` real sentences of a story body (all with ``k`` None)."""
    out = []
    for s in doc.sents:
        if sum(1 for t in s if t.is_alpha) >= MIN_WORDS:
            out.append(s)
            if k is not None and len(out) == k:
                break
    return out


def sentence_features(sent: Span) -> list[str]:
    """Features of the event a sentence reports (as the extractor computes them)."""
    return event_features(event_predicate(sent), sent)


def pipeline() -> Language:
    from counterclaim import nlp as nlp_mod

    return nlp_mod.load()


def extractors(nlp: Language) -> list[str]:
    """counterclaim's extraction components: typing stories needs only the parse."""
    return [p for p in nlp.pipe_names if p.startswith("cc_") and p != "cc_line_breaks"]


def parse_stories(
    stories: Sequence[Story],
    nlp: Language | None = None,
    cache: Path | None = None,
    n_process: int = 1,
    log: Callable[[str], None] = print,
) -> list[tuple[Doc, Doc]]:
    """(headline doc, body doc) per story, parsed with the product's pipeline (the
    headline put in sentence case first: :func:`~counterclaim.extract.events.sentence_case`);
    with ``cache``, kept there as a DocBin between runs."""
    nlp = nlp or pipeline()
    key = hashlib.sha1(
        ("|".join(s.sid for s in stories) + nlp.meta.get("name", "") + "|sc|full").encode()
    ).hexdigest()[:12]
    path = cache / f"ngec-{key}.spacy" if cache else None
    if path is not None and path.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        return list(zip(docs[0::2], docs[1::2], strict=True))
    texts: list[str] = []
    for s in stories:
        texts.extend((sentence_case(s.headline, nlp), _cut(s.text)))
    log(f"parsing {len(stories)} stories...")
    with nlp.select_pipes(disable=extractors(nlp)):
        docs = list(nlp.pipe(texts, batch_size=64, n_process=n_process))
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = DocBin(store_user_data=False)
        for d in docs:
            db.add(d)
        db.to_disk(path)
    return list(zip(docs[0::2], docs[1::2], strict=True))


# --- scoring --------------------------------------------------------------------------


def per_type_scores(
    gold: Sequence[str], pred: Sequence[str], types: Sequence[str] = EVENT_TYPES
) -> dict[str, Any]:
    """Precision, recall, F1 per type and their macro average over the types with gold
    examples. Labels outside ``types`` (NONE) count only as misses / false alarms."""
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


def summed_type(model: LinearModel, feature_lists: Sequence[Sequence[str]]) -> str:
    """One type for several sentences, each counting once: the highest summed
    log-probability (the story-level decision before the weighted one)."""
    total = [0.0] * len(model.classes)
    for f in feature_lists:
        for k, p in enumerate(model.probs(f)):
            total[k] += math.log(max(p, 1e-12))
    return model.classes[max(range(len(total)), key=total.__getitem__)]


def evaluate_stories(
    model: LinearModel,
    stories: Sequence[Story],
    parsed: Sequence[tuple[Doc, Doc]],
    mode_model: LinearModel | None = None,
) -> dict[str, Any]:
    """Story-level scores, five ways: *story* (headline and the whole body, weighted by
    :func:`~counterclaim.extract.events.story_type`: the shipped story-level decision),
    *body* (the same without the headline), *headline_and_two* (headline and first two
    body sentences counting equally), *headline* alone, *first_sentence* of the body
    alone; and mode accuracy."""
    gold = [s.label for s in stories]
    preds: dict[str, list[str]] = {
        k: [] for k in ("story", "body", "headline_and_two", "headline", "first_sentence")
    }
    feats_of: list[list[list[str]]] = []
    for head, body in parsed:
        hf = sentence_features(head[:])
        bfs = [sentence_features(s) for s in body_sentences(body, None)]
        feats_of.append([hf, *bfs[:BODY_SENTENCES]])
        preds["story"].append(story_type(hf, bfs, model)[0])
        preds["body"].append(story_type(None, bfs, model)[0] if bfs else model.predict(["bias"]))
        preds["headline_and_two"].append(summed_type(model, [hf, *bfs[:BODY_SENTENCES]]))
        preds["first_sentence"].append(model.predict(bfs[0]) if bfs else model.predict(["bias"]))
        preds["headline"].append(model.predict(hf))
    res: dict[str, Any] = {"stories": len(stories)}
    res.update({k: per_type_scores(gold, v) for k, v in preds.items()})
    if mode_model is not None:
        res["mode"] = evaluate_modes(mode_model, stories, feats_of, preds["story"])
    return res


def evaluate_modes(
    mode_model: LinearModel,
    stories: Sequence[Story],
    feats_of: Sequence[Sequence[Sequence[str]]],
    type_pred: Sequence[str],
) -> dict[str, Any]:
    """Mode accuracy on stories whose type has modes ('' = no mode is a class): given
    the gold type, and end to end (type and mode both right), against the baseline of
    each type's commonest mode; and, with the shipped threshold, the share of stories
    given a mode and how often that mode is right."""
    by_type: dict[str, list[str]] = mode_model.meta.get("modes_by_type", {})
    majority: dict[str, str] = mode_model.meta.get("majority_mode", {})
    n = ok_gold = ok_e2e = ok_base = emitted = emitted_ok = 0
    for s, fl, tp in zip(stories, feats_of, type_pred, strict=True):
        if not by_type.get(s.label):
            continue
        flat = [f for fs in fl for f in fs]
        gold = s.mode or ""
        n += 1
        ok_gold += (predict_mode(mode_model, s.label, flat, 0.0) or "") == gold
        ok_base += (majority.get(s.label) or "") == gold
        if tp == s.label:
            ok_e2e += (predict_mode(mode_model, tp, flat, 0.0) or "") == gold
        shipped = predict_mode(mode_model, s.label, flat)
        if shipped:
            emitted += 1
            emitted_ok += shipped == gold

    def r(a: int, b: int) -> float:
        return round(a / b, 3) if b else 0.0

    return {
        "stories": n,
        "accuracy_given_type": r(ok_gold, n),
        "majority_baseline": r(ok_base, n),
        "accuracy_end_to_end": r(ok_e2e, n),
        "given_a_mode": r(emitted, n),
        "precision_when_given": r(emitted_ok, emitted),
    }


# --- gold sentences -------------------------------------------------------------------


@dataclass
class GoldSentence:
    sentence: str
    type: str  # a PLOVER type or NONE
    actor: str
    recipient: str
    place: str
    negated: bool


def load_gold_sentences(path: str | Path = GOLD_SENTENCES) -> list[GoldSentence]:
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("sentence\t"):
            continue
        f = line.split("\t")
        f += [""] * (6 - len(f))
        out.append(GoldSentence(f[0], f[1].upper(), f[2], f[3], f[4], f[5].lower() == "true"))
    return out


_STOP = frozenset(["the", "a", "an", "of", "in", "'s", "and"])


def _content_words(s: str) -> set[str]:
    return {w for w in re.findall(r"[\w-]+", s.lower()) if w not in _STOP}


def span_match(pred: str | None, gold: str) -> bool:
    """Both empty, or sharing a content word."""
    if not gold:
        return not pred
    return bool(pred) and bool(_content_words(pred or "") & _content_words(gold))


def _text(doc: Doc, r: tuple[int, int] | None) -> str | None:
    return doc.text[r[0] : r[1]] if r else None


def evaluate_sentences(gold: Sequence[GoldSentence], nlp: Language | None = None) -> dict[str, Any]:
    """Scores of the whole extractor (and of the classifier alone) on gold sentences."""
    nlp = nlp or pipeline()
    model, _ = load_models()
    pred_types, forced = [], []
    args = {"actor": 0, "recipient": 0, "place": 0, "negated": 0}
    n_right = 0
    errors = []
    for g, doc in zip(gold, nlp.pipe(x.sentence for x in gold), strict=True):
        events = extract_events(doc)
        top = max(events, key=lambda e: e.confidence, default=None)
        pt = top.type if top else "NONE"
        pred_types.append(pt)
        sent = next(iter(doc.sents))
        forced.append(classify(sentence_features(sent), model)[0])
        if pt != g.type:
            errors.append({"sentence": g.sentence, "gold": g.type, "predicted": pt})
        if top is None or pt != g.type:
            continue
        n_right += 1
        args["actor"] += span_match(_text(doc, top.actor), g.actor)
        args["recipient"] += span_match(_text(doc, top.recipient), g.recipient)
        args["place"] += span_match(_text(doc, top.place), g.place)
        args["negated"] += top.negated == g.negated
    typed = [(g.type, f) for g, f in zip(gold, forced, strict=True) if g.type != "NONE"]
    none_gold = sum(1 for g in gold if g.type == "NONE")
    return {
        "sentences": len(gold),
        "extractor": per_type_scores([g.type for g in gold], pred_types),
        "no_event_right": sum(
            1 for g, p in zip(gold, pred_types, strict=True) if g.type == "NONE" and p == "NONE"
        ),
        "no_event_sentences": none_gold,
        "classifier_only": per_type_scores([a for a, _ in typed], [b for _, b in typed]),
        "arguments_when_typed_right": {
            "sentences": n_right,
            **{k: round(v / n_right, 3) if n_right else 0.0 for k, v in args.items()},
        },
        "errors": errors,
    }


def run(
    ngec_zip: str | Path | None = None,
    split: str = "heldout",
    gold_path: str | Path | None = GOLD_SENTENCES,
    cache: str | Path | None = None,
    log: Callable[[str], None] = lambda _m: None,
) -> dict[str, Any]:
    """Scores of the shipped models on the held-out NGEC stories (``split`` "heldout";
    "train" scores the training stories) and on the gold sentences."""
    from counterclaim import settings

    if ngec_zip is None:
        ngec_zip = settings.data_dir() / "plover" / "ngec_synthetic_events_2023-10-19.csv.zip"
    model, mode_model = load_models()
    held = set(model.meta.get("heldout_ids", []))
    stories = load_ngec(ngec_zip)
    if split == "heldout":
        chosen = [s for s in stories if s.sid in held]
    elif split == "train":
        chosen = [s for s in stories if s.sid not in held]
    else:
        raise ValueError(f"unknown split {split!r} (heldout or train)")
    nlp = pipeline()
    parsed = parse_stories(chosen, nlp, Path(cache) if cache else None, log=log)
    result: dict[str, Any] = {
        "split": split,
        "ngec": evaluate_stories(model, chosen, parsed, mode_model),
    }
    if gold_path is not None and Path(gold_path).exists():
        result["sentences"] = evaluate_sentences(load_gold_sentences(gold_path), nlp)
    return result
