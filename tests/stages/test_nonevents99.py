"""Round 99 (nonevents99): non-events and wrong senses left by round 98 on the judged dev slice 2015-07-31 #0–479:
a visiting president's praise of his host (kept), a decree that targets a bank (SANCTION, no attack), a step
welcomed (SUPPORT, no meeting), an illness caught and people trapped in a car (no assault, no detention), a name
joined by a hyphen and a poet's given name read as verbs, a topic of talks in a text of two sentences, a quality
compared («أكثر تعاونا») and two matters that «came together» (no meeting)."""

import pytest
from stage_coding import kept_types

_DATE = "2015-07-31"


def test_praise_of_the_host_abroad_stays(nlp):
    """«ووجه الرئيس الأميركي في كينيا رسالة مشابهة، إذ أشاد بالإمكانات الاقتصادية للبلاد» (#409): the US president
    in Kenya praises his host, no courtesy at home (the story's home is the US)."""
    text = ("اختتم الرئيس الأميركي باراك أوباما زيارته إلى إثيوبيا أمس. "
            "وقال أوباما إن الولايات المتحدة تقف بجانب أفريقيا. "
            "وأكد البيت الأبيض أن واشنطن ستواصل دعمها للقارة. "
            "ووجه الرئيس الأميركي في كينيا رسالة مشابهة، إذ أشاد بالإمكانات الاقتصادية للبلاد.")
    assert ("SUPPORT", "أشاد") in kept_types(nlp, text, _DATE), kept_types(nlp, text, _DATE)


# (type, sentence, False: the sentence codes no event of the type): a wrong sense read as an event.
NO_EVENT = [
    # «واستهدف الأمر الجمهوري البنك المركزي الإيراني» (#399): a decree's target, no attack.
    pytest.param("ASSAULT", "واستهدف الأمر الجمهوري البنك المركزي الإيراني.", False, id="decree_targeting_a_bank"),
    # «واستقبل سكان قندهار هذه الخطوة في بدايتها» (#405): a step welcomed, no meeting.
    pytest.param("CONSULT", "واستقبل سكان قندهار هذه الخطوة في بدايتها واعتبروها مبادرة ستوحد أفغانستان.", False,
                 id="step_received"),
    # «ثم أصيب بإسهال» (#240): an illness, no wound.
    pytest.param("ASSAULT", "أخذ الطفل ينزف ليوم كامل بعد العملية ثم أصيب بإسهال.", False, id="illness_caught"),
    # «واحتجازهم داخل المركبة … لفك الاحتجاز» (#71): people stuck after a crash and freed by civil defence.
    pytest.param("COERCE", "أنقذت العناية الإلهية مواطنًا ومواطنة بعد ارتطام مركبتهما بعمود كهرباء على طريق مطار "
                 "عرعر واحتجازهم داخل المركبة مما استدعى تدخل رجال الدفاع المدني لفك الاحتجاز.", False,
                 id="people_trapped_in_a_car"),
    # «وكان دان-مالام بعد ظهر الاثنين موجودا في منزله» (#261): دان in a compound name, no condemnation.
    pytest.param("ACCUSE", "وكان دان-مالام بعد ظهر الاثنين موجودا في منزله في دورون باغا عندما رأى المسلحين يصلون.",
                 False, id="hyphenated_name"),
    # «صدر للشاعر العراقي طالب عبد العزيز كتاب جديد» (#428): طالب the poet's name, no demand.
    pytest.param("REQUEST", "عن المؤسسة العربية للدراسات والنشر، صدر للشاعر العراقي طالب عبد العزيز كتاب جديد "
                 "بعنوان «قبل خراب البصرة».", False, id="poets_given_name"),
    # «لبحث العلاقات وأوجه التعاون بين البلدين» (#362): a topic of the meeting, no cooperation, in a text of two
    # sentences too.
    pytest.param("COOPERATE", "أعلن الديوان الملكي السعودي أن الأمير محمد بن سلمان سيقوم اليوم بزيارة عمل رسمية إلى "
                 "جمهورية مصر العربية. ويلتقي ولي ولي العهد السعودي خلال الزيارة الرئيس المصري عبد الفتاح السيسي، "
                 "لبحث العلاقات وأوجه التعاون بين البلدين.", False, id="topic_of_talks_in_two_sentences"),
    # «للترويج لإطار عمل أكثر تعاونا يشمل إيران» (#363): a more cooperative framework, no act, in a story.
    pytest.param("COOPERATE", "زارت موغيريني طهران أول من أمس. وحذر قرقاش من سياسات إيران في المنطقة. وقالت "
                 "موغيريني إن دول الاتحاد الأوروبي فوضوها لاستكشاف سبل يمكن للاتحاد من خلالها الترويج لإطار عمل "
                 "أكثر تعاونا يشمل إيران بعد الاتفاق النووي.", False, id="quality_compared"),
    # «هذان الأمران اجتمعا في الصفقة الأميركية - التركية الأخيرة» (#323): two things combined, no meeting.
    pytest.param("CONSULT", "هذان الأمران اجتمعا في الصفقة الأميركية - التركية الأخيرة، التي جعلت أنقرة تشارك لأول "
                 "مرة في الحرب.", False, id="matters_that_came_together"),
]

# (type, sentence, True: the sentence codes an event of the type): the right sense of the sentence, or of the word
# beside the one above.
EVENT = [
    # a decree's target is a SANCTION (#399); an air strike stays an attack.
    pytest.param("SANCTION", "واستهدف الأمر الجمهوري البنك المركزي الإيراني.", True, id="decree_is_a_sanction"),
    pytest.param("ASSAULT", "واستهدف الطيران مواقع الحوثيين في صعدة.", True, id="air_strike"),
    # a step received is a welcome, SUPPORT (#405); a guest received stays a meeting.
    pytest.param("SUPPORT", "واستقبل سكان قندهار هذه الخطوة في بدايتها واعتبروها مبادرة ستوحد أفغانستان.", True,
                 id="step_received_is_a_welcome"),
    pytest.param("CONSULT", "واستقبل الرئيس المصري وزير الخارجية الفرنسي في القاهرة.", True, id="guest_received"),
    # a clause after the title: طالب a verb.
    pytest.param("REQUEST", "وفي كلمة للرئيس العراقي طالب فيها الحكومة بالإصلاح.", True, id="demand_after_a_title"),
]


@pytest.mark.parametrize("kind, text, coded", [*NO_EVENT, *EVENT])
def test_sense_of_the_sentence(nlp, kind, text, coded):
    """The sentence codes an event of `kind` (`coded`) or none."""
    types = kept_types(nlp, text, _DATE)
    assert (kind in [k for k, _ in types]) == coded, types
