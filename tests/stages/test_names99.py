"""Round 99 (names99): names and codes, from the judged dev slice 2015-07-31 #0–479. Spellings of people the lexicon
had under another spelling or lacked: «رافسنجاني» (with an alef), «تيريزا ماي», «هارييت هارمان», «هيومان رايتس
ووتش»; «الأسد» of a lion story names no Bashar al-Assad (a story naming neither Syria nor him); a bare «الاتحاد
الأوروبي» of a story of sport is UEFA, not the European Union; «دوريتين أمنيتين», the dual of «دورية أمنية», is
police, not the army; an event noun naming a body («هيئة العفو المشروط»، «محكمة الادعاءات») is no act."""

from stage_coding import coded_parties, events_coded, parties_reader

_DATE = "2015-07-31"

# (code, sector, text) of the actors (or recipients) of the events of `kind` the whole pipeline codes.
_parties = parties_reader(_DATE, "actor")


def test_rafsanjani_spelled_with_an_alef(nlp):
    """«على خامنئي الذي اتهمه رافسنجاني» (#292): Rafsanjani (IRN/GOV) accuses, Khamenei is the one accused."""
    text = ("وتمثل تلك القصيدة الصغيرة هجوم على خامنئي الذي اتهمه رافسنجاني، من دون أن يسميه، بأنه «سكران "
            "بالشعارات».")
    assert ("IRN", "GOV", "رافسنجاني") in _parties(nlp, text, "ACCUSE")


def test_theresa_may_by_her_full_name(nlp):
    """«برئاسة وزيرة الداخلية البريطانية تيريزا ماي، التي استقبلت أمس، نظيرها الفرنسي» (#385): GBR/GOV."""
    text = ("وسيعقد اجتماع طارئ للجنة «كوبرا» اليوم في لندن، للبحث في حوادث منطقة كاليه برئاسة وزيرة الداخلية "
            "البريطانية تيريزا ماي، التي استقبلت أمس، نظيرها الفرنسي برنار كازنوف.")
    assert ("GBR", "GOV", "تيريزا ماي") in _parties(nlp, text, "CONSULT")


def test_harriet_harman_is_labour(nlp):
    """«في حين دعت الزعيمة المؤقتة لحزب العمال هارييت هارمان حكومة المملكة المتحدة لضبط النفس» (#276): the one who
    calls is Labour's Harman, GBR/PTY."""
    text = "في حين دعت زعيمة حزب العمال هارييت هارمان حكومة المملكة المتحدة لضبط النفس."
    assert ("GBR", "PTY", "زعيمة حزب العمال هارييت هارمان") in _parties(nlp, text, "REQUEST")


def test_human_rights_watch_spelled_with_alef(nlp):
    """«دانت منظمة «هيومان رايتس ووتش» الحقوقية أمس» (#266): Human Rights Watch, NGO."""
    text = "في غضون ذلك، دانت منظمة «هيومان رايتس ووتش» الحقوقية أمس قصف المتمردين في اليمن لمناطق سكنية."
    assert any(c == "NGO" and "هيومان رايتس ووتش" in t for c, _, t in _parties(nlp, text, "ACCUSE"))


def test_lion_is_no_bashar_al_assad(nlp):
    """«ألقى الصياد الأميركي باللوم في مقتل الأسد على مرشديه» (#477): in a story of the lion Cecil, naming neither
    Syria nor Bashar al-Assad, «الأسد» is no party; in one naming Syria it is Assad."""
    text = ("قاتل الأسد الشهير «سيسيل» في زيمبابوي يخرج عن صمته. وفي بيانه ألقى الصياد الأميركي باللوم في مقتل الأسد "
            "على مرشديه داخل الحديقة.")
    assert not any(c == "SYR" for c, _, _ in coded_parties(nlp, text, _DATE))
    text = "وتحاول طهران كذلك مساعدة الأسد على مواجهة النقص في القوة البشرية في سوريا."
    assert ("SYR", "GOV", "الأسد") in _parties(nlp, text, "AID", "recipient") + _parties(nlp, text, "AID")


def _union_names(nlp, text):
    """The lexicon names of the article's mentions of «الاتحاد الأوروبي» (with a tail of its name or not)."""
    a = nlp(text, published=_DATE)
    return [m.get("name") for m in a.mentions if m.kind == "actor" and a.text[m.start:m.end].startswith("الاتحاد")]


def test_uefa_in_a_story_of_sport(nlp):
    """«كما غرم الاتحاد الأوروبي نظيره الكرواتي» in a story of matches and players: UEFA, not the European Union;
    «الاتحاد الأوروبي للعبة» (#438) is UEFA by its name."""
    text = ("قرر الاتحاد الأوروبي أن تخوض كرواتيا المباراتين المقبلتين في التصفيات دون جمهور. ولعب المنتخب الكرواتي "
            "مباراة أمام إيطاليا على ملعب سبليت. وظهر الصليب المعقوف على أرض الملعب قبل المباراة. كما غرم الاتحاد "
            "الأوروبي نظيره الكرواتي 100 ألف يورو.")
    assert _union_names(nlp, text) == ["UEFA", "UEFA"]
    text = ("وأوضح الأمير علي الذي كان مساندا من قبل الاتحاد الأوروبي للعبة في معركته ضد بلاتر أنه سيقوم باستشارة "
            "الاتحادات الوطنية.")
    assert _union_names(nlp, text) == ["UEFA"]


def test_european_union_outside_sport_stays(nlp):
    """A story of EU sanctions naming market players once is no story of sport: «الاتحاد الأوروبي» stays the EU."""
    text = ("تعد الشركات النفطية من كبار اللاعبين في السوق الإيرانية، لكن العقوبات التي فرضها الاتحاد الأوروبي على "
            "طهران أبعدتها. وانتقد الاتحاد الأوروبي إيران أمس. وقال دبلوماسيون إن المحادثات ستستأنف.")
    assert _union_names(nlp, text) == ["European Union", "European Union"]


def test_dual_of_security_patrol_is_police(nlp):
    """«أضرمت مجموعة من العمالة الآسيوية النار في دوريتين أمنيتين» (#48): two security patrols, COP, not MIL."""
    text = ("أضرمت مجموعة من العمالة الآسيوية النار في دوريتين أمنيتين بالقرب من مقر الشركة التي يعملون بها "
            "بمدينة الرياض.")
    parties = coded_parties(nlp, text, _DATE)
    assert any(s == "COP" and t == "دوريتين أمنيتين" for _, s, t in parties), parties
    assert not any(s == "MIL" for _, s, _ in parties), parties


def test_event_noun_naming_a_body_is_no_act(nlp):
    """«إن هيئة العفو المشروط الأميركية، قضت بإطلاق سراح الجاسوس» (#388), «تأسست في لاهاي «محكمة الادعاءات
    الأميركية الإيرانية»» (#399): the board's and the tribunal's names tell no pardon and no accusation."""
    text = ("قال محامون، أمس، إن هيئة العفو المشروط الأميركية، قضت بإطلاق سراح الجاسوس جوناثان بولارد، في 21 نوفمبر "
            "المقبل.")
    assert not any(e.trigger.text == "العفو" for e in events_coded(nlp, text, _DATE))
    text = ("وقال كاتزمان إنه، حسب الاتفاق، تأسست في لاهاي «محكمة الادعاءات الأميركية الإيرانية»، لكنها لم تصدر "
            "أحكاما محددة.")
    assert not any(e.trigger.text == "الادعاءات" for e in events_coded(nlp, text, _DATE))
