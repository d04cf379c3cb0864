"""Round 68 speech fixes: a speaker's charge against a named party, told in what the speaker says, is the speaker
accusing that party (ACCUSE, the speaker's code → the party's), not an act of the party told as a fact: «وقال
الجبير إيران تدعم الإرهاب» is al-Jubeir accusing Iran, no support of Iran's; so is «إيران بلد ينتهك حقوق الإنسان»
said by him. A charge rebutted («عن مزاعم دعمها للإرهاب») or laid by an accusing verb already told
(«اتهم المملكة بدعم ورعاية الإرهاب») stays the charge's content, supposed."""

from event_lookup import coded

_JUBEIR = ("وقال الجبير إيران تدعم الإرهاب وتخلق الشغب في المنطقة، ونرحب بأي اتفاق يضمن عدم قدرة إيران على حيازة "
           "سلاح نووي.")
_WELCOME = ("وأكد الجبير ترحيب المملكة بأي اتفاق يضمن عدم قدرة إيران على حيازة سلاح نووي، لكونها تدعم الإرهاب "
            "وتخلق الشغب في المنطقة، داعياً طهران إلى الاستفادة من الاتفاق النووي.")
_RIGHTS = "وقال الجبير: إيران بلد ينتهك حقوق الإنسان."
_REBUTTED = ("وقال السفير أحمد بن حلي إن الاتهامات عارية من الصحة، وأشار إلى أن المملكة بعيدة تماما عن مزاعم دعمها "
             "للإرهاب.")
_MALIKI = "وكان مجلس الوزراء قد استنكر تصريحات نوري المالكي الذي اتهم المملكة العربية السعودية بدعم ورعاية الإرهاب ."


def _at(nlp, text, word):
    """The events of `text` (published 2015-07-23) whose trigger is `word`."""
    return [e for e in coded(nlp, text, "2015-07-23").events if e.trigger.text == word]


def _codes(parties):
    """The codes of the parties."""
    return {p.code for p in parties}


def test_said_support_of_terror_is_an_accusation(nlp):
    """«وقال الجبير إيران تدعم الإرهاب»: ACCUSE SAU → IRN, no support by Iran; but «اتهم المملكة العربية السعودية
    بدعم ورعاية الإرهاب»: the accusation is اتهم's, the support stays supposed (no second ACCUSE)."""
    evs = _at(nlp, _JUBEIR, "تدعم")
    assert [e.event for e in evs] == ["ACCUSE"]
    assert _codes(evs[0].actor) == {"SAU"} and _codes(evs[0].recipient) == {"IRN"} and not evs[0].hypothetical
    assert not [e for e in _at(nlp, _MALIKI, "دعم") if e.event == "ACCUSE"]


def test_charge_in_a_clause_of_reason_is_an_accusation(nlp):
    """«وأكد الجبير … لكونها تدعم الإرهاب»: al-Jubeir's charge, ACCUSE SAU → IRN; but «المملكة بعيدة تماما عن
    مزاعم دعمها للإرهاب»: the speaker rebuts the charge, no ACCUSE by him."""
    evs = _at(nlp, _WELCOME, "تدعم")
    assert [e.event for e in evs] == ["ACCUSE"] and _codes(evs[0].actor) == {"SAU"}
    assert _codes(evs[0].recipient) == {"IRN"}
    assert not [e for e in _at(nlp, _REBUTTED, "دعمها") if e.event == "ACCUSE"]


def test_said_violation_of_rights_is_an_accusation(nlp):
    """«الجبير: إيران بلد ينتهك حقوق الإنسان»: ACCUSE SAU → IRN, no violation told as a fact."""
    evs = _at(nlp, _RIGHTS, "ينتهك")
    assert [e.event for e in evs] == ["ACCUSE"]
    assert _codes(evs[0].actor) == {"SAU"} and _codes(evs[0].recipient) == {"IRN"}


_AZHAR = ("وأكد مصدر مسؤول في الأزهر أن «المشيخة ترى تدخل طهران في شؤون الدول العربية تحويلا لها إلى ساحات "
          "للاقتتال، وأن هذا التدخل يكون بيئة خصبة لانتشار الأفكار المتطرفة».")
_NOT_MEDDLE = ("وشدد على ضرورة أن تتعاون إيران في المنطقة وفقا لمبادئ حسن الجوار وعدم التدخل في الشؤون الداخلية "
               "واحترام سلامة الأراضي.")


def test_charged_meddling_is_an_accusation(nlp):
    """«وأكد مصدر مسؤول في الأزهر أن المشيخة ترى تدخل طهران في شؤون الدول العربية»: the source accuses Iran (ACCUSE
    → IRN on «تدخل»); «وعدم التدخل في الشؤون الداخلية» charges no one."""
    evs = [e for e in _at(nlp, _AZHAR, "تدخل") if e.event == "ACCUSE"]
    assert len(evs) == 1 and _codes(evs[0].recipient) == {"IRN"} and evs[0].actor
    assert not [e for e in coded(nlp, _NOT_MEDDLE, "2015-07-23").events if e.event == "ACCUSE"]
