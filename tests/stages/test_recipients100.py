"""Round 100 (recipients100): recipients the text names that the coder left empty or took from the wrong phrase, from
the judged dev slice 2015-07-31 #480–959: a count in لـ before the ones charged («اتهامات لتسعة مسؤولين»), the
object past a verbal noun's doer in the genitive («اتهام القضاء الأمريكي 14 مسؤولا»), the one sentenced after
a penalty noun («حكما بإعدام X»), the guest after a host state («بضيف مصر الأمير»), the owner of an operation
in لـ its doer, no recipient («في عملية نوعية للمقاومة»), «ما لا يقل عن» written joined, and Rangoon for Myanmar
(«ودعت بكين رانغون»)."""

from stage_coding import parties_reader

_DATE = "2015-07-31"

# (code, sector, text) of the recipients (or actors) of the events of `kind` the whole pipeline codes.
_parties = parties_reader(_DATE)


_FIFA = ("وفي أواخر مايو أيار الماضي وجهت سلطات الادعاء الأمريكية اتهامات لتسعة مسؤولين كرويين وخمسة من مسؤولي "
         "شركات الإعلام والتسويق الرياضي بالحصول على رشا تبلغ قيمتها 150 مليون دولار على مدار 24 عاما.")


def test_counted_ones_charged_after_lam_on_the_count(nlp):
    """«اتهامات لتسعة مسؤولين» (2015-07-31 #648, #852): the ل on the number governs the officials counted; they are
    the ones charged."""
    recipients = _parties(nlp, _FIFA, "ACCUSE")
    assert any(t == "مسؤولين" for _, _, t in recipients), recipients


def test_many_charged_after_lam_on_a_definite_quantity_word(nlp):
    """«للعديد من المسؤولين» (#852): ل before the article (للعديد = ل + العديد) governs what it counts."""
    text = ("وأعرب عن سعادته بعدما وجهت السلطات الأمريكية اتهامات بالفساد للعديد من المسؤولين الكبار الحاليين "
            "والسابقين في الاتحاد الدولي.")
    recipients = _parties(nlp, text, "ACCUSE")
    assert any(t == "المسؤولين" for _, _, t in recipients), recipients


def test_object_past_the_doer_of_an_accusation_noun(nlp):
    """«إثر اتهام القضاء الأمريكي 14 شخصية رفيعة المستوى» (#647, #856; here with «مسؤولا», a word the lexicons
    read): past the doer in the genitive and the count, the officials are the ones charged."""
    text = "وأعلن بلاتيني ترشحه رسميا لرئاسة الاتحاد الدولي إثر اتهام القضاء الأمريكي 14 مسؤولا بتهم فساد."
    assert _parties(nlp, text, "ACCUSE", "actor")[0][:2] == ("USA", "JUD")
    assert any(t == "مسؤولا" for _, _, t in _parties(nlp, text, "ACCUSE")), _parties(nlp, text, "ACCUSE")


def test_nationality_adjective_of_the_doer_is_no_object(nlp):
    """«نفت أنقرة اتهامات وحدات الحماية الكردية السورية بقصف» (2015-07-31 #344): «السورية» is the doer's
    adjective the phrase left out, not whom the charge is addressed to."""
    text = ("من جهة أخرى, نفت أنقرة اتهامات وحدات الحماية الكردية السورية بقصف الجيش التركي مواقعها في قرية "
            "حدودية.")
    assert any(e.event == "ACCUSE" for e in nlp(text, published=_DATE).events)  # (the event is coded: no vacuous check)
    assert not any(t == "السورية" for _, _, t in _parties(nlp, text, "ACCUSE")), _parties(nlp, text, "ACCUSE")


def test_rangoon_asked_by_beijing(nlp):
    """«ودعت بكين رانغون الى التعقل» (#835): Rangoon stands for Myanmar, the one asked."""
    text = ("وكانت وسائل الاعلام الصينية نددت بالاحكام ودعت بكين رانغون الى «التعقل» في المسألة، وذلك في الوقت "
            "الذي تشهد فيه العلاقات بين البلدين توترا منذ فترة.")
    assert ("MMR", None, "رانغون") in _parties(nlp, text, "REQUEST"), _parties(nlp, text, "REQUEST")


def test_one_sentenced_after_a_penalty_noun_is_no_court(nlp):
    """«أصدرت محكمة ليبية … حكما غيابيا بإعدام سيف الإسلام» (#594; here with a person the lexicons read): the
    genitive of «بإعدام» is who is sentenced, never who sentences."""
    text = "وأصدرت المحكمة حكما بإعدام الرئيس المصري الأسبق محمد مرسي."
    assert not any(t.endswith("محمد مرسي") for _, _, t in _parties(nlp, text, "SANCTION", "actor"))
    assert any(t.endswith("محمد مرسي") for _, _, t in _parties(nlp, text, "SANCTION")), \
        _parties(nlp, text, "SANCTION")


_AMBUSH = ("ومن جهة أخرى قتل مالا يقل عن 11 حوثيا وجرح آخرين في عملية نوعية للمقاومة الشعبية تم فيها استدراجهم "
           "إلى كمين محكم ليلة الأربعاء في جبهة القبة جنوب سناح بمحافظة الضالع.")


def test_counted_dead_after_joined_at_least(nlp):
    """«قتل مالا يقل عن 11 حوثيا» (#543): «ما لا يقل عن» written joined is a count like the spaced one; the Houthis
    counted are the ones killed."""
    recipients = _parties(nlp, _AMBUSH, "ASSAULT")
    assert any(t == "حوثيا" for _, _, t in recipients), recipients


def test_owner_of_an_operation_is_no_recipient(nlp):
    """«وجرح آخرين في عملية نوعية للمقاومة الشعبية» (#543): the resistance carried the operation out; it is no
    recipient of the wounding (nor, the wounding folded into the killing, of that)."""
    assert not any(t == "للمقاومة الشعبية" for _, _, t in _parties(nlp, _AMBUSH, "ASSAULT")), \
        _parties(nlp, _AMBUSH, "ASSAULT")


def test_guest_of_a_state_is_welcomed_not_the_state(nlp):
    """«ورحب عبدالفتاح السيسي في كلمته خلال الحفل بضيف مصر الأمير محمد بن سلمان» (#630, #726): the guest noun's
    genitive is the host state; the prince after it is the one welcomed, Egypt no party of it."""
    text = ("ورحب عبدالفتاح السيسي في كلمته خلال الحفل بضيف مصر الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد "
            "النائب الثاني لرئيس مجلس الوزراء وزير الدفاع.")
    recipients = _parties(nlp, text, "SUPPORT")
    assert any(code == "SAU" and t.startswith("الأمير محمد بن سلمان") for code, _, t in recipients), recipients
    assert not any(t == "مصر" for _, _, t in recipients), recipients


def test_guest_past_forms_of_address_after_the_host_state(nlp):
    """«والتقى الرئيس المصري بضيف مصر صاحب السمو الملكي الأمير محمد بن سلمان» (the form of #726): forms of address
    between the host state and the guest leave the guest the one met."""
    text = "والتقى الرئيس المصري بضيف مصر صاحب السمو الملكي الأمير محمد بن سلمان."
    recipients = _parties(nlp, text, "CONSULT")
    assert any(code == "SAU" for code, _, _ in recipients), recipients
    assert not any(t == "مصر" for _, _, t in recipients), recipients
