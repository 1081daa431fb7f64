"""How the cross-document link scales: proposition grouping and syndication.

Grouping compares claims only inside blocks (frame x place, frame x doer, frame x
target), in date windows, never all pairs; this script measures it on synthetic claims
shaped like ``Store.claims_for_link()`` rows, doubling their number, and fits the
exponent of time against size (1.0 is linear, 2.0 all pairs). The same for MinHash
syndication over synthetic documents (near-duplicate pairs planted).

    python bench/link_scaling.py            # table
    python bench/link_scaling.py --json
"""

from __future__ import annotations

import argparse
import json
import math
import random
import time
from typing import Any

import benchutil  # noqa: F401  (puts this tree's src/ first on the path)
from counterclaim.link import propositions, syndication

FRAMES = ("control", "attack", "deployment", "casualties", "supply", "pred:say", "pred:meet")
SIDES = [f"C{i:03d}" for i in range(120)] + [None] * 40  # type: ignore[list-item]
WORDS = [f"w{i}" for i in range(5000)]
#: Share of synthetic claims that answer another article's claim (cross-article answers).
ANSWER_SHARE = 0.02


def synthetic_claims(n: int, seed: int = 0) -> list[dict[str, Any]]:
    """``n`` claims over ~n/8 events: each event gets a frame, a place, a doer, a day."""
    rng = random.Random(seed)
    events = []
    for _ in range(max(1, n // 8)):
        events.append(
            (
                rng.choice(FRAMES),
                f"gn:{rng.randrange(n * 4)}",
                rng.choice(SIDES),
                f"2025-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}",
                rng.choice(WORDS),
            )
        )
    out = []
    for i in range(n):
        frame, place, side, day, obj = rng.choice(events)
        holder = rng.randrange(300)
        # (one claim in fifty rejects another holder's account told in an earlier
        # article, "rejected Belize's protest": the ledger looks for that claim)
        answers = f"H{rng.randrange(300)}" if rng.random() < ANSWER_SHARE else None
        out.append(
            {
                "id": i,
                "document_id": i // 4,
                "seq": i % 4,
                "content_hash": f"{i // 4:064x}",
                "frame": frame,
                "predicate": "x",
                "place_key": place if rng.random() < 0.8 else None,
                "place_region": None,
                "place_lat": None,
                "place_lon": None,
                "place_text": place,
                "subject_country": side if rng.random() < 0.7 else None,
                "subject_actor_id": None,
                "object_actor_id": None,
                "object_text": f"the {obj}",
                "object_head": obj,
                "holder_actor_id": f"H{holder}",
                "holder_name": "h",
                "holder_country": SIDES[holder % len(SIDES)],
                "statement_id": i,  # every claim said by someone (the learned merge weighs these)
                "stance": "asserts" if rng.random() < 0.7 else "denies",
                "time": None,
                "published": day,
                "evidence_text": " ".join(rng.choices(WORDS, k=12)),
                "answers_seq": None,
                "answers_actor_id": answers,
            }
        )
    return out


def synthetic_docs(n: int, seed: int = 0) -> list[tuple[int, str, str]]:
    """``n`` documents of 300 words; every tenth is a light rewrite of another."""
    rng = random.Random(seed)
    docs: list[tuple[int, str, str]] = []
    for i in range(n):
        if i % 10 == 9:
            words = docs[rng.randrange(i - 1)][2].split()
            words[rng.randrange(len(words))] = "edited"
        else:
            words = rng.choices(WORDS, k=300)
        docs.append((i, f"{i:064x}", " ".join(words)))
    return docs


def timed(fn: Any, *args: Any) -> float:
    start = time.process_time()
    fn(*args)
    return time.process_time() - start


def exponent(sizes: list[int], seconds: list[float]) -> float:
    """Least-squares slope of log(time) on log(size)."""
    xs = [math.log(s) for s in sizes]
    ys = [math.log(max(t, 1e-6)) for t in seconds]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    num = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    den = sum((x - mx) ** 2 for x in xs)
    return num / den


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[2000, 4000, 8000, 16000, 32000])
    ap.add_argument("--docs", type=int, nargs="+", default=[500, 1000, 2000, 4000])
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    group_times = []
    for n in args.sizes:
        claims = synthetic_claims(n)
        group_times.append(
            timed(lambda c: [propositions.positions(p, {}) for p in propositions.group(c)], claims)
        )
    syn_times = [timed(syndication.groups, synthetic_docs(n)) for n in args.docs]
    result = {
        "grouping": {
            "claims": args.sizes,
            "cpu_seconds": [round(t, 3) for t in group_times],
            "exponent": round(exponent(args.sizes, group_times), 2),
        },
        "syndication": {
            "documents": args.docs,
            "cpu_seconds": [round(t, 3) for t in syn_times],
            "exponent": round(exponent(args.docs, syn_times), 2),
        },
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    for name, key in (("grouping", "claims"), ("syndication", "documents")):
        r = result[name]
        print(f"{name}: {key} -> cpu s")
        for size, t in zip(r[key], r["cpu_seconds"], strict=True):
            print(f"  {size:>7} {t:8.3f}")
        print(f"  fitted exponent {r['exponent']}")


if __name__ == "__main__":
    main()
