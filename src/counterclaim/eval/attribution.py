"""``counterclaim eval attribution``: the full pipeline scored on PolNeAR."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from counterclaim.eval.polnear import evaluate_attribution
from counterclaim.records import Document, Statement


def _analyze_texts(texts: list[str]) -> Iterator[list[Statement]]:
    from counterclaim.pipeline import ExtractionError, analyze_documents

    for res in analyze_documents(
        Document(text=t, source=f"polnear:{i}") for i, t in enumerate(texts)
    ):
        yield [] if isinstance(res, ExtractionError) else res.statements


def run(
    polnear: str | Path,
    split: str,
    limit: int | None = None,
    progress: Callable[[Iterable[Any], int], Iterable[Any]] | None = None,
) -> dict[str, Any]:
    """Scores of the product's extractor on one PolNeAR split (see ``eval.polnear``)."""
    return evaluate_attribution(polnear, split, _analyze_texts, limit=limit, progress=progress)
