"""Round 67 (coalition67): a bare «التحالف» / «الائتلاف» (والتحالف، للتحالف، بالتحالف) is read as the coalition the
article's evidence tells, on sentences of the SaudiNewsNet dev days 2015-07-23/24/25 — the Arab coalition in a story
naming Yemen or the Houthis (or the Arab coalition itself), the international one in a Syria story naming only it, and
no party in a story naming neither (a political alliance)."""


def events(nlp, text, etype, date="2015-07-25"):
    """The events of type `etype` coded in `text`."""
    return [e for e in nlp(text, published=date).events if e.event == etype]


def codes(entities):
    """The (code, sector) pairs of a list of parties."""
    return [(e.code, e.sector) for e in entities]


def test_bare_coalition_striking_in_a_yemen_story_is_the_arab_coalition(coder):
    """«فقد استهدف التحالف مخازن أسلحة للحوثيين»: the actor is the Arab coalition (INT/MIL); «التحالف مع صالح» (an
    alliance) and a story naming neither coalition nor Yemen read no coalition."""
    text = ("أما في شبوة، التي احتدمت فيها المواجهات بين اللجان الشعبية والحوثيين، فقد استهدف التحالف مخازن أسلحة "
            "للحوثيين في معسكر مرة.")
    evs = events(coder, text, "ASSAULT")
    assert evs and ("INT", "MIL") in codes(evs[0].actor), [e.to_dict() for e in evs]
    # the wrong readings stay out: an alliance (التحالف مع صالح), and a story naming neither coalition nor Yemen
    allied = coder("وقال مسؤول يمني إن الحوثيين يواصلون التحالف مع صالح في صنعاء.", published="2015-07-25")
    assert not [m for m in allied.mentions if m.kind == "actor" and m.get("code") == "INT"], allied.mentions
    party = coder("أعلن التحالف رفضه للقانون الجديد في البرلمان.", published="2015-07-25")
    assert not [m for m in party.mentions if m.kind == "actor" and m.get("sector") == "MIL"], party.mentions


def test_coalition_raids_in_a_yemen_story_have_the_coalition_as_actor(coder):
    """«واستهدفت غارات التحالف قاعدة العند … ميليشيات الحوثي»: the raids are the Arab coalition's."""
    text = ("واستهدفت غارات التحالف قاعدة العند واللبوة ووادي الحسيني في لحج، ما أسفر عن مقتل 44 من ميليشيات "
            "الحوثي والمخلوع صالح في اشتباكات عنيفة في قاعدة العند، وكذلك أسر 66 آخرين.")
    evs = [e for e in events(coder, text, "ASSAULT", "2015-07-24") if e.trigger.text == "استهدفت"]
    assert evs and codes(evs[0].actor) == [("INT", "MIL")], [e.to_dict() for e in evs]


def test_bare_coalition_in_a_syria_story_is_the_international_one(coder):
    """«وفي سوريا نفذ التحالف أربع غارات بالقرب من كوباني» in a story whose tags name «التحالف الدولي» only later:
    IGO/MIL, not the Arab coalition."""
    text = ("وفي سوريا نفذ التحالف أربع غارات بالقرب من كوباني ضربت وحدات تكتيكية ومواقع قتالية بينما ضربت أهداف "
            "مماثلة في ثلاث غارات أخرى بالقرب من الحسكة وفقا للبيان. سمات التحالف الدولي. العراق داعش سوريا ضربات")
    evs = [e for e in events(coder, text, "ASSAULT", "2015-07-24") if e.trigger.text == "غارات"
           and "كوباني" in e.to_dict()["text"]]
    assert evs and codes(evs[0].actor) == [("IGO", "MIL")], [e.to_dict() for e in evs]
    assert ("INT", "MIL") not in codes(evs[0].actor)
