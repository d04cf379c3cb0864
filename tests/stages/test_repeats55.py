"""Repeats, round 55: one act coded several times. The attendees of «جلسة المباحثات», an accord's topic in a cabinet
authorisation, «الثلاثة» told again, «فتحت النار» on the victims told again, «وياتي الهجوم», and the talks of a meeting
naming the places talked of are the act told before, not acts of their own."""


PUBLISHED = "2015-07-24"


def _events(nlp, text, kind):
    """The events of `kind` the whole pipeline keeps in `text`."""
    return [e for e in nlp(text, published=PUBLISHED).events if e.event == kind]


def test_the_attendees_of_the_talks_session_are_no_talks_of_their_own(nlp):
    """«حضر جلسة المباحثات …» after «عقد خادم الحرمين … جلسة مباحثات رسمية»: one consultation, the king's."""
    text = ("عقد خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في قصر العوجا، اليوم الخميس، جلسة مباحثات رسمية مع "
            "دولة رئيس وزراء جمهورية باكستان الإسلامية محمد نواز شريف. وجرى خلال الجلسة بحث العلاقات الثنائية.\n"
            " حضر جلسة المباحثات صاحب السمو الملكي الأمير فيصل بن بندر بن عبدالعزيز أمير منطقة الرياض.")
    evs = _events(nlp, text, "CONSULT")
    assert [e.trigger.text for e in evs] == ["مباحثات"]
    assert {m.code for m in evs[0].actor} == {"SAU"}


def test_the_consultations_an_authorised_memorandum_is_about_are_no_act(nlp):
    """«وافق مجلس الوزراء على تفويض … مذكرة تفاهم في شأن المشاورات السياسية»: the approval stays, no consultation."""
    text = ("وافق مجلس الوزراء على تفويض وزير الخارجية – أو من ينيبه – بالتباحث حيال مشروع مذكرة تفاهم في شأن "
            "المشاورات السياسية بين وزارة خارجية المملكة العربية السعودية ووزارة خارجية جمهورية نيكاراجوا ، والتوقيع "
            "عليه ، ومن ثم رفع النسخة النهائية الموقعة لاستكمال الإجراءات النظامية.")
    assert not _events(nlp, text, "CONSULT")
    assert [e.trigger.text for e in _events(nlp, text, "AGREE")] == ["وافق"]


def test_the_cooperation_an_authorised_accord_is_about_is_no_act(nlp):
    """«وافق مجلس الوزراء على تفويض وزير النقل … مشروع اتفاقية تعاون»: the approval stays, no cooperation."""
    text = ("وافق مجلس الوزراء على تفويض وزير النقل – أو من ينيبه – بالتباحث مع الجانب المالطي في شأن مشروع اتفاقية "
            "تعاون بين حكومة المملكة العربية السعودية وحكومة جمهورية مالطا في مجال النقل البحري والتوقيع عليه ، ومن "
            "ثم رفع النسخة النهائية الموقعة لاستكمال الإجراءات النظامية.")
    assert not _events(nlp, text, "COOPERATE")
    assert [e.trigger.text for e in _events(nlp, text, "AGREE")] == ["وافق"]


def test_the_three_abducted_told_again_are_one_abduction(nlp):
    """«وخُطف الثلاثة في النوفلية» after «خطف ثلاثة مسيحيين افارقة»: one abduction, the group's."""
    text = ("قال تنظيم الدولة الإسلامية إنه خطف ثلاثة مسيحيين افارقة في شرق ليبيا ونشر صور جوازات سفرهم.\n"
            " وأضاف التنظيم في بيان على وسائل التواصل الاجتماعي دون إعطاء تفاصيل أن الثلاثة من مصر ونيجيريا وغانا .\n"
            " وخُطف الثلاثة في النوفلية وهي أحد معاقل تنظيم الدولة الإسلامية جنوب شرقي مدينة سرت وذلك حسبما قال أحد "
            "السكان الذي طلب عدم نشر اسمه.")
    evs = _events(nlp, text, "ASSAULT")
    assert [e.trigger.text for e in evs] == ["خطف"]
    assert {m.code for m in evs[0].actor} == {"IMG"}


def test_opening_fire_on_the_policemen_told_again_is_the_attack(nlp):
    """«أن مجموعة مسلحين فتحت النار على الشرطيين» after «قتل شرطي تركي … في هجوم نفذه ملثمون»: one attack."""
    text = ("قتل شرطي تركي وأصيب آخر بالرصاص اليوم في هجوم نفذه ملثمون في أحد أحياء دياربكر كبرى مدن جنوب شرق "
            "تركيا.\n وأفادت مصادر في الشرطة التركية أن مجموعة مسلحين فتحت النار على الشرطيين اللذين استدعيا بعد "
            "وقوع حادث سير في حي شهيدلك ذو الغالبية الكردية.")
    evs = _events(nlp, text, "ASSAULT")
    assert not [e for e in evs if e.trigger.text == "فتحت النار"]
    assert [e.trigger.text for e in evs] == ["قتل"]


def test_the_attack_set_in_time_against_others_is_the_story_s(nlp):
    """«وياتي الهجوم غداة قتل شرطيين …» after «قتل شرطي … في هجوم»: no attack of the rebels on activists; the
    killing of the two policemen, another act, stays."""
    text = ("قتل شرطي وأصيب اخر بالرصاص الخميس في هجوم وقع في شارع في احد احياء دياربكر كبرى مدن جنوب شرق تركيا حيث "
            "الغالبية الكردية حسب ما افاد مصدر طبي.\n وياتي الهجوم غداة قتل شرطيين قرب الحدود السورية واعلان حزب "
            "العمال الكردستاني مسؤوليته عن قتلهما ردا على هجوم سوروتش الدامي على تجمع لنشطاء مناصرين للاكراد الاثنين "
            "نسب الى تنظيم الدولة الاسلامية.")
    triggers = [e.trigger.text for e in _events(nlp, text, "ASSAULT")]
    assert "الهجوم" not in triggers
    assert triggers[0] == "قتل"


def test_the_talks_of_a_meeting_naming_the_places_talked_of_are_its_talks(nlp):
    """«إنه تم بحث الأوضاع في اليمن … في سوريا» after «عقد وزير الخارجية السعودي … اجتماعاً مع نظيره المصري … في
    مدينة جدة»: one meeting."""
    text = ("عقد وزير الخارجية السعودي، عادل الجبير، اجتماعاً مع نظيره المصري سامح شكري، ظهر الخميس، في مدينة جدة.\n"
            " وقال الجبير في مؤتمر صحافي مشترك عقده مع شكري إنه تم بحث الأوضاع في اليمن وموقف مصر الداعم للشرعية، "
            "وأهمية إيجاد حل في سوريا يقوم على مبادئ جنيف1.")
    evs = _events(nlp, text, "CONSULT")
    assert [e.trigger.text for e in evs] == ["اجتماعاً"]
    assert {m.code for m in evs[0].recipient} == {"EGY"}
