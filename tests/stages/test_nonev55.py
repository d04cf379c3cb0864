"""Non-events of courtesy, sport and business (round 55, topics.py): thanks, praise, a welcome or a congratulation
among one state's own people (topics.in_house_courtesy: «ونوّه بمساهمة شركة أرامكو السعودية»، «قدم فيها
التهنئة للأمير محمد بن نايف»، «نوه الأمير متعب … بقدرات القوات العسكرية السعودية»), a lead snatched in a story of
sport (a `play` lemma: «خطف الهلال صدارة المجموعة»), a firm's purchase approved with the thing bought read as its
recipient («وافقت مجموعة نيكي … على شراء صحيفة فايننشال تايمز») and a visit to a `site` (topics.site_visit: «زار عصر
أمس قصر أبا السعود التاريخي»). Thanks to another state's ruler or for another state's role, a kidnapping by gunmen
and a visit to another state stay."""

import pytest

PUBLISHED = "2015-07-24"
SAUDI = ("وأكد أمير منطقة القصيم أن المملكة العربية السعودية تدعم الاستثمار. وقال إن السعودية ماضية في التنمية "
         "وإن الرياض تشجع المستثمرين. ")


def _types_at(nlp, text, trigger):
    """The event types the whole pipeline keeps whose trigger text is `trigger`."""
    return [e.event for e in nlp(text, published=PUBLISHED).events if e.trigger.text == trigger]


@pytest.mark.parametrize("sentence, trigger", [
    ("ونوّه بمساهمة شركة أرامكو السعودية ودورها الحيوي في ترسيه قواعد الصناعات البتروكيماوية المتقدمة في المملكة، "
     "من خلال تأسيس شركة صدارة.", "نوّه"),
    ("وألقى قائد قوات الأمن الخاصة كلمة قدم فيها التهنئة للأمير محمد بن نايف باختياره ولياً للعهد، وقال إنه "
     "يتشرف بمبايعته.", "التهنئة"),
    ("ونوه الأمير متعب بن عبدالله بن عبدالعزيز وزير الحرس الوطني، بقدرات القوات العسكرية السعودية وما وصلت إليه "
     "من تطور وتقدم.", "نوه"),
    ("وأعرب اللواء الروقي عن بالغ الشكر و التقدير لقيادتنا الرشيدة لما تجده قواتنا العسكرية من دعم.", "أعرب"),
])
def test_courtesy_among_one_states_own_is_no_event(nlp, sentence, trigger):
    """Thanks, praise or a congratulation whose parties and clause name no state but the story's own is courtesy."""
    assert "SUPPORT" not in _types_at(nlp, SAUDI + sentence, trigger)


@pytest.mark.parametrize("text, trigger", [
    (SAUDI + "وأعرب خادم الحرمين الشريفين عن الشكر والتقدير للرئيس باراك أوباما على ما حققه اجتماع كامب ديفيد من "
     "نتائج إيجابية.", "أعرب"),
    ("قال نائب الرئيس اليمني إن الحكومة اليمنية ماضية في تحرير المحافظات اليمنية. وأكد أن اليمن سيستعيد أمنه. "
     "وأعرب نائب الرئيس اليمني، عن تقدير حكومة بلاده لدور الإمارات في عملية السهم الذهبي لتحرير مدينة عدن.",
     "أعرب"),
])
def test_thanks_to_another_state_stays(nlp, text, trigger):
    """Thanks to another state's ruler, or for another state's role past a comma after the thanker, stay."""
    assert "SUPPORT" in _types_at(nlp, text, trigger)


def test_a_lead_snatched_in_sport_is_no_attack(nlp):
    """A lead snatched in a story of sport is no kidnapping."""
    text = ("خطف الهلال صدارة المجموعة الثالثة من بطولة دوري أبطال آسيا، وذلك بعد فوزه على ضيفه السد القطري "
            "بنتيجة 2-1. وبهذه النتيجة يتأهل الهلال متصدرا المجموعة برصيد 13 نقطة في البطولة.")
    assert "ASSAULT" not in _types_at(nlp, text, "خطف")


def test_a_kidnapping_by_gunmen_stays(nlp):
    """A kidnapping by gunmen stays, sport word or not."""
    text = ("قال مصدر أمني إن الوضع هادئ في المنطقة. وأضاف أن القوات تنتشر في المدينة. "
            "وخطف مسلحون مجهولون لاعب كرة القدم بعد المباراة في مدينة بنغازي.")
    assert "ASSAULT" in [e.event for e in nlp(text, published=PUBLISHED).events]


def test_a_purchase_approved_is_no_agreement(nlp):
    """A firm's approval of a purchase, the paper bought read as the recipient, is no political agreement."""
    text = ("وافقت مجموعة نيكي الإعلامية اليابانية على شراء صحيفة فايننشال تايمز من بيرسون البريطانية مقابل 1.3 "
            "مليار دولار. وقالت بيرسون إنها ستركز على التعليم.")
    assert "AGREE" not in _types_at(nlp, text, "وافقت")


def test_a_site_visited_is_no_meeting(nlp):
    """A tour of a historic palace (a `site` right after the visit) is no meeting of political actors."""
    text = ("وعبر الأمير جلوي بن عبدالعزيز عن سعادته بما شاهده في منطقة نجران. وكان الأمير جلوي بن عبدالعزيز قد زار "
            "عصر أمس قصر أبا السعود التاريخي، في جولة يرافقه فيها عدد من المسؤولين.")
    assert "CONSULT" not in _types_at(nlp, text, "زار")


def test_a_state_visit_stays(nlp):
    """A visit to another state stays."""
    text = ("قال مصدر رسمي إن العلاقات بين البلدين متينة. وأضاف أن التعاون يتطور. "
            "وزار الرئيس الأمريكي باراك أوباما كينيا ومستشفى في نيروبي أمس.")
    assert "CONSULT" in _types_at(nlp, text, "زار")


def test_a_firms_work_with_its_states_office_is_no_cooperation(nlp):
    """A contractor's work «بالتعاون مع» a Saudi presidency, in a Saudi story, is business, no political cooperation."""
    text = ("وأكد مدير المشروع أن المملكة العربية السعودية تولي المسجد الحرام عناية كبيرة. وقال إن السعودية تتابع "
            "أعمال الترميم. حيث قامت الشركة المنفذة للمشروع بالتعاون مع الرئاسة العامة لشؤون المسجد الحرام والمسجد "
            "النبوي في المحافظة على الشكل القديم للرواق.")
    assert "COOPERATE" not in _types_at(nlp, text, "التعاون")


def test_cooperation_with_another_state_stays(nlp):
    """Cooperation of a Saudi body with another state's people stays."""
    text = ("وأكد مدير الهيئة أن المملكة العربية السعودية تقف مع المتضررين. وقال إن السعودية ترسل فرقا إغاثية. "
            "وقامت هيئة الهلال الأحمر السعودي بالتنسيق مع الحكومة النيبالية بتوزيع المساعدات على المتضررين.")
    assert "COOPERATE" in _types_at(nlp, text, "التنسيق")
