"""Round 81: trigger words in another sense or inside a name, stopped by triggers.tsv rows (data only).

A subsidy lifted, cancelled or costed (ترفع الدعم، ألغى دعما، تكاليف دعم) and sources of support (مصادر دعم) are no
SUPPORT; the taxpayer (دافع الضرائب) defends nothing; a mall named «الحديقة مول» funds nothing; a council named for
coordination (مجلس تنسيق المقاومة) is no cooperation; hacking attacks (هجمات القرصنة) are no assault; the top of a
ranking told by a superlative (على قمة أسوأ السياسيين) is no summit; the adjective عارض «passing» is no rejection.
Each test pairs the blocked sentence (must not code) with a real event of the same word (must still code), all from
the dev days (2015-07-23..26, 2015-08-03). Checked on the coder without the report filter.
"""

import pytest


def coded(coder, text, event):
    """The events of type `event` the coder gives for `text`."""
    return [e for e in coder(text, published="2015-07-26").events if e.event == event]


def actors(events):
    """The actor texts of the events."""
    return [a.text for e in events for a in e.actor]


@pytest.mark.parametrize("blocked, kept, event", [
    ("أكد مسؤولون أن توجهها لتحرير أسعار الوقود هو بداية لتحولات، وبذلك ستوفر تكاليف دعم كانت تدفعها للوقود تصل"
     " إلى 29 مليار دولار بحسب تقرير صادر عن صندوق النقد الدولي.",
     "أكد جو بايدن نائب الرئيس الأميركي دعم بلاده للعراق في محاربة تنظيم داعش.", "SUPPORT"),
    ("بينما تعد الكويت أول من ألغى دعمًا على بعض المنتجات كالديزل بينما أبقته على البنزين.",
     "وهكذا، بدأت تركيا دعم الثوار ضد نظام الأسد.", "SUPPORT"),
    ("وبالنظر إلى ما خسرته تونس من مصادر دعم اقتصادي ليبية، فإنه يبدو أن دور اللاجئين الليبيين لا يتعدى التنشيط"
     " الثانوي للاقتصاد التونسي.",
     "وهكذا، بدأت تركيا دعم الثوار ضد نظام الأسد.", "SUPPORT"),
], ids=["costs", "cancelled", "sources"])
def test_a_subsidy_is_no_support(coder, blocked, kept, event):
    """A subsidy costed or cancelled, or sources of support, code no SUPPORT; a state's support still does."""
    assert not coded(coder, blocked, event), [e.to_dict() for e in coded(coder, blocked, event)]
    assert coded(coder, kept, event)


def test_the_taxpayer_defends_nothing(coder):
    """«دافع الضرائب» is the taxpayer, no SUPPORT; «دافع البيت الأبيض عن» still is."""
    blocked = ("من بينها الفشل الذريع للإدارة الأمريكية السابقة إثر غزو واحتلال العراق وأفغانستان، التي كبدت دافع"
               " الضرائب الأمريكي أكثر من تريليون دولار.")
    kept = "دافع البيت الابيض اليوم الاحد عن حق تركيا في ضرب حزب العمال الكردستاني."
    assert not coded(coder, blocked, "SUPPORT")
    assert "البيت الابيض" in actors(coded(coder, kept, "SUPPORT"))


def test_a_mall_named_before_mol_funds_nothing(coder):
    """«الحديقة مول» is a mall in Hail, no AID."""
    blocked = ('وافتتح المعرض خالد السيف المدير العام لفرع الهيئة العامة للسياحة والتراث بمنطقة حائل في'
               ' "الحديقة مول".')
    kept = "وقالت الحكومة إن المملكة مولت مشروعات إعادة الإعمار في اليمن."
    assert not coded(coder, blocked, "AID")
    assert coded(coder, kept, "AID")


def test_a_coordination_council_is_no_cooperation(coder):
    """«مجلس تنسيق المقاومة» names a council, no COOPERATE; «بالتنسيق مع قوات التحالف» still is."""
    blocked = ("قال رئيس مجلس تنسيق المقاومة الشعبية في تعز حمود سعيد المخلافي، في تصريحات صحفية، إن سقوط تلك"
               " المواقع بيد القوات الموالية للشرعية يقطع شريانا مهما لإمدادات الإرهابيين.")
    kept = "أعادت المقاومة الشعبية بالتنسيق مع قوات التحالف، افتتاح مطار عدن."
    assert not coded(coder, blocked, "COOPERATE")
    assert coded(coder, kept, "COOPERATE")


def test_hacking_attacks_are_no_assault(coder):
    """«هجمات القرصنة» on cars are no ASSAULT; «شنت هذه القوات هجمات» still is."""
    blocked = ("قالت شركة فيات كرايسلر أوتومبيلز الإيطالية الأميركية إنها استدعت نحو 1.4 مليون سيارة وسط مخاوف من"
               " خلل ربما يعرضها لهجمات القرصنة.")
    kept = "وشنت هذه القوات هجمات من جهات متعددة على المواقع العسكرية التابعة للميليشيات."
    assert not coded(coder, blocked, "ASSAULT")
    assert coded(coder, kept, "ASSAULT")


def test_the_top_of_a_ranking_is_no_summit(coder):
    """«على قمة أسوأ السياسيين» is the top of a ranking, no CONSULT; «في قمة مجموعة السبع» still is."""
    blocked = "جعلت نوري المالكي على قمة أسوأ السياسيين الذين وصلوا إلى السلطة في العراق."
    kept = ("وقد قال كاميرون الشهر الماضي للصحافيين في قمة مجموعة السبع التي جرت في ألمانيا إن هدفه هو إعادة"
            " التفاوض.")
    assert not coded(coder, blocked, "CONSULT")
    assert coded(coder, kept, "CONSULT")


def test_the_adjective_passing_is_no_rejection(coder):
    """«حدث جزئي عارض» is a passing event, no REJECT; «عارضه 17 نائبا» still is."""
    blocked = ("اعترف زعيم المتمردين الحوثيين عبد الملك الحوثي في خطابه الأخير بالخسارة في عدن، قائلا إنه «حدث"
               " جزئي عارض».")
    kept = "ودعم القانون 61 نائبًا، فيما عارضه 17 نائبا في الكنيست الإسرائيلي."
    assert not coded(coder, blocked, "REJECT")
    assert coded(coder, kept, "REJECT")
