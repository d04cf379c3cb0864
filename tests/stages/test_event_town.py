"""Round 62 (lead): an event told in a quarter or village with no coordinates, inside a town the gazetteer maps, is
located at that town (the quarter stays in the places layer); a country after the village is no nearer place."""


def _located(nlp, text):
    """The events of `text` with the place each is located at (text, latitude)."""
    article = nlp(text, published="2015-07-25")
    return [(e.event, e.location.text if e.location else None, e.location.lat if e.location else None)
            for e in article.events], [p.text for p in article.places]


def test_a_shelled_quarter_of_taiz_locates_the_attack_at_taiz(nlp):
    """«قصفوا تجمعات … في حي الجمهوري بتعز»: mapped at Taiz; the quarter is still a place."""
    events, places = _located(nlp, "وأضافت المصادر أن المسلحين الحوثيين قصفوا تجمعات لعدد من الأطفال في حي الجمهوري "
                                   "بتعز، كانوا بانتظار حاويات المياه.")
    assert ("ASSAULT", "تعز") in [(e, t) for e, t, _ in events]
    assert all(lat is not None for e, t, lat in events if e == "ASSAULT")
    assert "الجمهوري" in places


def test_a_quarter_of_najran_hit_by_mortars_is_mapped_at_najran(nlp):
    """«قذائف هاون أطلقها متمردون حوثيون على حي القابل بنجران»: Najran, with its coordinates."""
    events, _ = _located(nlp, "إلى ذلك، أصيب مقيم يمني بشظايا قذائف هاون أطلقها متمردون حوثيون على حي القابل بنجران.")
    assert [t for e, t, lat in events if e == "ASSAULT" and lat is not None] == ["نجران"]


def test_a_village_then_its_country_keeps_the_village(nlp):
    """«في قرية العكر الغربي بمملكة البحرين»: the country adds nothing to the village's country code."""
    events, _ = _located(nlp, "أصيب رجل أمن بانفجار قنبلة في قرية العكر الغربي بمملكة البحرين.")
    assert ("ASSAULT", "العكر") in [(e, t) for e, t, _ in events]
