"""Round 96 (dates96): an opening «وكان» reaches its verbs past a relative clause set apart by two commas after its
subject («وكان رئيس الحكومة الفرنسي مانويل فالس، الذي قام بزيارة …، التقى …، ودعا», 2015-07-27 #99): the call is
background, before the publication day; a sentence with no event and several days that a verb of saying opens gives
the next sentence the day told in its frame, before the content's إن or colon («وقالت السفارة السعودية في بيان أمس:
إن الطفلة تعرضت … أول من أمس» … «وأضاف البيان أن السفارة … نسقت … وطلبت», 2015-07-27 #884): the statement's day,
not the publication day; an event noun a relative clause of lasting with a span describes («فشل المفاوضات بين
الطرفين الأمريكي والتركي التي دامت عدة أشهر», 2015-07-27 #592) is background, before the publication day."""


def _dated(nlp, text, etype, published="2015-07-27"):
    """(trigger, date, enddate, date source) of the events of type `etype` the whole pipeline codes for `text`."""
    return [(e.trigger.text, e.date, e.enddate, e.date_source) for e in nlp(text, published=published).events
            if e.event == etype]


_VALLS = ("احتج آلاف المزارعين الفرنسيين أمس على انهيار أسعار الحليب. وكان رئيس الحكومة الفرنسي مانويل فالس، الذي "
          "قام بزيارة إلى منطقة بوردو في الجنوب الغربي، التقى بممثلين عن نقابة المزارعين، ودعا لعدم تعطيل الاقتصاد "
          "الفرنسي.")


def test_opening_kana_reaches_past_a_relative_aside(nlp):
    """«وكان … فالس، الذي قام بزيارة …، التقى …، ودعا»: the call was made before; not dated to the publication day."""
    got = _dated(nlp, _VALLS, "REQUEST")
    assert ("دعا", None, "2015-07-27", "before_published") in got
    assert not any(d == "2015-07-27" for _, d, _, _ in got)


_EMBASSY = ("أصابت رصاصة طائشة الطفلة السعودية زينب الباد البالغة أربعة أعوام، وذلك أثناء لهوها في حديقة الفندق الذي "
            "تقيم فيه مع أسرتها لقضاء عطلة العيد في منطقة مسندم بسلطنة عمان. وقالت السفارة السعودية في بيان أمس: إن "
            "الطفلة تعرضت بالخطأ لإطلاق نار أثناء لهوها في حديقة الفندق الذي تقيم فيه مع والدها بمنطقة مسندم أول من "
            "أمس. وأضاف البيان أن السفارة باشرت الحادث على الفور ونسقت مع السلطات العمانية المتخصصة وطلبت معرفة "
            "ملابسات الواقعة والاطمئنان على حالة الطفلة.")


def test_statement_day_in_the_frame_dates_the_next_sentence(nlp):
    """«وقالت السفارة … في بيان أمس: إن …» … «وأضاف البيان أن السفارة نسقت»: the statement's day, 07-26."""
    got = _dated(nlp, _EMBASSY, "COOPERATE")
    assert ("نسقت", "2015-07-26", None, "story") in got
    assert not any(d == "2015-07-27" for _, d, _, _ in got)


def test_statement_day_in_the_frame_dates_the_request(nlp):
    """«… وطلبت معرفة ملابسات الواقعة»: asked the day of the statement, not the publication day."""
    got = _dated(nlp, _EMBASSY, "REQUEST")
    assert ("طلبت", "2015-07-26", None, "story") in got



_TALKS = ("واستطرد دي لوس: إن القرار التركي يستمد أهميته من فشل المفاوضات بين الطرفين الأمريكي والتركي التي دامت عدة "
          "أشهر من أجل السماح للطائرات الأمريكية باستخدام هذه القاعدة.")


def test_talks_that_lasted_months_ended_before_the_day(nlp):
    """«فشل المفاوضات … التي دامت عدة أشهر»: talks that lasted months are background, not of the publication day."""
    got = _dated(nlp, _TALKS, "CONSULT")
    assert ("المفاوضات", None, "2015-07-27", "before_published") in got
    assert not any(d == "2015-07-27" for _, d, _, _ in got)
