"""Directives, series and other background read as events are no act told (round 42)."""

_TAIL = "\nوقال مسؤول إن الإجراء سيستمر أياما.\nوأضاف أن الشرطة نشرت دوريات إضافية على الطرق."


def events(nlp, text):
    return [(e.event, e.trigger.text) for e in nlp(text + _TAIL, published="2015-08-10").events]


def test_aid_a_directive_orders_is_not_coded(nlp):
    text = ("وأوضح المتحدث الرسمي باسم مركز الملك سلمان للإغاثة أن هذه الطائرات تأتي إنفاذًا لتوجيهات خادم الحرمين "
            "الشريفين الملك سلمان بن عبدالعزيز آل سعود -حفظه الله- بتقديم مساعدات عاجلة للشعب اليمني الشقيق.")
    assert "AID" not in [k for k, _ in events(nlp, text)]


def test_services_a_directive_orders_are_not_coded(nlp):
    text = ("بلغت قيمة لقاحات التطعيم 600 مليون ريال، تنفيذًا لتوجيهات الأمير خالد الفيصل أمير منطقة مكة المكرمة "
            "بتوفير جميع الخدمات الطبية لأبناء الجالية البرماوية.")
    assert "AID" not in [k for k, _ in events(nlp, text)]


def test_a_visit_made_on_a_directive_stays(nlp):
    text = ("إنفاذاً لتوجيهات نائب خادم الحرمين الشريفين الأمير محمد بن نايف، قام مدير الأمن العام الفريق عثمان "
            "المحرج بزيارة لمصابي التفجير في مستشفى قوى الأمن بالرياض أمس.")
    assert ("CONSULT", "زيارة") in events(nlp, text)


def test_a_month_of_services_summed_is_not_coded(nlp):
    text = ("استفاد 158 لاجئا سوريا من الخدمات النفسية والاجتماعية التي قدمتها وحدة الدعم النفسي التابعة للعيادات "
            "السعودية التخصصية في مخيم الزعتري خلال شهر يوليو الماضي.")
    assert "AID" not in [k for k, _ in events(nlp, text)]


def test_aid_delivered_on_a_day_of_the_month_stays(nlp):
    text = ("وقدمت المملكة أمس مساعدات طبية للاجئين السوريين في مخيم الزعتري خلال شهر رمضان.")
    assert "AID" in [k for k, _ in events(nlp, text)]


def test_everyone_who_backed_is_not_coded(nlp):
    text = "كان هذا الانتقال مؤيدا من العالم كله، ولكل من أيّد قراءته الخاصة لما بعد عرفات."
    assert "SUPPORT" not in [k for k, _ in events(nlp, text)]


def test_everyone_who_blew_himself_up_is_not_coded(nlp):
    assert "ASSAULT" not in [k for k, _ in events(nlp, "وانظر على تاريخ كل من فجر نفسه؟")]


def test_everyone_who_financed_is_not_coded(nlp):
    text = ("وأن الجهات الأمنية قادرة بإذن الله على القبض على كل من ساهم وشارك وتعاون ومول هذا العمل الإرهابي "
            "الجبان.")
    kinds = [k for k, _ in events(nlp, text)]
    assert "COOPERATE" not in kinds and "AID" not in kinds


def test_a_measure_creditors_demand_is_not_whoever(nlp):
    text = "وكان البرلمان اليوناني تبنى الشق الثاني من تدابير تطالب بها الجهات الدائنة أمس."
    assert "REQUEST" in [k for k, _ in events(nlp, text)]
