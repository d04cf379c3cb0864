"""Repeats: an act told by several triggers of one clause is coded once."""

import pytest


def _types(nlp, text, etype="ASSAULT", published="2015-08-07"):
    art = nlp(text, published=published)
    return [e for e in art.events if e.event == etype]


@pytest.mark.parametrize("text,kept", [
    # the explosion noun repeats the bombing the verb told with its parties
    ("فجر ارهابي نفسه في مسجد مقر القوات مما أدى لاستشهاد 15 شخصا، وعثر في الموقع على أشلاء يعتقد أنها ناتجة عن "
     "تفجير بأحزمة ناسفة.", "فجر"),
    # the killing noun repeats the raids the verb told
    ("وشنت طائرات التحالف صباح امس غارات جوية على مواقع للحوثيين في الجفينة وأدت إلى تدمير مدفع عيار 14.", "غارات"),
])
def test_a_trigger_without_parties_repeating_the_act_is_not_coded_again(nlp, text, kept):
    evs = _types(nlp, text)
    assert [e.trigger.text for e in evs] == [kept]
    assert evs[0].actor


def test_a_trigger_whose_parties_are_another_triggers_is_not_coded_again(nlp):
    evs = _types(nlp, "وقال إن مسلحي بوكو حرام هاجموا قرية كوكوا غاري، مستقلين 32 دراجة نارية، وقتلوا عشرة أشخاص.")
    assert [e.trigger.text for e in evs] == ["هاجموا"]
    assert [a.text for a in evs[0].actor] == ["مسلحي بوكو حرام"]


def test_two_acts_with_their_own_parties_both_stay(nlp):
    evs = _types(nlp, "قتل مسلحون ثلاثة جنود في حلب، وأصيب خمسة مدنيين بقصف الطيران.")
    assert len(evs) == 2


@pytest.mark.parametrize("text", [
    # another act opened by فيما
    "كما أدى الهجوم الى مقتل أحد أفراد حمايته، وإصابة آخر بجروح، فيما فجر مسلحون أحد الجسور غربي مدينة الموصل.",
    # a date of its own: the offensive of Sunday is not the shelling of the period
    "كان الحزب يفرض حرب مناوشات وعمليات قصف محدودة، تبدلت مساء الأحد الماضي إلى هجوم واسع.",
])
def test_an_act_of_another_clause_or_day_stays(nlp, text):
    assert len(_types(nlp, text)) == 2


def test_the_pipeline_drops_repeats_after_dating(nlp):
    names = nlp.names
    assert names.index("anchors") < names.index("repeats") < names.index("topics")


def test_turning_repeats_off_keeps_one_event_per_trigger(tmp_path):
    """merge_repeats = off: the explosion noun of a bombing the verb told is coded too."""
    import hadath

    f = tmp_path / "s.cfg"
    f.write_text("[coder]\nmerge_repeats = off\n", encoding="utf-8")
    every = hadath.load(str(f))
    assert "repeats" not in every.names
    text = ("فجر ارهابي نفسه في مسجد مقر القوات مما أدى لاستشهاد 15 شخصا، وعثر في الموقع على أشلاء يعتقد أنها ناتجة "
            "عن تفجير بأحزمة ناسفة.")
    assert "تفجير" in [e.trigger.text for e in every(text, published="2015-08-07").events]


def test_a_toll_and_the_attack_it_fell_in_are_one_act(nlp):
    """The killed fighters (a toll) and the base (the attack's target) are the recipients of one attack."""
    evs = _types(nlp, "قتل 25 مقاتلاً من المعارضة السورية على الأقل خلال محاولة هجوم فاشلة قاموا بها على قاعدة "
                      "عسكرية في محافظة حلب، شمال البلاد، حسبما أفاد المرصد السوري لحقوق الإنسان يوم أمس السبت.")
    assert [e.trigger.text for e in evs] == ["هجوم"]
    assert [r.text for r in evs[0].recipient] == ["قاعدة عسكرية", "مقاتلاً من المعارضة السورية"]


@pytest.mark.parametrize("text", [
    # the attack names its doer, the toll none: who killed the 28 may be another matter (left as told)
    "قتل 28 شخصاً وجرح نحو 60 آخرين في هجوم انتحاري استهدف ثكنة عسكرية في مدينة دلس الواقعة شرق العاصمة أمس.",
])
def test_a_toll_without_the_attacks_doer_stays(nlp, text):
    assert "قتل" in [e.trigger.text for e in _types(nlp, text)]
