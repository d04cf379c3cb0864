"""Round 85 date fixes (sentences of the dev day 2015-07-26): a lead sentence with no event word that names two days
gives the story the day of its own clause, not the day of a clause of another act opened by بعد أن or كما
(«تم إغلاق مدينة بومبي … صباح يوم الجمعة بعد أن كان قد تم إغلاق كولوسيوم روما … يوم الخميس» … «بينما التقت نقابات
العمال»: the unions met on Friday, not on the publication day nor on Thursday); and the acts the lead's next sentence
tells after a lead sentence with no event word take that sentence's day, whatever their class («في تمام الساعة
السابعة من مساء الجمعة … باشرت فرق الدفاع المدني بلاغاً عن سقوط مقذوف» «من جانبها ردت القوات المسلحة السعودية»)."""

from hadath.article import Article

_SUNDAY = "2015-07-26"
_FRIDAY = "2015-07-24"


def _events(nlp, text, word, published=_SUNDAY):
    """The events of `text` published on `published` whose trigger starts with `word`."""
    return [e for e in nlp(Article(text=text, id="t", published=published)).events if e.trigger.text.startswith(word)]


_TOURISTS = ("واضطر السائحون الراغبون في رؤية المدينة القديمة التي حفظت لفترة طويلة تحت الرماد البركاني أو المدرج "
             "حيث كان يتبارز المصارعون، وهما اثنان من أكثر المواقع الأثرية شعبية في إيطاليا الانتظار أمام الموقعين "
             "بينما التقت نقابات العمال لمناقشة النقص في عدد العاملين والمتأخرات المزعومة في المدفوعات.")


def test_lead_day_before_an_after_clause_dates_the_meeting(nlp):
    """«تم إغلاق مدينة بومبي … صباح يوم الجمعة بعد أن كان قد تم إغلاق كولوسيوم روما … يوم الخميس» … «بينما التقت
    نقابات العمال»: Friday, the main clause's day, dates the meeting."""
    text = ("تم إغلاق مدينة بومبي الأثرية أمام الجمهور صباح يوم الجمعة بعد أن كان قد تم إغلاق كولوسيوم روما "
            "(مدرج روما العملاق) مؤقتا يوم الخميس وسط خلاف بين وزارة الثقافة الإيطالية والعاملين.\n" + _TOURISTS)
    met = _events(nlp, text, "التقت")
    assert met and all(e.date == _FRIDAY for e in met)
    assert not any(e.date in (_SUNDAY, "2015-07-23") for e in met)


def test_lead_day_before_kama_dates_the_meeting(nlp):
    """«أغلقت مدينة بومبي … صباح يوم الجمعة كما أغلق كولوسيوم روما … مؤقتا يوم الخميس» … «بينما التقت نقابات
    العمال»: Friday dates the meeting, not the publication day."""
    text = ("أغلقت مدينة بومبي الأثرية أمام الجمهور صباح يوم الجمعة كما أغلق كولوسيوم روما (مدرج روما العملاق) "
            "مؤقتا يوم الخميس وسط خلاف بين وزارة الثقافة الإيطالية والعاملين.\n" + _TOURISTS)
    met = _events(nlp, text, "التقت")
    assert met and all(e.date == _FRIDAY for e in met)
    assert not any(e.date == _SUNDAY for e in met)


def test_wordless_lead_day_dates_the_next_sentence_attack(nlp):
    """«… أنه في تمام الساعة السابعة من مساء الجمعة 8/10/1436 باشرت فرق الدفاع المدني بلاغاً عن سقوط مقذوف …»
    «من جانبها ردت القوات المسلحة السعودية على مصدر النيران»: the return of fire was on Friday, not on Sunday."""
    text = ("صرح المتحدث الرسمي بمديرية الدفاع المدني بمنطقة جازان بالإنابة الرائد محمد بن حسن ال صمغان أنه في تمام "
            "الساعة السابعة من مساء الجمعة 8/10/1436 باشرت فرق الدفاع المدني بلاغاً عن سقوط مقذوف من داخل الأراضي "
            "اليمنية، في أرض زراعية بقرية القنبورة بمحافظة أحد المسارحة مما نتج عنه وفاة عامل يمني، وقد تم اتخاذ "
            "الإجراءات اللازمة حيال ذلك. من جانبها ردت القوات المسلحة السعودية على مصدر النيران وبقوة عبر طائرات "
            "الأباتشي والمدفعية في المواقع المحاذية للشريط الحدودي والتي يستخدمها الحوثيون لإطلاق قذائف الهاون "
            "والكاتوشيا صوب القرى ونقاط الحدود السعودية.")
    answered = _events(nlp, text, "ردت")
    assert answered and all(e.date == _FRIDAY for e in answered)
    assert not any(e.date == _SUNDAY for e in answered)
