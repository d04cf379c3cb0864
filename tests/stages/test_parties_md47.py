"""Parties of stances on another's deed, mended after the pt47 review (md_pt47): a side phrase set off by commas is
not the verb's object, what a party did (ما قامت به) is its deed, who undergoes a deed did not do it, a concession or a
retreat takes no deed owner for recipient, a stance noun with its predicate is no genitive; and the readings pt47 added
that no test held (a deed named with its owner right after the verb, the subject told before the deed)."""

from __future__ import annotations

PUBLISHED = "2015-07-27"


def _codes(entities):
    """The codes of (text, code, sector) parties."""
    return [c for _, c, _ in entities]


def _texts(entities):
    """The evidence texts of (text, code, sector) parties."""
    return [t for t, _, _ in entities]


def test_side_phrase_amid_is_not_the_object(parties):
    """«ورفضت بشدة، وسط صمت المجتمع الدولي، الاعتداءات»: the silence is a circumstance; the community is no party."""
    actors, recipients = parties.of("ورفضت بشدة، وسط صمت المجتمع الدولي، الاعتداءات الإسرائيلية على المسجد "
                                    "الأقصى.", "REJECT")
    assert "المجتمع الدولي" not in _texts(recipients) + _texts(actors)


def test_side_phrase_in_the_shade_of_is_not_the_object(parties):
    """«في ظل صمت المجتمع الدولي» set off by commas: not what is rejected."""
    actors, recipients = parties.of("ورفض بشدة، في ظل صمت المجتمع الدولي، الاعتداءات على المدنيين.", "REJECT")
    assert "المجتمع الدولي" not in _texts(recipients) + _texts(actors)


def test_what_a_party_did_with_bi(parties):
    """«أيدت ما قامت به السعودية»: what Saudi Arabia did is supported; it is the recipient, not the actor."""
    actors, recipients = parties.of("وكانت مصادر سياسية قد أيدت ما قامت به السعودية.", "SUPPORT")
    assert "SAU" in _codes(recipients)
    assert "SAU" not in _codes(actors)


def test_what_a_party_does_with_bi(parties):
    """«رفضت ما تقوم به إيران»: Iran's doings are rejected."""
    actors, recipients = parties.of("وكانت مصادر سياسية قد رفضت ما تقوم به إيران.", "REJECT")
    assert "IRN" in _codes(recipients)
    assert "IRN" not in _codes(actors)


def test_who_witnesses_massacres_is_no_party(parties):
    """«أدانت ما تشهده سوريا من مجازر»: Syria suffers the massacres; it neither condemns nor is condemned."""
    actors, recipients = parties.of("وكانت مصادر سياسية قد أدانت ما تشهده سوريا من مجازر.", "ACCUSE")
    assert "SYR" not in _codes(recipients) + _codes(actors)


def test_who_suffers_is_not_condemned(parties):
    """«استنكر ما يعانيه الشعب السوري»: the Syrian people suffer; they are not condemned."""
    actors, recipients = parties.of("استنكر ما يعانيه الشعب السوري.", "ACCUSE")
    assert "SYR" not in _codes(recipients)


def test_right_given_up_takes_no_recipient(parties):
    """«لن تتنازل عن حق اللاجئين»: the refugees own the right; they are no party to the concession."""
    actors, recipients = parties.of("وأكد أن السلطة لن تتنازل عن حق اللاجئين الفلسطينيين.", "CONCEDE")
    assert "اللاجئين الفلسطينيين" not in _texts(recipients) + _texts(actors)


def test_by_order_of_is_no_deed_conceded(parties):
    """«تراجعت عن قرارها بأوامر الرئيس الأمريكي»: بأوامر is «by order of»; the president is not the recipient."""
    actors, recipients = parties.of("وتراجعت عن قرارها بأوامر الرئيس الأمريكي.", "CONCEDE")
    assert "USA" not in _codes(recipients)


def test_withdrawal_by_order_takes_no_recipient(parties):
    """«وانسحبت بأوامر الجيش السوري من المدينة»: the army ordered the withdrawal; it is not its recipient."""
    actors, recipients = parties.of("وانسحبت بأوامر الجيش السوري من المدينة.", "RETREAT")
    assert "SYR" not in _codes(recipients)


def test_stance_noun_with_its_predicate(parties):
    """«أن الرفض حق الشعب الفلسطيني»: rejecting is the people's right; the people are not rejected."""
    actors, recipients = parties.of("وأكد أن الرفض حق الشعب الفلسطيني.", "REJECT")
    assert "PSE" not in _codes(recipients)


def test_deed_named_with_owner_right_after_verb(parties):
    """«وتدين الممارسات الإسرائيلية في القدس»: Israel's practices are condemned; Israel condemns nothing."""
    actors, recipients = parties.of("وتدين الممارسات الإسرائيلية في القدس.", "ACCUSE")
    assert "ISR" in _codes(recipients)
    assert "ISR" not in _codes(actors)


def test_subject_told_before_the_deed(parties):
    """«وأدانت الوزارة جرائم الاحتلال الإسرائيلي»: the ministry condemns, the occupation is condemned."""
    actors, recipients = parties.of("وأدانت الوزارة جرائم الاحتلال الإسرائيلي.", "ACCUSE")
    assert "الوزارة" in _texts(actors)
    assert "ISR" in _codes(recipients)
    assert "ISR" not in _codes(actors)


def test_policy_of_a_named_leader_condemned(parties):
    """«لادانة سياسة رجب طيب اردوغان»: Erdogan's policy is condemned; Turkey is the recipient."""
    actors, recipients = parties.of("وخرج المتظاهرون لادانة سياسة رجب طيب اردوغان.", "ACCUSE")
    assert "TUR" in _codes(recipients)
    assert "TUR" not in _codes(actors)



def test_armed_groups_gear_is_not_the_states_army(parties):
    """«ودمروا طقمين عسكريين» in a sentence naming جماعة الحوثي (YEM, an armed group): the vehicles are the Houthis',
    not Yemen's army's, though the story named «الجيش اليمني» before (the story of 2015-07-23 doc 72, shortened)."""
    every = parties.every(
        "وقال مصدر في الجيش اليمني إن عملية «السهم الذهبي» التي أطلقتها قوات التحالف بقيادة المملكة العربية "
        "السعودية ساعدت المقاومة. وبينما تستمر المقاومة الشعبية في ملاحقة واستهداف المسلحين الحوثيين والموالين لهم "
        "من أنصار صالح في محافظة تعز، قال الصحافي في تعز، فؤاد المسلمي، إن «مسلحي المقاومة الشعبية استطاعوا "
        "السيطرة، أمس، على تبة الكشار في جبل صبر، الموقع الاستراتيجي التي كانت تسيطر عليه جماعة الحوثي المسلحة، "
        "ودمروا طقمين عسكريين خاصة فيهم واستطاعوا الاستيلاء على عربة كانت في الموقع».")
    assert any(t == "عسكريين" for t, _, _ in every)
    assert ("عسكريين", "YEM", "MIL") not in every
