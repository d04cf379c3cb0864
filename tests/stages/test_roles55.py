"""Round 55: parties of real events that were missing or swapped, from the dev day 2015-07-24 — the guest of a
meeting or reception told past forms of address (مع فخامة الرئيس، مع أخيه صاحب السمو) or past where and when and
a comma; the one appealed to after «all» (جميع) or past the subject's one-word name; the object of an accusation
past a definite office's name set off by a comma."""

import pytest

PUBLISHED = "2015-07-24"


def _parties(coder, text, event):
    """(actor texts, recipient texts, recipient codes) of each event of `event` in `text`."""
    return [([a.text for a in e.actor], [r.text for r in e.recipient], [r.code for r in e.recipient])
            for e in coder(text, published=PUBLISHED).events if e.event == event]


@pytest.mark.parametrize("text, code", [
    ("عقد خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في قصره بالرياض اليوم جلسة مباحثات رسمية مع "
     "فخامة الرئيس ماكي سال رئيس جمهورية السنغال .", "SEN"),
    ("عقد خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود – حفظه الله – في قصر الصفا بمكة المكرمة اجتماعا "
     "اليوم مع أخيه صاحب السمو الشيخ تميم بن حمد آل ثاني أمير دولة قطر الشقيقة.", "QAT"),
], ids=["senegal", "qatar"])
def test_the_one_met_past_forms_of_address(coder, text, code):
    """مع فخامة الرئيس، مع أخيه صاحب السمو: the one met is the talks' recipient, with his country."""
    evs = _parties(coder, text, "CONSULT")
    assert evs and evs[0][0] and code in evs[0][2]


@pytest.mark.parametrize("text, code", [
    ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في قصر العوجا بالدرعية، اليوم السبت، فخامة "
     "الرئيس عبدالفتاح السيسي رئيس جمهورية مصر العربية والوفد المرافق له.", "EGY"),
    ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في قصر العوجا بالدرعية اليوم أخاه صاحب السمو "
     "الشيخ تميم بن حمد آل ثاني أمير دولة قطر والوفد المرافق له.", "QAT"),
    ("التقى صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء "
     "وزير الدفاع في قصر الدرعية للمؤتمرات بالرياض، اليوم الثلاثاء، فخامة الرئيس فرانسوا هولاند رئيس الجمهورية "
     "الفرنسية.", "FRA"),
], ids=["egypt", "qatar", "france"])
def test_the_guest_past_where_and_when(coder, text, code):
    """The guest (or the one met) told past where and when the host received him is the recipient."""
    evs = _parties(coder, text, "CONSULT")
    assert evs and evs[0][0] and code in evs[0][2]


def test_all_the_yemenis_are_called_on(coder):
    """ودعت جميع اليمنيين: the Yemenis are called on, not the callers."""
    evs = _parties(coder, "ودعت جميع اليمنيين ممن تنطبق عليهم شروط الحصول على هوية زائر إلى مراجعة المراكز "
                          "المخصصة لاستيفاء متطلبات التصحيح.", "REQUEST")
    assert evs and all("اليمنيين" not in actor for actor, _, _ in evs)
    assert any("اليمنيين" in recipient for _, recipient, _ in evs)


def test_the_community_past_the_subjects_name_is_called_on(coder):
    """ودعت بوكوفا المجتمع الدولي لدعم: the international community past Bokova's name is called on."""
    evs = _parties(coder, "ودعت بوكوفا المجتمع الدولي لدعم هذه الخطة وحشد وتوفير التمويل اللازم.", "REQUEST")
    assert evs and all("المجتمع الدولي" not in actor for actor, _, _ in evs)
    assert any("المجتمع الدولي" in recipient for _, recipient, _ in evs)


def test_the_accused_past_the_accusers_name(coder):
    """اتهم الرئيس النيجيري محمدو بوخاري، الولايات المتحدة: the United States is accused, by the president."""
    evs = _parties(coder, "اتهم الرئيس النيجيري محمدو بوخاري، الولايات المتحدة “بدعم وتحريض” جماعة بوكو حرام "
                          "الإسلامية المتشددة برفض واشنطن إمداد نيجيريا بالسلاح.", "ACCUSE")
    assert evs and evs[0][0] == ["الرئيس النيجيري"] and "USA" in evs[0][2]


def test_the_army_detaining_them_is_the_detainer(coder):
    """أثناء احتجاز الجيش النيجيري لهم: the army in the genitive, the pronoun in ل after it, detains them."""
    evs = [e for e in coder("وكانت منظمة العفو الدولية قد قالت الشهر الماضي إن حوالي ثمانية آلاف رجل وصبي لقوا حتفهم "
                            "أثناء احتجاز الجيش النيجيري لهم، للاشتباه في كونهم مسلحين.", published=PUBLISHED).events
           if e.event == "COERCE"]
    assert evs and [a.text for a in evs[0].actor] == ["الجيش النيجيري"]
    assert "الجيش النيجيري" not in [r.text for r in evs[0].recipient]


def test_whom_a_verb_of_asking_asks_in_min(coder):
    """طالباً من عناصر المقاومة الشعبية العفو عنه: the resistance is asked, it asks nothing."""
    evs = _parties(coder, "وظهر القيادي في شوارع عدن بعدما فر منها معترفاً بأنه وقع ضحية خدعة جماعته، طالباً من "
                          "عناصر المقاومة الشعبية العفو عنه.", "REQUEST")
    assert evs and all("المقاومة الشعبية" not in actor for actor, _, _ in evs)
    assert any("المقاومة الشعبية" in recipient for _, recipient, _ in evs)


def test_the_two_sides_are_the_parties_of_the_meeting(coder):
    """رحب الجانبان، حث الجانبان: the two sides are the parties of the meeting told before."""
    text = ("واجتمع الرئيس الأمريكي باراك أوباما مع قادة دول مجلس التعاون في كامب ديفيد. وأخذاً بالاعتبار الاحتياجات "
            "الإنسانية للمدنيين، رحب الجانبان ببدء الهدنة الإنسانية لمدة خمسة أيام. كما حث الجانبان الحكومة العراقية "
            "على تحقيق مصالحة وطنية حقيقية.")
    evs = coder(text, published=PUBLISHED).events
    met = next(e for e in evs if e.event == "CONSULT")
    assert met.actor and met.recipient
    sides = {a.code for a in met.actor + met.recipient}
    for trigger in ("رحب", "حث"):
        ev = next(e for e in evs if e.trigger.text == trigger)
        assert {a.code for a in ev.actor} == sides


def test_those_counted_after_bi_are_met(coder):
    """كما التقى بعدد من الأشقاء اليمنيين: the Yemenis counted after بعدد من are met; they meet no one."""
    evs = _parties(coder, "وقال اللواء الغامدي إنه راض، كما التقى بعدد من الأشقاء اليمنيين الذي تواجدوا بمقر الجوازات "
                          "لإنهاء إجراءاتهم.", "CONSULT")
    assert evs and all("اليمنيين" not in actor for actor, _, _ in evs)
    assert any("اليمنيين" in recipient for _, recipient, _ in evs)
