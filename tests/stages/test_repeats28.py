"""Repeats, round 28: the same act coded again, read on the parties and words that kept it apart."""


PUBLISHED = "2015-07-22"


def test_the_victims_told_again_with_their_country(kept_assaults):
    text = ("أعلنت القوات الأمريكية في أفغانستان امس الثلاثاء أنها مسؤولة عن الهجوم الجوي على نقطة تفتيش أفغانية، "
            "مما أسفر عن مقتل سبعة جنود الاثنين. وقال الجيش الأمريكي في بيان \"نعرب عن أسفنا العميق لمقتل جنود "
            "أفغان\".")
    assert [e.sentence for e in kept_assaults(text)].count(1) == 0


def test_victims_of_another_sector_with_a_country_stay(kept_assaults):
    text = ("قتل سبعة جنود في هجوم على نقطة تفتيش في إقليم لوجار أمس. وقال الجيش في بيان \"نعرب عن أسفنا العميق "
            "لمقتل مدنيين أفغان\".")
    assert 1 in [e.sentence for e in kept_assaults(text)]


def test_a_claim_of_the_act_in_construct_with_a_definite_noun(kept_assaults):
    text = ("وخطفت جبهة النصرة ثمانية عناصر من الفرقة 30 مساء الاربعاء قرب مدينة اعزاز في ريف حلب الشمالي. وتبنت جبهة "
            "النصرة خطف العناصر من \"الفرقة 30\" متهمة اياهم بانهم \"وكلاء لتمرير مشاريع ومصالح اميركا في المنطقة\".")
    assert [e.sentence for e in kept_assaults(text, "2015-08-03")] == [0]


def test_a_claim_of_an_indefinite_act_stays(kept_assaults):
    text = ("وخطفت جبهة النصرة ثمانية عناصر من الفرقة 30 مساء الاربعاء قرب مدينة اعزاز في ريف حلب الشمالي. وتبنت جبهة "
            "النصرة خطف صحفيين في ادلب.")
    assert 1 in [e.sentence for e in kept_assaults(text, "2015-08-03")]


def test_the_victims_listed_among_the_dead(kept_assaults):
    text = ("لقي ما لا يقل عن 15 شخصا مصرعهم وأصيب 38 آخرون اليوم عندما فجر انتحاري نفسه في سوق مزدحمة بشمال "
            "أفغانستان. وأبان أن من بين القتلى نساء وأطفال وجندي أفغاني واحد على الأقل.")
    assert [e.sentence for e in kept_assaults(text)].count(1) == 0



def test_a_frame_located_in_a_wide_region_tells_the_meeting_again(nlp):
    text = ("وكان الشيخ تميم بن حمد آل ثاني استقبل في الدوحة جون كيري وزير خارجية الولايات المتحدة الأميركية والوفد "
            "المرافق له في وقت سابق من اليوم. فيما أعرب الأمير خلال اللقاء عن أمله بأن تكون منطقة الشرق الأوسط منطقة "
            "خالية من أسلحة الدمار الشامل.")
    evs = [e for e in nlp(text, published="2015-08-03").events if e.event == "CONSULT"]
    assert [e.sentence for e in evs] == [0]


def test_two_towns_still_part_two_meetings(nlp):
    text = ("استقبل الشيخ تميم بن حمد آل ثاني في الدوحة اليوم جون كيري وزير خارجية الولايات المتحدة الأميركية. "
            "وفي الرياض، جرى خلال اللقاء بحث العلاقات الثنائية.")
    evs = [e for e in nlp(text, published="2015-08-03").events if e.event == "CONSULT"]
    assert 1 in [e.sentence for e in evs]


def test_the_sentence_that_dated_the_act_tells_it_again_by_a_word_of_its_code(kept_assaults):
    text = ("لقي ستة من مقاتلي المعارضة السورية على الأقل مصرعهم في اشتباكات في مدينة الزبداني، وذلك فيما أطلقت فصائل "
            "المعارضة أكثر من 300 قذيفة على قرى تسكنها أغلبية شيعية في إدلب وحلب. وأدى سقوط مئات القذائف على مناطق في "
            "بلدتي الفوعة وكفريا بإدلب منذ الاثنين، إلى مقتل سبعة أشخاص على الأقل، حسب المرصد.")
    evs = kept_assaults(text, "2015-07-21")
    assert "القذائف" not in [e.trigger.text for e in evs]


def test_other_men_told_with_their_country_after_the_accused_stay(nlp):
    text = ("وتم العثور على ربع مليون حبة مخدرة مخبأة داخل مركبته، وتم توقيف المتهمين. وتابع المركز الإعلامي: «فريق "
            "التحقيق تابع البحث عن المتورطين وتمكّن من إلقاء القبض على ثلاثة أردنيين متهمين بتسليم المواد المخدرة».")
    evs = [e for e in nlp(text, published="2015-08-06").events if e.event == "COERCE"]
    assert 1 in [e.sentence for e in evs]
