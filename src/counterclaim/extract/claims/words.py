"""The claims stage's word lists, patterns and thresholds, and the loaders of its data
files (``data/frames.tsv``, ``data/hedges.txt``): one place for the lexicon every
module of :mod:`counterclaim.extract.claims` reads.
"""

from __future__ import annotations

import re
from functools import cache

from counterclaim.extract.attribution import (
    COUNT_NOUNS,
)
from counterclaim.extract.lexicon import (
    VICTIM_KINDS,
    data_lines,
)

#: Nouns for armed people whose presence somewhere is a deployment.
TROOP_WORDS = frozenset(
    {
        "troop",
        "soldier",
        "force",
        "fighter",
        "unit",
        "serviceman",
        # (the tagger leaves the plurals unlemmatised: "no Russian servicemen in X")
        "servicemen",
        "servicewomen",
        "mercenary",
        "personnel",
        "brigade",
        "battalion",
        "army",
        "marine",
    }
)


#: Verbs of moving that deploy when troops are what moves ("flew soldiers into X",
#: "the reinforcements arrived in X").
MOVING_LEMMAS = frozenset(
    {"fly", "airlift", "move", "bring", "arrive", "land", "redeploy", "reinforce", "rotate"}
)


#: A state's standing formations ("the 22nd Division"): unqualified, the speaker's.
FORMATION_WORDS = frozenset({"division", "regiment", "corps", "garrison"})


#: Nouns for bodies of troops beside :data:`TROOP_WORDS`.
UNIT_WORDS = FORMATION_WORDS | {"reinforcement", "contingent", "detachment"}


#: Military staff sent abroad to teach or advise ("Russian military instructors are
#: working in X"): where they work, their state has people deployed.
STAFF_WORDS = frozenset({"instructor", "adviser", "advisor", "trainer"})


#: Nouns for a body of people sent somewhere ("a team of army engineers").
TEAM_WORDS = frozenset({"team", "group", "unit", "contingent", "detachment", "squad"})


#: Trades that are military when an army's word qualifies them ("PLA engineers").
SPECIALIST_WORDS = frozenset(
    {"engineer", "specialist", "technician", "expert", "medic", "staff", "employee"}
)


#: Words that make such a trade an army's.
MILITARY_MARKS = frozenset({"military", "army", "naval", "navy", "defence", "defense", "forces"})


#: Verbs of a state having others' troops on its soil ("hosts no foreign troops").
HOSTING_LEMMAS = frozenset({"host"})


#: Verbs of troops (or staff) at work somewhere, which say they are there: "foreign
#: troops were operating in X", "instructors are working in X", "units based in X".
PRESENT_AT_WORK_LEMMAS = frozenset({"operate", "work", "serve", "train", "base", "run"})


#: Verbs of staff being placed somewhere ("military staff had been assigned to the
#: station"): where they are placed, their state has people deployed.
ASSIGNED_LEMMAS = frozenset({"assign", "post", "second"})


#: Verbs that give a count of the people they are said of ("the troops numbered 3,000").
COUNTING_LEMMAS = frozenset({"number", "total"})


#: Nouns of a host's asking that put foreign staff somewhere ("at the invitation of
#: the government", "at Kinshasa's request"): their presence, owned.
INVITATION_NOUNS = frozenset({"invitation", "request", "behest"})


#: Verbs of being or coming somewhere, said of people sent ("the instructors came").
BEING_THERE_LEMMAS = frozenset({"be", "come", "stay", "remain"})


#: Verbs of a figure held to ("its estimate had not changed"): a count stood by.
CHANGING_LEMMAS = frozenset({"change", "alter", "shift"})


#: Nouns that name a statement: "the statement", "the claim", "reports that".
CLAIM_NOUNS = frozenset(
    {
        "statement",
        "claim",
        "report",
        "allegation",
        "assertion",
        "announcement",
        "accusation",
        # "rejected China's charge that Indian soldiers had crossed the line"
        "charge",
        "remark",
        "suggestion",
        "information",
        "rumour",
        "rumor",
        "story",
        "account",
        "version",
        "figure",
        "toll",
        "tally",
        "finding",
        "number",
        # "rejected the ombudsman's conclusions"
        "conclusion",
    }
)


#: Nouns of a complaint ("rejected Belize's protest"): rejected, with an owner named,
#: they answer what that owner charged (not claim nouns: "the protest" is also a rally).
COMPLAINT_NOUNS = frozenset({"protest", "complaint"})


#: Claim nouns that are the noun of the act that made the claim ("the findings": what
#: someone found).
DEED_CLAIM_NOUNS = frozenset({"finding"})


_DIGIT = re.compile(r"\d")


_MODALS = {
    "may": "possible",
    "might": "possible",
    "could": "possible",
    "would": "conditional",
    "will": "future",
    "shall": "future",
    "should": "obligation",
    "must": "obligation",
    "can": "possible",
}


_INTENT = {
    "plan": "future",
    "intend": "future",
    "threaten": "threat",
    "aim": "future",
    "prepare": "future",
    "seek": "future",
    "try": "attempt",
    "want": "future",
}


_NEG_ADVERBS = frozenset({"never", "no", "not", "n't", "neither", "nor"})


@cache
def frames() -> dict[str, tuple[str, str]]:
    """Predicate lemma (or "verb+noun") -> (frame, role), from data/frames.tsv."""
    out: dict[str, tuple[str, str]] = {}
    for ln in data_lines("frames.tsv"):
        lemma, frame, role = ln.split("\t")
        out[lemma] = (frame, role)
    return out


@cache
def hedge_words() -> dict[str, str]:
    """Hedge word -> hedge (data/hedges.txt)."""
    return dict(ln.split("\t") for ln in data_lines("hedges.txt"))


#: Words the tagger may take for verbs that only open a list of what was named before
#: ("including eight children"): no predicate of their own.
LISTING_PREPS = frozenset({"including"})


#: Prepositions of where a claim of a deed was made ("claimed responsibility in a
#: statement", "via Telegram"): not what the claim is for (Issue 4: responsibility;
#: not "on", which an attack reads as its target).
OUTLET_PREPS = frozenset({"in", "via", "through"})


#: Nouns of blame for a deed ("bore full responsibility", "the blame lies with").
BLAME_NOUNS = frozenset({"responsibility", "blame"})


#: Verbs of carrying blame ("X bears responsibility") and of blame resting on someone
#: ("the responsibility lies with X").
BEARING_LEMMAS = frozenset({"bear", "carry", "shoulder"})


RESTING_LEMMAS = frozenset({"lie", "rest"})


#: Verbs of steering a vessel at another, the blow in a collision at sea ("turned
#: sharply towards our vessel", "cut across its bow", "accelerated into our hull").
STEERING_LEMMAS = frozenset({"cut", "turn", "swerve", "veer", "steer", "accelerate"})


#: Prepositions of steering at or across another vessel.
AT_VESSEL_PREPS = frozenset({"across", "into", "towards", "toward"})


#: What a vessel steers at when it causes a collision: another vessel or its bow, hull
#: or path (a "patrol boat", "the coast guard ship KV Andenes" by its compound).
VESSEL_NOUNS = frozenset(
    {"bow", "hull", "stern", "path", "vessel", "ship", "boat", "trawler", "gunboat", "warship"}
)


#: Nouns that call a deed someone's doing ("the shooting was a deliberate act by
#: Russian border guards", "the blast was the work of the ELN").
DOING_NOUNS = frozenset({"act", "work", "provocation", "attack", "operation"})


_DOER_ENTS = frozenset({"ORG", "NORP", "GPE", "PERSON"})


#: The kind of victim whose toll is told apart from that of armed men it is joined to.
CIVILIAN_KIND = "civilians"


#: Verbs of coming and going: in a when-clause they set the scene, they claim nothing.
WHEN_SETTING_LEMMAS = frozenset({"enter", "go", "come", "fall", "arrive", "move", "leave", "reach"})


#: How many heads up a framed verb with no subject may look for one (the parser's
#: misreadings put it two clauses up at most in the gold sets).
SUBJECT_CLIMB = 2


#: Entity types a proper noun taken ("took X") has when X is no ground.
NOT_GROUND_ENTS = frozenset(
    {"PERSON", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "WORK_OF_ART"}
)


#: Control verbs whose object is driven off ("repelled the attackers"): in the passive
#: their subject is the side that lost.
REPEL_LEMMAS = frozenset(
    {"repel", "repulse", "expel", "rout", "defeat", "oust", "drive", "push", "force", "beat"}
)


#: Verbs by which a side gives ground ("left the town"), said of civilians a flight.
CIVILIANS_LEAVING_LEMMAS = frozenset({"leave", "abandon", "evacuate", "flee", "vacate"})


#: Events that, blamed on someone or claimed ("blamed Israel for the explosion",
#: "claimed responsibility for the blast"), are someone's attack.
BLAMED_EVENT_NOUNS = frozenset(
    {"explosion", "blast", "bombing", "fire", "incident", "massacre", "killing", "shelling"}
)


#: Verbs of staying somewhere that, with "on the <own> side", deny a crossing.
KEEP_SIDE_LEMMAS = frozenset({"remain", "stay", "operate"})


#: Words for the line between two sides ("the border line", "the fairway line").
BORDER_LINE_WORDS = frozenset({"border", "line", "boundary", "frontier"})


#: What names a line as the one between two sides ("the boundary line", "the fairway
#: line", "the line of contact"), not a figure of speech ("a red line").
_DIVIDING_TEXT = "border boundary frontier contact demarcation fairway ceasefire armistice"


DIVIDING_LINE_WORDS = frozenset(_DIVIDING_TEXT.split())


#: Ground a side's own, stepped into or onto ("did not step into anyone's territory").
_STEPPED_ON_TEXT = "territory soil land waters side"


STEPPED_ON_NOUNS = frozenset(_STEPPED_ON_TEXT.split())


#: Verbs of going onto such ground ("stepped into", "crossed onto Tajik land").
STEPPING_LEMMAS = frozenset({"step", "cross"})


#: Possessives by which a speaker names its own side of a line ("stayed on our side").
OWN_SIDE_POSS = frozenset({"our", "its", "their", "own"})


#: A state's sea, air or land domain, whose leaving or keeping to is a crossing or
#: not ("never left Honduran waters", "operating in the North's own waters").
DOMAIN_WORDS = frozenset({"waters", "water", "airspace", "territory"})


#: Prepositions of keeping within a domain ("in", "inside", "within our waters").
WITHIN_PREPS = frozenset({"in", "inside", "within"})


#: Verbs of driving off that, with nobody driven, are travelling ("the soldiers drove
#: out of the town": they left it; "drove the rebels out of the town" expels them).
TRAVEL_OFF_LEMMAS = frozenset({"drive"})


#: Prepositions of coming into a domain ("came into our waters").
INTO_PREPS = frozenset({"into", "inside"})


#: Pronouns for one person ("he never left the city"), never a side's forces ("we").
ONE_PERSON_PRONOUNS = frozenset({"he", "she", "i", "him", "her", "me"})


#: Verbs of setting free that, said of a place, tell it was taken back ("Kobo had been
#: freed from extremists"); of people, a release ("the hostages were freed").
FREEING_LEMMAS = frozenset({"free"})


_CLAIM_MEMO = "cc_claims_memo"


#: Verbs of answering an attack ("our troops responded", "the guards retaliated"):
#: the doer says it fired in answer, not first (Issue 4: who fired first).
ANSWERING_LEMMAS = frozenset({"respond", "retaliate"})


#: Verbs of shooting a clause may mark as an answer ("opened fire only after ...").
FIRING_LEMMAS = frozenset({"fire", "shoot", "open"})


#: Nouns of a shot fired in answer ("fired in self-defence", "shot in response").
ANSWER_NOUNS = frozenset({"defence", "defense", "response", "retaliation", "self-defence"})


#: Subject pronouns of a side that answered fire ("we responded", "they retaliated").
SIDE_PRONOUNS = frozenset({"we", "they"})


#: Verbs of witnessing a deed named by their object ("counted forty shells", "heard
#: gunfire", "recorded 12 strikes"): their subject is no doer.
WITNESS_LEMMAS = frozenset({"count", "hear", "see", "record", "witness", "observe", "log"})


#: Nouns of a deed both sides do to each other: an "exchange of fire" is shooting, not a
#: swap of prisoners.
TRADED_NOUNS = frozenset({"exchange", "trading"})


#: Nouns for weapons and the gear of war taken in a raid or found on men or at a site.
_ARMS_TEXT = (
    "weapon arm rifle gun pistol handgun firearm ammunition munition ammo bullet "
    "explosive grenade launcher mortar machinegun kalashnikov ak-47 rpg materiel"
)


ARMS_NOUNS = frozenset(_ARMS_TEXT.split())


#: Vehicles that are gear of war when armoured ("captured armoured vehicles").
_ARMOURED_TEXT = "vehicle car truck carrier personnel"


ARMOURED_NOUNS = frozenset(_ARMOURED_TEXT.split())


#: Verbs by which arms are taken ("seized", "captured", "looted") or found ("troops
#: recovered two rifles", "found rifles and explosives").
ARMS_TAKING_LEMMAS = frozenset(
    {
        "capture", "seize", "take", "grab", "loot", "steal", "confiscate", "recover",
        "find", "discover",
    }
)  # fmt: skip


#: Nouns for a place an armed group keeps ("a FLEC camp", "a base of the rebels"):
#: general words.
CAMP_NOUNS = frozenset({"camp", "base", "hideout", "stronghold", "shelter"})


#: Verbs of lying somewhere: the wounded "remain in hospital", "are in hospital".
_LYING_LEMMAS = frozenset({"be", "remain", "stay", "lie"})


#: What the wounded are treated for ("treated for minor injuries").
INJURY_NOUNS = frozenset({"injury", "wound", "burn", "fracture", "trauma"})


#: Verbs by which people are declared dead ("confirmed dead", "found dead").
DECLARING_LEMMAS = frozenset({"confirm", "declare", "pronounce", "find", "report", "presume"})


#: Verbs by which people laid in the ground are counted: burying N people is a count
#: of the dead ("we have buried twelve of our own", "34 people had been buried").
BURYING_LEMMAS = frozenset({"bury"})


#: Verbs by which a toll keeps its figure ("the toll remained seven", "stayed at nine").
TOLL_STAYING_LEMMAS = frozenset({"remain", "stay"})


#: Nouns for one's kin, whom mourners say they buried ("buried my relatives").
KIN_NOUNS = frozenset({"relative", "son", "daughter", "brother", "sister", "father", "mother"})


#: Verbs of how held people are dealt with ("the prisoners will be treated well") or
#: of losing them ("denied losing any prisoners"): said of captives, a claim they are held.
CAPTIVES_KEPT_LEMMAS = frozenset({"treat", "lose"})


#: Verbs that say whether a toll figure itself is true ("the count does not correspond
#: to reality"); not "reject" ("rejected a higher count" denies the toll it names).
FIGURE_ANSWER_LEMMAS = frozenset({"correspond", "match"})


#: Nouns that call a figure false ("nine dead is a lie").
FALSEHOOD_NOUNS = frozenset({"lie", "fabrication", "invention", "fiction", "fantasy", "falsehood"})


#: Ground people stand "on" ("troops were on the island", "on the border"): troops
#: there are deployed there ("on patrol", "on alert" are no ground).
ON_GROUND_NOUNS = frozenset(
    {"territory", "soil", "ground", "island", "hill", "height", "heights", "border", "frontier"}
    # ("not a single foreign soldier on Serbian military sites": troops at sites)
    | {"site"}
)


#: Frames of what was done to people a video or a witness shows ("showed eight soldiers
#: captured", "saw three men killed"): the showing claims the deed done to them.
SHOWN_DEED_FRAMES = frozenset({"captives", "casualties"})


#: How far up from a number to look for the verb that gave it ("killed 40 fighters").
FIGURE_CLIMB = 3


#: Verbs of holding or giving the names of the dead ("we have the names of 41 people").
NAMING_LEMMAS = frozenset({"have", "confirm", "publish", "release", "list", "identify"})


#: Aircraft and vessels a strike on a base or a port destroys or damages.
_STRUCK_CRAFT_TEXT = (
    "aircraft plane jet warplane bomber fighter helicopter drone ship vessel warship tank"
)


STRUCK_CRAFT = frozenset(_STRUCK_CRAFT_TEXT.split())


#: Lemmas whose frame is the verb's only: as nouns they name a building ("left their
#: station to us"), a quarrel ("a fight over territory") or a mark ("a target").
VERB_ONLY_FRAMES = frozenset({"station", "fight", "target", "hold", "clear", "send", "sign"})


#: Nouns of being held: "in their custody" ("in the hands of": see _in_hands_of).
CUSTODY_NOUNS = frozenset({"custody", "captivity", "detention"})


#: Verbs of taking that take people prisoner when people are what is taken.
CAPTURING_LEMMAS = frozenset(
    {"capture", "seize", "take", "grab", "detain", "hold", "keep", "arrest"}
)


#: Verbs of keeping someone held, whose "them" is people ("we held them for a day");
#: "took them" or "seized them" may be towns.
HOLDING_PEOPLE_LEMMAS = frozenset({"hold", "keep", "detain", "arrest"})


#: Nouns that, said of people, say they are held ("the soldiers are not hostages").
CAPTIVE_STATES = frozenset({"hostage", "prisoner", "captive"})


#: Nouns for people who can be taken prisoner ("captured two soldiers").
_CAPTIVE_TEXT = (
    "soldier troop serviceman servicemen fighter officer civilian hostage prisoner "
    "captive militant rebel insurgent member people person man men woman women child "
    "children worker sailor crew crewman pilot villager resident journalist guard "
    "conscript mercenary commander personnel citizen national student farmer fisherman "
    "fishermen shepherd activist tourist passenger migrant anyone anybody someone "
    # people taken by their trade ("still holding the two engineers")
    "engineer nurse doctor contractor employee technician teacher driver"
)


CAPTIVE_NOUNS = frozenset(_CAPTIVE_TEXT.split())


#: Pronouns that can only stand for people (not "it" or "they": a town, a vehicle).
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "i", "me", "we", "us"})


#: Nouns by which a spokesman's words refer to the group he speaks for ("the group").
GROUP_WORDS = frozenset({"group", "movement", "organisation", "organization", "militia"})


#: Nouns for people outside any armed force: named by their country, they are its
#: people, not its army.
_CIVILIAN_PEOPLE_TEXT = (
    "civilian people person man men woman women child children worker villager "
    "resident journalist citizen national student farmer fisherman fishermen shepherd "
    "activist tourist passenger migrant"
)


CIVILIAN_PEOPLE = frozenset(_CIVILIAN_PEOPLE_TEXT.split())


#: Where people are taken to be looked after ("taken to hospital"), not held.
CARE_NOUNS = frozenset({"hospital", "clinic", "safety", "shelter", "morgue", "treatment"})


#: Verbs of people giving themselves up ("soldiers surrendered"): taken prisoner.
SURRENDERING_LEMMAS = frozenset({"surrender"})


#: Prepositions by which a subject says where the deed was ("assaults near X").
LOCATIVE_PREPS = frozenset({"near", "around", "outside", "in", "at"})


#: Nouns for whoever carried out an attack.
ATTACKER_NOUNS = frozenset({"assailant", "attacker", "gunman", "gunmen", "perpetrator", "raider"})


#: Verbs by which the dead are counted ("41 bodies had been counted").
BODY_COUNT_LEMMAS = frozenset(
    {
        "count", "find", "recover", "retrieve", "pull", "bury", "exhume", "collect",
        # "seventeen bodies have been deposited at the general hospital", "the morgue
        # received 12 bodies"
        "deposit", "receive", "bring", "carry",
    }
)  # fmt: skip


#: Verbs of being or coming somewhere that say who holds it only of armed men.
PRESENCE_LEMMAS = frozenset({"enter", "remain", "stay"})


#: Nouns of a share in a deed ("had no role in the raid", "nothing to do with it").
SHARE_NOUNS = frozenset(
    {"part", "role", "hand", "involvement", "nothing", "link", "responsibility"}
)


#: Frames of deeds someone can take part in.
DEED_FRAMES = frozenset({"attack", "incursion"})


#: Nouns for a deed that are no claim of one by themselves ("the incident was under
#: review"), but are one when someone is said to have had a share in it.
DEED_NOUNS = frozenset(
    {"incident", "operation", "attack", "raid", "riot", "clash", "violence", "fighting",
     "massacre", "killing", "ambush", "bombing", "assault", "shelling"}
)  # fmt: skip


#: Verbs of having a deed done: their subject is its doer ("Belgrade organised the
#: attack").
SPONSOR_LEMMAS = frozenset(
    {"organise", "organize", "sponsor", "orchestrate", "mastermind", "order", "plan", "direct"}
)


#: What one "comes under" when attacked ("came under fire from X").
UNDER_ATTACK_NOUNS = frozenset({"fire", "attack", "shelling", "bombardment", "assault"})


#: Things one "holds" that are events, not ground, wherever they take place.
HELD_EVENT_NOUNS = frozenset(
    {"drill", "exercise", "talk", "meeting", "ceremony", "election", "vote", "rally",
     "protest", "referendum", "conference", "session", "hearing", "funeral", "parade"}
)  # fmt: skip


#: Heads of a facility's name: as a deed's object it is a target, not a party.
FACILITY_NOUNS = frozenset(
    {"hospital", "airport", "clinic", "school", "prison", "station", "port", "market"}
)


#: Armed men who are not a state's forces, whatever country they are named by.
IRREGULAR_ARMED = frozenset(
    {"gunman", "gunmen", "militia", "militiaman", "militiamen", "rebel", "insurgent", "gang",
     "jihadist", "militant", "bandit", "separatist", "smuggler"}
)  # fmt: skip


#: What one may "remain" that holds no ground ("remained committed to the truce").
COMMITMENT_WORDS = frozenset({"committed", "ready", "open", "willing", "determined", "calm"})


#: Verbs by which a truce ends ("the ceasefire collapsed").
FAILING_LEMMAS = frozenset({"collapse", "crumble", "unravel", "fail", "end", "expire"})


#: Verbs of seeing: troops seen somewhere are there.
SEEING_LEMMAS = frozenset(
    {"observe", "see", "spot", "sight", "detect", "witness", "film", "show", "depict"}
)


#: What one has or lacks about troops somewhere ("had no information about Russian
#: servicemen in X"): whether they are there, not a possession.
KNOWLEDGE_NOUNS = frozenset({"information", "knowledge", "data", "word"})


#: What troops are "in" that is a state, not a place ("the soldier was in stable
#: condition", "two soldiers are in hospital"): no deployment.
STATE_NOUNS = frozenset(
    {"condition", "state", "shape", "hospital", "coma", "shock", "danger", "care", "contact"}
)


#: Where a side says its own forces were not, to deny a deed there ("not in range of
#: the market", "had not been in the area").
ALIBI_NOUNS = frozenset({"area", "range", "vicinity"})


EVIDENCE_NOUNS = frozenset(
    {"footage", "video", "image", "imagery", "photo", "photograph", "picture", "evidence",
     "data", "record", "analysis", "document", "recording", "explosion"}
)  # fmt: skip


#: Verbs of keeping things at a site ("weapons being stored", "arms hidden there").
KEEPING_LEMMAS = frozenset({"store", "hide", "keep", "stockpile", "stash"})


#: Words that dress people as soldiers ("uniformed men", "men in uniform").
UNIFORM_WORDS = frozenset({"uniformed", "uniform"})


#: What is fired: "the shot came from the Belarusian side" says who fired it.
SHOT_WORDS = frozenset(
    {"shot", "bullet", "round", "gunfire", "projectile", "salvo", "burst"}
    | {"rocket", "missile", "drone", "shell", "munition"}
)


#: Nouns of the place a side holds: "from the Armenian side", "from Syrian territory".
ORIGIN_NOUNS = frozenset({"side", "territory", "soil"})


#: Prepositions of the far side of a line ("from across the border", "from beyond").
ACROSS_WORDS = frozenset({"across", "beyond", "over"})


#: Posts a side fires from, named with its people's word ("a Belarusian watchtower").
FIRING_POST_NOUNS = frozenset(
    {"watchtower", "tower", "post", "outpost", "position", "checkpoint", "bunker"}
)


#: Words for those who carry out an attack ("the terrorists who attacked X came from
#: Y"): general words.
ATTACKER_WORDS = TROOP_WORDS | frozenset(
    {"terrorist", "militant", "rebel", "attacker", "assailant", "gunman", "gunmen"}
    | {"insurgent", "jihadist", "raider", "infiltrator"}
)


#: Verbs of where attackers came from.
ORIGIN_LEMMAS = frozenset({"come", "cross", "originate", "infiltrate"})


#: Verbs of where an attack was prepared ("planned and directed from X").
PREPARED_LEMMAS = frozenset({"plan", "direct", "launch", "organise", "organize", "prepare"})


#: Nouns for an attack as the subject of those verbs.
ATTACK_NOUNS = frozenset({"attack", "assault", "raid", "offensive", "operation", "incursion"})


#: Nouns of where attackers are based ("crossed from bases in X").
#: ("bases" is lemmatised "basis")
HAVEN_NOUNS = ORIGIN_NOUNS | frozenset({"base", "basis", "sanctuary", "camp", "haven", "hideout"})


#: Verbs by which a holder keeps to what it said before ("stood by its count").
STANDING_BY_LEMMAS = frozenset({"stand", "stick"})


#: Nouns of a count of the dead or hurt: kept to, it restates the holder's toll.
TALLY_NOUNS = frozenset({"count", "toll", "tally", "figure", "estimate"})


#: Nouns of a toll kept by whoever counts the dead ("put the number of dead at 17"):
#: their owner, or the subject of the verb that gives them, is the counter, no doer;
#: as claim nouns ("rejected the new figure") what they answer states a number.
TOLL_COUNT_NOUNS = TALLY_NOUNS | frozenset({"number"})


#: Tally nouns whose bare figure is a toll ("the figure of 40 is invented"); not
#: "estimate" or "number", often a count of troops sent.
TOLL_FIGURE_NOUNS = TALLY_NOUNS - {"estimate"}


#: Verbs of letting someone act ("allowed rebels to launch attacks from its soil").
LETTING_LEMMAS = frozenset({"allow", "let", "permit", "tolerate"})


#: Nouns for a country's ground that a harbouring state lets others use.
SOIL_NOUNS = ORIGIN_NOUNS | frozenset({"land"})


#: Verbs of moving in that, into another state's land, are an incursion.
CROSSING_LEMMAS = frozenset({"enter", "advance", "penetrate", "push", "venture", "cross"})


#: Words that make the positions troops move to "better" ones: the army's way of saying
#: it gave ground ("units have been moved to more advantageous positions").
BETTER_GROUND_WORDS = frozenset(
    {"advantageous", "favourable", "favorable", "better", "safer", "prepared", "defensible"}
)


#: Nouns of moving troops back that, called "tactical", concede the ground.
GIVING_WAY_NOUNS = frozenset(
    {"redeployment", "withdrawal", "retreat", "repositioning", "regrouping", "pullback"}
)


#: Verbs by which a claim says what a target held or was: what trucks carried, what a
#: building stored, whom a house sheltered, whose it was.
USE_LEMMAS = frozenset(
    {
        "carry", "store", "hold", "house", "contain", "transport", "hide", "stockpile",
        "keep", "shelter", "use", "be", "belong", "smuggle", "ferry", "load", "deliver",
    }
)  # fmt: skip


_MILITARY_TEXT = (
    "weapon arm ammunition munition rocket missile explosive fighter militant combatant "
    "gunman gunmen military launcher mortar shell drone terrorist"
)


#: Nouns (and adjectives) that make what a target held military.
MILITARY_USE_WORDS = frozenset(_MILITARY_TEXT.split())


#: Small arms and their rounds, military when kept or carried ("had not kept a single
#: bullet at the compound"); what a thing "was" ("not a stray bullet") is no site's use.
SMALL_ARMS_WORDS = frozenset({"bullet", "rifle", "grenade"})


#: Goods that make what a target held civilian ("held diesel", "carried flour").
_GOODS_TEXT = (
    "food aid sorghum flour grain wheat lentil rice medicine medical humanitarian relief "
    "diesel fuel"
)


CIVILIAN_GOODS = frozenset(_GOODS_TEXT.split())


_CIVILIAN_TEXT = (
    _GOODS_TEXT
    + " cooperative civilian family farmer shepherd fisherman fishermen student displaced"
    " patient resident villager worker child children woman women"
)


#: Nouns (and adjectives) that make what a target held civilian.
CIVILIAN_USE_WORDS = frozenset(_CIVILIAN_TEXT.split())


#: Words for the dead and hurt: what they were is a toll's detail, not a site's use.
VICTIM_WORDS = frozenset(
    {"victim", "dead", "casualty", "killed", "wounded", "injured", "body", "toll"}
)


#: Nouns that name a military site by themselves ("struck the barracks").
MILITARY_SITE_NOUNS = frozenset({"barracks", "bunker", "airbase", "garrison"})


#: Words before "post" or "headquarters" that make them a military site ("a command
#: post", "the brigade headquarters"); not "a border post" or "a police post".
MILITARY_POST_WORDS = frozenset(
    {"command", "military", "army", "artillery", "brigade", "battalion", "militant", "rebel"}
)


#: Sites a side is said to run or to use for war ("a PKK base", "a Chinese post", "a
#: drone factory"): denied to exist in a place, the other side's target or outpost is.
WAR_SITE_NOUNS = frozenset(
    {"post", "outpost", "base", "camp", "factory", "workshop", "depot", "launchpad", "hideout"}
)


#: Sites named as such only when a side, a demonym or a military word marks them ("no
#: Chinese post", "no rebel base"; not "there is no post office", "no base for it").
WAR_SITES_MARKED = frozenset({"post", "outpost", "base", "camp"})


#: Bodies whose bases and camps are no side's ("a UN base", "a Red Cross camp").
NEUTRAL_SITE_MARKERS = frozenset({"un", "unhcr", "icrc", "red", "aid", "humanitarian"})


#: Nouns for what a strike aimed at: what "the target was" is what the site was.
TARGET_NOUNS = frozenset({"target", "objective"})


#: Sites that, named as a strike's target, make it military ("a training site", "a
#: logistics hub", "hideouts of the rebels").
_TARGET_SITE_TEXT = (
    "site hub facility position stronghold hideout centre center depot base camp post "
    "outpost bunker barracks headquarters workshop factory"
)


TARGET_SITE_NOUNS = frozenset(_TARGET_SITE_TEXT.split())


#: Sites that, named as a strike's target, make it civilian ("the target was a school").
_CIVILIAN_SITE_TEXT = (
    "school hospital clinic market home house mosque church village wedding settlement hamlet"
)


CIVILIAN_SITE_NOUNS = frozenset(_CIVILIAN_SITE_TEXT.split())


#: Words for an armed group's men ("the jihadists are inside Goundam").
ARMED_MEN_WORDS = frozenset(
    {"rebel", "guerrilla", "insurgent", "jihadist", "militant", "terrorist", "fighter"}
)


#: Verbs by which a site is, or is not, a base ("will never be a base", "does not
#: constitute a military base").
BEING_A_SITE_LEMMAS = frozenset({"be", "become", "constitute", "remain"})


#: Modifiers that make a base a state's armed one ("a military base", "a naval base").
BASE_MARKS = frozenset({"military", "naval", "air", "army", "navy"})


#: Verbs by which a place is made a base ("was turning Gwadar into a military base").
MAKING_INTO_LEMMAS = frozenset({"turn", "transform", "convert"})


#: Nouns of an intention ("no plans to build a military base there").
PLAN_NOUNS = frozenset({"plan", "intention", "intent"})


#: Verbs of setting up a site ("plans to build a base", "to establish a naval base").
BUILDING_LEMMAS = frozenset({"build", "establish", "construct", "open", "create", "set"})


#: Nouns for a place things are stored in, which its modifiers make an arms store.
STORE_NOUNS = frozenset({"depot", "warehouse", "cache", "store", "stockpile", "arsenal"})


#: Modifiers that make a store an arms store ("an explosives depot", "a cache of rockets").
ARMS_WORDS = frozenset(
    {"weapon", "arm", "ammunition", "munition", "explosive", "rocket", "missile", "drone", "shell"}
)


#: Prepositions of what a site was used for ("used for military purposes").
USED_FOR_PREPS = ("for",)


#: Nouns for a place an armed group keeps ("a FLEC camp", "a base of the rebels"):
#: general words.
CAMP_NOUNS = frozenset({"camp", "base", "hideout", "stronghold", "shelter"})


#: Words for an armed group's people that make a camp theirs ("a jihadist base", "a
#: camp of militants").
ARMED_GROUP_WORDS = frozenset(
    {"rebel", "guerrilla", "insurgent", "jihadist", "militant", "terrorist", "bandit", "extremist"}
)


#: Verbs by which a group keeps a camp ("a shelter used by militants").
KEEPING_BY_LEMMAS = frozenset({"use", "run", "operate", "hold", "occupy"})


#: Nouns for people at a site for civilian work ("employees of the firm").
CIVILIAN_STAFF = frozenset({"employee", "worker", "contractor", "labourer", "laborer", "staff"})


#: People at a site who are not troops, named to say troops were not there ("only
#: police and railway staff were in X").
NON_MILITARY_PRESENT = CIVILIAN_STAFF | {"police", "policeman", "official", "diplomat"}


#: Nouns for the dead as a subject ("the dead", "the victims", "the bodies").
DEAD_NOUNS = frozenset({"dead", "victim", "casualty", "body", "killed"})


#: Verbs that make who they modify the dead ("those killed", "everyone who died").
DYING_LEMMAS = frozenset({"kill", "die", "perish", "massacre"})


#: What people "fall in" when they are killed ("fell in battle", "fell in action").
FALLEN_IN_NOUNS = frozenset({"battle", "combat", "action", "fighting", "clash", "duty"})


#: Words by which a person is said to be living ("he is alive"): not among the dead.
ALIVE_WORDS = frozenset({"alive"})


#: The frame of people said to be missing ("four soldiers were missing"): no frame of
#: the lexicon fits (neither taken nor killed, as far as the speaker says).
MISSING_FRAME = "pred:missing"


#: Possessives by which a side names its own people ("its members", "our fighters").
_OWNERS = frozenset({"its", "our", "their"})


#: Verbs of membership ("the men belonged to the gang").
BELONG_LEMMAS = frozenset({"belong"})


#: Subjects that, in a story that has told of killings, stand for the dead.
_THE_KILLED_WORDS = frozenset({"man", "men", "boy", "they", "them", "these", "those"})


#: Pronouns of a partitive object that name no kind ("killed five of them").
PARTITIVE_PRONOUNS = frozenset({"them", "those", "these"})


#: People who, struck ("civilians had been hit"), were hurt or killed: a toll.
HARMED_PEOPLE = frozenset(w for w, kind in VICTIM_KINDS.items() if kind == "civilians")


#: Verbs of striking that, done to people, harm them.
HARMING_HITS = frozenset({"hit", "strike"})


#: Verbs whose subject is who died ("four of them died").
DIED_LEMMAS = frozenset({"die", "perish", "succumb"})


#: Words after "not" that make it partial, not a denial: "they were not all killed by
#: prisoners" (some were killed by someone else), "not only the depot was hit".
_PARTIAL_AFTER_NOT = frozenset({"all", "only", "just", "solely", "merely"})


#: Words after "not" that make a contrast no contrast: "not only X but Y", "not just X".
_NOT_A_CONTRAST = _PARTIAL_AFTER_NOT | frozenset({"yet", "far", "least", "even", "quite"})


#: Prepositions of where a deed was done or came from, whose contrast ("from X, not
#: from Y") sets one place against another.
PLACE_CONTRAST_PREPS = frozenset({"from", "in", "at", "inside", "into", "near", "on"})


#: Prepositions that name other victims killed with the first ("civilians had been
#: killed alongside the militants").
ALONGSIDE_PREPS = frozenset({"alongside"})


#: Adverbs that with "no" negate a state from now on ("no longer in the town").
NO_LONGER_WORDS = frozenset({"longer", "more"})


#: Verbs whose negation says their subject goes on ("violations have not stopped").
ENDING_LEMMAS = frozenset({"stop", "cease", "end", "halt", "abate", "subside"})


#: Nouns of "there is no truth to the claims", "no basis for the reports".
TRUTH_NOUNS = frozenset({"truth", "basis", "substance", "foundation"})


#: Nouns of a deed said not to have happened ("no such incident took place").
INCIDENT_NOUNS = frozenset(
    {"incident", "event", "thing", "attack", "strike", "clash", "incursion", "shelling"}
)


#: Verbs that say what a claim seems to be, read like "be" for a denial marker: "these
#: reports look like one more invention", "the accusations sound like propaganda".
SEEMING_LEMMAS = frozenset({"look", "seem", "sound", "appear"})


#: Verbs of making a count larger than it is ("they multiply our losses").
INFLATING_LEMMAS = frozenset({"inflate", "exaggerate", "multiply", "overstate", "pad"})


#: Nouns of a count of losses that can be inflated.
LOSS_NOUNS = COUNT_NOUNS | frozenset({"casualty", "losses", "death", "dead"})


#: Verbs of making up an account ("Riga is inventing stories about shots", "they
#: fabricated the toll"); with "up" ("made up the attack", "cooked up the story").
FABRICATING_LEMMAS = frozenset({"invent", "fabricate", "concoct", "fake", "falsify"})


FABRICATING_UP_LEMMAS = frozenset({"make", "dream", "cook", "trump"})


#: Nouns for who did a deed or the deed itself, that one can only make up as a story
#: ("inventing a shooter", "invented an incident"), not as a thing ("invented a drone").
INVENTED_DOERS = ATTACKER_NOUNS | frozenset(
    {"shooter", "sniper", "culprit", "saboteur", "infiltrator", "incident", "provocation"}
)


#: Verbs of making up an account only in the passive: "the attack had been staged"
#: ("the Legion has staged raids" did them).
FABRICATED_PASSIVE_LEMMAS = frozenset({"stage"})


#: Verbs of putting false proof where it will be found, only in the passive and only
#: of arms shown as proof ("the rifles had been planted", "the drone parts were planted";
#: not "trees had been planted", "mines were planted along the road").
PLANTED_PASSIVE_LEMMAS = frozenset({"plant"})


#: Things shown as proof that can be staged or made up ("the video was staged").
SHOWN_PROOF_NOUNS = frozenset(
    {"video", "footage", "photo", "photograph", "image", "picture", "recording", "evidence"}
)


#: Arms that can be laid as proof: guns and drone parts, not mines or bombs (which are
#: planted to go off).
PLANTED_ARMS = frozenset(
    {"weapon", "arm", "rifle", "gun", "pistol", "handgun", "firearm", "ammunition", "grenade"}
)


#: Nouns that call a claim a manoeuvre rather than a report ("the statement was an
#: attempt to turn the victim into the aggressor"); said of a claim noun only.
PLOY_NOUNS = frozenset({"attempt", "effort", "bid", "ploy", "tactic", "smear", "distraction"})


#: Verbs by which a claim rests on its sources, called false by what they are ("the
#: count relied on hearsay"), like "was based on".
RELYING_LEMMAS = frozenset({"rely"})


#: Passive verbs of belief or hearsay that hedge the clause they raise: "troops are
#: believed to have fortified positions", "the militias were said to be holding six".
RAISING_HEDGES = {
    "believe": "believed",
    "think": "believed",
    "understand": "believed",
    "suspect": "believed",
    "fear": "believed",
    "say": "reported",
    "report": "reported",
    "rumour": "reported",
    "rumor": "reported",
}


#: Prepositions that put a deed somewhere ("in the Kursk region", "near Kharkiv"), as
#: against naming someone ("acknowledgement by Moscow", "a treaty with Moscow").
LOCATIVE = frozenset(
    {
        "in",
        "at",
        "near",
        "into",
        "to",
        "from",
        "across",
        "outside",
        "inside",
        "around",
        "on",
        "toward",
        "towards",
        "through",
        "along",
        "within",
        "over",
    }
)


#: Nouns of pacts and talks that take the name of the town they were signed or held in
#: ("the Minsk agreements", "the Almaty declaration"): that town is not where a deed
#: happened.
PACT_NOUNS = frozenset(
    {"agreement", "accord", "declaration", "protocol", "memorandum", "treaty", "format"}
    | {"process", "talks", "communique", "convention", "summit"}
)


#: Nouns of roads and lines named after the two towns they join ("the Kyiv-Odesa
#: highway"): either town is far from a deed done on the road.
ROUTE_NOUNS = frozenset(
    {"highway", "road", "motorway", "expressway", "railway", "railroad", "route", "pipeline"}
)


_ROUTE_AFTER = re.compile(r"\s*[-–]\s*[A-Z][\w'’]*\s+(\w+)")


_ROUTE_BEFORE = re.compile(r"[A-Z][\w'’]*\s*[-–]\s*$")


_WORD_AFTER = re.compile(r"\s+(\w+)")


#: Places of care, whose town is where the wounded were treated, not where they were hurt.
TREATED_AT_NOUNS = frozenset({"hospital", "clinic", "morgue", "infirmary"})


#: Nouns for a town that, with "the", stand for the town a story is about ("inside the
#: town"); wider ground ("the area", "the region") does not.
SETTLEMENT_NOUNS = frozenset({"town", "city", "village", "settlement"})


_MODIFIER_CLAUSES = frozenset({"advcl", "relcl", "acl", "appos", "npadvmod"})


#: Control verbs whose object must be ground for the claim to be about control.
HOLDING_LEMMAS = frozenset(
    {
        "hold", "control", "occupy", "capture", "seize", "take", "retake", "recapture",
        "keep", "surround", "encircle",
    }
)  # fmt: skip


#: Nouns naming ground one side can hold ("the town", "its positions", "the base").
_GROUND_TEXT = (
    "town city village settlement area region district province territory land ground "
    "position positions line base headquarters airport airfield port bridge hill height "
    "heights centre center outskirts neighbourhood neighborhood quarter border crossing "
    "control plant island coast frontline front district districts part parts sector "
    "suburb suburbs camp checkpoint post posts outpost garrison barracks"
)


GROUND_NOUNS = frozenset(_GROUND_TEXT.split())


#: Heads of a phrase naming armed forces or their weapons ("the air force", "a military
#: fighter jet", "government troops").
FORCE_HEADS = TROOP_WORDS | {
    "military",
    "navy",
    "jet",
    "aircraft",
    "plane",
    "warplane",
    "drone",
    "helicopter",
    "artillery",
    "missile",
}


#: Words in a speaker's mention that make them speak for their state ("army spokesman",
#: "Defence Minister"), so that their "we" and "our soldiers" are its forces.
OFFICIAL_WORDS = frozenset(
    {
        "army",
        "military",
        "forces",
        "ministry",
        "minister",
        "government",
        "president",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "commander",
        "general",
        "colonel",
        "police",
        "navy",
    }
)


#: How many tokens back "the troops" may look for the troops an article named.
TROOPS_BACK_TOKENS = 120


#: Nouns of holding a place "under": "under the control of X", "under the full
#: authority of the state" (X holds it).
UNDER_CONTROL_NOUNS = frozenset({"control", "authority"})


#: Prepositions of being within a town held ("the jihadists are inside Goundam").
INSIDE_PREPS = frozenset({"inside"})


#: Who is pulled out or carried away in a rescue ("pulled survivors from the rubble").
RESCUED_NOUNS = frozenset({"body", "survivor", "victim", "casualty"})


#: Verbs by which evidence shows something, and the evidence that does.
EVIDENCE_LEMMAS = frozenset({"show", "prove", "indicate", "suggest", "demonstrate", "confirm"})


EVIDENCE_NOUNS = frozenset(
    {"footage", "video", "image", "imagery", "photo", "photograph", "picture", "evidence",
     "data", "record", "analysis", "document", "recording", "explosion"}
)  # fmt: skip


#: Sites where a host keeps another state's troops without their holding the town
#: ("Chinese personnel are at the Ream base"); "bases" is lemmatised "basis".
HOSTING_SITE_NOUNS = frozenset({"base", "basis", "port", "airfield", "airbase"})


#: Prepositions whose object dates a clause ("since the strike", "during the attack").
TIME_PREPS = frozenset({"since", "after", "during", "before", "until", "following", "amid"})


#: Most words of a content that only names the claim it rejects ("the claim", "the
#: Russian report"), whose evidence then takes in the rejecting verb.
NAMED_CLAIM_MAX_WORDS = 4


#: Words opening a verbless fragment that repeats a denial ("no weapons", "not one").
LIST_NEGATIONS = frozenset({"no", "not", "nor", "neither", "none"})


_BODIES = frozenset({"government", "military", "group", "organisation", "country"})


#: Verbs of leaving a place: with a named place as object, its holder gives it up.
LEAVING_LEMMAS = frozenset({"leave", "evacuate", "quit", "vacate"})


#: Nouns for agreements, whose "holding" is no one holding ground.
TRUCE_WORDS = frozenset({"ceasefire", "truce", "deal", "agreement", "accord", "armistice"})


#: The state itself, named without a country ("back under the control of the state",
#: "once again under the control of the Republic").
STATE_WORDS = frozenset({"state", "government", "authorities", "republic"})


#: A state's forces named bare ("officers had pulled out", "the troops withdrew"); a
#: group's are "fighters" or "militants", which stay unlinked.
STATE_FORCE_WORDS = frozenset({"officer", "troop", "soldier", "police", "policeman", "serviceman"})


#: Modifiers by which a speaker names its own state's forces ("government troops").
OWN_FORCE_WORDS = frozenset({"government", "state", "federal", "national", "army"})


#: Warship name prefixes and the navy's country ("USS Gettysburg", "HMS Diamond").
SHIP_PREFIXES = {"uss": "USA", "hms": "GBR", "hmas": "AUS", "hmcs": "CAN", "ins": "IND"}


#: Frames whose claims, when they name no place, are about the article's main place.
TOPIC_FRAMES = frozenset(
    {
        "control", "casualties", "attack", "captives", "agreement", "military_use",
        "incursion", "arms",
    }
)  # fmt: skip


#: A country's civil works, named by its demonym ("the Polish railway system").
CIVIL_WORKS = frozenset(
    {"system", "network", "railway", "grid", "pipeline", "infrastructure", "bridge",
     "plant", "refinery", "dam", "port", "airport", "hospital", "school", "embassy",
     "consulate", "ministry", "website", "bank", "company", "utility"}
)  # fmt: skip


#: Nouns for the members of an armed group ("Viv Ansanm fighters", "gangs from ...").
MEMBER_WORDS = TROOP_WORDS | {"gang", "rebel", "militant", "militia", "gunman", "jihadist"}


#: Nouns a group's name comes before ("the Viv Ansanm coalition").
_GROUP_NOUNS = frozenset({"coalition", "alliance", "group", "movement", "militia", "gang", "front"})


#: What may come before a place that is a whole subject ("the town of", "the").
_PLACE_LEAD = re.compile(
    r"(?i)\s*(?:the\s+)?(?:(?:\w+\s+)?(?:town|village|city|port|region|province|district|area|"
    r"settlement|hamlet)\s+of\s+)?"
)


#: Nouns whose absence affirms what follows: "the evidence leaves no doubt that ...",
#: "there is no question that ..." assert, they deny nothing.
DOUBT_NOUNS = frozenset({"doubt", "question", "uncertainty", "ambiguity"})


#: Passive verbs of a mood or a mind ("Minsk was unmoved", "Kyiv was not convinced"): said
#: of a capital, they say how its government took something ("Tripoli was shaken by
#: fighting" is the city's, and stays a place).
MOOD_LEMMAS = frozenset(
    {"unmoved", "unimpressed", "unconvinced", "convince", "persuade", "impress"}
    | {"anger", "irritate", "annoy", "dismay", "infuriate", "outrage", "displease"}
    | {"please", "satisfy", "reassure", "surprise", "alarm"}
)


#: Verbs of speaking: a place hung on one is where someone spoke, not what was said.
SPEAKING_LEMMAS = frozenset(
    {"say", "tell", "announce", "report", "claim", "add", "confirm", "deny", "speak", "write"}
)


#: Words of a bearing from a landmark ("60 nautical miles west of Hodeidah").
_BEARINGS_TEXT = "north south east west northeast northwest southeast southwest off"


BEARINGS = frozenset(_BEARINGS_TEXT.split())


#: Bodies whose seat a place names ("the embassy in Tallinn", "the ministry in Kyiv"):
#: where a speaker sits, not where the story happens (so never the article's topic).
SEAT_NOUNS = frozenset(
    {"embassy", "consulate", "mission", "ministry", "bureau", "office", "headquarters"}
)


#: Nouns of people a statement is made to ("told reporters in Kigali", "shown to
#: journalists in Maroua"): where they sat is where someone spoke.
AUDIENCE_NOUNS = frozenset({"journalist", "reporter", "correspondent", "press", "medium"})


#: Verbs of addressing someone: whoever they are said or shown to is an audience
#: ("speaking to officers in Grodno").
ADDRESSING_LEMMAS = SPEAKING_LEMMAS | {"talk", "show", "brief", "address", "present"}


#: Verbs whose object is who is addressed ("told officers in Grodno"), not what is said.
TOLD_LEMMAS = frozenset({"tell", "brief", "address"})


#: Gatherings one speaks to: left to where they are held (see ``_where_one_spoke``).
GATHERING_NOUNS = frozenset({"conference", "briefing", "meeting", "session", "summit", "rally"})


#: Cues that, negated or declined, say the speaker took no position ("could not
#: independently confirm", "did not comment", "declined to comment").
NO_POSITION_LEMMAS = frozenset(
    {
        "confirm",
        "verify",
        "comment",
        "corroborate",
        "say",
        "respond",
        "reply",
        "answer",
        # "Russia has not denied that its troops crossed": no denial, no assent either
        "deny",
        "dispute",
        "reject",
    }
)


#: Verbs that, negated, say the holder does not know ("could not determine where the
#: drone was launched from"): what they govern is no position either way.
UNKNOWING_LEMMAS = NO_POSITION_LEMMAS | {"determine", "establish", "ascertain", "know", "tell"}


#: What a source says of itself, not of the world: "asked not to be named because they
#: were not authorised to speak to the media".
_ANONYMITY = re.compile(
    r"\b(?:not to be (?:named|identified)|not (?:authori[sz]ed|allowed|permitted) to speak"
    r"|on (?:the )?condition of anonymity)\b",
    re.IGNORECASE,
)


#: Cues of an aim rather than a statement: what they govern is no one's claim.
INTENT_CUES = frozenset({"plan", "intend", "want", "hope", "seek", "aim", "try", "attempt"})


#: Cues of a call: "urged X to do Y" asks for Y, it does not claim it.
CALL_CUES = frozenset({"call", "urge", "ask", "appeal", "demand", "press", "implore", "invite"})


#: Verbs that lay a deed on someone ("blamed the attack on the group").
BLAMING_ON_LEMMAS = frozenset({"blame", "attribute", "pin"})


#: Prepositional phrases climbed from the noun a relative clause hangs on to the deed's
#: noun ("an attack on a camp in X province, which": two).
RELATIVE_CLIMB_MAX = 3


#: Relative pronouns that stand for the noun before them.
RELATIVE_WORDS = frozenset({"which", "that"})


#: Tokens looked back from a bare "blamed X" for the deed it lays on X.
BLAMED_DEED_BACK_TOKENS = 200


#: Verbs by which a count is given ("put the toll at 12", "raised the death toll").
GIVING_LEMMAS = frozenset({"put", "raise", "lower", "revise", "give", "set", "place"})


#: Verbs that give a toll when what they take is a count of the dead ("named 19 dead",
#: "counted 41 bodies"), and otherwise say nothing ("named a new commander").
TALLYING_LEMMAS = frozenset({"name", "count", "list", "record", "document", "identify"})


#: Verbs of keeping watch ("following the situation closely"), and what is watched.
WATCHING_LEMMAS = frozenset({"follow", "monitor", "watch", "track"})


WATCHED_NOUNS = frozenset({"situation", "development", "developments", "event", "events"})


#: Words of a deed left unanswered, in vows ("it will not go unpunished").
UNAVENGED_WORDS = frozenset({"unanswered", "unpunished", "unavenged"})


#: Adjectives of knowing of something ("was aware of the reports").
AWARE_WORDS = frozenset({"aware"})


#: Subordinators by which the outlet dates its news by an earlier statement ("three
#: months after Beijing denied any troop presence").
DATING_MARKS = frozenset({"after", "since"})


#: Verbs of holding knowledge whose object's that-clause is the claim.
HAVING_LEMMAS = frozenset({"have", "receive", "obtain", "possess"})


#: Objects of "the account of ..." that name no content ("version of events").
EMPTY_TOPICS = frozenset({"event", "events", "incident", "happening"})


#: Nouns of bodies that name, after "of", what is told rather than who told it
#: ("reports of Russian forces in the town").
ARMED_BODY_WORDS = frozenset(
    {"army", "forces", "force", "navy", "corps", "division", "brigade", "regiment"}
    | {"battalion", "fleet", "troops", "soldiers", "fighters"}
)


#: Tally nouns that are no claim nouns but, rejected, name a toll given before
#: ("dismissed the union's count").
NAMED_COUNT_NOUNS = TALLY_NOUNS - CLAIM_NOUNS


#: Nouns in -ing before a claim noun that name no deed ("the morning statement", "the
#: briefing remarks").
NOT_DEED_ING_WORDS = frozenset(
    {"morning", "evening", "briefing", "meeting", "hearing", "ruling", "opening", "building"}
)


#: Words that count the claims a denial names ("rejected both accusations").
CLAIM_COUNT_WORDS = {"both": 2, "two": 2, "three": 3}


#: Claim nouns that charge someone with a deed: what they answer is a claim that the
#: one rejecting them did it.
ACCUSATION_NOUNS = frozenset({"accusation", "allegation", "charge", "blame"})


#: Nouns for claims that something happened: what a denial of them answers asserted it.
CHARGE_NOUNS = frozenset({"report", "accusation", "allegation", "charge"})


#: Nouns for a body's written account ("dismissed the report"): what it asserts, not
#: what it says did not happen (accusations name the charge by their own rules).
REPORT_NOUNS = frozenset({"report"})


#: Verbs by which a claim noun bears another out ("the admission confirmed its account").
CONFIRMING_LEMMAS = frozenset({"confirm", "corroborate", "vindicate", "validate"})


#: Nouns for an admission, which names what was admitted before.
ADMISSION_NOUNS = frozenset(
    {"admission", "acknowledgement", "acknowledgment", "confirmation", "concession"}
)


#: Cues of admitting ("acknowledged that a unit had crossed").
ADMITTING_CUES = frozenset({"acknowledge", "admit", "concede", "confirm"})


#: ``RawClaim.answers`` of a bare denial ("rejected the report") until its target is
#: found; one left so is dropped.
UNANSWERED = -4


#: ``answers`` of a claim that upholds its holder's own earlier claim ("stood by its
#: assessment"), until _answers finds that claim.
REASSERTED = -5


#: Verbs (with "by") of upholding one's own words ("stood by its account").
UPHOLDING_LEMMAS = frozenset({"stand", "stick"})


#: Nouns a holder upholds that name, but do not state, an earlier claim.
UPHELD_NOUNS = CLAIM_NOUNS | frozenset({"assessment", "estimate", "count", "conclusion"})


#: Verbs of finding what shows something ("found no sign that ...").
FINDING_LEMMAS = frozenset({"find", "see", "uncover", "discover"})


#: Nouns of what shows something, found or not ("no evidence that ...").
SHOWING_NOUNS = frozenset({"evidence", "sign", "trace", "indication", "proof"})


#: Possessives by which a holder names its own words ("its assessment").
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my"})


#: Words by which a denial refers to what was said before ("Ukraine denied it").
REFERRING_WORDS = frozenset({"it", "this", "that"})


#: Determiners by which a claim noun points at the claim just given ("that account").
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})


#: Claim nouns that name a whole account, all a statement says ("rejected Dushanbe's
#: version", "dismissed the prosecutors' findings"), not one charge or figure.
ACCOUNT_NOUNS = frozenset({"account", "version", "finding", "story"})
