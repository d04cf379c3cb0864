"""Parties where a title and a name stand in apposition or are joined by a preposition (must / must not)."""


def events(nlp, text, etype):
    evs = [e for e in nlp(text, published="2015-08-01").events if e.event == etype]
    assert evs, (text, [e.event for e in nlp(text).events])
    return evs


def codes(entities):
    return [(e.code, e.sector) for e in entities]


def test_a_name_between_commas_after_a_title_is_the_title_holder(coder):
    ev = events(coder, "وطلب أوباما من وزير الخارجية، جون كيري، العمل مع الكونغرس.", "REQUEST")[0]
    assert [r.text for r in ev.recipient] == ["وزير الخارجية، جون كيري"]
    assert ev.recipient[0].code == "USA" and ev.recipient[0].name


def test_a_name_after_a_named_person_is_no_apposition(coder):
    # a title that already names its holder: the name after the comma is another party
    ev = events(coder, "والتقى وزير الخارجية السعودي عادل الجبير، جون كيري، في الرياض.", "CONSULT")[0]
    assert ("SAU", "GOV") in codes(ev.actor) and not any("كيري" in a.text for a in ev.actor)
    assert ("USA", "GOV") in codes(ev.recipient)


def test_an_envoy_and_his_post_before_his_title_and_name_are_one_party(coder):
    ev = events(coder, "عقب ذلك دعا مندوب المملكة لدى الأمم المتحدة السفير عبدالله المعلمي الأمين العام للأمم "
                       "المتحدة إلى إزاحة الستار.", "REQUEST")[0]
    assert any("المعلمي" in a.text and a.code == "SAU" for a in ev.actor)
    assert not any("المعلمي" in r.text for r in ev.recipient)
    assert ("IGO", "GOV") in codes(ev.recipient)


def test_a_member_for_a_party_takes_the_partys_code(coder):
    ev = events(coder, "وانتقد النائب عن حزب المحافظين الحكومة البريطانية.", "ACCUSE")[0]
    assert ("GBR", "LEG") in codes(ev.actor)
    assert ("GBR", "GOV") in codes(ev.recipient)


def test_a_body_after_a_named_body_is_the_next_phrase(coder):
    ev = events(coder, "وهاجم عناصر بوكو حرام السكان في القرية.", "ASSAULT")[0]
    assert ("NGA", "REB") in codes(ev.actor) and not any("السكان" in a.text for a in ev.actor)
    assert (None, "CVL") in codes(ev.recipient)
    # a participle after the body is its adjective, no party of its own
    ev = events(coder, "ووافق حزب سيريزا الحاكم على الاتفاق.", "AGREE")[0]
    assert [a.text for a in ev.actor] == ["حزب سيريزا الحاكم"] and not ev.recipient


def test_a_title_no_lexicon_reads_heads_the_name_after_the_verb(coder):
    ev = events(coder, "وطالب الشيخ محمد بن زايد بوقف القتال في اليمن.", "REQUEST")[0]
    assert [a.text for a in ev.actor] == ["الشيخ محمد بن زايد"] and ("ARE", "GOV") in codes(ev.actor)
    assert not ev.recipient
    # after a preposition the title stays as it was read: the caller is the one in من
    ev = events(coder, "وتلقى الأمير محمد بن نايف اتصالاً هاتفياً من الشيخ سيف بن زايد آل نهيان.", "CONSULT")[0]
    assert ("ARE", "GOV") in codes(ev.actor) + codes(ev.recipient)


def test_a_bodys_organ_in_lam_takes_the_bodys_code(coder):
    ev = events(coder, "وأدانت الهيئة العامة للأمم المتحدة الهجوم.", "ACCUSE")[0]
    assert [a.text for a in ev.actor] == ["الهيئة العامة للأمم المتحدة"] and ev.actor[0].code == "IGO"
