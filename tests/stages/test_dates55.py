"""Round 55 date fixes: an act answered («استجابة لطلب الرئيس») or told after بعد («بعد توقيع الاتفاق») came before
the day of its sentence, a deadline («إلى نهاية شهر شوال الجاري») is not the day of the call that sets it, and the
day of a relative clause of كان («زيارته الأخيرة التي كانت بتاريخ 2 / 4 / 1436هـ») does not date the acts told after
it."""

from hadath.article import Article


def _events(nlp, text, published, word):
    """The events of `text` published on `published` whose trigger is `word`."""
    return [e for e in nlp(Article(text=text, id="t", published=published)).events if e.trigger.text == word]


def test_request_answered_is_before_publication(nlp):
    """«في ظل عملية إعادة الأمل، التي تأتي استجابة لطلب الرئيس عبدربه منصور هادي»: Hadi's request (made in March) is
    dated before the publication day, not on it."""
    text = ("وقال إن الملك سلمان أشعرنا باهتمامه البالغ حفظه الله، في ظل عملية إعادة الأمل، التي تأتي استجابة "
            "لطلب الرئيس عبدربه منصور هادي ممثل السلطة الشرعية في اليمن.")
    requests = _events(nlp, text, "2015-07-24", "طلب")
    assert requests
    assert all(e.date is None and e.enddate == "2015-07-24" and e.date_source == "before_published"
               for e in requests)


def test_act_after_baad_is_before_its_sentence_day(nlp):
    """«أبدت الولايات المتحدة اليوم الثلاثاء … العداء … بعد توقيع الاتفاق النووي»: the signing (14 July) came before
    Tuesday 21 July; it is not dated that Tuesday."""
    text = ("أبدت الولايات المتحدة اليوم الثلاثاء إنها منزعجة للغاية من العداء الذي أبداه الزعيم الأعلى الإيراني "
            "لها بعد توقيع الاتفاق النووي وفيما سعى وزيرا خارجية البلدين لتهدئة المعارضة للاتفاق.")
    signings = [e for e in nlp(Article(text=text, id="t", published="2015-07-24")).events
                if e.trigger.text.startswith("توقيع")]
    assert signings
    assert all(e.date != "2015-07-21" and e.enddate == "2015-07-21" for e in signings)


def test_deadline_is_no_day_of_the_call(nlp):
    """«ودعت جميع اليمنيين … والاستفادة من المهلة التي تم تمديدها إلى نهاية شهر شوال الجاري»: the call is the
    story's, not dated by the month of Shawwal its deadline ends."""
    text = ("أعلنت المديرية العامة للجوازات تمديد مهلة تصحيح أوضاع اليمنيين. ودعت جميع اليمنيين ممن تنطبق عليهم "
            "شروط الحصول على هوية زائر إلى مراجعة المراكز المخصصة لاستيفاء متطلبات التصحيح، والاستفادة من المهلة "
            "التي تم تمديدها إلى نهاية شهر شوال الجاري.")
    calls = _events(nlp, text, "2015-07-24", "دعت")
    assert calls
    assert all(e.date == "2015-07-24" and e.enddate is None for e in calls)


def test_relative_clause_of_kana_keeps_its_day(nlp):
    """«منذ زيارته الأخيرة للمشروع التي كانت بتاريخ 2 / 4 / 1436هـ ونتيجة لذلك وجه إنذاراً أخيرا»: the hijri day is
    the last visit's; the warning given on this tour is not dated 22 January."""
    text = ("وواصل معاليه جولته على مشروع ازدواج المحول حيث لاحظ تأخر المقاولين في تنفيذ أجزاء من الطريق وعدم وجود "
            "أي تقدم في مواقع أخرى منذ زيارته الأخيرة للمشروع التي كانت بتاريخ 2 / 4 / 1436هـ ونتيجة لذلك وجه "
            "إنذاراً أخيرا لاثنين من مقاولي المشروع للعمل على تلافي التأخير، وحث المقاول الآخر على تكثيف العمل.")
    events = nlp(Article(text=text, id="t", published="2015-07-24")).events
    told = [e for e in events if e.trigger.text in ("وجه إنذاراً", "حث")]
    assert told
    assert all(e.date != "2015-01-22" for e in told)
