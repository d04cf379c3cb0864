"""Round 95, missed events: fighters captured in battle, told with the verb أسر, also read as the verbal noun after
تم or من (وأسر 119 آخرين، تمكنوا من أسر قرابة 140 مسلحا) — COERCE 173, which the judges of 2015-07-27 #0–904
found missed — and the families the same letters spell (أسر الشهداء، مساعدات إلى أسر المقاتلين), which stay no
event; and the agent told after such a list of acts (…، إلى جانب أسر ستة حوثيين على يد المقاومة), which did the
killing before it too (senses.listed_agent)."""


def kinds(nlp, text, published="2015-07-27"):
    """(type, CAMEO code, first trigger word) of the events the pipeline keeps."""
    return [(e.event, e.cameo, e.trigger.text.split()[0]) for e in nlp(text, published=published).events]


def parties(nlp, text, event, published="2015-07-27"):
    """(actor texts, recipient texts) of each kept event of the type `event`."""
    return [([m.text for m in e.actor], [m.text for m in e.recipient])
            for e in nlp(text, published=published).events if e.event == event]


def test_captured_others_counted(nlp):
    """«مقتل أربعة متمردين في كمين وأسر 119 آخرين» (2015-07-27 #304): the capture is COERCE 173 besides the
    killing."""
    text = "وأعلن المتحدث باسم القوات الموالية ناصر الشعيبي مقتل أربعة متمردين في كمين وأسر 119 آخرين."
    found = kinds(nlp, text)
    assert ("COERCE", "173", "وأسر") in found or ("COERCE", "173", "أسر") in found
    assert any(k[0] == "ASSAULT" for k in found)


def test_resistance_captures_gunmen(nlp):
    """«تمكن مسلحو المقاومة الشعبية أمس من أسر قرابة 140 مسلحا من الحوثيين» (2015-07-27 #871): COERCE by the
    popular resistance; «أسر» as families (أسر الشهداء، مساعدات إلى أسر المقاتلين) stays no capture."""
    text = ("وعلى صعيد الضالع، تمكن مسلحو المقاومة الشعبية أمس من أسر قرابة 140 مسلحا من الحوثيين وقوات صالح في "
            "منطقة الأزارق جنوبي المحافظة.")
    assert ("COERCE", "173", "أسر") in kinds(nlp, text)
    assert any(any("المقاومة" in a for a in actors) for actors, _ in parties(nlp, text, "COERCE"))
    for text in ("وقام الأمير بزيارة أسر الشهداء من عناصر الجيش.",  # families, of martyrs or of fighters: no capture
                 "وقدمت الجمعية مساعدات إلى أسر المقاتلين في المحافظة.",
                 "وزار الوفد أسر شهداء الواجب من العسكريين."):
        assert not [k for k in kinds(nlp, text) if k[0] == "COERCE"], text



def test_agent_after_a_list_of_acts_did_them_all(nlp):
    """«مقتل ثمانية عشر حوثياً …، وإصابة العشرات، إلى جانب أسر ستة حوثيين على يد المقاومة» (2015-07-26 dev, the
    repeats33 story): the capture is COERCE by the resistance, and the killing before it in the list keeps that agent
    too (senses.listed_agent), no actorless toll."""
    text = ("أفاد مصدر من المقاومة الشعبية، أمس، بمقتل ثمانية عشر حوثياً، خلال الاشتباكات التي اندلعت بين الطرفين، في "
            "مدينة الضالع جنوبي اليمن. وأشار المصدر إلى مقتل ثمانية عشر حوثياً خلال تلك المواجهات، وإصابة العشرات، "
            "إلى جانب أسر ستة حوثيين على يد المقاومة.")
    assert (["المقاومة"], ["حوثيين"]) in parties(nlp, text, "COERCE")
    assert [actors for actors, _ in parties(nlp, text, "ASSAULT")] == [["المقاومة"]]
