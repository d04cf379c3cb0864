"""Round 82 (codes82): the country code of an obvious party. Coalition jets «المقاتلات» of a Yemen story are the Arab
coalition's (INT), not Yemen's army; a foreign story's police or land forces keep its country where another country is
named in the sentence only as the place of another act (في سوريا، في شمال العراق); «مقاتلون من الحوثيين» are the
Houthis; «ضباط النظام» are Syria's; a bare «النظام» after «النظام السوري» is Syria's regime; «وزير الإعلام» of a
story Lebanon leads is Lebanon's. Sentences from the dev day 2015-07-26 (#909, #460, #913, #1031, #967, #155, #964)."""

from tests.stages.stage_coding import events_coded

_DATE = "2015-07-26"


def _parties(nlp, text, kind, word, role="actor"):
    """(code, sector, text) of the parties in `role` of the events of `kind` whose trigger holds `word`."""
    return [(p.code, p.sector, p.text) for e in nlp(text, published=_DATE).events
            if e.event == kind and word in e.trigger.text for p in getattr(e, role)]


_YEMEN_JETS = ("واصل مقاتلو المقاومة الشعبية في اليمن تقدمهم صوب قاعدة العند العسكرية في محافظة لحج، حيث دخلوا أمس في "
               "اشتباكات عنيفة مع ميليشيات الحوثي والمخلوع صالح بالقرب من القاعدة. في غضون ذلك، كثفت طائرات التحالف "
               "العربي الذي تقوده المملكة غاراتها على محيط القاعدة، وقصفت تجمعات المتمردين. كما استهدفت المقاتلات "
               "مركبات عسكرية تابعة للانقلابيين في منطقة كرش التابعة لمحافظة لحج جنوبي البلاد. وأكد المركز الإعلامي "
               "للمقاومة أن الثوار سيطروا على مواقع قرب الطريق بين ميناء المخا ومدينة تعز.")


def test_coalition_jets_of_a_yemen_story_are_the_coalitions(nlp):
    """«كما استهدفت المقاتلات مركبات عسكرية تابعة للانقلابيين» after «طائرات التحالف العربي»: INT/MIL, not YEM/MIL."""
    actors = _parties(nlp, _YEMEN_JETS, "ASSAULT", "استهدفت")
    assert ("INT", "MIL", "المقاتلات") in actors
    assert not any(code == "YEM" and text == "المقاتلات" for code, _, text in actors)


_TURKEY_POLICE = ("قالت وكالة انباء تركية إن الطائرات الحربية التركية قصفت مواقع داعش في سوريا والعراق. "
                  "وقال رئيس الوزراء التركي أحمد داود أوغلو إن هذه العمليات سوف تستمر. "
                  "وجاءت هذه الضربات التركية في اليوم نفسه لدخول انقرة بقوة في الحملة العسكرية لمواجهة داعش بشن اولى "
                  "غاراتها الجوية على مواقع له في سوريا فجر الجمعة، بينما نفذت الشرطة حملة توقيفات «لمكافحة الارهاب» "
                  "في مختلف انحاء البلاد.")


def test_police_of_a_turkish_story_beside_syria_as_a_place(nlp):
    """«بينما نفذت الشرطة حملة توقيفات» after «غاراتها الجوية على مواقع له في سوريا»: Turkey's police (TUR/COP)."""
    actors = _parties(nlp, _TURKEY_POLICE, "COERCE", "توقيفات")
    assert ("TUR", "COP", "الشرطة") in actors
    assert ("SYR", "COP", "الشرطة") not in actors and (None, "COP", "الشرطة") not in actors


_TURKEY_ARTILLERY = ("أعلن مكتب رئيس الحكومة التركية في بيان، عن بدء حملة تستهدف حزب العمال الكردستاني في شمال العراق، "
                     "لافتا إلى أن مدفعيات الدعم التابعة للقوات البرية قامت بقصف أهداف لحزب العمال الكردستاني شمالي "
                     "العراق. وقال رئيس الوزراء التركي أحمد داود أوغلو إن العمليات ستستمر. "
                     "وأعلنت تركيا أنها ستواصل الحرب على الإرهاب.")


def test_land_forces_of_a_turkish_statement_on_iraq(nlp):
    """«مدفعيات الدعم التابعة للقوات البرية قامت بقصف» told by Turkey's premier's office: TUR/MIL, not null."""
    actors = _parties(nlp, _TURKEY_ARTILLERY, "ASSAULT", "قصف")
    assert ("TUR", "MIL", "للقوات البرية") in actors
    assert (None, "MIL", "للقوات البرية") not in actors


_ADEN = ("قالت مصادر في المقاومة الشعبية إن قواتها سيطرت على حي صبر في عدن. "
         "وكان مقاتلون من الحوثيين ووحدات من الجيش موالية للرئيس السابق علي عبد الله صالح قد استولوا على عدن في "
         "بداية الحرب ما دفع هادي للانتقال إلى السعودية. وشنت طائرات التحالف غارات على قاعدة العند.")


def test_fighters_of_the_houthis_are_the_houthis(nlp):
    """«وكان مقاتلون من الحوثيين … قد استولوا على عدن»: the actor is YEM/REB, not None/UAF."""
    actors = _parties(nlp, _ADEN, "COERCE", "استولوا")
    assert any(code == "YEM" and sector == "REB" for code, sector, _ in actors)
    assert (None, "UAF", "مقاتلون") not in actors


def test_regime_officers_are_syrias(nlp):
    """«إثر فشل ضباط النظام وقادة حزب الله في عمليات اقتحام المدينة»: SYR/MIL «ضباط النظام» beside Hezbollah."""
    text = ("وأكدت المصادر أن من يقود معارك الزبداني الحالية هم ضباط من الحرس الثوري الإيراني، إثر فشل ضباط النظام "
            "وقادة حزب الله في عمليات اقتحام المدينة.")
    actors = [(p.code, p.sector, p.text) for e in events_coded(nlp, text, _DATE) if e.event == "COERCE"
              for p in e.actor]
    assert ("SYR", "MIL", "ضباط النظام") in actors
    assert (None, "MIL", "ضباط") not in actors


def test_bare_regime_after_the_syrian_regime(nlp):
    """«النظام السوري» named, then «يسعى إليها النظام، فيقول للداخل إنه محمي»: the bare «النظام» is Syria's."""
    text = ("وفيما نقلت صحيفة «حرييت» التركية أمس عن مصادر أن تركيا أبلغت النظام السوري بالغارات على «داعش» عبر "
            "الولايات المتحدة. وقال لؤي المقداد إنه لا يوجد تنسيق مع التحالف. "
            "وأضاف أن قواعد إطلاق النار عند النظام تنحصر بضربات على أهداف مدنية لتحقيق عدة أهداف يسعى إليها النظام، "
            "فيقول للداخل إنه محمي من السقوط.")
    art = nlp(text, published=_DATE)
    bare = [m for m in art.mentions if m.kind == "actor" and m.text == "النظام"]
    assert bare and all(m.get("code") == "SYR" for m in bare)


_LEBANON = ("تصاعدت أمس أزمة الحكومة اللبنانية برئاسة تمام سلام، في ظل الفراغ الرئاسي وتعطيل انتخاب رئيس جديد للبلاد. "
            "وأكد النائب عاطف مجدلاني أن رئيس الوزراء اللبناني ما زال يحتفظ بفكرة تقديم استقالته. "
            "بدوره، قال وزير الإعلام رمزي جريج عقب لقائه الرئيس سلام أمس \"أكدت له تضامني معه وتأييدي ودعمي المواقف "
            "التي اتخذها ويتخذها في مجلس الوزراء\". "
            "في المقابل، استبعد رئيس حزب الوطنيين الأحرار النائب دوري شمعون استقالة الحكومة، مرجحا التوصل إلى حل "
            "للأزمة بحكمة الرئيس تمام سلام. "
            "وقال إن التجربة اللبنانية علمتنا أن اتفاق الطائف تحول مع الوقت إلى اتفاق الضرورة.")


def test_a_minister_of_a_lebanese_story_is_lebanons(nlp):
    """«قال وزير الإعلام رمزي جريج عقب لقائه الرئيس سلام» of a story Lebanon leads: LBN/GOV, not None/GOV."""
    actors = _parties(nlp, _LEBANON, "CONSULT", "لقائه")
    assert ("LBN", "GOV", "وزير الإعلام") in actors
    assert (None, "GOV", "وزير الإعلام") not in actors
