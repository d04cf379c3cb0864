"""Round 107 (actors107): actors from the judged slice 2015-07-22 #0–399. The phrase in the verb's own preposition
(its tail word: «اعترض على»، «قبض على»), past one noun no lexicon reads, is that noun's genitive, whom the act
befell, never the subject; the owner in «على + noun + X» after a subject no phrase holds («وأثنى المتحدث على دور
X») is the recipient, never the actor; and a word of «some» or «all» with a definite noun, or an indefinite plural in
ـون, after a verb is its subject, so the phrase past them is its object («دعت بعض الأطراف الحكومة»); a sound
masculine plural before a feminine singular verb with its object pronoun is what the pronoun resumes («رصدت عشرة
إرهابيين … وقتلتهم»), never its subject."""

from stage_coding import kind_parties

_DATE = "2015-07-22"


def _roles(nlp, text, kind):
    """(actor texts, recipient texts) of each event of `kind` the whole pipeline keeps for `text`."""
    return [(actor, recipient) for _, _, actor, recipient in kind_parties(nlp, text, kind, _DATE)]


_OBJECTION = ("وبحسب ما أوضحته مصادر لـ«الشرق الأوسط» فإن الجانب الكويتي اعترض على تجديد السعودية لامتياز شيفرون "
              "واعتبر أن وجود الشركة الأميركية في الكويت غير قانوني ومنافٍ للدستور.")


def test_genitive_in_the_verbs_own_preposition_is_no_actor(nlp):
    """«فإن الجانب الكويتي اعترض على تجديد السعودية» (2015-07-22 #2.2): Kuwait objects, to the Saudi renewal;
    Saudi Arabia, in the genitive of the noun «على» governs, is whom the objection is about, not who objects."""
    roles = _roles(nlp, _OBJECTION, "REJECT")
    assert roles and all("السعودية" not in actor for actor, _ in roles), roles
    assert any("الجانب الكويتي" in actor for actor, _ in roles), roles
    assert any("السعودية" in recipient for _, recipient in roles), roles


_ARREST = ("ولذلك يمكن القول بأن الدولة التركية التي قبضت على إخواننا المهاجرين واعتقلت إخواننا من المواطنين "
           "الأتراك وسعت أخيرا لفرض قيود علينا في حرية الإعلام، أظهرت عداءها تجاه المسلمين الموحدين.")


def test_apposition_in_the_arrest_verbs_preposition_is_the_arrested(nlp):
    """«الدولة التركية التي قبضت على إخواننا المهاجرين» (2015-07-22 #4.9): the migrants were arrested, by the Turkish
    state before the relative pronoun; they arrested no one."""
    roles = [r for r in _roles(nlp, _ARREST, "COERCE") if "المهاجرين" in r[0] + r[1]]
    assert roles and all("المهاجرين" not in actor for actor, _ in roles), roles
    assert any("الدولة التركية" in actor for actor, _ in roles), roles


_PRAISE = ("وأثنى المتحدث على دور طيران التحالف العربي الذي كان له «أثر بالغ» على المقاومين، بجهود أبناء يافع "
           "والضالع لمساندتهم ومشاركتهم لجبهة العند قتالها.")


def test_owner_after_ala_past_an_unnamed_subject_is_the_recipient(nlp):
    """«وأثنى المتحدث على دور طيران التحالف» (2015-07-22 #26.3): the spokesman praises the coalition's air force; the
    air force is praised, no praiser."""
    roles = _roles(nlp, _PRAISE, "SUPPORT")
    assert roles and all("طيران التحالف" not in actor for actor, _ in roles), roles
    assert any("طيران التحالف" in recipient for _, recipient in roles), roles


_SOME = ("وفيما دعت بعض الأطراف الحكومة الإسرائيلية إلى بدء التكيف مع الواقع الجديد الذي خلقه الاتفاق، قالت نائبة "
         "وزير الخارجية الإسرائيلي تسيبي حوتوفلي، أمس (الثلاثاء)، إنه سيتم الإبقاء على هذه المعارضة للاتفاق.")


def test_some_parties_are_the_subject_the_government_the_one_called_on(nlp):
    """«دعت بعض الأطراف الحكومة الإسرائيلية إلى» (2015-07-22 #32.14): some parties call on the Israeli government;
    the government calls on no one."""
    roles = [r for r in _roles(nlp, _SOME, "REQUEST") if "الحكومة الإسرائيلية" in r[0] + r[1]]
    assert roles and all("الحكومة الإسرائيلية" not in actor for actor, _ in roles), roles


def test_indefinite_nominative_plural_is_the_subject(nlp):
    """«وحث قياديون الحكومة على العودة» (the shape of 2015-07-22 #34.1): «قياديون», nominative, is the subject; the
    government is urged, it urges no one."""
    roles = _roles(nlp, "وحث قياديون الحكومة على العودة إلى تطبيق الآلية.", "REQUEST")
    assert roles and all("الحكومة" not in actor for actor, _ in roles), roles


_KILLED = "وأضاف البيان أن قوات الشرطة رصدت أيضًا عشرة إرهابيين على سيارتين وقتلتهم جميعًا في المنطقة المذكورة."


def test_masculine_plural_before_a_feminine_verb_with_its_pronoun_is_the_object(nlp):
    """«رصدت عشرة إرهابيين … وقتلتهم» (2015-07-22 #146.5): a sound masculine plural is no subject of a feminine
    singular verb; the pronoun resumes the terrorists, who were killed and killed no one."""
    roles = _roles(nlp, _KILLED, "ASSAULT")
    assert roles and all("إرهابيين" not in actor for actor, _ in roles), roles
    assert any("إرهابيين" in recipient for _, recipient in roles), roles
