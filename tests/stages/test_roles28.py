"""Round 28 (roles28): missing and swapped parties."""


def _one(art, kind):
    return next(e for e in art.events if e.event == kind)


def test_subject_of_a_verb_with_an_object_past_its_place_acts(nlp):
    # «قصفت» may be read «قُصفت»; past the place in في, «قريتي» is the object: the forces shelled, not were shelled
    ev = _one(nlp("كما قصفت قوات المعارضة في ريف حلب قريتي نبل والزهراء."), "ASSAULT")
    assert [a.text for a in ev.actor] == ["قوات المعارضة"]
    assert "قوات المعارضة" not in [r.text for r in ev.recipient]


def test_place_noun_past_the_place_is_the_object(nlp):
    ev = _one(nlp("قصفت قوات المعارضة في ريف حلب بلدة نبل."), "ASSAULT")
    assert [a.text for a in ev.actor] == ["قوات المعارضة"]


def test_passive_with_a_time_past_the_place_keeps_its_victim(nlp):
    ev = _one(nlp("قتل جنود في حلب أمس."), "ASSAULT")
    assert [r.text for r in ev.recipient] == ["جنود"] and not ev.actor


def test_genitive_of_a_deed_noun_after_the_verb_is_the_condemned(nlp):
    # «تشكل» is the condemned act; the minister forming the committee is its genitive, not who condemns
    ev = _one(nlp("كما أدانت تشكل وزيرة القضاء الإسرائيلية ميري ريغيف لجنة حكومية للعمل على شرعنة البؤر "
                  "الاستيطانية."), "ACCUSE")
    assert "وزيرة القضاء الإسرائيلية" not in [a.text for a in ev.actor]
    assert [r.text for r in ev.recipient] == ["وزيرة القضاء الإسرائيلية"]


def test_a_deed_noun_between_subject_and_phrase_is_no_title(nlp):
    ev = _one(nlp("وأدانت الوزارة تشكيل وزيرة القضاء الإسرائيلية لجنة حكومية."), "ACCUSE")
    assert [a.text for a in ev.actor] == ["الوزارة"]
    assert [r.text for r in ev.recipient] == ["وزيرة القضاء الإسرائيلية"]


def test_who_sets_the_terms_voted_against_is_the_recipient(nlp):
    ev = _one(nlp("فالخيار الأول لن يكون مقبولا من الشعب اليوناني، الذي صوت ضد شروط صندوق النقد الدولي."), "REJECT")
    assert "صندوق النقد الدولي" not in [a.text for a in ev.actor]
    assert [r.text for r in ev.recipient] == ["صندوق النقد الدولي"]


def test_vigilance_praised_belongs_to_the_recipient(nlp):
    ev = _one(nlp("ونوه بيقظة رجال الأمن."), "SUPPORT")
    assert [r.text for r in ev.recipient] == ["رجال الأمن"] and not ev.actor


def test_interests_threatened_belong_to_the_recipient(nlp):
    ev = _one(nlp("وتهدد مصالح الولايات المتحدة في المنطقة."), "THREATEN")
    assert [r.code for r in ev.recipient] == ["USA"] and not ev.actor


def test_who_says_it_is_responsible_for_an_attack_did_it(nlp):
    art = nlp("أعلنت القوات الأمريكية في أفغانستان امس الثلاثاء أنها مسؤولة عن الهجوم الجوي على نقطة تفتيش أفغانية، "
              "مما أسفر عن مقتل سبعة جنود الاثنين.")
    ev = next(e for e in art.events if e.trigger.text == "الهجوم")
    assert [a.code for a in ev.actor] == ["USA"]
    assert not any(a.text == "مسؤولة" for e in art.events for a in e.actor)
