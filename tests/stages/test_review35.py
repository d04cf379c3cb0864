"""Review mends of the eleventh stop: a toll of twelve told again far after its act is the same toll; a verb after
«كما» adds an act, whatever its subject."""

PUBLISHED = "2015-08-01"


def test_a_toll_of_twelve_told_again_far_after_is_the_same_toll(kept_assaults):
    filler = " ".join(["وقال مسؤول محلي إن الوضع في المدينة هادئ الآن بعد انتشار قوات الأمن في الشوارع."] * 6)
    for n in ("13", "12"):
        text = (f"قالت مصادر أمنية إن طائرة بدون طيار أمريكية هاجمت سيارة في محافظة مأرب وقتلت {n} يشتبه أنهم أعضاء في "
                f"تنظيم القاعدة. {filler} يذكر أن مقتل {n} من القاعدة في ضربة جوية أمريكية يأتي بعد أسابيع من مقتل "
                "زعيم التنظيم.")
        assert [e.sentence for e in kept_assaults(text) if e.sentence == 7 and e.trigger.text == "مقتل"] == [], n


def test_an_attack_verb_after_kama_adds_an_act_whatever_its_subject(kept_assaults):
    text = "قصفت طائرات التحالف أمس مواقع للحوثيين في صعدة. كما قصفت الطائرات مواقع في حجة."
    assert sorted({e.sentence for e in kept_assaults(text)}) == [0, 1]
