"""Round 67 (mentions67): parties named but coded wrong, on sentences of the SaudiNewsNet dev days 2015-07-23..25 —
a ministry named by a genitive of two words joined by و before its nationality adjective (وزارة الشباب والرياضة
الجزائرية) and a named group's adjective before its nationality (حركة الشباب الإسلامية الصومالية) are one party, not
the adjective alone; a military unit, site or vehicle «لـ» an armed group of no state (دوريتين لمليشيا الحوثي، مواقع
عسكرية لميليشيات الحوثي) is that group's (YEM/REB), not an army's; a lexicon row for the al-Qaeda
commander Abu Khalil al-Sudani; a bare nationality adjective after «على» (ضد، بين) and a noun the lexicons lack is that
noun's, inside the prepositional phrase (العصابات المتمردة على الشرعية اليمنية), and gangs called rebels are REB."""


def events(nlp, text, etype, date="2015-07-25"):
    """The events of type `etype` coded in `text`."""
    return [e for e in nlp(text, published=date).events if e.event == etype]


def codes(entities):
    """The (code, sector) pairs of a list of parties."""
    return [(e.code, e.sector) for e in entities]


def test_ministry_with_two_word_genitive_before_its_nationality(coder):
    """«وقد أعدت وزارة الشباب والرياضة الجزائرية برنامجا … يشتمل على زيارات»: the Algerian ministry (DZA/GOV), not
    the adjective «الجزائرية» alone (DZA/None)."""
    text = ("وقد أعدت وزارة الشباب والرياضة الجزائرية برنامجا حافلا للوفد السعودي يشتمل على زيارات لأهم المعالم "
            "الحضارية والثقافية والأثرية والسياحية والمؤسسات الشبابية.")
    evs = events(coder, text, "CONSULT", "2015-07-23")
    assert evs and codes(evs[0].actor) == [("DZA", "GOV")], [e.to_dict() for e in evs]
    assert "وزارة" in evs[0].actor[0].text


def test_named_group_adjective_then_nationality(coder):
    """«وتشكل حركة الشباب الإسلامية الصومالية التي شنت هجمات كبيرة في كينيا»: al-Shabaab (SOM/REB) attacks, not
    «الصومالية» with no sector."""
    text = ("وتشكل حركة الشباب الإسلامية الصومالية التي شنت هجمات كبيرة في كينيا على غرار المجزرة في مركز ويست غايت "
            "التجاري في نيروبي، والتي راح ضحيتها 67 قتيلا في 2013، مصدر القلق الأساسي على الصعيد الأمني.")
    evs = [e for e in events(coder, text, "ASSAULT") if e.trigger.text == "هجمات"]
    assert evs and codes(evs[0].actor) == [("SOM", "REB")], [e.to_dict() for e in evs]


def test_patrols_of_the_houthi_militia(coder):
    """«استهدفت دوريتين لمليشيا الحوثي»: the Houthis' patrols (YEM/REB) are the target, not patrols of no country."""
    text = ("وفي تعز، استهدفت المقاومة الشعبية دوريتين لمليشيا الحوثي في منطقة الحوبان شرقي المدينة، "
            "ما أسفر عن مقتل عدد من المسلحين.")
    evs = [e for e in events(coder, text, "ASSAULT") if e.trigger.text == "استهدفت"]
    assert evs and codes(evs[0].recipient) == [("YEM", "REB")], [e.to_dict() for e in evs]


def test_military_sites_of_the_houthi_militia(coder):
    """«دمرت قوات التحالف مواقع عسكرية لميليشيات الحوثي»: the militia's sites, YEM/REB, not an army's YEM/MIL."""
    text = "ودمرت قوات التحالف مواقع عسكرية لميليشيات الحوثي في محافظة صعدة أمس."
    evs = [e for e in events(coder, text, "ASSAULT") if e.trigger.text == "دمرت"]
    assert evs and codes(evs[0].recipient) == [("YEM", "REB")], [e.to_dict() for e in evs]
    assert ("YEM", "MIL") not in codes(evs[0].recipient)


def test_abu_khalil_al_sudani(coder):
    """«قتلت غارة جوية أمريكية أبا خليل السوداني»: the al-Qaeda commander (IMG), not a party of no code."""
    text = ("قالت وزارة الدفاع الأمريكية اليوم الجمعة إن غارة جوية أمريكية في أفغانستان قتلت قياديا ميدانيا كبيرا "
            "بتنظيم القاعدة. وذكر البنتاجون أن الغارة استهدفت أبو خليل السوداني وأنه قتل في ضربة وقعت في 11 يوليو.")
    evs = [e for e in events(coder, text, "ASSAULT", "2015-07-24") if e.trigger.text == "الغارة"]
    assert evs and ("IMG", None) in codes(evs[0].recipient), [e.to_dict() for e in evs]


def test_adjective_of_the_noun_after_ala_is_no_party(coder):
    """«وكانت العصابات المتمردة على الشرعية اليمنية استهدفت قرى الشريط الحدودي السعودي»: the rebel gangs (REB)
    attacked; «اليمنية» is the legitimacy's adjective inside «على …», not the attacker (YEM/None)."""
    text = ("وكانت العصابات المتمردة على الشرعية اليمنية استهدفت قرى الشريط الحدودي السعودي بعدد من القذائف "
            "العشوائية التي سقطت في أرض خلاء.")
    evs = [e for e in events(coder, text, "ASSAULT", "2015-07-24") if e.trigger.text == "استهدفت"]
    assert evs and codes(evs[0].actor) == [(None, "REB")], [e.to_dict() for e in evs]
    assert "اليمنية" not in [a.text for a in evs[0].actor]
