"""Round 79, topics: a column's writer words (topics.opinion_piece) no longer read a news story as a column, which
dropped all its events: «شخصيا» is anyone's («دعوته شخصيا لساركوزي», 2015-07-25 #111), and a word written with آ is a
name, no pronoun («مؤسسة آنا ليند», 2015-07-25 #63)."""

import pytest

import hadath

SARKOZY = ("وقال الناطق الرسمي باسم الجبهة الشعبية حمه الهمامي إن الزيارة استفزازية. "
           "لكن ردود الفعل على زيارة الرئيس الفرنسي السابق إلى تونس شملت كذلك اتهامات للحزب الحاكم بدعوته شخصيا، إلى "
           "جانب بلاغات من عدة أحزاب نظم بعضها مسيرة أمام سفارة الجزائر لدى تونس «تضامنا مع الجزائر». "
           "وتبرأ أمين عام حزب النداء محسن مرزوق في تصريح إذاعي من «تهمة» دعوته شخصيا لساركوزي والإعلان أن الرئيس "
           "الفرنسي السابق جاء إلى تونس في زيارة «رسمية». "
           "وقال مرزوق إن الحزب لم يوجه الدعوة. "
           "وقد اتهمت تلك الزعامات ساركوزي بالضلوع في «العداء للعرب وفي الإرهاب».")

ANNA_LINDH = ("وقالت اليزابيت غيغو رئيسة مؤسسة انا ليند للحوار بين الثقافات على هامش الاجتماع إن الشباب يحتاجون إلى رسالة "
              "بديلة. "
              "فقد اقترحت مؤسسة آنا ليند التي انشئت في 2005 نشر رسالة بديلة بفضل برنامجها. "
              "وقال وزير الخارجية الفرنسي إن بلاده ستدعم تونس. "
              "واتهم وزير الخارجية الجزائري فرنسا بدعم الإرهابيين في ليبيا.")


@pytest.fixture(scope="module")
def nlp():
    """The default pipeline."""
    return hadath.load()


def parties(nlp, text):
    """(type, trigger, actor texts, recipient texts) of every event the pipeline keeps for `text`."""
    return [(e.event, e.trigger.text, [m.text for m in e.actor], [m.text for m in e.recipient])
            for e in nlp(text, published="2015-07-25").events]


def test_personally_is_no_writer_word(nlp):
    """«دعوته شخصيا» twice in a news story does not make it a column: its solidarity with Algeria and its accusations
    stay."""
    events = parties(nlp, SARKOZY)
    assert ("SUPPORT", "تضامنا", [], ["الجزائر"]) in events
    assert any(e[0] == "ACCUSE" and e[1] == "اتهامات" for e in events)


def test_name_with_madda_is_no_pronoun(nlp):
    """«مؤسسة آنا ليند» is a name, not the writer's أنا: the Algerian minister's accusation of France stays."""
    events = parties(nlp, ANNA_LINDH)
    assert ("ACCUSE", "اتهم", ["وزير الخارجية الجزائري"], ["فرنسا"]) in events
