"""Round 49 date fixes: a murder told with «أقدم … على» in an execution notice, «هي الأولى … منذ أن» (how long since)."""

from hadath.article import Article


def _events(nlp, text, published="2015-08-02"):
    return nlp(Article(text=text, id="t", published=published)).events


_NOTICE = ("أقدم ساير بن لافي الرشيدي -سعودي الجنسية- على قتل محمد ولافي ابني عبدي المظيبري وذلك بإطلاق النار عليهما "
           "إثر خلاف حصل بينهم. وبفضل من الله تمكنت سلطات الأمن من القبض على الجاني المذكور، وأسفر التحقيق معه عن "
           "توجيه الاتهام إليه بارتكاب جريمته، والحكم عليه بالقتل قصاصاً. وقد تم تنفيذ حكم القتل قصاصاً بالجاني "
           "يوم الخميس بمحافظة حفر الباطن.")


def test_murder_judged_later_is_before_publication(nlp):
    """The murder a later sentence's verdict judged was done before the notice, not on the execution's day."""
    murders = [e for e in _events(nlp, _NOTICE, "2015-07-24") if e.event == "ASSAULT" and e.trigger.text == "قتل"
               and e.sentence == 0]
    assert murders
    assert murders[0].date is None and murders[0].enddate == "2015-07-24"
    assert murders[0].date_source == "before_published"


def test_dared_without_verdict_keeps_story_day(nlp):
    """No verdict in the story: «أقدم مسلح على قتل» is news of the story's own day."""
    text = ("أقدم مسلح أمس الخميس على قتل ثلاثة أشخاص في سوق شعبي بمدينة الرمادي. وقالت الشرطة إن المسلح فر من "
            "المكان.")
    murders = [e for e in _events(nlp, text, "2015-07-24") if e.event == "ASSAULT" and e.trigger.text == "قتل"]
    assert murders and murders[0].date == "2015-07-23"


def test_first_visit_since_keeps_its_own_day(nlp):
    """«زيارة هي الأولى … منذ أن غادرها في نهاية مارس»: the visit is of «أمس السبت», not of March."""
    text = ("علق سياسيون يمنيون على عودة خالد بحاح نائب الرئيس اليمني إلى عدن أمس السبت برفقة ستة من أعضاء "
            "حكومته، في زيارة هي الأولى لبحاح إلى اليمن منذ أن غادرها في نهاية مارس الماضي.")
    visits = [e for e in _events(nlp, text) if e.trigger.text == "زيارة"]
    assert visits and visits[0].date == "2015-08-01" and not visits[0].enddate


def test_first_visit_since_taking_office(nlp):
    """«زيارة هي الأولى له منذ أن تولى الحكم في يونيو الماضي»: the visit is of «أمس», not of June."""
    text = ("وصل الرئيس إلى القاهرة أمس، في زيارة هي الأولى له منذ أن تولى الحكم في يونيو الماضي.")
    visits = [e for e in _events(nlp, text) if e.trigger.text == "زيارة"]
    assert visits and visits[0].date == "2015-08-01"
