"""Date resolution: absolute, relative, ranges, weekdays, and undated documents."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.extract.dates import DateMention, date_for_sentence, resolve_dates

#: A Wednesday.
PUBLISHED = "2024-01-10"


def dates(nlp: Language, text: str, published: str | None = PUBLISHED) -> list[DateMention]:
    return resolve_dates(nlp(text), published)


def only(nlp: Language, text: str, published: str | None = PUBLISHED) -> DateMention:
    found = dates(nlp, text, published)
    assert len(found) == 1, found
    m = found[0]
    assert text[m.start : m.end] == m.text
    return m


# --- absolute ---------------------------------------------------------------------------


def test_month_only_is_month_precision_not_a_day(nlp: Language) -> None:
    m = only(nlp, "In August 2024, Ukrainian forces crossed into the Kursk region.")
    assert (m.text, m.value, m.precision, m.relative) == ("August 2024", "2024-08", "month", False)


def test_month_only_resolves_without_publication_date(nlp: Language) -> None:
    m = only(nlp, "In August 2024, Ukrainian forces crossed into the Kursk region.", None)
    assert (m.value, m.precision) == ("2024-08", "month")


def test_year_only(nlp: Language) -> None:
    m = only(nlp, "The war in Donbas began in 2014.", None)
    assert (m.value, m.precision, m.relative) == ("2014", "year", False)


def test_year_before_a_comma_and_a_count_that_is_no_year(nlp: Language) -> None:
    m = only(nlp, "In 2014, the war in Donbas began.", None)
    assert (m.value, m.precision) == ("2014", "year")
    assert dates(nlp, "Officials counted 1,2024 votes and 2024,5 tonnes.", None) == []


def test_full_day(nlp: Language) -> None:
    m = only(nlp, "The treaty was signed on March 7, 2023 in Vienna.", None)
    assert (m.value, m.precision) == ("2023-03-07", "day")
    m = only(nlp, "The treaty was signed on 7 March 2023 in Vienna.", None)
    assert (m.value, m.precision) == ("2023-03-07", "day")


def test_day_without_year_takes_the_publication_year(nlp: Language) -> None:
    m = only(nlp, "The talks were held on March 7.", "2024-05-02")
    assert (m.value, m.precision) == ("2024-03-07", "day")


def test_day_without_year_in_the_past_goes_back_a_year(nlp: Language) -> None:
    # published in January: a past December is last year's
    m = only(nlp, "The army attacked on December 28.", PUBLISHED)
    assert m.value == "2023-12-28"
    m = only(nlp, "In December, the army attacked.", PUBLISHED)
    assert (m.value, m.precision) == ("2023-12", "month")


def test_day_without_year_and_no_publication_date_is_unresolved(nlp: Language) -> None:
    m = only(nlp, "The talks were held on March 7.", None)
    assert (m.value, m.precision, m.relative) == (None, "day", False)


def test_words_that_only_look_like_dates(nlp: Language) -> None:
    assert dates(nlp, "May God help us, the minister said.") == []
    assert [m.text for m in dates(nlp, "The army sent 2024 troops in 1999.")] == ["1999"]


# --- relative ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "end_value", "precision"),
    [
        ("Troops withdrew yesterday.", "2024-01-09", None, "day"),
        ("Two days ago, the army struck the bridge.", "2024-01-08", None, "day"),
        ("The ministers met last week.", "2024-01-01", "2024-01-07", "day"),
        ("Prices rose last month.", "2023-12", None, "month"),
        ("He resigned last year.", "2023", None, "year"),
        ("Earlier this month the bank raised rates.", "2024-01", None, "month"),
        ("Six months ago it won the vote.", "2023-07", None, "month"),
        ("They met last August.", "2023-08", None, "month"),
    ],
)
def test_relative_dates_resolve_against_publication(
    nlp: Language, text: str, value: str, end_value: str | None, precision: str
) -> None:
    m = only(nlp, text)
    assert m.relative
    assert (m.value, m.end_value, m.precision) == (value, end_value, precision)


@pytest.mark.parametrize(
    "text",
    [
        "Troops withdrew yesterday.",
        "The ministers met last week.",
        "Prices rose last month.",
        "Protesters gathered on Tuesday.",
        "Two days ago, the army struck the bridge.",
    ],
)
def test_undated_document_leaves_relative_dates_unresolved(nlp: Language, text: str) -> None:
    m = only(nlp, text, None)
    assert m.relative
    assert m.value is None and m.end_value is None and m.precision is None


def test_undated_document_still_resolves_absolute_dates(nlp: Language) -> None:
    found = dates(nlp, "Fighting that began in 2014 flared again yesterday.", None)
    assert [(m.text, m.value) for m in found] == [("2014", "2014"), ("yesterday", None)]


# --- weekdays ---------------------------------------------------------------------------


def test_weekday_in_past_tense_is_the_last_one(nlp: Language) -> None:
    assert only(nlp, "Protesters gathered on Tuesday.").value == "2024-01-09"
    assert only(nlp, "Protesters gathered on Friday.").value == "2024-01-05"


def test_weekday_on_the_publication_day_itself(nlp: Language) -> None:
    assert only(nlp, "Protesters gathered on Wednesday.").value == "2024-01-10"


def test_weekday_in_future_tense_is_the_next_one(nlp: Language) -> None:
    assert only(nlp, "The ministers will meet on Tuesday.").value == "2024-01-16"
    assert only(nlp, "The ministers plan to meet on Friday.").value == "2024-01-12"


def test_last_and_next_weekday(nlp: Language) -> None:
    found = dates(nlp, "They met last Tuesday and will meet next Friday.")
    assert [(m.text, m.value) for m in found] == [
        ("last Tuesday", "2024-01-09"),
        ("next Friday", "2024-01-12"),
    ]


# --- ranges -----------------------------------------------------------------------------


def test_month_range_borrows_the_year(nlp: Language) -> None:
    m = only(nlp, "Shelling continued between May and July 2024.", None)
    assert (m.value, m.end_value, m.precision) == ("2024-05", "2024-07", "month")


def test_year_ranges(nlp: Language) -> None:
    m = only(nlp, "The conflict lasted from 2014 to 2022.", None)
    assert (m.value, m.end_value, m.precision) == ("2014", "2022", "year")
    m = only(nlp, "The 2014–2022 period was the worst.", None)
    assert (m.value, m.end_value) == ("2014", "2022")


def test_day_ranges(nlp: Language) -> None:
    m = only(nlp, "Talks were held on 7-9 April 2024.", None)
    assert (m.value, m.end_value, m.precision) == ("2024-04-07", "2024-04-09", "day")
    m = only(nlp, "Fighting raged from March 3 to March 5, 2024.", None)
    assert (m.value, m.end_value) == ("2024-03-03", "2024-03-05")


def test_seasons_and_decades_are_ranges(nlp: Language) -> None:
    m = only(nlp, "The offensive stalled in summer 2023.", None)
    assert (m.value, m.end_value, m.precision) == ("2023-06", "2023-08", "month")
    m = only(nlp, "The war of the 1990s left deep scars.", None)
    assert (m.value, m.end_value, m.precision) == ("1990", "1999", "year")


# --- the date of a sentence ---------------------------------------------------------------


def test_date_for_sentence_prefers_the_verbs_own_date(nlp: Language) -> None:
    doc = nlp("Russia said on Monday that its troops captured the village in May 2023.")
    mentions = resolve_dates(doc, PUBLISHED)
    sent = next(iter(doc.sents))
    said = next(t for t in doc if t.text == "said")
    captured = next(t for t in doc if t.text == "captured")
    assert date_for_sentence(sent, mentions).text == "Monday"  # type: ignore[union-attr]
    assert date_for_sentence(sent, mentions, said).text == "Monday"  # type: ignore[union-attr]
    assert date_for_sentence(sent, mentions, captured).text == "May 2023"  # type: ignore[union-attr]


def test_date_for_sentence_falls_back_to_the_first(nlp: Language) -> None:
    doc = nlp("The agreement of 2019, signed after the war of 2008, is still in force.")
    mentions = resolve_dates(doc, None)
    m = date_for_sentence(next(iter(doc.sents)), mentions)
    assert m is not None and m.text == "2019"


def test_date_for_sentence_skips_bounds_of_other_events(nlp: Language) -> None:
    doc = nlp("Since the agreement in 2024, Moscow confirmed that troops were fighting in Kursk.")
    sent = next(iter(doc.sents))
    fighting = next(t for t in doc if t.text == "fighting")
    assert date_for_sentence(sent, resolve_dates(doc, None), fighting) is None


def test_date_for_sentence_without_dates(nlp: Language) -> None:
    doc = nlp("Troops crossed the border.")
    assert date_for_sentence(next(iter(doc.sents)), resolve_dates(doc, PUBLISHED)) is None


def test_a_weekday_in_reported_future_is_the_next_one_issue_5(nlp: object) -> None:
    """Regression (issue 5, probe): "said voting would resume on Saturday", published
    on Tuesday 2025-06-10, was the Saturday before; it is the Saturday after."""
    from counterclaim.pipeline import analyze

    a = analyze(
        "Election commission chairman Mahmood Yakubu said voting would resume in the "
        "affected wards on Saturday.",
        published="2025-06-10",
        nlp=nlp,
    )
    assert [(c.time, c.time_precision) for c in a.claims] == [("2025-06-14", "day")]
