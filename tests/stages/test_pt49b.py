"""Round pt49b: the parties of a seizure of territory.

A place taken or freed from a side names that side in a bare «من» past the place (استعاد مقاتلو المعارضة السيطرة على
عدة قرى من قوات نظام الأسد، حررت الوحدات بلدة صرين من تنظيم داعش): it lost the place, the recipient. A verbal noun of
seizure with its owner's pronoun after a light verb (أحكمت المقاومة سيطرتها على …، بسطت القوات سيطرتها على …) is done
by the light verb's subject; the owner of the positions past its preposition is the loser, never the actor. A death in
an attack whose light verb has على with the target's pronoun before its subject (في هجوم شنه عليه مسلحون مجهولون)
was caused by that subject."""

import pytest

PUBLISHED = "2015-08-09"


def _texts(triples):
    return [t for t, _, _ in triples]


@pytest.mark.parametrize("text, taker, loser", [
    # a retaking of territory, the side past the villages and their region
    ("استعاد مقاتلو المعارضة في سوريا السيطرة على عدة قرى في شمال غرب سوريا من قوات نظام الأسد وتقدموا بعدها.",
     "مقاتلو المعارضة", "قوات نظام الأسد"),
    # a place freed (CAMEO 192), the verb and its verbal noun
    ("حررت وحدات حماية الشعب الكردية بلدة صرين في شمال سوريا من تنظيم داعش الإرهابي بعد عملية دامت شهرًا.",
     "وحدات حماية الشعب الكردية", "تنظيم داعش الإرهابي"),
    ("وكان مجلس محافظة الأنبار قد أعلن الأحد عن تحرير القوات الأمنية جامعة الأنبار من عصابات داعش.",
     "القوات الأمنية", "عصابات داعش"),
])
def test_taken_from(parties, text, taker, loser):
    """The side in a bare «من» past the place taken or freed lost it: the recipient; the taker stays the actor."""
    actors, recipients = parties.of(text, "COERCE")
    assert loser in _texts(recipients)
    assert taker in _texts(actors)


@pytest.mark.parametrize("text, wrong", [
    # aid in «بدعم من» is the taker's helper
    ("سيطر الجيش اليمني على مدينة زنجبار بدعم من قوات التحالف.", "قوات التحالف"),
    # «من قبل» tells the doer
    ("وتم استكمال السيطرة على محافظة لحج من قبل المقاومة الشعبية.", "المقاومة الشعبية"),
    # past when it was taken, «من» is within another clause (what the forces got from their allies)
    ("وأعلنت مصادر عسكرية أن القوات الموالية للحكومة استعادت السيطرة على البساتين وجعولة بعد معارك عنيفة استخدمت "
     "فيها مدرعات حصلت عليها من التحالف العربي.", "التحالف العربي"),
    # a word of nearness: how near the takers are, not whom they took it from
    ("وسيطرت المقاومة على جبل صبر وباتت قريبة من اللواء 35 مدرع.", "اللواء"),
    # past a colon, the words of someone else
    ("وسيطرت المقاومة على تبة مطلة على المدينة: «ونحن الآن على مقربة من قوات التحالف».", "قوات التحالف"),
])
def test_not_taken_from(parties, text, wrong):
    """A «من» of aid, of the doer or of another clause names no one the place was taken from."""
    _, recipients = parties.of(text, "COERCE")
    assert wrong not in _texts(recipients)


@pytest.mark.parametrize("text, taker, loser", [
    ("كما أحكمت المقاومة الجنوبية سيطرتها على أهم مواقع الحوثيين في منطقة سناح.", "المقاومة الجنوبية", "الحوثيين"),
    ("وبسطت القوات الحكومية سيطرتها على معسكرات الحوثيين في المدينة.", "القوات الحكومية", "الحوثيين"),
])
def test_possessed_seizure(parties, text, taker, loser):
    """A seizure noun with its owner's pronoun after a light verb: the light verb's subject takes the place; the
    owner of the positions past على is no actor, it lost them."""
    actors, recipients = parties.of(text, "COERCE")
    assert taker in _texts(actors)
    assert loser not in _texts(actors)
    assert loser in _texts(recipients)


@pytest.mark.parametrize("text, doer, victim", [
    ("وأفاد مصدر أمني آخر بمقتل شخص في هجوم شنه عليه مسلحون مجهولون قرب مدينة كركوك.", "مسلحون مجهولون", None),
    ("وقتل جنديان في هجوم شنه عليهم مسلحون في مدينة العريش.", "مسلحون", "جنديان"),
])
def test_light_verb_doer_past_target_pronoun(parties, text, doer, victim):
    """The subject of the attack's light verb past على with the target's pronoun did the killing: the actor."""
    actors, recipients = parties.of(text, "ASSAULT")
    assert doer in _texts(actors)
    assert victim is None or victim in _texts(recipients)
