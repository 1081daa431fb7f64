"""One deed told with and without its doer: an agentless claim of a deed joins the
ledger's one doer of it at that place and day (the doer is then what is disputed), and
people taken of different kinds ("soldiers", "engineers") stay two seizures."""

from __future__ import annotations

from typing import Any

from counterclaim.link import propositions as props
from test_disputes import claim


def _groups(claims: list[dict[str, Any]]) -> list[set[str]]:
    return [{str(c["evidence_text"]) for c in p.claims} for p in props.group(claims)]


def _deed(**extra: Any) -> dict[str, Any]:
    kw: dict[str, Any] = {"frame": "attack", "place": "gn:karari", "predicate": "shell"}
    return {**kw, **extra}


def _accusation() -> dict[str, Any]:
    """XXB's "shells fired by XXA forces hit a crowded market" (XXA the doer)."""
    return claim(
        "mil:XXB", "asserts", doc=1, published="2025-06-10", subject="XXA",
        text="artillery shells fired by XXA forces hit a crowded market",
        obj="a crowded market", **_deed(),
    )  # fmt: skip


def _agentless_denial() -> dict[str, Any]:
    """XXA's "the paramilitary did not fire at civilians" (no doer named)."""
    return claim(
        "mil:XXA", "denies", doc=2, published="2025-06-11", predicate="fire",
        text="that the paramilitary did not fire at civilians", obj="civilians",
        **{k: v for k, v in _deed().items() if k != "predicate"},
    )  # fmt: skip


def test_an_agentless_denial_joins_the_one_doer_of_the_deed() -> None:
    """ "Shells fired by XXA hit the market" and "did not fire at civilians": one deed."""
    accusation = _accusation()
    denial = _agentless_denial()
    assert len(_groups([accusation, denial])) == 1


def test_with_two_doers_at_the_place_an_agentless_claim_stays_apart() -> None:
    """Which of two doers' deeds "did not fire at civilians" denies is not known."""
    one = _accusation()
    other = claim(
        "mil:XXA", "asserts", doc=3, published="2025-06-10", subject="XXB",
        text="XXB gunboats shelled the river port", obj="the river port", **_deed(),
    )  # fmt: skip
    denial = claim(
        "org:yyy", "denies", doc=2, published="2025-06-11", predicate="fire",
        text="that the paramilitary did not fire at civilians", obj="civilians",
        **{k: v for k, v in _deed().items() if k != "predicate"},
    )  # fmt: skip
    groups = _groups([one, other, denial])
    assert {"that the paramilitary did not fire at civilians"} in groups


def test_soldiers_taken_and_engineers_taken_are_two_seizures() -> None:
    """One group holding "seven soldiers" and "two road engineers": two propositions."""
    kw: dict[str, Any] = {"frame": "captives", "place": "gn:baudo", "predicate": "hold"}
    soldiers = claim(
        "group:yyy", "asserts", doc=1, published="2025-07-01", subject="XXA",
        text="they were holding seven soldiers", obj="seven soldiers", **kw,
    )  # fmt: skip
    engineers = claim(
        "gov:XXA", "asserts", doc=1, published="2025-07-01", subject="XXA", seq=3,
        text="the group was holding two road engineers", obj="two road engineers",
        statement=2, **kw,
    )  # fmt: skip
    assert props.target_class(engineers) == "civilians"
    assert len(_groups([soldiers, engineers])) == 2


def test_a_doer_less_group_is_no_unique_doer_to_join() -> None:
    """Regression (issue 4, noted 2026-12-07): ``_join_unique_doer`` joined an agentless
    denial to claims whose groups name no doer, when the claims near it all had none."""
    near = _accusation()
    denial = _agentless_denial()
    ordered = [near, denial]
    joined: list[tuple[int, int]] = []
    props._join_unique_doer(
        ordered,
        {("attack", "at", "gn:karari"): [0, 1]},
        {},
        {0: None, 1: None},
        lambda a, b: joined.append((a, b)),
        lambda x: x,
    )
    assert joined == []
