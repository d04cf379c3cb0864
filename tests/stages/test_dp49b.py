"""Round 49 (dp49b): a visit and the talks held on it, and a meeting told first without parties, told again later, from
the judged slices of 2015-08-06 and 2015-08-09: the talks a visitor holds with a person of the land visited are the
visit's act («قام بزيارة رسمية إلى المملكة الأردنية … حيث أجرى مباحثات مع الملك عبدالله الثاني»); a verb with the
pronoun of its object or of «we» is no meeting held anew («أود أن أناقشها … خلال زيارتي»); a caption's possessed noun
of a meeting told first without parties («خلال اجتماعه») is that meeting, which takes its parties."""

import pytest

from stage_coding import kind_parties

_DATE = "2015-08-06"

# one visit and the talks held on it: a single CONSULT stays, the visit (its trigger's first word)
_ONE_VISIT = [
    pytest.param("يذكر أن الأمير محمد بن سلمان قد قام بزيارة رسمية إلى المملكة الأردنية أمس الثلاثاء حيث أجرى مباحثات "
                 "مع الملك عبدالله الثاني ملك الأردن.", "زيارة", id="talks-after-haythu-with-the-host"),
    pytest.param("صدر اليوم بيان مشترك بمناسبة زيارة صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد "
                 "النائب الثاني لرئيس مجلس الوزراء وزير الدفاع للمملكة الأردنية الهاشمية فيما يلي نصه :\n"
                 "فقد قام صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود ولي ولي العهد بزيارة إلى المملكة "
                 "الأردنية الهاشمية، تلبية لدعوة كريمة من جلالة الملك عبدالله الثاني يوم الثلاثاء.\n"
                 "وعقد جلالته اجتماعاً مع سموه، نقل فيه سموه تحيات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود "
                 "إلى أخيه جلالة الملك عبدالله الثاني.", "زيارة", id="host-holds-a-meeting-with-the-visitor"),
    pytest.param("بدأ رئيس اللجنة الدولية للصليب الأحمر بيتر مورير أمس زيارة إلى اليمن تستمر ثلاثة أيام. وقال مورير إن "
                 "هذه القضية ستكون «واحدة من القضايا التي أود أن أناقشها مع جميع أطراف النزاع خلال زيارتي لليمن».",
                 "زيارة", id="verb-with-object-pronoun-is-no-meeting-held-anew"),
]


@pytest.mark.parametrize("text, first", _ONE_VISIT)
def test_visit_and_its_talks_are_one_act(nlp, text, first):
    """The talks held on a visit, told after it, are the visit's act: one consultation, the visit."""
    kept = kind_parties(nlp, text, "CONSULT", _DATE)
    assert [t for _, t, _, _ in kept] == [first], kept


# two acts a host rule must not fold: a host's own visit to the visitor's land, a host meeting another side
_TWO_ACTS = [
    pytest.param("وسلم المبعوث الصيني الرئيس المصري رسالة تتضمن دعوة لزيارة الرئيس الصيني المرتقبة لمصر. وأضاف أن بلاده "
                 "تتطلع لإتمام زيارة الرئيس السيسي المقبلة إلى الصين لمواصلة التشاور.", 2, id="host-own-visit"),
    pytest.param("وصل وزير الخارجية الفرنسي لوران فابيوس إلى الأردن أمس في زيارة رسمية. والتقى وزير الخارجية الأردني "
                 "ناصر جودة نظيره الإيراني محمد جواد ظريف في عمان.", 2, id="host-meets-another-side"),
]


@pytest.mark.parametrize("text, count", _TWO_ACTS)
def test_host_with_a_side_of_its_own_is_another_act(nlp, text, count):
    """A host's own visit, or a host's meeting with another side, is not the visit told again."""
    kept = kind_parties(nlp, text, "CONSULT", _DATE)
    assert len(kept) == count, kept


_CAPTION = ("ترأس نائب خادم الحرمين الشريفين الأمير محمد بن نايف بن عبدالعزيز وزير الداخلية في مكتبه في جدة، مساء أمس، "
            "اجتماعا مع قادة القطاعات الأمنية. نائب الملك الأمير محمد بن نايف خلال اجتماعه مع قادة القطاعات الأمنية في "
            "جدة البارحة.")

_WE_TALKED = ("وقال وزير الخارجية اليمني إن لقاءه مع الدكتور خالد العطية، وزير الخارجية القطري، كان «مثمرًا». وأضاف ياسين: "
              "«لقد تناقشنا حول كيفية الموقف الدولي بالنسبة لتنفيذ القرار الأممي 2216».")


_SUMMIT = ("بدأت الأمانة العامة لمنظمة التعاون الإسلامي في الاستعداد لعقد قمة إسلامية استثنائية لبحث التطورات التي "
           "تشهدها القضية الفلسطينية والقدس الشريف والمسجد الأقصى المبارك.\nوأوضح بيان صحافي صدر عن المنظمة اليوم "
           "(الخميس)، أن عقد القمة التي تستضيفها المملكة المغربية خلال الفترة المقبلة يأتي في إطار الجهود المتواصلة "
           "لإنهاء الاحتلال الإسرائيلي وإقامة الدولة الفلسطينية وعاصمتها القدس الشرقية.")


@pytest.mark.parametrize("text, first, party", [
    pytest.param(_CAPTION, "اجتماعا", "محمد بن نايف", id="caption-of-a-meeting-told-without-parties"),
    pytest.param(_SUMMIT, "قمة", "المملكة المغربية", id="definite-noun-of-a-summit-told-without-parties"),
    pytest.param(_WE_TALKED, "لقاءه", None, id="we-talked-is-the-meeting-told"),
])
def test_meeting_told_again_is_one(nlp, text, first, party):
    """A meeting told again later (a caption's «خلال اجتماعه», «القمة التي تستضيفها», «لقد تناقشنا») is the meeting
    told first, which takes the parties the later telling names where it had none, whatever places its talks name."""
    kept = kind_parties(nlp, text, "CONSULT", _DATE)
    assert [t for _, t, _, _ in kept] == [first], kept
    if party:
        assert any(party in p for p in kept[0][2] + kept[0][3]), kept
