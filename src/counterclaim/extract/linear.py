"""A small multiclass linear model over string features: cheap to run, trained offline.

Weights are a JSON mapping feature -> list of per-class weights, gzip-compressed and
shipped in ``counterclaim/data``. Training (averaged multiclass logistic regression
with SGD) lives here too so the same feature strings are used both ways.
"""

from __future__ import annotations

import gzip
import json
import math
import random
from collections.abc import Iterable, Sequence
from importlib import resources
from operator import add
from pathlib import Path
from typing import Any


class LinearModel:
    """Scores a bag of string features for each class."""

    def __init__(
        self,
        classes: Sequence[str],
        weights: dict[str, list[float]],
        meta: dict[str, Any] | None = None,
    ) -> None:
        self.classes = list(classes)
        self.weights = weights
        self.meta = meta or {}
        self._zero = [0.0] * len(self.classes)

    def scores(self, features: Iterable[str]) -> list[float]:
        # Each class's sum is built feature by feature in the given order, whatever
        # the branch, so the floats are the same; the two- and four-class models (cues,
        # roles: most calls) get unrolled loops, twice as fast as a generic one.
        n = len(self.classes)
        rows = map(self.weights.get, features)
        if n == 2:
            a = b = 0.0
            for w in rows:
                if w is not None:
                    a += w[0]
                    b += w[1]
            return [a, b]
        if n == 4:
            a = b = c = d = 0.0
            for w in rows:
                if w is not None:
                    w0, w1, w2, w3 = w
                    a += w0
                    b += w1
                    c += w2
                    d += w3
            return [a, b, c, d]
        out = self._zero
        for w in rows:
            if w is not None:
                out = list(map(add, out, w))
        return list(out)

    def scores_of(self, features: Iterable[str], ks: Sequence[int]) -> list[float]:
        """``scores(features)[k] for k in ks``, summing only those classes."""
        out = [0.0] * len(ks)
        for w in map(self.weights.get, features):
            if w is not None:
                for j, k in enumerate(ks):
                    out[j] += w[k]
        return out

    def probs(self, features: Iterable[str]) -> list[float]:
        s = self.scores(features)
        m = max(s)
        e = [math.exp(x - m) for x in s]
        z = sum(e)
        return [x / z for x in e]

    def predict(self, features: Iterable[str]) -> str:
        s = self.scores(features)
        return self.classes[max(range(len(s)), key=s.__getitem__)]

    # -- persistence ----------------------------------------------------------
    def save(self, path: str | Path) -> None:
        data = {
            "classes": self.classes,
            "meta": self.meta,
            "weights": {f: [round(x, 4) for x in w] for f, w in self.weights.items()},
        }
        with gzip.open(path, "wt", encoding="utf-8") as fh:
            json.dump(data, fh, separators=(",", ":"), sort_keys=True)

    @classmethod
    def load(cls, path: str | Path) -> LinearModel:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            data = json.load(fh)
        return cls(data["classes"], data["weights"], data.get("meta"))

    @classmethod
    def load_packaged(cls, name: str) -> LinearModel:
        ref = resources.files("counterclaim.data").joinpath(name)
        with resources.as_file(ref) as path:
            return cls.load(path)


def train_logreg(
    examples: Sequence[tuple[list[str], int]],
    classes: Sequence[str],
    epochs: int = 8,
    lr: float = 0.2,
    min_count: int = 2,
    seed: int = 0,
    class_weights: Sequence[float] | None = None,
) -> LinearModel:
    """Multiclass logistic regression by SGD with averaged weights.

    Features seen fewer than ``min_count`` times are dropped (they overfit the
    training articles and bloat the shipped file).
    """
    counts: dict[str, int] = {}
    for feats, _ in examples:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    keep = {f for f, c in counts.items() if c >= min_count}
    n_cls = len(classes)
    w: dict[str, list[float]] = {f: [0.0] * n_cls for f in keep}
    acc: dict[str, list[float]] = {f: [0.0] * n_cls for f in keep}
    cw = list(class_weights) if class_weights else [1.0] * n_cls
    order = list(range(len(examples)))
    rng = random.Random(seed)
    step = 0
    total = epochs * len(order)
    for _epoch in range(epochs):
        rng.shuffle(order)
        for idx in order:
            feats, y = examples[idx]
            fs = [f for f in feats if f in w]
            s = [0.0] * n_cls
            for f in fs:
                wf = w[f]
                for k in range(n_cls):
                    s[k] += wf[k]
            m = max(s)
            e = [math.exp(x - m) for x in s]
            z = sum(e)
            eta = lr * (1.0 - step / total) + 1e-3
            # Averaging: weight each update by the steps it stays in force.
            remaining = total - step
            for k in range(n_cls):
                g = (e[k] / z - (1.0 if k == y else 0.0)) * cw[y]
                if g == 0.0:
                    continue
                d = -eta * g
                for f in fs:
                    w[f][k] += d
                    acc[f][k] += d * remaining
            step += 1
    avg = {f: [a / total for a in acc[f]] for f in keep}
    # Drop features whose weights are all negligible.
    avg = {f: v for f, v in avg.items() if max(abs(x) for x in v) > 1e-3}
    return LinearModel(classes, avg, {"epochs": epochs, "lr": lr, "examples": len(examples)})
