"""An article's genre told by its URL's section (round 46): an opinion column keeps only the acts of named political
parties it reports, no rhetoric; a page of a sport section is a story of sport. A news page keeps its events."""

import pytest

from hadath.stages.topics import url_genre

COLUMN = "http://www.alwatan.com.sa/Articles/Detail.aspx?ArticleID=27370"
NEWS = "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=230030&CategoryID=1"
SPORT = "http://www.alwatan.com.sa/Sports/News_Detail.aspx?ArticleID=229757&CategoryID=6"


def _events(nlp, text, url):
    """(event, actor codes, recipient codes) of every event of `text` published at `url`."""
    return [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient])
            for e in nlp(text, published="2015-08-06", url=url).events]


@pytest.mark.parametrize("url,genre", [
    (COLUMN, "column"),
    ("http://www.alwatan.com.sa/Articles/Detail.aspx?ArticleId=27132", "column"),
    ("http://www.alwatan.com.sa/Discussion/News_Detail.aspx?ArticleID=229990&CategoryID=5", "column"),
    ("http://www.3alyoum.com/opinion/articles/a/فوزية-الحربي/", "column"),
    (SPORT, "sport"),
    ("http://www.3alyoum.com/sports/a/الأهلي-يكسب-أولى-لقاءاته/", "sport"),
    (NEWS, None),
    ("http://www.alyaum.com/article/4070000", None),  # another site's /article/ is news
    ("http://aawsat.com/home/article/414451/sport-opinion", None),  # a slug is no section
    ("http://opinion.example.com/2015/news/1", None),  # the host alone names none
    (None, None),
])
def test_the_genre_is_the_section_a_path_segment_names(url, genre):
    assert url_genre(url) == genre


@pytest.mark.parametrize("text,event,recipient", [
    ("ندعو الولايات المتحدة إلى أن تتحمل مسؤوليتها تجاه الشعب السوري. فالصمت لم يعد مقبولا. والتاريخ لن يرحم أحدا.",
     "REQUEST", "USA"),
    ("وكأننا نطالب إيران بأن تغير سياستها بين ليلة وضحاها. فالنظام لن يتغير. والخليج يعرف ذلك جيدا.",
     "REQUEST", "IRN"),
    ("نيابة عن كل مستخدم عربي أقول: عذرا أيها السناب شات، فقد شوهوك، وقتلوك، وفي صندوق التفاهة العابرة رموك. "
     "ولم يبق منك إلا القليل.", "ASSAULT", None),
])
def test_a_columns_rhetoric_is_no_event_but_on_a_news_page_it_is_coded(nlp, text, event, recipient):
    assert not [e for e in _events(nlp, text, COLUMN) if e[0] == event]
    coded = [e for e in _events(nlp, text, NEWS) if e[0] == event]
    assert coded and (recipient is None or recipient in coded[0][2])


def test_a_columns_report_of_a_refusal_stays(nlp):
    text = "رفضت إسرائيل التعاون في جميع تحقيقات اللجنة. ورفضت أيضا السماح لأعضاء اللجنة بالدخول. وهذا أمر متوقع."
    assert [e for e in _events(nlp, text, COLUMN) if e[0] == "REJECT" and "ISR" in e[1]]


HISTORY = ("وكان الأمير بندر بن سلطان قد زار موسكو في يوليو 2007 ثم في يوليو 2008. "
           "وقد شهدت العلاقات بين البلدين سلسلة من الشد والجذب. وهذا أمر معروف.")


def test_a_columns_report_of_a_named_partys_act_stays(nlp):
    visits = [e for e in _events(nlp, HISTORY, COLUMN) if e[0] == "CONSULT"]
    assert any("SAU" in e[1] and "RUS" in e[2] for e in visits)


SPORT_TEXT = ("رفض البرتغالي كريستيانو رونالدو نجم ريال مدريد استكمال مقابلة أجراها مع قناة أميركية بسبب أسئلة "
              "حول فضائح الفساد في الاتحاد الدولي لكرة القدم. واستنكر رونالدو بغضب سؤالا لأحد الصحافيين.")


def test_a_sport_pages_quarrels_are_no_political_events(nlp):
    assert not [e for e in _events(nlp, SPORT_TEXT, SPORT) if e[0] == "REJECT"]


def test_the_same_quarrel_on_a_news_page_is_coded(nlp):
    assert [e for e in _events(nlp, SPORT_TEXT, NEWS) if e[0] == "REJECT"]


def test_a_sport_page_keeps_the_charges_of_a_state(nlp):
    text = ("ووجهت الولايات المتحدة الاتهام إلى 14 مسؤولا كرويا دوليا بالتورط في تقديم رشا بأكثر من 150 مليون دولار. "
            "وتحقق السلطات مع بنوك تعاملت مع الفيفا.")
    assert [e for e in _events(nlp, text, SPORT) if e[0] == "ACCUSE" and "USA" in e[1]]


SERMON = ("وقال إن الدنيا متاع يذهب ومالا ينهب وداراً تخرب وروحاً تسلب، فطوبى لمن شد مطيته باكوار الرحال. "
          "وأضاف أن التغافل خلق نبوي.")


def test_a_sermons_words_are_no_acts(nlp):
    evs = nlp(SERMON, published="2015-07-25", title="إمام الحرم المكي: التغافل من باب القوة").events
    assert not [e for e in evs if e.event == "COERCE"]


def test_the_same_words_in_another_report_are_coded(nlp):
    evs = nlp(SERMON, published="2015-07-25", title="وزير الاقتصاد: النمو مستمر").events
    assert [e for e in evs if e.event == "COERCE"]
