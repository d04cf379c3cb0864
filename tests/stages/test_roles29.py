"""Round 29 (roles29): parties of an attack noun told with two ل-phrases, its doer and then its target."""


def _one(art, kind):
    """The first event of one type in an annotated article."""
    return next(e for e in art.events if e.event == kind)


def test_shelling_by_a_force_in_lam_of_a_place_in_lam(nlp):
    # «قصف» here is the verbal noun: the coalition planes (first ل) shell Marib (second ل), not the other way round
    art = nlp("وأفادت مصادر بأن نحو 16 من ميليشيات الحوثي قتلوا، وأصيب ثلاثة من أفراد المقاومة الشعبية في اشتباكات "
              "وقصف لطائرات التحالف لمحافظة مأرب.")
    assert not any(r.text == "طائرات التحالف" for e in art.events for r in e.recipient)
    ev = next(e for e in nlp("وقصف لطائرات التحالف لمحافظة مأرب.").events if e.trigger.text == "قصف")
    assert [a.text for a in ev.actor] == ["طائرات التحالف"]
    assert [r.text for r in ev.recipient] == ["محافظة مأرب"]


def test_shelling_noun_object_owner_after_the_force_is_the_target(nlp):
    ev = _one(nlp("وشهدت المدينة قصفا لطائرات التحالف لمواقع الحوثيين."), "ASSAULT")
    assert [a.text for a in ev.actor] == ["طائرات التحالف"]
    assert [r.code for r in ev.recipient] == ["YEM"] and "طائرات التحالف" not in [r.text for r in ev.recipient]


def test_an_ambush_for_a_patrol_keeps_its_target(nlp):
    # a noun that takes ل for its target: the patrol is ambushed, not the ambusher
    ev = _one(nlp("نصب مسلحون كمينا لدورية للجيش."), "ASSAULT")
    assert "دورية للجيش" not in [a.text for a in ev.actor]


def test_a_counted_subject_before_a_death_verb_and_a_comma_died(nlp):
    # «قتلوا، وأصيب»: the next clause opens with its own verb, so «قتلوا» has no object: it is the passive
    ev = _one(nlp("أفادت مصادر بأن نحو 16 من ميليشيات الحوثي قتلوا، وأصيب ثلاثة من أفراد المقاومة الشعبية."), "ASSAULT")
    assert "ميليشيات الحوثي" not in [a.text for a in ev.actor]
    assert [r.text for r in ev.recipient] == ["ميليشيات الحوثي"]


def test_imperfect_light_verb_with_its_pronoun_names_the_attacker(nlp):
    # «تشنها» resumes the attacks: the tribes attack, the rebels are hit
    ev = _one(nlp("يأتي ذلك في ظل هجمات مباغتة تشنها قبائل شبوة كبدت المتمردين خسائر فادحة."), "ASSAULT")
    # the tribes of Shabwa (one phrase once شبوة is a known place) are the actor
    assert [a.text for a in ev.actor] in (["قبائل"], ["قبائل شبوة"])
    assert not any(r.text.startswith("قبائل") for r in ev.recipient)


def test_relative_imperfect_light_verb_names_the_striker(nlp):
    art = nlp("وأوضح سكان إن مقاتلي المقاومة تدعمهم الضربات الجوية التي ينفذها التحالف العربي بقيادة المملكة.")
    ev = next(e for e in art.events if e.trigger.text == "الضربات الجوية")
    assert [a.text for a in ev.actor] == ["التحالف العربي"]


def test_owner_of_the_planes_after_the_light_verb_did_the_raids(nlp):
    ev = _one(nlp("كما قتل 26 شخصا في غارات شنتها طائرات النظام السوري على مدينة منبج."), "ASSAULT")
    assert [a.code for a in ev.actor] == ["SYR"]
    assert [r.text for r in ev.recipient] == ["شخصا"]


def test_the_force_an_attack_noun_comes_from_in_min_does_it(nlp):
    # «قصف من طائرات النظام السوري»: the regime's planes shelled; the regime is no victim
    art = nlp("وقتل ثلاثة أشخاص على الأقل وجرح آخرون في مدينة عربين نتيجة قصف من طائرات النظام السوري بعدة صواريخ "
              "موجهة.")
    assert not any(r.code == "SYR" for e in art.events for r in e.recipient)
    assert any(a.code == "SYR" for e in art.events for a in e.actor)


def test_dead_counted_with_min_stay_the_victims(nlp):
    ev = _one(nlp("سقوط قتلى من الحوثيين."), "ASSAULT")
    assert "الحوثيين" not in [a.text for a in ev.actor]


def test_partner_in_ma_past_a_long_title_the_city_and_the_time(nlp):
    ev = _one(nlp("اجتمع صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس "
                  "الوزراء وزير الدفاع في جدة مساء أمس مع رئيس حزب القوات اللبنانية سمير جعجع."), "CONSULT")
    assert [r.code for r in ev.recipient] == ["LBN"]
    assert [a.code for a in ev.actor] == ["SAU"]


def test_the_weapon_after_an_attack_noun_does_not_hide_its_agent(nlp):
    # «لقصف بالهاون من قبل مسلحين»: the mortar is how, the gunmen who
    art = nlp("وقال النائب إن بعض المناطق ذات المكون السني في ديالى تتعرض لقصف بالهاون من قبل مسلحين.")
    ev = next(e for e in art.events if e.trigger.text == "قصف")
    assert [a.text for a in ev.actor] == ["مسلحين"]


def test_the_side_in_ma_of_a_fight_the_dead_fell_in_caused_it(nlp):
    art = nlp("قالت مصادر يمنية إن 17 من ميليشيا الحوثي وقوات المخلوع صالح قتلوا خلال مواجهات عنيفة مع المقاومة "
              "الشعبية.")
    ev = _one(art, "ASSAULT")
    assert [a.text for a in ev.actor] == ["المقاومة الشعبية"]
    assert "المقاومة الشعبية" not in [r.text for r in ev.recipient]


def test_a_fight_with_the_victims_own_side_gives_no_actor(nlp):
    ev = _one(nlp("قتل 17 من الحوثيين في مواجهات مع الحوثيين."), "ASSAULT")
    assert not ev.actor


def test_a_place_in_lam_after_a_light_verb_is_no_doer(nlp):
    art = nlp("ويقيم مشعل في الدوحة وكانت آخر زيارة قام بها لموسكو في 2010 بعد أربع سنوات من أول زيارة رسمية قام بها "
              "للعاصمة الروسية.")
    assert not any(a.code == "RUS" for e in art.events for a in e.actor)
