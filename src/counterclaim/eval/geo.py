"""Toponym resolution scored on gold spans: LGL, TR-News, GeoVirus (XML corpora).

Each gold toponym (its span is given) is resolved with the rest of its article as
context; the score is the distance between the chosen place and the gold coordinates:
accuracy at 161 km (100 miles, the standard), mean and median error in km, and the
area under the curve of log errors (AUC, lower is better; Gritta et al. 2018).
Unresolved toponyms count as wrong with the largest possible error, 20,039 km (half
the Earth's circumference). Gold toponyms without coordinates are not scored.

Our country and division points come from countrystatecity, not GeoNames, and differ
by more than 161 km for a few big ones (United States 237 km, Canada, Alberta,
Queensland), so ``accuracy_161km_or_same_place`` also reports the share of toponyms
resolved to the gold's own place wherever its point is.

Run: ``python -m counterclaim.eval.geo --corpus ../shared/data/geo/lgl.xml``.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from counterclaim.geo.gazetteer import Gazetteer, Place, haversine_km, normalize
from counterclaim.geo.resolve import Resolution, resolve
from counterclaim.geo.toponyms import Toponym, toponym_for_span

#: Accuracy radius: 161 km = 100 miles (standard in geoparsing evaluation).
ACCURACY_KM = 161.0
#: Error given to an unresolved toponym: the largest great-circle distance on Earth.
MAX_ERROR_KM = 20039.0


@dataclass
class GoldToponym:
    """One annotated toponym: span, phrase and gold coordinates."""

    start: int
    end: int
    phrase: str
    lat: float
    lon: float
    geonameid: str | None = None
    fcode: str | None = None
    gold_name: str | None = None
    gold_country: str | None = None
    page: str | None = None


@dataclass
class GoldArticle:
    """An article's text and its gold toponyms (only those with coordinates)."""

    id: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)


def _f(el: ET.Element | None, tag: str) -> str | None:
    if el is None:
        return None
    v = el.findtext(tag)
    return v.strip() if v is not None else None


def load_corpus(path: str | Path) -> list[GoldArticle]:
    """Read LGL / TR-News (``<toponym><gaztag>``) or GeoVirus (``<location>``) XML."""
    root = ET.parse(path).getroot()
    out: list[GoldArticle] = []
    for n, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        aid = art.get("docid") or _f(art, "source") or str(n)
        gold = GoldArticle(aid, text)
        for top in art.iter("toponym"):
            gaz = top.find("gaztag")
            lat, lon = _f(gaz, "lat"), _f(gaz, "lon")
            start, end = _f(top, "start"), _f(top, "end")
            if not (lat and lon and start and end):
                continue
            phrase = _f(top, "phrase") or ""
            gid = gaz.get("geonameid") if gaz is not None else None
            gold.toponyms.append(
                GoldToponym(
                    int(start),
                    int(end),
                    phrase,
                    float(lat),
                    float(lon),
                    gid,
                    _f(gaz, "fcode"),
                    _f(gaz, "name"),
                    _f(gaz, "country"),
                )
            )
        for loc in art.iter("location"):
            lat, lon = _f(loc, "lat"), _f(loc, "lon")
            start, end = _f(loc, "start"), _f(loc, "end")
            if not (lat and lon and start and end):
                continue
            phrase = _f(loc, "name") or ""
            gold.toponyms.append(
                GoldToponym(
                    int(start), int(end), phrase, float(lat), float(lon), page=_f(loc, "page")
                )
            )
        gold.toponyms.sort(key=lambda t: t.start)
        out.append(gold)
    return out


def gold_toponyms(article: GoldArticle) -> list[Toponym]:
    """The article's gold spans as :class:`Toponym` (the phrase when offsets drift)."""
    tops = []
    for g in article.toponyms:
        start, end = g.start, g.end
        if article.text[start:end] != g.phrase and g.phrase:
            # a few corpora count offsets differently: find the phrase nearby
            near = article.text.find(g.phrase, max(0, start - 20))
            if near >= 0 and abs(near - start) <= 20:
                start, end = near, near + len(g.phrase)
        tops.append(toponym_for_span(article.text, start, end))
    return tops


ResolveFn = Callable[[list[Toponym], str], list[Resolution]]


def _default_resolve(toponyms: list[Toponym], text: str) -> list[Resolution]:
    return resolve(toponyms, text)


def same_place(gold: GoldToponym, place: Place) -> bool:
    """The gold's own place, whatever its point: the same GeoNames id, a country / ADM1
    of the gold's name and country (LGL, TR-News), or a country, division or region
    named like the gold's Wikipedia page (GeoVirus)."""
    if gold.geonameid and place.geonameid and str(place.geonameid) == gold.geonameid:
        return True
    if gold.page and place.kind in ("country", "admin1", "continent", "region"):
        title = unquote(gold.page.rstrip("/").rsplit("/", 1)[-1]).replace("_", " ")
        return normalize(title) == normalize(place.name)
    if not gold.fcode or not gold.gold_name:
        return False
    if normalize(gold.gold_name) != normalize(place.name):
        return False
    if gold.fcode.startswith("PCL"):
        return place.kind == "country"
    if gold.fcode != "ADM1" or place.kind != "admin1" or not gold.gold_country:
        return False
    country = Gazetteer.load().get(f"country:{place.country}")
    return country is not None and normalize(country.name) == normalize(gold.gold_country)


def _auc(errors: Sequence[float]) -> float:
    """Area under the curve of log(1 + error) over sorted errors, scaled to 0..1."""
    if not errors:
        return 0.0
    top = math.log(MAX_ERROR_KM + 1)
    return sum(math.log(e + 1) for e in errors) / (len(errors) * top)


def evaluate_geo(
    path: str | Path,
    resolve_fn: ResolveFn | None = None,
    limit: int | None = None,
    details: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Resolve every gold toponym of the corpus and score it (see module docstring)."""
    fn = resolve_fn or _default_resolve
    articles = load_corpus(path)
    if limit is not None:
        articles = articles[:limit]
    errors: list[float] = []
    same = 0
    resolved = 0
    Gazetteer.load()  # a first run builds the index: not part of the timing
    started = time.perf_counter()
    for art in articles:
        if not art.toponyms:
            continue
        tops = gold_toponyms(art)
        res = fn(tops, art.text)
        for g, r in zip(art.toponyms, res, strict=True):
            place = r.place
            if place is None or place.lat is None or place.lon is None:
                err = MAX_ERROR_KM
            else:
                resolved += 1
                err = haversine_km(g.lat, g.lon, place.lat, place.lon)
                same += err <= ACCURACY_KM or same_place(g, place)
            errors.append(err)
            if details is not None:
                details.append(
                    {
                        "article": art.id,
                        "phrase": g.phrase,
                        "start": g.start,
                        "gold": [g.lat, g.lon],
                        "geonameid": g.geonameid,
                        "fcode": g.fcode,
                        "place": None if place is None else place.id,
                        "name": None if place is None else place.name,
                        "kind": None if place is None else place.kind,
                        "country": None if place is None else place.country,
                        "confidence": round(r.confidence, 3),
                        "error_km": round(err, 1),
                    }
                )
    seconds = time.perf_counter() - started
    n = len(errors)
    return {
        "corpus": str(path),
        "articles": len(articles),
        "toponyms": n,
        "resolved": resolved,
        "accuracy_161km": round(sum(e <= ACCURACY_KM for e in errors) / n, 4) if n else 0.0,
        "mean_km": round(statistics.fmean(errors), 1) if n else 0.0,
        "median_km": round(statistics.median(errors), 1) if n else 0.0,
        "auc": round(_auc(errors), 4),
        "accuracy_161km_or_same_place": round(same / n, 4) if n else 0.0,
        "unresolved_error_km": MAX_ERROR_KM,
        "note": (
            "unresolved toponyms count as wrong, at 20039 km, in accuracy, mean and median; "
            "accuracy_161km_or_same_place also accepts the gold's own place (same GeoNames "
            "id, or same-named country/ADM1) placed at our sources' point, which differs "
            "from GeoNames' for some countries and divisions (US, Canada, Alberta ...)"
        ),
        "seconds": round(seconds, 2),
        "ms_per_article": round(1000 * seconds / max(1, len(articles)), 2),
    }


def run(corpus_path: str | Path) -> dict[str, Any]:
    """Entry point for ``counterclaim eval geo --corpus FILE``."""
    return evaluate_geo(corpus_path)


def main(argv: list[str] | None = None) -> int:
    """``python -m counterclaim.eval.geo --corpus FILE [--limit N] [--errors FILE]``."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--corpus", required=True, type=Path)
    ap.add_argument("--limit", type=int, default=None, help="first N articles only")
    ap.add_argument("--errors", type=Path, default=None, help="write per-toponym JSONL here")
    args = ap.parse_args(argv)
    details: list[dict[str, Any]] | None = [] if args.errors else None
    result = evaluate_geo(args.corpus, limit=args.limit, details=details)
    if args.errors and details is not None:
        with open(args.errors, "w", encoding="utf-8") as f:
            for d in details:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
    json.dump(result, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
