"""A logistic model over pairs of claims ("do these two say one thing?"), and the
average-linkage merge it drives.

The grouping rules (:mod:`counterclaim.link.propositions`) join claims by frame, place
and doer; read against the gold scenarios, they split far more than they wrongly merge
(pairs of one gold proposition left apart outnumber pairs wrongly joined five to one).
This model, trained on the gold scenarios whose errors were read
(``python -m counterclaim.training.grouping``), scores the pairs the rules left apart;
two groups are joined only when their best pair is likely one proposition *and* their
claims agree on average (one strong pair cannot chain two topics together).

The weights ship as ``counterclaim/data/grouping_model.json`` (features by name, so a
file and the code's feature list are checked against each other when it loads).
``COUNTERCLAIM_GROUPING_MODEL`` names another file, or ``none`` for the rules alone.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from counterclaim.errors import GroupingModelError

#: The shipped model, inside the package's data.
MODEL_RESOURCE = "grouping_model.json"
#: Environment variable naming another model file, or ``none``.
MODEL_ENV = "COUNTERCLAIM_GROUPING_MODEL"


@dataclass(frozen=True)
class PairModel:
    """Logistic regression over named pair features."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def prob(self, x: Sequence[float]) -> float:
        """Probability that a pair with feature values ``x`` is one proposition."""
        z = sum(w * v for w, v in zip(self.weights, x, strict=True))
        return 1.0 / (1.0 + math.exp(-z))

    def to_json(self) -> dict[str, Any]:
        """The model as the JSON object it is shipped as."""
        return {"weights": dict(zip(self.features, self.weights, strict=True)), "meta": self.meta}


def from_json(obj: dict[str, Any], features: Sequence[str], where: str = "model") -> PairModel:
    """A model from its JSON object, checked against the code's ``features``."""
    weights = obj.get("weights")
    if not isinstance(weights, dict) or set(weights) != set(features):
        raise GroupingModelError(
            f"{where}: its features do not match this version's; retrain it with "
            "`python -m counterclaim.training.grouping`"
        )
    return PairModel(
        tuple(features), tuple(float(weights[f]) for f in features), dict(obj.get("meta", {}))
    )


@lru_cache(maxsize=4)
def _load(path: str, features: tuple[str, ...]) -> PairModel | None:
    if path.lower() == "none":
        return None
    try:
        if path == MODEL_RESOURCE:
            text = resources.files("counterclaim.data").joinpath(MODEL_RESOURCE).read_text("utf-8")
        else:
            text = Path(path).read_text(encoding="utf-8")
        obj = json.loads(text)
    except (OSError, ValueError) as e:
        raise GroupingModelError(
            f"cannot read the grouping model {path!r} ({e}); set {MODEL_ENV}=none to group "
            "by the rules alone"
        ) from e
    return from_json(obj, features, path)


def load(features: Sequence[str]) -> PairModel | None:
    """The grouping model in use (``COUNTERCLAIM_GROUPING_MODEL``, default the shipped
    one), or None when it is turned off."""
    return _load(os.environ.get(MODEL_ENV) or MODEL_RESOURCE, tuple(features))


def fit(
    rows: Sequence[Sequence[float]],
    labels: Sequence[bool],
    l2: float = 1.0,
    iterations: int = 3000,
    rate: float = 0.5,
) -> list[float]:
    """Logistic regression by full-batch gradient descent (deterministic); the first
    feature is the bias and is not penalised."""
    import numpy as np

    x = np.asarray(rows, dtype=float)
    y = np.asarray(labels, dtype=float)
    w = np.zeros(x.shape[1])
    n = max(1, len(y))
    penalty = np.full(x.shape[1], l2 / n)
    penalty[0] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        w -= rate * (x.T @ (p - y) / n + penalty * w)
    return [float(v) for v in w]


def merge(
    candidates: Iterable[tuple[int, int]],
    prob: Callable[[int, int], float],
    union: Callable[[int, int], None],
    find: Callable[[int], int],
    members: dict[int, list[int]],
    min_prob: float,
    min_link: float,
    max_link_pairs: int,
    link_prob: Callable[[int, int], float] | None = None,
) -> int:
    """Join groups along candidate pairs, most likely first: a pair of probability at
    least ``min_prob`` joins its two groups when the mean probability over all pairs
    across them is at least ``min_link`` (pairs beyond ``max_link_pairs`` are not
    weighed: such groups stay apart; ``link_prob``, when given, weighs those pairs in
    place of ``prob``). ``members`` maps each group's root to its claims
    and is kept up to date; ``union`` may refuse (the rules' own vetoes). Returns the
    number of joins."""
    scored = sorted(
        (-p, i, j) for i, j in candidates if find(i) != find(j) and (p := prob(i, j)) >= min_prob
    )
    joins = 0
    for _p, i, j in scored:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        mi, mj = members.get(ri, [i]), members.get(rj, [j])
        if len(mi) * len(mj) > max_link_pairs:
            continue
        weigh = link_prob or prob
        link = sum(weigh(a, b) for a in mi for b in mj) / (len(mi) * len(mj))
        if link < min_link:
            continue
        union(i, j)
        root = find(i)
        if root == find(j):
            # (the smaller group's claims move into the larger's list: a join costs
            # the smaller size, so n joins cost n log n however the groups grow)
            small, large = (mi, mj) if len(mi) < len(mj) else (mj, mi)
            large.extend(small)
            members.pop(ri, None)
            members.pop(rj, None)
            members[root] = large
            joins += 1
    return joins
