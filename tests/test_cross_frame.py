"""One proposition told in words or frames that the grouping's vetoes would keep apart:
the weapons one side says were found and the other says were never there."""

from __future__ import annotations

from typing import Any

from counterclaim.link import propositions as props
from test_disputes import claim


def _groups(claims: list[dict[str, Any]]) -> list[set[str]]:
    return [{str(c["evidence_text"]) for c in p.claims} for p in props.group(claims)]


def test_weapons_found_and_no_guns_are_one_proposition() -> None:
    """ "recovered a homemade rifle and a pistol" and "they had no guns": one claim of
    arms, whatever weapon each side names."""
    kw: dict[str, Any] = {"frame": "arms", "place": "adm1:XX-01", "published": "2025-06-10"}
    found = claim(
        "person:police-chief", "asserts", doc=1, seq=6, statement=4, predicate="recover",
        text="officers had recovered a homemade rifle and a pistol at the scene",
        obj="a homemade rifle and a pistol at the scene", subject="XXA", **kw,
    )  # fmt: skip
    denied = claim(
        "person:village-elder", "denies", doc=1, seq=9, statement=6, predicate="have",
        text="They had no guns", obj="no guns", subject_text="They", **kw,
    )  # fmt: skip
    assert len(_groups([found, denied])) == 1


def test_weapons_and_other_things_taken_stay_apart() -> None:
    """ "seized rifles" and "seized the cattle": two claims."""
    kw: dict[str, Any] = {"frame": "arms", "place": "adm1:XX-01", "published": "2025-06-10"}
    rifles = claim(
        "mil:XXA", "asserts", doc=1, predicate="seize", text="troops seized rifles",
        obj="rifles", **kw,
    )  # fmt: skip
    cattle = claim(
        "org:yyy", "asserts", doc=2, predicate="seize", text="the militia seized the cattle",
        obj="the cattle", **kw,
    )  # fmt: skip
    assert len(_groups([rifles, cattle])) == 2


def _arms(holder: str, stance: str, text: str, obj: str, **kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"frame": "arms", "place": "adm1:XX-01", "published": "2025-06-10"}
    return claim(holder, stance, text=text, obj=obj, predicate="recover", **{**base, **kw})


def _remark(holder: str, stance: str, text: str, subject_text: str, **kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "frame": "pred:plant", "predicate": "plant", "place": None, "published": "2025-06-11",
    }  # fmt: skip
    return claim(holder, stance, text=text, subject_text=subject_text, **{**base, **kw})


def test_a_remark_about_the_weapons_joins_the_arms_its_holder_said_were_found() -> None:
    """ "The weapons are in our evidence room", from the chief who said his officers
    recovered a rifle and a pistol: one proposition, the weapons found."""
    found = _arms(
        "person:police-chief", "asserts", "officers had recovered a homemade rifle and a pistol",
        "a homemade rifle and a pistol", doc=1, seq=2,
    )  # fmt: skip
    remark = _remark(
        "person:police-chief", "asserts", "The weapons are in our evidence room.",
        "The weapons", doc=3, seq=5, frame="pred:be", predicate="be",
    )  # fmt: skip
    assert len(_groups([found, remark])) == 1


def test_a_remark_about_the_weapons_joins_the_arms_of_its_story() -> None:
    """ "the weapons seized were real", in the article where a fisherman said no one
    aboard was armed: one proposition with the rifles found."""
    found = _arms(
        "mil:XXA", "asserts", "Troops recovered two rifles and a pistol from the boat",
        "two rifles and a pistol", doc=1, seq=1,
    )  # fmt: skip
    unarmed = _arms(
        "person:fisher", "denies", "that no one aboard had been armed", "no one aboard",
        doc=3, seq=2, statement=7,
    )  # fmt: skip
    real = _remark(
        "person:prosecutor", "asserts", "the weapons seized were real", "the weapons seized",
        doc=3, seq=4, statement=8, frame="pred:be", predicate="be",
    )  # fmt: skip
    assert len(_groups([found, unarmed, real])) == 1


def test_a_remark_about_weapons_with_two_seizures_in_its_story_stays_apart() -> None:
    """Which of two seizures "the rifles had been planted" is about is not known."""
    one = _arms(
        "mil:XXA", "asserts", "troops seized rifles at the checkpoint", "rifles", doc=1, seq=1,
        place="adm1:XX-01",
    )  # fmt: skip
    other = _arms(
        "org:yyy", "asserts", "rebels took explosives from the depot", "explosives", doc=1,
        seq=3, statement=2, place="adm1:XX-09", subject="XXB",
    )  # fmt: skip
    planted = _remark(
        "person:fisher", "asserts", "the rifles had been planted", "the rifles", doc=1, seq=5,
        statement=3,
    )  # fmt: skip
    assert {"the rifles had been planted"} in _groups([one, other, planted])


def test_a_wound_in_the_arm_is_no_remark_about_weapons() -> None:
    """ "shot in the arm": a limb, not arms; it stays apart from the rifles found."""
    found = _arms(
        "mil:XXA", "asserts", "troops recovered two rifles", "two rifles", doc=1, seq=1,
    )  # fmt: skip
    wound = claim(
        "person:doctor", "asserts", doc=1, seq=3, statement=2, frame="pred:shoot",
        predicate="shoot", place=None, published="2025-06-10", text="He was shot in the arm",
        subject_text="He", obj="the arm",
    )  # fmt: skip
    assert {"He was shot in the arm"} in _groups([found, wound])


def _struck_camp(published: str = "2025-06-10") -> dict[str, Any]:
    """XXA's "had destroyed a camp of the XXG militants" (a strike on a site)."""
    strike = claim(
        "mil:XXA", "asserts", doc=1, seq=1, statement=1, predicate="destroy",
        frame="attack", place="gn:xxtown", published=published, subject="XXA",
        text="it had destroyed a camp of the XXG militants",
        obj="a camp of the XXG militants",
    )  # fmt: skip
    strike["object_head"] = "camp"
    return strike


def _no_militants() -> dict[str, Any]:
    """A rights group's "found no evidence of a militant presence at the site"."""
    return claim(
        "org:xx-rights", "denies", doc=2, seq=1, statement=1, predicate="store",
        frame="military_use", place="gn:xxtown", published="2025-06-11",
        text="it had found no evidence of a militant presence at the site",
        subject_text="a militant presence",
    )  # fmt: skip


def test_a_strike_on_a_camp_joins_the_denial_of_the_site_use() -> None:
    """Issue 4 (dev11): "destroyed a camp of the militants" (attack) and "no evidence of
    a militant presence" (military use) at one place, a day apart: one proposition."""
    assert len(_groups([_struck_camp(), _no_militants()])) == 1


def test_a_strike_on_a_camp_weeks_before_stays_apart() -> None:
    """Issue 4 (dev11): a strike on a camp weeks before the denial is another strike."""
    assert len(_groups([_struck_camp("2025-05-01"), _no_militants()])) == 2


def test_a_strike_disputed_as_a_deed_stays_apart_from_the_site_use() -> None:
    """Issue 4 (dev18): a strike on a camp that another side denies as a deed is a
    dispute of its own; joined to the dispute over the site, one would be lost."""
    strike = _struck_camp()
    denied = claim(
        "group:xxg", "denies", doc=3, seq=1, statement=1, predicate="destroy",
        frame="attack", place="gn:xxtown", published="2025-06-10", subject="XXA",
        text="XXA had not destroyed any camp of the XXG militants",
        obj="any camp of the XXG militants",
    )  # fmt: skip
    denied["object_head"] = "camp"
    groups = _groups([strike, denied, _no_militants()])
    assert {"it had found no evidence of a militant presence at the site"} in groups


def test_a_strike_finds_its_site_use_among_many_elsewhere() -> None:
    """Issue 4 (link scaling): the site-use claims a strike may join are looked up by
    place, not taken from the first BLOCK_PAIRWISE_MAX of the whole ledger, so a
    ledger with many other sites' uses (ordered before it) still joins the strike to
    its own."""
    others = []
    for k in range(props.BLOCK_PAIRWISE_MAX + 6):
        others.append(
            claim(
                "org:xx-rights",
                "denies",
                doc=100 + k,
                seq=1,
                statement=1,
                predicate="store",
                frame="military_use",
                place=f"gn:elsewhere{k}",
                published="2025-06-11",
                text=f"no militants were ever at site {k}",
                subject_text="militants",
            )
        )
    use = _no_militants()
    # (a later document than all the others: the last in the ledger's order)
    use["document_id"], use["content_hash"] = 10_000, f"{10_000:064x}"
    groups = _groups([*others, _struck_camp(), use])
    assert {
        "it had destroyed a camp of the XXG militants",
        "it had found no evidence of a militant presence at the site",
    } in groups
