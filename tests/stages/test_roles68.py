"""Round 68: parties the clauses lost although the mentions stage found them. A claim sentence (وتبنى التنظيم …
هذه التفجيرات) gives its claimant to the attacks told with no doer just before it; the phrase after «بواسطة» did the
act (never a recipient); an attack verb with the reflexive after it (فجرتا نفسيهما) has the phrase before it as actor."""

from stage_coding import events_coded


def _parties(e, side):
    """The texts of one side of an event (actor or recipient)."""
    return [p.text for p in getattr(e, side)]


def test_claim_sentence_gives_the_earlier_attacks_their_doer(coder):
    """«وتبنى التنظيم … هذه التفجيرات» after two sentences of bombings: the car bomb told with no doer is ISIL's."""
    text = ("فقد قتل 21 شخصًا على الاقل مساء أمس، في ثلاث هجمات استهدفت مناطق في بغداد. "
            "واستهدف تفجيران انتحاريان بحزام ناسف نقطة تفتيش للجيش والشرطة في منطقة الشعب في شمال شرقي بغداد، "
            "بينما انفجرت سيارة مفخخة في سوق شعبية بمنطقة البياع (غرب). "
            "وتبنى تنظيم «داعش» في بيانين عبر حسابات مؤيدة له على مواقع التواصل، هذه التفجيرات.")
    art = coder(text, published="2015-07-23")
    blast = [e for e in art.events if e.trigger.text.startswith("انفجرت")]
    assert blast and any("داعش" in a for a in _parties(blast[0], "actor"))
    killed = [e for e in art.events if e.trigger.text == "قتل"]
    assert killed and any("داعش" in a for a in _parties(killed[0], "actor"))
    # the suicide bombers told as its subject stay the actor of «استهدف»
    hit = [e for e in art.events if e.trigger.text == "استهدف"]
    assert hit and not any("داعش" in a for a in _parties(hit[0], "actor"))


def test_single_claim_reaches_one_sentence_back(coder):
    """«وتبنى تنظيم داعش الهجوم» claims the one attack told right before (the Bardo attack), not a death two
    sentences back that the ministry said was no terror act; «تبنى النواب هذه المواد» claims no attack at all."""
    text = ("وقال المتحدث إن الحادث ليس مرتبطاً بعملية ارهابية، مؤكداً سقوط قتلى وجرحى. "
            "يأتي ذلك بعد شهرين من هجوم دموي استهدف متحف باردو بالعاصمة تونس. وتبنى تنظيم داعش الهجوم.")
    art = coder(text, published="2015-07-24")
    bardo = [e for e in art.events if e.trigger.text in ("هجوم", "استهدف")]
    assert any(any("داعش" in a for a in _parties(e, "actor")) for e in bardo)
    dead = [e for e in art.events if e.trigger.text == "قتلى"]
    assert all(not any("داعش" in a for a in _parties(e, "actor")) for e in dead)
    adopted = coder("قتل ثلاثة أشخاص في انفجار في العاصمة. وتبنى النواب هذه المواد رغم الدعوات.",
                    published="2015-07-23")
    assert all(not any("النواب" in a for a in _parties(e, "actor")) for e in adopted.events if e.event == "ASSAULT")


def test_planter_after_by_means_is_the_doer(coder):
    """«عبوة ناسفة تم زرعها بواسطة العناصر الإرهابية»: the terrorist elements killed the officer, they are no victims."""
    text = ("قُتل ضابط و3 جنود بالجيش المصري، بالإضافة إلى إصابة 3 آخرين، في انفجار عبوة ناسفة تم زرعها بواسطة "
            "العناصر الإرهابية، وذلك أثناء تمشيط قوات الجيش لإحدى مناطق مدينة رفح في محافظة شمال سيناء.")
    events = [e for e in events_coded(coder, text, "2015-07-23") if e.event == "ASSAULT"]
    killed = [e for e in events if e.trigger.text == "قُتل"]
    assert killed and "العناصر الإرهابية" in _parties(killed[0], "actor")
    assert all("العناصر الإرهابية" not in _parties(e, "recipient") for e in events)


def test_self_blasters_are_the_actors(coder):
    """«فتاتين كانتا تتسولان، فجرتا نفسيهما»: the two girls blew themselves up; they are no recipients."""
    text = ("وقال مصدر مقرب من السلطات المحلية ان \"فتاتين كانتا تتسولان، فجرتا نفسيهما\" حوالى الساعة 03:00 بعد "
            "الظهر مما اثار حالة ذعر عارمة.")
    events = [e for e in events_coded(coder, text, "2015-07-23") if e.trigger.text.startswith("فجرتا")]
    assert events and all("فتاتين" not in _parties(e, "recipient") for e in events)
    assert any("فتاتين" in _parties(e, "actor") for e in events)


def test_subject_before_a_chain_of_verbs(coder):
    """«أن الوحدات الأمنية طوقت مكان تحصن العناصر الإرهابية واعتقلت 13 شخصاً»: the security units named before the
    first verb of the chain made the arrests; «ثم طلب» after «أن الرجل لن يكف» takes no such subject."""
    text = ("وأضاف المتحدث الإعلامي أن الوحدات الأمنية طوقت مكان تحصن العناصر الإرهابية واعتقلت 13 شخصاً بينما قتل "
            "عنصر آخر على إثر فراره.")
    arrests = [e for e in events_coded(coder, text, "2015-07-24") if e.trigger.text.startswith("اعتقلت")]
    assert arrests and _parties(arrests[0], "actor") == ["الوحدات الأمنية"]
    text = ("وعندما بدا واضحًا لأوباما أن الرجل لن يكف عن الصياح خاطبه الرئيس قائلاً: عار عليك!، ثم طلب من رجال "
            "الأمن مرافقة هذا الرجل إلى الخارج.")
    asked = [e for e in events_coded(coder, text, "2015-07-24") if e.trigger.text.startswith("طلب")]
    assert asked and all("الرجل" not in _parties(e, "actor") for e in asked)


def test_speaker_tells_of_his_own_act(coder):
    """«وأشار الجبير خلال المؤتمر الصحافي … إلى أنه بحث خلال لقائه وزير الخارجية المصري»: Al-Jubeir held the talks
    he reports; the act after another أن in the report is no act of his."""
    text = ("وأشار الجبير خلال المؤتمر الصحافي الذي عقده أمس مع نظيره المصري بمقر فرع وزارة الخارجية بجدة إلى أنه "
            "بحث خلال لقائه وزير الخارجية المصري تمتين العلاقات الثنائية بين البلدين.")
    talks = [e for e in events_coded(coder, text, "2015-07-24") if e.trigger.text.startswith("بحث")]
    assert talks and _parties(talks[0], "actor") == ["الجبير"]
    text = "وقال الوزير إن المصادر أكدت أنه اعتقل في المداهمة."
    held = [e for e in events_coded(coder, text, "2015-07-24") if e.trigger.text.startswith("اعتقل")]
    assert held and all("الوزير" not in _parties(e, "actor") for e in held)


def test_subject_after_the_opening_verb_goes_on(coder):
    """«وفشل كاميرون في الحصول على موافقة البرلمان …، لكنه طلب من أعضاء البرلمان»: Cameron asked; but the
    spokesman named after an opening report verb did not make the arrest told in his report («وقبض على الجاني»)."""
    text = ("وفشل كاميرون في الحصول على موافقة البرلمان للقيام باجراء عسكري ضد قوات الرئيس السوري بشار الأسد في عام "
            "2013 لكنه طلب من أعضاء البرلمان دراسة ما إذا كان يجب أن تنضم بريطانيا الآن للضربات.")
    asked = [e for e in events_coded(coder, text, "2015-07-24") if e.trigger.text.startswith("طلب")]
    assert asked and _parties(asked[0], "actor") == ["كاميرون"]
    text = ("وأوضح الرائد زيد القحطاني الناطق الإعلامي لشرطة منطقة عسير أنه ورد لشرطة محافظة خميس مشيط بلاغ عن حدوث "
            "إطلاق نار، نتج عنه مقتل ثلاثة أشخاص وإصابة آخر، وقبض على الجاني وهو شاب في العقد الثالث من العمر.")
    held = [e for e in events_coded(coder, text, "2015-07-23") if e.trigger.text.startswith("قبض")]
    assert held and all(not any("القحطاني" in a for a in _parties(e, "actor")) for e in held)
