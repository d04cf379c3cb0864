"""Round 100 (dates100): event dates, from the judged dev slice 2015-07-31 #480–959: «البارحة الأولى» is the day
before yesterday; «على ما أفاد مسؤول … الخميس» is the report's day, which gives way to the day the next sentence
gives the attack; a day in the relative clause of an occurring («الذي وقع صباح الثلاثاء») is the bombing's, not the
condemnation's; an invitation answered («تلبية دعوة»، «استجابة لدعوة») came before the answer's day; talks a past
verb of a relative clause tells («الحركة التي بدأت مفاوضات») are not of the main clause's day; «ومن جهة أخرى» is read
as a turn to another matter."""

import pytest
from stage_coding import all_dated, kept_dates, none_dated

_DATE = "2015-07-31"

_BAGA = ("قام عناصر من حركة بوكو حرام بقتل عشرة صيادي سمك نيجيريين ذبحاً بالسكين في ثلاثة قرى قريبة من باغا على "
         "بحيرة تشاد في شمال شرق نيجيريا، على ما أفاد مسؤول محلي واحد السكان الخميس. ووقع الهجوم الاثنين، لكن "
         "المنطقة نائية وخطوط الهاتف شبه معطلة فيها.")

# (text, type, trigger (None: any), the day all its events are dated; None: before the publication day, no day of
# their own).
DAYS = [
    # «وصلت سفينة إغاثة إماراتية إلى ميناء عدن البارحة الأولى» (#634): the day before yesterday, 07-29.
    pytest.param("وصلت سفينة إغاثة إماراتية إلى ميناء عدن في اليمن البارحة الأولى، وعلى متنها مواد غذائية وتموينية "
                 "من أجل التخفيف من معاناة الشعب اليمني.", "AID", None, "2015-07-29",
                 id="the_night_before_last_is_two_days_back"),
    # «على ما أفاد مسؤول محلي … الخميس» then «ووقع الهجوم الاثنين» (#834): Thursday is the report's day; the
    # killing was on Monday, 07-27.
    pytest.param(_BAGA, "ASSAULT", "قتل", "2015-07-27", id="a_wire_attribution_day_gives_way_to_the_attack_day"),
    # «وأكد دعم مسار حقوق الإنسان باليمن وتلبية دعوة الحكومة اليمنية إلى زيارة عدن» (#631, #946): the
    # invitation was made before; not the statement's day.
    pytest.param("أكد رئيس لجنة حقوق الإنسان العربية أمس دعم اللجنة لليمن. وأكد دعم مسار حقوق الإنسان باليمن وتلبية "
                 "دعوة الحكومة اليمنية إلى زيارة عدن وتعز والمناطق اليمنية كافة.", "REQUEST", "دعوة", None,
                 id="an_invitation_answered_in_the_genitive_came_before"),
]

# (text, type, trigger (None: any), a day none of its events is dated).
NOT_DAYS = [
    # «استنكرت سفارة خادم الحرمين الشريفين … حادث التفجير الإرهابي الذي وقع صباح الثلاثاء الماضي» (#953): the
    # Tuesday is the bombing's; the condemnation has no day of its own (the publication day).
    pytest.param("استنكرت سفارة خادم الحرمين الشريفين لدى البحرين حادث التفجير الإرهابي الذي وقع صباح الثلاثاء "
                 "الماضي في جزيرة سترة بمملكة البحرين وراح ضحيته اثنين من رجال الشرطة البحرينية وإصابة ستة آخرين.",
                 "ACCUSE", None, "2015-07-28", id="a_condemnation_is_not_dated_by_the_bombing_it_condemns"),
    # «أنه استجابة لدعوة … الدكتور عبدالله الربيعة ، الأطباء اليمنيين … إلى التعاون …، قام المركز اليوم بالتنسيق»
    # (#700): «اليوم» dates the flight of the clause past the comma; the call came before.
    pytest.param("أوضح المتحدث الرسمي لمركز الملك سلمان للإغاثة والأعمال الإنسانية رأفت الصباغ أنه استجابة لدعوة "
                 "المشرف العام على مركز الملك سلمان للإغاثة الدكتور عبدالله الربيعة ، الأطباء اليمنيين من ذوي "
                 "الاختصاصات المختلفة إلى التعاون مع المركز للقيام بعمل تطوعي , قام المركز اليوم بنقل الأطباء "
                 "المتطوعين إلى اليمن.", "REQUEST", "دعوة", _DATE,
                 id="an_answered_call_is_not_dated_by_a_later_clause"),
    # «أعلنت حركة طالبان اليوم (الجمعة) تعيين …، في الوقت الذي تواجه فيه الحركة التي بدأت مفاوضات سلام صعبة مع
    # كابل» (#538): the talks were begun before; Friday is the announcement's day.
    pytest.param("أعلنت حركة طالبان الأفغانية المتطرفة اليوم (الجمعة) تعيين الملا أختر منصور زعيما جديدا لها خلفا "
                 "للملا عمر، في الوقت الذي تواجه فيه الحركة التي بدأت مفاوضات سلام صعبة مع كابل منافسة من تنظيم "
                 "داعش.", "CONSULT", "مفاوضات", _DATE,
                 id="talks_a_relative_clause_says_were_begun_are_not_of_the_main_clause_day"),
]


def _dates(nlp, text, kind, word):
    """kept_dates of the events of `kind` on the trigger `word` (any trigger when None)."""
    return [x for x in kept_dates(nlp, text, kind, _DATE) if word in (None, x[0])]


@pytest.mark.parametrize("text, kind, word, day", DAYS)
def test_events_take_the_day(nlp, text, kind, word, day):
    """The text codes events of `kind` on `word`, all dated `day`."""
    got = _dates(nlp, text, kind, word)
    assert all_dated(got, day), got


@pytest.mark.parametrize("text, kind, word, day", NOT_DAYS)
def test_events_are_not_of_the_day(nlp, text, kind, word, day):
    """The text codes events of `kind` on `word`, none dated `day`."""
    got = _dates(nlp, text, kind, word)
    assert none_dated(got, day), got


def test_a_turn_to_another_matter_is_read_after_a_short_conjoined_word():
    """«ومن جهة أخرى»، «وفي سياق آخر» (#667, #739): a word of three letters keeps its و in the word lists
    (`strip_wa`), so the turn was not read; `opens_with` takes the و off the first word itself."""
    from hadath.stages.phrases import opens_with
    turns = frozenset({("من", "جهة", "اخرى"), ("في", "سياق", "اخر")})
    assert opens_with(["ومن", "جهة", "اخرى", "طالبت"], turns, 3)
    assert opens_with(["وفي", "سياق", "اخر", "قصفت"], turns, 3)
    assert not opens_with(["ومنه", "جهة", "اخرى"], turns, 3)


def test_an_act_told_as_coming_afterwards_is_not_dated_by_the_time_before(nlp):
    """«وكان رئيس الحركة ونائبه قد اعتقلا في شهر نوفمبر … من العام الماضي، …، وحكم عليهما بعد ذلك بالسجن» (#522):
    the sentence came after November; the arrest keeps it."""
    text = ("وكان رئيس الحركة ونائبه قد اعتقلا في شهر نوفمبر (تشرين الثاني) من العام الماضي، خلال مسيرة حقوقية اصطدمت "
            "بقوات الأمن الموريتاني، وحكم عليهما بعد ذلك بالسجن عامين نافذين في محاكمة أثارت جدلاً كبيرًا.")
    events = nlp(text, published=_DATE).events
    verdict = [e for e in events if e.trigger.text == "حكم"]
    assert verdict and all(e.date != "2014-11-01" for e in verdict), [(e.trigger.text, e.date) for e in events]
    assert any(e.trigger.text == "اعتقلا" and e.date == "2014-11-01" for e in events)
