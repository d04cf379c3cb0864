"""Repeats, round 41: an attack told again as background («وكان تفجير انتحاري قد وقع …») is coded once."""


def _events(nlp, text, kind, published="2015-08-06"):
    """The events of one type the pipeline keeps in a text."""
    return [e for e in nlp(text, published=published).events if e.event == kind]


_ABHA = ("وقال التنظيم في بيان إن النجدي انطلق ملتحفًا حزامًا ناسفًا صوب قوات الطوارئ، وتمكن من اختراق الأطواق "
         "الأمنية والوصول إلى داخل معسكر التدريب بمدينة أبها، حيث أسفرت العملية عن مقتل وإصابة العشرات. "
         "وكان تفجير انتحاري قد وقع ظهر اليوم بمعسكر قوات الطوارئ الخاصة بأبها، أسفر عن استشهاد 15 شخصًا وإصابة "
         "آخرين.")


def test_background_sentence_tells_the_attack_again(nlp):
    # «وكان تفجير انتحاري قد وقع ظهر اليوم»: the story's bombing told again, not a second one
    evs = _events(nlp, _ABHA, "ASSAULT")
    assert not any(e.sentence == 1 for e in evs)
    assert any(e.sentence == 0 for e in evs)



def test_background_attack_of_another_day_stays(nlp):
    # «وكان تفجير انتحاري قد وقع في 22 مايو»: an earlier attack, its day of its own
    text = _ABHA.replace("ظهر اليوم بمعسكر قوات الطوارئ الخاصة بأبها", "في 22 مايو بمسجد في القديح")
    evs = _events(nlp, text, "ASSAULT")
    assert any(e.sentence == 1 for e in evs)


_TAGGED = ("اعتبر إمام الحرم المكي الشيخ سعود الشريم، تعليقًا منه على تفجير مسجد قوات الطوارئ بعسير أثناء صلاة الظهر، "
           "أن قتل المصلين غرسة من غراس أبي لؤلؤة المجوسي. وكان مسجد قوات الطوارئ بأبها في منطقة عسير، شهد أثناء صلاة "
           "ظهر الخميس تفجيرًا انتحاريًّا أسفر عن مقتل 13 شخصًا، كما خلف عددًا من المصابين سمات الشريم تفجير عسير مسجد")


def test_keyword_list_names_no_act(nlp):
    # «سمات الشريم تفجير عسير مسجد»: the site's keywords of the story, not an explosion of their own
    evs = _events(nlp, _TAGGED, "ASSAULT")
    tags = _TAGGED.rindex(" سمات ")
    assert evs and not any(e.trigger.start > tags for e in evs)
    assert not any(m.start > tags for e in evs for m in e.actor + e.recipient)


def test_the_word_of_features_in_the_text_is_no_keyword_list(nlp):
    # «من سمات …» inside the story, punctuation after it: the text goes on
    text = ("قال المسؤول إن من سمات المرحلة الحالية التصعيد، وقتل مسلحون خمسة جنود في هجوم على حاجز للجيش "
            "في مدينة العريش أمس.")
    evs = _events(nlp, text, "ASSAULT")
    assert evs


_DOGUBAYAZIT = ("أكد متمردو حزب العمال الكردستاني أمس أن الهجوم الانتحاري الذي استهدف ثكنة للدرك التركي، وهو الأول من "
                "هذا النوع منذ تجدد أعمال العنف، جاء \"ردا\" على مقتل مدنيين عراقيين في غارات للمقاتلات التركية. "
                "وقال الجناح المسلح للحزب الكردستاني في بيان إن الهجوم الذي شن بواسطة جرار مفخخ صباح أول من أمس قرب "
                "مدينة دوجوبيازيت \"شرق تركيا\" جاء \"ردا على مجزرة زركال\"، وهي قرية في شمال العراق تجاور مناطق تحصن "
                "المتمردين.")


def test_attack_told_again_with_a_country_named_for_another_place(nlp):
    # «إن الهجوم الذي شن بواسطة جرار مفخخ صباح أول من أمس»: the lead's suicide attack, not another; the country
    # named (Iraq, of the massacre) and the loose «المتمردين» do not part them
    evs = _events(nlp, _DOGUBAYAZIT, "ASSAULT", published="2015-08-04")
    assert not any(e.sentence == 1 and e.trigger.text == "الهجوم" for e in evs)
    assert any(e.sentence == 0 and "الهجوم" in e.trigger.text for e in evs)


_VISIT = ("وصف وزير الإعلام الأردني الدكتور محمد المومني زيارة الأمير محمد بن سلمان، ولي ولي العهد النائب الثاني لرئيس "
          "مجلس الوزراء وزير الدفاع السعودي، لبلاده بـ«التاريخية». وأوضح المومني أن زيارة الأمير محمد بن سلمان بن عبد "
          "العزيز إلى الأردن ولقاءه الملك عبد الله الثاني يأتيان في إطار التشاور المستمر.")


def test_visit_told_again_with_its_host(nlp):
    # «زيارة الأمير محمد بن سلمان … ولقاءه الملك عبد الله الثاني»: the visit told first, its host named the second time
    evs = _events(nlp, _VISIT, "CONSULT", published="2015-08-06")
    visits = [e for e in evs if e.trigger.text == "زيارة"]
    assert len(visits) == 1 and visits[0].sentence == 0
    assert any(m.code == "JOR" for m in visits[0].recipient)


def test_visit_of_another_visitor_stays(nlp):
    # another visitor's visit to the host is an act of its own
    text = _VISIT.replace("زيارة الأمير محمد بن سلمان بن عبد العزيز إلى الأردن",
                          "زيارة الرئيس المصري عبد الفتاح السيسي إلى الأردن")
    evs = _events(nlp, text, "CONSULT", published="2015-08-06")
    assert any(e.sentence == 1 and e.trigger.text == "زيارة" for e in evs)


def test_meeting_of_the_same_visitor_with_others_stays(nlp):
    # «والتقى كارتر كذلك عددا من الجنود» … «بعد لقاء كارتر مع نواب كتلة حزبه»: two meetings, not one told again
    text = ("والتقى كارتر كذلك عددا من الجنود الأميركيين المتمركزين هناك، ومن المقرر أن يغادر كارتر الأردن، اليوم، "
            "متوجها إلى السعودية. كما تحدث نتنياهو بعد لقاء كارتر مع نواب كتلة حزبه الليكود في الكنيست.")
    evs = _events(nlp, text, "CONSULT", published="2015-07-22")
    assert any(e.sentence == 1 and e.trigger.text == "لقاء" for e in evs)
