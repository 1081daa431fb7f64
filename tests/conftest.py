"""Shared fixtures: the spaCy model (loaded once), a temporary store, CLI runners."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner, Result

from counterclaim import settings
from counterclaim.records import Analysis

#: Seconds a subprocess run of the CLI may take (loading the model is about 2 s).
SUBPROCESS_TIMEOUT = 120


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The configured spaCy pipeline with counterclaim's components, loaded once."""
    from counterclaim import nlp as nlp_mod

    return nlp_mod.load()


@pytest.fixture(scope="session")
def analyze_text(nlp: Language) -> Callable[[str], Analysis]:
    """``text -> Analysis`` on the shared model."""
    from counterclaim.pipeline import analyze

    def run(text: str) -> Analysis:
        return analyze(text, nlp=nlp)

    return run


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """A fresh SQLite store in the test's temporary folder."""
    return f"sqlite:///{tmp_path / 'cc.db'}"


@pytest.fixture(scope="session")
def cli(nlp: Language) -> Callable[..., Result]:
    """Run the Typer app in-process: ``cli("ingest", path, "--db", url, input=b"...")``.

    Click 8.2+ keeps stdout and stderr apart (``result.stdout``, ``result.stderr``;
    ``result.output`` is both, interleaved); ``mix_stderr`` no longer exists.
    Exceptions are caught, so a traceback shows as ``result.exception``.
    """
    from counterclaim.cli import app

    runner = CliRunner()

    def run(*args: str | Path, input: str | bytes | None = None) -> Result:
        return runner.invoke(app, [str(a) for a in args], input=input)

    return run


@pytest.fixture(scope="session")
def run_cli_subprocess() -> Callable[..., subprocess.CompletedProcess[bytes]]:
    """Run ``python -m counterclaim.cli ...`` in a child process (true end to end)."""

    def run(
        *args: str | Path, input: bytes | None = None, cwd: Path | None = None
    ) -> subprocess.CompletedProcess[bytes]:
        env = {**os.environ, "NO_COLOR": "1"}
        return subprocess.run(
            [sys.executable, "-m", "counterclaim.cli", *(str(a) for a in args)],
            input=input,
            capture_output=True,
            cwd=cwd,
            env=env,
            timeout=SUBPROCESS_TIMEOUT,
            check=False,
        )

    return run


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data`` (or ``COUNTERCLAIM_DATA``); the test is skipped when missing."""
    path = settings.data_dir()
    if not path.is_dir():
        pytest.skip(f"../shared/data not found: {path} (set COUNTERCLAIM_DATA)")
    return path
