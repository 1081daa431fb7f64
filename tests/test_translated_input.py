"""Machine-translated and scraped input (issues 2-3): captions, share lines, cookie
banners and HTML tags in plain text, „low-high“ quotes, wire datelines, calqued titles
("the head of the Ministry of Defense of the Russian Federation Andrei Belousov").
Regression tests for bugs found by a user probe (2026-12-07); each failed before its fix."""

from __future__ import annotations

import counterclaim as cc
from counterclaim.clean import clean


def _spans_ok(text: str, a: cc.Analysis) -> None:
    for s in a.statements:
        for sp in (s.speaker, s.cue, s.content, s.via):
            if sp is not None:
                assert text[sp.start : sp.end] == sp.text


def test_caption_share_and_channel_lines_are_debris_anywhere() -> None:
    text = (
        "The minister said the town was taken.\n"
        "Photo: EFE/Miguel Gutierrez\n"
        "Share on Facebook Share on Twitter\n"
        "Subscribe to our channel on Telegram\n"
        "The army denied it.\n"
    )
    c = clean(text)
    assert c.text == "The minister said the town was taken.\nThe army denied it.\n"
    s = c.text.index("The army")
    assert c.to_original(s, s + 8) == (text.index("The army"), text.index("The army") + 8)


def test_leading_cookie_banner_is_debris() -> None:
    text = "We use cookies to improve your experience. Accept\nThe army said it won.\n"
    assert clean(text).text == "The army said it won.\n"


def test_low_high_quotes_close_with_left_double_mark() -> None:
    # „...“ (German, Ukrainian, Turkish copy): the “ closes, it does not open a new quote
    c = clean("„There is no alternative to peace talks“, – said Erdogan.")
    assert c.text == "“There is no alternative to peace talks”, – said Erdogan."
    assert clean("He said: “Yes” and left.").text == "He said: “Yes” and left."


def test_low_high_quote_speaker_is_the_one_named_after() -> None:
    text = (
        "The Kremlin spokesman Dmitry Peskov told journalists that talks are not planned.\n"
        "„There is no alternative to peace talks“, – said Turkish President Recep Tayyip "
        "Erdogan.\n"
    )
    a = cc.analyze(text)
    _spans_ok(text, a)
    st = [s for s in a.statements if "alternative" in s.content.text]
    assert len(st) == 1 and st[0].speaker is not None
    assert "Erdogan" in st[0].speaker.text


def test_html_tags_in_plain_text_are_removed_with_offsets_kept() -> None:
    text = '<div class="a"><h1>Kyiv denies fall</h1>\n<p>The army <b>denied</b> it.</p>\n'
    c = clean(text)
    assert "<" not in c.text and "The army denied it." in c.text
    s = c.text.index("denied")
    o0, o1 = c.to_original(s, s + len("denied"))
    assert text[o0:o1] == "denied"
    assert clean("x <y and z> w").text == "x <y and z> w"  # not a tag name: prose


def test_html_fragment_speaker_has_no_markup() -> None:
    text = (
        '<div class="article"><h1>Kyiv denies fall of Chasiv Yar</h1>\n'
        "<p>The General Staff of the Armed Forces of Ukraine denied the reports of Russian "
        "media about the capture of Chasiv Yar.</p>\n"
        '<p class="caption">Photo: Reuters</p>\n'
    )
    a = cc.analyze(text)
    _spans_ok(text, a)
    assert a.statements
    for s in a.statements:
        assert s.speaker is not None and "<" not in s.speaker.text and ">" not in s.speaker.text
        assert "<" not in s.content.text and s.speaker.text != "Photo"


def test_spanish_wire_dateline_is_not_part_of_the_speaker() -> None:
    text = (
        "Caracas, 11 jun (EFE).- The Venezuelan Minister of Defense, Vladimir Padrino Lopez, "
        'assured this Tuesday that the armed force "is prepared to defend the sovereignty".\n'
    )
    a = cc.analyze(text)
    _spans_ok(text, a)
    sp = a.statements[0].speaker
    assert sp is not None and sp.text.startswith("The Venezuelan Minister")
    assert sp.actor is not None and sp.actor.kind == "person"


def test_hyphenated_given_name_after_title_without_comma() -> None:
    text = (
        "The Minister of Foreign Affairs of France Jean-Noel Barrot declared on Tuesday that "
        "France will never recognize the annexation of Crimea.\n"
    )
    a = cc.analyze(text)
    actor = a.statements[0].speaker.actor
    assert actor is not None and "Barrot" in actor.name and "Minister" not in actor.name


def test_name_closing_a_calqued_title_is_the_speaker() -> None:
    text = (
        "The head of the Ministry of Defense of the Russian Federation Andrei Belousov stated "
        "that the troops liberated the town.\n"
    )
    actor = cc.analyze(text).statements[0].speaker.actor
    assert actor is not None and actor.kind == "person" and "Belousov" in actor.name


def test_new_name_closing_a_calqued_title_keeps_the_country() -> None:
    text = (
        "The Commander of the Ground Forces of Ukraine Oleksandr Pavliuk reported that the "
        "enemy is trying to break through near Vovchansk.\n"
    )
    actor = cc.analyze(text).statements[0].speaker.actor
    assert actor is not None and actor.name == "Oleksandr Pavliuk" and actor.country == "UKR"


def test_according_to_the_words_of_is_no_part_of_the_source() -> None:
    text = (
        "According to the words of the spokesman Viktor Trehubov, the information about the "
        "capture of Toretsk does not correspond to reality.\n"
    )
    a = cc.analyze(text)
    _spans_ok(text, a)
    sp = a.statements[0].speaker
    assert sp is not None and sp.text == "the spokesman Viktor Trehubov"
    assert sp.actor is not None and sp.actor.name == "Viktor Trehubov"


def test_quote_then_spaced_hyphen_and_postposed_cue() -> None:
    text = (
        'The minister visited the front. "The enemy suffered heavy losses and retreated," '
        "- informs the press service of the department.\n"
    )
    a = cc.analyze(text)
    _spans_ok(text, a)
    st = [s for s in a.statements if "retreated" in s.content.text]
    assert len(st) == 1 and st[0].speaker is not None
    assert st[0].speaker.text == "the press service of the department"


def test_day_given_twice_is_no_part_of_the_content() -> None:
    text = (
        "The Ministry of Health in Gaza announced today, Tuesday, that the death toll has "
        "risen to 37,164 since the beginning of the war.\n"
    )
    a = cc.analyze(text)
    _spans_ok(text, a)
    assert a.statements[0].content.text.startswith("that the death toll")


def test_as_reported_in_the_channel_of_names_the_speaker() -> None:
    text = (
        "As reported in the Telegram channel of the Governor of the Belgorod region "
        "Vyacheslav Gladkov, as a result of the drone attack two civilians were injured.\n"
    )
    a = cc.analyze(text)
    _spans_ok(text, a)
    st = a.statements[0]
    assert st.speaker is not None and st.speaker.actor is not None
    assert st.speaker.actor.name == "Vyacheslav Gladkov"
    assert st.content.text == "as a result of the drone attack two civilians were injured"


def test_pronoun_after_a_calqued_title_is_the_named_person() -> None:
    text = (
        "According to the words of the spokesman of the Armed Forces of Ukraine Viktor "
        'Trehubov, the capture of Toretsk is not true. "Our defenders continue to hold the '
        'city," he said.\n'
    )
    a = cc.analyze(text)
    he = [s for s in a.statements if s.speaker is not None and s.speaker.text == "he"]
    assert len(he) == 1 and he[0].speaker.actor is not None
    assert he[0].speaker.actor.name == "Viktor Trehubov"


def test_dash_dialogue_is_direct_speech() -> None:
    """Regression (issue 2, translated-input probe): '— A, — said X.' was indirect."""
    text = (
        "The governor spoke to reporters.\n— We will not give up the city, — he said.\n"
        "— The enemy is shelling it every day, — added Fedorov.\n"
        "The army — which had fought for weeks — said it had withdrawn, officials said."
    )
    kinds = {s.content.text: s.kind for s in cc.analyze(text, published="2025-06-11").statements}
    assert kinds["We will not give up the city"] == "direct"
    assert kinds["The enemy is shelling it every day"] == "direct"
    # a dash inside a sentence is an aside, not dialogue
    assert all(k == "indirect" for c, k in kinds.items() if c.startswith("The army"))
