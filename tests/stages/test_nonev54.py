"""Round 56, the topic stage's non-events (stages/topics.py): domestic administrative cooperation and support.

Tested here, on sentences of the dev days: cooperation told by «بالتعاون مع» / «بالتنسيق مع» a domestic office
(«بالتنسيق مع مكتب العمل بعسير»، «بالتنسيق مع جميع الإدارات داخل المديرية») keeps no COOPERATE even when a Saudi
demonym or a Saudi name is read as its actor, while coordination with a foreign state's embassy stays; and a
council's backing of a Saudi authority («التأكيد على دعم هيئة المدن الاقتصادية لتحقيق الأهداف») keeps no SUPPORT,
while the Kingdom's support of world scouting stays."""

from __future__ import annotations

from hadath.article import Article


def coded(coder, text, date="2015-08-03"):
    """The (type, trigger) pairs the pipeline codes for `text`."""
    art = coder(Article(text=text, published=date))
    return [(e.event, e.trigger.text) for e in art.events]


FESTIVAL = ("أوضح مدير مهرجان أبها للتسوق إبراهيم آل جار الله، أن المهرجان يحظى بمشاركة أكثر من 500 شركة ومؤسسة "
            "تقدم خدماتها لراحة الزائر والمصطاف. وبيَّن آل جار الله، أن المهرجان الذي يواصل نجاحه للعام السابع عشر "
            "على التوالي أوجد فرص العمل للشباب السعودي بالتنسيق مع مكتب العمل بعسير، مضيفاً أنه عبارة عن حالة تسوق "
            "عائلي.")

EMERGENCY = ("شرعت مديرية الشؤون الصحية بالطائف ممثلة بإدارة الطوارئ الصحية في الاستعداد لحج هذا العام. وأوضح "
             "مدير إدارة الطوارئ الصحية بصحة الطائف سعيد الزهراني أنه تم البدء بالفعل في التجهيز المبكر من أجل "
             "تقديم أفضل الخدمات لحجاج بيت الله الحرام. وأكد "
             "الزهراني أن إدارة الطوارئ ستقوم بالتنسيق مع جميع الإدارات داخل المديرية مثل الصحة العامة, "
             "والمختبرات, والتوعية الصحية, والخدمات العامة, والشؤون الهندسية, وإدارة المستشفيات حتى تتكامل الجهود "
             "المختلفة في سبيل تقديم أرقى الخدمات للضيوف الكرام.")

EMBASSY = ("وصلت إلى جيبوتي طائرة إغاثة سعودية. وأوضح أن المشرف على مركز الملك سلمان للإغاثة والأعمال الإنسانية "
           "الدكتور عبدالله الربيعة، يشدد على تنفيذ توجيهات القيادة الرشيدة بتخفيف معاناة الإخوة اليمنيين النازحين "
           "إلى جمهورية جيبوتي، مشيرا إلى أن المركز وبالتنسيق مع السفارة اليمنية بجيبوتي والخطوط اليمنية وبمتابعة "
           "دقيقة منه سوف يقوم بنقل الراغبين من الأشقاء اليمنيين الموجودين بجيبوتي إلى عدن.")

COUNCIL = ("عقد مجلس الشؤون الاقتصادية والتنمية اجتماعاً بعد ظهر اليوم الاثنين في قصر السلام بجدة. وقد اطلع المجلس "
           "خلال الاجتماع على عدد من الموضوعات الاقتصادية والتنموية من أبرزها توجهات ورؤى الهيئة العامة للاستثمار "
           "وتوجهات ورؤى هيئة المدن الاقتصادية، واتخذ المجلس حيالها عدداً من التوصيات اللازمة لذلك ومنها التأكيد على "
           "دعم هيئة المدن الاقتصادية لتحقيق الأهداف التي أنشئت من أجلها.")

SCOUTS = ("إلى ذلك، أشاد عدد من القيادات الكشفية المشاركين في المخيم بمشاركة كشافة المملكة في المخيم الذي يضم نحو 32 "
          "ألف كشاف. وثمنوا دعم المملكة لأعمال الكشافة العالمية من خلال المشروع الكشفي العالمي رسل السلام الذي جاء "
          "بإرادة سعودية ورؤية وتنفيذ عالمي.")


def test_festival_coordination_with_a_labour_office_is_no_event(coder):
    """«أوجد فرص العمل للشباب السعودي بالتنسيق مع مكتب العمل بعسير»: no COOPERATE (the demonym is no party)."""
    events = coded(coder, FESTIVAL, date="2015-07-25")
    assert ("COOPERATE", "التنسيق") not in events, events


def test_coordination_with_departments_is_no_event(coder):
    """«ستقوم بالتنسيق مع جميع الإدارات داخل المديرية», told by «الزهراني»: no COOPERATE."""
    events = coded(coder, EMERGENCY)
    assert ("COOPERATE", "التنسيق") not in events, events


def test_coordination_with_a_foreign_embassy_stays(coder):
    """«وبالتنسيق مع السفارة اليمنية بجيبوتي»: COOPERATE stays."""
    events = coded(coder, EMBASSY, date="2015-07-25")
    assert ("COOPERATE", "التنسيق") in events, events


def test_a_councils_backing_of_an_authority_is_no_event(coder):
    """«التأكيد على دعم هيئة المدن الاقتصادية لتحقيق الأهداف»: no SUPPORT."""
    events = coded(coder, COUNCIL)
    assert ("SUPPORT", "دعم") not in events, events


def test_the_kingdoms_support_of_world_scouting_stays(coder):
    """«وثمنوا دعم المملكة لأعمال الكشافة العالمية»: SUPPORT stays."""
    events = coded(coder, SCOUTS)
    assert ("SUPPORT", "دعم") in events, events
