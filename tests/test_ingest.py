"""Tests for counterclaim.ingest: formats, folders, stdin, bad inputs, language."""

from __future__ import annotations

import io
import json
import random
import sys
from pathlib import Path

import pytest

from counterclaim import ingest, settings
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
from counterclaim.ingest import (
    ENGLISH_MIN_SHARE,
    is_probably_english,
    normalise_date,
    read_inputs,
    read_text_input,
)
from counterclaim.records import Document

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "kursk-machine-translated.txt"

# --- language samples (written for these tests; see ENGLISH_FUNCTION_WORDS) ---------

EN_NEWS = """The European Central Bank left interest rates unchanged on Thursday, saying that
inflation in the euro zone was falling faster than expected but that it was too early to
declare victory. Christine Lagarde, the bank's president, told reporters in Frankfurt that
policymakers would keep borrowing costs at a record high for as long as necessary. Economists
had expected the decision, although several said they now see a first cut in the spring."""

EN_SPORT = """Manchester City beat Arsenal 3-1 at the Etihad Stadium on Sunday to move two points
clear at the top of the Premier League. Erling Haaland scored twice in the first half before
Bukayo Saka pulled one back for the visitors. Phil Foden sealed the win with a curling shot in
stoppage time. Pep Guardiola said his players had shown real character after a difficult week."""

EN_MACHINE_TRANSLATED = """The head of the regional administration said that in the night the
enemy attacked with drones the energy infrastructure of the region. According to him, as a
result of the attack there are damages, the victims are not. The services of emergency work on
the place. Earlier the ministry of defence informed that the air defence systems destroyed 25
drones over the territory of the region, which is the largest attack since the beginning of
the year."""

DE = """Die Europäische Zentralbank hat die Leitzinsen am Donnerstag unverändert gelassen. Die
Inflation im Euroraum sinke schneller als erwartet, es sei aber noch zu früh, um Entwarnung zu
geben, sagte Präsidentin Christine Lagarde in Frankfurt. Die Notenbank werde die Zinsen so lange
wie nötig auf dem hohen Niveau halten. Was die Märkte erwarten, ist eine erste Senkung im
Frühjahr. In den kommenden Wochen will die Bank neue Prognosen vorlegen."""

FR = """La Banque centrale européenne a laissé ses taux directeurs inchangés jeudi, estimant
que l'inflation dans la zone euro reculait plus vite que prévu, mais qu'il était trop tôt pour
crier victoire. Christine Lagarde, la présidente de l'institution, a déclaré à Francfort que les
taux resteraient à un niveau élevé aussi longtemps que nécessaire. Les économistes
s'attendaient à cette décision."""

ES = """El Banco Central Europeo mantuvo el jueves los tipos de interés sin cambios, al
considerar que la inflación en la zona del euro está bajando más rápido de lo previsto, aunque
todavía es pronto para cantar victoria. Christine Lagarde, presidenta de la entidad, dijo en
Fráncfort que los tipos se mantendrán en un nivel alto todo el tiempo que sea necesario."""

RU = """Европейский центральный банк в четверг сохранил процентные ставки без изменений,
заявив, что инфляция в еврозоне снижается быстрее, чем ожидалось, но праздновать победу пока
рано. Глава банка Кристин Лагард сообщила журналистам во Франкфурте, что ставки останутся на
высоком уровне столько, сколько потребуется."""

ZH = "欧洲央行周四维持利率不变，称欧元区通胀下降速度快于预期，但现在宣布胜利还为时过早。" * 3

NL = """De Europese Centrale Bank heeft de rente donderdag ongewijzigd gelaten. De inflatie in
de eurozone daalt sneller dan verwacht, maar het is nog te vroeg om de overwinning uit te
roepen, zei president Christine Lagarde in Frankfurt. Het was een besluit dat in de markt op
weinig verzet stuitte."""

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="en"><head>
<title>Moscow confirms North Korean troops in Kursk | Example News</title>
<meta property="og:title" content="Moscow confirms North Korean troops in Kursk">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2025-04-26T09:30:00+00:00">
<link rel="canonical" href="https://news.example.com/world/kursk">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Moscow confirms North Korean troops in Kursk</h1>
<p>For the first time, Moscow confirmed that North Korean troops were fighting alongside
Russian forces in the Kursk region, the country's top general said on Saturday.</p>
<p>Valery Gerasimov said the soldiers showed &ldquo;high professionalism&rdquo; and
that the region had been retaken, a claim Ukraine said was not true.</p>
</article>
<div class="comments"><p>Great article, thanks for sharing this with us!</p></div>
<footer>Copyright Example News</footer>
</body></html>
"""


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def docs(results: list[Document | IngestError]) -> list[Document]:
    assert all(isinstance(r, Document) for r in results), results
    return [r for r in results if isinstance(r, Document)]


def one(results: list[Document | IngestError]) -> Document | IngestError:
    assert len(results) == 1, results
    return results[0]


# --- text --------------------------------------------------------------------------


def test_founding_example_reads_unchanged() -> None:
    [doc] = docs(list(read_inputs([EXAMPLE])))
    assert doc.text == EXAMPLE.read_bytes().decode("utf-8")
    assert doc.source == str(EXAMPLE)
    assert doc.language == "en"
    assert doc.meta["format"] == "txt"
    assert doc.text.endswith("(Tagstotranslate) Kim Jong Un")  # cleaning is not ingest's job


def test_txt_keeps_crlf_and_drops_only_a_leading_bom(tmp_path: Path) -> None:
    text = "Moscow confirmed it.\r\nKyiv denied it.\r\n  \t\r\n"
    f = write(tmp_path / "a.txt", b"\xef\xbb\xbf" + text.encode())
    [doc] = docs(list(read_inputs([f])))
    assert doc.text == text
    assert doc.source == str(f)


def test_utf16_with_bom(tmp_path: Path) -> None:
    f = write(tmp_path / "a.txt", EN_NEWS.replace("\n", "\r\n").encode("utf-16"))
    [doc] = docs(list(read_inputs([f])))
    assert doc.text == EN_NEWS.replace("\n", "\r\n")


def test_cp1252_bytes_decode_correctly() -> None:
    text = "He said “hello” – and left for the café; it’s the minister’s résumé, naïve façade."
    doc = one(read_text_input(text.encode("cp1252"), "x.txt", "txt"))
    assert isinstance(doc, Document)
    assert doc.text == text
    latin = "Crème brûlée at the café, he said.".encode("latin-1")
    assert one(read_text_input(latin, "y.txt")) == Document(
        text="Crème brûlée at the café, he said.", source="y.txt", language="en",
        meta={"format": "txt"},
    )  # fmt: skip


def test_legacy_cyrillic_is_decoded_then_rejected_as_not_english() -> None:
    result = one(read_text_input(RU.encode("cp1251"), "ru.txt", "txt"))
    assert isinstance(result, UnsupportedLanguageError)


# --- bad inputs --------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", "\xa0\u200b\ufeff\n".encode()])
def test_empty_and_whitespace_only(tmp_path: Path, data: bytes) -> None:
    f = write(tmp_path / "empty.txt", data)
    [err] = list(read_inputs([f]))
    assert isinstance(err, EmptyInputError)
    assert err.source == str(f)


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),
        bytes(range(1, 32)) * 20,
        "no BOM utf-16 text".encode("utf-16-le"),
    ],
)
def test_binary(tmp_path: Path, data: bytes) -> None:
    f = write(tmp_path / "blob", data)
    [err] = list(read_inputs([f]))
    assert isinstance(err, BinaryInputError)
    assert "binary" in str(err)


def test_undecodable_bytes() -> None:
    err = one(read_text_input(bytes(range(0x80, 0x100)) * 8, "junk.txt", "txt"))
    assert isinstance(err, DecodingError)
    assert "re-save the file as UTF-8" in str(err)


def test_too_large_by_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings, "MAX_CHARS", 50)
    err = one(read_text_input(("é" * 60).encode(), "big.txt", "txt"))  # 120 bytes, 60 chars
    assert isinstance(err, InputTooLargeError)
    assert "60 characters" in str(err)


def test_too_large_by_file_size_is_refused_before_decoding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "MAX_CHARS", 50)
    f = write(tmp_path / "big.txt", b"\xff" * 201)  # would be a DecodingError if read
    [err] = list(read_inputs([f]))
    assert isinstance(err, InputTooLargeError)
    assert "201 bytes" in str(err)
    f = write(tmp_path / "big.html", b"<p>" + b"x" * 600 + b"</p>")
    [err] = list(read_inputs([f]))
    assert isinstance(err, InputTooLargeError)


def test_missing_path() -> None:
    [err] = list(read_inputs(["/nonexistent/article.txt"]))
    assert isinstance(err, InputNotFoundError)


def test_unsupported_extension_named_directly(tmp_path: Path) -> None:
    f = write(tmp_path / "report.pdf", b"%PDF-1.7\n")
    [err] = list(read_inputs([f]))
    assert isinstance(err, UnsupportedFormatError)
    assert ".pdf" in str(err)


def test_batch_goes_on_after_errors(tmp_path: Path) -> None:
    paths = [
        write(tmp_path / "1.txt", b""),
        tmp_path / "missing.txt",
        write(tmp_path / "3.txt", EN_NEWS),
        write(tmp_path / "4.bin", bytes(100)),
        write(tmp_path / "5.txt", DE),
        write(tmp_path / "6.txt", EN_SPORT),
    ]
    results = list(read_inputs(paths))
    assert [type(r).__name__ for r in results] == [
        "EmptyInputError",
        "InputNotFoundError",
        "Document",
        "UnsupportedFormatError",
        "UnsupportedLanguageError",
        "Document",
    ]
    assert [getattr(r, "source", None) for r in results] == [str(p) for p in paths]


# --- language ----------------------------------------------------------------------


@pytest.mark.parametrize("text", [EN_NEWS, EN_SPORT, EN_MACHINE_TRANSLATED])
def test_english_accepted(text: str) -> None:
    ok, share = is_probably_english(text)
    assert ok
    assert share > 1.5 * ENGLISH_MIN_SHARE  # a wide margin, not a lucky pass


def test_machine_translated_founding_example_is_english() -> None:
    ok, _ = is_probably_english(EXAMPLE.read_text(encoding="utf-8"))
    assert ok


@pytest.mark.parametrize("text", [DE, FR, ES, RU, NL, ZH])
def test_non_english_rejected(text: str) -> None:
    ok, share = is_probably_english(text)
    assert not ok
    assert share < ENGLISH_MIN_SHARE
    err = one(read_text_input(text.encode(), "x.txt"))
    assert isinstance(err, UnsupportedLanguageError)
    assert "English" in str(err)


def test_too_short_to_judge_is_accepted() -> None:
    assert is_probably_english("Die Bank hat die Zinsen gesenkt.") == (True, 1.0)


# --- HTML --------------------------------------------------------------------------


def test_html_text_and_metadata(tmp_path: Path) -> None:
    f = write(tmp_path / "page.html", ARTICLE_HTML)
    [doc] = docs(list(read_inputs([f])))
    assert "North Korean troops were fighting" in doc.text
    assert "“high professionalism”" in doc.text
    assert "Great article" not in doc.text  # comments excluded
    assert doc.title == "Moscow confirms North Korean troops in Kursk"
    assert doc.published == "2025-04-26"
    assert doc.outlet == "Example News"
    assert doc.url == "https://news.example.com/world/kursk"
    assert doc.meta["format"] == "html"
    assert doc.language == "en"


def test_malformed_html_with_text() -> None:
    markup = (
        "<html><body><p>Unclosed <b>bold <i>Officials said the army had taken the town "
        "after days of fighting</div></span><p>More text <<< >>> &bogus; here"
    )
    doc = one(read_text_input(markup.encode(), "bad.html", "html"))
    assert isinstance(doc, Document)
    assert "Officials said the army had taken the town" in doc.text


def test_an_end_tag_left_open_loses_no_text() -> None:
    """Regression (issue 2, user probe): in "...destroyed</p></div" followed by
    "<p>Governor ... Belgorod.</p>" the open end tag swallowed the next paragraph, and
    its text was lost without a word."""
    markup = (
        "<html><body><article><div><p>Officials said the bridge was destroyed in the attack "
        "on Monday evening near the city.</p></div\n<p>Governor Vyacheslav Gladkov said "
        "two people were wounded in Belgorod.</p></article></body></html>"
    )
    doc = one(read_text_input(markup.encode(), "broken.html", "html"))
    assert isinstance(doc, Document)
    assert "two people were wounded in Belgorod" in doc.text


def test_html_fragment_without_body() -> None:
    markup = b"<p>The army said on Monday that the town was taken.</p>"
    doc = one(read_text_input(markup, "frag.html", "html"))
    assert isinstance(doc, Document)
    assert doc.text == "The army said on Monday that the town was taken."


@pytest.mark.parametrize(
    "markup",
    [
        "<html><head><script>var x = 1;</script></head><body></body></html>",
        "<<<>>><<</>>",
        "<html><body><div><span></span></div></body>",
        "</p></p></p>",
    ],
)
def test_html_without_text(markup: str) -> None:
    err = one(read_text_input(markup.encode(), "empty.html", "html"))
    assert isinstance(err, HTMLExtractionError)
    assert "no article text" in str(err)


@pytest.mark.parametrize("seed", range(5))
def test_garbage_never_raises(seed: int) -> None:
    rng = random.Random(seed)
    alphabet = ["<p>", "</p>", "<div", ">", "<", "&amp;", "&#", "text", " said ", "\x00", "é"]
    for _ in range(20):
        markup = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        for fmt in ("html", None):
            [result] = read_text_input(markup.encode("utf-8"), "g", fmt)
            assert isinstance(result, Document | IngestError)
        raw = bytes(rng.randrange(256) for _ in range(rng.randint(0, 300)))
        for result in read_text_input(raw, "r"):
            assert isinstance(result, Document | IngestError)


# --- JSONL -------------------------------------------------------------------------


def test_jsonl_with_a_bad_line_in_the_middle(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": EN_NEWS, "url": "https://a.example/1", "outlet": "A"}),
        '{"text": "broken',
        json.dumps({"text": EN_SPORT, "title": "City win", "published": "April 26, 2025"}),
        "",
        json.dumps(["not", "an", "object"]),
        json.dumps({"title": "no text"}),
        json.dumps({"text": 42}),
        json.dumps({"html": "<p>The army said on Monday that the town was taken.</p>"}),
    ]
    f = write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    results = list(read_inputs([f]))
    assert [getattr(r, "source", None) for r in results] == [
        f"{f}:{n}" for n in (1, 2, 3, 5, 6, 7, 8)
    ]
    first, bad, third, not_obj, no_text, not_str, html_doc = results
    assert isinstance(first, Document)
    assert first.text == EN_NEWS
    assert (first.url, first.outlet, first.meta["format"]) == ("https://a.example/1", "A", "jsonl")
    assert isinstance(bad, InvalidRecordError)
    assert str(bad).startswith(f"{f}:2: ")
    assert isinstance(third, Document)
    assert (third.title, third.published) == ("City win", "2025-04-26")
    assert all(isinstance(r, InvalidRecordError) for r in (not_obj, no_text, not_str))
    assert isinstance(html_doc, Document)
    assert html_doc.text == "The army said on Monday that the town was taken."
    assert html_doc.meta == {"format": "jsonl", "line": 8, "content": "html"}


def test_jsonl_language_field(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": EN_NEWS, "language": "de"}),
        json.dumps({"text": "Kurz.", "language": "fr-FR"}),
        json.dumps({"text": EN_NEWS, "language": "en-GB"}),
        json.dumps({"text": DE}),
    ]
    f = write(tmp_path / "langs.jsonl", "\n".join(lines))
    results = list(read_inputs([f]))
    assert [type(r) for r in results] == [
        UnsupportedLanguageError,
        UnsupportedLanguageError,
        Document,
        UnsupportedLanguageError,
    ]
    assert "'de'" in str(results[0])


def test_jsonl_line_not_utf8_and_too_long(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings, "MAX_CHARS", 40)  # lines up to 400 bytes
    good = json.dumps({"text": "The army said so."}).encode()
    f = write(
        tmp_path / "mixed.jsonl",
        b"\n".join([good, b'{"text": "caf\xe9"}', json.dumps({"text": "x" * 500}).encode(), good]),
    )
    results = list(read_inputs([f]))
    assert [type(r) for r in results] == [Document, DecodingError, InputTooLargeError, Document]
    assert results[1].source == f"{f}:2"
    assert results[3].source == f"{f}:4"


def test_empty_jsonl(tmp_path: Path) -> None:
    f = write(tmp_path / "none.jsonl", "\n\n  \n")
    [err] = list(read_inputs([f]))
    assert isinstance(err, EmptyInputError)


# --- folders -----------------------------------------------------------------------


def test_folder_recursive_sorted_skipping_hidden_and_unknown(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    write(root / "b.txt", EN_NEWS)
    write(root / "a" / "z.html", ARTICLE_HTML)
    write(root / "a" / "deep" / "c.jsonl", json.dumps({"text": EN_SPORT}) + "\n")
    write(root / "README", EN_MACHINE_TRANSLATED)
    write(root / "notes.md", EN_SPORT)
    write(root / ".hidden.txt", EN_NEWS)
    write(root / ".git" / "x.txt", EN_NEWS)
    write(root / "image.png", b"\x89PNG\x00")
    write(root / "report.pdf", b"%PDF")
    write(root / "data.csv", b"a,b\n1,2\n")
    results = list(read_inputs([root]))
    # a PDF may hold an article: reported, not read; the image and the CSV are skipped
    assert [(type(r).__name__, r.source) for r in results if isinstance(r, IngestError)] == [
        ("UnsupportedFormatError", str(root / "report.pdf"))
    ]
    sources = [r.source for r in results if isinstance(r, Document)]
    # README, LICENSE and the like describe a folder; they are not articles.
    assert sources == [
        str(root / "a" / "deep" / "c.jsonl") + ":1",
        str(root / "a" / "z.html"),
        str(root / "b.txt"),
        str(root / "notes.md"),
    ]
    assert [r.source for r in read_inputs([root])] == [r.source for r in results]


def test_unknown_extension_named_directly_is_sniffed(tmp_path: Path) -> None:
    page = write(tmp_path / "saved.page", ARTICLE_HTML)
    plain = write(tmp_path / "article", EN_NEWS)
    lines = write(tmp_path / "dump.log", json.dumps({"text": EN_SPORT}))
    results = docs(list(read_inputs([page, plain, lines])))
    assert [r.meta["format"] for r in results] == ["html", "txt", "jsonl"]
    assert results[1].text == EN_NEWS


# --- RSS and Atom feeds ------------------------------------------------------------

_ONE_LINE = {"news": EN_NEWS.replace("\n", " "), "sport": EN_SPORT.replace("\n", " ")}
RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example Wire</title><language>en-us</language>
<item><title>Rates unchanged</title><link>https://wire.example/1</link><guid>w-1</guid>
<pubDate>Thu, 07 Mar 2024 13:45:00 GMT</pubDate>
<source url="https://reuters.example/">Reuters</source>
<description>Short summary only.</description>
<content:encoded><![CDATA[<p>{_ONE_LINE["news"]}</p><p>{_ONE_LINE["sport"]}</p>]]></content:encoded>
</item>
<item><title>Only a headline</title><link>https://wire.example/2</link></item>
<item><title>Plain</title><description>{EN_MACHINE_TRANSLATED.replace(chr(10), " ")}</description>
<pubDate>Fri, 08 Mar 2024 23:30:00 -0500</pubDate></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
<entry><title>In English</title><id>urn:a:1</id><updated>2024-09-05T10:00:00Z</updated>
<content type="text" xml:lang="en">{EN_NEWS}</content></entry>
<entry><title>Auf Deutsch</title><id>urn:a:2</id><updated>2024-09-06T10:00:00Z</updated>
<content type="text" xml:lang="de">{DE}</content></entry>
</feed>"""


def test_rss_items_are_articles_and_a_bare_item_is_reported(tmp_path: Path) -> None:
    f = write(tmp_path / "wire.rss", RSS)
    full, bare, plain = read_inputs([f])
    assert isinstance(full, Document) and isinstance(plain, Document)
    assert full.source == f"{f}#1" and plain.source == f"{f}#3"
    # the full content, not the summary; markup gone, both paragraphs kept
    assert "Christine Lagarde" in full.text and "Erling Haaland" in full.text
    assert "<p>" not in full.text and "Short summary" not in full.text
    assert (full.title, full.url, full.outlet, full.published) == (
        "Rates unchanged",
        "https://wire.example/1",
        "Reuters",  # the item's <source>, not the feed that carried it
        "2024-03-07",
    )
    assert full.meta == {"format": "feed", "item": 1, "content": "html", "id": "w-1"}
    assert (plain.outlet, plain.published) == ("Example Wire", "2024-03-09")  # UTC
    assert plain.text.startswith("The head of the regional administration")
    assert isinstance(bare, EmptyInputError) and bare.source == f"{f}#2"
    assert "no text" in bare.reason and ".html" in bare.reason


def test_atom_entries_and_declared_language(tmp_path: Path) -> None:
    f = write(tmp_path / "desk.atom", ATOM)
    english, german = read_inputs([f])
    assert isinstance(english, Document)
    assert english.text.strip() == EN_NEWS.strip()
    assert (english.meta["content"], english.outlet, english.published) == (
        "txt",
        "Atom Desk",
        "2024-09-05",
    )
    assert isinstance(german, UnsupportedLanguageError) and german.source == f"{f}#2"


def test_xml_that_is_not_a_feed_and_a_feed_beyond_repair(tmp_path: Path) -> None:
    sitemap = write(tmp_path / "sitemap.xml", '<?xml version="1.0"?><urlset><url/></urlset>')
    [err] = read_inputs([sitemap])
    assert isinstance(err, UnsupportedFormatError) and "not an RSS or Atom feed" in err.reason
    broken = write(tmp_path / "broken.rss", '<rss version="2.0"><channel><item><title>x &')
    results = list(read_inputs([broken]))
    assert results and all(isinstance(r, IngestError) for r in results)
    # the folder goes on past both
    write(tmp_path / "ok.txt", EN_NEWS)
    sources = [r.source for r in read_inputs([tmp_path]) if isinstance(r, Document)]
    assert sources == [str(tmp_path / "ok.txt")]


def test_feed_sniffed_from_stdin_and_xhtml_stays_html() -> None:
    items = read_text_input(RSS.encode(), "-")
    assert [r.source for r in items] == ["-#1", "-#2", "-#3"]
    xhtml = '<?xml version="1.0"?>\n' + ARTICLE_HTML
    assert one(read_text_input(xhtml.encode(), "-")).meta["format"] == "html"  # type: ignore[union-attr]


def test_feed_in_a_legacy_encoding_declared_in_its_prolog() -> None:
    latin = RSS.replace("UTF-8", "ISO-8859-1").replace("Rates unchanged", "Taux inchangés")
    full = read_text_input(latin.encode("latin-1"), "-", "feed")[0]
    assert isinstance(full, Document) and full.title == "Taux inchangés"


# --- stdin -------------------------------------------------------------------------


def test_stdin_sniffing() -> None:
    jsonl = (json.dumps({"text": EN_NEWS}) + "\n" + "{oops\n").encode()
    first, second = read_text_input(jsonl, "-")
    assert isinstance(first, Document)
    assert first.source == "-:1"
    assert isinstance(second, InvalidRecordError)
    assert second.source == "-:2"

    html_doc = one(read_text_input(ARTICLE_HTML.encode(), "-"))
    assert isinstance(html_doc, Document)
    assert html_doc.meta["format"] == "html"
    assert html_doc.source == "-"

    text_doc = one(read_text_input(EN_NEWS.encode(), "-"))
    assert isinstance(text_doc, Document)
    assert text_doc.meta == {"format": "txt"}
    assert text_doc.text == EN_NEWS


def test_explicit_format_overrides_sniffing() -> None:
    doc = one(read_text_input(b"<p>The army said the town was taken.</p>", "-", "txt"))
    assert isinstance(doc, Document)
    assert doc.text == "<p>The army said the town was taken.</p>"
    with pytest.raises(ValueError):
        read_text_input(b"x", "-", "pdf")


def test_dash_reads_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    data = EN_NEWS.replace("\n", "\r\n").encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    [doc] = docs(list(read_inputs(["-"])))
    assert doc.source == "-"
    assert doc.text == EN_NEWS.replace("\n", "\r\n")


# --- dates -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-04-26", "2025-04-26"),
        ("2025-04-26T09:30:00Z", "2025-04-26"),
        ("2025-04-26T23:30:00-05:00", "2025-04-26"),
        ("2025-04-26 09:30:00", "2025-04-26"),
        ("2025/04/26", "2025-04-26"),
        ("Sat, 26 Apr 2025 09:30:00 GMT", "2025-04-26"),
        ("26 April 2025", "2025-04-26"),
        ("April 26, 2025", "2025-04-26"),
        ("Apr 26, 2025", "2025-04-26"),
        ("2025-04", "2025-04"),
        ("2025", "2025"),
        ("04/05/2025", None),  # day or month first? not guessed
        ("2025-13", None),
        ("yesterday", None),
        ("", None),
        (None, None),
        (20250426, None),
    ],
)
def test_normalise_date(value: object, expected: str | None) -> None:
    assert normalise_date(value) == expected


def test_module_constants_are_sane() -> None:
    assert 0 < ingest.ENGLISH_MIN_SHARE < 0.3
    assert ingest.LANGUAGE_MIN_WORDS == 20


def test_feed_title_declared_as_html_is_text() -> None:
    """Regression (issue 2): an Atom title of type html kept "&amp;"."""
    atom = f"""<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
<entry><title type="html">Gaza truce &amp;amp; hostages</title><id>u</id>
<updated>2024-09-05T10:00:00Z</updated><content type="text">{EN_NEWS}</content></entry>
</feed>"""
    [doc] = docs(read_text_input(atom.encode(), "-", "feed"))
    assert doc.title == "Gaza truce & hostages"


def test_an_index_page_is_reported_as_one_not_as_foreign() -> None:
    """Regression (issue 2): an English list of headlines was "not English"."""
    items = "".join(
        f'<li><a href="/{k}">{h}</a></li>'
        for k, h in enumerate(
            (
                "Russia Claims Capture Of Pokrovsk",
                "Ukraine Denies Fall Of City",
                "Sudan Army Retakes Town",
                "Gaza Truce Talks Resume",
                "Oil Prices Rise Sharply",
                "Markets Close Higher Friday",
            )
        )
    )
    page = f"<html><body><h1>Latest news</h1><ul>{items}</ul></body></html>"
    err = one(read_text_input(page.encode(), "index.html", "html"))
    assert isinstance(err, HTMLExtractionError) and "list of headlines" in err.reason


def test_a_short_wire_brief_is_english() -> None:
    """Regression (issue 2, probe): a headline and a one-sentence lede (mostly names and
    numbers: 8% English function words) were rejected as "not English"; short texts in
    another language still are."""
    brief = (
        "Russian drones hit Kharkiv power plant, Ukraine says\n\nKYIV, Jan 15 (Reuters) - "
        "Russian drones damaged a thermal power plant in Kharkiv overnight, Governor Oleh "
        "Syniehubov said."
    )
    assert is_probably_english(brief)[0]
    french = (
        "Les forces russes ont frappé une centrale électrique à Kharkiv dans la nuit, a "
        "déclaré le gouverneur. Selon lui, il n y a pas de victimes mais les dégâts sont "
        "importants et la ville est privée de courant."
    )
    assert not is_probably_english(french)[0]


def test_a_short_text_with_no_english_words_is_not_english() -> None:
    """Regression (issue 2, review): a short text in a language outside the compared
    ones (no English function words at all) passed as English."""
    indonesian = (
        "Pasukan Rusia menyerang pembangkit listrik di Kharkiv pada malam hari, kata "
        "gubernur setempat. Menurut dia, tidak ada korban jiwa tetapi kerusakannya besar "
        "dan kota itu tanpa listrik sejak serangan tersebut terjadi."
    )
    assert not is_probably_english(indonesian)[0]


def test_a_later_copy_with_a_date_updates_the_article(tmp_path: Path) -> None:
    """Regression (issue 2, left from earlier sessions): an article ingested as .txt
    (no date, no outlet) and again from a JSONL record that has them stayed undated;
    now it is analysed again with them, once, and a later copy that disagrees on a value
    changes nothing."""
    from counterclaim.ledger import ingest
    from counterclaim.store import Store

    text = (
        "The army said on Tuesday that its troops had retaken the town of Kiendi after "
        "heavy fighting with militants."
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    record = {"text": text, "published": "2025-06-12", "outlet": "Reuters", "title": "Kiendi"}
    (tmp_path / "a.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    other = dict(record, published="2025-06-20")
    (tmp_path / "b.jsonl").write_text(json.dumps(other) + "\n", encoding="utf-8")
    with Store.open(f"sqlite:///{tmp_path / 's.db'}") as store:
        first = ingest([tmp_path / "a.txt"], store)
        assert (first.added, first.updated) == (1, 0)
        [doc] = store.documents()
        assert doc["published"] is None
        undated = [c["time"] for c in store.claims()]
        second = ingest([tmp_path / "a.jsonl"], store)
        assert (second.added, second.updated, second.duplicates) == (0, 1, 0)
        [doc] = store.documents()
        assert (doc["published"], doc["outlet"], doc["title"]) == (
            "2025-06-12",
            "Reuters",
            "Kiendi",
        )
        dated = [c["time"] for c in store.claims()]
        assert len(dated) == len(undated) and any(t and t.startswith("2025-06-10") for t in dated)
        assert not any(t and t.startswith("2025-06-10") for t in undated)
        for again in (tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "a.txt"):
            s = ingest([again], store)
            assert (s.added, s.updated, s.duplicates) == (0, 0, 1)
        [doc] = store.documents()
        assert doc["published"] == "2025-06-12"


def test_jsonl_published_that_cannot_be_read_is_reported_issue_4(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Regression (issue 4, user probe): a JSONL "published" of "03/04/2025" (day and
    month order unknown) was dropped without a word; the article is kept, undated, and
    the user is told which line and what to write instead."""
    lines = [
        json.dumps({"text": EN_NEWS, "published": "03/04/2025"}),
        json.dumps({"text": EN_SPORT, "published": "2025-04-03"}),
    ]
    f = write(tmp_path / "dates.jsonl", "\n".join(lines) + "\n")
    with caplog.at_level("WARNING", logger="counterclaim.ingest"):
        first, second = list(read_inputs([f]))
    assert isinstance(first, Document) and first.published is None
    assert isinstance(second, Document) and second.published == "2025-04-03"
    [record] = [r for r in caplog.records if "published" in r.getMessage()]
    assert f"{f}:1" in record.getMessage() and "YYYY-MM-DD" in record.getMessage()


def test_an_article_analysed_by_another_version_is_analysed_again(
    store_url: str, tmp_path: Path
) -> None:
    """Re-ingesting an article adds nothing while the analyzer is the same, but one
    stored by another analyzer version (an upgrade, or a store written before
    ``0010_analyzer``) is analysed again, keeping the metadata stored with it."""
    from sqlalchemy import create_engine, text

    from counterclaim.ledger import ingest
    from counterclaim.pipeline import analyzer_version
    from counterclaim.store import MIGRATIONS, Store

    words = "The army said on Tuesday that its troops had retaken the town of Kiendi."
    record = {"text": words, "published": "2025-06-12", "outlet": "Reuters", "title": "Kiendi"}
    (tmp_path / "a.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(words, encoding="utf-8")
    with Store.open(store_url, migrations=MIGRATIONS.copy(until="0009_cross_answers")) as old:
        assert old.schema_version() == "0009_cross_answers"
    with Store.open(store_url) as store:
        assert store.schema_version() == MIGRATIONS.names[-1] == "0010_analyzer"
        first = ingest([tmp_path / "a.jsonl"], store)
        assert (first.added, first.updated) == (1, 0)
        [doc] = store.documents()
        assert store.get_document(doc["id"])["analyzer"] == analyzer_version()
        again = ingest([tmp_path / "a.txt"], store)
        assert (again.added, again.updated, again.duplicates) == (0, 0, 1)
        statements = len(store.statements())
    engine = create_engine(store_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE documents SET analyzer = 'older-version'"))
    engine.dispose()
    with Store.open(store_url) as store:
        upgraded = ingest([tmp_path / "a.txt"], store)
        assert (upgraded.added, upgraded.updated, upgraded.duplicates) == (0, 1, 0)
        [doc] = store.documents()
        assert (doc["published"], doc["outlet"], doc["title"]) == (
            "2025-06-12",
            "Reuters",
            "Kiendi",
        )
        assert store.get_document(doc["id"])["analyzer"] == analyzer_version()
        assert len(store.statements()) == statements
        assert ingest([tmp_path / "a.txt"], store).duplicates == 1


def test_the_analyzer_version_follows_the_analysing_code_not_the_faces() -> None:
    """The fingerprint covers the extractors' code and data, not the CLI or the store
    (whose changes never alter an analysis)."""
    from counterclaim.pipeline import NOT_ANALYSIS, analyzer_version

    assert len(analyzer_version()) == 16
    assert {"cli.py", "store", "eval"} <= NOT_ANALYSIS
    assert "extract" not in NOT_ANALYSIS and "data" not in NOT_ANALYSIS
