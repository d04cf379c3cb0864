"""Round 92: meetings that are no meeting of political actors, dropped by the senses stage (senses.idle_meeting,
senses.home_visit). A meeting word with no coded party on either side is no meeting when a `fair` word is joined to
it by و (job fairs), when it follows an `invitation` noun (a tourist's invitation), when a `lodging` word (camps) is
its subject, when a `deliberated` word is its object (a body's own plans) or when a `someone` word is its object (a
figure of speech); and a visit to a place named with the adjective of the visitor's own state is a domestic tour
(Rouhani in Iranian Kurdistan), no visit to the Kurds. Sentences from the dev days (2015-07-27 #0–304, 2015-07-26
#1047); the real visits and meetings stay."""

DAY = "2015-07-27"


def consults(nlp, text):
    """(trigger, actor codes, recipient codes) of the CONSULT events the pipeline codes for `text`."""
    return [(e.trigger.text, [x.code for x in e.actor], [x.code for x in e.recipient])
            for e in nlp(text, published=DAY).events if e.event == "CONSULT"]


# 2015-07-27 #126
ROUHANI = ("فيما ردّد الرئيس الإيراني حسن روحاني هذه الرسالة في خطاب ألقاه يوم الأحد خلال زيارة لإقليم كردستان "
           "الإيراني فقال: «الشعب الإيراني يدعم كل الشعوب المقهورة».")
# 2015-07-27 #247
FAIRS = ("سيتم تسويق قنوات التوظيف لأصحاب الأعمال وعقد لقاءات ومعارض توظيف متخصصة في المستلزمات النسائية، على أن "
         "تكون تلك اللقاءات والمعارض داخل المولات.")
# 2015-07-27 #177
INVITATION = ("وقال محمد عثمان نائب رئيس غرفة وكالات وشركات السفر والسياحة في محافظة الأقصر لوكالة الأنباء الألمانية "
              "إن الاحتفالات تتضمن منح دعوة دائمة لزيارة المدينة والإقامة في فنادقها والتجول بين معالمها التاريخية.")
# 2015-07-27 #154
PLANS = ("ولقد تحدت الولايات المتحدة تلك الخطوة، وتقوم بطلعات جوية للمراقبة في المنطقة وتناقش الخطط لإرسال السفن "
         "الحربية إلى هناك.")
# 2015-07-27 #256
SOMEONE = "مع ذلك، في كوريا الجنوبية التقوا شخصا مثلهم - حتى الآن على الأقل."


def test_home_visit_dropped(nlp):
    """Rouhani's tour of Iranian Kurdistan is no visit to the Kurds: no CONSULT with recipient KUR; a US minister
    visiting Iraqi Kurdistan is still a visit."""
    assert not [c for c in consults(nlp, ROUHANI) if "KUR" in c[2]]
    text = "وزار وزير الدفاع الأمريكي آشتون كارتر إقليم كردستان العراق أمس."
    assert [c for c in consults(nlp, text) if "USA" in c[1]]


def test_job_fairs_dropped(nlp):
    """«عقد لقاءات ومعارض توظيف»: job fairs planned, no meeting."""
    assert not [c for c in consults(nlp, FAIRS) if c[0] == "لقاءات"]


def test_tourist_invitation_dropped(nlp):
    """«منح دعوة دائمة لزيارة المدينة»: a tourist's invitation, no visit."""
    assert not consults(nlp, INVITATION)


def test_plans_discussed_dropped(nlp):
    """«وتناقش الخطط لإرسال السفن»: a body's own deliberation, no consultation; a meeting of two states that discussed
    plans stays a CONSULT."""
    assert not [c for c in consults(nlp, PLANS) if c[0] == "تناقش"]
    text = "وناقش وزير الخارجية السعودي عادل الجبير مع نظيره الأمريكي جون كيري الخطط لإرسال المساعدات إلى اليمن."
    assert [c for c in consults(nlp, text) if "SAU" in c[1]]


def test_someone_met_dropped(nlp):
    """«التقوا شخصا مثلهم»: a figure of speech, no meeting."""
    assert not consults(nlp, SOMEONE)



# 2015-07-27 #137
CAMPS = ("وتابع: «بغداد لا تريد لنينوى الخير، وقسم منهم التحقوا بمعسكراتهم في بغداد، لكن هذه المعسكرات لم تستقبلهم، "
         "لذا اضطروا إلى التوجه إلى الفنادق في العاصمة».")


def test_camps_took_no_one_in_dropped(nlp):
    """«لكن هذه المعسكرات لم تستقبلهم»: camps that took no one in, no reception of a visitor."""
    assert not [c for c in consults(nlp, CAMPS) if c[0] == "تستقبلهم"]
