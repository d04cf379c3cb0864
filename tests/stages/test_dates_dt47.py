"""Helper dt47 (dates): acts told as background that the coder dated by the publication day or the lead's day.
«وكان السكان هجروا قرى صيادي السمك … في يناير (كانون الثاني) …» «وقتل مئات … وخطف المئات من النساء والاطفال» (a
story of 31 July): a sentence opened by a perfect act right after one whose times all ended two months or more before
the publication day goes on with that old time, not the lead's day (the old-year rule, for months long gone too).
«وفي الماضي وقعت أعمال عنف» (an adverb of the past with و glued), «سبق واتهموا» (سبق right before the act's verb
glued to و, not a paper's name: «لصحيفة سبق»), «طلبت إيران في أكثر من مناسبة»، «أشادت المستشارة ميركل مرارا»
(acts done again and again: time_words background adverb) and «وكانت قوات الدفاع الشعبي، الجناح العسكري لحزب
العمال الكردستاني، دانت» (an opening وكان past an apposition set apart by commas) tell acts done before the
publication day; so does a verb joined by و that goes on with the clause بعد أن opens, no mark between («بعد أن نشرت
"ذا صن" اللقطة واتهمته»), and the act of a clause an adverb of the past opens before a comma («في ذلك الوقت، أيد غزو
أفغانستان»)."""

import pytest
from stage_coding import all_dated, kept_dates

_BAGA = ("قام عناصر من جماعة بوكو حرام بقتل عشرة من صيادي السمك في ثلاث قرى قريبة من باغا، على ما افاد مسؤول محلي "
         "اليوم (الخميس). ووقع الهجوم الاثنين، لكن المنطقة نائية. وكان السكان هجروا قرى صيادي السمك الواقعة في محيط "
         "باغا في {month} اثر تعرضها لهجمات كانت الاعنف لجماعة بوكو حرام. وقتل مئات ان لم يكن الآلاف من الاشخاص وخطف "
         "المئات من النساء والاطفال، ودمر آنذاك قسم كبير من مدينة باغا.")
_OLD = "وقتل مئات"  # the events from here on are those of the sentence after the old month
_THEN = "ودمر آنذاك"  # and those before this, the killings and abductions (its «آنذاك» tells the destruction apart)

# (text, published, type, the text the events checked start at or after): all of them told before the publication day.
BACKGROUND = [
    pytest.param(_BAGA.format(month="يناير (كانون الثاني)"), "2015-07-31", "ASSAULT", _OLD,
                 id="the_narration_of_a_month_long_gone_goes_on"),
    pytest.param("وقال شهود إن المسيرة جرت بسلام. وفي الماضي وقعت أعمال عنف خلال المسيرة عندما نظمت في القدس بينما لم "
                 "تشهد أي حوادث عندما نظمت في تل أبيب.", "2015-07-31", "ASSAULT", "وفي الماضي",
                 id="an_adverb_of_the_past_with_wa_glued"),
    pytest.param("وقال نائب رئيس هيئة العلاقات الخارجية في مقاطعة كوباني إدريس نعسان لـ«الشرق الأوسط»: «سبق واتهموا "
                 "وحدات حماية الشعب الكردي بارتكاب تجاوزات ضدّ المقاوم العربي والتركماني».", "2015-07-31", "ACCUSE",
                 "", id="sabaqa_right_before_the_verb_glued_to_wa"),
    pytest.param("لذلك طلبت إيران في أكثر من مناسبة إعادة نظام حصص الإنتاج إلى منظمة «أوبك» لتسهيل عودة صادراتها إلى "
                 "الأسواق بعد رفع العقوبات عنها.", "2015-07-22", "REQUEST", "", id="on_more_than_one_occasion"),
    pytest.param("لكن تبقى ألمانيا حريصة على علاقاتها مع تركيا من خلال الجالية التركية في ألمانيا فقد أشادت المستشارة "
                 "ميركل مرارا بالعلاقات الوثيقة المبنية على الثقة بين تركيا وألمانيا.", "2015-07-31", "SUPPORT", "",
                 id="repeatedly"),
    pytest.param("في المقابل، تحمل السلطات في بكين الأويغور مسؤولية أعمال العنف في شينجيانغ وقد أعربت أنقرة مرارا عن "
                 "قلقها إزاء المعاملة التي تتلقاها هذه الأقلية بأيدي السلطات.", "2015-07-31", "ACCUSE", "أعربت",
                 id="concern_voiced_repeatedly"),
    pytest.param("وكانت قوات الدفاع الشعبي، الجناح العسكري لحزب العمال الكردستاني، دانت في بيان على موقعها الإلكتروني "
                 "القصف التركي، معتبرة أنه «عدوان».", "2015-07-27", "ACCUSE", "",
                 id="an_opening_kana_past_an_apposition"),
    pytest.param("استقال عضو بارز في مجلس اللوردات البريطاني، يوم أمس (الاحد)، فيما تعتزم الشرطة التحقيق معه. وتنحى جون "
                 "بتيفانت سيويل عن منصب نائب رئيسة مجلس اللوردات البريطاني - الذي لا يشكل بالانتخاب - بعد أن نشرت \"ذا "
                 "صن\" اللقطة واتهمته بتعاطي المخدرات واستئجار بائعات هوى.", "2015-07-27", "ACCUSE", "",
                 id="a_verb_joined_by_wa_in_the_clause_after_baada_an"),
    pytest.param("وأشارت الصحيفة إلى ما حدث خلال استجواب كارتر. في ذلك الوقت، أيد غزو أفغانستان، وأيد غزو العراق، ولم "
                 "يعارض غزو إيران.", "2015-07-31", "SUPPORT", "في ذلك", id="at_that_time_fronted_before_a_comma"),
    # (the rows of time_words background no other test reads)
    # (a verb right after لطالما is no act at all, a habit: reports; the row reads one it follows in its clause)
    pytest.param("وقد أشادت المستشارة ميركل لطالما بالعلاقات الوثيقة بين تركيا وألمانيا.", "2015-07-31", "SUPPORT", "",
                 id="latalama"),
    pytest.param("وقد أشادت المستشارة ميركل أكثر من مرة بالعلاقات الوثيقة بين تركيا وألمانيا.", "2015-07-31", "SUPPORT",
                 "", id="more_than_once"),
    pytest.param("وقد أشادت المستشارة ميركل غير مرة بالعلاقات الوثيقة بين تركيا وألمانيا.", "2015-07-31", "SUPPORT", "",
                 id="ghayra_marra"),
    pytest.param("وقد أشادت المستشارة ميركل في مناسبات عدة بالعلاقات الوثيقة بين تركيا وألمانيا.", "2015-07-31",
                 "SUPPORT", "", id="on_several_occasions"),
    pytest.param("وقد أشادت المستشارة ميركل في مناسبات عديدة بالعلاقات الوثيقة بين تركيا وألمانيا.", "2015-07-31",
                 "SUPPORT", "", id="on_many_occasions"),
    pytest.param("وأشارت الصحيفة إلى ما حدث خلال استجواب كارتر. وفي ذلك الحين أيد غزو أفغانستان.", "2015-07-31",
                 "SUPPORT", "وفي ذلك", id="at_that_time_hin"),
]

# (text, published, type, the text the events checked start at or after): none of them told before publication.
NOT_BACKGROUND = [
    pytest.param(_BAGA.format(month="يونيو (حزيران) الماضي"), "2015-07-31", "ASSAULT", _OLD,
                 id="a_month_of_the_last_weeks_is_no_old_time"),
    pytest.param("وقال مصدر لصحيفة سبق ونددت الوزارة بالهجوم.", "2015-07-31", "ACCUSE", "",
                 id="sabaqa_a_papers_name"),
    pytest.param("قوات الدفاع الشعبي، الجناح العسكري لحزب العمال الكردستاني، دانت في بيان على موقعها الإلكتروني القصف "
                 "التركي، معتبرة أنه «عدوان».", "2015-07-27", "ACCUSE", "", id="an_apposition_with_no_kana"),
]


def _dates_from(nlp, text, published, kind, after):
    """kept_dates of the events of `kind` whose trigger starts at or after `after` (and before `_THEN`, when the text
    has it)."""
    start = text.index(after) if after else 0
    end = text.find(_THEN) if _THEN in text else len(text)
    # (kept_dates gives no trigger offsets: the events' own words are found in the text in their order)
    rows, at = [], 0
    for row in kept_dates(nlp, text, kind, published):
        at = text.find(row[0], at)
        if start <= at < end:
            rows.append(row)
        at += len(row[0])
    return rows


@pytest.mark.parametrize("text, published, kind, after", BACKGROUND)
def test_acts_told_before_the_publication_day(nlp, text, published, kind, after):
    """The events are there, none has a day of its own, and each ends on the publication day."""
    got = _dates_from(nlp, text, published, kind, after)
    assert all_dated(got, None) and all(end == published for _, _, end, _ in got), got


@pytest.mark.parametrize("text, published, kind, after", NOT_BACKGROUND)
def test_acts_not_made_background(nlp, text, published, kind, after):
    """The events are there and each keeps a day."""
    got = _dates_from(nlp, text, published, kind, after)
    assert got and all(d is not None and s != "before_published" for _, d, _, s in got), got
