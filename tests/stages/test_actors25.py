"""People told by a noun of what they are, with no name (actors25): patrons and users (رواد), a man of an age
(ستيني), a writer (الكاتب), a suspect (المشتبه به), the perpetrators (الجناة), voters, detainees and expatriates are
parties of the events told of them; the words spelled like them that name no one (ستينيات القرن، نتائج مرضية، الأموال
المحتجزة، سيكون مشجعا) stay no party."""

from hadath.article import Article

# the rules read the sentences of a story: two plain sentences follow each one
TAIL = " وقال مسؤول محلي إن الوضع في المنطقة هادئ حاليا. وأضاف أن التحقيقات ما زالت مستمرة."


def parties(nlp, text, kind):
    """(actor texts, recipient texts) of the first event of type `kind` the full pipeline codes in the first sentence."""
    art = nlp(Article(text=text + TAIL, published="2015-07-21"))
    for e in art.events:
        if e.sentence == 0 and e.event == kind:
            return [x.text for x in e.actor], [x.text for x in e.recipient], [x.sector for x in e.actor + e.recipient]
    raise AssertionError(f"no {kind}: {[(e.event, e.trigger.text) for e in art.events]}")


def mentioned(nlp, text):
    """The texts of the mentions the pipeline finds in a text."""
    art = nlp(Article(text=text, published="2015-07-21"))
    return [m.text for m in art.mentions]


def test_the_patrons_an_apology_is_made_to_are_its_recipient(nlp):
    text = ("اعتذرت أمانة منطقة الرياض لرواد عروض (ستاند أب كوميدي) مؤكدة عدم قبولها لما وصفته بالتجاوزات غير اللائقة "
            "من قبل أحد مقدمي العرض في فعاليات اليوم الثاني لعيد الفطر المبارك.")
    actor, recipient, _ = parties(nlp, text, "CONCEDE")
    assert any("رواد" in r for r in recipient), recipient


def test_a_man_in_his_sixties_arrested_is_the_recipient(nlp):
    text = ("ألقت السلطات الأمريكية في كاليفورنيا القبض على ستيني ينتحل صفة طبيب من دون رخصة مزاولة عمل، "
            "بحسب بيان الشرطة.")
    actor, recipient, _ = parties(nlp, text, "COERCE")
    assert any("ستيني" in r for r in recipient), recipient


def test_a_writer_who_calls_on_a_minister_is_the_actor(nlp):
    text = ("طالب الكاتب الاقتصادي عبدالحميد العمري، وزير الإسكان الجديد ماجد الحقيل؛ بسرعة إقرار الآليات التي تنظم "
            "تطبيق الرسوم على الأراضي.")
    actor, recipient, sectors = parties(nlp, text, "REQUEST")
    assert any("الكاتب" in a for a in actor), actor
    assert "MED" in sectors, sectors


def test_the_suspect_arrested_is_the_recipient(nlp):
    text = "وتمكن الفريق التحقيقي من إلقاء القبض على المشتبه به الرئيس في القضية أمس."
    actor, recipient, _ = parties(nlp, text, "COERCE")
    assert any("المشتبه به" in r for r in recipient), recipient


def test_the_voters_who_rejected_are_the_actor(nlp):
    text = "وتقول حكومة اليونان إنها تعتزم الاحتفاظ باليورو حتى مع أن الناخبين رفضوا شروط المقترح الدولي هذا الأسبوع."
    actor, recipient, _ = parties(nlp, text, "REJECT")
    assert any("الناخبين" in a for a in actor), actor


def test_words_spelled_like_these_people_name_no_one(nlp):
    found = mentioned(nlp, "وانتشرت هذه الموسيقى في ستينيات القرن الماضي وحققت نتائج مرضية في الأسواق المحلية.")
    assert not [m for m in found if "ستينيات" in m or "مرضية" in m], found
    found = mentioned(nlp, "وقال إن إيران ستطالب بالإفراج عن الأموال المحتجزة في البنوك الغربية.")
    assert not [m for m in found if "المحتجزة" in m], found
    found = mentioned(nlp, "وقال إن الاتفاق سيكون مشجعا لممارسة القمع والإعدامات بلا هوادة.")
    assert not [m for m in found if "مشجع" in m], found
    found = mentioned(nlp, "وتعاني الشركة من ضعف في قطاع المقاولات منذ سن المراهقة.")
    assert not [m for m in found if "المقاولات" in m or "المراهقة" in m], found
