"""Article topics: a story plainly about sport or about the arts (a match, a transfer, a film, a series, an
actor's memoirs) keeps only its assaults and protests; a notice to the public is no political appeal.

A trigger written with short vowels (two or more: «وَمَنْ يَقْتُلْ»، «حِذْرَهُمْ») is a verse of the Quran, a line
of poetry or a word discussed, no event of the news: it goes, whatever its type.

Round 116: so is a story plainly about the consumer and company pages (`lifestyle`: cars, devices and apps, games,
the property market, travel guides, a firm's shareholders and sales, the health page's symptoms and drugs: قوة
حصانية، التطبيقات، العقارية، الإيجارات، الوجهات السياحية، الاستحواذ، الأرباح، الأعراض; المحرك and الطراز are weak, the
news uses them as idioms), with two different strong words of its class at least, in two sentences
(TOPIC_STRONG_WORDS: a car bomb's «السيارة» or a raid on «الفنادق والمطاعم» makes none): a bank's «loans», a
buyer's «request», a device's «support» or a tourist's «visit» go; its attacks (but a disease's «الهجمات», placed
nowhere and told by no coded party: plot_act), protests, acts of the law and acts of a state's or an international
body (public_act) stay.

The word classes are package data (`lexicon/data/cues.tsv`), a strong and a weak class per topic: `sport`
(مباراة، الدوري، اللاعب…, also read sentence by sentence by the event coder) and `sport_weak` (النادي، البطولة،
المدرب، التعادل: words that tell sport only beside a stronger one); `arts` (الفيلم، المسلسل، الممثلة، المسرحية)
and `arts_weak` (الجمهور، المهرجان، الحلقة، النجم); and `public` (the public a notice addresses: المتقدمين،
قائدي المركبات، المصطافين). Each word is matched with its clitics (و، ف، ب، ل، لل), as the lexicon matcher
reads them. A request addressed to God (a `divine` word then a `praise` word of topic_words.tsv: دعا المولى عز وجل
أن…) is a prayer, no political appeal either.

An event (of a cooperative type; in a story, of any type but an assault or a protest) whose only participants are
domestic service bodies (a hospital, a school, a university, a company: the EDU, HLH and BUS sectors, or an
unresolved name headed by one of the `domestic` words of `lexicon/data/topic_words.tsv`) is local administration or
business, no political event (PLOVER and ICEWS code events between political actors): a university signing a
memorandum with another, a company cooperating with a bank, a clinic receiving patients, a company's apology, a
university calling its candidates; unless the sentence names another political party (a country, the UN, a ministry,
the police) that the coder did not make a participant. Not such a party: a region or a town that is no capital
(الشرقية، جدة), a mosque or the Muslims, nor the patron or guest of honour of the act, named after a `patron` word
(برعاية صاحب السمو الملكي الأمير …، بحضور). An official's visit to a hospital or a school (a visit whose every
recipient is such a body) is an inspection, no meeting.

In a story, an event of a talk type (UNANCHORED_TYPES: support, a request, a meeting, aid…) told with neither actor
nor recipient, or with citizens, journalists, believers, offices and officials of no code alone (المواطنون، الزوار،
الوزارة، وكيل الوزارة), stays only if its sentence names a party the coder may have missed: an actor of a country, a
capital, an organisation, a named person or institution or a group, an agent of an armed, opposition or party
sector, or a demonym right after an official's or a force's title or an act (قائد الجيش الإيراني، الحصار
الإسرائيلي); or an assault to react to (استنكر الحادث الذي استهدف…). A title or an office (الوزارة، مدير عام،
العقيد), a demonym that is an adjective (المنتدى السعودي), a region or a mosque names no party: the event is a
sermon's, an op-ed's, a service's or an office's talk.

In a story (three sentences or more), an event other than an assault or a protest told by a noun alone, with
neither actor nor recipient, is talk about the act (لزيادة التعاون، بعد مفاوضات، مواجهة التهديدات): it goes unless
a light verb or a `support` verb of topic_words.tsv stands just before it in its clause (أطلق نداءً، ألقى القبض) or
opens its sentence with the noun, indefinite, as its object (انطلقت في جدة أمس مباحثات). The stage runs after the
event dates are set, so such a noun of the lead still dates the story's later events.

A story of an accident or a disaster (an `accident` word of topic_words.tsv in its title or text: حادث مروري،
حريق، غرق، تصادم، الدفاع المدني، انهيار أرضي; or a `headline` word, حادث، in its title), or of sport or the arts, that tells no attack (every assault word
of it a `mishap` word: a death, a wound, an explosion, fire, destruction; no armed or criminal agent and no
`violence` word: مقذوف، مسلحون، أسقطت) keeps none of its assaults told without an actor: «لقي شخصان مصرعهما داخل
بئر»، «انفجر الإطار الأمامي ما تسبب في انقلابها»، «أصيب لاعب الوسط في مباراة ودية» are no assaults. A killing by
someone (an attack word, or an actor) stays. In any story, such an assault whose own sentence names an accident (a
`crash` word: انقلاب مركبتهم، حادثين مروريين، حرائق غابات) and no attack goes too; so does a state of emergency
with an airport or a hospital beside it (a `facility` word: «أعلنت سلطات مطار القاهرة حالة الطوارئ»).

Nor are these political events: a line of an almanac, a sentence that opens with a past year and a dash («1952 -
الجامعة العربية تحتج على مفاوضات…»: history told under today's date); a farewell read as a call, «ودّعت» written
with a shadda on its د (دعا never doubles it: «ودّعت حوطة سدير المعلم»); a visit paid by visitors, pilgrims or
tourists (a `visitors` word just before it: «المعتمرين الذين زاروا المملكة»); and the hosting of an occasion (a
`host` lemma with an `occasion` word near it in its clause: «المخيم الكشفي العالمي الذي تستضيفه اليابان»، «تستضيف
العاصمة الروسية المهرجان الدولي»), whose gathering, if it is a meeting, is coded by its own word.

Nor is the cooperation of an occasion's organisers («بالتعاون مع» after a programme, a festival, a contest or
activities, an `occasion` word: «قامت مسك الخيرية بتأسيس هذا البرنامج بالتعاون مع جامعة هارفارد») a political
event when its parties are domestic bodies (of any country) or offices of no code, and its sentence tells no aid, no
conflict and no `political` word (a relief programme, a ceasefire); a foreign ministry keeps it.

Nor is cooperation or coordination with the unnamed «concerned authorities» (every recipient, with no code, headed by a
`concerned` noun: «بالتعاون مع الجهات ذات العلاقة مثل البلدية») and no actor a political event (concerned_cooperation);
a title of admission to a college or a course (an `admission` word: «فتح باب القبول»، «أسماء المقبولين») is read as a
courtesy title; and a `spouses` word (الزوجين) makes a sentence's political word a family's («فن التفاوض وتقديم
تنازلات عادلة من الطرفين»).

Nor is what someone gives, an aid verb right after a `given` word of topic_words.tsv (ما، لما، بما: «تقديراً وعرفاناً
لما قدمه عميد الدبلوماسية العربية»، «وما يقدمه من خدمات تشخيصية»), an act of aid: it is a tribute or a service
described; «بعد ما قدمت» (a `time` word before ما) is an act.

Nor is the content of a text an act: an event noun of cooperation, aid, support or agreement a few words after a
`content` word of topic_words.tsv in its clause (تضمنت، تشمل، بنود، في مجال) is what an agreement, a programme or a
list holds («بنود الاتفاقية، التي تضمنت التعاون في مجال …»، «وتشمل الموافقات 25 وثيقة»), no act told; the signing
that holds it is coded by its own word.

An opinion column (or a poem) keeps only its assaults and protests, as a story of sport does: a story (three sentences
or more; a lone sentence is coded as it reads) whose writer speaks in the first person or to the reader (a `writer`
word of topic_words.tsv: إنني، أعتقد، لعلي، نحن، علينا، فأنت، بلادنا) outside every attributed statement and every
quotation, in COLUMN_SENTENCES of its sentences or more, or in one when it attributes no statement to a named
speaker. Its appeals, support, charges and meetings are the writer's opinion or history retold («فإنني أناشد الأمم
المتحدة أن تتدخل»). A speaker's «إننا ندعو» inside a statement or a quotation of a news story, and an interview's
answers opened by a dash or an asterisk («- أعتقد أن …»), make no column. Since round 105 a column so told keeps only
the attacks and protests it reports: one placed nowhere, with no coded party and no time of its own, told outside any
named speaker's statement, is the writer's talk of violence («وعلى رأس هذه المحرمات، قتل الإنسان الآمن»:
column_violence). So is a text written in lines that end in
an ellipsis, over half of its sentences (six or more: «وانتفض العرب..»، «التفتيش الذي يصدر كأمر من الغرب وليس طلبا..»;
see reports.ellipsis_text).
The section an article's URL names (url_genre: a `genre_` class of topic_words.tsv, matched on the path's segments)
tells its genre where the text does not (a site's row also reads a page file named by its section: al-jazirah's
«cu1.htm», its culture supplement of short stories and poems): a page of an opinion section (alwatan's /Articles/,
/opinion/, /writers/) keeps an event only when it reports an act of a named political party (reported_act: a party with a country or
organisation code or a political, state or armed sector, any participant for an assault or a protest; told in the
past and as a fact, or in a named speaker's statement): «ندافع عن حدودنا»، «كأننا نطالبه»، «قد يحتج البعض» go; a page
of a sport section is a story of sport, but for the acts of the law it reports (arrests, charges: law_act) when its
text alone does not tell sport. A page signed off as a column near its text's end (a `signature` line of
page_markers.tsv: «للتواصل مع الكاتب ارسل رسالة SMS»، a readers' poems page's «نرحب بمشاركاتكم الشعرية») is read as a
page of an opinion section (signed_genre), and a tale retold in one (a sentence opened by a `tale` word: «يروى في
التاريخ، أن القائد …») reports no act (told_tale). A sermon's report (a `sermon` word in its title or first sentence: خطبة، خطيب، إمام
الحرم) loses the events told inside the preacher's statements with neither actor nor recipient, but assaults and
protests: they are the sermon's words («الدنيا متاع يذهب ومال ينهب»), no acts. A page of an opinion section drops
too an act dated by the page's day alone and placed in no town, told by a noun or with no coded actor (reported_act:
«عدد من الجنود استشهدوا في الحرب»); a story of the arts, an assault or a protest with no coded actor so dated and
placed (plot_act: a film's plot, «وبعد قتال ملحمي ينتصر البطل»); a shooting in a named town's cinema stays.

Nor, in a story (a lone sentence is coded as it reads), is generic, habitual, aggregate or historical material an
event (topic_words.tsv classes habit, repeated, continual, capacity, task, relative, law, present, antecedent,
aggregate, era): a habit adverb beside the trigger («المنطقة التي يستهدفها بانتظام المتمردون»، «غالبا ما يطلب»; for an
assault or a protest only after it); for other types, a repeated or continual adjective after it («طالب مرات عديدة»،
«دعمه المستمر»), a capacity before it («قدرة الشركة وإمكاناتها على تقديم خدمات»), a body's task or aim before one of
no conflict type («لجنة تتولى دعوة المزارعين»، «بهدف دعم»), a verb of the present in a relative clause, after كان or
with a law for its subject, in a sentence with no word of the day («المجمعات التي تدعم قطاع الأعمال»، «ويحظر القانون
الإساءة»; not a siege or a detention; a day word in a relative clause opened after it dates that clause: «أونروا، التي
تقدم دعما للاجئين الذين بلغ عددهم اليوم»), a quantifier of many as the object of a visit, support, aid, cooperation or
an agreement («وزار البشير عدة بلدان»، «قدمت لشعوبها الكثير من الخدمات»), and a past year dating the clause of an
event not dated in a past year («مذكرتي اعتقال بحق البشير في عامي 2009 و2010»: history told under today's date).
An attack or a protest is no one act either with a habit adverb up to ten words after it in its clause («أطلقت قوات
موالية للحوثيين قذائف الهاون والصواريخ العشوائية بشكل متكرر») or right before its noun («يشن الجيش التركي يومياً
غارات»), as a noun of a series no verb carries out («والحادث هو الأخير في سلسلة هجمات»; «شنت القوات سلسلة غارات» stays),
nor is any event noun named as the start of a period after «منذ» («منذ بدء القتال في اليمن قبل أشهر»).

Nor, in a text of two sentences or more, is a noun of aid, support or cooperation an act when it is what is thanked or
praised, a few words after a `thanks` word of its sentence part («مقدما شكره للاتحاد … على دعمهم»، «وثمن الأمين دعم
واهتمام الأمير»), what is given or received («بفضل ما تحظى به من دعم مستمر»), or an act told before that a
demonstrative points back to («وأكد أن هذا الدعم ليس بغريب»); the thanks or praise is coded by its own word, and a
congratulation or a welcome praised (a `greeting`: «وما تضمنته من تهنئة») is still sent. Nor, in a story, is what a
text provides an act: an event a dozen words at most after a `provision` or `content` verb (تنص، تقضي، «تقوم على»،
تشمل) with no mark but a quotation mark between, whose text (a `charter` or `law` noun: an initiative, a plan, an
agreement, a law, an article) is its antecedent or subject («مبادرة السلام العربية التي تقوم على انسحاب (إسرائيل)»،
«وتشمل الخطة إلغاء مناصب … وإعادة فتح تحقيقات»، «فالاتفاق ينص على "إعادة فرض العقوبات"»); nor, but for an attack or
a protest (read by the report filter), the crime a court tries, right after a `charge` word («بتهمة دعم الإرهاب»); nor
support or aid (not a signing) that a market's prices find, a few words after a `market` word («ولقيت الأسعار أيضا دعما من الشكوك»،
«وسجلت البورصة العمانية ارتفاعا بدعم من قطاعي المال»); nor support as the purpose of a local act, «دعماً لـ» with
no party named (local_purpose: «تحرص بلدية الدلم على تنظيم مثل هذه الاحتفالات دعماً لمبدأ الترابط»); nor a
greeting or a meeting with no party told on in a story whose lead names a religious holiday (holiday_lead).
Nor, in a story, is thanks, praise, a welcome of someone or a congratulation among one state's own people
(in_house_courtesy: no party of another code, none a bare name, and no other state, organisation, political or
`interstate` word in its clause: «وأعرب سموه عن شكره للقائمين على مجموعة العمري»، «قدم فيها التهنئة للأمير محمد بن
نايف»; round 99: not told by a speaker abroad, a foreign state after في a few words before it, told_abroad: «ووجه
الرئيس الأميركي في كينيا رسالة مشابهة، إذ أشاد بالإمكانات الاقتصادية للبلاد»); nor a visit whose object is a `site` (site_visit: «كما زار الورشة»، «زار عصر أمس قصر أبا السعود التاريخي»);
nor a company's or a service body's cooperation with its own state's offices (home_business: «قامت الشركة المنفذة
للمشروع بالتعاون مع الرئاسة العامة لشؤون المسجد الحرام»).

Nor, in a story, is an act asked in a yes/no question (a `question` particle before it and the question mark after it
in its sentence part: «هل لا تزال العملة الرديئة تطرد العملة الجيدة؟»، «ألم يكن الحشد الشعبي معول هدم؟»); an act
that must or should be done, but for an attack or a protest (an `obligation` word a few words before it: «ولذا يجب
طردهم»، «يصرون على ضرورة التعاون»، «كان من المفترض أن يلتقي»); a thing that endangers (a threat verb of the `endanger`
lemmas in the present with no actor and no بـ after it: «إن ذلك يهدد كل دول العالم»); a concern understood, shared or
felt (a `worry` noun with no `express` word before it: «تفهمه قلق الرياض»، «أجواء القلق»; «أعرب عن قلقه» is
expressed); support, aid or cooperation as the framework of an act (right after a `frame` word: «في إطار دعم سموه»)
or what something relies on or is put down to (after a `reliance` word: «يعتمد على دعم البنك المركزي»، «مردها إلى
دعم طهران»); an event noun a relative clause's verb of the present governs, but for a verb of `intent` («الذين يتلقون
دعما جويا»، «التي تتعرض لانتقادات»; «الذي يعتزم زيارة إيران» tells a visit to come); and, as after هناك، an event noun
after the `existential` يوجد، وجود («ولكن يوجد تعاون بين الجمعية»). Nor, in a story, is a threat or another event noun
but an attack's or a protest's right after a verb of posing (a `pose` word: «المقاومة التي أصبحت تشكل تهديدا
لبقائها»), an event told by a verb of the present right after «still» (a `still` word: «التنظيم لا يزال يشن هجمات»،
«ما تزال تفرض واشنطن عقوبات»; or its subject between: «ولا تزال حكومة الإكوادور تطالبهم بالمزيد»), nor a conflict
event but an attack or a protest a few words after a verb of aiming at (an `aim_verb` word: «الاتفاق الذي يهدف إلى تخفيف
العقوبات»), nor aid told by a verb of the present with a `service` noun for its object, in a sentence with no word of
the day («العيادات التخصصية السعودية تقدم الخدمات الطبية»),
nor a definite threat noun in لـ or after على, no relative clause after it: a threat confronted or answered («التصدي
للتهديد الإقليمي المتزايد لبوكو حرام»، «لرد محتمل على التهديد الإيراني»), nor, but for an attack or a protest, a
trigger with a `standing` adjective right after it («ودعمه الدائم للقضاء») or an event noun, neither definite nor in
بـ, right after a verb of deeming in the present (a `deem` word: «هذا الأمر البديهي لا يعد تنازلا»).

Nor, in a story, is aid, support, cooperation, a concession, a withdrawal or a threat told by a noun right after the head
of a topic, an aim or a demand (a `topic_head` word of topic_words.tsv: أهمية، سبل، مستوى، حول، بشأن، برامج، المطالبة)
an act: it is what is discussed, weighed, wanted or hindered («أهمية التنسيق بين البلدين»، «تجري البنوك محادثاتها حول
قروض»، «اتفاقية … في شأن تقديم المساعدة لتطوير حرس الحدود»، «للمطالبة بالإفراج عن المعتقلين»); nor is aid right after
a noun of its conveyance (a `conveyance` word: «لإيصال المساعدات الإغاثية للشعب اليمني»، «منع وصول المساعدات»،
«ويتيح للمنظمات إيصال مساعدات»), unless a light verb or a `support` verb stands right before that head («تم إيصال
المساعدات» tells the delivery). Nor is support, aid or cooperation told by a noun of help with its owner's pronoun (a
`stance` stem and a `possessive` pronoun: «ونحن نعلم دعمها لحزب الله»، «مساعدتنا لحكومة سوريا ترمي لدعم جهود») or by
a definite one with a nationality adjective (الدعم الإيراني) an act: it is a stance or a policy, unless announced or
affirmed a few words before («أعرب عن دعمه»، «وأكد المالكي دعمه للإصلاحات»); nor is one in a body's name («بعثة
مساعدة الأمم المتحدة»). Nor is aid, cooperation or a concession right after على with a `basis` word before it (تقوم
على التعاون، لإجبار المقاتلين على التنازل), a backing «بدعم من» of no forces in combat («أقيم المهرجان بدعم من مدير
شرطة خيبر»), or a noun of cooperation right after أن with no article («أن تعاون كافة القطاعات … هو من أولوياتها»)
an act; and the noun دعم right after على, stressed («وشدد مندوب مصر على دعم بلاده للجانب الفلسطيني»), is support
stated: SUPPORT, not AID.

Nor are these events: a call that gives cause for a feeling (a `cause_verb` word and a `feeling` noun after it, past
إلى: «الوضع يدعو إلى القلق»، «تدعو لسخط الناس»), whether the verb or the noun is the trigger; a state of emergency in
a story of a disaster that tells no attack («أعلن حاكم كاليفورنيا حالة الطوارئ» against wildfires); a grant whose
object after its recipient is one its own row leaves out («منح المملكة العربية السعودية مقعد مراقب»); an agreement
verb with في and a `view` noun («ووافقه في الرأي»: an opinion shared); a call answered in a sentence that tells a
protest («تلبية لدعوة من النقابة احتجاجا»: the protest's own call). A `decade` of a past century dates a clause as a
past year does («بدأت أولى خطواته في عقد الخمسينات … بمساعدة أميركية»), not an age («في الثمانينات من العمر»); and an
effort's aim told as done, an `outcome` word after it («تم تشكيل لجنة لمداهمة الموقع حيث لوحظ»), stays.

Nor, in any text, is an animal's doing a political event: an event (not a protest) whose participants have no country
code and no armed or political sector, with a `beast` word a few words after its trigger or after an assault's or a
coercion's trigger of its sentence and no `violence` word there («اقتحم نمر مدرسة … وأصاب شخصا»، «عندما هاجمه
النمر»، «في طرد النمر»); nor is security work on explosive devices an attack (an `ordnance` word after a `defuse` word:
«تفكيك 35 عبوة ناسفة و13 منزلا مفخخا»; a detonation of devices under control: «تفجير تسع عبوات ناسفة كانت معدة
ومجهزة»، «… تحت السيطرة»), nor a device described («مقذوف لم ينفجر»). In a story, an event after a `whether` phrase
in its clause (ما إذا، عما إذا: «دون أن يتضح ما إذا كان القرار يلقى دعما») is asked about, no act; and the second
verb of the present of a relative clause («ميثاق الأمم المتحدة … والتي تمنع وترفض كل صور التدخل») is what a text or
a body holds, as the first is.

Nor, in any text (round 75), is cooperation among one state's own forces an event (one_side_forces:
«دوريات خفر السواحل … بالتنسيق مع سلاح البحرية الملكي البحريني»); nor an official's meeting with the rank and file, a
`troops` word after the trigger («يلتقي الوزير الأمريكي أيضا جنودا أمريكيين»: troops_met); nor a meeting or a call
whose every recipient is the press («في اتصال هاتفي مع وكالة رويترز»: press_talk); nor a noun of help right before a
`deepen` noun, the backing of a strengthening talked about («بحث العلاقات الثنائية … ودعم تعزيزها»:
backed_strengthening).

Round 101: nor is a noun of help joined by و to a `care` noun («مؤكداً اهتمام ودعم حكومة خادم الحرمين الشريفين»، «بفضل
الله ثم دعم واهتمام ورعاية سمو الأمير»: praise of a standing relation); nor the indefinite fighting noun with لـ
before the enemy named («القوة التي تشارك فيها خمس دول لقتال «بوكو حرام»»: what a force is for); nor a request noun
right after the word (or its على) of a refusal or an acceptance, in a story («بريطانيا رفضت طلبه الحصول على تأشيرة»: the
request answered, made before); nor, in a story, a noun of cooperation, aid, support or agreement with بـ (or after إلى، على) whose nearest
trigger before it in its sentence part is a verb of a request («طالب المؤتمر … بتعاون الحكومات»: what is asked for).
A past year of the Hijra written with its mark (1352 هـ) dates a clause as a past year after an era word does; and a
team's striker (المهاجم) in a story of sport is no armed agent that makes its injuries attacks.

Round 103: nor is a request with a `blessing` a few words after it a call («وسط دعوات المصلين والمشيعين له بالرحمة
والمغفرة»: a prayer); nor, in a sermon's report (its sermon word now read in the first two sentences), a preacher's
warning or his appeal to the faithful («وطالب إمام وخطيب المسجد الحرام شباب الأمة بالتمسك بقيم الدين»:
preacher_exhortation); nor a rescue of people of no code in a story of an accident or a disaster, nor a detention by
a `stuck` lemma with no actor there («أنقذت فرق الدفاع المدني بعرعر 7 أشخاص احتجزوا داخل شقة سكنية»: disaster_rescue);
nor a request of a paper to attach, nor the undertaking attached («وطلبت الهيئة أن يرفق بالطلب، تعهد …»:
attached_paper); nor «ما تطلّب» (required) and «دعونا نطرح» (let us).

A comment or goods refused, an act refused outright after «أي», a protest told in words and roads cut by armed men are
re-read by the senses stage (senses.SenseReader, round 81), before the repeats and whatever this gate's setting.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property, lru_cache
from operator import attrgetter
from urllib.parse import urlsplit

from ..arabic.normalize import normalize, word_key
from ..arabic.story import page_markers, trailer_line
from ..arabic.tokens import tokenize
from ..article import Article
from ..lexicon.compile import FunctionWords
from ..lexicon.morph import clitic_forms
from ..lexicon.packaged import packaged_text
from ..records import Entity, Event, Mention, Token
from .phrases import _given_names, strip_wa  # (given names: no verbs of the present after من)
from .reports import ellipsis_text

TOPICS = ("sport", "arts", "lifestyle")  # each names a strong cue class; its weak class is the name + "_weak"
# the topics whose assaults with no coded actor, dated by the page's day and placed nowhere, are a plot's or a figure
# of speech (plot_act): a film's (its protests too), and a consumer page's («في حال التعرض لكمين»، «لعلاج الهجمات»:
# a disease's; round 116), whose protests («تظاهروا» against austerity) stay; the same topics keep the acts between
# two states (states_act), and a consumer page keeps too an act of a state or an international body and an act of
# the law (public_act)
PLOT_TOPICS = frozenset({"arts", "lifestyle"})
PLOT_TYPES = {"arts": frozenset({"ASSAULT", "PROTEST"}), "lifestyle": frozenset({"ASSAULT"})}
STATE_BODY_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})  # a state's own bodies (public_act)
INTERNATIONAL_CODE = "IGO"  # the code of an international body (public_act)
# Types whose event, told with neither actor nor recipient in a sentence that names no political party either, is
# general talk (help, support, a meeting, a warning of danger), no political event; acts of force stay.
UNANCHORED_TYPES = frozenset({"CONSULT", "COOPERATE", "SUPPORT", "AID", "AGREE", "CONCEDE", "REQUEST", "REJECT",
                              "ACCUSE", "THREATEN", "RETREAT"})
# the types of a festival's courtesies and services (a visit, a welcome, thanks, a call, a service), read by
# courtesy_story in a story of the Eid or a festival; an apology or a rejection there stays an act
FETE_TYPES = frozenset({"CONSULT", "COOPERATE", "SUPPORT", "AID", "REQUEST"})
FETE_SENTENCES = 2  # the sentences of a text read as a festival's story (a lone sentence is coded as it reads)
FETE_LEAD = 20  # the opening words of a lead read for a festival (a lead that tells other news names the Eid later)
TALE_OPENING = 2  # the words opening a sentence read for a `tale` word (told_tale)
SIGNATURE_TAIL = 600  # the characters at a text's end read for a column's sign-off line (signed_genre)
UNSECTIONED_COLUMN_CHARS = 1500  # the length of an `unsectioned` site's page with no news word read as a column
# the gazetteer features of a place too wide to pin an act of a column down (a country, a province, an area, a sea)
WIDE_FEATURES = frozenset({"PCLI", "ADM1", "AREA", "CONT", "SEA"})
# the URL genres whose events must report a named party's act (reported_act): an opinion section's page, and since
# round 48 a signed column by its URL's shape ("byline"): its writer's «ولو أنذره الأميركيون»، «تتعاون واشنطن مع طهران»
# are rhetoric and recap, no act reported
ESSAY_GENRES = frozenset({"column", "byline"})
# the URL genres whose events must name a state's or a body's party (market_talk): a finance section's page, and a
# signed column by its URL's shape (bylined, "byline"): a writer's «انتفاضة سلمية … وتطالب»، «مخاطر هددت وحدته» go;
# «اتهامات المالكي للسعودية» stays (round 68)
MARKET_GENRES = frozenset({"finance", "byline"})
LAW_TYPES = frozenset({"ACCUSE", "SANCTION"})  # with COERCE, the acts of the law a page of sport by its URL keeps
LAW_BODY_TYPES = frozenset({"COERCE", "SANCTION"})  # an arrest, a charge: kept in any story when a law body acts
LAW_BODY_SECTORS = frozenset({"COP", "JUD"})  # the police and the courts of a state (a coded actor of these sectors)
MEETING_CAMEO = "040"  # the CAMEO code of a meeting, held by one party alone in a market report (lone_meeting)
CHARGE_CAMEO = "112"  # the CAMEO code of a charge laid, an act of the law a story of sport keeps (law_body_act)
VAGUE_CODE = "INT"  # an actor of no one country: «الأجنبي»، «الدولي» name no party (text_subject)
KEEP_IN_TOPIC = ("ASSAULT", "PROTEST")  # the report filter reads these; a riot at a match is still one
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})  # the acts of force a drill or a training shows (drill_act)
DRILL_REACH = 3  # the words before a force trigger read for a `drill` word (drill_act)
REFUSAL_REACH = 4  # the words before a definite attack noun read for a `refusal` word (refused_fighting)
WHEREVER_REACH = 3  # the words after a trigger read for a `wherever` word (generic_clause)
UNDERGO_REACH = 4  # the words before a threat noun read for an `undergo` verb (threat_faced)
EXPLAINER_DAYS = 31  # how many days before publication a time word may date an explainer story's act that stays
ALERT_REACH = 4  # the words before an alert read for the `domestic` body that declares it (rescue_alert)
CLAIM_REACH = 12  # the words after a demand of the present read for a `claimed` word (a standing claim)
POSE_REACH = 3  # the words before a threat noun read for a `threat_pose` word (threat_posed: «تشكل إيران تهديدا»)
THREAT_KIND_REACH = 2  # the words after a threat noun read for a `threat_kind` word or an `undergo` verb (threat_posed)
MARKET_STORY_SENTENCES = 2  # the sentences of a story whose first one can lead a market report (market_lead)
DATELINE_WORDS = 5  # a story's first sentence of this many words or fewer is its dateline, no lead (market_lead)
DEMISE_REACH = 8  # the words after an investigation's trigger read for a `demise` word (death_inquiry)
INQUIRY_CAMEO = "09"  # the CAMEO root of an investigation (death_inquiry)
CORPSE_REACH = 20  # the words after a reception trigger read for a `corpse` word, no mark between (corpse_received;
# a long subject of titles and names may stand before it: «استقبل مساعد مدير شرطة منطقة المدينة المنورة … جثمان الشهيد»)
TROOPS_REACH = 4  # the words after a meeting read for its `troops` object, past the actor named after it (troops_met)
CONDOLENCE_REACH = 12  # the words after a call's trigger read for a `condolence` word (condolence_call)
TRAP_REACH = 8  # the words after a detention read for a `trap` word (trapped)
ANNIVERSARY_REACH = 12  # the words after «بمناسبة» read for an `anniversary` word (occasion_greeting, similar_cable)
FESTIVE_REACH = 8  # the words after a gathering trigger read for a `festive` word (festive_gathering)
DEMO = "141"  # the CAMEO code of a demonstration or a rally (احتشد، تجمهر)
HOSPITALITY_REACH = 25  # the words after a courtesy trigger read for a `hospitality` word (hospitality_thanks)
# The URL genres of a section whose page is a story of its topic (a sport section's, a culture section's, a
# technology section's: «3alyoum.com/culture/…»، «3alyoum.com/technology/xgame/…»), as sport or the arts by words is
# (each genre is also the name of its topic)
SECTION_TOPICS = frozenset({"sport", "arts", "technology"})
# A story is about a topic when its body has at least MIN_WORDS different words of it (by word_key), in at
# least MIN_SENTENCES sentences that are at least MIN_SHARE of the story's; or two different ones, one of them
# not weak, in at least half its sentences (a transfer story: اللاعب، النادي); or a word of it in its title and
# two different ones in its body (not all of them weak).
MIN_WORDS = 3
MIN_SENTENCES = 2
MIN_SHARE = 0.25
DENSE_WORDS = 2
DENSE_SHARE = 0.5
MIN_WORDS_WITH_TITLE = 2
# The different strong words a story needs for a topic whose words a news story also uses one at a time (a car
# bomb's «السيارة», a raid on «الفنادق والمطاعم»): the consumer pages need two (round 116), in as many different
# sentences of the story (mend116: «… شارعا يضم المطاعم والشقق السكنية» is one sentence of a car bomb's story, no
# page of property); sport and the arts are read as before (a word of both their classes counts as weak there).
TOPIC_STRONG_WORDS = {"lifestyle": 2}
# The cooperative types a domestic body's event is dropped from, and the sectors of such bodies (education, health,
# business); an unresolved name (no code, no sector) counts as one when its first word is a `domestic` head noun.
DOMESTIC_TYPES = frozenset({"CONSULT", "COOPERATE", "SUPPORT", "AID", "AGREE"})
DOMESTIC_SECTORS = frozenset({"EDU", "HLH", "BUS"})
# A mention in the event's sentence that tells a political party the coder missed keeps the event; not one of
# these sectors (citizens, the media, refugees, an agent without a sector), nor a town named as the place.
NON_POLITICAL_SECTORS = frozenset({"CVL", "MED", "REF", ""})
TOWN_TYPES = frozenset({"place", "capital"})
# Nor a region or a town that is no capital (الشرقية، الطائف: a place, never a party), nor a mosque or the
# Muslims (مسجد، المسلمين: a sermon's words).
REGION_TYPES = frozenset({"place"})
# Participants that are no political party: an event of a talk type whose only participants are of these sectors
# (citizens, the media, believers, a person of no sector), with no code, is read as one told without participants.
CIVILIAN_SECTORS = frozenset({"CVL", "MED", "REL", ""})
# Nor, for such an event, officials and offices with no code (الوزارة، وكيل وزارة الحج، البلديات) beside them or
# domestic bodies: in a sentence that names no party and no political word, theirs is administration.
OFFICE_SECTORS = CIVILIAN_SECTORS | DOMESTIC_SECTORS | frozenset({"GOV"})
WORSHIP_SECTORS = frozenset({"REL"})
# A participant-less event of an UNANCHORED type is kept only if its sentence names a party: an actor of one of
# these types (a country, a capital, an organisation, a named person or institution, a group) or an agent of one of
# these sectors (an armed, opposition or party group). Not a region or a town (الطائف، مونتانا), a demonym that is
# an adjective (المنتدى السعودي، «زين السعودية»), nor an agent that is a title or an office (الرئيس التنفيذي، أمين
# عام، الوزارة، العقيد، النائب، المحامي), a mosque or the Muslims (المساجد، المسلمين): in such a sentence the
# event is talk (a sermon, an offer, a service, a meeting of an office), or its party is not named.
PARTY_TYPES = frozenset({"country", "capital", "igo", "group", "institution", "person"})
PARTY_SECTORS = frozenset({"REB", "UAF", "OPP", "PTY", "SPY", "CRM"})
# The sectors of the officials and forces a demonym after them makes a country's (الحكومة المصرية، الجيش الإيراني).
BODY_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD"})
# An article of at least DOMESTIC_ARTICLE_SENTENCES sentences that names no political party at all (no country, no
# organisation, no armed force: only towns, domestic bodies, officials, citizens) is local news; its cooperative
# events without participants (a meeting, a visit, coordination, services) go. A lone sentence is no such story.
DOMESTIC_ARTICLE_SENTENCES = 3
PURPOSE_SENTENCES = 2  # the sentences of a story whose local «دعماً لـ» is read as a purpose (a lone one is coded)
# How far before an event noun a verb that makes it an act may stand (أطلق نداءً، أعلنت السعودية هدنة، قام بتوصيل
# مساعدات): the noun of a story with neither actor nor recipient and no such verb is talk about the act.
SUPPORT_REACH = 4
CONFLICT_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "SANCTION", "PROTEST", "ACCUSE", "REJECT"})
# Bodies whose cooperation, told as the manner of another act (بالتعاون مع), is local administration when none of
# them has a country or organisation code: government offices, schools, hospitals, companies, citizens, the media.
ADMINISTRATIVE_SECTORS = frozenset({"GOV", "EDU", "HLH", "BUS", "CVL", "MED", ""})
# One state's bodies that coordinate among themselves (بالتنسيق مع القوات المسلحة، بالتعاون مع الدوريات الأمنية): the
# sectors of a state's own offices and forces, and the codes of no state (an organisation, a group, the Kurds).
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "EDU", "HLH", "BUS", "CVL", "MED", ""})
NON_STATE_CODES = frozenset({"IGO", "IMG", "NGO", "NGM", "MNC", "INT", "UIS", "KUR"})
APPROVING_SECTORS = frozenset({"GOV", "LEG"})  # a cabinet's, a council's or a parliament's approval (home_approval)
OFFICIAL_SECTORS = frozenset({"GOV"})  # officials (a governor, a director general) do not make local news political
PATRON_REACH = 4  # how far before a mention its patron word may stand (برعاية صاحب السمو الملكي الأمير)
# how far after a request its wish with God for its subject may stand (ودعوات خادم الحرمين، بأن يمن الله)
WISH_REACH = 14
PRAYER_REACH = 6  # how far after a request verb the God it addresses may stand (دعا سموه في اتصال هاتفي المولى)
DELIBERATE_REACH = 8  # how far after a debate its counterpart (مع، بين) may stand (assembly_debate)
VACANCY_REACH = 12  # how far after an appeal its job and its applicants may stand (job_notice)
SHOWCASE_REACH = 3  # how far after an invitation its `showcase` purpose may stand (الدعوة لموبايلي لعرض تجاربها)
PUBLIC_WINDOW = 6  # how far after an appeal verb its addressee may stand (the caller's name comes between)
COMMA_CALLER_REACH = 16  # how far after an appeal verb the comma closing an unresolved caller may stand
CALLER_WINDOW = 8  # how far after the caller named after the verb (a title, then his name) the addressee may stand
# how far after an approval its على may stand (the approver's name and titles come between: «وافق الأمير خالد الفيصل
# مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة رئيس اللجنة الإشرافية لسوق عكاظ على مشروع تطوير»)
APPROVAL_REACH = 20
APPROVAL_OBJECT = 2  # how many words after على its administrative object may stand (على مشروع تطوير)
HAZARD_REACH = 10  # how far after a warning its hazard may stand in its clause
VISITORS_REACH = 3  # how far before a visit the visitors who pay it may stand (المعتمرين الذين زاروا)
CONTENT_TYPES = frozenset({"COOPERATE", "AID", "SUPPORT", "AGREE"})  # the types whose noun may be a text's content
CREW_REACH = 5  # how many words after a support trigger the بـ of its crew may stand (crew_reinforcement)
TOTAL_REACH = 4  # how many words a `total` noun may stand before the aid it sums (summed_aid)
ASKED_CHAIN = 5  # how many nouns of talk between may pass on what a call asks (requested_content)
TALK_NOUN_TYPES = CONTENT_TYPES | {"CONSULT"}  # the types of those nouns (دعم، التعاون، الحوارات)
PAPER_TYPES = frozenset({"REQUEST", "AGREE"})  # a paper asked for and an undertaking attached (attached_paper)
ATTACH_REACH = 4  # how far from a request or an undertaking its `attach` verb may stand (attached_paper)
EXHORT_TYPES = frozenset({"REQUEST", "THREATEN"})  # a preacher's appeal and warning (preacher_exhortation)
EXHORT_REACH = 8  # how far after a preacher's appeal the faithful it exhorts may stand (preacher_exhortation)
SERMON_LEAD = 2  # how many of a story's first sentences may name its sermon (sermon_report)
NEWS_LEAD_TYPES = frozenset({"ASSAULT", "PROTEST", "COERCE"})  # a lead of these is news: the sermon only in it, then
RESCUE_TYPES = frozenset({"AID", "COERCE"})  # a rescue and the people trapped, read in a disaster story
ARREST_MODE = "arrest"  # the COERCE mode of a detention (disaster_rescue: people trapped, not a ban)
HELP_TYPES = frozenset({"AID", "SUPPORT", "COOPERATE"})  # the types whose word after a purpose لـ tells an aim
# the types whose noun right after a `unit` word names a body (round 102: «رئيس قسم اللقاءات»: a meetings section)
UNIT_NAMED_TYPES = HELP_TYPES | {"CONSULT"}
QUOTED_NAME_REACH = 6  # how far after the opening quotation mark of a plan's name a trigger in it may stand
_OPENING_QUOTES = frozenset({"«", "“", '"'})  # the marks that open a name in quotation marks
_CLOSING_QUOTES = frozenset({"»", "”"})  # the marks that close one (a straight quote closes or opens: counted)
CAUTION_REACH = 6  # how far after an appeal the caution it calls for may stand in its clause (إلى أخذ الحيطة)
CONTENT_REACH = 2  # how far before an event noun its `content` word may stand (تضمنت أيضاً التعاون)
COLUMN_SENTENCES = 2  # the sentences with a writer's word that make a story a column (one if nobody named speaks)
OCCASION_REACH = 12  # how far before or after a hosting word the occasion it hosts may stand in its clause
STAGED_REACH = 10  # how far before a meeting word a film or a play it is told in may stand (staged_meeting)
PENALTY_REACH = 6  # how far before a fine its clause's «في حال» may stand (penalty_clause)
FORUM_REACH = 40  # how far after a hosting word the conference it hosts may stand in its sentence (hosted_field_forum)
_FROM = "من"  # the preposition of the one a request is made of («طلب من زوجته»: kin_request)
FAMILY_REACH = 8  # how far after a meeting word the family member it meets may stand (round 73: «التقى … العشرات من أقاربه»)
PRESS_SUBJECT_REACH = 3  # how many characters after a meeting verb its press subject may start (التقته "واس": press_talk)
REGULATED_REACH = 14  # how far after a ban word the `regulated` thing of a rule may stand (past «قيام أي جهة حكومية»)
WARE_REACH = 8  # how far after a ban word the consumer thing it bans may stand (past the subject: تحظر تركمانستان كذلك)
PLAN_REACH = 12  # how far before a targeting verb the plan or campaign whose aim it tells may stand
ASIDE_REACH = 6  # how far after «علما ان» a verb of the present may stand (علما ان وزراء الاحتلال … يقتحمون)
FREQUENT_REACH = 6  # how far before a trigger its `frequent` adjective may stand (كثير المشاركة في النقابات والمظاهرات)
HABIT_REACH = 2  # how far before or after a trigger its habit adverb may stand (يستهدفها بانتظام، عادة ما يطلب)
# how far after an attack or a protest, in its clause, its habit adverb may stand (its actor and objects between:
# «أطلقت قوات موالية للحوثيين قذائف الهاون والصواريخ العشوائية بشكل متكرر»)
ATTACK_HABIT_REACH = 10
SERIES_REACH = 6  # how far before a series its verb may stand (its subject between: شنت القوات الجوية التركية سلسلة)
# how far after a trigger its repeated or continual adjective may stand (تهديدات وإزعاجات إسرائيلية متعددة)
ADJECTIVE_REACH = 3
CAPACITY_REACH = 4  # how far before a trigger its capacity may stand (قدرة الشركة وإمكاناتها على تقديم)
# how far before a help word joined by و its purpose head may stand (بهدف تعزيز القطاع الأمني ودعم)
PURPOSE_CONJUNCT_REACH = 8
# the types of a choice between accepting and refusing (للموافقة على الاتفاق أو رفضه), and how far the other side may
# stand from «أو» before a refusal
CHOICE_TYPES = frozenset({"REJECT", "AGREE", "SUPPORT"})
CHOICE_REACH = 5
# how far before a word of help a verb of sparing no effort may stand in its sentence part, past its time and the
# help's first conjuncts (لم يتوان منذ بداية الأزمة السورية عن الوقوف بجانب أشقائه السوريين ومساندتهم ودعمهم)
UNSPARING_REACH = 12
WHOEVER_REACH = 8  # how far before a verb joined by و its first verb after «من» may stand (ومن يخطط لهم ويدعمهم)
DIRECTIVE_REACH = 10  # the words before a purpose لـ read for a `directive` noun (topics.directed_aid)
OUTCOME_REACH = 6  # how far after an effort's aim its `outcome` word may stand (لمداهمة الموقع حيث لوحظ)
EFFORT_REACH = 3  # how far before the head of a purpose the effort that seeks it may stand (بتشكيل فرق عمل لزيارة)
TASK_REACH = 3  # how far before a trigger the task or aim it tells may stand (تتولى دعوة، الهادف لمساعدة)
AGGREGATE_REACH = 4  # how far after a trigger its quantifier object may stand (past its actor and a ل recipient)
TALLY_REACH = 4  # how far after a trigger the number of times it was done may stand (زار السعودية 13 مرة)
STILL_SUBJECT_REACH = 5  # how far before a verb of the present its `still` word may stand, its subject between
ANYONE_REACH = 6  # how far before a verb of the present its subject that is anyone may stand (كل مسلم عاقل يستنكر)
ERA_REACH = 8  # how far from a trigger, in its clause, the year that dates it may stand
_ASKED_PREPS = frozenset(normalize(w) for w in ("إلى", "الى", "على"))  # the prepositions of what a call asks for
ANSWER_TYPES = frozenset({"REJECT", "AGREE", "SUPPORT"})  # the answers a request noun may be the object of (رفض طلبه)
HIJRI_REACH = 14  # how far after a trigger, in its clause, a past Hijri year with its mark (1352 هـ) may stand
_HIJRI_MARK = normalize("هـ")  # the mark of a year of the Hijra
_AD_MARK = normalize("م")  # the mark of a year of the Gregorian calendar (2003م)
# how far before a noun of help, in its sentence part, the thanks or praise whose object it is may stand (the thanked,
# named with their titles, come between: «مقدما شكره للاتحاد السعودي للكرة الطائرة برئاسة فلان ونائبه … على دعمهم»)
THANKS_REACH = 24
MARKET_TYPES = frozenset({"AID", "SUPPORT"})  # the types whose word a market's prices may «find» (لاقت دعماً)
MARKET_REACH = 8  # how far before a word of support a market word of its sentence part may stand
SIGNING = "057"  # the CAMEO code of a signing or a ratification: «لأسعار النفط … بعد توقيع الاتفاق النووي» is one
PROVISION_REACH = 14  # how far after a text's provision verb an event it holds may stand (a list of items between)
PROVISION_TEXT = 5  # how far before that verb its text may stand (مبادرة السلام العربية التي تقوم على)
PROVISION_SUBJECT = 2  # how far after it (وتشمل الخطة، وينص القرار)
# how far before a relative pronoun right before that verb its antecedent text may stand, one comma between at most
# («لاتفاق القوى الست الكبرى مع إيران، الذي ينص على»)
PROVISION_ANTECEDENT = 9
EXCHANGE_REACH = 3  # how far before an event noun the word of an exchange may stand (مقابل رفع أو تخفيف الحصار)
METHOD_REACH = 2  # how far before an event word of purpose (لتفجير) its method or means may stand (أسلوب جديد لتفجير)
# a text of this many sentences has the act a demonstrative points back to, or the thanks a noun of help is the
# object of, told before («وبدوره شكر المالكي …، وأكد أن هذا الدعم ليس بغريب» after its news)
PRAISED_SENTENCES = 2
GRANT_REACH = 6  # how far after a grant its object, past its recipient, may stand (منح المملكة العربية السعودية مقعد)
GIVEN_REACH = 5  # how far before «من» and a noun of help a `given` word may stand (بفضل ما تحظى به من دعم)
# how far before the على or the إلى of a noun of help a word of relying on may stand, in its clause (اعتمادا كليا في
# ميزانياته ومصاريف ميليشاته، على الدعم الإيراني: one comma between at most)
RELIANCE_REACH = 12
_QUESTION_MARKS = frozenset("؟?")
_LEANS = frozenset(normalize(w) for w in ("على", "إلى"))  # the prepositions after a reliance word (يعتمد على، مرده إلى)
# how far before an event word the word of an obligation may stand, in its clause (ينبغي على القوى الأوروبية التعهد)
OBLIGATION_REACH = 4
OBLIGATION_SENTENCES = 2  # the sentences of a text whose duty told («لابد من زيارة») is no act (a lone one is coded)
EMERGENCY = "1724"  # the CAMEO code of a state of emergency declared (أعلن حالة الطوارئ)
FACILITY_REACH = 6  # words before or after an emergency's trigger where an airport or a hospital makes it theirs
# The types a call that gives cause for a feeling is read as (يدعو إلى القلق: an appeal, or a concern)
CAUSE_TYPES = frozenset({"REQUEST", "ACCUSE"})
POLL_TYPES = frozenset({"SUPPORT", "REJECT", "AGREE"})  # the stances a poll finds (poll_finding)
BEAST_TYPES = frozenset({"ASSAULT", "COERCE"})  # an animal's attack or its chase (طرد النمر) tells its sentence's story
BEAST_REACH = 3  # how far after a trigger the animal that does it or undergoes it may stand (هاجمه النمر)
DEFUSE_REACH = 8  # how far before a device's word its defusing may stand (تفكيك 35 عبوة ناسفة و13 منزلا مفخخا)
CONTROLLED_REACH = 10  # how far after a detonation of devices its controlled word may stand (كانت معدة ومجهزة)
WHETHER_REACH = 8  # how far after «ما إذا» the event it asks about may stand in its clause
FELT_REACH = 6  # how far before a بـ-concern its third person's verb of feeling may stand (يشعر المدرسون والآباء بقلق)
EXPRESS_REACH = 3  # how far before a noun of concern its word of expression may stand (أعرب عن بالغ قلقه)
_MIN = normalize("من")
_WAW = normalize("و")  # the conjunction that joins a second aim to the first (بهدف تعزيز … ودعم التنمية)
_AL = normalize("ال")  # the article: a definite noun of help after a body's head noun names it (وحدة الدعم)
_BI_AL = normalize("بال")  # بـ with the article: an appeal's addressee (أهاب بالمواطنين، بالأخوة المواطنين)
_LAM = normalize("ل")  # the purpose لـ of a verbal noun before an event word (لإلقاء القبض)
_AJL = normalize("أجل")  # «من أجل»: for the sake of
_YA = normalize("ي")  # the prefix of a verb of the present in the third person masculine (يؤيد، يلقون)
_WA = "و"  # the conjunction joined to its word: a demand joined to an invitation («وجهت الدعوة …، وطالبتها»)
INVITATION_CAMEO = "036"  # an invitation to meet (وجه الدعوة), the AGREE code appeal_invitation reads
APPEAL_REACH = 14  # how far after an invitation its joined demand may stand (وجهت أكثر من مرة، الدعوة إلى … وطالبتها)
_BI = normalize("ب")  # the preposition joined to its word: what a congratulation is for (هنأه باعتماد مواقع)
_LIL = normalize("لل")  # the preposition لـ before the article (للتهديد)
_ON = frozenset({normalize("على"), normalize("وعلى")})  # the preposition of what is answered (ردا على التهديد)
_ALIF = normalize("ا")  # the alif of an indefinite accusative (تنازلا), a predicate after a verb of deeming
_ANY = normalize("أي")  # «any», between a verb of posing and its noun (لم يشكل أي تهديد)
_PRESENT = (normalize("ي"), normalize("ت"))  # the prefixes of a verb of the present in the third person (يشن، تفرض)
_BACKING = frozenset({normalize("دعم"), normalize("الدعم")})  # the bare noun of a backing (بدعم من، بالدعم الواجب من)
_MAA = normalize("مع")  # after a noun of help with بـ, an adverb of manner (بالتنسيق مع، بالتعاون مع)
_FI = normalize("في")  # after a `specialty` adjective, what the body is for (المتخصصة في احتجاز الرهائن)
_ABD = normalize("عبد")  # a name's first word before الله (عبد الله), no verb whose subject God is
_MA = normalize("ما")  # a `consequence` word that tells a fact only at the head of a clause (، ما يشجع)
SAID_REACH = 4  # how far after a thanks word a word of what is said may stand (ونوه الوزير المصري أن)
_SAID = frozenset(normalize(w) for w in ("أن", "بأن", "إلى"))  # after نوه: it reports («نوه إلى أن»)
SINCE_REACH = 4  # how far before a year «منذ» makes it the start of a period (منذ الثورة الكوبية عام 1959)
_SINCE = normalize("منذ")
_SINCES = frozenset({_SINCE, normalize("ومنذ")})  # «since», before the start of a period (منذ بدء القتال)
_DASHES = frozenset("-–—")  # after an almanac line's year (1952 - …)
_COLONS = frozenset(":")  # after a chronology line's year («عام 2003م: …»)
CHRONICLE_OPENING = 2  # the opening words (في، عام، سنة) read before a chronology line's year
CHRONICLE_LINES = 2  # the lines of earlier years that make an article a chronology (a list, its current year's too)
_SHADDA = "\u0651"
_QUOTE_MARKS = re.compile('[«»“”"]')  # the marks of a quotation, possibly of several sentences
_PAGE_FILE = re.compile(r"([a-z]+)\d+\.html?")  # a page file named by its section and number (cu1.htm)
_TURN_MARKS = frozenset("-–—*•")  # a line of an interview opens with one of them (a question, an answer)
NAME_MADDA = "\u0622"  # آ: a writer's word written with it is a name (آنا), no pronoun
INTERVIEW_TURNS = 2  # the sentences so opened, with a writer's word, that make a story an interview
INTAKE_REACH = 5  # how far after a meeting word (استقبلت) the caseload it takes in may stand in its clause
COUNT_REACH = 6  # how far after a meeting word (استقبلت سلطات بورما اكثر من 800 مهاجر) the count it takes in may stand
CROWD = 100  # a number of this many or more after a meeting word counts a crowd taken in (no year: 1300 to 2100)
# The types whose event with a body's own staff for its object is the office's business (استقبل المهنئين من منسوبي
# الوزارة، حث الوزير جميع الموظفين، طالبت الوزارة منسوبيها); an accusation of staff or their arrest stays.
STAFF_TYPES = DOMESTIC_TYPES | frozenset({"REQUEST"})
STAFF_REACH = 4  # how many words (gap words, commas) may stand before the staff object past the verb and its actor
ACTOR_REACH = 10  # how far after the verb its actor named after it may end (a title and a name)
BAN_TYPES = frozenset({"COERCE", "SANCTION"})  # the types of a ban, read for a ban of a thing's use (حظر استخدام)
HOLIDAY_TYPES = frozenset({"SUPPORT", "CONSULT"})  # a greeting or a reception of a holiday, among one state's own
SUBSIDY_REACH = 2  # how far before a subsidy noun its cut may stand (خفضت الحكومة الدعم)
SPENDING_REACH = 4  # how far before «على» and its subsidy noun a spending may stand (إنفاق الحكومة الكويتية على الدعم)
# The sectors of a warned recipient that leave a warning of a hazard advice (citizens, workers, the media).
ADVISED_SECTORS = frozenset({"CVL", "MED", ""})
# Parties whose cooperation with a company is no business of theirs alone: armed forces, the police, rebels.
ARMED_SECTORS = PARTY_SECTORS | frozenset({"MIL", "COP"})
FORCE_SECTORS = frozenset({"MIL", "COP"})  # a state's forces: their cooperation among one state's is one side's (one_side_forces)
BUSINESS_SECTORS = frozenset({"BUS"})  # a company or a bank, whose cooperation is business
FIRM_DOER_TYPES = frozenset({"RETREAT", "THREATEN"})  # a firm leaving a project or a deal or warning, told with the
# firm as its actor (firms_deal; round 111: «سمعت أن مستثمرين ينسحبون من صفقات شراء»; not a demand: a stock exchange
# asks a listed firm as its regulator, «أن تطالب بورصة طوكيو الشركة بإصدار تحذير»)
FIRM_TYPES = frozenset({"AGREE", "SUPPORT", "AID"}) | FIRM_DOER_TYPES  # the types of a deal among firms alone
FIRM_NEUTRAL_SECTORS = DOMESTIC_SECTORS | {"MED"}  # the bodies named beside a firms' deal that leave it business
# Agents whose naming makes a story of deaths one of violence, not of an accident: rebels, gunmen, criminals, spies.
HOSTILE_SECTORS = frozenset({"REB", "UAF", "CRM", "SPY"})
ARMED_PARTIES = HOSTILE_SECTORS | {"MIL", "COP"}  # a party of one makes an attack word in a sport story an attack
ONE_STATE_BARRED = PARTY_SECTORS | frozenset({"MIL"})  # the sectors whose coordination is no office's own work
COLUMN_PARTY_SECTORS = ARMED_SECTORS | BODY_SECTORS  # a party of one, uncoded, makes a column's act reported
BUSINESS_PARTY_TYPES = frozenset({"igo", "group", "institution"})  # a party named beside it makes cooperation political
COURTESY_PARTY_TYPES = frozenset({"country", "igo", "group", "demonym"})  # coded, they make a welcome political
ORGANISATION_CODES = frozenset({"IGO", "NGO"})  # an organisation of a domestic sector (the WHO) is still a party
SITE_REACH = 6  # how far after a visit its `site` object may stand (past the visitor's title and name)
HOME_LEAD = 1.5  # how many times as often as the next an article names its own state's code (_home_code)
PRAISE_REACH = 12  # how far after a word of praise its object after ب or على may stand (past a title and a name)
BACKED_REACH = 4  # how far after a noun of support the local thing it backs may stand (دعماً من الأمانة للرياضة; round 73: «دعمها ورعايتها عددا من الفعاليات»)
_QUESTION_PARTS = frozenset(";؛")  # marks that part a question without ending it (questioned)
_BREAKS = set(".!?؟;؛:")  # the marks that end a sentence part (_word_before, _word_after; senses reads them too)
_COMMAS = frozenset("،,")  # the Arabic and the Latin comma (one may stand between a call and what it asks)
_CLAUSE_COMMAS = _COMMAS | frozenset("؛;")  # the marks that may close an appeal's caller before its addressee
# («…العاصمي، المواطنين»)
# The types whose noun after a topic's head (أهمية التنسيق، سبل دعم، محادثات حول قروض، المطالبة بانسحاب) names a topic,
# an aim or a demand, no act: help, a concession, a withdrawal, a threat (a rejection reported, «بشأن رفضه», is one).
TOPIC_TYPES = frozenset({"AID", "SUPPORT", "COOPERATE", "CONCEDE", "RETREAT", "THREATEN"})
ON_TYPES = frozenset({"AID", "COOPERATE", "CONCEDE"})  # the types whose noun right after على is what a word governs
THAT_TYPES = frozenset({"COOPERATE", "CONCEDE", "AID"})  # the types whose noun right after أن may be what is said of
COMBAT_SECTORS = frozenset({"MIL", "REB", "UAF"})  # the sectors of forces backed in combat (بدعم من طيران التحالف)
STATED_SUPPORT_CAMEO = "051"  # the CAMEO code of support stated (praise or endorse), for aid stressed (شدد على دعم)
BASIS_REACH = 5  # how far before على a `basis` word may stand, past its object (لإجبار المقاتلين على التنازل)
COMBAT_CODES = frozenset({"IMG"})  # the codes of armed groups backed (كما تحظى «جبهة النصرة» بدعم من)
_HEAD_CLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")  # the clitics a topic's head may carry (وبشأن، لإيصال)
_TOPIC_PREPS = frozenset(normalize(w) for w in ("في", "إلى", "على"))  # after a `topic_prep` word (بحاجة إلى دعم)
_ALA = normalize("على")  # the preposition of an approval's object
_ON_IT = frozenset(normalize(w) for w in ("عليه", "عليها", "عليهما", "عليهم"))  # على with its pronoun (التي وافق عليها)
_AN = normalize("عن")  # the preposition of what is given up or excused from
WAIVER_REACH = 7  # how far after a giving up or an excusing its عن may stand (past its subject)
_PRONOUN_ENDINGS = tuple(normalize(s) for s in ("هما", "هم", "هن", "ها", "ه", "كم", "نا"))  # (دعمها: _masdar_written)
_SUFFIXES = ("هما", "هم", "ها", "ه", "كم", "نا")  # the possessive pronouns a waived thing may carry (جنسيته)
STANCE_EXPRESS_REACH = 8  # how far before an owned help noun its announcing verb may stand, past a title and a name
# («كما أعلن نائب رئيس الجمهورية نوري المالكي دعمه»)
_NISBA = normalize("ي")  # the ending of a nationality adjective (الإيراني، الأمريكي)
_THAT = frozenset(normalize(w) for w in ("أن", "بأن", "وأن", "إن", "وإن"))  # what is said after an affirming verb
_ILA = frozenset(normalize(w) for w in ("إلى", "الى"))  # after a noun of help, its beneficiary (مساعدتها إلى اليمن)
# A trigger written with this many short vowels (tanwin, fatha, damma, kasra, sukun; not shadda) is quoted
# scripture or verse.
VOCALIZED = 2
_LET_US = "دعونا"  # «let us» before a verb in ن (let_us)
_SHORT_VOWELS = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650\u0652")


@dataclass(frozen=True)
class TopicVocabulary:
    """The written forms (with clitics) of one topic's words, each mapped to its key, and its weak keys."""

    words: dict[str, str]  # one-word cues: written form → key
    pairs: dict[tuple[str, str], str]  # two-word ones (كرة القدم): (first written form, second word) → key
    weak: frozenset[str]

    @classmethod
    def build(cls, strong: list[list[str]], weak: list[list[str]]) -> "TopicVocabulary":
        """The vocabulary of normalised phrases (lists of words), strong and weak."""
        words: dict[str, str] = {}
        pairs: dict[tuple[str, str], str] = {}
        for phrase in strong + weak:
            if len(phrase) == 1:
                words.update((form, word_key(phrase[0])) for form in clitic_forms([phrase[0]]))
            elif len(phrase) == 2:
                pairs.update(((form, phrase[1]), " ".join(phrase)) for form in clitic_forms([phrase[0]]))
        return cls(words, pairs, frozenset(word_key(p[0]) if len(p) == 1 else " ".join(p) for p in weak))

    def keys(self, norms: list[str]) -> set[str]:
        """The keys of this topic's words among these normalised words."""
        words, pairs = self.words, self.pairs
        # (most sentences hold no word of a topic, nor the first word of a pair: both tests made in C first)
        found = {words[n] for n in norms if n in words} if not words.keys().isdisjoint(norms) else set()
        if pairs and not self.pair_firsts.isdisjoint(norms):
            found.update(pairs[p] for p in zip(norms, norms[1:]) if p in pairs)
        return found

    @cached_property
    def pair_firsts(self) -> frozenset[str]:
        """The first written forms of the two-word phrases (`pairs`)."""
        return frozenset(first for first, _ in self.pairs)


@dataclass(frozen=True)
class TopicWords:
    """The topic vocabularies and the words of the public, from cues.tsv."""

    topics: dict[str, TopicVocabulary]
    public: frozenset[str]
    public_pairs: frozenset[tuple[str, str]]
    domestic: frozenset[str] = frozenset()  # written forms (with ال and clitics) of the domestic head nouns
    locative: frozenset[str] = frozenset()  # the words before a town named as the place (في، بمدينة)
    political: frozenset[str] = frozenset()  # written forms of the words of a political story (المفاوضات، الصراع)
    support: frozenset[str] = frozenset()  # written forms of the verbs that make an event noun an act (أطلق، عقد)
    patron: frozenset[str] = frozenset()  # the words before a patron or a guest of honour (برعاية، بحضور)
    divine: frozenset[str] = frozenset()  # the names of God a prayer addresses (الله، المولى)
    praise: frozenset[str] = frozenset()  # the words after them in a prayer (عز، سبحانه، أن)
    approval: frozenset[str] = frozenset()  # written forms of an approval's administrative objects (تعيين، ترخيص)
    warning: frozenset[str] = frozenset()  # written forms of the words of warning (حذر، تحذيرات)
    hazard: frozenset[str] = frozenset()  # written forms of the hazards a warning to the public names (الشمس، الفيروس)
    caseload: frozenset[str] = frozenset()  # written forms of what a service takes in (مراجعا، حالة، قضايا)
    intake: frozenset[str] = frozenset()  # written forms of the words of taking in (استقبلت، زار)
    accident: frozenset[str] = frozenset()  # written forms of the words of an accident (حريق، غرق، مروري)
    accident_pairs: frozenset[tuple[str, str]] = frozenset()  # two-word ones (الدفاع المدني): (written form, word)
    mishap: frozenset[str] = frozenset()  # normalised lemmas of the assault words that tell no attack (مصرع، انفجر)
    violence: frozenset[str] = frozenset()  # written forms of the words of violence that are no trigger (مقذوف، مسلحون)
    headline: frozenset[str] = frozenset()  # written forms of the words of an accident in a title (حادث)
    visitors: frozenset[str] = frozenset()  # written forms of the visitors, pilgrims and tourists (المعتمرين)
    host: frozenset[str] = frozenset()  # normalised lemmas of the hosting triggers (استضاف)
    occasion: frozenset[str] = frozenset()  # written forms of the occasions a place hosts (مهرجان، مخيم، أولمبياد)
    content: frozenset[str] = frozenset()  # written forms of the words before a text's content (تضمنت، بنود)
    content_pairs: frozenset[tuple[str, str]] = frozenset()  # two-word ones: (first word, written form) (في مجال)
    given: frozenset[str] = frozenset()  # the words before an aid verb that make it what is given (لما قدمه)
    time: frozenset[str] = frozenset()  # the words before ما that make it a conjunction of time (بعد ما)
    writer: frozenset[str] = frozenset()  # written forms (with و، ف) of a column writer's first person (إنني، نحن)
    formula: frozenset[str] = frozenset()  # the words after such a word that make it a formula (إنا لله)
    aiming: frozenset[str] = frozenset()  # normalised lemmas of the triggers that also mean «aim at» (استهدف)
    plan: frozenset[str] = frozenset()  # written forms of a plan, a programme or a campaign (حملة، البرنامج)
    habit: frozenset[str] = frozenset()  # written forms (with و، ف) of the adverbs of a habit (بانتظام، عادة، دائما)
    repeated: frozenset[str] = frozenset()  # written forms (with ال، و، ف) of the adjectives of a repeated act (متكررة)
    continual: frozenset[str] = frozenset()  # written forms (with ال، و، ف) of those of a continual one (المستمر)
    relative: frozenset[str] = frozenset()  # written forms of the relative pronouns (التي، الذين) and of كان
    law: frozenset[str] = frozenset()  # written forms (with ال، و، ف) of a law or a rule (القانون، اللائحة)
    regime: frozenset[str] = frozenset()  # written forms (as `law`) of the law nouns that also name regimes (الأنظمة)
    present: frozenset[str] = frozenset()  # written forms of the words of the day's present (اليوم، حاليا، الآن)
    antecedent: frozenset[str] = frozenset()  # written forms (with ال) of the antecedents that tell the act (المرة)
    capacity: frozenset[str] = frozenset()  # written forms of a capacity (قدرة، إمكانية، يمكن، تستطيع)
    task: frozenset[str] = frozenset()  # written forms of a body's task or aim (تتولى، مهمتها، تهدف، بهدف)
    aggregate: frozenset[str] = frozenset()  # written forms of a quantifier of many (عدة، مختلف، العديد، الكثير)
    era: frozenset[str] = frozenset()  # written forms of the words before a year (عام، عامي، سنة)
    concur: frozenset[str] = frozenset()  # normalised lemmas of the agreeing verbs whose present is an opinion (اتفق)
    thanks: frozenset[str] = frozenset()  # written forms (with و، ف) of the words of thanks or praise (شكره، ثمن، أشاد)
    care: frozenset[str] = frozenset()  # bare stems of the nouns of care paired with support in praise (اهتمام، رعاية)
    demonstrative: frozenset[str] = frozenset()  # written forms (with و، ف، ب، ل) of the demonstratives (هذا، هذه)
    crash: frozenset[str] = frozenset()  # written forms (with ال and the clitics) of an accident in a clause (تصادم)
    facility: frozenset[str] = frozenset()  # written forms (with ال and the clitics) of an airport, a hospital (مطار)
    whole: frozenset[str] = frozenset()  # written forms (with و، ف) of the quantifiers of all or many (جميع، كافة)
    beast: frozenset[str] = frozenset()  # written forms (with ال and the clitics) of an animal (تمساح، ثعبان)
    beast_definite: frozenset[str] = frozenset()  # written forms with ال (and the clitics) of one only so (النمر)
    ordnance: frozenset[str] = frozenset()  # written forms (with ال and the clitics) of explosive devices (عبوة، ألغام)
    defuse: frozenset[str] = frozenset()  # written forms (with ال and the clitics) of making a device safe (تفكيك)
    controlled: frozenset[str] = frozenset()  # the words of a controlled detonation (معدة; «تحت السيطرة» as one string)
    whether: frozenset[str] = frozenset()  # «ما إذا» and its kin as one string each (with و، ف on the first word)
    masdar: frozenset[str] = frozenset()  # verbal nouns of help the trigger lexicon reads as a perfect verb (دعم)
    greeting: frozenset[str] = frozenset()  # normalised lemmas of the nouns of a greeting or praise sent (تهنئة)
    provision: frozenset[str] = frozenset()  # written forms (with و، ف) of a text's provision verbs (تنص، «تقوم على»)
    charter: frozenset[str] = frozenset()  # written forms (with ال and clitics) of the texts that provide (المبادرة)
    charge: frozenset[str] = frozenset()  # written forms (with و، ف) of the words of a charge (بتهمة، بتهم)
    market: frozenset[str] = frozenset()  # written forms (with ال and clitics) of a market's words (البورصة، الأسعار)
    staff: frozenset[str] = frozenset()  # written forms (with ال، و، ب) of a body's own staff (منسوبي، الموظفين)
    staff_head: frozenset[str] = frozenset()  # written forms (with ال، و، ب) of a body's officers (قيادات، مديري)
    gap: frozenset[str] = frozenset()  # the words that may stand between a verb and its staff object (جميع، أمس)
    magnitude: frozenset[str] = frozenset()  # written forms (with و) of a large count (آلاف، ملايين، مئات)
    subsidy: frozenset[str] = frozenset()  # written forms (with ال and clitics) of a subsidy's nouns (الدعم)
    cut: frozenset[str] = frozenset()  # written forms (with و، ف، ب، ل) of the words of a cut (خفضت، إنهاء، رفع)
    commodity: frozenset[str] = frozenset()  # written forms (with ال and clitics) of a subsidised good (الوقود)
    consequence: frozenset[str] = frozenset()  # the words whose verb after them has a fact for its subject (مما)
    enjoys: frozenset[str] = frozenset()  # the verbs a noun of help after them is what backs something (تحظى بدعم)
    wish: frozenset[str] = frozenset()  # the words before a wished verb whose subject is God (بأن يمن الله)
    holiday: frozenset[str] = frozenset()  # written forms (with ال and clitics) of a religious holiday (بعيد، المعايدة)
    eid: frozenset[str] = frozenset()  # written forms of the Eid itself (العيد، بالعيد), read only beside a visit
    eid_visited: frozenset[str] = frozenset()  # written forms of whom an Eid visit cheers (المرضى، الأيتام، المسنين)
    onto: frozenset[str] = frozenset()  # the preposition of what is spent on (على: «إنفاق الحكومة على الدعم»)
    times: frozenset[str] = frozenset()  # written forms of the words of times after a number (مرة، مرات)
    particle: frozenset[str] = frozenset()  # written forms (with و، ف) of the particles before a subjunctive (أن، لم)
    striker: frozenset[str] = frozenset()  # written forms (with ال and clitics) of a team's striker (المهاجم)
    play: frozenset[str] = frozenset()  # normalised lemmas of the attack triggers that in sport tell play (هجوم، هاجم)
    sacred: frozenset[str] = frozenset()  # normalised names of God and the Prophet as a subject (ربنا، رسول الله)
    prophet: frozenset[str] = frozenset()  # those that, second in a sentence, make it sacred history (رسول الله)
    anyone: frozenset[str] = frozenset()  # normalised subjects that are anyone (المؤمن، لا أحد; a pair as one string)
    every: frozenset[str] = frozenset()  # written forms (with و، ف) of «كل», anyone with an indefinite noun after it
    method: frozenset[str] = frozenset()  # written forms (with ال and clitics) of a method or a means (أسلوب، وسائل)
    specialty: frozenset[str] = frozenset()  # written forms (with ال، و) of a body's specialty (المتخصصة، المختصة)
    trend: frozenset[str] = frozenset()  # written forms (with و، ف، ب) of a word of increase or decrease (تزايد)
    unit: frozenset[str] = frozenset()  # written forms (with clitics and ال) of a body named by its task (وحدة، صندوق)
    existential: frozenset[str] = frozenset()  # written forms (with و، ف) of the words of what there is (هناك، ثمة)
    whoever: frozenset[str] = frozenset()  # written forms (with و، ف) of «من», whoever, and its prepositions (لمن، ممن)
    deepen: frozenset[str] = frozenset()  # written forms (with ال and clitics) of strengthening (تعزيز، تعميق)
    exchange: frozenset[str] = frozenset()  # written forms (with و، ب) of the word of what is given in exchange (مقابل)
    question: frozenset[str] = frozenset()  # written forms (with و، ف) of the particles of a yes/no question (هل، أليس)
    wh: frozenset[str] = frozenset()  # written forms (with و، ف) of the words that open a wh-question (لماذا، ماذا)
    armed: frozenset[str] = frozenset()  # written forms (with ال) of a device's adjectives (ناسفة، مفخخة)
    devices: frozenset[str] = frozenset()  # written forms (with و، ب، ل) of the plural nouns of devices (أحزمة، عبوات)
    front: frozenset[str] = frozenset()  # written forms (with و، ب، ل) of the nouns of a battlefield (مناطق، جبهات)
    refusal: frozenset[str] = frozenset()  # written forms (with و، ب، ل) of the words of not doing (عدم، الرافضين)
    halt: frozenset[str] = frozenset()  # written forms (with و، ب، ل) of the words of a halt (وقف، إنهاء)
    fight: frozenset[str] = frozenset()  # written forms (with ال، لل and و، ف) of the noun of fighting (القتال، للقتال)
    fight_return: frozenset[str] = frozenset()  # the two normalised words of coming back from (عائدون من)
    series: frozenset[str] = frozenset()  # written forms (with و، ب، ل) of the nouns of a series (سلسلة، موجة)
    wage: frozenset[str] = frozenset()  # written forms (with و، ف) of the verbs that carry out a series (شنت، نفذ)
    onset: frozenset[str] = frozenset()  # written forms of the nouns of a start, after «منذ» (بدء، بداية، اندلاع)
    manner: frozenset[str] = frozenset()  # written forms (with و) of the nouns of an adverb of manner (بشكل، بصورة)
    regular: frozenset[str] = frozenset()  # written forms of the adjectives of a habit after them (متكرر، مستمر)
    any_of: frozenset[str] = frozenset()  # written forms (with و، ب، ل) of «any» before a noun (أي، أية)
    such: frozenset[str] = frozenset()  # written forms (with و، ب، ل) of «such», before a demonstrative (مثل هذه)
    frame: frozenset[str] = frozenset()  # written forms (with و، ف) of the word of a framework (في إطار دعمها)
    reliance: frozenset[str] = frozenset()  # written forms (with و، ف) of the words of relying on (يعتمد على دعم)
    endanger: frozenset[str] = frozenset()  # normalised lemmas of the threat verbs that also mean «endanger» (هدد)
    worry: frozenset[str] = frozenset()  # normalised lemmas of the nouns of concern (قلق)
    cause_verb: frozenset[str] = frozenset()  # written forms (with و، ف) of the calls that also «give cause for» (يدعو)
    decade: frozenset[str] = frozenset()  # written forms (with ال، و، ب) of a past century's decades (الخمسينات)
    age: frozenset[str] = frozenset()  # the words of one's age after a decade and من (العمر، عمره)
    view: frozenset[str] = frozenset()  # the nouns of an opinion after في (وافقه في الرأي)
    grant: frozenset[str] = frozenset()  # normalised lemmas of the granting triggers (منح)
    feeling: frozenset[str] = frozenset()  # written forms (with ال، ل، لل) of the feelings given cause for (القلق)
    obligation: frozenset[str] = frozenset()  # written forms (with و، ف) of the words of what must be (يجب، ينبغي)
    express: frozenset[str] = frozenset()  # written forms (with و، ف) of the words that express a concern (أبدى، عن)
    congratulate: frozenset[str] = frozenset()  # written forms (with و، ف) of the verbs of congratulating (هنأه)
    we_stand: frozenset[str] = frozenset()  # written forms (with و، ف) of a first person's verbs of a stance (ندافع)
    mankind: frozenset[str] = frozenset()  # written forms (with و، ف) of the world as one whole (العالم: رحب العالم)
    felt_worry: frozenset[str] = frozenset()  # written forms (with و، ف) of a third person's verbs of feeling or watching (يشعر، تتابع)
    intent: frozenset[str] = frozenset()  # written forms (with و، ف) of the verbs of an intent (يعتزم، ينوي)
    pose: frozenset[str] = frozenset()  # written forms (with و، ف) of the verbs of posing (يشكل تهديدا، تمثل)
    still: frozenset[str] = frozenset()  # written forms (with و، ف) of the words of «still» (يزال، تزال، زال)
    aim_verb: frozenset[str] = frozenset()  # written forms (with و، ف) of the verbs of aiming at (يهدف، يستهدف)
    aim_head: frozenset[str] = frozenset()  # written forms (with و، ف) of the heads of a purpose (بهدف، بغية، لتعزيز)
    directive: frozenset[str] = frozenset()  # written forms (with و، ب، ل، ال) of a directive or an order (لتوجيهات)
    service: frozenset[str] = frozenset()  # written forms (with ال، و) of the nouns of a service (الخدمات)
    standing: frozenset[str] = frozenset()  # written forms (with ال، و، ف) of a standing act's adjectives (الدائم)
    deem: frozenset[str] = frozenset()  # written forms (with و، ف) of the verbs of deeming in the present (يعد، تعتبر)
    deem_mere: frozenset[str] = frozenset()  # written forms of the word between them and the noun deemed (مجرد)
    topic_head: frozenset[str] = frozenset()  # written forms (with clitics) of a topic's head (أهمية، سبل، بشأن)
    conveyance: frozenset[str] = frozenset()  # written forms (with clitics) of a conveyance noun (إيصال، وصول)
    topic_prep: frozenset[str] = frozenset()  # written forms (with clitics) of a need or an effort (بحاجة، جهودها)
    stance: frozenset[str] = frozenset()  # written forms (with clitics) of a help noun's stem before a pronoun (دعم، مساعدت)
    possessive: frozenset[str] = frozenset()  # the possessive pronouns after it (ه، ها، هم)
    affirm: frozenset[str] = frozenset()  # written forms (with و، ف) of the verbs that affirm a stance (أكد، جدد)
    waive: frozenset[str] = frozenset()  # normalised lemmas of the verbs and nouns of giving up (تنازل)
    waived: frozenset[str] = frozenset()  # bare stems of a private or legal thing given up (القضية، الجنسية)
    holder: frozenset[str] = frozenset()  # bare stems of the holder of a private right (المستفيد، صاحب)
    excuse: frozenset[str] = frozenset()  # normalised lemmas of the verbs and nouns of excusing oneself (اعتذر)
    declined: frozenset[str] = frozenset()  # bare stems of a task one excuses oneself from (عدم، إكمال، الحضور)
    excuse_reason: frozenset[str] = frozenset()  # written forms (with و) of the words of a reason given (نظرا، بسبب)
    basis: frozenset[str] = frozenset()  # written forms (with و، ف) of the words whose على names no act (تقوم على)
    stress: frozenset[str] = frozenset()  # written forms (with و، ف) of the words of stressing (شدد، التأكيد)
    effort: frozenset[str] = frozenset()  # written forms (with و، ف، ب) of an effort, an inquiry or a forming (جهودها، تحقيقا)
    answer: frozenset[str] = frozenset()  # written forms (with و، ف) of the words whose لـ is their object's (استجابة)
    outcome: frozenset[str] = frozenset()  # written forms (with و، ف) of the words that tell an aim done (حيث)
    purpose: frozenset[str] = frozenset()  # written forms (with و، ف) of a help noun of purpose (دعماً لـ)
    government: frozenset[str] = frozenset()  # written forms (with ال only, and و، ف، ب، ل) of the government (الحكومة)

    team: frozenset[str] = frozenset()  # written forms (with ال and clitics) of a team or a club (المنتخب، الفريق)
    ban: frozenset[str] = frozenset()  # written forms (with و، ف، ب، ل and ال) of the words of a ban (حظر، يمنع)
    banned: frozenset[str] = frozenset()  # written forms (with ال and clitics) of a banned use (استخدام، بيع)
    courtesy: frozenset[str] = frozenset()  # written forms of a title's courtesy words (تعايد، ترقية)
    ban_gap: frozenset[str] = frozenset()  # the words between a ban word and the use banned (على)
    ban_noun: frozenset[str] = frozenset()  # the ban nouns, as a trigger writes them (حظر، الحظر)
    ware: frozenset[str] = frozenset()  # written forms (with ال and clitics) of a consumer thing a rule bans (التدخين)
    season_ware: frozenset[str] = frozenset()  # written forms of a catch a season rule bans (الصيد): only with no actor
    local_thing: frozenset[str] = frozenset()  # written forms (with ال and clitics) of a local thing (مهرجان، المجمعات)
    interstate: frozenset[str] = frozenset()  # written forms (with ال and clitics) of states' affairs (الدول، الدولي)
    welcome: frozenset[str] = frozenset()  # written forms (with و، ف) of the verbs of welcoming (رحب، نرحب)
    welcomed: frozenset[str] = frozenset()  # written forms (with ال and clitics) of the welcomed guests (الطلبة، انضمام)
    partner: frozenset[str] = frozenset()  # written forms (bare and with ال) of a domestic office named as partner (مكتب)
    misread: frozenset[str] = frozenset()  # written forms (with و، ف) of words misread as a trigger (طالبة، يحتجن)
    stranding: frozenset[str] = frozenset()  # written forms (with ال and the clitics) of nature's strandings (البركان)
    wishing: frozenset[str] = frozenset()  # written forms (with و) of wishing a guest well (متمنيا)
    deliberate: frozenset[str] = frozenset()  # the stem of discussing, matched inside a trigger (ناقش)
    counterpart: frozenset[str] = frozenset()  # written forms (with و) of the words bringing in a counterpart (مع)
    assembly: frozenset[str] = frozenset()  # the normalised texts of a cabinet named as an actor (مجلس الوزراء)
    vacancy: frozenset[str] = frozenset()  # written forms (with ال and the clitics) of a job offered (الوظائف)
    applicant: frozenset[str] = frozenset()  # written forms (with ال and the clitics) of job applicants (المرشحين)
    corpse: frozenset[str] = frozenset()  # written forms (with ال and the clitics) of a dead body (جثمان، رفات)
    refused: frozenset[str] = frozenset()  # written forms (with و and ب) of what a refusal declines (التعليق، إرسالية)
    plea: frozenset[str] = frozenset()  # written forms (with ال and the clitics) of a request turned down (طلب، مطالب)
    protest_word: frozenset[str] = frozenset()  # the normalised trigger texts of a protest that may be verbal (احتج)
    protest_note: frozenset[str] = frozenset()  # written forms (with ال and the clitics) of a note or cry (صيحات، مذكرة)
    protest_to: frozenset[str] = frozenset()  # written forms of the preposition a protest is lodged with (لدى)
    street: frozenset[str] = frozenset()  # written forms (with ال and the clitics) of street dissent (متظاهرين، مسيرة)
    troops: frozenset[str] = frozenset()  # written forms (with ال and ب) of the rank and file (جنودا، الجنود)
    troop_head: frozenset[str] = frozenset()  # written forms (with و، ال) of a troop's leader (قائد، قادة)
    prices: frozenset[str] = frozenset()  # written forms (with ال and the clitics) of prices (أسعار), a market's lead
    donor: frozenset[str] = frozenset()  # the normalised heads of a private giver (مواطن، مقيمة، فاعل خير), with و
    demise: frozenset[str] = frozenset()  # written forms (with ال and the clitics) of a death by mishap (وفاة، غرق)
    currency: frozenset[str] = frozenset()  # written forms (with ال and its clitics only) of a currency or market (الدولار)
    regulated: frozenset[str] = frozenset()  # written forms (with ال and the clitics) of what a rule governs (تبرعات)
    notice_public: frozenset[str] = frozenset()  # written forms (with ال and the clitics) of more of a notice's public
    most: frozenset[str] = frozenset()  # written forms (with و and ف) of a quantifier of most (أغلب، معظم)
    statute: frozenset[str] = frozenset()  # the heads of a statute or a regulation approved (نظام، لائحة), as written
    statute_draft: frozenset[str] = frozenset()  # the words of a draft before them (مشروع، مشاريع), with و and ف
    frequent: frozenset[str] = frozenset()  # adjectives of doing often, in construct (كثير المشاركة), as written
    showcase: frozenset[str] = frozenset()  # the purposes of presenting one's work (لعرض، لاستعراض), with و
    counted_case: frozenset[str] = frozenset()  # the cases counted after a number (3982 قضية تحرش), as written
    aside: frozenset[str] = frozenset()  # written forms (with و and ف) of the word of an aside (علما)
    accused: frozenset[str] = frozenset()  # the participles of a charge, as written (متهمين، المتهم)
    wording: frozenset[str] = frozenset()  # indefinite nouns of a text, a voice or a sign, with و (عريضة، لافتات)
    chronicle_open: frozenset[str] = frozenset()  # the words before a chronology line's year word, as written (في)
    caution: frozenset[str] = frozenset()  # written forms (with ال only, and the clitics) of care called for (الحيطة)
    unsparing: frozenset[str] = frozenset()  # written forms (with و، ف) of sparing no effort, negated (يتوانى، يألو)

    @classmethod
    def load(cls) -> "TopicWords":
        """The packaged classes, from cues.tsv and topic_words.tsv."""
        rows: dict[str, list[list[str]]] = {}
        for line in packaged_text("cues.tsv").splitlines():
            cols = line.split("\t")
            if line.startswith("#") or len(cols) < 2 or cols[0] == "phrase":
                continue
            rows.setdefault(cols[1].strip(), []).append(normalize(cols[0]).split())
        topics = {t: TopicVocabulary.build(rows.get(t, []), rows.get(t + "_weak", [])) for t in TOPICS}
        public = rows.get("public", [])
        construction = _construction_words()  # its `notice_public` words are of the public too (round 83)
        return cls(topics, clitic_forms([w[0] for w in public if len(w) == 1]) | construction["notice_public"],
                   frozenset((f, w[1]) for w in public if len(w) == 2 for f in clitic_forms([w[0]])),
                   *_domestic_words(), **construction)


class TopicGate:
    """Drops the events an article's topic or a sentence's form shows to be no political event: all but
    assaults and protests in a story about sport or the arts (by its title and body, not by one sentence: a
    political story that mentions a match or a film once keeps its events) and an appeal to the public
    (دعت الوزارة المتقدمين إلى، أهاب المرور بقائدي المركبات)."""

    name = "topics"
    requires = ("sentences", "tokens", "mentions", "events")
    adds = ("topic",)

    def __init__(self, words: TopicWords | None = None):
        self.words = words if words is not None else TopicWords.load()
        # the written forms that may open a word or a pair of any topic: a sentence with none of them holds no topic's
        # word (see `topic`)
        self._topic_openers = frozenset().union(*(vocab.words.keys() | vocab.pair_firsts
                                                  for vocab in self.words.topics.values()))
        # the bare forms of the animals named only with the article (نمر: an animal only right after a verb), and every
        # animal's word a sentence must hold for `beast_act` (made once, not for each event)
        self._beast_bare = frozenset(n[2:] for n in self.words.beast_definite if n.startswith(_AL))
        self._beast_words = self.words.beast | self.words.beast_definite | self._beast_bare

    def __call__(self, article: Article) -> Article:
        article.topic = self.topic(article)
        genre = url_genre(article.url) or signed_genre(article)
        section_page = genre in SECTION_TOPICS and article.topic is None
        if section_page:
            # a page of a sport section (/Sports/) is a story of sport; of a culture section, of the arts
            article.topic = genre
        # رابط الخبر بصحيفة الوئام: <title>: the headline told again, whatever its event
        trailers = {ev.sentence for ev in article.events if trailer_line(ev.sentence_text)}
        off_topic = article.topic is not None
        # (a section page by its URL alone is still read as a column: its acts of the law stay only outside one)
        essay = (not off_topic or section_page) and len(article.sentences) >= DOMESTIC_ARTICLE_SENTENCES
        news = essay and any(ev.event not in KEEP_IN_TOPIC for ev in article.events)
        # (a story of attacks and protests alone is a column only by COLUMN_SENTENCES writer's sentences, whoever
        # speaks: a survivor's «كنا نصلي عندما دخلوا» makes no column of a news story; review of round 105)
        voiced = (news or essay and any(unanchored_violence(ev) for ev in article.events)) \
            and self.opinion_piece(article, strict=not news)  # (a text in lines may be a news story's «..»)
        column = news and (voiced or ellipsis_text(article))
        coded_at = _coded_starts(article)  # (built once: requested_content reads it for each content event)
        chronicle: dict[int, int] = {}  # (almanac_line's count of the article's lines of earlier years, read once)
        explainer = explainer_title(article)
        gone = self.mishaps(article, off_topic) | {id(ev) for ev in article.events
                                                   if almanac_line(article, ev, self.words, chronicle)
                                                   or explainer and explained_background(article, ev)
                                                   or ev.event == "ASSAULT" and self.aimed_plan(article, ev)
                                                   or ev.event == "ASSAULT" and self.accident_clause(article, ev)
                                                   or ev.event in KEEP_IN_TOPIC and self.play_attack(article, ev)
                                                   or ev.event == "ASSAULT" and self.defused(article, ev)
                                                   or self.counted_cases(article, ev)
                                                   or ev.event != "PROTEST" and self.beast_act(article, ev)
                                                   or self.bare_plural_address(article, ev)
                                                   or self.generic_clause(article, ev)
                                                   or self.worded_clause(article, ev)
                                                   or self.sacred_act(article, ev)
                                                   or ev.event in CAUSE_TYPES and self.cause_for_feeling(article, ev)
                                                   or ev.cameo == EMERGENCY and self.disaster_story(article)
                                                   or ev.event in RESCUE_TYPES and self.disaster_rescue(article, ev)
                                                   or ev.event in PAPER_TYPES and attached_paper(article, ev)
                                                   or ev.cameo == EMERGENCY and self.facility_emergency(article, ev)
                                                   or ev.event in HELP_TYPES and self.praised_help(article, ev)
                                                   or ev.event == "REQUEST" and request_answered(article, ev)
                                                   or ev.event in CONTENT_TYPES
                                                   and requested_content(article, ev, coded_at)
                                                   or ev.event == "AID" and home_loan(article, ev)
                                                   or ev.event in MARKET_TYPES and summed_aid(article, ev)
                                                   or ev.event in MARKET_TYPES and crew_reinforcement(article, ev)
                                                   or ev.event in FORCE_TYPES and drill_act(article, ev)
                                                   or ev.event == "SUPPORT" and (self.occasion_greeting(article, ev)
                                                                                 or self.hospitality_thanks(article, ev))
                                                   or ev.cameo == DEMO and festive_gathering(article, ev)
                                                   or ev.event == "MOBILIZE" and self.rescue_alert(article, ev)
                                                   or ev.event == "COERCE" and grip_held(article, ev)
                                                   or article.topic in PLOT_TOPICS
                                                   and ev.event in PLOT_TYPES[article.topic] and plot_act(ev)
                                                   or self.misread(article, ev)
                                                   or ev.event == "CONSULT" and self.corpse_received(article, ev)
                                                   or ev.event == "CONSULT" and condolence_call(article, ev)
                                                   or ev.event == "COERCE" and trapped(article, ev)
                                                   or ev.event == "COOPERATE" and one_side_forces(article, ev)
                                                   or ev.event == "CONSULT" and self.troops_met(article, ev)
                                                   or ev.event == "CONSULT" and press_talk(ev)
                                                   or ev.event == "REQUEST" and self.text_subject(article, ev)
                                                   or ev.event in HELP_TYPES and self.backed_strengthening(article, ev)
                                                   or ev.event == "ACCUSE" and self.death_inquiry(article, ev)
                                                   or ev.event in POLL_TYPES and poll_finding(article, ev)
                                                   or ev.event == "REQUEST"
                                                   and cable_wording(article, ev, self.words.greeting)}
        if genre in ESSAY_GENRES:
            gone |= {id(ev) for ev in article.events if not self.reported_act(article, ev)
                     or genre in MARKET_GENRES and self.market_talk(ev)}
        elif genre in MARKET_GENRES or genre is None and self.market_lead(article):
            gone |= {id(ev) for ev in article.events if self.market_talk(ev)}
        elif genre is None and any(self.partyless_talk(ev) for ev in article.events) and unsectioned_column(article):
            gone |= {id(ev) for ev in article.events if self.partyless_talk(ev)}
        elif (sermon := [ev for ev in article.events if sermon_talk(article, ev) or preacher_exhortation(article, ev)]) \
                and self.sermon_report(article):
            gone |= {id(ev) for ev in sermon}
        if voiced and (genre not in ESSAY_GENRES or genre in MARKET_GENRES):  # (a signed column: both tests)
            gone |= {id(ev) for ev in article.events if column_violence(article, ev)}
        if genre in MARKET_GENRES or genre is None:  # (the genre first: each lone_meeting reads the mentions)
            lone = {id(ev) for ev in article.events if lone_meeting(article, ev)}
            if lone and (genre in MARKET_GENRES or self.market_lead(article, past_dateline=True)):
                gone |= lone
        if gone:
            article.events = [ev for ev in article.events if id(ev) not in gone]
        if not trailers and all(ev.event in KEEP_IN_TOPIC and not vocalized(ev.trigger.text) for ev in article.events):
            return article  # nothing a rule could drop (also: no events)
        local = any(ev.event in DOMESTIC_TYPES and not ev.actor and not ev.recipient for ev in article.events) \
            and self.local_news(article)
        if any(ev.event == "AID" for ev in article.events):
            article.events = [replace(ev, event="SUPPORT", cameo=STATED_SUPPORT_CAMEO)
                              if ev.event == "AID" and self.stressed_support(article, ev) else ev
                              for ev in article.events]
        marks: dict = {}  # per sentence, its trigger mentions and light-verb tokens (read once, when asked)

        def section_keeps(ev: Event) -> bool:
            """A section page (by its URL alone) keeps its acts of the law; an arts or a technology page, also its
            acts between states. Any story of sport or the arts keeps an arrest or a charge by a state's police or
            court (law_body_act); one of the arts or of the consumer pages, an act between two states (states_act);
            one of the consumer pages, an act of the law or of a state or an international body (public_act)."""
            return section_page and (self.law_act(ev) or genre != "sport" and self.interstate_act(article, ev)) \
                or law_body_act(ev) or article.topic in PLOT_TOPICS and states_act(ev) \
                or article.topic == "lifestyle" and (self.law_act(ev) or public_act(ev, article.text))

        kept = [ev for ev in article.events
                if not self._drop(article, ev, off_topic and not section_keeps(ev) or column, marks)
                and not (local and ev.event in DOMESTIC_TYPES and not ev.actor and not ev.recipient)
                and ev.sentence not in trailers]
        if len(kept) != len(article.events):
            article.events = kept
        return article

    def topic(self, article: Article) -> str | None:
        """The topic (sport, arts, lifestyle) the story is plainly about, or None."""
        story = [norms for sent, norms in zip(article.sentences, article.norms()) if sent.in_story]
        n_story = len(story)
        # (most story sentences hold no word of any topic: passed over once for all the topics, tested in C)
        openers = self._topic_openers
        story = [norms for norms in story if not openers.isdisjoint(norms)]
        title: list[str] | None = None
        for name, vocab in self.words.topics.items():
            keys: set[str] = set()
            sentences = strong_sentences = 0
            for norms in story:
                found = vocab.keys(norms)
                if found:
                    sentences += 1
                    keys |= found
                    strong_sentences += not found <= vocab.weak
            if not keys or sentences < MIN_SENTENCES and not article.title \
                    or name in TOPIC_STRONG_WORDS and min(len(keys - vocab.weak), strong_sentences) \
                    < TOPIC_STRONG_WORDS[name]:
                continue
            if len(keys) >= MIN_WORDS and sentences >= MIN_SENTENCES and sentences >= MIN_SHARE * n_story:
                return name
            strong = not keys <= vocab.weak
            if len(keys) >= DENSE_WORDS and sentences >= MIN_SENTENCES and sentences >= DENSE_SHARE * n_story \
                    and strong:
                return name
            if len(keys) >= MIN_WORDS_WITH_TITLE and article.title:
                if title is None:
                    title = [t.norm for t in tokenize(article.title)]
                in_title = vocab.keys(title)
                if in_title and not (keys | in_title) <= vocab.weak:
                    return name
        return None

    def aimed_plan(self, article: Article, ev: Event) -> bool:
        """True for a targeting verb (an `aiming` lemma: استهدف) with no actor whose sentence names, a few words before
        it and in no other sentence part, a plan, a programme, a campaign or a course (a `plan` word), and no
        `violence` word nor an armed or criminal agent: what it «targets» is its public or its aim («حملة للتبرع بالدم
        استهدفت منسوبي الجوازات»، «البرنامج التدريبي … استهدف 36 موظفاً»، «المشروع … ويستهدف 30% من الحركة
        المرورية»), no attack."""
        if ev.actor:
            return False
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)  # the cheap test first: most assaults have no plan word before them
        if k is None or not _word_before(toks, k, self.words.plan, PLAN_REACH):
            return False
        m = _trigger_mention(article, ev)
        if m is None or m.entry is None or normalize(m.entry.lemma) not in self.words.aiming:
            return False
        # «حملة تستهدف خلايا متشددة»: a campaign against armed men may strike
        return self.words.violence.isdisjoint(t.norm for t in toks) and not any(
            x.kind == "agent" and x.label in HOSTILE_SECTORS for x in article.sentence_mentions(ev.sentence))

    def play_attack(self, article: Article, ev: Event) -> bool:
        """True for an attack word (a `play` lemma: هجوم، هاجم) in a story of sport or in a sentence with a sport word,
        that names no `violence` word, no armed, criminal, military or police party and no such agent (a `striker`,
        المهاجم, is a player): a team's attacks on goal («هجوما كثيفا من جانب الأهلي»، «أهدروا عدة هجمات»), no assault.
        Since round 98 a protest word too (a `play` lemma: انتفض): a team that rallied («قبل أن ينتفض رابيد فيينا في
        الشوط الثاني ويحرز هدفين»), no uprising."""
        if article.topic != "sport":
            norms = article.norms()[ev.sentence]  # the cheap test first: most sentences name no sport word
            if not self.words.topics["sport"].keys(norms):
                return False
        m = _trigger_mention(article, ev)
        if m is None or m.entry is None or normalize(m.entry.lemma) not in self.words.play:
            return False
        striker = self.words.striker  # «للمهاجم عماد متعب»: a team's striker, no armed attacker
        if any((x.sector in ARMED_PARTIES or x.code == "IMG") and normalize(x.text.split()[0]) not in striker
               and not self.team_party(x.text) for x in (*ev.actor, *ev.recipient)):
            return False
        toks = article.tokens[ev.sentence]
        return self.words.violence.isdisjoint(t.norm for t in toks) and not any(
            x.kind == "agent" and x.label in ARMED_PARTIES
            and normalize(x.text.split()[0]) not in striker and not self.team_party(article.text[x.start:x.end + 12])
            for x in article.sentence_mentions(ev.sentence))

    def team_party(self, text: str) -> bool:
        """True for a party whose words name a team or a club (a `team` word: «قوة المنتخب السعودي»، «قوة الفريق
        الجزائري»): a side of a match, no force."""
        return not self.words.team.isdisjoint(normalize(w) for w in text.split())

    def thing_banned(self, article: Article, ev: Event) -> bool:
        """True for a ban (a `ban` word: حظر، منع, the trigger's lemma or a word of it) with no recipient that bans a
        thing's use, sale, wearing or owning (a `banned` word: استخدام، بيع، ارتداء، تملك), a venue's, a firm's or a
        law's rule, no coercion or sanction against anyone: a consumer thing (a `ware` word: التدخين، الإعلانات) told a
        few words after the ban word, by any actor (a state's own rule on smoking, «وتحظر تركمانستان كذلك الإعلانات»،
        «بعدما حظرت التدخين في الأماكن العامة», is domestic regulation that targets no group); or told right after
        the ban word (past a `ban_gap` word, على) by an actor of no state, or by a ban noun (a `ban_noun`: حظر) with none («كان قد فرض حظر على استخدام
        عقار»، «كان الدستور يحظر تملك الأجانب للأراضي»; a state's own ban of another use, «حظرت تركيا استخدام قاعدة
        انجرليك», and a verb's unnamed subject, «بعدما حظرت الاجتماعات», stay), or in a story whose title opens with such a ban
        («حظر استخدام عصي السيلفي في الأماكن السياحية»), or whose title names, anywhere, a ban of a `ware` thing
        («مقاصد سياحية تحظر استخدام عصا السيلفي»). Also, whatever its recipient, a regulation's text (regulation_text,
        round 83)."""
        words = self.words
        if words.ban.isdisjoint(normalize(w) for w in ev.trigger.text.split()):  # the cheap test first
            m = _trigger_mention(article, ev)
            if m is None or m.entry is None or normalize(m.entry.lemma) not in words.ban:
                return False
        if self.regulation_text(article, ev):
            return True
        if ev.recipient:
            return False
        if article.title:
            title_toks = tokenize(article.title)
            title = [t.norm for t in title_toks]
            if title and title[0] in words.ban and self._use_banned(title, 0):
                return True
            # «مقاصد سياحية تحظر استخدام عصا السيلفي»: a title's ban of a consumer thing, wherever it stands (round 68)
            if any(norm in words.ban and self._ware_banned(title_toks, j) for j, norm in enumerate(title)):
                return True
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.end - 1)
        if k is not None and self._ware_banned(toks, k, unowned=not ev.actor):
            return True  # «وتحظر تركمانستان كذلك الإعلانات»: a state's own rule on a thing, by any actor
        if any(e.code and e.code not in NON_STATE_CODES for e in ev.actor):
            return False
        if not ev.actor and normalize(ev.trigger.text.split()[-1]) not in words.ban_noun:
            return False  # «بعدما حظرت الاجتماعات»: a verb's unnamed subject may be a state
        return k is not None and self._use_banned([t.norm for t in toks], k)

    def regulation_text(self, article: Article, ev: Event) -> bool:
        """True for a ban with no coded actor nor recipient that names a `regulated` thing (تبرع، تبرعات) at most
        REGULATED_REACH words after its trigger, no mark between: a regulation of what a state's own offices may take
        («حظرت الجهات العليا قيام أي جهة حكومية … استقبال أي تبرعات»، «يحظر على الجهات الحكومية طلب أي تبرع»), no
        coercion of anyone (round 83). So is the impersonal present of a ban (a `rule_verb`: يحظر، يمنع) with «على»
        right after it («ويحظر على المنشآت ذات الوضع المهيمن إساءة استغلال الهيمنة»: round 93)."""
        if any(e.code for e in (*ev.actor, *ev.recipient)):
            return False
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.end - 1)
        if k is None:
            return False
        if k + 1 < len(toks) and toks[k + 1].norm == _ALA and strip_wa(toks[k].norm) in _topic_class("rule_verb"):
            return True
        return _word_after(toks, k, self.words.regulated, REGULATED_REACH, any_mark=True)

    def _ware_banned(self, toks: list[Token], k: int, unowned: bool = False) -> bool:
        """True if a `ware` word (التدخين، الإعلانات، السجائر), or for a ban with no actor (`unowned`) a `season_ware`
        word (الصيد), stands within WARE_REACH words after the ban word at `k`, before any punctuation: the thing a ban
        bans, past its subject and a use word («حظرت وزارة الداخلية المسدسات اللعبة»، «حظرت أفغانستان استخدام وبيع
        المسدسات اللعبة»، «ويحظر ممارسة صيد الروبيان»), is no party. A state's ban on fishing is coercion («وتحظر
        سلطات الاحتلال الصيد في بحر غزة»)."""
        season = self.words.season_ware if unowned else frozenset()
        for t in toks[k + 1:k + 1 + WARE_REACH]:
            if t.kind == "punct":
                return False
            if t.norm in self.words.ware or t.norm in season:
                return True
        return False

    def _use_banned(self, norms: list[str], k: int) -> bool:
        """True if the word after the ban word at `k` (past `ban_gap` words: على) is a `banned` use (استخدام)."""
        j = k + 1
        while j < len(norms) and norms[j] in self.words.ban_gap:
            j += 1
        return j < len(norms) and norms[j] in self.words.banned

    def courtesy_story(self, article: Article, ev: Event) -> bool:
        """True for an event in a story whose title tells a courtesy among an office's own people (a `courtesy` word:
        «الشؤون الصحية بحفر الباطن تعايد منسوبيها»، «ترقية الرفاعي»; not a holiday's name alone, the day of a
        political story too), or whose lead names a holiday party (a `courtesy` word that is a `holiday` word too:
        «نظمت المؤسسة العامة للتقاعد حفل معايدة لمنسوبيها»), or whose title or lead names the Eid or a festival (a
        `fete` or `feast` word, in the lead's FETE_LEAD first words, for an event of FETE_TYPES in a text of
        FETE_SENTENCES or more: «فعاليات عيد بحرة 36»، «زارت السفيرة فعاليات مهرجان جدة»; not «… كما أنهم يمنعون
        إقامة صلاة العيد» deep in a lead of Iran's Sunnis, nor the day of a political story or a rally: _fete_named), whose parties and sentence name no actor of a second state or of an organisation and whose sentence names no `political` word: the party's
        speeches, thanks and calls to staff («وحث رئيس البلدية الموظفين على مضاعفة جهودهم»، «وأعرب الرفاعي عن
        شكره»), no political event. A king's greeting to another state's ruler stays."""
        courtesy = self.words.courtesy
        title = _title_norms(article.title or "")
        fete = _fete_words() if ev.event in FETE_TYPES and len(article.sentences) >= FETE_SENTENCES else frozenset()
        if courtesy.isdisjoint(title) and _admission_words().isdisjoint(title) \
                and not _fete_named(_title_words(article.title or ""), fete):
            lead = next((k for k, sent in enumerate(article.sentences) if sent.in_story), None)
            if lead is None or (courtesy & self.words.holiday).isdisjoint(article.norms()[lead]) \
                    and not _fete_named(article.norms()[lead][:FETE_LEAD], fete):
                return False  # (in a lead, only a holiday party or a fete: «ترقية العلاقات» is an upgrade of ties)
        if not self.words.political.isdisjoint(article.norms()[ev.sentence]):
            return False
        codes = {e.code for e in (*ev.actor, *ev.recipient) if e.code}
        codes.update(m.get("code") for m in article.sentence_mentions(ev.sentence) if m.kind == "actor"
                     and m.get("code") and m.get("type") not in REGION_TYPES)
        return len(codes) <= 1 and not codes & NON_STATE_CODES

    def bare_plural_address(self, article: Article, ev: Event) -> bool:
        """True for a verb trigger read as an imperfect of the second person plural without its ن (تقدموا), with no
        `particle` of the subjunctive or the jussive right before it (أن، لن، لم، كي، حتى، لا) nor an attached ل, of a
        sound verb:
        the word is a perfect of another verb (تقدّموا, they applied or advanced: «سبعة آلاف متطوع تقدموا لبرنامج
        التدريب»), no act of the trigger's."""
        text = normalize(ev.trigger.text)
        if not text.endswith("وا") or "ت" not in text[:3]:  # the cheap test first: most triggers end otherwise
            return False
        m = _trigger_mention(article, ev)
        if m is None or m.get("aspect") != "imperfect" or m.get("pos") != "verb" or "ل" in (m.get("prefix") or "") \
                or not normalize(m.text).lstrip("وف").startswith("ت") or m.entry is None \
                or normalize(m.entry.lemma)[-1:] in "اىي":
            return False  # a defective verb's وا is a misspelt singular («هي من تدعوا»), no plural
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        return k is not None and not (k > 0 and toks[k - 1].norm in self.words.particle)

    def worded_clause(self, article: Article, ev: Event) -> bool:
        """True for an event with no actor told by a verb of the present right after an indefinite noun of a text, a
        voice or a sign (a `wording` word of topic_words.tsv), no mark between: a relative clause with no relative
        pronoun, the noun its subject, that tells what the text, the voices or the placards say («سيبحث عريضة تطالب
        بالتقدم بطلب تسليم طبيب»، «أصوات تطالب بالإفراج عنه»، «ورفعوا لافتات تندد بسياسة التقليص»، «تحقق في شكوى
        تطالب باجلاء المحامين»): no act of a party (the protest that raised the placards is coded by its own word).
        A hypothetical one is left to its flag («إلا إذا خرجت أصوات ترفض البحث»: no fact already)."""
        if ev.actor or ev.hypothetical or not self._present_verb(article, ev):
            return False
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        return k is not None and k > 0 and toks[k - 1].norm in self.words.wording

    def generic_clause(self, article: Article, ev: Event) -> str | None:
        """The name of the construction that tells the event's clause of a story (three sentences or more) as no one
        act, or None: a habit (a `habit` adverb beside the trigger, after it for an assault or a protest: «المنطقة
        التي يستهدفها بانتظام المتمردون»; for other types also a `repeated` or `continual` adjective after it, «طالب
        مرات عديدة»، «دعمه المستمر»);
        for other types, a capacity before it («قدرة الشركة وإمكاناتها على تقديم خدمات») or, but for a conflict type,
        a body's task or aim («لجنة تتولى دعوة المزارعين»، «بهدف دعم رواد الأعمال»); for aid, support or cooperation,
        its word after the purpose لـ («قرض بملياري دولار لدعم الاقتصاد الباكستاني»، «لمساعدة سكان اليمن»، «للتعاون مع
        إدارة التعليم»: what something is for; the act that serves it is coded by its own word); a verb of the present in a
        relative clause or with a law for its subject («الأشخاص الذين يعارضون استخدام مطمر»، «ويحظر القانون»); for a visit, support, aid,
        cooperation or an agreement a quantifier of many as its object («وزار البشير عدة بلدان»); and a past year
        dating its clause while the event is not dated in a past year («أصدرت المحكمة مذكرتي اعتقال بحق البشير في
        عامي 2009 و2010»). Also: a yes/no question ("question"), an act that must be done ("obligation"), a thing that
        endangers ("endanger"), a concern not expressed ("worry"), help as the framework of an act ("aim") and help
        relied on or put down as a cause ("reliance"); round 83: a verb of the present whose subject right after it is a
        `most` quantifier («وتتهم أغلب دول الخليج العربية طهران»: "general"). In a text of two sentences, only the act
        that must be done and (round 99) a topic's noun («لبحث العلاقات وأوجه التعاون بين البلدين»)."""
        if len(article.sentences) < OBLIGATION_SENTENCES:
            return None  # a lone sentence (a resolution's «يهدف إلى دعم») is coded as it reads
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        if k is None:
            return None
        if len(article.sentences) < DOMESTIC_ARTICLE_SENTENCES:
            # a text of two sentences: only a duty told («بل لابد من زيارة وزارة العمل لإنهاء العقد») or a topic
            # discussed (round 99: «لبحث العلاقات وأوجه التعاون بين البلدين»)
            if self._obliged(ev, toks, k):
                return "obligation"
            return "topic" if ev.event in TOPIC_TYPES and k > 0 \
                and self.topic_noun(article, ev, toks, k, conveyance=False) else None
        end = _token_at(toks, ev.trigger.end - 1) or k
        words = self.words
        if self.provision_clause(toks, k):
            return "provision"  # «مبادرة السلام العربية التي تقوم على انسحاب (إسرائيل)»، «وتشمل الخطة … فتح تحقيقات»
        if k > 0 and toks[k - 1].norm in words.whoever and toks[k].norm.startswith(_YA) \
                and self._present_verb(article, ev):
            # «تشديد العقوبة على من يلقون الحجارة»، «أغلب من يؤيد داعش»: anyone who does it (its third person
            # masculine only: «ما توصل إليه من توافق» is a noun the lexicon reads as a verb too)
            return "whoever"
        if ev.event in CHOICE_TYPES and self.choice_named(article, ev, toks, k):
            return "choice"  # «حتى 17 سبتمبر للموافقة على الاتفاق أو رفضه»: a choice named, neither act told (nv49)
        if self.whoever_conjunct(article, ev, toks, k):
            return "whoever"  # «ومن يخطط لهم ويدعمهم»، «بحق أي شخص يوجه له تهمة القتل ويطالب»: anyone who does it (nv49)
        if k + 1 < len(toks) and toks[k + 1].norm in words.most and self._present_verb(article, ev):
            # «وتتهم أغلب دول الخليج العربية طهران بالتدخل»: what most of a kind do, a standing charge (round 83)
            return "general"
        if not ev.future and self.aside_present(article, ev, toks, k):
            return "aside"  # «علما ان وزراء الاحتلال واعضاء الكنيست يقتحمون الاقصى»: a standing fact beside the news
        if ("؟" in ev.sentence_text or "?" in ev.sentence_text) and self.questioned(
                toks, k, ev.event not in KEEP_IN_TOPIC or ev.negated, _told_past(article, ev)):
            return "question"  # «هل لا تزال العملة الرديئة تطرد العملة الجيدة؟»، «ماذا عن وعدك …؟»: asked, no act told
        if ev.event not in KEEP_IN_TOPIC and self.asked_whether(toks, k):
            return "question"  # «دون أن يتضح ما إذا كان القرار يلقى دعما»: what is asked or unknown, no act told
        if self._obliged(ev, toks, k):
            return "obligation"  # «ولذا يجب طردهم من صفوف الثورة»، «يصرون على ضرورة التعاون»: what must be, no act
        if ev.event == "THREATEN" and not ev.actor and self.endangering(article, ev, toks, k):
            return "endanger"  # «إن ذلك يهدد كل دول العالم»، «عوامل عدة بدأت تهدد السياحة»: a danger, no threat made
        if ev.event == "THREATEN" and self.threat_confronted(article, ev, toks, k):
            return "state"  # «التصدي للتهديد الإقليمي المتزايد لبوكو حرام»، «لرد محتمل على التهديد الإيراني»
        if ev.event == "THREATEN" and self.threat_faced(article, ev, toks, k):
            return "state"  # «في مواجهة ما تتعرض له من تهديد»، «تعمل كمنظومة أمنية متكاملة نحو هذا التهديد»
        if ev.event == "REQUEST" and self._present_verb(article, ev) \
                and _word_after(toks, end, _claimed_words(), CLAIM_REACH):
            return "state"  # «وتطالب الصين … بالسيادة على غالبية بحر الصين الجنوبي»: a standing claim, no demand made
        if ev.event == "THREATEN" and self.threat_posed(article, ev, toks, k, end):
            return "state"  # «تشكل إيران تهديدا غير تقليدي»، «داعش تهديد مشترك»، «التهديدات التي تواجه البلاد»
        if ev.event not in KEEP_IN_TOPIC and _word_beside(toks, k, end, _wherever_words(), WHEREVER_REACH,
                                                          before=False):
            return "general"  # «ندين الإرهاب أينما كان ومهما كان سببه»: a stand on any such act, none told
        if ev.event == "SUPPORT" and self.support_of_all(article, ev, toks, k, end):
            return "general"  # «الشعب الإيراني يدعم كل الشعوب المقهورة»، «كل العالم يؤيد الاتفاق»: a stance, no act
        if ev.event == "ACCUSE" and self.unexpressed_worry(article, ev, toks, k):
            return "worry"  # «وأكد شتاينماير تفهمه قلق الرياض»، «أمر مثير للقلق»: a concern felt, none expressed
        if ev.event == "ASSAULT" and not ev.actor and not ev.recipient and self.device_kind(toks, k):
            return "method"  # «لم يعد مجرد سيارات مفخخة أو أحزمة ناسفة»، «قاموا بربط أحزمة ناسفة حول الدجاج»: a weapon
        if ev.event == "ASSAULT" and k > 0 and toks[k - 1].norm in words.front and toks[k].norm.startswith(_AL) \
                and toks[k].start == ev.trigger.start:
            return "place"  # «في جميع مناطق القتال ضد تنظيم داعش»، «للذهاب إلى مناطق القتال»: a battlefield named
        if ev.event == "ASSAULT" and self.refused_fighting(toks, k):
            return "refusal"  # «بعدم المشاركة في القتال»، «للجنود الرافضين للقتال»: a fighting not done, no attack
        if ev.event == "ASSAULT" and self.fighting_aim(toks, k, ev.trigger.start):
            return "purpose"  # «تجنيد متشددين للقتال في سوريا»، «لدى عودتهم من القتال»: what one goes for or left
        if ev.event not in KEEP_IN_TOPIC and k > 0 and toks[k - 1].norm in words.any_of \
                and toks[k].start == ev.trigger.start and not toks[k].norm.startswith(_AL) \
                and not negated_any(ev, toks, k):
            return "any"  # «رفضت الخارجية الأميركية أي تعاون مع نظام الأسد»، «قد قدمت أي تنازلات»: a kind, no act
        if k > 1 and toks[k - 1].norm in words.demonstrative and toks[k - 2].norm in words.such \
                and toks[k].start == ev.trigger.start:
            return "any"  # «بعواقب لمثل هذه الهجمات»، «أن مثل هذه اللقاءات تعد تأكيدا»: acts of a kind, none told
        if self.means_or_specialty(article, ev, toks, k):
            return "method"  # «أسلوب جديد لتفجير مواقع أعدائه»، «المتخصصة في احتجاز الرهائن»: what it is for
        if ev.event in UNIT_NAMED_TYPES and k > 0 and toks[k - 1].norm in words.unit \
                and toks[k].start == ev.trigger.start \
                and (toks[k].norm.startswith(_AL) or _AL not in toks[k - 1].norm):
            return "name"  # «وحدة الدعم النفسي التابعة للعيادات»، «بعثة مساعدة الأمم المتحدة»، «قسم اللقاءات»: a name
        if ev.event not in KEEP_IN_TOPIC and k > 0 and toks[k - 1].norm in words.existential:
            return "state"  # «وهناك رفض شعبي كبير لمشروعهم»، «مادام هناك تهديد لتركيا»: what there is, no act
        if ev.event not in KEEP_IN_TOPIC and k > 0 and toks[k - 1].norm in words.trend:
            return "trend"  # «وتزايد التهديد الإيراني»: a trend (an attack's is read by the report filter)
        if ev.event not in KEEP_IN_TOPIC and self.posed(toks, k):
            return "state"  # «المقاومة التي أصبحت تشكل تهديدا لبقائها»، «ولم يشكل أي تهديد لتركيا»: what it is, no act
        if k > 0 and self.still_going(article, ev, toks, k):
            return "state"  # «التنظيم لا يزال يشن هجمات»، «ما تزال تفرض واشنطن عقوبات»: a state going on, no act
        if ev.event in TOPIC_TYPES and k > 0 and self.topic_noun(article, ev, toks, k):
            return "topic"  # «أهمية التنسيق بين البلدين»، «محادثاتها حول قروض»، «لإيصال المساعدات»: a topic or an aim
        if ev.event in HELP_TYPES and self.owned_stance(article, ev, toks, k):
            return "stance"  # «مواصلة دعمها للشرعية»، «رغم دعمها للحملة»: the owner's stance or policy, no act
        if ev.event in HELP_TYPES and self.unsparing_stance(article, ev, toks, k):
            return "stance"  # «الذي لم يتوان منذ بداية الأزمة عن الوقوف بجانب السوريين ودعمهم»: a policy, no act (nv49)
        if ev.event in HELP_TYPES and self.national_stance(article, ev, toks, k, end):
            return "stance"  # «مؤكدا الدعم الإيراني لنظامه»، «هذا الدعم الأمريكي المطلق»: a state's policy, no act
        if ev.event == "COOPERATE" and k > 0 and toks[k - 1].norm in words.deepen:
            return "aim"  # «اتجهت السعودية لتعزيز التعاون الاستراتيجي»: an aim or a policy, no act
        if ev.event in HELP_TYPES and k > 0 and toks[k - 1].norm in words.frame:
            return "aim"  # «في إطار دعم سموه لفئات ذوي الاحتياجات»: the policy an act serves, no act
        if ev.event in HELP_TYPES and k > 1 and self.relied_on(toks, k):
            return "reliance"  # «يعتمد على دعم البنك المركزي»، «مردها إلى دعم طهران»: a standing state, no act
        if self.exchanged(toks, k):
            return "exchange"  # «مقابل رفع العقوبات»، «مقابل إطلاق سراح ثلاثة عسكريين»: a term of a deal or a demand
        if ev.event in MARKET_TYPES and ev.cameo != SIGNING and _word_before(toks, k, words.market, MARKET_REACH):
            return "market"  # «وسجلت البورصة العمانية ارتفاعا بدعم من قطاعي المال»: a price backed, no aid
        if ev.event not in KEEP_IN_TOPIC and self.charged(toks, k):
            return "charge"  # «بتهمة دعم الإرهاب»: the crime charged (an attack's is read by the report filter)
        if k > 0 and self.deemed(toks, k):
            return "state"  # «هذا الأمر البديهي لا يعد تنازلا»، «تعتبر مجرد تفاوضك معها اعترافا»: what it is deemed
        if k > 1 and toks[k - 1].norm in words.onset and toks[k - 2].norm in _SINCES \
                and toks[k].start == ev.trigger.start:
            return "since"  # «منذ بدء القتال في اليمن قبل أشهر»: the start of a period, no act told
        if self.effort_aim(article, ev, toks, k):
            return "aim"  # «يبذلان جهودهما لإلقاء القبض»، «تحقيقا بهدف القبض»: what an effort seeks, no act
        if ev.event in HELP_TYPES and self.standing_stress(toks, k):
            return "habit"  # «سياسة حكومة خادم الحرمين التي تؤكد على دعم مصر»: a policy described, no act (round 83)
        if self.frequent_doer(toks, k):
            return "habit"  # «وكان كوربين كثير المشاركة في … والمظاهرات»: a man's way, no act (round 83)
        if ev.event in KEEP_IN_TOPIC:
            # an attack or a protest only with the adverb after it in its clause («يستهدفها بانتظام»، «أطلقت قوات …
            # قذائف الهاون … بشكل متكرر») or right before its noun («يشن الجيش التركي يومياً غارات»): one further
            # before it may be another clause's («1.6 مليون برميل يوميا قبل الانتفاضة»)
            # (nor an adjective: «شنت غارات متكررة على صنعاء أمس» may be today's strikes)
            if self.habitual_attack(toks, k, end) or k > 0 and toks[k - 1].norm in words.habit \
                    and toks[k].start == ev.trigger.start:
                return "habit"
            return "series" if self.in_series(toks, k) and toks[k].start == ev.trigger.start else None
        if _word_beside(toks, k, end, words.habit, HABIT_REACH) or _word_beside(
                toks, k, end, words.repeated | words.continual, ADJECTIVE_REACH, before=False):
            return "habit"  # «طالب مرات عديدة»، «دعمه المستمر»: an adjective after it only
        if end + 1 < len(toks) and toks[end + 1].norm in words.standing:
            return "habit"  # «ودعمه الدائم للقضاء»: a standing relation; right after it only (المندوب الدائم)
        if _word_before(toks, k, words.capacity, CAPACITY_REACH, any_mark=True) and not self._next_act(article, ev):
            return "capacity"
        if ev.event in CONFLICT_TYPES and _word_before(toks, k, words.aim_verb, TASK_REACH, any_mark=True):
            return "task"  # «الاتفاق الذي يهدف إلى تخفيف العقوبات»: what a deal aims at, no act (not بهدف اعتقاله)
        if ev.event not in CONFLICT_TYPES and _word_before(toks, k, words.task, TASK_REACH, any_mark=True):
            return "task"  # «بهدف اعتقاله»: a raid's aim may be carried out
        if ev.event in HELP_TYPES and _purpose_prefix(article.text, toks[k], ev.trigger.start, ev.trigger.text) \
                and not self.directed_aid(ev, toks, k):
            return "purpose"  # «أرسلت أسلحة لدعم الجيش»، «قرض لدعم الاقتصاد»، «حملة لمساعدة اللاجئين»: what for
        if ev.event in HELP_TYPES and normalize(article.text[toks[k].start:ev.trigger.start]) == _WAW \
                and _word_before(toks, k, words.aim_head, PURPOSE_CONJUNCT_REACH, any_mark=True):
            return "purpose"  # «بهدف تعزيز القطاع الأمني ودعم التنمية»: a second aim joined to the first, no act
        if ev.event not in KEEP_IN_TOPIC and self.purpose_conjunct(article, ev, toks, k):
            return "purpose"  # «للوقوف إلى جانب الحكومة الشرعية في اليمن ودعمها»: a second aim, no act (round nv49)
        if not ev.future and self.standing_present(article, ev, toks, k):
            return "present"
        if ev.event == "AID" and k + 1 < len(toks) and toks[k + 1].norm in words.service \
                and self._present_verb(article, ev) and words.present.isdisjoint(t.norm for t in toks):
            return "present"  # «أن العيادات التخصصية السعودية تقدم الخدمات الطبية»: a body's work, no act of the day
        if ev.event == "AID" and not ev.actor and not ev.recipient and self.all_services(toks, end):
            return "present"  # «روح التطور في تقديم جميع خدماتها للمستفيدين»: a body's routine services, no act
        if ev.event != "COERCE" and not ev.future and self.standing_object(article, ev, toks, k):
            return "present"  # «المقاتلين الأكراد الذين يتلقون دعما جويا»: what someone does or undergoes, no act
        if ev.event in DOMESTIC_TYPES and (ev.event != "CONSULT" or ev.mode == "visit") \
                and self.aggregate_object(article, ev, toks, end):
            return "aggregate"  # «مناقشة الكثير من النقاط»: a meeting's many points are still one meeting
        if ev.event in DOMESTIC_TYPES and self.tallied(toks, end):
            return "tally"  # «زار السعودية 13 مرة»: a count of visits, no one visit
        if self.past_year(article, ev, toks, k, end):
            return "history"
        if self.anyone_subject(article, ev, toks, k):
            return "anyone"
        return None

    def choice_named(self, article: Article, ev: Event, toks: list[Token], k: int) -> bool:
        """True for one side of a choice between accepting and refusing, joined by «أو» with no punctuation between: a
        refusal right after أو with a word of approval or support (a trigger of CHOICE_TYPES' other side) at most
        CHOICE_REACH words before it, or such a word with أو and a refusal at most CHOICE_REACH words after it («أمام
        الكونجرس حتى 17 سبتمبر للموافقة على الاتفاق أو رفضه»، «توكل للبرلمان مهمة الموافقة أو رفض القوانين»، «خبراء
        يؤيدون أو يعارضون الاتفاق»، «التزم خامنئي الصمت حول تأييده أو رفضه للاتفاق»): what may be chosen, no act."""
        refusal = ev.event == "REJECT"
        if refusal:
            if k < 2 or toks[k - 1].norm not in _or_words():
                return False
            span = range(max(0, k - 1 - CHOICE_REACH), k - 1)
        else:
            end = _token_at(toks, ev.trigger.end - 1) or k
            ors = _or_words()
            orj = next((j for j in range(end + 1, min(len(toks), end + 1 + CHOICE_REACH))
                        if toks[j].norm in ors or toks[j].kind == "punct"), None)
            if orj is None or toks[orj].kind == "punct":
                return False
            span = range(orj + 1, min(len(toks), orj + 2))
        if not span or any(toks[j].kind == "punct" for j in span):  # (no word after أو, the text's last token: no choice)
            return False
        lo, hi = toks[span.start].start, toks[span.stop - 1].end
        others = CHOICE_TYPES - {"REJECT"} if refusal else {"REJECT"}
        return any(m.kind == "trigger" and m.label in others and lo <= m.start < hi
                   for m in article.sentence_mentions(ev.sentence))

    def whoever_conjunct(self, article: Article, ev: Event, toks: list[Token], k: int) -> bool:
        """True for a verb of the present in the third person masculine (ي) joined by و or أو to an earlier such verb
        whose subject is whoever or anyone: right after a `whoever` word or an `anyone` pair (أي شخص), at most
        WHOEVER_REACH words before it in its clause, no punctuation between («ومن يخطط لهم ويدعمهم»، «في حق من ينتمي إلى
        هذه الكيانات ويرفض التبرؤ منها»، «أي شخص يرتبط بعلاقة مع هذه المجموعة أو يتبنى أفكارهم ويؤيدهم»): what anyone
        who does the first does too, no act. A verb of another person (تحذر) opens a clause of its own."""
        joined = normalize(article.text[toks[k].start:ev.trigger.start]) == _WAW
        if not (joined or k > 0 and toks[k - 1].norm in _or_words()) or not normalize(ev.trigger.text).startswith(_YA):
            return False
        words = self.words
        for j in range(k - 1, max(0, k - 1 - WHOEVER_REACH), -1):
            tok = toks[j]
            if tok.kind == "punct":
                return False
            if tok.norm.startswith(_YA) and tok.norm not in _given_names() \
                    and (toks[j - 1].norm in words.whoever
                         or j > 1 and f"{toks[j - 2].norm} {toks[j - 1].norm}" in words.anyone):
                return self._present_verb(article, ev)  # (not «بدعم من يوسف الشاهد»: من a preposition, a name after)
        return False

    def purpose_conjunct(self, article: Article, ev: Event, toks: list[Token], k: int) -> bool:
        """True for an event word joined by a bare و to a purpose لـ-noun of a derived verbal noun's shape (_purpose_noun)
        at most PURPOSE_CONJUNCT_REACH words before it, no punctuation between: a second aim of the first, no act
        («التحالف الذي تقوده السعودية للوقوف إلى جانب الحكومة الشرعية في اليمن ودعمها»، «لاستقبال وتقبل مطالب
        المواطنين»، «محاولة الغزالي لإسكات الفلسفة وطردها»). Not a word spelled as a verb only (وألقت القبض، وطالب:
        _verb_inflected) nor one the trigger lexicon reads as a verb of any aspect (ويحث، ودعا، واستقبل، ووقع), unless it
        is written as a `masdar` word, a verbal noun read as a verb when bare (ودعم، ودعمها): a clause of its own, whose
        act may be told («داعمة للإرهاب وطالب بوضعها تحت الوصاية الدولية»، «داعمة للإرهاب ودعا المجتمع الدولي إلى
        معاقبتها»، «للاجتماع بالرئيس المصري ووقع الجانبان اتفاقية»; md_tp49)."""
        if normalize(article.text[toks[k].start:ev.trigger.start]) != _WAW or _verb_inflected(ev.trigger.text):
            return False
        m = _trigger_mention(article, ev)
        if m is not None and m.get("pos") == "verb" and not self._masdar_written(m):
            return False
        for j in range(k - 1, max(-1, k - 1 - PURPOSE_CONJUNCT_REACH), -1):
            if toks[j].kind == "punct":
                return False
            if _purpose_noun(toks[j].norm):
                return True
        return False

    def _masdar_written(self, m: Mention) -> bool:
        """True for a trigger the lexicon reads as a perfect verb that is written as a `masdar` word (_masdar), or as
        one with an attached pronoun (دعمها، دعمهم): a verbal noun that may be, no verb told."""
        if m.get("aspect") != "perfect":
            return False
        word, prefix, masdar = normalize(m.text), normalize(m.get("prefix")), self.words.masdar
        if prefix and word.startswith(prefix):
            word = word[len(prefix):]  # (the mention's text may hold its prefix or not: «ودعمها» is read as دعمها)
        if word in masdar or word[-1:] == "ا" and word[:-1] in masdar:
            return True
        return bool(m.get("object_pronoun")) and any(word.endswith(s) and word[:-len(s)] in masdar
                                                     for s in _PRONOUN_ENDINGS)

    def unsparing_stance(self, article: Article, ev: Event, toks: list[Token], k: int) -> bool:
        """True for help told at most UNSPARING_REACH words after an `unsparing` verb (لم يتوان، لا يألو) in its own
        clause: no punctuation between, no word that opens another clause (`clause_opener`: فيما، بينما، كما، لكن) and
        no other finite verb between (one the trigger lexicon reads, not a bare `masdar` word, or a `report` cue)
        («الذي لم يتوان منذ بداية الأزمة عن الوقوف بجانب السوريين ودعمهم»): a policy, no act. Help past a comma or in another clause is an
        act of its own («لم تتوان عن نصرة اليمن، وأعلنت أمس تقديم مساعدات»، «ولم يتوان الحوثيون عن قصف عدن فيما قدمت
        السعودية مساعدات»; md_tp49)."""
        words = self.words
        openers = FunctionWords.load().clause_opener
        verbs = {m.tok_start for m in article.sentence_mentions(ev.sentence) if m.start < ev.trigger.start and (
            m.kind == "trigger" and m.get("pos") == "verb" and not self._masdar_written(m)
            or m.kind == "cue" and m.label == "report")}  # (a verb of saying: «وأعلنت أمس تقديم مساعدات»)
        for j in range(k - 1, max(-1, k - 1 - UNSPARING_REACH), -1):
            tok = toks[j]
            if tok.kind == "punct" or tok.norm in openers or strip_wa(tok.norm) in openers or j in verbs:
                return False
            if tok.norm in words.unsparing:
                return True
        return False

    def directed_aid(self, ev: Event, toks: list[Token], k: int) -> bool:
        """True for aid with a coded recipient whose purpose لـ follows a `directive` noun at most DIRECTIVE_REACH
        words before it, no mark between: the act a ruler's order directs, told as done («إنفاذا لتوجيهات خادم
        الحرمين الشريفين الملك سلمان بن عبدالعزيز لتقديم المساعدات العاجلة للشعب اليمني»), no mere aim."""
        return ev.event == "AID" and any(p.code for p in ev.recipient) \
            and _word_before(toks, k, self.words.directive, DIRECTIVE_REACH, any_mark=True)

    def _obliged(self, ev: Event, toks: list[Token], k: int) -> bool:
        """True for an event, not an assault or a protest, a few words after an `obligation` word (يجب، لابد): what
        must or should be done, no act told."""
        return ev.event not in KEEP_IN_TOPIC and _word_before(toks, k, self.words.obligation, OBLIGATION_REACH,
                                                              any_mark=True)

    def effort_aim(self, article: Article, ev: Event, toks: list[Token], k: int) -> bool:
        """True for an event that is the aim of an effort, an inquiry or a forming (an `effort` noun at most
        EFFORT_REACH words before the head of its purpose, no mark nor `answer` word between): the purpose لـ on the
        trigger's word («بتشكيل فرق عمل لزيارة مدينة جازان»), on the verbal noun right before it («يبذلان جهودهما
        لإلقاء القبض»), or an `aim_head` word or «من أجل» right before it («وبدأت السلطات تحقيقا بهدف القبض على
        المنفذين»); not after a word whose لـ is its object's («جهود كبيرة استجابة لمناشدة الحكومة»), nor when an
        `outcome` word follows the aim within OUTCOME_REACH words, no mark between: the act was done («تم تشكيل لجنة
        لمداهمة الموقع حيث لوحظ وجود…»)."""
        effort = self.words.effort
        if not effort:
            return False
        if _purpose_prefix(article.text, toks[k], ev.trigger.start, ev.trigger.text):
            head = k
        elif k == 0 or toks[k].start != ev.trigger.start:
            return False
        elif toks[k - 1].norm in self.words.aim_head or len(toks[k - 1].norm) > 4 \
                and toks[k - 1].norm.lstrip("وف")[:1] == _LAM:
            head = k - 1  # «بهدف القبض»، «لإلقاء القبض»
        elif k > 1 and toks[k - 1].norm == _AJL and toks[k - 2].norm == _MIN:
            head = k - 2  # «من أجل»
        else:
            return False
        for j in range(head - 1, max(-1, head - 1 - EFFORT_REACH), -1):
            norm = toks[j].norm
            if toks[j].kind == "punct" or norm in self.words.answer:
                return False  # «جهود كبيرة استجابة لمناشدة الحكومة»: the لـ of a response, the appeal answered was made
            if norm in effort:
                return not self.aim_done(toks, k)
        return False

    def aim_done(self, toks: list[Token], k: int) -> bool:
        """True if an `outcome` word (حيث) stands at most OUTCOME_REACH words after token k, no mark between: what an
        effort sought is told as done where it is («لجنة لمداهمة الموقع حيث لوحظ»)."""
        for j in range(k + 1, min(len(toks), k + 1 + OUTCOME_REACH)):
            if toks[j].kind == "punct":
                return False
            if toks[j].norm in self.words.outcome:
                return True
        return False

    def standing_stress(self, toks: list[Token], k: int) -> bool:
        """True for a noun of help right after على whose `stress` verb, at most STANCE_EXPRESS_REACH words before it
        (no mark between), is one of the present right after a `relative` word (التي تؤكد، الذي يشدد): what a policy or
        a body stands for, described («مع سياسة حكومة خادم الحرمين التي تؤكد على دعم مصر الشقيقة»), no act; the
        past, «وهي القمة التي أكدت على دعم الكويت», tells one (round 83)."""
        if not k or toks[k - 1].norm not in _ON:
            return False
        words = self.words
        for j in range(k - 2, max(0, k - 2 - STANCE_EXPRESS_REACH), -1):
            tok = toks[j]
            if tok.kind == "punct":
                return False
            if tok.norm in words.stress:
                return tok.norm.startswith(_PRESENT) and toks[j - 1].norm in words.relative
        return False

    def frequent_doer(self, toks: list[Token], k: int) -> bool:
        """True if a `frequent` adjective in construct with a definite noun (كثير المشاركة، دائم الحضور) stands at most
        FREQUENT_REACH words before the trigger at token k, no mark between: the trigger tells what someone often did
        or does («وكان كوربين كثير المشاركة في النقابات العمالية والمظاهرات»), no one act (round 83)."""
        for j in range(k - 1, max(-1, k - 1 - FREQUENT_REACH), -1):
            if toks[j].kind == "punct":
                return False
            if toks[j].norm in self.words.frequent and toks[j + 1].norm.startswith(_AL):
                return True
        return False

    def habitual_attack(self, toks: list[Token], k: int, end: int) -> bool:
        """True if a habit adverb follows the attack or protest ending at token `end`, at most ATTACK_HABIT_REACH
        words on with no punctuation between: a `habit` word (باستمرار، يوميا) or a `manner` noun with a `regular`
        adjective right after it (بشكل متكرر، بصورة مستمرة): «أطلقت قوات موالية للحوثيين قذائف الهاون والصواريخ
        العشوائية بشكل متكرر على مناطق مأهولة» tells a pattern over a war, no one attack."""
        words = self.words
        for j in range(end + 1, min(len(toks), end + 1 + ATTACK_HABIT_REACH)):
            norm = toks[j].norm
            if toks[j].kind == "punct":
                return False
            if norm in words.habit or norm in words.manner and j + 1 < len(toks) \
                    and toks[j + 1].norm in words.regular:
                return True
        return False

    def aside_present(self, article: Article, ev: Event, toks: list[Token], k: int) -> bool:
        """True for a verb of the present (the trigger at token k) at most ASIDE_REACH words after an `aside` word
        with a complementizer right after it (function_words.tsv, ب allowed: علما ان، علما بانه), no mark between and no `present` word
        from the aside to the trigger: a standing fact told beside the news («علما ان وزراء الاحتلال واعضاء الكنيست
        يقتحمون الاقصى بإذن من نتنياهو»), no one act (round 96)."""
        words = self.words
        for j in range(k - 1, max(0, k - 2 - ASIDE_REACH), -1):
            tok = toks[j]
            if tok.kind == "punct" or tok.norm in words.present:
                return False
            if tok.norm.removeprefix("ب") in _complementizers() and j > 0 and toks[j - 1].norm in words.aside:
                return self._present_verb(article, ev)
        return False

    def in_series(self, toks: list[Token], k: int) -> bool:
        """True for an attack or protest noun at token k right after a `series` noun (سلسلة، سلسة، موجة), «من»
        between at most, that no `wage` or support verb carries out (at most SERIES_REACH words before it in its
        sentence part, its subject and commas between): one of a series told as the background of an event
        («والحادث هو الأخير في سلسلة هجمات»، «رد على سلسلة هجمات استهدفت جنودا»، «بعد سلسلة من الهجمات الدامية»), no
        one attack; «شنت القوات الجوية التركية سلسلة غارات» tells them done."""
        j = k - 1
        if j > 0 and toks[j].norm == _MIN:
            j -= 1
        if j < 0 or toks[j].norm not in self.words.series:
            return False
        for i in range(j - 1, max(-1, j - 1 - SERIES_REACH), -1):
            if toks[i].kind == "punct" and toks[i].norm not in ("،", ","):
                break  # (a comma may close a time put before the series: «شن طيران التحالف العربي أمس، سلسلة غارات»)
            if toks[i].norm in self.words.wage or self._support(toks[i].norm):
                return False
        return True

    def anyone_subject(self, article: Article, ev: Event, toks: list[Token], k: int) -> bool:
        """True for a verb of the present (the trigger at token k) whose subject, at most ANYONE_REACH words before it
        in its sentence part, is anyone: an `anyone` word (المؤمن، المرء، «لا أحد») or an `every` word with an
        indefinite noun after it (كل مسلم، كل مواطن; not «كل من», both of two named): a general statement of what
        anyone does, no act («حيث إن كل مسلم عاقل يستنكر هذه الجريمة»، «لا أحد يناقش أن تقوم إيران ببناء مشروع»،
        «المؤمن القوي حصن أمام تحديات الأعداء ويتعاون مع الجهات المسؤولة»)."""
        words = self.words
        found = False
        for j in range(k - 1, max(-1, k - 1 - ANYONE_REACH), -1):
            tok = toks[j]
            if tok.kind == "punct":
                return False
            if tok.norm in words.anyone or j > 0 and f"{toks[j - 1].norm} {tok.norm}" in words.anyone \
                    or tok.norm in words.every and j + 1 < k and toks[j + 1].kind == "ar" \
                    and not toks[j + 1].norm.startswith("ال") and toks[j + 1].norm != _MIN:
                found = True
                break
        # (the cheap test first: most verbs have no such subject before them)
        return found and self._present_verb(article, ev)

    def questioned(self, toks: list[Token], k: int, wh: bool = False, past: bool = False) -> bool:
        """True if the trigger at token k stands in a yes/no question: after a `question` particle of its sentence (هل،
        أليس، ألم), with no mark that ends a sentence part between, and before a question mark, with none between
        («هل لا تزال العملة الرديئة تطرد العملة الجيدة من السوق؟»، «ألم يكن الحشد الشعبي معول هدم لبيوت وأسر؟»): asked,
        no act told. Not an act told before the question («بعد استقالة رئيس الاتحاد، هل أنت متفائل؟») nor after it
        («وعلى سؤال "هل ستضغط؟"، أجاب: "تفاوضنا معها"»). With `wh`, a `wh` word opens such a question as well (an
        interview's or a column's «- ماذا تم بشأن تعاونكم مع الجهات المعنية …؟»، «لماذا لم يغتالوا أحدا؟»): the
        caller asks it for all but an attack or a protest told in the affirmative («لماذا قتلت الشرطة المتظاهرين؟»
        presupposes the killing); a `wh` word may carry و/ف, and a semicolon stays inside the question but before a
        `past` verb («فلماذا لا تدعمه الدولة بمؤسساتها المعنية؛ بدلاً من دعمه من رواتب الموظفين السعوديين؟»; «…؛ كما
        أكد ذلك مجلس الشورى، وطالب بتدخل الهيئة …؟» tells the demand, round 108)."""
        question = self.words.question | self.words.wh if wh else self.words.question
        parts = frozenset() if past else _QUESTION_PARTS
        for j in range(k - 1, -1, -1):
            tok = toks[j]
            if tok.kind == "punct" and tok.norm in _BREAKS and tok.norm not in parts:
                return False
            if tok.norm in question or wh and strip_wa(tok.norm) in self.words.wh:
                break
        else:
            return False
        stops = _BREAKS - parts
        for tok in toks[k + 1:]:
            if tok.kind == "punct" and (tok.text in _QUESTION_MARKS or tok.norm in stops):
                return tok.text in _QUESTION_MARKS
        return False

    def threat_confronted(self, article: Article, ev: Event, toks: list[Token], k: int) -> bool:
        """True for a definite threat noun in لـ or after على (للتهديد، على التهديد), no relative pronoun in the three
        words after it: the threat as a thing confronted, answered or posed («التصدي للتهديد الإقليمي المتزايد لبوكو
        حرام»، «لرد محتمل على التهديد الإيراني»، «مصدرا للتهديد»), no threat made; «ردا على التهديدات التي أطلقها»
        points to one made."""
        norm = toks[k].norm
        if not (norm.startswith(_LIL) or norm.startswith(_AL) and k > 0 and toks[k - 1].norm in _ON):
            return False
        if any(t.norm in self.words.relative for t in toks[k + 1:k + 4]):
            return False
        m = _trigger_mention(article, ev)
        return m is not None and m.get("pos") != "verb"

    def threat_faced(self, article: Article, ev: Event, toks: list[Token], k: int) -> bool:
        """True for a threat noun right after a demonstrative (هذا التهديد: one told before) or with an `undergo`
        verb of the present (تتعرض، تواجه) a few words before it in its sentence part: the threat as a state a
        country lives with («أهمية استقرارها في مواجهة ما تتعرض له من تهديد من المنظمات الإرهابية»، «تعمل كمنظومة
        أمنية متكاملة نحو هذا التهديد»), no threat made («تعرضت لتهديد من داعش» in the past stays)."""
        if not (k > 0 and toks[k - 1].norm in self.words.demonstrative and toks[k].start == ev.trigger.start
                or _word_before(toks, k, _undergo_words(), UNDERGO_REACH)):
            return False
        m = _trigger_mention(article, ev)
        return m is not None and m.get("pos") != "verb"

    def threat_posed(self, article: Article, ev: Event, toks: list[Token], k: int, end: int) -> bool:
        """True for a threat noun told as a danger posed, shared or faced (round 48): a `threat_pose` word (يشكل، تمثل،
        باعتبارها) at most POSE_REACH words before it in its sentence part («بل تشكل إيران تهديدا غير تقليدي»، «قائلة
        إنهم يشكلون أيضا تهديدا للولايات المتحدة»), or a `threat_kind` word (مشترك، الأساسي، آخر) or an `undergo`
        verb (تواجه) at most THREAT_KIND_REACH words after it («نتفق جميعا على أن داعش تهديد مشترك»، «عن تطور
        التهديدات التي تواجه البلاد»): what a party is, no threat made; «تلقى تهديدا بالاختطاف» stays."""
        m = _trigger_mention(article, ev)
        if m is None or m.get("pos") == "verb":
            return False
        return _word_before(toks, k, _pose_words(), POSE_REACH) \
            or _word_after(toks, end, _threat_kind_words(), THREAT_KIND_REACH)

    def deemed(self, toks: list[Token], k: int) -> bool:
        """True for an event noun (the trigger at token k), neither definite nor in بـ, right after a `deem` verb of the
        present (يعد، تعتبر) and in the accusative (its alif of tanween: «هذا الأمر البديهي لا يعد تنازلا»), or after
        the verb and a `deem_mere` word (مجرد: «تعتبر مجرد تفاوضك معها اعترافا»): what something is deemed, no act
        told. A noun in construct right after the verb is its subject («تعتبر زيارة ولي العهد للأردن من الزيارات
        الهامة»: the visit told)."""
        norm = toks[k].norm
        if norm.startswith(_AL) or norm.startswith("ب"):
            return False
        if toks[k - 1].norm in self.words.deem_mere:
            return k > 1 and toks[k - 2].norm in self.words.deem
        return norm.endswith(_ALIF) and toks[k - 1].norm in self.words.deem

    def refused_fighting(self, toks: list[Token], k: int) -> bool:
        """True for a definite attack noun (the trigger at token k: القتال، للقتال) at most REFUSAL_REACH words after a
        `refusal` word (عدم، الرافضين) in its clause, no mark nor `halt` word between: a fighting not done, refused or
        set as a condition («بعدم المشاركة في القتال»، «ضمان عدم عودة السجناء إلى القتال»), no attack told."""
        norm = toks[k].norm.lstrip("وفب")
        if not (norm.startswith(_AL) or norm.startswith("لل")):
            return False
        words = self.words
        for j in range(k - 1, max(-1, k - 1 - REFUSAL_REACH), -1):
            tok = toks[j]
            if tok.kind == "punct" or tok.norm in words.halt:
                return False
            if tok.norm in words.refusal:
                return True
        return False

    def fighting_aim(self, toks: list[Token], k: int, start: int) -> bool:
        """True for the noun of fighting (a `fight` word, the trigger's whole word at token k) with the purpose لـ
        («للقتال»، «لقتال بوكو حرام») or right after a `fight_return` pair («عائدون من القتال»): what someone is sent or goes for, or came
        back from, no attack told."""
        norm = toks[k].norm
        if norm not in self.words.fight or toks[k].text[:start - toks[k].start].strip("وفل"):
            return False  # the trigger is the whole word, or its clitics (و، ف، ل) are left out of it: «لقتال»
        if norm.lstrip("وف").startswith("ل"):
            return True  # «للقتال»، «لقتال «بوكو حرام»» (round 101: a force formed to fight an enemy named)
        return k > 1 and f"{toks[k - 2].norm} {toks[k - 1].norm}" in self.words.fight_return

    def posed(self, toks: list[Token], k: int) -> bool:
        """True for an event noun (the trigger at token k) right after a `pose` verb (يشكل، تمثل), «أي» or «عن» between
        at most: what something is or shows («التي أصبحت تشكل تهديدا لبقائها»، «لم يشكل أي تهديد لتركيا»، «في خطوة تنم
        عن الترحيب»), no act told."""
        if k == 0 or toks[k].norm.startswith(_YA):
            return False
        prev = toks[k - 1].norm
        if prev in (_ANY, _AN) and k > 1:
            prev = toks[k - 2].norm
        return prev in self.words.pose

    def still_going(self, article: Article, ev: Event, toks: list[Token], k: int) -> bool:
        """True for an event told by a verb of the present right after a `still` word (لا يزال، ما تزال), or its
        subject between (at most STILL_SUBJECT_REACH words, a comma at most, the verb with no و/ف before it), or by
        the noun right after such a verb: a state that goes on («التنظيم لا يزال يشن هجمات في المحافظة»، «التي ما
        تزال تفرض واشنطن عقوبات ضد نظامه»، «ما زالت روسيا ومعها دول أخرى، تدعم نظام الأسد»، «ولا تزال حكومة الإكوادور
        تطالبهم بالمزيد»), no act of the day."""
        still = self.words.still
        if toks[k - 1].norm in still:
            return self._present_verb(article, ev)
        if k > 1 and toks[k - 2].norm in still and toks[k - 1].kind != "punct" \
                and toks[k - 1].norm.startswith(_PRESENT):
            return True
        if not toks[k].norm.startswith(_PRESENT):
            return False  # (the cheap test first: «ويطالب» after «لا يزال مصيرهم مجهولا» opens a clause of its own)
        return _word_before_comma(toks, k - 1, still, STILL_SUBJECT_REACH) and self._present_verb(article, ev)

    def endangering(self, article: Article, ev: Event, toks: list[Token], k: int) -> bool:
        """True for a threat verb that also means «endanger» (an `endanger` lemma: هدد) in the present, told with no
        actor and with no بـ right after it (يهدد بـ names the act threatened): its subject is a thing, a fact or a
        danger («إن ذلك يهدد كل دول العالم»، «عوامل عدة بدأت تهدد السياحة في تركيا»، «مشكلة خطيرة جداً تهدد الوطن»),
        no threat made by a party."""
        nxt = toks[k + 1].norm if k + 1 < len(toks) else ""
        if nxt.startswith("ب") or not self._present_verb(article, ev):
            return False
        m = _trigger_mention(article, ev)
        return m is not None and m.entry is not None and normalize(m.entry.lemma) in self.words.endanger

    def cause_for_feeling(self, article: Article, ev: Event) -> bool:
        """True for a call (a `cause_verb` word: يدعو، دعت) whose next word, past إلى, is a `feeling` noun, the trigger
        being either: «الوضع يدعو إلى القلق»، «أمر يدعو للتفاؤل»، «تدعو لسخط الناس» give cause for a feeling, an
        idiom, no appeal made and no concern expressed (an addressee between, «دعا المواطنين إلى الحذر», is an
        appeal)."""
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        if k is None:
            return False
        words = self.words
        if toks[k].norm in words.cause_verb:
            j = k + 1 + (k + 2 < len(toks) and toks[k + 1].norm in _ILA)
            return j < len(toks) and toks[j].norm in words.feeling
        if toks[k].norm not in words.feeling or k == 0:
            return False
        j = k - 1 - (k > 1 and toks[k - 1].norm in _ILA)
        return toks[j].norm in words.cause_verb

    def unexpressed_worry(self, article: Article, ev: Event, toks: list[Token], k: int) -> bool:
        """True for a noun of concern (a `worry` lemma: قلق) that no `express` word (عن of «أعرب عن»، أبدى، يساوره)
        stands before, at most EXPRESS_REACH words back in its sentence part, nor بـ on its own word («نشعر بالقلق»):
        a concern understood, shared, raised or felt («وأكد شتاينماير تفهمه قلق الرياض»، «أيدت قلق الاتحاد الأوروبي»،
        «مما فاقم أجواء القلق»، «أمر مثير للقلق»), no concern expressed by a party. With بـ, a third person's verb of
        feeling or watching before it (round 89: «يشعر الفلسطينيون بقلق شديد»، «تتابع ما يجري بقلق») tells a
        feeling too."""
        text = normalize(ev.trigger.text)
        if not any(w in text for w in self.words.worry):
            return False  # the cheap test first: most accusations are told by other words
        head = normalize(article.text[toks[k].start:ev.trigger.start])
        if head.lstrip("وف").startswith("ب"):
            return self.felt_with(toks, k) and self._worry_noun(article, ev)
        express = self.words.express
        for j in range(k - 1, max(-1, k - 1 - EXPRESS_REACH), -1):
            tok = toks[j]
            if tok.kind == "punct":
                break
            if tok.norm in express:
                return False
        return self._worry_noun(article, ev)

    def support_of_all(self, article: Article, ev: Event, toks: list[Token], k: int, end: int) -> bool:
        """True for a verb of support in the present (the trigger at tokens k..end) whose object right after it is all
        of a kind (an `every` or `whole` quantifier: «الشعب الإيراني يدعم كل الشعوب المقهورة»), whose subject before it
        opens with one («بتصوير أن كل العالم يؤيد الاتفاق»), or told by a `we_stand` verb of the first person with no
        party defended («ندافع عن وطننا»، «أن ندافع عن قضايانا»; «بل ندافع عن جعجع» stays): a stance or a slogan, no
        act of support (round 89); or, past or present, whose subject is the world as one whole (a `mankind` word) right
        before it, itself after «أن» or a mark or opening the sentence, or right after it with no adjective («إن العالم رحب
        بالاتفاق»; «رحب العالم العربي» names a party, «إن أكبر منتج للنفط في العالم رحب» the producer), round 108."""
        words = self.words
        if k >= 1 and toks[k - 1].norm in words.mankind and (
                k < 2 or toks[k - 2].kind != "ar" or strip_wa(toks[k - 2].norm) in _complementizers()) \
                or end + 1 < len(toks) and toks[end + 1].norm in words.mankind \
                and not (end + 2 < len(toks) and toks[end + 2].norm.startswith("ال")):
            return True  # «إن العالم رحب بالاتفاق»: the whole world, no party
        quantifier = words.every | words.whole
        if not (end + 1 < len(toks) and toks[end + 1].norm in quantifier
                or k >= 2 and toks[k - 2].norm in quantifier and toks[k - 1].kind == "ar"
                or toks[k].norm in words.we_stand and not ev.recipient):
            return False  # the cheap test first: most verbs of support name one party
        return self._present_verb(article, ev)

    def _worry_noun(self, article: Article, ev: Event) -> bool:
        """True if the event's trigger is a noun of a `worry` lemma (قلق)."""
        m = _trigger_mention(article, ev)
        return m is not None and m.get("pos") == "noun" and m.entry is not None \
            and normalize(m.entry.lemma) in self.words.worry

    def felt_with(self, toks: list[Token], k: int) -> bool:
        """True if a `felt_worry` verb (a third person's يشعر، تتابع، تراقب) stands at most FELT_REACH words before token
        k in its sentence part: «يشعر الفلسطينيون بقلق شديد»، «إنها تتابع ما يجري من اقتتال بقلق» tell a feeling."""
        return _word_before(toks, k, self.words.felt_worry, FELT_REACH, any_mark=True)

    def topic_noun(self, article: Article, ev: Event, toks: list[Token], k: int, conveyance: bool = True) -> bool:
        """True if the event is told by a noun right after the head of a topic (a `topic_head` word of
        topic_words.tsv: «أهمية التنسيق»، «سبل دعم»، «مستوى التهديد»، «محادثاتها حول قروض»، «المطالبة بانسحاب»)
        or, for aid, of its conveyance (a `conveyance` word: «لإيصال المساعدات»، «منع وصول المساعدات»): what is
        discussed, weighed, wanted or hindered, no act told; so is one right after في، إلى or على after a need, an effort
        or a quest (a `topic_prep` word: «بحاجة إلى دعم»، «الجهود المبذولة في دعم الشعب اليمني»، «للحصول على دعم»);
        a `support` noun may stand between («بفكرة تقديم
        استقالته»، «سبل تقديم المساعدات»); unless a light verb or a `support` verb stands right before the head («تم
        إيصال المساعدات»). Without `conveyance` (a text of two sentences, round 99), a topic's head alone."""
        words = self.words
        j = k - 1
        if j > 0 and toks[j].norm not in words.topic_head and self._support(toks[j].norm):
            j -= 1  # «بفكرة تقديم استقالته»: the act's own support noun between
        head = toks[j].norm
        if head in _TOPIC_PREPS and j > 0 and toks[j - 1].norm in words.topic_prep:
            j -= 1  # «بحاجة إلى دعم»، «الجهود المبذولة في دعم الشعب اليمني»، «للحصول على دعم لإصلاحات»
        elif head not in words.topic_head and not (conveyance and ev.event == "AID" and head in words.conveyance):
            return False
        triggers, light = _sentence_marks(article, ev.sentence, {})
        m = next((t for t in triggers if t.start <= ev.trigger.start < t.end), None)
        if m is None or m.get("pos") != "noun" and toks[k].norm[len(m.get("prefix") or ""):] not in words.masdar:
            return False  # a verb after its subject («برنامج يدعم»)
        return not (j > 0 and (j - 1 in light or self._support(toks[j - 1].norm)))

    def owned_stance(self, article: Article, ev: Event, toks: list[Token], k: int) -> bool:
        """True if the event is told by a noun of help with its owner's possessive pronoun (a `stance` stem and a
        `possessive` pronoun of topic_words.tsv: «مواصلة دعمها للشرعية»، «مساعدتنا لحكومة سوريا»): a stance or a
        policy, no act of the day; not with an `express` or an `affirm` word at most STANCE_EXPRESS_REACH words
        before it and no mark nor أن between («أعرب عن دعمه»، «أعلن قائد الجيش الإيراني دعمه»، «وأكد المالكي دعمه
        للإصلاحات»), and a word the lexicon reads as a verb (دعمها) only with لـ or إلى right after it («ستواصل دعمهما للأشقاء»; «التي دعمها الرئيس» is a verb)."""
        norm = toks[k].norm
        words = self.words
        if not any(norm.endswith(p) and norm[:-len(p)] in words.stance for p in words.possessive):
            return False
        for j in range(k - 1, max(-1, k - 1 - STANCE_EXPRESS_REACH), -1):
            tok = toks[j]
            if tok.kind == "punct" or tok.norm in _THAT:
                break  # «وأكد أن مواقف السعودية الداعمة للأردن ومساعدته ثابتة»: the noun is in what is said
            if tok.norm in words.express or tok.norm in words.affirm:
                return False  # «أعرب عن دعمه لمساعي إنشاء قوة عربية»، «وأعلن قائد الجيش الإيراني دعمه»: a statement
        m = _trigger_mention(article, ev)
        if m is None or m.get("pos") == "noun":
            return m is not None
        nxt = toks[k + 1].norm if k + 1 < len(toks) else ""
        return nxt.startswith("ل") or nxt in _ILA

    def national_stance(self, article: Article, ev: Event, toks: list[Token], k: int, end: int) -> bool:
        """True if the event is told by a definite noun of help of a `stance` stem (الدعم، التعاون، التأييد) with a
        nationality adjective right after it (a coded party written with ال and ending in ي: «مؤكدا الدعم الإيراني
        لنظامه»، «ورغم أن هذا الدعم الأمريكي المطلق يعود إلى عقود»، «أن الدعم الإيراني ربما يتجاوز هذا الرقم»): a
        state's policy named, no act of the day (aid itself, «المساعدات السعودية», is no `stance` stem: it arrives)."""
        if end + 1 >= len(toks):
            return False
        nxt = toks[end + 1]
        if not (nxt.norm.startswith(_AL) and nxt.norm.endswith(_NISBA)):
            return False  # the cheap test first: most help nouns have no nationality adjective after them
        norm = toks[k].norm
        at = norm.find(_AL)
        if at < 0 or at > 2 or norm[at + len(_AL):] not in self.words.stance:
            return False  # (the article after two clitics at most: وبالدعم)
        return any(m.kind == "actor" and m.start == nxt.start and m.label
                   for m in article.sentence_mentions(ev.sentence))

    def relied_on(self, toks: list[Token], k: int) -> bool:
        """True if the trigger at token k (a noun of help) is what something relies on or is put down to: right after a
        `reliance` word («مردها «دعم طهران لنظام الأسد»», a quotation mark between at most), or after a على or an إلى
        with such a word at most RELIANCE_REACH words before it, one comma between at most and no other mark («كان حزب
        الدعوة الحاكم يعتمد على تأييدها ودعمها»، «اعتمادا كليا في ميزانياته الضخمة ومصاريف ميليشاته، على الدعم
        الإيراني»، «عاداً استمرار مأساة الشعب السوري مردها إلى دعم طهران»): a standing state, no act told."""
        j = k - 1
        if toks[j].kind == "punct" and _QUOTE_MARKS.match(toks[j].text):
            j -= 1
        reliance = self.words.reliance
        if toks[j].norm in reliance:
            return True
        return toks[j].norm in _LEANS and _word_before_comma(toks, j, reliance, RELIANCE_REACH)

    def sacred_act(self, article: Article, ev: Event) -> bool:
        """True for an act told of God or the Prophet: a `sacred` name right after the trigger, its subject («ألم
        يحذرنا ربنا من طاعة الشيطان»، «حذر رسول الله أصحابه»، «وما غزا عليه السلام غزوة»; or right after its first word,
        a tail read in it: «منحكم الله قيادة ذات حزم»), or a `prophet` name second in
        the sentence, the subject of its opening verb (a sentence of sacred history: «حكم رسول الله في بني قريظة …،
        فقتل الرجال»، «قال الله تعالى …»): scripture, a sermon or religious history, no event of the news."""
        toks = article.tokens[ev.sentence]
        words = self.words
        if len(toks) > 2 and toks[0].kind != "punct" and _sacred_at(toks, 1, words.prophet):
            return True
        end = _token_at(toks, ev.trigger.end - 1)
        if end is not None and _sacred_at(toks, end + 1, words.sacred):
            return True
        # a tail read as God's name (الله keys as له: «منحكم الله قيادة ذات حزم») is the subject right after the verb
        k = _token_at(toks, ev.trigger.start)
        return k is not None and end is not None and k < end and _sacred_at(toks, k + 1, words.sacred)

    def device_kind(self, toks: list[Token], k: int) -> bool:
        """True for a device's adjective (an `armed` word, the trigger at token k) right after a plural noun of devices
        with no number before it (a `devices` word: «سيارات مفخخة أو أحزمة ناسفة»، «بربط أحزمة ناسفة حول الدجاج»،
        «وانفجار عبوات ناسفة وسيارات مفخخة»): a kind of weapon named, no one attack told; the blast or the attack that
        uses one is coded by its own word, and one device («عبوة ناسفة»، «حافلة مفخخة») is left to the coder."""
        if k < 1 or toks[k].norm not in self.words.armed or toks[k - 1].norm not in self.words.devices:
            return False
        return k < 2 or toks[k - 2].kind != "num"

    def means_or_specialty(self, article: Article, ev: Event, toks: list[Token], k: int) -> bool:
        """True for an event word (the trigger at token k) that tells what a means or a body is for: with the purpose
        لـ, a `method` noun at most METHOD_REACH words before it in its clause («بدأ تنظيم داعش في استخدام أسلوب جديد
        لتفجير مواقع أعدائه»), or right after a `specialty` adjective and في, or بـ on its own word («وحدة المداهمات،
        المتخصصة في احتجاز الرهائن»، «الجهات المختصة بمكافحة الإرهاب»): a tactic or a task, no act told."""
        if k < 1:
            return False
        words = self.words
        if k > 1 and toks[k - 1].norm == _FI and toks[k - 2].norm in words.specialty:
            return True
        head = normalize(article.text[toks[k].start:ev.trigger.start])
        if toks[k - 1].norm in words.specialty and head in ("ب", "بال") \
                and not (k + 1 < len(toks) and toks[k + 1].norm == _MAA):
            return True  # not «المتخصصين بالتنسيق مع صناديق التنمية»: in coordination with them
        if not _purpose_prefix(article.text, toks[k], ev.trigger.start, ev.trigger.text):
            return False
        for j in range(k - 1, max(-1, k - 1 - METHOD_REACH), -1):
            if toks[j].kind == "punct":
                return False
            if toks[j].norm in words.method:
                return True
        return False

    @staticmethod
    def _present_verb(article: Article, ev: Event) -> bool:
        """True if the event's trigger is a verb of the present (imperfect, not future)."""
        m = _trigger_mention(article, ev)
        return m is not None and m.get("pos") == "verb" and m.get("aspect") == "imperfect" and not m.get("future")

    def exchanged(self, toks: list[Token], k: int) -> bool:
        """True for an event word (the trigger at token k; a bare masdar the lexicon reads as a verb too: «مقابل رفعٍ») at most EXCHANGE_REACH words after an `exchange` word (مقابل)
        in its clause, no demonstrative right after that word: what a deal, an offer or a demand gives in return («الذي
        ينص على الحد من أنشطتها النووية مقابل رفع العقوبات»، «بالإفراج عن خمس نساء مقابل إطلاق سراح ثلاثة عسكريين»),
        no act told. Not «المقابل» (في المقابل: on the other hand), nor «مقابل ذلك قصفت» (an act in return)."""
        words = self.words
        for j in range(k - 1, max(-1, k - 1 - EXCHANGE_REACH), -1):
            tok = toks[j]
            if tok.kind == "punct":
                return False
            if tok.norm in words.exchange:
                return not (j + 1 < k and toks[j + 1].norm in words.demonstrative)
        return False

    def charged(self, toks: list[Token], k: int) -> bool:
        """True if the trigger at token k stands right after a `charge` word, an opening quotation mark between at most
        («أحكاماً بالإعدام على خمسة أشخاص بتهمة دعم الإرهاب»، «بتهمة “دعم الإرهاب”»، «بالتآمر لتأمين الدعم المادي»): the
        crime a court tries, no act told; so after an `accused` participle, the noun in بـ (round 102: «متهمين بمساعدة
        سائح أمريكي في قتل أسد»; not «ووجهت إلى المتهمين تهم», charges brought)."""
        j = k - 1
        if j > 0 and toks[j].kind == "punct" and _QUOTE_MARKS.match(toks[j].text):
            j -= 1
        return j >= 0 and (toks[j].norm in self.words.charge
                           or toks[j].norm in self.words.accused and toks[k].norm.startswith("ب"))

    def text_subject(self, article: Article, ev: Event) -> bool:
        """True for a verb of a request with no actor whose subject, right after it, is a text (a definite `charter` or
        `law` noun: a plan, an initiative, an agreement, a law): what the text asks for, no party's act («وفيما يتعلق
        بتنويع القاعدة الإنتاجية، طالبت الخطة، برفع معدلات استثمار الثروات المعدنية»، «طالبت الخطة الخمسية الجديدة
        بوضع استراتيجية»; round 105), in a sentence that names no party (a roadmap's «ودعت الوثيقة إلى تنفيذ بيان
        جنيف 1، بدءًا بتشكيل هيئة الحكم الانتقالية» is its signatories' call). The act that makes the text is coded by
        its own word; a text told after a verb of another type is as often its object («يعارضون الاتفاق»)."""
        if ev.actor:
            return False
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.end - 1)
        if k is None or k + 1 >= len(toks) or not toks[k + 1].norm.startswith("ال") \
                or toks[k + 1].norm not in self.words.charter and toks[k + 1].norm not in self.words.law \
                or toks[k + 1].norm in self.words.regime:
            return False  # the cheap test first: most verbs are followed by no text noun (nor by «الأنظمة العربية»)
        m = _trigger_mention(article, ev)
        if m is None or m.get("pos") != "verb":
            return False
        return not any(x.kind == "actor" and x.label != VAGUE_CODE
                       or x.kind == "agent" and x.label in COLUMN_PARTY_SECTORS
                       for x in article.sentence_mentions(ev.sentence))

    def provision_clause(self, toks: list[Token], k: int) -> bool:
        """True if the trigger at token k stands, at most PROVISION_REACH words on in its sentence part, after a verb of
        a text's provision (a `provision` or `content` word: تنص، تقضي، «تقوم على»، تشمل، تتضمن), with no mark but a quotation
        mark between, whose text, a `charter`
        or `law` noun (not a programme or a campaign, whose content is done: «برنامج الوزارة الذي شمل زيارة»), is its antecedent or subject a few words before it or its subject right after it: the content
        of an initiative, a plan, a law or a resolution («مبادرة السلام العربية التي تقوم على انسحاب (إسرائيل)»، «وتشمل
        الخطة إلغاء مناصب … وإعادة فتح تحقيقات في الفساد»), no act told (the act that makes the text is coded by its
        own word)."""
        words = self.words
        for j in range(k - 1, max(-1, k - 1 - PROVISION_REACH), -1):
            tok = toks[j]
            if tok.kind == "punct" and not _QUOTE_MARKS.match(tok.text):
                return False  # «وفق ما ينص عليه القانون، وتتهم «إيرا» السلطات»: another clause
            if tok.norm in words.content or tok.norm in words.provision \
                    or j + 1 < k and f"{tok.norm} {toks[j + 1].norm}" in words.provision:
                texts = words.charter | words.law
                if any(t.norm in texts for t in toks[max(0, j - PROVISION_TEXT):j]) \
                        or any(t.norm in texts for t in toks[j + 1:min(k, j + 1 + PROVISION_SUBJECT)]):
                    return True
                return j > 0 and toks[j - 1].norm in words.relative and self._antecedent_text(toks, j - 1, texts)
        return False

    @staticmethod
    def _antecedent_text(toks: list[Token], r: int, texts: frozenset[str]) -> bool:
        """True if a text noun stands at most PROVISION_ANTECEDENT words before the relative pronoun at token r, one
        comma between at most: the antecedent of «الذي ينص» («لاتفاق القوى الست الكبرى مع إيران، الذي ينص على»)."""
        return _word_before_comma(toks, r, texts, PROVISION_ANTECEDENT)

    def praised_help(self, article: Article, ev: Event) -> str | None:
        """The construction that makes a noun of aid, support or cooperation of a text of PRAISED_SENTENCES sentences
        or more (a lone sentence is coded as it reads) what is thanked, praised, given or pointed back to, or None:
        right after a demonstrative in a sentence with no `present` word («هذا الدعم ليس بغريب»، «لزيادة هذا الدعم»: an
        act told before, no new one: "anaphora"; «وسلمت المملكة أمس هذه المساعدات» tells a new one); after «من» with a `given` word a few words before it («بفضل ما تحظى
        به من دعم مستمر»، «على ما قدمته من دعم للجيش»: "given"); or a few words after a `thanks` word of its sentence
        part («مقدما شكره للاتحاد … على دعمهم»، «وثمن الأمين دعم واهتمام الأمير»، «مقدراً سموه دعم وتعاون الوزير»:
        "thanks"); not one a `present` word after it dates («بالمساعدات التي قدمتها الإمارات يوم الأحد»). The thanks
        or praise is coded by its own word."""
        if len(article.sentences) < PRAISED_SENTENCES:
            return None
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        if not k:
            return None
        words = self.words
        prev = toks[k - 1].norm
        cared = self._cared(toks, k)
        if prev not in words.demonstrative and prev != _MIN and not cared and not self._thanked(toks, k):
            return None  # the cheap test first: most nouns of help have none of them before
        m = _trigger_mention(article, ev)
        if m is None or not (cared or m.get("pos") == "noun" or self._masdar(m)):
            return None  # a verb («بهذا يقدم»، «شكر الدول التي دعمت») tells an act of its own
        if m.entry is not None and normalize(m.entry.lemma) in words.greeting:
            return None  # a congratulation praised is still sent: «أشاد المجلس بالرسالة وما تضمنته من تهنئة»
        if prev in words.demonstrative:  # «وسلمت المملكة أمس هذه المساعدات»: a day tells a new act
            return "anaphora" if words.present.isdisjoint(t.norm for t in toks) else None
        if not words.present.isdisjoint(t.norm for t in toks[k + 1:]):
            return None  # «وأشاد الوزير بالمساعدات التي قدمتها الإمارات يوم الأحد»: a day after it dates the act
        if prev == _MIN and _word_before(toks, k - 1, words.given, GIVEN_REACH, any_mark=True):
            return "given"
        if cared:
            return "care"
        return "thanks" if self._thanked(toks, k) else None

    def _cared(self, toks: list[Token], k: int) -> bool:
        """True if the noun of help at token k is joined by و to a `care` noun right before or right after it («اهتمام
        ودعم حكومة خادم الحرمين»، «تعطي الجانب الصحي جل اهتمامها ودعم هذا المرفق»، «بفضل الله ثم دعم واهتمام ورعاية
        سمو الأمير»): the care and support a ruler is praised for, a standing relation, no act; a word joined by و to a
        noun is a noun, whatever the lexicon reads it as (اهتمام ودعم)."""
        care = self.words.care
        if toks[k].norm[:1] == _WAW and toks[k - 1].kind != "punct" \
                and not care.isdisjoint(_bare_stems(toks[k - 1].norm)):
            return True
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        return nxt is not None and nxt.norm[:1] == _WAW and not care.isdisjoint(_bare_stems(nxt.norm))

    def _thanked(self, toks: list[Token], k: int) -> bool:
        """True if a `thanks` word stands at most THANKS_REACH words before token k in its sentence part, not followed by
        a word of what is said a few words on (أن، إلى: «ونوه الوزير أن حكومة بلاده تعمل على زيادة التعاون» reports, it praises
        nothing)."""
        thanks = self.words.thanks
        for j in range(k - 1, max(-1, k - 1 - THANKS_REACH), -1):
            tok = toks[j]
            if tok.kind == "punct" and tok.norm in _BREAKS:
                return False
            if tok.norm in thanks:  # «ونوه الوزير المصري أن»: its subject may come between
                return _SAID.isdisjoint(t.norm for t in toks[j + 1:min(k, j + 1 + SAID_REACH)])
        return False

    def _masdar(self, m: Mention) -> bool:
        """True for a trigger the lexicon reads as a perfect verb that is written as a `masdar` word, a verbal noun of
        help, alone or with the accusative alef (دعم، تعاون، دعماً: «وثمن الأمين دعم واهتمام الأمير»)."""
        if m.get("aspect") != "perfect":
            return False
        word = normalize(m.text)[len(m.get("prefix")):]
        return word in self.words.masdar or word[-1:] == "ا" and word[:-1] in self.words.masdar

    @staticmethod
    def _next_act(article: Article, ev: Event) -> bool:
        """True if the event's trigger is a verb of the perfect joined by و or ف: a done act of a new clause, which
        the capacity before it does not govern («أنه قادر على تحقيق ذلك ودافع عن حصيلة أدائه»)."""
        m = _trigger_mention(article, ev)
        return m is not None and m.get("pos") == "verb" and m.get("aspect") == "perfect" \
            and (m.get("prefix") or "")[:1] in ("و", "ف")

    def standing_present(self, article: Article, ev: Event, toks: list[Token], k: int) -> bool:
        """True for a verb of the present (imperfect) right after a `relative` pronoun or a form of كان (the past of a
        habit: «التي كانت تزود»، «نظام الأسد كان يتعاون»), but for a siege or a detention and after an `antecedent`
        that tells the act (المرة الثانية التي يصدر فيها عفو), or with a `law` word for its subject right after or
        before it, and no `present` word in its sentence (اليوم، أمس، a weekday): what someone or something does or
        is («المجمعات التي تدعم قطاع الأعمال»، «الأشخاص الذين يعارضون استخدام مطمر»), or what a law holds («ويحظر
        القانون الإساءة إلى الأديان»), no act of the day."""
        words = self.words
        relative = k > 0 and (toks[k - 1].norm in words.relative or self.conjoined_present(toks, k)) \
            and ev.event != "COERCE" and not any(t.norm in words.antecedent for t in toks[max(0, k - 4):k - 1])
        if not (relative or any(t.norm in words.law for t in toks[max(0, k - 2):k + 3] if t is not toks[k])):
            return False  # the cheap test first: most verbs have neither before them
        m = _trigger_mention(article, ev)
        if m is None or m.get("pos") != "verb" or m.get("aspect") != "imperfect" or m.get("future"):
            return False
        return not self.own_present(toks, k)

    def own_present(self, toks: list[Token], k: int) -> bool:
        """True if a `present` word (اليوم، حاليا، a weekday) stands in the sentence of the trigger at token k outside
        a relative clause opened after it: «أونروا، التي تقدم دعما للاجئين الفلسطينيين الذين بلغ عددهم اليوم، 5
        ملايين» dates the refugees' count, not the help (round 100)."""
        words = self.words
        later = next((j for j in range(k + 1, len(toks)) if toks[j].norm in words.relative), len(toks))
        return not words.present.isdisjoint(t.norm for t in toks[:later])

    def standing_object(self, article: Article, ev: Event, toks: list[Token], k: int) -> bool:
        """True for an event noun (the trigger at token k) right after a verb of the present, or one word after it (a
        preposition: «يتشوقون إلى زيارتها»), that follows a `relative` pronoun or a form of كان, the verb no `intent` one
        (يعتزم، ينوي: «الذي يعتزم زيارة إيران في سبتمبر» tells a visit to come) nor a light or `support` one («كان كيري
        يجري المحادثات في فيينا» tells the talks), with no `present` word in the sentence:
        what someone does, undergoes or receives («المقاتلين الأكراد السوريين الذين يتلقون دعما جويا من التحالف»،
        «جرائمه التي يمارسها من نهب وسرقة للمال العام»، «المرضى الذين يعانون من اضطرابات»), no act of the day. A
        verb of the present is read by its prefix: ي، or تت (تتلقى، تتعرض; a bare ت may open a perfect: تلقى); a
        verbal noun of help the lexicon reads as a verb too (دعما) counts as a noun."""
        words = self.words
        if article.text[toks[k].start:ev.trigger.start][:1] in ("و", "ف"):
            return False  # «النواقص التي يحتويها والتنازلات التي قدمت»: a noun joined to the object, no object
        for v in (k - 1, k - 2):
            if v < 1 or toks[v].kind != "ar" or toks[v - 1].norm not in words.relative:
                continue
            verb = toks[v].norm
            if not verb.startswith(("ي", "تت")) or verb in words.intent or verb in words.support \
                    or v == k - 2 and toks[k - 1].kind != "ar" or v in _sentence_marks(article, ev.sentence, {})[1]:
                continue  # «كان كيري يجري المحادثات في فيينا»: a light verb makes the noun the act itself
            m = _trigger_mention(article, ev)
            return m is not None and (m.get("pos") == "noun" or self._masdar(m)) \
                and words.present.isdisjoint(t.norm for t in toks)
        return False

    def aggregate_object(self, article: Article, ev: Event, toks: list[Token], end: int) -> bool:
        """True if a quantifier of many (an `aggregate` word: عدة، مختلف، العديد، الكثير) follows the trigger ending
        at token `end` as its object, past only the event's actor named after it and a recipient told with ل
        («وزار البشير عدة بلدان»، «قدمت لشعوبها ولأوطانها الكثير من الخدمات»): a record, no one act."""
        spans = [(e.start, e.end) for e in ev.actor]
        for j in range(end + 1, min(len(toks), end + 1 + AGGREGATE_REACH)):
            tok = toks[j]
            if tok.norm in self.words.aggregate:
                return True
            if tok.kind != "ar" or not (tok.norm.startswith(("ل", "ول")) or any(a <= tok.start < b for a, b in spans)):
                return False
        return False

    def tallied(self, toks: list[Token], end: int) -> bool:
        """True if a number and a `times` word (مرة، مرات) follow the trigger ending at token `end` in its clause, a
        few words after it («زار السعودية 13 مرة»، «التقاه 5 مرات»): a count of acts, a record, no one act."""
        for j in range(end + 1, min(len(toks) - 1, end + 1 + TALLY_REACH)):
            tok = toks[j]
            if tok.kind == "num":
                return toks[j + 1].norm in self.words.times
            if tok.kind == "punct":
                return False
        return False

    def past_year(self, article: Article, ev: Event, toks: list[Token], k: int, end: int) -> bool:
        """True if an `era` word and a year before the publication's (عام 2009، في عامي 2009 و2010، عام 1391 of the
        Hijra), a past year of the Hijra with its mark after the trigger (زيارة الملك سعود … إلى المنطقة 1352 هـ), or a `decade` of a past century (في عقد الخمسينات; not an age: «في الثمانينات من العمر»), stand near the trigger in its clause, with no «منذ»
        before the year (a period since it: «أول زيارة منذ الثورة عام 1959»), and the event is not dated in a past
        year: history told under today's date (an event dated in its past year is history told as such, and
        stays)."""
        published = (article.published or "")[:4]
        if not published.isdigit():
            return False
        but = _contrast_words()
        for span in (range(end + 1, min(len(toks), end + 1 + HIJRI_REACH)), range(k - 1, max(-1, k - 1 - ERA_REACH), -1)):
            since = False
            for n, j in enumerate(span):
                tok = toks[j]
                if tok.kind == "punct" and (tok.norm in _BREAKS or tok.norm in ("،", ",")) \
                        or j != k and strip_wa(tok.norm) in but:
                    break  # (nor past «لكنه»: «فشل كاميرون … في عام 2013 لكنه طلب»: the year is the other clause's)
                if tok.norm == _SINCE:
                    since = True
                if (n < ERA_REACH and (tok.norm in self.words.era and j + 1 < len(toks) and toks[j + 1].kind == "num"
                                       and _past_year(toks[j + 1].norm, published) or self._decade(toks, j))
                        or _hijri_year(toks, j, published)) and not since \
                        and not any(t.norm == _SINCE for t in toks[max(0, j - SINCE_REACH):j]):
                    dated = (ev.date or "")[:4]
                    return not ("1500" <= dated < published)
        return False

    def _decade(self, toks: list[Token], j: int) -> bool:
        """True for a `decade` word at token j that no «من» and an `age` word follow (في الثمانينات من العمر: an age)."""
        if toks[j].norm not in self.words.decade:
            return False
        return not (j + 2 < len(toks) and toks[j + 1].norm == _MIN and toks[j + 2].norm in self.words.age)

    def protest_call(self, article: Article, ev: Event) -> bool:
        """True for a call answered (an `answer` word right before it: «تلبية لدعوة من النقابة») in a sentence that
        tells a protest: the call is the protest's own (a strike called by a union), coded by its protest word."""
        if not any(o.event == "PROTEST" and o.sentence == ev.sentence for o in article.events):
            return False
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        return k is not None and k > 0 and toks[k - 1].norm in self.words.answer

    def grant_of_no_aid(self, article: Article, ev: Event) -> bool:
        """True for a grant told with no object of its own (a `grant` lemma, منح, on a row with no tail) whose word
        right after its recipient, at most GRANT_REACH words on, is one its row leaves out right after the trigger:
        «الموافقة على منح المملكة العربية السعودية مقعد مراقب في المجموعة» grants a seat, no aid. With no recipient
        after it, the word after the one right after the trigger, an unresolved recipient («مع منح الحملات صلاحية
        تسجيل نسبة من حجاجها»: an authority, round 83)."""
        m = _trigger_mention(article, ev)
        if m is None or m.entry is None or m.entry.tail or not m.entry.unless \
                or normalize(m.entry.lemma) not in self.words.grant:
            return False
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        ends = [r.end for r in ev.recipient if r.start >= ev.trigger.end]
        if not ends:
            return k is not None and k + 2 < len(toks) and toks[k + 1].kind == "ar" \
                and word_key(toks[k + 2].norm) in m.entry.unless
        j = next((n for n, t in enumerate(toks) if t.start >= min(ends)), None)
        if k is None or j is None or j > k + GRANT_REACH or toks[j].kind == "punct":
            return False
        return word_key(toks[j].norm) in m.entry.unless

    def what_given(self, article: Article, ev: Event) -> bool:
        """True for an aid told by its verb right after a `given` word (ما، لما، بما، وما): what someone gives or gave
        («تقديراً وعرفاناً لما قدمه عميد الدبلوماسية العربية»، «على ما قدمته وتقدمه من دعم للمقاومة»), a tribute or
        a service described, no act; not after a `time` word (بعد ما قدمت: after it gave)."""
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        return k is not None and k > 0 and toks[k - 1].norm in self.words.given \
            and not (k > 1 and toks[k - 2].norm in self.words.time)

    def organised_occasion(self, article: Article, ev: Event) -> bool:
        """True for cooperation told as the manner of an act («بالتعاون مع»، «بالتنسيق مع») with an `occasion` word a
        few words before it in its clause: the organisers of a programme, a festival or a contest («قامت مسك الخيرية
        بتأسيس هذا البرنامج منذ عامين بالتعاون مع جامعة هارفارد»). Only between domestic bodies (a university, a
        company, whatever their country) and offices of no code; nor when its sentence tells aid or a conflict or has
        a `political` word (relief, a truce, refugees)."""
        if article.text[ev.trigger.start - 1:ev.trigger.start] != "ب":
            return False
        if not all(self._domestic_body(e) and e.code not in ORGANISATION_CODES
                   or not e.code and (e.sector or "") in ADMINISTRATIVE_SECTORS for e in ev.actor + ev.recipient):
            return False
        if any(o.sentence == ev.sentence and (o.event == "AID" or o.event in CONFLICT_TYPES) for o in article.events):
            return False
        norms = article.norms()[ev.sentence]
        if not self.words.political.isdisjoint(norms):
            return False
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        if k is None:
            return False
        return _word_before(toks, k, self.words.occasion, OCCASION_REACH)

    def told_content(self, article: Article, ev: Event, marks: dict | None = None) -> bool:
        """True for an event noun at most CONTENT_REACH words after a `content` word or phrase of its clause (تضمنت،
        بنود، في مجال): what a text, a programme or a list holds («بنود الاتفاقية، التي تضمنت التعاون في مجال الطاقة»، «وتشمل الموافقات 25
        وثيقة»), no act told."""
        triggers, _ = _sentence_marks(article, ev.sentence, {} if marks is None else marks)
        m = next((t for t in triggers if t.start <= ev.trigger.start < t.end), None)
        if m is None or m.get("pos") != "noun":
            return False
        toks = article.tokens[ev.sentence]
        for j in range(m.tok_start - 1, max(-1, m.tok_start - 1 - CONTENT_REACH), -1):
            tok = toks[j]
            if tok.kind == "punct":
                return False
            if tok.norm in self.words.content or j > 0 and (toks[j - 1].norm, tok.norm) in self.words.content_pairs:
                return True
        return False

    def sermon_report(self, article: Article) -> bool:
        """True if the story reports a sermon: a `sermon` word or phrase (خطبة، خطيب، إمام الحرم) in its title or
        its first SERMON_LEAD sentences («إمام المسجد الحرام: التغافل خلق نبوي»، «وقال في خطبة الجمعة»; round 103:
        the second too, «أوضح سماحة مفتي عام المملكة … أن الإسلام حريص …. وبين سماحته في خطبة الجمعة اليوم»)."""
        words, pairs = _sermon_words()
        heads = [[t.norm for t in tokenize(article.title)]] if article.title else []
        story = [(i, norms) for i, (sent, norms) in enumerate(zip(article.sentences, article.norms())) if sent.in_story]
        if story and any(ev.sentence == story[0][0] and ev.event in NEWS_LEAD_TYPES for ev in article.events):
            story = story[:1]  # (a news lead of an attack, a protest or an arrest: a sermon named after it is told in
            # the news, «اقتحم مستوطنون المسجد الأقصى …. وقال خطيب المسجد الأقصى … في خطبة الجمعة»)
        heads += [norms for _, norms in story[:SERMON_LEAD]]
        return any(not words.isdisjoint(norms) or not pairs.isdisjoint(zip(norms, norms[1:])) for norms in heads)

    def market_talk(self, ev: Event) -> bool:
        """True for an event on a page of a finance section or of a signed column (a MARKET_GENRES URL: "finance",
        "byline") that names no party of any state or international body (no coded actor or recipient) and is no
        attack, protest or act of the law: a firm's, a chamber's or an office's business («وطالب المختصون أصحاب
        المركبات إلى تجنب …»، «يجري التنسيق مع مسؤولي غرفة مكة»، «مفاوضات علنية طلبًا لسعر معين للسيارة»), no political
        event. «رفضت اليونان شروط حزمة الإنقاذ» stays."""
        return ev.event not in KEEP_IN_TOPIC and not self.law_act(ev) \
            and not any(p.code for p in ev.actor + ev.recipient)

    def market_lead(self, article: Article, past_dateline: bool = False) -> bool:
        """True for a market report by its lead: the first sentence of the story names a currency or a market (a
        `currency` word: الدولار، الاسترليني، البورصة، الأسهم، برنت; not «مؤشر» nor اليورو of a political lead) or prices (a
        `prices` word: «تتجه دولة الإمارات إلى تحرير أسعار الجازولين»): «ارتفع الدولار … بينما صعد الجنيه
        الاسترليني استجابة لنشر محضر الاجتماع الأخير لبنك إنجلترا». Its events naming no state's party are markets'
        talk (market_talk), whatever the page's URL. A story only (MARKET_STORY_SENTENCES sentences or more): a lone
        sentence has no lead («ستعقد اجتماعات دورية لمراقبة الأسعار» stays). With `past_dateline`, a dateline before
        it, DATELINE_WORDS words at most («عين اليوم – لندن»), is passed: the lead lone_meeting reads (round 98)."""
        if len(article.sentences) < MARKET_STORY_SENTENCES:
            return False
        words = self.words
        for sent, norms in zip(article.sentences, article.norms()):
            if sent.in_story and (not past_dateline or len(norms) > DATELINE_WORDS):  # «عين اليوم – لندن»
                return not words.currency.isdisjoint(norms) or not words.prices.isdisjoint(norms)
        return False

    def death_inquiry(self, article: Article, ev: Event) -> bool:
        """True for an investigation with no recipient into a death by mishap (a `demise` word, some words after the
        trigger with no mark between: وفاة، غرق، اختناق): «فتح مخفر شرطة البتراء تحقيقًا في وفاة طفلة … إثر اختناقها
        بحبل أرجوحة» is a police routine, no accusation of anyone."""
        if ev.recipient or not (ev.cameo or "").startswith(INQUIRY_CAMEO):
            return False
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        return k is not None and _word_after(toks, k, self.words.demise, DEMISE_REACH, any_mark=True)

    def corpse_received(self, article: Article, ev: Event) -> bool:
        """True for a reception whose object, some words after its trigger with no mark between, is a dead body (a
        `corpse` word: جثمان، رفات): «استقبل أهالي محافظة البرك … جثمان الشهيد» is a burial, no meeting. The look stops
        at the next event's trigger in the sentence: «استقبل وزير الداخلية نظيره العراقي … وبحثا سبل التعاون … لاستقبال
        جثمان السفير» met the minister first (review of round 105)."""
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        if k is None:
            return False
        end = toks[k].end
        nxt = min((o.trigger.start for o in article.events
                   if o.sentence == ev.sentence and o.trigger.start >= end), default=None)
        reach = CORPSE_REACH if nxt is None else min(CORPSE_REACH, sum(1 for t in toks[k + 1:] if t.start < nxt))
        return _word_after(toks, k, self.words.corpse, reach, any_mark=True)

    def troops_met(self, article: Article, ev: Event) -> bool:
        """True for a meeting whose object, at most TROOPS_REACH words after its trigger (past the actor named after
        it) with no mark between and no leader's word (a `troop_head`: قائد) right before it, is the rank and file (a
        `troops` word: «ومن المتوقع أن يلتقي الوزير الأمريكي أيضا جنودا أمريكيين»، «خلال لقاء مع جنود أميركيين»),
        and, when the actor is coded, no recipient of another code than the actor's: an official's call on his own
        troops, no meeting of political actors (round 75)."""
        own = {x.code for x in ev.actor if x.code}
        if own and any(x.code and x.code not in own for x in ev.recipient):
            return False
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.end - 1)
        return k is not None and _word_after(toks, k, self.words.troops, TROOPS_REACH, any_mark=True,
                                             not_lead=self.words.troop_head)

    def backed_strengthening(self, article: Article, ev: Event) -> bool:
        """True for a noun of help told by one word whose next word is a `deepen` noun (تعزيز، تطوير; with و, or a
        pronoun after it, not the purpose لـ): the backing of a strengthening is an aim talked about («بحث العلاقات
        الثنائية التي تهم البلدين ودعم تعزيزها»، «دعم وتعزيز العلاقات»), no act (round 75); «دعما لتطوير الجيش» is
        help given for an aim and stays."""
        if " " in ev.trigger.text.strip():
            return False
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        if k is None or k + 1 >= len(toks) or toks[k + 1].kind == "punct":
            return False
        nxt = toks[k + 1].norm
        nxt = nxt[1:] if nxt.startswith(_WAW) else nxt
        stems = {nxt} | {nxt[:-len(x)] for x in _SUFFIXES if nxt.endswith(x) and len(nxt) > len(x) + 2}
        return any(stem in self.words.deepen and not stem.startswith(_LAM) for stem in stems)

    @staticmethod
    def partyless_talk(ev: Event) -> bool:
        """True for an event, no attack or protest, none of whose participants has a code or a political, state or
        armed sector: on a column's page the writer's talk («ما يقتضي بالضرورة دعم ومساندة أطراف أخرى»)."""
        return ev.event not in KEEP_IN_TOPIC and not any(
            x.code or x.sector in COLUMN_PARTY_SECTORS for x in (*ev.actor, *ev.recipient))

    def interstate_act(self, article: Article, ev: Event) -> bool:
        """True for an act a page of a culture or technology section keeps: one by a state or an international body
        (a coded actor) in a sentence naming states' affairs (an `interstate` word: «ودعت بوكوفا المجتمع الدولي لدعم
        هذه الخطة»، «أن المملكة دعت أمام المجالس الدولية … الدول إلى اتخاذ الإجراءات»)."""
        return any(p.code for p in ev.actor) and not self.words.interstate.isdisjoint(article.norms()[ev.sentence])

    @staticmethod
    def law_act(ev: Event) -> bool:
        """True for an act of the law a sport page may report, kept when only its URL makes it a story of sport: an
        arrest or a seizure (COERCE), or a charge or a sanction by or against a state or a body of the law («ووجهت
        الولايات المتحدة الاتهام إلى 14 مسؤولا كرويا»، «اعتقال الرئيس جيفري ويب بسبب تهم فساد»)."""
        return ev.event == "COERCE" or ev.event in LAW_TYPES and any(
            x.code or x.sector in COLUMN_PARTY_SECTORS for x in (*ev.actor, *ev.recipient))

    def reported_act(self, article: Article, ev: Event) -> bool:
        """True if an event of an opinion column (by its URL's section) reports an act of a named political party: an
        actor or a recipient with a country or organisation code or a political, state or armed sector (an assault or
        a protest: any actor or recipient), the act neither negated, future, hypothetical nor denied, and told in the
        past (no verb of the present: «ندافع عن حدودنا»، «كأننا نطالبه») or inside a statement of a named speaker.
        The rest is the writer's rhetoric («دعوت خصومه»، «قد يحتج البعض»، «فقد شوهوك، وقتلوك»); so is an act outside
        a statement dated by the page's day alone (no time word of its own) and placed in no town or site (none, or
        only a country, a region or a sea: _pinned_place), told by a noun or with no coded actor: a column's general
        talk of war and politics («عدد من الجنود استشهدوا في الحرب»، «ومع أن الولايات المتحدة ترى … الدعم»); «مقطع
        تحرش لفتاتين في جدة» and a state's act told by its verb («رفضت إسرائيل التعاون») stay."""
        if not ev.factual or told_tale(article, ev):
            return False
        parties = (*ev.actor, *ev.recipient)
        if not (parties if ev.event in KEEP_IN_TOPIC else
                any(x.code or x.sector in COLUMN_PARTY_SECTORS for x in parties)):
            return False
        if any(s.speaker is not None and s.content_start <= ev.trigger.start < s.content_end
               for s in article.statements):
            return True
        m = _trigger_mention(article, ev)
        if ev.date_source == "published" and not _pinned_place(ev) \
                and (m is None or m.get("pos") != "verb" or not any(a.code for a in ev.actor)):
            return False
        return m is None or m.get("aspect") != "imperfect"

    def opinion_piece(self, article: Article, strict: bool = False) -> bool:
        """True if the story is an opinion column or a poem: its writer speaks in the first person or to the reader
        (a `writer` word, not followed by a `formula` word: «إنا لله» is no writer's) outside every attributed
        statement and every quotation, in COLUMN_SENTENCES of its sentences or more, or in one when no statement of
        it has a named speaker («ولعلمي أنني أصرخ في آذان لا تسمع»، «وهذه التقنية لا ننتقدها»). Not an interview:
        INTERVIEW_TURNS such sentences or more opened by a dash or an asterisk are a speaker's answers («- أعتقد أن
        التشكيل السريع للحكومة …»). `strict` asks for COLUMN_SENTENCES such sentences whoever speaks."""
        writer, formula = self.words.writer, self.words.formula
        spans: list[tuple[int, int]] | None = None  # what others say: read when a writer's word is first met
        need = COLUMN_SENTENCES if strict or any(s.speaker is not None for s in article.statements) else 1
        found = answers = 0
        for sent, toks, norms in zip(article.sentences, article.tokens, article.norms()):
            if not sent.in_story or writer.isdisjoint(norms):
                continue  # (most sentences hold no writer's word: tested in C, no pass over their tokens)
            for k, tok in enumerate(toks):
                if tok.norm not in writer or k + 1 < len(toks) and toks[k + 1].norm in formula \
                        or NAME_MADDA in tok.text:
                    continue  # (آنا of «مؤسسة آنا ليند» is a name: no pronoun is written with آ)
                if spans is None:
                    spans = [(s.content_start, s.content_end) for s in article.statements] + quotations(article.text)
                if not any(a <= tok.start < b for a, b in spans):
                    found += 1
                    answers += toks[0].text in _TURN_MARKS
                    break
            if answers >= INTERVIEW_TURNS:
                return False
        return found >= need

    def mishaps(self, article: Article, off_topic: bool) -> set[int]:
        """The ids of the assaults told without an actor in a story of an accident or a disaster (or of sport or the
        arts) that tells no attack: deaths and wounds with no attacker («لقي شخصان مصرعهما إثر اختناقهما داخل
        بئر»، «أصيب لاعب الوسط في مباراة ودية»), no assault. None if the story names an attack word (هجوم، تفجير،
        إطلاق النار), an armed or criminal agent (not a team's striker in a story of sport: «تعرض المهاجم نايف
        هزازي في المناورة لكدمة قوية») or a `violence` word (مسلحون، الجاني، مقذوف، أسقطت): a killing by someone
        stays."""
        bare = [ev for ev in article.events if ev.event == "ASSAULT" and not ev.actor]
        if not bare:
            return set()
        mishap = self.words.mishap
        for m in article.mentions:
            if m.kind == "trigger" and m.label == "ASSAULT":
                if m.entry is None or normalize(m.entry.lemma) not in mishap:
                    return set()  # an attack told
            elif m.kind == "agent" and m.label in HOSTILE_SECTORS and not self._player(article, m):
                return set()
        if not (off_topic or self.accident_named(article)):
            return set()
        violence = self.words.violence
        if any(not violence.isdisjoint(norms) for norms in article.norms()):
            return set()  # a projectile, a gunman, a crime: violence told with no assault word
        return {id(ev) for ev in bare}

    def _player(self, article: Article, m: Mention) -> bool:
        """True for an agent headed by a `striker` word in a story of sport: a team's striker (المهاجم نايف هزازي),
        no armed attacker."""
        return article.topic == "sport" and normalize(m.text.split()[0]) in self.words.striker

    def conjoined_present(self, toks: list[Token], k: int) -> bool:
        """True for a verb of the present with و (the trigger at token k) right after another verb of the present
        that follows a `relative` pronoun: the second verb of the relative clause («ميثاق الأمم المتحدة … والتي تمنع
        وترفض كل صور التدخل»)."""
        return k > 1 and toks[k].norm.startswith(_WAW) and toks[k].norm[1:].startswith(_PRESENT) \
            and toks[k - 1].norm.startswith(_PRESENT) and toks[k - 2].norm in self.words.relative

    def asked_whether(self, toks: list[Token], k: int) -> bool:
        """True if a `whether` phrase (ما إذا، عما إذا، فيما إذا) stands at most WHETHER_REACH words before token k,
        with no mark that ends a sentence part between: the act is asked about or unknown («دون أن يتضح ما إذا كان
        القرار يلقى دعما»، «بشأن ما إذا كان سيوافق على الاتفاق أم سيرفضه»)."""
        whether = self.words.whether
        for j in range(k - 1, max(0, k - 1 - WHETHER_REACH), -1):
            if toks[j].kind == "punct" and toks[j].norm in _BREAKS:
                return False
            if f"{toks[j - 1].norm} {toks[j].norm}" in whether:
                return True
        return False

    def beast_act(self, article: Article, ev: Event) -> bool:
        """True for an event whose participants have no country code and no armed or political sector, in a sentence
        with an animal (a `beast` word: تمساح، ثعبان; a `beast_definite` one with the article, النمر, or bare right
        after a trigger, «اقتحم نمر») at most BEAST_REACH words after one of its triggers or right before one, and no
        `violence` word nor armed or criminal agent: an animal's attack or an animal chased («اقتحم نمر مدرسة»،
        «عندما هاجمه النمر»، «قبض التمساح على الساق»، «في طرد النمر»), no political event. Whatever its participants,
        so is an attack told as an animal's («لهجوم من سمكة قرش قبالة … تسمانيا الأسترالية»: animal_attacker)."""
        words = self.words
        toks, norms = article.tokens[ev.sentence], article.norms()[ev.sentence]
        bare = self._beast_bare  # نمر: an animal only right after a verb
        if self._beast_words.isdisjoint(norms):
            return False  # the cheap test first (in C, one set of the three kinds): most sentences name no animal
        if not words.violence.isdisjoint(norms):
            return False
        if any(m.kind == "agent" and m.label in ARMED_PARTIES for m in article.sentence_mentions(ev.sentence)):
            return False
        if any(x.code or x.sector in ARMED_PARTIES or x.sector in PARTY_SECTORS for x in (*ev.actor, *ev.recipient)):
            return animal_attacker(article, ev, words.beast)
        names = [(m.start, m.end) for m in article.sentence_mentions(ev.sentence) if m.kind == "actor"]
        for m in article.sentence_mentions(ev.sentence):
            if m.kind != "trigger" \
                    or m.start != ev.trigger.start and m.label not in BEAST_TYPES:
                continue  # the event's own trigger, or an animal's attack or chase in its sentence (اقتحم نمر … وأصاب)
            k = _token_at(toks, m.start)
            end = _token_at(toks, m.end - 1)
            if k is None or end is None:
                continue
            for j in [k - 1, *range(end + 1, min(len(toks), end + 1 + BEAST_REACH))]:
                if j < 0 or any(a <= toks[j].start < b for a, b in names):
                    continue  # «الشاعر فريد النمر»: a name
                norm = toks[j].norm
                if norm in words.beast or norm in words.beast_definite or j == end + 1 and norm in bare:
                    return True
        return False

    def defused(self, article: Article, ev: Event) -> bool:
        """True for an assault of explosive devices that is security work or a device described, with no armed group
        for its actor: the device's word (an `ordnance` word, the trigger: مفخخا، ناسفة) with a `defuse` word a few
        words before it in its sentence part, or a detonation right after a defuse word («تفكيك 35 عبوة ناسفة و13
        منزلا مفخخا»، «تفكيك وتفجير أربعة منازل»); a detonation of ordnance named right after it with a `controlled`
        word after it in its clause («وتم تفجير تسع عبوات ناسفة كانت معدة ومجهزة»، «تفجير عبوات ناسفة … تحت
        السيطرة»); an attack told as the purpose of a device made ready («كانت معدة ومجهزة لاستهداف القوات»); an
        explosion denied right after an ordnance word («مقذوف لم ينفجر»: a shell described)."""
        if any(x.sector in HOSTILE_SECTORS or x.code == "IMG" for x in ev.actor):
            return False
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        if k is None:
            return False
        end = _token_at(toks, ev.trigger.end - 1) or k
        words = self.words
        if ev.negated and k > 1 and toks[k - 1].norm in words.particle and toks[k - 2].norm in words.ordnance:
            return True  # «مقذوف لم ينفجر من الأرض»، «عبوات ناسفة لم تنفجر»
        if toks[k].norm in words.ordnance and _word_before(toks, k, words.defuse, DEFUSE_REACH) \
                or k > 0 and toks[k - 1].norm in words.defuse:
            return True
        if k > 0 and toks[k - 1].norm in words.controlled and toks[k].norm.startswith(_LAM):
            return True  # «عبوات ناسفة كانت معدة ومجهزة لاستهداف القوات»: what a device was made for, no attack
        if not any(t.norm in words.ordnance for t in toks[end + 1:end + 3]):
            return False
        for j in range(end + 1, min(len(toks), end + 1 + CONTROLLED_REACH)):
            if toks[j].kind == "punct":
                return False
            if toks[j].norm in words.controlled or f"{toks[j - 1].norm} {toks[j].norm}" in words.controlled:
                return True
        return False

    def accident_clause(self, article: Article, ev: Event) -> bool:
        """True for an assault told without an actor by a `mishap` word (a death, a wound, fire) whose own sentence
        names an accident (a `crash` word or phrase: حادثين مروريين، انقلاب مركبتهم، حرائق غابات، ارتطام) and no
        attack: no other assault word, no `violence` word, no armed or criminal agent. In a story that also tells
        attacks (a news round-up), «حرائق غابات أسفرت عن مقتل شرطي» is no assault; «الحريق الذي أضرمه مستوطنون»
        (an attack word) and «حادث إرهابي» (a violence word) stay."""
        if ev.actor:
            return False
        norms = article.norms()[ev.sentence]  # the cheap test first: most sentences name no accident
        if not self._accident_sentence(norms):
            return False
        mishap = self.words.mishap
        for m in article.sentence_mentions(ev.sentence):
            if m.kind == "trigger" and m.label == "ASSAULT":
                if m.entry is None or normalize(m.entry.lemma) not in mishap:
                    return False  # an attack told in the same sentence
            elif m.kind == "agent" and m.label in HOSTILE_SECTORS:
                return False
        return True

    def all_services(self, toks: list[Token], end: int) -> bool:
        """True if a quantifier of all or many (a `whole` word: جميع، كافة، مختلف) and a `service`
        noun (خدماتها، الخدمات) follow the trigger's last token: «تقديم جميع خدماتها», a body's services as a whole."""
        words = self.words
        return end + 2 < len(toks) and toks[end + 1].norm in words.whole and toks[end + 2].norm in words.service

    def facility_emergency(self, article: Article, ev: Event) -> bool:
        """True for a state of emergency with a `facility` word (an airport, a hospital, a health directorate: مطار،
        مستشفيات، صحة) a few words before or after its trigger in its sentence: an airport's or a hospital's alert
        («أعلنت سلطات مطار القاهرة حالة الطوارئ لمنح طائرة ركاب الأولوية للهبوط»، «أعلنت صحة عسير إنتهاء حالة
        الطوارئ في مستشفياتها»), no state of emergency that restricts anyone."""
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        if k is None:
            return False
        facility = self.words.facility
        return any(t.norm in facility for t in toks[max(0, k - FACILITY_REACH):k + FACILITY_REACH + 1])

    def disaster_story(self, article: Article) -> bool:
        """True for a story of an accident or a disaster (an `accident` word: حرائق، فيضانات) that tells no attack (every
        assault word a `mishap` one, no armed or criminal agent, no `violence` word): its state of emergency («أعلن
        حاكم كاليفورنيا حالة الطوارئ واستدعي الحرس الوطني» against wildfires) is relief, no coercion of anyone."""
        mishap = self.words.mishap
        for m in article.mentions:
            if m.kind == "trigger" and m.label == "ASSAULT":
                if m.entry is None or normalize(m.entry.lemma) not in mishap:
                    return False
            elif m.kind == "agent" and m.label in HOSTILE_SECTORS:
                return False
        if not self.accident_named(article):
            return False
        violence = self.words.violence
        return all(violence.isdisjoint(norms) for norms in article.norms())

    def disaster_rescue(self, article: Article, ev: Event) -> bool:
        """True for a rescue (AID by a `rescue` lemma: أنقذ، حرر) or a detention told with no actor by a `stuck` lemma
        (COERCE arrest: احتجز, that also tells people stuck; «واعتقل الرجل الذي أشعل الحريق» stays), of people of no
        code, in a story of an accident or a disaster that tells no attack (disaster_story):
        «أنقذت فرق الدفاع المدني بعرعر 7 أشخاص احتجزوا داخل شقة سكنية … إثر نشوب حريق»، «حررت فرق الهلال الأحمر
        والدفاع المدني 3 أشخاص احتجزوا بعقبة الأبناء»: people saved from a fire or stuck on a mountain pass, no aid
        between parties and no arrest (round 103). A rescue only in a story (DOMESTIC_ARTICLE_SENTENCES sentences or
        more): a lone sentence, «وأنقذت فرق الدفاع المدني عشرة أشخاص من الغرق», is coded as it reads."""
        if any(p.code for p in ev.recipient):
            return False
        if ev.event == "COERCE":
            if ev.actor or ev.mode != ARREST_MODE:  # a ban told in a drought story is still one (حُظر على المزارعين)
                return False
        elif len(article.sentences) < DOMESTIC_ARTICLE_SENTENCES:
            return False
        m = _trigger_mention(article, ev)
        lemmas = _stuck_lemmas() if ev.event == "COERCE" else _rescue_lemmas()
        return m is not None and m.entry is not None and normalize(m.entry.lemma) in lemmas \
            and self.disaster_story(article)

    def accident_named(self, article: Article) -> bool:
        """True if the article's title or text names an accident with an `accident` word or phrase of
        topic_words.tsv (مروري، حريق، غرق، الدفاع المدني), or its title with a `headline` word (بحادث)."""
        words, pairs = self.words.accident, self.words.accident_pairs
        title = [t.norm for t in tokenize(article.title)] if article.title else []
        if not self.words.headline.isdisjoint(title):
            return True
        for norms in [title, *article.norms()]:
            if not words.isdisjoint(norms) or any(p in pairs for p in zip(norms, norms[1:])):
                return True
        return False

    def is_sport(self, article: Article) -> bool:
        """True if the story is plainly about sport."""
        return self.topic(article) == "sport"

    def _drop(self, article: Article, ev: Event, off_topic: bool, marks: dict | None = None) -> bool:
        """True if this event is to go."""
        if off_topic and ev.event not in KEEP_IN_TOPIC or vocalized(ev.trigger.text):
            return True
        if self.quoted_plan_name(article, ev):
            return True
        if ev.event in UNANCHORED_TYPES and self.offices_and_civilians_only(ev) \
                and len(article.sentences) >= DOMESTIC_ARTICLE_SENTENCES \
                and (self.words.political.isdisjoint(article.norms()[ev.sentence])
                     or not _spouse_words().isdisjoint(article.norms()[ev.sentence])) \
                and not (self._names_party(article, ev) and (ev.actor or ev.recipient
                                                              or self._political_mention(article, ev))):
            # «الحاجة إلى المساعدة»، «قرض اجتماعي»، «قلق النص»: in a story, no party, no political party and no
            # political word (مفاوضات، هدنة، لاجئين) near is general talk (a lone sentence is coded as it reads)
            # (a couple's «فن التفاوض وتقديم تنازلات عادلة من الطرفين»: a `spouses` word makes the political word a
            # family's)
            return True
        if ev.event not in KEEP_IN_TOPIC and not ev.actor and not ev.recipient \
                and len(article.sentences) >= DOMESTIC_ARTICLE_SENTENCES and self.bare_noun(article, ev, marks):
            return True
        if ev.event == "AID" and (self.what_given(article, ev) or self.grant_of_no_aid(article, ev)
                                  or private_donation(article, ev, self.words.donor)):
            return True
        if ev.event in HELP_TYPES and not any(e.code for e in ev.actor) and csr_programme(article, ev):
            return True
        if ev.event in ON_TYPES and self.governed_by_on(article, ev):
            return True
        if ev.event == "AID" and self.backing_phrase(article, ev):
            return True
        if ev.event in MARKET_TYPES and self.local_purpose(article, ev):
            return True
        if ev.event in THAT_TYPES and self.said_of(article, ev):
            return True
        if ev.event == "COOPERATE" and self.organised_occasion(article, ev):
            return True
        if ev.event in CONTENT_TYPES and self.told_content(article, ev, marks):
            return True
        if ev.event in DOMESTIC_TYPES:
            if self.visit_to_facility(ev) or self.administrative_manner(article, ev) or press_interview(article, ev) \
                    or self.internal_manner(article, ev):
                return True
        if ev.event not in KEEP_IN_TOPIC and self.domestic_only(ev) and not self._political_mention(article, ev) \
                and (ev.event in DOMESTIC_TYPES or len(article.sentences) >= DOMESTIC_ARTICLE_SENTENCES):
            # a company's apology, a university's call to candidates, a chamber's applications, in a story (a lone
            # sentence, «طالب شركات الإنترنت بـ…», is coded as it reads)
            return True
        if ev.event == "CONSULT" and (self.visitors_visit(article, ev) or self.hosted_occasion(article, ev)
                                      or self.interview_lead(article, ev) or staged_meeting(article, ev)
                                      or self.eid_visit(article, ev) or self.family_visit(article, ev)) \
                or ev.event == "REQUEST" and (farewell(ev.trigger.text) or required(article, ev)
                                              or self.protest_call(article, ev) or let_us(article, ev)
                                              or self.kin_request(article, ev)):
            return True
        if ev.event == "SANCTION" and penalty_clause(article, ev):
            return True
        if ev.event == "ACCUSE" and self.suit_heard(article, ev):
            return True
        if ev.event == "CONCEDE" and self.private_waiver(article, ev):
            return True
        if ev.event == "AGREE" and ev.cameo == INVITATION_CAMEO and appeal_invitation(article, ev):
            return True
        if ev.event in STAFF_TYPES and self.staff_object(article, ev) \
                or ev.event in MARKET_TYPES and not any(e.code for e in ev.recipient) and self.subsidy(article, ev) \
                or ev.event in MARKET_TYPES and self.backing(article, ev) \
                or ev.event in HOLIDAY_TYPES and self.holiday_greeting(article, ev) \
                or ev.event in BAN_TYPES and self.thing_banned(article, ev) \
                or ev.event in BAN_TYPES and self.stranded(article, ev) \
                or ev.event in UNANCHORED_TYPES and self.courtesy_story(article, ev) \
                or ev.event == "SUPPORT" and (self.local_praise(article, ev) or self.courtesy_welcome(article, ev)
                                              or self.wished_welcome(article, ev)
                                              or self.in_house_courtesy(article, ev)) \
                or ev.event in MARKET_TYPES and self.local_backing(article, ev) \
                or ev.event in MARKET_TYPES and self.office_support(article, ev):
            return True
        if ev.event == "AGREE" and (self.administrative_approval(article, ev) or self.home_approval(article, ev)
                                    or self.opinion_shared(article, ev)
                                    or self.view_shared(article, ev)) \
                or ev.event in FIRM_TYPES and self.firms_deal(article, ev) \
                or ev.event == "THREATEN" and self.hazard_warning(article, ev) \
                or ev.event == "COOPERATE" and (self.business_partner(article, ev)
                                                or self.business_cooperation(article, ev)
                                                or self.office_cooperation(article, ev)
                                                or self.office_partner(article, ev)
                                                or self.home_business(article, ev)
                                                or concerned_cooperation(ev)
                                                or self.one_state_coordination(article, ev)) \
                or ev.event == "CONSULT" and (self.intake(article, ev) or self.site_visit(article, ev)
                                              or self.assembly_debate(article, ev)):
            return True
        if ev.event != "REQUEST":
            return False
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        if k is None:
            return False
        if self.counted_requests(toks, k) or self.showcase_invitation(article, ev, toks, k) \
                or self.caution_call(article, ev, toks, k):
            return True
        past = self._past_caller(article, ev, toks, k)
        if past != k and self._addresses_public(toks, k, 1):
            return True  # «كما سيتم دعوة ملاك جميع العقارات»: the public right after it, read as its caller (round 83)
        return self._addresses_public(toks, past, PUBLIC_WINDOW if past == k else CALLER_WINDOW) \
            or self.prayer(toks, k) or self._public_past_comma(toks, k) or self.job_notice(toks, k) \
            or self._public_by_bi(toks, k)

    def governed_by_on(self, article: Article, ev: Event) -> bool:
        """True for a noun of help, cooperation or concession right after على with a `basis` word at most BASIS_REACH
        words before it, no mark between: what something rests on, a focus, a compulsion, an encouragement or a
        consensus («الدبلوماسية الإيرانية تقوم على التعاون مع الجيران»، «يتم التركيز على دعم السلطات المحلية»،
        «لإجبار المقاتلين على التنازل»، «ويشجع النظام الحاكم في طهران على دعم الميليشيات»): no act told."""
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        if not k or toks[k - 1].norm not in _ON:
            return False
        return _word_before(toks, k - 1, self.words.basis, BASIS_REACH, any_mark=True)

    def stressed_support(self, article: Article, ev: Event) -> bool:
        """True for aid told by the noun دعم (a `stance` stem) right after على, a `stress` word at most
        STANCE_EXPRESS_REACH words before it, its subject between and no mark
        («وشدد مندوب مصر الدائم لدى الجامعة العربية على دعم بلاده للجانب الفلسطيني»، «وجدّد التأكيد على دعم أميركا
        للسوريين»، «وهي القمة التي أكدت على دعم الكويت»): a stance of support stated, SUPPORT, no aid given (help,
        «التأكيد على مساعدة اللاجئين», stays aid)."""
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        if not k or toks[k - 1].norm not in _ON \
                or not _word_before(toks, k - 1, self.words.stress, STANCE_EXPRESS_REACH, any_mark=True):
            return False
        m = _trigger_mention(article, ev)
        norm = toks[k].norm[len(m.get("prefix") or ""):] if m is not None else ""
        return norm in self.words.masdar and norm in self.words.stance

    def said_of(self, article: Article, ev: Event) -> bool:
        """True for a noun of cooperation or of a concession with no article right after أن or إن: the subject of what
        is said of it («وأكد بيان صادر عن هيئة الطيران المدني أن تعاون كافة القطاعات … هو من أولوياتها»، «أنّ شراكة
        مركز الملك سلمان … ليست الأولى»); so is a definite `stance` noun of aid
        («ترى اتجاهات أخرى أن الدعم الإيراني ربما يتجاوز هذا الرقم»): a view, no act told (aid sent, «أعلن أن
        المساعدات وصلت», stays; a verb after أن, «يجب أن نتعاون», is an intent the modal reading flags)."""
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        if not k or toks[k - 1].norm not in _THAT:
            return False
        m = _trigger_mention(article, ev)
        if m is None:
            return False
        norm = toks[k].norm
        if m.get("pos") != "noun" and (norm[len(m.get("prefix") or ""):] not in self.words.masdar
                                       or k > 1 and toks[k - 2].norm in self.words.time):
            return False  # a verb; a bare masdar after أن is the noun (أن تعاون كافة القطاعات), not «بعد أن تعاون»
        if ev.event != "AID":
            return not norm.startswith(_AL)  # «أكد الوزير أن التعاون بين البلدين مستمر»: cooperation told going on
        return norm.startswith(_AL) and norm[len(_AL):] in self.words.stance

    def backing_phrase(self, article: Article, ev: Event) -> bool:
        """True for help told as the backing of another act, «بدعم من X» (the bare noun دعم; one word between at most:
        «بدعم مباشر من»; help of a kind, «بمساعدة تقنية من»، «بدعم مالي من», stays aid): a civil or a standing backing («أقيم المهرجان بدعم من مدير شرطة خيبر»، «قدوم المالكي إلى رئاسة الحكومة
        في عام 2006، بدعم مباشر من إيران»، «نما الاقتصاد بدعم من الطلب المحلي»), no act of aid told; unless forces
        back forces in combat: a participant of a COMBAT_SECTORS sector or an armed group's code (COMBAT_CODES) and no
        recipient of another sector
        («اقتحمت قوات الجيش الوطني اليمني … بدعم من طيران التحالف»، «حضر الأطباء بدعم من وزارة الدفاع» goes)."""
        if article.text[ev.trigger.start - 1:ev.trigger.start] != "ب" or normalize(ev.trigger.text) not in _BACKING:
            return False  # the cheap test first: most help nouns carry no بـ; help named (بمساعدة تقنية من، بدعم مالي من) stays
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        if k is None or not any(j < len(toks) and toks[j].norm == _MIN for j in (k + 1, k + 2)) \
                or toks[k + 1].kind == "punct":
            return False
        if any((e.sector or "") in COMBAT_SECTORS or e.code in COMBAT_CODES for e in ev.actor + ev.recipient) \
                and all(not e.sector or e.sector in COMBAT_SECTORS for e in ev.recipient):
            return False  # «بدعم من طيران التحالف»: air support in combat
        return True

    def local_purpose(self, article: Article, ev: Event) -> bool:
        """True for support told by the accusative of purpose, «دعماً لـ» (a `purpose` noun, لـ on the word right
        after it), in a text of PURPOSE_SENTENCES sentences or more, whose word after لـ is no participant of the
        event nor a pronoun, with no participant of a country or organisation code and no party nor `political` word
        in its sentence: what a local act is for («تحرص بلدية الدلم على تنظيم مثل هذه الاحتفالات دعماً لمبدأ الترابط»، «إنشاء ألعاب أطفال … دعماً لهذه
        الفئة»), no support given to a party («دعماً لتونس في حربها ضد الإرهاب»، «دعما للمقاومة» stay)."""
        if len(article.sentences) < PURPOSE_SENTENCES:
            return False
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        if k is None or k + 1 >= len(toks) or toks[k].norm not in self.words.purpose:
            return False  # the cheap test first: most help words are no accusative of purpose
        after = toks[k + 1]
        if after.kind != "ar" or not after.norm.startswith(_LAM) or after.norm[1:] in self.words.possessive:
            return False  # «دعماً لها» (لـ + a `possessive` pronoun): a pronoun may point to a party
        parties = ev.actor + ev.recipient
        if any(e.code for e in parties) or any(e.start <= after.start < e.end for e in parties):
            return False  # «دعماً للمقاومة»: the party supported
        return self.words.political.isdisjoint(t.norm for t in toks) and not self._names_party(article, ev)

    @staticmethod
    def _past_caller(article: Article, ev: Event, toks: list[Token], k: int) -> int:
        """The token after which an appeal's addressee is read: its verb at k, or the end of its actor named right
        after it, an official or an office of a sector («ودعا مدير جوازات المنطقة العميد فلان، جميع الإخوة
        اليمنيين»); not a country named after it, which may be the addressee the coder took for the caller."""
        last, end = k, article.sentences[ev.sentence].end
        for e in ev.actor:
            if ev.trigger.end <= e.start and e.end <= end and e.sector:
                j = _token_at(toks, e.end - 1)
                if j is not None and j - k <= PUBLIC_WINDOW + 4:
                    last = max(last, j)
        return last

    def private_waiver(self, article: Article, ev: Event) -> bool:
        """True for a giving up (a `waive` lemma: تنازل) of a private or legal thing, a `waived` word right after its
        عن («تنازل عن جنسيته المصرية»، «رغم تنازل تعليم الليث عن القضية»), or by the holder of a private right
        (a `holder` word right beside it: «ما لم يتنازل صاحب الحق الخاص»، «لا يمكن للمستفيد التنازل»، «سجلت مواطنة
        تنازلها»): a legal waiver, no political concession. And for an excusing oneself (an `excuse` lemma: اعتذر)
        from a task, a `declined` word right after its عن («اعتذر عن عدم استضافتها»، «اعتذر عدد من المستشفيات عن
        علاجه»), or with a reason and no one apologised to («حيث اعتذر معاليه نظرا لضيق الوقت»): a declining, no
        apology. An apology for a deed («تعتذر عن استخدام جنود أسرى»، «اعتذرت للشعب عن المشهد») stays."""
        m = _trigger_mention(article, ev)
        if m is None or m.entry is None:
            return False
        lemma = normalize(m.entry.lemma)
        waive = lemma in self.words.waive
        if not waive and lemma not in self.words.excuse:
            return False
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.end - 1)
        if k is None:
            return False
        objects = self.words.waived if waive else self.words.declined
        if waive and any(not self.words.holder.isdisjoint(_bare_stems(toks[j].norm)) for j in (k - 2, k - 1, k + 1,
                                                                                                  k + 2)
                         if 0 <= j < len(toks) and toks[j].kind != "punct"):
            return True
        for j in range(k + 1, min(len(toks), k + 1 + WAIVER_REACH)):
            tok = toks[j]
            if tok.kind == "punct":
                return False
            if tok.norm == _AN:
                return j + 1 < len(toks) and not objects.isdisjoint(_bare_stems(toks[j + 1].norm))
            if not waive and not ev.recipient and j <= k + 2 and tok.norm in self.words.excuse_reason:
                return True
        return False

    def suit_heard(self, article: Article, ev: Event) -> bool:
        """True for a lawsuit told by its noun (دعوى، دعاوى) whose every actor is a court (the JUD sector): a court
        receives or hears suits, it files none («استقبلت المحاكم السعودية نحو 103 دعاوى»، «نظرت المحاكم الجزئية 558
        دعوى قضائية»); or told with ب and no one sued: a pretext or a means, no suit filed («اقتحام المسجد الأقصى
        بدعوى رشق الحجارة»، «تم التخلي عنه بدعوى مخالفته»). A suit filed by its verb (رفع دعوى) stays."""
        if ev.cameo != "115":
            return False
        m = _trigger_mention(article, ev)
        if m is None or m.get("pos") != "noun":
            return False
        if ev.actor and all(e.sector == "JUD" for e in ev.actor):
            return True
        return not ev.recipient and (article.text[ev.trigger.start - 1:ev.trigger.start] == "ب"
                                     or ev.trigger.text.startswith(("ب", "وب", "فب")))

    def opinion_shared(self, article: Article, ev: Event) -> bool:
        """True for an agreement told by a verb of a `concur` lemma (اتفق) in the present, not future: an opinion
        shared or a thing consistent with another («ويتفق الخبراء على أن»، «بما يتفق مع الشريعة»، «قرارات لا تتفق مع
        الرأي في الرياض»), no agreement reached (the past tells one: «اتفق الجانبان على»)."""
        m = _trigger_mention(article, ev)
        return m is not None and m.entry is not None and m.get("pos") == "verb" \
            and m.get("aspect") == "imperfect" and not m.get("future") and not ev.future \
            and normalize(m.entry.lemma) in self.words.concur

    def view_shared(self, article: Article, ev: Event) -> bool:
        """True for an agreement verb with في and a `view` noun right after it («ووافقه في الرأي السيد جيري»، «وتتفق
        معه في الرأي»: one word, its مع and object, may stand between): an opinion shared, no agreement reached."""
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        if k is None:
            return False
        for j in range(k + 1, min(len(toks) - 1, k + 3)):
            if toks[j].norm == _FI:
                return toks[j + 1].norm in self.words.view
        return False

    def administrative_approval(self, article: Article, ev: Event) -> bool:
        """True for an approval with no recipient whose object, after على, is an `approval` word of an office's
        own business: «وافق أمير المنطقة على مشروع تطوير الخيمة»، «صدرت موافقة الوزير على تعيين فلان»، «الموافقة على
        بدء إجراءات نزع الملكية». An agreement to a plan or a truce («وافقنا على وقف إطلاق النار») stays. A recipient
        of no code named after that object is the thing approved or bought, no party («وافقت مجموعة نيكي الإعلامية
        اليابانية على شراء صحيفة فايننشال تايمز»). Round 83: also a draft statute or a regulation (a `statute` word
        after a `statute_draft` word: «وافق المجلس على مشروع نظام السجن»), and after على with its pronoun, its
        subject between («ومن أبرز المواضيع التي وافق عليها المجلس مشروع نظام السجن والتوقيف»)."""
        if any(e.code for e in ev.recipient):
            return False
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        if k is None:
            return False
        for j in range(k + 1, min(len(toks), k + 1 + APPROVAL_REACH)):
            tok = toks[j]
            if tok.kind == "punct" and tok.norm in _BREAKS:
                return False
            if tok.norm == _ALA or tok.norm in _ON_IT:
                reach = APPROVAL_OBJECT + (tok.norm in _ON_IT)  # «وافق عليها المجلس مشروع نظام»: its subject between
                found = next((t for n, t in enumerate(toks[j + 1:j + 1 + reach], j + 1)
                              if t.norm in self.words.approval or self._draft_statute(toks, n)), None)
                return found is not None and all(e.start > found.start for e in ev.recipient)
        return False

    def _draft_statute(self, toks: list[Token], n: int) -> bool:
        """True if the token at n is a `statute` head right after a `statute_draft` word: a draft statute or regulation
        (مشروع نظام السجن; round 83). A statute itself, «وافق مجلس الوزراء على نظام وظائف مباشرة الأموال العامة»,
        stays an approval."""
        return toks[n].norm in self.words.statute and n > 0 and toks[n - 1].norm in self.words.statute_draft

    def home_approval(self, article: Article, ev: Event) -> bool:
        """True for an approval (an `approve` lemma: وافق، موافقة) by a state's own cabinet, council or parliament (every
        actor of the GOV or LEG sector, of one code or none), with no recipient of another code, in a sentence naming
        no actor of another code and no organisation, no `charter` or `accord` word (an accord, a plan, a package, a
        protocol, an accession), no armed force and no political or `interstate` word: a regulation, a body's statute, a reward or an appointment decided at home («قرر مجلس
        الوزراء الموافقة على توحيد مكافأة أعضاء مجالس الإدارة»، «كما وافق مجلس الشورى … على تعديل المواد النظامية»),
        no agreement between political actors. An approval of an accord with another state («وافق مجلس الوزراء على
        تفويض وزير النقل … بالتباحث مع الجانب المالطي في شأن مشروع اتفاقية») stays. A text of fewer than
        DOMESTIC_ARTICLE_SENTENCES sentences is coded as it reads («أن توافق الحكومة اليونانية على مسودة مشروع الإصلاحات»)."""
        if not ev.actor or any(e.sector not in APPROVING_SECTORS for e in ev.actor) \
                or len(article.sentences) < DOMESTIC_ARTICLE_SENTENCES:
            return False  # the cheap tests first
        codes = {e.code for e in ev.actor if e.code}
        if len(codes) > 1 or any(e.code and e.code not in codes for e in ev.recipient):
            return False
        m = _trigger_mention(article, ev)
        if m is None or m.entry is None or normalize(m.entry.lemma) not in _approve_lemmas():
            return False
        norms = article.norms()[ev.sentence]
        if not self._apolitical(norms) or not self.words.charter.isdisjoint(norms) \
                or not _accord_words().isdisjoint(norms):
            return False  # «الموافقة على انضمام المملكة إلى بروتوكول القضاء على الاتجار غير المشروع بمنتجات التبغ»
        if any(m.kind == "agent" and m.label in ARMED_SECTORS or m.kind == "actor" and m.get("sector") in ARMED_SECTORS
               for m in article.sentence_mentions(ev.sentence)):
            return False  # «الحكومة وافقت على تمديد مشاركة العناصر اللازمة من القوات المسلحة خارج الحدود»
        home = next(iter(codes), None) or _home_code(article)
        return not _foreign_named(article, ev, home) if home else not any(
            m.kind == "actor" and m.get("code") for m in article.sentence_mentions(ev.sentence))

    def hazard_warning(self, article: Article, ev: Event) -> bool:
        """True for a warning (a `warning` word) of a hazard to health, weather or consumers named after it in its
        clause (حذرت الأرصاد من التعرض لأشعة الشمس، حذرت المنظمة من عودة الإنفلونزا، حذر من ترويج الشائعات),
        warned to no one or to citizens: advice to the public, no threat."""
        return _advice_word_then(article, ev, self.words.warning, self.words.hazard, HAZARD_REACH, commas=False)

    def intake(self, article: Article, ev: Event) -> bool:
        """True for a meeting or a visit (an `intake` word) whose object, a few words after it in its clause, is a `caseload` word
        and whose recipients (if any) are citizens with no code: a service's intake («استقبلت مستشفيات المحافظة
        3864 مراجعا»، «المحكمة الجزائية تستقبل قضايا»), no meeting of political actors. Told by an `intake` word
        only: a dialogue on issues («حوار بشأن القضايا») is talk."""
        return _advice_word_then(article, ev, self.words.intake, self.words.caseload, INTAKE_REACH, commas=True) \
            or self.crowd_taken_in(article, ev)

    def crowd_taken_in(self, article: Article, ev: Event) -> bool:
        """True for a meeting told by an `intake` word whose recipients (if any) are citizens with no code and whose
        clause counts a crowd a few words after it: a `magnitude` word or a number of CROWD or more that is no year
        («الوزارة استقبلت ستة ملايين معتمر»، «استقبلت سلطات بورما اكثر من 800 مهاجر»): pilgrims, migrants or
        visitors taken in, no meeting of political actors."""
        return any(tok.norm in self.words.magnitude or tok.kind == "num" and tok.norm.isdigit()
                   and int(tok.norm) >= CROWD and not _is_year(tok.norm)
                   for tok in _clause_after(article, ev, self.words.intake, COUNT_REACH, commas=True))

    def staff_object(self, article: Article, ev: Event) -> bool:
        """True if the event's object, right after its verb (and past the actor named after it, only `gap` words and
        commas between), is a body's own staff, a `staff` word (منسوبي، منسوبيها، الموظفين، المهنئين), and none of its
        recipients is a coded party but those staff: an office's own business, a reception of greetings, a call to
        its employees («استقبل وكيل وزارة الداخلية أمس، المهنئين من منسوبي الوزارة»، «وحث الحقيل جميع الموظفين على
        مواصلة العمل»، «وطالبت الوزارة منسوبيها بتحرير تعهدات»، «أقام الفرع لقاءً بمنسوبي الفرع»), no political event;
        so is a `staff_head` word right before a `partner` body noun when every coded recipient is of the actor's
        state («اجتمعت مع قيادات وزارة الثقافة»).
        Not staff told with ل or after another word («بالسماح لموظفي الإغاثة»، «بالإفراج عن موظفي الأمم المتحدة»)."""
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.end - 1)
        if k is None:
            return False
        # the actor named right after the verb is passed: «حث وزير الإسكان ماجد بن عبدالله الحقيل جميع موظفي الوزارة»
        actors = {e.start: e.end for e in ev.actor if e.start >= ev.trigger.end}
        words = self.words
        j, gaps = k + 1, 0
        while j < len(toks) and gaps <= STAFF_REACH:
            tok = toks[j]
            if tok.norm in words.staff:
                return all(not e.code or e.start <= tok.start < e.end for e in ev.recipient)
            if tok.norm in words.staff_head and j + 1 < len(toks) and toks[j + 1].norm in words.partner:
                # «مع قيادات وزارة الثقافة»: a body's officers, of the actor's own state
                codes = {e.code for e in ev.actor if e.code}
                return all(not e.code or e.code in codes for e in ev.recipient)
            end = actors.pop(tok.start, None)
            last = None if end is None else _token_at(toks, end - 1)
            if last is not None and last - k <= ACTOR_REACH:
                j = last + 1
                continue
            if not (tok.norm in words.gap or tok.kind == "punct" and tok.norm in ("،", ",")):
                return False
            j, gaps = j + 1, gaps + 1
        return False

    def holiday_greeting(self, article: Article, ev: Event) -> bool:
        """True for a meeting or a greeting (support) in a sentence that names a religious holiday (a `holiday` word:
        عيد الفطر، المعايدة), whose parties are all of one state or of none (no coded recipient beside an actor of no
        code or of another) and whose sentence names no actor of another state or organisation: a holiday's courtesy
        among one state's own people and offices («استقبل أمير منطقة عسير … جموع المهنئين بعيد الفطر»، «وقدّم الشيخ
        الحجري تهنئته لأمير المنطقة بعيد الفطر»), no political event. A
        king's greeting to another state's ruler («هنأ الملك أمير الكويت بعيد الفطر») stays."""
        if self.words.holiday.isdisjoint(article.norms()[ev.sentence]):
            return self.holiday_lead(article, ev)  # the cheap test first
        codes = {e.code for e in ev.actor if e.code}
        if any(e.code and e.code not in codes for e in ev.recipient):
            return False  # «وبعث الملك برقية تهنئة لفخامة الرئيس الفرنسي»: a greeting to another state's ruler
        codes.update(m.get("code") for m in article.sentence_mentions(ev.sentence) if m.kind == "actor"
                     and m.get("code") and m.get("type") not in REGION_TYPES)
        return len(codes) <= 1 and not codes & NON_STATE_CODES

    def holiday_lead(self, article: Article, ev: Event) -> bool:
        """True for a meeting or a greeting with neither actor nor recipient, in a later sentence of a story whose lead
        (its first sentence) names a religious holiday (a `holiday` word), whose own sentence names no actor of a
        country or organisation code, no party and no `political` word: the holiday's reception or party told on («أقام فرع الرئاسة … حفل معايدة
        لمنسوبيه … حضر اللقاء فضيلة مدير عام فرع منطقة الرياض»، «استقبل أمير منطقة الرياض محافظي المنطقة …
        وتهنئته بعيد الفطر المبارك. وبادلهم سموه التهنئة بهذه المناسبة السعيدة»), no political event. So is one
        told on by a noun with the article right after a sentence that names a holiday, its own naming one state's
        people at most (one_state_present): an item of a round-up («أقام سفير خادم الحرمين الشريفين لدى الأردن … لقاء
        معايدة … حضر اللقاء أعضاء البعثة … المواطنين السعوديين المقيمين في الأردن»; round 107); so told on, the
        meeting of a holiday lead may name them too."""
        if ev.actor or ev.recipient:
            return False
        lead = next((k for k, sent in enumerate(article.sentences) if sent.in_story), None)
        if lead is None or ev.sentence <= lead or not self.words.political.isdisjoint(article.norms()[ev.sentence]):
            return False  # «المطلوب من كافة القوى الوطنية دعم هذه الاحتجاجات»: a political story's call
        told_on = self.told_on(article, ev)
        if self.words.holiday.isdisjoint(article.norms()[lead]) \
                and not (told_on and not self.words.holiday.isdisjoint(article.norms()[ev.sentence - 1])):
            return False
        if told_on and self.one_state_present(article, ev):
            return True
        if self._names_party(article, ev):
            return False
        return not any(m.kind == "actor" and m.get("code") and m.get("type") not in REGION_TYPES
                       for m in article.sentence_mentions(ev.sentence))

    def one_state_present(self, article: Article, ev: Event) -> bool:
        """True if the event's sentence names coded parties of one state at most, places named after a locative
        word (في الأردن) and regions aside, and no armed, party or military body: one state's own people."""
        toks = article.tokens[ev.sentence]
        codes = set()
        for m in article.sentence_mentions(ev.sentence):
            if m.kind == "agent" and m.label in ONE_STATE_BARRED \
                    or m.kind == "actor" and (m.get("sector") or "") in ONE_STATE_BARRED:
                return False
            if m.kind != "actor" or not m.get("code") or m.get("type") in REGION_TYPES \
                    or m.tok_start > 0 and toks[m.tok_start - 1].norm in self.words.locative:
                continue
            codes.add(m.get("code"))
        return len(codes) <= 1 and not codes & NON_STATE_CODES

    @staticmethod
    def told_on(article: Article, ev: Event) -> bool:
        """True for a trigger noun written with the article (اللقاء، الحفل; a clitic before it allowed): the act the
        story named before, told on."""
        m = _trigger_mention(article, ev)
        return m is not None and m.get("pos") == "noun" \
            and normalize(m.text)[len(m.get("prefix") or ""):].startswith("ال")

    def backing(self, article: Article, ev: Event) -> bool:
        """True for support or aid that no party gives: told by a verb of the present right after a `consequence`
        word (مما; ما after a comma; قد between at most), whose subject is the fact told before («هبط معدل التضخم … مما
        قد يدعم جهود الحكومة»، «خطوة هامة، ما يشجع الانطباع بأن»; not «يجد ما يشجعه», an object), or by a noun right
        after an `enjoys` verb, what something is backed by
        («المشاريع والبرامج التي تحظى بدعم الحكومة»)."""
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        if not k:
            return False
        words = self.words
        j = k - 1 - (k > 1 and toks[k - 1].norm == "قد")
        if toks[k - 1].norm in words.enjoys:  # the cheap tests first: most triggers have neither before them
            pos = "noun"
        elif toks[j].norm in words.consequence and (toks[j].norm != _MA or j > 0 and toks[j - 1].kind == "punct"):
            pos = "verb"  # «ما» opens a clause after a comma: «يجد ما يشجعه» is what he finds, its object
        else:
            return False
        m = _trigger_mention(article, ev)
        if m is None or m.get("pos") != pos:
            return False
        return pos == "noun" or m.get("aspect") == "imperfect" and not m.get("future")

    def subsidy(self, article: Article, ev: Event) -> bool:
        """True for a `subsidy` noun (الدعم) with a `cut` word at most SUBSIDY_REACH words before it in its clause
        («وتكافح مصر التضخم منذ أن خفضت الحكومة الدعم»، «قرار الحكومة إنهاء الدعم»، «رفعت الدعم عن أسعار
        المحروقات»; a spending, a `cut` row too, up to SPENDING_REACH words before an `onto` word right before it:
        «إنفاق الحكومة الكويتية على الدعم») or a `commodity` right after it («دعم الوقود»، «الدعم عن البنزين»), or a help verb whose object, at
        most SUBSIDY_REACH words on in its clause, is such a subsidy of a commodity («تقدم الحكومة دعم الطاقة
        للمواطنين»): a state's price subsidy, a
        domestic policy, no support or aid given to a party (read with no coded recipient only: «خفضت واشنطن الدعم
        لمصر» is aid cut)."""
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        if k is None:
            return False
        if toks[k].norm not in self.words.subsidy:
            # a help verb whose object is the subsidy of a commodity: «تقدم الحكومة دعم الطاقة للمواطنين»
            j = (_token_at(toks, ev.trigger.end - 1) or k) + 1
            while j < len(toks) and toks[j].kind != "punct" and toks[j].norm not in self.words.subsidy \
                    and j - k <= SUBSIDY_REACH:
                j += 1
            return j + 1 < len(toks) and toks[j].norm in self.words.subsidy \
                and toks[j + 1].norm in self.words.commodity
        if _word_before(toks, k, self.words.cut, SUBSIDY_REACH, any_mark=True):
            return True
        if k > 1 and toks[k - 1].norm in self.words.onto \
                and _word_before(toks, k - 1, self.words.cut, SPENDING_REACH, any_mark=True):
            return True  # «إنفاق الحكومة الكويتية على الدعم»: what a budget spends on subsidies
        j = k + 1 + (k + 1 < len(toks) and toks[k + 1].norm == "عن")
        return j < len(toks) and toks[j].norm in self.words.commodity

    def misread(self, article: Article, ev: Event) -> bool:
        """True for a trigger whose token is a `misread` word (طالبة، يحتجن: a student, «they need»): another word,
        no event. (A word right before or after a trigger that tells another sense is the trigger row's: «كل طالب»
        and «هدم العظام» are read off by triggers.tsv's not_after and unless columns.)"""
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        return k is not None and toks[k].norm in self.words.misread

    def stranded(self, article: Article, ev: Event) -> bool:
        """True for an arrest, a detention or a ban (COERCE or SANCTION) with no coded actor in a sentence naming a
        `stranding` force of nature (البركان، الرماد، الثلوج): people stuck («أدى ثوران البركان إلى احتجاز آلاف
        السياح»), no arrest; an area closed for safety (round 102: «فرضت حظرا على الدخول الى منطقة بركان بيتو ديلا
        فورنيز … بعد الثوران»), no sanction."""
        if any(e.code for e in ev.actor):
            return False
        return not self.words.stranding.isdisjoint(article.norms()[ev.sentence])

    def visitors_visit(self, article: Article, ev: Event) -> bool:
        """True for a visit (a visit-mode meeting) with no coded actor whose visitors, a `visitors` word, stand just
        before it in its clause: pilgrims, tourists or citizens visiting a place («بلغ عدد المعتمرين الذين زاروا
        المملكة»، «منع المواطنين من زيارة قبور موتاهم»), no meeting of political actors. An actor coded by the town
        after its visitors word is still visitors («سياح سيدني زيارتها»)."""
        if ev.mode != "visit" or any(e.code and normalize(e.text.split()[0]) not in self.words.visitors
                                     for e in ev.actor):
            return False
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        if k is None:
            return False
        return _word_before(toks, k, self.words.visitors, VISITORS_REACH, any_mark=True)

    def eid_visit(self, article: Article, ev: Event) -> bool:
        """True for a visit (a visit-mode meeting) in a sentence that names the Eid (an `eid` word: العيد) and whom
        or what an Eid visit cheers (an `eid_visited` word: patients, orphans, the elderly, martyrs' families, a
        festival), whose parties are of one state or of none: a holiday's charity or outing («خلال زيارة فريق سفراء
        التطوع … بهدف إدخال بهجة العيد على قلوبهم»), no meeting of political actors. A call on the Eid («أجرى
        الوزير اتصالا هاتفيا بمناسبة العيد») is no visit and stays."""
        if ev.mode != "visit":
            return False
        norms = article.norms()[ev.sentence]
        words = self.words
        if words.eid.isdisjoint(norms) or words.eid_visited.isdisjoint(norms):
            return False
        return len({e.code for e in (*ev.actor, *ev.recipient) if e.code}) <= 1

    def hosted_occasion(self, article: Article, ev: Event) -> bool:
        """True for a hosting (a `host` lemma) with an `occasion` word near it in its clause, before it (its
        antecedent: «المخيم الكشفي العالمي الذي تستضيفه اليابان») or after it (its object: «تستضيف العاصمة الروسية
        المهرجان الدولي»): a place that hosts a festival, a camp, an olympiad or a ceremony is no meeting of
        political actors (a meeting it hosts is coded by its own word). With no occasion word in reach, a trade,
        science or school forum hosted (`hosted_field_forum`) is none either."""
        m = _trigger_mention(article, ev)
        if m is None or m.entry is None or normalize(m.entry.lemma) not in self.words.host:
            return False
        toks, occasion = article.tokens[ev.sentence], self.words.occasion
        for step, stop in ((-1, max(-1, m.tok_start - 1 - OCCASION_REACH)),
                           (1, min(len(toks), m.tok_end + OCCASION_REACH))):
            j = m.tok_start - 1 if step < 0 else m.tok_end
            while j != stop:
                tok = toks[j]
                if tok.kind == "punct" and tok.norm in _BREAKS:
                    break
                if tok.norm in occasion:
                    return True
                j += step
        return self.hosted_field_forum(article, ev, toks, m)

    def interview_lead(self, article: Article, ev: Event) -> bool:
        """True for a meeting noun with no recipient, a demonstrative right before it and a colon right after it, «الحمادي
        تطرق إلى عدة نقاط في هذا الحوار:»: the lead of a press interview that follows, no meeting of political actors.
        So is one with an `interview_head` word right before it and a colon right after it, whatever parties its
        sentence names («وهنأ العميد … الشعبين الشقيقين السعودى واليمنى فإلى تفاصيل الحوار:»; round 93)."""
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        if k is None or not 0 < k < len(toks) - 1 or toks[k + 1].text != ":":
            return False
        if toks[k - 1].norm in _definite_clitic_class("interview_head"):
            return True
        return not ev.recipient and toks[k - 1].norm in self.words.demonstrative

    def hosted_field_forum(self, article: Article, ev: Event, toks: list[Token], m: Mention) -> bool:
        """True for a hosting with a `forum` word (مؤتمر، ندوة) or an `occasion` word farther than OCCASION_REACH
        (الوفد الطلابي) after it in its sentence, the sentence naming a `field` word (a medical, industrial, academic,
        educational or sporting subject: السمنة، السكري، الألمنيوم، صناعات، التعليم) and no `political` word: a
        conference of a trade or a science held at a place («تستضيف المملكة … المؤتمر العالمي لمواجهة مرض السمنة
        والسكري»، «تستضيف شركة التعدين … المؤتمر العربي الدولي للألمنيوم») or a school's guests, no meeting of
        political actors. A political conference hosted («تستضيف الرياض مؤتمر المعارضة») stays."""
        forums, occasion = _definite_clitic_class("forum"), self.words.occasion
        if not any(t.norm in forums or t.norm in occasion for t in toks[m.tok_end:m.tok_end + FORUM_REACH]):
            return False
        norms = article.norms()[ev.sentence]
        return not _definite_clitic_class("field").isdisjoint(norms) and self.words.political.isdisjoint(norms)

    def business_partner(self, article: Article, ev: Event) -> bool:
        """True for cooperation told as the manner of another act, «بالتعاون مع», whose every recipient is a
        domestic body (a company, a bank, a university; no international organisation, منظمة الصحة العالمية) and
        one a company, and whose actor is no armed party: business or local administration, whatever country the
        company is of («تدخل مازيراتي إلى سوق الهند بالتعاون مع شركة فيات»). With a university or a hospital alone
        it is read by administrative_manner, which keeps it beside a party («مكتب الأمم المتحدة … بالتعاون مع جامعة
        سيشيل»)."""
        if article.text[ev.trigger.start - 1:ev.trigger.start] != "ب" or not ev.recipient:
            return False
        return all(self._domestic_body(e) and e.code not in ORGANISATION_CODES for e in ev.recipient) \
            and any(e.sector in BUSINESS_SECTORS for e in ev.recipient) \
            and not any((e.sector or "") in ARMED_SECTORS for e in ev.actor)

    def business_cooperation(self, article: Article, ev: Event) -> bool:
        """True for cooperation of business or service bodies: every participant a company, a bank, a university
        or a hospital (of whatever country: الخطوط الجوية اليونانية، جامعة هارفارد) or an uncoded office or
        civilian, and the sentence naming such a body (none named, an office alone: «بحث التعاون بين الوزارتين»
        stays), no armed or political party (a force, a group, an international organisation, a state's own
        name as a participant) and no political word, in a story («ثمرة التعاون المشترك بين مجموعة الطيار وشركة (AEGEAN
        AIRLINES)»، «القطاعات العاملة في جميع مطارات المملكة، بالإضافة للشركات الوطنية، تتعاون»)."""
        if len(article.sentences) < PURPOSE_SENTENCES:
            return False  # a lone sentence is coded as it reads
        parties = ev.actor + ev.recipient
        if not all(e.sector in DOMESTIC_SECTORS and e.code not in ORGANISATION_CODES
                   or not e.code and (e.sector or "") in ADMINISTRATIVE_SECTORS for e in parties):
            return False
        named, mentions = _sentence_party_named(article, ev, DOMESTIC_SECTORS)
        if not any(e.sector in DOMESTIC_SECTORS for e in parties) \
                and not any(m.kind == "agent" and m.label in BUSINESS_SECTORS for m in mentions):
            return False
        return not named and self.words.political.isdisjoint(article.norms()[ev.sentence])

    def firms_deal(self, article: Article, ev: Event) -> bool:
        """True for an agreement, a backing or a grant (FIRM_TYPES) whose every participant is a company or a bank
        (a BUSINESS_SECTORS party, no international organisation), in a sentence naming no political or armed
        party and no political word, in a story: a firm's deal, a listing on a stock market, a chamber's role
        («لجنة القيد وافقت على قيد شركة السلام الكويتية في بورصة مصر»، «شانيل أول شركة توقع اتفاقية انتاج مع بات»، «إن
        الشركة ملتزمة تماما تجاه هدفها»), business, no political event (round 68). Since round 111 also a firm that
        leaves a deal or warns (FIRM_DOER_TYPES, the firm its actor: «سمعت أن مستثمرين ينسحبون من صفقات شراء»،
        «استجابة للتحذيرات التي أطلقتها شركة «بوينغ» الأميركية»)."""
        parties = ev.actor + ev.recipient
        if not parties or len(article.sentences) < PURPOSE_SENTENCES or ev.event in FIRM_DOER_TYPES and not ev.actor \
                or not all(e.sector in BUSINESS_SECTORS and e.code not in ORGANISATION_CODES for e in parties):
            return False
        named, mentions = _sentence_party_named(article, ev, FIRM_NEUTRAL_SECTORS)
        if named:
            return False  # (a news agency quoted, «نقلت رويترز», makes no party)
        # a firm's own name is no political word (شركة السلام الكويتية): a word right after a firm's head is its name
        firm_ends = {m.tok_end for m in mentions if m.kind == "agent" and m.label in BUSINESS_SECTORS}
        political = self.words.political
        return not any(tok.norm in political and k not in firm_ends
                       and not any(e.start <= tok.start < e.end for e in parties)
                       for k, tok in enumerate(article.tokens[ev.sentence]))

    def office_cooperation(self, article: Article, ev: Event) -> bool:
        """True for cooperation or coordination, in a story, whose participants are uncoded offices, service bodies
        or civilians (or none), in a sentence that names an office or a service body and no state, town as a party,
        organisation, group, person or armed body, no political word and no `interstate` word (الدول، الدولي،
        الإرهاب): an administration's own work («بالتنسيق مع الجهات ذات العلاقة»، «بحث
        أوجه التعاون والتنسيق بين وزارة الإسكان ومصلحة الجمارك العامة»، «تحقيق التعاون بين اللجنة والجهات
        الحكومية الأخرى»)."""
        if len(article.sentences) < PURPOSE_SENTENCES \
                or not all(not e.code and (e.sector or "") in ADMINISTRATIVE_SECTORS for e in ev.actor + ev.recipient):
            return False
        toks = article.tokens[ev.sentence]
        mentions = [m for m in article.sentence_mentions(ev.sentence) if m.kind in ("actor", "agent")]
        if not any(m.kind == "agent" and m.label in DOMESTIC_SECTORS | OFFICIAL_SECTORS for m in mentions) \
                or not self.words.interstate.isdisjoint(article.norms()[ev.sentence]):
            return False  # no office named (التعاون الدولي), or states' affairs (تتعاون دول المنطقة)
        patrons = self._patrons(toks, mentions)
        for m in mentions:
            if m.get("sector") in DOMESTIC_SECTORS or m.tok_start in patrons:
                continue
            if m.kind == "agent" and m.label in COLUMN_PARTY_SECTORS - OFFICIAL_SECTORS:
                return False
            if m.kind == "actor" and (m.get("type") in PARTY_TYPES or m.get("type") == "demonym") \
                    and not self._town_as_place(m, toks):
                return False
        return self.words.political.isdisjoint(article.norms()[ev.sentence])

    def one_state_coordination(self, article: Article, ev: Event) -> bool:
        """True for cooperation or coordination «مع» an office (a `partner` noun: إدارة، مكتب، هيئة، جهة) or a domestic
        body (a company, a hospital) (بالتعاون مع، بالتنسيق مع، يجري التنسيق مع), in a story, whose sentence names
        parties of one state at most (every coded actor of it, a participant or not, of one
        state's code) and none of an armed, a party or a military sector, with no political and no `interstate` word:
        one state's offices working together, its municipality with its traffic police («أعلنت أمانة المنطقة الشرقية
        عن عزمها إغلاق طريق … بالتعاون مع إدارة مرور المنطقة الشرقية»), its presidency with a contractor, an office
        with a statistics bureau: an administration's own work, no political event between parties (round 107)."""
        if len(article.sentences) < PURPOSE_SENTENCES:
            return False
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.end - 1)
        if k is None or k + 1 >= len(toks) or toks[k + 1].norm != "مع":
            return False
        j = k + 2
        while j < len(toks) and toks[j].norm in self.words.whole:
            j += 1
        if j >= len(toks) or toks[j].norm not in self.words.partner and toks[j].norm not in self.words.domestic:
            return False  # «بالتنسيق مع الحكومة اليمنية»: a government, no office
        codes = {e.code for e in ev.actor + ev.recipient if e.code}
        if any((e.sector or "") in ONE_STATE_BARRED for e in ev.actor + ev.recipient):
            return False
        for m in article.sentence_mentions(ev.sentence):
            if m.kind == "agent" and m.label in ONE_STATE_BARRED \
                    or m.kind == "actor" and (m.get("sector") or "") in ONE_STATE_BARRED:
                return False
            if m.kind == "actor" and m.get("code"):
                codes.add(m.get("code"))
        if len(codes) > 1 or codes & NON_STATE_CODES:
            return False
        norms = article.norms()[ev.sentence]
        return self.words.political.isdisjoint(norms) and self.words.interstate.isdisjoint(norms)

    def office_partner(self, article: Article, ev: Event) -> bool:
        """True for cooperation told by «بالتعاون مع» or «بالتنسيق مع» (past جميع، كافة) a `partner` office (مكتب،
        مديرية، دارة، وزارة), in a story, with no recipient of a code, no actor but an uncoded one or one of a single state, of no armed
        sector (a demonym, a person's name: «الشباب السعودي»، «الزهراني»), the partner's clause (to the next comma)
        naming no coded party but one of that same state and no armed body, no political word in the clause (from the comma before
        the trigger to the one after the partner) and no `interstate` word in the sentence: an administration's own work («أوجد فرص العمل للشباب السعودي بالتنسيق مع مكتب العمل بعسير»،
        «وبالتعاون مع مديرية الشؤون الصحية بالأحساء»). «بالتنسيق مع السفارة اليمنية» and «مع وزارة الخارجية
        الأمريكية» stay."""
        if len(article.sentences) < PURPOSE_SENTENCES or article.text[ev.trigger.start - 1:ev.trigger.start] != "ب" \
                or any(e.code for e in ev.recipient) \
                or any((e.sector or "") in ARMED_SECTORS for e in ev.actor):
            return False
        codes = {e.code for e in ev.actor if e.code}  # (one state's own: its demonym, a name it gave, beside its office)
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        if k is None or k + 2 >= len(toks) or toks[k + 1].norm != "مع":
            return False
        j = k + 2
        while j < len(toks) and toks[j].norm in self.words.whole:
            j += 1
        if j >= len(toks) or toks[j].norm not in self.words.partner:
            return False
        end = next((i for i in range(j, len(toks)) if toks[i].kind == "punct"), len(toks))
        for m in article.sentence_mentions(ev.sentence):
            if not k < m.tok_start < end:
                continue
            if m.kind == "agent" and m.label in ARMED_SECTORS or m.kind == "actor" and m.get("sector") in ARMED_SECTORS:
                return False
            if m.kind == "actor" and m.get("code"):
                codes.add(m.get("code"))
        if len(codes) > 1 or codes & NON_STATE_CODES:
            return False
        start = next((i for i in range(k - 1, -1, -1) if toks[i].kind == "punct"), -1)
        clause = {toks[i].norm for i in range(start + 1, end)}
        return self.words.political.isdisjoint(clause) \
            and self.words.interstate.isdisjoint(article.norms()[ev.sentence])

    def office_support(self, article: Article, ev: Event) -> bool:
        """True for support or aid, in a story, whose every party (one at least) is an office body of one state (a
        coded one) or an uncoded one of the government sector told by a `partner` head noun (هيئة، وزارة، أمانة) or an uncoded office or civilian,
        one of them coded, in a sentence naming no party of another code and no political or `interstate`
        word: a body's backing of its own bodies or projects («التأكيد على دعم هيئة المدن الاقتصادية لتحقيق الأهداف
        التي أنشئت من أجلها»، «دعم الهيئة العامة للسياحة والتراث الوطني الخطة التنفيذية»). «دعم المملكة لأعمال
        الكشافة العالمية» stays."""
        parties = ev.actor + ev.recipient
        codes = {e.code for e in parties if e.code}
        if len(article.sentences) < PURPOSE_SENTENCES or len(codes) != 1 or codes & NON_STATE_CODES:
            return False  # (one state's own bodies, coded: «هيئة المدن الاقتصادية» SAU)
        home = next(iter(codes))
        for e in parties:
            head = normalize((e.text.split() or [""])[0])
            if e.code == home and (e.sector or "") == "GOV" and head in self.words.partner:
                continue
            if not e.code and (e.sector or "") in ADMINISTRATIVE_SECTORS:
                continue
            return False
        if _foreign_named(article, ev, home, igo=False):
            return False
        return self._apolitical(article.norms()[ev.sentence])

    def family_visit(self, article: Article, ev: Event) -> bool:
        """True for a meeting or a visit told with a family member after it (topics.family_visit) in a sentence of no
        political or `interstate` word: «أول زيارة له كرئيس … إلى مسقط رأس والده من أجل دعم العلاقات التجارية» stays."""
        return family_visit(article, ev) and self._apolitical(article.norms()[ev.sentence])

    def kin_request(self, article: Article, ev: Event) -> bool:
        """True for a request made of a family member, a `relatives` word right after its verb or after the من
        there, in a sentence of no political or `interstate` word: a private matter («فطلب من زوجته العودة مع
        أطفالهما إلى المملكة»), no political request (round 109); a family named further on is no one asked
        («طلبت منها العودة الى منزل أسرتها»)."""
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        if k is None or k + 1 >= len(toks):
            return False
        j = k + 2 if toks[k + 1].norm == _FROM and k + 2 < len(toks) else k + 1
        return toks[j].norm in _relatives_forms() and self._apolitical(article.norms()[ev.sentence])

    def _apolitical(self, norms) -> bool:
        """True if `norms` (a sentence's or a clause's words) hold no `political` and no `interstate` word."""
        return self.words.political.isdisjoint(norms) and self.words.interstate.isdisjoint(norms)

    def local_praise(self, article: Article, ev: Event) -> bool:
        """True for praise told by a `thanks` word (أشاد، نوه، أثنى) whose object, the first word after ب or على past
        the praiser's title and name (and past مثل and a demonstrative), is a `local_thing`: a festival, a shopping
        mall, a project, a celebration («أشاد وكيل إمارة منطقة الباحة … بمهرجان بلجرشي للتسوق»، «أشاد سمو أمير
        منطقة القصيم … بمثل هذه المجمعات التجارية»، «ونوه السواط بالمشروعات التنموية التي تنفذها أمانة الطائف»),
        with no recipient but an office or a service body and no political word in the sentence: courtesy, no
        political support («أشاد بالقرارات التي اتخذها الرئيس» stays). A lone sentence is coded as it reads."""
        if len(article.sentences) < PRAISED_SENTENCES:
            return False
        if not all((e.sector or "") in DOMESTIC_SECTORS | OFFICIAL_SECTORS and normalize(e.text) not in
                   self.words.government for e in ev.recipient):
            return False
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        words = self.words
        if k is None or toks[k].norm not in words.thanks:
            return False
        j = k + 1
        while j < min(len(toks), k + 1 + PRAISE_REACH):
            norm = toks[j].norm
            if toks[j].kind == "punct" and norm in _BREAKS:
                return False
            if norm in words.such or norm in words.demonstrative and norm[:1] == "ب" or norm in _ON:
                j += 1
                while j < len(toks) and (toks[j].norm in words.demonstrative or toks[j].norm in words.such):
                    j += 1
                return j < len(toks) and toks[j].norm in words.local_thing \
                    and words.political.isdisjoint(article.norms()[ev.sentence])
            if norm[:1] == "ب" and len(norm) > 2 and norm not in _name_links():
                return norm in words.local_thing and words.political.isdisjoint(article.norms()[ev.sentence])
            j += 1
        return False

    def courtesy_welcome(self, article: Article, ev: Event) -> bool:
        """True for a welcome told by a `welcome` verb (رحب، نرحب) whose object, the first word after ب past the
        welcomer's title and name, is a `welcomed` word: students, guests, participants or someone's joining a
        committee («رحب فيها بالطلبة الموهوبين وأولياء أمورهم»، «رحب رئيس اللجنة بانضمام صاحب السمو الملكي الأمير
        عبدالعزيز بن سعود بن فهد إلى اللجنة»), with no coded recipient and no state, organisation or group named
        in the sentence (a capital may name the place): courtesy, in a story («رحب وزير الخارجية الإماراتي بنظيره المصري» stays)."""
        if len(article.sentences) < PRAISED_SENTENCES or any(e.code for e in ev.recipient):
            return False
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        words = self.words
        if k is None or toks[k].norm not in words.welcome:
            return False
        if any(m.kind == "actor" and m.label and m.get("type") in COURTESY_PARTY_TYPES
               for m in article.sentence_mentions(ev.sentence)):
            return False  # «رحب بانضمام الأردن إلى التحالف»
        if not self._apolitical(article.norms()[ev.sentence]):
            return False
        for j in range(k + 1, min(len(toks), k + 1 + PRAISE_REACH)):
            norm = toks[j].norm
            if toks[j].kind == "punct" and norm in _BREAKS:
                return False
            if norm[:1] == "ب" and len(norm) > 2 and norm not in _name_links():
                return norm in words.welcomed
        return False

    def wished_welcome(self, article: Article, ev: Event) -> bool:
        """True for a welcome told by a `welcome` verb (رحب) with a `wishing` word after it in its sentence (متمنيا لهم
        طيب الإقامة): a host's courtesy to his guests, whose reception or visit is told on its own («رحب خادم الحرمين
        الشريفين برئيس الوزراء اللبناني والوفد المرافق له، متمنياً لهم طيب الإقامة»), no support."""
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        words = self.words
        if k is None or toks[k].norm not in words.welcome:
            return False
        return any(tok.norm in words.wishing for tok in toks[k + 1:])

    def in_house_courtesy(self, article: Article, ev: Event) -> bool:
        """True for thanks, praise, a welcome or a congratulation (a `thanks` or `welcome` word as its trigger, a
        `greeting` noun, or an expressing verb with a `gratitude` tail: أعرب عن شكره), in a story, whose parties are of
        no code but the article's own state (_home_code), of no hostile sector and none a bare name, and whose clause
        (its sentence, if it has no party) names no actor of another code, no organisation and no political or
        `interstate` word: courtesy among one state's own
        people («وأعرب سموه عن شكره للقائمين على مجموعة العمري»، «قدم فيها التهنئة للأمير محمد بن نايف باختياره ولياً
        للعهد»، «نوه الأمير متعب … بقدرات القوات العسكرية السعودية»), no political support. Thanks to another
        state's ruler («عن الشكر والتقدير للرئيس باراك أوباما») and a welcome of no one (a thing endorsed) stay. A
        text of fewer than DOMESTIC_ARTICLE_SENTENCES sentences is coded as it reads."""
        if len(article.sentences) < DOMESTIC_ARTICLE_SENTENCES:
            return False
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        if k is None or not self._courtesy_trigger(article, ev, toks[k].norm):
            return False
        parties = ev.actor + ev.recipient
        if any((e.sector or "") in HOSTILE_SECTORS or not e.code and not e.sector for e in parties):
            return False  # (a bare name, «وأعرب عبدالعاطي عن التقدير للقضاء السوداني», may be anyone's)
        if toks[k].norm in self.words.welcome and not ev.recipient:
            return False  # a thing welcomed is endorsed: «ورحب المجلس الرقمي في فرنسا بالضوابط»
        home = _home_code(article)
        if home is None or any(e.code and e.code != home for e in parties):
            return False
        if told_abroad(article, ev, home):
            return False  # «ووجه الرئيس الأميركي في كينيا رسالة مشابهة، إذ أشاد بالإمكانات الاقتصادية للبلاد»
        start, end = _courtesy_clause(toks, k) if parties else (0, len(toks))
        if _foreign_named(article, ev, home, start, self.congratulated_for(article, ev, toks, k, end)):
            return False  # «ترحيب المملكة بأي اتفاق يضمن عدم قدرة إيران»
        return self._apolitical({toks[i].norm for i in range(start, _reason_start(toks, k, end))})

    def congratulated_for(self, article: Article, ev: Event, toks: list[Token], k: int, end: int) -> int:
        """For a congratulation (a `congratulation` noun at token k: تهنئة), the token where what it is for begins, a
        word in بـ right after the noun or one or two words after a `congratulate` verb («برقية تهنئة من مدير الجامعة
        هنأه خلالها باعتماد مواقع … في قائمة التراث العالمي التابعة لليونسكو»: a body named there is no party; round
        89); `end` for any other courtesy word, or if there is none."""
        if not _congratulation(article, ev):
            return end
        verbs = self.words.congratulate
        for i in range(k + 1, end):
            if toks[i].norm.startswith(_BI) and (i == k + 1 or toks[i - 1].norm in verbs
                                                 or i - 2 > k and toks[i - 2].norm in verbs):
                return i
        return end

    def hospitality_thanks(self, article: Article, ev: Event) -> bool:
        """True for thanks, a welcome or a congratulation (a courtesy trigger: أعرب عن شكره، رحب) whose words after it,
        in its sentence part (no full stop, semicolon or other break between), name the hospitality, the honour, the
        visit or the trust it answers (a `hospitality` word: «أعرب عن شكره لخادم الحرمين الشريفين على ما وجده ومرافقوه
        من حفاوة وتكريم»، «عن شكره وتقديره لمحافظ عنيزة على هذه الزيارة»، «عن شكره وتقديره لهذه الثقة»: a
        `hospitality_pointed` word after a demonstrative): a guest's or an appointee's
        courtesy, no political support (a welcome «خلال زيارة» stays)."""
        toks = article.tokens[ev.sentence]
        words, pointed = _hospitality_words()
        k = _token_at(toks, ev.trigger.start)
        if k is None or not (_word_after(toks, k, words, HOSPITALITY_REACH)
                             or _word_after(toks, k, pointed, HOSPITALITY_REACH, lead=self.words.demonstrative)
                             or _devotion_after(toks, k)):
            return False  # the cheap test first: most thanks name no hospitality
        return self._courtesy_trigger(article, ev, toks[k].norm)

    def occasion_greeting(self, article: Article, ev: Event) -> bool:
        """True for a congratulation (a `greeting` noun: تهنئة) whose sentence names the yearly occasion it marks: an
        `occasion_mark` word (بمناسبة) after the trigger with an `anniversary` word right after it («برقية تهنئة لفخامة
        الرئيس … بمناسبة ذكرى إعلان الجمهورية لبلاده»، «بمناسبة اليوم الوطني لبلاده»), or «بهذه المناسبة» before it
        («وبهذه المناسبة، تلقى الرئيس المصري برقية تهنئة من نظيره الجزائري»): a ruler's courtesy on a national day, no
        political support (what the cable is said to stress is coded on its own); so is a greeting «بهذه المناسبة» at an
        office's feast party («ألقى رئيس المركز كلمته بهذه المناسبة، قدم فيها التهنئة … إلى مقام خادم الحرمين»). A
        religious feast's greeting (a `holiday` word: عيد الفطر) to another state's ruler stays, as holiday_greeting
        keeps it. A congratulation noun (a `congratulation` word: تهنئة) offered, not a cable's («برقية تهنئة … بمناسبة
        إعادة انتخابه» stays, its parties read), goes «بمناسبة» any occasion named (occasion_named: «وقدم كيري
        التهنئة للشعب المصري … بمناسبة افتتاح قناة السويس الجديدة»; round 85)."""
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        if k is None:
            return False
        marks, days = _occasion_words()
        if not any(toks[j].norm in marks and any(t.norm in days for t in toks[j + 1:j + 1 + ANNIVERSARY_REACH])
                   for j in range(k + 1, len(toks))) \
                and not (_congratulation(article, ev) and not (k and toks[k - 1].norm in _cable_words())
                         and self.occasion_named(toks, k, marks)) \
                and not any(toks[j].norm in marks and toks[j - 1].norm in self.words.demonstrative
                            for j in range(1, k)) \
                and not self.similar_cable(article, ev.sentence, toks, k):
            return False  # the cheap test first: most greetings name no occasion
        if not self.words.holiday.isdisjoint(article.norms()[ev.sentence]) \
                and any(e.code and e.code not in {a.code for a in ev.actor} for e in ev.recipient):
            return False  # «برقية تهنئة لأمير دولة الكويت بمناسبة عيد الفطر»: a feast's greeting to another ruler stays
        m = _trigger_mention(article, ev)
        return m is not None and m.entry is not None and normalize(m.entry.lemma) in self.words.greeting

    def occasion_named(self, toks: list[Token], k: int, marks: frozenset[str]) -> bool:
        """True if an `occasion_mark` word (بمناسبة) follows token k in its sentence with no demonstrative right before
        it: an occasion named («بمناسبة افتتاح قناة السويس»), not one pointed back to («بهذه المناسبة»: a story's
        holiday, read by holiday_lead)."""
        return any(toks[j].norm in marks and toks[j - 1].norm not in self.words.demonstrative
                   for j in range(k + 1, len(toks)))

    @staticmethod
    def similar_cable(article: Article, sentence: int, toks: list[Token], k: int) -> bool:
        """True for a greeting noun (token k) followed by a `similar` adjective («برقية تهنئة مماثلة») in a story whose
        earlier sentence names an occasion (an `occasion_mark` word with an `anniversary` word right after it): the
        twin of a cable sent on that occasion."""
        if k + 1 >= len(toks) or toks[k + 1].norm not in _topic_class("similar"):
            return False
        marks, days = _occasion_words()
        return any(t.norm in marks and any(u.norm in days for u in before[j + 1:j + 1 + ANNIVERSARY_REACH])
                   for before in article.tokens[:sentence] for j, t in enumerate(before))

    def rescue_alert(self, article: Article, ev: Event) -> bool:
        """True for an alert (a mobilisation) with no coded actor whose sentence names an accident (a `crash` word or
        phrase: حادث انقلاب باص) and no `violence` word: rescue or ambulance teams called out («وعلى الفور تم استنفار
        الفرق الإسعافية» at a bus accident), no forces mobilised; since round 48 also one whose subject, at most
        ALERT_REACH words before its trigger, is a `domestic` body (a hospital, a university, a company): «أعلنت
        مستشفيات المنطقة حالة استنفار لاستقبال المتبرعين بالدم» is a service's alert, no forces mobilised."""
        if any(e.code for e in ev.actor):
            return False
        if self._accident_sentence(article.norms()[ev.sentence]):
            return True
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        return k is not None and _word_before(toks, k, self.words.domestic, ALERT_REACH)

    def _accident_sentence(self, norms) -> bool:
        """True if a sentence's words (`norms`) name an accident (a `crash` word or two-word phrase: حادث، انقلاب
        مركبتهم) and no `violence` word (حادث إرهابي): the test accident_clause and rescue_alert share."""
        crash = self.words.crash
        if crash.isdisjoint(norms) and not any(f"{a} {b}" in crash for a, b in zip(norms, norms[1:])):
            return False
        return self.words.violence.isdisjoint(norms)

    def _courtesy_trigger(self, article: Article, ev: Event, norm: str) -> bool:
        """True if the event's trigger is a word of thanks, praise, welcome or congratulation: a `thanks` or
        `welcome` word, a `greeting` noun (تهنئة), or an expressing verb whose tail is a `gratitude` word (أعرب عن
        شكره)."""
        if norm in self.words.thanks or norm in self.words.welcome:
            return True
        m = _trigger_mention(article, ev)
        if m is None or m.entry is None:
            return False
        return normalize(m.entry.lemma) in self.words.greeting or not _gratitude_tails().isdisjoint(m.entry.tail)

    def home_business(self, article: Article, ev: Event) -> bool:
        """True for cooperation or coordination, in a story, whose parties are all of the article's own state
        (_home_code) or of no code, none armed and none a bare name, one of them a company, a bank, a university or a
        hospital (a DOMESTIC_SECTORS body), in a sentence naming no actor of another code, no organisation, no armed
        agent and no political or `interstate` word: a firm's or a body's work with the state's own offices
        («قامت الشركة المنفذة للمشروع بالتعاون مع الرئاسة العامة لشؤون المسجد الحرام»، «نسقت الهيئة السعودية
        للمقيمين المعتمدين مع وزارة العدل ومؤسسة النقد العربي السعودي»), no political cooperation."""
        parties = ev.actor + ev.recipient
        if len(article.sentences) < DOMESTIC_ARTICLE_SENTENCES or not any(e.sector in DOMESTIC_SECTORS for e in parties):
            return False  # the cheap tests first
        if any((e.sector or "") in ARMED_SECTORS or not e.code and not e.sector for e in parties):
            return False
        home = _home_code(article)
        if home is None or any(e.code and e.code != home for e in parties):
            return False
        if _foreign_named(article, ev, home) or any(m.kind == "agent" and m.label in ARMED_SECTORS
                                                    for m in article.sentence_mentions(ev.sentence)):
            return False  # «بالتنسيق مع السفارة اليمنية»، «بالتعاون مع القوات المسلحة»
        return self._apolitical(article.norms()[ev.sentence])

    def assembly_debate(self, article: Article, ev: Event) -> bool:
        """True for a meeting told by a word of discussing (a `deliberate` stem: يناقش، مناقشة) with no recipient and no
        `counterpart` word (مع، بين) at most DELIBERATE_REACH words after it in its clause, whose every actor (one at
        least) is a legislature (the LEG sector) or the cabinet (an `assembly` name): a body debating its own business
        («ويناقش مجلس الشيوخ الأميركي مشروع قانون»، «أن مجلس الوزراء ناقش جملة من التقارير»), no meeting of parties."""
        if ev.recipient or not ev.actor:
            return False
        words = self.words
        trigger = normalize(ev.trigger.text)
        if not any(stem in trigger for stem in words.deliberate):
            return False
        if not all(e.sector == "LEG" or normalize(e.text) in words.assembly for e in ev.actor):
            return False
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.end - 1)
        if k is None:
            return False
        return not _word_after(toks, k, words.counterpart, DELIBERATE_REACH)

    def site_visit(self, article: Article, ev: Event) -> bool:
        """True for a visit (a trigger of the `visit` mode) in a story, with no coded recipient and no hostile actor,
        whose object a few words after it in its clause is a `site` (a workshop, a project, a palace, a hospital),
        no state, capital or organisation named between and no one visited in لـ nor a place in في before it, in a sentence of no political or `interstate` word: a tour
        or an inspection («كما زار الورشة التي يتم فيها صب وتجهيز القطع الخرسانية»، «يجري الترتيب لزيارة خاصة إلى
        مشروع مطار الملك عبد العزيز»، «زار عصر أمس قصر أبا السعود التاريخي»), no meeting of political actors."""
        if ev.mode != "visit" or len(article.sentences) < PURPOSE_SENTENCES or any(e.code for e in ev.recipient) \
                or any((e.sector or "") in HOSTILE_SECTORS for e in ev.actor):
            return False
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.end - 1)
        if k is None:
            return False
        sites = _site_words()
        end = next((j for j in range(k + 1, min(len(toks), k + 1 + SITE_REACH)) if toks[j].norm in sites), None)
        if end is None or any(toks[j].kind == "punct" or toks[j].norm == _FI or toks[j].norm in self.words.locative
                              or toks[j].norm[:1] == _LAM for j in range(k + 1, end)):
            return False  # «بزيارة لمصابي التفجير في مستشفى قوى الأمن»: the wounded visited, the site is the place
        if any(m.kind == "actor" and m.get("code") and k < m.tok_start < end
               and m.get("type") in PARTY_TYPES - {"person"} for m in article.sentence_mentions(ev.sentence)):
            return False  # «زار الرئيس الأمريكي كينيا ومستشفى»: a state visited
        return self._apolitical(article.norms()[ev.sentence])

    def local_backing(self, article: Article, ev: Event) -> bool:
        """True for support or aid with neither actor nor recipient, in a story, whose object a few words after it in
        its clause is a `local_thing`: sport, tourism, a festival, an event, productive families («ودعماً من
        الأمانة للرياضة وعشاقها فقد تم عمل ملاعب»، «ودعم للمهرجان حتى تصل فعالياته»، «ودعم الفعاليات التجارية»):
        a municipality's or a chamber's service, no political support."""
        if ev.actor or ev.recipient or len(article.sentences) < PURPOSE_SENTENCES:
            return False
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        if k is None:
            return False
        end = k + len(ev.trigger.text.split())
        for j in range(end, min(len(toks), end + BACKED_REACH)):
            if toks[j].kind == "punct":
                return False
            if toks[j].norm in self.words.local_thing:
                return self.words.political.isdisjoint(article.norms()[ev.sentence])
        return False

    def bare_noun(self, article: Article, ev: Event, marks: dict | None = None) -> bool:
        """True if the event is told by a noun alone (لزيادة التعاون، بعد مفاوضات، مواجهة التهديدات، خلال فترة
        الاحتجاز) with no verb before it in its clause that makes it an act: a light verb (قام بالتنسيق، أجرى
        مباحثات) or a `support` verb of topic_words.tsv (أطلق نداءً، ألقى القبض، أعلنت السعودية هدنة). Told
        with neither actor nor recipient in a story, such a noun is talk about the act, not the act. `marks` holds
        what was read of the article's mentions for an earlier event of it."""
        triggers, light = _sentence_marks(article, ev.sentence, {} if marks is None else marks)
        m = next((t for t in triggers if t.start <= ev.trigger.start < t.end), None)
        if m is None or m.get("pos") != "noun":
            return False
        toks = article.tokens[ev.sentence]
        for j in range(m.tok_start - 1, max(-1, m.tok_start - 1 - SUPPORT_REACH), -1):
            tok = toks[j]
            if tok.kind == "punct" and (tok.norm in _BREAKS or tok.norm in ("،", ",")):
                break
            if j in light or self._support(tok.norm):
                return False
        # بدأت الهيئة العامة للائتلاف، يوم أمس، اجتماعات دورتها: an indefinite noun is the object of the verb that
        # opens the sentence, past its subject and adjuncts
        word = toks[m.tok_start].norm[len(m.get("prefix")):]
        first = next((j for j, t in enumerate(toks) if t.kind == "ar"), None)
        return word.startswith("ال") or first is None or not (first in light or self._support(toks[first].norm))

    def _support(self, norm: str) -> bool:
        """True if the word is a support verb (with its clitics; a short one too after و/ف: وتم)."""
        support = self.words.support
        return norm in support or norm[:1] in ("و", "ف") and norm[1:] in support

    def offices_and_civilians_only(self, ev: Event) -> bool:
        """True if the event has no participant but citizens, journalists, believers, people of no sector, domestic
        bodies or offices and officials, none with a code (المواطنون، الزوار، المسلمين، الوزارة، وكيل الوزارة):
        none of them a political party the event could be told of without another one named beside it. The
        government itself (`government`: «الحكومة وافقت على تمديد مشاركة القوات») is such a party, code or none."""
        government = self.words.government
        return all(not e.code and (e.sector or "") in OFFICE_SECTORS and normalize(e.text) not in government
                   for e in ev.actor + ev.recipient)

    def domestic_only(self, ev: Event) -> bool:
        """True if the event has participants and every one is a domestic service body (a hospital, a school, a
        university, a company)."""
        parties = ev.actor + ev.recipient
        return bool(parties) and all(self._domestic_body(e) for e in parties)

    def local_news(self, article: Article) -> bool:
        """True if the article (of several sentences) names no political party: its actor mentions are towns
        alone, its agents domestic bodies, officials, citizens or the media."""
        if len(article.sentences) < DOMESTIC_ARTICLE_SENTENCES:
            return False
        if any(ev.event in CONFLICT_TYPES for ev in article.events):
            return False  # a story of a conflict (الهجوم، الاعتقال) is no local administration
        for m in article.mentions:
            if m.kind == "actor" and m.get("type") != "place" and m.get("sector") not in DOMESTIC_SECTORS:
                return False
            if m.kind == "agent" and m.label not in DOMESTIC_SECTORS | NON_POLITICAL_SECTORS | OFFICIAL_SECTORS:
                return False
        political = self.words.political
        return not any(n in political for norms in article.norms() for n in norms)

    def administrative_manner(self, article: Article, ev: Event) -> bool:
        """True for cooperation told as the manner of another act, «بالتعاون مع / بالتنسيق مع» (نظمت البلدية
        بالتعاون مع إدارة التعليم حملة توعوية), between bodies with no country or organisation code and of no
        armed, party or opposition sector, in a sentence that names no other political party: local
        administration («نفذت القوات العراقية بالتعاون مع التحالف الدولي عملية» stays)."""
        if ev.event != "COOPERATE" or article.text[ev.trigger.start - 1:ev.trigger.start] != "ب":
            return False
        parties = ev.actor + ev.recipient
        return all(not e.code and (e.sector or "") in ADMINISTRATIVE_SECTORS for e in parties) \
            and not self._political_mention(article, ev)

    def internal_manner(self, article: Article, ev: Event) -> bool:
        """True for cooperation told as the manner of another act (بالتنسيق مع، بالتعاون مع) with a partner named,
        between bodies of one state: every participant of a state office's or force's sector and of that state's
        code (an uncoded body may be another state's), and no other state, organisation or group named in the
        sentence («تشديد الإجراءات الأمنية بالتنسيق مع القوات المسلحة المصرية»، «قامت بالتنسيق مع وزارة الحرس الوطني
        بإنشاء طريق»): a state's own administration. An office of the GOV sector with no code beside them is taken for
        that state's («أصدرت وزارة الحج بالتعاون مع وزارة الخارجية أكثر من 300 ألف تأشيرة»). «نفذت القوات العراقية
        بالتعاون مع التحالف الدولي عملية» and
        «وتنفذ الجامعة البرنامج بالتعاون مع وزارة الداخلية الفرنسية» stay."""
        if ev.event != "COOPERATE" or not ev.recipient or article.text[ev.trigger.start - 1:ev.trigger.start] != "ب":
            return False
        parties = ev.actor + ev.recipient
        # an office of no code beside one of a state's (أصدرت وزارة الحج بالتعاون مع وزارة الخارجية) is that state's
        codes = {e.code for e in parties if e.code or e.sector not in OFFICIAL_SECTORS}
        if len(codes) != 1 or None in codes or codes & NON_STATE_CODES \
                or any((e.sector or "") not in STATE_SECTORS for e in parties):
            return False
        return all(m.label in codes for m in article.sentence_mentions(ev.sentence) if m.kind == "actor" and m.label)

    def visit_to_facility(self, ev: Event) -> bool:
        """True if the event is a visit whose every recipient is a domestic body (an official who visits a
        hospital or a school): an inspection, no meeting of political actors."""
        return ev.event == "CONSULT" and ev.mode == "visit" and bool(ev.recipient) \
            and all(self._domestic_body(e) for e in ev.recipient)

    def _political_mention(self, article: Article, ev: Event) -> bool:
        """True if the event's sentence names, outside the event's participants, an actor (a country, an
        organisation) or an agent of a political sector: the party the coder missed («مكتب الأمم المتحدة …
        بالتعاون مع جامعة سيشيل»). Not counted: citizens, the media and domestic bodies, a word that belongs to
        a domestic body's name (جامعة الملك سعود) and a town named as the place (في الرياض، بجازان)."""
        spans = [(e.start, e.end) for e in ev.actor + ev.recipient]
        mentions = [m for m in article.sentence_mentions(ev.sentence) if m.kind in ("actor", "agent")]
        glued = {m.tok_end for m in mentions if m.get("sector") in DOMESTIC_SECTORS}
        toks = article.tokens[ev.sentence]
        patrons = self._patrons(toks, mentions)
        for m in mentions:
            if m.get("sector") in DOMESTIC_SECTORS or m.kind == "agent" and m.label in NON_POLITICAL_SECTORS \
                    or m.get("type") in REGION_TYPES or m.kind == "agent" and m.label in WORSHIP_SECTORS:
                continue
            if m.tok_start in glued or any(s <= m.start and m.end <= e for s, e in spans) or m.tok_start in patrons:
                continue
            if self._town_as_place(m, toks):
                continue
            return True
        return False

    def _town_as_place(self, m: Mention, toks: list[Token]) -> bool:
        """True for a town or capital named as the place (بجازان، في الرياض), not as a party."""
        return m.get("type") in TOWN_TYPES and (m.get("prefix") == "ب" or m.tok_start > 0
                                                and toks[m.tok_start - 1].norm in self.words.locative)

    def _names_party(self, article: Article, ev: Event) -> bool:
        """True if the event's sentence names a party that could be its missed actor or recipient, or an attack:
        an actor of the PARTY_TYPES, a demonym that qualifies an official, an armed body or an act (قائد الجيش
        الإيراني، الحصار الإسرائيلي، الدعم الإيراني), or an agent of the PARTY_SECTORS («أكد المالكي دعمه
        للإصلاحات»، «ندعو … حزب العمال الكردستاني»); not a town, an adjective, a title or an office («وأبدى المشرف
        العام استعداد الوزارة»). An assault («استنكر المحافظ الحادث الذي استهدف رجال قوات الطوارئ») is a political
        event to react to."""
        mentions = article.sentence_mentions(ev.sentence)
        glued = {m.tok_end for m in mentions if m.kind == "agent" and m.label in DOMESTIC_SECTORS}
        bodies = {m.tok_end for m in mentions
                  if m.kind == "agent" and m.label in BODY_SECTORS or m.kind == "trigger"}
        toks = article.tokens[ev.sentence]
        patrons = self._patrons(toks, mentions)
        for m in mentions:
            if m.kind == "trigger" and m.label == "ASSAULT":
                return True
            if m.tok_start in glued or not (self._party(m) or m.get("type") == "demonym" and m.tok_start in bodies) \
                    or m.tok_start in patrons:
                continue
            if self._town_as_place(m, toks):
                continue
            return True
        return False

    def _patrons(self, toks: list[Token], mentions: list[Mention]) -> set[int]:
        """The first tokens of the mentions named as the patron or the guest of honour of the act («برعاية صاحب
        السمو الملكي الأمير سعود بن نايف أمير المنطقة الشرقية»، «بحضور وزير الحج»): a few words after a `patron`
        word of its clause, or right after such a mention (his title)."""
        found: set[int] = set()
        ends: set[int] = set()
        for m in sorted(mentions, key=lambda m: m.tok_start):
            if m.kind in ("actor", "agent") and (m.tok_start in ends or self._after_patron_word(toks, m.tok_start)):
                found.add(m.tok_start)
                ends.add(m.tok_end)
        return found

    def _after_patron_word(self, toks: list[Token], k: int) -> bool:
        """True if a `patron` word stands a few words before token k in its clause."""
        for j in range(k - 1, max(-1, k - 1 - PATRON_REACH), -1):
            tok = toks[j]
            if tok.kind == "punct" and (tok.norm in _BREAKS or tok.norm in ("،", ",")):
                return False
            if tok.norm in self.words.patron:
                return True
        return False

    @staticmethod
    def _party(m: Mention) -> bool:
        """True if the mention is an actor of a party type (or a demonym of several words: a country's name, الولايات
        المتحدة) or an agent of a party sector."""
        if m.kind == "actor":
            return m.get("type") in PARTY_TYPES or m.get("type") == "demonym" and m.tok_end - m.tok_start > 1
        return m.kind == "agent" and m.label in PARTY_SECTORS

    def _domestic_body(self, entity: Entity) -> bool:
        """True if the entity is of a domestic service sector, or an unresolved name headed by a domestic word."""
        if entity.sector:
            return entity.sector in DOMESTIC_SECTORS
        if entity.code:
            return False
        words = normalize(entity.text).split()
        return bool(words) and words[0] in self.words.domestic

    def showcase_invitation(self, article: Article, ev: Event, toks: list[Token], k: int) -> bool:
        """True for an invitation noun with no coded party whose purpose, a `showcase` word (لعرض، لاستعراض), stands at
        most SHOWCASE_REACH words after it, no mark between: an invitation to present one's work at a forum («دفع
        ذلك المنظمات والهيئات المتخصصة في الاتصالات … إلى توجيه الدعوة لموبايلي لعرض تجاربها الناجحة»), no
        political request (round 83)."""
        if any(e.code for e in (*ev.actor, *ev.recipient)):
            return False
        if not _word_after(toks, k, self.words.showcase, SHOWCASE_REACH, any_mark=True):
            return False
        m = _trigger_mention(article, ev)
        return m is not None and m.get("pos") == "noun"

    def quoted_plan_name(self, article: Article, ev: Event) -> bool:
        """True for a trigger inside quotation marks opened right after a `plan` word (a programme, a campaign, an
        initiative): the plan's name, no act (round 102: «تنفيذ برنامج "شقيقي صحتك تهمنا"», our charges read in
        «تهمنا», it concerns us). Read back from the trigger to the first quotation mark, in its sentence part."""
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        if k is None:
            return False
        for j in range(k - 1, max(0, k - 1 - QUOTED_NAME_REACH), -1):
            tok = toks[j]
            if tok.kind != "punct":
                continue
            if tok.norm in _BREAKS or tok.norm in _CLOSING_QUOTES:
                return False
            if tok.norm in _OPENING_QUOTES:
                opens = tok.norm != '"' or sum(t.norm == '"' for t in toks[:j]) % 2 == 0
                return opens and toks[j - 1].norm in self.words.plan
        return False

    def caution_call(self, article: Article, ev: Event, toks: list[Token], k: int) -> bool:
        """True for an appeal addressed to no one whose clause calls, CAUTION_REACH words at most after its trigger,
        for care (a `caution` word: الحيطة، الحذر): a notice to the public, a weather or safety advisory, no political
        request (round 102: «ودعت في تقرير لها إلى أخذ الحيطة والحذر», the weather service). A call to someone named
        stays («ودعا الوزير المواطنين إلى الحذر»), and so does a state's or a body's call for restraint («ودعا مجلس
        الأمن إلى توخي الحذر»: a coded caller) where its sentence names no hazard (the weather service's «أشعة
        الشمس» makes its call an advisory still)."""
        if ev.recipient or any(p.code for p in ev.actor) and self.words.hazard.isdisjoint(t.norm for t in toks):
            return False
        for tok in toks[k + 1:k + 1 + CAUTION_REACH]:
            if tok.kind == "punct" and (tok.norm in _BREAKS or tok.norm in ("،", ",")):
                return False
            if tok.norm in self.words.caution:
                return True
        return False

    @staticmethod
    def counted_requests(toks: list[Token], k: int) -> bool:
        """True for a request noun right after a number that is no year (1300 to 2100): a count of applications filed
        («كان نصيب السعوديين منها 3785 طلبا وغير السعوديين 16524»), no request; a year before the noun dates it («يوم 17
        نوفمبر 1977 دعوة إلى السادات») (round 83)."""
        if k == 0 or toks[k - 1].kind != "num":
            return False
        return not _is_year(toks[k - 1].norm)

    def counted_cases(self, article: Article, ev: Event) -> bool:
        """True for an event noun right after a `counted_case` word (قضية، قضايا) that is right after a number, no
        year: a count of cases, statistics, no event (round 94: «استقبلت المحاكم الجزائية … نحو 3982 قضية تحرش
        وإيذاء»); so is a `counted_case` trigger itself right after such a number, told with neither actor nor
        recipient (round 106: «منطقة عسير بـ 123 دعوى»; «أقامت الحكومة 3 دعاوى ضد الشركة» stays; so does a filing
        told by its verb right before the number, with no party: «رفعت 3 دعاوى قضائية أمس»)."""
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        if k is not None and not ev.actor and not ev.recipient and toks[k].norm in self.words.counted_case \
                and self.counted_requests(toks, k) and not (k >= 2 and toks[k - 2].norm in _filing_words()):
            return True  # the case noun itself counted, told of no party: «بـ 123 دعوى»، «7 دعاوى لكل منطقة»
        return k is not None and k >= 2 and toks[k - 1].norm in self.words.counted_case \
            and self.counted_requests(toks, k - 1)

    def job_notice(self, toks: list[Token], k: int) -> bool:
        """True if the clause of the appeal at k names a `vacancy` word and an `applicant` word at most VACANCY_REACH
        words after it, no sentence break between: a job notice of an office («دعت إدارة التعليم بالنماص جميع
        المرشحين للوظائف التعليمية»), no political request."""
        w = self.words
        return _word_after(toks, k, w.vacancy, VACANCY_REACH) and _word_after(toks, k, w.applicant, VACANCY_REACH)

    def prayer(self, toks: list[Token], k: int) -> bool:
        """True if the request at token k is addressed to God, a `divine` word followed by a `praise` word a few
        words after it in its clause (ودعا سموه في اتصال هاتفي المولى عز وجل أن يتغمد الفقيد برحمته): a prayer; so is
        one with a `blessing` there (وسط دعوات المصلين والمشيعين له بالرحمة والمغفرة: round 103).
        Not a name (آية الله علي السيستاني، عبد ربه منصور هادي), whose next word is no praise. Nor a request whose
        wish, a `wish` word and a verb a dozen words on in its sentence part, has God for its subject («ونقل سموه
        للمصابين تمنيات ودعوات خادم الحرمين الشريفين، بأن يمن الله عليهم بالشفاء العاجل»)."""
        words = self.words
        for j in range(k + 1, min(len(toks), k + 1 + PRAYER_REACH)):
            tok = toks[j]
            if tok.kind == "punct" and (tok.norm in _BREAKS or tok.norm in ("،", ",")):
                break
            if tok.norm in words.divine and j + 1 < len(toks) and toks[j + 1].norm in words.praise \
                    or tok.norm in _blessing_words():  # (a blessing may end an unpunctuated text)
                return True  # «دعا المولى عز وجل»؛ «ودعا سموه الكريم له بالمغفرة» (round 103)
        for j in range(k + 3, min(len(toks), k + 1 + WISH_REACH)):
            tok = toks[j]
            if tok.kind == "punct" and tok.norm in _BREAKS:
                return False
            if tok.norm in words.divine and toks[j - 2].norm in words.wish and toks[j - 1].kind == "ar" \
                    and toks[j - 1].norm != _ABD:
                return True  # بأن يمن الله: not «بأن عبد الله»، a name
        return False

    def _public_past_comma(self, toks: list[Token], k: int) -> bool:
        """True if the appeal at k names its caller, a long title and name the coder did not resolve, up to a comma
        (at most COMMA_CALLER_REACH words after it, none a sentence break) and the public right after that comma
        («ودعا المتحدث الرسمي لمديرية الدفاع المدني بمنطقة عسير العقيد محمد عبدالرحيم العاصمي، المواطنين
        والمقيمين بالمنطقة إلى أخذ الحيطة والحذر»): a notice of an agency, no political appeal."""
        for j in range(k + 1, min(len(toks), k + 1 + COMMA_CALLER_REACH)):
            if toks[j].kind != "punct":
                continue
            if toks[j].norm in _CLAUSE_COMMAS:
                return self._addresses_public(toks, j, 2)
            if toks[j].norm in _BREAKS:
                return False
        return False

    def _public_by_bi(self, toks: list[Token], k: int) -> bool:
        """True if the appeal at k names its addressee with بـ (a definite word بالـ at most COMMA_CALLER_REACH words
        after it, no sentence break between) that is, or is right followed by, a word of the public, past a long
        caller's title the coder did not resolve (round 94: «وأهاب عماد الزهراني المتحدث الرسمي لهيئة الهلال السعودي
        في الباحة بالأخوة المواطنين والمقيمين إلى إبلاغ غرفة العمليات»): a notice of an agency, no political appeal."""
        for j in range(k + 1, min(len(toks), k + 1 + COMMA_CALLER_REACH)):
            norm = toks[j].norm
            if toks[j].kind == "punct" and norm in _BREAKS:
                return False
            if norm.startswith(_BI_AL) and self._addresses_public(toks, j - 1, 3):
                return True
        return False

    def _addresses_public(self, toks: list[Token], k: int, window: int = PUBLIC_WINDOW) -> bool:
        """True if a word of the public (المتقدمين، المواطنين والمقيمين) follows the appeal at k within a few
        words of its clause (`window` of them): a notice of an agency, not a political appeal."""
        public, pairs = self.words.public, self.words.public_pairs
        for j in range(k + 1, min(len(toks), k + 1 + window)):
            norm = toks[j].norm
            if toks[j].kind == "punct" and norm in _BREAKS:
                return False
            if norm in public or j + 1 < len(toks) and (norm, toks[j + 1].norm) in pairs:
                return True
        return False


@lru_cache(maxsize=1)
def _or_words() -> frozenset[str]:
    """function_words.tsv either_or: «أو», the «or» that joins two verbs or two nouns of a choice."""
    return frozenset(FunctionWords.load().either_or)


@lru_cache(maxsize=1)
def _complementizers() -> frozenset[str]:
    """The complementizers of function_words.tsv (ان، انه، بان): «أن» and its pronoun forms."""
    return FunctionWords.load().complementizer


@lru_cache(maxsize=1)
def _name_links() -> frozenset[str]:
    """The kinship words of function_words.tsv (بن، بنت): in a name, no ب of an object (عبدالرحمن بن صالح)."""
    return FunctionWords.load().kinship


@lru_cache(maxsize=1)
def _genre_sections() -> dict[str, str]:
    """From topic_words.tsv: the genre (column, sport) of each URL path segment of a `genre_` class,
    lower-cased («site/segment» for a segment of one site's only)."""
    sections: dict[str, str] = {}
    for line in packaged_text("topic_words.tsv").splitlines():
        cols = line.split("\t")
        if not line.startswith("#") and len(cols) >= 2 and cols[1].strip().startswith("genre_"):
            sections[cols[0].strip().lower()] = cols[1].strip()[len("genre_"):]
    return sections


@lru_cache(maxsize=1)
def _sermon_words() -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """From topic_words.tsv: the normalised `sermon` words (bare and with و) and two-word phrases (first word bare
    or with و)."""
    words: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for line in packaged_text("topic_words.tsv").splitlines():
        cols = line.split("\t")
        if not line.startswith("#") and len(cols) >= 2 and cols[1].strip() == "sermon":
            first, *rest = normalize(cols[0].strip()).split()
            if rest:
                pairs.update(((first, rest[0]), ("و" + first, rest[0])))
            else:
                words.update((first, "و" + first))
    return frozenset(words), frozenset(pairs)


def url_genre(url: str | None) -> str | None:
    """The genre (column, sport) that a segment of the article's URL path names as its section, or None:
    «https://www.alwatan.com.sa/Articles/Detail.aspx?ArticleID=…» is a column. The host alone names none."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    labels = (parts.hostname or "").lower().split(".")
    sections = _genre_sections()
    for segment in parts.path.lower().split("/"):
        if not segment:
            continue
        genre = sections.get(segment) or next(
            (sections[f"{label}/{segment}"] for label in labels if f"{label}/{segment}" in sections), None)
        page = _PAGE_FILE.fullmatch(segment)  # al-jazirah's «cu1.htm»: the letters name the page's section
        if not genre and page:
            genre = next((sections[f"{label}/{page.group(1)}"] for label in labels
                          if f"{label}/{page.group(1)}" in sections), None)
        if genre:
            return genre
    return "byline" if bylined(labels, parts.path) else None


def unsectioned_column(article: Article) -> bool:
    """True for a column of a site whose URLs name no section (an `unsectioned` host label of topic_words.tsv:
    aleqt, alyaum, alriyadh, okaz): a page of UNSECTIONED_COLUMN_CHARS or more that names no `newsword` (no day of
    the news, no verb of reporting: أمس، اليوم، الجمعة، قال، أعلن) is a writer's essay, not a news story."""
    if not article.url or len(article.text or "") < UNSECTIONED_COLUMN_CHARS:
        return False
    try:
        host = urlsplit(article.url.strip()).hostname or ""
    except ValueError:
        return False
    if _unsectioned_hosts().isdisjoint(host.lower().split(".")):
        return False
    news = _news_words()
    return all(news.isdisjoint(norms) for norms in article.norms())


@lru_cache(maxsize=1)
def _unsectioned_hosts() -> frozenset[str]:
    """From topic_words.tsv: the host labels of the `unsectioned` sites."""
    return frozenset(_topic_class("unsectioned"))


@lru_cache(maxsize=1)
def _news_words() -> frozenset[str]:
    """From topic_words.tsv: the `newsword` words with their clitics."""
    return clitic_forms(_topic_class("newsword"))


def bylined(labels: list[str], path: str) -> bool:
    """True if the URL path is a `byline` site's column: after its article segment, the article's number, then a
    segment naming the writer and one more, the title («/home/article/412766/وليد-أبي-مرشد/والبحث-جارٍ»)."""
    segments = [s for s in path.split("/") if s]
    heads = _byline_heads()
    for i, segment in enumerate(segments[:-3]):
        if not heads.get(segment.lower(), frozenset()).isdisjoint(labels):
            return segments[i + 1].isdigit()  # (segments[:-3]: the writer's and the title's segments follow)
    return False


@lru_cache(maxsize=1)
def _byline_heads() -> dict[str, frozenset[str]]:
    """From topic_words.tsv: for each article segment of a `byline` row («aawsat/article»), the host labels it is
    matched on."""
    heads: dict[str, set[str]] = {}
    for row in _topic_class("byline"):
        label, _, segment = row.lower().partition("/")
        heads.setdefault(segment, set()).add(label)
    return {k: frozenset(v) for k, v in heads.items()}


def signed_genre(article: Article) -> str | None:
    """The genre a page's own sign-off line names near the end of its text, where the URL names none: a writer's
    contact line or a readers' page's call for contributions (a `signature` heading of page_markers.tsv:
    «للتواصل مع الكاتب ارسل رسالة SMS …»، «نرحب بمشاركاتكم الشعرية …») makes it a column (its events are kept
    only when they report a named party's act, as on a page of an opinion section), or None."""
    marks = _signature_marks()
    if not marks or not article.text:
        return None
    tail = normalize(article.text[-SIGNATURE_TAIL:])
    return "column" if any(mk in tail for mk in marks) else None


@lru_cache(maxsize=1)
def _signature_marks() -> tuple[str, ...]:
    """The normalised `signature` headings of page_markers.tsv."""
    return page_markers("signature")


@lru_cache(maxsize=None)
def _topic_class(name: str) -> tuple[str, ...]:
    """From topic_words.tsv: the normalised words (first column) of the rows of one class."""
    return _topic_classes().get(name, ())


@lru_cache(maxsize=1)
def _topic_classes() -> dict[str, tuple[str, ...]]:
    """topic_words.tsv read once: each class and the normalised words (first column) of its rows, in the file's
    order (some sixty classes are asked for: the file was read and split again for each)."""
    classes: dict[str, list[str]] = {}
    for line in packaged_text("topic_words.tsv").splitlines():
        if not line.startswith("#") and len(cols := line.split("\t")) >= 2:
            classes.setdefault(cols[1].strip(), []).append(normalize(cols[0].strip()))
    return {name: tuple(words) for name, words in classes.items()}


@lru_cache(maxsize=1)
def _blessing_words() -> frozenset[str]:
    """From topic_words.tsv: the normalised `blessing` words (بالرحمة، بالمغفرة), bare and with و."""
    words = _topic_class("blessing")
    return frozenset(words) | frozenset("و" + w for w in words)


@lru_cache(maxsize=1)
def _stuck_lemmas() -> frozenset[str]:
    """From topic_words.tsv: the normalised `stuck` lemmas (احتجز، احتجاز), as the trigger lexicon's lemmas are."""
    return frozenset(_topic_class("stuck"))


@lru_cache(maxsize=1)
def _rescue_lemmas() -> frozenset[str]:
    """From topic_words.tsv: the normalised `rescue` lemmas (أنقذ، حرر), as the trigger lexicon's lemmas are."""
    return frozenset(_topic_class("rescue"))


@lru_cache(maxsize=1)
def _approve_lemmas() -> frozenset[str]:
    """From topic_words.tsv: the `approve` lemmas (وافق، موافقة), normalised as the trigger lexicon's lemmas are."""
    return frozenset(_topic_class("approve"))


@lru_cache(maxsize=None)
def _definite_clitic_class(name: str) -> frozenset[str]:
    """The words of a topic_words.tsv class, bare and with ال, with the clitics (read once per class)."""
    words = _topic_class(name)
    return clitic_forms([*words, *(_AL + w for w in words)])


def _accord_words() -> frozenset[str]:
    """From topic_words.tsv: the `accord` words (بروتوكول، انضمام، مذكرة), bare and with ال, with the clitics."""
    return _definite_clitic_class("accord")


@lru_cache(maxsize=1)
def _site_words() -> frozenset[str]:
    """The `site` words of topic_words.tsv, bare and with ال, with the clitics (الورشة، للمشروع، بزيارة قصر)."""
    stems = _topic_class("site")
    return clitic_forms([*stems, *(_AL + w for w in stems)])


@lru_cache(maxsize=1)
def _gratitude_tails() -> frozenset[str]:
    """The `gratitude` words of topic_words.tsv as the trigger lexicon keys a tail (شكر، تقدير، امتنان)."""
    return frozenset(word_key(w) for w in _topic_class("gratitude"))


def _home_code(article: Article) -> str | None:
    """The article's own state: the code its actor mentions name in the most sentences (no international body or
    group of no state), if named in two sentences or more and in HOME_LEAD times as many as the next; else None (a
    story of two states' dealings, «برقية تهنئة مماثلة للرئيس الباجي السبسي», has none; nor has a story naming a
    state in one sentence only, «وبعث الملك برقية تهنئة لفخامة الرئيس إيسوفو محمدو رئيس جمهورية النيجر»)."""
    seen = {(m.get("code"), m.sentence) for m in article.mentions if m.kind == "actor" and m.get("code")}
    counts: dict[str, int] = {}
    for code, _ in seen:
        if code not in NON_STATE_CODES:
            counts[code] = counts.get(code, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < 2 or len(ranked) > 1 and ranked[0] < HOME_LEAD * ranked[1]:
        return None
    return max(counts, key=counts.__getitem__)


def _foreign_named(article: Article, ev: Event, home: str, start: int = 0, end: int | None = None,
                   igo: bool = True) -> bool:
    """True if the event's sentence names, among its tokens start to end (all of them by default), an actor of a
    code other than `home` or (when `igo`) an international organisation of any code: a party from outside the
    state's own bodies («بالتنسيق مع السفارة اليمنية»)."""
    for m in article.sentence_mentions(ev.sentence):
        if m.kind != "actor" or m.tok_start < start \
                or end is not None and m.tok_start >= end:
            continue
        code = m.get("code")
        if code and (code != home or igo and m.get("type") == "igo"):
            return True
    return False


def told_abroad(article: Article, ev: Event, home: str) -> bool:
    """True if the event's sentence, at most ABROAD_REACH words before its trigger, names a state or a capital of a
    code other than `home` right after في: the speaker is abroad («ووجه الرئيس الأميركي في كينيا رسالة مشابهة، إذ
    أشاد بالإمكانات الاقتصادية للبلاد»), his praise is of his host, no courtesy at home (round 99)."""
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.start)
    if k is None:
        return False
    for m in article.sentence_mentions(ev.sentence):
        if m.kind == "actor" and m.start < ev.trigger.start and m.tok_start > 0 \
                and k - m.tok_start <= ABROAD_REACH \
                and m.get("type") in _ABROAD_TYPES and m.get("code") not in ("", home) \
                and toks[m.tok_start - 1].norm == _FI:
            return True
    return False


ABROAD_REACH = 8  # the words before a courtesy read for the foreign place its speaker is in (told_abroad: «ووجه الرئيس
# الأميركي في كينيا رسالة مشابهة، إذ أشاد», past the verb's object and a comma)
_ABROAD_TYPES = frozenset(("country", "capital"))  # the mentions of a place a speaker may be in (told_abroad)


def plot_act(ev: Event) -> bool:
    """True for an assault or a protest of a story of the arts with no coded actor, dated by the page's day or told as
    background (no time word of its own) and placed in no town or site: a film's plot or a figure of speech («وبعد
    قتال ملحمي ينتصر البطل»، «يبدأ أحدهم بإطلاق النار عليهما»، «هكذا انفجرت الشخصية النسائية في الفيلم»), no act;
    a shooting in a cinema of a named town («فتح النار داخل صالة سينما … في لافايت») stays."""
    return ev.event in KEEP_IN_TOPIC and ev.date_source in ("published", "before_published") \
        and not any(a.code for a in ev.actor) and not _pinned_place(ev)


def column_violence(article: Article, ev: Event) -> bool:
    """True for an attack or a protest of a column (by its text) that the writer talks of, no act reported (round
    105): placed nowhere, with no party of a country or an organisation and no time of its own, told outside every
    named speaker's statement («وعلى رأس هذه المحرمات، قتل الإنسان الآمن»، «من فجر مقدس الآخر، لا تضمن بأنه لن
    يفجر مقدسك»، a story's «نقطع الطريق»); an attack of a place or a state's party («الاعتداء على مركز سويف
    الحدودي») or one dated («في العام الماضي، احتل المتظاهرون … أجزاء من هونج كونج») stays."""
    return unanchored_violence(ev) and ev.date_source != "text" and not any(
        s.speaker is not None and s.content_start <= ev.trigger.start < s.content_end for s in article.statements)


def unanchored_violence(ev: Event) -> bool:
    """True for an attack or a protest placed nowhere, with no party of a country or an organisation."""
    return ev.event in KEEP_IN_TOPIC and ev.location is None and not any(x.code for x in (*ev.actor, *ev.recipient))


def _pinned_place(ev: Event) -> bool:
    """True if the event is placed in a town, a district or a site (no country, region, area or sea: WIDE_FEATURES)."""
    return ev.location is not None and ev.location.feature not in WIDE_FEATURES


@lru_cache(maxsize=1)
def _contrast_words() -> frozenset[str]:
    """The `contrast` words of function_words.tsv (لكن، لكنه، بل، بينما): each opens a clause set against the one before."""
    return frozenset(FunctionWords.load().contrast)


@lru_cache(maxsize=1)
def _what_words() -> frozenset[str]:
    """The `what` words of function_words.tsv (ما، مما)."""
    return FunctionWords.load().what


def _reason_start(toks: list[Token], k: int, end: int) -> int:
    """The token where the reason of a courtesy word at token k begins: the first «على ما» after it before `end`
    («رفع مجلس الوزراء التهنئة لخادم الحرمين الشريفين على ما يحظى به من تقدير … الدولية»: what the honour is for, no
    party); `end` if there is none."""
    what = _what_words()
    return next((i for i in range(k + 1, end - 1) if toks[i].norm == _ALA and toks[i + 1].norm in what), end)


def _courtesy_clause(toks: list[Token], k: int) -> tuple[int, int]:
    """The token span of the clause of the courtesy word at token k: from the comma or stop before it to the first
    comma or stop after its object (a word in عن، بـ، لـ، على or إلى: a comma right after the thanker, «وأعرب نائب
    رئيس اليمني، عن تقدير حكومة بلاده لدور الإمارات», does not end it)."""
    start = next((i + 1 for i in range(k - 1, -1, -1) if toks[i].kind == "punct"
                  and (toks[i].norm in _CLAUSE_COMMAS or toks[i].norm in _BREAKS)), 0)
    seen = False
    for i in range(k + 1, len(toks)):
        norm = toks[i].norm
        if toks[i].kind == "punct" and (norm in _CLAUSE_COMMAS or norm in _BREAKS):
            if seen or norm in _BREAKS:
                return start, i
        elif norm == _AN or norm == _ALA or norm in _ILA \
                or norm[:1] in (_LAM, "ب") and len(norm) > 2 and norm not in _name_links():
            seen = True
    return start, len(toks)


@lru_cache(maxsize=1)
def _spouse_words() -> frozenset[str]:
    """From topic_words.tsv: the `spouses` words (الزوجين، الأزواج), normalised, with و، ف، ب and ل (and لل)."""
    return clitic_forms(_topic_class("spouses"))


@lru_cache(maxsize=1)
def _drill_words() -> tuple[frozenset[str], frozenset[str]]:
    """From topic_words.tsv: the `drill` words (تدريب، تدربوا، محاكاة), bare and with ال, and the `drill_scene` words
    (فرضية), each normalised with و، ف، ب، ل and لل."""
    drill = _topic_class("drill")
    return clitic_forms([*drill, *(_AL + w for w in drill)]), clitic_forms(_topic_class("drill_scene"))


@lru_cache(maxsize=1)
def _hospitality_words() -> tuple[frozenset[str], frozenset[str]]:
    """From topic_words.tsv: the `hospitality` words (حفاوة، ضيافة، تكريم) and the `hospitality_pointed` words (الزيارة،
    الثقة: only after a demonstrative, «هذه الزيارة»), bare and with ال, normalised with و، ف، ب، ل and لل."""
    stems, pointed = _topic_class("hospitality"), _topic_class("hospitality_pointed")
    return clitic_forms([*stems, *(_AL + w for w in stems)]), clitic_forms([*pointed, *(_AL + w for w in pointed)])


@lru_cache(maxsize=None)
def _clitic_pairs(name: str, definite: bool = False) -> frozenset[tuple[str, str]]:
    """From topic_words.tsv: the two-word phrases of class `name` as pairs, the first word in its clitic forms (as
    written, and with ال too if `definite`; with و، ف، ب، ك، ل and لل), the second normalised as written."""
    pairs: set[tuple[str, str]] = set()
    for phrase in _topic_class(name):
        words = phrase.split()
        if len(words) == 2:
            first, second = words
            pairs.update((w, second) for w in clitic_forms([first, _AL + first] if definite else [first]))
    return frozenset(pairs)


def _devotion_after(toks: list[Token], k: int) -> bool:
    """True if a `devotion` phrase (خدمة الإسلام، الجهود الدعوية) starts at most HOSPITALITY_REACH words after token k,
    in its sentence part (no break between): the religious service a courtesy answers."""
    pairs = _clitic_pairs("devotion", definite=True)
    for j in range(k + 1, min(len(toks) - 1, k + 1 + HOSPITALITY_REACH)):
        if toks[j].kind == "punct" and toks[j].norm in _BREAKS:
            return False
        if (toks[j].norm, toks[j + 1].norm) in pairs:
            return True
    return False


def drill_act(article: Article, ev: Event) -> bool:
    """True for an attack or an arrest that a training or a drill shows, no act: a `drill` word a few words before its
    trigger in the same sentence part («شاهد عناصرها أثناء تدريبهم على إطلاق النار على نماذج أهداف») or a
    `drill_scene` word in its sentence («شاهد سموه فرضية … والقبض على السائق والمرافقين»)."""
    near, scene = _drill_words()
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.start)
    if k is not None and _word_before(toks, k, near, DRILL_REACH):
        return True
    return not scene.isdisjoint(article.norms()[ev.sentence])


@lru_cache(maxsize=1)
def _occasion_words() -> tuple[frozenset[str], frozenset[str]]:
    """From topic_words.tsv: the `occasion_mark` words (بمناسبة, المناسبة) with و and ف, and the `anniversary` words
    (ذكرى، عيد، اليوم الوطني), bare and with ال, each normalised with و، ف، ب، ل and لل."""
    days = _topic_class("anniversary")
    return clitic_forms(_topic_class("occasion_mark")), clitic_forms([*days, *(_AL + w for w in days)])


def _festive_words() -> frozenset[str]:
    """From topic_words.tsv: the `festive` words (احتفال، احتفاء، مشاهدة), bare and with ال, with the clitics."""
    return _definite_clitic_class("festive")


def festive_gathering(article: Article, ev: Event) -> bool:
    """True for a gathering (a rally trigger: احتشد، تجمهر) whose purpose a `festive` word tells a few words after it
    in the same sentence part («احتشد العشرات من أطفال القطريين والمقيمين للاحتفال بالقرنقعوه»): a crowd at a feast or
    a show, no demonstration (a crowd «للتنديد» or «احتجاجاً» stays)."""
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.start)
    if k is None:
        return False
    return _word_after(toks, k, _festive_words(), FESTIVE_REACH)


@lru_cache(maxsize=1)
def _wherever_words() -> frozenset[str]:
    """From topic_words.tsv: the `wherever` words (أينما، مهما), normalised, with و and ف."""
    return clitic_forms(_topic_class("wherever"))


@lru_cache(maxsize=1)
def _undergo_words() -> frozenset[str]:
    """From topic_words.tsv: the `undergo` verbs of the present (تتعرض، تواجه), normalised, with و and ف."""
    return clitic_forms(_topic_class("undergo"))


@lru_cache(maxsize=1)
def _claimed_words() -> frozenset[str]:
    """From topic_words.tsv: the `claimed` words (بالسيادة) that make a demand of the present a standing claim of a
    territory («وتطالب فيتنام وماليزيا والفلبين وسلطنة بروناي بالسيادة على بعض الأنحاء»), normalised."""
    return frozenset(_topic_class("claimed"))


@lru_cache(maxsize=1)
def _pose_words() -> frozenset[str]:
    """From topic_words.tsv: the `threat_pose` verbs a threat noun is the object of as a danger (يشكل، تمثل، باعتبارها),
    normalised, with و and ف."""
    return clitic_forms(_topic_class("threat_pose"))


@lru_cache(maxsize=1)
def _threat_kind_words() -> frozenset[str]:
    """From topic_words.tsv: the words after a threat noun that make it a danger faced or shared: the `threat_kind`
    words (مشترك، الأساسي، آخر) and the `undergo` verbs (تواجه), normalised, with و (one set, built once)."""
    return clitic_forms(_topic_class("threat_kind")) | _undergo_words()


@lru_cache(maxsize=1)
def _grip_words() -> frozenset[str]:
    """From topic_words.tsv: the `grip` words (قبضتها، قبضته), normalised, with و and ف."""
    return clitic_forms(_topic_class("grip"))


def grip_held(article: Article, ev: Event) -> bool:
    """True for an arrest whose trigger word is the noun of a grip with its owner's pronoun (a `grip` word: «وأحكمت
    المقاومة الشعبية قبضتها على مدينة عدن»): control of a place or a body, no arrest («القبض على» stays)."""
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.start)
    return k is not None and toks[k].norm in _grip_words()


def _sentence_party_named(article: Article, ev: Event,
                          neutral_sectors: frozenset[str]) -> tuple[bool, list[Mention]]:
    """Whether the event's sentence names a political or armed party (an agent of COLUMN_PARTY_SECTORS but an
    office's, or an actor of BUSINESS_PARTY_TYPES whose sector is none of `neutral_sectors`), and the sentence's
    actor and agent mentions (topics.business_cooperation, topics.firms_deal)."""
    mentions = [m for m in article.sentence_mentions(ev.sentence) if m.kind in ("actor", "agent")]
    named = any(m.kind == "agent" and m.label in COLUMN_PARTY_SECTORS - OFFICIAL_SECTORS
                or m.kind == "actor" and m.get("type") in BUSINESS_PARTY_TYPES
                and m.get("sector") not in neutral_sectors for m in mentions)
    return named, mentions


def negated_any(ev: Event, toks: list[Token], k: int) -> bool:
    """True for an event noun after «أي» (token k - 1) whose verb (token k - 2) is negated (a `future_negation` or
    `past_negation` word of function_words.tsv right before it) and which has a coded recipient: an act refused
    outright to a named party («لن نجري أي محادثات مع الولايات المتحدة»), kept and flagged (refused_any)."""
    return k > 2 and any(p.code for p in ev.recipient) and toks[k - 3].norm in _negation_particles()


@lru_cache(maxsize=1)
def _negation_particles() -> frozenset[str]:
    """The `future_negation` and `past_negation` words of function_words.tsv (لن، ولن، لم، فلم)."""
    words = FunctionWords.load()
    return frozenset(words.future_negation) | frozenset(words.past_negation)


@lru_cache(maxsize=1)
def _future_negations() -> frozenset[str]:
    """The `future_negation` words of function_words.tsv (لن، ولن، فلن)."""
    return frozenset(FunctionWords.load().future_negation)


def states_act(ev: Event) -> bool:
    """True for an act between two different states (actor and recipient of state codes, none shared): a story of the
    arts keeps it («واتهمت بكين طوكيو بالمبالغة الشديدة»), as one of sport keeps a law body's act (law_body_act)."""
    mine = {p.code for p in ev.actor if p.code and p.code not in NON_STATE_CODES}
    theirs = {p.code for p in ev.recipient if p.code and p.code not in NON_STATE_CODES}
    return bool(mine) and bool(theirs) and mine.isdisjoint(theirs)


def public_act(ev: Event, text: str) -> bool:
    """True for an act one of whose parties is a state's own body or an international body (a coded actor or
    recipient of a STATE_BODY_SECTORS sector, a government, a ministry, a court, the forces; or of the IGO code, the
    European Commission): a story of the consumer or company pages keeps it («وتضم قائمة الدائنين … المفوضية
    الأوروبية بقروض»), as it drops a firm's, a buyer's or a device's «support», «request» or «visit», and one whose
    only party is a country named by a place or an adjective («زيارة موناكو»، «بمحرك ألماني») (round 116). A state
    acting by its own name, the subject right after its verb (an actor of a state code and no sector that `text`
    writes right after the trigger: «ورحبت إيران بالقرار»، «وهددت فنزويلا بالانسحاب»), is a state too; not a country
    only visited, nor one named further on, «يوافق مستثمرو كوريا الجنوبية»، «دراسة ألمانية» (mend116)."""
    return any(p.code and (p.sector in STATE_BODY_SECTORS or p.code == INTERNATIONAL_CODE)
               for p in (*ev.actor, *ev.recipient)) \
        or any(p.code and p.sector is None and p.code not in NON_STATE_CODES
               and ev.trigger.end <= p.start and not text[ev.trigger.end:p.start].strip() for p in ev.actor)


def lone_meeting(article: Article, ev: Event) -> bool:
    """True for a meeting (CONSULT 040, a `session` lemma: اجتمع، اجتماع; no discussion) of one party alone, no
    recipient: in a market report (by its URL or its lead
    past a dateline: TopicGate.market_lead), a central bank's or a cartel's own session the markets await («ويجتمع مجلس الاحتياطي الاتحادي (البنك المركزي الأمريكي) في وقت لاحق
    اليوم»، «مع ترقب المستثمرين لنتائج اجتماع مجلس الاحتياطي الاتحادي»), no meeting between parties (round 98)."""
    if ev.event != "CONSULT" or ev.cameo != MEETING_CAMEO or ev.recipient or len(ev.actor) > 1:
        return False
    m = _trigger_mention(article, ev)
    return m is not None and m.entry is not None and normalize(m.entry.lemma) in _topic_class("session")


def law_body_act(ev: Event) -> bool:
    """True for an arrest or a charge by a state's police or court (a coded actor of a LAW_BODY_SECTORS sector): a story
    of sport or the arts keeps it («وألقت الشرطة السويسرية القبض على الممثل الهزلي»، «واتهمت النيابة العامة في بوليفيا
    تشافيز بارتكابه أعمال فساد»); a referee's sending off («طرد قائد الزمالك») has no such actor. Since round 98 also
    by a state's authorities (a coded party whose first word is a `law_authority` word: «ووجهت السلطات الأميركية
    اتهامات لتسعة من مسؤولي اللعبة»، «والاعتقالات التي قامت بها السلطات السويسرية»), and a charge (ACCUSE 112) too."""
    if ev.event not in LAW_BODY_TYPES and not (ev.event == "ACCUSE" and ev.cameo == CHARGE_CAMEO):
        return False
    return any(p.code and (p.sector in LAW_BODY_SECTORS or _law_authority(p)) for p in ev.actor)


def _law_authority(p: Entity) -> bool:
    """True for a party named by a `law_authority` word first (السلطات الأميركية: a state's authorities)."""
    words = p.text.split()
    return bool(words) and strip_wa(normalize(words[0])) in _definite_clitic_class("law_authority")


def home_loan(article: Article, ev: Event) -> bool:
    """True for aid with no recipient in a sentence that names a home lending body or line of credit (a `lender`
    pair: «صندوق التنمية العقارية»، «بنك التسليف»، «القروض الاجتماعية»): a citizen's housing or family loan,
    domestic credit, no political event («اعتمد مدير عام صندوق التنمية العقارية دفعة قروض جديدة»)."""
    if ev.recipient:
        return False
    pairs = _clitic_pairs("lender")
    norms = article.norms()[ev.sentence]
    return any((a, b) in pairs for a, b in zip(norms, norms[1:]))


def summed_aid(article: Article, ev: Event) -> bool:
    """True for aid or support told by a noun at most TOTAL_REACH words after a `total` word (إجمالي، مجموع، حجم), no
    mark between, in a sentence with a figure, none of whose receivers has a code its givers lack: a statistic of
    lending or spending («وأبان التقرير أن إجمالي المنصرف الفعلي من قروض صندوق الاستثمارات العامة قد تراجع … ليصل
    إلى 16 مليار ريال»), no act between parties («بلغ إجمالي المساعدات السعودية لليمن» names its receiver)."""
    if {e.code for e in ev.recipient if e.code} - {e.code for e in ev.actor if e.code}:
        return False
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.start)
    return k is not None and _word_before(toks, k, _total_words(), TOTAL_REACH, any_mark=True) \
        and any(t.kind == "num" for t in toks)


def crew_reinforcement(article: Article, ev: Event) -> bool:
    """True for support or aid with neither actor nor recipient whose clause goes on, at most CREW_REACH words after
    its trigger with no mark between, to بـ and a `crew` noun (كوادر، فرق، معدات): a service reinforced with staff,
    crews or gear («نحرص بين الحين والآخر على دعم كافة مستشفيات المنطقة بالكوادر الطبية»، «وتم دعم الموقف بفرق
    إطفاء»), no act between parties."""
    if ev.actor or ev.recipient:
        return False
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.end - 1)
    if k is None:
        return False
    crew = _crew_words()
    for j in range(k + 1, min(len(toks), k + 1 + CREW_REACH)):
        if toks[j].kind == "punct":
            return False
        if toks[j].norm in crew:
            return True
    return False


@lru_cache(maxsize=1)
def _crew_words() -> frozenset[str]:
    """From topic_words.tsv: the `crew` nouns with بـ and بالـ (بالكوادر، بفرق)."""
    return frozenset(p + w for w in _topic_class("crew") for p in ("ب", "بال"))


@lru_cache(maxsize=1)
def _total_words() -> frozenset[str]:
    """From topic_words.tsv: the written forms of the `total` words (إجمالي، مجموع، حجم), bare and with و، ب، ل، ف."""
    return frozenset(p + w for w in _topic_class("total") for p in ("", "و", "ب", "ل", "ف", "وب", "ول"))


def csr_programme(article: Article, ev: Event) -> bool:
    """True when the event's sentence names a firm's social responsibility (a `csr` pair: «برامج المسؤولية
    المجتمعية»): a company's programme for the community."""
    norms = article.norms()[ev.sentence]
    pairs = _clitic_pairs("csr")
    return any((a, b) in pairs for a, b in zip(norms, norms[1:]))


def private_donation(article: Article, ev: Event, donor: frozenset[str]) -> bool:
    """True for a donation (a `donation` lemma: تبرع) whose giver is no coded party (an actor headed by a `donor` word,
    مواطن، مقيمة، فاعل خير, counts as none: «تبرعت مواطنة سعودية») and whose coded receivers, if any, are all of the
    story's own state: a private or royal charity («تبرع مواطن من قرى الشلايل بقطعة أرض لبناء مدرسة»، «عن تبرع خادم
    الحرمين الشريفين بنفقات ترميم مسجد»), no aid between parties. In a story only (three sentences or more) unless
    every actor is headed by a `donor` word: a lone sentence, «وتبرعت المملكة بمليون دولار للاجئين», is coded as it
    reads, «تبرع مواطن … بقطعة أرض» is a citizen's charity all the same."""
    private = [(normalize(e.text).split() or [""])[0] in donor for e in ev.actor]
    if any(e.code and not p for e, p in zip(ev.actor, private)) \
            or len(article.sentences) < DOMESTIC_ARTICLE_SENTENCES and not (private and all(private)):
        return False
    m = _trigger_mention(article, ev)
    if m is None or m.entry is None or normalize(m.entry.lemma) not in _topic_class("donation"):
        return False
    codes = {e.code for e in ev.recipient if e.code}
    return not codes or codes == {_home_code(article)}


@lru_cache(maxsize=1)
def _admission_words() -> frozenset[str]:
    """From topic_words.tsv: the normalised `admission` words, as written (a title of admission to a college or a
    course, «فتح باب القبول في المعهد الصناعي»، «تعلن أسماء المقبولين», tells an office's own business, as a
    `courtesy` title does: topics.courtesy_story)."""
    return frozenset(_topic_class("admission"))


@lru_cache(maxsize=1)
def _fete_words() -> frozenset[str]:
    """From topic_words.tsv: the `fete` words (مهرجان), bare and with ال, with the clitics, and the `feast`
    words as written (عيد، العيد، بالعيد)."""
    return _definite_clitic_class("fete") | frozenset(_topic_class("feast"))


@lru_cache(maxsize=1)
def _filing_words() -> frozenset[str]:
    """From topic_words.tsv: the `case_filing` verbs (رفع، أقامت، قدم), with the clitics: right before a number of
    cases, a filing told, no count of cases (topics.counted_cases)."""
    return clitic_forms(_topic_class("case_filing"))


@lru_cache(maxsize=1)
def _fete_context() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """From topic_words.tsv: the `fete_before` words (صلاة، بمناسبة، قبل), the `fete_after` words (العمال، العرش،
    انتخابي) and the `celebration` words (فعاليات، احتفالات), bare and with ال, with the clitics."""
    return (_definite_clitic_class("fete_before"), _definite_clitic_class("fete_after"),
            _definite_clitic_class("celebration"))


def _fete_named(norms: Sequence[str], fete: frozenset[str]) -> bool:
    """True if the words `norms` (a title, a lead's opening) name the Eid or a festival: a `fete` word that is no
    political day or rally (right before a `fete_after` word: «عيد العمال»، «عيد العرش»، «مهرجان انتخابي») and is
    not the mere time of another act (right after a `fete_before` word: «صلاة العيد»، «بمناسبة عيد الفطر»، «قبل
    العيد»), unless a `celebration` word names the feast's programme there («فعاليات … بمناسبة العيد») (round 106)."""
    if fete.isdisjoint(norms):
        return False
    before, after, celebration = _fete_context()
    festive = not celebration.isdisjoint(norms)
    return any(w in fete and not (j + 1 < len(norms) and norms[j + 1] in after)
               and (festive or not (j and norms[j - 1] in before)) for j, w in enumerate(norms))


@lru_cache(maxsize=64)
def _title_words(title: str) -> tuple[str, ...]:
    """The normalised words of a title, in order (read once per title)."""
    return tuple(t.norm for t in tokenize(title))


def explainer_title(article: Article) -> bool:
    """True for a story whose title invites the reader to learn of a subject: an `explainer` word right before على
    («أسلاف داعش.. تعرّف على 6 جماعات جهادية نشرت الإرهاب عالمياً»، «تعرّف على العدد الذي تفقده القوات الأفغانية
    من منسوبيها شهرياً»): a feature that retells history and background (round 48)."""
    if not article.title:
        return False
    words = _title_words(article.title)
    explain = _explainer_words()
    return any(w in explain and nxt in _ON for w, nxt in zip(words, words[1:]))


def explained_background(article: Article, ev: Event) -> bool:
    """True for an event of an explainer story (explainer_title) that no time word of its own (or of the story's
    lead) dates to the EXPLAINER_DAYS before publication: «عام 1977 اعتقلت السلطات المصرية مئات من الجماعة»، «وأسفرت
    العملية عن مقتل أكثر من 80 ضابطا» told undated are the history the feature retells, no act of the news; one
    dated «أمس» stays."""
    if ev.date_source not in ("text", "story") or not ev.date or not article.published:
        return True
    try:
        gap = (date.fromisoformat(article.published[:10]) - date.fromisoformat(ev.date[:10])).days
    except ValueError:
        return True
    return not 0 <= gap <= EXPLAINER_DAYS


@lru_cache(maxsize=1)
def _explainer_words() -> frozenset[str]:
    """From topic_words.tsv: the `explainer` verbs of a title's invitation to learn (تعرف، تعرفوا), normalised."""
    return frozenset(_topic_class("explainer"))


def told_tale(article: Article, ev: Event) -> bool:
    """True if the event's sentence opens (within TALE_OPENING words) with a `tale` word of topic_words.tsv, a tale
    told as such («يروى في التاريخ، أن القائد الصيني …»، «ويحكى أن»): in a column, a story retold, no act reported."""
    words = _tale_words()
    return any(tok.norm in words for tok in article.tokens[ev.sentence][:TALE_OPENING])


@lru_cache(maxsize=1)
def _tale_words() -> frozenset[str]:
    """From topic_words.tsv: the normalised `tale` words, bare and with و and ف."""
    return frozenset(p + w for w in _topic_class("tale") for p in ("", "و", "ف"))


def condolence_call(article: Article, ev: Event) -> bool:
    """True for a call or a visit (a consultation) with a `condolence` word at most CONDOLENCE_REACH words after its
    trigger in its sentence, and no `affairs` word in its sentence («أجرى وزير التعليم اتصالا هاتفيا لتقديم
    واجب العزاء والمواساة»، «اتصالا هاتفيا مع … نقل خلاله التعازي»): a courtesy of mourning, no consultation (round
    85). A call of condolence that discusses affairs («وبحثا …») stays."""
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.start)
    if k is None:
        return False
    end = _token_at(toks, ev.trigger.end - 1) or k
    if all(t.norm not in _condolence_words() for t in toks[end + 1:end + 1 + CONDOLENCE_REACH]):
        return False  # the cheap test first: most calls offer no condolence («مع د. عسيري … نقل خلاله التعازي»)
    return _affairs_words().isdisjoint(t.norm for t in toks)


def _condolence_words() -> frozenset[str]:
    """From topic_words.tsv: the `condolence` words (عزاء، تعازي، مواساة), bare and with ال, with the clitics."""
    return _definite_clitic_class("condolence")


def _affairs_words() -> frozenset[str]:
    """From topic_words.tsv: the `affairs` words (بحث، تناول، ناقش), bare and with ال, with the clitics."""
    return _definite_clitic_class("affairs")


def appeal_invitation(article: Article, ev: Event) -> bool:
    """True for an invitation (AGREE 036: «وجهت الدعوة إلى الدول المانحة») that a demand joined by و follows at most
    APPEAL_REACH words after it in its sentence («…، وطالبتها بسرعة التحرك»): a call to act, coded by that demand
    (REQUEST), no invitation to meet (round 89)."""
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.start)
    if k is None:
        return False
    for other in article.events:
        if other.sentence != ev.sentence or other.event != "REQUEST" or other.trigger.start <= ev.trigger.end:
            continue
        j = _token_at(toks, other.trigger.start)
        if j is not None and j - k <= APPEAL_REACH and toks[j].text.startswith(_WA):
            return True
    return False


def _congratulation(article: Article, ev: Event) -> bool:
    """True if the event's trigger is a `congratulation` noun (تهنئة) by its lemma."""
    m = _trigger_mention(article, ev)
    return m is not None and m.entry is not None and normalize(m.entry.lemma) in _topic_class("congratulation")


def animal_attacker(article: Article, ev: Event, beast: frozenset[str]) -> bool:
    """True if a `beast_by` word (من) follows the event's trigger word (or the same word told before it in its
    sentence) right after it, then an animal (a `beast` word, after a `beast_kind` word or not): an animal's attack
    («تعرضه لهجوم من سمكة قرش … فيما يعد أول هجوم مميت»), whoever its coded parties (round 85)."""
    toks = article.tokens[ev.sentence]
    end = _token_at(toks, ev.trigger.end - 1)
    if end is None:
        return False
    word = toks[end].norm
    return any(toks[j].norm.endswith(word) and _animal_after(toks, j, beast) for j in range(end + 1))


def _animal_after(toks: list[Token], j: int, beast: frozenset[str]) -> bool:
    """True if a `beast_by` word (من) follows token j right after it, then an animal (a `beast` word, after a
    `beast_kind` word or not: «من سمكة قرش»)."""
    if j + 2 >= len(toks) or toks[j + 1].norm not in _topic_class("beast_by"):
        return False
    k = j + 2
    if toks[k].norm in _topic_class("beast_kind") and k + 1 < len(toks):
        k += 1
    return toks[k].norm in beast


def attached_paper(article: Article, ev: Event) -> bool:
    """True for a request whose object is a paper to attach (an `attach` verb at most ATTACH_REACH words after it:
    «وطلبت الهيئة أن يرفق بالطلب، تعهد …») or an undertaking that is the paper attached (an `attach` verb at most
    ATTACH_REACH words before it, no sentence break between: «أن يرفق بالطلب، تعهد بقصر استخدام الأدوية»): an office's
    paperwork for an application, no appeal and no pledge between parties (round 103)."""
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.start)
    if k is None:
        return False
    words = _attach_words()
    return _word_before(toks, k, words, ATTACH_REACH) \
        or ev.event == "REQUEST" and _word_after(toks, k, words, ATTACH_REACH)


@lru_cache(maxsize=1)
def _attach_words() -> frozenset[str]:
    """From topic_words.tsv: the written forms of the `attach` words (يرفق، إرفاق), with the clitics."""
    return clitic_forms(_topic_class("attach"))


def sermon_talk(article: Article, ev: Event) -> bool:
    """True for an event of talk (no assault or protest) told with neither actor nor recipient inside a statement:
    in a sermon's report (TopicGate.sermon_report), the sermon's words («دعا الى الابتعاد عن كل ما يذهب بها»)."""
    return ev.event not in KEEP_IN_TOPIC and not ev.actor and not ev.recipient \
        and any(s.content_start <= ev.trigger.start < s.content_end for s in article.statements)


def preacher_exhortation(article: Article, ev: Event) -> bool:
    """True for a warning, or an appeal to the faithful (a `faithful` word as its object at most EXHORT_REACH words
    after it, no sentence break between: شباب الأمة، المسلمين), whose every actor, if any, is of the religious sector
    and whose recipients have no code: in a sermon's report (TopicGate.sermon_report), the preacher's exhortation
    («وطالب إمام وخطيب المسجد الحرام شباب الأمة بالتمسك بقيم الدين»، «وحذّر السديس في خطبة الجمعة من أجيال من
    الشباب لا تتمتع بحصانة»), no political appeal (round 103). A demand with no such object («طالب … السديس؛ بتهيئة
    الفرص الوظيفية للشباب») and «حذر خطيب الأقصى الاحتلال» (a coded recipient) stay."""
    if ev.event not in EXHORT_TYPES or any(p.code for p in ev.recipient) or not all(
            p.sector == "REL" and strip_wa(normalize(p.text.split()[0])) not in _faithful_words() for p in ev.actor):
        # (the faithful misread as the caller, «ودعا الشيخ عكرمة صبري المسلمين» with actor «المسلمين», are no preacher)
        return False
    if ev.event != "REQUEST":
        return True
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.end - 1)
    return k is not None and _word_after(toks, k, _faithful_words(), EXHORT_REACH)


@lru_cache(maxsize=1)
def _faithful_words() -> frozenset[str]:
    """From topic_words.tsv: the `faithful` nouns (شباب، المسلمين), bare and with ال, alone or after و (not after
    ل: «للشباب» is whom a demand is for, no one exhorted)."""
    words = _topic_class("faithful")
    forms = [*words, *(_AL + w for w in words)]
    return frozenset(forms) | frozenset("و" + w for w in forms)


def trapped(article: Article, ev: Event) -> bool:
    """True for a detention with no actor and a `trap` word (المصعد) at most TRAP_REACH words after its trigger, in
    its sentence part: people stuck by a mishap («احتجاز عدد من المرضى في المصعد»), no coercion (round 85)."""
    if ev.actor:
        return False
    toks = article.tokens[ev.sentence]
    end = _token_at(toks, ev.trigger.end - 1)
    return end is not None and _word_after(toks, end, _trap_words(), TRAP_REACH)


def _trap_words() -> frozenset[str]:
    """From topic_words.tsv: the `trap` words (مصعد), bare and with ال, with the clitics."""
    return _definite_clitic_class("trap")


def cable_wording(article: Article, ev: Event, greeting: frozenset[str]) -> bool:
    """True for a request told after a cable of greeting in its sentence (a `cable` word, then a `greeting` word of
    TopicWords.greeting: «تلقى الرئيس المصري برقية تهنئة من نظيره الجزائري …، أكد خلالها ضرورة تكريس التشاور»): the
    wording of a courtesy cable, no request (round 68)."""
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.start)
    if k is None:
        return False
    cables, greetings = _cable_words(), _greeting_words(greeting)
    return any(toks[j].norm in cables and toks[j + 1].norm in greetings for j in range(k - 1))


@lru_cache(maxsize=1)
def _cable_words() -> frozenset[str]:
    """From topic_words.tsv: the written forms (with the clitics) of the `cable` words (برقية)."""
    return clitic_forms(_topic_class("cable"))


@lru_cache(maxsize=1)
def _greeting_words(greeting: frozenset[str]) -> frozenset[str]:
    """The `greeting` nouns (TopicWords.greeting: تهنئة), bare and with ال."""
    return frozenset(w for g in greeting for w in (g, _AL + g))


def poll_finding(article: Article, ev: Event) -> bool:
    """True for a stance (POLL_TYPES: support, rejection, agreement) in a sentence naming an opinion poll (a `poll`
    word): what the polled think, a poll's finding («أظهر الاستطلاع أنهم يؤيدون بشدة هيلاري»، «الذين شملهم
    الاستطلاع (75%) إنهم يعارضون الصفقة»), no act."""
    norms = article.norms()[ev.sentence]
    return not _poll_words().isdisjoint(norms) and _recon_words().isdisjoint(norms)


@lru_cache(maxsize=1)
def _poll_words() -> frozenset[str]:
    """From topic_words.tsv: the written forms (with the clitics) of the `poll` words."""
    return clitic_forms(_topic_class("poll"))


@lru_cache(maxsize=1)
def _recon_words() -> frozenset[str]:
    """From topic_words.tsv: the written forms (with the clitics) of the `recon` words (الجوي، طائرات)."""
    return clitic_forms(_topic_class("recon"))


def concerned_cooperation(ev: Event) -> bool:
    """True for cooperation or coordination with no actor whose every recipient is, with no code, the unnamed
    «concerned authorities» (a `concerned` head noun of topic_words.tsv: «بالتنسيق مع الجهات ذات العلاقة»،
    «تم التنسيق مع الجهات المعنية بالميناء»): an office's routine, no political event, whoever the sentence
    names beside it («منوهاً بدعم … أمير منطقة مكة المكرمة … وجهود التنسيق مع الجهات ذات العلاقة»)."""
    if ev.actor or not ev.recipient:
        return False
    heads = _concerned_heads()
    return all(not e.code and normalize((e.text.split() or [""])[0]) in heads for e in ev.recipient)


@lru_cache(maxsize=1)
def _concerned_heads() -> frozenset[str]:
    """From topic_words.tsv: the `concerned` head nouns (الجهات), normalised, with the article and the clitics."""
    stems = _topic_class("concerned")
    return clitic_forms("ال" + w for w in stems) | frozenset(stems)


def _domestic_words() -> tuple[frozenset[str], ...]:
    """From topic_words.tsv: the written forms of the `domestic` head nouns (bare, with ال, with clitics), the
    normalised `locative` words, the written forms of the `political` words and of the `support` verbs, and the
    normalised `patron`, `divine` and `praise` words, the written forms of the `approval`, `warning`,
    `hazard`, `caseload`, `intake` and `accident` words (and the two-word `accident` phrases: the first word's written
    forms with the second word), the normalised `mishap` and `host` lemmas and the written forms of the
    `violence`, `headline`, `visitors` and `occasion` words, the written forms of the `content` words (and the two-word ones: the first word with the second's written forms),
    the normalised `given` and `time` words, the `writer` words with و or ف,
    the normalised `formula` words and `aiming` lemmas, and the written forms of the `plan` words."""
    domestic: list[str] = []
    political: list[str] = []
    support: list[str] = []
    locative: set[str] = set()
    patron: set[str] = set()
    divine: set[str] = set()
    praise: set[str] = set()
    stems: dict[str, list[str]] = {"approval": [], "warning": [], "hazard": [], "caseload": [], "intake": []}
    accident: list[str] = []
    headline: list[str] = []
    accident_pairs: set[tuple[str, str]] = set()
    mishap: set[str] = set()
    violence: list[str] = []
    visitors: list[str] = []
    occasion: list[str] = []
    host: set[str] = set()
    writer: set[str] = set()
    formula: set[str] = set()
    content: list[str] = []
    content_pairs: set[tuple[str, str]] = set()
    given: set[str] = set()
    time: set[str] = set()
    aiming: set[str] = set()
    plan: list[str] = []
    for line in packaged_text("topic_words.tsv").splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 2 or cols[0] == "phrase":
            continue
        word = normalize(cols[0].strip())
        if cols[1].strip() == "accident":
            first, *rest = word.split()
            if rest:
                accident_pairs.update((f, rest[0]) for f in clitic_forms([first]))
            else:
                accident += [word, "ال" + word]
        elif cols[1].strip() == "headline":
            headline += [word, "ال" + word]
        elif cols[1].strip() == "mishap":
            mishap.add(word)
        elif cols[1].strip() == "violence":
            violence += [word, "ال" + word]
        elif cols[1].strip() == "visitors":
            visitors += [word, "ال" + word]
        elif cols[1].strip() == "occasion":
            occasion += [word, "ال" + word]
        elif cols[1].strip() == "host":
            host.add(word)
        elif cols[1].strip() == "writer":
            writer.update((word, "و" + word, "ف" + word))
        elif cols[1].strip() == "formula":
            formula.add(word)
        elif cols[1].strip() == "content":
            first, *rest = word.split()
            if rest:
                content_pairs.update((first, f) for f in clitic_forms([rest[0], "ال" + rest[0]]))
            else:
                content += [word, "ال" + word]
        elif cols[1].strip() == "given":
            given.add(word)
        elif cols[1].strip() == "aiming":
            aiming.add(word)
        elif cols[1].strip() == "plan":
            plan += [word, "ال" + word]
        elif cols[1].strip() == "time":
            time.add(word)
        elif cols[1].strip() == "domestic":
            domestic += [word, "ال" + word]
        elif cols[1].strip() == "locative":
            locative.add(word)
        elif cols[1].strip() == "political":
            political += [word, "ال" + word]
        elif cols[1].strip() == "support":
            support.append(word)
        elif cols[1].strip() == "patron":
            patron.add(word)
        elif cols[1].strip() == "divine":
            divine.add(word)
        elif cols[1].strip() == "praise":
            praise.add(word)
        elif cols[1].strip() in stems:
            stems[cols[1].strip()] += [word, "ال" + word]
    return clitic_forms(domestic), frozenset(locative), clitic_forms(political), clitic_forms(support), \
        frozenset(patron), frozenset(divine), frozenset(praise), clitic_forms(stems["approval"]), \
        clitic_forms(stems["warning"]), clitic_forms(stems["hazard"]), clitic_forms(stems["caseload"]), \
        clitic_forms(stems["intake"]), clitic_forms(accident), frozenset(accident_pairs), frozenset(mishap), \
        clitic_forms(violence), clitic_forms(headline), clitic_forms(visitors), frozenset(host), \
        clitic_forms(occasion), clitic_forms(content), frozenset(content_pairs), frozenset(given), frozenset(time), \
        frozenset(writer), frozenset(formula), frozenset(aiming), clitic_forms(plan)


def _sacred_at(toks: list[Token], k: int, names: frozenset[str]) -> bool:
    """True if one of the sacred names (one word or two: «ربنا»، «رسول الله»، «الله تعالى») starts at token k."""
    if k >= len(toks):
        return False
    word = toks[k].norm
    return word in names or k + 1 < len(toks) and f"{word} {toks[k + 1].norm}" in names


def _word_before(toks: list[Token], k: int, words: frozenset[str], reach: int, any_mark: bool = False) -> bool:
    """True if one of `words` (written forms) stands at most `reach` tokens before token k, with no mark that ends a
    sentence part between (with `any_mark`, no punctuation at all)."""
    for j in range(k - 1, max(-1, k - 1 - reach), -1):
        tok = toks[j]
        if tok.kind == "punct" and (any_mark or tok.norm in _BREAKS):
            return False
        if tok.norm in words:
            return True
    return False


def press_talk(ev: Event) -> bool:
    """True for a meeting or a call whose every recipient (one at least) is the press (the MED sector: a news agency,
    a newspaper, journalists): a statement or an interview given («وأضاف عمران في اتصال هاتفي مع وكالة رويترز»، «في
    لقاء مطول مع مجموعة صحافية»، «في لقاء جمعه مع بعض وسائل الإعلام»), no meeting of political actors (round 75).
    So is one with no recipient whose every actor (one at least) is the press named right after its trigger, the
    verb's subject: a reporter's interview («المقيم محمد أحمد محمد شريف، الذي التقته "واس" وهو يستلم بطاقة إقامته»;
    round 93; an agency named before a meeting noun, «ونسبت وكالة الأنباء الليبية إلى حفتر قوله، لدى اجتماعه»,
    tells who reports it)."""
    if not ev.recipient:
        return bool(ev.actor) and all(x.sector == "MED" and 0 <= x.start - ev.trigger.end <= PRESS_SUBJECT_REACH
                                      for x in ev.actor)
    return all(x.sector == "MED" for x in ev.recipient)


def one_side_forces(article: Article, ev: Event) -> bool:
    """True for cooperation whose actor and recipient are all forces (the MIL and COP sectors) of one state: all of
    one code, none coded, or one code beside the police of no code in an operation's manner («بالتنسيق مع»), or beside
    forces of no code when it is the article's own state's (_home_code): one side's own operation told with its units working together («دوريات خفر
    السواحل نفذت خطة انتشار بحري، بإسناد من طيران الشرطة، وبالتنسيق مع سلاح البحرية الملكي البحريني»، «قوة من جهاز
    مكافحة الإرهاب وبالتعاون مع طيران الجيش»), no cooperation between political actors (round 75). Forces of no
    code beside a foreign state's stay («نفذت قوات بالتعاون مع القوات الأمريكية»)."""
    parties = (*ev.actor, *ev.recipient)
    if not ev.actor or not ev.recipient or any(x.sector not in FORCE_SECTORS for x in parties):
        return False
    codes = {x.code for x in parties if x.code}
    if not codes or len(codes) == 1 and all(x.code for x in parties):
        return True
    # the police of no code, in an operation told as done «بالتنسيق مع» forces of one state, are that state's (they
    # serve at home; «وتعاونت الشرطة مع أجهزة الأمن الأردنية» may be two states'); other forces of no code, the home state's
    manner = article.text[ev.trigger.start - 1:ev.trigger.start] == "ب"
    return len(codes) == 1 and (manner and all(x.code or x.sector == "COP" for x in parties)
                                or _home_code(article) in codes)


def _word_after(toks: list[Token], k: int, words: frozenset[str], reach: int, any_mark: bool = False,
                lead: frozenset[str] | None = None, not_lead: frozenset[str] | None = None) -> bool:
    """True if one of `words` (written forms) stands at most `reach` tokens after token k, with no mark that ends a
    sentence part between (with `any_mark`, no punctuation at all): the mirror of _word_before. With `lead`, a word
    counts only right after one of `lead` (a demonstrative: «لهذه الثقة»); with `not_lead`, only right after a word
    that is none of them."""
    for j in range(k + 1, min(len(toks), k + 1 + reach)):
        tok = toks[j]
        if tok.kind == "punct" and (any_mark or tok.norm in _BREAKS):
            return False
        if tok.norm in words and (lead is None or toks[j - 1].norm in lead) \
                and (not_lead is None or toks[j - 1].norm not in not_lead):
            return True
    return False


def _word_before_comma(toks: list[Token], k: int, words: frozenset[str], reach: int) -> bool:
    """True if one of `words` stands at most `reach` tokens before token k, with one comma between at most and no other
    mark."""
    commas = 0
    for j in range(k - 1, max(-1, k - 1 - reach), -1):
        tok = toks[j]
        if tok.kind == "punct":
            commas += 1
            if tok.norm not in ("،", ",") or commas > 1:
                return False
            continue
        if tok.norm in words:
            return True
    return False


def _word_beside(toks: list[Token], k: int, end: int, words: frozenset[str], reach: int, before: bool = True) -> bool:
    """True if one of `words` stands at most `reach` tokens before token k (when `before`) or after token `end`, with
    no punctuation between."""
    if before and _word_before(toks, k, words, reach, any_mark=True):
        return True
    for j in range(end + 1, min(len(toks), end + 1 + reach)):
        tok = toks[j]
        if tok.kind == "punct":
            return False
        if tok.norm in words:
            return True
    return False


def request_answered(article: Article, ev: Event) -> bool:
    """True for a request noun that is the object of a refusal or an acceptance coded in its sentence, right after its
    word or its على («بريطانيا رفضت طلبه الحصول على تأشيرة»، «قرار رفض طلب آي منحه تأشيرة»، «وافقت على طلبه»): the
    request answered, made before; the answer is the event (round 101). The request is a noun there, whatever the
    lexicon reads it as: a verb does not follow a verb as its object. In a story only: a lone sentence («وافق على طلب
    مسؤولي الأهلي بشراء عقد اللاعب») is coded as it reads."""
    if len(article.sentences) < DOMESTIC_ARTICLE_SENTENCES:
        return False
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.start)
    if not k or toks[k].start != ev.trigger.start:
        return False
    j = k - 2 if k > 1 and toks[k - 1].norm in _ON else k - 1
    verb = toks[j]
    return any(m.kind == "trigger" and m.label in ANSWER_TYPES and verb.start <= m.start < verb.end
               for m in article.sentence_mentions(ev.sentence))


def _coded_starts(article: Article) -> dict[int, frozenset[int]]:
    """Each sentence's coded events' trigger offsets, built once per article for requested_content."""
    starts: dict[int, set[int]] = {}
    for e in article.events:
        starts.setdefault(e.sentence, set()).add(e.trigger.start)
    return {n: frozenset(s) for n, s in starts.items()}


def requested_content(article: Article, ev: Event, coded_at: dict[int, frozenset[int]] | None = None) -> bool:
    """True for a noun of cooperation, aid, support or agreement with بـ (or after إلى، على, a quotation mark between
    allowed: «دعا المجلس … إلى "دعم …"») whose nearest trigger before it in its sentence part (one comma between at
    most, no other mark) is a verb of a request: what the call asks for («طالب المؤتمر الدولي … الذى اختتم أعماله
    أمس في فيينا … بتعاون الحكومات والقطاع الخاص»), no act told; the call is coded by its own word (round 101). So is
    one with no coded actor joined by و to what a call asks («يناشد الرئيس … النظر بعين الرحمة لمرضى الفشل الكلوي ودعم مراكز الغسيل») or to
    such a content noun before it («… بدعم جهود الاتحاد الأوروبي ومبادراته، ودعم الأهداف»; round 107). In a story
    only: a lone sentence (a resolution's «وحثوا الدول الأعضاء على التبرع») is coded as it reads."""
    if len(article.sentences) < DOMESTIC_ARTICLE_SENTENCES:
        return False
    coded = any(e.code for e in ev.actor)
    if coded_at is None:
        coded_at = _coded_starts(article)
    return _asked_at(article, ev.sentence, ev.trigger.start, coded, coded_at.get(ev.sentence, frozenset()))


def _asked_at(article: Article, sentence: int, start: int, coded: bool, coded_at: frozenset[int]) -> bool:
    """True if the trigger noun starting at offset `start` of the sentence is what a call asks (requested_content);
    `coded`: its event has an actor with a code; `coded_at`: the trigger offsets of the sentence's coded events.
    Up to ASKED_CHAIN nouns of talk between (support, cooperation,
    dialogue: «إلى "دعم … ومزيد من التعاون … والحوارات القائمة … بدعم جهود"») are more of what is asked, each
    with one comma at most before the next."""
    toks = article.tokens[sentence]
    k = _token_at(toks, start)
    if not k:
        return False
    raw = normalize(article.text[toks[k].start:start])
    head = raw.lstrip("وف")
    p = k - 1
    while p > 0 and toks[p].kind == "punct" and _QUOTE_MARKS.match(toks[p].text):
        p -= 1  # «إلى "دعم …"»: the quotation opens after the preposition
    joined = head == "" and raw[:1] == "و" and not coded
    if head != "ب" and toks[p].norm not in _ASKED_PREPS and not joined:
        return False
    begin = next((t.start for t in reversed(toks[:k]) if t.kind == "punct" and not _QUOTE_MARKS.match(t.text)
                  and t.norm not in _COMMAS), -1)
    before = sorted((m for m in article.sentence_mentions(sentence)
                     if m.kind == "trigger" and begin < m.start < toks[k].start
                     and (m.start in coded_at or m.label in ("REQUEST", "ACCUSE"))), key=attrgetter("start"))
    commas = [t.start for t in toks[:k] if t.norm in _COMMAS]
    link = toks[k].start
    for n, last in enumerate(reversed(before)):
        if sum(last.start < c < link for c in commas) > 1:
            return False  # «دعا الاتحاد الأفريقي إلى محاكمة …، وهو الأمر الذي …، الذي أعلن نيته الوفاء بالتعهد»
        if last.label == "REQUEST" and last.get("pos") == "verb":
            return True
        if n >= ASKED_CHAIN or not _talk_noun(last):
            return False
        link = last.start
    return False


def _talk_noun(m: Mention) -> bool:
    """True for a trigger noun of talk (support, cooperation, dialogue; a `masdar` word the lexicon also reads as a
    perfect verb counts: دعم)."""
    if m.label not in TALK_NOUN_TYPES:
        return False
    return m.get("pos") != "verb" or normalize(m.text)[len(m.get("prefix") or ""):] in _masdar_words()


@lru_cache(maxsize=1)
def _masdar_words() -> frozenset[str]:
    """topic_words.tsv masdar as a set, for _talk_noun's look-up."""
    return frozenset(_topic_class("masdar"))


def _hijri_year(toks: list[Token], j: int, published: str) -> bool:
    """True for a past year of the Hijra written with its mark at token j (1352 هـ): a year, no era word needed."""
    return toks[j].kind == "num" and j + 1 < len(toks) and toks[j + 1].norm == _HIJRI_MARK \
        and toks[j].norm < "1500" and _past_year(toks[j].norm, published)


def _past_year(year: str, published: str) -> bool:
    """True if the four-digit number is a year before the publication year: of the Gregorian calendar from 1500 on,
    of the Hijra before it (1391 before 1436)."""
    if len(year) != 4 or not year.isdigit():
        return False
    if year >= "1500":
        return year < published
    return int(year) < (int(published) - 622) * 33 // 32


def _construction_words() -> dict[str, frozenset[str]]:
    """From topic_words.tsv: the written forms of the `habit`, `capacity`, `task` and `aggregate` words (with و and
    ف), of the `repeated` and `continual` adjectives and the `law` words (with ال، و and ف), of the `era` words (with
    و، ف and ب), of the `present` words (as written) and of the `antecedent` words (with ال), the normalised
    `concur` lemmas (as written), the `thanks` words (with و and ف), the demonstratives (with و، ف، ب and ل) and
    the `masdar` words and `greeting` lemmas (as written), the `provision` verbs (with و and ف; a two-word one
    kept as one string, its first word prefixed), the `charter` and `market` nouns (with ال and the clitics) and
    the `charge` words (with و and ف), the `staff` and `staff_head` words (with ال، و and ب), the `gap` words (as
    written), the
    `magnitude` words (with و), the `subsidy` and `commodity` nouns (with ال and the clitics) and the `cut` words
    (with و، ف، ب and ل), the `consequence` words (as written), the `enjoys` verbs (with و), the `holiday` words
    (with ال and the clitics), the `wish` words (as written), the `play` lemmas (as written), the `particle` words (with و and ف), the `times` words (as written), the `striker` nouns (with ال and the
    clitics), the `sacred` and `prophet` names (as written; a two-word one kept as one string, «رسول الله»), the
    `anyone` subjects (with و and ف; «لا أحد» kept as one string), the `every` words (with و and ف), the `method`
    nouns (with ال and the clitics), the `specialty` adjectives (with ال and و), the `trend` words (with و، ف
    and ب), the `exchange` word (with و and ب), the `deepen` nouns (with ال and the clitics), the
    `whoever` pronouns and the `existential` words (with و and ف), the `unit` nouns (with ال and the clitics) and the
    `question` particles, the `wh` words, the `armed` adjectives (with ال) and the `devices` nouns (with و، ب
    and ل), the `front` nouns, the `refusal` and `halt` words, the `fight` noun (with ال، لل and و، ف) and the
    `fight_return` pairs (as written), the `any_of` words, the `such` word and
    the `series` nouns (with و، ب and ل), the
    `wage` verbs (with و and ف), the `manner` nouns (with و), the `regular` adjectives and the `onset` nouns (as
    written), the `frame` word, the `reliance`, `express`, `obligation`, `intent`, `pose`, `still` and `aim_verb`
    words (with و and ف) and the `service` nouns (with ال and و) and `standing` adjectives (with ال، و and ف), the
    `deem` verbs (with و and ف) and the `deem_mere` word (as written), the `aim_head` words (with و and ف), the
    `directive` nouns (with و، ب، ل and ال), the
    `endanger` and `worry` lemmas (as written), the `cause_verb` words (with و and ف), the `feeling` nouns (with
    ال، ل and لل) the `decade` nouns (with ال، و، ب، وال and بال), the
    `age` words, the `view` nouns and the `grant` lemmas (as written), the `topic_head`, `conveyance`, `topic_prep` and `stance` words (with
    و، ف، ب and ل), the `possessive` pronouns (as written) and the `affirm` verbs (with و and ف), the `waive` and
    `excuse` lemmas and the `waived`, `holder` and `declined` stems (as written) and the `excuse_reason` words (with
    و), the `basis` and `stress` words (with و and ف), the `effort` nouns (with و، ف and ب), the `answer` and `outcome` words (with و and ف), the `crash` words (with ال and the clitics; a two-word one
    kept as one string, its first word prefixed) and the `facility` nouns (with ال and the clitics), the `whole` quantifiers (with و and ف),
    the `beast` and `ordnance` nouns and the `defuse` words (with ال and the clitics), the `beast_definite` nouns (with
    ال only, and the clitics), the `controlled` words (with و), the `whether` phrases and the `purpose` nouns (with
    و and ف), the `government` noun (with ال only, and the clitics), the `team` and `banned` nouns (with ال and the
    clitics), the `ban` words (with و، ف، ب، ل and ال), the `courtesy` words (with و، ف and ال), the `ban_gap` words (as
    written), the `ban_noun` words, the `ware` and `season_ware` words (with ال and the clitics), the `local_thing`, `interstate` and `welcomed` words (with ال and the clitics)
    and the `welcome` verbs (with و and ف), the `partner` nouns (bare and with ال), the `vacancy` and
    `applicant` nouns (with ال and the clitics), the `deliberate` stem and the `assembly` names (as
    written), the `counterpart` and `wishing` words (with و) the `stranding` words (with ال and the clitics), the
    `misread` words (with و، ف and ال), the `corpse`, `demise` and `prices` words (with ال and the clitics), the `refused` words (with و and ب), the `troops` words (with ال and ب) and `troop_head` words (with و and ال), the `donor` words
    (with و) and the `currency` words (with ال and its clitics only); round 83: the `regulated` and `notice_public`
    words (with ال and the clitics), the `most` quantifiers, the `frequent` adjectives and the `statute_draft` words
    (with و and ف), the `statute` heads (as written), the `showcase` purposes (with و), and the `aside` word (with و and
    ف); round 102: the `caution` words (with ال only, and the clitics: bare حذر is «he warned») and the `accused`
    participles (as written); round 106: the `regime` words (as `law`); round nv49: the `unsparing` verbs (with و and
    ف)."""
    found: dict[str, set[str]] = {"habit": set(), "repeated": set(), "continual": set(), "capacity": set(),
                                  "task": set(), "aggregate": set(), "era": set(), "relative": set(), "law": set(),
                                  "regime": set(), "present": set(), "antecedent": set(), "concur": set(),
                                  "thanks": set(),
                                  "demonstrative": set(), "masdar": set(), "greeting": set(), "provision": set(),
                                  "charter": set(), "charge": set(), "market": set(), "staff": set(), "gap": set(),
                                  "staff_head": set(),
                                  "magnitude": set(), "subsidy": set(), "cut": set(), "commodity": set(),
                                  "consequence": set(), "enjoys": set(), "holiday": set(),
                                  "wish": set(), "play": set(), "particle": set(), "times": set(), "striker": set(),
                                  "sacred": set(), "prophet": set(), "anyone": set(), "every": set(),
                                  "method": set(), "specialty": set(), "trend": set(),
                                  "exchange": set(), "deepen": set(), "whoever": set(),
                                  "existential": set(), "unit": set(), "question": set(), "wh": set(),
                                  "armed": set(), "devices": set(), "front": set(), "any_of": set(), "such": set(),
                                  "refusal": set(), "halt": set(), "fight": set(), "fight_return": set(),
                                  "frame": set(),
                                  "series": set(), "wage": set(), "manner": set(), "regular": set(), "onset": set(),
                                  "reliance": set(), "endanger": set(), "worry": set(), "express": set(), "felt_worry": set(), "we_stand": set(), "mankind": set(), "congratulate": set(),
                                  "cause_verb": set(), "feeling": set(), "decade": set(), "age": set(), "view": set(), "grant": set(),
                                  "obligation": set(), "intent": set(), "pose": set(), "still": set(),
                                  "aim_verb": set(), "service": set(), "standing": set(),
                                  "deem": set(), "deem_mere": set(), "aim_head": set(), "directive": set(),
                                  "topic_head": set(), "conveyance": set(), "topic_prep": set(),
                                  "stance": set(), "possessive": set(), "affirm": set(), "waive": set(),
                                  "waived": set(), "holder": set(), "excuse": set(), "declined": set(),
                                  "excuse_reason": set(), "basis": set(), "stress": set(), "effort": set(),
                                  "answer": set(), "outcome": set(), "crash": set(),
                                  "facility": set(), "whole": set(), "beast": set(), "beast_definite": set(),
                                  "ordnance": set(), "defuse": set(), "controlled": set(), "whether": set(),
                                  "purpose": set(), "government": set(), "team": set(), "ban": set(),
                                  "banned": set(), "courtesy": set(), "ban_gap": set(),
                                  "ban_noun": set(), "ware": set(), "season_ware": set(), "local_thing": set(), "interstate": set(),
                                  "welcome": set(), "welcomed": set(), "partner": set(),
                                  "vacancy": set(), "applicant": set(), "deliberate": set(), "counterpart": set(),
                                  "wishing": set(), "stranding": set(), "misread": set(),
                                  "assembly": set(), "eid": set(), "eid_visited": set(), "onto": set(),
                                  "corpse": set(), "refused": set(), "plea": set(), "protest_word": set(), "protest_note": set(), "protest_to": set(),
                                  "street": set(), "troops": set(), "troop_head": set(), "currency": set(), "donor": set(), "demise": set(), "prices": set(),
                                  "regulated": set(), "notice_public": set(), "most": set(),
                                  "statute": set(), "statute_draft": set(), "frequent": set(),
                                  "showcase": set(), "counted_case": set(), "aside": set(), "care": set(),
                                  "caution": set(), "accused": set(), "wording": set(),
                                  "chronicle_open": set(), "unsparing": set()}
    for line in packaged_text("topic_words.tsv").splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 2 or cols[1].strip() not in found:
            continue
        word = normalize(cols[0].strip())
        prefixes = {"era": ("", "و", "ف", "ب", "وب"), "repeated": ("", "و", "ف", "ال", "وال"),
                    "continual": ("", "و", "ف", "ال", "وال"), "law": ("", "و", "ف", "ال", "وال"),
                    "regime": ("", "و", "ف", "ال", "وال"),
                    "present": ("",), "antecedent": ("", "ال"), "concur": ("",),
                    "demonstrative": ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"), "masdar": ("",),
                    "greeting": ("",),
                    "charter": ("", "ال", "و", "وال", "ف", "فال", "ب", "بال", "ل", "لل"),
                    "market": ("", "ال", "و", "وال", "ف", "فال", "ب", "بال", "ل", "لل"),
                    "subsidy": ("", "ال", "و", "وال", "ف", "فال", "ب", "بال", "ل", "لل"),
                    "commodity": ("", "ال", "و", "وال", "ف", "فال", "ب", "بال", "ل", "لل"),
                    "staff": ("", "ال", "و", "وال", "ب", "بال", "وب"),
                    "staff_head": ("", "ال", "و", "وال", "ب", "بال", "وب"), "gap": ("",), "magnitude": ("", "و"),
                    "consequence": ("",), "enjoys": ("", "و"), "wish": ("",), "play": ("",), "times": ("",),
                    "sacred": ("",), "prophet": ("",), "anyone": ("", "و", "ف"), "endanger": ("",), "worry": ("",),
                    "feeling": ("", "ال", "ل", "لل"), "decade": ("", "ال", "و", "ب", "وال", "بال"),
                    "age": ("",), "view": ("",), "grant": ("",),
                    "striker": ("", "ال", "و", "وال", "ف", "فال", "ب", "بال", "ل", "لل"),
                    "holiday": ("", "ال", "و", "وال", "ب", "بال", "ل", "لل", "وب", "وبال"),
                    "cut": ("", "و", "ف", "ب", "ل", "وب", "ول"),
                    "method": ("", "ال", "و", "وال", "ف", "فال", "ب", "بال", "ل", "لل"),
                    "armed": ("", "ال"), "devices": ("", "و", "ب", "ل", "وب", "ول"),
                    "front": ("", "و", "ب", "ل", "وب", "ول"),
                    "refusal": ("", "و", "ب", "ل", "وب", "ول"),
                    "halt": ("", "و", "ب", "ل", "وب", "ول"),
                    "fight": ("ال", "وال", "فال", "لل", "ولل", "فلل", "ل", "ول", "فل"), "fight_return": ("",), "any_of": ("", "و", "ب", "ل", "وب", "ول"),
                    "directive": ("", "و", "ب", "ل", "وب", "ول", "ال", "وال", "بال", "لل", "ولل"),
                    "such": ("", "و", "ب", "ل", "وب", "ول"), "series": ("", "و", "ب", "ل", "وب", "ول"),
                    "manner": ("", "و"), "regular": ("",), "onset": ("",),
                    "specialty": ("", "ال", "و", "وال"), "service": ("", "ال", "و", "وال"), "deem_mere": ("",),
                    "standing": ("", "و", "ف", "ال", "وال"), "trend": ("", "و", "ف", "ب", "وب"),
                    "exchange": ("", "و", "ب", "وب"),
                    "crash": ("", "ال", "و", "وال", "ف", "فال", "ب", "بال", "ل", "لل", "وب", "وبال"),
                    "facility": ("", "ال", "و", "وال", "ف", "فال", "ب", "بال", "ل", "لل", "وب", "وبال"),
                    "beast": ("", "ال", "و", "وال", "ف", "فال", "ب", "بال", "ل", "لل", "وب", "وبال"),
                    "beast_definite": ("ال", "وال", "فال", "بال", "لل", "وبال"),
                    "ordnance": ("", "ال", "و", "وال", "ف", "فال", "ب", "بال", "ل", "لل", "وب", "وبال", "ول"),
                    "defuse": ("", "ال", "و", "وال", "ف", "فال", "ب", "بال", "ل", "لل", "وب", "وبال", "ول"),
                    "controlled": ("", "و"),
                    "team": ("", "ال", "و", "وال", "ب", "بال", "ل", "لل"),
                    "ban": ("", "و", "ف", "ب", "ل", "ال", "وال", "بال", "لل", "وب"),
                    "banned": ("", "ال", "و", "وال", "ب", "بال", "ل", "لل", "وب", "وبال"),
                    "courtesy": ("", "و", "ف", "ال", "وال", "بال"), "ban_gap": ("",),
                    "ban_noun": ("", "ال", "و", "وال", "ب", "بال", "ل", "لل"),
                    "ware": ("", "ال", "و", "وال", "ب", "بال", "ل", "لل"),
                    "season_ware": ("", "ال", "و", "وال", "ب", "بال", "ل", "لل"),
                    "local_thing": ("", "ال", "و", "وال", "ب", "بال", "ل", "لل", "وب", "وبال", "ول", "ولل"),
                    "interstate": ("", "ال", "و", "وال", "ب", "بال", "ل", "لل", "وب", "وبال", "ول", "ولل"),
                    "welcomed": ("", "ال", "و", "وال", "ب", "بال", "وب", "وبال"), "partner": ("", "ال"),
                    "deliberate": ("",), "counterpart": ("", "و"), "wishing": ("", "و"),
                    "stranding": ("", "ال", "و", "وال", "ب", "بال", "ل", "لل"),
                    "corpse": ("", "ال", "و", "وال", "ب", "بال", "ل", "لل"), "refused": ("", "و", "ب"),
                    "plea": ("", "ال", "و", "وال", "ب", "بال", "ل", "لل"),
                    "protest_word": ("",), "protest_to": ("", "و"),
                    "protest_note": ("", "ال", "و", "وال", "ب", "بال", "ل", "لل"),
                    "street": ("", "ال", "و", "وال", "ب", "بال", "ل", "لل", "وب", "وبال", "ف", "فال"),
                    "troops": ("", "ال", "ب", "بال"), "troop_head": ("", "و", "ال", "وال"),
                    "currency": ("ال", "وال", "فال", "بال", "لل"),
                    "prices": ("", "ال", "و", "وال", "ب", "بال", "ل", "لل"), "donor": ("", "و"), "demise": ("", "ال", "و", "وال", "ب", "بال", "ل", "لل"),
                    "misread": ("", "و", "ف", "ال", "وال", "فال"), "assembly": ("",), "onto": ("",),
                    "eid": ("", "و", "ب", "ل", "وب", "ول"), "eid_visited": ("", "و", "ب", "ل", "وب", "ول"),
                    "vacancy": ("", "ال", "و", "وال", "ب", "بال", "ل", "لل"),
                    "regulated": ("", "ال", "و", "وال", "ب", "بال", "ل", "لل"), "statute": ("",), "showcase": ("", "و"), "counted_case": ("",), "care": ("",),
                    "notice_public": ("", "ال", "و", "وال", "ب", "بال", "ل", "لل"),
                    "caution": ("ال", "وال", "بال", "لل"), "accused": ("",), "wording": ("", "و"),
                    "chronicle_open": ("",),
                    "applicant": ("", "ال", "و", "وال", "ب", "بال", "ل", "لل"),
                    "government": ("ال", "وال", "فال", "بال", "لل", "وبال", "ولل"),
                    "unit": ("", "ال", "و", "وال", "ف", "فال", "ب", "بال", "ل", "لل"),
                    "topic_head": _HEAD_CLITICS, "conveyance": _HEAD_CLITICS, "topic_prep": _HEAD_CLITICS,
                    "stance": _HEAD_CLITICS, "effort": ("", "و", "ف", "ب", "وب", "فب"), "possessive": ("",), "waive": ("",), "waived": ("",), "holder": ("",),
                    "excuse": ("",), "declined": ("",), "excuse_reason": ("", "و"),
                    "deepen": ("", "ال", "و", "وال", "ف", "فال", "ب", "بال", "ل", "لل", "وب", "ول", "وبال", "ولل")}.get(cols[1].strip(), ("", "و", "ف"))
        found[cols[1].strip()].update(p + word for p in prefixes)
    return {name: frozenset(forms) for name, forms in found.items()}


def quotations(text: str) -> list[tuple[int, int]]:
    """The spans of the text's quotations: «…» (nested «…» inside counted), “…” and "…"."""
    spans: list[tuple[int, int]] = []
    depth, start, straight = 0, 0, None
    for m in _QUOTE_MARKS.finditer(text):
        mark = m.group()
        if mark in "«“":
            if depth == 0:
                start = m.start()
            depth += 1
        elif mark in "»”":
            if depth:
                depth -= 1
                if depth == 0:
                    spans.append((start, m.end()))
        elif depth == 0:  # a straight quote, when no «…» is open
            if straight is None:
                straight = m.start()
            else:
                spans.append((straight, m.end()))
                straight = None
    return spans


def vocalized(word: str) -> bool:
    """True if the word is written with VOCALIZED short vowels or more (shadda not counted): a verse of the Quran,
    a line of poetry or a word discussed («وَمَنْ يَقْتُلْ مُؤْمِنًا»، «وَاِمنَح»، «مشتق من تَهِمَ»), no event of
    the news; news writes one vowel at most, to tell a form (حذَّر، قُدّمت)."""
    return sum(ch in _SHORT_VOWELS for ch in word) >= VOCALIZED


def farewell(trigger: str) -> bool:
    """True for a call verb written with a shadda on its first letter, «ودّعت»، «ودَّعت»: the farewell (ودّع), not
    a call (دعا never doubles its د): «ودّعت حوطة سدير المعلم» is no appeal."""
    return _SHADDA in trigger[1:3] and normalize(trigger).startswith("دع")


def required(article: Article, ev: Event) -> bool:
    """True for a request verb written with a shadda on its ل, «تطلّب»، «يتطلّب» (the verb «to require»: طلب never
    doubles its ل), right after «ما» (what it required): «وهو ما تطلّب تدخل الجهات الأمنية» asks nobody (round 103)."""
    bare = "".join(ch for ch in ev.trigger.text if ch not in _SHORT_VOWELS)
    if "طل" + _SHADDA not in bare:
        return False
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.start)
    return k is not None and k > 0 and toks[k - 1].norm == _MA


def let_us(article: Article, ev: Event) -> bool:
    """True for «دعونا» right before a verb of the first person plural (a word written with ن first): «let
    us» («وعليه دعونا نطرح التساؤلات»، «دعونا نتفق»), the writer's turn of speech, no call (round 103). «دعونا إلى
    الحوار»، «دعونا الحكومة»، «دعونا نواب البرلمان» (we called: a party after it) stay."""
    if normalize(ev.trigger.text).lstrip("وف") != _LET_US:
        return False
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.end - 1)
    if k is None or k + 1 >= len(toks) or toks[k + 1].kind != "ar" or not toks[k + 1].text.startswith("ن") or \
            toks[k + 1].norm.endswith("نا"):  # («دعونا نظراءنا»: a noun with our pronoun is the one called)
        return False
    return not any(m.tok_start == k + 1 and m.kind in ("actor", "agent")
                   for m in article.sentence_mentions(ev.sentence))  # («دعونا نواب البرلمان»: a party called)


def almanac_line(article: Article, ev: Event, words: "TopicWords | None" = None,
                 chronicle: dict[int, int] | None = None) -> bool:
    """True if the event's sentence is a line of an almanac or a chronology: it opens with a year before the
    publication's and a dash, «1952 - الجامعة العربية تحتج على مفاوضات…» (a line of «هذا اليوم في التاريخ»); or, with
    the `chronicle_open` and `era` words of topic_words.tsv, in an article of CHRONICLE_LINES such lines of past
    years (a list, not one line of background), with a bullet dash, a year word and a year («- عام 1979 قيام مجموعة
    من المتطرفين باقتحام الحرم المكي»، a list of the attacks of decades past) or with a year word, a year and a colon
    («عام 2003م: إيران توقع اتفاقاً إلحاقياً»، the history of an agreement): history, no event of the news
    (`chronicle_year`); there a line of the publication's own Gregorian year is history too («- عام 2015 تفجير
    إرهابي انتحاري بمسجد بمحافظة القطيف» after «- عام 2007 …»: the year's acts retold). A year of the Hijra (its mark
    هـ, or a year before 1500) is past by `_past_year`: a line of the current or a coming Hijri year is no history
    and does not count («- عام 1436هـ اعتقلت قوات الأمن …» in 2015). `chronicle`, a dict of the one gate call, keeps
    the article's count of past lines (keyed by the article's id) so that it is read once."""
    published = (article.published or "")[:4]
    line = chronicle_year(article, ev.sentence)
    if line is not None:  # «1952 - …»
        return not published.isdigit() or line[0] < published
    line = chronicle_year(article, ev.sentence, words) if words is not None else None
    if line is None or not published.isdigit() or _chronicle_age(*line, published) > 0:
        return False
    if chronicle is None:
        chronicle = {}
    if id(article) not in chronicle:
        chronicle[id(article)] = sum(
            1 for k in range(len(article.sentences))
            if (y := chronicle_year(article, k, words)) is not None and _chronicle_age(*y, published) < 0)
    return chronicle[id(article)] >= CHRONICLE_LINES


def _chronicle_age(year: str, mark: str, published: str) -> int:
    """-1 if a chronology line's year is past, 0 if it is the publication's own year of the Gregorian calendar, 1
    otherwise (a coming year, or the current or a coming year of the Hijra): a year marked هـ or, unmarked, before
    1500 is one of the Hijra (`_past_year`); one marked م is Gregorian."""
    if mark == _HIJRI_MARK or mark != _AD_MARK and year < "1500":
        return -1 if _past_year(year, published) else 1
    return -1 if year < published else 0 if year == published else 1


def chronicle_year(article: Article, sentence: int, words: "TopicWords | None" = None) -> tuple[str, str] | None:
    """The year (four digits) a sentence opens with as a line of an almanac or a chronology and the era mark after
    it (_AD_MARK, _HIJRI_MARK or ""), else None: a year and a dash («1952 - …»); with `words`, also up to two
    opening words (`chronicle_open` and `era`: في، عام، سنة; the `era` words with و، ف or ب: «وعام»), a year, an era
    mark (م، هـ) and a colon or a dash («عام 2003م: …»), or a bullet dash, a year word and a year («- عام 1979 قيام
    …»; a bullet and a bare number is a count: «- 1500 جندي»)."""
    toks = article.tokens[sentence]
    if len(toks) < 2:
        return None
    bullet = words is not None and toks[0].text in _DASHES
    k = int(bullet)
    dated = False  # (a year word read before the number)
    if words is not None:
        start = k
        while k < len(toks) - 1 and k - start < CHRONICLE_OPENING \
                and (toks[k].norm in words.chronicle_open or toks[k].norm in words.era):
            dated = toks[k].norm in words.era
            k += 1
    tok = toks[k]
    if tok.kind != "num" or len(tok.norm) != 4 or not tok.norm.isdigit():
        return None
    n = k + 1
    mark = ""
    if words is not None and n < len(toks) and toks[n].norm in (_AD_MARK, _HIJRI_MARK):
        mark = toks[n].norm
        n += 1
    marks = _DASHES if words is None else _DASHES | _COLONS
    return (tok.norm, mark) if bullet and dated or n < len(toks) and toks[n].text in marks else None


def press_interview(article: Article, ev: Event) -> bool:
    """True for a call or a talk with a newspaper, «في اتصال هاتفي مع «الشرق الأوسط»»، «في حوار مع «عكاظ»»:
    a meeting noun followed by مع and a quoted name, with no recipient of its own, is the source's interview."""
    if ev.event != "CONSULT" or ev.recipient:
        return False  # (every recipient the press: press_talk)
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.end - 1)
    if k is None:
        return False
    for j in range(k + 1, min(len(toks) - 1, k + 3)):
        if toks[j].norm == "مع":
            return toks[j + 1].text in ("«", '"', "“")
    return False


def staged_meeting(article: Article, ev: Event) -> bool:
    """True for a meeting word with a `staged` word (فيلم، وثائقي، عمل مسرحي) a few words before it in its clause: the
    plot or the title of a film or a play («الفيلم الجديد «المقابلة» عن مذيع أمريكي يلتقي برئيس كوريا الشمالية»، «عمل
    مسرحي، قُدم في حوار بين شخصية من المنطقة وآخر زائر»), no meeting told."""
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.start)
    if k is None:
        return False
    return _word_before(toks, k, _definite_clitic_class("staged"), STAGED_REACH)


def penalty_clause(article: Article, ev: Event) -> bool:
    """True for a fine (a `fine` word as trigger) with no coded party and an `if_case` phrase (في حال) a few words
    before it in its clause, «وفي حال مخالفة نصوصه تفرض غرامات»: a law's penalty for a breach, no fine imposed."""
    if normalize(ev.trigger.text) not in _definite_clitic_class("fine") \
            or any(e.code for e in (*ev.actor, *ev.recipient)):
        return False
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.start)
    if k is None:
        return False
    pairs = _if_case_pairs()
    for j in range(k - 1, max(0, k - PENALTY_REACH) - 1, -1):
        if toks[j].kind == "punct" and toks[j].norm in _BREAKS:
            return False
        if j and (toks[j - 1].norm, toks[j].norm) in pairs:
            return True
    return False


@lru_cache(maxsize=1)
def _if_case_pairs() -> frozenset[tuple[str, str]]:
    """From topic_words.tsv: the two-word `if_case` phrases (في حال، في حالة), the first word with و and ف."""
    pairs = set()
    for phrase in _topic_class("if_case"):
        first, second = phrase.split()
        pairs.update((p + first, second) for p in ("", "و", "ف"))
    return frozenset(pairs)


@lru_cache(maxsize=64)
def _title_norms(title: str) -> frozenset[str]:
    """The normalised words of a title (read once per title)."""
    return frozenset(t.norm for t in tokenize(title))


def _sentence_marks(article: Article, sentence: int, marks: dict) -> tuple[list[Mention], set[int]]:
    """A sentence's trigger mentions and the tokens of its light verbs, the article's mentions read once into
    `marks`."""
    if not marks:
        marks[None] = None  # (read: an article with no such mention is not read again)
        for m in article.mentions:
            if m.kind == "trigger":
                marks.setdefault(m.sentence, ([], set()))[0].append(m)
            elif m.kind == "cue" and m.label == "light_verb":
                marks.setdefault(m.sentence, ([], set()))[1].add(m.tok_start)
    return marks.get(sentence) or ([], set())


def _advice_word_then(article: Article, ev: Event, triggers: frozenset[str], after: frozenset[str], reach: int,
                      commas: bool) -> bool:
    """True if the event's trigger is one of `triggers`, none of its recipients is a coded party (citizens aside),
    and a word of `after` follows it within `reach` words of its clause (a comma ends the clause when `commas`)."""
    return any(tok.norm in after for tok in _clause_after(article, ev, triggers, reach, commas))


def _clause_after(article: Article, ev: Event, triggers: frozenset[str], reach: int, commas: bool) -> Iterator[Token]:
    """The tokens of the event's clause within `reach` words after its trigger (a comma ends the clause when
    `commas`), when the trigger is one of `triggers` and none of its recipients is a coded party (citizens aside)."""
    if normalize(ev.trigger.text) not in triggers:
        return
    if any(e.code and (e.sector or "") not in ADVISED_SECTORS for e in ev.recipient):
        return
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.end - 1)
    if k is None:
        return
    for j in range(k + 1, min(len(toks), k + 1 + reach)):
        tok = toks[j]
        if tok.kind == "punct" and (tok.norm in _BREAKS or commas and tok.norm in ("،", ",")):
            return
        yield tok


def _purpose_prefix(text: str, tok: Token, start: int, trigger: str) -> bool:
    """True when the trigger's word carries the purpose لـ (after و or ف at most): «لدعم»، «ولمساعدة»، «للتعاون» (لـ
    with the article); not a word that begins with ل of its own (لجوء)."""
    head = normalize(text[tok.start:start])
    if head[:1] in ("و", "ف") and len(head) > 1:
        head = head[1:]
    if head == "ل":
        return True
    return not head and trigger.startswith("لل")


def _bare_stems(norm: str) -> tuple[str, ...]:
    """The readings of a normalised word without و/ف, ب/ل and the article, with and without a possessive pronoun
    (its ت back to ه): وللمستفيد → مستفيد، عضويتها → عضويتها, عضويه; القضية → قضيه."""
    if norm[:1] in "وف" and len(norm) > 3:
        norm = norm[1:]
    if norm.startswith("لل") and len(norm) > 4:
        norm = norm[2:]
    else:
        if norm[:1] in "بل" and len(norm) > 3:
            norm = norm[1:]
        if norm.startswith("ال") and len(norm) > 4:
            norm = norm[2:]
    for suf in _SUFFIXES:
        if norm.endswith(suf) and len(norm) - len(suf) >= 3:
            stem = norm[:-len(suf)]
            return norm, stem[:-1] + "ه" if stem.endswith("ت") else stem
    return (norm,)


def family_visit(article: Article, ev: Event) -> bool:
    """True for a meeting or a visit whose object, a few words after its word in its clause, is a family member named
    with a pronoun (a `relatives` word of function_words.tsv: «التقى الرئيس الأميركي باراك أوباما العشرات من أقاربه»،
    «يزور أوباما قبر والده»), and whose recipients are of no state but the actor's: a private or family visit, no
    meeting of political actors (round 73)."""
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.start)
    if k is None:
        return False
    end = k + len(ev.trigger.text.split()) - 1
    if not _word_after(toks, end, _relatives_forms(), FAMILY_REACH, not_lead=_homeland_words()):
        return False
    own = {e.code for e in ev.actor}
    return all(e.code is None or e.code in own for e in ev.recipient)


@lru_cache(maxsize=1)
def _homeland_words() -> frozenset[str]:
    """The `homeland` words of function_words.tsv (راس of «مسقط رأس والده»، موطن): a family member right after one names
    a land («زيارة … إلى مسقط رأس والده» is a state visit)."""
    return frozenset(FunctionWords.load().homeland)


@lru_cache(maxsize=1)
def _relatives_forms() -> frozenset[str]:
    """The written forms (with the clitics و ف ب ل) of the `relatives` words of function_words.tsv (اقاربه، والده)."""
    return clitic_forms(FunctionWords.load().relatives)


def _told_past(article: Article, ev: Event) -> bool:
    """True if the event was coded from a past (perfect) verb, no preposition right before it (a verb never follows
    one: «بدلاً من دعمه» is the verbal noun)."""
    m = _trigger_mention(article, ev)
    if m is None or m.get("pos") != "verb" or m.get("aspect") != "perfect":
        return False
    toks = article.tokens[ev.sentence]
    return not (m.tok_start and strip_wa(toks[m.tok_start - 1].norm) in FunctionWords.load().preposition)


_ALEF = normalize("ا")  # the first letter of the derived verbal nouns إفعال، افتعال، انفعال، استفعال (إخلاء، انتشار)
_TA = normalize("ت")  # the first letter of the verbal noun تفعيل (تعزيز، تقديم); also a perfect verb's ending (ألقت)
_YA_LONG = normalize("ي")  # the long vowel before the last letter of تفعيل
_WAW_LONG = normalize("و")  # the long vowel of فعول (وقوف، دخول)
_LIL = normalize("لل")  # the purpose لـ with the article (للوقوف، للاختباء)
_PLURAL_VERB = normalize("وا")  # the ending of a perfect verb of the third person plural (طالبوا)


def _purpose_noun(norm: str) -> bool:
    """True for a word (with و or ف at most) that is the purpose لـ on a verbal noun of a derived shape: إفعال، افتعال،
    انفعال، استفعال (لإخلاء، لانتشار، للالتزام، لاستقبال), تفعيل (لتعزيز، للتقديم) or, with the article, فعول (للوقوف)."""
    if norm[:1] in (_WAW, "ف") and len(norm) > 5:
        norm = norm[1:]
    if not norm.startswith(_LAM):
        return False
    stem = norm[2:] if norm.startswith(_LIL) else norm[1:]
    if len(stem) >= 5 and stem[-2] == _ALEF and stem[0] == _ALEF:
        return True
    if len(stem) >= 5 and stem[-2] == _YA_LONG and stem[0] == _TA:
        return True
    return len(stem) == 4 and stem[2] == _WAW_LONG and norm.startswith(_LIL)


def _verb_inflected(trigger: str) -> bool:
    """True if the trigger's first word ends as a perfect verb does (ألقت، طالبوا; not a plural noun's ات: مساعدات) or
    has the shape of a perfect verb of the third form (فاعل: طالب، ساعد), whose verbal noun is spelled otherwise
    (مطالبة، مساعدة): a verb, no verbal noun."""
    first = normalize(trigger.split()[0]) if trigger.split() else ""
    return first.endswith(_TA) and not first.endswith(_ALEF + _TA) or first.endswith(_PLURAL_VERB) \
        or len(first) == 4 and first[1] == _ALEF


def _trigger_mention(article: Article, ev: Event) -> Mention | None:
    """The trigger mention an event was coded from (the one starting where its trigger does), or None."""
    return article.trigger_at(ev.trigger.start)


def _is_year(norm: str) -> bool:
    """True for a number of four digits from 1300 to 2100: a year, no count."""
    return len(norm) == 4 and "1300" <= norm <= "2100"


_TOKEN_START = attrgetter("start")  # a token's offset: the key `_token_at` bisects by


def _token_at(toks: list[Token], start: int) -> int | None:
    """The index of the token that holds character offset `start`."""
    k = bisect_right(toks, start, key=_TOKEN_START) - 1  # (the tokens are in order and never overlap)
    return k if k >= 0 and start < toks[k].end else None
