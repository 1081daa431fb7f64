"""Actor linking (issue 3): each method of the linker on sentences written for these
tests, within-article coreference, and the gold set scored by ``eval.actors``."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from rapidfuzz import fuzz
from spacy.language import Language

from counterclaim.eval import actors as eval_actors
from counterclaim.extract.actors import FUZZY_MIN, name_keys
from counterclaim.records import ActorRef, Analysis, Statement

GOLD = Path(__file__).resolve().parents[1] / "bench" / "gold" / "actors"

Analyze = Callable[..., Analysis]


def speaker_ids(a: Analysis) -> dict[str, str | None]:
    """Each speaker mention's text -> the id of the actor it is linked to, if any."""
    return {
        s.speaker.text: s.speaker.actor.id if s.speaker.actor else None
        for s in a.statements
        if s.speaker
    }


@pytest.fixture(scope="module")
def analyze(nlp: Language) -> Analyze:
    from counterclaim.pipeline import analyze as run

    def go(text: str, published: str | None = "2024-10-20") -> Analysis:
        return run(text, published=published, nlp=nlp)

    return go


def statement(result: Analysis, words: str) -> Statement:
    found = [s for s in result.statements if words in s.content.text]
    assert found, f"no statement with {words!r}: {[s.content.text for s in result.statements]}"
    return found[0]


def speaker_actor(result: Analysis, words: str) -> ActorRef | None:
    s = statement(result, words)
    assert s.speaker is not None
    return s.speaker.actor


def actor_id(result: Analysis, words: str) -> str | None:
    a = speaker_actor(result, words)
    return a.id if a else None


# --- alias and metonymy ----------------------------------------------------------------


def test_alias_links_a_catalogue_name(analyze: Analyze) -> None:
    a = speaker_actor(analyze("Valery Gerasimov said the offensive would continue."), "offensive")
    assert a is not None and a.id == "person:valery-gerasimov" and a.method == "alias"
    assert a.confidence >= 0.9


def test_capital_confirming_is_its_government(analyze: Analyze) -> None:
    r = analyze("Moscow confirmed that the talks in Istanbul had ended without a deal.")
    a = speaker_actor(r, "talks in Istanbul")
    assert a is not None and a.id == "gov:RUS" and a.method == "metonymy"


def test_kremlin_said_is_russias_government(analyze: Analyze) -> None:
    r = analyze("The Kremlin said the sanctions would not change its course.")
    assert actor_id(r, "sanctions") == "gov:RUS"


def test_country_speaking_is_its_government(analyze: Analyze) -> None:
    a = speaker_actor(analyze("Ukraine said the attack on Odesa had been repelled."), "Odesa")
    assert a is not None and a.id == "gov:UKR" and a.method == "metonymy"


def test_group_phrase_is_the_armed_forces(analyze: Analyze) -> None:
    r = analyze("Russian forces said they had taken the village of Krasne on Tuesday.")
    assert actor_id(r, "Krasne") == "mil:RUS"


def test_possessive_country_written_as_demonym(analyze: Analyze) -> None:
    r = analyze("Ukraine's military intelligence said the drones had hit a refinery.")
    assert actor_id(r, "refinery") == "mil:UKR"


def test_shared_acronym_goes_to_the_body_the_article_supports(analyze: Analyze) -> None:
    text = (
        "Fighting raged in Khartoum and Omdurman, Sudan's army said on Monday. "
        "The RSF said it had shot down two army drones over the capital."
    )
    assert actor_id(analyze(text), "drones") == "group:rsf"


# --- surnames --------------------------------------------------------------------------


def test_surname_with_the_persons_country_in_the_article(analyze: Analyze) -> None:
    text = (
        "Russia expelled two diplomats on Monday. Lavrov said the West had left Moscow no choice."
    )
    a = speaker_actor(analyze(text), "no choice")
    assert a is not None and a.id == "person:sergei-lavrov" and a.method == "surname"


def test_surname_without_the_persons_country_is_not_linked(analyze: Analyze) -> None:
    text = "A bakery in Graz closed on Monday. Lavrov said the rent had tripled."
    a = speaker_actor(analyze(text), "rent")
    assert a is None or not a.id.startswith("person:sergei-lavrov")


def test_family_name_first(analyze: Analyze) -> None:
    text = (
        "South Korean President Lee Jae-myung met lawmakers in Seoul on Tuesday. "
        "Lee said the hotline with the North had to be restored."
    )
    assert actor_id(analyze(text, "2025-07-15"), "hotline") == "person:lee-jae-myung"


def test_other_person_with_a_known_family_name_is_new(analyze: Analyze) -> None:
    text = (
        "China's military held drills near Taiwan on Thursday. "
        "Li Xi, a spokesman for the command, said the drills tested joint operations."
    )
    a = speaker_actor(analyze(text, "2024-05-23"), "joint operations")
    assert a is not None and a.method.endswith("new") and a.name == "Li Xi"


# --- roles by date ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("published", "expected"),
    [("2023-06-14", "person:sergei-shoigu"), ("2025-03-12", "person:andrei-belousov")],
)
def test_role_by_title_country_and_date(analyze: Analyze, published: str, expected: str) -> None:
    text = "Russia's defence minister said the army had enough shells for the winter."
    a = speaker_actor(analyze(text, published), "shells")
    assert a is not None and a.id == expected and a.method == "role"


def test_top_general_is_the_chief_of_the_general_staff(analyze: Analyze) -> None:
    r = analyze("Russia's top general said the front line was stable.", "2024-10-20")
    assert actor_id(r, "front line") == "person:valery-gerasimov"


def test_role_in_an_organisation(analyze: Analyze) -> None:
    r = analyze("The United Nations secretary-general said the region was on the edge.")
    assert actor_id(r, "region") == "person:antonio-guterres"


def test_indefinite_role_is_nobody_in_particular(analyze: Analyze) -> None:
    r = analyze("A Russian defence ministry spokesman said the drones were shot down.")
    a = speaker_actor(r, "drones")
    assert a is None or a.kind != "person"


def test_role_mention_does_not_take_another_countrys_minister(analyze: Analyze) -> None:
    text = (
        "Israeli Defence Minister Israel Katz said the truce would hold. "
        "Lebanon's caretaker prime minister said the army would deploy in the south."
    )
    assert actor_id(analyze(text, "2024-11-27"), "deploy") == "person:najib-mikati"


# --- garbled names ---------------------------------------------------------------------


def test_name_keys_fold_transliteration_and_ocr() -> None:
    assert name_keys("Sergej Lawrow")[1] == name_keys("Sergei Lavrov")[1]
    assert fuzz.ratio(name_keys("Maria Sacharowa")[1], name_keys("Maria Zakharova")[1]) >= 90
    assert name_keys("Putln")[2] == name_keys("Putin")[2]
    assert FUZZY_MIN >= 90


def test_garbled_name_with_support_is_linked(analyze: Analyze) -> None:
    text = (
        "Russian forces shelled Kharkiv overnight, Ukraine's air force said. "
        "Valery Gerasimow said the offensive would go on."
    )
    a = speaker_actor(analyze(text), "go on")
    assert a is not None and a.id == "person:valery-gerasimov"
    assert a.method.endswith("fuzzy") and a.confidence < 0.9


def test_transliterated_name_with_support_is_linked(analyze: Analyze) -> None:
    text = "Russia recalled its ambassador. Sergej Lawrow said the decision was final."
    assert actor_id(analyze(text), "decision was final") == "person:sergei-lavrov"


def test_garbled_name_without_support_stays_unlinked(analyze: Analyze) -> None:
    text = (
        "A dental clinic in Graz, Austria, closed on Friday. "
        "Valery Gerasimow, its owner, said the rent had tripled."
    )
    a = speaker_actor(analyze(text), "rent")
    assert a is None or a.id != "person:valery-gerasimov"
    assert a is None or a.method.endswith("new")


def test_look_alike_name_is_a_new_person(analyze: Analyze) -> None:
    text = (
        "SOROCA, Moldova - Maria Zaharova, the head of the district council, "
        "said the bakery would close."
    )
    a = speaker_actor(analyze(text), "bakery")
    assert a is not None and a.method.endswith("new") and a.id == "person:maria-zaharova"


def test_garbled_surname_after_a_title(analyze: Analyze) -> None:
    text = "Russia said the claims were false. President Putln said the report was a fake."
    assert actor_id(analyze(text), "a fake") == "person:vladimir-putin"


# --- new actors ------------------------------------------------------------------------


def test_new_person_keyed_by_full_name(analyze: Analyze) -> None:
    a = speaker_actor(
        analyze("Amara Osei, a farmer near Kumasi, said maize prices had doubled."), "maize"
    )
    assert a is not None and a.id == "person:amara-osei" and a.kind == "person"
    assert a.method.endswith("new")


def test_person_tagged_as_organisation_is_a_person(analyze: Analyze) -> None:
    text = "Hanna Maliar, Ukraine's deputy defence minister, said troops had advanced."
    a = speaker_actor(analyze(text, "2023-06-14"), "advanced")
    assert a is not None and a.kind == "person" and a.id == "person:hanna-maliar"


def test_single_unknown_name_is_scoped_to_the_article(analyze: Analyze) -> None:
    a = speaker_actor(analyze("Mensah said the port would reopen on Monday."), "port")
    assert a is not None and a.method.endswith("new") and "@" in a.id


def test_anonymous_speaker_is_not_linked(analyze: Analyze) -> None:
    r = analyze("A resident of Omdurman said shells had fallen near her home all night.")
    assert speaker_actor(r, "shells") is None


def test_office_speaks_for_its_owner(analyze: Analyze) -> None:
    r = analyze("Zelensky's office said the reshuffle would not change the front line.")
    assert actor_id(r, "reshuffle") == "person:volodymyr-zelenskyy"


def test_name_that_qualifies_a_noun_is_not_the_speaker(analyze: Analyze) -> None:
    r = analyze("The New York businessman said the tariffs would hurt farmers.")
    a = speaker_actor(r, "tariffs")
    assert a is None or "new-york" not in a.id


# --- coreference -----------------------------------------------------------------------


def test_pronoun_it_after_a_body(analyze: Analyze) -> None:
    text = (
        "Ukraine's air force said it had shot down 81 missiles. "
        "It said some of the drones had been jammed."
    )
    assert actor_id(analyze(text), "jammed") == "mil:UKR"


def test_definite_description_refers_back(analyze: Analyze) -> None:
    text = (
        "Sudan's army launched an offensive in Khartoum on Thursday. "
        "The army said its troops had crossed the Nile."
    )
    assert actor_id(analyze(text), "crossed the Nile") == "mil:SDN"


def test_acronym_refers_to_the_name_it_abbreviates(analyze: Analyze) -> None:
    text = (
        "North Korea fired two missiles on Tuesday, South Korea's Joint Chiefs of Staff "
        "said. The missiles flew 400 km, the JCS said."
    )
    assert actor_id(analyze(text), "400 km") == "mil:KOR"


def test_short_name_goes_to_the_dominant_full_name(analyze: Analyze) -> None:
    text = (
        "Bobby Scott won the primary. Bobby Scott thanked voters, and Tim Scott called him. "
        "Bobby Scott said more work was needed. Later, Scott said the campaign was over."
    )
    s = statement(analyze(text), "campaign was over")
    assert s.speaker is not None and s.speaker.name == "Bobby Scott"


# --- the gold set ----------------------------------------------------------------------


def test_members_speak_for_their_group_and_the_army_is_the_storys(analyze: Analyze) -> None:
    """Regression (issue 3): "Fighters of the JNIM group said" became a new actor
    "Fighters", and an unqualified "the army" in a story about one country a new one."""
    a = analyze(
        "NIAMEY, Niger (AFP) - Fighters of the JNIM group said they had seized the town "
        "of Tera in western Niger. Niger's government said on Monday that the town was "
        "calm. The army said it had repelled the attack."
    )
    ids = speaker_ids(a)
    assert ids["Fighters of the JNIM group"] == "group:jnim"
    assert ids["The army"] == "mil:NER"


def test_gold_set_meets_the_issue_bar(nlp: Language) -> None:
    t0 = time.perf_counter()
    result = eval_actors.run(GOLD, nlp=nlp)
    assert time.perf_counter() - t0 < 20
    assert result["mentions"] >= 60
    assert result["accuracy"] >= 0.9, result["errors"]
    assert result["garbled"]["mentions"] >= 12
    assert result["garbled"]["linking"]["precision"] >= 0.95, result["errors"]


def test_eval_matching_rules() -> None:
    new = ActorRef("person:amara-osei", "Amara Osei", "person", None, 0.6, "coref+new")
    assert eval_actors.is_correct("NEW:person:Amara Osei", new)
    assert not eval_actors.is_correct("NEW:organisation:Amara Osei", new)
    assert eval_actors.is_correct("NONE", None)
    assert not eval_actors.is_correct("NONE", new)
    alias = ActorRef("gov:RUS", "Government of Russia", "government", "RUS", 0.9, "metonymy")
    assert eval_actors.is_correct("gov:RUS", alias)
    assert eval_actors.locate("he said, and he left", "he", 2) == (13, 15)


def test_congo_is_the_democratic_republic_unless_the_republic_is_named(
    analyze: Analyze,
) -> None:
    """Regression (issue 3): "Congo's army" and "the Congolese army" went to the
    Republic of the Congo (the last of two countries sharing the word won)."""
    a = analyze(
        "GOMA (Reuters) - Congo's army said it had retaken Walikale. The Congolese "
        "army said the town was calm. The Republic of Congo's government said it was "
        "worried."
    )
    ids = [s.speaker.actor.id for s in a.statements if s.speaker and s.speaker.actor]
    assert ids == ["mil:COD", "mil:COD", "gov:COG"]


def test_split_names_commands_and_formations(analyze: Analyze) -> None:
    """Regression (issue 3): the tagger split "Oleksandr Prokudin" in two and the speaker
    became "Prokudin" alone; "Ukraine's Southern Defence Forces" and "the command" that
    stands for it were new organisations, not Ukraine's armed forces."""
    a = analyze(
        "Kherson Oblast Governor Oleksandr Prokudin said that Russian artillery had "
        "shelled Kherson 37 times.\n\nUkraine's Southern Defence Forces dismissed the "
        'report. "The claim that the island has been captured is false," the command said.'
    )
    ids = [s.speaker.actor.id for s in a.statements if s.speaker and s.speaker.actor]
    assert ids == ["person:oleksandr-prokudin", "mil:UKR", "mil:UKR"]
    b = analyze(
        "TRIPOLI (AFP) - The Radaa Deterrence Force said that it had accepted the "
        "ceasefire in Libya."
    )
    [s] = [s for s in b.statements if s.speaker]
    assert s.speaker.actor is not None and s.speaker.actor.id != "mil:LBY"


def test_the_paramilitary_is_the_one_armed_group_named(analyze: Analyze) -> None:
    """Regression (issue 4): "the paramilitary did not fire at civilians" had no doer in
    a story naming one armed group (the RSF); with two groups named it stays unknown."""
    a = analyze(
        "KHARTOUM (Reuters) - Shells fired by the RSF hit a market in Omdurman, the army "
        "said. An RSF adviser said that the paramilitary did not fire at civilians."
    )
    [c] = [c for c in a.claims if "paramilitary" in c.evidence.text]
    assert c.subject is not None and c.subject.actor is not None
    assert c.subject.actor.id == "group:rsf"
    b = analyze(
        "GOMA (Reuters) - M23 said it had attacked the ADF near Beni. The army said the "
        "rebels had been pushed back."
    )
    [d] = [c for c in b.claims if "rebels" in c.evidence.text]
    assert d.subject is None or d.subject.actor is None


def test_a_militia_named_by_its_modifier_is_a_group(analyze: Analyze) -> None:
    """Regression (issue 3): "The Fano militia said" was linked to no one."""
    a = analyze("The Fano militia said it had taken Debre Tabor.")
    [s] = [s for s in a.statements if s.speaker]
    assert s.speaker.actor is not None and s.speaker.actor.id == "group:fano"


def test_unnamed_officials_speak_for_their_body(analyze: Analyze) -> None:
    """Regression (issue 3): "A Taliban commander" and, in a story about Pakistan, "an
    army spokesman" were linked to no one; an unnamed commander of nobody stays so."""
    a = analyze(
        "ISLAMABAD (Reuters) - Pakistan said its troops repelled the attack. An army "
        "spokesman said the posts were intact. A Taliban commander said 20 soldiers were "
        "killed. A senior commander said the town had fallen."
    )
    ids = speaker_ids(a)
    assert ids["An army spokesman"] == "mil:PAK"
    assert ids["A Taliban commander"] == "group:taliban"
    assert ids["A senior commander"] is None


def test_the_army_after_a_states_ministry_is_that_states(analyze: Analyze) -> None:
    """Regression (issue 3): in a story about two countries, "the army said" right after
    Pakistan's foreign ministry spoke was a new organisation."""
    a = analyze(
        "Afghanistan and Pakistan traded fire on the border. Pakistan's foreign ministry "
        "said the posts were intact. The army said two soldiers were wounded."
    )
    ids = speaker_ids(a)
    assert ids["The army"] == "mil:PAK"


# --- held-out batches, 2026-12-06 (issues 3 and 4) ----------------------------------


def test_a_spokesman_after_his_army_is_of_its_country(analyze: Analyze) -> None:
    """Regression (issue 3): "Army spokesman Maj. Gen. Winthai Suvaree" after "Thailand's
    army said" had no country (the tagger also ended a sentence at "Maj.")."""
    a = analyze(
        "BANGKOK (Reuters) - Thailand's army said Cambodian soldiers had opened fire on "
        "a Cambodian border post.\n\n"
        "Army spokesman Maj. Gen. Winthai Suvaree said a drone had flown over Thai posts."
    )
    ref = speaker_actor(a, "a drone had flown")
    assert ref is not None and ref.country == "THA"


def test_the_last_word_of_a_name_refers_back_to_it(analyze: Analyze) -> None:
    """Regression (issue 3): "the Legion" after "the Freedom of Russia Legion" was a new
    organisation called Legion."""
    a = analyze(
        "The Freedom of Russia Legion said its fighters had captured Glotovo. "
        '"Glotovo is under our full control," the Legion said. '
        "The Legion, founded in 2022, said it had lost three fighters."
    )
    assert actor_id(a, "full control") == "group:freedom-of-russia-legion"
    assert actor_id(a, "lost three") == "group:freedom-of-russia-legion"


def test_a_given_name_the_tagger_left_out_is_kept(analyze: Analyze) -> None:
    """Regression (issue 3): with "Baranovsky" alone tagged, "Alexei Baranovsky, the
    Legion's representative" was an article-bound "Baranovsky"."""
    a = analyze(
        "The Freedom of Russia Legion said on Saturday that it had captured Glotovo. "
        "Alexei Baranovsky, the Legion's political representative, said the unit's "
        "fighters still held the village on Sunday morning."
    )
    assert actor_id(a, "still held") == "person:alexei-baranovsky"


def test_a_hyphenated_link_to_another_actor_is_not_the_name(analyze: Analyze) -> None:
    """Regression (issue 3): "the Al-Qaeda-linked JNIM group" was a new organisation."""
    a = analyze("Jihadists from the Al-Qaeda-linked JNIM group said they had seized the town.")
    assert actor_id(a, "seized the town") == "group:jnim"


def test_a_firm_and_its_back_references(analyze: Analyze) -> None:
    """Regression (issue 3): "The tanker's manager, Ionian Star Maritime" was a person;
    "the company said" and "The UKMTO agency" were taken for the Houthis named before."""
    a = analyze(
        "The Houthis said they had hit the tanker. The tanker's manager, Ionian Star "
        "Maritime, gave a different picture. There was no fire on board, the company said. "
        "The UKMTO agency said the vessel had been struck by an unknown projectile."
    )
    assert actor_id(a, "no fire on board") == "org:ionian-star-maritime"
    assert actor_id(a, "unknown projectile") == "org:ukmto"


def test_bare_police_is_the_story_countrys(analyze: Analyze) -> None:
    """Regression (issue 3): "Police said", in a story about Kosovo, spoke for nobody."""
    a = analyze(
        "PRISTINA, Kosovo (AP) - Armed men attacked a Kosovo police post, Kosovo police "
        "said.\n\nPolice said about 15 attackers had fired grenades at the post in Kosovo."
    )
    assert actor_id(a, "15 attackers") == "gov:XKX"


def test_a_dateline_naming_two_cities(analyze: Analyze) -> None:
    """Regression (issue 3): "PRISTINA/BELGRADE, Aug 31 (Reuters) - Kosovo police said"
    gave the speaker "Aug 31 (Reuters) - Kosovo police", linked to Reuters."""
    a = analyze(
        "PRISTINA/BELGRADE, Aug 31 (Reuters) - Kosovo police said on Monday they had "
        "arrested two men."
    )
    s = statement(a, "arrested two men")
    assert s.speaker is not None and s.speaker.text == "Kosovo police"
    assert actor_id(a, "arrested two men") == "gov:XKX"


def test_a_relative_pronoun_after_a_titled_name(analyze: Analyze) -> None:
    """Regression (issue 3): "contradicted President Aleksandar Vucic, who said" gave a
    new person called "President Aleksandar Vucic"."""
    a = analyze(
        "The confirmation contradicted President Aleksandar Vucic, who said on Monday "
        "that no Serbian citizen had been involved."
    )
    assert actor_id(a, "no Serbian citizen") == "person:aleksandar-vucic"


def test_a_state_bodys_statement_and_it(analyze: Analyze) -> None:
    """Regression (issue 3): "An army statement said", "A military statement said" and
    the "It said" after it spoke for nobody."""
    a = analyze(
        "The Lebanese army said Israeli troops had crossed the line. An army statement "
        "said the force had advanced 400 metres. The Israeli military denied it. A "
        "military statement said the soldiers had crossed while pursuing suspects. It "
        "said the houses had been used to store weapons."
    )
    assert actor_id(a, "400 metres") == "mil:LBN"
    assert actor_id(a, "pursuing suspects") == "mil:ISR"
    assert actor_id(a, "store weapons") == "mil:ISR"


def test_his_group_is_the_group_he_leads(analyze: Analyze) -> None:
    """Regression (issue 3): "his group", after Hezbollah's leader spoke, was a new
    body called "his"."""
    a = analyze(
        "Hezbollah leader Naim Qassem said the agreement was holding. His group said it "
        "had not fired a single shot."
    )
    assert actor_id(a, "a single shot") == "group:hezbollah"


def test_a_ministry_of_a_named_body_speaks_for_it(analyze: Analyze) -> None:
    """Regression (issue 3): "The Kurdistan Regional Government's interior ministry"
    was an article-bound organisation, and "The prime minister of Iraq's Kurdistan
    region" was Iraq's prime minister."""
    a = analyze(
        "The Kurdistan Regional Government's interior ministry said the drone had been "
        "launched from Kirkuk. The prime minister of Iraq's Kurdistan region accused "
        "militias of the attack."
    )
    assert actor_id(a, "launched from Kirkuk") == "org:kurdistan-regional-government"
    assert actor_id(a, "militias") != "person:mohammed-shia-al-sudani"


def test_no_group_is_nobody(analyze: Analyze) -> None:
    """Regression (issue 3): "No group has claimed responsibility" made a new actor."""
    a = analyze("No group has claimed responsibility for the attack.")
    assert all(s.speaker is None or s.speaker.actor is None for s in a.statements)


# --- held-out batch dev3, 2026-12-06 (issue 3) --------------------------------------


def test_a_bracketed_acronym_defines_itself_for_the_article(analyze: Analyze) -> None:
    """Regression (issue 3): "The Arakan Army (AA)" and "The AA" were the news agency
    AA (Anadolu), and "It said" after them spoke for nobody."""
    a = analyze(
        "The Arakan Army (AA) said on Tuesday that it had seized the base. The AA also "
        "said that an air strike had hit a monastery. It said none of its fighters had "
        "been in the area."
    )
    assert actor_id(a, "seized the base") == "group:arakan-army"
    assert actor_id(a, "hit a monastery") == "group:arakan-army"
    assert actor_id(a, "none of its fighters") == "group:arakan-army"


def test_the_datelines_city_names_the_story_country(analyze: Analyze) -> None:
    """Regression (issue 3): with "BOGOTA" tagged a work of art, "The army, which
    says ..." in a story naming Colombia once was nobody's army."""
    a = analyze(
        "BOGOTA, March 10, 2026 (AFP) - A FARC faction denied detaining soldiers in "
        "Colombia's Cauca province. The army insisted that its troops had only returned "
        "fire after being attacked."
    )
    assert actor_id(a, "returned fire") == "mil:COL"


def test_the_statement_speaks_for_the_body_that_issued_it(analyze: Analyze) -> None:
    """Regression (issue 3): '"...," the statement said' after a body's statement."""
    a = analyze(
        "In a statement, the Islamic State group said its fighters had not been in the "
        'area. "The soldiers are nobody else\'s concern," the statement said.'
    )
    assert actor_id(a, "nobody else") == actor_id(a, "not been in the area") == "group:isis"


def test_a_new_person_keeps_their_title_and_surname(analyze: Analyze) -> None:
    """Regression (issue 3): "Odesa Oblast Governor Oleh Kiper" (tagged ORG) was an
    organisation, "Kiper" another, and "The governor" nobody."""
    a = analyze(
        "A third crew member has died, Odesa Oblast Governor Oleh Kiper said on April 10. "
        "Four other sailors remain in hospital, Kiper said. The governor again dismissed "
        "Moscow's claim that the ship had been carrying ammunition."
    )
    assert actor_id(a, "third crew member") == "person:oleh-kiper"
    assert actor_id(a, "Four other sailors") == "person:oleh-kiper"
    assert actor_id(a, "carrying ammunition") == "person:oleh-kiper"


def test_a_states_ministry_and_a_groups_wing(analyze: Analyze) -> None:
    """Regression (issue 3): "Ukraine's infrastructure ministry" (no catalogue role) was
    an article-bound body, "CODECO's political wing" nobody, "The UN peacekeeping
    mission, MONUSCO" nobody, and the name in "The army's spokesman in Ituri,
    Lieutenant Jules Ngongo" or "..., Jean-Pierre Ukumu" was lost or cut."""
    a = analyze(
        "According to Ukraine's infrastructure ministry, more than 60 vessels have been "
        "damaged. CODECO's political wing said that it was holding no one. The UN "
        "peacekeeping mission, MONUSCO, said its force had reached the camp. The army's "
        "spokesman in Ituri, Lieutenant Jules Ngongo, blamed the militia. The head of the "
        "camp committee, Jean-Pierre Ukumu, said the women had escaped on their own."
    )
    assert actor_id(a, "60 vessels") == "gov:UKR"
    assert str(actor_id(a, "holding no one")).endswith(":codeco")
    assert actor_id(a, "reached the camp") == "org:monusco"
    assert actor_id(a, "the militia") == "person:jules-ngongo"
    assert actor_id(a, "escaped") == "person:jean-pierre-ukumu"


def test_a_units_spokesman_and_a_fronts_name(analyze: Analyze) -> None:
    """Regression (issue 3): "a spokesman for the 93rd Mechanised Brigade" right after
    Ukraine's military spoke had no country, and "the Carlos Patino front" was keyed
    without its "Front"."""
    a = analyze(
        "MOSCOW/KYIV (Reuters) - Russia's defence ministry said its forces had captured "
        "the village. Ukraine's military rejected the claim. \"Our units continue to hold "
        'positions," said Serhiy Mykhailenko, a spokesman for the 93rd Mechanised Brigade. '
        "In a statement, the Carlos Patino front said soldiers had opened fire."
    )
    ref = speaker_actor(a, "hold positions") or speaker_actor(a, "continue to hold")
    assert ref is not None and ref.country == "UKR"
    assert actor_id(a, "opened fire") == "group:carlos-patino-front"


def test_a_title_before_the_name_it_is_given(analyze: Analyze) -> None:
    """Regression (issue 3): "..., the regional governor said", with "Donetsk Gov. Vadym
    Filashkin" named only in the next paragraph, spoke for nobody."""
    a = analyze(
        "KYIV (AP) - A Russian missile struck Druzhkivka overnight, killing four people, "
        "the regional governor said Thursday.\n\nDonetsk Gov. Vadym Filashkin said the "
        "missile hit a five-story apartment building."
    )
    assert actor_id(a, "killing four") == "person:vadym-filashkin"


def test_a_body_named_again_by_its_head_issue_3(analyze: Analyze) -> None:
    """Regression (issue 3): "the General Staff" after "The General Staff of the Armed
    Forces of Ukraine" became a new actor, and "the ministry" after "The Russian
    Ministry of Defense" Russia's government: the name runs on after its head."""
    a = analyze(
        "The Russian Ministry of Defense announced the capture of the town. According to "
        "the ministry, the last defenders were destroyed.\n\nThe General Staff of the "
        "Armed Forces of Ukraine refuted this information. The defence of the town "
        "continues, the General Staff said in its evening report."
    )
    assert actor_id(a, "the last defenders") == "mil:RUS"
    assert actor_id(a, "The defence of the town") == "mil:UKR"


def test_a_military_government_and_a_junta_are_the_state_issue_3(analyze: Analyze) -> None:
    """Regression (issue 3): "The military government denied" became a new
    organisation, and "The junta has said" linked to nothing in a Geneva-datelined
    story naming Myanmar once."""
    a = analyze(
        "BANGKOK (AP) - An airstrike on a village in Myanmar's Sagaing region killed at "
        "least 53 people, the opposition said. The military government denied targeting "
        "civilians."
    )
    assert actor_id(a, "targeting civilians") == "gov:MMR"
    b = analyze(
        "GENEVA, April 15 (Reuters) - The U.N. human rights office said on Tuesday it had "
        "verified the deaths of 71 civilians in an air strike on a village in Myanmar's "
        "Sagaing region. The junta has said the strike hit a militant training camp."
    )
    assert actor_id(b, "training camp") == "gov:MMR"


def test_a_bare_surname_of_an_official_in_office_issue_3(analyze: Analyze) -> None:
    """Regression (issue 3): "Trump said ..." became a new organisation, "Lavrov said"
    a new actor, and "He" after "Zelenskiy said" no one: the same official under
    several ids. A bare surname whose one bearer in the catalogue was in office that
    day links, in an article naming no place (the Graz bakery test keeps the rest)."""
    assert actor_id(analyze("Trump said he would meet Putin soon.", "2025-06-01"), "meet") == (
        "person:donald-trump"
    )
    assert actor_id(analyze("Lavrov said the talks had failed.", "2025-06-01"), "talks") == (
        "person:sergei-lavrov"
    )
    # "the West" is a bloc, not a place that would make the surname someone else's
    assert actor_id(analyze("Putin said the West had lost.", "2025-06-01"), "had lost") == (
        "person:vladimir-putin"
    )
    a = analyze(
        "Zelenskiy said Russia had launched 40 drones overnight. He urged allies to send "
        "more air defence.",
        "2025-06-01",
    )
    assert actor_id(a, "allies") == "person:volodymyr-zelenskyy"


def test_an_acronym_shared_by_an_armed_group_in_a_story_of_fighting_issue_3(
    analyze: Analyze,
) -> None:
    """Regression (issue 3): "The RSF said its fighters had captured the town" linked to
    Reporters Without Borders, not Sudan's Rapid Support Forces."""
    a = analyze("The RSF said its fighters had captured the town of Bara after a siege.")
    assert actor_id(a, "captured") == "group:rsf"
    b = analyze("The RSF, a press freedom group, said two journalists were detained in Minsk.")
    assert actor_id(b, "journalists") == "org:rsf-press"


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # an acronym an armed group shares with an organisation: fighting or the press
        ("The RSF said it had taken El Fasher.", "El Fasher", "group:rsf"),
        (
            "Press freedom group RSF said two journalists were killed in Sudan.",
            "journalists",
            "org:rsf-press",
        ),
        # "the <nationality> group" is the group the article names, not the government
        (
            "Hamas said the talks had stalled. The Palestinian militant group said Israel "
            "was to blame.",
            "to blame",
            "group:hamas",
        ),
        # the armed group that spoke last, named again by what it is
        (
            "The Houthis said they hit a ship. The rebels said the ship was Israeli.",
            "was Israeli",
            "group:houthis",
        ),
        (
            "Hezbollah said it fired rockets. The Iran-backed group said the strikes were "
            "retaliation.",
            "retaliation",
            "group:hezbollah",
        ),
        # "In Mali, the army said": Mali's army, not the one named before
        (
            "Burkina Faso's army said it had killed dozens of militants. In Mali, the army "
            "said it had killed a senior JNIM commander.",
            "senior JNIM",
            "mil:MLI",
        ),
        # "UN" is no surname of Kim Jong Un
        ("The UN agency said aid was blocked.", "aid was blocked", "org:un"),
    ],
)
def test_linking_from_wire_probes_issue_3(
    analyze: Analyze, text: str, words: str, expected: str
) -> None:
    """Regression (issue 3): errors found by running wire-style probe articles."""
    assert actor_id(analyze(text, "2025-05-01"), words) == expected


def test_a_namesake_described_by_a_walk_of_life_is_new_issue_3(analyze: Analyze) -> None:
    """Regression (issue 3): "Mohammed Deif, a fisherman in Gaza City" linked to the
    Hamas commander; a new actor never takes a catalogue actor's id."""
    a = analyze("Mohammed Deif, a fisherman in Gaza City, said the boats were destroyed.")
    ref = speaker_actor(a, "boats")
    assert ref is not None and ref.method == "new" and ref.id != "person:mohammed-deif"


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "Georgia's State Security Service said three villagers had been detained.",
            "villagers",
            "gov:GEO",
        ),
        (
            "Yemen's internationally recognised government said the Houthis attacked first.",
            "attacked first",
            "gov:YEM",
        ),
        ("Russia's Investigative Committee said it had opened a case.", "a case", "gov:RUS"),
    ],
)
def test_an_office_a_state_owns_speaks_for_its_government_issue_3(
    analyze: Analyze, text: str, words: str, expected: str
) -> None:
    """Regression (issue 3, held-out dev4): "Georgia's State Security Service" and
    "Yemen's internationally recognised government" became new organisations (and two
    states' "State Security Service" one actor)."""
    assert actor_id(analyze(text, "2025-05-01"), words) == expected


def test_titles_one_country_bears_and_narrowed_offices_issue_3(analyze: Analyze) -> None:
    """Regression (issue 3): "the secretary of state" in a story about Moscow was
    Lavrov; "military intelligence chief" the army's chief; "deputy foreign minister"
    the minister."""
    a = analyze(
        "Dmitry Peskov said the talks had stalled. The secretary of state said Moscow was "
        "ready to continue.",
        "2025-05-01",
    )
    assert actor_id(a, "ready to continue") == "person:marco-rubio"
    for text in (
        "Ukraine's military intelligence chief said Russia was preparing a new offensive.",
        "Russia's deputy foreign minister said talks were possible.",
    ):
        ref = speaker_actor(analyze(text, "2025-05-01"), text.split(" said ")[1][:12])
        assert ref is None or ref.kind != "person", text
    assert (
        actor_id(
            analyze("Russia's foreign minister said talks were possible.", "2025-05-01"),
            "talks were",
        )
        == "person:sergei-lavrov"
    )


def test_names_in_another_script_keep_distinct_ids_issue_3(analyze: Analyze) -> None:
    """Regression (issue 3): two speakers named in Cyrillic both got the id "person:"
    (an empty slug) and were merged, one's words credited to the other."""
    a = analyze(
        "Игорь Конашенков said the drones were shot down. Вячеслав Гладков said three "
        "civilians had been wounded in Belgorod.",
        "2025-05-01",
    )
    ids = [s.speaker.actor.id for s in a.statements if s.speaker and s.speaker.actor]
    assert len(ids) == 2 and len(set(ids)) == 2
    assert all(not i.endswith(":") for i in ids)


def test_south_sudan_is_not_sudan_issue_3(analyze: Analyze) -> None:
    """Regression (issue 3, held-out dev4): the tagger leaves "South" out of "South
    Sudan's", so a South Sudanese army spokesman was given Sudan's country."""
    a = analyze(
        "South Sudan's army spokesman, Lul Ruai Koang, said the shells had been fired "
        "by the rebels.",
        "2025-05-01",
    )
    [actor] = [s.speaker.actor for s in a.statements if s.speaker is not None]
    assert actor is not None and actor.country == "SSD"


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "South Sudan's army said on Monday that government forces had shelled Nasir.",
            "government forces",
            "mil:SSD",
        ),
        (
            "The opposition said government troops in South Sudan shelled the town of Nasir.",
            "government troops in South Sudan",
            "mil:SSD",
        ),
        (
            "Security forces in Mali killed 12 militants on Sunday.",
            "Security forces in Mali",
            "mil:MLI",
        ),
        (
            "Pro-government militias in Mali killed 12 people.",
            "Pro-government militias in Mali",
            None,
        ),
    ],
)
def test_government_forces_are_the_states_issue_3(
    analyze: Analyze, text: str, words: str, expected: str | None
) -> None:
    """Regression (issue 3, held-out dev4): "government gunboats", "government forces"
    and "security forces" had no actor, so the army's denial never met the rebels'
    accusation."""
    subjects = {
        c.subject.text: (c.subject.actor.id if c.subject.actor else None)
        for c in analyze(text, "2025-05-01").claims
        if c.subject is not None
    }
    assert subjects[words] == expected


def test_the_army_in_a_story_naming_one_country_issue_3(analyze: Analyze) -> None:
    """Regression (issue 3): "the army said" in a story naming Mali once was a new
    actor called "army"."""
    a = analyze("Security forces in Mali killed 12 militants, the army said.", "2025-05-01")
    assert speaker_ids(a) == {"the army": "mil:MLI"}


@pytest.mark.parametrize(
    "text",
    [
        "Rebels in Sudan said the town was calm.",
        "Militiamen said they had left the town.",
        '"We left the town," Gunmen said.',
    ],
)
def test_a_capitalised_common_noun_names_nobody_issue_3(analyze: Analyze, text: str) -> None:
    """Regression (issue 3, held-out dev3, probe): "Rebels" and "Militiamen" opening a
    sentence became new organisations called "rebels" and "militiamen", shared by every
    article."""
    ids = [
        s.speaker.actor.id
        for s in analyze(text, "2025-05-01").statements
        if s.speaker and s.speaker.actor
    ]
    assert not any(i.endswith((":rebels", ":militiamen", ":gunmen")) for i in ids)


def test_a_new_group_and_its_acronym_are_one_actor_issue_3(analyze: Analyze) -> None:
    """Regression (issue 3, probe): "The Northern Liberation Front (NLF) said ... the NLF"
    gave two new actors (and a front is a group)."""
    a = analyze(
        "The Northern Liberation Front (NLF) said it had captured the town of Bhamo. "
        "The junta said the NLF had shelled a monastery.",
        "2025-05-01",
    )
    parties = {
        c.subject.actor.id
        for c in a.claims
        if c.subject is not None and c.subject.actor is not None
    }
    assert parties == {"group:northern-liberation-front"}


def test_a_named_spokesman_after_his_body_is_the_person_issue_3(analyze: Analyze) -> None:
    """Regression (issue 3, catalogue growth): "A spokesman for the Radaa Deterrence
    Force, Ahmed Bin Salem, said" credited the group once it was in the catalogue (the
    name parses as the group's apposition); unnamed, the spokesman is the group."""
    named = analyze(
        "A spokesman for the Radaa Deterrence Force, Ahmed Bin Salem, said the truce held.",
        "2025-05-01",
    )
    assert list(speaker_ids(named).values()) == ["person:ahmed-bin-salem"]
    unnamed = analyze(
        "A spokesman for the Radaa Deterrence Force said the truce held.", "2025-05-01"
    )
    assert list(speaker_ids(unnamed).values()) == ["group:radaa-deterrence-force"]


def test_the_army_of_the_country_the_places_are_in_issue_3(analyze: Analyze) -> None:
    """Regression (issue 3, probe): "Niger's junta said ... in Niamey. The United States
    said it was concerned. Separately, the army said militants had attacked a military
    post near Tillaberi" gave the US army (the last speaker's country); the towns say
    Niger. Names still come first: a story naming Israel about Gaza keeps Israel's."""
    a = analyze(
        "Niger's junta said Russian instructors had arrived in Niamey. The United States "
        "said it was concerned. Separately, the army said militants had attacked a "
        "military post near Tillaberi.",
        "2025-05-01",
    )
    assert speaker_ids(a)["the army"] == "mil:NER"


def test_a_speaker_named_once_is_not_counted_twice_issue_3(analyze: Analyze) -> None:
    """Regression (issue 3, probe): "China urged all sides ..." counted China twice (the
    name, then the speaker), making it the story's country and "troops" (said by
    Myanmar's junta spokesman about Hsipaw) China's."""
    a = analyze(
        "Junta spokesman Zaw Min Tun said troops were clearing pockets of insurgents in "
        "Hsipaw. China urged all sides to return to talks.",
        "2025-05-01",
    )
    parties = [c.subject.actor for c in a.claims if c.subject is not None]
    assert all(p is None or p.country != "CHN" for p in parties)


def test_a_new_body_referred_to_by_its_common_noun_issue_3(analyze: Analyze) -> None:
    """Regression (issue 3, held-out dev4): "The South Ossetian State Security Committee
    said ... A spokesman for the committee said" gave a second, article-only actor."""
    a = analyze(
        "The South Ossetian State Security Committee said its border guards had detained "
        "three men. A spokesman for the committee said all three men had been released.",
        "2025-05-01",
    )
    assert set(speaker_ids(a).values()) == {"org:south-ossetian-state-security-committee"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ISLAMABAD: The Foreign Office said it would summon India's envoy.", "gov:PAK"),
        ("BEIJING (Reuters) - The foreign ministry said the claims were false.", "gov:CHN"),
        ("LONDON (Reuters) - The Foreign Office said it was concerned.", "gov:GBR"),
        (
            "Democratic Republic of Congo accused Rwanda on Sunday of a declaration of war.",
            "gov:COD",
        ),
    ],
)
def test_an_office_of_the_story_s_state_and_datelines_issue_3(
    analyze: Analyze, text: str, expected: str
) -> None:
    """Regression (issue 3, probe): "ISLAMABAD: The Foreign Office said" was Britain's
    (and "ISLAMABAD" itself a speaker), "BEIJING (Reuters) - The foreign ministry" a new
    body, "Democratic Republic of Congo" (no "the") a new organisation."""
    assert list(speaker_ids(analyze(text, "2025-05-01")).values()) == [expected]


def test_a_dateline_naming_a_country_is_not_the_speaker_issue_2(analyze: Analyze) -> None:
    """Regression (issue 2, probe): "GOMA, Democratic Republic of Congo, Jan 25 (Reuters)
    - M23 rebels said" made the whole dateline the speaker, so Reuters held the claim."""
    a = analyze(
        "GOMA, Democratic Republic of Congo, Jan 25 (Reuters) - M23 rebels said on Saturday "
        "they had captured the town of Sake.",
        "2025-01-25",
    )
    assert speaker_ids(a) == {"M23 rebels": "group:m23"}


def test_the_rsf_killing_civilians_is_the_armed_group_issue_3(analyze: Analyze) -> None:
    """Regression (issue 3, probe): "Residents said the RSF had killed dozens of
    civilians" linked the RSF to Reporters Without Borders."""
    a = analyze(
        "Residents said the RSF had killed dozens of civilians in the village.", "2025-05-01"
    )
    [c] = a.claims
    assert c.subject is not None and c.subject.actor is not None
    assert c.subject.actor.id == "group:rsf"


def test_a_common_noun_opening_a_sentence_names_nobody_issue_3(analyze: Analyze) -> None:
    """Regression (issue 3, held-out dev5): "Shells fired from Syria hit the outskirts
    of Hermel" made a new organisation called "Shells" the attacker."""
    a = analyze("Shells fired from Syria hit the outskirts of Hermel on Tuesday.", "2025-05-01")
    # (where the shells came from names their side: Syria, never a body "Shells")
    assert all(
        c.subject is None or c.subject.actor is None or c.subject.actor.country == "SYR"
        for c in a.claims
    )


@pytest.mark.parametrize(
    ("text", "short", "expected"),
    [
        (
            'Coast guard spokesman Gan Yu said the ship had ignored warnings. "The ship '
            'was warned," Gan said.',
            "Gan",
            "person:gan-yu",
        ),
        (
            "Interior ministry spokesman Nour al-Din al-Baba said forces had targeted the "
            'cell. "They were armed," al-Baba said.',
            "al-Baba",
            "person:nour-al-din-al-baba",
        ),
        (
            "The Syrian Observatory for Human Rights said 30 people were killed. Syria's "
            "interior ministry said its forces had restored order. The monitor said six "
            "civilians were among the dead.",
            "The monitor",
            "org:sohr",
        ),
    ],
)
def test_short_references_to_new_people_and_monitors_issue_3(
    analyze: Analyze, text: str, short: str, expected: str
) -> None:
    """Regression (issue 3, probe): "Gan said" after "Gan Yu" (family name first) was a
    second, article-only person; "al-Baba said" a speaker "al"; "The monitor" after a
    ministry spoke was the ministry."""
    assert speaker_ids(analyze(text, "2025-05-01"))[short] == expected


def test_a_group_is_not_a_place_issue_5(analyze: Analyze) -> None:
    """Regression (issue 5, probe): "M23 fighters entered the outskirts of Goma" listed
    M23 as an unresolved place."""
    a = analyze(
        "M23 fighters entered the outskirts of Goma on Sunday, the army said.", "2025-01-26"
    )
    assert "M23" not in {p.span.text for p in a.places}


def test_a_name_followed_by_who_is_a_person_issue_3(analyze: Analyze) -> None:
    """Regression (issue 3, user probe): "Jean-Paul Mensah, who leads the dockworkers'
    union" (tagged ORG) became an organisation."""
    a = analyze(
        "Jean-Paul Mensah, who leads the dockworkers' union, said the union had never been "
        "consulted.",
        "2025-02-11",
    )
    [s] = a.statements
    assert s.speaker is not None and s.speaker.actor is not None
    assert s.speaker.actor.kind == "person"


def test_initials_of_a_group_the_article_names_issue_3(analyze: Analyze) -> None:
    """Regression (issue 3, held-out dev5): "The KIA denied ..." after "The Kachin
    Independence Army said ..." was a new organisation "KIA" (the catalogue leaves the
    acronym out: killed in action)."""
    a = analyze(
        "The Kachin Independence Army said the junta had bombed a warehouse in Hpakant. "
        "The KIA denied that any of its members had been at the site.",
        "2025-06-01",
    )
    assert set(speaker_ids(a).values()) == {"group:kia"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Permanent Committee for the Defense of Human Rights said its count was 31.",
            "org:permanent-committee-for-the-defence-of-human-rights",
        ),
        (
            "The United Nations Mission in South Sudan (UNMISS) said its peacekeepers had "
            "counted 26 dead.",
            "org:united-nations-mission-in-south-sudan",
        ),
        ("Yemen's Houthi rebels said they had downed a drone.", "group:houthis"),
    ],
)
def test_a_new_body_keeps_its_whole_name_issue_3(
    analyze: Analyze, text: str, expected: str
) -> None:
    """Regression (issue 3, held-out dev4/dev5): new bodies lost the part of their name
    after "for"/"in" ("Permanent Committee", "United Nations Mission"), so two bodies
    shared an id; "Houthi rebels" was Abdul-Malik al-Houthi (a surname match)."""
    assert list(speaker_ids(analyze(text, "2025-06-01")).values()) == [expected]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Hamas said Israel carried out the attack. The Emergency Lawyers Group said 30 "
            "people were killed.",
            "org:emergency-lawyers-group",
        ),
        (
            "The RSF denied the attack. The Sudan Doctors Network said the RSF carried out "
            "the attack.",
            "org:sudan-doctors-network",
        ),
        (
            "Ukraine's General Staff said the village was held. The General Staff said 20 "
            "assaults were repelled.",
            "mil:UKR",
        ),
    ],
)
def test_a_named_group_is_not_the_group_before_it_issue_3(
    analyze: Analyze, text: str, second: str
) -> None:
    """Regression (issue 3, probe): "The Emergency Lawyers Group said" after "Hamas said"
    was read as "the group" (Hamas), so Hamas held the lawyers' toll and the RSF both
    denied and asserted its attack."""
    ids = [
        s.speaker.actor.id if s.speaker and s.speaker.actor else None
        for s in analyze(text, "2025-06-01").statements
    ]
    assert ids[-1] == second


def test_an_office_already_named_with_its_state_keeps_it_issue_3(analyze: Analyze) -> None:
    """Regression (issue 3, review): in a London-datelined story "Iran's foreign ministry
    said ... The foreign ministry added" gave Britain's government for the second."""
    a = analyze(
        "LONDON (Reuters) - Iran's foreign ministry said the talks were over. The foreign "
        "ministry added that it would respond.",
        "2025-06-01",
    )
    assert set(speaker_ids(a).values()) == {"gov:IRN"}


def test_a_joint_speaker_is_its_first_member_never_the_pair_issue_3(analyze: Analyze) -> None:
    """Regression (issue 3/4, dev4 lede): "..., the group and local officials said"
    linked the pair as one new actor named "group"; it is the group named after it."""
    a = analyze(
        "Islamic State fighters seized the town of Macomia on Monday, the group and local "
        "officials said. The Islamic State said through its Amaq news agency that its "
        "fighters had taken control of the town."
    )
    joint = next(s for s in a.statements if s.speaker and " and " in s.speaker.text)
    assert joint.speaker is not None and joint.speaker.actor is not None
    assert joint.speaker.actor.id == "group:isis"


def test_the_rsf_withdrawing_is_the_armed_group_issue_3(analyze: Analyze) -> None:
    """Regression (issue 3, probe): "The RSF denied that it had withdrawn from Babanusa"
    linked the RSF to Reporters Without Borders (withdrawing is a soldier's word)."""
    a = analyze("The RSF denied that it had withdrawn from Babanusa.", "2025-05-01")
    assert [s.speaker.actor.id for s in a.statements if s.speaker and s.speaker.actor] == [
        "group:rsf"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the owner of a state's ministry
        "Rusava's defence ministry rejected the claim. Rusava said the truce had held.",
        # the "of" of a state's office
        "Maria Varga, the foreign minister of Belmark, spoke first. Belmark said the "
        "truce had broken down.",
        # its demonym
        "Rusavan artillery fired overnight. Rusava said the truce had held.",
    ],
)
def test_a_state_the_catalogue_lacks_is_a_government(analyze: Analyze, text: str) -> None:
    """Issue 4 (demo, Tarvan Valley): "Belmark", "Rusava" (tagged PERSON) were listed as
    persons; the article's words make them states, each its own side."""
    a = speaker_actor(analyze(text), "truce")
    assert a is not None and a.kind == "government" and a.id.startswith("gov:")


def test_a_warlords_forces_do_not_make_him_a_state(analyze: Analyze) -> None:
    """Only a state has a ministry or a foreign minister; "Haftar's forces" are a man's."""
    r = analyze("Haftar's forces shelled the port on Monday. Haftar said the port was his.")
    a = speaker_actor(r, "port was his")
    assert a is None or a.kind != "government"


def test_forces_loyal_to_a_leader_are_his_group_issue_4(analyze: Analyze) -> None:
    """Issue 4 (dev16): "Forces loyal to commander Khalifa Haftar said ..." is said by
    his forces (the group he leads), not by him; and their "they" is that group."""
    r = analyze(
        "Forces loyal to commander Khalifa Haftar said they had taken full control of "
        "the port of Brega after a day of fighting."
    )
    assert actor_id(r, "port of Brega") == "group:lna"
    c = next(c for c in r.claims if "port of Brega" in c.evidence.text)
    assert c.subject is not None and c.subject.actor is not None
    assert c.subject.actor.id == "group:lna"


def test_a_catalogue_state_and_its_demonym_stay_the_catalogues(analyze: Analyze) -> None:
    """Issue 4 (dev12): "Nicaraguan waters" made "Nicaragua" a state the catalogue
    lacked, so "the Nicaraguan navy" became a new government; it is Nicaragua's."""
    r = analyze(
        "Fourteen fishermen have been held in Nicaragua since Sunday. The Nicaraguan "
        "army's naval force said the detainees had been well treated. It repeated that "
        "the boats were caught with illegal nets inside Nicaraguan waters."
    )
    assert actor_id(r, "well treated") == "mil:NIC"


def test_an_acronym_in_another_order_is_the_body_it_follows_issue_4(analyze: Analyze) -> None:
    """Issue 4 (dev17): "the Azawad Liberation Front (FLA)" defines "FLA" (its French
    order), so "The FLA ... it said" is that group, not a new organisation "FLA"."""
    r = analyze(
        "Fighters of the Azawad Liberation Front (FLA) said on Friday they had seized a "
        "checkpoint near Kidal.\n\nThe FLA later released a video it said showed the "
        "checkpoint in flames."
    )
    assert actor_id(r, "checkpoint in flames") == "group:fla"


def test_a_staff_named_by_the_forces_acronym_is_those_forces_issue_4(
    analyze: Analyze,
) -> None:
    """Issue 4 (dev17): "The North's KPA General Staff" is a part of the forces the
    catalogue calls "KPA" (North Korea's), not a new organisation."""
    r = analyze(
        "The North's KPA General Staff said the southern drills were a rehearsal for an invasion."
    )
    assert actor_id(r, "rehearsal") == "mil:PRK"


def test_an_official_of_a_body_named_by_its_acronym_issue_4(analyze: Analyze) -> None:
    """Issue 4 (dev17): "a JCS official", after "the Joint Chiefs of Staff (JCS)" was
    linked to South Korea's forces, speaks for those forces (no one person named)."""
    r = analyze(
        "SEOUL (Yonhap) -- South Korea's navy tracked a North Korean boat near the "
        'border, the Joint Chiefs of Staff (JCS) said.\n\n"The boat turned back '
        'after our warnings," a JCS official said.'
    )
    assert actor_id(r, "turned back") == "mil:KOR"


def test_a_home_groups_acronym_never_spelled_out_issue_4(analyze: Analyze) -> None:
    """Issue 4 (dev17): "The FLA", in a story about Mali that never spells it out, is
    the Malian armed group the catalogue keys by that acronym, not a new body "FLA";
    in a story about another country it stays unknown."""
    r = analyze(
        "BAMAKO, Mali (AFP) - Fighting flared again in northern Mali on Sunday.\n\nThe "
        "FLA published a video it said showed a burnt army truck near Kidal, Mali."
    )
    assert actor_id(r, "burnt army truck") == "group:fla"
    r = analyze(
        "MIAMI (AP) - Storms hit the coast of Florida, United States, on Sunday.\n\nThe "
        "FLA published a video it said showed a flooded road near Tampa, United States."
    )
    assert actor_id(r, "flooded road") != "group:fla"


def test_a_sentence_opening_with_a_seat_gives_a_bare_office_its_state_issue_4(
    analyze: Analyze,
) -> None:
    """Issue 4 (dev15): in a story filed from Tallinn about Estonia, "In Riga, the border
    guard service denied it" is Latvia's (the seat the sentence opens with), not a new
    body and not the story's state."""
    r = analyze(
        "TALLINN (Reuters) - Estonia said on Monday that a drone from Latvia had crossed "
        "into Estonia overnight.\n\nIn Riga, the border guard service denied that any "
        "drone had crossed the frontier."
    )
    assert actor_id(r, "any drone had crossed") == "gov:LVA"
