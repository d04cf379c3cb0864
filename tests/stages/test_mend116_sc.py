"""Round 116 mend (mend116_sc) of the outlet-home rules of sc116 (lexicon/outlets.py, outlets.tsv, `PlaceHomes`, the
title's states of the mentions stage), on the reviewer's probes: a title names a state by any coded actor of it, a
nationality in the title is a family name only after the same word the body puts before the person's name, a story
of an international body alone or an embassy is no home's, a source or url that is no string or is written loosely
does no harm, a namesake outlet's host is its own, and OFID (أوفيد) is an international body."""

import pytest

from hadath.article import Article
from hadath.lexicon.outlets import outlet_home

_DATE = "2015-07-22"
_OKAZ = "http://www.okaz.com.sa/new/20150722/1.htm"


def _parties(nlp, text, kind, side="actor", **meta):
    """(text, code, sector) of the `side` parties of the events of `kind` the whole pipeline keeps for `text`."""
    article = nlp(Article(text=text, published=_DATE, **meta))
    return [(p.text, p.code, p.sector) for e in article.events if e.event == kind for p in getattr(e, side)]


# a Saudi paper's story on a foreign president's attack on his opposition, whose body names no state
_SPEECH = "هاجم الرئيس المعارضة في خطاب أمام البرلمان. وقال إن الشرطة اعتقلت عشرين متظاهرا. وأكد أن المحكمة ستنظر في القضية."


@pytest.mark.parametrize("title", ["الرئيس التركي يهاجم المعارضة", "أردوغان يهاجم المعارضة"])
def test_title_naming_a_foreign_office_or_person_keeps_the_story_off_the_outlet(nlp, title):
    """«الرئيس التركي …» (an office) or «أردوغان …» (a person) in the title names Turkey as «تركيا: …» does: the
    police of the body are no Saudi paper's (SAU)."""
    article = nlp(Article(text=_SPEECH, published=_DATE, source="sabq", url=_OKAZ, title=title))
    assert "TUR" in article.title_states
    parties = [(p.text, p.code) for e in article.events if e.event == "COERCE" for p in e.actor]
    assert parties and not any(code == "SAU" for _, code in parties), parties


_PROTEST = ("هاجم المتحدث المعارضة في مؤتمر صحفي. وقال إن الشرطة اعتقلت عشرين متظاهرا. وأكد اللواء منصور المصري أن "
            "المحكمة ستنظر في القضية.")


def test_title_nationality_after_another_rank_than_the_namesakes_names_a_state(nlp):
    """«السفير المصري: …» of a story quoting «اللواء منصور المصري»: the ambassador is Egypt's, «المصري» no family name
    after «السفير» (the body has it after «اللواء»); the story's police are not the Saudi paper's."""
    article = nlp(Article(text=_PROTEST, published=_DATE, source="sabq", url=_OKAZ,
                          title="السفير المصري: لا تهاون مع المتظاهرين"))
    assert "EGY" in article.title_states
    parties = [(p.text, p.code) for e in article.events if e.event == "COERCE" for p in e.actor]
    assert parties and not any(code == "SAU" for _, code in parties), parties


def test_story_of_an_international_body_alone_is_no_outlets(nlp):
    """A Saudi paper's story naming the UN and no state: «الجيش» told to withdraw is no Saudi army."""
    text = ("دعا الأمين العام للأمم المتحدة إلى وقف إطلاق النار. وقال إن الحكومة يجب أن تحمي المدنيين. وطالب الجيش "
            "بالانسحاب من المدن.")
    parties = _parties(nlp, text, "REQUEST", source="sabq", url=_OKAZ)
    assert ("الجيش", None, "MIL") in parties, parties


def test_embassy_of_a_saudi_led_story_set_abroad_is_not_the_outlets(nlp):
    """A Saudi minister's visit to Cairo, told by a Saudi paper: the embassy the protesters face is by its nature
    another state's, not given SAU for the story's lead."""
    text = ("وصل وزير الخارجية السعودي إلى القاهرة في زيارة رسمية. وأكد الوزير السعودي أن المملكة العربية السعودية تدعم "
            "الاستقرار. وفي الأثناء اعتقلت الشرطة عشرة متظاهرين أمام مقر السفارة. وقالت النيابة إنها ستحقق معهم.")
    parties = _parties(nlp, text, "PROTEST", side="recipient", source="sabq", url=_OKAZ)
    assert parties and not any(code == "SAU" for t, code, _ in parties if "السفارة" in t), parties


def test_source_that_is_no_string_does_no_harm(nlp):
    """A JSON record's «source» of another type (a number) is no outlet's name: the article is coded, no error."""
    text = "اعتقلت الشرطة خمسة أشخاص بتهمة السرقة. وقال المتحدث إن الحكومة ستحاكمهم. وأضاف أن المحكمة ستنظر في القضية."
    assert _parties(nlp, text, "COERCE", source=123)
    assert outlet_home(123, None) is None


@pytest.mark.parametrize("url", [" http://okaz.com.sa ", "okaz.com.sa/a//b", "http://okaz.com.sa./x"])
def test_url_written_loosely_reads_its_host(url):
    """Spaces round a url, «//» in the path of one with no scheme and a closing dot of the host: still Okaz's."""
    assert outlet_home(None, url) == "SAU"


def test_namesake_outlets_host_is_its_own():
    """Kuwait's and Oman's Al Watan by their hosts; another Al Watan's unlisted host gets no Saudi home from the source
    name «alwatan» (the Saudi paper's); the Saudi paper's own host and name stay SAU."""
    assert outlet_home("alwatan", "http://alwatan.com.kw/x") == "KWT"
    assert outlet_home("alwatan", "http://www.alwatan.com/x") == "OMN"
    assert outlet_home("alwatan", "http://www.alwatan.ps/x") is None
    assert outlet_home("alwatan", "http://www.alwatan.com.sa/x") == "SAU"
    assert outlet_home("alwatan", None) == "SAU"


# 2015-07-22 #144 (Al Eqtisadiya): the Saudi finance minister on the OPEC Fund for International Development
_OFID = ('أبلغ "الاقتصادية" الدكتور إبراهيم العساف وزير المالية السعودي أن تراجع النفط لا يؤثر في تمويل مشاريع مكافحة '
         'فقر الطاقة حول العالم. وأكد العساف أن السعودية تقدم عديدا من المساعدات للدول المحتاجة سواء كانت مساعدات '
         'تنموية أو من خلال الدعم المباشر لبعض الدول. وأوضح أن السعودية تهتم بشكل كبير بتقديم الدعم الإنساني وهي دائما '
         'سباقة في إغاثة الدول التي تتعرض لكوارث. وشدد سليمان الحربش الأمين العام للصندوق على التزام "أوفيد" بدعم '
         'برامج التنمية وتسهيل مهمة المشاريع الإنسانية.')


def test_ofid_and_its_secretary_general_are_no_saudi_body(nlp):
    """«وشدد سليمان الحربش الأمين العام للصندوق على التزام "أوفيد" بدعم …» of a story Saudi Arabia leads: OFID is an
    international body (IGO), its secretary-general no Saudi official."""
    parties = _parties(nlp, _OFID, "AID", source="aleqtisadiya")
    assert ("أوفيد", "IGO", None) in parties, parties
    assert not any(t == "الأمين العام" and code == "SAU" for t, code, _ in parties), parties
