"""Review mends of the eleventh stop: a toll of twelve told again far after its act is the same toll; a verb after
«كما» adds an act, whatever its subject."""

PUBLISHED = "2015-08-01"


def test_a_toll_of_twelve_told_again_far_after_is_the_same_toll(kept_assaults):
    filler = " ".join(["وقال مسؤول محلي إن الوضع في المدينة هادئ الآن بعد انتشار قوات الأمن في الشوارع."] * 6)
    for n in ("13", "12"):
        text = (f"قالت مصادر أمنية إن طائرة بدون طيار أمريكية هاجمت سيارة في محافظة مأرب وقتلت {n} يشتبه أنهم أعضاء في "
                f"تنظيم القاعدة. {filler} يذكر أن مقتل {n} من القاعدة في ضربة جوية أمريكية يأتي بعد أسابيع من مقتل "
                "زعيم التنظيم.")
        assert [e.sentence for e in kept_assaults(text) if e.sentence == 7 and e.trigger.text == "مقتل"] == [], n


def test_an_attack_verb_after_kama_adds_an_act_whatever_its_subject(kept_assaults):
    text = "قصفت طائرات التحالف أمس مواقع للحوثيين في صعدة. كما قصفت الطائرات مواقع في حجة."
    assert sorted({e.sentence for e in kept_assaults(text)}) == [0, 1]


def test_the_main_act_after_a_fronted_span_of_a_definite_act_keeps_its_day(nlp):
    text = "بعد يومين من المفاوضات الشاقة في فيينا اتفقت إيران والدول الكبرى على رفع العقوبات."
    agree = [e for e in nlp(text, published=PUBLISHED).events if e.event == "AGREE"]
    assert agree and agree[0].date_source != "before_published"


def test_a_present_verb_in_a_relative_joined_to_a_killing_after_it_stays(story):
    assert story.assaults("وقال الجيش إن المسلحين الذين يهاجمون الحاجز قتلوا ثلاثة جنود.")


def test_a_toll_in_lil_the_recent_strikes_is_a_campaigns(story):
    assert not story.assaults("وقال المصدر إنه قتل 260 مقاتلا كرديا نتيجة للغارات الأخيرة.")


def test_an_assault_word_in_a_quoted_verse_first_does_not_break_the_report_filter(nlp):
    text = ("التعريف القرآني للشهيد هو من يقع شهيدا في سبيل الله لقوله عز وجل: {وَلاَ تَحْسَبَنَّ الَّذِينَ قُتِلُواْ فِي "
            "سَبِيلِ اللّهِ أَمْوَاتًا بَلْ أَحْيَاء عِندَ رَبِّهِمْ يُرْزَقُونَ}. وقال مصدر أمني إن الوضع هادئ. "
            "وقتل ثلاثة جنود أمس في هجوم شنه مسلحون على حاجز أمني في مدينة العريش.")
    art = nlp(text, published="2015-08-08")
    assert not [e for e in art.events if e.sentence == 0]
    assert [e for e in art.events if e.sentence == 2 and e.event == "ASSAULT"]
