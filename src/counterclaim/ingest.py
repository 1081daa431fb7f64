"""Turn input files, folders and stdin into ``Document`` records.

Formats:

* text (``.txt``, ``.text``, ``.md``): ``Document.text`` is the file's text exactly as
  read (no newline translation, only a leading BOM stripped); offsets point into it.
* HTML (``.html``, ``.htm``, ``.xhtml``): the article text trafilatura extracts, with
  title, date, site name and URL from the page's metadata.
* JSONL (``.jsonl``, ``.ndjson``): one article per line, a JSON object with ``text`` or
  ``html`` and optionally ``url``, ``title``, ``published``, ``outlet``, ``language``,
  ``id``. A bad line is reported as ``path:LINE`` and the other lines go on.
* RSS and Atom feeds (``.rss``, ``.atom``, ``.xml``; read with feedparser, so RSS 0.9x,
  1.0 and 2.0 and Atom 0.3 and 1.0, and malformed feeds as far as they can be
  recovered): one article per item, its source ``path#N`` (N counts items from 1). The
  text is the item's full content (``content:encoded``, Atom ``content``), else its
  summary or description, as HTML or plain text as the feed declares; title, link,
  date, and as outlet the item's ``<source>`` (a wire story's origin) or else the
  feed's title. An item with no text (only a title and a link) is reported, not
  guessed from its title. An ``.xml`` file that is not a feed is reported as such.
* a file named directly with no or another extension, and stdin (``-``): the format
  is sniffed (JSONL if the first non-blank line is a JSON object, a feed if an
  ``<rss``, ``<feed`` or ``<rdf:RDF`` root comes before any ``<html``, HTML if it
  starts with ``<`` or has an ``<html``/``<body``/``<p``-like tag near the top, else
  text).
  Known binary formats (PDF, images, archives, office files, ``.json``) named
  directly are reported as unsupported.
* a folder: read recursively in sorted path order; hidden files and folders, and files
  whose extension is not one of the above, are skipped silently (files without an
  extension, such as ``README``, are read as sniffed), except documents that may hold
  an article (PDF, Word, ``.json`` ...), which are reported as not read.

Decoding: UTF-8 (a BOM is dropped); UTF-16 when the bytes start with a UTF-16 BOM;
cp1252 when the bytes are mostly ASCII (English saved by a Windows or Latin-1 tool,
the common legacy case; charset_normalizer mislabels short Western text as cp1250 or
cp1257); else charset_normalizer's best guess. Bytes that fit none of these are a
``DecodingError``.

Checks, each its own ``IngestError`` subclass: empty or blank, binary, undecodable,
too large (``settings.MAX_CHARS`` characters; files that cannot fit are refused by
size before they are read), HTML without text, not English (a function-word share
below ``ENGLISH_MIN_SHARE``, or a JSONL ``language`` other than English; a JSONL
line labelled English is trusted without the heuristic).

Every problem with one input is yielded (or returned) as an ``IngestError`` instance,
never raised, so a batch always goes on.
"""

from __future__ import annotations

import html
import json
import logging
import os
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import IO, Any

from counterclaim import settings
from counterclaim.errors import (
    BinaryInputError,
    DecodingError,
    EmptyInputError,
    HTMLExtractionError,
    IngestError,
    InputNotFoundError,
    InputTooLargeError,
    InvalidRecordError,
    UnsupportedFormatError,
    UnsupportedLanguageError,
)
from counterclaim.records import Document

log = logging.getLogger(__name__)

__all__ = [
    "ENGLISH_MIN_SHARE",
    "FORMATS",
    "format_for",
    "is_probably_english",
    "normalise_date",
    "read_inputs",
    "read_text_input",
    "sniff",
    "text_document",
]

Result = Document | IngestError

#: The input formats :func:`read_text_input` takes.
FORMATS = ("txt", "html", "jsonl", "feed")

TEXT_EXTENSIONS = frozenset({".txt", ".text", ".md"})
HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml"})
JSONL_EXTENSIONS = frozenset({".jsonl", ".ndjson"})
FEED_EXTENSIONS = frozenset({".rss", ".atom", ".xml"})
_READ_EXTENSIONS = TEXT_EXTENSIONS | HTML_EXTENSIONS | JSONL_EXTENSIONS | FEED_EXTENSIONS
#: Formats we know we cannot read: named directly they are an error, in a folder skipped.
UNSUPPORTED_EXTENSIONS = frozenset(
    {
        ".pdf", ".doc", ".docx", ".odt", ".rtf", ".xls", ".xlsx", ".ppt", ".pptx", ".epub",
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".svg", ".ico",
        ".zip", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".rar", ".tar",
        ".mp3", ".mp4", ".wav", ".avi", ".mov", ".mkv", ".webm",
        ".exe", ".dll", ".so", ".bin", ".pyc", ".db", ".sqlite", ".parquet", ".json",
    }
)  # fmt: skip

#: Unsupported formats that may hold an article: reported even inside a folder (images,
#: archives and media there are skipped without a word).
DOCUMENT_EXTENSIONS = frozenset({".pdf", ".doc", ".docx", ".odt", ".rtf", ".epub", ".json"})
#: How many leading bytes (or characters) the binary check looks at.
SNIFF_BYTES = 8192
#: Share of control characters in the first ``SNIFF_BYTES`` above which input is binary.
#: Text has none besides tab and line breaks; random bytes have about 11%.
BINARY_CONTROL_SHARE = 0.05
#: cp1252 is tried before charset_normalizer when at most this share of the bytes is
#: non-ASCII: Western text is a few percent, Cyrillic or CJK in legacy encodings 60%+.
LEGACY_LATIN_MAX_NON_ASCII = 0.3
#: A character takes at most this many bytes in any encoding we decode, so a file
#: larger than ``MAX_CHARS * MAX_BYTES_PER_CHAR`` cannot fit and is not read.
MAX_BYTES_PER_CHAR = 4
#: HTML may carry this many bytes of markup per character of text (matches
#: trafilatura's own 20 MB default for the default ``MAX_CHARS``).
HTML_BYTES_PER_CHAR = 10

#: Very common English function words ("a", "as", "die", "so" left out: they are
#: common in French, Spanish, Portuguese or German too). Their share among the word
#: tokens of English news prose, plain and machine-translated, was 0.30-0.49 on the
#: samples in tests/test_ingest.py; German, French, Spanish, Italian, Portuguese and
#: Russian scored 0.00-0.05, Dutch 0.09 ("in", "is", "was"), and a bare list of
#: Title-Case English headlines 0.10. ``ENGLISH_MIN_SHARE`` sits in that gap, nearer
#: the foreign side, because rejecting an English article is the worse mistake.
ENGLISH_FUNCTION_WORDS = frozenset(
    (
        "the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "was", "said",
        "it", "by", "at", "from", "be", "are", "were", "has", "have", "had", "this", "not",
        "but", "or", "an", "which", "he", "his", "she", "her", "they", "their", "its",
        "will", "would", "been", "who", "also", "after", "than", "more", "about", "into",
        "there", "we", "you", "them", "other", "when", "what", "could", "should", "can",
    )
)  # fmt: skip
ENGLISH_MIN_SHARE = 0.15
#: Texts with fewer word tokens than this are too short to judge and pass as English.
LANGUAGE_MIN_WORDS = 20
#: Below this many words a low share of English function words is judged against
#: other languages' (a wire brief is mostly names and numbers).
SHORT_TEXT_WORDS = 120
#: ... but not below this share (a short text in a language not listed below has
#: none at all): the headline-and-lede briefs of the probes had 8% and 13%.
SHORT_TEXT_MIN_SHARE = 0.05
#: Function words of the languages news most often comes in besides English.
OTHER_FUNCTION_WORDS = tuple(
    frozenset(words.split())
    for words in (
        "le la les des du un une et est dans pour que qui sur pas au aux il elle",  # French
        "el la los las del un una y es en por que con para se no al lo",  # Spanish
        "der die das und ist nicht mit von den dem ein eine zu auf für sich im",  # German
        "o a os as do da dos um uma e é em por que com para não no na",  # Portuguese
        "il lo la gli le di del della un una e è per che con non nel al",  # Italian
        "de het een en van in is op te dat die niet met zijn voor er",  # Dutch
    )
)
#: Only the first characters are looked at: enough words, bounded cost.
LANGUAGE_SAMPLE_CHARS = 20_000
#: Share of letters that must be Latin script; below it the text is not English.
LATIN_MIN_SHARE = 0.5
ENGLISH_CODES = frozenset({"en", "eng", "english"})

_WORD_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_LETTER_RE = re.compile(r"[^\W\d_]")
_LATIN_RE = re.compile(r"[A-Za-z\u00c0-\u024f]")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_CONTROL_CHARS_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_HTML_HINT_RE = re.compile(r"<(?:!doctype|html|head|body|p|div|article)\b", re.IGNORECASE)
_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060"
_BLANK_RE = re.compile(r"[\s\ufeff\u200b\u200c\u200d\u2060\u00ad]*")
_FRAGMENT_RE = re.compile(r"<(?:html|body)\b", re.IGNORECASE)
#: The root element of an RSS (0.9x, 2.0), RSS 1.0 (RDF) or Atom feed.
_FEED_ROOT_RE = re.compile(r"<(?:rss|feed|rdf:RDF)\b|<(html)\b", re.IGNORECASE)

_DATE_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y/%m/%d",
    "%Y.%m.%d",
    "%Y%m%d",
    "%d %B %Y",
    "%d %b %Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%B %d %Y",
    "%b %d %Y",
    "%b. %d, %Y",
)
_DATE_PREFIX_RE = re.compile(r"(\d{4})(?:-(\d{2}))?")


# --- public API --------------------------------------------------------------------


def read_inputs(paths: Iterable[str | Path]) -> Iterator[Result]:
    """Yield one ``Document`` per article, or one ``IngestError`` per bad input.

    Paths are read in the order given; folders recursively in sorted path order.
    ``-`` reads stdin.
    """
    for p in paths:
        if str(p) == "-":
            yield from read_text_input(sys.stdin.buffer.read(), "-")
            continue
        path = Path(p)
        if path.is_dir():
            for f in _walk(path):
                yield from _read_file(f, named=False)
        elif path.exists():
            yield from _read_file(path, named=True)
        else:
            yield InputNotFoundError(str(path), "no such file or folder; check the path")


def read_text_input(data: bytes, source: str, fmt: str | None = None) -> list[Result]:
    """Read one input given as bytes (a single file or stdin).

    ``fmt`` is ``"txt"``, ``"html"``, ``"jsonl"`` or ``"feed"``; ``None`` sniffs it from
    the content.
    """
    if fmt is not None and fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    # JSONL holds many articles: its limit is per line, not on the whole input
    if fmt in ("txt", "html", "feed") and len(data) > _max_bytes(fmt):
        return [_too_large_bytes(source, len(data), _max_bytes(fmt))]
    try:
        text = _decode(data, source)
    except IngestError as e:
        return [e]
    if fmt is None:
        fmt = _sniff(text)
    if fmt == "jsonl":
        lines = ((n, line) for n, line in enumerate(text.split("\n"), 1))
        return list(_read_jsonl_lines(lines, source))
    if len(data) > _max_bytes(fmt):
        return [_too_large_bytes(source, len(data), _max_bytes(fmt))]
    if fmt == "feed":
        return _read_feed(data, source)
    return [_document(text, source, fmt)]


def sniff(data: bytes) -> str | None:
    """The format of bytes of unknown kind (``txt``, ``html``, ``jsonl``, ``feed``), or
    None when they cannot be decoded."""
    try:
        return _sniff(_decode(data, "-"))
    except IngestError:
        return None


def text_document(text: str, source: str) -> Result:
    """A Document of decoded text as it is, or the IngestError ingest would report for
    it (empty, binary, too large, not English)."""
    return _document(text, source, "txt")


def is_probably_english(text: str) -> tuple[bool, float]:
    """Guess whether ``text`` is English; also return the function-word share.

    Dependency-free: English prose is about one-third very common function words.
    Texts shorter than ``LANGUAGE_MIN_WORDS`` words pass (share reported as 1.0).
    """
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    letters = len(_LETTER_RE.findall(sample))
    if letters and len(_LATIN_RE.findall(sample)) / letters < LATIN_MIN_SHARE:
        return False, 0.0
    words = _WORD_RE.findall(sample.lower())
    if len(words) < LANGUAGE_MIN_WORDS:
        return True, 1.0
    share = sum(1 for w in words if w in ENGLISH_FUNCTION_WORDS) / len(words)
    if share < ENGLISH_MIN_SHARE and len(words) < SHORT_TEXT_WORDS:
        # a headline and a lede ("Russian drones hit Kharkiv power plant, Ukraine says")
        # are short on function words: English unless another language's show more
        other = max(
            sum(1 for w in words if w in vocab) / len(words) for vocab in OTHER_FUNCTION_WORDS
        )
        return share >= SHORT_TEXT_MIN_SHARE and (
            other < share or other < ENGLISH_MIN_SHARE / 2
        ), share
    return share >= ENGLISH_MIN_SHARE, share


def normalise_date(value: Any) -> str | None:
    """An ISO date ``YYYY-MM-DD`` for ``value``, ``YYYY-MM``/``YYYY`` kept as prefixes.

    Tries ISO 8601, RFC 2822 and a few unambiguous English formats; anything else
    (including ``01/02/2024``, which could be either order) gives ``None``.
    """
    if isinstance(value, datetime | date):
        return value.isoformat()[:10]
    if not isinstance(value, str):
        return None
    s = value.strip()
    if not s:
        return None
    m = _DATE_PREFIX_RE.fullmatch(s)
    if m:
        year, month = m.group(1), m.group(2)
        if month is None:
            return year
        return f"{year}-{month}" if 1 <= int(month) <= 12 else None
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(s).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    for f in _DATE_FORMATS:
        try:
            return datetime.strptime(s, f).date().isoformat()
        except ValueError:
            continue
    return None


# --- files and folders -------------------------------------------------------------


#: Files a folder of articles usually carries that are not articles (named directly
#: on the command line they are still read).
_NOT_ARTICLES = ("README", "LICENSE", "LICENCE", "CHANGELOG", "CONTRIBUTING", "NOTICE")


def _walk(root: Path) -> list[Path]:
    """Readable files under ``root``, sorted by path; hidden entries and READMEs skipped."""
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if name.startswith(".") or name.upper().startswith(_NOT_ARTICLES):
                continue
            ext = Path(name).suffix.lower()
            if not ext or ext in _READ_EXTENSIONS or ext in DOCUMENT_EXTENSIONS:
                found.append(Path(dirpath, name))
    return sorted(found, key=lambda f: f.relative_to(root).parts)


def format_for(path: Path) -> str | None:
    """The format a file's extension names (one of ``FORMATS``), or None."""
    ext = path.suffix.lower()
    if ext in TEXT_EXTENSIONS:
        return "txt"
    if ext in HTML_EXTENSIONS:
        return "html"
    if ext in JSONL_EXTENSIONS:
        return "jsonl"
    if ext in FEED_EXTENSIONS:
        return "feed"
    return None


def _read_file(path: Path, named: bool) -> Iterator[Result]:
    source = str(path)
    ext = path.suffix.lower()
    if ext in UNSUPPORTED_EXTENSIONS:
        if named or ext in DOCUMENT_EXTENSIONS:
            hint = (
                "write one JSON object per line as .jsonl"
                if ext == ".json"
                else "convert it to .txt or .html first"
            )
            yield UnsupportedFormatError(source, f"{ext} files are not read; {hint}")
        return
    fmt = format_for(path)
    try:
        if fmt == "jsonl":
            with path.open("rb") as f:
                yield from _read_jsonl_file(f, source)
            return
        size = path.stat().st_size
        limit = _max_bytes(fmt or "html")
        if size > limit:
            yield _too_large_bytes(source, size, limit)
            return
        data = path.read_bytes()
    except OSError as e:
        yield InputNotFoundError(source, f"cannot be read ({e.strerror or e}); check permissions")
        return
    yield from read_text_input(data, source, fmt)


def _read_jsonl_file(f: IO[bytes], source: str) -> Iterator[Result]:
    head = f.read(SNIFF_BYTES)
    f.seek(0)
    err = _binary_check(head, source)
    if err:
        yield err
        return
    limit = _max_bytes("html")

    def lines() -> Iterator[tuple[int, str | IngestError]]:
        n = 0
        while True:
            raw = f.readline(limit + 1)
            if not raw:
                return
            n += 1
            if len(raw) > limit:
                while raw and not raw.endswith(b"\n"):  # drop the rest of the line
                    raw = f.readline(1 << 20)
                yield n, _too_large_bytes(f"{source}:{n}", limit + 1, limit)
                continue
            try:
                yield n, raw.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError:
                yield (
                    n,
                    DecodingError(
                        f"{source}:{n}", "line is not valid UTF-8 (JSONL must be); re-save as UTF-8"
                    ),
                )

    yield from _read_jsonl_lines(lines(), source)


def _read_jsonl_lines(
    lines: Iterable[tuple[int, str | IngestError]], source: str
) -> Iterator[Result]:
    any_line = False
    for n, line in lines:
        if isinstance(line, IngestError):
            any_line = True
            yield line
            continue
        if not line.strip():
            continue
        any_line = True
        yield _jsonl_record(line, f"{source}:{n}", n)
    if not any_line:
        yield EmptyInputError(source, "the JSONL input holds no lines; nothing to analyse")


def _jsonl_record(line: str, source: str, n: int) -> Result:
    try:
        # without its line break: a record cut short is reported at its end ("column
        # 13"), not at "column 1" of the line after it
        rec = json.loads(line.rstrip("\r\n"))
    except json.JSONDecodeError as e:
        return InvalidRecordError(source, f"line is not valid JSON ({e.msg} at column {e.colno})")
    if not isinstance(rec, dict):
        return InvalidRecordError(source, 'line is not a JSON object; write {"text": ...}')
    text, markup = rec.get("text"), rec.get("html")
    if text is None and markup is None:
        return InvalidRecordError(source, 'object has no "text" or "html" field')
    body = text if text is not None else markup
    if not isinstance(body, str):
        field = "text" if text is not None else "html"
        return InvalidRecordError(source, f'"{field}" must be a string')
    fields = {k: rec.get(k) if isinstance(rec.get(k), str) else None for k in _META_FIELDS}
    content = "text" if text is not None else "html"
    meta: dict[str, Any] = {"format": "jsonl", "line": n, "content": content}
    if rec.get("id") is not None:
        meta["id"] = rec["id"]
    return _article(body, source, "html" if text is None else "txt", meta, fields)


_META_FIELDS = ("url", "title", "published", "outlet", "language")


def _article(
    body: str, source: str, fmt: str, meta: dict[str, Any], fields: dict[str, Any]
) -> Result:
    """A Document from one record of a many-article input (a JSONL line, a feed item):
    its declared ``language`` is checked (an English one is trusted, no language
    declared means the text is judged), and its declared ``url``, ``title``, ``outlet``
    and ``published`` win over what the HTML's own metadata says."""
    language = fields.get("language")
    if language is not None and language.strip():
        code = re.split(r"[-_]", language.strip().lower())[0]
        if code not in ENGLISH_CODES:
            return UnsupportedLanguageError(
                source,
                f"declared language {language!r} is not English; counterclaim reads English "
                "only: translate the article first",
            )
    doc = _document(
        body, source, fmt, meta=meta, check_language=language is None or not language.strip()
    )
    if isinstance(doc, Document):
        doc.url = fields.get("url") or doc.url
        doc.title = fields.get("title") or doc.title
        doc.outlet = fields.get("outlet") or doc.outlet
        if fields.get("published"):
            read = normalise_date(fields["published"])
            if read is None:
                # the article is kept (its dates stay unresolved), but the user is told
                log.warning(
                    "%s: published %r is no date counterclaim can read (day and month "
                    "order is ambiguous, or the form unknown); give it as YYYY-MM-DD",
                    source,
                    fields["published"],
                )
            doc.published = read or doc.published
    return doc


def _read_feed(data: bytes, source: str) -> list[Result]:
    """One Document (or IngestError) per item of an RSS or Atom feed."""
    import feedparser

    # bytes, never a str: feedparser would take a str that looks like a URL or a path
    # as one to open
    parsed = feedparser.parse(data, resolve_relative_uris=False, sanitize_html=False)
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if not parsed.get("version") and not parsed.entries:
        reason = f"is not well-formed XML ({problem})" if problem else "is not an RSS or Atom feed"
        return [
            UnsupportedFormatError(
                source, f"{reason}; counterclaim reads RSS and Atom feeds, HTML, text and JSONL"
            )
        ]
    feed = parsed.get("feed", {})
    out: list[Result] = []
    for n, entry in enumerate(parsed.entries, 1):
        item = f"{source}#{n}"
        body, fmt = _feed_body(entry)
        if body is None:
            out.append(
                EmptyInputError(
                    item,
                    "the feed item has a title and a link but no text; ingest the linked "
                    "page (saved as .html) instead",
                )
            )
            continue
        meta: dict[str, Any] = {"format": "feed", "item": n, "content": fmt}
        for key in ("id", "author"):
            if entry.get(key):
                meta[key] = str(entry[key])
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        origin = entry.get("source") or {}
        fields = {
            "url": entry.get("link"),
            "title": _plain_title(entry),
            "outlet": origin.get("title") or feed.get("title"),
            "published": date(*when[:3]).isoformat() if when else entry.get("published"),
            "language": _feed_language(entry) or feed.get("language"),
        }
        out.append(_article(body, item, fmt, meta, fields))
    if not out:
        why = f" (the XML is not well-formed: {problem})" if problem else ""
        out.append(EmptyInputError(source, f"the feed holds no items{why}; nothing to analyse"))
    return out


#: Content types of a feed's text that are markup, not plain text.
_MARKUP_TYPES = frozenset({"text/html", "application/xhtml+xml", "html", "xhtml"})


def _feed_body(entry: Any) -> tuple[str | None, str]:
    """An item's text and its format (``"html"`` or ``"txt"``): the longest full
    content, else the summary (an RSS description)."""
    parts = [c for c in entry.get("content") or [] if str(c.get("value") or "").strip()]
    if parts:
        best = max(parts, key=lambda c: len(c["value"]))
        kind = best.get("type")
        return best["value"], "html" if kind in _MARKUP_TYPES else "txt"
    summary = entry.get("summary")
    if summary and summary.strip():
        kind = (entry.get("summary_detail") or {}).get("type")
        return summary, "html" if kind in _MARKUP_TYPES else "txt"
    return None, "txt"


def _plain_title(entry: Any) -> str | None:
    """An item's title as text: a title the feed declares as HTML loses its tags and
    entities ("Gaza truce &amp; hostages")."""
    title = entry.get("title")
    if not title or (entry.get("title_detail") or {}).get("type") not in _MARKUP_TYPES:
        return title or None
    return html.unescape(re.sub(r"<[^>]+>", "", title)).strip() or None


def _feed_language(entry: Any) -> str | None:
    for detail in (*(entry.get("content") or []), entry.get("summary_detail") or {}):
        if detail.get("language"):
            return str(detail["language"])
    return None


# --- bytes to text -----------------------------------------------------------------


def _max_bytes(fmt: str) -> int:
    per_char = HTML_BYTES_PER_CHAR if fmt in ("html", "jsonl", "feed") else MAX_BYTES_PER_CHAR
    return settings.MAX_CHARS * per_char


def _too_large_bytes(source: str, size: int, limit: int) -> InputTooLargeError:
    return InputTooLargeError(
        source,
        f"{size:,} bytes cannot hold an article within the limit of {settings.MAX_CHARS:,} "
        f"characters (at most {limit:,} bytes); split it into separate articles",
    )


def _binary_check(head: bytes, source: str) -> BinaryInputError | None:
    if b"\x00" in head:
        return BinaryInputError(
            source,
            "holds NUL bytes: binary data, not text or HTML (if it is UTF-16 text without a "
            "byte-order mark, re-save it as UTF-8)",
        )
    if head:
        share = (len(head) - len(head.translate(None, _CONTROL_BYTES))) / len(head)
        if share > BINARY_CONTROL_SHARE:
            return BinaryInputError(
                source,
                f"{share:.0%} of the first bytes are control characters: binary data, not "
                "text or HTML; convert it to text first",
            )
    return None


def _decode(data: bytes, source: str) -> str:
    """Decode ``data`` (see the module docstring for the order); raise an IngestError."""
    if not data:
        raise EmptyInputError(source, "the input is empty; nothing to analyse")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")  # the BOM says which byte order, and is dropped
        except UnicodeDecodeError as e:
            raise DecodingError(
                source,
                f"starts with a UTF-16 mark but is not valid UTF-16 ({e.reason}); re-save as UTF-8",
            ) from None
        head = text[:SNIFF_BYTES]
        if head and len(_CONTROL_CHARS_RE.findall(head)) / len(head) > BINARY_CONTROL_SHARE:
            raise BinaryInputError(source, "decodes to control characters: binary data")
        return text
    err = _binary_check(data[:SNIFF_BYTES], source)
    if err:
        raise err
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    non_ascii = len(data) - len(data.translate(None, bytes(range(0x80, 0x100))))
    if non_ascii / len(data) <= LEGACY_LATIN_MAX_NON_ASCII:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise DecodingError(
            source,
            "the bytes are not UTF-8, UTF-16 or any encoding we recognise; re-save the file "
            "as UTF-8",
        )
    return str(best).removeprefix("\ufeff")


def _sniff(text: str) -> str:
    """``"jsonl"``, ``"feed"``, ``"html"`` or ``"txt"`` for content of unknown format.

    JSONL when the first non-blank line is a JSON object: no article starts that way,
    and deciding on it alone lets a bad line further down be reported by its number
    instead of turning the whole input into one odd text.
    """
    first, pos = "", 0
    while not first and pos < len(text):
        nl = text.find("\n", pos)
        nl = len(text) if nl < 0 else nl
        first, pos = text[pos:nl].strip(), nl + 1
    if first.startswith("{"):
        try:
            if isinstance(json.loads(first), dict):
                return "jsonl"
        except json.JSONDecodeError:
            pass
    head = text[:4096].lstrip(_INVISIBLE + " \t\r\n")
    root = _FEED_ROOT_RE.search(head)
    if head.startswith("<") and root and not root.group(1):
        return "feed"
    if head.startswith("<") or _HTML_HINT_RE.search(head):
        return "html"
    return "txt"


# --- text to Document --------------------------------------------------------------


def _document(
    body: str,
    source: str,
    fmt: str,
    meta: dict[str, Any] | None = None,
    check_language: bool = True,
) -> Result:
    """Build a Document from decoded text (``fmt`` ``"txt"``) or markup (``"html"``)."""
    meta = dict(meta) if meta else {"format": fmt}
    fields: dict[str, str | None] = {}
    if fmt == "html":
        extracted = _extract_html(body, source)
        if isinstance(extracted, IngestError):
            return extracted
        text, fields, extra = extracted
        for key, value in extra.items():
            meta.setdefault(key, value)  # a JSONL line stays format "jsonl"
    else:
        text = body
    if _BLANK_RE.fullmatch(text):
        return EmptyInputError(source, "the input holds only whitespace; nothing to analyse")
    if len(text) > settings.MAX_CHARS:
        return InputTooLargeError(
            source,
            f"{len(text):,} characters, more than the limit of {settings.MAX_CHARS:,} "
            "(settings.MAX_CHARS); split it into separate articles",
        )
    head = text[:SNIFF_BYTES]
    if len(_CONTROL_CHARS_RE.findall(head)) / len(head) > BINARY_CONTROL_SHARE:
        return BinaryInputError(source, "the text is mostly control characters: binary data")
    if check_language:
        ok, share = is_probably_english(text)
        if fmt == "html" and share < ENGLISH_MIN_SHARE and _headline_list(text):
            return HTMLExtractionError(
                source,
                "the page is a list of headlines (an index or section page), not an "
                "article; save the article pages themselves",
            )
        if not ok:
            return UnsupportedLanguageError(
                source,
                f"the text does not look like English ({share:.0%} common English words, "
                f"English has {ENGLISH_MIN_SHARE:.0%} or more); counterclaim reads English "
                "only: translate the article first",
            )
    return Document(text=text, source=source, language="en", meta=meta, **fields)


#: A text of at least this many lines, averaging at most ``HEADLINE_MAX_CHARS``
#: characters, is a list of headlines, not prose (an index page).
HEADLINE_MIN_LINES = 5
HEADLINE_MAX_CHARS = 90


def _headline_list(text: str) -> bool:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return len(lines) >= HEADLINE_MIN_LINES and (
        sum(len(ln) for ln in lines) / len(lines) <= HEADLINE_MAX_CHARS
    )


#: An end tag with no ">" before the next "<" ("</div\n<p>...").
_UNCLOSED_END_TAG_RE = re.compile(r"</([A-Za-z][A-Za-z0-9]*)\s*(?=<)")


def _extract_html(
    markup: str, source: str
) -> tuple[str, dict[str, str | None], dict[str, Any]] | IngestError:
    """Main text and metadata of an HTML page, or an HTMLExtractionError."""
    import trafilatura

    if not markup.strip():
        return EmptyInputError(source, "the HTML is empty; nothing to analyse")
    # "</div" left open before the next tag swallows that tag and its text as
    # attributes in every parser: close it first
    markup = _UNCLOSED_END_TAG_RE.sub(r"</\1>", markup)
    try:
        if not _FRAGMENT_RE.search(markup):
            # trafilatura finds nothing in a bare fragment such as "<p>...</p>"
            markup = f"<html><body>{markup}</body></html>"
        result = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            favor_recall=True,
            date_extraction_params={
                "original_date": True,
                "extensive_search": False,  # dates from markup only, never from the prose
                "max_date": date.today().isoformat(),
            },
        )
    except Exception as e:  # malformed markup must become an error, never a crash
        return HTMLExtractionError(
            source, f"the HTML could not be parsed ({type(e).__name__}); save the text as .txt"
        )
    text = getattr(result, "text", None) if result is not None else None
    if not text or not _LETTER_RE.search(text):  # stray "<<>>" is not an article
        return HTMLExtractionError(
            source,
            "no article text found in the HTML (a script-only page, paywall or index page?); "
            "save the article's text as .txt instead",
        )
    fields = {
        "title": getattr(result, "title", None) or None,
        "url": getattr(result, "url", None) or None,
        "outlet": getattr(result, "sitename", None) or None,
        "published": normalise_date(getattr(result, "date", None)),
    }
    extra = {"format": "html"}
    for key in ("author", "hostname"):
        value = getattr(result, key, None)
        if value:
            extra[key] = value
    return text, fields, extra
