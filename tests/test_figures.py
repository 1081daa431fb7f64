"""Figures: numbers with what they count, vague counts coded ACLED-style, hedges, and
the numbers that count nothing (dates, labels, measures, questions)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from counterclaim.records import Analysis

Analyze = Callable[[str], Analysis]
#: (text, value, value_max, unit, count_class, hedges, vague) of one figure.
Row = tuple[str, float, float | None, str, str | None, tuple[str, ...], bool]


def rows(analyze_text: Analyze, text: str) -> list[Row]:
    """Every figure of ``text``, as plain tuples."""
    return [
        (f.span.text, f.value, f.value_max, f.unit, f.count_class, f.hedges, f.vague)
        for f in analyze_text(text).figures
    ]


def test_datelines_and_dates_are_not_counts(analyze_text: Analyze) -> None:
    """Regression (issue 4, probe): "KYIV, Aug 12 (Reuters) - ..." gave a figure of 12
    counting "aug", and "the April 8 missile attack" one of 8 missiles."""
    assert rows(analyze_text, "KYIV, Aug 12 (Reuters) - Russian forces attacked the town.") == []
    assert rows(analyze_text, "LONDON, 12 August (Reuters) - Britain said 3 ships were hit.") == [
        ("3 ships", 3.0, None, "ship", None, (), False)
    ]
    found = rows(analyze_text, "He said on Aug. 12 that 40 soldiers died in the Oct 7 attack.")
    assert [r[0] for r in found] == ["40 soldiers"]
    found = rows(analyze_text, "It raised the toll from Russia's April 8 missile attack to three.")
    assert [r[0] for r in found] == ["three"]


@pytest.mark.parametrize(
    "text",
    [
        "Convoys on Route 9 were attacked by drones.",
        "UN Resolution 2334 was cited by the envoy.",
        "NATO invoked Article 5 for the first time.",
        "Fighters from Division 17 attacked Highway 4.",
        "The front line stretches 1,500 km across the east.",
        "The ceasefire lasted 72 hours, with 6 percent of shells fired.",
        "About 60% of the town was destroyed.",
        "The army fired 155mm shells at the village 3 km from the border.",
        "Shelling was reported 37 times along the line.",
        "A 12-year-old boy was among the dead in the five-storey block.",
        "In 2024, the rebels seized the town.",
        "The 3rd Brigade said a second drone hit the depot.",
        "One of the soldiers was killed, the army said.",
        "Reuters could not independently verify the figures.",
    ],
)
def test_labels_measures_and_ages_are_not_counts(analyze_text: Analyze, text: str) -> None:
    """Regression (issue 4, probe): a number after its noun ("Route 9", "Article 5"), a
    measure ("1,500 km", "60%", "155mm shells", "37 times") or a hyphened modifier ("a
    five-storey block") was a figure counting that noun. (Years, ordinals and "one of"
    were already right and stay so.)"""
    assert rows(analyze_text, text) == []


def test_an_address_is_not_a_count(analyze_text: Analyze) -> None:
    """Regression (issue 4, probe): "at 14 Main Street" was a figure of 14 streets."""
    assert rows(analyze_text, "The blast killed 3 people at 14 Main Street.") == [
        ("3 people", 3.0, None, "people", "civilians", (), False)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "He did not say how many soldiers had died.",
        "It was unclear how many civilians were killed.",
        "Officials did not say how many were hurt.",
    ],
)
def test_how_many_is_a_question_not_a_count(analyze_text: Analyze, text: str) -> None:
    """Regression (issue 4, probe): "did not say how many soldiers had died" gave a
    vague figure "many soldiers" = 10 troops (a bare "how many were hurt" was already
    right)."""
    assert rows(analyze_text, text) == []


def test_as_many_as_is_an_upper_bound(analyze_text: Analyze) -> None:
    """Regression (issue 4, probe): "as many as 40 people" lost its hedge (the figure
    was "40 people", unhedged)."""
    assert rows(analyze_text, "As many as 40 people were killed in the raid.") == [
        ("As many as 40 people", 40.0, None, "people", "civilians", ("upper_bound",), False)
    ]


def test_a_vague_quantifier_over_a_scale_is_one_figure(analyze_text: Analyze) -> None:
    """Regression (issue 4, probe): "several dozen terrorists" was two figures
    ("several dozen" = 10 counting "dozen", "dozen terrorists" = 12), "several hundred
    fighters" an exact 100 and "two dozen drones" 2 and 12. A vague quantifier over a
    scale is coded as the scale's plural ("dozens" = 12, "hundreds" = 100)."""
    assert rows(analyze_text, "The army said it had killed several dozen terrorists.") == [
        ("several dozen terrorists", 12.0, None, "terrorist", "troops", (), True)
    ]
    assert rows(analyze_text, "Several hundred fighters and a few hundred civilians fled.") == [
        ("Several hundred fighters", 100.0, None, "fighter", "troops", (), True),
        ("a few hundred civilians", 100.0, None, "civilian", "civilians", (), True),
    ]
    assert rows(analyze_text, "A dozen soldiers and two dozen drones were seen.") == [
        ("A dozen soldiers", 12.0, None, "soldier", "troops", (), True),
        ("two dozen drones", 24.0, None, "drone", "drones", (), False),
    ]


def test_each_casualty_number_is_its_own_figure(analyze_text: Analyze) -> None:
    """Regression (issue 4, probe): numbers that count no noun ("Five were killed and
    12 wounded", "the toll at 1,200 dead and 3,400 injured") gave no figure; each is
    now its own figure, counting the outcome its verb or adjective names."""
    assert rows(analyze_text, "The rebels killed 12 soldiers and wounded 52 others.") == [
        ("12 soldiers", 12.0, None, "soldier", "troops", (), False),
        # "others" names no one: the verb says what they count (left from the probes)
        ("52 others", 52.0, None, "other", "injured", (), False),
    ]
    assert rows(analyze_text, "At least nine others were abducted on the road.") == [
        ("At least nine others", 9.0, None, "other", "prisoners", ("lower_bound",), False),
    ]
    assert rows(analyze_text, "Five were killed and 12 wounded, the police said.") == [
        ("Five", 5.0, None, "killed", "deaths", (), False),
        ("12", 12.0, None, "wounded", "injured", (), False),
    ]
    assert rows(analyze_text, "The ministry put the toll at 1,200 dead and 3,400 injured.") == [
        ("1,200 dead", 1200.0, None, "dead", "deaths", (), False),
        ("3,400", 3400.0, None, "injured", "injured", (), False),
    ]
    assert rows(analyze_text, "Hundreds were killed and many thousands were displaced.") == [
        ("Hundreds", 100.0, None, "killed", "deaths", (), True),
        ("many thousands", 1000.0, None, "displaced", "refugees", (), True),
    ]


def test_an_outcome_says_what_a_generic_noun_counts(analyze_text: Analyze) -> None:
    """Regression (issue 4, probe): "40 wounded people" was counted as civilians, the
    class "people" stands for when nothing says more; a noun with a class of its own
    ("two wounded soldiers") keeps it."""
    assert rows(analyze_text, "The ministry said 40 wounded people were taken to hospital.") == [
        ("40 wounded people", 40.0, None, "people", "injured", (), False)
    ]
    assert [r[4] for r in rows(analyze_text, "Two wounded soldiers were evacuated.")] == ["troops"]


def test_ranges_compound_numbers_and_particles(analyze_text: Analyze) -> None:
    """Regression (issue 4, probe): "Between 20 and 30 people" gave no figure (tagged a
    date), "Twenty-five soldiers" was the range 20-5, "blew up three houses" was "at
    most three" and "put the number at more than 120 fighters" began at "at"."""
    assert rows(analyze_text, "Between 20 and 30 people were killed.") == [
        ("Between 20 and 30 people", 20.0, 30.0, "people", "civilians", (), False)
    ]
    assert [r[:3] for r in rows(analyze_text, "Twenty-five soldiers were killed.")] == [
        ("Twenty-five soldiers", 25.0, None)
    ]
    assert rows(analyze_text, "The army blew up three houses near the village.") == [
        ("three houses", 3.0, None, "house", None, (), False)
    ]
    found = rows(analyze_text, "The army put the number at more than 120 fighters.")
    assert [(r[0], r[5]) for r in found] == [("more than 120 fighters", ("lower_bound",))]


def test_money_takes_its_unit_from_the_currency_sign(analyze_text: Analyze) -> None:
    """Regression (issue 4, probe): "$2 million" gave no figure and "a $20 billion gas
    project" one of 20 billion projects."""
    assert rows(analyze_text, "The donors pledged $2 million and $10bn in aid.") == [
        ("$2 million", 2e6, None, "dollar", "money", (), False),
        ("$10bn", 1e10, None, "dollar", "money", (), False),
    ]
    found = rows(analyze_text, "Rebels attacked a $20 billion liquefied natural gas project.")
    assert [(r[0], r[1], r[4]) for r in found] == [("$20 billion", 2e10, "money")]


def test_the_counted_noun_is_found_past_a_mis_parse(analyze_text: Analyze) -> None:
    """Regression (issue 4, probe): "40 Shahed-136 drones" (the model's tag made the
    name an adjective) and "scores of civilians" (the "of" hung on another noun) gave no
    figure."""
    found = rows(analyze_text, "Russia launched 40 Shahed-136 drones and two Kh-101 missiles.")
    assert [(r[0], r[4]) for r in found] == [
        ("40 Shahed-136 drones", "drones"),
        ("two Kh-101 missiles", "missiles"),
    ]
    found = rows(
        analyze_text, "Tens of thousands of people and scores of civilians were displaced."
    )
    assert [(r[0], r[1], r[6]) for r in found] == [
        ("Tens of thousands of people", 10000.0, True),
        ("scores of civilians", 20.0, True),
    ]


def test_the_toll_rose_to_a_number_issue_4(analyze_text: Analyze) -> None:
    """Regression (issue 4, review): tokens were compared by identity (spaCy makes a new
    Token each time), so the toll's own exemption never ran."""
    figs = analyze_text("The ministry said the toll rose to 45 on Tuesday.").figures
    assert [(f.value, f.count_class) for f in figs] == [(45.0, "deaths")]


def test_dozens_of_wounded_and_members_of_an_armed_body(analyze_text: Analyze) -> None:
    """Regression (issue 4, user probe 2026-12-07): "Scores of wounded" counted nothing,
    "25 members of the security forces" had no class."""
    assert rows(analyze_text, "Scores of wounded were carried to the clinic, a nurse said.") == [
        ("Scores of wounded", 20.0, None, "wounded", "injured", (), True)
    ]
    text = "The insurgents said they had killed 25 members of the security forces in the raid."
    assert [r[4] for r in rows(analyze_text, text)] == ["troops"]
    text = "Six members of one family died when the shell hit their house."
    assert [r[4] for r in rows(analyze_text, text)] != ["troops"]


# -- tallies (issue 4, user probe 2026-12-07): "the number killed has reached 44" --


def _figs(analyze_text: Analyze, text: str) -> list[tuple[str, float, str | None]]:
    return [(f.span.text, f.value, f.count_class) for f in analyze_text(text).figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The number of people killed in the shelling has reached 63, the mayor said.",
            [("63", 63.0, "deaths")],
        ),
        (
            "The tally of civilians killed in the raid rose to 19 on Friday.",
            [("19", 19.0, "deaths")],
        ),
        (
            "The count of those wounded in the blast stands at 140, police said.",
            [("140", 140.0, "injured")],
        ),
        (
            "The number of people who died in the flooding has risen to 27.",
            [("27", 27.0, "deaths")],
        ),
        (
            "Another 85 people were killed overnight, bringing the total to some 9,500, the "
            "ministry said.",
            [("85 people", 85.0, "civilians"), ("some 9,500", 9500.0, "deaths")],
        ),
        (
            "The death toll from the strike rose to 44, officials said.",
            [("44", 44.0, "deaths")],
        ),
    ],
)
def test_a_tally_gives_a_figure_of_what_it_counts(
    analyze_text: Analyze, text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert _figs(analyze_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a number of nothing said, or no count at all: no figure
        "The number of people in the square rose to 300 by noon.",
        "The team brought the total to 12 goals in the match.",
    ],
)
def test_a_tally_of_nothing_counted_gives_no_casualty_figure(
    analyze_text: Analyze, text: str
) -> None:
    assert all(f.count_class not in ("deaths", "injured") for f in analyze_text(text).figures)


# -- user probe, 2026-12-07 (issue 4) ------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Police said five students were killed in the attack.", "five students"),
        ("Officials said 12 villagers were killed.", "12 villagers"),
        ("The governor said 30 aid workers were wounded.", "30 aid workers"),
    ],
)
def test_victims_named_by_their_trade_are_civilians_issue_4(
    analyze_text: Analyze, text: str, figure: str
) -> None:
    """Regression (P3 probe): "five students", "12 villagers", "30 aid workers" counted
    no class, though claims take these words for civilians, so a toll given in them
    stayed out of the civilian series."""
    [row] = rows(analyze_text, text)
    assert row[0] == figure and row[4] == "civilians"


def test_men_a_side_lost_are_troops_issue_4(analyze_text: Analyze) -> None:
    """Regression (P3 probe): "Ukrainian troops had lost more than 300 men" counted
    civilians; men a side loses are its soldiers (men killed in a market stay civilians)."""
    [lost] = rows(analyze_text, "The rebels said Ukrainian troops had lost more than 300 men.")
    assert lost[0] == "more than 300 men" and lost[4] == "troops"
    [lost] = rows(analyze_text, "The army said it lost 40 men in the battle.")
    assert lost[4] == "troops"
    [killed] = rows(analyze_text, "Officials said 12 men were killed in the market.")
    assert killed[4] == "civilians"
