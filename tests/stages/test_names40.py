"""names40: a person the lexicons lack, named once in full, named again by the family name alone (mentions.py
`_by_unknown_name`): that person, with the code and sector of the title phrase before the full name."""

from __future__ import annotations


def _events(coder, text):
    art = coder(text, published="2015-08-04")
    return art, [(e.event, e.trigger.text, [(x.text, x.code, x.sector) for x in e.actor],
                  [(x.text, x.code, x.sector) for x in e.recipient]) for e in art.events]


def _mentions(art, word):
    return [m for m in art.mentions if m.kind == "actor" and m.text.endswith(word)]


def test_family_name_after_verb_is_the_titled_person(coder):
    text = ("تسربت رسالة من وزير النفط الكويتي علي العمير إلى نظيره السعودي علي النعيمي. "
            "ووفق النسخة المسربة طلب العمير من النعيمي اتخاذ ما يلزم لوقف هذا الإجراء.")
    _, evs = _events(coder, text)
    req = [e for e in evs if e[0] == "REQUEST"]
    assert req and req[0][2] == [("العمير", "KWT", "GOV")]
    assert req[0][3] and req[0][3][0][:2] == ("النعيمي", "SAU")


def test_family_name_in_the_same_sentence(coder):
    text = ("أكد القاص والناقد علي الشدوي عضو الجمعية العمومية لنادي جدة الأدبي ان الكتابة لا تنبثق من العدم، "
            "واهاب الشدوي بالشباب على ضرورة القراءة الدائمة.")
    _, evs = _events(coder, text)
    assert any(e[0] == "REQUEST" and e[2] and e[2][0][0] == "الشدوي" for e in evs)


def test_title_and_family_name_take_the_body_of_the_title_phrase(coder):
    text = ("استقبل المشرف العام على مركز الملك سلمان للإغاثة والأعمال الإنسانية الدكتور عبدالله بن عبدالعزيز "
            "الربيعة بمقر المركز في الرياض أمس، مدير إقليم شرق المتوسط لمنظمة الصحة العالمية الدكتور علاء العلوان. "
            "واستعرض الدكتور الربيعة مع العلوان الموضوعات المتعلقة بآلية إيصال المعونات للإخوة اليمنيين.")
    art, _ = _events(coder, text)
    rab = [m for m in _mentions(art, "الربيعة") if m.sentence == 1]
    alw = [m for m in _mentions(art, "العلوان") if m.sentence == 1]
    assert rab and (rab[0].get("code"), rab[0].get("sector")) == ("SAU", "GOV")
    assert alw and alw[0].get("code") == "IGO"


def test_common_word_given_name_is_no_name(coder):
    text = ("استمعت اللجنة لشكوى مالك المبنى ومطالباته. وأشار إلى أن مالك المبنى لم يقم بصيانة المبنى لمدة سنتين، "
            "وطالب المبنى بالتعويض.")
    art, _ = _events(coder, text)
    assert not _mentions(art, "المبنى")


def test_name_of_a_place_after_a_title_is_no_person(coder):
    text = ("أطلقت مدينة الملك فهد الطبية برنامجا جديدا. وأعلنت المصادر الطبية أن الوزارة طالبت بالتوسع.")
    art, _ = _events(coder, text)
    assert not _mentions(art, "الطبية")


def test_title_before_family_name_is_of_its_phrase(coder):
    text = ("أكد عضو البرلمان العربي الدكتور محمد اليامي أن الوضع في اليمن صعب. "
            "وطالب الدكتور اليامي في بيان اليوم الهيئات الدولية بتكثيف جهودها في اليمن.")
    _, evs = _events(coder, text)
    req = [e for e in evs if e[0] == "REQUEST"]
    assert req and req[0][2] and req[0][2][0][0] == "الدكتور اليامي"
    assert not any(r[0].endswith("اليامي") for r in req[0][3])


def test_full_name_after_a_title_may_be_followed_by_the_object(coder):
    text = ("دعا المدير العام للعلاقات الخارجية في وزارة الشؤون الإسلامية الشيخ عبدالمجيد العمري البرلمانيين إلى تبني "
            "مشروع قرار. ودعا العمري إلى تبني مشروع قرار في البرلمان الأوربي.")
    _, evs = _events(coder, text)
    req = [e for e in evs if e[0] == "REQUEST"]
    assert len(req) == 2 and req[1][2] and req[1][2][0][0] == "العمري"
