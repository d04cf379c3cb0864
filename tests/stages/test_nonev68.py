"""Round 68, the topic stage's not-events: a stance a poll finds (a sentence naming an opinion poll: «أظهر
الاستطلاع أنهم يؤيدون»), a partyless event of a signed column known by its URL's shape (aawsat's
«/home/article/<number>/<writer>/<title>»), a deal, a backing or a grant among firms alone (a listing on a stock
market, a firm's commitment), a request told after a cable of greeting («برقية تهنئة … أكد خلالها ضرورة») and a ban
in a story titled with a ban of a consumer thing («مقاصد سياحية تحظر استخدام عصا السيلفي») are no
political events; a referendum's vote, the same sentence on a news page and a column's act of a named state stay."""

import pytest

from hadath.article import Article
from hadath.stages.topics import url_genre

LEAD = "وتتواصل التطورات في المنطقة منذ أسابيع. وأضاف المصدر أن الأمر يحتاج إلى وقت. "
COLUMN_URL = "http://aawsat.com/home/article/412766/وليد-أبي-مرشد/والبحث-جارٍ-عن-«الطريق»"
NEWS_URL = "http://aawsat.com/home/article/413221/هيلاري-كلينتون-تتفوق-على-المشاهير"


def coded(coder, sentence, url=None):
    """The (type, trigger) of the events of the last sentence of a three-sentence story."""
    art = coder(Article(text=LEAD + sentence, published="2015-07-24", url=url))
    return [(e.event, e.trigger.text) for e in art.events if e.trigger.start >= len(LEAD)]


@pytest.mark.parametrize("event, sentence", [
    ("REJECT", "قال ثلاثة أرباع من الجمهوريين الذين شملهم الاستطلاع (75%) إنهم يعارضون الصفقة."),
    ("SUPPORT", "وأظهر استطلاع للرأي أجرته رويترز أن الناخبين الديمقراطيين يؤيدون بشدة هيلاري كلينتون."),
])
def test_a_stance_a_poll_finds_goes(coder, event, sentence):
    """What the polled think is no act; a referendum (استفتاء) is no poll: a state's vote in it stays."""
    assert event not in [e for e, _ in coded(coder, sentence)], sentence
    assert "REJECT" in [e for e, _ in coded(coder, "ورفضت اليونان شروط حزمة الإنقاذ في استفتاء.")]


def test_bylined_url_is_a_column():
    """aawsat's writer's segment between the number and the title makes the page a signed column; its news has none."""
    assert url_genre(COLUMN_URL) == "byline"
    assert url_genre(NEWS_URL) is None


PROPOSAL = "فلماذا استبعاد انتفاضة سلمية تركز على حقوق الفلسطينيين السياسية والمدنية وتطالب بمساواتهم."


def test_a_partyless_event_of_a_signed_column_goes(coder):
    """A column's event that names no coded party is the writer's talk (the same sentence on a news page stays)."""
    assert "REQUEST" in [e for e, _ in coded(coder, PROPOSAL, NEWS_URL)]
    assert "REQUEST" not in [e for e, _ in coded(coder, PROPOSAL, COLUMN_URL)]
    # a column's act of a named state stays
    assert "REJECT" in [e for e, _ in coded(coder, "ورفضت إيران التعاون مع الوكالة الدولية.", COLUMN_URL)]


@pytest.mark.parametrize("event, sentence", [
    ("AGREE", "قال محمد عمران رئيس البورصة المصرية إن لجنة القيد وافقت على قيد شركة السلام الكويتية في بورصة مصر "
              "في شكل شهادات إيداع مصرية."),
    ("AGREE", "وقالت المتحدثة باسم هاليبرتون لرويترز إن الشركة ملتزمة تماما تجاه هدفها إنجاز الاستحواذ في أواخر 2015."),
])
def test_a_deal_among_firms_goes(coder, event, sentence):
    """A listing, a firm's commitment: business, no political event."""
    assert event not in [e for e, _ in coded(coder, sentence)], sentence


def test_a_request_in_a_greeting_cable_goes(coder):
    """What a cable of congratulation is said to stress («أكد خلالها ضرورة») is its courtesy wording, no request."""
    cable = ("تلقى الرئيس المصري عبد الفتاح السيسي برقية تهنئة من نظيره الجزائري عبد العزيز بوتفليقة، بمناسبة احتفال "
             "مصر للذكرى الـ«63» لثورة 23 يوليو 1952، أكد خلالها ضرورة تكريس التشاور والتنسيق بين البلدين.")
    assert "REQUEST" not in [e for e, _ in coded(coder, cable)]


def test_a_ban_under_a_title_banning_a_ware_goes(coder):
    """A title that names, past its first word, a ban of a consumer thing («مقاصد سياحية تحظر استخدام عصا السيلفي») makes
    the story's bans a venue's rules on that thing, no coercion; without the title the ban stays."""
    text = LEAD + "كما حظرتها ديزني لاند باريس في نفس الوقت."
    untitled = coder(Article(text=text, published="2015-07-23"))
    titled = coder(Article(text=text, published="2015-07-23", title="مقاصد سياحية تحظر استخدام عصا السيلفي"))
    assert "COERCE" in [e.event for e in untitled.events]
    assert "COERCE" not in [e.event for e in titled.events]
