"""Round 52, the topic stage's non-events (stages/topics.py): a player's transfer, a column signed off, a tale
retold in a column, a notice to tourists, coordination with «the concerned authorities», an admission story and a
couple's quarrels keep no coded event.

Tested here, on sentences of the dev days: a two-sentence story of a player's transfer (الانتقالات، الإعارة،
احترافه: sport cues) keeps no SUPPORT «شجعني» and no AGREE «للموافقة», while a state's support stays; a column signed
off by its writer's contact line («للتواصل مع الكاتب ارسل رسالة SMS») or a readers' page of poems («نرحب
بمشاركاتكم الشعرية») keeps only the acts of named political parties, and a tale told in one («يروى في التاريخ،
أن القائد الصيني …») none; a minister's call to tourists to visit festivals is a notice, no REQUEST, while his call
to a state stays; cooperation «مع الجهات ذات العلاقة» with no actor is an office's routine, no COOPERATE, while
cooperation with a named state's body stays; and a story titled with an admission («تبدأ في القبول على برنامج
الانتساب») keeps none of its bare calls, meetings, services and support; and an essay on a couple's quarrels («تقديم
تنازلات عادلة من الطرفين» beside «الزوجين») keeps no CONCEDE, while a state's concessions in negotiations stay."""

from __future__ import annotations

from hadath.article import Article


def coded(coder, text, title=None, date="2015-07-24", url=None):
    """The (type, trigger) pairs the pipeline codes for `text` under `title`."""
    art = coder(Article(text=text, title=title, published=date, url=url))
    return [(e.event, e.trigger.text) for e in art.events]


TRANSFER = ("أنهى الخليج أمس (الاربعاء) إجراءات انتقال مهاجم الاهلي سامر سالم (22 عاما) لتمثيل الفريق في (دوري "
            "عبداللطيف جميل\" لمدة موسم واحد على سبيل الإعارة، وسيلتحق اليوم (الخميس) بمعسكر الفريق في اسبانيا. "
            "ووصف سامر انتقاله للخليج بالمحطة المهمة في طريق احترافه بعد ان مثل الرائد الموسم المنصرم خلال فترة "
            "الانتقالات الشتوية وقال: \"المستوى المتميز الذي قدمه الخليج في الموسم الماضي شجعني للموافقة على الانتقال "
            "وخوض تحد جديد بعد ان فضلته على أكثر من عرض رسمي من فرق اخرى\".")


def test_a_players_transfer_is_sport(coder):
    """«شجعني للموافقة على الانتقال» in a player's transfer story: no SUPPORT, no AGREE."""
    events = coded(coder, TRANSFER, date="2015-07-23")
    assert ("SUPPORT", "شجعني") not in events and ("AGREE", "للموافقة") not in events, events


def test_a_states_support_stays(coder):
    """«أعلنت الولايات المتحدة دعمها للحكومة اليمنية»: SUPPORT stays."""
    text = "أعلنت الولايات المتحدة دعمها للحكومة اليمنية الشرعية. وقال المتحدث إن بلاده تتابع الوضع."
    assert [e for e in coded(coder, text) if e[0] == "SUPPORT"]


SIGNATURE = "للتواصل مع الكاتب ارسل رسالة SMS تبدأ بالرمز (100) ثم مسافة ثم نص الرسالة إلى 88591 - Stc 635031"
COLUMN = ("لم تكن مشاهد التحرّش الجماعي بفتاتين على كورنيش جدة ثاني أيام العيد واضحة المعالم بالنسبة لي. "
          "إذًا.. ما العمل، وكيف ننجو بأبنائنا وبناتنا من فخاخ الجانحين من الجنسين. "
          "يبقى لنا أنه بعد تلك القضية، وقبل أن نستنفر ونوسم..\n")


def test_a_signed_column_keeps_no_rhetoric(coder):
    """«وقبل أن نستنفر» in a column signed «للتواصل مع الكاتب»: no MOBILIZE."""
    events = coded(coder, COLUMN + SIGNATURE)
    assert not [e for e in events if e[0] == "MOBILIZE"], events


TALE = ("يروى في التاريخ، أن القائد الصيني الفذّ، شيكو لينق، ذهب للراحة في قرية صغيرة مع حامية لاتزيد عن مائة "
        "جندي، وعندما نظر إليه القائد الخصم، توقف، وشجعه الجنود للاقتحام، لذلك أمر الجند بسرعة الانسحاب.\n"
        "السمعة لاتأتي بين يوم وليلة، بل بعد سلسلة من الأحداث المهمة.\n")


def test_a_tale_in_a_column_is_no_act(coder):
    """«يروى في التاريخ … وشجعه الجنود للاقتحام» in a signed column: no SUPPORT, no COERCE."""
    events = coded(coder, TALE + SIGNATURE, date="2015-07-23")
    assert not [e for e in events if e[0] in ("SUPPORT", "COERCE")], events


def test_a_readers_poem_page_keeps_no_threat(coder):
    """«يا طير حذرا صفقه الطير» on a page closed by «نرحب بمشاركاتكم الشعرية»: no THREATEN."""
    text = ("وفوقه غراب موقعٍ بالرتياحه وقّع عليه ولاانزعج منه ماطاح على الظهر ومتكي في جناحه يا طير حذرا صفقه "
            "الطير لاصاح حمد عبدالله الوايلي - حوطة سدير نرحب بمشاركاتكم الشعرية وما تلتقطه عدساتكم من الصور "
            "الهادفة والطريفة ويا هلا.. ")
    events = coded(coder, text, title="صوت الصورة")
    assert not [e for e in events if e[0] == "THREATEN"], events


def test_a_named_partys_attack_in_a_signed_column_stays(coder):
    """«قصفت طائرات التحالف العربي مواقع الحوثيين» in a signed column: ASSAULT stays (a named party's act)."""
    text = ("قصفت طائرات التحالف العربي مواقع الحوثيين في صعدة أمس. وأنا أعتقد أن هذا لا يكفي. "
            "ونحن ننتظر المزيد من الحزم.\n" + SIGNATURE)
    assert [e for e in coded(coder, text) if e[0] == "ASSAULT"]


HEAT = ("وقال إن كوادر الهيئة ستعمل طوال فترة المرتفع الجوي على مدار الساعة. "
        "ودعا وزير السياحة والآثار الأردني نايف الفايز السياح إلى زيارة المهرجانات والأماكن السياحية المغلقة التي "
        "تقام حاليا في الأردن خلال الموجة الحارة في المملكة.")


def test_a_call_to_tourists_is_a_notice(coder):
    """«ودعا وزير السياحة … السياح إلى زيارة المهرجانات»: no REQUEST «دعا»."""
    events = coded(coder, HEAT, date="2015-08-03")
    assert ("REQUEST", "دعا") not in events, events


def test_a_ministers_call_to_a_state_stays(coder):
    """«ودعا وزير الخارجية الأردني إيران إلى وقف التدخل»: REQUEST stays."""
    text = "ودعا وزير الخارجية الأردني ناصر جودة إيران إلى وقف التدخل في شؤون المنطقة."
    assert [e for e in coded(coder, text, date="2015-08-03") if e[0] == "REQUEST"]


YANBU = ("قام محافظ ينبع بالنيابة خالد الغملاس، وقائد حرس الحدود بمنطقة المدينة المنورة اللواء أحمد الصيدلاني، "
         "بجولة استكشافية على منطقه الشرم وسواحلها والوقوف على موقع الحادث الذي راح ضحيته شاب قبل يومين للتأكد من "
         "وجود اللوحات الإرشادية ولمناقشة إيجاد وسائل سلامة مكثفة على تلك المواقع الخطيرة بالتعاون مع الجهات ذات "
         "العلاقة مثل البلدية لتنظيم الموقع.")


def test_cooperation_with_the_concerned_authorities_is_routine(coder):
    """«بالتعاون مع الجهات ذات العلاقة مثل البلدية»: no COOPERATE."""
    events = coded(coder, YANBU)
    assert not [e for e in events if e[0] == "COOPERATE"], events


def test_cooperation_with_a_states_body_stays(coder):
    """«تعاونت الشرطة السعودية مع الأجهزة الأمنية المصرية»: COOPERATE stays."""
    text = "وأكد المتحدث أن الشرطة السعودية تعاونت مع الأجهزة الأمنية المصرية في القبض على المتهمين."
    assert [e for e in coded(coder, text) if e[0] == "COOPERATE"]


ADMISSION = ('تبدأ جامعة أم القرى ممثلة في كلية خدمة المجتمع والتعليم المستمر الأحد القادم في فتح باب القبول '
             'في برنامج الانتساب للعام الجامعي 1436/1437هـ عبر بوابة القبول الموحد في 16 تخصصاً بمشاركة 7 '
             'كليات بمكة المكرمة ومحافظات الليث والقنفذة. وبين عميد الكلية الدكتور حامد الربيعي، أن برنامج '
             'الانتساب متاح لأكثر من 2600 طالب وطالبة في مكة المكرمة من خلال كلية اللغة العربية تخصصات ( نحو '
             'وصرف , الأدب , البلاغة ) وكلية الدعوة وأوصل الدين في تخصصات ( الدعوة , الثقافة الإسلامية , '
             'الكتاب والسنة , العقيدة ) وكلية العلوم الاقتصادية والمالية الاسلامية من خلال قسم الاقتصاد فيما '
             'سيكون القبول في فرع الجامعة بمحافظة القنفذة عبر الكلية الجامعية من خلال تخصصي الدراسات '
             'الاسلامية واللغة العربية وسيكون القبول في فرع الكلية الجامعية بمحافظة الليث من خلال تخصصي '
             'الدراسات الاسلامية واللغة العربية، لافتا النظر إلى أن برنامج الانتساب يتيح للطالب والطالبة '
             'الاستفادة من الخدمات الكترونية التي تساعد في انجاح العملية التعليمية وكذلك الاستفادة من كافة '
             'الخدمات الجامعية التي يستفيد منها الطالب الجامعي المنتظم علاوة على اتمام جميع التعاملات '
             'المتعلقة بالدراسة الكترونيا دون الحاجة للحضور إلى مقر الجامعة على أن يكون ذلك تدريجيا وفق '
             'الإمكانات المتاحة وحضور اللقاءات التحضيرية التي تقدمها الكليات المقدمة للبرنامج بحسب المواعيد '
             'والآليات التي يتم الإعلان عنها وتسهيل آليات التواصل مع مشرفي المواد من خلال النظام الالكتروني '
             'عبر الشبكة المعلوماتية (الانترنت).')


def test_an_admission_story_keeps_no_bare_talk(coder):
    """Under «جامعة أم القرى تبدأ في القبول على برنامج الانتساب»: no CONSULT «اللقاءات», no SUPPORT «دعم»."""
    events = coded(coder, ADMISSION, title="جامعة أم القرى تبدأ في القبول على برنامج الانتساب بمكة والليث والقنفذة")
    assert not [e for e in events if e[0] in ("CONSULT", "SUPPORT", "AID", "REQUEST")], events


COUPLES = ("من التقاليد السائدة وغير المحبذة في العيد؛ الزعل والشجار والخصومة بين الزوجين.\n"
           "• إرادة كل من الزوجين القيام بزيارات لأقاربه قبل أقارب الآخر.\n"
           "• الأنانية من الزوجين وعدم إتقانهما فن التفاوض وتقديم تنازلات عادلة من الطرفين توفق بين رغباتهما.\n"
           "• أخذ الخدم والسائقين إجازة مما يجبر أهل البيت على القيام بمهام لم يتعودوا القيام بها.\n")


def test_a_couples_concessions_are_no_event(coder):
    """«الأنانية من الزوجين وعدم إتقانهما فن التفاوض وتقديم تنازلات عادلة من الطرفين»: no CONCEDE."""
    events = coded(coder, COUPLES, title="زعل العيد", date="2015-07-25")
    assert not [e for e in events if e[0] == "CONCEDE"], events


def test_a_states_concessions_stay(coder):
    """«وقدمت إيران تنازلات في المفاوضات النووية مع القوى الكبرى»: CONCEDE stays."""
    text = ("وقدمت إيران تنازلات في المفاوضات النووية مع القوى الكبرى. وقال المتحدث إن الاتفاق تاريخي. "
            "وأضاف أن العقوبات سترفع.")
    assert [e for e in coded(coder, text, date="2015-07-25") if e[0] == "CONCEDE"]
