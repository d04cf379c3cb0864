"""Round 107 (repeats107): a toll told as the tally of the act its sentence told before it, from the judged slices
2015-07-22 #0–399 and #1600–2049 and 2015-07-31 #1360–1759: «وكانت الحصيلة مقتل (3) أمريكيين» after «تفجير إرهابي»
(#376), «وخلفت العملية (22) قتيلا» after «يقتحمون … ويحتجزون» (#376), «؛ ما أسفر عن مقتل شخصين» after «أطلق … النار»
(#1934) and «مما أسفر عن مقتل سبعة جنود الاثنين» after «الهجوم الجوي» (#1745) are the count of that act, not an act of
their own. A toll of another clause (after «فيما») stays. A destruction told after a word of adding with its own «و»
(«إضافة لحرق وتدمير عدد من السيارات», #339) is one more outcome of the raid told before."""

import pytest
from stage_coding import kept_triggers, kind_parties

_DATE = "2015-07-22"

_RIYADH = ("- عام 1995 تفجير إرهابي بسيارة مفخخة بالرياض في مبنى يتبع وزارة الحرس الوطني السعودي وكانت الحصيلة مقتل "
           "(3) أمريكيين وهنديين وأصيب نحو ستين شخصاً بجروح.")

_COMPOUND = ("- عام 2003 هاجم إرهابيون انتحاريون بثلاث سيارات مفخخة (3) مجمعات سكنية بمدينة الرياض وفي وقت متزامن هي : "
             "مجمع درة الجداول، مجمع الحمراء، مجمع شركة فينيل ، وكانت الحصيلة مقتل (26) شخصا وأكثر من (160) جريحا من "
             "جنسيات مختلفة، إضافة للانتحاريين.")

_KHOBAR = ("- عام 2004 مسلحون إرهابيون يقتحمون مجمعاً سكنياً في الخبر ويحتجزون عشرات الرهائن، أغلبهم موظفون في شركات "
           "نفط أجنبية، وخلفت العملية (22) قتيلا.")

_ASIR = ("سبق- أبها: أطلق مريض نفسي النار عشوائياً من سلاح رشاش؛ ما أسفر عن مقتل شخصَيْن، وإصابة ثلاثة آخرين، فارق "
         "أحدهم الحياة، وذلك بخيبر الجنوب شرق منطقة عسير.")

_CHECKPOINT = ("أعلنت القوات الأمريكية في أفغانستان امس الثلاثاء أنها مسؤولة عن الهجوم الجوي على نقطة تفتيش أفغانية، مما "
               "أسفر عن مقتل سبعة جنود الاثنين.")

# (text, the triggers of the ASSAULT events the pipeline keeps).
TALLIES = [
    pytest.param(_RIYADH, ["تفجير"], id="toll_after_the_tally_word_is_the_bombing_s_count"),
    pytest.param(_COMPOUND, ["هاجم"], id="toll_after_the_tally_word_across_a_list_of_sites"),
    pytest.param(_KHOBAR, ["يحتجزون"], id="toll_after_a_verb_of_consequence_with_a_definite_subject"),
    pytest.param(_ASIR, ["أطلق"], id="toll_after_what_and_a_verb_of_consequence_across_a_semicolon"),
    pytest.param(_CHECKPOINT, ["الهجوم"], id="toll_after_what_resulted_with_a_day_of_its_own"),
]


@pytest.mark.parametrize("text, triggers", TALLIES)
def test_tally_is_the_act_told_before(nlp, text, triggers):
    """The toll of a tally is folded into the assault its sentence told before it."""
    found = kept_triggers(nlp, text, "ASSAULT", _DATE)
    assert found == triggers, found


def test_tallied_assault_takes_the_victims_not_its_doers(nlp):
    """#376: the bombing takes the tally's victims; the bombers counted among the dead («إضافة للانتحاريين») are no
    victims of their own attack."""
    events = kind_parties(nlp, _COMPOUND, "ASSAULT", _DATE)
    assert len(events) == 1 and "للانتحاريين" not in events[0][3], events
    riyadh = kind_parties(nlp, _RIYADH, "ASSAULT", _DATE)
    assert len(riyadh) == 1 and "شخصاً" in riyadh[0][3], riyadh


def test_toll_of_another_clause_stays(nlp):
    """A toll told after «فيما» (another clause) is not the tally of the act before it."""
    text = ("- عام 1995 تفجير إرهابي بسيارة مفخخة بالرياض في مبنى يتبع وزارة الحرس الوطني السعودي فيما كانت الحصيلة "
            "مقتل (3) أمريكيين.")
    found = kept_triggers(nlp, text, "ASSAULT", _DATE)
    assert len(found) == 2, found


_APACHE = ("إلى ذلك شنّت مروحيات «الأباتشي» غارة جوية مفاجئة، استهدفت خلالها أخطر المعاقل الإرهابية التي تأوي عناصر «بيت "
           "المقدس» جنوب رفح، ودمرت البنية التحتية للتنظيم بالقرية، وقتلت عدداً من العناصر، إضافة لحرق وتدمير عدد من "
           "السيارات والدراجات البخارية.")


def test_destruction_after_a_word_of_adding_and_its_own_waw_is_the_raid(nlp):
    """#339: «إضافة لحرق وتدمير عدد من السيارات»: the و glued to «وتدمير» is no word between it and «إضافة»; the
    destruction is the Apache raid's outcome, not an act of its own."""
    found = kept_triggers(nlp, _APACHE, "ASSAULT", _DATE)
    assert "تدمير" not in found and found[:1] == ["غارة"], found


_ALEPPO = ("قُتل 18 شخصًا وجرح ما لا يقل عن 50 جراء سقوط صاروخ على حي شعبي في وسط مدينة حلب. "
           "وفي حلب، قال المرصد السوري لحقوق الإنسان إن 18 شخصا قتلوا وأصيب 50 آخرون جراء سقوط صاروخ على حي المغاير "
           "الخاضع لسيطرة المعارضة جنوب مدينة حلب، مصدره مناطق سيطرة النظام.")


def test_toll_told_again_in_a_quarter_of_the_town_is_the_first(nlp):
    """#29: «حي المغاير … جنوب مدينة حلب» is a quarter of the town the lead told the rocket's 18 dead in («في وسط مدينة
    حلب»): the same toll told again, not a strike elsewhere."""
    found = kept_triggers(nlp, _ALEPPO, "ASSAULT", _DATE)
    assert found == ["قُتل"], found


def test_toll_in_a_quarter_of_another_town_stays(nlp):
    """The same count in a quarter of another town is another strike."""
    text = _ALEPPO.replace("جنوب مدينة حلب", "جنوب مدينة حمص").replace("وفي حلب،", "وفي حمص،")
    found = kept_triggers(nlp, text, "ASSAULT", _DATE)
    assert len(found) == 2, found
