"""Non-events of the topic stage (round 49): a government's own act is a political party's, not an office's (an
uncoded «الحكومة» keeps its approval in a story); al-jazirah's sport pages (sp1.htm) are sport, its eulogies (wa),
self-development essays (jd) and Islamic page (is) are read as columns, its miscellany (ms) as news; and a column
of a sport page is still a column (its acts of the law go)."""

import pytest

from hadath.stages.topics import url_genre

SPORT = "http://www.al-jazirah.com/2015/20150722/sp13.htm"


def _events(nlp, text, url=None):
    """(event, actor texts, recipient texts) of every event of `text`."""
    return [(e.event, [a.text for a in e.actor], [r.text for r in e.recipient])
            for e in nlp(text, published="2015-08-01", url=url).events]


STORY = ("قالت مصر إن قواتها ستبقى في الخليج. وقالت اليمن إنها ترحب بالقرار. "
         "ووافقت الحكومة على تمديد مشاركة القوات خارج الحدود. وأعلن المتحدث ذلك اليوم.")


def test_the_governments_approval_in_a_story_stays(nlp):
    assert ("AGREE", ["الحكومة"], []) in _events(nlp, STORY)


def test_a_government_negotiated_with_stays(nlp):
    text = ("وقالت الشرطة إن المواطن سيعود إلى الوطن طواعية بعد أن تفاوض مع الحكومة. وكان المواطن قد غادر البلاد "
            "قبل عام. وأضافت أنه سيخضع للتحقيق.")
    assert any(e[0] == "CONSULT" and e[2] == ["الحكومة"] for e in _events(nlp, text))


def test_a_ministrys_approval_in_the_same_story_still_goes(nlp):
    # (an office's approval, with no party and no political word in its sentence, stays local administration)
    text = STORY.replace("ووافقت الحكومة على تمديد مشاركة القوات خارج الحدود",
                         "ووافقت الوزارة على تمديد ساعات العمل في المكاتب")
    assert not [e for e in _events(nlp, text) if e[0] == "AGREE"]


@pytest.mark.parametrize("url,genre", [
    (SPORT, "sport"),
    ("http://www.al-jazirah.com/2015/20150727/wa1.htm", "column"),
    ("http://www.al-jazirah.com/2015/20150807/jd2.htm", "column"),
    ("http://www.al-jazirah.com/2015/20150731/is3.htm", "column"),
    ("http://www.al-jazirah.com/2015/20150721/ms2.htm", None),  # a miscellany of wire news
    ("http://www.example.com/2015/sp1.htm", None),  # another site's page file names no section
])
def test_al_jazirah_pages_name_their_section(url, genre):
    assert url_genre(url) == genre


SPORT_NEWS = ("أعلن رئيس اتحاد أميركا الجنوبية لكرة القدم دعم الفرنسي ميشال بلاتيني لرئاسة الاتحاد الدولي. "
              "وكان بلاتيني قد أعلن ترشحه رسمياً. وتجرى الانتخابات في فبراير.")


def test_a_federations_backing_on_a_sport_page_goes(nlp):
    assert not [e for e in _events(nlp, SPORT_NEWS, SPORT) if e[0] == "SUPPORT"]


def test_the_same_backing_on_a_news_page_is_coded(nlp):
    assert any(e[0] == "SUPPORT" for e in _events(nlp, SPORT_NEWS))


def test_an_arrest_on_a_sport_page_stays(nlp):
    text = ("ألقت السلطات السويسرية القبض على سبعة مسؤولين في الفيفا بطلب من القضاء الأمريكي. وتجرى الانتخابات "
            "في فبراير. ويتنافس على الرئاسة عدة مرشحين.")
    assert any(e[0] == "COERCE" for e in _events(nlp, text, SPORT))


COLUMN = ("ها هو العيد يعود مرة أخرى ويوزع أفراحه. والعيد يعتقل التعصب لأنه يعتقل المناسبة. "
          "ونحن نصافح بهما وجوه الحب. وإنني أرسم المناسبة لكل محبي الرياضة. ونوزع تبر الذكرى.")


def test_a_column_of_a_sport_page_keeps_no_arrest(nlp):
    assert not [e for e in _events(nlp, COLUMN, SPORT) if e[0] == "COERCE"]
