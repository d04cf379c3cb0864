"""Round 73 (speech73): the speaker of a statement is the actor of a verb of speech that goes on what the speaker
says in the first person after a comma («وأضاف: إنني أخاطب …، وأدعو»), and not of one whose clause has another
subject inside what is said («إن جميع دول التحالف تدرك …، وتؤيد»)."""

from tests.stages.stage_coding import kind_parties

BAHRAIN = ("وأكد وزير الداخلية البحريني الفريق الركن الشيخ راشد بن عبدالله آل خليفة أن التدخلات الإيرانية مرفوضة. "
           "وأضاف: \"إنني أخاطب كل من في قلبه حب وإخلاص وولاء للبحرين، وأدعو إلى استنكار ورد وطني مخلص تجاه هذه "
           "التدخلات الإيرانية الخطرة بشأن الأمن البحريني\".")

COALITION = ("وقال وزير الخارجية عادل الجبير: إن جميع دول التحالف تدرك أن الحل في اليمن سياسي، وتؤيد أي جهود رامية "
             "لإقناع الأطراف المختلفة بقبول الأسس التي يجب أن يكون عليها الحل السياسي بقبول تطبيق قرار مجلس الأمن.")


def test_first_person_call_is_the_speakers(nlp):
    """«وأدعو» after «إنني أخاطب …،» is the Bahraini minister's call (2015-07-24 #1345): the call has him as actor;
    and «إن جميع دول التحالف تدرك …، وتؤيد» (2015-07-24 #1755): the support is not al-Jubeir's own act."""
    calls = [p for p in kind_parties(nlp, BAHRAIN, "REQUEST", "2015-07-24") if p[1] == "أدعو"]
    assert calls and calls[0][2], calls
    assert any("وزير الداخلية" in a or "راشد" in a for a in calls[0][2]), calls

    found = [p for p in kind_parties(nlp, COALITION, "SUPPORT", "2015-07-23") if p[1] == "تؤيد"]
    assert not any("الجبير" in a for p in found for a in p[2]), found


CORKER = ("واجه الاتفاق النووي مع ايران جملة من الانتقادات العنيفة داخل أروقة لجنة الشئون الخارجية بالكونغرس "
          "الأمريكي حيث شن السيناتور بوب كوركر هجوما عنيفا عليه وشكك بنوايا إيران حول الاتفاق النووي . وقال كوركر أن إيران بلد ينتهك حقوق الإنسان ، وأتهم وزير "
          "الخارجية جون كيري بالفشل في التفاوض معها.")


def test_masculine_charge_after_country_is_the_speakers(nlp):
    """«وقال كوركر أن إيران بلد …، وأتهم وزير الخارجية جون كيري» (2015-07-23 #993): Corker accuses Kerry, Iran
    does not."""
    found = [p for p in kind_parties(nlp, CORKER, "ACCUSE", "2015-07-23") if p[1] == "أتهم"]
    assert found and any("كوركر" in a for a in found[0][2]), found
    assert not any("إيران" in a for p in found for a in p[2]), found
