"""Round 94 repeats: a protest noun («احتجاجًا») told right after an act done in protest (a recall of an ambassador)
is why that act was done, and a destruction or shelling added to a strike («بالاضافة إلى تدمير»، «فضلا عن قصف») is one
more outcome of that strike (2015-07-27 dev articles)."""


def _events(nlp, text, kind, published="2015-07-27"):
    """(trigger, actor texts, recipient texts) of the events of `kind` the whole pipeline keeps for `text`."""
    return [(e.trigger.text, [m.text for m in e.actor], [m.text for m in e.recipient])
            for e in nlp(text, published=published).events if e.event == kind]


def test_a_protest_noun_after_a_recall_is_the_recall(nlp):
    """«ورغم استدعاء البحرين لسفيرها من طهران احتجاجًا على تصريحات خامنئي»: Bahrain's recall is kept, with no second
    act (an accusation) told by «احتجاجًا»."""
    text = ("وتأتي تصريحات الرئيس حسن روحاني في وقت يواصل وزير الخارجية محمد ظريف زيارته لدول التعاون الخليجي، حيث "
            "ناقش في الكويت العلاقات الثنائية والملفات الساخنة بين طهران ودول التعاون خاصة الأزمة اليمنية والعراق "
            "وسوريا، ورغم استدعاء البحرين لسفيرها من طهران احتجاجًا على تصريحات خامنئي التي أعلن فيها عن مواصلة "
            "إيران لما أسمته دعمها للشعب البحريني.")
    recalls = _events(nlp, text, "SANCTION")
    assert len(recalls) == 1 and "البحرين" in recalls[0][1]
    assert not _events(nlp, text, "ACCUSE")


def test_a_destruction_added_to_strikes_is_their_outcome(nlp):
    """«إن خمس غارات قرب الرمادي قصفت وحدات تكتيكية …، بالاضافة إلى تدمير نقطة تفتيش …، فضلا عن قصف أربع
    غارات»: the destruction and the shelling added are what the coalition's strikes did; no assault without a doer is
    left."""
    text = ("نفذت قوات التحالف الدولي 20 غارة جوية ضد أهداف لتنظيم داعش الإرهابي في العراق أمس، تركزت على أهداف قرب "
            "الرمادي.\n"
            "وقال بيان لقوة المهام المشتركة اليوم : إن خمس غارات قرب الرمادي قصفت وحدات تكتيكية ودبابات وناقلة جنود "
            "مدرعة تابعة للتنظيم، بالاضافة إلى تدمير نقطة تفتيش ومبنى وموقع إطلاق قذائف المورتر، وناقلة جنود أخرى مدرعة، "
            "فضلا عن قصف أربع غارات لمراكز تجمع تابعة لتنظيم داعش الإرهابي قرب طوز خورماتو.")
    found = _events(nlp, text, "ASSAULT")
    assert [t for t, _, _ in found] == ["غارة"]
    assert "قوات التحالف" in found[0][1]
