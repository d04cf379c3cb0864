"""Round 89, missing parties: the owner in «خاصة بـ» is what was hit, a claimant set off by a comma from «عددا من»
does the attacks, «عن + noun + X» names X, a UN office's body (and a named party before a comma-closed apposition)
is the subject of the verb after it, «تابعة لـ» past an adjective names what was seized, and the object stands past
«في تقرير سنوي» after the subject (sentences of 2015-07-27, 2015-07-25 and 2015-07-26)."""


def parties(nlp, text, kind, published="2015-07-27"):
    """(trigger, actor texts, recipient texts) of the events of `kind` the pipeline keeps."""
    return [(e.trigger.text, [m.text for m in e.actor], [m.text for m in e.recipient])
            for e in nlp(text, published=published).events if e.event == kind]


def test_point_owned_by_houthis_is_hit(nlp):
    """«استهدفوا نقطة خاصة بالمسلحين الحوثيين» (2015-07-27 #134): the Houthi gunmen's checkpoint was targeted."""
    text = ("وأكد مقرب من المقاومة الشعبية أن مسلحي المقاومة استهدفوا نقطة خاصة بالمسلحين الحوثيين بالقرب من قرية "
            "دير هجاري.")
    rows = parties(nlp, text, "ASSAULT")
    assert any(t == "استهدفوا" and any("مسلحي المقاومة" in a for a in act)
               and any("المسلحين الحوثيين" in r for r in rec) for t, act, rec in rows)


def test_claimant_past_comma_does_attacks(nlp):
    """«تبنت المقاومة الشعبية في إقليم آزال، عددا من الهجمات» (2015-07-27 #92): the resistance made the attacks."""
    text = ("إلى ذلك تبنت المقاومة الشعبية في إقليم آزال، عددا من الهجمات التي استهدفت الميليشيات الحوثية وقوات "
            "صالح في صنعاء وذمار.")
    rows = parties(nlp, text, "ASSAULT")
    assert any(t == "الهجمات" and any("المقاومة الشعبية" in a for a in act)
               and any("الميليشيات الحوثية" in r for r in rec) for t, act, rec in rows)
    assert not any(any("الحوثية" in a for a in act) for _, act, _ in rows)


def test_defended_right_of_turkey(nlp):
    """«دافع البيت الأبيض أمس عن حق تركيا» (2015-07-27 #149): Turkey is whom the White House stood up for."""
    text = "دافع البيت الأبيض أمس عن حق تركيا في ضرب حزب العمال الكردستاني."
    rows = parties(nlp, text, "SUPPORT")
    assert any(t == "دافع" and any("البيت الأبيض" in a for a in act) and any("تركيا" in r for r in rec)
               for t, act, rec in rows)


def test_factions_met_not_alongside(nlp):
    """«يجتمع المبعوث الدولي ستيفان دي ميستورا اليوم مع فصائل المعارضة» (2015-07-25 #107): the envoy meets the
    opposition, the owner of the factions right past the subject; but «أرسلت إيران مستشاريها لدعم قوات الحشد … إلى
    جانب القوات الحكومية» (2015-07-25 #127): a phrase far past the subject is no such owner."""
    text = "فيما يجتمع المبعوث الدولي ستيفان دي ميستورا اليوم مع فصائل المعارضة في إسطنبول، للبحث في القضايا الميدانية."
    rows = parties(nlp, text, "CONSULT", "2015-07-25")
    assert any(t == "يجتمع" and any("دي ميستورا" in a for a in act) and any("المعارضة" in r for r in rec)
               for t, act, rec in rows)
    text = ("حيث أرسلت إيران مستشاريها لدعم قوات الحشد الشعبي في مواجهة تنظيم داعش الإرهابي إلى جانب القوات "
            "الحكومية، بمدينة النجف.")
    rows = parties(nlp, text, "MOBILIZE", "2015-07-25")
    assert not any(any("القوات الحكومية" in r for r in rec) for _, _, rec in rows)


def test_un_coordinator_meets(nlp):
    """«أن المنسق الإنساني للأمم المتحدة في اليمن يوهانس فانديلا، وصل … والتقى عددا من ممثلي الحكومة» (2015-07-27
    #74): the UN met the Yemeni government."""
    text = ("في الوقت ذاته، أوضحت المصادر، أن المنسق الإنساني للأمم المتحدة في اليمن يوهانس فانديلا، وصل اليوم إلى "
            "مدينة عدن والتقى عددا من ممثلي الحكومة اليمنية الموجودين هناك.")
    rows = parties(nlp, text, "CONSULT")
    assert any(t == "التقى" and any("لأمم المتحدة" in a for a in act) and any("الحكومة اليمنية" in r for r in rec)
               for t, act, rec in rows)


def test_subject_before_apposition(nlp):
    """«وكانت قوات الدفاع الشعبي، الجناح العسكري لحزب العمال الكردستاني، دانت … القصف التركي» (2015-07-27 #147):
    the PKK's armed wing condemned, not Turkey."""
    text = ("وكانت قوات الدفاع الشعبي، الجناح العسكري لحزب العمال الكردستاني، دانت في بيان على موقعها الإلكتروني "
            "القصف التركي، معتبرة أنه «عدوان».")
    rows = parties(nlp, text, "ACCUSE")
    assert any(t == "دانت" and any("العمال الكردستاني" in a for a in act) and any("التركي" in r for r in rec)
               for t, act, rec in rows)


def test_seized_base_of_police(nlp):
    """«سيطروا على قاعدة كبيرة تابعة للشرطة» (2015-07-27 #151): the police lost the base."""
    text = ("قال مسؤولون أفغان ومصادر أمنية أمس إن متشددين من حركة طالبان سيطروا على قاعدة كبيرة تابعة للشرطة في "
            "شمال شرقي أفغانستان.")
    rows = parties(nlp, text, "COERCE")
    assert any(t == "سيطروا" and any("طالبان" in a for a in act) and any("للشرطة" in r for r in rec)
               for t, act, rec in rows)


def test_accused_past_annual_report(nlp):
    """«اتهمت الولايات المتحدة اليوم في تقرير سنوي تايلاند وروسيا» (2015-07-27 #9): Thailand and Russia accused."""
    text = ("اتهمت الولايات المتحدة اليوم في تقرير سنوي تايلاند وروسيا و ايران وحتى ليبيا بعدم بذل جهود كافية "
            "لمكافحة الاتجار بالبشر.")
    rows = parties(nlp, text, "ACCUSE")
    assert any(t == "اتهمت" and any("الولايات المتحدة" in a for a in act) and "تايلاند" in rec and "روسيا" in rec
               for t, act, rec in rows)
