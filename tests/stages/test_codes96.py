"""Round 96 (codes96): codes and sectors of parties the mention layer finds, from the judged dev slice 2015-07-27
#305–904: a civilian or military adjective after the name of a site that follows a place noun («قرب مطار النيرب
العسكري») describes the site and is no military party."""

from stage_coding import parties_reader

_DATE = "2015-07-27"

# (code, sector, text) of the recipients (or actors) of the events of `kind` the whole pipeline codes.
_parties = parties_reader(_DATE)


_NAYRAB = ("كما دارت بعد منتصف ليل أمس اشتباكات على أطراف حي كرم الطراب قرب مطار النيرب العسكري شرق حلب بين قوات "
           "النظام مدعمة بقوات الدفاع الوطني وعناصر من حزب الله اللبناني من جهة، والكتائب المقاتلة من جهة أخرى.")


def test_military_adjective_of_a_named_airport_is_no_party(nlp):
    """«قرب مطار النيرب العسكري» (2015-07-27 #341): the airport is military; «العسكري» is no SYR/MIL recipient of
    the clashes, which stay coded with their fighters."""
    parties = _parties(nlp, _NAYRAB, "ASSAULT") + _parties(nlp, _NAYRAB, "ASSAULT", "actor")
    assert not any(t == "العسكري" for _, _, t in parties), parties
    assert any(t == "الكتائب المقاتلة" for _, _, t in parties), parties


def test_military_adjective_of_a_two_word_site_name_is_no_party(nlp):
    """«مطار دير الزور العسكري»: a site name of two words, its adjective no party either."""
    text = "قصفت قوات النظام محيط مطار دير الزور العسكري بعدة قذائف."
    recipients = _parties(nlp, text, "ASSAULT") + _parties(nlp, text, "ASSAULT", "actor")
    assert not any(t == "العسكري" for _, _, t in recipients), recipients


_RELIEF = ("وقال العميد العامري إن المطار استقبل عشرات الرحلات القادمة من الهند ومصر والاردن لإعادة المواطنين العالقين "
           "هناك. وأغتنم الفرصة هنا لأناشد الحكومة وهيئة الاغاثة في مركز الملك سلمان في الرياض وكذلك المنظمات "
           "الاغاثية الدولية الاخرى الى سرعة التحرك لإرسال المواد الاغاثية إلى أهلنا في حضرموت. وتعد منطقة حضرموت في "
           "اليمن الافضل مقارنة بالمناطق المضطربة في اليمن. وأكد أن الحكومة اليمنية تدعم قيادة المنطقة في اليمن.")


def test_bare_government_before_a_relief_body_in_a_saudi_centre_is_not_saudi(nlp):
    """«لأناشد الحكومة وهيئة الاغاثة في مركز الملك سلمان» (2015-07-27 #507, #593): the government of a Yemen story is
    not the Saudi centre's; the rule that gives an official's title the body named after «في» leaves a government
    as a whole."""
    recipients = [(e.event, p.code, p.text) for e in nlp(_RELIEF, published=_DATE).events for p in e.recipient]
    assert not any(code == "SAU" and t == "الحكومة" for _, code, t in recipients), recipients
    assert any(t == "الحكومة" for _, _, t in recipients), recipients
