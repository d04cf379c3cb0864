"""Round 79, topics: a column's writer words (topics.opinion_piece) no longer read a news story as a column, which
dropped all its events: «شخصيا» is anyone's («دعوته شخصيا لساركوزي», 2015-07-25 #111), and a word written with آ is a
name, no pronoun («مؤسسة آنا ليند», 2015-07-25 #63). And a story of sport or the arts keeps an arrest or a charge by a
state's police or court («وألقت الشرطة السويسرية القبض على الممثل الهزلي», 2015-07-23 #263)."""

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

# 2015-07-23 #263, a story of sport by its words (فيفا، كرة القدم، منتخب)
PRANKSTER = ("قال متحدث باسم الشرطة السويسرية، إنها وجهت الاتهام لممثل هزلي بريطاني أمطر السويسري سيب بلاتر رئيس ا"
             "لاتحاد الدولي لكرة القدم \"فيفا\" بدولارات غير حقيقية وذلك بعد إلقاء القبض عليه واستجوابه. وألقت الشرط"
             "ة السويسرية القبض على الممثل الهزلي لي نيلسون واسمه الحقيقي سايمون برودكين بعدما اقتاده أمن القاعة ا"
             "لرئيسة في مقر \"فيفا\" إلى الخارج عقب انتهاء حيلته. وقال متحدث باسم الشرطة في زوريخ دون أن يذكر اسم بر"
             "ودكين الذي شارك في حيل سابقة \"تم إلقاء القبض عليه واستجوابه من قبل الشرطة\". وأضاف \"هناك إمكانية لاته"
             "امه بالتعدي على ممتلكات الغير، لا نعلم هل ستكون هناك محاكمة أم لا لأن الادعاء سيقرر ذلك وهذا سيأخذ ب"
             "عض الوقت\". وأضاف المتحدث أن \"فيفا\" تقدم بشكوى للشرطة عن الحادث. وقال دان لويد المتحدث باسم شركة أفال"
             "ون الموكل لها إدارة أعمال برودكين إن الممثل الهزلي عاد إلى بريطانيا ولم تحتجزه الشرطة السويسرية. وكا"
             "ن برودكين قد فاجأ الحضور في مؤتمر صحافي، عقده جوزيف بلاتر رئيس \"فيفا\" في مقر الاتحاد الدولي في زيوري"
             "خ، عندما أمطر بلاتر بدولارات مزيفة. وقال برودكين متهكما في إشارة إلى قضايا الفساد المحيطة بـ \"فيفا\" "
             "\"هذا من أجل كوريا الشمالية 2026 أنا كسفير لكرة القدم لكوريا الشمالية، يسعدني إبرام الاتفاقية بين فيف"
             "ا وكوريا الشمالية من أجل استضافة كأس العالم 2026\". وسبق لبرودكين القيام بمثل هذه المواقف حيث صعد إلى"
             " المسرح مع مغني الراب الأمريكي كاني ويست خلال أحد المهرجانات العام الماضي كما حاول التسلل والانضمام "
             "إلى تشكيلة منتخب إنجلترا أثناء توجهها للولايات المتحدة استعدادا لكأس العالم 2014 في البرازيل. وفي عا"
             "م 2013 مثل برودكين أمام محكمة بريطانية بعد قيامه بإحدى حيله المرتبطة بكرة القدم. وارتدى برودكين ملاب"
             "س فريق مانشستر سيتي الإنجليزي كاملة وقام بالإحماء مع لاعبي الفريق على ملعب جوديسون بارك قبل مواجهة إ"
             "يفرتون.")


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


def test_police_arrest_kept_in_sport_story(nlp):
    """In a story of sport, the Swiss police's arrest of the prankster stays (a referee's sending off, with no coded
    police or court actor, still goes)."""
    article = nlp(PRANKSTER, published="2015-07-23")
    assert article.topic == "sport"
    events = [(e.event, e.trigger.text, [m.text for m in e.actor]) for e in article.events]
    assert ("COERCE", "ألقت", ["الشرطة السويسرية"]) in events
