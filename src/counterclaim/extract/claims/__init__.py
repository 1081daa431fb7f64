"""Claims: the proposition each statement carries, and claims in the article's own voice.

Reads: the parse, statements (with linked actors), place and date mentions, figures.
Gives :class:`RawClaim` records, char offsets into ``doc.text``.

For each statement, each main clause of its content is one claim: its predicate
(lemma, and the frame it belongs to: ``control``, ``attack``, ``deployment`` ... from
``data/frames.tsv``, else ``pred:<lemma>``), subject and object (linked to actors),
place, time, polarity, hedges ("alleged", "reportedly") and modality ("may", "plans
to"). The claim's ``stance`` is the holder's position on the claim's positive form:
"X denied that its jets bombed the market" and "X said its jets did not bomb the
market" both deny "X's jets bombed the market".

A statement about another statement is a position on that one's proposition:
"The statement of Russia's command about the alleged end of hostilities in Kursk is not
true" denies the end of hostilities in Kursk; "Kyiv denies" (with Russia's claim in
its content) and "rejected the claim" deny the claim they answer (``answers``).

Sentences outside every statement that report an event in a known frame are claims
in the article's own voice (``statement=None``; the holder is the outlet).

The stage is a package; each module builds only on the ones above it:

- ``words``: the word lists, patterns and thresholds, and the data-file loaders;
- ``model``: the records it gives (:class:`RawClaim`, :class:`PlaceRef`, :class:`DateRef`);
- ``syntax``: parse-tree helpers with no frame knowledge;
- ``parties``: the actor a phrase names, a group's or an official's side;
- ``victims``: tolls, and who the dead, wounded, missing and captives were;
- ``territory``: who holds ground, crossings into and out of a country;
- ``forces``: troops, arms, bases and military sites;
- ``frames``: the frame of a predicate, and blame;
- ``stance``: negation, contrast, denials by description, hedges, modality;
- ``where``: a claim's place and date;
- ``answers``: positions on other statements;
- ``core``: the flow, :func:`extract_claims`, and each clause's :class:`RawClaim`.
"""

from counterclaim.extract.claims.core import extract_claims
from counterclaim.extract.claims.model import DateRef, PlaceRef, RawClaim
from counterclaim.extract.claims.stance import not_a_saying, says_nothing
from counterclaim.extract.claims.where import topic_place
from counterclaim.extract.claims.words import frames, hedge_words

__all__ = [
    "DateRef",
    "PlaceRef",
    "RawClaim",
    "extract_claims",
    "frames",
    "hedge_words",
    "not_a_saying",
    "says_nothing",
    "topic_place",
]
