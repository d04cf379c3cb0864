"""Roles of round 17: objects told past the day of the act and past the subject's whole title, the owner of a
verbal noun's object, and the two sides of «بين X من جهة وY من جهة أخرى» (must / must not)."""


def events(coder, text, date="2015-08-11"):
    """The coder's events of one text (one event per trigger, no report filter)."""
    return coder(text, published=date).events


def one(coder, text, etype, trig=None):
    evs = [e for e in events(coder, text) if e.event == etype and (trig is None or e.trigger.text == trig)]
    assert evs, f"no {etype} in {text!r}: {[(e.event, e.trigger.text) for e in events(coder, text)]}"
    return evs[0]


def texts(ents):
    return [e.text for e in ents]


def test_object_after_the_day_of_the_act_and_a_comma(coder):
    ev = one(coder, "اتهمت الحكومة الأوكرانية اليوم، الانفصاليين الموالين لروسيا باستهداف مواقعها بأعنف قصف مدفعي.",
             "ACCUSE")
    assert texts(ev.actor) == ["الحكومة الأوكرانية"]
    assert texts(ev.recipient) == ["الانفصاليين"]


def test_no_object_past_the_day_when_a_title_follows(coder):
    evs = events(coder, "حذر الأمير جلوي بن عبدالعزيز أمس، أمير منطقة نجران، من التهاون في الأمن.")
    assert all("أمير منطقة نجران" not in texts(e.recipient) for e in evs)


def test_the_title_goes_on_past_its_ordinal(coder):
    ev = one(coder, "استقبل الأمير محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع في قصر "
                  "السلام بجدة مساء أمس معالي وزير الدولة لشؤون الدفاع بدولة قطر اللواء ركن حمد بن علي العطية.",
             "CONSULT")
    assert not any("رئيس مجلس الوزراء" in r.text for r in ev.recipient)
    assert ev.recipient and ev.recipient[0].text.startswith("وزير الدولة")


def test_owner_of_the_object_of_a_verbal_noun_of_rejection(coder):
    ev = one(coder, "وفيما بدت لغة المالكي في رفض إصلاحات العبادي مشوبة بالغموض.", "REJECT")
    assert texts(ev.recipient) == ["العبادي"]


def test_owner_of_the_object_of_a_verbal_noun_of_support(coder):
    ev = one(coder, "أرسلت إيران آلاف المرتزقة إلى سوريا لدعم نظام بشار الأسد.", "AID", "دعم")
    assert [r.code for r in ev.recipient] == ["SYR"]


def test_nationality_adjective_after_an_object_noun_is_no_owner(coder):
    evs = [e for e in events(coder, "وأكد المسؤول أهمية دعم عسكري أمريكي مستمر.") if e.trigger.text == "دعم"]
    assert all("أمريكي" not in texts(e.recipient) for e in evs)


def test_sides_closed_by_min_jiha(coder):
    ev = one(coder, "أما في دمشق فدارت اشتباكات عنيفة بين قوات النظام وحزب الله من جهة، والفصائل المعارضة من جهة أخرى، في أطراف "
                  "حي جوبر.", "ASSAULT")
    assert [a.code for a in ev.actor] == ["SYR", "LBN"]
    assert "حزب الله" not in texts(ev.recipient) and ev.recipient


def test_first_side_alone_before_min_jiha(coder):
    ev = one(coder, "وتشهد إحدى ضواحيها قتالا عنيفا بين المقاومة، من جهة والمسلحين الحوثيين وقوات المخلوع علي عبد الله "
                  "صالح، من جهة أخرى.", "ASSAULT")
    assert texts(ev.actor) == ["المقاومة"]
    assert "المسلحين الحوثيين" in texts(ev.recipient)


def test_adjective_after_an_aid_noun_is_no_object_noun(coder):
    text = ("يذكر أن سفينة درب الخير هي جزء من منظومة متكاملة لقوافل وجسور إغاثية ومساعدات إنسانية بحرية وبرية وجوية "
            "وجزء من البرامج التي ينفذها مركز الملك سلمان للإغاثة والأعمال الإنسانية.")
    assert all("بحرية" not in texts(e.recipient) for e in events(coder, text))


def test_purpose_phrase_after_a_comma_is_no_place_adjunct(coder):
    text = ("وأكدت الأسر المتضررة، أنها التقت أمس الجمعة بممثل القنصلية في مشهد سعد الشهري، بهدف التواصل مع الجهات "
            "الإيرانية المختصة لمتابعة ملف القضية.")
    assert all("الإيرانية" not in texts(e.recipient) for e in events(coder, text) if e.event == "CONSULT")


def test_object_past_the_place_noun_with_bi(coder):
    ev = one(coder, "استقبل الأمير فيصل بن بندر أمير منطقة الرياض في مكتب سموه بقصر الحكم أمس رئيس الندوة العالمية "
                    "للشباب الإسلامي.", "CONSULT")
    assert ev.recipient and ev.recipient[0].text.startswith("رئيس")


def test_object_after_a_lone_comma_between_two_names(coder):
    ev = one(coder, "وطالب علاوي، العبادي «بمحاسبة المقصرين وإلغاء الوكالات».", "REQUEST")
    assert texts(ev.actor) == ["علاوي"] and texts(ev.recipient) == ["العبادي"]


def test_possessive_event_noun_joined_to_a_visit_takes_its_doer(coder):
    text = ("واستمع في هذا الشأن إلى نتائج زيارة الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس "
            "مجلس الوزراء وزير الدفاع للأردن واجتماعه مع الملك عبد الله الثاني وعدد من المسؤولين في الأردن.")
    ev = one(coder, text, "CONSULT", "اجتماعه")
    assert ev.actor and ev.actor[0].code == "SAU"
    assert [r.code for r in ev.recipient] == ["JOR"]


def test_possessive_arrest_noun_joined_to_another_keeps_its_pronoun_the_victim(coder):
    text = "وأدانت المنظمة اعتقال الشرطة الإسرائيلية للناشط الفلسطيني وتعذيبه في السجن."
    evs = [e for e in events(coder, text) if e.trigger.text == "تعذيبه"]
    assert all(not e.actor or e.actor[0].code == "ISR" for e in evs)


def test_title_after_a_lone_comma_is_the_subjects_own(coder):
    evs = events(coder, "ورفض المتحدث العسكري، العقيد محمد الأمين، الإفصاح عن هوية القتلى.")
    assert all("العقيد" not in " ".join(texts(e.recipient)) for e in evs)



def test_verb_pronoun_after_a_relative_resumes_the_phrase_before_the_comma(coder):
    ev = one(coder, "لقد شهدت اليونان، التي أنقذها الدائنون الدوليون من أزمة ديون مدمرة قبل ثلاث سنوات، دينها العام "
                    "يقفز.", "AID")
    assert [r.code for r in ev.recipient] == ["GRC"]


def test_town_before_a_relative_is_where_not_the_one_besieged(coder):
    text = "وأعلنت الحركة استئناف العمليات العسكرية في الزبداني والفوعة في إدلب والتي تحاصرها الحركة من كل الاتجاهات."
    assert all("إدلب" not in texts(e.recipient) for e in events(coder, text) if e.trigger.text == "تحاصرها")
