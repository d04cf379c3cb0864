"""Round 99 (nonevents99): non-events and wrong senses left by round 98 on the judged dev slice 2015-07-31 #0–479:
a visiting president's praise of his host (kept), a decree that targets a bank (SANCTION, no attack), a step
welcomed (SUPPORT, no meeting), an illness caught and people trapped in a car (no assault, no detention), a name
joined by a hyphen and a poet's given name read as verbs, a topic of talks in a text of two sentences, a quality
compared («أكثر تعاونا») and two matters that «came together» (no meeting)."""

_DATE = "2015-07-31"


def _types(nlp, text):
    """(event type, trigger) of the events the whole pipeline codes for `text`."""
    return [(e.event, e.trigger.text) for e in nlp(text, published=_DATE).events]


def _kinds(nlp, text):
    """The event types the whole pipeline codes for `text`."""
    return [kind for kind, _ in _types(nlp, text)]


def test_praise_of_the_host_abroad_stays(nlp):
    """«ووجه الرئيس الأميركي في كينيا رسالة مشابهة، إذ أشاد بالإمكانات الاقتصادية للبلاد» (#409): the US president
    in Kenya praises his host, no courtesy at home (the story's home is the US)."""
    text = ("اختتم الرئيس الأميركي باراك أوباما زيارته إلى إثيوبيا أمس. "
            "وقال أوباما إن الولايات المتحدة تقف بجانب أفريقيا. "
            "وأكد البيت الأبيض أن واشنطن ستواصل دعمها للقارة. "
            "ووجه الرئيس الأميركي في كينيا رسالة مشابهة، إذ أشاد بالإمكانات الاقتصادية للبلاد.")
    assert ("SUPPORT", "أشاد") in _types(nlp, text), _types(nlp, text)


def test_decree_targeting_a_bank_is_a_sanction(nlp):
    """«واستهدف الأمر الجمهوري البنك المركزي الإيراني» (#399): a decree's target, SANCTION, no attack."""
    kinds = _kinds(nlp, "واستهدف الأمر الجمهوري البنك المركزي الإيراني.")
    assert "ASSAULT" not in kinds and "SANCTION" in kinds, kinds
    assert "ASSAULT" in _kinds(nlp, "واستهدف الطيران مواقع الحوثيين في صعدة."), "an air strike stays"


def test_step_received_is_a_welcome(nlp):
    """«واستقبل سكان قندهار هذه الخطوة في بدايتها» (#405): a step welcomed, SUPPORT, no meeting."""
    kinds = _kinds(nlp, "واستقبل سكان قندهار هذه الخطوة في بدايتها واعتبروها مبادرة ستوحد أفغانستان.")
    assert "CONSULT" not in kinds and "SUPPORT" in kinds, kinds
    assert "CONSULT" in _kinds(nlp, "واستقبل الرئيس المصري وزير الخارجية الفرنسي في القاهرة."), "a guest received"


def test_illness_caught_is_no_assault(nlp):
    """«ثم أصيب بإسهال» (#240): an illness, no wound."""
    assert "ASSAULT" not in _kinds(nlp, "أخذ الطفل ينزف ليوم كامل بعد العملية ثم أصيب بإسهال."), "an illness"


def test_people_trapped_in_a_car_are_no_detention(nlp):
    """«واحتجازهم داخل المركبة … لفك الاحتجاز» (#71): people stuck after a crash and freed by civil defence."""
    text = ("أنقذت العناية الإلهية مواطنًا ومواطنة بعد ارتطام مركبتهما بعمود كهرباء على طريق مطار عرعر "
            "واحتجازهم داخل المركبة مما استدعى تدخل رجال الدفاع المدني لفك الاحتجاز.")
    assert "COERCE" not in _kinds(nlp, text), _types(nlp, text)


def test_hyphenated_name_is_no_trigger(nlp):
    """«وكان دان-مالام بعد ظهر الاثنين موجودا في منزله» (#261): دان in a compound name, no condemnation."""
    text = "وكان دان-مالام بعد ظهر الاثنين موجودا في منزله في دورون باغا عندما رأى المسلحين يصلون."
    assert "ACCUSE" not in _kinds(nlp, text), _types(nlp, text)


def test_poets_given_name_is_no_request(nlp):
    """«صدر للشاعر العراقي طالب عبد العزيز كتاب جديد» (#428): طالب the poet's name, no demand."""
    text = "عن المؤسسة العربية للدراسات والنشر، صدر للشاعر العراقي طالب عبد العزيز كتاب جديد بعنوان «قبل خراب البصرة»."
    assert "REQUEST" not in _kinds(nlp, text), _types(nlp, text)
    assert "REQUEST" in _kinds(nlp, "وفي كلمة للرئيس العراقي طالب فيها الحكومة بالإصلاح."), "a clause after the title"


def test_topic_of_talks_in_two_sentences_is_no_cooperation(nlp):
    """«لبحث العلاقات وأوجه التعاون بين البلدين» (#362): a topic of the meeting, no cooperation, in a text of two
    sentences too."""
    text = ("أعلن الديوان الملكي السعودي أن الأمير محمد بن سلمان سيقوم اليوم بزيارة عمل رسمية إلى جمهورية مصر العربية. "
            "ويلتقي ولي ولي العهد السعودي خلال الزيارة الرئيس المصري عبد الفتاح السيسي، لبحث العلاقات وأوجه "
            "التعاون بين البلدين.")
    assert "COOPERATE" not in _kinds(nlp, text), _types(nlp, text)


def test_quality_compared_is_no_cooperation(nlp):
    """«للترويج لإطار عمل أكثر تعاونا يشمل إيران» (#363): a more cooperative framework, no act, in a story."""
    text = ("زارت موغيريني طهران أول من أمس. وحذر قرقاش من سياسات إيران في المنطقة. "
            "وقالت موغيريني إن دول الاتحاد الأوروبي فوضوها لاستكشاف سبل يمكن للاتحاد من خلالها الترويج لإطار عمل أكثر "
            "تعاونا يشمل إيران بعد الاتفاق النووي.")
    assert "COOPERATE" not in _kinds(nlp, text), _types(nlp, text)


def test_matters_that_came_together_are_no_meeting(nlp):
    """«هذان الأمران اجتمعا في الصفقة الأميركية - التركية الأخيرة» (#323): two things combined, no meeting."""
    text = "هذان الأمران اجتمعا في الصفقة الأميركية - التركية الأخيرة، التي جعلت أنقرة تشارك لأول مرة في الحرب."
    assert "CONSULT" not in _kinds(nlp, text), _types(nlp, text)
