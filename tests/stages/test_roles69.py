"""Round 69, roles: the patient is never the actor (charges denied or rejected, house arrest), the doer of
«التي قامت بها» is no recipient, and a court's conviction on a بـ charge is a sanction."""

from stage_coding import events_coded


def _parties(ev):
    """The actor and recipient texts of an event."""
    return [a.text for a in ev.actor], [r.text for r in ev.recipient]


def _of(nlp, text, word):
    """The coded events whose trigger text contains the word."""
    return [e for e in events_coded(nlp, text, "2015-07-23") if word in e.trigger.text]


def test_a_denier_far_before_the_charges_rejects_them(nlp):
    """«وينفي رضايان وعائلته والمقربون منه هذه الاتهامات»: the denier is no accuser; the denial is a rejection."""
    (ev,) = _of(nlp, "وينفي رضايان وعائلته والمقربون منه هذه الاتهامات بشكل قاطع.", "الاتهامات")
    assert ev.event == "REJECT" and "رضايان" in _parties(ev)[0][0]


def test_who_rejects_the_charges_is_the_accused(nlp):
    """«ورفض الجيش النيجيري هذه الاتهامات»: the army is accused, not the accuser."""
    evs = [e for e in _of(nlp, "ورفض الجيش النيجيري هذه الاتهامات، ووعد الرئيس النيجيري بإجراء تحقيق.", "الاتهامات")
           if e.event == "ACCUSE"]
    assert evs and all(not e.actor for e in evs)
    assert any(r == "الجيش النيجيري" for e in evs for r in _parties(e)[1])


def test_a_court_condemning_on_a_charge_convicts(nlp):
    """«وأدانت المحكمة الشركة بارتكاب خطأ تنظيمي»: a court's conviction is a SANCTION, not a voiced blame."""
    (ev,) = _of(nlp, "وأدانت المحكمة الشركة بارتكاب خطأ تنظيمي تسبب في عدم راحة بدنية للمرأة.", "أدانت")
    assert ev.event == "SANCTION" and _parties(ev) == (["المحكمة"], ["الشركة"])


def test_the_one_under_house_arrest_is_held(nlp):
    """«ولا يزال مهدي كروبي قيد الإقامة الجبرية»: Karroubi is held, no holder."""
    (ev,) = _of(nlp, "ولا يزال مهدي كروبي قيد الإقامة الجبرية منذ 2011.", "الإقامة")
    assert not ev.actor and "كروبي" in _parties(ev)[1][0]


def test_the_doer_of_a_relative_clause_of_doing_is_the_actor(nlp):
    """«سقطوا خلال عمليات العنف التي قامت بها ميليشيات الحوثي»: the Houthi militias did the killing; no victims."""
    text = ("وأضاف في تصريح نشرته وكالة الانباء اليمنية \"سبأ\" أن \"القتلى والجرحى سقطوا خلال عمليات العنف التي قامت "
            "بها ميليشيات الحوثي وصالح ضد المدنيين في محافظة عدن منذ أكثر من ثلاثة اشهر\".")
    evs = [e for e in _of(nlp, text, "القتلى") if e.event == "ASSAULT"]
    assert evs and all("ميليشيات الحوثي" not in _parties(e)[1] for e in evs)
    assert any("ميليشيات الحوثي" in _parties(e)[0] for e in evs)


def test_attacking_a_policy_is_blame(nlp):
    """«وهاجم الجبير السياسات الإيرانية»: words of blame (ACCUSE), no ASSAULT."""
    evs = _of(nlp, "وهاجم الجبير السياسات الإيرانية في المنطقة.", "هاجم")
    assert evs and all(e.event == "ACCUSE" for e in evs)
    assert _parties(evs[0]) == (["الجبير"], ["السياسات الإيرانية"])
