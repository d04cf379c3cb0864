"""Repeats, round 29: the same act told again in a later sentence, kept apart by its place or by its victims read as
the other side."""


PUBLISHED = "2015-07-22"


_LEAD = ("أعلنت القوات الأمريكية في أفغانستان امس الثلاثاء أنها مسؤولة عن الهجوم الجوي على نقطة تفتيش أفغانية، "
         "مما أسفر عن مقتل سبعة جنود الاثنين. ")


def test_the_same_toll_placed_by_its_town_after_a_country(kept_assaults):
    text = _LEAD + ("وأشار الجيش إلى أن سبعة جنود قتلوا وأصيب خمسة آخرون في منطقة باراكي باراك بإقليم لوجار، "
                    "جنوب كابول أمس.")
    assert [e.sentence for e in kept_assaults(text)].count(1) == 0


def test_another_toll_in_a_town_after_a_country_stays(kept_assaults):
    text = _LEAD + "وأشار الجيش إلى أن ثلاثة مدنيين قتلوا في منطقة باراكي باراك بإقليم لوجار، جنوب كابول أمس."
    assert 1 in [e.sentence for e in kept_assaults(text)]


_ARIHA = ("سقطت طائرة حربية تابعة للنظام السوري أمس الاثنين نتيجة \"خلل تقني\" أثناء قصفها حياً في مدينة أريحا "
          "الخاضعة لسيطرة فصائل المعارضة في شمال غرب سوريا ما تسبب بمقتل 27 شخصاً على الاقل من سكان الحي. ")


def test_the_province_of_the_town_names_no_other_place(kept_assaults):
    text = _ARIHA + ("وقال مدير المرصد رامي عبدالرحمن \"تحطمت طائرة حربية اثناء قصفها حياً في وسط مدينة أريحا\" "
                     "الواقعة في محافظة ادلب والتي تسيطر عليها فصائل المعارضة منذ 28 مايو.")
    assert [e.sentence for e in kept_assaults(text, "2015-08-04")] == [0]


def test_another_town_of_the_province_stays(kept_assaults):
    text = _ARIHA + ("وقال مدير المرصد رامي عبدالرحمن \"تحطمت طائرة حربية اثناء قصفها حياً في وسط مدينة سراقب\" "
                     "الواقعة في محافظة ادلب والتي تسيطر عليها فصائل المعارضة منذ 28 مايو.")
    assert 1 in [e.sentence for e in kept_assaults(text, "2015-08-04")]


_GCC = ("اجتمع وزراء خارجية دول مجلس التعاون لدول الخليج العربية مع وزير خارجية الولايات المتحدة الأمريكية جون كيري، "
        "امس في مدينة الدوحة بدولة قطر، لبحث التقدم المحرز بشأن الشراكة الإستراتيجية. ")


def _consults(nlp, text):
    """The CONSULT events the pipeline keeps in a text published on 2015-08-04."""
    return [e for e in nlp(text, published="2015-08-04").events if e.event == "CONSULT"]


def test_the_ministers_discussing_tell_their_meeting_again(nlp):
    text = _GCC + "وناقش الوزراء خطة العمل بمزيد من التفصيل بما في ذلك ما ورد فيها من القيود."
    assert [e.sentence for e in _consults(nlp, text)] == [0]


def test_another_doer_discussing_stays(nlp):
    text = _GCC + "وناقش وزير الخارجية الروسي سيرغي لافروف مع نظيره الإيراني خطة العمل."
    assert 1 in [e.sentence for e in _consults(nlp, text)]


def test_strikes_told_with_bi_after_the_target_are_the_means(kept_assaults):
    text = ("وقال الجيش الأميركي إن الولايات المتحدة وحلفاءها استهدفوا مسلحي تنظيم داعش بتسع ضربات جوية في سوريا "
            "أصابت وحدات تكتيكية ومواقع قتالية بالقرب من حلب.")
    assert len(kept_assaults(text)) == 1


def test_another_doers_shelling_stays(kept_assaults):
    text = "هاجم المسلحون قرية الحديد صباح أمس وقامت الطائرات الحربية بقصف مواقعهم في ريف المدينة."
    assert len(kept_assaults(text)) == 2
