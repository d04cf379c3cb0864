"""Round 103 (f103): repeats. From the judged slice 2015-07-31 #1760–2211 and the dev slices: an execution told again
with «الجاني» (#1887, #1258, #1327); the parts of a counted series of strikes a source lists with «كما» and a bare
«القوات» (#1817); a visit invited past the full names of the inviter and the invited (#1960); a request and a demand
of the same parties (#1903); a meeting told again with the side its lead names (#1856); an extension announced and
then quoted from its announcer (dev #657, #1253); an act told again in a relative clause of a definite noun (#1828);
and seizures of two named places, no longer one (#272)."""

import pytest
from stage_coding import kept_triggers

_DAY = "2015-07-31"

# (text, type, the triggers of the events of that type the pipeline keeps).
TELLINGS = [
    # #1887: «وقد تم تنفيذ حكم القتل قصاصا بالجاني أمس» tells the lead's execution again; «الجاني» is its man.
    pytest.param("نفذت وزارة الداخلية أمس حكم القصاص في المدعو شارع بن مبارك بن شارع الجنيبي - سعودي الجنسية - "
                 "لإقدامه على قتل شارع بن علي بن شارع الجنيبي الأكلبي - سعودي الجنسية -. وقد تم تنفيذ حكم القتل "
                 "قصاصا بالجاني أمس بمحافظة بيشة في منطقة عسير.", "COERCE", ["نفذت"],
                 id="an_execution_told_again_of_the_culprit_is_one"),
    # #1327: told again in a governorate of the region the lead named, which its sentence names too.
    pytest.param("نفذت وزارة الداخلية أمس حكم القتل تعزيرا في مهرب مخدرات بمنطقة الرياض. وجرى تنفيذ حكم القتل في "
                 "الجاني أمس بمحافظة حريملاء في منطقة الرياض.", "COERCE", ["نفذت"],
                 id="an_execution_told_again_in_a_governorate_of_its_region_is_one"),
    # #1817: the source lists the parts of the 41 strikes: «… ، كما نفذت سبع ضربات» and «أن القوات نفذت أيضاً 17».
    pytest.param("نفذت قوات التحالف الدولي بقيادة الولايات المتحدة وحلفاءها اليوم 41 ضربة جوية استهدفت مواقع لتنظيم "
                 "داعش الإرهابي في سوريا والعراق. وقالت القيادة المشتركة لقوات التحالف الدولي في بيان: إن 17 ضربة "
                 "جوية نفذت قرب دير الزور، استهدفت مناطق تجمعات وجسور في سوريا، كما نفذت سبع ضربات جوية قرب الحسكة "
                 "واستهدفت وحدات تكتيكية ومواقع قتالية. وأضاف البيان أن القوات نفذت أيضاً 17 ضربة جوية في العراق "
                 "قرب تسع مدن استهدفت مناطق تجمع ووحدات تكتيكية.", "ASSAULT", ["ضربة جوية"],
                 id="parts_of_a_total_a_source_lists_are_the_total"),
    # #1960: the visit invited is the invitation's content, its names between the two not counted as distance.
    pytest.param("وجه الرئيس المصري عبد الفتاح السيسي الدعوة لخادم الحرمين الشريفين للقيام بزيارة رسمية لمصر.",
                 "CONSULT", [], id="a_visit_invited_past_long_names_is_the_invitation's"),
    # #1903: «طلب السفير اليمني من مجلس الأمن» and «وطالبت الحكومة اليمنية مجلس الأمن»: one ask.
    pytest.param("من ناحيته، طلب السفير اليمني من مجلس الأمن ممارسة المزيد من الضغط على الحوثيين. وطالبت الحكومة "
                 "اليمنية مجلس الأمن بتحرك حازم ضد الحوثيين.", "REQUEST", ["طلب"],
                 id="a_request_and_a_demand_of_the_same_parties_are_one"),
    # #1856: «أن عريقات لم يضع أي شروط مسبقة لعقد اللقاء» is the meeting of the lead, whose sentence names Erekat,
    # though the lead's meeting did not take him as a party.
    pytest.param("كشفت صحيفة «هآرتس» الاسرائيلية أمس، تفاصيل جديدة حول اللقاء السري الذي جمع الوزير الإسرائيلي "
                 "سيلفان شالوم الموكل بملف المفاوضات في حكومة نتنياهو بصائب عريقات كبير المفاوضين الفلسطينيين في "
                 "العاصمة الأردنية عمان مؤخرا. وادعت الصحيفة أن عريقات لم يضع أي شروط مسبقة لعقد اللقاء.", "CONSULT", ["اللقاء"],
                 id="a_meeting_told_again_with_a_side_its_lead_names_is_one"),
    # #657 (dev36), #1253 (dev37): the presidency's statement quoted tells the extension its lead announced.
    pytest.param("اعلنت الرئاسة التونسية في بيان الجمعة ان حالة الطوارىء التي اعلنت في الرابع من يوليو في البلاد "
                 "لثلاثين يوما بسبب استمرار خطر الاعتداءات الجهادية تم تمديدها لشهرين. وقالت الرئاسة \"بعد التشاور مع "
                 "رئيس الوزراء ورئيس البرلمان، قرر رئيس الجمهورية تمديد حالة الطوارىء على كامل التراب التونسي لشهرين "
                 "اعتبارا من الثالث من اغسطس 2015\".", "COERCE", ["اعلنت"],
                 id="an_act_announced_then_quoted_from_the_announcer_is_one"),
    # #1828: «فإن المركبة التي أطلقت النار على الشهيد» describes the vehicle by the shooting told first.
    pytest.param("استشهد رجل الأمن سامي معوض الحربي، إثر تعرضه لإطلاق نار خلال قيامه بتفتيش مركبة في بلدة الجش "
                 "بمحافظة القطيف. ووفقا للمعلومات، فإن المركبة التي أطلقت النار على الشهيد سامي الحربي تمكنت من "
                 "الهرب من الموقع.", "ASSAULT", ["استشهد"], id="an_act_in_a_relative_clause_of_a_thing_is_told_again"),
]


@pytest.mark.parametrize("text, kind, triggers", TELLINGS)
def test_the_events_kept(nlp, text, kind, triggers):
    """The events of `kind` the pipeline keeps are those on `triggers`, in order (the retellings folded)."""
    found = kept_triggers(nlp, text, kind, _DAY)
    assert found == triggers, found


def test_seizures_of_two_named_places_stay_two(nlp):
    """#272: a seizure in a district and a later one in another town are two acts, not one told again."""
    text = ("وقالت مصادر محلية في أبين، إن المقاومة تمكنت من السيطرة على جبل يسوف الاستراتيجي في مديرية لودر وجرى "
            "تطهيره كامل من الميليشيات الحوثية. وسيطرت المقاومة الشعبية بمدينة تعز وسط اليمن، على موقع استراتيجي كان "
            "في قبضة الحوثيين.")
    found = kept_triggers(nlp, text, "COERCE", _DAY)
    assert len(found) == 2, found


def test_a_new_culprit_act_elsewhere_stays(nlp):
    """An execution of «الجاني» in another region than the one told first is another act."""
    text = ("نفذت وزارة الداخلية أمس حكم القتل تعزيرا في مهرب مخدرات بمنطقة الرياض. وفي سياق آخر، تم تنفيذ حكم "
            "القتل في الجاني أمس في منطقة الجوف.")
    found = kept_triggers(nlp, text, "COERCE", _DAY)
    assert len(found) == 2, found
