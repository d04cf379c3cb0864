"""Round 65 repeats: one act told several times. Talks told by a passive light verb or «خلاله» (repeat_words.tsv class
`impersonal`) are the talks of the meeting told before, whatever the words after them name; a toll whose victims are
a pronoun («ما اسفر عن مقتل 42 منهم») tells again the count of the toll told before it. Distinct acts stay apart."""


def _events(nlp, text, kind, published="2015-07-24"):
    """(trigger, actor texts, recipient texts) of every event of `kind` in `text`."""
    return [(e.trigger.text, [m.text for m in e.actor], [m.text for m in e.recipient])
            for e in nlp(text, published=published).events if e.event == kind]


_MEETING = ("وكان ولي العهد الأمير محمد بن نايف، استقبل في قصره بجدة مساء أول من أمس وزير الخارجية المصري.\n"
            "وعقب الاستقبال أوضح وزير الخارجية عادل الجبير أن لقاء الأمير محمد بن نايف، ووزير خارجية جمهورية مصر العربية "
            "تم خلاله بحث العلاقات الثنائية التي تهم البلدين ودعم تعزيزها.")


def test_talks_during_a_meeting_are_the_meeting(nlp):
    """«لقاء A، و B تم خلاله بحث العلاقات»: the talks the pronoun ties to the meeting are no consultation of B's own."""
    assert not any(t.startswith("بحث") for t, _, _ in _events(nlp, _MEETING, "CONSULT"))


def test_the_meeting_takes_the_party_named_before_its_talks(nlp):
    """The minister named between «لقاء» and «تم خلاله بحث» is the other side of the meeting, evidence in its clause."""
    meetings = [(a, r) for t, a, r in _events(nlp, _MEETING, "CONSULT") if t == "لقاء"]
    assert meetings and any("وزير خارجية جمهورية مصر العربية" in a + r for a, r in meetings)


_CONFERENCE = ("بحث وزير الخارجية عادل بن أحمد الجبير أمس في جدة مع وزير خارجية جمهورية مصر العربية سامح شكري الموضوعات "
               "ذات الاهتمام المشترك بين البلدين الشقيقين.\n"
               "وقال الجبير خلال المؤتمر الصحفي المشترك إن الجانبين بحثا الأوضاع في اليمن وسوريا والعراق.\n"
               "وتعليقا على زيارة وفد حركة حماس إلى المملكة مؤخرا قال الجبير إن الوفد أدى العمرة فقط.\n"
               "وأكد الجبير أن مصر جزء أساسي في التحالف الداعم للشرعية في اليمن.\n"
               "كما رحب الوزير الجبير بأي اتفاق يضمن عدم قدرة إيران على حيازة سلاح نووي.\n"
               "وشدد وزير الخارجية خلال المؤتمر على أهمية إيجاد حل في سوريا، كما تم بحث الأوضاع اليمنية وموقف مصر "
               "الداعم للشرعية.")


def test_passive_talks_have_no_doer_of_their_own(nlp):
    """«كما تم بحث الأوضاع اليمنية وموقف مصر»: the talks of the ministers' meeting told before, not Egypt's."""
    assert not any(t.startswith("بحث الأوضاع") and a for t, a, _ in _events(nlp, _CONFERENCE, "CONSULT"))


_MOSUL = ("ميدانيًا، كشف العميد محمد الجبوري في شرطة نينوى امس الخميس عن مقتل 42 من عناصر تنظيم داعش بالقرب من بوابة "
          "الموصل.\n"
          "وقال الجبوري إن سيارة مفخخة مركونة على جانب الطريق انفجرت عند مرور رتل لعناصر تنظيم داعش لدى دخوله بوابة "
          "مدينة الموصل من الجهة الجنوبية ما اسفر عن مقتل 42 منهم، بينهم قياديون وإصابة 18 آخرين.")


def test_a_toll_told_again_by_its_count_is_one_act(nlp):
    """«مقتل 42 من عناصر تنظيم داعش» … «سيارة مفخخة … انفجرت … ما اسفر عن مقتل 42 منهم»: one blast; another count
    told by a pronoun («مقتل 7 منهم») is another act, both stay."""
    assert len(_events(nlp, _MOSUL, "ASSAULT")) == 1
    assert len(_events(nlp, _MOSUL.replace("مقتل 42 منهم", "مقتل 7 منهم"), "ASSAULT")) == 2


_ZAFARANIYA = ("وانفجرت سيارة مفخخة في الزعفرانية بجنوب بغداد، ما ادى الى مقتل اربعة اشخاص على الاقل وجرح عشرة، بحسب "
               "المصدر نفسه.\n"
               "وفي بيان للتنظيم تداولته حسابات مؤيدة له على مواقع التواصل الاجتماعي، اعلن مسؤوليته عن تفجير سيارة مفخخة "
               "في منطقة الزعفرانية.")


def test_a_blast_told_again_with_its_weapon_is_one_act(nlp):
    """«انفجرت سيارة مفخخة في الزعفرانية» … «اعلن مسؤوليته عن تفجير سيارة مفخخة في منطقة الزعفرانية»: the word of the
    act and its weapon told again, on its day, where it was: one blast; the blast told first stays."""
    triggers = [t for t, _, _ in _events(nlp, _ZAFARANIYA, "ASSAULT", published="2015-07-23")]
    assert "تفجير" not in triggers and any("انفجرت" in t for t in triggers)
    elsewhere = _ZAFARANIYA.replace("في منطقة الزعفرانية", "في مدينة الموصل")  # another town: another blast
    assert "تفجير" in [t for t, _, _ in _events(nlp, elsewhere, "ASSAULT", published="2015-07-23")]


def test_a_killing_during_an_exchange_of_fire_is_the_exchange(nlp):
    """«ووقع تبادل لاطلاق النار … بين الجيش التركي ومقاتلي داعش قتل خلاله جندي تركي»: the pronoun of «خلاله» is the
    exchange of fire; the soldier killed in it tells no act of his own (nor is he its doer)."""
    text = ("ووقع تبادل لاطلاق النار عبر الحدود يوم الخميس في نفس المنطقة بين الجيش التركي ومقاتلي داعش قتل خلاله جندي "
            "تركي وأحد متشددي التنظيم.")
    triggers = [t for t, _, _ in _events(nlp, text, "ASSAULT")]
    assert "قتل" not in triggers and any("اطلاق النار" in t for t in triggers)
