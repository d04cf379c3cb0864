"""Wrong senses and unflagged future acts mended by lexicon rows (round 35): future verbs of continuing, beginning
and working at, whose spelling the noun beginnings of time_words.tsv miss (ستواصل) or whose verbal noun reads as a
perfect verb (سيواصل … قصف), flag the act they govern as still to come; «التفكير في» is an aim; «للمطالبة بـ» an
appeal; «شجع» told of a cause (هذا، الأمر الذي، ما) is no support."""

PUBLISHED = "2015-07-23"


def _events(coder, text):
    """The events of a one-sentence text, published on this module's day."""
    return coder(text, published=PUBLISHED).events


def _of(coder, text, kind):
    """The first event of one type in a text (None when there is none)."""
    return next((e for e in _events(coder, text) if e.event == kind), None)


def test_support_a_state_will_continue_is_future(coder):
    ev = _of(coder, "وأضافت الصحيفة أن الولايات المتحدة ستواصل دعمها الجوي إلى وحدات حماية الشعب الكردية في سورية.",
             "SUPPORT")
    assert ev is not None and ev.future


def test_shelling_the_army_will_go_on_with_is_future(coder):
    ev = _of(coder, "وأكد المتحدث أن الجيش سيواصل قصف مواقع الحوثيين.", "ASSAULT")
    assert ev is not None and ev.future


def test_a_past_shelling_stays_a_fact(coder):
    ev = _of(coder, "واصل الجيش قصف مواقع الحوثيين.", "ASSAULT")
    assert ev is not None and not ev.future


def test_a_withdrawal_only_thought_of_is_future(coder):
    ev = _of(coder, "لم تجد قيادة الحركة المتمردة بدا من التفكير في الانسحاب إلى مناطقها الأصلية.", "RETREAT")
    assert ev is not None and ev.future


def test_a_release_demanded_by_marchers_is_future(coder):
    text = "وكان أهالي صنعاء قد خرجوا في مظاهرات، للمطالبة بالإفراج عن المعتقلين الذين تحتفظ بهم الحركة المتمردة."
    ev = _of(coder, text, "RETREAT")
    assert ev is not None and ev.future


def test_encouraged_by_a_cause_is_no_support(coder):
    assert _of(coder, "وفي بريطانيا، شجع هذا الحكومة على سحب الدعم المخصص لمزارع الطاقة الشمسية.", "SUPPORT") is None
    assert _of(coder, "الأمر الذي شجع موسكو على غزو أفغانستان.", "SUPPORT") is None
    assert _of(coder, "وهذا ما شجع الناس على الخوض في الموضوع.", "SUPPORT") is None


def test_an_envoy_encouraging_the_parties_stays_support(coder):
    ev = _of(coder, "وشجع الأمين العام الأطراف اليمنية على العودة إلى المفاوضات.", "SUPPORT")
    assert ev is not None


def test_a_threat_warded_off_or_at_gunpoint_is_no_threaten(coder):
    assert _of(coder, "وأكد أرينتش أهمية الحيلولة دون عبور الإرهابيين الحدود لدرء تهديدات تنظيم داعش.", "THREATEN") is None
    assert _of(coder, "نحن جميعنا نعيش تحت تهديد دائم.", "THREATEN") is None


def test_a_party_characterised_as_a_threat_stays_threaten(coder):
    # (the quad-class gold reads «تشكل تهديدا للسلم والأمن» as verbal conflict)
    assert _of(coder, "وإذ يقرر أن الحالة في المنطقة لا تزال تشكل تهديدا للسلم والأمن الدوليين.", "THREATEN") is not None


def test_threats_received_stay_threaten(coder):
    assert _of(coder, "وقال الصحفي إنه تلقى تهديدات بالقتل من جماعة الحوثي.", "THREATEN") is not None


def test_economic_senses_are_no_support_nor_aid(coder):
    assert _of(coder, "في علامة على الطلب الكامن الذي يتوقع أن يدعم تعافي سوق الإسكان والاقتصاد.", "SUPPORT") is None
    assert _of(coder, "ستصبح الإمارات أول دولة خليجية ترفع الدعم كليا عن الوقود.", "AID") is None


def test_other_senses_of_oppose_expel_partnership_and_meeting(coder):
    assert _of(coder, "أكد الشيخ أثر تعلم القرآن على التفوق الدراسي، وأنه لا تعارض بينهما.", "REJECT") is None
    assert _of(coder, "تحمل اللوحة الشعور بالأمل وتطرد الكآبة.", "COERCE") is None
    assert _of(coder, "واستعرض المجلس استراتيجية الشراكة القطرية لمجموعة البنك.", "COOPERATE") is None
    assert _of(coder, "ولعل من المناسب أن يتم الاستفادة من اللقاءات العائلية في إتاحة الفرصة للشباب.", "CONSULT") is None


def test_more_future_verbs_and_expecting(coder):
    ev = _of(coder, "وستزيد إيران من دعمها المالي للنظام السوري وحزب الله.", "AID")
    assert ev is not None and ev.future
    ev = _of(coder, "وفي نيروبي سيرأس أوباما القمة العالمية لريادة الأعمال.", "CONSULT")
    assert ev is not None and ev.future
    ev = _of(coder, "وقال نتنياهو: وأتوقع منه أن ينضم إلى إدانة الإرهاب الذي يرتكب ضد اليهود.", "ACCUSE")
    assert ev is not None and ev.future


def test_a_signing_stays_a_fact(coder):
    ev = _of(coder, "وقعت الشركة اتفاقية مع وزارة الصحة.", "SUPPORT")
    assert ev is not None and not ev.future


def test_a_fall_a_cautious_stance_and_a_coordinating_body(coder):
    text = "اعلن البنك المركزي التركي خفض معدلات الفائدة من اجل الحد من تراجع سعر الليرة التركية الناجم عن التوتر."
    assert _of(coder, text, "CONCEDE") is None
    assert _of(coder, "لكن باريس تلتزم في الوقت عينه موقفا حذرا رغم رغبة وزير خارجيتها التوجه إلى طهران.",
               "THREATEN") is None
    assert _of(coder, "وتابع ممثلون عن الائتلاف السوري المعارض وهيئة التنسيق جلسات الحوار في بروكسل.", "COOPERATE") is None
    text = "اعتبرت الادارة المدنية الاسرائيلية المسؤولة عن تنسيق الانشطة الحكومية الاسرائيلية في الاراضي المحتلة."
    assert _of(coder, text, "COOPERATE") is None


def test_a_retreat_from_demands_stays_concede(coder):
    assert _of(coder, "وتراجع تنظيم القاعدة عن وعوده بمغادرة المدينة.", "CONCEDE") is not None
