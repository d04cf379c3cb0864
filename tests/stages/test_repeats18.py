"""Repeats across sentences: one act told again later in the article is one event."""


def _of(nlp, text, etype, published="2015-07-21"):
    return [e for e in nlp(text, published=published).events if e.event == etype]


def test_a_later_definite_noun_of_the_attack_is_not_coded_again(nlp):
    evs = _of(nlp, "وأعلنت أمس الشرطة الكينية أن مقاتلين يشتبه بأنهم ينتمون إلى حركة الشباب قتلوا خمسة أشخاص في هجوم "
                   "على آلية للشرطة شمال الساحل الكيني. ووقع الهجوم في منطقة لامو الساحلية بالقرب من الحدود مع "
                   "الصومال.", "ASSAULT")
    assert [e.trigger.text for e in evs] == ["قتلوا"]


def test_the_same_arrest_told_again_with_its_count_is_not_coded_again(nlp):
    evs = _of(nlp, "من ناحية أخرى، اعتقل تنظيم داعش 38 مواطنا في مناطق مختلفة بمدينة الموصل أمس. وشن التنظيم "
                   "حملة واسعة أسفرت عن اعتقال 38 مواطنا موصليا.", "ASSAULT")  # (an armed group's arrest: modal22)
    assert [e.trigger.text for e in evs] == ["اعتقل"]


def test_the_same_meeting_told_again_is_not_coded_again(nlp):
    evs = _of(nlp, "وشارك الوزيران في اجتماع (السبت) يهدف إلى تأمين المدينة. وذكرت وكالة الأنباء الحكومية أن "
                   "الاجتماع بحث إعادة فتح المطار والميناء.", "CONSULT")
    assert [e.trigger.text for e in evs] == ["اجتماع"]


def test_two_tolls_with_counts_of_their_own_both_stay(nlp):
    evs = _of(nlp, "قتل 12 جنديا عراقيا في هجوم بسيارة مفخخة أمس. وفي حادث منفصل، قتل 3 جنود عراقيين أمس.",
              "ASSAULT")
    assert len({e.sentence for e in evs}) == 2


def test_a_call_told_as_a_new_one_stays(nlp):
    evs = _of(nlp, "أجرى الرئيس مكالمة مع نظيره الفرنسي أمس. وجاءت المكالمة الجديدة بعد ساعات.", "CONSULT")
    assert len({e.sentence for e in evs}) == 2


def test_an_act_told_as_background_with_then_stays(nlp):
    evs = _of(nlp, "وقتل 14 جنديا افغانيا في ضربة جوية على حاجز للجيش اليوم. وقد قتل آنذاك خمسة جنود أفغان بصاروخ "
                   "أطلقته قوة إيساف.", "ASSAULT")
    assert len({e.sentence for e in evs}) == 2


def test_the_same_toll_told_again_in_words_is_not_coded_again(nlp):
    evs = _of(nlp, "أعلنت الشرطة الكينية أن مقاتلين قتلوا خمسة أشخاص في هجوم على آلية للشرطة. وصرح قائد شرطة لامو "
                   "أن «خمسة أشخاص قتلوا في هذا الهجوم بما في ذلك امرأة وطفل».", "ASSAULT")
    assert len({e.sentence for e in evs}) == 1


def test_a_verb_retelling_the_leads_target_as_a_definite_party_is_one_act(nlp):
    # since repeats27 the hotel told again as a definite party («الفندق» after «فندقا») is the lead's attack
    evs = _of(nlp, "هاجم مسلحون فندقا أمس في العاصمة. وكانت شبكات التلفزيون قد ذكرت في وقت سابق أن مسلحين هاجموا "
                   "الفندق.", "ASSAULT", published="2015-08-03")
    assert [e.trigger.text for e in evs] == ["هاجم"]
