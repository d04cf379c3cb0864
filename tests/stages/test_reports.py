"""The report filter: attacks and protests named as a topic are not coded; reported ones are."""

from hadath.stages.reports import ReportFilter, ReportModel, char_ngrams, sentence_features, word_ngrams


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


def test_word_ngrams_are_the_padded_two_to_five_letter_pieces():
    assert word_ngrams("قتل") == ["#ق", "قت", "تل", "ل#", "#قت", "قتل", "تل#", "#قتل", "قتل#", "#قتل#"]
    assert word_ngrams("a#b") == []  # the padding mark never stands inside a word


def test_character_model_margin_equals_the_training_vector(nlp):
    # the fast per-word sums at run time must give what the training tool computes over `weigh`
    chars = nlp.stage("reports").model.chars
    assert chars is not None
    for text in ("وقتل خمسة من عناصر الشرطة وأصيب عشرة آخرون بجروح في هجوم انتحاري استهدف الشرطة",
                 "وتظاهر آلاف الطلاب أمام مقر البرلمان احتجاجا على قرار الحكومة"):
        norms = [t.norm for t in nlp(text).tokens[0]]
        expected = sum(chars.weights.get(g, 0.0) * v for g, v in chars.weigh(char_ngrams(norms)).items())
        assert abs(chars.margin(norms) - expected) < 1e-9
        assert abs(chars.margin(norms) - expected) < 1e-9  # and again from the word cache


def test_packaged_model_mixes_the_two_models():
    model = ReportModel.load()
    assert model.chars is not None and set(model.mix) == {"ASSAULT", "PROTEST"}
    assert all(0.0 < m <= 1.0 for m in model.mix.values()) and model.mix["ASSAULT"] < 1.0
    # a score is the mean of the two models' probabilities, weighted by the type's share
    p_feat = ReportModel(model.weights, model.thresholds).score(["t=ASSAULT"], "ASSAULT")
    p_char = model.chars.score(0.5, "ASSAULT")
    share = model.mix["ASSAULT"]
    assert abs(model.score(["t=ASSAULT"], "ASSAULT", 0.5) - (share * p_feat + (1 - share) * p_char)) < 1e-12


def test_the_character_model_tells_a_reported_attack_from_a_topic(nlp):
    chars = nlp.stage("reports").model.chars
    told = "وقتل خمسة من عناصر الشرطة وأصيب عشرة آخرون بجروح أمس في هجوم بسيارة مفخخة استهدف دورية في الموصل"
    topic = "وقال الكاتب إن الحديث عن قضية اغتيال الزعيم الراحل ما زال يشغل الرأي العام منذ سنوات"
    margins = [chars.margin([t.norm for t in nlp(x).tokens[0]]) for x in (told, topic)]
    assert chars.score(margins[0], "ASSAULT") > 0.5 > chars.score(margins[1], "ASSAULT")


def test_a_toll_over_a_period_is_no_event(nlp):
    # a count of the dead since a war began, or between two years, tells no one attack
    for text in ("وقتل أكثر من 240 ألف شخص منذ بدء النزاع في البلاد، بحسب حصيلة جديدة للمنظمة الدولية.",
                 "وقتل 76 صحفيا منذ الغزو الذي قادته الولايات المتحدة، بحسب لجنة حماية الصحفيين في نيويورك.",
                 "وقتل 2000 شخص في المنطقة بين عامي 2000 و2012، بحسب تقرير نشرته المنظمة الدولية."):
        assert "ASSAULT" not in kinds(nlp, text), text


def test_an_attack_measured_against_a_period_is_kept(nlp):
    # the period is a yardstick of the one attack, the toll is raised by it, or its day is told
    for text in ("وقتل خمسة جنود في هجوم على دورية للشرطة هو الأعنف منذ بدء الحرب في البلاد عام 2003.",
                 "وقتل ثلاثة جنود في انفجار عبوة ناسفة في بغداد، ليرتفع عدد القتلى منذ بدء الحرب إلى 3000.",
                 "وقتل خمسة جنود أمس في هجوم على دورية للشرطة في مدينة تقع شمال البلاد منذ بداية الحملة."):
        assert "ASSAULT" in kinds(nlp, text), text


def test_the_aggregate_rule_reads_the_period_near_the_event(nlp):
    cues = nlp.stage("reports").cues
    fw = nlp.stage("reports").fw
    art = nlp("وقتل 76 صحفيا منذ الغزو الذي قادته الولايات المتحدة، بحسب لجنة حماية الصحفيين في نيويورك.")
    toks = art.tokens[0]
    assert cues.aggregate(toks, [(0, "قتل")], fw)
    assert not cues.aggregate(toks, [(len(toks) - 1, "")], fw)  # an event far from the period and the count


def test_a_toll_of_thousands_is_no_event(nlp):
    # a war's or a year's toll, whatever the period words
    for text in ("ووثق المرصد في تقريره الجديد مقتل 71 ألفا و781 مدنيا بينهم آلاف الأطفال والنساء في البلاد.",
                 "وقال وزير الدفاع إن أكثر من ألفي مواطن في المحافظة أعدموا على أيدي مسلحي التنظيم المتطرف.",
                 "وأشار التقرير الأممي إلى مقتل 2251 فلسطينيا في القطاع، بينهم مئات الأطفال والنساء والشيوخ."):
        assert "ASSAULT" not in kinds(nlp, text), text


def test_thousands_of_protesters_or_of_money_are_no_toll(nlp):
    protest = "وتظاهر آلاف الطلاب أمس أمام مقر البرلمان في العاصمة احتجاجا على قرار الحكومة رفع الرسوم الجامعية."
    assert "PROTEST" in kinds(nlp, protest)
    ransom = ("وطلب الخاطفون فدية قيمتها أربعة آلاف دولار، ثم قتلوا الرهينة أمس في ضواحي المدينة، "
              "بحسب ما أفاد مصدر أمني.")
    assert "ASSAULT" in kinds(nlp, ransom)


def test_a_heading_line_inside_the_text_is_no_event(nlp):
    text = ("وقال الكاتب في مقاله إن الجماعة تحارب التوحيد منذ سنوات طويلة.\nقتل الموحدين\n"
            "وتابع الكاتب أن الحرب على الفكر المتطرف واجب على الجميع.\nخطف\n"
            "وخطف مسلحون أمس ثلاثة مواطنين من منازلهم في القرية.")
    art = nlp(text, published="2015-08-08")
    told = text.index("وخطف")
    assert [(e.event, e.trigger.start >= told) for e in art.events if e.event == "ASSAULT"] == [("ASSAULT", True)]


def test_heading_line_needs_a_short_line_of_its_own_with_no_final_mark(nlp):
    from hadath.stages.reports import heading_line

    def check(text, piece):
        start = text.index(piece)
        return heading_line(text, start, start + len(piece), nlp(piece).tokens[0])

    assert check("نص.\nمعارك الجنوب\nنص آخر.", "معارك الجنوب")
    assert not check("معارك الجنوب\nنص آخر.", "معارك الجنوب")  # the text's first line: a title
    assert not check("نص.\nقتل خمسة جنود.\nنص آخر.", "قتل خمسة جنود.")  # a sentence with its final mark
    assert not check("نص.\nمقتل 5 جنود\nنص آخر.", "مقتل 5 جنود")  # a number: a news line
    assert not check("نص. معارك الجنوب\nنص آخر.", "معارك الجنوب")  # not a line of its own


def test_a_quoted_verse_is_no_event(nlp):
    text = ("وقال الخطيب إن الشهيد من قتل في سبيل الله لقوله تعالى: {وَلاَ تَحْسَبَنَّ الَّذِينَ قُتِلُواْ فِي سَبِيلِ "
            "اللّهِ أَمْوَاتًا بَلْ أَحْيَاء}، ودعا إلى الصبر.")
    art = nlp(text, published="2015-08-08")
    verse = text.index("{"), text.index("}")
    assert not [e for e in art.events if verse[0] < e.trigger.start < verse[1]]
    from hadath.stages.reports import in_verse
    assert in_verse(text, text.index("قُتِلُواْ")) and not in_verse(text, text.index("ودعا"))
    assert not in_verse("وقتل مسلحون ثلاثة جنود أمس.", 3)


def test_a_long_quoted_passage_of_verses_is_read_to_its_end():
    from hadath.stages.reports import in_verse
    passage = "{" + "وَاللّهُ غَفُورٌ حَلِيمٌ. " * 60 + "وَلَئِن قُتِلْتُمْ فِي سَبِيلِ اللّهِ}"
    text = "قال تعالى: " + passage + " وقتل مسلحون ثلاثة جنود أمس."
    assert len(passage) > 1500 and in_verse(text, text.index("قُتِلْتُمْ"))
    assert not in_verse(text, text.index("وقتل"))


def test_a_months_tally_is_no_event(nlp):
    text = ("ووثقت الشبكة في تقريرها حصيلة شهر يوليو من البراميل المتفجرة التي ألقتها المروحيات، "
            "وبلغت 1200 برميل قتلت 350 مدنيا في مناطق متفرقة.")
    assert "ASSAULT" not in kinds(nlp, text)
    # one blast's toll raised is one event
    one = "وارتفعت حصيلة الانفجار الذي استهدف السوق أمس إلى 35 قتيلا، بحسب مصادر طبية في المدينة."
    assert "ASSAULT" in kinds(nlp, one)


def test_a_plural_count_word_counts_a_period_toll(nlp):
    """«عشرات» (its key is عشر) counts the toll over a period as a number would."""
    text = "وقتل عشرات الصحفيين في العراق منذ الغزو الأمريكي عام 2003، بحسب المنظمة الدولية."
    assert nlp(text, published="2015-08-01").events == []


def test_a_count_of_time_before_a_toll_of_thousands_is_not_the_toll_s_count(nlp):
    """«قبل أربعة أشهر» counts months; «نحو أربعة آلاف شخص» is the toll of a war, no one attack."""
    text = ("وقال مسؤول إن الوضع هادئ. وأضاف أن التحقيقات مستمرة. وقتل منذ بداية النزاع في اليمن قبل اربعة اشهر "
            "نحو اربعة الاف شخص بحسب ارقام الامم المتحدة.")
    assert nlp(text, published="2015-08-11").events == []
