"""Events that are no political events (round 73), read on the dev days: a meeting with one's own relatives or a visit
to a father's grave is a family visit, no CONSULT; a café that hosts a guest is a venue, no meeting; a company's
backing and sponsoring of a number of festivities is sponsorship, no aid. The political act beside each stays.

Checked on the coder without the report filter nor the merging of repeats (conftest)."""


def kinds(coder, text, kind, date="2015-07-25"):
    """The trigger texts of the events of one type that the coder keeps for a text."""
    return [e.trigger.text for e in coder(text, published=date).events if e.event == kind]


RELATIVES = ("التقى الرئيس الأميركي باراك أوباما العشرات من أقاربه على مأدبة عشاء مساء أمس في أحد فنادق العاصمة "
             "الكينية نيروبي. وجلس الرئيس في منتصف مائدتين كبيرتين.")


def test_a_dinner_with_relatives_is_no_meeting(coder):
    """«التقى … أوباما العشرات من أقاربه» is a family dinner, no CONSULT."""
    assert "التقى" not in kinds(coder, RELATIVES, "CONSULT")


def test_a_grave_visit_is_no_meeting(coder):
    """«يزور أوباما قبر والده» is a private visit, no CONSULT."""
    text = "ومن غير المقرر أن يزور أوباما قبر والده في قرية كوجيلو غرب كينيا. ووصل أوباما إلى نيروبي مساء الجمعة."
    assert "يزور" not in kinds(coder, text, "CONSULT")


def test_a_meeting_of_presidents_stays(coder):
    """A president's meeting with another country's president stays a meeting."""
    text = "التقى الرئيس الأميركي باراك أوباما الرئيس الكيني أوهورو كينياتا في نيروبي. وبحث الجانبان التعاون."
    assert "التقى" in kinds(coder, text, "CONSULT")


CAFE = ("واستمرت الاثارة بالخيمة الرئيسة وهي تحتضن امسية شعرية للشعراء. في حين استضاف مقهى حوار الشباب عمر العمير "
        "أول عربي يقطع كوريا واليابان ودول الخليج بالدراجة الذي عرض تجربته لزوار المقهى.")


def test_a_cafe_hosting_a_guest_is_no_meeting(coder):
    """«استضاف مقهى حوار الشباب عمر العمير» is a festival's programme, no CONSULT."""
    assert not kinds(coder, CAFE, "CONSULT", "2015-07-23")


SPONSOR = ("شاركت stc في عيد الفطر السعيد ومهرجانات الصيف لهذا العام، من خلال دعمها ورعايتها عددا من الفعاليات بمدن "
           "المملكة، تأكيدا لدورها الوطني ومسؤوليتها الاجتماعية بهذا الخصوص. فقد شاركت الاتصالات السعودية كراع ماسي "
           "بدعم فعاليات احتفالات مدينة الرياض بعيد الفطر السعيد.")


def test_sponsoring_festivities_is_no_aid(coder):
    """«دعمها ورعايتها عددا من الفعاليات» is a company's sponsorship, no AID."""
    assert "دعمها" not in kinds(coder, SPONSOR, "AID", "2015-07-23")


def test_aid_to_refugees_stays(coder):
    """Aid to a country's refugees stays."""
    text = "قدمت المملكة مساعدات إنسانية للاجئين السوريين في الأردن. وقال مسؤول إن المساعدات وصلت أمس."
    assert kinds(coder, text, "AID", "2015-07-23")


def test_a_visit_to_a_fathers_homeland_stays(coder):
    """«أول زيارة له … إلى مسقط رأس والده» names a land: the state visit stays."""
    text = ("وصل الرئيس الأمريكي باراك أوباما اليوم الجمعة إلى كينيا في أول زيارة له كرئيس للولايات المتحدة إلى مسقط "
            "رأس والده من أجل دعم العلاقات التجارية والأمنية في شرق افريقيا. وقال البيت الأبيض إن الزيارة تستمر يومين.")
    assert "زيارة" in kinds(coder, text, "CONSULT")


def test_a_meeting_in_jeddah_stays(coder):
    """«بجدة» (Jeddah) is no «his grandfather»: the council's meeting stays."""
    text = ("عقد مجلس الشؤون السياسية والأمنية اجتماعا في قصر السلام بجدة أول من أمس، برئاسة ولي العهد. "
            "واستمع المجلس إلى إيجاز سياسي وأمني.")
    assert kinds(coder, text, "CONSULT", "2015-07-23")
