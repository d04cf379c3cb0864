"""Phone calls, long titled subjects of light verbs, acts told as a purpose, and an object past a span of time
(must / must not)."""

import pytest


def events(nlp, text, date="2015-07-26"):
    return nlp(text, published=date).events


def one(nlp, text, etype):
    evs = [e for e in events(nlp, text) if e.event == etype]
    assert evs, f"no {etype} in {text!r}: {[e.event for e in events(nlp, text)]}"
    return evs[0]


@pytest.mark.parametrize("text,recipient", [
    ("أجرى الأمير محمد بن سلمان أمس اتصالا هاتفيا بالملك عبدالله الثاني.", "الملك عبدالله الثاني"),
    ("أجرى الأمير محمد بن سلمان اتصالا هاتفيا بجلالة الملك عبدالله الثاني.", "الملك عبدالله الثاني"),
])
def test_the_one_called_after_ba_is_the_recipient_of_a_call(nlp, text, recipient):
    ev = one(nlp, text, "CONSULT")
    assert [r.text for r in ev.recipient] == [recipient]
    assert [a.text for a in ev.actor] == ["الأمير محمد بن سلمان"]


def test_a_call_for_an_occasion_has_no_recipient(nlp):
    ev = one(nlp, "أجرى الوزير اتصالا هاتفيا بمناسبة العيد.", "CONSULT")
    assert not ev.recipient and [a.text for a in ev.actor] == ["الوزير"]


def test_the_caller_after_min_calls_the_one_who_received_it(nlp):
    ev = one(nlp, "تلقى الأمير محمد بن سلمان، اتصالا هاتفيا، أمس، من الرئيس اليمني عبد ربه منصور هادي.", "CONSULT")
    assert [a.text for a in ev.actor] == ["الرئيس اليمني عبد ربه منصور هادي"]
    assert [r.text for r in ev.recipient] == ["الأمير محمد بن سلمان"]


def test_a_call_received_with_no_caller_named_has_no_actor(nlp):
    ev = one(nlp, "تلقى الأمير محمد بن سلمان، اتصالا هاتفيا، أمس.", "CONSULT")
    assert not ev.actor


def test_a_long_titled_subject_of_a_light_verb_makes_the_call(nlp):
    text = ("أجرى صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس "
            "الوزراء وزير الدفاع أمس اتصالا هاتفيا بجلالة الملك عبدالله الثاني.")
    ev = one(nlp, text, "CONSULT")
    assert ev.actor and ev.actor[0].text.startswith("الأمير محمد بن سلمان")
    assert [(r.text, r.code) for r in ev.recipient] == [("الملك عبدالله الثاني", "JOR")]


def test_a_light_verb_far_before_with_a_clause_between_gives_no_actor(nlp):
    text = ("أجرى الفريق الطبي عملية جراحية للمريض في المستشفى بعد أن وصل المصابون من موقع الحادث وقد نقلت "
            "الوكالة اتصالا هاتفيا مع الوزير.")
    ev = one(nlp, text, "CONSULT")
    assert not ev.actor or ev.actor[0].text != "الفريق الطبي"


@pytest.mark.parametrize("text", [
    "وصل الوزير إلى الرياض لإجراء محادثات مع المسؤولين السعوديين.",
    "وصل الوزير إلى عمان لعقد اجتماع مع نظيره الأردني.",
    "وصل الوزير إلى عمان للمشاركة في اجتماع وزراء الخارجية العرب.",
])
def test_an_act_told_as_the_purpose_of_a_journey_is_intended(nlp, text):
    assert one(nlp, text, "CONSULT").future


def test_talks_held_on_arrival_are_a_fact(nlp):
    assert not one(nlp, "وصل الوزير إلى الرياض وأجرى محادثات مع المسؤولين السعوديين.", "CONSULT").future


@pytest.mark.parametrize("text", [
    "ذكرت الوكالة أن اعتقلت قوات الاحتلال خلال الأيام الماضية أكثر من 30 فلسطينيا.",
    "ذكرت الوكالة أن قوات الاحتلال اعتقلت خلال الأيام الماضية أكثر من 30 فلسطينيا.",
])
def test_an_arrest_with_a_span_of_time_before_its_object_keeps_its_subject_as_actor(nlp, text):
    ev = one(nlp, text, "COERCE")
    assert [a.text for a in ev.actor] == ["قوات الاحتلال"]
    assert [r.text for r in ev.recipient] == ["فلسطينيا"]


def test_a_soldier_killed_during_clashes_stays_the_victim(nlp):
    ev = one(nlp, "ذكرت الوكالة أن جنديا قتل خلال الاشتباكات.", "ASSAULT")
    assert not ev.actor and [r.text for r in ev.recipient] == ["جنديا"]


def test_a_soldier_killed_in_the_past_days_stays_the_victim(nlp):
    ev = one(nlp, "ذكرت الوكالة أن جنديا قتل خلال الأيام الماضية.", "ASSAULT")
    assert not ev.actor and [r.text for r in ev.recipient] == ["جنديا"]


def test_talks_blamed_on_someone_after_li_are_no_intention(nlp):
    ev = one(nlp, "انتقد نتنياهو الإدارة الأميركية لإجراء المفاوضات مع إيران.", "CONSULT")
    assert not ev.future


def test_a_verb_after_a_purpose_noun_and_its_noun_is_not_intended(nlp):
    text = "تقترح الجامعة أن يكون يوم 29 موعدا لعقد هذا الاجتماع واتفق رؤساء أركان الجيوش العربية في اجتماعين على الخطة."
    ev = one(nlp, text, "AGREE")
    assert not ev.future


def test_talks_after_a_recall_for_consultations_are_intended(nlp):
    assert one(nlp, "استدعت البحرين سفيرها لدى طهران لإجراء مشاورات.", "CONSULT").future


def test_a_meeting_held_by_someone_named_after_the_light_verb_has_that_actor(nlp):
    ev = one(nlp, "جاء ذلك خلال اتصال هاتفي أجراه الرئيس الإيراني مع نظيره الفرنسي.", "CONSULT")
    assert [a.text for a in ev.actor] == ["الرئيس الإيراني"]
    ev = one(nlp, "جاء ذلك خلال لقاء عقده الوزير مع السفير الفرنسي.", "CONSULT")
    assert [a.text for a in ev.actor] == ["الوزير"]


def test_his_contract_is_no_light_verb(nlp):
    assert not [e for e in events(nlp, "أكد اللاعب أن الاجتماع مع الإدارة لم يحسم تجديد عقده.") if e.actor]


@pytest.mark.parametrize("text", [
    "تسعى الحكومة إلى إجراء مفاوضات مع المعارضة.",
    "يسعى الرئيس إلى عقد اجتماع مع نظيره الفرنسي.",
])
def test_talks_sought_through_a_light_verbal_noun_are_intended(nlp, text):
    assert one(nlp, text, "CONSULT").future


def test_talks_criticised_through_a_light_verbal_noun_are_no_intention(nlp):
    assert not one(nlp, "انتقد الرئيس إجراء محادثات مع المعارضة.", "CONSULT").future


def test_a_long_titled_subject_before_a_time_of_two_words_makes_the_call(nlp):
    text = ("أجرى الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع "
            "أمس الأول اتصالا هاتفيا بالملك عبد الله الثاني.")
    ev = one(nlp, text, "CONSULT")
    assert ev.actor and ev.actor[0].text.startswith("الأمير محمد بن سلمان")


def test_a_long_titled_subject_of_qama_makes_the_visit(nlp):
    text = ("قام صاحب السمو الملكي الأمير فيصل بن سلمان بن عبدالعزيز أمير منطقة المدينة المنورة رئيس مجلس إدارة "
            "الهيئة أمس بزيارة لمحافظة ينبع.")
    ev = one(nlp, text, "CONSULT")
    assert ev.actor and ev.actor[0].text.startswith("الأمير فيصل بن سلمان")


def test_a_subject_broken_by_words_no_phrase_holds_gives_no_actor(nlp):
    text = ("قام صاحب السمو الملكي الأمير فيصل بن سلمان بن عبدالعزيز أمير منطقة المدينة المنورة ورئيس مجلس إدارة "
            "الهيئة وعضو اللجنة العليا لمتابعة أعمال المشاريع الكبرى أمس بزيارة لمحافظة ينبع.")
    assert not one(nlp, text, "CONSULT").actor


def test_an_arrest_past_a_span_of_hours_and_a_count_keeps_its_subject_as_actor(nlp):
    text = "قال المتحدث إن قوات الاحتلال الإسرائيلي اعتقلت خلال أقل من 24 ساعة الماضية نحو 20 فلسطينيا."
    ev = one(nlp, text, "COERCE")
    assert [a.text for a in ev.actor] == ["قوات الاحتلال الإسرائيلي"]
    assert [r.text for r in ev.recipient] == ["فلسطينيا"]


def test_a_soldier_killed_during_clashes_last_night_stays_the_victim(nlp):
    ev = one(nlp, "وذكرت الوكالة أن جنديا قتل خلال اشتباكات مساء أمس مع المسلحين.", "ASSAULT")
    assert not ev.actor and [r.text for r in ev.recipient] == ["جنديا"]


@pytest.mark.parametrize("text", [
    "ومن المقرر أن تبدأ اليونان محادثات مع الاتحاد الأوروبي.",
    "ومن المقرر أن يعقد الوزير غدا في باريس اجتماعا مع نظيره الفرنسي.",
    "يعتزم الوزير أن يجري محادثات مع نظيره.",
])
def test_the_object_of_a_verb_planned_through_an_is_intended(nlp, text):
    assert one(nlp, text, "CONSULT").future


@pytest.mark.parametrize("text", [
    "أكد الوزير أن يجري محادثات مع نظيره.",
    "أعرب الرئيس عن أمله في أن تساعد زيارة أوباما على تغيير الصورة.",
])
def test_a_noun_after_an_unplanned_verb_or_as_its_subject_is_not_intended(nlp, text):
    assert not one(nlp, text, "CONSULT").future
