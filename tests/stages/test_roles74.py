"""Actor and recipient (round 74): who an arrest or penalty verbal noun acts on (its genitive, or the one its
pronoun takes up) does not do the event noun after it («ضبط الجاني وإيداعه التوقيف»: the culprit is held, he holds
no one; «بمعاقبة … أحمد نظيف بالسجن … وغرامة»: Nazif is fined, he fines no one)."""

from stage_coding import events_ending

_HELD = ("بينما باشرت الجهات اﻷمنية الحادثة وتمكنت بفضل الله تعالى من ضبط الجاني وإيداعه التوقيف لاستكمال "
         "اﻹجراءات الاستدلالية.")


def test_the_culprit_taken_up_by_a_pronoun_is_held(nlp):
    """«ضبط الجاني وإيداعه التوقيف» (2015-07-23): the culprit is the one held, never the actor of التوقيف."""
    ev = events_ending(nlp, _HELD, "COERCE", "التوقيف", "2015-07-23")
    assert len(ev) == 1
    assert not any("الجاني" in m.text for m in ev[0].actor)
    assert any("الجاني" in m.text for m in ev[0].recipient)


_FINED = ("من جهة أخرى، قضت محكمة جنايات القاهرة أمس بمعاقبة رئيس الوزراء المصري الأسبق أحمد نظيف بالسجن خمس "
          "سنوات وغرامة 53 مليونا و353 ألفا و130 جنيها، ورد مبلغ 48 مليونا و610 آلاف، في قضية الكسب غير المشروع.")


def test_the_punished_man_is_not_the_fines_actor(nlp):
    """«بمعاقبة رئيس الوزراء المصري الأسبق أحمد نظيف بالسجن … وغرامة» (2015-07-23): the genitive of معاقبة is
    punished; he is not the actor of the fine."""
    ev = events_ending(nlp, _FINED, "SANCTION", "وغرامة", "2015-07-23")
    assert ev
    assert not any("نظيف" in m.text for e in ev for m in e.actor)


_HELD_MEETING = ("عقد معالي وزير الثقافة والإعلام الدكتور عادل بن زيد الطريفي في مكتبه بجدة اجتماعاً مع وكلاء "
                 "الوزارة ومديري الإدارات.")


def test_light_noun_subject_past_a_form_of_address(nlp):
    """«عقد معالي وزير الثقافة والإعلام … الطريفي في مكتبه بجدة اجتماعاً» (2015-07-23 #949): the minister, named
    after the form of address معالي, held the meeting."""
    ev = events_ending(nlp, _HELD_MEETING, "CONSULT", "اجتماعاً", "2015-07-23")
    assert len(ev) == 1
    assert any("وزير الثقافة" in m.text for m in ev[0].actor)
    assert not any("وكلاء" in m.text for m in ev[0].actor)


_PRINCE_MEETING = ("عقد صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس "
                   "الوزراء وزير الدفاع في مكتبه بجدة أمس، اجتماعا ثنائيا مع وزير الدفاع الأمريكي اشتون كارتر، تم "
                   "خلاله مناقشة مجالات التعاون العسكري القائم بين البلدين.")


def test_light_noun_subject_past_a_royal_address(nlp):
    """«عقد صاحب السمو الملكي الأمير محمد بن سلمان … اجتماعا ثنائيا مع وزير الدفاع الأمريكي» (2015-07-23 #1139):
    the prince met the American minister."""
    ev = events_ending(nlp, _PRINCE_MEETING, "CONSULT", "اجتماعا", "2015-07-23")
    assert len(ev) == 1
    assert any("محمد بن سلمان" in m.text for m in ev[0].actor)
    assert any("كارتر" in m.text for m in ev[0].recipient)


_REVIEWED = ("استعرض خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود، مع وزير الدفاع الأمريكي اشتون كارتر، "
             "العلاقات بين البلدين، وخاصة في المجالات العسكرية، وبحثا مستجدات الأوضاع في المنطقة والجهود المبذولة "
             "تجاهها.")


def test_dual_talks_verb_goes_on_from_the_opening_verbs_subject_and_its_ma_phrase(nlp):
    """«استعرض خادم الحرمين الشريفين الملك سلمان …، مع وزير الدفاع الأمريكي اشتون كارتر، … وبحثا» (2015-07-23
    #1136): the king talked with the American minister."""
    ev = events_ending(nlp, _REVIEWED, "CONSULT", "وبحثا", "2015-07-23")
    assert len(ev) == 1
    assert any("الملك سلمان" in m.text for m in ev[0].actor)
    assert any("كارتر" in m.text for m in ev[0].recipient)
