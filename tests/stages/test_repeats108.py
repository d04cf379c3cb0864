"""Round 108 (repeats108): acts told again in a later sentence or in their own, from the judged slices of 2015-07-22:
an aid told again by its definite noun without a giver, a law or an accord approved told again by its very approver,
and a meeting told again in its sentence by its attendees' first words."""

from stage_coding import kept_types

_DATE = "2015-07-22"


def _count(nlp, text, kind):
    """How many events of `kind` the whole pipeline keeps for `text`."""
    return sum(t == kind for t, _ in kept_types(nlp, text, _DATE))


_ADEN = ("سلمت الأمم المتحدة أمس بحرًا شحنة من المساعدات الإنسانية إلى عدن، هي الأولى للمنظمة الدولية التي تصل إلى هذه "
         "المدينة في جنوب اليمن منذ أشهر. وقد شجع على نقل المساعدات إلى عدن، التي اعتبرتها منظمات غير حكومية ضرورية "
         "للتخفيف من حدة كارثة إنسانية، تمكن القوات الحكومية من تحرير القسم الأكبر من المدينة.")


def test_aid_told_again_by_its_definite_noun_is_one_delivery(nlp):
    """«وقد شجع على نقل المساعدات إلى عدن» (2015-07-22 #22) after «سلمت الأمم المتحدة أمس … شحنة من المساعدات
    الإنسانية إلى عدن»: the delivery told again, one AID."""
    assert _count(nlp, _ADEN, "AID") == 1, kept_types(nlp, _ADEN, _DATE)


_KNESSET = ("أدان المجلس الوطني الفلسطيني بشدة مصادقة كنيست الاحتلال الإسرائيلي على قانون يشدد الأحكام الجائرة على من "
            "يقاوم ويواجه بالحجارة قوات الاحتلال خاصة في القدس المحتلة. وكان الكنيست الإسرائيلي صادق أول من أمس "
            "بالقراءة الثالثة والنهائية على قانون يفرض ما بين 10 أعوام إلى 20 عاما من السجن الفعلي على من يرمي الحجارة.")


def test_law_ratified_told_again_in_background_is_one_vote(nlp):
    """«وكان الكنيست الإسرائيلي صادق أول من أمس … على قانون» (2015-07-22 #245, #766) after «مصادقة كنيست الاحتلال
    الإسرائيلي على قانون»: one ratification."""
    kept = kept_types(nlp, _KNESSET, _DATE)
    assert sum(t == "SUPPORT" and w in ("مصادقة", "صادق") for t, w in kept) == 1, kept


_UNSC = ("وصف رئيس الحكومة الاسرائيلية بنيامين نتنياهو قرار مجلس الامن بالموافقة على اتفاق فيينا النووي بانه نفاق. "
         "وقال نتنياهو ان \"قرار مجلس الأمن بالمصادقة على الاتفاق ليس نهاية الطريق\".")


def test_accord_approved_told_again_by_its_definite_noun_is_one_approval(nlp):
    """«قرار مجلس الأمن بالمصادقة على الاتفاق» (2015-07-22 #1746) after «قرار مجلس الامن بالموافقة على اتفاق فيينا»:
    the endorsement told again, not a ratification of its own."""
    kept = kept_types(nlp, _UNSC, _DATE)
    assert ("SUPPORT", "المصادقة") not in kept and ("AGREE", "الموافقة") in kept, kept


_CABINET = ("ووافق مجلس الوزراء على قانون الاستثمار الأجنبي. "
            "كما وافق مجلس الوزراء على قانون آخر ينظم المهن الطبية.")


def test_two_laws_approved_stay_two(nlp):
    """Two laws approved by one cabinet, the later indefinite and told with no background word: two approvals."""
    kept = kept_types(nlp, _CABINET, _DATE)
    assert sum(t == "AGREE" for t, _ in kept) == 2, kept


_EU = ("وجاء ذلك في مؤتمر صحافي لموغريني عقب اجتماع وزراء خارجية الاتحاد الأوروبي الثلاثاء، حيث أكدت أن زيارتها تأتي "
       "دعماً للخطوة الأولى لخطة العمل المشتركة بين إيران ومجموعة 5+1 الدولية، وأوضحت موغريني أن اجتماع وزراء خارجية "
       "الاتحاد، بدأ بتبادل وجهات النظر حول الاتفاق النووي مع إيران.")


def test_meeting_told_again_by_its_attendees_first_words_is_one(nlp):
    """«أن اجتماع وزراء خارجية الاتحاد» (2015-07-22 #325) after «عقب اجتماع وزراء خارجية الاتحاد الأوروبي» in one
    sentence: the attendees told again by their first words, one meeting."""
    kept = kept_types(nlp, _EU, _DATE)
    assert sum(t == "CONSULT" and w == "اجتماع" for t, w in kept) == 1, kept


_KENYA = ("سيزور الرئيس الأمريكي باراك أوباما كينيا، لكن كوغيلو التي ولد فيها والده لا تقع في برنامج الزيارة. "
          "وتستعد القرية لاستقبال الضيوف. في لقاء خاص مع DW أعربت سارة أوباما -جدة الرئيس الأمريكي- عن سعادتها بخبر "
          "زيارة الرئيس الأمريكي باراك أوباما.")


def test_visit_to_come_told_again_by_a_noun_is_one_visit(nlp):
    """«بخبر زيارة الرئيس الأمريكي باراك أوباما» (2015-07-22 #263) after «سيزور الرئيس الأمريكي باراك أوباما كينيا»:
    the visit to come told again by a noun without the flag of the future, one visit."""
    kept = kept_types(nlp, _KENYA, _DATE)
    assert ("CONSULT", "زيارة") not in kept and ("CONSULT", "سيزور") in kept, kept
