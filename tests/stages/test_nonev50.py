"""Round 50, the topic stage's non-events (stages/topics.py): text that tells no political event keeps no coded event.

Tested here, on sentences of the dev days: a ban of a thing's use, sale or wearing (a venue's, a firm's or a law's
rule: «حظر استخدام عصي السيلفي»، «فرض حظر على استخدام عقار») is no coercion nor sanction, while a ban that names
its target stays; a team's «هجماته» in a story of sport is play, even when the agent lexicon reads «قوة المنتخب» as
a force, while a force's attack beside a match stays; and the speeches, thanks and calls of a story whose title
tells a courtesy among an office's own people (a holiday party for the staff, «تعايد منسوبيها»; a promotion,
«ترقية») are no political events, while a king's holiday greeting to another state's ruler stays."""

from __future__ import annotations

from hadath.article import Article


def coded(coder, text, title=None, date="2015-07-25"):
    """The (type, trigger) pairs the pipeline codes for `text` under `title`."""
    art = coder(Article(text=text, title=title, published=date))
    return [(e.event, e.trigger.text) for e in art.events]


SELFIE = ("أصبحت عصي السيلفي - المنتشرة في المدن الأوروبية بقدر السائحين الذين يستخدمونها - مثيرة للجدل. "
          "وحظر مديري عدد متزايد من المتاحف ومدن الملاهى والملاعب الرياضية استخدامها معتقدين أنها تشكل خطراً أمنياً. "
          "وحظرت أيضاً أكبر مدينة ملاهي في أوروبا وهي (يوروبا بارك) في ألمانيا عصي السيلفي.")


def test_a_venues_ban_of_selfie_sticks_is_no_coercion(coder):
    """«وحظرت أيضاً أكبر مدينة ملاهي في أوروبا … عصي السيلفي» under the title «حظر استخدام عصي السيلفي»: a venue's
    rule, no COERCE."""
    events = coded(coder, SELFIE, title="حظر استخدام عصي «السيلفي» في الأماكن السياحية", date="2015-07-23")
    assert not [e for e in events if e[0] in ("COERCE", "SANCTION")], events


def test_a_ban_on_a_drugs_use_is_no_sanction(coder):
    """«كان قد فرض حظر على استخدام عقار روزجليتازون»: a health rule, no SANCTION nor COERCE."""
    text = ("قال علماء الثلاثاء إن عقارين لعلاج داء السكري يرتبطان بآثار جانبية مثيرة للقلق. "
            "كان قد فرض حظر على استخدام عقار روزجليتازون بسبب مخاوف على القلب لكن تم رفع هذه المخاوف فيما بعد.")
    events = coded(coder, text, title="عقاران لعلاج السكري يمنعان الإصابة بالشلل الرعاش", date="2015-07-23")
    assert not [e for e in events if e[0] in ("COERCE", "SANCTION")], events


def test_a_ban_that_names_its_target_stays(coder):
    """«وجرى حظر إيران من استخدام نظام سويفت»: a ban on a state, with its recipient, stays a COERCE."""
    text = "وجرى حظر إيران من استخدام نظام «سويفت» كجانب من العقوبات."
    assert ("COERCE", "حظر") in coded(coder, text, title="طهران تؤكد أن احتياطاتها من العملة الصعبة كافية")


MATCH = ("يشهد اليوم الخميس وعلى الصالة الرئيسية بشرم الشيخ أقوى مباريات البطولة العربية لكرة السلة حيث يلتقي "
         "منتخبنا الأول ونظيره الجزائري، وتكمن أهمية المباراة في ان الفريق الفائز ينافس بقوة على المركز الثاني. ")


def test_a_teams_attacks_in_a_match_are_play(coder):
    """«تتمثل قوة المنتخب السعودي في سرعة هجماته»: the team's attacks, no ASSAULT, though «قوة» reads as a force."""
    text = MATCH + "فنيًا تتمثل قوة المنتخب السعودي في سرعة هجماته ودفاعه الجيد فيما تكمن قوة الفريق الجزائري " \
                   "الشقيق في قامات لاعبيه الطويلة."
    events = coded(coder, text, title="السعودية والجزائر في أقوى مواجهات السلة العربية اليوم", date="2015-07-23")
    assert ("ASSAULT", "هجماته") not in events, events


def test_a_forces_attack_beside_a_match_stays(coder):
    """«وكانت قوة أمنية قد هاجمت مسلحين»: a force's attack told in a story of sport stays an ASSAULT."""
    text = MATCH + "وكانت قوة أمنية قد هاجمت مسلحين قرب الصالة أمس."
    events = coded(coder, text, title="السعودية والجزائر في أقوى مواجهات السلة العربية اليوم", date="2015-07-23")
    assert any(e[0] == "ASSAULT" for e in events), events


def test_a_call_to_staff_at_their_holiday_party_is_no_request(coder):
    """«وحث رئيس البلدية … الموظفين على مضاعفة جهودهم» under «بلدية قصر ابن عقيل تعايد منسوبيها»: no REQUEST."""
    text = ("قام قسم العلاقات العامة ببلدية قصر ابن عقيّل بتنظيم حفل معايدة لمنسوبي البلدية، وذلك بحضور رئيس "
            "البلدية الأستاذ خالد الحميدان، ومديري الأقسام والموظفين. "
            "وحث رئيس البلدية في نهاية الاحتفال الموظفين على مضاعفة جهودهم والإخلاص في العمل خلال الفترة القادمة.")
    events = coded(coder, text, title="بلدية قصر ابن عقيل تعايد منسوبيها")
    assert not [e for e in events if e[0] == "REQUEST"], events


def test_thanks_for_a_promotion_are_no_support(coder):
    """«وأعرب الزهراني عن شكره وتقديره لولاة الأمر» under «ترقية الزهراني لرتبة رائد»: no SUPPORT."""
    text = ("قلّد مدير الإدارة العامة للدفاع المدني بمدينة الرياض النقيب فهد الزهراني رتبته الجديدة، عقب صدور "
            "الأمر السامي الكريم بترقيته. وأعرب \"الزهراني\" عن شكره وتقديره لولاة الأمر على هذه الثقة.")
    events = coded(coder, text, title='ترقية "الزهراني" لرتبة رائد', date="2015-08-03")
    assert not [e for e in events if e[0] == "SUPPORT"], events


def test_a_kings_holiday_greeting_to_another_ruler_stays(coder):
    """«بعث خادم الحرمين الشريفين برقية تهنئة لأمير دولة الكويت» under a holiday title: a SUPPORT between states."""
    text = "بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز برقية تهنئة لأمير دولة الكويت بمناسبة عيد الفطر."
    events = coded(coder, text, title="الملك يهنئ أمير الكويت بعيد الفطر")
    assert any(e[0] == "SUPPORT" for e in events), events


def test_a_civil_defence_notice_past_its_callers_name_is_no_request(coder):
    """«ودعا المتحدث الرسمي … العقيد محمد عبدالرحيم العاصمي، المواطنين والمقيمين … إلى أخذ الحيطة والحذر»: the public
    named right after the comma that closes the caller's long title and name, a weather notice, no REQUEST."""
    text = ("حذرت المديرية العامة للدفاع المدني من التقلبات الجوية. ودعا المتحدث الرسمي لمديرية الدفاع المدني بمنطقة "
            "عسير العقيد محمد عبدالرحيم العاصمي، المواطنين والمقيمين بالمنطقة إلى أخذ الحيطة والحذر وعدم الاقتراب "
            "من بطون الأودية وتجمعات المياه.")
    events = coded(coder, text, title="«مدني عسير» يحذّر من المخاطر", date="2015-08-03")
    assert ("REQUEST", "دعا") not in events, events


def test_a_call_to_staff_told_after_a_lead_of_a_holiday_party_is_no_request(coder):
    """«أقامت أمانة منطقة عسير صباح أمس حفل معايدة لرؤساء بلديات المنطقة … وطالب أمين منطقة عسير … من رؤساء البلديات
    بضرورة تكثيف العمل»: a holiday party's speech to staff, no REQUEST."""
    text = ("أقامت أمانة منطقة عسير صباح أمس حفل معايدة لرؤساء بلديات المنطقة؛ وذلك بمناسبة عيد الفطر المبارك وسط "
            "أجواء من المودة. وطالب أمين منطقة عسير صالح بن عبد الله القاضي من رؤساء البلديات بضرورة تكثيف العمل "
            "وتهيئة المواقع السياحية ومراقبة كافة الخدمات البلدية لزوار صيف أبها والمنطقة بشكلٍ عام.")
    events = coded(coder, text, title="أمانة عسير تطالب بتفعيل الأقسام النسائية في البلديات")
    assert not [e for e in events if e[0] == "REQUEST"], events
