"""A release of "all" the captives, said in the article where another holder says one
of them is still held, denies that one is held; a release of some stays its own."""

from __future__ import annotations

from typing import Any

from counterclaim.link import propositions as props
from test_disputes import claim, ledger_of


def _held() -> dict[str, Any]:
    return claim(
        "gov:XXA", "asserts", doc=1, published="2025-03-04", frame="captives",
        place="region:xx-south", predicate="hold",
        text="the third man was being held on charges of espionage",
    )  # fmt: skip


def _release(text: str) -> dict[str, Any]:
    return claim(
        "org:xxb-security", "asserts", doc=1, published="2025-03-04", frame="exchange",
        place=None, predicate="release", text=text, statement=2,
    )  # fmt: skip


def test_all_released_denies_that_one_is_still_held() -> None:
    ledger = ledger_of([_held(), _release("that all three men had been released")])
    assert len(ledger) == 1
    _, pos, dispute = ledger[0]
    assert {(x["holder_actor_id"], x["stance"]) for x in pos} == {
        ("gov:XXA", "asserts"),
        ("org:xxb-security", "denies"),
    }
    assert dispute is not None


def test_some_released_is_its_own_proposition() -> None:
    groups = props.group([_held(), _release("that two of the men had been released")])
    assert len(groups) == 2
