"""Round 109 (missed events): real events the judges of 2015-07-22 #800–1599 found the coder gave no event for — a
website blocked by its verbal noun (حجب موقع), an arrest told as toppling a suspect or a cell (أطاحت الشرطة بأحد،
الإطاحة بتنظيم), a court's fine or jail sentence (قضت المحكمة تغريم / بحبس), a raid a past light verb tells with its
doer and target whatever the report models score, and an attack told as the cause of what happened (نتج عن قصف،
ناجم عن اعتداء)."""

from stage_coding import kept_types, kind_parties, parties_reader

_DATE = "2015-07-22"

_parties = parties_reader(_DATE, "actor", ("code", "sector", "text"))


def test_blocking_a_website_by_its_verbal_noun_is_censorship(nlp):
    """«قررت السلطات التركية حجب موقع تويتر» (2015-07-22 #1294): COERCE (censor) by the Turkish authorities."""
    text = "قررت السلطات التركية حجب موقع تويتر بقرار قضائي، وذلك عقب تفجير سروج الاثنين الماضي."
    assert ("COERCE", "حجب موقع") in kept_types(nlp, text, _DATE)
    assert ("TUR", "GOV", "السلطات التركية") in _parties(nlp, text, "COERCE")


def test_blocking_the_sun_is_no_censorship(nlp):
    """حجب with no website after it (أشعة الشمس) is no censorship."""
    text = "ويعمل الغطاء على حجب أشعة الشمس عن السيارات في المواقف."
    assert not any(t == "COERCE" for t, _ in kept_types(nlp, text, _DATE))


def test_police_toppling_a_suspect_is_an_arrest(nlp):
    """«أطاحت شرطة جدة بأحد الأشخاص» (2015-07-22 #1280): the Jeddah police arrested one of the men in the video."""
    text = ("أطاحت شرطة جدة بأحد الأشخاص الذين ظهروا في مقطع فيديو التحرش بفتاتين في أحد المتنزهات خلال ثاني أيام "
            "عيد الفطر.")
    events = kind_parties(nlp, text, "COERCE", _DATE)
    assert any(trigger == "أطاحت" and "شرطة جدة" in actors for _, trigger, actors, _ in events), events


def test_toppling_a_president_is_no_arrest(nlp):
    """«الإطاحة بالرئيس» (a coup) and a team knocking another out are no arrest: the row asks for a suspect or a cell."""
    text = "وشارك الجيش في الإطاحة بالرئيس السابق عام 2011. وأطاحت الأرجنتين بهولندا من البطولة."
    assert not any(t == "COERCE" for t, _ in kept_types(nlp, text, _DATE))


def test_a_court_fining_a_company_is_a_sanction(nlp):
    """«قضت محكمة أمريكية عليا تغريم شركة» (2015-07-22 #1530): SANCTION by the US court."""
    text = ("قضت محكمة أمريكية عليا تغريم شركة “آبركرومبي آند فيتش” للألبسة 25 ألف دولار تعويضا للفتاة المسلمة، "
            "بسبب رفض الشركة توظيفها لكونها محجبة.")
    assert ("USA", "JUD", "محكمة أمريكية") in _parties(nlp, text, "SANCTION")


def test_a_raid_a_past_light_verb_tells_is_kept_whatever_the_models_score(nlp):
    """«وأشار إلى أن قوات التحالف شنت اليوم عدة غارات جوية على مواقع الحوثيين» (2015-07-22 #1304): the raid, told
    with its doer and its target by a past light verb, stays though the report models score its long sentence low."""
    text = ("وأكد المصدر أن المقاومة الشعبية ستستمر في عملية \"تحرير\" المدينة من الحوثيين وقوات صالح، بتنسيق مع قوات "
            "التحالف الذي تقوده السعودية، وأشار إلى أن قوات التحالف شنت اليوم عدة غارات جوية على مواقع الحوثيين "
            "والقوات الموالية لصالح في مدينة لحج ودمرت آليات تابعة لهم.")
    events = kind_parties(nlp, text, "ASSAULT", _DATE)
    assert any(trigger == "غارات" and "قوات التحالف" in actors and "الحوثيين" in recipients
               for _, trigger, actors, recipients in events), events


def test_an_attack_told_as_the_cause_is_coded_with_its_doer(nlp):
    """«ان الانفجار نتج عن قصف مليشيات الحوثي … لمنشآت سد الجبلين» (2015-07-22 #925): the shelling that caused the
    blast is told, by the Houthi militias; not folded into the doerless blast."""
    text = ("الى ذلك هزت انفجارات عنيفة سماء مدينة تعز فجر امس إثر احتراق مخازن نفط وغاز تابعة لشركة النفط. وقالت "
            "مصادر محلية ان الانفجار نتج عن قصف مليشيات الحوثي وصالح المتمركزة في المدينة لمنشآت \"سد الجبلين\" "
            "النفطية والتي تضم خزاناتها كميات كبيرة من مادتي البترول والغاز المنزلي.")
    assert ("YEM", "REB", "مليشيات الحوثي") in _parties(nlp, text, "ASSAULT")


def test_a_suicide_attack_a_blast_resulted_from_is_coded_with_its_doer(nlp):
    """«ان التفجير ناجم عن اعتداء انتحاري قام به داعش» (2015-07-22 #1134): the suicide attack, by IS."""
    text = ("وقال في مؤتمر صحافي عقده في انقرة «ان العناصر الاولى للتحقيق تكشف ان التفجير ناجم عن اعتداء انتحاري قام "
            "به داعش» في اشارة الى تسمية سابقة مختصرة للتنظيم.")
    assert any(text_ == "داعش" for _, _, text_ in _parties(nlp, text, "ASSAULT"))
