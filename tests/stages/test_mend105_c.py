"""Mends of review105_c (the homes stage of c105): a people's demonym («السوريون») still names its state for a story's
land; the victims' nationality told in the next sentence or as «… الجنسية» after them, and a police of another state
named in the act's sentence or the next, keep the act's town from coding them; a town whose name places of two lands
bear (سوسة) codes nobody; a paragraph's end is no opening quote; a place after «الذي يقع في» is still the act's."""

from stage_coding import parties_reader

_parties = parties_reader("2015-07-22")
_actors = parties_reader("2015-07-22", "actor")


def test_a_people_s_demonym_still_names_its_state(nlp):
    """Finding 1: «رجلا سوري الجنسية» is a person's nationality, but «وأدان السوريون الحكم» names Syria as a people:
    the story tells of Saudi Arabia and Syria, so the opposition gets no SAU."""
    text = ("اعتقلت الشرطة في الرياض رجلا سوري الجنسية. وقال مسؤول في الرياض إن المتهم اعترف. وأدان السوريون الحكم. "
            "وطالبت المعارضة بالإفراج عنه.")
    assert (None, "OPP", "المعارضة") in _actors(nlp, text, "REQUEST")


def test_protesters_people_keep_the_embassy_landless(nlp):
    """Finding 1: «وتظاهر السوريون أمام السفارة» after «رجلا سوري الجنسية» in Riyadh: the embassy is not SAU/GOV."""
    text = ("اعتقلت الشرطة في الرياض رجلا سوري الجنسية. وقال مسؤول في الرياض إن المتهم اعترف. وتظاهر السوريون أمام "
            "السفارة. وطالبت المعارضة بالإفراج عنه.")
    assert ("SAU", "GOV", "السفارة") not in _parties(nlp, text, "PROTEST")


def test_victims_called_nationals_of_another_state_in_the_next_sentence(nlp):
    """Finding 2: «قتل ثلاثة مدنيين … في مدينة بعقوبة. وأعلنت وزارة الخارجية السعودية أن القتلى مواطنون سعوديون»:
    the dead are Saudis, not IRQ/CVL."""
    text = ("قتل ثلاثة مدنيين في هجوم مسلح في مدينة بعقوبة يوم الاثنين. وأعلنت وزارة الخارجية السعودية أن القتلى "
            "مواطنون سعوديون. وقالت الحكومة العراقية إنها تحقق في الحادث.")
    assert ("IRQ", "CVL", "مدنيين") not in _parties(nlp, text, "ASSAULT")


def test_group_of_a_nationality_is_not_the_town_s(nlp):
    """Finding 2: «حكم القتل في ثلاثة أشخاص سوريي الجنسية في الرياض» («سوريي» no mention): the persons are no SAU/CVL."""
    text = ("الرياض - واس: نفذت وزارة الداخلية حكم القتل في ثلاثة أشخاص سوريي الجنسية في الرياض. وكان الجناة قد "
            "هربوا المخدرات إلى المملكة. وقالت الحكومة السورية إنها تتابع القضية.")
    assert ("SAU", "CVL", "أشخاص") not in _parties(nlp, text, "COERCE")


def test_held_bearing_another_nationality_are_not_the_town_s(nlp):
    """Finding 2: «اعتقلت الشرطة في مدينة دبي مدنيين يحملون الجنسية القطرية»: the held are Qataris, no ARE/CVL."""
    text = ("اعتقلت الشرطة في مدينة دبي مدنيين يحملون الجنسية القطرية. وقالت وزارة الخارجية القطرية إنها تتابع. "
            "وطالبت قطر بالإفراج عنهم.")
    assert ("ARE", "CVL", "مدنيين") not in _parties(nlp, text, "COERCE")


def test_police_of_another_state_named_next_keep_the_town_s_code_off(nlp):
    """Finding 2: «اعتقلت الشرطة … في مدينة حلب. وقالت السلطات التركية إن الشرطة التركية نفذت العملية»: the police
    are Turkey's, not SYR/COP."""
    text = ("اعتقلت الشرطة عشرة أشخاص في مدينة حلب. وقالت السلطات التركية إن الشرطة التركية نفذت العملية عبر الحدود. "
            "وقال مسؤول سوري إن ذلك انتهاك.")
    assert ("SYR", "COP", "الشرطة") not in _actors(nlp, text, "COERCE")


def test_town_of_a_name_two_lands_bear_codes_nobody(nlp):
    """Finding 3: «هاجم مسلحون فندقا … في مدينة سوسة» (the 2015 Sousse attack; the geocoder reads Libya's Sūsah): the
    hotel gets no LBY."""
    text = ("هاجم مسلحون فندقا يرتاده مدنيون في مدينة سوسة. وقالت الحكومة التونسية إن المهاجمين قادمون من ليبيا. "
            "وأكدت الحكومة الليبية أنها تحقق.")
    assert not any(code == "LBY" for code, _, _ in _parties(nlp, text, "ASSAULT"))


def test_paragraph_end_after_a_company_is_no_quote(nlp):
    """Finding 4: «مقر الشركة» before a paragraph break is no company named in quotes: IRQ/BUS, as before a full stop."""
    text = ("هاجم مسلحون في مدينة البصرة العراقية مقر الشركة\n\nوقالت وزارة الداخلية العراقية إن التحقيق جار. وأكد "
            "مسؤول عراقي ذلك.")
    assert ("IRQ", "BUS", "الشركة") in _parties(nlp, text, "ASSAULT")


def test_place_after_a_relative_of_lying_is_the_act_s(nlp):
    """Finding 5: «قتل عشرة مدنيين كانوا في السوق الذي يقع في مدينة بعقوبة»: the market lies in Baqubah, so do the
    dead: IRQ/CVL."""
    text = ("قتل عشرة مدنيين كانوا في السوق الذي يقع في مدينة بعقوبة بانفجار سيارة مفخخة. وقالت الحكومة العراقية إنها "
            "تحقق. وأدانت السعودية الهجوم.")
    assert ("IRQ", "CVL", "مدنيين") in _parties(nlp, text, "ASSAULT")
