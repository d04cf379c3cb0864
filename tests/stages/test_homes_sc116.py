"""Round 116 (sc116): the home country of a state body a story names with no country of its own, read from the
article's outlet (outlets.tsv: sabq, okaz.com.sa → SAU; aawsat none) and its title, from the judged slice 2015-07-21
#800–1799: «وزارة الداخلية» of a Saudi paper's domestic story is SAU/GOV."""

from hadath.article import Article

_DATE = "2015-07-21"

# 2015-07-21 #954 (Al Jazirah): a column on the interior ministry's arrests, naming no state at all
_CELLS = ("كانت بيانات وزارة الداخلية سابقاً تشير إلى القبض على بعض الخلايا النائمة التي تسعى لخراب البلاد ممن "
          "يعيثون فيها فساداً بتخطيطهم، إلا أن بقية الخلايا استيقظت حالياً ونشطت حتى قامت الوزارة بتفكيكها والكشف "
          "عن أدق مخططاتها.. وهذا يشير إلى يقظة وشجاعة رجال الأمن، وكشف خطط ونوايا الجماعات الإرهابية والتصدي "
          "لأعمالهم الإجرامية.")

# 2015-07-21 #1236 (Al Madina): Saudi notables praise the ministry; one of them studies in Britain
_PRAISE = ("أشاد عدد من المواطنين بيقظة رجال الأمن وملاحقتهم للمجرمين الإرهابيين الذين يحاولون العبث بأمن البلاد، "
           "مثمنين جهود وزارة الداخلية التي أسفرت عن الإطاحة بتنظيم مكون من خلايا عنقودية مرتبطة بتنظيم داعش "
           "الإرهابي، وذلك ضمن مخطط يُدار من المناطق المضطربة في الخارج. وقال سعيد بن عوض القحطاني مستشار صاحب "
           "السمو الملكي الأمير سلطان بن ناصر بن عبد العزيز: «إن هذا الإنجاز يعد فخرًا لمواطني هذا البلد». فيما ثمن "
           "محمد طه بن إبراهيم فقيه مدير السلامة والخدمات الاجتماعية بأمانة العاصمة المقدسة الإنجاز الأمني. من جهته "
           "أعرب أنس الأهدل عضو هيئة التدريس بجامعة طيبة والمبتعث للمملكة المتحدة عن فخره بهذا الإنجاز. وبيَّن حسن "
           "صلاح اللحياني أن الدولة وفرت التجهيزات بتوجيه مباشر من خادم الحرمين وسمو ولي عهده وسمو ولي ولي العهد.")


def _codes(nlp, text, kind, side="actor", **meta):
    """(code, sector, text) of the `side` parties of the events of `kind` the whole pipeline keeps for `text`."""
    article = nlp(Article(text=text, published=_DATE, **meta))
    return [(p.code, p.sector, p.text) for e in article.events if e.event == kind for p in getattr(e, side)]


def test_interior_ministry_of_a_saudi_source_is_saudi(nlp):
    """«القبض» by «وزارة الداخلية» in a story of a Saudi paper (source sabq) naming no state: SAU/GOV."""
    assert ("SAU", "GOV", "وزارة الداخلية") in _codes(nlp, _CELLS, "COERCE", source="sabq")


def test_interior_ministry_of_a_saudi_host_is_saudi(nlp):
    """The same story read by its web host alone (okaz.com.sa): SAU/GOV."""
    assert ("SAU", "GOV", "وزارة الداخلية") in _codes(nlp, _CELLS, "COERCE",
                                                       url="http://www.okaz.com.sa/new/Issues/20150721/Con1.htm")


def test_interior_ministry_of_a_pan_arab_outlet_has_no_home(nlp):
    """Asharq al-Awsat (aawsat) is published for the whole Arab world: its story's ministry gets no country."""
    parties = _codes(nlp, _CELLS, "COERCE", source="aawsat", url="http://aawsat.com/home/article/12345")
    assert parties and not any(code == "SAU" for code, _, _ in parties), parties


def test_saudi_paper_story_titled_egypt_is_not_saudi(nlp):
    """A Saudi paper's story whose title names Egypt («مصر: …») and whose text names no state: no SAU."""
    parties = _codes(nlp, _CELLS, "COERCE", source="sabq", title="مصر: تفكيك خلايا نائمة")
    assert parties and not any(code == "SAU" for code, _, _ in parties), parties


def test_saudi_paper_story_on_egypt_stays_egyptian(nlp):
    """A Saudi paper's story on Egypt: «الشرطة» of Cairo stays Egypt's, never the outlet's, in a sentence naming no
    state too («واعتقلت الشرطة ثلاثة أشخاص آخرين»)."""
    text = ("أعلنت وزارة الداخلية المصرية القبض على خلية إرهابية في القاهرة. وقالت الوزارة في بيان إن الشرطة "
            "المصرية ألقت القبض على خمسة أشخاص في محافظة الجيزة. وأضاف البيان أن الأجهزة الأمنية في مصر تواصل "
            "ملاحقة بقية العناصر. واعتقلت الشرطة ثلاثة أشخاص آخرين فجر اليوم.")
    parties = _codes(nlp, text, "COERCE", source="okaz")
    assert parties and not any(code == "SAU" for code, _, _ in parties), parties


def test_ministry_of_a_story_its_outlet_country_leads_is_saudi(nlp):
    """2015-07-21 #1236: the story names Saudi persons and bodies four times and Britain once (as a place and a
    country, two); the ministry's sentence names no state:
    «الإطاحة» by «وزارة الداخلية» is SAU/GOV."""
    assert ("SAU", "GOV", "وزارة الداخلية") in _codes(nlp, _PRAISE, "COERCE", source="almadina")


# 2015-07-22 #912 (Al Riyadh): the title calls the interior ministry's spokesman by his family name, «التركي»
_SPOKESMAN = ("أكد المتحدث الأمني لوزارة الداخلية اللواء منصور التركي, أن الجهات الأمنية بتوفيق من الله تعالى وفي إطار "
              "التحقيقات الجارية بالجرائم الإرهابية التي استهدفت المصلين بقرية الدالوه والقديح, تمكّنت من الإطاحة "
              "بتنظيم إرهابي ينتمي لتنظيم داعش الإرهابي, يضم (431) شخصًا. وكشف اللواء التركي, في المؤتمر الصحفي الذي "
              "عقدته وزارة الداخلية اليوم بنادي ضباط قوى الأمن العام بالرياض, أن التنظيم الإرهابي ينقسم إلى ثلاث "
              "مجموعات.")


def test_title_family_name_is_no_state(nlp):
    """«اللواء التركي: إغلاق تويتر ليس حلاً لمواجهة الإرهاب»: «التركي» is the spokesman's family name, which the text
    gives him («اللواء منصور التركي»); the title names no Turkey, and the story stays its Saudi outlet's."""
    article = nlp(Article(text=_SPOKESMAN, published="2015-07-22", source="alriyadh",
                          title="اللواء التركي: إغلاق تويتر ليس حلاً لمواجهة الإرهاب"))
    assert "TUR" not in article.title_states
    assert "EGY" in nlp(Article(text=_SPOKESMAN, published="2015-07-22", source="alriyadh",
                                title="مصر: إغلاق تويتر ليس حلاً")).title_states


# 2015-07-22 #1831 (Okaz): a story of two sentences on the Eastern Province police's campaign
_CAMPAIGN = ("ضبطت شرطة المنطقة الشرقية 2532 متخلفاً ومخالفاً لنظام العمل والإقامة ضمن المرحلة الثانية لحملاتها "
             "الميدانية المنفذة تحت شعار «كن نظاميا».\nوأوضح الناطق الإعلامي بشرطة المنطقة الشرقية العقيد زياد "
             "الرقيطي بأن الجهات الأمنية بالمنطقة الشرقية نفذت بالتنسيق مع فروع مكتب العمل بالمنطقة الشرقية والجهات "
             "ذات العلاقة خلال الربع الأول من شهر رمضان عدة مسوحات ومداهمات ميدانية متعددة ومتواصلة استهدفت عددا من "
             "المواقع المشتبه بتواجد العمالة المخالفة بها في المناطق السكنية.")


def test_two_sentence_story_of_the_outlets_land_codes_every_act(nlp):
    """A two-sentence story of a Saudi paper whose places all lie in Saudi Arabia: the security bodies' coordination
    («نفذت بالتنسيق»), no attack nor arrest, is SAU/COP's too."""
    article = nlp(Article(text=_CAMPAIGN, published="2015-07-22", source="okaz"))
    parties = [(p.code, p.sector, p.text) for e in article.events if e.event == "COOPERATE" for p in e.actor]
    assert ("SAU", "COP", "الجهات الأمنية") in parties, parties
