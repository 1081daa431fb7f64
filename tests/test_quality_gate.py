"""Accuracy floors pinned in bench/quality_floors.json, scored on the shared gold data.

Needs ../shared/data (CI has it); without it the test is skipped with that reason.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from counterclaim.eval.attribution import run

FLOORS = json.loads(
    (Path(__file__).resolve().parents[1] / "bench" / "quality_floors.json").read_text()
)


def test_attribution_floors_on_polnear(shared_data: Path) -> None:
    polnear = shared_data / "polnear"
    if not polnear.is_dir():
        pytest.skip(f"PolNeAR not found at {polnear}")
    floors = FLOORS["attribution"]
    result = run(polnear, floors["split"])
    scores = {role: result["exact"][role]["f1"] for role in floors["exact_f1"]}
    below = {r: (s, floors["exact_f1"][r]) for r, s in scores.items() if s < floors["exact_f1"][r]}
    assert not below, f"exact F1 below the pinned floor (score, floor): {below}"
