"""The report filter: attacks and protests named as a topic are not coded; reported ones are."""

from hadath.stages.reports import ReportFilter, ReportModel, sentence_features


def kinds(nlp, text):
    return [e.event for e in nlp(text, published="2008-05-01").events]


def test_packaged_model_has_thresholds_for_the_trained_types():
    model = ReportModel.load()
    assert set(model.thresholds) == {"ASSAULT", "PROTEST"}
    assert all(0.0 < t < 1.0 for t in model.thresholds.values())


def test_a_reported_attack_with_casualties_is_kept(nlp):
    text = ("وقتل خمسة من عناصر الشرطة وأصيب عشرة آخرون بجروح أمس في هجوم انتحاري بسيارة مفخخة استهدف "
            "دورية للشرطة في مدينة الموصل شمال العراق، حسبما أفاد مصدر أمني.")
    assert "ASSAULT" in kinds(nlp, text)


def test_an_attack_named_as_a_topic_is_not_coded(nlp):
    text = ("وقال الكاتب في مقاله إن الحديث عن قضية اغتيال الزعيم الراحل ما زال يشغل الرأي العام، "
            "وإن كثيرين يرون أن الحقيقة لن تظهر قبل سنوات طويلة من البحث والتحقيق في الملف.")
    assert "ASSAULT" not in kinds(nlp, text)


def test_a_reported_protest_is_kept(nlp):
    text = ("وتظاهر آلاف الطلاب أمس أمام مقر البرلمان في العاصمة احتجاجا على قرار الحكومة رفع الرسوم "
            "الجامعية، ورفعوا لافتات تطالب بإلغاء القرار فورا.")
    assert "PROTEST" in kinds(nlp, text)


def test_scores_are_recorded_on_events_and_features_are_stable(nlp):
    text = ("وقتل خمسة من عناصر الشرطة وأصيب عشرة آخرون بجروح أمس في هجوم انتحاري بسيارة مفخخة استهدف "
            "دورية للشرطة في مدينة الموصل شمال العراق.")
    art = nlp(text)
    ev = next(e for e in art.events if e.event == "ASSAULT")
    assert 0.0 <= ev.extras["report_score"] <= 1.0
    triggers = {m.start: m for m in art.mentions if m.kind == "trigger"}
    feats = sentence_features(art.tokens[0], [ev], triggers, nlp.stage("reports").fw)
    assert feats == sorted(feats) and "t=ASSAULT" in feats and "time" in feats and "lem=ASSAULT:قتل" in feats


def test_an_empty_model_keeps_everything(nlp):
    keep_all = nlp.replaced("reports", ReportFilter(ReportModel({}, {})))
    text = "وقال إن الحديث عن اغتيال الزعيم الراحل ما زال يشغل الرأي العام منذ سنوات طويلة جدا."
    assert "ASSAULT" in [e.event for e in keep_all(text).events]
