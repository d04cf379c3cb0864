"""Round 101 (codes101): codes of parties from the judged dev slice 2015-07-31 #480–959: a town named after a
document's or meeting's noun in construct names the text or the meeting («بإعلان القاهرة», no Egypt); «مسقط الرأس»
with the article is a birthplace, no Muscat; a bank named with two nationality adjectives is one business of the first
(«البنك السعودي الفرنسي», no France); the protesters of a story one country leads are that country's."""

from stage_coding import parties_reader

_DATE = "2015-07-31"

# (code, sector, text) of the recipients (or actors) of the events of `kind` the whole pipeline codes.
_parties = parties_reader(_DATE)


_CAIRO = ("رحبت جامعة الدول العربية بإعلان القاهرة الذي صدر في ختام زيارة الأمير محمد بن سلمان بن عبدالعزيز ولي ولي "
          "العهد إلى جمهورية مصر العربية أمس.")


def test_town_after_a_declaration_noun_is_no_party(nlp):
    """«رحبت جامعة الدول العربية بإعلان القاهرة» (2015-07-31 #656): the declaration is named after Cairo, which is
    no recipient of the welcome; the League stays its actor."""
    assert not any(t == "القاهرة" for _, _, t in _parties(nlp, _CAIRO, "SUPPORT")), _parties(nlp, _CAIRO, "SUPPORT")
    assert any(c == "IGO" for c, _, _ in _parties(nlp, _CAIRO, "SUPPORT", "actor"))


def test_town_after_an_accord_noun_is_no_party(nlp):
    """«اتفاق باريس»، «مؤتمر جنيف»: the accord and the conference, no France or Switzerland."""
    text = "وأدانت الحكومة الفرنسية خرق اتفاق باريس، فيما رحبت روسيا بنتائج مؤتمر جنيف."
    parties = [(p.code, p.text) for e in nlp(text, published=_DATE).events for p in (*e.actor, *e.recipient)]
    assert not any(t in ("باريس", "جنيف") for _, t in parties), parties


def test_capital_as_one_side_of_an_accord_stays_a_party(nlp):
    """«اتفاق طهران مع القوى الكبرى»: the capital stands for Iran, one side of the accord, and stays a party."""
    text = "وانتقد نتنياهو اتفاق طهران مع القوى الكبرى."
    parties = [(p.code, p.text) for e in nlp(text, published=_DATE).events for p in (*e.actor, *e.recipient)]
    assert any(c == "IRN" for c, _ in parties), parties


def test_birthplace_with_the_article_is_no_muscat(nlp):
    """«تقديم الدعم لمسقط الرأس» (2015-07-31 #787): the home town, no Oman."""
    text = ("وهمهم تقديم الدعم لمسقط الرأس ولأهلها لتكون في مصاف المدن الأخرى.")
    parties = [(p.code, p.text) for e in nlp(text, published=_DATE).events for p in (*e.actor, *e.recipient)]
    assert not any(c == "OMN" for c, _ in parties), parties


def test_second_nationality_of_a_bank_is_no_party(nlp):
    """«البنك السعودي الفرنسي» (2015-07-31 #794): Banque Saudi Fransi, one Saudi business; «الفرنسي» is no French
    party of its support."""
    text = "برنامج (ابتسامة يتيم) الذي أسهم به البنك السعودي الفرنسي ومن خلال دعمه برامج المسؤولية الاجتماعية."
    parties = [(p.code, p.text) for e in nlp(text, published=_DATE).events for p in (*e.actor, *e.recipient)]
    assert not any(c == "FRA" for c, _ in parties), parties


_NOUAKCHOTT = (
    "استخدمت الشرطة الموريتانية، أمس (الخميس)، القوة من أجل تفريق مظاهرة نظمها عشرات الناشطين الحقوقيين في العاصمة "
    "نواكشوط. وكانت حركة حقوقية لم تحصل على ترخيص رسمي من السلطات الموريتانية قد دعت أنصارها إلى التظاهر. وكان رئيس "
    "الحركة ونائبه قد اعتقلا خلال مسيرة حقوقية اصطدمت بقوات الأمن الموريتاني. وتسببت المظاهرة في إغلاق المحلات "
    "التجارية وسط نواكشوط، بينما استمرت المطاردات والمناوشات بين الشرطة والمتظاهرين في الشوارع الرئيسية.")


def test_protesters_of_a_story_one_country_leads_are_its_own(nlp):
    """«المناوشات بين الشرطة والمتظاهرين» of a Mauritanian story (2015-07-31 #522): the protesters are MRT/CVL."""
    actors = [(p.code, p.sector, p.text) for e in nlp(_NOUAKCHOTT, published=_DATE).events if e.event == "PROTEST"
              for p in e.actor]
    assert ("MRT", "CVL", "المتظاهرين") in actors, actors


def test_protesters_beside_another_state_keep_no_home(nlp):
    """A sentence that names another state leaves its protesters uncoded: they may be that state's."""
    text = _NOUAKCHOTT.replace("بين الشرطة والمتظاهرين", "بين الشرطة والمتظاهرين القادمين من السنغال")
    actors = [(p.code, p.text) for e in nlp(text, published=_DATE).events if e.event == "PROTEST" for p in e.actor]
    assert not any(c == "MRT" and t.startswith("المتظاهرين") for c, t in actors), actors
