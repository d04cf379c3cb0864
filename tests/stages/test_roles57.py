"""Round 57: parties of real events that were wrong or missing, from the dev days 2015-07-24 and 2015-07-25 — the
subject of a passive casualty verb (أصيب، أصيبا) as the one hit, never the doer; a meeting's subject told past when
and where it was; the one met in مع past an aside set off by commas; a prayer for the subject (– أيده الله –)
standing for the ruler told before; a purpose noun whose pronoun does not agree with the phrase before it; the owner
of a pledged commitment (التزامها بمساعدة) as helper; towns that do nothing; a party appealed to after «all»."""

PUBLISHED = "2015-07-24"


def _event(coder, text, trigger):
    """The event of `text` whose trigger text is `trigger`, or None."""
    return next((e for e in coder(text, published=PUBLISHED).events if e.trigger.text == trigger), None)


def _texts(parties):
    """The texts of a tuple of parties."""
    return [p.text for p in parties]


def test_wounded_after_a_lead_in_are_no_actor(coder):
    """قُتل أربعة … بينهم ضابط فيما أصيب ثلاثة آخرون: the officer was killed; he wounded no one, nor was he the
    wounded."""
    e = _event(coder, "قُتل أربعة من عناصر القوات المسلحة المصرية بينهم ضابط فيما أصيب ثلاثة آخرون اليوم، إثر "
                      "انفجار عبوة ناسفة بمحافظة شمال سيناء.", "أصيب")
    assert e is None or ("ضابط" not in _texts(e.actor) and "ضابط" not in _texts(e.recipient))


def test_passive_wound_subject_is_recipient(coder):
    """الشرطيان اللذان أصيبا: the two policemen were wounded, they are the recipient, not the actor."""
    e = _event(coder, "ونقل الشرطيان اللذان أصيبا بجروح خطيرة إلى أحد مستشفيات المدينة.", "أصيبا")
    assert e is not None and not e.actor and "الشرطيان" in _texts(e.recipient)


def test_meeting_subject_past_time_and_place(coder):
    """اجتمع مساء أمس في كامب ديفيد ممثلو دول مجلس التعاون … مع الرئيس الأمريكي: both parties."""
    e = _event(coder, "اجتمع مساء أمس في كامب ديفيد ممثلو دول مجلس التعاون لدول الخليج العربية والأمين العام لمجلس "
                      "التعاون، مع الرئيس الأمريكي باراك أوباما وأعضاء حكومته، بهدف تأكيد وتوطيد الشراكة القوية.",
               "اجتمع")
    assert e is not None
    # (the council's full name is one party, so its secretary-general joined by و is a second, the council's too)
    assert [a.code for a in e.actor] == ["IGO", "IGO"]
    assert "USA" in [r.code for r in e.recipient]


def test_the_one_met_past_an_aside(coder):
    """اجتمع معالي وزير الدولة … أمس، في إطار الزيارة …، مع معالي وزير الدولة … الإسباني: Spain's minister is met."""
    e = _event(coder, "اجتمع معالي وزير الدولة للشؤون الخارجية الدكتور نزار بن عبيد مدني أمس، في إطار الزيارة "
                      "الرسمية التي يقوم بها إلى مملكة إسبانيا، مع معالي وزير الدولة للشؤون الخارجية الإسباني إجناثيو "
                      "إبنياس روبيو، وذلك بمقر وزارة الخارجية الإسبانية في مدريد.", "اجتمع")
    assert e is not None and [a.code for a in e.actor] == ["SAU"] and [r.code for r in e.recipient] == ["ESP"]


def test_prayer_formula_stands_for_the_king(coder):
    """وأعرب – أيده الله – عن الشكر: the King told in the sentence before thanks."""
    e = _event(coder, "وفي بداية الجلسة ، أطلع خادم الحرمين الشريفين المجلس على فحوى الاتصال الهاتفي مع الرئيس باراك "
                      "أوباما رئيس الولايات المتحدة الأمريكية. وأعرب – أيده الله – عن الشكر والتقدير للرئيس باراك "
                      "أوباما على ما حققه اجتماع كامب ديفيد من نتائج إيجابية.", "أعرب")
    assert e is not None and _texts(e.actor) == ["خادم الحرمين الشريفين"]


def test_troops_sent_to_expel_are_no_recipient(coder):
    """فأرسلت القوات السعودية فرقة عسكرية من حرس الحدود لطردهم: the unit sent expels, it is not expelled."""
    e = _event(coder, "حين اجتازت قوات الحوثيين الحدود ودخلت إلى قرية الخوبة التابعة لمحافظة جازان، فأرسلت القوات "
                      "السعودية فرقة عسكرية من حرس الحدود لطردهم، واشتبك المسلحون الحوثيون مع القوات السعودية.",
               "طردهم")
    assert e is not None and "فرقة عسكرية" not in _texts(e.recipient)


def test_commitment_owner_helps(coder):
    """أكدت دول مجلس التعاون والولايات المتحدة التزامها بمساعدة الحكومة العراقية: Iraq is helped, not helping."""
    e = _event(coder, "أكدت دول مجلس التعاون والولايات المتحدة التزامها بمساعدة الحكومة العراقية والتحالف الدولي في "
                      "قتالهم ضد تنظيم داعش.", "مساعدة")
    assert e is not None
    assert "الحكومة العراقية" not in _texts(e.actor)
    assert "IRQ" in [r.code for r in e.recipient]


def test_towns_joined_do_not_strike(coder):
    """ونفذت 11 غارة بالقرب من مدن … والموصل والرمادي … واستهدفت وحدات تكتيكية: no town is the attacker."""
    e = _event(coder, "ونفذت 11 غارة بالقرب من مدن الحبانية وحديثة ومخمور والموصل والرمادي وسنجار وتلعفر في العراق "
                      "واستهدفت وحدات تكتيكية ومركبات وأسلحة وملاجيء حصينة وأهدافا أخرى للدولة الإسلامية.", "استهدفت")
    assert e is not None and not {"الموصل", "الرمادي"} & set(_texts(e.actor))


def test_towns_after_an_attack_verb_are_hit(coder):
    """استهدف قريتي الفوعة وكفريا: the villages were hit; they did not attack."""
    e = _event(coder, "وأضاف أن تحالفا لقوات المعارضة يعرف باسم (جيش الفتح) استهدف قريتي الفوعة وكفريا الشماليتين "
                      "حيث حوصر عدد كبير من المدنيين.", "استهدف")
    assert e is not None and "الفوعة" not in _texts(e.actor) and "الفوعة" in _texts(e.recipient)


def test_all_called_on_are_the_one_object(coder):
    """ودعت جميع الإيطاليين إلى مغادرة ليبيا: the Italians are called on; Libya is where they are to leave."""
    e = _event(coder, "وكانت الخارجية الايطالية قد أعلنت بعد إغلاق السفارة الإيطالية في ليبيا في الخامس عشر من فبراير "
                      "الماضي، أن الوضع في ليبيا صعب للغاية، ودعت جميع الإيطاليين إلى مغادرة ليبيا.", "دعت")
    assert e is not None and "الإيطاليين" not in _texts(e.actor) and "ليبيا" not in _texts(e.recipient)
    assert "الإيطاليين" in _texts(e.recipient)
