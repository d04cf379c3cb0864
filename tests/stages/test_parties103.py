"""Round 103 (parties103): actors and recipients from the judged dev slice 2015-07-31 #1765–2215: the name after
«المدعو /» in the Interior Ministry's notices, two people counted by the dual in an arrest's على, the subject of a
verb of managing past where it acted and a comma, the Saudi road-security force (police), and settlers in the
genitive of an attack noun with its object in لـ."""

from stage_coding import parties_reader

_DATE = "2015-07-31"

_recipients = parties_reader(_DATE)
_actors = parties_reader(_DATE, "actor")


def test_name_after_so_called_and_a_slash_is_the_one_arrested(nlp):
    """«تم القبض على المدعو / شاه فيصل عظيم شاه» (2015-07-31 #1813): the slash opens the name as a colon does."""
    text = ("بفضل من الله تم القبض على المدعو / شاه فيصل عظيم شاه - باكستاني الجنسية - عند قيامه بتهريب كمية كبيرة "
            "من الهيروين المخدر داخل أحشائه إلى المملكة.")
    assert any(t == "شاه فيصل عظيم شاه" for _, _, t in _recipients(nlp, text, "COERCE")), \
        _recipients(nlp, text, "COERCE")


def test_dual_person_in_the_arrests_ala_is_arrested(nlp):
    """«تم القبض على شخصين للاشتباه بعلاقتهما بالجريمة» (#2174): the dual counts two people, who were arrested."""
    text = "وأضاف: تم القبض على شخصين للاشتباه بعلاقتهما بالجريمة، ولا يزال الحادث محل المتابعة الأمنية."
    assert any(t == "شخصين" for _, _, t in _recipients(nlp, text, "COERCE")), _recipients(nlp, text, "COERCE")


def test_dual_person_in_a_relative_clause_is_no_victim(nlp):
    """«مركبة يستقلها شخصان» (#1828): the two in the car are no victims of the shooting told."""
    text = ("استشهد رجل الأمن سامي معوض الحربي، إثر تعرضه لإطلاق نار خلال قيامه بتفتيش مركبة يستقلها شخصان في بلدة "
            "الجش بمحافظة القطيف.")
    assert not any(t == "شخصان" for _, _, t in _recipients(nlp, text, "ASSAULT")), _recipients(nlp, text, "ASSAULT")


def test_managing_subject_past_where_and_a_comma_arrests(nlp):
    """«تمكن رجال القوة الخاصة لأمن الطرق بمنطقة مكة المكرمة، من إلقاء القبض» (#2129): the force the verb of managing
    names, past where it acted and a comma, arrested; it is police (SAU/COP with the story's country)."""
    text = ("تَمَكّن رجال القوة الخاصة لأمن الطرق بمنطقة مكة المكرمة، من إلقاء القبض على شخص بحوزته حبوب كبتاجون؛ "
            "وذلك بعد أن حاول الهروب عند نقطة تفتيش السيل.")
    actors = _actors(nlp, text, "COERCE")
    assert any(s == "COP" and "القوة الخاصة لأمن الطرق" in t for _, s, t in actors), actors


def test_managing_verb_complement_told_earlier_gives_no_far_noun(nlp):
    """«كي تتمكن حكومة الوفاق الوطني المقترحة من العمل في جو خال من التهديدات» (#524): the verb's من opened its
    complement already; the government makes no threat."""
    text = ("ودعا في نفس السياق إلى إيجاد بيئة سالمة وآمنة في طرابلس وبنغازي، وفي جميع أرجاء ليبيا كي تتمكن حكومة "
            "الوفاق الوطني المقترحة من العمل في جو خال من التهديدات والعنف.")
    assert not _actors(nlp, text, "THREATEN"), _actors(nlp, text, "THREATEN")


def test_settlers_in_the_genitive_with_an_object_in_lam_attack(nlp):
    """«إثر استهداف المستوطنين المتطرفين لمنزل العائلة الفلسطينية» (#1818): past their adjective, the object in لـ
    makes the settlers the doers; the family's house is what was hit."""
    text = ("أدان منسق الأمم المتحدة الخاص لعملية السلام في الشرق الأوسط، نيكولاي ملادينوف، جريمة استشهاد طفل فلسطيني "
            "حرقاً وإصابة عائلته بجروح بالغة، إثر استهداف المستوطنين المتطرفين لمنزل العائلة الفلسطينية وإحراقه في "
            "قرية دوما بمدينة نابلس في الضفة الغربية .")
    actors, recipients = _actors(nlp, text, "ASSAULT"), _recipients(nlp, text, "ASSAULT")
    assert any(c == "ISR" and t == "المستوطنين" for c, _, t in actors), actors
    assert not any(t == "المستوطنين" for _, _, t in recipients), recipients


def test_death_through_a_cause_noun_has_its_genitive_doer(nlp):
    """«استشهد رضيع فلسطيني … جراء إحراق مستوطنين إسرائيليين لمنزلهم» (#1815): the cause noun's genitive, with its
    object in لـ, did the killing."""
    text = ("استشهد رضيع فلسطيني وأصيب ثلاثة آخرون من عائلته اليوم جراء إحراق مستوطنين إسرائيليين لمنزلهم في مدينة "
            "نابلس شمال الضفة الغربية.")
    actors = _actors(nlp, text, "ASSAULT")
    assert any(c == "ISR" and "مستوطنين" in t for c, _, t in actors), actors


def test_political_forces_ask_the_prime_minister(nlp):
    """«طالبت القوى الشيعية السياسية في العراق رئيس الوزراء العراقي حيدر العبادي باقالة» (#1854): the political
    forces are a party (PTY) that asks; the prime minister is asked."""
    text = ("طالبت القوى الشيعية السياسية في العراق رئيس الوزراء العراقي حيدر العبادي باقالة قائد القوة الجوية الكردي "
            "الأصل أنور حمه أمين من منصبه.")
    actors, recipients = _actors(nlp, text, "REQUEST"), _recipients(nlp, text, "REQUEST")
    assert any(s == "PTY" and t == "القوى الشيعية" for _, s, t in actors), actors
    assert any(c == "IRQ" and "حيدر العبادي" in t for c, _, t in recipients), recipients


def test_phrase_after_except_is_no_party(nlp):
    """«وطالبت القوى السياسية والبرلمانية باستثناء القوى الشيعية رئيس الوزراء العراقي حيدر العبادي» (#2045): the
    forces left out by باستثناء are not asked; the prime minister named after them is."""
    text = ("تصاعدت حدة التوتر الطائفي في العراق بعد اعلان المرشد الاعلى للثورة الايرانية علي خامنئي تعيين ممثل له في "
            "العراق وطالبت القوى السياسية والبرلمانية باستثناء القوى الشيعية رئيس الوزراء العراقي حيدر العبادي بتقديم "
            "تفسيرات لقبول الحكومة العراقية مثل هذا القرار.")
    recipients = _recipients(nlp, text, "REQUEST")
    assert any("حيدر العبادي" in t for _, _, t in recipients), recipients
    assert not any(t == "القوى الشيعية" for _, _, t in recipients), recipients


def test_agreement_made_with_a_party_in_maa_has_it_for_recipient(nlp):
    """«وافق رسميا على تفاهم مع الولايات المتحدة» (#1855): the party the agreed deal is made with is the recipient."""
    text = ("أفادت وزارة الخارجية التركية أمس، أن مجلس الوزراء التركي وافق رسميا على تفاهم مع الولايات المتحدة يشمل "
            "فتح قواعده الجوية أمام التحالف الذي تقوده واشنطن ضد متشددي تنظيم داعش.")
    assert any(c == "USA" for c, _, _ in _recipients(nlp, text, "AGREE")), _recipients(nlp, text, "AGREE")


def test_phrase_after_ila_with_its_pronoun_is_the_subject(nlp):
    """«جلسة مفصلية لمجلس الوزراء اللبناني … دعا إليها الرئيس تمام سلام اليوم» (#1857): إليها is the session called,
    no unnamed subject; the prime minister after it called it."""
    text = ("جلسة مفصلية لمجلس الوزراء اللبناني لا يعلم أحد إن كانت ستعقد أم تؤجل دعا إليها الرئيس تمام سلام اليوم، "
            "وسط غياب أي مؤشر على توافق ما أو على تسوية تجنب الحكومة ورئيسها الاعتكاف أو الاستقالة.")
    assert any("تمام سلام" in t for _, _, t in _actors(nlp, text, "REQUEST")), _actors(nlp, text, "REQUEST")
    assert not any("تمام سلام" in t for _, _, t in _recipients(nlp, text, "REQUEST")), \
        _recipients(nlp, text, "REQUEST")


def test_relief_nouns_genitive_is_relieved(nlp):
    """«أن المملكة ودول الخليج تتحمل تكاليف إغاثة اليمنيين» (#1903): the genitive of إغاثة is who is relieved; the
    kingdom that bears its cost gives it."""
    text = ("أوضح مندوب المملكة في الأمم المتحدة عبدالله المعلمي أن المملكة ودول الخليج تتحمل تكاليف إغاثة اليمنيين، "
            "وهو ما لا تفعله دول أخرى.")
    assert any(c == "YEM" for c, _, _ in _recipients(nlp, text, "AID")), _recipients(nlp, text, "AID")
    assert not any(c == "YEM" for c, _, _ in _actors(nlp, text, "AID")), _actors(nlp, text, "AID")
