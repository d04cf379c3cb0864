"""Round 101 (repeats101): the parts of a series of strikes told after it, and a visit named as an occasion. From the
judged slice 2015-07-31 #480–959: the two raids of a series of seven, each told as «one of them» and «the other»
(#956); the strikes of a total told in one of the places the total was told over (#690); the visit a joint statement
is issued on, told again with its destination and its day (#939)."""

import pytest
from stage_coding import kept_triggers

_DAY = "2015-07-31"

# (text, type, the triggers of the events of that type the pipeline keeps).
TELLINGS = [
    # #956: «غارتين … استهدفت إحداها … بينما استهدفت الأخرى» are two of the seven raids told before: one series.
    pytest.param("واضافت المصادر إن نحو سبع غارات جوية شنها طيران التحالف منذ ساعات الصباح الاولى، على مواقع وتجمعات "
                 'وآليات لميليشيا الحوثي وصالح في جبهتي، "الجفينة، والفاو" جنوب غربي المحافظة. وأشارت المصادر إلى أن '
                 "غارتين صباح امس في منطقة الفاو استهدفت إحداها تجمعا للحوثيين وقتلت ستة من المسلحين، بينما استهدفت "
                 "الأخرى عربة مدرعة نوع (بي تي آر) ما أدى لتدميرها وقتل اثنين من طاقمها.",
                 "ASSAULT", ["غارات"], id="one_of_a_series_of_raids_is_the_series"),
    # #690: «وفي العراق نفذت 17 ضربة جوية … واستهدفت» and the source's «سبع ضربات نفذت قرب الحسكة واستهدفت» are
    # parts of the 41 strikes in Syria and Iraq told first.
    pytest.param("قال بيان للقيادة المشتركة اليوم الجمعة إن الولايات المتحدة وحلفاءها نفذوا 41 ضربة جوية في سوريا "
                 "والعراق ضد تنظيم داعش أمس الخميس وإن الهجمات ركزت على مدينة دير الزور السورية. وتابع أن سبع ضربات "
                 "نفذت قرب الحسكة واستهدفت وحدات تكتيكية ومواقع قتالية وسيارات ومركزا للقيادة. وفي العراق نفذت 17 "
                 "ضربة جوية قرب تسع مدن واستهدفت مناطق تجمع ووحدات تكتيكية وأسلحة ومواقع أخرى تابعة لتنظيم الدولة "
                 "الإسلامية.", "ASSAULT", ["ضربة جوية"],
                 id="strikes_in_one_of_the_places_of_a_total_are_its_part"),
]


@pytest.mark.parametrize("text, kind, triggers", TELLINGS)
def test_the_events_kept(nlp, text, kind, triggers):
    """The events of `kind` the pipeline keeps are those on `triggers`, in order (the retellings folded)."""
    found = kept_triggers(nlp, text, kind, _DAY)
    assert found == triggers, found


def test_strikes_in_a_place_the_total_does_not_name_stay(nlp):
    """Strikes counted in a country the total was not told over are not its part."""
    text = ("قال بيان للقيادة المشتركة اليوم الجمعة إن الولايات المتحدة وحلفاءها نفذوا 41 ضربة جوية في سوريا والعراق "
            "ضد تنظيم داعش أمس الخميس وإن الهجمات ركزت على مدينة دير الزور السورية. وفي ليبيا نفذت 5 ضربات جوية "
            "قرب مدينة سرت واستهدفت مواقع لتنظيم داعش.")
    found = kept_triggers(nlp, text, "ASSAULT", _DAY)
    assert len(found) == 2, found


def test_a_visit_named_as_an_occasion_takes_its_day(nlp):
    """#939: the statement «صدر اليوم» on the occasion of the visit; «فقد قام … بزيارة إلى جمهورية مصر العربية … يوم
    الخميس … 30 / 7 / 2015م» is that visit again, with its destination and its own day."""
    text = ("صدر اليوم بيان مشترك (إعلان القاهرة) بمناسبة زيارة صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز "
            "ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع فيما يلي نصه :\n"
            "انطلاقاً من العلاقات الوثيقة والراسخة التي تربط جمهورية مصر العربية والمملكة العربية السعودية، فقد قام "
            "صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود بزيارة إلى جمهورية مصر العربية تلبية لدعوة "
            "كريمة من فخامة السيد الرئيس عبدالفتاح السيسي يوم الخميس 14 / 10 / 1436هـ الموافق 30 / 7 / 2015م.")
    found = [(e.trigger.text, [m.text for m in e.recipient], e.date)
             for e in nlp(text, published=_DAY).events if e.event == "CONSULT"]
    assert found == [("زيارة", ["جمهورية مصر العربية"], "2015-07-30")], found


def test_others_wounded_closing_a_quote_are_the_attack_told_first(nlp):
    """#537: «وأصيب ثمانية أشخاص آخرون» closing the witness's account are more victims of the Maiduguri bombing of the
    lead, told four sentences before, nothing of an act of their own told."""
    text = ("قتل ستة أشخاص عندما فجرت انتحارية نفسها اليوم (الجمعة)، في سوق في مايدوغوري، شمال شرقي نيجيريا، وفق ما "
            "أفاد شهود، فيما تعكف نيجيريا وجاراتها على تشكيل قوة لقتال «بوكو حرام».\n"
            "وقال باباكورا كولو العنصر في ميليشيا الدفاع الذاتي التي تقاتل «بوكو حرام» إلى جانب الجيش النيجيري، "
            "لوكالة الصحافة الفرنسية: «وقع هجوم انتحاري في سوق غامبورو (في مايدوغوري) صباحا نفذته انتحارية. ووقع "
            "الهجوم عند قرابة الساعة العاشرة صباحا».\n"
            "وأضاف كولو: «نقلنا سبع جثث بينها جثة الانتحارية إلى المستشفى. وأصيب ثمانية أشخاص آخرون».")
    found = kept_triggers(nlp, text, "ASSAULT", _DAY)
    assert "أصيب" not in found, found
