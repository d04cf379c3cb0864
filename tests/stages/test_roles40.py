"""Round 40 (roles40): the party an act is done with, named past «مع» and an indefinite noun no lexicon names
(«تعاون مع قوى المعارضة»): the recipient, never the subject."""

PUBLISHED = "2015-07-27"


def test_the_opposition_past_forces_is_the_partner_not_the_subject(parties):
    actors, recipients = parties.of("وقال إن الرئيس السوري بشار الأسد تعاون مع قوى المعارضة.", "COOPERATE")
    assert [r[0] for r in recipients] == ["المعارضة"]
    assert [a[0] for a in actors] == ["الرئيس السوري بشار الأسد"]


def test_universities_past_colleges_are_the_partner(parties):
    actors, recipients = parties.of("وتتعاون وزارة التعليم مع كليات وجامعات دولية في برامج التدريب.", "COOPERATE")
    assert [r[0] for r in recipients] == ["جامعات"]
    assert [a[0] for a in actors] == ["وزارة التعليم"]


def test_the_court_past_its_decisions_is_the_partner(parties):
    actors, recipients = parties.of("وقرر الاتحاد الأفريقي عام 2009 عدم التعاون مع قرارات المحكمة الجنائية.",
                                    "COOPERATE")
    assert [r[0] for r in recipients] == ["المحكمة الجنائية"]
    assert [a[0] for a in actors] == ["الاتحاد الأفريقي"]


def test_a_partner_right_after_ma_is_read_as_before(parties):
    actors, recipients = parties.of("وتعاونت الشرطة مع أجهزة الأمن الأردنية.", "COOPERATE")
    assert [r[0] for r in recipients] == ["أجهزة الأمن الأردنية"]
