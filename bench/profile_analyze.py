"""Where counterclaim's own time goes on the analyze path, function by function.

Three modes, all over the benchmark texts (PolNeAR dev by default), after a warm-up:

* default, **timers**: every function and method defined in ``counterclaim`` (and our
  ``cc_*`` spaCy components, inside the loaded pipeline) is wrapped in a wall-clock timer,
  then ``analyze_documents`` runs once. Reported per function: calls and inclusive
  time (outermost call only, so recursion is not counted twice), as a share of our
  components' total. The wrappers cost about a microsecond a call, so these are close
  to unprofiled times (tiny functions called 10,000s of times look a little dearer).
* ``--cprofile FILE``: the same run under cProfile, stats written to FILE, our
  functions printed by cumulative time; then who calls spaCy's ``Doc.text`` and
  ``Doc.ents`` and how often (both rebuild their result from every token on each
  access), with an unprofiled estimate of what those rebuilds cost per component.

* ``--what-if``: our components after the model, on the same parses, as they are and
  with ``Doc.text`` and ``Doc.ents`` built once per document (a ``Doc`` subclass that
  caches them): the measured gain of computing those once and passing them along.

Why both timers and cProfile: spaCy's Cython is built with profiling hooks, so under cProfile (or
pyinstrument) every ``Token`` property access is traced and code that touches many
tokens looks 10-100x slower than it is. cProfile is right about call counts and
structure; the timers are right about magnitudes.

    python bench/profile_analyze.py
    python bench/profile_analyze.py --cprofile /tmp/analyze.prof --top 30
    python bench/profile_analyze.py --what-if    # measured gain of caching those getters
    python bench/profile_analyze.py --what-if --concat 16 --repeat 1    # on long documents
"""

from __future__ import annotations

import argparse
import inspect
import statistics
import sys
import time
import types
from collections.abc import Callable
from typing import Any

import spacy
from spacy.tokens import Doc

from benchutil import Timers, load_corpus, machine_facts, table
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
#: Our other top-level stages, outside the spaCy components (every ``cc_*`` component
#: is wrapped too). Offset mapping is ``_collect`` where it exists (it calls
#: ``_statement``), else ``_statement``.
TOP_LEVEL = ("counterclaim.clean.clean", "counterclaim.pipeline.chunks")
MAPPING = ("counterclaim.pipeline._collect", "counterclaim.pipeline._statement")


def _our_modules() -> list[types.ModuleType]:
    """Our modules loaded so far (after a warm-up run: the ones on the analyze path)."""
    return [
        mod
        for name, mod in sorted(sys.modules.items())
        if name.startswith("counterclaim.") and not name.startswith(SKIP_MODULES)
    ]


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
        if name.startswith("cc_"):
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
    mapping = next((stats[n] for n in MAPPING if n in stats and stats[n].calls), None)
    ours = (
        sum(s.seconds for n, s in stats.items() if n.startswith("component "))
        + sum(stats[n].seconds for n in TOP_LEVEL if n in stats)
        + (mapping.seconds if mapping else 0.0)
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
    # spaCy getters that walk every token on each access: who asks, how often
    for g, key in _getter_keys().items():
        v = raw.get(key)
        if v is None:
            continue
        lines += ["", f"spaCy {g} ({key[0]}:{key[1]}) rebuilt {v[1]:,} times, called from:"]
        for c, cv in sorted(v[4].items(), key=lambda kv: -kv[1][1]):
            lines.append(f"  {cv[1]:>6,}  {c[0].split('src/')[-1]}:{c[1]} {c[2]}")
    lines += ["", getter_estimate(cc, corpus.texts)]
    return "\n".join(lines)


#: spaCy getters that rebuild their result from every token on each access, so calling
#: one per mention makes a component quadratic in the document's length.
LINEAR_GETTERS: dict[str, Callable[[Doc], object]] = {
    "Doc.text": lambda d: d.text,
    "Doc.ents": lambda d: d.ents,
}


def _getter_keys() -> dict[str, tuple[str, int, str]]:
    """cProfile's key for each of ``LINEAR_GETTERS`` (their lines differ by version)."""
    import cProfile
    import pstats

    doc = spacy.blank("en")("a b")
    keys = {}
    for name, get in LINEAR_GETTERS.items():
        prof = cProfile.Profile()
        prof.enable()
        get(doc)
        prof.disable()
        raw: dict[tuple[str, int, str], Any] = pstats.Stats(prof).stats
        keys[name] = next(k for k in raw if k[0].endswith("doc.pyx") and k[2] == "__get__")
    return keys


def getter_estimate(cc: Any, texts: list[str]) -> str:
    """Unprofiled seconds our late components spend rebuilding ``Doc.text``/``Doc.ents``.

    The texts are parsed once without our components after the model; then, per
    document, each of those components runs in order, unprofiled (its time) and again
    under cProfile (how many times it rebuilt each getter). Estimated cost: rebuilds
    times the unprofiled cost of one rebuild on that document.
    """
    import cProfile
    import pstats
    import timeit

    from counterclaim.clean import clean
    from counterclaim.pipeline import chunks

    keys = _getter_keys()
    late = [n for n in cc.pipe_names if n.startswith("cc_") and n != "cc_line_breaks"]
    pieces = [p for t in texts for _, p in chunks(clean(t).text)]
    with cc.select_pipes(disable=late):
        docs = list(cc.pipe(pieces))
    calls = {(c, g): 0 for c in late for g in keys}
    est = {(c, g): 0.0 for c in late for g in keys}
    measured = dict.fromkeys(late, 0.0)
    for doc in docs:
        one = {
            g: min(
                timeit.repeat(
                    lambda doc=doc, f=LINEAR_GETTERS[g]: f(doc),
                    timer=time.process_time,
                    number=3,
                    repeat=3,
                )
            )
            / 3
            for g in keys
        }
        for name in late:
            t0 = time.process_time()
            cc.get_pipe(name)(doc)
            measured[name] += time.process_time() - t0
        for name in late:
            prof = cProfile.Profile()
            prof.enable()
            cc.get_pipe(name)(doc)
            prof.disable()
            raw: dict[tuple[str, int, str], Any] = pstats.Stats(prof).stats
            for g, key in keys.items():
                n = raw[key][1] if key in raw else 0
                calls[name, g] += n
                est[name, g] += n * one[g]
    rows = []
    for name in [*late, "all"]:
        names = late if name == "all" else [name]
        m = sum(measured[c] for c in names)
        e = sum(est[c, g] for c in names for g in keys)
        rows.append(
            [name]
            + [f"{sum(calls[c, g] for c in names):,}" for g in keys]
            + [f"{sum(est[c, g] for c in names):.2f}" for g in keys]
            + [f"{m:.2f}", f"{100 * e / m:.0f}%" if m else ""]
        )
    headers = ["component", *(f"{g} builds" for g in keys), *(f"{g} s" for g in keys)]
    return "O(tokens) spaCy getters rebuilt inside our components (unprofiled estimate):\n" + table(
        [*headers, "component s", "share"], rows
    )


class CachedDoc(Doc):
    """A Doc whose ``text`` and ``ents`` are built once (what-if experiment only)."""

    @property
    def text(self) -> str:
        t = self.__dict__.get("_cc_text")
        if t is None:
            t = self.__dict__["_cc_text"] = Doc.text.__get__(self)
        return t

    @property
    def ents(self) -> tuple[Any, ...]:
        e = self.__dict__.get("_cc_ents")
        if e is None:
            e = self.__dict__["_cc_ents"] = Doc.ents.__get__(self)
        return e

    @ents.setter
    def ents(self, value: Any) -> None:
        Doc.ents.__set__(self, value)
        self.__dict__.pop("_cc_ents", None)


def run_what_if(args: argparse.Namespace) -> str:
    """Our late components on the same parses, as they are and with ``Doc.text`` and
    ``Doc.ents`` built once per document: what caching those two would save."""
    from counterclaim.clean import clean
    from counterclaim.pipeline import chunks

    corpus = load_corpus(args.texts)
    texts = corpus.texts
    if args.concat > 1:  # long documents: N articles each, as in bench/scaling.py
        texts = ["\n\n".join(texts[i : i + args.concat]) for i in range(0, len(texts), args.concat)]
    cc = nlp_mod.load()
    late = [n for n in cc.pipe_names if n.startswith("cc_") and n != "cc_line_breaks"]
    pieces = [p for t in texts for _, p in chunks(clean(t).text)]
    with cc.select_pipes(disable=late):
        plain = list(cc.pipe(pieces))
    cached = [CachedDoc(cc.vocab).from_bytes(d.to_bytes(exclude=["user_data"])) for d in plain]
    assert all(type(d[0].doc) is CachedDoc for d in cached if len(d))
    procs = [(n, cc.get_pipe(n)) for n in late]

    def run(docs: list[Doc]) -> dict[str, float]:
        out = dict.fromkeys(late, 0.0)
        for d in docs:
            for name, proc in procs:
                t0 = time.process_time()
                proc(d)
                out[name] += time.process_time() - t0
        return out

    run(plain[:2])
    run(cached[:2])
    times: dict[str, list[dict[str, float]]] = {"plain": [], "cached": []}
    for _ in range(args.repeat):
        times["plain"].append(run(plain))
        times["cached"].append(run(cached))
    n_plain = sum(len(d._.statements or []) for d in plain)
    n_cached = sum(len(d._.statements or []) for d in cached)
    rows = []
    for name in [*late, "all"]:
        names = late if name == "all" else [name]
        a = statistics.median(sum(t[c] for c in names) for t in times["plain"])
        b = statistics.median(sum(t[c] for c in names) for t in times["cached"])
        rows.append([name, f"{a:.2f}", f"{b:.2f}", f"{a / b:.1f}x" if b else ""])
    return "\n".join(
        [
            f"{corpus.source}, {len(texts)} documents of {max(args.concat, 1)} article(s), "
            f"{len(pieces)} pieces (mean {sum(map(len, pieces)) // len(pieces):,} chars); "
            f"our late components, cpu seconds, median "
            f"of {args.repeat}; statements {n_plain:,} as is, {n_cached:,} cached",
            table(["component", "as is", "text+ents cached", "speed-up"], rows),
        ]
    )


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    p.add_argument("--texts", metavar="DIR", help="folder of .txt files (default: PolNeAR dev)")
    p.add_argument("--cprofile", metavar="FILE", help="run under cProfile, write stats here")
    p.add_argument(
        "--what-if",
        action="store_true",
        help="time our components with Doc.text and Doc.ents cached, against as they are",
    )
    p.add_argument("--repeat", type=int, default=3, help="runs for --what-if (median)")
    p.add_argument(
        "--concat", type=int, default=1, help="--what-if on documents of N articles each"
    )
    p.add_argument("--top", type=int, default=25, help="rows to print")
    p.add_argument("--min-seconds", type=float, default=0.001, help="hide faster functions")
    args = p.parse_args(argv)
    if args.what_if:
        print(run_what_if(args))
    else:
        print(run_cprofile(args) if args.cprofile else run_timers(args))


if __name__ == "__main__":
    sys.exit(main())
