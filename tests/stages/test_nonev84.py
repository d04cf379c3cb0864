"""Round 84: trigger words in another sense, stopped by triggers.tsv rows (data only).

The noun «piety» paired after a virtue (حبل التوحيد والتقى) meets no one; «they disdain even to mention» (يعفون
حتى عن ذكر أسمائهم) pardons nothing; «even if that required» (حتى لو تطلب ذلك) requests nothing; brisk market
demand (شهدت طلبا كبيرا على العملات) is no request; a danger that looms over families (ويداهمها خطر الموت) is no
raid. Each test pairs the blocked sentence (must not code) with a real event of the same word (must still code,
with its actor), from the dev days (2015-07-23..26, 2015-08-03) where one exists. Checked on the coder without the
report filter.
"""


def coded(coder, text, event):
    """The events of type `event` the coder gives for `text`."""
    return [e for e in coder(text, published="2015-07-26").events if e.event == event]


def actors(events):
    """The actor texts of the events."""
    return [a.text for e in events for a in e.actor]


def test_piety_after_a_virtue_meets_no_one(coder):
    """«حبل التوحيد والتقى» is piety, no CONSULT; «التقى وزير الخارجية القطري … آن باترسون» still meets."""
    blocked = ("وهو العالم الصادق، المجاهد الصابر في سبيل ربه، الداعي الصادع بكلمات الله، القائم لله، لتجديد ما اندرس"
               " من معالم الهدى، وما رسَّ من حبل التوحيد والتقى».")
    assert not coded(coder, blocked, "CONSULT")
    kept = ("ويوم أمس، التقى وزير الخارجية القطري خالد بن محمد العطية، في الدوحة، مساعدة وزير الخارجية الأميركي لشؤون"
            " الشرق الأدنى آن باترسون، التي استبقت وصول كيري إلى الدوحة.")
    assert any("القطري" in a for a in actors(coded(coder, kept, "CONSULT")))


def test_disdain_to_mention_is_no_pardon(coder):
    """«ويعفون حتى عن ذكر أسمائهم» pardons nothing; «عفا الرئيس عن ثلاثين معتقلا» still is a pardon."""
    blocked = ("للعراق تاريخ سياسيّ حافل، وبعضهم الآخر فاسدون وخونة وعملاء يحتقرهم العراقيون ويعفون حتى عن ذكر"
               " أسمائهم، وإن ذُكرت فاللعنات تصاحب اللفظ.")
    assert not coded(coder, blocked, "CONCEDE")
    kept = "وعفا الرئيس المصري عبد الفتاح السيسي أمس عن مئة معتقل سياسي."
    assert any("السيسي" in a for a in actors(coded(coder, kept, "CONCEDE")))


def test_if_that_required_requests_nothing(coder):
    """«وحتى لو تطلب ذلك نبذ الليبرالية الجديدة» is «required», no REQUEST; «طلبت إريتريا … من الأمم المتحدة» and
    «وطلب ذلك المسؤول من الحكومة» are requests."""
    blocked = ("وحتى لو تطلب ذلك نبذ الليبرالية الجديدة وتطبيقاتها المتوحشة ومعالجة نتائجها الكارثية، التي عبرت"
               " عنها الريغانية في الولايات المتحدة.")
    assert not coded(coder, blocked, "REQUEST")
    kept = ("طلبت إريتريا اليوم (السبت)، من الأمم المتحدة، التحقيق في تهريب البشر باتجاه أوروبا، في إشارة إلى تدفق"
            " اللاجئين من هذا البلد.")
    assert "إريتريا" in actors(coded(coder, kept, "REQUEST"))
    # read off لو before the verb, not off ذلك after it: «طلب ذلك المسؤول من الحكومة» is a request (review, round 84)
    for text in ("وطلب ذلك المسؤول من الحكومة الإفراج عن المعتقلين.",
                 "وكان الوزير قد طلب ذلك من الحكومة الأمريكية رسميا."):
        assert coded(coder, text, "REQUEST"), text


def test_brisk_market_demand_is_no_request(coder):
    """«شهدت في رمضان طلبا كبيرا على عدد من العملات» is market demand, no REQUEST; a president's request still is."""
    blocked = ("وقال الصراف عبدالله بامهيل، إن محال الصرافة شهدت في رمضان طلبا كبيرا على عدد من العملات من محال"
               " الصرافة في مكة.")
    assert not coded(coder, blocked, "REQUEST"), [e.to_dict() for e in coded(coder, blocked, "REQUEST")]
    kept = ("فرض التحالف العربي لدعم الشرعية في اليمن هدنة لمدة خمسة أيام تبدأ من منتصف الليلة، وذلك استجابة لطلب"
            " الرئيس اليمني عبدربه منصور هادي.")
    assert any("هادي" in a for a in actors(coded(coder, kept, "REQUEST")))


def test_a_looming_danger_is_no_raid(coder):
    """«ويداهمها خطر الموت في كل لحظة» is no COERCE raid; «وداهمت جماعة متمردة أخرى محطة للطاقة» still raids."""
    blocked = ("وقال إن تنظيم داعش بات يستخدم العوائل المحاصرة داخل مدينة الفلوجة كدروع بشرية، وهي تعيش ظروفًا"
               " مأساوية ويداهمها خطر الموت في كل لحظة.")
    assert not coded(coder, blocked, "COERCE")
    kept = ("وداهمت جماعة متمردة أخرى محطة للطاقة الحرارية مملوكة للقطاع الخاص قرب الحدود العراقية، ودمرت سيارات"
            " وخطفت 15 عاملا.")
    assert coded(coder, kept, "COERCE")
