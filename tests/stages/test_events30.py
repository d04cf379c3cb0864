"""Round 30 (events30): flags left by round 29 (not content with, lack of, a demanded act, a future verb of two
letters' root) and a word misread as a verb."""


def _of(art, kind):
    """The events of one type in an annotated article."""
    return [e for e in art.events if e.event == kind]


def test_not_content_with_concern_asserts_it(nlp):
    art = nlp("كيري لم يكتف بالقلق لا بل وصف هذه التصريحات بالمزعجة.")
    assert not any(e.negated for e in _of(art, "ACCUSE"))


def test_lack_of_with_lam_negates(nlp):
    art = nlp("وتضررت الشركات لعدم رفع العقوبات عن إيران.")
    assert all(e.negated for e in _of(art, "RETREAT"))


def test_voices_demanding_a_withdrawal_ask_for_it(nlp):
    art = nlp("وارتفعت أخيرا الأصوات المطالبة بانسحاب تنظيم القاعدة من المدينة.")
    assert _of(art, "RETREAT") and all(e.future for e in _of(art, "RETREAT"))


def test_a_veto_it_will_draw_is_still_to_come(nlp):
    art = nlp("ويسود التقدير بأن الجمهوريين سيقررون الإبقاء على العقوبات، الأمر الذي سيجر فيتو رئاسي من قبل أوباما.")
    vetoes = [e for e in _of(art, "REJECT") if e.trigger.text == "فيتو"]
    assert vetoes and all(e.future for e in vetoes)


def test_brave_is_no_encouragement(nlp):
    art = nlp("وقال سليماني إن العراق ربت في أحضانها قادة بواسل شجعانا ومخلصين.")
    assert not any(e.trigger.text == "شجعانا" for e in art.events)


def test_the_speaker_holds_the_stance_of_his_verbal_noun(nlp):
    rej = _of(nlp("وأكد الطرف اليمني رفضه للمبادرة."), "REJECT")
    assert rej and [a.code for a in rej[0].actor] == ["YEM"]
    rej = _of(nlp("وأكد الأزهر رفضه الكامل لهذا التصرف."), "REJECT")
    assert rej and [a.text for a in rej[0].actor] == ["الأزهر"]


def test_the_pronoun_of_a_death_is_no_speaker(nlp):
    art = nlp("وأعلن الجيش مقتله.")
    assert not any(a.text == "الجيش" for e in _of(art, "ASSAULT") for a in e.actor)


def test_kana_subject_set_off_by_its_title_meets(nlp):
    art = nlp("وكان الوزير عادل الجبير، وزير الخارجية السعودي، التقى نظيره الألماني في العاصمة الألمانية برلين.")
    met = _of(art, "CONSULT")
    assert met and "SAU" in [a.code for a in met[0].actor]
    # the counterpart after the verb is the one met, not a subject of its own (كان set the subject before)
    assert [r.code for r in met[0].recipient] == ["DEU"]
    art = nlp("وكان الجبير، وزير الخارجية السعودي، التقى نظيره الأمريكي جون كيري في واشنطن.")
    met = _of(art, "CONSULT")
    assert met and "SAU" in [a.code for a in met[0].actor]


def test_kana_subject_before_a_clause_of_its_own_is_no_actor(nlp):
    art = nlp("وكان المرصد، أكد أن طائرات حربية تابعة للتحالف، قصفت مواقع لجبهة النصرة في شمال سوريا.")
    assert not any(a.text == "المرصد" for e in _of(art, "ASSAULT") for a in e.actor)


def test_what_may_follow_qad_and_an_imperfect_is_only_possible(nlp):
    art = nlp("وهدد المجلس بالفعل بعواقب لمثل هذه الهجمات قد تشمل فرض عقوبات.")
    assert all(e.hypothetical for e in _of(art, "SANCTION")) and _of(art, "SANCTION")


def test_qad_before_a_perfect_and_past_lakin_is_no_doubt(nlp):
    art = nlp("وكان العبادي قد تلقى دعما من السيستاني.")
    assert not any(e.hypothetical for e in _of(art, "SUPPORT"))
    art = nlp("قالت قاضية إن مطالب بضرورة منح الحيوانات حقوقا محدودة قد تنجح يوما ما لكنها رفضت طلبا تقدمت به جماعة.")
    assert not any(e.hypothetical for e in _of(art, "REJECT"))


def test_an_act_one_is_threatened_with_is_only_possible(nlp):
    # «مهدد بالحظر»: the party is threatened with a ban (cue doubt): no ban happened
    art = nlp("وأكد زعيمه صلاح الدين دميرتاش أمس أن حزبه مهدد بالحظر.")
    assert all(e.hypothetical for e in _of(art, "COERCE"))
    assert _of(art, "COERCE")
