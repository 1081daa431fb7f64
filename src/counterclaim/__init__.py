"""counterclaim: a ledger of who claims what, and who disputes it.

>>> from counterclaim import analyze
>>> result = analyze('"We will win," the minister said.')
>>> result.statements[0].speaker.text
'the minister'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from counterclaim.records import Analysis


def analyze(text: str, published: str | None = None) -> Analysis:
    """Extract statements from one article's text; offsets point into ``text``."""
    from counterclaim.pipeline import analyze as _analyze

    return _analyze(text, published=published)


__all__ = ["__version__", "analyze"]
