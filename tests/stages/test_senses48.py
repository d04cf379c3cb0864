"""Trigger senses and repeats, round 48: a word's other sense is no event, and talks or a verb taken up again in the
sentence of a meeting or an agreement are that act told once more."""

PUBLISHED = "2015-07-24"


def _events(nlp, text):
    """The kept events of a text published on the module's day, as (type, trigger) pairs."""
    return [(e.event, e.trigger.text) for e in nlp(text, published=PUBLISHED).events]


def _types(nlp, text):
    """The types of the kept events of a text."""
    return [t for t, _ in _events(nlp, text)]


# --- word senses (triggers.tsv) ---

def test_a_condition_that_calls_for_treatment_is_no_call(nlp):
    text = "وشدد بحاح على أن الجانب الصحي يأتي كأولوية حيث سيتم علاج الجرحى وابتعاث من تدعو حالته إلى العلاج في الخارج."
    assert "REQUEST" not in _types(nlp, text)


def test_a_call_to_a_party_stays_a_request(nlp):
    assert "REQUEST" in _types(nlp, "دعا وزير الخارجية الأطراف اليمنية إلى الحوار.")


def test_a_landfill_taking_in_waste_is_no_reception(nlp):
    text = "وبسبب غياب مطمر يستقبل نفايات بيروت وجبل لبنان انعقد مجلس الوزراء اللبناني."
    assert "CONSULT" not in _types(nlp, text)


def test_goods_in_high_demand_are_no_request(nlp):
    text = "وتوفير منتجات استهلاكية ذات طلب عال جداً في المملكة مثل قطع الغيار."
    assert "REQUEST" not in _types(nlp, text)


def test_an_arrest_warrant_is_no_second_arrest(nlp):
    text = "اعتقلت الشرطة الإيطالية المغربي عبد المجيد الطويل بناءً على مذكرة توقيف دولية صادرة من تونس."
    evs = _events(nlp, text)
    assert [t for t, _ in evs].count("COERCE") == 1
    assert not any(trig == "توقيف" for _, trig in evs)


def test_a_refusal_to_execute_a_warrant_is_no_arrest(nlp):
    text = "رفضت جنوب أفريقيا تنفيذ مذكرة توقيف بحق الرئيس السوداني عمر البشير في يونيو."
    assert not any(trig == "توقيف" for _, trig in _events(nlp, text))


def test_an_arrest_by_tawqif_stays(nlp):
    assert ("COERCE", "توقيف") in _events(nlp, "أعلنت الشرطة اللبنانية توقيف ثلاثة أشخاص في بيروت.")


def test_a_siege_lifted_or_broken_is_no_siege(nlp):
    text = "أرسلها تنظيم القاعدة إلى منطقة عين الدفلي لفك الحصار عن المجموعة التي يحاصرها الجيش."
    assert not any(trig == "الحصار" for _, trig in _events(nlp, text))
    text = "حاول النشطاء كسر الحصار الإسرائيلي لقطاع غزة في العام 2010."
    assert not any(trig == "الحصار" for _, trig in _events(nlp, text))


def test_an_embargo_lifted_is_no_ban(nlp):
    text = "تحذر المملكة من تبعات الاتفاقية مع إيران حيث يتم احتواء البرنامج النووي مقابل فك الحظر الاقتصادي عليها."
    assert "COERCE" not in _types(nlp, text)


def test_a_ban_imposed_stays(nlp):
    assert "COERCE" in _types(nlp, "حظرت السلطات المصرية التظاهر أمام المساجد.")


# --- repeats (stages/repeats.py) ---

def test_talks_after_a_reception_are_the_meeting(nlp):
    text = ("استقبل وزير التعليم الدكتور عزام الدخيّل في مكتبه ظهر أمس بالوزارة وزير الإسكان الجديد ماجد الحقيل، "
            "وعقد معه اجتماعاً بحثا من خلاله العديد من القضايا ذات الاهتمام المشترك، كما ناقشا معاً إمكانية تفعيل "
            "دور الجامعات في الخدمات الاستشارية لوزارة الإسكان.")
    evs = _events(nlp, text)
    assert [t for t, _ in evs].count("CONSULT") == 1
    assert ("CONSULT", "استقبل") in evs


def test_talks_after_hayth_are_the_meeting(nlp):
    text = ("أفاد مصدر بأن الأمير علي بن الحسين التقى برئيس الاتحاد الأوروبي لكرة القدم ميشال بلاتيني أمس الأول في "
            "باريس حيث ناقشا آخر المستجدات على الساحة الكروية.")
    assert _types(nlp, text).count("CONSULT") == 1


def test_talks_of_a_meeting_noun_are_the_meeting(nlp):
    text = ("أوضح وزير الخارجية الأستاذ عادل بن أحمد الجبير أن لقاء وزير خارجية جمهورية مصر العربية سامح شكري أول من "
            "أمس مع صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية "
            "تم خلاله بحث العلاقات الثنائية التي تهم البلدين ودعم تعزيزها.")
    evs = _events(nlp, text)
    assert [t for t, _ in evs].count("CONSULT") == 1
    assert not any(trig.startswith("بحث") for _, trig in evs)


def test_talks_of_other_parties_in_another_clause_stay(nlp):
    text = ("التقى وزير الخارجية السعودي عادل الجبير نظيره الروسي سيرغي لافروف في موسكو، فيما بحث وزير الدفاع "
            "الأمير محمد بن سلمان مع الرئيس الفرنسي فرانسوا هولاند العلاقات الثنائية.")
    assert _types(nlp, text).count("CONSULT") == 2


def test_an_agreement_taken_up_again_by_its_plural_verb_is_one(nlp):
    text = ("اتفق القادة السعوديون والأمريكيون يوم الأربعاء لدى لقاء وزير الدفاع الأمريكي آشتون كارتر بالملك سلمان "
            "بن عبدالعزيز، اتفقوا على تطويق الانتشار العسكري الإيراني وسط مخاوف أن يقود اتفاق الأسبوع الماضي مع "
            "طهران على تشجيع إيران.")
    evs = _events(nlp, text)
    assert [t for t, _ in evs].count("AGREE") == 1
    assert ("AGREE", "اتفق") in evs


def test_a_second_agreement_after_fima_stays(nlp):
    text = ("اتفق وزراء الخارجية العرب على عقد قمة طارئة، فيما اتفقوا في اجتماع آخر على تشكيل لجنة.")
    assert _types(nlp, text).count("AGREE") == 2


def test_a_volley_of_shells_is_how_the_attack_was_done(nlp):
    text = ("وفي محافظة أبين نفذت المقاومة بالمنطقة الوسطى هجومًا نوعيًّا على مواقع المليشيات الحوثية، وقوات المخلوع "
            "صالح في منطقة السلامية وأمطروهم بوابل من القذائف أدت لمقتل وجرح العشرات منهم.")
    evs = [e for e in nlp(text, published=PUBLISHED).events if e.event == "ASSAULT"]
    assert len(evs) == 1
    assert [m.text for m in evs[0].actor] == ["المقاومة"]


def test_shells_falling_without_an_attack_before_stay(nlp):
    assert ("ASSAULT", "القذائف") in _events(nlp, "وسقطت عشرات من القذائف على الأحياء السكنية في تعز.")
