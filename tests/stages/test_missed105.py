"""Round 105 (missed105): events the coder missed in the judged slices 2015-07-31 #1360–2211: a reception whose host
is an assistant («استقبل مساعد …», no aid received), the demolition of a building told by its verbal noun («بهدم
المصلى»), an execution a state's body tells with its past verb near the report models' threshold, and a shelling
undergone whose long subject a comma closes («تعرّض مركز المسيال …، لقذائف»)."""

from stage_coding import kept_types, kind_parties

_DATE = "2015-07-31"

_ASSISTANT = ("نيابة عن صاحب السمو الملكي الأمير فيصل بن عبدالله بن عبدالعزيز رئيس هيئة الهلال الأحمر السعودي، استقبل "
              "مساعد سمو رئيس الهيئة للشؤون الإدارية عبدالعزيز أبو بكر أمس بمقر الهيئة، رئيس مندوبية الاتحاد الأوروبي "
              "لدى المملكة السفير آدم كولاخ.")


def test_reception_by_an_assistant_is_a_meeting(nlp):
    """«استقبل مساعد سمو رئيس الهيئة» (2015-07-31 #2012): «مساعد» (an assistant) shares its key with the unless word
    «المساعدات» (aid received) but keeps no plural ending: the reception is coded."""
    assert ("CONSULT", "استقبل") in kept_types(nlp, _ASSISTANT, _DATE)


def test_reception_of_aid_is_still_no_meeting(nlp):
    """«تستقبل المساعدات»: the written plural still means aid received, no meeting."""
    assert not any(t == "CONSULT" for t, _ in kept_types(nlp, "وقالت إن الموانئ تستقبل المساعدات الإنسانية.", _DATE))


def test_body_received_past_a_long_subject_is_no_meeting(nlp):
    """«استقبل مساعد مدير شرطة منطقة المدينة المنورة … جثمان الشهيد» (#1121): a body received past a subject of
    nineteen words is a funeral, no meeting (guards the assistant's reception above)."""
    text = ("استقبل مساعد مدير شرطة منطقة المدينة المنورة للأمن الجنائي اللواء خالد بن عواض المطيري وقادة ومديرو "
            "الإدارات الأمنية بالمنطقة جثمان الشهيد سامي بن معوض الحربي، وذلك بمطار الأمير محمد بن عبدالعزيز الدولي.")
    assert not any(t == "CONSULT" for t, _ in kept_types(nlp, text, _DATE))


def test_demolition_of_a_mosque_told_by_its_noun(nlp):
    """«وقامت أمس بهدم المصلى الوحيد لهم» (#1551), «أقدمت قوات الأمن الإيرانية على هدم مسجد السنة» (#1969): the
    demolition of a place of worship is coded, COERCE, with the Iranian body as actor."""
    text = ("واصلت السلطات الايرانية حملتها على السنة وقامت أمس بهدم المصلى الوحيد لهم في منطقة طهران. "
            "وأقدمت قوات الأمن الإيرانية على هدم مسجد السنة الوحيد في منطقة بونك بطهران.")
    rows = kind_parties(nlp, text, "COERCE", _DATE)
    assert any(t.startswith("هدم") and "السلطات الايرانية" in a for _, t, a, _ in rows), rows
    assert any(t.startswith("هدم") and "قوات الأمن الإيرانية" in a for _, t, a, _ in rows), rows


def test_demolition_as_a_figure_of_speech_is_no_event(nlp):
    """«هدم الوعي القيمي»، «معول هدم»: no building brought down, no event."""
    text = "ونمتلك دليلا على أن ما يحدث هو تنفيذ لخطة تهدف إلى هدم الوعي القيمي لمجتمعاتنا بشكل مقصود."
    assert not any(t.startswith("هدم") for _, t in kept_types(nlp, text, _DATE))


def test_execution_by_a_state_body_near_the_threshold_is_kept(nlp):
    """«أعدمت السلطات الهندية شنقا الخميس يعقوب مأمون، …، بحسب ما أفادت شبكات التلفزيون الهندية» (#1545): a past
    verb in the feminine for a state's body tells the execution; the background attacks of 1993 stay out."""
    text = ("أعدمت السلطات الهندية شنقا الخميس يعقوب مأمون، احد المخططين للاعتداءات التي اوقعت 257 قتيلا في بومباي في "
            "1993، بحسب ما أفادت شبكات التلفزيون الهندية.")
    types = kept_types(nlp, text, _DATE)
    assert ("ASSAULT", "أعدمت") in types, types
    assert ("ASSAULT", "للاعتداءات") not in types, types


def test_shelling_undergone_past_a_comma_is_kept(nlp):
    """«تعرّض مركز المسيال بقطاع ظهران الجنوب بمنطقة عسير، لقذائف عسكرية كثيفة» (#2194): the comma closes the
    verb's long subject; the shelling the centre underwent is coded as in the same story without it (#1653)."""
    text = ("واس- الرياض: صرّح المتحدث الأمني لوزارة الداخلية، أنه عند الساعة العاشرة وعشرين دقيقة من صباح اليوم الجمعة "
            "الموافق 15/ 10/ 1436هـ، تعرّض مركز المسيال بقطاع ظهران الجنوب بمنطقة عسير، لقذائف عسكرية كثيفة من داخل "
            "الأراضي اليمنية؛ حيث تم التعامل مع الموقف بما يقتضيه؛ وذلك بالتصدي للعدوان، والتنسيق مع القوات البرية "
            "للتعامل مع مصادر إطلاق القذائف بالأراضي اليمنية، وتم -بتوفيق الله- تدمير منصات إطلاق القذائف، والسيطرة "
            "على الموقف، ولله الحمد. وقد نتج عن ذلك: استشهاد العريف أحمد جعفر حسن المجيشي، والجندي أول محمد علي ياسين "
            "العمري، والجندي أول حسن ناصر محمد بشيري تغمدهم الله بواسع رحمته وتقبلهم في الشهداء، كما تعرّض (7) سبعة من "
            "رجال حرس الحدود للإصابة وتم نقلهم إلى المستشفى.")
    assert ("ASSAULT", "قذائف") in kept_types(nlp, text, _DATE)


def test_arrests_after_blows_delivered_are_no_directive_content(nlp):
    """«ونجحت الجهات الأمنية بتوجيه ضربات قاصمة للإرهاب بالقبض على 431 متورطا» (2015-07-22 #598): «توجيه ضربات»
    delivers blows, no directive whose content the arrest would be; the arrest is coded."""
    text = ("تعتمد المملكة في مواجهة الإرهاب على استراتيجية شاملة، ونجحت الجهات الأمنية بتوجيه ضربات قاصمة للإرهاب "
            "بالقبض على 431 متورطا ضمن ثلاث مجموعات إرهابية.")
    assert ("COERCE", "القبض") in kept_types(nlp, text, _DATE)


def test_arrest_a_directive_orders_is_still_its_content(nlp):
    """«إنفاذا لتوجيهات أمير المنطقة بالقبض على المخالفين»: the directive's content, no arrest told."""
    text = "وبدأت الحملة إنفاذا لتوجيهات أمير المنطقة بالقبض على المخالفين."
    assert ("COERCE", "القبض") not in kept_types(nlp, text, _DATE)
