"""Round 99 (g99): what a denial reaches, and the flags of a possibility denied, of a known act reports tell of and of
talks a relative clause sets to resume. A denial does not reach the accusation noun that is its object (the charge
was made: «نفت أنقرة اتهامات وحدات الحماية»), nor the event that is the denial itself («نفى المشتبه به كل هذه
الاتهامات»), a perfect verb in و past its object noun phrase («ورفضت روسيا تسليمهما»), an act past a condition word
(«إذا رفعت عنها العقوبات») or past a relative pronoun after a comma («، في الوقت الذي أثبت فيه …»). Sentences of the
dev day 2015-07-31."""

from __future__ import annotations

_DATE = "2015-07-31"


def _events(coder, text, published=_DATE):
    """The events of a text as (type, trigger, negated, future, hypothetical, stance)."""
    art = coder(text, published=published)
    return [(e.event, e.trigger.text, e.negated, e.future, e.hypothetical, e.stance) for e in art.events]


def _stances(coder, text, kind):
    """The stances of the events of `kind` (at least one)."""
    out = [e[5] for e in _events(coder, text) if e[0] == kind]
    assert out, _events(coder, text)
    return out


def test_accusation_a_denial_takes_as_object_was_made(coder):
    """«نفت أنقرة اتهامات وحدات الحماية الكردية السورية بقصف الجيش التركي مواقعها» (#344): the YPG's accusation
    was made; only what it says is denied."""
    text = ("من جهة أخرى, نفت أنقرة اتهامات وحدات الحماية الكردية السورية بقصف الجيش التركي مواقعها في قرية حدودية، "
            "في وقت انتزع فيه الأكراد، السيطرة على بلدة صرين الاستراتيجية من داعش.")
    assert "deny" not in _stances(coder, text, "ACCUSE")


def test_denial_of_charges_is_not_itself_denied(coder):
    """«فقد نفى المشتبه به خالد كل هذه الاتهامات» (#379): the denial, coded a rejection, is done, not denied."""
    text = ("ولكن المشتبه به خالد استمر في ممارسة نفس النشاط وحاول تجنيد عدد من السجناء داخل السجن، ولكن وبحسب "
            "الإعلام البلجيكي، فقد نفى المشتبه به خالد كل هذه الاتهامات.")
    assert "deny" not in _stances(coder, text, "REJECT")


def test_verb_in_wa_past_a_denied_noun_phrase_is_a_clause_of_its_own(coder):
    """«وينفي كل من الرجلين أي تورط لهما في الحادث ورفضت روسيا تسليمهما» (#380): Russia's refusal is told as
    done; a refusal is no denial."""
    text = ("وقال هورويل إن الشرطة تريد محاكمة روسيين اثنين في بريطانيا بتهمة القتل. وينفي كل من الرجلين أي تورط لهما "
            "في الحادث ورفضت روسيا تسليمهما.")
    assert "deny" not in _stances(coder, text, "REJECT")


def test_act_a_condition_supposes_is_not_what_is_denied(coder):
    """«نفى وزير الخزانة جاك لو قول عدد من النواب … بأن إيران ستحصل على مائة وخمسين مليار دولار إذا رفعت عنها
    العقوبات» (#271): what is denied is the sum; the lifting is only supposed."""
    text = ("نفى وزير الخزانة جاك لو قول عدد من النواب الجمهوريين بأن إيران ستحصل على مائة وخمسين مليار دولار إذا "
            "رفعت عنها العقوبات الدولية والأميركية.")
    assert "deny" not in _stances(coder, text, "RETREAT")


def test_act_past_a_relative_after_a_comma_is_not_denied(coder):
    """«وأشارت السلطات اليونانية إلى أنه لم تظهر أي مشكلة تنظيمية، في الوقت الذي أثبت فيه بيار موسكوفيسي … أنه
    يجري حاليا التفاوض في ظروف تعاون إيجابية» (#288): the negation ends with its clause."""
    text = ("وأشارت السلطات اليونانية إلى أنه لم تظهر أي مشكلة تنظيمية، في الوقت الذي أثبت فيه بيار موسكوفيسي، المفوض "
            "الأوروبي، أنه يجري حاليا التفاوض في ظروف تعاون إيجابية.")
    assert "deny" not in _stances(coder, text, "COOPERATE")


def test_denied_act_after_a_denial_verb_stays_denied(coder):
    """The rules above leave a plain denial alone: «نفى الجيش أنه قصف القرية» denies the shelling."""
    text = "ونفى الجيش التركي أنه قصف مواقع الأكراد في القرية."
    assert "deny" in _stances(coder, text, "ASSAULT")


def test_possibility_denied_is_negated(coder):
    """«فانه ليس بوسعها ان تعارض هذه المحاكم» (#219): not in her power, so not done (negated, not supposed)."""
    evs = _events(coder, "وقالت جافي إنه نظرا لانه لم تحكم أي محكمة من قبل بحق الحيوانات في عدم احتجازها دون سند "
                         "قانوني فانه ليس بوسعها ان تعارض هذه المحاكم.")
    assert ("REJECT", "تعارض") in [e[:2] for e in evs], evs
    assert all(e[2] and not e[4] for e in evs if e[0] == "REJECT"), evs


def test_known_attack_reports_tell_of_is_no_rumour(coder):
    """«ووردت تقارير عن الهجوم الإلكتروني على البرلمان في مايو أيار» (#238): a definite attack already told."""
    evs = _events(coder, "قال رئيس البرلمان الألماني إن البرلمان سيغلق نظام الكمبيوتر لعدة أيام بعد هجوم إلكتروني في "
                         "مايو أيار. ووردت تقارير عن الهجوم الإلكتروني على البرلمان في مايو أيار.")
    attacks = [e for e in evs if e[1] == "الهجوم"]
    assert attacks and not any(e[4] for e in attacks), evs


def test_rumoured_deaths_stay_only_reported(coder):
    """«وسط أنباء عن سقوط 15 قتيلا»: an indefinite act rumoured stays hypothetical."""
    evs = _events(coder, "واندلعت اشتباكات عنيفة في المدينة وسط أنباء عن سقوط 15 قتيلا.")
    assert any(e[4] for e in evs if e[0] == "ASSAULT"), evs


def test_talks_a_relative_clause_sets_to_resume_are_to_come(coder):
    """«محادثات السلام بين كابل وطالبان، والتي من المفترض أن تستأنف يوم غد الجمعة» (#404)."""
    evs = _events(coder, "وأكد خبراء أن أكبر الخاسرين من تأكيد خبر وفاة الملا عمر هم الفاعلون في محادثات السلام بين "
                         "كابل وطالبان، والتي من المفترض أن تستأنف يوم غد الجمعة.")
    talks = [e for e in evs if e[1] == "محادثات"]
    assert talks and all(e[3] for e in talks), evs
