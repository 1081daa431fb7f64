"""Answers across articles (issue 4): a denial that names whose claim it answers
("rejected Belize's protest", "stood by its account") when its own article tells no
claim of that owner's answers the owner's claim in an earlier article of the story."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from counterclaim.ledger import ingest
from counterclaim.link import propositions as props
from counterclaim.pipeline import analyze
from counterclaim.store import MIGRATIONS, Store
from test_disputes import claim


def _row(
    holder: str,
    country: str,
    stance: str,
    *,
    doc: int,
    published: str,
    frame: str,
    predicate: str,
    text: str,
    seq: int = 0,
    answers_actor: str | None = None,
    figure: float | None = None,
) -> dict[str, Any]:
    """A claim shaped like a ``Store.claims_for_link()`` row (test_disputes' builder),
    with a holder country, an owner answered and a figure."""
    row = claim(
        holder, stance, doc=doc, published=published, frame=frame, place=None, text=text,
        seq=seq, predicate=predicate, statement=100 * doc + seq,
    )  # fmt: skip
    return dict(row, holder_country=country, answers_actor_id=answers_actor, figure_value=figure)


def _charge() -> dict[str, Any]:
    return _row(
        "gov:XXA", "XXA", "asserts", doc=1, published="2026-03-02", frame="attack",
        predicate="strike", text="a gunboat of the neighbour struck its patrol boat",
    )  # fmt: skip


def _rejection(**kw: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "doc": 2, "published": "2026-03-03", "frame": "pred:protest",
        "predicate": "protest", "text": "rejected the protest as unfounded",
        "answers_actor": "country:XXA",
    }  # fmt: skip
    fields.update(kw)
    return _row("gov:XXB", "XXB", "denies", **fields)


def _where(claims: list[dict[str, Any]]) -> dict[str, tuple[str, str]]:
    """Each claim's evidence -> (its proposition's id, the stance it takes there)."""
    out = {}
    for p in props.group(claims):
        for c in p.claims:
            out[c["evidence_text"]] = (p.id, props.effective_stance(p, c))
    return out


def test_a_rejected_protest_names_whose_claim_it_answers() -> None:
    """Issue 4 (dev18): 'rejected Belize's protest as "unfounded"', with no claim of
    Belize's in the article, is a denial that answers Belize's claim told elsewhere."""
    r = analyze('GUATEMALA CITY - Guatemala rejected Belize\'s protest as "unfounded".')
    answers = [c for c in r.claims if c.answers_actor is not None]
    assert len(answers) == 1, r.claims
    c = answers[0]
    assert c.stance == "denies" and c.answers_actor is not None
    assert c.answers_actor.country == "BLZ"
    assert c.to_dict()["answers_actor"]["country"] == "BLZ"


def test_a_denial_answers_the_owners_claim_in_an_earlier_article() -> None:
    """Issue 4 (dev18): the rejection joins the owner's claim of the day before and
    denies it, in whatever order the claims come."""
    charge, rejection = _charge(), _rejection()
    for claims in ([charge, rejection], [rejection, charge]):
        where = _where([dict(c) for c in claims])
        assert where[charge["evidence_text"]][0] == where[rejection["evidence_text"]][0]
        assert where[rejection["evidence_text"]][1] == "denies"
    p = next(p for p in props.group([charge, rejection]) if len(p.claims) == 2)
    assert props.dispute(p, props.positions(p, {})) is not None


def test_an_answer_with_no_owned_claim_takes_no_position() -> None:
    """Issue 4 (dev18): with no claim of the owner's before it (none at all, one of
    another country, or one told after it), the rejection answers nothing."""
    later = dict(_charge(), published="2026-03-09")
    other = dict(_charge(), holder_actor_id="gov:XXC", holder_country="XXC")
    for claims in ([_rejection()], [later, _rejection()], [other, _rejection()]):
        assert "rejected the protest as unfounded" not in _where(claims)


def test_upholding_a_count_upholds_a_toll_only() -> None:
    """Issue 4 (dev14): "We stand by our figures", with no toll of the speaker's
    before, does not take the frame of another claim of theirs."""
    own = _row(
        "person:a-chief", "XXA", "asserts", doc=1, published="2026-03-02", frame="attack",
        predicate="burn", text="the attackers set fire to homes",
    )  # fmt: skip
    stand = _row(
        "person:a-chief", "XXA", "asserts", doc=2, published="2026-03-03",
        frame="casualties", predicate="stand", text="We stand by our figures.",
        answers_actor="person:a-chief",
    )  # fmt: skip
    where = _where([own, stand])
    assert where["We stand by our figures."][0] != where["the attackers set fire to homes"][0]
    toll = dict(own, frame="casualties", predicate="kill", figure_value=17.0)
    toll["evidence_text"] = "gunmen killed 17 people"
    where = _where([toll, stand])
    assert where["We stand by our figures."] == (where["gunmen killed 17 people"][0], "asserts")


def test_a_toll_rejected_is_the_owners_figure() -> None:
    """Issue 4 (dev8): "rejected the group's toll" answers the group's figure, not its
    later word of another deed."""
    toll = _row(
        "group:xxg", "XXA", "asserts", doc=1, published="2026-03-02", frame="casualties",
        predicate="kill", text="its fighters had killed 23 soldiers", figure=23.0,
    )  # fmt: skip
    deed = _row(
        "group:xxg", "XXA", "asserts", doc=2, published="2026-03-03", frame="attack",
        predicate="down", text="its fighters downed the helicopter",
    )  # fmt: skip
    rejection = _rejection(
        doc=3, published="2026-03-04", predicate="toll", frame="pred:toll",
        text="rejected the group's toll", answers_actor="group:xxg",
    )  # fmt: skip
    where = _where([toll, deed, rejection])
    assert where["rejected the group's toll"] == (
        where["its fighters had killed 23 soldiers"][0],
        "denies",
    )


ARTICLES = [
    {"outlet": "Wire", "published": "2026-08-17", "title": "Belize", "text":
     "BELIZE CITY (AP) - Belize said a Guatemalan navy gunboat struck its patrol boat on "
     "Sunday on the Sarstoon River."},
    {"outlet": "Wire", "published": "2026-08-18", "title": "Guatemala", "text":
     "GUATEMALA CITY (AP) - Guatemala said on Tuesday that the Belizean boat had entered "
     'its waters. Guatemala rejected the Belizean account as "unfounded".'},
]  # fmt: skip


def test_an_older_store_links_answers_across_articles(store_url: str, tmp_path: Path) -> None:
    """Issue 4 (dev18): ``0009_cross_answers`` on a store written before it, on both
    backends; the rejection in the second article disputes the first one's claim."""
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    with Store.open(store_url, migrations=MIGRATIONS.copy(until="0008_ledger_holders")) as old:
        assert old.schema_version() == "0008_ledger_holders"
    with Store.open(store_url) as store:
        assert store.schema_version() == MIGRATIONS.names[-1]
        ingest([path], store)
        answer = next(c for c in store.claims_for_link() if c["answers_actor_id"])
        assert answer["answers_actor_id"] == "country:BLZ"
        disputed = [d["proposition_id"] for d in store.disputes()]
        assert answer["id"] in {c["id"] for c in store.claims() if c["proposition_id"] in disputed}


def test_an_answer_looks_only_at_its_owners_window_of_claims() -> None:
    """Issue 4 (link scaling): an answer across articles is matched through an index of
    the owner's and its country's claims by day, not by scanning every claim (that made
    grouping grow as answers x claims); claims older than the window, of other
    holders, or bare rejections themselves are never candidates, and the owner's
    country does not depend on the order of the claims."""
    claim = _row(
        "gov:BLZ",
        "BLZ",
        "asserts",
        doc=1,
        published="2026-03-01",
        frame="attack",
        predicate="ram",
        text="Guatemala rammed our boat",
    )
    old = _row(
        "gov:BLZ",
        "BLZ",
        "asserts",
        doc=2,
        published="2026-01-01",
        frame="attack",
        predicate="fire",
        text="an older shooting",
    )
    other = _row(
        "gov:MEX",
        "MEX",
        "asserts",
        doc=3,
        published="2026-03-01",
        frame="attack",
        predicate="fire",
        text="another country's word",
    )
    bare = _row(
        "gov:GTM",
        "GTM",
        "denies",
        doc=4,
        published="2026-03-02",
        frame="pred:reject",
        predicate="protest",
        text="rejected Belize's protest",
        answers_actor="gov:BLZ",
    )
    day = props.parse_day("2026-03-02")
    assert day is not None
    for rows in ([claim, old, other, bare], [bare, other, old, claim]):
        index = props._AnswerIndex(rows)
        assert index.owner_country("gov:BLZ") == "BLZ"
        assert [t["id"] for t in index.window("gov:BLZ", "BLZ", day)] == [claim["id"]]
