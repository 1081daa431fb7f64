"""Where counterclaim's own time goes on the analyze path, function by function.

Two modes, both over the benchmark texts (PolNeAR dev by default), after a warm-up:

* default, **timers**: every function and method defined in ``counterclaim`` (and our
  two spaCy components, inside the loaded pipeline) is wrapped in a wall-clock timer,
  then ``analyze_documents`` runs once. Reported per function: calls and inclusive
  time (outermost call only, so recursion is not counted twice), as a share of our
  components' total. The wrappers cost well under a microsecond a call, so these are
  close to unprofiled times.
* ``--cprofile FILE``: the same run under cProfile, stats written to FILE, our
  functions printed by cumulative time, plus who calls spaCy's ``Doc.text`` and how
  often.

Why both: spaCy's Cython is built with profiling hooks, so under cProfile (or
pyinstrument) every ``Token`` property access is traced and code that touches many
tokens looks 10-100x slower than it is. cProfile is right about call counts and
structure; the timers are right about magnitudes.

    python bench/profile_analyze.py
    python bench/profile_analyze.py --cprofile /tmp/analyze.prof --top 30
"""

from __future__ import annotations

import argparse
import functools
import inspect
import pkgutil
import sys
import time
import types
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import Any

import counterclaim
from benchutil import load_corpus, machine_facts, table
from counterclaim import nlp as nlp_mod
from counterclaim import settings
from counterclaim.pipeline import analyze_documents
from counterclaim.records import Document

#: Modules not on the analyze path (or that must not be touched).
SKIP_MODULES = (
    "counterclaim.cli",
    "counterclaim.store",
    "counterclaim.eval",
    "counterclaim.training",
    "counterclaim.ledger",
)
#: Our spaCy components: their inclusive time is the extractor's share of a run.
COMPONENTS = ("cc_line_breaks", "cc_statements")
#: Other top-level stages of ours, outside the components.
TOP_LEVEL = (
    "counterclaim.clean.clean",
    "counterclaim.pipeline.chunks",
    "counterclaim.pipeline._statement",
)


@dataclass
class Stat:
    calls: int = 0
    seconds: float = 0.0
    depth: int = 0  # >0 while a call is running (recursion counted once)


class Timers:
    """Wall-clock timers wrapped around functions, keyed by qualified name."""

    def __init__(self) -> None:
        self.stats: dict[str, Stat] = {}

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        st = self.stats.setdefault(name, Stat())
        clock = time.perf_counter

        @functools.wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Any:
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

        return timed


def _our_modules() -> list[types.ModuleType]:
    mods = []
    for info in pkgutil.walk_packages(counterclaim.__path__, "counterclaim."):
        if info.name.startswith(SKIP_MODULES):
            continue
        mods.append(import_module(info.name))
    return mods


def install_timers(timers: Timers, pipeline_nlp: Any) -> None:
    """Wrap our functions and methods everywhere they are bound, and our components."""
    mods = _our_modules()
    wrapped: dict[int, Callable[..., Any]] = {}
    # functions and classes defined in our modules
    for mod in mods:
        for attr, obj in list(vars(mod).items()):
            if isinstance(obj, types.FunctionType) and obj.__module__ == mod.__name__:
                wrapped[id(obj)] = timers.wrap(f"{mod.__name__}.{attr}", obj)
            elif inspect.isclass(obj) and obj.__module__ == mod.__name__:
                for m_name, m in list(vars(obj).items()):
                    if isinstance(m, types.FunctionType) and not (
                        m_name.startswith("__") and m_name != "__init__"
                    ):
                        setattr(
                            obj, m_name, timers.wrap(f"{mod.__name__}.{obj.__name__}.{m_name}", m)
                        )
    # rebind every module-level name that refers to a wrapped function
    for mod in mods:
        for attr, obj in list(vars(mod).items()):
            if isinstance(obj, types.FunctionType) and id(obj) in wrapped:
                setattr(mod, attr, wrapped[id(obj)])
    # the components live inside the pipeline object, not behind a module name
    comps = pipeline_nlp._components
    for k, (name, proc) in enumerate(comps):
        if name in COMPONENTS:
            comps[k] = (name, timers.wrap(f"component {name}", proc))


def run_timers(args: argparse.Namespace) -> str:
    corpus = load_corpus(args.texts)
    cc = nlp_mod.load()
    docs = [Document(text=t, source=n) for n, t in zip(corpus.names, corpus.texts, strict=True)]
    list(analyze_documents(docs[:2], cc))  # warm-up: models, lexicons
    timers = Timers()
    install_timers(timers, cc)
    t0 = time.perf_counter()
    out = list(analyze_documents(docs, cc))
    total = time.perf_counter() - t0
    stats = timers.stats
    ours = sum(stats[f"component {c}"].seconds for c in COMPONENTS) + sum(
        stats[n].seconds for n in TOP_LEVEL if n in stats
    )
    rows = [
        [
            name.removeprefix("counterclaim."),
            s.calls,
            f"{s.seconds:.3f}",
            f"{100 * s.seconds / ours:.1f}%",
        ]
        for name, s in sorted(stats.items(), key=lambda kv: -kv[1].seconds)
        if s.calls
        and s.seconds >= args.min_seconds
        and not name.endswith(("analyze_documents", "_run_batch", "_pipe"))
    ][: args.top]
    n_stmts = sum(len(getattr(a, "statements", [])) for a in out)
    m = machine_facts(settings.model_name(), cc.meta.get("version", "?"))
    head = (
        f"{corpus.source}: {len(docs)} documents, {n_stmts:,} statements; {m['date']}, "
        f"commit {m['git_commit']}"
        + (f" + uncommitted src/ (digest {m['src_digest']})" if m["src_modified"] else "")
    )
    return "\n".join(
        [
            head,
            f"analyze_documents {total:.2f}s wall with timers; counterclaim's own "
            f"(components + clean + chunks + offset mapping) {ours:.2f}s = 100%",
            "",
            table(["function (inclusive time, outermost calls)", "calls", "s", "% of ours"], rows),
        ]
    )


def run_cprofile(args: argparse.Namespace) -> str:
    import cProfile
    import io
    import pstats

    corpus = load_corpus(args.texts)
    cc = nlp_mod.load()
    docs = [Document(text=t, source=n) for n, t in zip(corpus.names, corpus.texts, strict=True)]
    list(analyze_documents(docs[:2], cc))
    prof = cProfile.Profile()
    prof.enable()
    list(analyze_documents(docs, cc))
    prof.disable()
    prof.dump_stats(args.cprofile)
    st = pstats.Stats(prof)
    raw: dict[tuple[str, int, str], tuple[Any, ...]] = st.stats
    ours = [
        (v[3], v[2], v[1], k)
        for k, v in raw.items()
        if "counterclaim" in k[0] and not k[2].startswith("<")
    ]
    ours.sort(reverse=True)
    rows = [
        [f"{k[0].split('src/')[-1]}:{k[1]} {k[2]}", n, f"{ct:.3f}", f"{tt:.3f}"]
        for ct, tt, n, k in ours[: args.top]
    ]
    lines = [
        f"cProfile stats written to {args.cprofile} (total {st.total_tt:.2f}s, "
        "inflated: spaCy's Cython is traced too)",
        "",
        table(["function", "calls", "cumtime s", "tottime s"], rows),
    ]
    # spaCy's Doc.text rebuilds the whole text from its tokens on every access
    for k, v in raw.items():
        if k[0].endswith("doc.pyx") and k[2] == "__get__" and v[1] > 0:
            callers = sorted(v[4].items(), key=lambda kv: -kv[1][3])
            if not any("counterclaim" in c[0] for c, _ in callers):
                continue
            lines += ["", f"spaCy {k[0]}:{k[1]} __get__ (Doc.text and co.): {v[1]:,} calls"]
            buf = io.StringIO()
            for c, cv in callers:
                buf.write(f"  {cv[1]:>6,} calls from {c[0].split('src/')[-1]}:{c[1]} {c[2]}\n")
            lines.append(buf.getvalue().rstrip())
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    p.add_argument("--texts", metavar="DIR", help="folder of .txt files (default: PolNeAR dev)")
    p.add_argument("--cprofile", metavar="FILE", help="run under cProfile, write stats here")
    p.add_argument("--top", type=int, default=25, help="rows to print")
    p.add_argument("--min-seconds", type=float, default=0.001, help="hide faster functions")
    args = p.parse_args(argv)
    print(run_cprofile(args) if args.cprofile else run_timers(args))


if __name__ == "__main__":
    sys.exit(main())
