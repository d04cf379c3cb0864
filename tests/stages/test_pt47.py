"""Parties of stances whose object is another's deed (pt47): the owner of the deed a stance takes for object, read as
the stance's doer, is whom the stance is about — a deed noun with its owner in quotes («ترفض إجراءات «الأونروا»»), what
a party said («رفضت ما قاله كيري»), a silence or orders blamed or ignored (صمت المجتمع الدولي، أوامر الشرطة) and a deed
named with its owner right after the verb («لرفض التدخلات الإيرانية»). Sentences from the study days 2015-07-27 and
2015-07-31."""

from __future__ import annotations

PUBLISHED = "2015-07-27"


def _texts(entities):
    """The evidence texts of (text, code, sector) parties."""
    return [t for t, _, _ in entities]


def test_quoted_owner_of_deed_is_recipient(parties):
    """«الفصائل ترفض إجراءات «الأونروا»»: UNRWA's measures are rejected; UNRWA rejects nothing."""
    actors, recipients = parties.of("وقال وليد العوض عضو المكتب السياسي لحزب الشعب الفلسطيني، في كلمة باسم القوى "
                                    "الوطنية والإسلامية، إن الفصائل ترفض إجراءات «الأونروا» الأخيرة، فيما يتعلق "
                                    "بسياسة الإحالة إلى التقاعد المبكر وتأجيل العام الدراسي.", "REJECT")
    assert "الأونروا" in _texts(recipients)
    assert "الأونروا" not in _texts(actors)


def test_what_a_party_said_is_its_recipient(parties):
    """«رفضت ما قاله كيري»: what Kerry said is rejected; Kerry is the recipient, not the actor."""
    actors, recipients = parties.of("وكانت مصادر سياسية في إسرائيل قد رفضت ما قاله كيري، أول من أمس، من انه إذا "
                                    "رفض الكونغرس الاتفاق النووي مع إيران، فإن الأمر سيزيد من عزلة إسرائيل دوليا.",
                                    "REJECT")
    assert "كيري" in _texts(recipients)
    assert "كيري" not in _texts(actors)


def test_silence_blamed_is_its_owners(parties):
    """«استهجن صمت المجتمع الدولي»: the international community's silence is decried; it decries nothing."""
    actors, recipients = parties.of("وقال إن المجلس المحلي في الزبداني «استهجن صمت المجتمع الدولي إلى اللحظة حيال "
                                    "الحملة العنيفة التي تتعرض لها المدينة».", "ACCUSE")
    assert "المجتمع الدولي" in _texts(recipients)
    assert "المجتمع الدولي" not in _texts(actors)


def test_orders_ignored_are_the_issuers(parties):
    """«تجاهل أوامر الشرطة بالتوقف»: the police's orders are ignored; the police ignore nothing."""
    actors, recipients = parties.of("وقالت متحدثة باسم الشرطة ان الفلسطيني الذي ذكر سكان في قلنديا أنه يدعى محمد أبو "
                                    "لطيفة ويبلغ من العمر 19 عاما، تجاهل أوامر الشرطة بالتوقف وقفز الى سطح مبنى.",
                                    "REJECT")
    assert "الشرطة" in _texts(recipients)
    assert "الشرطة" not in _texts(actors)


def test_deed_named_with_its_owner_after_the_verb(parties):
    """«لرفض التدخلات الإيرانية»: Iranian meddling is rejected; Iran is its recipient, not the one rejecting."""
    actors, recipients = parties.of("حيث تولى الساسة الإيرانيون الحديث عن شعب بحريني مظلوم؛ مما ولد في الأيام "
                                    "الأخيرة حملة اصطفاف وطني واسعة شهدتها البحرين لرفض التدخلات الإيرانية.", "REJECT")
    assert any(code == "IRN" for _, code, _ in recipients)
    assert not any(code == "IRN" for _, code, _ in actors)


def test_lam_phrase_after_owned_act_is_its_object(parties):
    """«دعمها الكبير للنظام السوري» (2015-07-22): the phrase in لـ after a verbal noun with its doer's pronoun, past
    its adjective, is what is supported, never the supporter."""
    actors, recipients = parties.of("واستطرد أن الملف النووي الإيراني لا يمثل التهديد الأكبر، وإنما أنشطة إيران "
                                    "المريبة في الشرق الأوسط، بما في ذلك رعايتها للإرهاب وسعيها الدائم لفرض نفوذها "
                                    "وإرادتها على دول المنطقة إلى جانب دعمها الكبير للنظام السوري الدموي.", "SUPPORT")
    assert any(code == "SYR" for _, code, _ in recipients)
    assert not any(code == "SYR" for _, code, _ in actors)


def test_what_a_minister_said_is_rejected(parties):
    """«يرفض ما قاله وزير الخارجية الأميركي جون كيري» (2015-07-21): Kerry said it; he rejects nothing."""
    actors, recipients = parties.of("وقال وزير الطاقة الإسرائيلي يوفال شتاينتز، إنه «يرفض ما قاله وزير الخارجية "
                                    "الأميركي جون كيري، إنه لم يكن ممكنا التوصل إلى اتفاق أفضل مع إيران».", "REJECT")
    assert any(code == "USA" for _, code, _ in recipients)
    assert not any(code == "USA" for _, code, _ in actors)


def test_crimes_denounced_are_their_doers(parties):
    """«لافتة كبيرة تندد بجرائم «داعش»» (2015-07-21): the banner denounces IS's crimes; IS denounces nothing."""
    actors, recipients = parties.of("وأظهر تسجيل فيديو بثه ناشطون تجمعا لأكراد يهتفون حاملين رايات كردية ولافتة "
                                    "كبيرة تندد بجرائم «داعش» في كوباني، قبل أن يقترب رجل من خلفهم ويفجر نفسه وسطهم.",
                                    "ACCUSE")
    assert "داعش" in _texts(recipients)
    assert "داعش" not in _texts(actors)


def test_legitimacy_refused_is_its_holders(parties):
    """«رفضها شرعية «المؤتمر الوطني العام»» (2015-07-21): the brigade refuses the congress's legitimacy."""
    actors, recipients = parties.of("وفي ليبيا، تشهد مدينة درنة اقتتالا مستعرا منذ مطلع الشهر الحالي على خلفية خلاف "
                                    "جاء بعد انشقاق عناصر من «كتيبة أبو سليم» وإعلان مبايعتها لخلافة البغدادي، ومن ثم "
                                    "رفضها شرعية «المؤتمر الوطني العام» المنتهية ولايته.", "REJECT")
    assert any(code == "LBY" for _, code, _ in recipients)
    assert not any(code == "LBY" for _, code, _ in actors)


def test_right_supported_is_its_holders(parties):
    """«وتؤيد حق تركيا في الدفاع عن نفسها» (2015-07-31): Turkey's right is supported; Turkey supports nothing."""
    actors, recipients = parties.of("جاء ذلك خلال اتصال هاتفي تلقاه الملك سلمان من الرئيس التركي رجب طيب إردوغان، حيث "
                                    "أكد خادم الحرمين الشريفين تنديد بلاده بالأعمال الإرهابية التي تعرضت لها تركيا، "
                                    "وتؤيد حق تركيا في الدفاع عن نفسها وحماية مواطنيها من الأعمال الإرهابية.",
                                    "SUPPORT")
    assert "تركيا" in _texts(recipients)
    assert "تركيا" not in _texts(actors)
