"""Roles of actors and recipients on constructions of fresh news (round 15): the subject of a verb that retells an
event noun, owners, clauses opened by كما/فيما/لكنها, counted event nouns, targets and places."""


def events(coder, text, date="2015-07-27"):
    """The coder's events of one text (one event per trigger, no report filter)."""
    return coder(text, published=date).events


def one(coder, text, etype, trig=None):
    """The first event of the type (and trigger word, if given) in the text."""
    evs = [e for e in events(coder, text) if e.event == etype and (trig is None or e.trigger.text == trig)]
    assert evs, f"no {etype} in {text!r}: {[(e.event, e.trigger.text) for e in events(coder, text)]}"
    return evs[0]


def texts(parties):
    """The words of the parties."""
    return [p.text for p in parties]


def test_event_noun_before_its_verb_is_the_subject(coder):
    ev = one(coder, "وقال بيان إن خمس غارات قرب الرمادي قصفت وحدات تكتيكية ودبابات وناقلة جنود مدرعة.", "ASSAULT")
    assert "وحدات تكتيكية" not in texts(ev.actor)
    assert "وحدات تكتيكية" in texts(ev.recipient)


def test_owner_after_tabia_is_no_subject_of_the_next_verb(coder):
    ev = one(coder, "قصفت الطائرات مواقع تابعة للتنظيم المتشدد كما دمرت نقطة تفتيش ومبنى.", "ASSAULT", "دمرت")
    assert "للتنظيم المتشدد" not in texts(ev.actor)


def test_phrase_before_a_lead_in_is_no_subject(coder):
    ev = one(coder, "تحدث الرئيس الأميركي باراك أوباما إلى الرئيس رجب طيب إردوغان حول التعاون لمكافحة «داعش» كما "
                    "وافق على زيادة الجهود.", "AGREE")
    assert "داعش" not in texts(ev.actor)
    ev = one(coder, "قال أوغلو إنه ليس لدى تركيا خطط لإرسال قوات برية إلى سوريا ولكنها اتفقت مع الولايات المتحدة على "
                    "ضرورة توفير غطاء جوي.", "AGREE")
    assert "قوات برية" not in texts(ev.actor)
