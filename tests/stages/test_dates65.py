"""Round 65 date fixes: «غداة» dates an event noun a few words into its phrase, not only right after it («غداة تبادل
لإطلاق النار»، «غداة الإعلان عن موافقة تركيا»): the act named was the day before the sentence's day, or before the
publication day; a day counted back so gives the story no lead day; a past day past a comma and «فيما» dates the
other clause, not an act to come told before it («يتأهب مقاتلو المقاومة لاقتحام …، فيما تمكنت المدفعية أمس»); a
vague adverb of the recent past closing a long phrase («زيارة وفد … إلى المملكة مؤخرا») makes the act background."""

from event_lookup import coded as _article


def _events(nlp, text, published, word):
    """The events of `text` published on `published` whose trigger is `word`."""
    return [e for e in _article(nlp, text, published).events if e.trigger.text == word]


_RAIDS = ("قصفت ثلاث طائرات حربية تركية اليوم عدة مواقع لتنظيم داعش الإرهابي في سوريا وذلك غداة تبادل لإطلاق النار "
          "بين الجيش التركي والمسلحين على الحدود.\n"
          "من جهة أخرى ألقت الشرطة التركية القبض على 251 شخصًا في إطار سلسلة مداهمات في 13 محافظة.")


def test_fire_exchanged_the_day_before_the_raids(nlp):
    """«قصفت … اليوم … وذلك غداة تبادل لإطلاق النار» (24 July): the exchange of fire was on the 23rd, the raids
    on the 24th; the arrests of the next sentence are not dated the 23rd."""
    fire = _events(nlp, _RAIDS, "2015-07-24", "إطلاق النار")
    assert fire and all(e.date == "2015-07-23" for e in fire)
    raids = _events(nlp, _RAIDS, "2015-07-24", "قصفت")
    assert raids and all(e.date == "2015-07-24" for e in raids)
    # the arrests told after it, with no day of their own, do not take the 23rd, a day counted back from «اليوم»
    arrests = _events(nlp, _RAIDS, "2015-07-24", "ألقت")
    assert arrests and not any(e.date == "2015-07-23" for e in arrests)


def test_consent_announced_the_day_before_is_background(nlp):
    """«وجاءت الضربات غداة الإعلان عن موافقة تركيا على السماح للولايات المتحدة باستخدام قاعدة انجرليك»: the consent
    was announced before the publication day, not on it."""
    text = ("وجاءت الضربات غداة الإعلان عن موافقة تركيا على السماح للولايات المتحدة باستخدام قاعدة انجرليك الجوية "
            "لشن هجمات على داعش.")
    consent = _events(nlp, text, "2015-07-24", "موافقة")
    assert consent and all(e.date_source == "before_published" for e in consent)
    assert not any(e.date == "2015-07-24" for e in consent)


def test_past_day_of_the_while_clause_does_not_date_an_act_to_come(nlp):
    """«يتأهب مقاتلو المقاومة لاقتحام قاعدة العند الجوية في لحج، فيما تمكنت المدفعية السعودية أمس، من تدمير رتل»:
    yesterday is the artillery's day; the storming to come is not dated the 23rd, and the destruction still is."""
    text = ("من ناحية ثانية، يتأهب مقاتلو المقاومة لاقتحام قاعدة العند الجوية في لحج، فيما تمكنت المدفعية السعودية "
            "أمس، من تدمير رتل عسكري وعدد من الآليات كانت متجهة لتعزيز فلول الحوثيين بالقرب من الحدود السعودية.")
    storming = _events(nlp, text, "2015-07-24", "اقتحام")
    assert storming and not any(e.date == "2015-07-23" for e in storming)
    destroyed = _events(nlp, text, "2015-07-24", "تدمير")
    assert destroyed and all(e.date == "2015-07-23" for e in destroyed)


def test_recently_closing_a_long_phrase_makes_the_visit_background(nlp):
    """«وتعليقا على زيارة وفد حركة حماس برئاسة زعيمها خالد مشعل إلى المملكة مؤخرا قال الجبير …»: the visit was
    made recently, before the publication day, not on it."""
    text = ("وتعليقا على زيارة وفد حركة حماس برئاسة زعيمها خالد مشعل إلى المملكة مؤخرا قال الجبير في المؤتمر الصحفي "
            "المشترك مع وزير الخارجية المصري أن وفد حماس أدوا العمرة فقط.")
    visit = _events(nlp, text, "2015-07-24", "زيارة")
    assert visit and all(e.date_source == "before_published" for e in visit)
    assert not any(e.date == "2015-07-24" for e in visit)
