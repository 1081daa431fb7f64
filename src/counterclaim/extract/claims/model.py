"""What the claims stage gives: :class:`RawClaim` with its :class:`PlaceRef` and
:class:`DateRef`, and the per-document memo the stage's tests share.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from counterclaim.records import ActorRef


@dataclass(frozen=True)
class PlaceRef:
    """A place mention the claim extractor can use: range, key (a gazetteer id or a
    normalised name) and display name."""

    start: int
    end: int
    key: str
    name: str
    rank: int = 5  # lower is more specific: city 0, region 2, country 3, unresolved 6
    lat: float | None = None
    lon: float | None = None
    region: str | None = None  # the first-level division (or the place itself) it lies in
    owner: bool = False  # named as an owner ("Moscow's claim"): not where things happen


@dataclass(frozen=True)
class DateRef:
    """A resolved date mention: range, ISO prefix (or None), precision."""

    start: int
    end: int
    value: str | None
    precision: str | None


@dataclass
class RawClaim:
    """One claim, char offsets into ``doc.text``."""

    evidence: tuple[int, int]
    statement: int | None  # index into the statements list; None = the article's voice
    predicate: str
    frame: str
    frame_role: str = "positive"
    subject: tuple[int, int] | None = None
    subject_actor: ActorRef | None = None
    object: tuple[int, int] | None = None
    object_head: str | None = None  # lemma of the object's head ("hospital")
    object_actor: ActorRef | None = None
    place: PlaceRef | None = None
    time: str | None = None
    time_precision: str | None = None
    polarity: str = "positive"
    hedges: tuple[str, ...] = ()
    modality: str | None = None
    stance: str = "asserts"
    answers: int | None = None  # index of the claim (same document) this one answers
    # whose claim it answers ("the figures circulated by the terrorists") and the noun
    answers_owner: ActorRef | None = None
    answers_noun: str | None = None
    # it confirms the claim it answers ("the admission confirmed its account")
    confirms: bool = False
    figures: list[int] = field(default_factory=list)  # indices into the figures list
    # another holder than the statement's speaker: the second of a joint speaker
    # ("Russia and Belarus said"); None = the speaker's (or the outlet's)
    holder: ActorRef | None = None
    # more claims of the statement it answers, each with the stance taken on it ("dismissed
    # the prosecutors' findings": the bullet's type and where it was fired from); each
    # becomes a claim of its own (see _answer_the_rest)
    also_answers: list[tuple[RawClaim, str]] = field(default_factory=list)
    # it answers only a claim of a deed or a toll, not a remark ("Latvia is inventing a
    # shooter": the shooting, not "he saw the uniform")
    answers_deed: bool = False
    # whose claim, told in an earlier article, it answers when this one tells none
    # ("rejected Belize's protest", "stood by its account"); the ledger finds that claim
    answers_across: ActorRef | None = None


@dataclass
class _ClaimMemo:
    """``_frame`` by token index, kept in ``doc.user_data`` only while
    ``extract_claims`` runs (``_frame`` reads ``doc._.places``, fixed within one run)."""

    frames: dict[int, tuple[str, str]] = field(default_factory=dict)
