"""Round 110 (a count of those arrested, repeats stage): «وقد بلغ عدد من ألقي القبض عليه حتى تاريخه (431)» told after
«تمكنت الجهات الأمنية … من الإطاحة بتنظيم» (2015-07-22 #913, #1561) counts those arrested in the arrest told before, not
an arrest of its own; an arrest with no count before it in the same sentence stays a second arrest."""

from stage_coding import kept_flags

_DATE = "2015-07-22"


def _arrests(nlp, text):
    """The COERCE events the whole pipeline keeps for `text`: their trigger words."""
    return [w for t, w, _, _, _ in kept_flags(nlp, text, _DATE) if t == "COERCE"]


_CELLS = ("صرح المتحدث الأمني بوزارة الداخلية: بأن الجهات الأمنية المختصة تمكنت خلال الأسابيع القليلة الماضية بعد "
          "توفيق الله من الإطاحة بتنظيم مكون من خلايا عنقودية مرتبط بتنظيم داعش الإرهابي ، وذلك ضمن مخطط يُدار من "
          "المناطق المضطربة في الخارج ويهدف إلى إثارة الفتنة الطائفية وإشاعة الفوضى ، وقد بلغ عدد من ألقي القبض عليه "
          "حتى تاريخه (431) أربعمائة وواحداً وثلاثين موقوفاً غالبيتهم مواطنون.")


def test_count_of_those_arrested_is_the_arrest_told(nlp):
    """«وقد بلغ عدد من ألقي القبض عليه (431)»: one arrest, the toppling of the cells, not a second arrest."""
    assert _arrests(nlp, _CELLS) == ["الإطاحة بتنظيم"]


_TWO = ("ألقت الشرطة التركية القبض على ثلاثة مشتبه بهم في أنقرة، كما ألقت الشرطة اليونانية القبض على مهربين اثنين "
        "في أثينا.")


def test_a_second_arrest_with_no_count_stays(nlp):
    """Two arrests by two police forces in one sentence, no count word before the second: two arrests."""
    assert len(_arrests(nlp, _TWO)) == 2
