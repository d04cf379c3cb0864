"""Round 50 actor rows: Iraqi party alliances and the UN mission in Libya are parties of their own."""

from hadath.article import Article


def test_iraqi_forces_alliance_is_the_rejecter(nlp):
    """«أكد تحالف القوى العراقية رفضه تصريحات … المالكي» (2015-07-25): the alliance, IRQ/PTY, not «العراقية»."""
    text = "أكد تحالف القوى العراقية رفضه تصريحات نائب رئيس الجمهورية نوري المالكي ضد المملكة العربية السعودية."
    ev = [e for e in nlp(Article(text=text, id="t", published="2015-07-25")).events if e.event == "REJECT"][0]
    assert [(a.text, a.code, a.sector) for a in ev.actor] == [("تحالف القوى العراقية", "IRQ", "PTY")]


def test_un_mission_in_libya_is_one_party(nlp):
    """«أعربت بعثة الأمم المتحدة للدعم في ليبيا عن قلقها» (2015-07-25): the mission, read in full."""
    text = "أعربت بعثة الأمم المتحدة للدعم في ليبيا عن قلقها إزاء تجدد الاشتباكات في جنوب ليبيا."
    evs = nlp(Article(text=text, id="t", published="2015-07-25")).events
    assert any(a.text == "بعثة الأمم المتحدة للدعم في ليبيا" and a.code == "IGO" for e in evs for a in e.actor)
