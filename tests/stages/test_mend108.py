"""Blind-slice check of round 108 (mend108): an approval told again is folded into an earlier one only when its doers
are the earlier's by name, not merely of the same code: the European Union approving the nuclear deal after the
Security Council did (both IGO) is a second act. Review of round 108: «العالم» ending another subject's phrase («أكبر
منتج للنفط في العالم رحب») is no whole world, a meeting held for a body the lexicons lack is no interview given to a
paper, and a law named by another («القانون المعدل لقانون الأحزاب») is no second telling of the first law."""

from stage_coding import kept_types, kind_parties

_DATE = "2015-07-22"

_TWO_BODIES = ("وافق مجلس الأمن الدولي أمس على اتفاق يحد من برنامج إيران النووي مقابل تخفيف العقوبات. "
               "ووافق المجلس المؤلف من 15 دولة على قرار جرى التفاوض عليه في إطار الاتفاق الذي أبرم في فيينا. "
               "ووافق الاتحاد الأوروبي على الاتفاق النووي في أول تحرك صوب رفع العقوبات الاقتصادية الأوروبية ضد طهران.")


def test_the_unions_approval_after_the_councils_stays(nlp):
    """Two bodies of one code approving one deal: two approvals, the Union's kept."""
    from hadath.article import Article

    a = nlp(Article(text=_TWO_BODIES, id="t", published=_DATE))
    doers = [m.text for e in a.events if e.event == "AGREE" for m in e.actor]
    assert any("الاتحاد الأوروبي" in d for d in doers), [(e.event, e.trigger.text, [m.text for m in e.actor]) for e in a.events]


def test_a_producer_in_the_world_welcoming_is_a_party(nlp):
    """«إن أكبر منتج للنفط في العالم رحب بالاتفاق» (review of round 108): the world ends the producer's phrase; the
    welcome stays, as «إن العالم رحب بالاتفاق» does not."""
    text = ("وقال وزير الخارجية الإيراني محمد جواد ظريف إن أكبر منتج للنفط في العالم رحب بالاتفاق أمس. "
            "وأضاف أن بلاده ستلتزم به. وتابع أن العقوبات سترفع قريبا.")
    assert any(k == "SUPPORT" and w == "رحب" for k, w in kept_types(nlp, text, _DATE)), kept_types(nlp, text, _DATE)


def test_a_meeting_held_for_an_unknown_body_is_no_interview(nlp):
    """«عقدت المعارضة السورية اجتماعا موسعا لـ«الهيئة العليا للمفاوضات»»: a meeting for a body the lexicons lack, not
    an interview given to a paper."""
    text = "وعقدت المعارضة السورية اجتماعا موسعا لـ«الهيئة العليا للمفاوضات» في الرياض أمس."
    rows = kind_parties(nlp, text, "CONSULT", _DATE)
    assert any("المعارضة السورية" in a for _, _, acts, _ in rows for a in acts), rows


def test_a_law_amending_another_is_a_second_approval(nlp):
    """«وصادق المجلس أيضا على القانون المعدل لقانون الأحزاب» after «قانون الانتخاب»: two laws, two approvals."""
    text = ("صادق مجلس النواب الأردني اليوم على قانون الانتخاب الجديد. وقال رئيس المجلس إن القانون يعزز المشاركة. "
            "وصادق المجلس أيضا على القانون المعدل لقانون الأحزاب.")
    assert sum(k == "SUPPORT" for k, _ in kept_types(nlp, text, _DATE)) == 2, kept_types(nlp, text, _DATE)
