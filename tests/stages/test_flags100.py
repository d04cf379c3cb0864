"""Round 100 (g100): flags the judges of the dev slice 2015-07-31 #480–959 found wrong. Acts still to come that were
told as facts: a meeting set for a coming day before «أثناء عقد» (#523), a meeting «المقرر» after a noun its
possessive makes definite (#524), a visit «قبل ثلاثة أشهر من» in a clause framed by «يأتي» (#494), what a threat noun
threatens in a light verbal noun in بـ past an adverb (#519), a pledge «حرص بلادها على دعم» past a dash aside (#739).
Acts not done: what a party held back from («بتقاعس … عن التوقيع», #524), talks set and then put off («إلا أن إسلام
آباد أرجأتها», #538). Facts flagged as to come or denied: a demonstration «نظمها» its organisers (#522), a refusal
«على خلفية» of which a demand is made (#543), an act the relative clause of «الأمر الذي» does not own (#633), and
the act whose motive («أن يكون قرار رفض … مدفوعا بمخاوف») is denied (#494)."""

from __future__ import annotations

_DATE = "2015-07-31"


def _flags(coder, text, kind, word):
    """(negated, future, hypothetical) of the events of `kind` whose trigger is `word` (at least one)."""
    out = [(e.negated, e.future, e.hypothetical) for e in coder(text, published=_DATE).events
           if e.event == kind and e.trigger.text == word]
    assert out, [(e.event, e.trigger.text) for e in coder(text, published=_DATE).events]
    return out


def test_meeting_set_for_a_coming_day_before_during(coder):
    """«يوم الأربعاء المقبل في القاهرة أثناء عقد اجتماع» (#523): the meeting is next Wednesday, still to come."""
    text = ("ويبحث الفلسطينيون والعرب مسألة التوجه إلى مجلس الأمن، يوم الأربعاء المقبل في القاهرة أثناء عقد اجتماع "
            "للجنة متابعة مبادرة السلام العربية.")
    assert _flags(coder, text, "CONSULT", "اجتماع") == [(False, True, False)]


def test_meeting_scheduled_after_a_possessed_noun(coder):
    """«أكد المبعوث الأممي لقاءه المقرر في الجزائر» (#524): a scheduled meeting, still to come."""
    text = "من جهته، أكد المبعوث الأممي لقاءه المقرر في الجزائر مع أبو سهمين، رئيس برلمان طرابلس."
    assert _flags(coder, text, "CONSULT", "لقاءه") == [(False, True, False)]


def test_visit_months_ahead_of_a_present_frame(coder):
    """«ويأتي رفض إصدار تأشيرة دخول طويلة قبل ثلاثة أشهر من زيارة الرئيس الصيني» (#494): the visit comes three months
    after now."""
    text = ("ويأتي رفض إصدار تأشيرة دخول طويلة قبل ثلاثة أشهر من زيارة الرئيس الصيني شي جين بينغ إلى بريطانيا وهو ما "
            "قد يثير انتقادات ضد حكومة رئيس الوزراء ديفيد كاميرون.")
    assert _flags(coder, text, "CONSULT", "زيارة") == [(False, True, False)]


def test_what_a_threat_noun_threatens_past_an_adverb(coder):
    """«بعد تهديده أكثر من مرة بتقديم استقالته» (#519): no resignation was tendered; it is what was threatened."""
    text = ("نجحت المساعي التي قام بها الثلاثي بدفع رئيس الحكومة تمام سلام للتريث بعد تهديده أكثر من مرة بتقديم "
            "استقالته ردا على تعثر العمل الحكومي.")
    assert all(f[1] or f[2] for f in _flags(coder, text, "RETREAT", "استقالته"))


def test_keenness_noun_past_a_dash_aside_and_a_day(coder):
    """«وأكدت الوزيرة -في كلمتها أمام مجلس النواب التونسي أول أمس الأربعاء حرص بلادها على دعم تونس» (#739): support
    pledged, not yet given."""
    text = ("وأكدت الوزيرة -في كلمتها أمام مجلس النواب التونسي أول أمس الأربعاء حرص بلادها على دعم تونس في حربها على "
            "الإرهاب باعتبارها شريكاً مهماً لألمانيا.")
    assert _flags(coder, text, "AID", "دعم") == [(False, True, False)]


def test_keen_verb_after_that_tells_what_was_done(coder):
    """«وأكد الوزير أنه حرص على دعم تونس»: the verb حرص after أنه tells what was done; the support is no aim."""
    text = "وأكد الوزير أنه حرص على دعم تونس في حربها على الإرهاب."
    assert all(not f[1] for f in _flags(coder, text, "SUPPORT", "دعم"))


def test_signing_held_back_from_is_negated(coder):
    """«انتقدت الحكومة … ما وصفته بتقاعس برلمان طرابلس عن التوقيع على مسودة الاتفاق» (#524): not signed."""
    text = ("من جهتها، انتقدت الحكومة الانتقالية ما وصفته بتقاعس برلمان طرابلس عن التوقيع على مسودة الاتفاق "
            "السياسي التي اقترحتها بعثة الأمم المتحدة.")
    assert all(f[0] for f in _flags(coder, text, "SUPPORT", "التوقيع"))


def test_talks_set_and_put_off_did_not_take_place(coder):
    """«وكان من المفترض أن تبدأ جولة ثانية من محادثات السلام في باكستان اليوم، إلا أن إسلام آباد أرجأتها» (#538):
    the round did not take place as set (negated), and is still to come (future, as test_modality14 has it)."""
    text = ("وكان من المفترض أن تبدأ جولة ثانية من محادثات السلام في باكستان اليوم، إلا أن إسلام آباد أرجأتها بسبب "
            "«الغموض» الناجم عن وفاة الملا عمر.")
    assert _flags(coder, text, "CONSULT", "محادثات") == [(True, True, False)]


def test_demonstration_its_organisers_held_is_no_aim(coder):
    """«القوة من أجل تفريق مظاهرة نظمها عشرات الناشطين» (#522): the demonstration took place; only its dispersal was
    the aim."""
    text = ("استخدمت الشرطة الموريتانية، أمس (الخميس)، القوة من أجل تفريق مظاهرة نظمها عشرات الناشطين الحقوقيين في "
            "العاصمة نواكشوط، للمطالبة بالإفراج عن حقوقيين.")
    assert _flags(coder, text, "PROTEST", "مظاهرة") == [(False, False, False)]


def test_refusal_a_demand_is_made_against_was_made(coder):
    """«وطالبوه بتسليم نفسه لهم على خلفية رفضه وجود الجماعة في منطقته» (#543): the refusal is the background of the
    demand, a fact, not what is demanded."""
    text = ("وقال مصدر محلي إن ميليشيات الحوثي حاصرت صباح أمس منزل الشيخ القبلي في منطقة بوسان، وطالبوه بتسليم نفسه "
            "لهم على خلفية رفضه وجود الجماعة في منطقته.")
    assert not any(f[1] for f in _flags(coder, text, "REJECT", "رفضه"))


def test_relative_clause_of_the_matter_is_no_event_nouns_own(coder):
    """«من منطلق مساعدة الشعب اليمني الشقيق الأمر الذي سيكون له … أكبر الأثر» (#633): the future verb tells what the
    whole deed will bring; the help is given."""
    text = ("وديدنه بذل الغالي والنفيس لرفع المعاناة ومساعدة الشعوب المتضررة، من منطلق مساعدة الشعب اليمني الشقيق "
            "الأمر الذي سيكون له بإذن الله أكبر الأثر.")
    assert not any(f[1] for f in _flags(coder, text, "AID", "مساعدة"))


def test_denied_motive_leaves_the_refusal_made(coder):
    """«نفى متحدث … أن يكون قرار رفض طلب آي منحه تأشيرة ستة أشهر مدفوعا بمخاوف» (#494): the motive is denied, the
    refusal was made."""
    text = ("وفي بيان قدمته السفارة البريطانية في بكين نفى متحدث باسم وزارة الخارجية أن يكون قرار رفض طلب آي منحه "
            "تأشيرة ستة أشهر مدفوعا بمخاوف من وجوده في بريطانيا.")
    assert not any(f[0] for f in _flags(coder, text, "REJECT", "رفض"))


def test_purpose_of_a_deed_a_relative_clause_tells_is_no_act_to_come(coder):
    """«السعودية التي خاضت حرباً شريفة وجمعت حلفاءها من أجل مساندة ودعم اليمن» (#633, #722): the war was waged; the
    support it was waged for is told with it, not as still to come."""
    text = ("وأوضح النهاري أن السعودية التي خاضت حرباً شريفة وجمعت حلفاءها من أجل مساندة ودعم اليمن وتطهيره من "
            "الحوثيين.")
    assert not any(f[1] for f in _flags(coder, text, "SUPPORT", "دعم"))


def test_purpose_of_a_present_act_stays_to_come(coder):
    """«وصل الوزير إلى الرياض من أجل إجراء محادثات»: no relative clause tells a deed done; the talks are its aim."""
    text = "وصل وزير الخارجية إلى الرياض أمس من أجل إجراء محادثات مع المسؤولين السعوديين."
    assert all(f[1] for f in _flags(coder, text, "CONSULT", "محادثات"))


def test_effect_foretold_of_an_issued_text_is_only_supposed(coder):
    """«أكد … سامح شكري أن صدور "إعلان القاهرة" سيعزز التعاون» (#952, #961): a prediction of what the declaration
    will bring, no cooperation to come as an act."""
    text = ('أكد وزير الخارجية المصري سامح شكري أن صدور "إعلان القاهرة" سيعزز التعاون والتكامل بين مصر والمملكة في '
            "مختلف المستويات.")
    assert _flags(coder, text, "COOPERATE", "التعاون") == [(False, False, True)]


def test_accusations_a_refutation_opens_with_were_made(coder):
    """«مؤكدا أن الاتهامات ضد تركيا «لا أساس ولا تبرير لها»» (#525): the accusations were made; only what they say is
    denied."""
    text = ("وقال الرئيس إن «القوى السوداء» تنشر معلومات خاطئة حول تركيا، مؤكدا أن الاتهامات ضد تركيا «لا أساس ولا "
            "تبرير لها».")
    stances = [e.stance for e in coder(text, published=_DATE).events if e.event == "ACCUSE" and
               e.trigger.text == "الاتهامات"]
    assert stances and "deny" not in stances, stances
