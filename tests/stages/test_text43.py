"""Round 43: clause words read whole (فيما، وقتها), a possessed or pointed noun telling an act again, and a toll and
its attack told with two dates coded once, with the better date."""

from hadath.stages.repeats import RepeatMerger


def _events(nlp, text, published):
    return nlp(text, published=published).events


def _of(events, event):
    return [e for e in events if e.event == event]


def test_a_year_after_fima_dates_its_own_clause_only(nlp):
    """«فيما» opens another clause (the normal forms once read it as و + «يما»): its year does not date the killing."""
    evs = _events(nlp, "قتل مسلحون جنديين في هجوم على نقطة تفتيش فيما اعتقلت الشرطة خمسة مشتبهين في العام 2013.",
                  "2015-08-11")
    killing = next(e for e in evs if e.event == "ASSAULT")
    arrest = next(e for e in evs if e.event == "COERCE")
    assert not killing.date.startswith("2013")
    assert arrest.date == "2013-01-01"


def test_waqtaha_tells_the_past(nlp):
    """«وقتها» (at that time) is the time word itself, not و + «قتها»: what it tells was done before the story."""
    evs = _events(nlp, "وذكرت المدعية العامة وقتها أن الحكومة الموريتانية تعاونت مع المحكمة.", "2015-07-27")
    coop = next(e for e in evs if e.event == "COOPERATE")
    assert coop.date_source == "before_published" and coop.date is None


def test_a_request_told_again_by_its_noun_with_a_pronoun_is_one_request(nlp):
    evs = _events(nlp, "طلب الوزير عقد اجتماع طارئ، لكن المعارضة رفضت طلبه.", "2015-07-27")
    assert [e.trigger.text for e in _of(evs, "REQUEST")] == ["طلب"]
    assert _of(evs, "REJECT")


def test_a_noun_pointed_at_by_a_demonstrative_tells_the_verbs_act_again(nlp):
    evs = _events(nlp, "اقتحم مستوطنون يهود، أمس، المسجد الأقصى، فيما تصدى المصلون لهذه الاقتحامات الاستفزازية.",
                  "2015-07-22")
    assert [e.trigger.text for e in _of(evs, "COERCE")] == ["اقتحم"]


def test_an_attack_and_its_toll_told_with_two_dates_are_one_act_on_the_tolls_day(nlp):
    """The attack took the claim's «أمس»; the toll's own «أول من أمس» is the act's day."""
    evs = _of(_events(nlp, "تبنى حزب العمال الكردستاني أمس هجوما بسيارة مفخخة أدى أول من أمس إلى مقتل جنديين "
                           "تركيين في محافظة ديار بكر.", "2015-07-27"), "ASSAULT")
    assert len(evs) == 1 and evs[0].date == "2015-07-25"
    assert any(m.code == "TUR" for m in evs[0].recipient)


def test_a_toll_announced_on_one_day_takes_the_day_of_the_shooting(nlp):
    evs = _of(_events(nlp, "وكانت وزارة الدفاع الجزائرية قد أعلنت الأحد 19 يوليو مقتل 9 جنود إثر تعرضهم لإطلاق نار "
                           "من مجموعة إرهابية مساء الجمعة الماضي بولاية عين الدفلى.", "2015-07-22"), "ASSAULT")
    assert len(evs) == 1 and evs[0].date == "2015-07-17"


def test_a_toll_and_another_attack_stay_two(nlp):
    """A new explosion after a toll of earlier bombings, and a second attack's toll after a first attack, are two acts."""
    evs = _of(_events(nlp, "كانت المدينة تعاني من العمليتين الانتحاريتين اللتين نفذتهما فتاتان الأربعاء الماضي "
                           "وأوقعتا 13 قتيلا، حين دوى الانفجار الجديد مساء أول من أمس.", "2015-07-27"), "ASSAULT")
    assert sorted(e.date for e in evs) == ["2015-07-22", "2015-07-25"]
    evs = _of(_events(nlp, "ولم تعلن حركة طالبان مسؤوليتها عن هجوم أول أوقع 15 قتيلا في منطقة سكنية ليل الخميس لكنها "
                           "تبنت الاعتداء الثاني الذي أدى إلى مقتل عشرين من طلاب كلية الشرطة مساء الجمعة.",
                      "2015-07-27"), "ASSAULT")
    assert "2015-07-24" in {e.date for e in evs} and len(evs) == 2


def test_ilqa_is_no_article():
    """«إلقاء» (normalised «القاء») begins with the letters of the article but is no definite noun."""
    merger = RepeatMerger()
    assert not merger.definite("القاء")
    assert merger.definite("الالقاء") and merger.definite("الهجوم") and merger.definite("للمفاوضات")
