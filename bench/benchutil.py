"""Shared helpers for the benchmarks: which texts, machine facts, timing, tables.

The benchmark texts are read by path and never copied into the repository: by
default the PolNeAR dev articles under ``settings.data_dir()/polnear/dev/text``,
else any folder of ``.txt`` given with ``--texts``, else the bundled ``examples/*.txt``
repeated (so the scripts still run on a fresh clone, with less meaningful numbers).
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
# Each script measures the code of the tree it lives in: an export of an older commit
# run for a before/after comparison must not import the installed (newer) package.
sys.path.insert(0, str(REPO / "src"))

from counterclaim import settings  # noqa: E402

EXAMPLES = REPO / "examples"


@dataclass
class Corpus:
    """The benchmark texts: names, texts, and where they came from."""

    names: list[str]
    texts: list[str]
    source: str

    @property
    def chars(self) -> int:
        return sum(len(t) for t in self.texts)

    @property
    def words(self) -> int:
        return sum(count_words(t) for t in self.texts)


def count_words(text: str) -> int:
    """Words as whitespace-separated strings (what ``wc -w`` counts)."""
    return len(text.split())


def polnear_dev_dir() -> Path:
    """Where the PolNeAR dev articles are expected."""
    return settings.data_dir() / "polnear" / "dev" / "text"


def read_texts(folder: Path) -> tuple[list[str], list[str]]:
    """Names and texts (UTF-8, a BOM dropped) of the ``.txt`` files in ``folder``, sorted."""
    paths = sorted(folder.glob("*.txt"))
    return [p.name for p in paths], [p.read_bytes().decode("utf-8-sig") for p in paths]


def load_corpus(texts_dir: str | None, fallback_docs: int = 84) -> Corpus:
    """The texts named by ``--texts``, else PolNeAR dev, else examples repeated."""
    if texts_dir is not None:
        folder = Path(texts_dir)
        names, texts = read_texts(folder)
        if not texts:
            raise SystemExit(f"no .txt files in {folder}")
        return Corpus(names, texts, str(folder))
    folder = polnear_dev_dir()
    if folder.is_dir():
        names, texts = read_texts(folder)
        if texts:
            return Corpus(names, texts, f"PolNeAR dev ({folder})")
    names, texts = read_texts(EXAMPLES)
    if not texts:
        raise SystemExit(f"no texts: {folder} is missing and {EXAMPLES} has no .txt files")
    reps = max(1, -(-fallback_docs // len(texts)))
    names = [f"{n}#{k}" for k in range(reps) for n in names][:fallback_docs]
    texts = (texts * reps)[:fallback_docs]
    return Corpus(names, texts, f"examples/*.txt repeated ({folder} missing)")


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _git(*args: str) -> str:
    try:
        out = subprocess.run(
            ["git", *args], cwd=REPO, capture_output=True, text=True, check=True, timeout=10
        )
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return out.stdout.strip()


def machine_facts(model_name: str, model_version: str) -> dict[str, Any]:
    """Date, CPU, core count, versions and the commit the numbers belong to."""
    import spacy

    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "cpu_model": _cpu_model(),
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "model": f"{model_name} {model_version}",
        # taken when this module was imported, before counterclaim was: the code measured
        **SRC_STATE,
        # other processes on the machine during the run (1, 5, 15 minutes)
        "loadavg": [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None,
    }


def _src_state() -> dict[str, Any]:
    dirty = _git("status", "--porcelain", "--", "src")
    return {
        "git_commit": _git("rev-parse", "--short", "HEAD"),
        "src_modified": bool(dirty) if dirty != "unknown" else None,
        "src_digest": src_digest(),
    }


def src_digest() -> str:
    """Short SHA-1 over the package's files as they are now (the tree may be uncommitted)."""
    import hashlib

    h = hashlib.sha1()
    pkg = REPO / "src" / "counterclaim"
    for path in sorted(pkg.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            h.update(str(path.relative_to(pkg)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:10]


@dataclass
class Timing:
    """Wall-clock and process CPU seconds of one measured call."""

    wall: float
    cpu: float


def timed(fn: Callable[[], object]) -> tuple[Timing, object]:
    """Run ``fn()``: its wall-clock and CPU seconds, and what it returned.

    CPU time (``time.process_time``, all threads of this process) is reported next to
    wall time because on a shared machine other processes stretch the wall clock;
    spaCy's CPU pipelines here run on one thread, so the two agree on an idle machine.
    """
    w0, c0 = time.perf_counter(), time.process_time()
    out = fn()
    return Timing(time.perf_counter() - w0, time.process_time() - c0), out


def median(xs: Sequence[float]) -> float:
    return statistics.median(xs)


def log_log_slope(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Least-squares slope of log(y) on log(x): the exponent k in y ~ x**k."""
    import math

    lx = [math.log(x) for x in xs]
    ly = [math.log(y) for y in ys]
    mx, my = statistics.fmean(lx), statistics.fmean(ly)
    sxx = sum((a - mx) ** 2 for a in lx)
    if sxx == 0:
        return float("nan")
    return sum((a - mx) * (b - my) for a, b in zip(lx, ly, strict=True)) / sxx


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A plain-text table, numbers right-aligned (also valid Markdown)."""
    cells = [[str(h) for h in headers]] + [[str(c) for c in r] for r in rows]
    widths = [max(len(r[k]) for r in cells) for k in range(len(headers))]

    def line(r: Sequence[str], nums: bool) -> str:
        out = []
        for k, c in enumerate(r):
            left = k == 0 or not nums
            out.append(c.ljust(widths[k]) if left else c.rjust(widths[k]))
        return "| " + " | ".join(out) + " |"

    sep = (
        "|"
        + "|".join(
            ("-" * (w + 2)) if k == 0 else ("-" * (w + 1) + ":") for k, w in enumerate(widths)
        )
        + "|"
    )
    return "\n".join([line(cells[0], False), sep, *(line(r, True) for r in cells[1:])])


class Stages:
    """Wall and CPU seconds per named stage: ``with stages.stage("clean"): ...``."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        w0, c0 = time.perf_counter(), time.process_time()
        yield
        self.wall[name] = self.wall.get(name, 0.0) + time.perf_counter() - w0
        self.cpu[name] = self.cpu.get(name, 0.0) + time.process_time() - c0


@dataclass
class Stat:
    """Calls and inclusive seconds of one timed function."""

    calls: int = 0
    seconds: float = 0.0
    depth: int = 0  # >0 while a call is running (recursion counted once)


class Timers:
    """Wall-clock timers wrapped around functions, keyed by a label."""

    def __init__(self) -> None:
        self.stats: dict[str, Stat] = {}

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        """``fn`` with its calls counted and its outermost calls timed under ``name``."""
        st = self.stats.setdefault(name, Stat())
        clock = time.perf_counter

        @functools.wraps(fn)
        def timed_call(*args: Any, **kwargs: Any) -> Any:
            st.calls += 1
            if st.depth:
                return fn(*args, **kwargs)
            st.depth += 1
            t0 = clock()
            try:
                return fn(*args, **kwargs)
            finally:
                st.seconds += clock() - t0
                st.depth -= 1

        return timed_call

    @contextmanager
    def patched(self, targets: Sequence[tuple[str, object, str]]) -> Iterator[None]:
        """Temporarily replace ``owner.attr`` by a timed wrapper, for each
        ``(label, owner, attr)``; targets that do not exist are skipped."""
        saved = []
        for label, owner, attr in targets:
            fn = getattr(owner, attr, None)
            if callable(fn):
                saved.append((owner, attr, owner.__dict__[attr] if attr in vars(owner) else fn))
                setattr(owner, attr, self.wrap(label, fn))
        try:
            yield
        finally:
            for owner, attr, fn in reversed(saved):
                setattr(owner, attr, fn)


#: Commit and digest of the package source at import time (see ``machine_facts``).
SRC_STATE = _src_state()
