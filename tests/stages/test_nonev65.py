"""Events coded where nothing happened (round 65): an opinion column's general talk of war, dated by the page alone and
placed in no town, is no act (a killing it places in a town stays); a guest's thanks to a ruler for his service of
Islam is courtesy; a short plain report whose noun of an act a past light verb carries («شن طيران التحالف غارات على
صنعاء.») is kept though the report models score it low; a film's plot in a story of the arts is no assault."""

COLUMN_URL = "http://www.alwatan.com.sa/Articles/Detail.aspx?ArticleId=27110"
COLUMN = ("لم يكن رمضان هذه المرة ذلك الشهر السعيد. عدد من الجنود استشهدوا في الحرب. الكويت وتونس ومصر وفرنسا واجهت "
          "عمليات قتل وتفجير نفذها \"داعش\" حصدت أرواحا بالجملة. في العشر الأواخر أقدم مجرم متطرف على قتل والده في "
          "خميس مشيط. عاد عيدكم.")

THANKS = ("استقبل الأمين العام لرابطة العالم الإسلامي الدكتور عبدالله بن عبدالمحسن التركي أمس مدير الجامعة الإسلامية "
          "بجاكرتا البروفيسور ويدي روسادا أحمد. وجرى خلال اللقاء بحث أوجه التعاون بين الرابطة والجامعة الإسلامية "
          "بجاكرتا. وأعرب البروفيسور ويدي أحمد عن شكره وتقديره لخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، على "
          "جهوده العظيمة في خدمة الإسلام وقضاياه في كل مكان في العالم، كما أثنى على الجهود الإسلامية والدعوية "
          "والثقافية التي تقوم بها رابطة العالم الإسلامي.")


def _triggers(article, etype):
    """The trigger texts of the article's events of type `etype`."""
    return [e.trigger.text for e in article.events if e.event == etype]


def test_a_columns_general_toll_is_no_act(nlp):
    """«عدد من الجنود استشهدوا في الحرب» and «واجهت عمليات قتل» of a column go; the killing in Khamis Mushait stays."""
    art = nlp(COLUMN, published="2015-07-24", url=COLUMN_URL)
    assigned = [(e.trigger.text, e.sentence_text[:10]) for e in art.events if e.event == "ASSAULT"]
    assert "استشهدوا" not in [t for t, _ in assigned]
    assert not any(s.startswith("الكويت") for _, s in assigned)
    assert any(t == "قتل" and s.startswith("في العشر") for t, s in assigned)
    news = nlp(COLUMN, published="2015-07-24", url="http://www.alwatan.com.sa/Local/News_Detail.aspx?ArticleID=1")
    assert "استشهدوا" in _triggers(news, "ASSAULT")  # the page's section, not the sentences, makes the column


def test_thanks_for_the_service_of_islam_is_courtesy(nlp):
    """A guest's thanks to the King «على جهوده في خدمة الإسلام» and praise of «الجهود الإسلامية والدعوية» are no support;
    thanks for the King's support of Yemen's people names no religious service and stays."""
    assert _triggers(nlp(THANKS, published="2015-07-24"), "SUPPORT") == []
    art = nlp("وأعرب الرئيس اليمني عبدربه منصور هادي عن شكره وتقديره لخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز "
              "على دعمه للشعب اليمني.", published="2015-07-24")
    assert "أعرب" in _triggers(art, "SUPPORT")


def test_a_short_report_of_strikes_by_a_light_verb_stays(nlp):
    """«شن طيران التحالف غارات على صنعاء.»: the coalition's strikes on Sanaa, with or without و; the present «يشن»
    is left to the models."""
    for text in ("شن طيران التحالف غارات على صنعاء.", "وشن طيران التحالف غارات على صنعاء."):
        evs = [e for e in nlp(text, published="2015-07-24").events if e.event == "ASSAULT"]
        assert evs and evs[0].actor[0].code == "INT" and "YEM" in [r.code for r in evs[0].recipient]
    # «يشن …» tells a practice, not one raid: no past light verb keeps it
    assert _triggers(nlp("يشن طيران التحالف غارات على صنعاء.", published="2015-07-24"), "ASSAULT") == []


def test_a_films_plot_is_no_act(nlp):
    """In a story of the arts, «وبعد قتال ملحمي ينتصر البطل» tells a film's plot; a shooting in a cinema of a named
    town, dated by its own time word, stays."""
    plot = ("يقدم الفيلم الجديد قصة بطل بسيط. يقف على قدميه، يعود، يستغرب الشرير جرأته، وبعد قتال ملحمي ينتصر البطل "
            "ويموت الشرير. وقد أحب جمهور السينما هذا الفيلم ومشاهده.")
    art = nlp(plot, published="2015-07-24", title="فيلم ستشاهده طيلة عمرك")
    assert art.topic == "arts" and _triggers(art, "ASSAULT") == []
    shooting = ("قالت الشرطة الأمريكية إن مسلحا فتح النار داخل صالة سينما مكتظة بالجمهور في لافايت بولاية لويزيانا مساء "
                "الخميس فقتل شخصين. وبدأ إطلاق النار أثناء عرض مسائي لفيلم. وقال شهود إن المسلح وقف وسط الظلام بعد "
                "عشرين دقيقة من بدء الفيلم.")
    assert _triggers(nlp(shooting, published="2015-07-24", title="مسلح يفتح النار في سينما"), "ASSAULT")
