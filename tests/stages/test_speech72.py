"""Round 72 speech fixes: a speaker named later by his bare name («وقال ريش») takes the sector of the title that
first named him («السيناتور جيم ريش»: LEG), so the violation of rights he tells is his accusation of the party;
and a meddling a speaker charges through its patron («تدخل الميليشيات الشيعية التابعة لإيران في الدول العربية») is
his accusation of the patron, not blocked by an accusation of others told before his cue in the sentence; and a
party a coded speaker tells shaking stability («إن إيران تواصل … لزعزعة الاستقرار») is his accusation of it."""

from event_lookup import coded

_RISCH = ("واجه الاتفاق النووي مع ايران جملة من الانتقادات العنيفة داخل أروقة لجنة الشئون الخارجية بالكونغرس الأمريكي "
          "حيث شن السيناتور جيم ريش هجوما عنيفا عليه وشكك بنوايا إيران حول الاتفاق النووي . وقال ريش أن إيران بلد "
          "ينتهك حقوق الإنسان ، وأتهم وزير الخارجية جون كيري بالفشل في التفاوض معها.")
_UNTITLED = "وقال ريش أن إيران بلد ينتهك حقوق الإنسان."
_MACHNOUK = ("مؤخرا، خرجت أصوت لبنانية جريئة، تنتقد صراحة الدور الإيراني في لبنان والمنطقة، فقد أكد وزير الداخلية "
             "اللبناني نهاد المشنوق أن تدخل الميليشيات الشيعية التابعة لإيران في الدول العربية يزيد الخلل المذهبي في "
             "المنطقة.")
_NO_LANDS = ("أكد وزير الداخلية اللبناني نهاد المشنوق أن تدخل الميليشيات الشيعية التابعة لإيران يزيد الخلل المذهبي "
             "في المنطقة.")


def _events(nlp, text, kind):
    """(trigger, actor (code, sector) pairs, recipient codes) of the `kind` events of `text` (published 2015-07-23)."""
    return [(e.trigger.text, [(x.code, x.sector) for x in e.actor], [x.code for x in e.recipient])
            for e in coded(nlp, text, "2015-07-23").events if e.event == kind]


def test_bare_name_speaker_takes_his_title(nlp):
    """«شن السيناتور جيم ريش … وقال ريش أن إيران بلد ينتهك حقوق الإنسان»: ACCUSE by Risch (LEG) → Iran, no
    REJECT of Iran's; with no title before, nothing carried (no accusation)."""
    assert ("ينتهك", [(None, "LEG")], ["IRN"]) in _events(nlp, _RISCH, "ACCUSE")
    assert not [e for e in _events(nlp, _RISCH, "REJECT") if e[0] == "ينتهك"]
    assert not [e for e in _events(nlp, _UNTITLED, "ACCUSE") if e[0] == "ينتهك"]


def test_meddling_through_patron_is_accusation(nlp):
    """«أكد وزير الداخلية اللبناني … أن تدخل الميليشيات الشيعية التابعة لإيران في الدول العربية»: ACCUSE Lebanon →
    Iran at «تدخل»; with no lands meddled in told, none."""
    assert ("تدخل", [("LBN", "GOV")], ["IRN"]) in _events(nlp, _MACHNOUK, "ACCUSE")
    assert not [e for e in _events(nlp, _NO_LANDS, "ACCUSE") if e[0] == "تدخل"]


_KIRBY = ("صرح المتحدث باسم الخارجية الأمريكية جون كيربي بأن إيران ليست دولة صديقة. وقال المسؤول الأمريكي في تصريحات "
          "صحفية له أمس «إن إيران تواصل التمويل والمشاركة والتشجيع والتحريض على أنشطة مثيرة لزعزعة الاستقرار في منطقة "
          "الشرق الأوسط».")
_GUARD = ("وقال المسؤول الأمريكي في تصريحات صحفية له أمس «إن إيران لن تسمح لأحد بزعزعة الاستقرار في منطقة الشرق "
          "الأوسط».")


def test_destabilizing_party_is_accused(nlp):
    """«وقال المسؤول الأمريكي «إن إيران تواصل … لزعزعة الاستقرار»»: ACCUSE USA → Iran at «لزعزعة»; «إن إيران لن تسمح
    لأحد بزعزعة الاستقرار»: none."""
    assert ("لزعزعة", [("USA", "GOV")], ["IRN"]) in _events(nlp, _KIRBY, "ACCUSE")
    assert not [e for e in _events(nlp, _GUARD, "ACCUSE") if e[0] == "بزعزعة"]
