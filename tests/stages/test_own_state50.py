"""Review of round 50: a body's backing of another body of its own state is no event for any state, not the Saudi
one alone (the topic gate reads «one state's own» from the parties' single code)."""

from __future__ import annotations

from hadath.article import Article

UAE_COUNCIL = ("عقد مجلس الوزراء الإماراتي اجتماعاً بعد ظهر اليوم الاثنين في أبوظبي. وقد اطلع المجلس خلال الاجتماع على "
               "عدد من الموضوعات الاقتصادية والتنموية من أبرزها توجهات ورؤى وزارة الاقتصاد الإماراتية، واتخذ المجلس "
               "حيالها عدداً من التوصيات ومنها التأكيد على دعم وزارة الاقتصاد الإماراتية لتحقيق الأهداف التي أنشئت من "
               "أجلها.")


def test_an_emirati_councils_backing_of_its_ministry_is_no_event(coder):
    """The Saudi council's «التأكيد على دعم هيئة المدن الاقتصادية» (test_nonev54), told of an Emirati ministry: no
    SUPPORT, while the council's meeting stays."""
    events = [(e.event, e.trigger.text) for e in coder(Article(text=UAE_COUNCIL, published="2015-08-03")).events]
    assert ("SUPPORT", "دعم") not in events, events
    assert ("CONSULT", "اجتماعاً") in events, events
