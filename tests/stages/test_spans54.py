"""Round 50 (spans54): a foreign official named by a title whose country follows as «جمهورية X» in the title's
genitive (سفير جمهورية باكستان) or after بـ (وزير الشؤون الخارجية بجمهورية تونس) takes that country's code, and the
title with its country is one party."""

from event_lookup import event_by_trigger as _event


def test_an_ambassador_of_the_republic_of_pakistan_is_one_pakistani_recipient(nlp):
    """The recipient of the reception is the ambassador with his country: PAK/GOV «سفير جمهورية باكستان»."""
    text = ("استقبل صاحب السمو الملكي الأمير فيصل بن بندر بن عبدالعزيز أمير منطقة الرياض في مكتب سموه بقصر الحكم أمس "
            "سفير جمهورية باكستان لدى المملكة منظور الحق.")
    ev = _event(nlp, text, "استقبل")
    assert [(r.text, r.code, r.sector) for r in ev.recipient] == [("سفير جمهورية باكستان", "PAK", "GOV")]
    assert not any(r.code is None for r in ev.recipient)


def test_a_prime_minister_of_the_republic_of_lebanon_with_his_name_is_lebanese(nlp):
    """«رئيس وزراء جمهورية لبنان تمام سلام» is one party coded LBN/GOV (not «لبنان تمام سلام» apart from the title)."""
    text = "التقى وزير الخارجية عادل الجبير رئيس وزراء جمهورية لبنان تمام سلام في الرياض."
    ev = _event(nlp, text, "التقى")
    assert [(r.text, r.code, r.sector) for r in ev.recipient] == [
        ("رئيس وزراء جمهورية لبنان تمام سلام", "LBN", "GOV")]


def test_a_minister_of_foreign_affairs_of_a_state_in_ba_with_his_name_is_one_party(nlp):
    """«وزير الشؤون الخارجية بجمهورية تونس الطيب البكوش» is one recipient coded TUN/GOV."""
    text = ("استقبل سمو ولي العهد الأمير محمد بن نايف وزير الشؤون الخارجية بجمهورية تونس الطيب البكوش في الرياض.")
    ev = _event(nlp, text, "استقبل")
    assert [(r.text, r.code, r.sector) for r in ev.recipient] == [
        ("وزير الشؤون الخارجية بجمهورية تونس الطيب البكوش", "TUN", "GOV")]


def test_a_state_in_ba_before_a_titled_name_joins_the_office(nlp):
    """«وزير الخارجية بدولة قطر الدكتور خالد بن محمد العطية»: the state joins the office (QAT/GOV), and «دولة قطر»
    is no recipient of the meeting he chairs (2015-08-03 #946)."""
    text = "استقبل الملك سلمان وزير الخارجية بدولة قطر الدكتور خالد بن محمد العطية."
    ev = _event(nlp, text, "استقبل")
    assert [(r.text, r.code, r.sector) for r in ev.recipient] == [("وزير الخارجية بدولة قطر", "QAT", "GOV")]
    text = ("وترأس الاجتماع معالي وزير الخارجية بدولة قطر الدكتور خالد بن محمد العطية بحضور معالي الأمين العام لمجلس "
            "التعاون لدول الخليج العربية الدكتور عبداللطيف بن راشد الزياني.")
    assert not any(r.text == "دولة قطر" for e in nlp(text, published="2015-08-03").events for r in e.recipient)


def test_an_ambassador_of_a_kingdom_named_with_its_state_word_takes_its_code(nlp):
    """«سفير مملكة السويد لدى المملكة» is one recipient coded SWE/GOV (the state word «مملكة» before the name)."""
    text = "استقبل الأمير فيصل بن بندر بن عبدالعزيز أمير منطقة الرياض أمس سفير مملكة السويد لدى المملكة."
    ev = _event(nlp, text, "استقبل")
    assert [(r.text, r.code, r.sector) for r in ev.recipient] == [("سفير مملكة السويد", "SWE", "GOV")]
