"""Round 101 (parties101): actors and recipients from the judged dev slice 2015-07-31 #480–959: an honorific pronoun
(فخامته، سموه) stands for the person the story last gave its own form of address (فخامة الرئيس …، صاحب السمو الملكي
الأمير …), as the subject of a light verb before an event noun or after مع as the one met; a lone phrase before «المسؤولية»
is the one blamed; one named between «فجر» and the bomb is the bomber; a phrase «بحقهم» stands for is the target; who
«ستحصل على» a grant receives it."""

from stage_coding import events_coded

_DATE = "2015-07-31"

_CAIRO = ("انطلاقاً من العلاقات الوثيقة والراسخة التي تربط جمهورية مصر العربية والمملكة العربية السعودية بقيادة خادم "
          "الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود وأخيه فخامة الرئيس عبدالفتاح السيسي، فقد قام صاحب السمو "
          "الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود ولي ولي العهد بزيارة لجمهورية مصر العربية يوم الخميس. "
          "وعقد فخامته اجتماعاً مع سموه، حيث نقل سموه تحيات خادم الحرمين الشريفين.")


def test_honorific_pronouns_are_the_persons_of_their_forms_of_address(nlp):
    """«وعقد فخامته اجتماعاً مع سموه» (2015-07-31 #939, #710): فخامته is President Sisi (فخامة الرئيس), the actor
    of the meeting; سموه is Prince Mohammed bin Salman (صاحب السمو الملكي الأمير), its recipient."""
    meetings = [e for e in nlp(_CAIRO, published=_DATE).events if e.trigger.text == "اجتماعاً"]
    assert meetings, meetings
    assert [p.code for p in meetings[0].actor] == ["EGY"], meetings[0].actor
    assert [p.code for p in meetings[0].recipient] == ["SAU"], meetings[0].recipient


_JORDAN = ("من جهتها دانت الحكومة الأردنية بشدّة في بيان اليوم، مقتل الطفل، وحمّلت إسرائيل المسؤولية عن هذه "
           "«الجريمة البشعة».")


def test_lone_phrase_before_the_responsibility_is_the_one_blamed(nlp):
    """«وحمّلت إسرائيل المسؤولية» (2015-07-31 #511): Israel, the first object of «حمّل» before its second
    «المسؤولية», is the one held responsible, never the actor of the ACCUSE."""
    blamed = [e for e in events_coded(nlp, _JORDAN, _DATE) if e.trigger.text.endswith("حمّلت")]
    assert blamed and not any(p.text == "إسرائيل" for e in blamed for p in e.actor), blamed
    assert [p.text for p in blamed[0].recipient] == ["إسرائيل"], blamed


_DAMATURU = ("والأحد فجرت امرأة معروفة بأنها مصابة باضطرابات نفسية حزامها الناسف في سوق مكتظة في داماتورو عاصمة ولاية "
             "يوبي المجاورة، مما أسفر عن سقوط 14 قتيلا وأكثر من أربعين جريحًا.")


def test_one_named_between_the_blast_verb_and_its_bomb_is_the_bomber(nlp):
    """«فجرت امرأة … حزامها الناسف» (2015-07-31 #537): the woman sets off her belt; she is the actor of the
    attack, never its recipient."""
    blasts = [e for e in events_coded(nlp, _DAMATURU, _DATE) if e.trigger.text.endswith("فجرت")]
    assert blasts and [p.text for p in blasts[0].actor] == ["امرأة"], blasts
    assert not any(p.text == "امرأة" for e in blasts for p in e.recipient), blasts


_BURMA = ("ومن المعتقلين الذي سيتم اخلاء سبيلهم 155 صينيا صدرت بحقهم الاسبوع الماضي احكام طويلة بالسجن بتهمة قطع اشجار "
          "بشكل غير قانوني وتهريب الاخشاب في شمال البلاد بالقرب من الحدود مع الصين.")


def test_phrase_a_target_pronoun_stands_for_is_the_recipient(nlp):
    """«155 صينيا صدرت بحقهم … احكام» (2015-07-31 #835): the Chinese were sentenced; «بحقهم» makes them the
    recipient of the SANCTION, never its actor."""
    rulings = [e for e in events_coded(nlp, _BURMA, _DATE) if e.event == "SANCTION"]
    assert rulings and not any(p.text == "صينيا" for e in rulings for p in e.actor), rulings
    assert any(p.text == "صينيا" for e in rulings for p in e.recipient), rulings


_GRANT = ("ومن جهة أخرى، وعلى هامش زيارة وزيرة الدفاع الألمانية لتونس أعلن هنا أن القوات المسلحة التونسية ستحصل على منحة "
          "عسكرية بقيمة 1.2 مليون يورو.")


def test_who_will_obtain_a_grant_is_its_recipient(nlp):
    """«أن القوات المسلحة التونسية ستحصل على منحة عسكرية» (2015-07-31 #739): the future «ستحصل» is a verb of
    obtaining too; the Tunisian forces get the grant, its recipient, never its giver."""
    grants = [e for e in events_coded(nlp, _GRANT, _DATE) if e.event == "AID"]
    assert grants and not any("التونسية" in p.text for e in grants for p in e.actor), grants
    assert any("التونسية" in p.text for e in grants for p in e.recipient), grants
