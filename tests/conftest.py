"""Shared fixtures: the spaCy model (loaded once), temporary stores (SQLite, and
PostgreSQL on a throwaway server), CLI runners."""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NoReturn

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


# -- PostgreSQL: a throwaway server for the store tests ---------------------------------

#: Where to look for the server binaries (Debian/Ubuntu keep them per major version).
PG_BIN_GLOBS = (
    "/usr/lib/postgresql/*/bin",
    "/usr/pgsql-*/bin",
    "/opt/homebrew/opt/postgresql*/bin",
)

PG_INSTALL_HINT = (
    "install the PostgreSQL server (Debian/Ubuntu: apt-get install postgresql) or set "
    "COUNTERCLAIM_PG_BINDIR to the folder holding initdb and pg_ctl"
)


def _pg_bindir() -> Path | None:
    """The folder with ``initdb``, ``pg_ctl`` and ``postgres``, newest version first."""
    env = os.environ.get("COUNTERCLAIM_PG_BINDIR")
    candidates: list[Path] = [Path(env)] if env else []
    on_path = shutil.which("pg_ctl")
    candidates += sorted(
        (Path(p) for g in PG_BIN_GLOBS for p in glob.glob(g)),
        key=lambda p: [int(n) for n in re.findall(r"\d+", str(p))],
        reverse=True,
    )
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    for d in candidates:
        if all(os.access(d / exe, os.X_OK) for exe in ("initdb", "pg_ctl", "postgres")):
            return d
    return None


def _pg_unavailable(reason: str) -> NoReturn:
    """Skip, saying how to install PostgreSQL; fail instead when CI requires it
    (``COUNTERCLAIM_REQUIRE_PG=1``, set by ``.ci/run``)."""
    if os.environ.get("COUNTERCLAIM_REQUIRE_PG") == "1":
        pytest.fail(f"{reason} (COUNTERCLAIM_REQUIRE_PG=1)", pytrace=False)
    pytest.skip(reason)


class PgServer:
    """A PostgreSQL cluster in a temporary folder, reached on a Unix socket only."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.user: dict[str, Any] = {}
        if os.geteuid() == 0:  # the server refuses to run as root
            try:
                pw = pwd.getpwnam(os.environ.get("COUNTERCLAIM_PG_OSUSER", "postgres"))
            except KeyError:
                _pg_unavailable(
                    "running as root and there is no 'postgres' user to run the test server "
                    f"as: {PG_INSTALL_HINT} (its package creates the user), or set "
                    "COUNTERCLAIM_PG_OSUSER to a non-root user"
                )
            self.user = {"user": pw.pw_uid, "group": pw.pw_gid, "extra_groups": []}
        # A short path: a socket's path must fit in about 100 bytes.
        self.base = Path(tempfile.mkdtemp(prefix="ccpg-"))
        if self.user:
            os.chown(self.base, self.user["user"], self.user["group"])
        self.data = self.base / "data"
        self.port = 5432  # names the socket file only: no TCP listener
        self._names = itertools.count(1)

    def _run(self, *args: str | Path) -> None:
        result = subprocess.run(
            [str(a) for a in args],
            cwd=self.base,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            **self.user,
        )
        if result.returncode != 0:
            log = self.base / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{args[0]} failed: {result.stdout}{result.stderr}{tail}")

    def start(self) -> None:
        self._run(
            self.bindir / "initdb",
            "-D",
            self.data,
            "-U",
            "postgres",
            "--auth=trust",
            "--no-sync",
            "--encoding=UTF8",
            "--no-locale",
        )
        options = (
            f"-c listen_addresses='' -k {self.base} -p {self.port} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60"
        )
        self._run(
            self.bindir / "pg_ctl",
            "-D",
            self.data,
            "-l",
            self.base / "server.log",
            "-w",
            "-t",
            "60",
            "-o",
            options,
            "start",
        )

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self._run(self.bindir / "pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.base, ignore_errors=True)

    def url(self, dbname: str) -> str:
        return f"postgresql+psycopg://postgres@/{dbname}?host={self.base}&port={self.port}"

    def admin(self, sql: str) -> None:
        """Run one statement (CREATE/DROP DATABASE) outside a transaction."""
        import psycopg

        with psycopg.connect(
            host=str(self.base),
            port=self.port,
            user="postgres",
            dbname="postgres",
            autocommit=True,
        ) as conn:
            conn.execute(sql)

    def create_database(self, locale: str | None = None) -> str:
        """A new, empty database; its URL. ``locale`` (e.g. "C") sets its collation."""
        name = f"cc_test_{next(self._names)}"
        extra = f" TEMPLATE template0 LOCALE '{locale}'" if locale else ""
        self.admin(f"CREATE DATABASE {name}{extra}")
        return self.url(name)

    def drop_database(self, url: str) -> None:
        name = url.split("?")[0].rsplit("/", 1)[-1]
        self.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A throwaway PostgreSQL server for the session; skipped (saying how to install
    it) when the server binaries are missing. ``.ci/run`` installs them."""
    bindir = _pg_bindir()
    if bindir is None:
        _pg_unavailable(f"PostgreSQL server binaries (initdb, pg_ctl) not found: {PG_INSTALL_HINT}")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _pg_unavailable("the PostgreSQL driver is missing: pip install 'psycopg[binary]'")
    server = PgServer(bindir)
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A fresh, empty database on the session's PostgreSQL server, dropped afterwards."""
    url = pg_server.create_database()
    yield url
    pg_server.drop_database(url)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty store on each backend: a SQLite file, a PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'sub' / 'ledger.db'}"
    url: str = request.getfixturevalue("pg_url")
    return url
