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


def test_the_one_who_made_the_statements_condemned_is_the_recipient(parties):
    _, recipients = parties.of("ونددت الدول الخليجية بالتصريحات العدائية التي أطلقها مرشد إيران ضد الدول الخليجية.",
                               "ACCUSE")
    assert [r[1] for r in recipients] == ["IRN"]


def test_the_signer_of_the_agreement_rejected_is_the_recipient(parties):
    _, recipients = parties.of("وقال إن المجلس يرفض الاتفاق النووي الذي وقعته الولايات المتحدة والقوى الكبرى مع طهران.",
                               "REJECT")
    assert [r[0] for r in recipients] == ["الولايات المتحدة"]


def test_who_faces_the_violations_ignored_is_no_recipient(parties):
    _, recipients = parties.of("وانتقد التقرير تجاهل الانتهاكات الصارخة التي يواجهها الشعب الإيراني يوميا.", "REJECT")
    assert recipients == []


def test_what_a_sector_witnessed_is_no_deed_of_it(parties):
    _, recipients = parties.of("ونوه الوزير بالتطور المتسارع الذي شهدته الحكومة السعودية في السنوات الأخيرة.",
                               "SUPPORT")
    assert "الحكومة السعودية" not in [r[0] for r in recipients]


def test_past_a_name_and_a_head_the_movement_is_called_on(parties):
    actors, recipients = parties.of("ودعا منصور أنصار طالبان الى الوحدة، وذلك في رسالته الصوتية الاولى.", "REQUEST")
    assert [r[0] for r in recipients] == ["طالبان"]
    assert "طالبان" not in [a[0] for a in actors]


def test_past_a_name_and_leadership_the_resistance_is_called_on(parties):
    actors, recipients = parties.of("ودعا الحسني قيادة المقاومة الشعبية إلى استغلال الظروف الصعبة.", "REQUEST")
    assert [r[0] for r in recipients] == ["المقاومة الشعبية"]


def test_a_minister_after_his_foreign_name_still_asks(parties):
    actors, recipients = parties.of("وطلب إقليدس تساكالاتوس وزير المالية اليوناني رسميا مساعدة صندوق النقد الدولي.",
                                    "REQUEST")
    assert [a[0] for a in actors] == ["وزير المالية اليوناني"]


def test_a_counted_object_in_the_accusative_is_met_not_meeting(parties):
    actors, recipients = parties.of("وصل المنسق اليوم إلى مدينة عدن والتقى عددا من ممثلي الحكومة اليمنية الموجودين هناك.",
                                    "CONSULT")
    assert [r[0] for r in recipients] == ["الحكومة اليمنية"]
    assert "الحكومة اليمنية" not in [a[0] for a in actors]


def test_a_large_number_of_people_arrested_are_the_recipient(parties):
    actors, recipients = parties.of("وأضاف أن قوات الأمن أغلقت المنطقة واعتقلت عددا كبيرا من الأشخاص.", "COERCE")
    assert [r[0] for r in recipients] == ["الأشخاص"]
