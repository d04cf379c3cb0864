"""Round 72 (names carried): a speaker named by one bare word takes the title put right before his first naming,
but not a title the walk back reaches past a preposition («… من الجيش الاسرائيلي على تقرير المنظمة»), nor a «title»
that is a word of the name after «عبد» («العميد عبد الأمير الخزرجي»: the brigadier, no prince)."""

from hadath.article import Article

KHAZRAJI = ("في السياق نفسه، أعلن نائب قائد العمليات الخاصة التابعة لجهاز مكافحة الإرهاب العميد عبد الأمير الخزرجي، عن "
            "مقتل 15 عنصرًا من تنظيم داعش خلال مواجهات في محيط جامعة الأنبار. وقال الخزرجي في حديث لـ«الشرق الأوسط» "
            "إن «قوة من جهاز مكافحة الإرهاب اشتبكت مع عناصر تنظيم داعش في محيط جامعة الأنبار».")

REPORT = ("ولم يصدر اي تعليق من الجيش الاسرائيلي على تقرير المنظمة الذي نشر امس. واكدت المنظمة ان القوات الاسرائيلية "
          "قتلت عشرات المدنيين في غزة.")


def _speakers(nlp, text, word):
    a = nlp(Article(text=text, id="t", published="2015-07-26"))
    return [(st.speaker.code, st.speaker.sector) for st in a.statements
            if st.speaker is not None and st.speaker.text.strip() == word]


def test_name_after_abd_takes_the_rank_before_it(nlp):
    """«وقال الخزرجي» is the brigadier's (MIL), not a prince's (GOV, from الأمير of his name)."""
    found = _speakers(nlp, KHAZRAJI, "الخزرجي")
    assert found and all(sector == "MIL" for _, sector in found), found


def test_no_title_past_a_preposition(nlp):
    """«واكدت المنظمة»: the organisation is not the Israeli army named before «على تقرير المنظمة»."""
    found = _speakers(nlp, REPORT, "المنظمة")
    assert found and all(code != "ISR" and sector != "MIL" for code, sector in found), found
