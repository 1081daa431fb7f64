"""Dates: every date expression in a ``Doc``, resolved against the publication date.

Reads: ``doc.text``, the parse (for tense) and spaCy ``DATE`` entities. Writes nothing
on the doc: :func:`resolve_dates` returns a list of :class:`DateMention`.

Values are ISO prefixes whose length is the precision: ``2024-08-28`` (day),
``2024-08`` (month), ``2024`` (year). A range has ``value`` (first) and ``end_value``
(last) at the same precision.

Decisions:

* Absolute dates resolve without a publication date ("August 2024" -> ``2024-08``,
  month; "2024" -> ``2024``, year). A date without a year ("March 7", "in August")
  takes its year from the publication date: the year that puts it on the side of the
  publication date the tense points to (past -> on or before, future -> after),
  else the nearest. Without a publication date it stays unresolved (``value=None``).
* Relative dates ("yesterday", "on Tuesday", "last week", "two days ago", "earlier
  this month") need the publication date; without one they stay unresolved
  (``value=None``, ``relative=True``), never guessed.
* The date of a clause (:func:`date_for_sentence`) is the mention attached to its
  verb, else the first in the sentence that is not a bound of something else
  ("since the agreement in 2024").
* A weekday ("on Tuesday") is the most recent such day on or before publication in a
  past-tense clause, the next one after it in a future clause ("will", "plans to"),
  and the nearest of the two when the tense says nothing.
* Weeks are ranges of days, Monday to Sunday: "last week" is the previous calendar
  week (``value`` its Monday, ``end_value`` its Sunday, precision ``day``); "N weeks
  ago" is the calendar week holding the day 7N days back; "the past N days/weeks" is
  the range from N units back to the publication day.
* Seasons are northern-hemisphere month ranges (summer 2023 = 2023-06..2023-08);
  quarters are month ranges; decades ("the 1990s") are year ranges.
* Vague spans ("recently", "for decades", "several years ago") and durations ("a
  two-day visit", "16 years") are not dates of anything: durations are dropped, vague
  ``DATE`` entities are kept unresolved.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from spacy.tokens import Doc, Span, Token

from counterclaim.extract.context import doc_ents, doc_text

Precision = Literal["day", "month", "year"]
Tense = Literal["past", "future"] | None

#: Precisions from finest to coarsest.
_PRECISIONS: tuple[Precision, ...] = ("day", "month", "year")


@dataclass(frozen=True)
class DateMention:
    """A date expression: char offsets into ``doc.text`` and its resolved value."""

    text: str
    start: int
    end: int
    value: str | None
    precision: Precision | None
    end_value: str | None = None
    relative: bool = False


# --- vocabulary ---------------------------------------------------------------------

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}  # fmt: skip
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "a couple of": 2, "couple of": 2,
}  # fmt: skip
SEASONS = {
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
    "winter": (12, 2),
}
QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
            "4th": 4, "last": 4}  # fmt: skip

#: Verbs whose infinitive complement lies in the future ("plans to", "is due to").
FUTURE_GOVERNORS = frozenset(
    {"plan", "intend", "schedule", "expect", "prepare", "aim", "set", "due", "vow",
     "pledge", "promise", "go", "hope", "seek", "want"}
)  # fmt: skip
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})

_MON_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_MON_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_MON = rf"(?:{_MON_FULL}|{_MON_ABBR})"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_NUM = (
    r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|(?:a\s+)?couple\s+of)"
)
_UNIT = r"(?:day|week|month|year)s?"
_B = r"(?<![\w\-])"  # left word boundary that also refuses "2023-" prefixes
_E = r"(?![\w])"

#: Words before a bare month or year that make it a date ("in May", "since 2014").
_GUARD_BEFORE = re.compile(
    r"(?:\b(?:in|since|by|until|till|from|between|during|through|throughout|early|mid|"
    r"late|last|next|this|of|on|and|to|before|after|around|about|or|until|end|"
    r"beginning|start|middle|as|past|spring|summer|autumn|fall|winter)|[-–])\s*$",
    re.IGNORECASE,
)

# Patterns, tried in this order; a later match may not overlap an earlier, longer one.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"{_B}({_YEAR})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]){_E}")),
    # March 3-5, 2024 / March 3 to 5
    (
        "mdd_range",
        re.compile(
            rf"{_B}({_MON})\s+({_DAY})\s*(?:-|–|—|to|through|and)\s*({_DAY})(?:,?\s+({_YEAR}))?{_E}"
        ),
    ),
    # 3-5 March 2024
    (
        "ddm_range",
        re.compile(
            rf"{_B}({_DAY})\s*(?:-|–|—|to|and)\s*({_DAY})\s+(?:of\s+)?({_MON})(?:,?\s+({_YEAR}))?{_E}"
        ),
    ),
    # (Tuesday,) March 7(, 2023)
    (
        "mdy",
        re.compile(rf"{_B}(?:{_WD},?\s+)?({_MON})\s+({_DAY})(?:,?\s+({_YEAR}))?(?![\w:])"),
    ),
    # (Tuesday,) 7 March( 2023) / the 7th of March
    (
        "dmy",
        re.compile(
            rf"{_B}(?:{_WD},?\s+)?(?:the\s+)?({_DAY})\s+(?:of\s+)?({_MON})(?:,?\s+({_YEAR}))?{_E}"
        ),
    ),
    ("decade", re.compile(rf"{_B}(?:the\s+)?((?:1[89]|20)\d0)s{_E}")),
    (
        "quarter",
        re.compile(
            rf"{_B}(?:the\s+)?(first|second|third|fourth|last|1st|2nd|3rd|4th)\s+quarter\s+"
            rf"(?:of\s+)?({_YEAR}|this\s+year|last\s+year|next\s+year){_E}",
            re.IGNORECASE,
        ),
    ),
    (
        "season",
        re.compile(
            rf"{_B}(?:the\s+)?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?({_YEAR}){_E}",
            re.IGNORECASE,
        ),
    ),
    # (early/mid/late) August 2024
    (
        "my",
        re.compile(
            rf"{_B}(?:(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of)[-\s]+)?"
            rf"({_MON}),?\s+(?:of\s+)?({_YEAR}){_E}",
            re.IGNORECASE,
        ),
    ),
    # 2014-2022, 2019-20
    ("yy_range", re.compile(rf"{_B}({_YEAR})\s*[-–—]\s*({_YEAR}|\d\d){_E}")),
    ("daypart", re.compile(r"\b(?:this\s+(?:morning|afternoon|evening)|tonight|today)\b", re.I)),
    # "struck Kharkiv overnight": the night that ended on the publication day
    ("overnight", re.compile(r"\bovernight\b", re.I)),
    (
        "dayrel",
        re.compile(
            r"\b(?:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|yesterday|tomorrow|"
            r"last\s+night)\b",
            re.IGNORECASE,
        ),
    ),
    ("ago", re.compile(rf"\b({_NUM}|several|a\s+few|few)\s+({_UNIT})\s+ago\b", re.IGNORECASE)),
    (
        "past_n",
        re.compile(
            rf"\bthe\s+(?:past|last|previous)\s+"
            rf"(?:({_NUM})\s+)?({_UNIT}){_E}",
            re.IGNORECASE,
        ),
    ),
    (
        "unitrel",
        re.compile(
            r"\b(?:(earlier|later|late|early)\s+)?(last|this|next|past|previous|coming)\s+"
            r"(week|month|year|weekend)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "weekend",
        re.compile(
            r"(?<=\bover\s)the\s+weekend\b|(?<=\bduring\s)the\s+weekend\b"
            r"|(?<=\bat\s)the\s+weekend\b|(?<=\bon\s)the\s+weekend\b",
            re.IGNORECASE,
        ),
    ),
    (
        "weekday",
        re.compile(
            rf"(?:\b(last|next|this|coming|past)\s+)?({_WD})(?:\s+(?:morning|afternoon|evening|night))?{_E}",
            re.IGNORECASE,
        ),
    ),
    ("month_rel", re.compile(rf"\b(last|next|this)\s+({_MON_FULL}){_E}")),
    (
        "month",
        re.compile(
            rf"{_B}(?:(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of)[-\s]+)?({_MON_FULL}){_E}"
        ),
    ),
    ("year", re.compile(rf"(?<![\w.$£€\-])(?<!\d,)({_YEAR})(?!\w|[.,]\d)")),
]

#: Words one of which every match of a pattern holds (lower-cased): a text with none of
#: them is not scanned with it. Only for patterns whose scan costs most.
_NEEDS: dict[str, tuple[str, ...]] = {
    "decade": ("0s",),
    "quarter": ("quarter",),
    "season": ("spring", "summer", "autumn", "fall", "winter"),
    "daypart": ("morning", "afternoon", "evening", "tonight", "today"),
    "dayrel": ("yesterday", "tomorrow", "night"),
    "overnight": ("overnight",),
    "ago": ("ago",),
    "weekend": ("weekend",),
    "weekday": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
}


_MON3 = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_B1 = r"(?<![\w\-].)"  # ``_B`` before the one character just read

#: Where a match of each pattern may begin, for a quicker scan: every match starts at a
#: match of its anchor, read on the text itself (True) or on ``_folded`` (False, for
#: patterns that ignore case). Each anchor begins with one of a few fixed characters,
#: which Python's regex engine skips to in C, where the full pattern's optional
#: prefixes and look-behinds make it try every position in turn (a third of the date
#: time on the PolNeAR texts, whose matches the anchors keep exactly: see
#: ``tests/test_dates.py``).
_ANCHORS: dict[str, tuple[re.Pattern[str], bool]] = {
    kind: (re.compile(rx), raw)
    for kind, rx, raw in (
        ("iso", r"[12]" + _B1, True),
        ("mdd_range", r"[JFMASOND]" + _B1, True),
        ("ddm_range", r"\d" + _B1, True),
        ("mdy", r"[MTWFSJAOND]" + _B1, True),
        ("dmy", r"[MTWFSt\d]" + _B1, True),
        ("decade", r"the\s|(?:1[89]|20)\d0s", False),
        ("quarter", r"the\s|first|second|third|fourth|last|1st|2nd|3rd|4th", False),
        ("season", r"the\s|spring|summer|autumn|fall|winter", False),
        ("my", r"early|mid|late|the\s|" + _MON3, False),
        ("yy_range", r"[12]" + _B1, True),
        ("daypart", r"this\s|tonight|today", False),
        ("overnight", r"overnight", False),
        ("dayrel", r"the\s|yesterday|tomorrow|last\s", False),
        (
            "ago",
            r"\d|an?\s|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            r"|couple|several|few",
            False,
        ),
        ("past_n", r"the\s", False),
        ("unitrel", r"earlier|later|late|early|last|this|next|past|previous|coming", False),
        ("weekend", r"the\s", False),
        ("weekday", r"last|next|this|coming|past|mon|tue|wed|thu|fri|sat|sun", False),
        ("month_rel", r"last|next|this", False),
        ("month", r"[emltJFMASOND]" + _B1, True),
        ("year", r"[12](?<![\w.$£€\-].)(?<!\d,.)", True),
    )
}


def _finditer(kind: str, pat: re.Pattern[str], text: str, low: str) -> Iterator[re.Match[str]]:
    """``pat.finditer(text)``, trying the pattern only where its anchor matches."""
    anchor = _ANCHORS.get(kind)
    if anchor is None or (not anchor[1] and len(low) != len(text)):
        # (a letter whose lower case is two characters: no position-for-position
        # folded text to read the anchor on)
        yield from pat.finditer(text)
        return
    find = anchor[0].search
    subject = text if anchor[1] else low
    at = 0
    while (a := find(subject, at)) is not None:
        s = a.start()
        # (searched again from the next character, not after the anchor: a match may
        # begin inside an anchor's words, "Sunday" in "thisSunday")
        at = s + 1
        m = pat.match(text, s)
        if m is not None:
            yield m
            at = m.end()


def _folded(text: str) -> str:
    """``text`` lower-cased, with the two letters that ``re.IGNORECASE`` matches to an
    ASCII letter but ``str.lower`` does not map to it (dotless i, long s)."""
    low = text.lower()
    if "ı" in low or "ſ" in low:
        low = low.replace("ı", "i").replace("ſ", "s")
    return low


# Joins two dates into a range: "from A to B", "between A and B", "A - B".
_RANGE_GAP = re.compile(r"^\s*(?:-|–|—|to|through|until|till|and)\s*$", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)

#: DATE entities that are durations or ages, not dates.
_DURATION = re.compile(
    r"^(?:the\s+|a\s+|an\s+|about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|"
    r"at\s+least\s+|up\s+to\s+|another\s+|\d+|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|[a-z]+-|\s)*(?:hour|day|week|month|year|decade|century|centuries|minute)s?"
    r"(?:[-\s]long|[-\s]old)?$|\b(?:daily|weekly|monthly|annual|annually|yearly|every|"
    r"years?[-\s]old|aged?)\b",
    re.IGNORECASE,
)


# --- calendar helpers -----------------------------------------------------------------


@dataclass(frozen=True)
class _Anchor:
    day: date | None  # publication day (None when only year/month known)
    year: int
    month: int | None


def _anchor(published: str | None) -> _Anchor | None:
    if not published:
        return None
    s = published.strip()
    m = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", s)
    if not m:
        return None
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else None
    d = int(m.group(3)) if m.group(3) else None
    try:
        day = date(y, mo, d) if mo and d else None
    except ValueError:
        day = None
    return _Anchor(day, y, mo if mo and 1 <= mo <= 12 else None)


def _iso(y: int, m: int | None = None, d: int | None = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _day_iso(d: date) -> str:
    return d.isoformat()


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _valid_day(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def _month_num(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")]


def _int_day(s: str) -> int:
    return int(re.sub(r"\D", "", s))


def _count(s: str | None) -> int | None:
    if s is None:
        return 1
    s = re.sub(r"\s+", " ", s.strip().lower())
    if s.isdigit():
        return int(s)
    return NUMBER_WORDS.get(s)


def _pick_year(anchor: _Anchor, month: int, day: int | None, tense: Tense) -> int | None:
    """The year that puts (month, day) on the tense's side of the publication date."""
    if anchor.month is None:
        return anchor.year
    pub = (anchor.month, anchor.day.day if anchor.day else 15)
    best: tuple[int, int] | None = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        if day is not None and not _valid_day(y, month, day):
            continue
        # distance in days (approximate for month precision: month == pub month is 0)
        if day is None:
            delta = (y * 12 + month) - (anchor.year * 12 + pub[0])
            dist = abs(delta) * 30
        else:
            ref = anchor.day or date(anchor.year, pub[0], 15)
            delta = (date(y, month, day) - ref).days
            dist = abs(delta)
        if tense == "past" and delta > 0:
            continue
        if tense == "future" and delta < 0:
            continue
        if best is None or dist < best[1]:
            best = (y, dist)
    return best[0] if best else anchor.year


# --- tense ----------------------------------------------------------------------------


def clause_tense(tok: Token) -> Tense:
    """Past, future or None for the clause whose verb governs ``tok``."""
    verb: Token | None = tok
    for _ in range(5):
        if verb is None or verb.pos_ in ("VERB", "AUX"):
            break
        verb = verb.head if verb.head.i != verb.i else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    for c in verb.children:
        if c.dep_ in ("aux", "auxpass") and (c.lower_ in FUTURE_AUX or c.lemma_ in FUTURE_AUX):
            return "future"
        if c.dep_ == "aux" and c.lower_ == "would" and verb.dep_ == "ccomp":
            return "future"  # "said voting would resume on Saturday": the future, reported
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_ in FUTURE_GOVERNORS:
        if head.lemma_ == "go" and head.tag_ != "VBG":
            pass
        else:
            return "future"
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.lemma_ in ("due", "set", "scheduled"):
        return "future"
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and head.i != verb.i:
        return clause_tense(head)
    if verb.tag_ == "VBD":
        return "past"
    for c in verb.children:
        if c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD",):
            return "past"
        if c.dep_ == "aux" and c.lemma_ == "have":
            return "past"
    return None


def _tense_at(doc: Doc, start: int, end: int) -> Tense:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return clause_tense(span.root)


# --- atoms ----------------------------------------------------------------------------


@dataclass
class _Atom:
    """A date expression before resolution."""

    start: int
    end: int
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    end_year: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    precision: Precision | None = None
    relative: bool = False
    rel: tuple[str, ...] = ()  # relative rule and its arguments
    text: str = ""


def _guarded(text: str, start: int, in_date_ent: bool) -> bool:
    return in_date_ent or bool(_GUARD_BEFORE.search(text[max(0, start - 25) : start]))


def _atoms(text: str, date_ents: list[tuple[int, int]]) -> list[_Atom]:
    def in_ent(s: int, e: int) -> bool:
        return any(a <= s and e <= b for a, b in date_ents)

    found: list[_Atom] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    low = _folded(text)
    for kind, pat in _PATTERNS:
        needs = _NEEDS.get(kind)
        if needs is not None and not any(w in low for w in needs):
            continue  # the pattern cannot match: skip its scan of the whole text
        for m in _finditer(kind, pat, text, low):
            s, e = m.span()
            if not free(s, e):
                continue
            atom = _atom(kind, m, text, in_ent(s, e))
            if atom is None:
                continue
            atom.text = text[s:e]
            found.append(atom)
            taken.append((s, e))
    found.sort(key=lambda a: a.start)
    return found


def _atom(kind: str, m: re.Match[str], text: str, in_ent: bool) -> _Atom | None:
    s, e = m.span()
    g = m.groups()
    if kind == "iso":
        yy, mo, d = int(g[0]), int(g[1]), int(g[2])
        if not _valid_day(yy, mo, d):
            return None
        return _Atom(s, e, "abs", yy, mo, d, precision="day")
    if kind == "mdd_range":
        mo, d1, d2 = _month_num(g[0]), _int_day(g[1]), _int_day(g[2])
        y = int(g[3]) if g[3] else None
        if d2 <= d1:
            return None
        return _Atom(s, e, "abs", y, mo, d1, y, mo, d2, precision="day")
    if kind == "ddm_range":
        d1, d2, mo = _int_day(g[0]), _int_day(g[1]), _month_num(g[2])
        y = int(g[3]) if g[3] else None
        if d2 <= d1:
            return None
        return _Atom(s, e, "abs", y, mo, d1, y, mo, d2, precision="day")
    if kind in ("mdy", "dmy"):
        mo_s, d_s = (g[0], g[1]) if kind == "mdy" else (g[1], g[0])
        mo, d = _month_num(mo_s), _int_day(d_s)
        y = int(g[2]) if g[2] else None
        if not _valid_day(y or 2000, mo, d):
            return None
        return _Atom(s, e, "abs", y, mo, d, precision="day")
    if kind == "decade":
        y = int(g[0])
        return _Atom(s, e, "abs", y, end_year=y + 9, precision="year")
    if kind == "quarter":
        q = QUARTERS[g[0].lower()]
        ys = g[1].lower()
        if ys[0].isdigit():
            return _Atom(s, e, "abs", int(ys), 3 * q - 2, None, int(ys), 3 * q, precision="month")
        return _Atom(s, e, "rel", relative=True, rel=("quarter", str(q), ys.split()[0]))
    if kind == "season":
        y = int(g[1])
        a, b = SEASONS[g[0].lower()]
        return _Atom(s, e, "abs", y, a, None, y + 1 if b < a else y, b, precision="month")
    if kind == "my":
        return _Atom(s, e, "abs", int(g[1]), _month_num(g[0]), precision="month")
    if kind == "yy_range":
        y1 = int(g[0])
        y2 = int(g[1]) if len(g[1]) == 4 else (y1 // 100) * 100 + int(g[1])
        if y2 <= y1 or y2 - y1 > 100:
            return None
        return _Atom(s, e, "abs", y1, end_year=y2, precision="year")
    if kind == "overnight":
        return _Atom(s, e, "rel", relative=True, rel=("days", "0", "overnight"))
    if kind == "daypart":
        return _Atom(s, e, "rel", relative=True, rel=("days", "0"))
    if kind == "dayrel":
        w = re.sub(r"\s+", " ", m.group(0).lower())
        k = {"yesterday": -1, "tomorrow": 1, "last night": -1,
             "the day before yesterday": -2, "the day after tomorrow": 2}[w]  # fmt: skip
        return _Atom(s, e, "rel", relative=True, rel=("days", str(k)))
    if kind == "ago":
        n = _count(g[0])
        unit = g[1].lower().rstrip("s")
        if n is None:
            return _Atom(s, e, "rel", relative=True, rel=("vague",))
        return _Atom(s, e, "rel", relative=True, rel=("ago", str(n), unit))
    if kind == "past_n":
        n = _count(g[0])
        unit = g[1].lower().rstrip("s")
        if n is None:
            return None
        return _Atom(s, e, "rel", relative=True, rel=("past_n", str(n), unit))
    if kind == "unitrel":
        mod = (g[0] or "").lower()
        which = g[1].lower()
        unit = g[2].lower()
        if which in ("past", "previous"):
            which = "last"
        if which == "coming":
            which = "next"
        return _Atom(s, e, "rel", relative=True, rel=("unit", which, unit, mod))
    if kind == "weekend":
        return _Atom(s, e, "rel", relative=True, rel=("unit", "this", "weekend", ""))
    if kind == "weekday":
        if not g[1][0].isupper():
            return None
        which = (g[0] or "").lower()
        return _Atom(
            s, e, "rel", relative=True, rel=("weekday", str(WEEKDAYS[g[1].lower()]), which)
        )
    if kind == "month_rel":
        return _Atom(
            s, e, "rel", relative=True, rel=("month_rel", g[0].lower(), str(_month_num(g[1])))
        )
    if kind == "month":
        if not _guarded(text, s, in_ent) and m.group(0) == g[0]:
            return None
        if (
            g[0] == "May"
            and not in_ent
            and not re.search(
                r"\b(?:in|since|by|until|from|between|during|early|mid|late|of|and|to)\s*$",
                text[max(0, s - 12) : s],
                re.IGNORECASE,
            )
        ):
            return None
        return _Atom(s, e, "abs", None, _month_num(g[0]), precision="month")
    if kind == "year":
        if not _guarded(text, s, in_ent):
            return None
        return _Atom(s, e, "abs", int(g[0]), precision="year")
    return None


# --- ranges ---------------------------------------------------------------------------


def _merge_ranges(text: str, atoms: list[_Atom]) -> list[_Atom]:
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms) and a.kind == "abs" and atoms[i + 1].kind == "abs":
            b = atoms[i + 1]
            gap = text[a.end : b.start]
            opener = _RANGE_OPEN.search(text[max(0, a.start - 10) : a.start])
            word_gap = re.sub(r"[\s\-–—]", "", gap).lower()
            ok = bool(_RANGE_GAP.match(gap)) and (
                opener is not None or word_gap in ("", "to", "through", "until", "till")
            )
            if word_gap == "and" and opener is None:
                ok = False
            if ok and a.end_year is None and b.end_year is None and a.end_month is None:
                merged = _join(a, b)
                if merged is not None:
                    # "from"/"between" stay out of the span: they are not the date
                    merged.text = text[merged.start : merged.end]
                    out.append(merged)
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


def _join(a: _Atom, b: _Atom) -> _Atom | None:
    """The range from ``a`` to ``b``; ``a`` borrows the parts it lacks from ``b``."""
    prec_a = _PRECISIONS.index(a.precision or "year")
    prec_b = _PRECISIONS.index(b.precision or "year")
    prec = _PRECISIONS[max(prec_a, prec_b)]
    ay, am, ad = a.year, a.month, a.day
    by, bm, bd = b.year, b.month, b.day
    if ay is None and by is not None and am is not None and bm is not None:
        ay = by if (am, ad or 0) <= (bm, bd or 99) else by - 1
    if prec == "year":
        am = ad = bm = bd = None
    elif prec == "month":
        ad = bd = None
    r = _Atom(a.start, b.end, "abs", ay, am, ad, by, bm, bd, precision=prec)
    if ay is not None and by is not None and (ay, am or 0, ad or 0) > (by, bm or 0, bd or 0):
        return None
    return r


# --- resolution -------------------------------------------------------------------------


def _abs_values(a: _Atom, anchor: _Anchor | None, tense: Tense) -> tuple[str | None, str | None]:
    y, ey = a.year, a.end_year
    if y is None:
        if anchor is None or a.month is None:
            return None, None
        y = _pick_year(anchor, a.month, a.day, tense)
        if y is None:
            return None, None
        if a.end_month is not None or a.end_day is not None:
            ey = y
    start = _iso(y, a.month, a.day) if a.precision != "year" else _iso(y)
    end = None
    if ey is not None or a.end_month is not None:
        ey = ey if ey is not None else y
        em = a.end_month if a.end_month is not None else a.month
        ed = a.end_day
        if a.precision == "year":
            end = _iso(ey)
        elif a.precision == "month":
            end = _iso(ey, em)
        else:
            end = _iso(ey, em, ed)
    return start, end


def _week(d: date) -> tuple[date, date]:
    mon = d - timedelta(days=d.weekday())
    return mon, mon + timedelta(days=6)


def _rel_values(
    a: _Atom, anchor: _Anchor | None, tense: Tense
) -> tuple[str | None, str | None, Precision | None]:
    if anchor is None:
        return None, None, None
    rule = a.rel[0]
    pub = anchor.day
    if rule == "vague":
        return None, None, None
    if rule == "unit":
        which, unit, mod = a.rel[1], a.rel[2], a.rel[3]
        k = {"last": -1, "this": 0, "next": 1}[which]
        if unit == "year":
            return _iso(anchor.year + k), None, "year"
        if unit == "month":
            if anchor.month is None:
                return None, None, None
            y, mo = _add_months(anchor.year, anchor.month, k)
            return _iso(y, mo), None, "month"
        if pub is None:
            return None, None, None
        if unit == "week":
            mon, sun = _week(pub + timedelta(days=7 * k))
            if k == 0 and mod == "earlier":
                sun = pub
            elif k == 0 and mod == "later":
                mon = pub
            return _day_iso(mon), _day_iso(sun), "day"
        # weekend: Saturday and Sunday
        mon, _ = _week(pub)
        sat = mon + timedelta(days=5)
        if which == "last" or (which == "this" and tense == "past" and pub < sat):
            sat -= timedelta(days=7)
        elif which == "next":
            sat += timedelta(days=7)
        return _day_iso(sat), _day_iso(sat + timedelta(days=1)), "day"
    if rule == "quarter":
        q, which = int(a.rel[1]), a.rel[2]
        y = anchor.year + {"last": -1, "this": 0, "next": 1}[which]
        return _iso(y, 3 * q - 2), _iso(y, 3 * q), "month"
    if rule == "month_rel":
        which, mo = a.rel[1], int(a.rel[2])
        if anchor.month is None:
            return None, None, None
        cur = anchor.year * 12 + anchor.month
        if which == "this":
            return _iso(anchor.year, mo), None, "month"
        y = anchor.year + 1
        if which == "last":
            y = max(yy for yy in (anchor.year - 1, anchor.year) if yy * 12 + mo < cur)
        else:
            y = min(yy for yy in (anchor.year, anchor.year + 1) if yy * 12 + mo > cur)
        return _iso(y, mo), None, "month"
    if pub is None:
        return None, None, None
    if rule == "days":
        return _day_iso(pub + timedelta(days=int(a.rel[1]))), None, "day"
    if rule == "ago":
        n, unit = int(a.rel[1]), a.rel[2]
        if unit == "day":
            return _day_iso(pub - timedelta(days=n)), None, "day"
        if unit == "week":
            mon, sun = _week(pub - timedelta(days=7 * n))
            return _day_iso(mon), _day_iso(sun), "day"
        if unit == "month":
            y, mo = _add_months(pub.year, pub.month, -n)
            return _iso(y, mo), None, "month"
        return _iso(pub.year - n), None, "year"
    if rule == "past_n":
        n, unit = int(a.rel[1]), a.rel[2]
        if unit == "day":
            return _day_iso(pub - timedelta(days=n)), _day_iso(pub), "day"
        if unit == "week":
            return _day_iso(pub - timedelta(days=7 * n)), _day_iso(pub), "day"
        if unit == "month":
            y, mo = _add_months(pub.year, pub.month, -n)
            return _iso(y, mo), _iso(pub.year, pub.month), "month"
        return _iso(pub.year - n), _iso(pub.year), "year"
    if rule == "weekday":
        wd, which = int(a.rel[1]), a.rel[2]
        back = (pub.weekday() - wd) % 7
        ahead = (wd - pub.weekday()) % 7 or 7
        if which == "last" or which == "past":
            d = pub - timedelta(days=back or 7)
        elif which in ("next", "coming"):
            d = pub + timedelta(days=ahead)
        elif tense == "past":
            d = pub - timedelta(days=back)
        elif tense == "future":
            d = pub + timedelta(days=ahead)
        else:
            d = pub - timedelta(days=back) if back <= ahead else pub + timedelta(days=ahead)
        return _day_iso(d), None, "day"
    return None, None, None


def _is_count(doc: Doc, a: _Atom) -> bool:
    """A bare year-like number counting something: "sent 2024 troops"."""
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    if tok.dep_ != "nummod" or tok.head.tag_ != "NNS" or tok.head.i < tok.i or tok.i == 0:
        return False
    prev = doc[tok.i - 1]
    return prev.pos_ in ("VERB", "AUX") or prev.lower_ in (
        "about",
        "nearly",
        "some",
        "than",
        "over",
    )


def _modifies_noun(doc: Doc, a: _Atom) -> bool:
    """Whether the word at ``a`` is an adjective on a noun ("an overnight curfew")."""
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    return span is not None and len(span) == 1 and span[0].dep_ in ("amod", "compound")


def resolve_dates(doc: Doc, published: str | None) -> list[DateMention]:
    """Every date expression in ``doc`` with its value against ``published`` (ISO date)."""
    text = doc_text(doc)
    anchor = _anchor(published)
    date_ents = [(e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ == "DATE"]
    atoms = _merge_ranges(text, _atoms(text, date_ents))
    out: list[DateMention] = []
    dropped: list[tuple[int, int]] = []
    for a in atoms:
        if a.kind == "abs" and a.precision == "year" and _is_count(doc, a):
            dropped.append((a.start, a.end))
            continue
        if a.rel[2:] == ("overnight",) and _modifies_noun(doc, a):
            continue  # "an overnight curfew", "an overnight stay": no date of anything
        tense = _tense_at(doc, a.start, a.end)
        if a.kind == "abs":
            value, end_value = _abs_values(a, anchor, tense)
            prec: Precision | None = a.precision
            out.append(DateMention(a.text, a.start, a.end, value, prec, end_value, False))
        else:
            value, end_value, prec = _rel_values(a, anchor, tense)
            out.append(DateMention(a.text, a.start, a.end, value, prec, end_value, True))
    # DATE entities the rules do not read: kept unresolved, unless they are durations.
    for s, e in date_ents:
        if any(not (e <= m.start or s >= m.end) for m in out):
            continue
        if any(not (e <= a or s >= b) for a, b in dropped):
            continue
        t = text[s:e]
        if _DURATION.search(t):
            continue
        has_year = re.search(rf"\b{_YEAR}\b", t) is not None
        out.append(DateMention(t, s, e, None, None, None, not has_year))
    out.sort(key=lambda m: m.start)
    return out


# --- picking the date of a clause -------------------------------------------------------

_ATTACH_DEPS = frozenset(
    {"prep", "pobj", "npadvmod", "advmod", "tmod", "obl", "nmod", "pcomp", "nummod",
     "compound", "appos", "dep", "amod", "quantmod"}
)  # fmt: skip


def attached_to(tok: Token, verb: Token, max_hops: int = 3) -> bool:
    """Whether ``tok`` hangs off ``verb`` (or the verb it is coordinated with) through
    at most ``max_hops`` adverbial/prepositional links."""
    targets = {verb.i}
    if verb.dep_ == "conj":
        targets.add(verb.head.i)
    cur = tok
    for _ in range(max_hops):
        if cur.dep_ not in _ATTACH_DEPS or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.i in targets:
            return True
        if cur.pos_ in ("VERB", "AUX"):
            return False
    return False


#: Prepositions that make a date a bound of something else, not its date.
BOUND_PREPS = frozenset({"since", "after", "before", "until", "till", "following", "prior"})


def _bound(tok: Token, max_hops: int = 6) -> bool:
    """Whether a date hangs under "since", "after", "before" ... ("since the agreement
    in 2024"): it bounds another event rather than dating this one."""
    cur = tok
    for _ in range(max_hops):
        if cur.dep_ == "prep" and cur.lower_ in BOUND_PREPS:
            return True
        if cur.head.i == cur.i or cur.pos_ in ("VERB", "AUX"):
            return False
        cur = cur.head
    return False


def date_for_sentence(
    sent: Span, mentions: list[DateMention], verb: Token | None = None
) -> DateMention | None:
    """The date of the event or claim a sentence reports.

    The mention attached to ``verb`` (default: the sentence's main verb) wins, else
    the first mention in the sentence that is not a bound of something else ("since
    the agreement in 2024"); None when there is none.
    """
    inside = [m for m in mentions if sent.start_char <= m.start and m.end <= sent.end_char]
    if not inside:
        return None
    target = verb if verb is not None else sent.root
    doc = sent.doc
    roots: list[Token | None] = []
    for m in inside:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        root = span.root if span is not None and len(span) else None
        roots.append(root)
        if (
            span is not None
            and root is not None
            and (any(t.i == target.i for t in span) or attached_to(root, target))
        ):
            return m
    for m, root in zip(inside, roots, strict=True):
        if root is None or _bound(root):
            continue
        if verb is not None and _of_another_clause(root, target):
            # "denied attacking civilians and said its forces captured Novopil last
            # week": the week dates the capture, not the attack denied
            continue
        return m
    return None


def _governor(tok: Token, max_hops: int = 6) -> Token | None:
    """The nearest verb above ``tok`` (``tok`` itself if it is one)."""
    cur = tok
    for _ in range(max_hops):
        if cur.pos_ in ("VERB", "AUX"):
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _of_another_clause(root: Token, verb: Token) -> bool:
    """Whether a date hangs off a verb that is neither ``verb``, nor above it (the
    saying verb: "struck Kharkiv, the governor said on Wednesday" keeps the report's
    day), nor below it: a clause beside the event's, whose date is its own."""
    gov = _governor(root)
    if gov is None or gov.i == verb.i:
        return False
    return not (gov.is_ancestor(verb) or verb.is_ancestor(gov))
