"""Non-events of local and literary pages (round 48): al-jazirah's culture supplement, columns and readers' pages,
named by their page file (cu1.htm), are read as columns; «دعماً لـ» as the purpose of a local act is no support
given; a school's hall («قاعة دعم») is a name, no act. A political party's act told the same way stays."""

import pytest

from hadath.stages.topics import url_genre

CULTURE = "http://www.al-jazirah.com/2015/20150724/cu1.htm"
LOCAL = "http://www.al-jazirah.com/2015/20150724/ln12.htm"


def _events(nlp, text, url=None):
    """(event, actor codes, recipient codes) of every event of `text`."""
    return [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient])
            for e in nlp(text, published="2015-07-24", url=url).events]


@pytest.mark.parametrize("url,genre", [
    (CULTURE, "column"),
    ("http://www.al-jazirah.com/2015/20150721/ar1.htm", "column"),
    ("http://www.al-jazirah.com/2015/20150721/rj1.htm", "column"),
    ("http://www.al-jazirah.com/2015/20150726/tr1.htm", "column"),
    (LOCAL, None),  # local news
    ("http://www.al-jazirah.com/2015/20150721/du3.htm", None),  # world news
    ("http://www.example.com/2015/cu1.htm", None),  # another site's page file names no section
])
def test_an_al_jazirah_page_file_names_its_section(url, genre):
    assert url_genre(url) == genre


STORY = ("وقف الرجل أمام الباب طويلاً. قال بصوت خافت: سأقتله بعد أن أتسلّى به قليلاً. "
         "ثم ضحك وأغلق النافذة.")


def test_a_short_story_of_the_culture_supplement_is_no_assault(nlp):
    assert not [e for e in _events(nlp, STORY, CULTURE) if e[0] == "ASSAULT"]


def test_the_same_threat_on_a_news_page_is_coded(nlp):
    assert [e for e in _events(nlp, STORY, LOCAL) if e[0] == "ASSAULT"]


def test_the_culture_supplement_keeps_a_named_partys_act(nlp):
    text = ("رفضت إسرائيل التعاون في جميع تحقيقات اللجنة. ورفضت أيضا السماح لأعضاء اللجنة بالدخول. "
            "وهذا أمر متوقع.")
    assert [e for e in _events(nlp, text, CULTURE) if e[0] == "REJECT" and "ISR" in e[1]]


PARTY = ("نظمت بلدية الدلم حفل معايدة بمقر البلدية لمنسوبيها كافة بمناسبة حلول عيد الفطر المبارك. "
         "وتخلل الحفل تبادل التهاني والتبريكات بمناسبة العيد السعيد، حيث تحرص بلدية الدلم على تنظيم مثل هذه "
         "الاحتفالات دعماً لمبدأ الترابط بين منسوبيها ونشر روح الألفة والمحبة.")


def test_support_as_the_purpose_of_a_local_act_is_no_event(nlp):
    assert not [e for e in _events(nlp, PARTY) if e[0] in ("SUPPORT", "AID")]


def test_support_as_a_purpose_for_a_state_stays(nlp):
    text = ("وفي السياق ذاته ودعماً لتونس في حربها ضد الإرهاب، أعلنت باريس أنها ستعزز تعاونها الأمني مع تونس. "
            "وستدرب فرنسا وحدات تدخل من الشرطة التونسية. وذلك خلال العام المقبل.")
    assert [e for e in _events(nlp, text) if e[0] == "SUPPORT" and "TUN" in e[2]]


def test_support_as_a_purpose_in_a_lone_sentence_is_coded(nlp):
    text = "حيث تحرص بلدية الدلم على تنظيم مثل هذه الاحتفالات دعماً لمبدأ الترابط بين منسوبيها ونشر روح الألفة والمحبة."
    assert [e for e in _events(nlp, text) if e[0] == "SUPPORT"]


HALL = ("وبدأ اللقاء بالقرآن الكريم، ثم ألقى رئيس البرنامج الأستاذ عبد الرحمن المجلي كلمة رحب فيها بالطلبة الموهوبين "
        "وأولياء أمورهم الكرام متحدثا عن استعداد مدارس منارات الرياض لتقديم الدعم الكامل لنجاح البرنامج البنية التحتية "
        "للمدارس من قاعات دراسية مجهزة تقنيًا وصالة رياضية ومسبح وقاعة الروبوت وقاعة دعم مشاريع الطلبة ومنجزاتهم العلمية. "
        "مشيرا إلى أن البرنامج قد اختار أمهر الكوادر للفريق التنفيذي. وعبر عن شكره لأولياء الأمور.")


def test_a_schools_support_hall_is_no_support(nlp):
    assert not [e for e in nlp(HALL, published="2015-07-24").events if e.trigger.text == "دعم"]


RECEPTION = ("استقبل صاحب السمو الملكي الأمير فيصل بن بندر بن عبدالعزيز أمير منطقة الرياض في مكتب سموه بقصر الحكم أمس "
             "محافظي المنطقة{holiday}. وبادلهم سموه التهنئة بهذه المناسبة السعيدة، سائلاً المولى عز وجل أن يعيد هذه "
             "المناسبة علينا والوطن ينعم بالأمن والرخاء.")


def test_a_greeting_in_a_story_whose_lead_names_the_holiday_is_no_event(nlp):
    text = RECEPTION.format(holiday=" الذين قدموا للسلام على سموه وتهنئته بعيد الفطر المبارك")
    assert not [e for e in nlp(text, published="2015-07-24").events if e.trigger.text == "التهنئة"]


def test_the_same_greeting_with_no_holiday_named_is_coded(nlp):
    text = RECEPTION.format(holiday="")
    assert [e for e in nlp(text, published="2015-07-24").events if e.trigger.text == "التهنئة"]


DUTY = ("وحول إمكانية العقد بين الزائر والمنشأة بشكل آلي، قالت الوزارة: إنه لا يمكن ذلك، بل لابد من زيارة وزارة العمل "
        "لإنهاء العقد.")


def test_a_duty_told_in_a_text_of_two_sentences_is_no_visit(nlp):
    text = "وأوضحت الوزارة أن الإشعار يصدر إلكترونيا. " + DUTY
    assert not [e for e in _events(nlp, text) if e[0] == "CONSULT"]


def test_a_duty_told_in_a_lone_sentence_is_coded_as_it_reads(nlp):
    assert [e for e in _events(nlp, DUTY) if e[0] == "CONSULT"]
