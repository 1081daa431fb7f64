"""Tie each speaker mention to the named speaker it stands for, within one article.

Reads: parse, entities, statements, the actor catalogue (to tell a country the tagger
took for a person from a person). Writes: ``RawStatement.resolved`` (char range of the
fullest name of the same speaker), left None when the mention is already that name
or nothing in the article supports a link (precision first).

* pronouns ("he", "she") -> the previous person who spoke, else the nearest person
  named before, within ``PRONOUN_WINDOW`` sentences, never one the article marks as of
  the other gender ("Mr. Jonson", "Lam, a spokesman": ``GENDER_WORDS``); "it",
  "they" -> the previous speaker when that was an organisation, a country or a group
  ("Ukraine's air force said ... It said ...");
* relative pronouns ("..., who said") -> the noun phrase the clause hangs on;
* roles ("the general", "the ministry's spokeswoman") -> a named person whose title
  in this article (apposition, title before the name, "X was sworn in as president")
  is of the same family and agrees with the mention's words and country ("Lebanon's
  prime minister" is not "Israeli Defence Minister Israel Katz"), nearest before, else
  the next one within ``CATAPHORA_WINDOW`` sentences (news ledes name the role first:
  "The top Russian general said ... Valery Gerasimov, Chief of the General Staff, ...");
  an indefinite role ("a spokesman") introduces someone new and is left alone;
* definite descriptions of a body ("the ministry", "the army", "the General Staff")
  -> the nearest earlier phrase with the same head and something that names it
  ("Gaza's health ministry", "Sudan's army"); class nouns ("the group", "the company",
  "the alliance") -> the body an earlier apposition calls so ("DTEK, Ukraine's biggest
  energy company"), else the previous speaker when that was an organisation;
* acronyms ("the JCS", "the RSF") -> the earlier name they abbreviate ("South Korea's
  Joint Chiefs of Staff");
* short names ("Gerasimov"; "Lai" for "Lai Ching-te", family name first) -> the
  longest name in the article that ends (or, East Asian style, starts) the same, only
  when every such name is a form of that one (two Smiths: no link).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from counterclaim.actors import country_words, load_catalogue, normalise
from counterclaim.extract.attribution import RawStatement
from counterclaim.extract.context import doc_ents, doc_text, hyphen_joined_end
from counterclaim.extract.lexicon import data_lines, honorifics, org_words, rank_abbreviations

#: How many sentences back a pronoun may reach for its antecedent.
PRONOUN_WINDOW = 3
#: How many sentences ahead a role mention may find the person it introduces.
CATAPHORA_WINDOW = 2
#: When two people share a surname, a bare surname goes to the one named this many
#: times as often as the other (three "Bobby Scott"s to one "Tim Scott"), else nobody.
DOMINANCE = 2

_PERSONAL = frozenset({"he", "she", "him", "her"})
_FEMININE_PRONOUNS = frozenset({"she", "her"})
#: Words that say a person is a woman or a man: an honorific before the surname ("Ms
#: Malmer Stenergard") or a noun beside the name ("spokeswoman Maria Zakharova", "Lam,
#: a spokesman"). A pronoun never reaches a person of the other gender.
GENDER_WORDS = {
    **dict.fromkeys(
        ("ms", "mrs", "miss", "madam", "mme", "spokeswoman", "chairwoman",
         "congresswoman", "businesswoman", "councilwoman", "woman", "queen", "princess",
         "mother", "wife", "daughter", "sister", "widow", "grandmother", "actress"),
        "f",
    ),
    **dict.fromkeys(
        ("mr", "spokesman", "congressman", "businessman", "councilman", "man",
         "king", "prince", "father", "husband", "son", "brother", "widower",
         "grandfather", "actor"),
        "m",
    ),
}  # fmt: skip


def _gender_key(t: Token) -> str:
    return t.lower_.rstrip(".")  # "Mr." and "Mr" alike


HONORIFIC_GENDER_WORDS = frozenset({"mr", "ms", "mrs", "miss", "madam", "mme"})
#: How many tokens after the comma that follows a name the head of its apposition may
#: stand ("Maria Silva, a senior spokeswoman").
GENDER_REACH = 3
_COLLECTIVE = frozenset({"it", "they", "we"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_GROUP_ENTS = frozenset({"ORG", "GPE", "NORP"})
_INDEFINITE = frozenset({"a", "an", "another", "one", "some", "any"})
#: Heads of a description that stands for any organisation spoken of before.
CLASS_NOUNS = frozenset(
    {
        "group",
        "agency",
        "movement",
        "organisation",
        "organization",
        "company",
        "firm",
        "alliance",
        "coalition",
        "militia",
        "body",
        "monitor",
        "network",
        "bloc",
        "faction",
        "operator",
        "charity",
        "newspaper",
        "broadcaster",
        "channel",
        "command",
        "headquarters",
        # ("The TPLF said ... The party accused Eritrea": the party that spoke)
        "party",
    }
)
#: Capitalised words of a state office's name that do not make it a name of its own
#: ("the General Staff", "the National Security Council").
OFFICE_TITLE_WORDS = frozenset(
    {"general", "security", "national", "joint", "supreme", "defence", "defense", "armed",
     "central", "military", "state", "federal", "high", "chief", "presidential", "foreign",
     "interior", "main", "operational", "southern", "northern", "eastern", "western"}
)  # fmt: skip
#: Heads of a state's bodies ("Syria's interior ministry", "the army").
STATE_BODY_HEADS = frozenset(
    {"ministry", "government", "army", "military", "police", "office", "presidency", "forces"}
)
#: Class nouns that may describe a state's body ("the command said").
STATE_CLASS_NOUNS = frozenset({"command", "headquarters", "body", "agency"})
#: Class nouns an armed or political group is described by ("the rebel group").
ARMED_CLASS_NOUNS = frozenset(
    {
        "group",
        "movement",
        "organisation",
        "organization",
        "militia",
        "faction",
        "alliance",
        "coalition",
        "bloc",
    }
)
#: Modifiers that make a class noun an armed group's ("the militant group").
ARMED_MODIFIERS = frozenset(
    {
        "militant",
        "rebel",
        "armed",
        "jihadist",
        "insurgent",
        "islamist",
        "paramilitary",
        "terrorist",
        "separatist",
        "guerrilla",
    }
)
#: What follows "armed" in a state's "armed forces" (never an armed group's word).
ARMED_FORCES_NEXT = (["forces"], ["force"])
#: Other heads of a description that refers back to an earlier phrase with that head.
_BODY_HEADS = frozenset(
    {"military", "authorities", "junta", "administration", "cabinet", "regime", "ministry"}
)
#: Title words that specify an office: a role mention that has one needs it in the
#: person's title ("the defence minister" is not "Prime Minister Netanyahu").
_AREAS: dict[str, str] = {
    "defence": "defence",
    "defense": "defence",
    "war": "defence",
    "foreign": "foreign",
    "external": "foreign",
    "diplomat": "foreign",
    "prime": "prime",
    "premier": "prime",
    "deputy": "deputy",
    "vice": "deputy",
    "assistant": "deputy",
    "interior": "interior",
    "home": "interior",
    "finance": "finance",
    "treasury": "finance",
    "economy": "economy",
    "justice": "justice",
    "health": "health",
    "energy": "energy",
    "education": "education",
    "trade": "trade",
    "agriculture": "agriculture",
    "transport": "transport",
    "intelligence": "intelligence",
    "navy": "navy",
    "naval": "navy",
    "air": "air",
}
#: Areas a person's title carries that a role mention must repeat to mean that person.
_MARKED_AREAS = frozenset({"prime", "deputy"})
#: Nouns for an unnamed person met in the story, not by office ("a resident who fled",
#: "A survivor, who asked not to be named"): such a speaker is who "he" or "she" next
#: stands for, as an unnamed official is.
WITNESS_NOUNS = frozenset(
    {"resident", "survivor", "witness", "eyewitness", "villager", "farmer", "trader",
     "shopkeeper", "vendor", "merchant", "driver", "passenger", "doctor", "nurse", "medic",
     "surgeon", "teacher", "student", "relative", "neighbour", "neighbor", "refugee",
     "fisherman", "shepherd", "herder", "worker", "volunteer", "man", "woman", "mother",
     "father", "parent", "widow", "pastor", "priest", "imam", "nun"}
)  # fmt: skip
#: Things a person says through: "Donald Trump's tweet said" is Trump speaking.
UTTERANCE_NOUNS = frozenset(
    {
        "tweet",
        "statement",
        "remark",
        "comment",
        "speech",
        "letter",
        "post",
        "message",
        "campaign",
        "office",
        "team",
        "website",
        "account",
        "interview",
        "memo",
        "testimony",
    }
)
_ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "on", "in", "de", "du", "des", "al", "&"})


#: Units of an armed body that are named after a person ("the Darío Ramírez Castro
#: front", "the Antonio Nariño battalion"): the name is the unit's, no speaker's.
NAMED_UNIT_NOUNS = frozenset({"front", "bloc", "battalion", "brigade", "column", "regiment"})


@cache
def role_families() -> dict[str, str]:
    """Role noun -> family (data/titles.txt)."""
    out = {}
    for ln in data_lines("titles.txt"):
        role, family = ln.split("\t")
        out[role] = family
    return out


@cache
def _person_names() -> frozenset[str]:
    """Catalogue names of persons ("Donald Trump", not the tagger's "Rip Donald Trump")."""
    keys = load_catalogue().alias_keys()
    return frozenset(k for k, ids in keys.items() if any(i.startswith("person:") for i in ids))


@cache
def _nonperson_names() -> frozenset[str]:
    """Catalogue names of places and bodies that no person shares ("Mali", "Kremlin")."""
    keys = load_catalogue().alias_keys()
    return frozenset(k for k, ids in keys.items() if not any(i.startswith("person:") for i in ids))


def _is_place_or_body(span: Span) -> bool:
    """The tagger's PERSON that is really a country, a capital or a body ("Mali")."""
    key = normalise(span.text)
    return key in _nonperson_names() or key in country_words()


def _countries_in(tokens: list[Token]) -> set[str]:
    """ISO3 codes named by single tokens or two-token names among ``tokens``."""
    words = country_words()
    out: set[str] = set()
    for k, t in enumerate(tokens):
        for text in (t.text, f"{t.text} {tokens[k + 1].text}" if k + 1 < len(tokens) else ""):
            iso = words.get(normalise(text)) if text else None
            if iso:
                out.add(iso)
    return out


def _areas(words: list[Token]) -> set[str]:
    """Office areas named by title words ("defence", "foreign", "prime"...)."""
    low = {w.lower_ for w in words}
    out = {_AREAS[w] for w in low if w in _AREAS}
    if "state" in low and "secretary" in low:
        out.add("foreign")
    return out


def _has_more_than_honorifics(span: Span, person: Span) -> bool:
    """True when ``span`` adds more to the name than "Mr." or "Dr." (a role, a title)."""
    extra = [t for t in span if not (person.start <= t.i < person.end) and not t.is_punct]
    return any(t.lower_ not in honorifics() for t in extra)


def _span_range(span: Span) -> tuple[int, int]:
    return span.start_char, span.end_char


def _title_words(person: Span) -> list[Token]:
    """Words of a person's title in the article: apposition, title before the name, or
    the predicate of "X is / was sworn in as / was named <title>"."""
    words: list[Token] = []
    root = person.root
    for c in root.children:
        if c.dep_ == "appos":
            words.extend(c.subtree)
    if root.dep_ == "appos":
        words.extend(t for t in root.head.subtree if t.i < person.start or t.i >= person.end)
    if root.dep_ in ("nsubj", "nsubjpass"):
        for c in root.head.children:
            if c.dep_ in ("attr", "oprd"):
                words.extend(c.subtree)
            elif c.dep_ == "prep" and c.lower_ == "as":
                for p in c.children:
                    if p.dep_ == "pobj":
                        words.extend(p.subtree)
    doc = person.doc
    k = person.start - 1
    while k >= 0 and doc[k].pos_ in ("PROPN", "NOUN", "ADJ") and doc[k].ent_type_ != "PERSON":
        words.append(doc[k])
        k -= 1
    return words


def _in_phrase(t: Token, span: Span) -> bool:
    """Whether ``t`` sits in a prepositional phrase or clause inside ``span`` ("an
    alliance of mainly Tuareg groups", "a resident of Omdurman")."""
    while t.i != span.root.i and span.start <= t.head.i < span.end and t.head.i != t.i:
        if t.dep_ in ("prep", "pobj", "relcl", "acl", "pcomp", "advcl"):
            return True
        t = t.head
    return False


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _east_asian(name: Span) -> bool:
    """A name written family name first with a hyphenated given name ("Lai Ching-te",
    "Kim Yo-jong"): its first word is the one used alone."""
    return any(
        t.text == "-" and t.i + 1 < name.end and name.doc[t.i + 1].text.islower() for t in name[1:]
    )


def given_name_as_norp(t: Token) -> bool:
    """A given name the tagger took for a nationality ("Inese" in "The guard's mother,
    Inese Krumina"): no country's word, and the first part of a name set off in
    apposition (a surname after it, with no type of its own)."""
    head = t.head
    return (
        t.ent_type_ == "NORP"
        and t.dep_ == "compound"
        and head.i == t.i + 1
        and head.pos_ == "PROPN"
        and head.is_title
        and head.dep_ == "appos"
        and head.ent_type_ in ("", "PERSON")
        and normalise(t.text) not in country_words()
    )


def _name_after_titled_body(run: list[Token]) -> Span | None:
    """The two or three capitalised words closing a title's body with no comma
    ("Inspector General of Police Ngaithem Rakesh" -> "Ngaithem Rakesh"): ``run`` opens
    with a body word right after a role word's "of" and goes on with name words."""
    if len(run) < 3 or run[0].i < 2:
        return None
    doc = run[0].doc
    of, role = doc[run[0].i - 1], doc[run[0].i - 2]
    if of.lower_ != "of" or role.lemma_.lower() not in role_families():
        return None
    body = [k for k, r in enumerate(run) if r.lower_ in org_words()]
    if not body or body[0] != 0:
        return None
    name = run[body[-1] + 1 :]
    if not 2 <= len(name) <= 3 or any(
        r.text == "-" or r.lemma_.lower() in role_families() or r.lower_ in honorifics()
        for r in name
    ):
        return None
    span = doc[name[0].i : name[-1].i + 1]
    return None if _is_place_or_body(span) else span


def _names_in_speakers(doc: Doc, statements: list[RawStatement]) -> list[Span]:
    """Person names the tagger missed, taken only from speaker spans: a run of two to
    four capitalised proper nouns with no organisation word ("Amara Osei" tagged ORG),
    not after "the", not a modifier of another noun ("United Nations secretary-general")
    and not a catalogue name of a place or body."""
    out: list[Span] = []
    for st in statements:
        if st.speaker is None:
            continue
        span = doc.char_span(*st.speaker, alignment_mode="expand")
        if span is None:
            continue
        run: list[Token] = []
        for t in [*span, None]:
            if (
                t is not None
                and t.pos_ == "PROPN"
                and t.is_title
                and (t.ent_type_ not in ("GPE", "NORP", "LOC") or given_name_as_norp(t))
            ):
                run.append(t)
                continue
            if (
                t is not None
                and t.text == "-"
                and run
                and not run[-1].whitespace_
                and not t.whitespace_
            ):
                run.append(t)  # "Jean-Pierre Ukumu": a hyphenated given name
                continue
            while run and run[-1].text == "-":
                run.pop()
            # "Major General Fajar Nugroho", "Senior Commissioner Hendra Saputra": the
            # ranks and titles before a name are not part of it
            titled = [
                k for k, r in enumerate(run[:-1]) if r.lower_ in role_families() or _bare_rank(r)
            ]
            if titled:
                run = run[titled[-1] + 1 :]
            if (after_body := _name_after_titled_body(run)) is not None:
                # "Superintendent of Police Ngaithem Rakesh": the name after the body
                out.append(after_body)
                run = []
                continue
            words = [r for r in run if r.text != "-"]
            # (four words too: Burmese names, "Daw Khin Ma Ma", "Saw Kyaw Zaw Oo")
            if 2 <= len(words) <= 4 and not any(r.lower_ in org_words() for r in run):
                name = doc[run[0].i : run[-1].i + 1]
                before = doc[run[0].i - 1] if run[0].i > 0 else None
                last = run[-1]
                modifier = last.dep_ in ("compound", "poss", "pobj") and not (
                    name.start <= last.head.i < name.end
                )
                # "The region's Ministry of State Security", "the Bureau for
                # Reintegration": the rest of a body's name, after its word and "of"
                of_body = (
                    before is not None
                    and before.lower_ in ("of", "for")
                    and before.i > 0
                    and doc[before.i - 1].lower_ in org_words()
                ) or (
                    # "PT Karya Lembah Baliem": a firm's name after its legal form
                    before is not None and before.is_upper and before.lower_ in org_words()
                )
                if not (
                    (before is not None and before.lower_ == "the")
                    or modifier
                    or of_body
                    or _is_place_or_body(name)
                ):
                    out.append(name)
            run = []
    out.extend(_full_names_of_surnames(doc, statements, out))
    return out


#: Abbreviated ranks that, written without their dot, are also names ("Hun Sen").
UNDOTTED_RANK_NAMES = frozenset({"Sen"})


def _bare_rank(t: Token) -> bool:
    """An abbreviated rank written without its dot, British and South Asian style ("Lt
    Gen Ahmed Khan"): a title before the name, not a word of it."""
    return t.text + "." in rank_abbreviations() and t.text not in UNDOTTED_RANK_NAMES


def _full_names_of_surnames(
    doc: Doc, statements: list[RawStatement], found: list[Span]
) -> list[Span]:
    """ "Rotaru said", after "released Vasile Rotaru", both tagged as organisations: a
    one-word speaker the catalogue lacks, that ends a two- or three-word run of
    capitalised proper nouns elsewhere in the article (no organisation word, no place,
    not after "the"), names the person that run names."""
    words: set[str] = set()
    for st in statements:
        if st.speaker is None:
            continue
        span = doc.char_span(*st.speaker, alignment_mode="expand")
        if (
            span is not None
            and len(span) == 1
            and span[0].pos_ == "PROPN"
            and span[0].is_title
            and span[0].ent_type_ not in ("GPE", "NORP", "LOC", "FAC", "PERSON")
            and not _is_place_or_body(span)
        ):
            words.add(span[0].lower_)
    out: list[Span] = []
    if not words:
        return out
    for t in doc:
        if t.lower_ not in words or t.i < 1:
            continue
        k = t.i
        while k > 0 and t.i - k < 2 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].is_title:
            k -= 1
        if k == t.i:
            continue
        name = doc[k : t.i + 1]
        if (
            (k > 0 and doc[k - 1].lower_ == "the")
            or any(
                x.lower_ in org_words()
                or x.lemma_.lower() in role_families()
                or x.lower_ in honorifics()
                or x.ent_type_ in ("GPE", "NORP", "LOC", "FAC", "DATE")
                for x in name
            )
            or _is_place_or_body(name)
            or any(_overlaps(name, f) for f in [*found, *out])
        ):
            continue
        out.append(name)
    return out


def _all_lower_case(span: Span) -> bool:
    """Whether every word of a span is written in lower case: no name, though the tagger
    takes a quoted label for a person ('All those killed were "khawarij", he said')."""
    return all(t.text[:1].islower() for t in span if t.is_alpha)


class _Article:
    """Named persons of one article with their titles and fullest names."""

    def __init__(self, doc: Doc, speaker_names: list[Span]) -> None:
        self.doc = doc
        self.persons = [
            e
            for e in doc_ents(doc)
            if e.label_ == "PERSON"
            and any(t.is_alpha for t in e)
            and not _all_lower_case(e)
            and not _is_place_or_body(e)
        ]
        self.persons.extend(
            n for n in speaker_names if not any(_overlaps(n, p) for p in self.persons)
        )
        self.persons.sort(key=lambda e: e.start)
        self.names: dict[str, list[Span]] = {}
        for p in self.persons:
            keys = {p[-1].lower_}
            if _east_asian(p):
                keys.add(p[0].lower_)
            for key in keys:
                self.names.setdefault(key, []).append(p)
        words = {p.start: _title_words(p) for p in self.persons}
        fam = role_families()
        self.titles = {
            k: {fam[w.lemma_.lower()] for w in ws if w.lemma_.lower() in fam}
            for k, ws in words.items()
        }
        self.areas = {k: _areas(ws) for k, ws in words.items()}
        # "Ms Malmer Stenergard said": an honorific before any mention of a surname
        self.honorific_gender: dict[str, set[str]] = {}
        # the lower-cased words read once: a Token per word and per neighbour was the
        # bulk of building this object
        lows = [t.lower_ for t in doc]
        for before_low, low in pairwise(lows):
            before = before_low.rstrip(".")  # as _gender_key: "Mr." and "Mr" alike
            if before in HONORIFIC_GENDER_WORDS:
                self.honorific_gender.setdefault(low, set()).add(GENDER_WORDS[before])
        self._genders: dict[tuple[int, int], str | None] = {}
        self.title_countries = {k: _countries_in(ws) for k, ws in words.items()}

    def gender(self, span: Span) -> str | None:
        """ "f" or "m" where the article says so next to this person (``GENDER_WORDS``)."""
        key = (span.start, span.end)
        if key not in self._genders:
            self._genders[key] = self._gender(span)
        return self._genders[key]

    def _gender(self, span: Span) -> str | None:
        doc = self.doc
        found = {GENDER_WORDS[k] for t in span if (k := _gender_key(t)) in GENDER_WORDS}
        surname = span[-1].lower_
        mentions = self.names.get(surname, []) if span[-1].pos_ == "PROPN" else []
        if len({p[0].lower_ for p in mentions if len(p) > 1}) > 1:
            # "Bill Clinton ... his wife Hillary Clinton": the surname is two people's,
            # so only this very name's own neighbours tell
            mentions = [p for p in mentions if p.text == span.text]
        else:
            found |= self.honorific_gender.get(surname, set())
        for p in mentions:
            # the word just before the name, or the head of its apposition ("Lam, a
            # spokesman for ..."); never a word that only stands near ("A spokeswoman
            # for Hillary Clinton", "a businessman says of Clinton")
            near = list(doc[p.start - 1 : p.start]) if p.start > 0 else []
            if p.end < len(doc) and doc[p.end].text == ",":
                near += [
                    t
                    for t in doc[p.end + 1 : p.end + 1 + GENDER_REACH]
                    if t.dep_ == "appos"
                    and p.start <= t.head.i < p.end
                    # "Ana Ruiz, whose son ...": the son is someone else
                    and not any(c.lower_ == "whose" for c in t.children)
                ]
            if p.root.dep_ == "appos" and p.root.head.i < p.start:
                # "The army spokesman, Colonel Ibrahim Musa": the name is the apposition
                # of the word that gives the gender
                near.append(p.root.head)
            found |= {GENDER_WORDS[k] for t in near if (k := _gender_key(t)) in GENDER_WORDS}
        return found.pop() if len(found) == 1 else None

    def full_name(self, span: Span) -> Span | None:
        """The fullest name that ends (or, East Asian style, starts) like ``span``, if
        longer than it. When different people share the word ("Bobby Scott", "Tim
        Scott"), the one the article names at least ``DOMINANCE`` times as often (and
        twice at least), else nobody."""
        found = self.names.get(span[-1].lower_)
        if not found:
            return None
        words = [frozenset(t.lower_ for t in p if not t.is_punct) for p in found]
        maximal = [w for w in set(words) if not any(w < other for other in words)]
        if len(maximal) > 1:
            votes = {
                m: sum(1 for w in words if w <= m and not any(w <= o for o in maximal if o != m))
                for m in maximal
            }
            ranked = sorted(maximal, key=lambda m: -votes[m])
            top, second = votes[ranked[0]], votes[ranked[1]]
            if top < 2 or top < DOMINANCE * second:
                return None  # two different people with this name
            maximal = [ranked[0]]
        group = [p for p, w in zip(found, words, strict=True) if w <= maximal[0]]
        known = [p for p in group if normalise(p.text) in _person_names()]
        best = max(known or group, key=len)
        return best if len(best) > len(span) else None

    def person_in(self, span: Span) -> Span | None:
        """The person a mention names: not one in possessive or object position
        ("Sarn's minister, Pavel Lind" names Pavel Lind; "Putin's spokesman" nobody)."""
        found = [
            p
            for p in self.persons
            if span.start <= p.start
            and p.end <= span.end
            and p.root.dep_ not in ("poss", "pobj")
            and not _in_phrase(p.root, span)
        ]
        # the one the mention is headed by first ("Norte de Santander governor William
        # Villamizar": the tagger took the province for a person too)
        root = span.root.i
        # then a name that is no modifier of a common noun ("the Kano state police
        # commissioner, Ali Bello": the tagger took the state for a person too)
        found.sort(
            key=lambda p: (
                not (p.start <= root < p.end),
                p.root.dep_ == "compound" and p.root.head.pos_ == "NOUN",
            )
        )
        return found[0] if found else None

    def _agrees(self, p: Span, areas: set[str], countries: set[str]) -> bool:
        have = self.areas[p.start]
        if not areas <= have or (have & _MARKED_AREAS) - areas:
            return False
        theirs = self.title_countries[p.start]
        return not (countries and theirs and not countries & theirs)

    def by_title(
        self,
        family: str,
        at: int,
        sent_idx: dict[int, int],
        areas: set[str] | None = None,
        countries: set[str] | None = None,
    ) -> Span | None:
        """The person titled ``family`` nearest before ``at``, else just after it; the
        title must name the mention's ``areas`` and not another country."""
        areas, countries = areas or set(), countries or set()
        fits = [
            p
            for p in self.persons
            if family in self.titles[p.start] and self._agrees(p, areas, countries)
        ]
        before = [p for p in fits if p.start < at]
        if before:
            return before[-1]
        here = sent_idx[at]
        if areas:
            # "the state's public security secretary said ... secretary Ana Lima told":
            # the name that follows may come with the bare title
            fits += [
                p
                for p in self.persons
                if family in self.titles[p.start]
                and not self.areas[p.start]
                and self._agrees(p, set(), countries)
                and p.start > at
            ]
        after = sorted(
            (p for p in fits if p.start > at and sent_idx[p.start] - here <= CATAPHORA_WINDOW),
            key=lambda p: p.start,
        )
        return after[0] if after else None


def _is_acronym(t: Token) -> bool:
    return 2 <= len(t.text) <= 6 and t.text.isalpha() and t.text.isupper()


def _acronym_expansion(doc: Doc, acronym: str, before: int) -> Span | None:
    """The nearest earlier run of capitalised words whose initials spell ``acronym``,
    with what names it ("South Korea's Joint Chiefs of Staff" for "JCS")."""
    for i in range(before - 1, -1, -1):
        if not doc[i].is_title or doc[i].text[0] != acronym[0]:
            continue
        letters, j = "", i
        while j < before and len(letters) < len(acronym):
            t = doc[j]
            if t.is_title:
                letters += t.text[0]
            elif t.lower_ not in _ACRONYM_SKIP:
                break
            j += 1
        if letters != acronym or not doc[j - 1].is_title:
            continue
        run = doc[i:j]
        head = run.root
        start = min(head.left_edge.i, i)
        while start < i and doc[start].dep_ == "det":
            start += 1
        return doc[start:j]
    return None


def _definite_description(span: Span) -> Token | None:
    """The head of "the ministry", "the General Staff", "the JCS": a definite phrase
    with nothing that names it (no country, no possessive), else None."""
    toks = [t for t in span if not t.is_punct]
    if len(toks) < 2 or toks[0].lower_ != "the":
        return None
    head = span.root
    if head.i != toks[-1].i:
        return None
    mods = toks[1:-1]
    # "the Russian army" is named by its country; "the jihadist group" is not
    if any(
        (t.ent_type_ == "GPE" or t.dep_ == "poss")
        or (t.ent_type_ == "NORP" and normalise(t.text) in country_words())
        or (t.pos_ == "PROPN" and t.is_upper and len(t) > 1)  # "the UKMTO agency"
        for t in mods
    ):
        return None
    if (
        head.is_title
        and mods
        and all(t.is_title for t in mods)
        and any(t.lower_ not in OFFICE_TITLE_WORDS for t in mods)
    ):
        # "The Emergency Lawyers Group", "The Sudan Doctors Network": a name of its own
        # (not "the General Staff", "the Security Council")
        return None
    if _is_acronym(head) and not mods:
        return head
    low = head.lemma_.lower()
    if low in org_words() or low in CLASS_NOUNS or low in _BODY_HEADS:
        return head
    return None


#: Words by which a state names a ministry or an agency in its own title ("the
#: Secretariat of National Defense", "the Department of Foreign Affairs", "the Foreign
#: Office"; "Georgia's State Security Service" is "the agency").
BODY_NAME_WORDS = {
    "ministry": frozenset({"secretariat", "department", "office"}),
    "agency": frozenset({"service", "directorate", "bureau"}),
}


def _named_phrase(doc: Doc, head: Token, mods: list[str], before: int) -> Span | None:
    """The nearest earlier phrase headed by ``head``'s word, after the same modifiers,
    with something more that names it ("Sudan's army" for "the army"); an apposition
    stands for the name it describes ("DTEK, Ukraine's biggest energy company")."""
    word, lemma = head.lower_, head.lemma_.lower()
    n = len(mods)
    for k in range(before - 1, n - 1, -1):
        t = doc[k]
        if (
            t.lower_ != word
            and t.lemma_.lower() != lemma
            and not (
                # "the ministry", after "Mexico's Secretariat of National Defense", "the
                # Philippine Department of National Defense", "Pakistan's Foreign Office":
                # a ministry named by another word
                lemma in BODY_NAME_WORDS and t.is_title and t.lower_ in BODY_NAME_WORDS[lemma]
            )
        ):
            continue
        if [doc[x].lower_ for x in range(k - n, k)] != mods and not (
            # "the federal office", after "Mexico's federal Attorney General's Office":
            # the description's words stand inside the name, not just before its head
            mods and set(mods) <= {x.lower_ for x in doc[t.left_edge.i : k]}
        ):
            continue
        if t.dep_ == "appos" and t.head.i < k and t.head.pos_ == "PROPN":
            name = t.head
            return doc[name.left_edge.i : name.i + 1]
        start = t.left_edge.i
        extra = [x for x in doc[start : k - n] if x.dep_ not in ("det", "case", "punct")]
        if (
            not n
            and lemma == "army"
            and head.is_lower
            and t.is_title
            and extra
            and all(x.is_title and x.dep_ == "compound" for x in extra)
            and any(x.lower_ not in OFFICE_TITLE_WORDS for x in extra)
        ):
            # "the army" is no body with a name of its own that ends in "Army" ("the
            # White Army militia", "the Arakan Army"): a state's army, named further back
            # ("South Sudan's army"), else nobody (as _definite_description has it)
            continue
        # a name may go on after the head: "the Ministry of Defense", "the General Staff
        # of the Armed Forces of Ukraine"
        of = next((c for c in t.children if c.dep_ == "prep" and c.i == k + 1), None)
        end = k
        if of is not None and of.lower_ == "of" and any(x.pos_ == "PROPN" for x in of.subtree):
            end = of.right_edge.i
        if not extra and end == k:
            continue
        if end == k and all(x.is_lower and x.lower_ in ARMED_MODIFIERS for x in extra):
            # "the faction of the jihadist group known as JAS": "jihadist" describes, it
            # does not name; "the group" is the one named further back (or that spoke)
            continue
        while start < k and doc[start].dep_ == "det":
            start += 1
        # ("the charity", after "A sea rescue charity said", named just after)
        return _name_after_indefinite(t) or doc[start : end + 1]
    return None


#: Plural words for an armed group's members that stand for the group ("the rebels").
GROUP_MEMBER_HEADS = frozenset(
    {"rebel", "militant", "insurgent", "paramilitary", "paramilitaries", "jihadist"}
)


def _named_members(doc: Doc, head: Token, before: int) -> Span | None:
    """The nearest earlier "<Name> rebels" ("M23 rebels", "Houthi rebels") with the same
    head word as "the rebels", named by a proper noun that is not a country's ("Syrian
    rebels" name no group)."""
    lemma = head.lemma_.lower()
    cat = load_catalogue()
    for k in range(before - 1, -1, -1):
        t = doc[k]
        if t.lemma_.lower() != lemma or t.i == head.i:
            continue
        mods = [c for c in t.lefts if c.dep_ in ("compound", "amod", "nmod", "npadvmod")]
        names = [
            c
            for c in mods
            if c.pos_ in ("PROPN", "ADJ")
            and c.text[:1].isupper()
            and normalise(c.text) not in country_words()
            # (the tagger calls "M23" a place; a country's name is no group's)
            and not any(a.kind in ("country", "government") for a in cat.by_alias(c.text))
        ]
        if not names:
            continue
        phrase = doc[min(c.left_edge.i for c in names) : k + 1]
        name = doc[phrase.start : k]
        # only a group the catalogue knows ("Tuareg rebels", "Kachin rebels" name a
        # people, not one group: the linker's one-group rule is safer there)
        if any(a.kind == "group" for a in cat.by_alias(phrase.text)) or any(
            a.kind == "group" for a in cat.by_alias(name.text)
        ):
            return phrase
        return None
    return None


def _opens_with_a_place(span: Span) -> bool:
    """Whether the mention's sentence opens with "In <place>," before it."""
    toks = [t for t in span.sent if not t.is_space and t.i < span.start]
    return (
        len(toks) >= 3
        and toks[0].lower_ == "in"
        and (toks[1].ent_type_ == "GPE" or normalise(toks[1].text) in country_words())
        and any(t.text == "," for t in toks)
    )


def _group_acronyms(doc: Doc) -> list[Span]:
    """Acronyms of armed groups the catalogue knows that no entity covers ("SPLM-N",
    tokenised "SPLM", "-", "N"), labelled ACRONYM."""
    cat = load_catalogue()
    out: list[Span] = []
    i = 0
    while i < len(doc):
        t = doc[i]
        if t.ent_type_ or not (t.is_upper and t.is_alpha and len(t) >= 2):
            i += 1
            continue
        end = hyphen_joined_end(doc, i + 1, lambda n: n.is_upper)
        span = Span(doc, i, end, label="ACRONYM")
        if any(a.kind == "group" for a in cat.by_alias(span.text)):
            out.append(span)
        i = end
    return out


def _nearest_group(doc: Doc, before: int) -> Span | None:
    """The last entity before token ``before`` that the catalogue knows as an armed or
    political group."""
    cat = load_catalogue()
    # (an acronym the tagger left out of every entity, "SPLM-N" split at its dash)
    acronyms = [a for a in _group_acronyms(doc) if a.end <= before]
    for e in reversed(sorted([*(e for e in doc_ents(doc) if e.end <= before), *acronyms])):
        if e.label_ not in ("ORG", "NORP", "GPE", "PERSON", "ACRONYM"):
            continue
        if any(a.kind == "group" for a in cat.by_alias(e.text)):
            return e
        # "Colombia's National Liberation Army (ELN)": the acronym after the name
        after = doc[e.end : e.end + 3]
        if (
            len(after) == 3
            and after[0].text == "("
            and after[2].text == ")"
            and any(a.kind == "group" for a in cat.by_alias(after[1].text))
        ):
            return doc[e.end + 1 : e.end + 2]
    return None


def _label(named: Span, art: _Article, fam: dict[str, str]) -> str:
    """PERSON, an entity label, ORG for a body ("Ukraine's air force"), ROLE for a
    person named only by their office, else ""."""
    if art.person_in(named) is not None:
        return "PERSON"
    if any(a.kind == "person" for a in load_catalogue().by_alias(named.text)):
        return "PERSON"  # "Zelenskiy said ... He urged": a name the tagger took for a body
    root = named.root
    if root.ent_type_:
        return root.ent_type_
    low = root.lemma_.lower()
    if root.pos_ == "NOUN" and low in fam and root.tag_ not in ("NNS", "NNPS"):
        return "ROLE"  # "a Mozambican official": someone unnamed
    if root.pos_ == "NOUN" and low in WITNESS_NOUNS and root.tag_ not in ("NNS", "NNPS"):
        return "ROLE"  # "a resident who fled to Saint-Marc": someone unnamed too
    if root.pos_ not in ("NOUN", "PROPN") or low in fam:
        return ""
    if (
        root.tag_ in ("NNS", "NNPS")
        or root.pos_ == "PROPN"
        or low in org_words()
        or low in CLASS_NOUNS
        or low in _BODY_HEADS
    ):
        return "ORG"
    return ""


def _acronym_bracket_after(span: Span, person: Span) -> bool:
    """Whether a speaker's mention ends, after a name inside it, in a bracketed acronym
    ("Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"): the name of a body, not a person."""
    toks = list(span)
    if not (
        len(toks) >= 3
        and toks[-1].text == ")"
        and toks[-3].text == "("
        and person.end <= toks[-3].i
        and ACRONYM_FORM.fullmatch(toks[-2].text) is not None
    ):
        return False
    # (the rest of the same name up to the bracket, "wal-Muslimin"; not "Khu Reh Htoo,
    # a spokesman for the Karenni Nationalities Defence Force (KNDF)")
    between = span.doc[person.end : toks[-3].i]
    return len(between) <= NAME_REST_MAX and all(
        t.text == "-" or (t.text[:1].isalpha() and t.pos_ not in ("DET", "ADP")) for t in between
    )


#: Most words a body's name may run on past the part the tagger took for a person.
NAME_REST_MAX = 4


#: Lowercase joining words of French, Spanish and Portuguese names of bodies
#: ("Observatoire Haïtien des Droits Humains", "Comité de Familiares").
NAME_PARTICLES = frozenset({"des", "de", "du", "del", "de la", "da", "do", "dos", "das"})


def _name_after_particle(span: Span, person: Span) -> bool:
    """Whether a name inside a speaker's mention follows a lowercase joining word that
    follows capitalised words of the mention: the end of a body's foreign name
    ("The Observatoire Haïtien des Droits Humains"), not a person."""
    doc = span.doc
    at = person.start - 1
    if at <= span.start or doc[at].text not in NAME_PARTICLES:
        return False
    before = [t for t in doc[span.start : at] if t.dep_ != "det"]
    return len(before) >= 2 and all(t.is_title for t in before)


#: A bracketed acronym of a body's name ("JNIM", "EHRC", "ELN").
ACRONYM_FORM = re.compile(r"[A-Z][A-Z0-9-]{1,9}")


def _name_in_apposition(span: Span) -> Span | None:
    """The person's name set off by commas just after a speaker that is a title ("the
    co-president, Rosario Murillo, rejected A and said B") when the speaker's span stops
    before it (the parse may hang the name on the verb, not on the title)."""
    doc = span.doc
    last = doc[span.end - 1]
    if span.end + 1 >= len(doc) or doc[span.end].text != "," or last.pos_ != "NOUN":
        return None
    ent = next((e for e in doc.ents if e.start == span.end + 1), None)
    if ent is None or ent.label_ != "PERSON" or ent.end >= len(doc) or doc[ent.end].text != ",":
        return None
    return ent


def _doer_of_relative(span: Span, cue: Token) -> Span | None:
    """The subject of the clause a pronoun speaker's saying is a relative clause in:
    in "The group released a video that it said showed soldiers", "it" is the group
    (its saying qualifies what the group released). None unless the subject is named
    (no pronoun) and agrees with the pronoun (a person for "he", "she")."""
    head = span.root
    low = head.lower_
    if (
        low not in _PERSONAL | _COLLECTIVE
        or head.head.i != cue.i
        or head.dep_ != "nsubj"
        or cue.dep_ != "relcl"
    ):
        return None
    noun = cue.head
    verb = noun.head
    if noun.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "ADP"):
        return None
    if verb.pos_ == "ADP":
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON" or subj.tag_ in ("PRP", "PRP$"):
        return None
    person = subj.ent_type_ == "PERSON"
    if (low in _PERSONAL) != person:
        return None
    return span.doc[subj.left_edge.i : subj.i + 1]


#: Nouns for a text that speaks for whoever it is credited to ("a statement attributed
#: to X", "a note signed by X").
DOCUMENT_NOUNS = frozenset({"statement", "note", "letter", "message", "communique", "pamphlet"})
#: Verbs crediting a text to its author: "attributed to", "signed by", "issued by".
AUTHORING_LEMMAS = frozenset({"attribute", "sign", "issue"})


def _author_of_document(head: Token) -> Span | None:
    """The named author of a text a speaker mention is ("a statement attributed to
    Samata, the group's spokesperson": "Samata"), None if the text is credited to no
    name."""
    if head.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    for acl in head.children:
        if acl.dep_ != "acl" or acl.lemma_.lower() not in AUTHORING_LEMMAS:
            continue
        for prep in acl.children:
            if prep.dep_ not in ("prep", "agent") or prep.lower_ not in ("to", "by"):
                continue
            name = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if name is None or name.pos_ != "PROPN":
                continue
            # (the name alone: "Samata, the committee's spokesperson" would be the
            # committee's words)
            return head.doc[name.left_edge.i : name.i + 1]
    return None


#: Entity types of a named body a clause's subject may be ("The LNA", "Russia's embassy").
_BODY_ENTS = frozenset({"ORG", "GPE", "NORP"})


def _body_subject(doc: Doc, pronoun: Token, after: int) -> Span | None:
    """The named body that is the main clause's subject before ``pronoun`` in its own
    sentence or, when the pronoun opens its sentence, in the sentence before; None
    unless it stands after token ``after`` (the last speaker) and names a body (an
    organisation, a state or its office: "Russia's embassy"), not a person."""
    sent = pronoun.sent
    opens = all(t.is_punct or t.is_quote or t.is_space for t in doc[sent.start : pronoun.i])
    if (opens or _after_fronted_phrase(pronoun)) and sent.start > 0:
        sent = doc[sent.start - 1].sent
    root = sent.root
    subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < pronoun.i), None)
    if subj is None and root.pos_ == "PROPN" and root.i < pronoun.i:
        subj = root  # (the parse may leave the verb out: "The RSF, ..., published video")
    if subj is None or subj.i < after or subj.pos_ not in ("PROPN", "NOUN"):
        return None
    words = doc[subj.left_edge.i : subj.i + 1]
    if subj.left_edge.i < after or any(t.ent_type_ == "PERSON" for t in words):
        return None
    if not any(t.ent_type_ in _BODY_ENTS for t in words):
        return None
    return words


def _body_named_since(doc: Doc, span: Span, low: str, prev: tuple[Span, str] | None) -> Span | None:
    """For "it": a state's office or an organisation (its name headed by a body word:
    "Guatemala's defence ministry") that is the subject of the sentence before (or of
    its own) after the last speaker; never a bare country ("Russia launched drones")."""
    if low != "it" or len(span) != 1 or prev is None:
        return None
    body = _body_subject(doc, span[0], prev[0].end)
    if body is None or body.root.lemma_.lower() not in org_words() | STATE_BODY_HEADS:
        return None
    return body


#: Articles that introduce a body the article names only afterwards ("A rights group said").
INDEFINITE_ARTICLES = frozenset({"a", "an"})
#: Entity labels of a proper noun that names no organisation.
_NO_BODY_ENTS = frozenset({"GPE", "LOC", "NORP", "PERSON", "DATE", "FAC"})


def _name_after_indefinite(head: Token) -> Span | None:
    """The name of a body a lede introduces unnamed ("A sea rescue charity said"), given
    in the next sentence with a description of the same kind as its apposition
    ("Sentinella del Mare, an Italian-German group, said"); None when none is given."""
    doc = head.doc
    if not (
        head.lemma_.lower() in CLASS_NOUNS
        and doc[head.left_edge.i].lower_ in INDEFINITE_ARTICLES
        and head.sent.end < len(doc)
    ):
        return None
    after = doc[head.sent.end].sent
    if after.start < len(doc) and all(t.is_space for t in after):
        after = doc[after.end].sent if after.end < len(doc) else after
    for t in after:
        name = t.head
        if (
            t.dep_ == "appos"
            and t.lemma_.lower() in CLASS_NOUNS
            and doc[t.left_edge.i].lower_ in INDEFINITE_ARTICLES
            and name.pos_ == "PROPN"
            and name.i < t.i
            and name.ent_type_ not in _NO_BODY_ENTS
            and name.dep_ in ("nsubj", "nsubjpass")
        ):
            start = name.left_edge.i
            while start < name.i and doc[start].dep_ == "det":
                start += 1
            return doc[start : name.i + 1]
    return None


#: Dependencies of a phrase fronted before a clause's subject ("In a statement, it said").
FRONTED_DEPS = frozenset({"prep", "advmod", "npadvmod", "advcl"})


def _after_fronted_phrase(pronoun: Token) -> bool:
    """Whether a pronoun is the subject of its sentence's main verb with only a fronted
    phrase before it ("In a statement, it said"): it opens its clause as if it opened
    the sentence."""
    sent, root = pronoun.sent, pronoun.sent.root
    if pronoun.dep_ != "nsubj" or pronoun.head.i != root.i or pronoun.i == sent.start:
        return False
    fronted = [c for c in root.children if c.i < pronoun.i and c.dep_ in FRONTED_DEPS]
    covered = {t.i for c in fronted for t in c.subtree}
    return bool(fronted) and all(
        t.i in covered or t.is_punct or t.is_space for t in pronoun.doc[sent.start : pronoun.i]
    )


#: Cues that say again what the one who just spoke said ("The senior officer repeated
#: that ..."): like "also said", the speaker is the one of the sentence before.
SAYING_AGAIN_LEMMAS = frozenset({"repeat", "reiterate"})

#: Words opening a speaker who is nobody ("No group has claimed responsibility").
NOBODY_WORDS = frozenset({"no", "none", "nobody", "neither"})

#: Possessive pronouns a noun cue's speaker may be ("its estimate", "their count").
_OWNERS = frozenset({"its", "their", "his", "her"})


def _owner_is_subject(span: Span) -> Span | None:
    """The named subject of the verb whose object the speaker ("its") owns: "The
    United Nations raised its estimate": the United Nations."""
    if len(span) != 1 or span[0].lower_ not in _OWNERS or span[0].dep_ != "poss":
        return None
    noun = span[0].head
    if noun.dep_ != "dobj":
        return None
    subj = next((c for c in noun.head.children if c.dep_ == "nsubj" and c.i < noun.i), None)
    if subj is None or subj.pos_ == "PRON":
        return None
    return span.doc[subj.left_edge.i : subj.i + 1]


def resolve(doc: Doc, statements: list[RawStatement]) -> None:
    """Set ``resolved`` on each statement whose speaker names someone indirectly."""
    if not statements:
        return
    art = _Article(doc, _names_in_speakers(doc, statements))
    sent_idx: dict[int, int] = {}
    for k, s in enumerate(doc.sents):
        for i in range(s.start, s.end):  # indices only: no Token per word
            sent_idx[i] = k
    fam = role_families()
    # the lede: the first paragraph (a dateline may stand as a sentence of its own)
    # (the text built once per document: ``Doc.text`` joins every token on each access)
    text = doc_text(doc)
    lede_end = text.find("\n")
    lede_end = len(text) if lede_end < 0 else lede_end
    prev: tuple[Span, str] | None = None  # previous speaker's name span and entity label
    # the sentence the previous speaker was mentioned in: a pronoun's reach is counted
    # from there, not from where its full name first stood ('Army spokesman Lul Ruai
    # Koang said ... [four sentences] ... "...," Koang said. He added ...': "He" is Koang)
    prev_sent = -1
    spoke: list[tuple[Span, int]] = []  # every person who spoke, by name, and where
    for st in sorted(statements, key=lambda s: s.cue_token):
        if st.speaker is None:
            continue
        span = doc.char_span(*st.speaker, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        head = span.root
        target: Span | None = None
        low = head.lower_
        description = _definite_description(span)
        doer = _doer_of_relative(span, doc[st.cue_token]) if len(span) == 1 else None
        if doer is not None:
            # "The group released a video that it said showed ...": the one who released
            # it, not whoever spoke last
            target = doer
        elif len(span) <= 2 and low in _PERSONAL:
            gender = "f" if low in _FEMININE_PRONOUNS else "m"
            # "X said A. Opposition leader Y visited the village. He said B": the
            # person the sentence just before is about, named after the last speaker
            # (not X, whose name the reader has left behind)
            subject = next(
                (
                    p
                    for p in reversed(art.persons)
                    if p.end <= head.i
                    and sent_idx[p.start] == sent_idx[head.i] - 1
                    and (prev is None or p.start >= prev[0].end)
                    and p.root.dep_ in ("nsubj", "nsubjpass")
                    and p.root.head.dep_ == "ROOT"  # (the main clause's subject)
                    and art.gender(p) in (None, gender)
                ),
                None,
            )
            opens = all(
                t.is_punct or t.is_quote or t.is_space for t in doc[head.sent.start : head.i]
            )
            # 'Ms. Dlamini said A. Colonel Peter Obi said B. She rejected that': the last
            # speaker the article marks as a woman, when the last speaker is unmarked.
            # Only for "she": men go unmarked far more often ("spokesman" out of the
            # word window), so "he" keeps the last speaker (held-out dev5 and dev6 lost
            # two holders when "he" also skipped back)
            marked = next(
                (
                    p
                    for p, sent in reversed(spoke)
                    if gender == "f"
                    and sent_idx[head.i] - sent <= PRONOUN_WINDOW
                    and art.gender(p) == "f"
                ),
                None,
            )
            if subject is not None and opens:
                target = subject
            elif (
                marked is not None
                and prev is not None
                and marked is not prev[0]
                and art.gender(prev[0]) is None
            ):
                target = marked
            elif (
                prev is not None
                and prev[1] in ("PERSON", "ROLE")
                and sent_idx[head.i] - max(sent_idx[prev[0].start], prev_sent) <= PRONOUN_WINDOW
                and art.gender(prev[0]) in (None, gender)
            ):
                # "a Mozambican official said ... , he said": the unnamed official, not
                # a name further back
                target = prev[0]
            else:
                earlier = [
                    p
                    for p in art.persons
                    if p.end <= head.i
                    and sent_idx[head.i] - sent_idx[p.start] <= PRONOUN_WINDOW
                    and art.gender(p) in (None, gender)
                ]
                target = earlier[-1] if earlier else None
        elif (own := _owner_is_subject(span)) is not None:
            # "The U.N. raised its estimate of the displaced to 61,000": "its" (a noun
            # cue's speaker) is the subject that does the raising
            target = own
        elif len(span) <= 2 and low in _COLLECTIVE:
            if (body := _body_named_since(doc, span, low, prev)) is not None:
                # "Guatemala's defence ministry gave a very different account. In a
                # statement, it said": the body the clause is about, not the last speaker
                target = body
            elif (
                prev is not None
                and prev[1] in _GROUP_ENTS
                and sent_idx[head.i] - max(sent_idx[prev[0].start], prev_sent) <= PRONOUN_WINDOW
            ):
                target = prev[0]
            elif low == "it" and len(span) == 1:
                # "The embassy in Oslo gave another version. It said ...", "The group, for
                # its part, published video it said showed ...": the body the clause is
                # about, named after the last speaker, not a person who spoke before
                target = _body_subject(doc, head, prev[0].end if prev is not None else 0)
        elif len(span) == 1 and low in _RELATIVE and head.head.dep_ in ("relcl", "acl"):
            np_head = head.head.head
            if (
                low == "who"
                and np_head.ent_type_ in ("GPE", "LOC", "FAC")
                and np_head.dep_ == "pobj"
                and np_head.head.head.pos_ == "NOUN"
            ):
                np_head = np_head.head.head  # "a resident of Omdurman, who ..."
            if (
                np_head.dep_ == "appos"
                and np_head.pos_ == "NOUN"
                and (np_head.lemma_.lower() in CLASS_NOUNS or np_head.lower_ in org_words())
                and np_head.head.pos_ == "PROPN"
                and np_head.head.i < np_head.i
                and doc[np_head.left_edge.i].lower_ == "the"
                and doc[np_head.left_edge.i - 1].text == ","
            ):
                # "JNIM, the jihadist group that claimed the attack": the name the
                # description stands beside, not a body "jihadist group"
                np_head = np_head.head
            if not (low == "who" and np_head.ent_type_ in ("GPE", "LOC", "FAC", "DATE")):
                target = doc[np_head.left_edge.i : np_head.i + 1]
        elif (named := _name_after_indefinite(span.root)) is not None:
            # "A sea rescue charity said ... Sentinella del Mare, an Italian-German
            # group, said": the lede's body, named just after it
            target = named
        elif description is not None:
            if _is_acronym(description):
                target = _acronym_expansion(doc, description.text, span.start)
            else:
                mods = [t.lower_ for t in span if t.i > span.start and t.i < description.i]
                # "In Mali, the army said": Mali's army, not the one named before
                target = (
                    None
                    if _opens_with_a_place(span)
                    else _named_phrase(doc, description, mods, span.start)
                )
                # ("the armed forces general staff", "the armed forces": "armed" of the
                # state's "armed forces", no armed group's word)
                mod_words = [*mods, description.lower_]
                armed = bool(
                    ARMED_MODIFIERS.intersection(
                        m
                        for i, m in enumerate(mods)
                        if not (m == "armed" and mod_words[i + 1 : i + 2] in ARMED_FORCES_NEXT)
                    )
                )
                if (
                    target is not None
                    and not armed
                    and description.lemma_.lower() in CLASS_NOUNS
                    and prev is not None
                    and prev[1] == "ORG"
                    and prev[0].start >= target.end
                    and (
                        prev[0].root.lemma_.lower() not in STATE_BODY_HEADS
                        or any(a.kind == "group" for a in load_catalogue().by_alias(prev[0].text))
                    )
                    and sent_idx[head.i] - max(sent_idx[prev[0].start], prev_sent) <= PRONOUN_WINDOW
                    and not any(
                        (sp := doc.char_span(*o.speaker, alignment_mode="expand")) is not None
                        and _overlaps(sp, target)
                        for o in statements
                        if o.speaker is not None
                    )
                ):
                    # 'clashes between the ELN and dissidents of the former FARC rebel
                    # group ... The ELN denied it. The group said ...': the body that
                    # just spoke, not one only named before it that never spoke
                    target = prev[0]
                if armed and target is None:
                    # "a claim the militant group dismissed": an armed group named
                    # before, never the army that spoke last
                    target = _nearest_group(doc, span.start)
                if (
                    target is None
                    and not armed
                    and description.lemma_.lower() in CLASS_NOUNS
                    and prev is not None
                    and prev[1] == "ORG"
                    # "The monitor said", after "Syria's interior ministry said": a
                    # monitor is no ministry (only "the command" may be a state's)
                    and not (
                        prev[0].root.lemma_.lower() in STATE_BODY_HEADS
                        and description.lemma_.lower() not in STATE_CLASS_NOUNS
                    )
                ):
                    target = prev[0]
                if target is None and description.lemma_.lower() in ARMED_CLASS_NOUNS:
                    # "Fighters of the ELN have taken the village, the rebel group said":
                    # the nearest group the catalogue knows, named before the mention
                    # (never for "the company": an armed group is no company)
                    target = _nearest_group(doc, span.start)
        else:
            person = art.person_in(span)
            if (
                person is not None
                and head.lemma_.lower() in NAMED_UNIT_NOUNS
                and person.start <= head.i - 1 < person.end
                and head.i == person.end
            ):
                # "The ELN's Darío Ramírez Castro front": a unit named after a person
                # speaks, not the person
                person = None
            if person is not None and _name_after_particle(span, person):
                # "The Observatoire Haïtien des Droits Humains": a body's foreign name,
                # whose last words the tagger took for a person
                person = None
            if person is not None and _acronym_bracket_after(span, person):
                # "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)": a body's name with its
                # acronym, which the tagger took in part for a person
                person = None
            if person is not None:
                # "Maria Silva, the foreign minister": the name is the person;
                # "Silva": the fullest form of the name in the article
                target = art.full_name(person) or (
                    person if _has_more_than_honorifics(span, person) else None
                )
            elif (
                head.lemma_.lower() in UTTERANCE_NOUNS
                and (owner := next((c for c in head.children if c.dep_ == "poss"), None))
                is not None
            ):
                # "Donald Trump's tweet", "Clinton's campaign": the owner speaks
                named = art.person_in(doc[owner.left_edge.i : owner.i + 1])
                target = (art.full_name(named) or named) if named is not None else None
            elif head.pos_ == "PROPN" and len(span) <= 2:
                # a surname the tagger did not take for a person ("Brandt" as ORG)
                target = art.full_name(span)
            elif (author := _author_of_document(head)) is not None:
                # "a statement attributed to Samata, the committee's spokesperson", "The
                # note, signed by Samata, described ...": the one it is credited to speaks
                target = author
            elif (
                head.pos_ == "NOUN"
                and head.lemma_.lower() in fam
                and head.tag_ not in ("NNS", "NNPS")
                and (
                    span[0].lower_ not in _INDEFINITE
                    or (head.idx < lede_end and sent_idx[head.i] <= 1)
                )
            ):
                words = [t for t in span if not t.is_punct]
                target = art.by_title(
                    fam[head.lemma_.lower()],
                    head.i,
                    sent_idx,
                    _areas(words),
                    _countries_in(words),
                )
                if span[0].lower_ in _INDEFINITE and (target is None or target.start < span.end):
                    # an indefinite role is someone new, but the lede's is named next
                    # ("..., a local official said. The district mayor, Ana Lima,
                    # said ..."); never a person named before it
                    target = None
                if (
                    target is not None
                    and prev is not None
                    and prev[1] not in ("PERSON", "ROLE", "")
                    and target.start < prev[0].start
                    and any(
                        c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children
                    )
                ):
                    # "The KNU confirmed its forces had left. Its spokesman dismissed the
                    # toll": the spokesman of the body that just spoke, not the other
                    # side's spokesman named before it
                    target = None
                if (
                    target is None
                    and span[0].lower_ not in _INDEFINITE
                    and prev is not None
                    and prev[1] == "ROLE"
                    and prev[0].root.lemma_.lower() == head.lemma_.lower()
                    and sent_idx[head.i] - max(sent_idx[prev[0].start], prev_sent) <= PRONOUN_WINDOW
                ):
                    # "a Radaa commander denied it ... the commander told Reuters": the
                    # unnamed commander who just spoke
                    target = prev[0]
                if (
                    target is None
                    and prev is not None
                    and prev[1] == "PERSON"
                    and (
                        len(words) == 2
                        # "The senior officer repeated": a word of rank between
                        or (len(words) == 3 and words[1].pos_ == "ADJ")
                    )
                    and words[0].lower_ == "the"
                    and sent_idx[head.i] - prev_sent == 1
                    and (
                        any(
                            c.dep_ == "advmod" and c.lower_ == "also"
                            for c in doc[st.cue_token].children
                        )
                        or doc[st.cue_token].lemma_.lower() in SAYING_AGAIN_LEMMAS
                    )
                ):
                    # '"...," junta spokesman Aung Myo Thant said. The general also said':
                    # the one who spoke in the sentence before, saying more, though this
                    # article gives him no such title
                    target = prev[0]
        if (
            target is None
            and description is None
            and len(span) == 2
            and span[0].lower_ == "the"
            and head.lemma_.lower() in GROUP_MEMBER_HEADS
        ):
            # "Congo accused M23 rebels of killing civilians, an accusation the rebels
            # denied": the group named with that word before
            target = _named_members(doc, head, span.start)
        if target is None and not (len(span) <= 2 and low in _PERSONAL | _COLLECTIVE):
            # "Nicaragua's co-president, Rosario Murillo, rejected A and said B": the
            # second saying's speaker stops before the name in apposition to it
            target = _name_in_apposition(span)
        if (
            target is not None
            and target.start >= span.start
            and target.end < span.end
            and all(
                (t.pos_ == "PROPN" and t.text[:1].isupper())
                or (t.text == "-" and not t.whitespace_ and not doc[t.i - 1].whitespace_)
                for t in doc[target.end : span.end]
            )
        ):
            # "Prime Minister Alix Didier Fils-Aimé": the tagger ended the name early
            target = doc[target.start : span.end]
        if (
            target is not None
            and target.start > span.start
            and doc[target.start - 1].is_upper
            and doc[target.start - 1].lower_ in org_words()
        ):
            # "The firm, PT Freeport Indonesia": the legal form opens the firm's name
            target = doc[target.start - 1 : target.end]
        if target is not None and _span_range(target) != st.speaker:
            st.resolved = _span_range(target)
        if span[0].lower_ in NOBODY_WORDS:
            # "No group claimed responsibility, but the official said ...": nobody
            # spoke; "the official" is still the one who spoke before
            continue
        if any(o.content[0] <= st.speaker[0] and st.speaker[1] <= o.content[1] for o in statements):
            # a speaker named inside someone's words ("Hamas said the Israeli army's
            # claim ... was a fabrication") is not who spoke last: "the group" next is
            # still Hamas
            continue
        # remember who spoke, by name, for the next pronoun
        named = target if target is not None else (art.person_in(span) or span)
        prev = (named, _label(named, art, fam))
        prev_sent = sent_idx[head.i]
        if prev[1] in ("PERSON", "ROLE"):
            spoke.append((named, prev_sent))
