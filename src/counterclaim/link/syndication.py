"""Syndication: the same wire story republished by several outlets counts as one source.

MinHash signatures over word shingles, banded into locality-sensitive buckets, so only
documents that share a bucket are compared: cost grows with the number of documents,
not with their pairs. Candidates are confirmed by the estimated Jaccard similarity.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

import numpy as np

#: Words per shingle.
SHINGLE = 5
#: MinHash permutations (bands x rows).
PERMUTATIONS = 64
BANDS = 16
#: Estimated Jaccard similarity above which two documents are one story. Wire copies
#: with a new headline and a trimmed last paragraph score 0.8 and more; two different
#: reports of one event from the same agency stay under 0.5.
SAME_STORY = 0.7

_WORD = re.compile(r"\w+")
_PRIME = (1 << 61) - 1
_rng = np.random.default_rng(20241101)
_A = _rng.integers(1, _PRIME, size=PERMUTATIONS, dtype=np.uint64)
_B = _rng.integers(0, _PRIME, size=PERMUTATIONS, dtype=np.uint64)


def shingles(text: str) -> np.ndarray:
    """64-bit hashes of the text's word n-grams (lower-cased)."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        words = words + [""] * (SHINGLE - len(words))
    grams = {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    return np.array(
        [
            int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "little")
            for g in grams
        ],
        dtype=np.uint64,
    )


def signature(text: str) -> np.ndarray:
    """The MinHash signature of a text."""
    h = shingles(text) % np.uint64(_PRIME)
    # (a*h + b) mod p for every permutation; uint64 wraps, which keeps it a hash family
    vals = (np.outer(_A, h) + _B[:, None]) % np.uint64(_PRIME)
    return vals.min(axis=1)


def groups(docs: Iterable[tuple[int, str, str]]) -> dict[int, str]:
    """Document id -> story group id, from (id, content hash, text) triples.

    A group is named by the smallest content hash among its documents, so the names
    do not depend on the order the documents were ingested in.
    """
    sigs: dict[int, np.ndarray] = {}
    keys: dict[int, str] = {}
    buckets: dict[tuple[int, bytes], list[int]] = {}
    rows = PERMUTATIONS // BANDS
    for doc_id, key, text in docs:
        keys[doc_id] = key
        sig = signature(text)
        sigs[doc_id] = sig
        for b in range(BANDS):
            buckets.setdefault((b, sig[b * rows : (b + 1) * rows].tobytes()), []).append(doc_id)
    parent = {d: d for d in sigs}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for members in buckets.values():
        if len(members) < 2:
            continue
        first = members[0]
        for other in members[1:]:
            if find(first) == find(other):
                continue
            if float(np.mean(sigs[first] == sigs[other])) >= SAME_STORY:
                a, b = find(first), find(other)
                parent[max(a, b)] = min(a, b)
    names: dict[int, str] = {}
    for d in sigs:
        root = find(d)
        names[root] = min(names.get(root, keys[d]), keys[d])
    return {d: "story:" + names[find(d)][:16] for d in sigs}
