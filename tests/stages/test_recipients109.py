"""Round 109 (recipients109): recipients the coder lost or took wrong, from the judged blind slice 2015-07-22
#800–1599: the object of a preposition past a demonstrative («القبض على هؤلاء المجرمين»), the states an appeal is
addressed to named by what they are («الدول المانحة», no country of the story's own), the residential quarters a
shelling befalls («قصفت … الأحياء السكنية»), and a body whose adjective of rank stands before its nationality
(«المحكمة العليا الاسرائيلية»: one body, not a court and a second party)."""

from stage_coding import parties_reader

_DATE = "2015-07-22"

# (code, sector, text) of the recipients (or actors) of the events of `kind` the whole pipeline codes.
_parties = parties_reader(_DATE)


_CRIMINALS = ("وقالت الأمانة في بيان صحفي اليوم \" نحمد الله عزّ وجل الذي مكّن رجال الأمن من القبض على هؤلاء "
              "المجرمين قبل إكمال تنفيذ مخططاتهم وجرائمهم في استهداف المساجد وجماعة المسلمين \".")


def test_arrested_past_a_demonstrative_is_the_recipient(nlp):
    """«القبض على هؤلاء المجرمين» (2015-07-22 #910, #1565): على governs the noun past its demonstrative; the
    criminals are the ones arrested."""
    assert any(t == "المجرمين" for _, _, t in _parties(nlp, _CRIMINALS, "COERCE")), _parties(nlp, _CRIMINALS, "COERCE")


def test_object_past_this_in_a_police_arrest(nlp):
    """«ألقت الشرطة القبض على هذا المتهم»: so with هذا."""
    text = "وألقت الشرطة القبض على هذا المتهم في حي السلي شرق الرياض."
    assert any(t == "المتهم" for _, _, t in _parties(nlp, text, "COERCE")), _parties(nlp, text, "COERCE")


_DONORS = ("على خلفية سيطرة تنظيم داعش على محافظات عراقية منذ يونيو من العام الماضي أشارت تقارير دولية إلى أن العراق "
           "احتل المرتبة التاسعة من مجموع عشر دول غادر مواطنوها بلدانهم إلى الخارج بحثا عن ملاذ آمن. وأكدت وزارة "
           "التخطيط العراقية أمس ارتفاع أعداد النازحين في العراق إلى نحو 3 مليين نازح فقدوا مساكنهم وأعمالهم "
           "وتعليمهم وأصبحوا يعيشون تحت خط الفقر. وكانت الحكومة العراقية دعت الدول المانحة إلى تقديم مساعدات "
           "إنسانية للأسر النازحة من محافظات الأنبار ونينوى وصلاح الدين، معظمها يقيم حاليا بمخيمات أقيمت في إقليم "
           "كردستان.")


def test_donor_states_appealed_to_are_the_recipient(nlp):
    """«دعت الدول المانحة إلى تقديم مساعدات» (2015-07-22 #1400): the donor states are whom the Iraqi government
    called on (GOV), and, states named by what they are, not Iraq's own: no IRQ code from the story's land."""
    recipients = _parties(nlp, _DONORS, "REQUEST")
    assert (None, "GOV", "الدول المانحة") in recipients, recipients


def test_major_powers_named_as_a_party(nlp):
    """«الدول الكبرى», the major powers, a party (2015-07-22 #980: «توصلت اليه ايران مع الدول الكبرى»)."""
    text = "ودعت الحكومة العراقية الدول الكبرى إلى تقديم الدعم للنازحين."
    assert any(t == "الدول الكبرى" for _, _, t in _parties(nlp, text, "REQUEST")), _parties(nlp, text, "REQUEST")


def test_residential_quarters_shelled_are_the_recipient(nlp):
    """«قصفت ميليشيات الحوثي وقوات صالح الأحياء السكنية في تعز» (2015-07-22 #1464): the quarters' people are what
    the shelling befell (CVL)."""
    text = ("وفي وقت سابق قصفت ميليشيات الحوثي وقوات صالح الأحياء السكنية في تعز بصورة عشوائية، فيما اندلعت "
            "اشتباكات بين المقاومة والمتمردين الحوثيين في أحياء حوض الأشراف والبريد والجمهوري والضباب.")
    recipients = _parties(nlp, text, "ASSAULT")
    assert any(s == "CVL" and t == "الأحياء السكنية" for _, s, t in recipients), recipients


def test_residential_quarters_after_a_count(nlp):
    """«قصف الحوثيون … عدد من الاحياء السكنية» (2015-07-22 #1133)."""
    text = "وقصف الحوثيون وقوات صالح بشكل عنيف عدد من الاحياء السكنية ما أسفر عن سقوط قتلى وجرحى."
    recipients = _parties(nlp, text, "ASSAULT")
    assert any(t == "الاحياء السكنية" for _, _, t in recipients), recipients


_SUSYA = ("وترجع حكاية سوسيا لعشرات السنين لكنها بلغت ذروتها في مايو عندما رفضت المحكمة العليا الاسرائيلية طلبا "
          "لوقف هدم القرية.")


def test_supreme_court_with_its_nationality_is_one_body(nlp):
    """«رفضت المحكمة العليا الاسرائيلية طلبا» (2015-07-22 #1187): the court is the one refusing, Israel's; «العليا
    الاسرائيلية» is no second party, the recipient of its own refusal."""
    recipients = _parties(nlp, _SUSYA, "REJECT")
    actors = _parties(nlp, _SUSYA, "REJECT", "actor")
    assert not any("العليا" in t for _, _, t in recipients), recipients
    assert ("ISR", "JUD", "المحكمة العليا الاسرائيلية") in actors, actors


def test_constitutional_supreme_court_keeps_its_country(nlp):
    """«المحكمة الدستورية العليا المصرية»: a nisba and a rank adjective between the court and its nationality."""
    text = "وقضت المحكمة الدستورية العليا المصرية بسجن المتهم خمس سنوات."
    parties = _parties(nlp, text, "SANCTION") + _parties(nlp, text, "SANCTION", "actor")
    assert not any(t == "العليا المصرية" for _, _, t in parties), parties


_REVENGE = ("فعند وصول الحوثيين إلى عدن ومواجهة لجان المقاومة الشعبية لهم، انتقم الحوثيون من خسائرهم المتتالية هناك "
            "بقصف الأحياء السكنية في المدينة، حتى خلال الهدن الإنسانية، مما أسفر عن عشرات القتلى.")


def test_quarters_in_the_genitive_of_a_shelling_are_shelled(nlp):
    """«انتقم الحوثيون … بقصف الأحياء السكنية» (2015-07-27 #994): the genitive of a shelling noun that names
    civilians is what it befell, not its doer; the Houthis, the verb's subject, shell."""
    recipients = _parties(nlp, _REVENGE, "ASSAULT")
    actors = _parties(nlp, _REVENGE, "ASSAULT", "actor")
    assert any(t == "الأحياء السكنية" for _, _, t in recipients), recipients
    assert not any(s == "CVL" for _, s, _ in actors), actors


def test_civilians_in_the_genitive_of_a_shelling_are_shelled(nlp):
    """«بقصف المدنيين»: so a plural of civilians."""
    text = "انتقم الحوثيون من خسائرهم المتتالية هناك بقصف المدنيين في المدينة، حتى خلال الهدن الإنسانية."
    actors = _parties(nlp, text, "ASSAULT", "actor")
    assert not any(t == "المدنيين" for _, _, t in actors), actors
