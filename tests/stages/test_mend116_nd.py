"""Mend of round 116 (ne116, ld116), on the reviewer's probes.

ne116 (the consumer pages, `lifestyle`): a state acting by its own name is a state (public_act: «ورحبت إيران بالقرار»،
«وهددت فنزويلا بالانسحاب»); the two strong words must stand in two different sentences of the story (a car bomb's
«شارعا يضم المطاعم والشقق السكنية» is one sentence, no property page); «المحرك» and «الطراز» are weak words, the news
uses them as idioms («المحرك الرئيسي للإرهاب»، «من الطراز الأول»).

ld116 (an act of the past told after an old year is background): a perfect verb that opens its sentence is a new
item of the news two or more sentences on (even past a paragraph break): «وشهدت الكويت هجوما مماثلا في عام 2005» …
«واستقبل أمير الكويت وزير الخارجية الإيراني» is the story's day."""

import pytest
from stage_coding import all_dated, kept_dates, kept_types

_DAY = "2015-07-22"

_OPEC = ("قررت منظمة أوبك الإبقاء على سقف الإنتاج. وتراجعت أسعار النفط مع قلق المستثمرين. وأعلنت أرامكو ارتفاع "
         "الأرباح والإيرادات. ورحبت إيران بالقرار. واستقبل العاهل السعودي الملك سلمان وزير النفط الإيراني. وهددت "
         "فنزويلا بالانسحاب من المنظمة.")

# the same story with a second sentence of a firm's results: a page of company results still, by two sentences
_OPEC_RESULTS = _OPEC + " وارتفعت مبيعات الشركة في الربع الثاني."

_CAR_BOMB_TITLE = "مقتل 12 في انفجار سيارة مفخخة بالعراق"
_CAR_BOMB = ("قتل 12 شخصا وأصيب 30 آخرون في انفجار سيارة مفخخة استهدف شارعا يضم المطاعم والشقق السكنية جنوبي "
             "العراق. وأدانت إيران التفجير. ودعت جامعة الدول العربية إلى محاسبة المسؤولين. وتبنى تنظيم الدولة "
             "الإسلامية الهجوم. وندد حزب الله بالهجوم.")

_IDIOM = ("اتهم وزير الخارجية السعودي عادل الجبير إيران بأنها المحرك الرئيسي للإرهاب في المنطقة. وقال الجبير إن "
          "بلاده تواجه عدوا من الطراز الأول. وأضاف أن طهران ترسل الأسلحة والسيارات المفخخة إلى الحوثيين. والتقى "
          "الجبير نظيره الأمريكي جون كيري في واشنطن. ورحبت الإمارات بتصريحات الجبير. وانتقدت إيران السعودية بشدة. "
          "ودعت الكويت إلى الحوار. وهدد الحوثيون بمهاجمة المملكة.")


@pytest.mark.parametrize("text, kind, trigger", [
    pytest.param(_OPEC, "SUPPORT", "رحبت", id="opec_one_sentence_of_results_welcome"),
    pytest.param(_OPEC, "THREATEN", "هددت", id="opec_one_sentence_of_results_threat"),
    pytest.param(_OPEC_RESULTS, "SUPPORT", "رحبت", id="a_state_by_its_name_on_a_results_page_welcome"),
    pytest.param(_OPEC_RESULTS, "THREATEN", "هددت", id="a_state_by_its_name_on_a_results_page_threat"),
    pytest.param(_IDIOM, "REQUEST", "دعت", id="idioms_of_engine_and_model_request"),
    pytest.param(_IDIOM, "THREATEN", "هدد", id="idioms_of_engine_and_model_threat"),
])
def test_a_states_act_stays(nlp, text, kind, trigger):
    """«ورحبت إيران بالقرار»، «وهددت فنزويلا بالانسحاب» (a state acting by its name: public_act), «ودعت الكويت إلى
    الحوار»، «وهدد الحوثيون بمهاجمة المملكة» (past «المحرك الرئيسي للإرهاب» and «من الطراز الأول», no car page)."""
    kept = kept_types(nlp, text, _DAY)
    assert (kind, trigger) in kept, kept


def test_a_car_bomb_by_a_street_of_restaurants_and_flats_is_no_property_page(nlp):
    """«… في انفجار سيارة مفخخة استهدف شارعا يضم المطاعم والشقق السكنية»: the two strong words stand in one sentence;
    with the title's «سيارة» the story is still no consumer page: the car bomb's ASSAULT stays."""
    art = nlp(_CAR_BOMB, published=_DAY, title=_CAR_BOMB_TITLE)
    assert art.topic is None and any(e.event == "ASSAULT" and e.trigger.text == "قتل" for e in art.events), \
        (art.topic, [(e.event, e.trigger.text) for e in art.events])


_BAN = ("أدان الأمين العام للأمم المتحدة بان كي مون الهجوم على مسجد في الكويت. ودعا إلى تقديم الجناة إلى العدالة.\n\n"
        "وشهدت الكويت هجوما مماثلا في عام 2005. وأعرب بان عن تعازيه لأسر الضحايا. واستقبل أمير الكويت وزير "
        "الخارجية الإيراني محمد جواد ظريف. ووصل ظريف إلى الكويت في جولة خليجية.")

_YEMEN = ("سيطرت المقاومة الشعبية على قاعدة العند الجوية في محافظة لحج. وقال مصدر عسكري إن المعارك أسفرت عن مقتل "
          "العشرات.\n\n"
          "وكانت القاعدة مقرا للقوات الأمريكية حتى مارس الماضي. واستولى الحوثيون على القاعدة في عام 2014 بعد معارك "
          "مع الجيش. وأرسل التحالف العربي تعزيزات إلى المنطقة. واستهدفت طائرات التحالف مواقع الحوثيين في تعز.")

_YEMEN_PARA = ("سيطرت المقاومة الشعبية على قاعدة العند الجوية في محافظة لحج. وقال مصدر عسكري إن المعارك أسفرت عن "
               "مقتل العشرات.\n\n"
               "واستولى الحوثيون على القاعدة في عام 2014 بعد معارك مع الجيش.\n\n"
               "وأرسل التحالف العربي تعزيزات إلى المنطقة. واستهدفت طائرات التحالف مواقع الحوثيين في تعز. وزار نائب "
               "الرئيس اليمني خالد بحاح عدن.")


@pytest.mark.parametrize("text, kind, trigger", [
    pytest.param(_BAN, "CONSULT", "استقبل", id="two_sentences_past_2005_in_news_of_the_day"),
    pytest.param(_YEMEN, "ASSAULT", "استهدفت", id="two_sentences_past_2014_in_news_of_the_day"),
    pytest.param(_YEMEN_PARA, "ASSAULT", "استهدفت", id="past_a_paragraph_break_strike"),
    pytest.param(_YEMEN_PARA, "CONSULT", "زار", id="past_a_paragraph_break_visit"),
])
def test_news_of_the_day_goes_back_to_its_day(nlp, text, kind, trigger):
    """A perfect verb opening its sentence two sentences past an old year's (also past a paragraph break) is a new item
    of the story's day, not background."""
    rows = [r for r in kept_dates(nlp, text, kind, _DAY) if r[0] == trigger]
    assert all_dated(rows, _DAY), kept_dates(nlp, text, kind, _DAY)


_LE_DRIAN_NEWS = ("وزير الدفاع الفرنسي جان إيف لودريان رجل سعيد. ونجح في الاحتفاظ بمنصبه النيابي 13 سنة متواصلة.\n\n"
                  "وبعد ذلك رأس مجلس مقاطعة بروتاني. يروي لودريان أن الرئيس ساركوزي اتصل به عقب انتخابه في عام 2007 "
                  "وعرض عليه أن يعينه وزيرا للدفاع. لكن الوزير الحالي رفض العرض. واستقبل لودريان وزير الدفاع "
                  "الأمريكي آشتون كارتر في باريس.")


def test_a_verb_opening_its_sentence_two_past_an_old_year_is_news_again(nlp):
    """The reviewer's Le Drian profile, one sentence on: «لكن الوزير الحالي رفض العرض» stays of 2007 (right after
    it), but «واستقبل لودريان …», a perfect verb opening its sentence two sentences on, is a new item of the day."""
    assert all_dated([r for r in kept_dates(nlp, _LE_DRIAN_NEWS, "REJECT", _DAY) if r[0] == "رفض"], None)
    rows = [r for r in kept_dates(nlp, _LE_DRIAN_NEWS, "CONSULT", _DAY) if r[0] == "استقبل"]
    assert all_dated(rows, _DAY), kept_dates(nlp, _LE_DRIAN_NEWS, "CONSULT", _DAY)
