"""Helper md_dt47 (the review of dt47's background dates). A time after a bound or a deadline («قبل تاريخ 9 أبريل
(نيسان) 2015») is no time the sentence narrates: the sentence after it does not go on with an old time. «في ذلك
الوقت»، «في ذلك الحين» are read as آنذاك: the act takes the time of the sentence before, the publication day too. A
verb joined by و after a clause بعد أن opens goes on with that clause only when it agrees with the clause's verb and
not with the main one («داهمت الشرطة … بعد أن تلقت معلومات استخبارية واعتقلت عشرين شخصا»: the arrest is the raid's).
Only a bare newspaper word (صحيفة، جريدة) makes «سبق و» a paper's name, not المصري. An act done again and again
(مرارا، أكثر من مرة) right after a sentence of the story's recent day is of that day."""

from types import SimpleNamespace

import pytest
from stage_coding import all_dated, kept_dates

from hadath.stages.anchors import _old_before

_CABINET = ("أكد مجلس الوزراء السعودي، أمس، أن أوامر خادم الحرمين الشريفين المتضمنة اختيار الأمير محمد بن نايف بن"
            " عبد العزيز وليًا للعهد وتعيينه نائبًا لرئيس مجلس الوزراء وزيرًا للداخلية، واختيار الأمير محمد بن"
            " سلمان بن عبد العزيز وليًا لولي العهد وتعيينه نائبًا ثانيًا لرئيس مجلس الوزراء وزيرًا للدفاع؛ تجسد"
            " حرصه على كل ما من شأنه رعاية مصلحة الوطن ومستقبله والحفاظ على استقراره واستمراره على الأسس التي قام"
            " عليها، والحفاظ على مصالحه العليا الهادفة لخير شعبه الوفي.\n\nجاء ذلك خلال جلسة مجلس الوزراء التي عقدت"
            " برئاسة خادم الحرمين الشريفين الملك سلمان بن عبد العزيز، في قصر اليمامة بالرياض بعد ظهر أمس.\n\nواستمع"
            " المجلس بعد ذلك إلى عدد من التقارير عن مستجدات الأوضاع وتطوراتها إقليميًا ودوليًا، ورفع شكره وتقديره"
            " لخادم الحرمين الشريفين على وقوفه إلى جانب الشعب اليمني ومؤازرته في هذه الظروف، منوهًا بتوجيهه لولي"
            " العهد نائب رئيس مجلس الوزراء وزير الداخلية باتخاذ الإجراءات اللازمة لتصحيح أوضاع المقيمين في"
            " السعودية بطريقة غير نظامية من أبناء اليمن الشقيق قبل تاريخ 9 أبريل (نيسان) 2015، مؤكدًا أن هذا"
            " التوجيه يعد امتدادًا لمواقف السعودية مع اليمن حكومة وشعبًا ومؤازرته في هذه الظروف وتخفيف الأعباء عن"
            " أبناء اليمن.\n\nورحب مجلس الوزراء بتعيين إسماعيل ولد شيخ أحمد مبعوثًا جديدًا للأمين العام للأمم"
            " المتحدة إلى اليمن، متمنيًا له التوفيق والنجاح في مهامه ومساعيه، ونوه بنتائج الاجتماع التشاوري"
            " لوزراء الداخلية بدول مجلس التعاون لدول الخليج العربية وما جرى خلاله من إقرار لآلية عمل اللجنة"
            " الخليجية للقائمة الإرهابية الموحدة تعزيزًا للعمل الأمني الخليجي المشترك في مجال مكافحة الإرهاب،"
            " وتأكيدا على الموقف الثابت لدول المجلس من نبذ الإرهاب والتطرف وضرورة تكثيف الجهود الأمنية لمحاربة"
            " هذا الفكر الضال وتجفيف مصادر تمويله، كما أثنى على نتائج اجتماع وزراء خارجية دول المجلس التحضيري"
            " للقاء التشاوري الـ15 لقادة دول المجلس.")  # a cabinet report (2015-07-21 #486)

# (text, published, type, the date the events of that type from the marked text on should have)
DATED = [
    pytest.param(_CABINET, "2015-07-21", "CONSULT", "ورحب", "2015-07-20", id="a_deadline_makes_no_sentence_old"),
    pytest.param("في عام 2001 كان كارتر عضوا في مجلس الشيوخ. وفي ذلك الوقت أيد غزو أفغانستان.", "2015-07-31",
                 "SUPPORT", "وفي ذلك", "2001-01-01", id="at_that_time_takes_the_year_before"),
    pytest.param("في عام 2001 كان كارتر عضوا في مجلس الشيوخ. وفي ذلك الحين أيد غزو أفغانستان.", "2015-07-31",
                 "SUPPORT", "وفي ذلك", "2001-01-01", id="at_that_time_hin_takes_the_year_before"),
    pytest.param("انفجرت سيارة مفخخة صباح اليوم في وسط بغداد مما أدى إلى مقتل خمسة أشخاص. وفي ذلك الوقت، اعتقلت الشرطة "
                 "ثلاثة مشتبه بهم.", "2015-07-22", "COERCE", "وفي ذلك", "2015-07-22",
                 id="at_that_time_takes_the_publication_day"),
    pytest.param("قالت الشرطة التركية اليوم إن مسلحين هاجموا مركزا أمنيا. وداهمت الشرطة منازل المشتبه بهم بعد أن تلقت "
                 "معلومات استخبارية واعتقلت عشرين شخصا.", "2015-07-27", "COERCE", "واعتقلت", "2015-07-27",
                 id="a_joined_verb_that_goes_on_with_the_main_clause"),
    pytest.param("وقال إن الرئيس المصري سبق واتهم جماعة الإخوان بالتحريض على العنف.", "2015-07-22", "ACCUSE", "",
                 None, id="sabaqa_wa_after_al_masri"),
    pytest.param("اشتبكت قوات الأمن مع محتجين مساء أمس في وسط المدينة. وأطلقت الشرطة الغاز المسيل للدموع أكثر من مرة "
                 "على المتظاهرين.", "2015-07-22", "ASSAULT", "وأطلقت", "2015-07-21",
                 id="more_than_once_on_the_storys_day"),
    pytest.param("اشتبكت قوات الأمن مع محتجين مساء أمس في وسط المدينة. وأطلقت الشرطة الغاز المسيل للدموع مرارا على "
                 "المتظاهرين.", "2015-07-22", "ASSAULT", "وأطلقت", "2015-07-21", id="repeatedly_on_the_storys_day"),
]


def _rows_from(nlp, text, published, kind, after):
    """kept_dates of the events of `kind` whose words stand at or after `after` (found in the text in their order)."""
    start = text.index(after) if after else 0
    rows, at = [], 0
    for row in kept_dates(nlp, text, kind, published):
        at = text.find(row[0], at)
        if at >= start:
            rows.append(row)
        at += len(row[0])
    return rows


@pytest.mark.parametrize("text, published, kind, after, day", DATED)
def test_background_dates_mended(nlp, text, published, kind, after, day):
    """The events are there and each has the day given (None: told before the publication day)."""
    got = _rows_from(nlp, text, published, kind, after)
    assert all_dated(got, day), got


def test_repeated_acts_stay_background_after_an_old_sentence(nlp):
    """مرارا after a sentence of an old year: the acts done again and again are told before the publication day."""
    text = ("في عام 2001 كان كارتر عضوا في مجلس الشيوخ. وقد أشادت المستشارة ميركل مرارا بالعلاقات الوثيقة بين تركيا "
            "وألمانيا.")
    assert all_dated(kept_dates(nlp, text, "SUPPORT", "2015-07-31"), None)


def _time(value):
    """A stand-in for a TimeExpr of `value`, as `_old_before` reads it."""
    return SimpleNamespace(value=value, end_value=None)


def test_the_60_day_branch_spares_a_sentence_whose_acts_are_recent():
    """A sentence whose only time is a month long gone is old, unless one of its events is dated within the last
    _OLD_DAYS days (the guard of the 60-day branch)."""
    times = [_time("2015-01")]
    assert _old_before(times, [SimpleNamespace(date=None)], "2015-07-31")
    assert not _old_before(times, [SimpleNamespace(date="2015-07-29")], "2015-07-31")
    assert _old_before(times, [SimpleNamespace(date="2015-05-01")], "2015-07-31")
