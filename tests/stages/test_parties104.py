"""Round 104 (parties, p104): the parties of the judged dev slice 2015-07-31 #1760–2211: «اتفق الجانبان» (the two
sides agreed) after a meeting of two parties takes both as actors, even where one of them, named in the words
before the verb («بناء على توجيه خادم الحرمين الشريفين وأخيه فخامة الرئيس عبدالفتاح السيسي»), was found as its
subject alone."""

from stage_coding import kind_parties

_DATE = "2015-07-31"

_CAIRO = ("انطلاقا من العلاقات الوثيقة والراسخة التي تربط جمهورية مصر العربية والمملكة العربية السعودية بقيادة خادم "
          "الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود وأخيه فخامة الرئيس عبدالفتاح السيسي، فقد قام صاحب السمو "
          "الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود بزيارة إلى جمهورية مصر العربية تلبية لدعوة كريمة من فخامة "
          "السيد الرئيس عبدالفتاح السيسي يوم الخميس 14/10/1436هـ الموافق 30/7/2015م.\n"
          "وعقد فخامته اجتماعا مع سموه، حيث نقل سموه تحيات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود "
          "إلى أخيه فخامة الرئيس عبدالفتاح السيسي، وجرى بحث مجمل العلاقات الثنائية بين البلدين الشقيقين.\n"
          "وبناء على توجيه خادم الحرمين الشريفين وأخيه فخامة الرئيس عبدالفتاح السيسي فقد اتفق الجانبان على وضع حزمة "
          "من الآليات التنفيذية في المجالات التالية:\n1- تطوير التعاون العسكري والعمل على إنشاء القوة العربية المشتركة.")


def test_both_sides_agreeing_are_both_parties_of_the_meeting(nlp):
    """«فقد اتفق الجانبان» (2015-07-31 #1946, #2086, #2087): the two sides are the president and the prince who met,
    not the president alone whom the guidance phrase before the verb names."""
    rows = kind_parties(nlp, _CAIRO, "AGREE", _DATE)
    actors = [a for _, t, a, _ in rows if t == "اتفق"]
    assert actors and any(any("محمد بن سلمان" in x for x in a) and any("السيسي" in x for x in a)
                          for a in actors), rows


def test_one_named_party_agreeing_alone_keeps_its_actor(nlp):
    """«اتفق الرئيس المصري مع ولي ولي العهد»: a subject named right after the verb is no «الجانبان»; it stays."""
    text = ("التقى الرئيس عبدالفتاح السيسي أمس الأمير محمد بن سلمان في القاهرة. واتفق الرئيس عبدالفتاح السيسي مع "
            "الأمير محمد بن سلمان على تطوير التعاون العسكري.")
    rows = kind_parties(nlp, text, "AGREE", _DATE)
    assert all(len(a) <= 1 for _, _, a, _ in rows), rows


_HAFR = ("وأضاف \"الرقيطي\": \"فور تلقي البلاغ باشر المختصون بشرطة محافظة حفر الباطن إجراءات الضبط الجنائي للحادثة؛ "
         "حيث تم القبض على ثلاثة وافدين في العقد الثاني والثالث من العمر من جنسية المجني عليه يشتبه علاقتهم في "
         "الجريمة\"، مشيراً إلى أن القضية لا تزال قيد التحقيق.")
_QATIF = ("وأضاف: تم القبض على شخصين للاشتباه بعلاقتهما بالجريمة، كما باشرت الجهات المختصة بشرطة القطيف إجراءات "
          "الضبط الجنائي للجريمة والتحقيق فيها، ولا يزال الحادث محل المتابعة الأمنية.")


def test_passive_arrest_after_the_police_took_up_the_case(nlp):
    """«باشر المختصون بشرطة محافظة حفر الباطن …؛ حيث تم القبض» (2015-07-31 #2203): the police who took up the case
    made the arrest."""
    rows = kind_parties(nlp, _HAFR, "COERCE", _DATE)
    assert any(t == "القبض" and any("شرطة" in x for x in a) for _, t, a, _ in rows), rows


def test_passive_arrest_before_the_police_took_up_the_case(nlp):
    """«تم القبض على شخصين …، كما باشرت الجهات المختصة بشرطة القطيف» (2015-07-31 #2174): the police named after."""
    rows = kind_parties(nlp, _QATIF, "COERCE", _DATE)
    assert any(t == "القبض" and any("شرطة" in x for x in a) for _, t, a, _ in rows), rows


def test_passive_arrest_with_no_police_taking_up_keeps_no_actor(nlp):
    """«تم القبض على المدعو» with no police body taking up the case: no actor is made up."""
    text = "بفضل من الله تم القبض على المدعو شاه فيصل عظيم شاه عند قيامه بتهريب كمية كبيرة من الهيروين إلى المملكة."
    rows = kind_parties(nlp, text, "COERCE", _DATE)
    assert all(not a for _, t, a, _ in rows if t == "القبض"), rows


def test_name_after_an_office_and_its_place_is_the_caller(nlp):
    """«دعا وسيط الأمم المتحدة في سوريا ستافان دي ميستورا أمس إلى» (2015-07-31 #1908): the name after the office and
    where it is held is its holder, who calls; not the one called on."""
    text = ("دعا وسيط الأمم المتحدة في سوريا ستافان دي ميستورا أمس إلى اعتماد مقاربة جديدة لحل الأزمة في سوريا تجمع "
            "بين إجراء «محادثات حول مواضيع محددة» بين السوريين.")
    rows = kind_parties(nlp, text, "REQUEST", _DATE)
    assert rows and not any("ميستورا" in x for _, _, _, r in rows for x in r), rows
