"""The learned merge of claim groups (``link.pairmodel``, ``link.propositions``): pair
features, the model file, average linkage, its vetoes, and the training script."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from counterclaim.errors import GroupingModelError
from counterclaim.link import pairmodel
from counterclaim.link import propositions as P

REPO = Path(__file__).resolve().parents[1]

FEATURE = {name: k for k, name in enumerate(P.PAIR_FEATURES)}


def claim(i: int, **kw: Any) -> dict[str, Any]:
    """A claim row as ``Store.claims_for_link()`` gives it (one article by default)."""
    row: dict[str, Any] = {
        "id": i,
        "document_id": 1,
        "seq": i,
        "statement_id": i + 1,
        "holder_actor_id": f"gov:A{i}",
        "holder_name": "h",
        "holder_country": None,
        "predicate": "say",
        "frame": "pred:say",
        "place_key": None,
        "place_text": None,
        "place_region": None,
        "place_lat": None,
        "place_lon": None,
        "subject_text": None,
        "subject_country": None,
        "subject_actor_id": None,
        "object_actor_id": None,
        "object_text": None,
        "object_head": None,
        "stance": "asserts",
        "modality": None,
        "time": None,
        "evidence_text": "",
        "answers_seq": None,
        "content_hash": "ab" * 32,
        "published": "2025-06-01",
        "source_group": None,
        "figure_value": None,
    }
    row.update(kw)
    return row


FOOD = "the 12 trucks hit near Kutum carried only food for displaced families"
ARMS = "the 12 trucks hit near Kutum were transporting weapons and fuel for the militia"


def groups(claims: list[dict[str, Any]]) -> list[list[int]]:
    return sorted(sorted(c["id"] for c in p.claims) for p in P.group(claims))


def test_pair_features_read_both_claims() -> None:
    a = claim(0, evidence_text=FOOD, place_key="gn:1", place_lat=14.0, place_lon=24.0)
    b = claim(3, document_id=2, evidence_text=ARMS, place_key="gn:2", place_lat=4.0, place_lon=4.0)
    x = P.pair_features(a, b)
    assert len(x) == len(P.PAIR_FEATURES) and x[FEATURE["bias"]] == 1.0
    assert x[FEATURE["same_doc"]] == 0.0 and x[FEATURE["gap"]] == 1.0
    assert x[FEATURE["number_shared"]] == 1.0  # "12"
    assert x[FEATURE["names_jac"]] == 1.0  # "Kutum" is the only name of each
    assert x[FEATURE["place_diff"]] == 1.0  # two places far apart
    assert 0.0 < x[FEATURE["evidence_jac"]] < 1.0
    # copies of one wire story are one article
    assert P.pair_features(a, b, {1: "s", 2: "s"})[FEATURE["same_doc"]] == 1.0


def test_the_model_joins_what_the_rules_leave_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    # two holders on what the trucks carried, with two verbs: no rule joins two
    # predicates, the shipped model does
    food = claim(0, holder_actor_id="org:wfp", predicate="carry", frame="pred:carry")
    arms = claim(1, holder_actor_id="mil:SDN", predicate="transport", frame="pred:transport")
    food.update(evidence_text=FOOD, subject_text="the 12 trucks hit near Kutum")
    arms.update(evidence_text=ARMS, subject_text="the 12 trucks hit near Kutum")
    assert groups([food, arms]) == [[0, 1]]
    monkeypatch.setenv(pairmodel.MODEL_ENV, "none")
    assert groups([food, arms]) == [[0], [1]]


def test_the_model_never_folds_one_dispute_into_another() -> None:
    def said(i: int, holder: str, verb: str, stance: str, text: str) -> dict[str, Any]:
        return claim(
            i, holder_actor_id=holder, predicate=verb, frame=f"pred:{verb}", stance=stance,
            evidence_text=text, object_text="food for displaced families",
        )  # fmt: skip

    carried = "the 12 trucks hit near Kutum carried food for displaced families"
    moved = "the 12 trucks hit near Kutum were transporting food for displaced families"
    a = said(0, "org:wfp", "carry", "asserts", carried)
    b = said(1, "mil:SDN", "carry", "denies", carried)
    c = said(2, "org:msf", "transport", "asserts", moved)
    d = said(3, "group:rsf", "transport", "denies", moved)
    # one dispute and a lone claim of the same words: joined
    assert groups([a, b, c]) == [[0, 1, 2]]
    # two disputes: kept apart, however alike their words
    assert groups([a, b, c, d]) == [[0, 1], [2, 3]]


def test_average_linkage_stops_a_chain() -> None:
    """One likely pair cannot join two groups whose claims disagree on average."""
    probs = {(0, 1): 0.95, (0, 2): 0.1}
    parent = [0, 1, 1]

    def find(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    def union(i: int, j: int) -> None:
        parent[find(j)] = find(i)

    def run() -> int:
        members = {0: [0], 1: [1, 2]}
        return pairmodel.merge(
            [(0, 1), (0, 2)], lambda i, j: probs[(i, j)], union, find, members, 0.8, 0.6, 100
        )

    assert run() == 0 and find(0) != find(1)  # mean (0.95 + 0.1) / 2 < 0.6
    probs[(0, 2)] = 0.5
    assert run() == 1 and find(0) == find(1) == find(2)


def test_model_file_is_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = pairmodel.load(P.PAIR_FEATURES)
    assert shipped is not None and shipped.features == P.PAIR_FEATURES
    assert shipped.meta["trained_on"] and not any("test" in s for s in shipped.meta["trained_on"])
    monkeypatch.setenv(pairmodel.MODEL_ENV, "none")
    assert pairmodel.load(P.PAIR_FEATURES) is None
    stale = tmp_path / "stale.json"
    stale.write_text(json.dumps({"weights": {"bias": 1.0}}), encoding="utf-8")
    monkeypatch.setenv(pairmodel.MODEL_ENV, str(stale))
    with pytest.raises(GroupingModelError, match="retrain"):
        pairmodel.load(P.PAIR_FEATURES)
    monkeypatch.setenv(pairmodel.MODEL_ENV, str(tmp_path / "missing.json"))
    with pytest.raises(GroupingModelError, match="=none"):
        pairmodel.load(P.PAIR_FEATURES)


def test_fit_learns_a_separable_rule() -> None:
    rows = [[1.0, float(k % 2)] for k in range(40)]
    weights = pairmodel.fit(rows, [bool(k % 2) for k in range(40)])
    model = pairmodel.PairModel(("bias", "x"), tuple(weights))
    assert model.prob([1.0, 1.0]) > 0.8 > 0.2 > model.prob([1.0, 0.0])


def test_training_on_a_gold_scenario(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from counterclaim.eval import disputes as ev
    from counterclaim.training import grouping

    (sc,) = ev.scenarios(REPO / "bench/gold/disputes", only=["01-chasiv-yar"])
    examples = grouping.scenario_examples(sc)
    labels = [y for _, y in examples]
    assert any(labels) and not all(labels)
    assert all(len(x) == len(P.PAIR_FEATURES) for x, _ in examples)
    model = grouping.train(examples, {"trained_on": ["one scenario"]})
    out = tmp_path / "model.json"
    grouping.write(model, out)
    monkeypatch.setenv(pairmodel.MODEL_ENV, str(out))
    loaded = pairmodel.load(P.PAIR_FEATURES)
    assert loaded is not None and loaded.weights == model.weights
    assert all(math.isfinite(w) for w in loaded.weights)


def test_a_reply_is_weighed_by_what_it_answers() -> None:
    """ "The number 13 is false", answering "13 officers had died", shares no word with
    another article's "Another wounded officer had died overnight": weighed as the claim
    it answers, it no longer pulls the average linkage of the two groups below the bar."""
    toll = claim(
        0, holder_actor_id="person:a-union-leader", predicate="die", frame="pred:die",
        evidence_text="13 officers had died", subject_text="13 officers",
    )  # fmt: skip
    reply = claim(
        1, holder_actor_id="gov:XXA", predicate="be", frame="pred:be", stance="denies",
        evidence_text="The number 13 is false", subject_text="The number 13", answers_seq=0,
    )  # fmt: skip
    later = claim(
        5, document_id=2, content_hash="cd" * 32, holder_actor_id="gov:XXA",
        predicate="die", frame="pred:die", evidence_text="Another wounded officer had died",
        subject_text="Another wounded officer",
    )  # fmt: skip
    assert groups([toll, reply, later]) == [[0, 1, 5]]


def test_a_toll_denied_by_its_figure_is_weighed_by_the_toll_it_denies() -> None:
    """ "The number 13 is false" answers no claim by its sequence, but repeats the toll's
    figure (the rules join it to "13 officers had died"): weighed against another
    article's "Another wounded officer had died overnight", it stands for that toll."""
    kw: dict[str, Any] = {"frame": "casualties", "predicate": "die"}
    toll = claim(
        0, holder_actor_id="person:a-union-leader", evidence_text="13 officers had died",
        subject_text="13 officers", **kw,
    )  # fmt: skip
    reply = claim(
        1, holder_actor_id="person:a-minister", stance="denies", frame="casualties",
        predicate="be", evidence_text="The number 13 is false", subject_text="The number 13",
    )  # fmt: skip
    later = claim(
        5, document_id=2, content_hash="cd" * 32, holder_actor_id="gov:XXA",
        evidence_text="Another wounded officer had died overnight",
        subject_text="Another wounded officer", **kw,
    )  # fmt: skip
    assert groups([toll, reply, later]) == [[0, 1, 5]]
