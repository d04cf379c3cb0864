"""Round 110 (recipients110): victims' and bodies' countries in a two-sentence story, from the judged slice 2015-07-22
#800–1599: a story of two sentences whose every place lies in one country tells its land (the homes stage), as a longer
one does; a lone sentence still tells none; and a tribe's elders are the land's notables."""

from stage_coding import parties_reader

_DATE = "2015-07-22"

_parties = parties_reader(_DATE)

_DIYALA = ("ارتفعت حصيلة ضحايا الهجوم الذي تم تنفيذه بسيارة مفخخة في سوق مزدحمة بمحافظة ديالى العراقية الجمعة إلى 120 "
           "قتيلا على الأقل وأعلن تنظيم الدولة الإسلامية (داعش) مسؤوليته عن الهجوم الأكثر دموية لهذا العام. وقال محافظ "
           "ديالى مثنى التميمي لوكالة أنباء المدى إن نحو 130 شخصا أصيبوا في الهجوم الذي وقع ليل الجمعة في سوق ببلدة بني "
           "سعد 35/ كيلومترا شمال شرقي بغداد، وتعهد رئيس الوزراء حيدر العبادي بمعاقبة مرتكبي الأعمال الإرهابية.")

_PKK = ("أعلن حزب العمال الكردستاني مسؤوليته عن قتل ضابطي شرطة في جنوب شرق تركيا اليوم الأربعاء قائلا إنه جاء انتقاما "
        "لتفجير انتحاري ألقي باللوم فيه على تنظيم الدولة الإسلامية وأسفر عن مقتل 32 شخصا. وأضاف الحزب في بيان على أحد "
        "مواقعه الالكترونية أن الضابطين قتلا حوالي الساعة السادسة صباحا بالتوقيت المحلي ببلدة رأس العين.")


def test_victims_of_a_two_sentence_iraqi_story_are_iraqi(nlp):
    """«ارتفعت حصيلة ضحايا الهجوم … بمحافظة ديالى العراقية … نحو 130 شخصا أصيبوا» (2015-07-22 #906): two sentences
    whose places all lie in Iraq; the persons hit are IRQ."""
    recipients = _parties(nlp, _DIYALA, "ASSAULT")
    assert any(code == "IRQ" and t == "شخصا" for code, _, t in recipients), recipients


def test_police_killed_in_a_two_sentence_turkish_story_are_turkish(nlp):
    """«قتل ضابطي شرطة في جنوب شرق تركيا» (2015-07-22 #1339): the police the PKK killed are TUR/COP."""
    recipients = _parties(nlp, _PKK, "ASSAULT")
    assert ("TUR", "COP", "شرطة") in recipients, recipients


def test_a_lone_sentence_still_tells_no_land(nlp):
    """The first sentence of #1339 alone: a lone sentence tells too little of its land, the police keep no code."""
    recipients = _parties(nlp, _PKK.split(". ")[0] + ".", "ASSAULT")
    assert any(t == "شرطة" and code is None for code, _, t in recipients), recipients


def test_tribal_elders_of_a_yemen_story_are_yemeni(nlp):
    """«حثت جماعة الحوثي المسلحة مشايخ القبائل» (2015-07-22 #1505): the elders are YEM/CVL in a Yemen story."""
    text = ("قالت مصادر خاصة أن ميليشيا الحوثي استقدمت عددا من الشباب من محافظة صعدة للمشاركة في القتال في عدن وتعز. "
            "ونقل موقع الخبر عن المصادر قولها إن جماعة الحوثي المسلحة حثت مشايخ القبائل في تلك المناطق على استقطاب "
            "الشباب. وأشارت المصادر إلى أن الجماعة أرسلت المجندين إلى الجبهات في عدن.")
    recipients = _parties(nlp, text, "REQUEST")
    assert ("YEM", "CVL", "مشايخ القبائل") in recipients, recipients


def test_seized_quarter_called_a_stronghold_of_the_houthis_was_theirs(nlp):
    """«بسطت سيطرتها على الجزء الأكبر من حي التواهي آخر معقل للحوثيين» (2015-07-22 #850): the stronghold's owner in
    لـ lost the quarter, the seizure's recipient (held_place: معقل, as معاقل)."""
    text = ("أكدت القوات الموالية لحكومة الرئيس اليمني عبدربه منصور هادي اليوم الاثنين أنها بسطت سيطرتها على الجزء "
            "الأكبر من حي التواهي آخر معقل للحوثيين في عدن كبرى مدن الجنوب اليمني.")
    recipients = _parties(nlp, text, "COERCE")
    assert any(code == "YEM" and t.endswith("حوثيين") for code, _, t in recipients), recipients


def test_seized_positions_where_the_houthis_were_stationed_were_theirs(nlp):
    """«سيطرت على مواقع كانت تتمركز فيها قوات الحوثي وصالح» (2015-07-22 #925): the subject of a verb of being
    stationed in the place (held_verb تتمركز, held_on فيها) held it and lost it."""
    text = ("واضافت المصادر انه تم أسر ستة من الحوثيين، وان المقاومة سيطرت على مواقع كانت تتمركز فيها قوات الحوثي "
            "وصالح، منها اكمة المحرس ومدرسة الوحدة.")
    recipients = _parties(nlp, text, "COERCE")
    assert any(t == "قوات الحوثي" for _, _, t in recipients), recipients
