"""Named parties the coder left out (roles37): the one met past the host's name and the day of the meeting, the one
called past «أمس الأول»، the one praised past the subject's seat and titled name."""

PUBLISHED = "2015-08-02"


def _events(coder, text, kind):
    return [([a.text for a in e.actor], [r.text for r in e.recipient])
            for e in coder(text, published=PUBLISHED).events if e.event == kind]


def test_a_day_word_after_the_hosts_name_ends_the_subject(coder):
    # (the title after the day is the guest, no second title of the host)
    evs = _events(coder, "استقبل وزير العمل الدكتور مفرج بن سعد الحقباني اليوم وزير الإسكان ماجد بن عبد الله الحقيل في مقر "
                         "الوزارة.", "CONSULT")
    assert evs and evs[0][1] and evs[0][1][0].startswith("وزير الإسكان")
    assert not any("الإسكان" in a for a in evs[0][0])


def test_a_name_and_its_office_right_after_it_stay_one_host(coder):
    evs = _events(coder, "استقبل الأمير فيصل بن سلمان أمير منطقة المدينة المنورة أمس السفير الياباني.", "CONSULT")
    assert evs and evs[0][1] == ["السفير الياباني"]


def test_the_one_called_past_the_day_before_yesterday(coder):
    evs = _events(coder, "أجرى الملك سلمان اتصالا هاتفيا أمس الأول، بفخامة الرئيس عبدالفتاح السيسي.", "CONSULT")
    assert evs and evs[0] == (["الملك سلمان"], ["الرئيس عبدالفتاح السيسي"])


def test_the_caller_past_the_night_before_last(coder):
    evs = _events(coder, "تلقى الملك سلمان اتصالا هاتفيا البارحة الأولى، من الرئيس الفرنسي فرانسوا هولاند.",
                  "CONSULT")
    assert evs and evs[0][0] == ["الرئيس الفرنسي فرانسوا هولاند"] and evs[0][1] == ["الملك سلمان"]


def test_the_efforts_praised_past_the_subjects_seat_and_titled_name(coder):
    evs = _events(coder, "أشاد السفير العماني في المملكة الدكتور أحمد بن هلال البوسعيدي بجهود حكومة خادم الحرمين "
                         "الشريفين في إخلاء المصابين.", "SUPPORT")
    assert evs and evs[0][1] == ["حكومة خادم الحرمين الشريفين"]


def test_the_efforts_praised_past_a_titled_name(coder):
    evs = _events(coder, "أشاد السفير العماني الدكتور أحمد البوسعيدي بجهود الحكومة السعودية.", "SUPPORT")
    assert evs and evs[0] == (["السفير العماني"], ["الحكومة السعودية"])


def test_the_visitor_is_the_subject_before_the_visit_with_its_pronoun(coder):
    evs = _events(coder, "يسعى وزير الخارجية الأمريكي جون كيري، أثناء زيارته إلى مصر، إلى إنعاش الشراكة بين البلدين.",
                  "CONSULT")
    assert evs and evs[0][0] == ["وزير الخارجية الأمريكي جون كيري"] and evs[0][1] == ["مصر"]


def test_the_one_who_met_is_the_speaker_before_the_meeting_with_its_pronoun(coder):
    evs = _events(coder, "وقال تسيبراس بعد اجتماعه بمديري المصارف إن الأولوية هي لإعادة القطاع المصرفي.", "CONSULT")
    assert evs and evs[0][0] == ["تسيبراس"]
    evs = _events(coder, "وصرح كارتر للصحافيين بعد لقائه بخادم الحرمين الشريفين بأن الزيارة ناجحة.", "CONSULT")
    assert evs and evs[0][0] == ["كارتر"] and evs[0][1] == ["خادم الحرمين الشريفين"]


def test_the_guest_object_is_not_taken_for_the_pronoun_owner(coder):
    evs = _events(coder, "استقبل خادم الحرمين الشريفين الرئيس الفرنسي خلال زيارته للمملكة.", "CONSULT")
    assert evs and evs[0][0] == ["خادم الحرمين الشريفين"] and evs[0][1] == ["الرئيس الفرنسي"]


def test_the_caller_is_the_speaker_before_a_call_with_one_named(coder):
    evs = _events(coder, "وقال الأمير جلوي بن عبد العزيز بن مساعد في اتصال هاتفي مع والد الشهيد إننا نعزي أنفسنا.",
                  "CONSULT")
    assert evs and evs[0][0] == ["الأمير جلوي بن عبد العزيز بن مساعد"]


def test_past_an_unnamed_subject_of_an_appeal_the_phrase_is_appealed_to(coder):
    evs = _events(coder, "وطالب البيان الحكومة التركية وحزب العمال الكردستاني بالعودة إلى عملية السلام.", "REQUEST")
    assert evs and not evs[0][0] and evs[0][1] == ["الحكومة التركية", "حزب العمال الكردستاني"]
    evs = _events(coder, "ودعا المجلس الحكومات والبرلمانات العربية إلى العمل فورا لوقف الانتهاكات.", "REQUEST")
    assert evs and not evs[0][0] and "الحكومات" in evs[0][1]


def test_a_named_subject_of_an_appeal_stays_the_actor(coder):
    evs = _events(coder, "ودعا الرئيس الأمريكي إيران إلى الالتزام بالاتفاق.", "REQUEST")
    assert evs and evs[0] == (["الرئيس الأمريكي"], ["إيران"])


def test_a_second_count_conjoined_to_the_victims_is_a_victim_too(coder):
    evs = _events(coder, "حيث قتل 47 متمردا و5 من القوات الموالية لهادي في معارك عنيفة.", "ASSAULT")
    assert evs and evs[0][1] == ["متمردا", "القوات الموالية لهادي"] and not evs[0][0]


def test_the_people_referred_for_trial_on_a_charge_are_the_accused(coder):
    evs = _events(coder, "أحالت النيابة العامة في الإمارات 41 شخصا للمحاكمة بتهمة تشكيل تنظيم إرهابي.", "ACCUSE")
    assert evs and "شخصا" not in evs[0][0] and evs[0][1] == ["شخصا"]


def test_the_guest_past_the_hosts_time_and_office(coder):
    evs = _events(coder, "استقبل صاحب السمو الملكي الأمير فيصل بن خالد أمير منطقة عسير صباح يوم أمس بمكتبه بالإمارة "
                         "رئيس الغرفة التجارية في أبها.", "CONSULT")
    assert evs and evs[0][1] and evs[0][1][0].startswith("رئيس")


def test_the_name_past_an_office_and_its_adjective_is_the_holders(coder):
    evs = _events(coder, "دعا زعيم حركة طالبان الجديد الملا أختر منصور في أول رسالة صوتية له إلى الوحدة.", "REQUEST")
    assert evs and evs[0][0] == ["زعيم حركة طالبان"] and not evs[0][1]


def test_a_day_word_is_no_adjective_of_the_office(coder):
    evs = _events(coder, "وقصفت القوات التركية الأحد مواقع حزب العمال الكردستاني.", "ASSAULT")
    assert evs and evs[0][0] == ["القوات التركية"] and evs[0][1]


def test_a_place_after_the_doer_is_no_seat_before_a_titled_name(coder):
    # (the help of the coalition is no deed praised; only a seat followed by a titled name is skipped)
    evs = _events(coder, "ونوه بالتقدم الكبير الذي تحرزه القوات الموالية للشرعية في اليمن بمساعدة قوات التحالف "
                         "العربي.", "SUPPORT")
    assert not any("قوات التحالف العربي" in r for _, r in evs)
