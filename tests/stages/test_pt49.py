"""Round pt49: the parties of the clause reading.

A verb of asking, blaming or judging told as verb, subject, object, what is asked (إلى، بـ، بأن), where the subject is
seen to end before the object (a day after it, or an object with the article right after the subject or its adjunct
in a preposition), takes the object as its recipient; a seizure of territory takes as recipient the party that held
the place, told in a relative clause of holding after it (التي كانت تحتلها X، كانت X يسيطرون عليها)."""

import pytest

PUBLISHED = "2015-08-09"


def _texts(triples):
    return [t for t, _, _ in triples]


@pytest.mark.parametrize("text, event, asked", [
    # right after the subject, a body with the article
    ("وجاء الإعلان عن الإصلاحات بعدما دعا آية الله علي السيستاني الحكومة إلى اتخاذ خطوات إصلاحية.",
     "REQUEST", "الحكومة"),
    # past the subject's words, its adjuncts in a preposition and the day told after it
    ("دعا صلاح الدين دمرطاش زعيم حزب الشعوب الديمقراطي الموالي للأكراد في تركيا أمس حزب العمال الكردستاني إلى "
     "«رفع إصبعه عن الزناد».", "REQUEST", "حزب العمال الكردستاني"),
    ("وطالب ممثل المرجعية الدينية في كربلاء أحمد الصافي الجمعة حيدر العبادي بأن يكون أكثر «جرأة وشجاعة».",
     "REQUEST", "حيدر العبادي"),
    # right after the subject's adjunct and its adjective; what is asked past a comma
    ("طالبت وزارة الدفاع وهيئة الأركان في الحكومة السورية المؤقتة الأمين العام للأمم المتحدة بان كي مون، بالخروج "
     "عن صمته.", "REQUEST", "الأمين العام للأمم المتحدة بان كي مون"),
    # a verb of blaming
    ("من جانب آخر، اتهم مرتضى حسيني رئيس اللجنة الثقافية في البرلمان الإيراني الدول الغربية بترويج تربية الحيوانات "
     "الأليفة.", "ACCUSE", "الدول الغربية"),
])
def test_object_past_subject(parties, text, event, asked):
    """The one asked or blamed, told after the subject, is the recipient; the subject stays the actor."""
    actors, recipients = parties.of(text, event)
    assert asked in _texts(recipients)
    assert asked not in _texts(actors)


@pytest.mark.parametrize("text, event, wrong", [
    # a preposition's phrase within the subject's words is no recipient once the object is read
    ("دعا صلاح الدين دمرطاش زعيم حزب الشعوب الديمقراطي الموالي للأكراد في تركيا أمس حزب العمال الكردستاني إلى "
     "«رفع إصبعه عن الزناد».", "REQUEST", "للأكراد"),
    # a relative clause told of the subject: its phrase is no object
    ("ويطالب التيار الوطني الحر المتحالف مع حزب الله والذي يترأسه الزعيم المسيحي ميشال عون بأن يقر مجلس الوزراء "
     "تعيين قائد للجيش.", "REQUEST", "الزعيم المسيحي ميشال عون"),
    # a person's name right after the subject's adjunct is the subject's own (an apposition), no one asked
    ("ودعا وزير الخارجية في حكومة الوفاق محمد سيالة إلى وقف القتال.", "REQUEST", "محمد سيالة"),
])
def test_no_object_past_subject(parties, text, event, wrong):
    """No recipient is read from the subject's own words."""
    _, recipients = parties.of(text, event)
    assert wrong not in _texts(recipients)


@pytest.mark.parametrize("text, holder", [
    ("وجاء ذلك بعد أن سيطرت المقاومة الشعبية على كافة المواقع التي كانت تحتلها ميليشيات الحوثي وصالح المتمردة.",
     "ميليشيات الحوثي"),
    ("وذلك بعد هدوء نسبي شهدته المحافظة يوم أمس، وسيطرة المقاومة على مواقع عدة كانت جماعة الحوثي المسلحة وأنصار "
     "صالح يسيطرون عليها.", "جماعة الحوثي المسلحة"),
])
def test_territory_holder(parties, text, holder):
    """The party that held the place seized, told in a relative clause of holding, lost it: the recipient."""
    actors, recipients = parties.of(text, "COERCE")
    assert holder in _texts(recipients)
    assert holder not in _texts(actors)


@pytest.mark.parametrize("text, met", [
    ("وعقد الغويل اجتماعات مكثفة أمس مع عدد من الوزراء والمستشارين بخصوص الأزمة التي تمر بها البلاد.", "الوزراء"),
    ("وقال مكتب موغيريني إنها ستجري لقاءات مع عدد من المسؤولين من بينهم وزير الخارجية عادل الجبير.", "المسؤولين"),
])
def test_counted_in_with(parties, text, met):
    """A count in مع (مع عدد من الوزراء) governs what it counts: the ones met are the meeting's recipient."""
    _, recipients = parties.of(text, "CONSULT")
    assert met in _texts(recipients)


@pytest.mark.parametrize("text, event, doer", [
    # a day set in brackets after the day it names ends no clause: the subject before it does the act after it
    ("وجهت السلطات الإسرائيلية اليوم (الأحد) اتهامات إلى سويدي من أصل فلسطيني، بالتجسس لصالح حزب الله اللبناني.",
     "ACCUSE", "السلطات الإسرائيلية"),
    ("قال المرصد السوري إن وحدات حماية الشعب الكردية انتزعت اليوم (الاثنين) السيطرة على بلدة صرين في شمال سوريا "
     "من يد مقاتلي تنظيم داعش.", "COERCE", "وحدات حماية الشعب الكردية"),
    # nor leaves the verb with no object, read as a passive: the phrase before it is the subject
    ("قصفت طائرات التحالف أمس (السبت) مواقع للحوثيين في صنعاء.", "ASSAULT", "طائرات التحالف"),
    ("استهدفت الطائرات الحربية أمس (الأربعاء)، هدفا عسكريا للحوثيين في صعدة.", "ASSAULT", "الطائرات الحربية"),
])
def test_bracketed_day(parties, text, event, doer):
    """A bracketed day (اليوم (الأحد)، أمس (الأربعاء)،) between the subject and the act keeps the subject the actor."""
    actors, recipients = parties.of(text, event)
    assert doer in _texts(actors)
    assert doer not in _texts(recipients)


def test_comma_after_bracketed_day(parties):
    """Nor does the comma after a bracketed day end the clause: the object after it is the verb's."""
    actors, recipients = parties.of("وكانت طائرات التحالف قصفت أمس (الأربعاء)، هدفا عسكريا للحوثيين في صعدة.",
                                    "ASSAULT")
    assert "طائرات التحالف" in _texts(actors)
    assert "للحوثيين" in _texts(recipients)


def test_passive_before_bracketed_day(parties):
    """A verb with no object past the bracketed day and a comma before a clause of its own stays a passive: its
    phrase underwent the act."""
    actors, recipients = parties.of("قال مسؤول محلي إن 12 شخصًا على الأقل قتلوا اليوم (السبت)، عندما هاجم انتحاريان "
                                    "حمام سباحة مزدحمًا في شمال العراق.", "ASSAULT")
    assert "شخصًا" not in _texts(actors)
