"""An accusative -ا word a few words after a light verb (شن، نفذ) is its verbal noun, not a dual verb (round 34):
«وشن الطيران قصفا على مواقع الحوثيين» is the planes' shelling of the Houthis, not «they two shelled» with the planes
for a target. A dual verb with no light verb before it, a conjoined one («ونفذه مسلحان وقتلا») and a verb with no noun
reading stay verbs."""

PUBLISHED = "2015-08-01"  # the day the parties fixture (conftest) publishes the texts on


def test_the_shelling_a_light_verb_carries_has_its_subject_for_actor(parties):
    actor, recipient = parties.of("وشن الطيران قصفا على مواقع الحوثيين في صعدة.", "ASSAULT")
    assert [x[0] for x in actor] == ["الطيران"] and [x[0] for x in recipient] == ["الحوثيين"]


def test_a_dual_verb_with_no_light_verb_stays_a_verb(parties):
    actor, recipient = parties.of("وكانت الطائرتان قد قصفا مواقع داعش.", "ASSAULT")
    assert [x[0] for x in recipient] == ["داعش"]


def test_a_conjoined_dual_verb_after_a_light_verb_stays_a_verb(parties):
    actor, recipient = parties.of("هجوم دموي استهدف متحف باردو ونفذه مسلحان وقتلا خلاله 21 سائحاً أجنبياً.", "ASSAULT")
    assert "مسلحان" not in [x[0] for x in recipient]
