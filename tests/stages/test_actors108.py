"""Round 108 (actors108): actors from the judged slice 2015-07-22 #0–399. A verb joined by و with its object as an
attached pronoun (ودمرتها، وقتلتهم جميعًا) goes on from the subject of the chain's first verb, past the adjectives
that subject's phrase leaves out (قوات الشرطة الاتحادية رصدت); and an act told in بـ after accusations its subject
denies (نفى … الاتهامات الموجهة لبلاده بدعم التنظيم) is the denier's, its genitive the one it was done to."""

from stage_coding import parties_reader

_DATE = "2015-07-22"

# (code, sector, text) of the recipients (or actors) of the events of `kind` the whole pipeline codes.
_parties = parties_reader(_DATE)


_POLICE = ("وأفاد بيان للإعلام الحربي العراقي أن قوات الشرطة الاتحادية رصدت خمس مركبات للتنظيم في منطقة حصيبة "
           "الشرقية التابعة للمحافظة ودمرتها في حين تمكنت من إحباط محاولة هجوم للإرهابيين وقتلت 21 منهم. وأضاف "
           "البيان أن قوات الشرطة رصدت أيضًا عشرة إرهابيين على سيارتين وقتلتهم جميعًا في المنطقة المذكورة.")


def test_verb_with_its_object_pronoun_goes_on_from_the_chain_subject(nlp):
    """«أن قوات الشرطة الاتحادية رصدت خمس مركبات … ودمرتها»، «رصدت … عشرة إرهابيين … وقتلتهم جميعًا» (2015-07-22
    #146): the police destroyed and killed; the pronoun is the object, «جميعًا» sums it up, no subject."""
    actors = _parties(nlp, _POLICE, "ASSAULT", "actor")
    assert sum(t == "قوات الشرطة" for _, _, t in actors) >= 2, actors


def test_verb_with_its_object_pronoun_takes_no_later_subject(nlp):
    """«إن المسلحين اقتحموا القرية وقتلوه أمام منزله»: the gunmen, the subject of the first verb, killed him."""
    text = "وقال المصدر إن المسلحين اقتحموا القرية وقتلوه أمام منزله."
    actors = _parties(nlp, text, "ASSAULT", "actor")
    assert any(t == "المسلحين" for _, _, t in actors), actors


_DENIED = ("وسط ضغوط تتعرض لها الحكومة التركية غداة التفجير الانتحاري الذي نفذه تنظيم داعش في بلدة سروج قرب الحدود "
           "السورية، نفى رئيس الحكومة التركية أحمد داود أوغلو بشدة الاتهامات الموجهة لبلاده بدعم التنظيم بأي طريقة "
           "من الطرق.")


def test_act_charged_in_denied_accusations_is_the_deniers(nlp):
    """«نفى رئيس الحكومة التركية … الاتهامات الموجهة لبلاده بدعم التنظيم» (2015-07-22 #17): Turkey is the one said
    to support ISIS, not ISIS the supporter."""
    actors = _parties(nlp, _DENIED, "AID", "actor")
    assert any(c == "TUR" for c, _, _ in actors), actors
    assert not any(c == "IMG" for c, _, _ in actors), actors


def test_act_charged_in_denied_accusations_has_its_genitive_as_target(nlp):
    """«لم يكل المسؤولون الأتراك عن نفي الاتهامات الكثيرة الموجهة إلى بلادهم بدعم تنظيم داعش» (2015-07-22 #4)."""
    text = ("لم يكل المسؤولون الأتراك عن نفي الاتهامات الكثيرة الموجهة إلى بلادهم بدعم تنظيم داعش وتسهيل حركته في "
            "سوريا عبر حدودهما المشتركة.")
    assert any(t == "المسؤولون الأتراك" for _, _, t in _parties(nlp, text, "AID", "actor"))
    assert any(t == "تنظيم داعش" for _, _, t in _parties(nlp, text, "AID"))


def test_accusations_against_another_party_leave_the_denier_out(nlp):
    """«ونفت الحكومة الاتهامات الموجهة إلى الجيش بقتل مدنيين»: the army is the accused, not the government."""
    text = "ونفت الحكومة الاتهامات الموجهة إلى الجيش بقتل مدنيين."
    actors = _parties(nlp, text, "ASSAULT", "actor")
    assert not any(t == "الحكومة" for _, _, t in actors), actors
