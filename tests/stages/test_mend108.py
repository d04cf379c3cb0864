"""Blind-slice check of round 108 (mend108): an approval told again is folded into an earlier one only when its doers
are the earlier's by name, not merely of the same code: the European Union approving the nuclear deal after the
Security Council did (both IGO) is a second act."""

from stage_coding import kept_triggers

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
