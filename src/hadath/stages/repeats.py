"""Repeats: an act told by several triggers of one clause is coded once.

News names one act with several words: «فجر إرهابي نفسه مما أدى لاستشهاد 15 شخصا … تفجير بأحزمة ناسفة», «أطلقوا
النار … ما أدى إلى مقتل», «أسفر هجوم بشاحنة مفخخة عن سقوط ثمانية قتلى». Each trigger gives an event of the same
type; a user counting attacks would count one attack two or three times. An event is dropped when another event of
its sentence has the same type, the same flags (negated, future, hypothetical) and the same date, close to it with
no clause between them that tells another act (فيما، بينما: time_words.tsv's background boundary words; «حيث», class
`where`, after an assault with a doer opens a clause telling how it was done, by no party but its own: «شن طيران
التحالف ست غارات استهدفت معسكر الصباحية، حيث سمع دوي انفجارات», see `elaborates`) and no time
expression, and every actor and recipient of the first is the very same mention in the same role in the other, which
has more parties («مسلحو بوكو حرام هاجموا القرية … وقتلوا عشرة أشخاص»: the killing's parties are the attack's); of
two such events with the same parties (none at all included) the first stays. An event with a party of its own, or a
date of its own, always stays («قتل 3 جنود في حلب وأصيب 5 مدنيين»، «تبدلت مساء الأحد إلى هجوم واسع» after «عمليات
قصف محدودة»). A time between the two triggers parts them only when it is the later clause's: one that dates both,
told in the earlier trigger's clause (no comma nor relative pronoun before it, but a time set off by commas: «قتل مدني
وجرح عشرة آخرين، أمس الأربعاء، جراء سقوط قذائف هاون») with neither a toll, does not («تظاهر
آلاف العراقيين أمس في بغداد … احتجاجا»); nor does it part a toll from an event that is no toll, one of them without
parties («ووقع تفجير مسجد الصادق … يوم 26 يونيو وأسقط 27 قتيلًا»، «استشهد مساء أمس الثلاثاء … وتعرض لإطلاق نار»),
or a toll told first from its attack told after it («مقتل ثلاثة جنود أتراك أمس حين فتح عناصر من حزب العمال
الكردستاني النار»); two dates neither read from a time expression (the published day it falls back on) are one. A
party-less assault telling again the very word of an earlier one of its sentence is read at any distance, unless a place
is told just before it («… حدوث تفجير … أشلاء ناتجة عن تفجير بأحزمة ناسفة»).

A weapon (repeat_words.tsv class `instrument`: ناسفة، مفخخة) told after an assault of its clause is how that act was
done, not an act of its own («شنوا هجوما على قاعدة عسكرية بسيارة مفخخة»): it is dropped, the nearest act taking its
recipients, unless one of the two has an actor and the other none; a weapon told first («سيارة مفخخة انفجرت») stays.

Two assaults of one clause with parties of their own are one act too when their parties do not clash (an abduction
and another assault never are: «احتجزوهم … وعذبوهم»): the same actor
(or none), and their recipients are the same, or one of them has none, or one is a toll's
victims and the other an attack's target (a `toll` word of `lexicon/data/repeat_words.tsv`: «قتل 12 شخصا أمس عندما
هاجم انتحاريان حمام سباحة»، «مقتل جنديين تركيين في تفجير سيارة ملغومة استهدفت قافلة عسكرية»), and no two places
locate them; a toll without an actor told after an attack with one is its toll too («قصفت قوات التحالف مقرات
الحوثي … سقط خلالها عشرة قتلى»). The attack (of a toll and an attack), else the event with more parties, stays, with
the other's parties added; two tolls with victims of their own («قتل ثلاثة جنود في حلب، وأصيب خمسة مدنيين») stay two.
A toll without a doer and an attack with one told right after «عندما» or «حين» (class `when`) are one act too, a time
between them or not («إن 12 شخصًا على الأقل قتلوا اليوم (السبت)، عندما هاجم انتحاريان حمام سباحة»: `fell_in`); so are
an attack with a doer and a verb without one told after it, no toll, that names what it hit («إن المقاومة قصفت مثلث
العند بصواريخ كاتيوشا استهدفت تجمعا لميليشيات الحوثي»: `aimed`); so are a toll with a doer and a verb of an attack
without one told right after «عندما» («وقتل مسلح 38 سائحا عندما اطلق الرصاص»: `killed_when`), and an assault and a
toll told after it by a verb of consequence whose subject it is («بعد هجوم دام … واودى بحياة 32 شخصا»: `result_toll`;
the attack keeps its own doer). The wounded told as others after «فيما» are the victims of an attack whose dead were
told between them («حدث تفجير …، نتج عنه استشهاد 15 رجل أمن … فيما أصيب 7 آخرون»: `wounded_of_told_dead`).
Two tolls whose later victims are told as others («قتل امس الخميس ضابط تركي واصيب جنديان اخران في هجوم لداعش»: class
`others`) are the dead and the wounded of one act, and an attack with a doer and a toll verb told with «ف» with its
victims and the attack's very doers («هاجموا يوم الجمعة نقطة تفتيش … فقتلوا خمسة جنود») one act, a time of the first
clause between them or not (`one_toll`).
A toll without a doer told before a verb whose subject is an attack noun with the adjective of an armed man («أصيب
سبعة أشخاص … في هجوم مسلح استهدف مركزا للأمن») is that attack's toll: the toll stays, taking the target.

An act is told again in later sentences too: the lead's «قتلوا خمسة أشخاص في هجوم على آلية للشرطة» and the body's
«ووقع الهجوم في منطقة لامو»; «اعتقل تنظيم داعش 38 مواطنا» and «أسفرت عن اعتقال 38 مواطنا»; «شارك الوزيران في
اجتماع» and «أن الاجتماع بحث». A later event of an assault, a protest, a coercion or a consultation is dropped when an
earlier event of its type has the same flags, and it has no date of its own (a time expression of its own naming
another day, or a background «وقد قتل آنذاك»), no party the earlier lacks (matched on codes, else on words), no place
narrower than a country that the earlier's sentence does not name, and no other count near its trigger («قتل 12 …
وقتل 3»); a definite noun of an assault, a protest or a coercion told within _NEAR sentences may name recipients of its own
when none is its target told right after it («كما أسفر الهجوم عن تدمير عشر عربات للجيش»; not «الهجوم على مقر
الشرطة»), and a town and its country are one place («العريش» … «في مصر … مسؤوليتها عن الهجوم»); and it is told by a definite noun (for a consultation, of the earlier trigger's CAMEO code, and for the
broad 040 its very word: «الاجتماع» after «اجتماع», not «الحوار» after «محادثات»), not followed by a word of another
act (repeat_words.tsv class `another`: «المكالمة الجديدة»، «الجولة الثانية»), or by a word of the earlier trigger's
CAMEO code with the earlier's count (a verb only without a doer: «خمسة أشخاص قتلوا في هذا الهجوم»), or a noun with
the earlier's very parties, definite or with its party as its genitive («اعتقال سليمان الاسد»; not «شن الطيران الحربي
عدة غارات»). A claim of responsibility («وأعلنت طالبان مسؤوليتها عن الهجوم»: class `claim` before the
noun) tells the story's first attack again whatever its parties; so does a definite noun framed as the time or place
of the act told (or told again) at most _NEAR sentences before (class `frame`: «وجرى خلال اللقاء بحث»، «في مستهل
اللقاء»، «وحضر اللقاء وزير الدولة»), whatever its word of the type. In one sentence, a definite noun repeating the word
of an earlier event of its type («غارات … الغارة أسفرت»، «شنوا هجوما … تصدت للهجوم») is that act told again (see
`noun_again`). The first telling stays as it was (taking only a
claimer that is a group as its actor when it has none); a later event is read against the nearest earlier ones of its
type only (_BACK; a claim against the first ones), so a long text costs no more per event.

A later assault told at most _NEAR sentences after the act's first telling tells it again too when it
names it again (see `fills`): the same count of victims («بمقتل 18 من عناصر البيشمركة» … «ما أسفر عن مقتل 18 من
البيشمركة»), a number word with the same victims, «الهجوم» with the doer the first telling lacks («والهجوم الذي شنه
مسلحون»), a definite party told before («المسلحين … وهاجموا» after «مسلحون مجهولون»، «عند مرور الجنود» after «مقتل
جنديين تركيين»), a verb with the victim's pronoun («وقتلوه مع حارسيه»), or, without parties, its word where the act was
(«بحفر الباطن … وأطلقت عليهما النار»); not after «كما» (class `also`), with no date, count or place of its own, and none
of its parties the first telling's in the other role (the victims' side answering: «ولم يجد المتمردون ردا سوى
القصف»). The first telling takes the parties it lacks. An attack condemned (class `condemn`: «أعربت الكويت عن
إدانتها واستنكارها الشديدين لحادث التفجير الإرهابي الذي استهدف مسجدا») is the story's located attack again, with the
tolls told after it in its clause, whatever its parties (the condemner is not its doer).

Counts are read as numbers: a number word is its digits (repeat_words.tsv `value`: «قتل تسعة جنود» … «ما أدى إلى مقتل 9
جنود»), and a toll with the same count of three or more, told right at its trigger, tells the act again up to _FAR
sentences after it («مقتل 4 من القاعدة في ضربة جوية أمريكية» closing a story of a drone that «قتلت أربعة»); with the
same count, a party without a code of a sector of the first telling's (or none) names its party («هجوم نفذته المنظمة الانفصالية
الإرهابية» after «عناصر من حزب العمال الكردستاني»). Once a toll tells an act again, the assault of its clause does
too («قتل ثلاثة من عسكريينا الشجعان نتيجة هجوم»). A definite noun of the act whose recipients are told after a toll word
(«وأسفر الهجوم عن مقتل 20 شخصا»: the dead, not its target; see `fallen`) tells it again too, the first telling taking
them as its recipients when it has none; so does a toll without a doer told after a verb of consequence whose subject
is a demonstrative («وأدى ذلك إلى مقتل ضابط صف»: `outcome_pointed`), of the act told in the sentence right before.
A toll or the act's word without parties, told at most _NEAR
sentences after it and nowhere else, is the act's («إن عدداً من المدنيين أصيبوا في قصف بقذائف مدفعية حوثية … في مدينة
تعز» after «وفي تعز قصفت ميليشيا الحوثي عدة أحياء سكنية»); so is a verb whose subject is a definite noun of an
assault («إن الضربات استهدفت مبنى»). Matched on codes, a party of a code without a sector is a party of that code
(«الغارات الأميركية» after «طائرات أميركية»). A time told after a retold act's trigger and after the word of another
attack dates that attack, not the act told again («وتبنت حركة طالبان هذا الهجوم، الذي يأتي بعد سلسلة هجمات في كابل
أوقعت 51 قتيلا الجمعة»).

A meeting is told again as the setting of its attendees («ورأس وفد المملكة في الاجتماع»، «إلى هذا الاجتماع»: class
`inside`, a demonstrative), by a definite noun or one with a possessive pronoun whose parties, all named, are the
first telling's very persons, whatever its word («ويقوم اوباما بزيارته الاولى» after «بدأ الرئيس الاميركي باراك اوباما
السبت محادثات»: a visit, its talks and its summit are one act; not after a phone call nor a negotiation), and in one
sentence by a meeting verb with a pronoun of the visit told before it («زيارة إلى السعودية استغرقت يومين التقى خلالها»:
function_words.tsv class `during_it`, see `met_during`). An arrest is told again by a verb without parties whose object
is a pronoun («متى القي القبض عليهما»: class `held`) or by a noun of the very definite party arrested («وبعد القبض على
المتهم»); a call by the noun of the very word with its caller's code as its genitive («دعوات نائب رئيس الجمهورية العراقية» after «دعوات
المالكي»).

A charge told with «ب» right after an arrest of its clause (repeat_words.tsv class `charge`: «اعتقلت 60 شخصا … بتهمة
محاولة فرض الإضراب») is the arrest's reason, not an accusation of its own (see `charged`); a noun of cooperation right
after a word of an accord (class `accord`) that a signing or ratification of its clause names («وقع الصندوق اتفاقية
تعاون مع البنك») is what the accord is about (see `accord_topic`).

An attack noun held by a relative clause and the assault verb told after «حيث» that says how it was done («الهجوم
الإرهابي الذي وقع … في مدينة مروة، حيث فجرت انتحاريتان نفسيهما») are one act, the verb's (`done_where`); a verbal act told
in one sentence by a noun and a verb of one person («دعوات المالكي … المالكي يدعو») is one act (`named_again`); a
threat, rejection or accusation told again in a later sentence by the same doer, or none, is one act (`said_again`).

A protest and the noun of its purpose told right after it («وتظاهر آلاف الطلاب … احتجاجاً على رفع أسعار الوقود»:
class `purpose`) are one act (`purpose`); the wounded told as others after «فيما» («قُتل أربعة … فيما أصيب ثلاثة
آخرون») are the dead's act; a word taken into an act of its clause («غارة جوية أمريكية … قتلت») lends the act its
word for a definite noun told after it («وذكر أن الغارة استهدفت»), and a toll taken into its attack tells, with its
count, the act told before («بمقتل ثمانية مسلحين حوثيين في كمين» … «نصبت كمينا … ما أسفر عن مقتل 8 حوثيين»). A
headline's act told again by the body right after it is the body's (`headlined`); a meeting told with one side is
told again by its very persons with the other (`met_again`); a series of acts told by a plural noun is told again in
detail by a verb of its code (`campaign`). A past act told without a day is not told again by a noun of the act going
on now («زيارته الحالية»: class `current`, `now_told`); a toll told in a relative clause of the victims told before
(«الشرطيان اللذان أصيبا») has no day of its own (`relative_of`).

An arrest is told again with the definite of its indefinite arrested one («المشتبه به» after «مشتبه بهما»:
`_anaphors`); a meeting by its persons told in some of their words with their code (`_within_titled`: «ولي ولي العهد»
after «الأمير محمد بن سلمان … ولي ولي العهد …»); an assault, a protest or a coercion by the very verb told before,
without parties of its own, on its day (`verb_again`: a witness's «اقتحموا البيت فجرًا»). A toll told right after a
verb of consequence joins its attack farther off when no other assault stands between them (`reach`); a toll told
after a tally word and a definite attack noun counts that attack again (class `tally`: «وكانت حصيلة غير نهائية
للتفجير … عن مقتل 17 شخصا», `tallied`); in its own sentence, a toll told right after a tally word, a verb of
consequence with a definite subject or «ما» before it («وكانت الحصيلة مقتل»، «وخلفت العملية (22) قتيلا»، «؛ ما أسفر عن
مقتل») is the count of the assault told before it (`tally_toll`).

A passage printed twice (a lead told again word for word in the body) codes its events once (`printed_again`); a
visit told first without parties takes the visitor of a later definite noun telling it again («وتأتي زيارة كارتر إلى
بغداد»: `visit_named`), and a later noun of a visit by the same named visitor to the same place is that visit
(`visitor_again`); a dual of two sides (function_words.tsv `both_sides`: «الرئيسان») after a call between two named
sides is those two (`pair_again`); a verb told after a counted series of acts («ثلاث هجمات») with no target of its own
is one of them, an act of its own (`several`).

A plural noun of arrests after a noun of a campaign (repeat_words.tsv class `campaign`: «بحملة اعتقالات»، «حملة
توقيفات») names the campaign of an arrest by the same doers told before (`campaign_again`); a toll without a doer
whose victims are others («كما اصيب مرافق آخر بجروح»: function_words.tsv `other`) adds victims to an assault told at
most two sentences before (`others_again`); a toll opening a source's sentence without digits («وأكدت مصادر ميدانية
مصرع وإصابة عشرات المتمردين») is the toll of the assault of the sentence before (`toll_of_last`); a visit to a side's
country of a meeting told with both sides is the trip of that meeting («المشاورات التي أجراها … شكري مع … وزير خارجية
الكويت» … «زيارة شكري إلى الكويت»: `visit_of_meeting`); an arrest without parties right after the name of one
arrested before («أن اداير اعتقل») tells that arrest again (`subject_name`).

Two distinct named parties of one code and sector (groups or persons of the actor lexicon by two names: «المقاومة
الشعبية» and «الحوثيين», both YEM/REB) are never one party (`_distinct`); a title alone («زيارة الرئيس الأميركي») is
its named visitor's (`_visitor_of`). A toll and an attack noun told after a word of cause («بسقوط قتلى … جراء ثلاث
غارات لطيران التحالف») are one act (`caused_by`), and an assault noun without a doer after «حيث» tells the attack
before it again (`where_told`).

A truce told first without its declarer is told again by its very definite noun within a day of it, whatever side is
told with it («قبيل بدء سريان الهدنة التي تقدمت بها قوات التحالف» … «لم يحدد موقف الحوثيين من الهدنة الإنسانية»:
`truce_named_again`); an aid by its very givers, a few sentences on, to the places the first telling named («وصلت
مساعدات سعودية واماراتية جديدة … إلى مدينة عدن» … «إن سفينة سعودية محملة بمساعدات … وصلت الى ميناء عدن»:
`aid_again`); an aid by its definite noun without a giver of its own, like a coercion («وقد شجع على نقل المساعدات
إلى عدن» after «سلمت الأمم المتحدة أمس … شحنة من المساعدات الإنسانية إلى عدن»: `_UNGIVEN`); an approval or a
ratification of an accord or a law by its very approver, by the accord's definite noun or in a background sentence
(«وكان الكنيست الإسرائيلي قد صادق … على قانون» after «مصادقة كنيست الاحتلال الإسرائيلي على قانون»:
`ratified_again`); a visit told with its visitor by a later noun of a visit without one to its places, by its definite noun
the object of another's verb («ورحب المتحدث … بالزيارة»), or by a visitor of its code and sector to its very places
(«زيارة وزير خارجية إيران للكويت وقطر والعراق»: `visit_again`); a toll without a doer told «في» a definite attack
noun in a later sentence is the toll of the dated attack told last before it («وقتل شرطيان وثلاثة مدنيين في الهجوم»
after «أسفر هجوم شنه مسلحون على مركز للشرطة»: `toll_in_told`); an arrest counting, a few sentences on, the very
count of three or more an arrest counted before, by its doer or none, is that arrest («وألقت القبض على تسعة مشتبه
بهم» … «واعتقلت الشرطة تسعة أشخاص»: `counted_again`).

A verb told again in its own sentence after a source's verb («أفرجت إيران عن السجينة العراقية … وقالت المصادر: إن
السلطات الإيرانية أفرجت عن السجينة العراقية»: `retold_in_sentence`), a verb opening the next sentence on the definite
noun of the object told after the first («وقعت جامعة … اتفاقية تعاون» … «وقع الاتفاقية الدكتور»: `object_again`), the
dead of one side told after a fight in its sentence («فيما قتل من جانب المقاومة ثمانية أشخاص»: function_words.tsv
`ranks_of`, `side_toll`) and a smaller count of strikes a source tells after a counted series («20 غارة» … «إن خمس
غارات»: `strikes_part`) are each the act told first.

A visit and the meeting, talks or visit told of it later in the story, within the _BACK events kept before it, are one
act (`met_before`): a meeting of a consultation's codes (`_MET`) with the flags of one told before, no day of its own,
and no party that is not the first's by its code and sector or words («زار إيران … والتقى الرئيس حسن روحاني» … «إن
المباحثات الإيرانية الفرنسية تناولت» … «ولخص الوزير الفرنسي المحادثات التي دارت بينه وبين المسؤولين الإيرانيين»); a
meeting dated to another day, or with a side of its own («المشاورات الثنائية بين مصر والسعودية» of the two foreign
ministers after the president's meeting with the prince), stays. A bare title is a named person of its code and sector
only when the article ties it to him (the same office, its words in his, or told in apposition to his name: «وزير
الخارجية الإيراني، محمد جواد ظريف»; `_same_office`): «لقد اجتمعت مع وزير الخارجية السعودي» is not King Salman's
summit; a meeting without parties, told by an indefinite noun or a verb in a town of its own, is another meeting
(«اجتماع باريس الأخير» after the one in Brussels: `meeting_elsewhere`). A visit told first without its destination
is told again by a later visit of its very named visitors to a state or place, which it takes (`destination_told`).

Two sides of one code and sector (a clash of the YEM/REB resistance with the YEM/REB Houthis) tell no side by their
code: a later party of that code and sector is the first telling's only by its name or words (`_within_side`: «ولم
يجد المتمردون ردا سوى القصف» is not the resistance's clash); and a definite party with a code told again (the war's
sides: «التحالف»، «الميليشيات») tells an act again only with a word of its CAMEO code or in its town (`fills`).

A phone call is told again the same way by a later telling of the call or of the talks held in it (`call_before`:
«اتصال هاتفي … بين الرئيس باراك أوباما والرئيس التركي» … «بيانا عن الاتصال الهاتفي، قال فيه إن الرئيسين ناقشا»); a
meeting after it stays. A definite noun of a narrow CAMEO code names a threat, rejection or accusation told before as
its very word would («استخدمت روسيا حق النقض» … «بسبب الفيتو الروسي»: `narrow_noun`), read from its last telling. An
attack dated by the day of its report («على ما افاد مسؤول محلي … اليوم (الخميس)»: `report_day`) takes the day of
«ووقع الهجوم الاثنين», and the same toll of three or more told with its day later («هاجمت … من الاثنين ثلاث قرى …
حيث قتلت عشرة أشخاص») is that act again (`fills`, `_day_told_before`). A toll told after a verb of consequence past
its count and a noun of occurring («؛ مما أسفر عن سقوط عشرات القتلى») is read as told right after it (`toll_words`).
A condemnation, threat or rejection told by a verb opening its sentence without a tagged doer tells the one told
before when its object is a thing pointed at, a demonstrative before a definite noun («واستنكر معاليه هذه التصريحات»
after «أدانت رابطة العالم الإسلامي التصريحات الطائفية»: `object_pointed`); one told first in the past without a day
is told again by its doer with a time of its own, the first telling taking that day («ودانت الجامعة العربية أول من
أمس القصف التركي» after «التي استنكرت القصف التركي»: `_one_day`). A demand whose doer is the very mention of a call
told in the sentence before, the speaker going on («وطالب بتبرعات عاجلة» after «ودعا الأمين العام للأمم المتحدة بان
كي مون إلى دعم الوكالة»: `_carried`), and an appeal told after the first words of the speaker's title («وقال الامين
العام في بيان انه يناشد»: `asked_by_speaker`) are the call told before. A release or a resignation (CAMEO 084) is
told again in a later sentence like an assault or a meeting («استقالة الوزيرين» after «استقالة وزيرين»: `_RELEASES`).
A toll without a doer that a source tells in a later sentence, at most _FAR on, of the last act told, on its very
day («وأكدت وزارة خارجية جنوب أفريقيا مقتل أحد مواطنيها» after a hostage-taking told): the source's count of that act,
victims of its own or not, unless it adds an act («كما»)، names other victims («جندي إماراتي آخر») or an attack of
its own after it («في هجوم شنه مسلحون»، «بانفجار الغام»: `toll_reported`); a toll told «في هذا الهجوم» is the act told
before as one told «في الهجوم» is (`toll_in_told`).
Last, an act of any type but an assault told again in a later sentence by its very word, with no party, day or flag
of its own, after a telling with a party («وافق مجلس الأمن الدولي» … «ووافق المجلس المؤلف من 15 دولة»), is that act
again, unless a word of another act or of adding, a plural doer's or object's pronoun, or a word naming a doer of its
own stands by it (`bare_word_again`, `names_next`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from datetime import date
from collections.abc import Callable

from ..article import Article
from ..arabic.normalize import normalize, word_key
from ..lexicon.compile import FunctionWords, Lexicon, _rows
from ..lexicon.timewords import TimeWords
from ..records import Entity, Event
from .phrases import opens_with, strip_wa
from .times import _given_names

_REACH = 140  # two triggers this many characters apart at most tell one act
_TALLY_WORDS = 3  # the words at most from a tally's word (or a verb of consequence) to its toll («وكانت الحصيلة مقتل»)
_OUTCOME = 280  # two triggers this far apart at most tell one act when the later is the toll of the earlier (`reach`)
_VISIT = 200  # the characters from a visit to a meeting noun joined to it («زيارة … للقاهرة واجتماعه»): one act
_SENTENCE = 1 << 30  # the reach of a word told again without parties of its own: the whole sentence
_PLACE_BEFORE = 80  # the characters before a word told again where a place names another town
_STOPS = ".؛;!?؟"
_GENERIC_COERCE = "170"  # the CAMEO code of coercion of no kind told: it may be any coercion's other telling
_RAID_ARREST = ("171", "173")  # a raid and the arrests made in it, one operation («وداهمت الشرطة … وألقت القبض»)
_JOINED = frozenset({"ASSAULT"})  # the types whose repeats with parties of their own are joined into one act
_NUMBER = re.compile(r"[0-9\u0660-\u0669]+")  # a count (normalize folds Arabic-Indic digits; both are matched)
_BARE_COUNT = re.compile(r"\s+([\u0621-\u064a0-9\u0660-\u0669]+)(?:\s*([\u060c,.]|$)|\s+([\u0621-\u064a]+))")
# a count told right after a trigger, then the end of its clause (a comma) or the next word
_ARRESTED_REACH = 60  # the characters after an arrest's trigger where the arrested one's name is told
_WORD = re.compile(r"[\u0621-\u064a]+")  # an Arabic word, without the quotes or commas around it
_IN = normalize("في")  # the preposition an attack noun a toll fell in is told after (`hit_in`)
_AFTER = 40  # the characters after a trigger (within its sentence) whose first words are read (others, names, relatives)
_TOKEN = re.compile(r"[\u0621-\u064a0-9\u0660-\u0669]+")  # an Arabic word or a number
_SAY_REACH = 8  # the sentences after a threat, rejection or accusation where its very word tells it again
_POINTED = 3  # the words after a verbal act's trigger where a demonstrative makes its object a thing told before
_ASKED = 90  # the characters after a request's trigger whose words tell what it asks (`asked_in_words`)
_ASKED_WORDS = 4  # the words of what is asked two requests share at least to ask one thing
_NEAR = 3  # the sentences after an act where a definite noun with recipients of the sentence tells it again
_GENERIC_ASKS = frozenset({"020", "100"})  # the CAMEO codes of a request and a demand in general (طلب، طالب): one ask
# told in both words; a request of one kind (023 aid, 1xx of a named demand) is an ask of its own
_CLAIMED = 8  # the words at most from a claim opening its sentence to its act («وتبنى الجناح العسكري … الهجوم»)
_OWN_TARGET = 15  # the characters after a retold noun where a recipient is that act's own target («الهجوم على مقر»)
_COUNT_BEFORE, _COUNT_AFTER = 30, 60  # the characters around a trigger where its victims' count is read
_OTHER_WORDS = 4  # the words after a source's toll where a word of others tells other victims («جندي إماراتي آخر»)
_FAR = 8  # the sentences after an act where a toll with its count tells it again (a closing line of its story)
_CLOSE = 12  # the characters around a toll's trigger where its own count is told («سقوط 12 قتيلا»)
_VICTIM_COUNT = 12  # the characters before a recipient told away from the trigger where its count is read («9 جنود»)
# the types whose act a later sentence tells again («بعد الهجوم»، «الاحتجاجات»، «الاجتماع»، «الاعتقال»، «استدعاء
# سفيرها»); of these,
# those where any definite noun of the type will do (an explosion's «الهجوم»), the others needing a word of the first
# telling's CAMEO code (a meeting's «الاجتماع», not «الزيارة»)
_TOLD_AGAIN = frozenset({"ASSAULT", "PROTEST", "COERCE", "CONSULT", "SANCTION", "REQUEST", "AID", "RETREAT"})
# the CAMEO code of a release or a resignation, the only retreat told again so («الإفراج عن الصيادين»، «استقالة
# الوزيرين»): a truce or a withdrawal told again is read by its own rules (`truce_again`)
_RELEASES = "084"
_ANY_WORD = frozenset({"ASSAULT", "PROTEST"})
_SAID_AGAIN = frozenset({"THREATEN", "REJECT", "ACCUSE"})  # the verbal acts a later sentence may tell again (`said_again`)
# the types told again only by a later telling with a party, all the first telling's («وقالت البحرين في بيان استدعاء
# سفيرها من طهران» after «وأعلنت استدعاء سفيرها في طهران للتشاور»: one recall)
_PARTIED = frozenset({"SANCTION", "REQUEST"})
# the types told again only by a later telling without a doer of its own: «وقد شجع على نقل المساعدات إلى عدن» after
# «سلمت الأمم المتحدة أمس … شحنة من المساعدات الإنسانية إلى عدن» (one delivery), not «وينتظر أن تصل باخرة إماراتية
# تحمل آلاف الأطنان من المساعدات» after «ووصلت امس سفينة إماراتية محملة … من المساعدات» (another ship)
_UNGIVEN = frozenset({"AID"})
_PEOPLE = frozenset({"PROTEST"})  # the types told by a noun of their doers («المتظاهرين»): a bomber's «هجوم انتحاري» is the act
_LOOSE = frozenset({"ASSAULT", "PROTEST", "COERCE"})  # the types whose later definite noun may name loose recipients
# CAMEO codes too broad to tell one act by: «المحادثات» of the nuclear talks and «الاجتماع» of the euro ministers
# are both 040; a definite noun of such a code tells the act again only as the first telling's own word (اجتماع …
# الاجتماع)
_BROAD = frozenset({"040"})
# the CONSULT codes of a meeting held in person (040 consult, 042 visit, 043 host, 044 meet elsewhere): the visit, its
# talks and its summit told by several nouns are one act; a phone call (041) or a negotiation of rounds (046) is not
_MET = frozenset({"040", "042", "043", "044"})
_CALLS = frozenset({"041"})  # the CAMEO code of a phone call, told again by a later word of it or of its talks
_PLURAL_DOER = ("وا", "ون")  # the endings of a verb with the pronoun of plural doers («وطالبوا»، «يطالبون»)
_QUOTE_OPENERS = "«\"“"  # a mark opening a quoted name right after a word told again (`names_next`)
_OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما")  # the pronoun of an object on a trigger's word («تهديده»)
_BACK = 24  # the earlier events of its type a later one is read against (the nearest): a long text stays linear
_OWN_DATE = frozenset({"text", "story"})  # date sources that read a time expression (of the sentence, of the lead)
_NOT = frozenset({"لا", "لم", "لن"})  # the negations that deny a claim («ولا يعلن المتمردون مسؤوليتهم»)
_TAGS = 160  # the characters a site's keyword list («سمات …») runs at most to the end of the text
_TAG_STOPS = re.compile(r"[.!?؟،,:;؛\n]")  # a mark a keyword list never holds
_TRUCES = frozenset({"0871"})  # the CAMEO code of a truce or ceasefire, told again at each mention of it
_VISITS = frozenset({"042"})  # the CAMEO code of a visit, told again by a later definite noun with its visitor
_HELD_WITH = frozenset({"040", "043"})  # the CAMEO codes of a meeting a visit's host and visitor hold (`visit_of_meeting`)
_VERB_PRONOUNS = ("ها", "نا")  # the endings of a verb with the pronoun of its object or its doers «we» («أناقشها»، «تناقشنا»):
# their ا is no accusative of a noun held anew (`held_anew`)
_HOSTS = frozenset({"GOV", "MIL", "LEG"})  # the sectors of a state's persons and bodies that host a visit to it (`_visit_host`)
_VISIT_DAYS = 31  # the days two tellings of one visit by one visitor may be dated apart (a day read from another clause)
_PRINTED = 8  # the words around two triggers (before and after together) that, the same, make a passage printed twice
_PRINTED_DOER = 6  # as many, of one day, that hold the doer told after the later trigger («صادقت لجنة الاستثناءات
# الإسرائيلية وبصورة عاجلة على» told twice)
_PRINTED_SPAN = 120  # the characters read on each side of a trigger for them
_PRINTED_WORD = re.compile(r"[\u0621-\u064a0-9\u0660-\u0669]+")  # a word or a number of such a passage
_APPROVED = 8  # the words after an approval's trigger where the accord or law it approves is told («صادق … على قانون»)
_APPROVED_SPAN = 120  # the characters read after it for them
_ACCORD = 200  # the characters from an approval to the accord it approves («وافق مجلس الوزراء على تفويض … اتفاقية»)
_FOREIGN = 200  # the characters after a retold act's trigger where a time told after another attack dates that attack
_CALL = 120  # the characters from a call (دعا) to the protest it calls for («ودعا اتحاد (انباك) … لإضراب»): one act
_WHERE = 160  # the characters from a definite attack noun to the verb told after «حيث» that says how it was done
_OWN_RULES = frozenset({"ASSAULT", "PROTEST", "COERCE", "CONSULT"})  # the types whose repeats have rules of their own
_OWN_AGAIN = 12  # the sentences after an attack told by its doer's possessive noun where that noun tells it again
_CAMPAIGN = 2  # the sentences after a plural noun of acts («مداهمات») where a verb of its code tells them again
_CAMPAIGN_TYPES = frozenset({"ASSAULT", "COERCE"})  # the types a series of acts is told again in detail for
_MET_AGAIN = 2  # the sentences after a meeting told with one side where its very persons tell it again with the other
_HEADLINE = 2  # the sentences after a headline where the body tells its act again
_HEADLINE_WORDS = 16  # the words of a headline at most
_RETOLD_WORD = frozenset({"ASSAULT", "PROTEST", "COERCE", "CONSULT", "RETREAT"})  # acts a source tells again in their word
_COUNTRY = frozenset({"PCLI", "CONT", "SEA", "AREA"})  # place features too wide to tell two acts apart
_BARE_AGAIN = frozenset({"ASSAULT", "PROTEST", "COERCE"})  # acts told again by a word without parties (a meeting
# without parties is often another: «خلال اجتماع لرؤساء الكتل»، «عقدت جلسات مباحثات تقنية بين مسؤولين أمنيين»)
_ASKED_AGAIN = frozenset({"REQUEST", "SANCTION", "CONCEDE", "COERCE"})  # acts its doer is told doing again
_TWICE = frozenset({"COERCE", "SANCTION", "CONSULT", "COOPERATE"})  # acts a sentence tells twice by their parties
_SEMICOLONS = "؛;"  # a mark parting two clauses of one sentence that tell two items («… في هذا المجال؛ منها»)
_FULL_STOPS = "".join(c for c in _STOPS if c not in _SEMICOLONS)  # the marks ending a sentence, not a clause
_ASKED_FOR = frozenset({"AID", "SUPPORT", "RETREAT", "CONCEDE", "COERCE", "COOPERATE", "ACCUSE", "MOBILIZE"})  # acts a
# request asks for («طلبت منه … قرض جديد»، «تطالب بطرد المسلحين»، «وأدعو إلى استنكار»; not a meeting, which its caller
# convenes: «دعا … إلى اجتماع طارئ»، nor a protest: «ودعت النقابات تظاهرات احتجاجية»)
_ASKED_REACH = 60  # the characters from a request's trigger to the act it asks for
_PLEDGED_FOR = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})  # cooperative acts to come that a pledge, a
# promise, an offer or an agreement tells as its content: the PLOVER manual codes them as the one AGREE («وتعهدت السعودية
# بدعم اليمن»); not a retreat or a concession pledged, which the manual codes as their own type
_PLEDGED_REACH = 60  # the characters from an AGREE's trigger to the act it pledges
_THREATENED_WITH = frozenset({"ASSAULT", "COERCE", "SANCTION"})  # hostile acts to come that a threat tells as its
# content («تعهدت بشن هجمات»، «هدد بقصف»): one THREATEN, not an act of its own
_BI = "ب"  # the preposition of what a threat threatens («هدد بقصف»), glued to its noun
_THREATENED_REACH = 60  # the characters from a THREATEN's trigger to the act it threatens
_COMMAS = ",،"  # a comma between a pledge and a later act: the act is no longer its content
_HELD_AGAIN = frozenset({"COERCE"})  # of those, the acts told again only with the one they befell («اعتقلت قوات
# الاحتلال … عشرة فلسطينيين» and «اعتقلت قوات الاحتلال فتيين» are two arrests when the second names none of a code)


def _keep_first(events: list[Event], same: Callable[[Event, Event], bool]) -> list[Event]:
    """The events without one that `same` reads as an earlier kept one's again (of the _BACK nearest), in order."""
    out: list[Event] = []
    for ev in events:
        if not any(same(x, ev) for x in out[-_BACK:]):
            out.append(ev)
    return out


class RepeatMerger:
    """Drops the events that repeat another event of their clause (same type, flags and date) with no party the other
    lacks, and those that tell again, in a later sentence, an act an earlier one told."""

    name = "repeats"
    requires = ("events", "event_dates")
    adds = ("event_repeats",)

    def __init__(self, times: TimeWords | None = None, lexicon: Lexicon | None = None):
        words = times or TimeWords.load()
        # words that open a clause of another act (فيما، بينما)
        self.boundary = frozenset(k[0] for k, tw in words.phrases.items()
                                  if len(k) == 1 and tw.classes.get("background") == "boundary")
        rows = _rows("repeat_words.tsv")
        self.tolls = frozenset(_key(r["word"]) for r in rows if r["class"] == "toll")
        self.wounds = frozenset(_key(r["word"]) for r in rows if r["class"] == "wound")  # «وجرح تسعة»
        self.many = frozenset(normalize(r["word"]) for r in rows if r["class"] == "many")  # «العشرات»
        self.instruments = frozenset(_key(r["word"]) for r in rows if r["class"] == "instrument")
        self.arms = frozenset(_key(r["word"]) for r in rows if r["class"] == "arms")  # القذائف، الطائرات: no act
        self.where = frozenset(normalize(r["word"]) for r in rows if r["class"] == "where")  # حيث: no other assault
        # a phrase opening a sentence that turns to another matter (time_words.tsv `topic_shift`: «من جهة أخرى»)
        self.shifts = frozenset(k for k, tw in words.phrases.items() if tw.classes.get("background") == "topic_shift")
        self.shift_len = max((len(k) for k in self.shifts), default=0)
        self.unwhere = self.boundary - self.where  # (where «حيث» tells how an act told before was done)
        self.apart = tuple(f" {normalize(r['word'])} " for r in rows if r["class"] == "apart")  # «في حين»
        self.another = frozenset(normalize(r["word"]) for r in rows if r["class"] == "another")
        self.numbers = frozenset(normalize(r["word"]) for r in rows if r["class"] == "count")
        self.value = {normalize(r["word"]): int(r["value"]) for r in rows
                      if r["class"] == "count" and r.get("value", "").isdigit()}  # «تسعة» → 9
        self.relatives = frozenset(normalize(r["word"]) for r in rows if r["class"] == "relative")
        self.claims = frozenset(normalize(r["word"]) for r in rows if r["class"] == "claim")
        self.frames = frozenset(normalize(r["word"]) for r in rows if r["class"] == "frame")
        self.sessions = frozenset(normalize(r["word"]) for r in rows if r["class"] == "session")  # «جلسة»
        self.held = frozenset(normalize(r["word"]) for r in rows if r["class"] == "held")  # «عليهما»
        self.insides = frozenset(normalize(r["word"]) for r in rows if r["class"] == "inside")  # «في الاجتماع»
        self.condemns = frozenset(normalize(r["word"]) for r in rows if r["class"] == "condemn")
        self.adds = frozenset(normalize(r["word"]) for r in rows if r["class"] == "also")
        self.boundary_adds = self.boundary | self.adds  # (named_again: another clause, or another act of the doer)
        self.discuss = frozenset(normalize(r["word"]) for r in rows if r["class"] == "discuss")
        self.results = frozenset(normalize(r["word"]) for r in rows if r["class"] == "result")
        self.reports = frozenset(normalize(r["word"]) for r in rows if r["class"] == "report")  # «كما ذكرت»
        # a verb of a source's telling: the `report` words and those class `retell` adds («وتابع»)
        self.retellers = self.reports | frozenset(normalize(r["word"]) for r in rows if r["class"] == "retell")
        self.pointers = frozenset(normalize(r["word"]) for r in rows if r["class"] == "pointer")
        self.befell = frozenset(normalize(r["word"]) for r in rows if r["class"] == "befell")  # «ووقع الهجوم»
        self.comes = frozenset(normalize(r["word"]) for r in rows if r["class"] == "comes")  # «ويأتي الهجوم»
        self.tag_words = tuple(f" {r['word']} " for r in rows if r["class"] == "tags")  # «سمات»
        self.recaps = frozenset(normalize(r["word"]) for r in rows if r["class"] == "recap")  # «وكان … قد»
        self.scenes = frozenset(normalize(r["word"]) for r in rows if r["class"] == "scene")  # «وفي مخيم الدهيشة»
        self.openers = self.recaps | self.scenes  # (bare_again: a sentence of background or of another scene)
        self.calls = frozenset(normalize(r["word"]) for r in rows if r["class"] == "call")  # «دعا»، «دعوة»
        self.purposes = frozenset(normalize(r["word"]) for r in rows if r["class"] == "purpose")  # «احتجاجاً»
        self.besides = frozenset(normalize(r["word"]) for r in rows if r["class"] == "besides")  # «بالاضافة إلى»
        self.tallies = frozenset(normalize(r["word"]) for r in rows if r["class"] == "tally")  # «حصيلة»
        self.arrest_tallies = frozenset(normalize(r["word"]) for r in rows if r["class"] == "arrest_tally")  # «عدد»
        self.arrest_who = frozenset(normalize(r["word"]) for r in rows if r["class"] == "arrest_who")  # «من»، «الذين»
        self.campaigns = frozenset(normalize(r["word"]) for r in rows if r["class"] == "campaign")  # «حملة»
        # an adjective of the act going on now: time_words.tsv `current` with the article («الحالية»، «الجاري»), and
        # those repeat_words.tsv adds («الراهنة»)
        self.current = frozenset(w for w in words.words_of("current") if w.startswith("ال")) \
            | frozenset(normalize(r["word"]) for r in rows if r["class"] == "current")
        fw = FunctionWords.load()
        # a conjunction of time (function_words.tsv `when`: «عندما»، «حين»), and those repeat_words.tsv adds (لدى)
        self.when = fw.when | frozenset(normalize(r["word"]) for r in rows if r["class"] == "when")
        self.prepositions = fw.preposition  # (function_words.tsv `preposition`: «في»)
        self.complementizers = fw.complementizer  # «أن» before a toll's subject (function_words.tsv `complementizer`)
        # a word of later time (function_words.tsv `sequel`: «ثم»; time_words.tsv `afterwards`: «بعد ذلك»، «لاحقا»)
        self.afterwards = frozenset((w,) for w in fw.sequel) | frozenset(
            k for k, tw in words.phrases.items() if tw.classes.get("background") == "afterwards")  # (word tuples)
        self.causes = fw.cause  # (function_words.tsv `cause`: «جراء»، «إثر»)
        self.relative_what = fw.what  # «what» before a verb of consequence (function_words.tsv `what`: «ما أسفر»)
        self.small_words = fw.pronoun_object | fw.link | fw.filler  # (no name, skipped: «عليه»، «كل»)
        # the words of a count or of occurring between a verb of consequence and its toll («أسفر عن سقوط عشرات القتلى»)
        self.skipped_counts = fw.filler | fw.occurrence | self.numbers | self.many
        self.manners = fw.manner | fw.adverb | fw.manner_bi  # (no name: «بشكل»)
        self.others = fw.other  # «another» (function_words.tsv `other`: «آخران»)
        self.ranks = fw.ranks_of  # a side's ranks after a toll verb (function_words.tsv `ranks_of`: «من جانب»)
        self.landmarks = fw.visit_landmark  # a time preposition before a visit noun (function_words.tsv: «قبيل»)
        self.first_ever = fw.first_ever  # «the first» before a visitor (function_words.tsv `first_ever`: «أول»)
        self.asserts = frozenset(normalize(r["word"]) for r in rows if r["class"] == "assert")  # «مؤكدا»
        self.storms = frozenset(normalize(r["word"]) for r in rows if r["class"] == "storm")  # «اقتحموا»
        self.occasions = frozenset(normalize(r["word"]) for r in rows if r["class"] == "occasion")  # «بمناسبة»
        self.ones = frozenset(normalize(r["word"]) for r in rows if r["class"] == "one_of")  # «إحداها»، «الأخرى»
        self.culprits = frozenset(word_key(_bare(normalize(r["word"]))) for r in rows if r["class"] == "culprit")
        # a generic word for the wrongdoer («الجاني»، «المتهم»): no party of a later telling's own
        self.given = _given_names()  # (a given name right before a verb is its doer: `names_next`)
        self.culprit_others = frozenset(normalize(r["word"]) for r in rows if r["class"] == "culprit_other") | \
            self.given  # the words after a culprit word that name another one: «الجاني الثاني»، «الجاني سعيد»
        self.describes = frozenset(normalize(r["word"]) for r in rows if r["class"] == "describe")  # «واصفا»
        self.during = fw.during_it  # a visit's pronoun in a word of time (function_words.tsv `during_it`: «خلالها»)
        self.pairs = fw.both_sides  # a noun of two sides (function_words.tsv `both_sides`: «الجانبان»، «الرئيسان»)
        # a light verb of the passive or of happening before talks without a doer («تم بحث»، «جرى بحث»:
        # function_words.tsv `happened`, `passive_present`, `intransitive_light`)
        self.impersonals = fw.happened | fw.passive_present | fw.intransitive_light
        self.takers = fw.partake  # a verb of taking part before «في» (function_words.tsv `partake`: «وشارك في»)
        self.charges = fw.charge  # a charge noun in بـ (function_words.tsv `charge`: «بتهمة»)
        self.answers = fw.answer  # «in answer» before على (function_words.tsv `answer`: «ردا»): another act after it
        self.on = normalize("على")
        self.anchors = fw.past_anchor  # «بعد» (function_words.tsv `past_anchor`): an act named as a landmark of time
        self.accords = frozenset(normalize(r["word"]) for r in rows if r["class"] == "accord")  # «اتفاقية تعاون»
        self.abouts = frozenset(normalize(r["word"]) for r in rows if r["class"] == "about")  # «في شأن»
        self.approved = self.accords | frozenset(normalize(r["word"]) for r in rows if r["class"] == "law")  # «على قانون»
        self.to = normalize("إلى")
        self.in_ = normalize("في")  # (a toll «في الهجوم»: in the attack told before, `toll_in_told`)
        # the trigger verbs and nouns: the pipeline's lexicon's, or the packaged triggers compiled again
        triggers = lexicon or Lexicon.from_rows(triggers=_rows("triggers.tsv"))
        self.verbs = {w: frozenset(e.cameo for e, _ in es) for w, es in triggers.verbs.items()}
        self.nouns = {k: frozenset(e.cameo for e in es) for k, es in triggers.nouns.items()}
        self.attacks = frozenset(k for k, es in triggers.nouns.items() if any(e.event == "ASSAULT" for e in es))
        # the keys of trigger nouns whose own first letters are ال once normalised («إلقاء»: no article; a noun
        # entry's lemma is its form as the row writes it)
        self.own_al = frozenset(word_key(n) for es in triggers.nouns.values()
                                for n in {normalize(e.lemma) for e in es} if n.startswith("ال"))

    def __call__(self, article: Article) -> Article:
        events = list(article.events)
        tags = self.tags_start(article.text) if events else -1
        if tags >= 0:  # a keyword of the story is no act, nor a party of one («سمات … تفجير مسجد داعش»)
            events = [e if all(m.start < tags for m in e.actor + e.recipient) else e.updated(
                actor=tuple(m for m in e.actor if m.start < tags),
                recipient=tuple(m for m in e.recipient if m.start < tags)) for e in events if e.trigger.start <= tags]
            article.events = events
        if len(events) < 2:
            return article
        drop: set[int] = set()
        by_sentence: dict[int, list[int]] = {}
        for i, ev in enumerate(events):
            by_sentence.setdefault(ev.sentence, []).append(i)
        again: set[int] = set()  # the tolls dropped as the outcome of an act told before (`outcome`)
        told_as: dict[str, list[Event]] = {}  # an event kept (its id) → the events of its clause dropped into it
        days: dict[str, set] = {}  # an event kept → the other days its act was told on (`redated`)
        for group in by_sentence.values():  # only events of one sentence repeat each other
            if len(group) > 1:
                drop |= self.weapons(article.text, events, group)  # events[j] of a weapon's act take its parties
                drop |= self.means(article.text, events, [i for i in group if i not in drop])
                drop |= self.volley(article.text, events, [i for i in group if i not in drop])
                drop |= self.visit_meeting(article.text, events, [i for i in group if i not in drop])
                drop |= self.met_during(article.text, events, [i for i in group if i not in drop])
                drop |= self.during_act(article.text, events, [i for i in group if i not in drop])
                drop |= self.recall_purpose(article.text, events, [i for i in group if i not in drop])
                drop |= self.called(article.text, events, [i for i in group if i not in drop])
                drop |= self.talks(article.text, events, [i for i in group if i not in drop])
                drop |= self.restated(article.text, events, [i for i in group if i not in drop])
                drop |= self.charged(article.text, events, [i for i in group if i not in drop])
                drop |= self.accord_topic(article.text, events, [i for i in group if i not in drop])
                drop |= self.done_where(article.text, events, [i for i in group if i not in drop])
                drop |= self.where_told(article.text, events, [i for i in group if i not in drop])
                drop |= self.named_again(article.text, events, [i for i in group if i not in drop])
                drop |= self.purpose(article.text, events, [i for i in group if i not in drop])
                drop |= self.destroyed_too(article.text, events, [i for i in group if i not in drop])
                drop |= self.destroyed_besides(article.text, events, [i for i in group if i not in drop])
            for i in group:
                if i in drop:
                    continue
                x = events[i]
                nx = len(x.actor) + len(x.recipient)
                for j in group:
                    y = events[j]
                    ny = len(y.actor) + len(y.recipient)
                    if i != j and (j not in drop or j in again) and ny >= nx and _shared(x, y) \
                            and not self.asked_of(x, y) \
                            and (ny > nx or self.stays(article.text, x, y, j < i)) \
                            and (self.same_act(article.text, x, y, tolls=not nx) or not nx and j < i
                                 and self.word_again(article, x, y) or self.victims_of(x, y)):
                        events[j] = self.redated(article.text, y, x, y, days)  # (a toll and its attack: the better day)
                        drop.add(i)
                        told_as.setdefault(y.id, []).append(x)  # «غارة … قتلت»: the noun told again («الغارة») is j's
                        if self.outcome(article.text, x, y) and (x.date == y.date or self.toll(x)):
                            # the toll's repeats are the act's too («… فجر الجمعة …
                            again.add(i)  # ما أسفر عن مقتل … فضلا على تدمير»: the time parts them from the act only)
                        break
            if len(group) > 1:
                drop |= self.noun_again(article.text, events, [i for i in group if i not in drop], told_as)
                drop |= self.tally_toll(article.text, events, [i for i in group if i not in drop], told_as)
                drop |= self.doers_again(events, [i for i in group if i not in drop])
                drop |= self.victims_as_doers(article.text, events, [i for i in group if i not in drop])
        kept = [e for k, e in enumerate(events) if k not in drop]
        kept = self.join(article.text, kept, days, told_as) if any(e.event in _JOINED for e in kept) else kept
        article.events = self.retold(article, kept, days, told_as) if len(kept) > 1 else kept
        if len(article.events) > 1 and any(e.event in _SAID_AGAIN for e in article.events):
            article.events = self.said_again(article.text, article.events)
        if sum(_approval(e) for e in article.events) > 1:
            article.events = self.ratified_again(article.text, article.events)
        if sum(e.event == "SUPPORT" for e in article.events) > 1:
            article.events = self.praise_named_again(article.events)
        if len(article.events) > 1:
            article.events = self.headlined(article.text, article.events)
        if len(article.events) > 1 and any(e.event == "CONSULT" for e in article.events):
            article.events = self.met_again(article.text, article.events)
        if sum(e.mode == "arrest" for e in article.events) > 1:
            article.events = self.arrested_again(article, article.events)
        if sum(e.event in _JOINED for e in article.events) > 1:
            article.events = self.attack_named_again(article.text, article.events)
        if sum(e.future and e.event == "CONSULT" for e in article.events) > 1:
            article.events = self.future_talks_again(article.text, article.events)
        told_visits = [e for e in article.events if e.cameo in _VISITS and e.event == "CONSULT"]
        if sum(e.cameo in _VISITS for e in article.events) > 1:
            article.events = self.visit_named(article.text, article.events)
        if sum(e.cameo in _VISITS for e in article.events) > 1:
            article.events = self.visitor_again(article.text, article.events)
        if sum(e.cameo in _VISITS for e in article.events) > 1:
            article.events = self.visit_again(article.text, article.events)
        if any(e.cameo in _VISITS for e in article.events) and any(e.cameo in _HELD_WITH for e in article.events):
            article.events = self.visit_of_meeting(article.text, article.events)
        if sum(e.cameo in _VISITS for e in article.events) > 1:
            article.events = self.visit_aside(article.text, article.events)
        if any(e.cameo in _VISITS for e in article.events) and any(e.event == "CONSULT" and not e.actor
                                                                    for e in article.events):
            article.events = self.talks_of_visit(article.text, article.events)
        if sum(e.event == "CONSULT" for e in article.events) > 1:
            article.events = self.talks_sides_again(article.text, article.events)
        if len(article.events) > 1:
            article.events = self.printed_again(article.text, article.events)
        if len(article.events) > 1 and any(self.paired(e) for e in article.events):
            article.events = self.pair_again(article.events)
        if sum(e.event in _RETOLD_WORD for e in article.events) > 1:
            article.events = self.word_told_again(article.text, article.events)
        if sum(e.event in _ASKED_AGAIN for e in article.events) > 1:
            article.events = self.done_again(article.text, article.events)
        if sum(e.event == "REQUEST" for e in article.events) > 1:
            article.events = self.asked_in_words(article.text, article.events)
        if sum(strip_wa(_first(e.trigger.text)) in self.storms for e in article.events) > 1:
            article.events = self.stormed_again(article.text, article.events)
        if sum(e.event in _BARE_AGAIN for e in article.events) > 1:
            article.events = self.bare_again(article.text, article.events)
        if any(_asked_content(e) for e in article.events) \
                and any(e.event == "REQUEST" for e in article.events):
            if any(_asked_content(e) and e.cameo in _VISITS for e in article.events):  # «تلك الزيارة» after the
                article.events = self.pointed_back(article.text, article.events)  # visit invited is it, asked for
            article.events = self.asked_for(article.events)
        if any(e.future and e.event in _PLEDGED_FOR for e in article.events) \
                and any(e.event == "AGREE" for e in article.events):
            article.events = self.pledged_for(article.text, article.events)
        if any((e.future or e.hypothetical) and e.event in _THREATENED_WITH for e in article.events) \
                and any(e.event == "THREATEN" for e in article.events):
            article.events = self.threatened_with(article.text, article.events)
        if sum(e.event in _TWICE for e in article.events) > 1:
            article.events = self.twice_told(article.text, article.events)
        if sum(e.event == "CONSULT" for e in article.events) > 1:
            article.events = self.meeting_told_again(article.text, article.events)
        if sum(e.event in _JOINED for e in article.events) > 1:
            article.events = self.answered_again(article.text, article.events)
        if sum(e.cameo in _TRUCES for e in article.events) > 1:
            article.events = self.truce_again(article.text, article.events)
        if sum(e.event == "ASSAULT" for e in article.events) > 1:
            article.events = self.toll_in_told(article.text, article.events)
        if sum(e.event == "ASSAULT" for e in article.events) > 1:
            article.events = self.toll_reported(article.text, article.events)
        if sum(e.event == "AID" for e in article.events) > 1:
            article.events = self.aid_again(article.text, article.events)
        if sum(e.event == "ASSAULT" for e in article.events) > 1:
            article.events = self.count_told_again(article.text, article.events)
        if len(article.events) > 1:
            article.events = self.pointed_back(article.text, article.events)
        if sum(e.event == "ASSAULT" for e in article.events) > 1:
            article.events = self.possessed_again(article.events)
        if sum(e.event == "ASSAULT" for e in article.events) > 1:
            article.events = self.landmark_again(article.text, article.events)
        if sum(e.event == "ASSAULT" for e in article.events) > 1:
            article.events = self.befell_again(article.text, article.events)
        if len(article.events) > 1:
            article.events = self.verb_retold_in_sentence(article.text, article.events)
        if len(article.events) > 1:
            article.events = self.object_named_again(article.text, article.events)
        if sum(e.event == "ASSAULT" for e in article.events) > 1:
            article.events = self.side_toll_dropped(article.text, article.events)
        if sum(e.event == "ASSAULT" for e in article.events) > 1:
            article.events = self.strikes_of_count(article.text, article.events, _sentence_places(article))
        if sum(e.event == "ASSAULT" for e in article.events) > 1:
            article.events = self.one_of_series(article.text, article.events)
        if sum(e.event == "ASSAULT" for e in article.events) > 1:
            article.events = _keep_first(article.events, lambda x, y: self.result_subject(article.text, x, y))
        if sum(e.cameo in _MET for e in article.events) > 1 or any(e.cameo in _CALLS for e in article.events) \
                and sum(e.event == "CONSULT" for e in article.events) > 1:
            told = (_local_places(article), _titles_tied(article))  # (where each sentence is, whom a title names)
            if sum(e.cameo in _MET for e in article.events) > 1:
                article.events = _keep_first(article.events, lambda x, y: self.met_before(article.text, x, y, told))
            if sum(e.cameo in _VISITS for e in article.events) > 1:
                article.events = self.destination_told(article.text, article.events)
            if any(e.cameo in _CALLS for e in article.events) \
                    and sum(e.event == "CONSULT" for e in article.events) > 1:
                article.events = _keep_first(article.events, lambda x, y: self.call_before(article.text, x, y, told))
        if len(told_visits) > 1:
            article.events = _visit_calendar_dated(article.events, told_visits)
        if len(article.events) > 1:
            article.events = self.bare_word_again(article.text, article.events)
        return article

    def met_before(self, text: str, x: Event, y: Event, told: tuple = ({}, {})) -> bool:
        """True when a later meeting or visit (`_MET`) tells again one told before with its sides (a word of dialogue
        without any may be a topic: «للحوار بين أتباع الأديان») within the `_BACK` events kept before it
        (`_keep_first`): the same flags, no day of its own (a time expression of its sentence naming another day), and
        each of its parties one of the first's in either role (`_met_party`): «استقبل الرئيس المصري عبد الفتاح السيسي
        أمس الأمير محمد بن سلمان» … «عقب الاحتفال جرت جلسة مباحثات ثنائية» … «إن الاجتماع الذي عقد بين السيسي وولي ولي
        العهد»; not in another town (`_two_towns`: «في الدوحة» … «وفي الرياض»), nor the act going on now after a past
        one told without a day (`now_told`: «زيارته الحالية»), nor after «كما» (class `also`), nor near a word of
        another meeting (class `another`: «جولة ثانية»), nor an indefinite object held anew (`held_anew`) (`told`: the
        places of each sentence and the persons each title is tied to, see `retells_meeting`)."""
        return x.cameo in _MET and y.cameo in _MET and self.retells_meeting(text, x, y, told)

    def call_before(self, text: str, x: Event, y: Event, told: tuple = ({}, {})) -> bool:
        """True when a later consultation tells again a phone call (`_CALLS`) told before with its sides: a later
        telling of the call or the talks held in it (a word of discussing, class `discuss`), read as `retells_meeting`
        («وجاءت الموافقة في اتصال هاتفي يوم الأربعاء الماضي بين الرئيس باراك أوباما والرئيس التركي رجب طيب إردوغان.
        وأصدر البيت الأبيض بيانا عن الاتصال الهاتفي، قال فيه إن الرئيسين ناقشا»); a meeting after a call is another
        act."""
        return x.cameo in _CALLS and (y.cameo in _CALLS or _first(y.trigger.text) in self.discuss) \
            and self.retells_meeting(text, x, y, told)

    def retells_meeting(self, text: str, x: Event, y: Event, told: tuple = ({}, {})) -> bool:
        """True when a later consultation y tells x again (`met_before`): the same flags, no day of its own, its parties
        x's (`_met_party`; `told[1]`: the persons a title is tied to, see `_titles_tied`) or the host of x's visit
        (`_visit_host`), not in another town, nor told now, nor after «كما», nor near a word of another meeting, nor an
        indefinite object held anew (but with the visit's host: «وعقد جلالته اجتماعاً مع سموه»), nor without parties in a
        place of its own (`meeting_elsewhere`; `told[0]`: the places of each sentence)."""
        places, ties = told
        hosts = [m for m in y.actor + y.recipient if _visit_host(m, x, y, ties)]
        return x.event == y.event == "CONSULT" and bool(x.actor + x.recipient) \
            and _flags(x) == _flags(y) \
            and not (y.date_source == "text" and y.date != x.date) \
            and all(_met_party(m, x.actor + x.recipient, ties) or m in hosts for m in y.actor + y.recipient) \
            and not _two_towns(x, y) and not self.now_told(text, x, y) and not self.also(text, y) \
            and not self.another_near(text, y) and not (self.held_anew(y) and not hosts) \
            and not self.meeting_elsewhere(x, y, places)

    def destination_told(self, text: str, events: list[Event]) -> list[Event]:
        """The events without a later visit that tells again, with its destination, a visit told before without one
        («بمناسبة زيارة الأمير محمد بن سلمان» … «فقد قام الأمير محمد بن سلمان بزيارة إلى جمهورية مصر العربية»): the
        first telling takes the destination (`destination_of`)."""
        events = list(events)
        drop: set[int] = set()
        for j, y in enumerate(events):
            if y.cameo not in _VISITS or not y.recipient or self.also(text, y) or self.another_near(text, y):
                continue
            i = next((i for i in range(j - 1, max(-1, j - _BACK - 1), -1) if i not in drop
                      and _destination_of(events[i], y, self.occasion(text, events[i]))), None)
            if i is not None:
                x = events[i].updated(recipient=y.recipient)
                events[i] = self.dated_as(x, y) if y.date != x.date and _own_date(y) else x  # (an occasion's day)
                drop.add(j)
        return [e for k, e in enumerate(events) if k not in drop] if drop else events

    def occasion(self, text: str, ev: Event) -> bool:
        """True when ev's trigger is told right after a word of occasion (repeat_words.tsv class `occasion`: «بيان مشترك
        بمناسبة زيارة …»): the act is what another is told on, and the day of its clause is that other's."""
        return _word_right_before(text, ev) in self.occasions

    def meeting_elsewhere(self, x: Event, y: Event, places: dict[int, set[str]]) -> bool:
        """True when a later consultation without parties, told by an indefinite noun or a verb, names a place narrower
        than a country in its sentence that x's sentence and place do not («ما الذي تمخض عن اجتماع هيئة التنسيق مع
        الائتلاف في بروكسل؟ … في اجتماع باريس الأخير»): another meeting, known only by its kind; a definite noun or one
        with a possessive pronoun («الاجتماع»، «زيارته») names the meeting told."""
        if y.actor or y.recipient or self.definite(strip_wa(_first(y.trigger.text))) or self.possessed(y):
            return False
        return _elsewhere(places.get(y.sentence, set()), places.get(x.sentence, set()) | _at(x))

    def held_anew(self, ev: Event) -> bool:
        """True when a noun trigger is told indefinite in the accusative («عقد … اجتماعاً موسعاً»، «لقاءً»): the object
        of a verb that holds a meeting anew, not one told before; not a verb with the pronoun of its object or of «we»
        («أود أن أناقشها مع جميع أطراف النزاع خلال زيارتي»، «لقد تناقشنا حول»: the ا of «ها»، «نا»)."""
        word = _first(ev.trigger.text)
        return word not in self.verbs and word.endswith("ا") and not word.endswith(_VERB_PRONOUNS) \
            and not self.definite(word) \
            and not self.possessed(ev)

    def verb_retold_in_sentence(self, text: str, events: list[Event]) -> list[Event]:
        """The events without a later verb of an act told again in its own sentence after a verb of a source's telling
        («أفرجت إيران عن السجينة العراقية … وقالت المصادر الإيرانية: إن السلطات الإيرانية أفرجت عن السجينة
        العراقية»): kept where it is told first (`retold_in_sentence`)."""
        return _keep_first(events, lambda x, y: self.retold_in_sentence(text, x, y))

    def retold_in_sentence(self, text: str, x: Event, y: Event) -> bool:
        """True when y, later in x's sentence, is x's verb again (its key, the subject's ending off) of x's code, flags
        and day, no toll, with a verb of a source's telling between the two and no word adding an act (class `also`),
        with no party x has not in either role (the released told as the one releasing) and in no other place."""
        if y.sentence != x.sentence or y.trigger.start <= x.trigger.end or (x.event, x.cameo) != (y.event, y.cameo):
            return False
        if x.date != y.date or _flags(x) != _flags(y):
            return False
        wx, wy = _first(x.trigger.text), _first(y.trigger.text)
        if wx not in self.verbs or wy not in self.verbs or _verb_stem(wx) != _verb_stem(wy) or self.toll(y):
            return False
        between = [strip_wa(w) for w in _WORD.findall(normalize(text[x.trigger.end:y.trigger.start]))]
        if not any(w in self.retellers for w in between) or any(w in self.adds for w in between):
            return False
        both = x.actor + x.recipient
        return all(_among(m, both) for m in y.actor + y.recipient) and not _two_places(x, y) \
            and not self.another_after(text, y)

    def strikes_of_count(self, text: str, events: list[Event], places: dict[int, set[str]] | None = None) -> list[Event]:
        """The events without a part of a counted series of strikes told again by a source, or in one of the places the
        series was told over, with a smaller count (`strikes_part`; `places`: the names of the places each sentence
        tells): «نفذت قوات التحالف الدولي 20 غارة جوية ضد أهداف لتنظيم داعش» … «وقال بيان لقوة المهام المشتركة: إن خمس
        غارات قرب الرمادي قصفت وحدات تكتيكية» tells five of the twenty, one series, told first; so does «وفي العراق نفذت
        17 ضربة جوية» after «نفذوا 41 ضربة جوية في سوريا والعراق»."""
        return _keep_first(events, lambda x, y: self.strikes_part(text, x, y, places or {}))

    def strikes_part(self, text: str, x: Event, y: Event, places: dict[int, set[str]] | None = None) -> bool:
        """True when y, an assault noun of x's code and word key counted right before its trigger, is told by a source
        (`source_tells`) at most two sentences after x, or in a sentence naming only places x's names, two or more
        (`_part_of_places`), at most _NEAR after it, counted right before its own trigger with more, of x's flags and
        day, with no doer x lacks and no other place than x's sentence names (`strikes_of_count`)."""
        within = _part_of_places(places or {}, x, y)  # (located in one of x's places: no other place)
        if x.event != "ASSAULT" or y.event != "ASSAULT" or not 0 < y.sentence - x.sentence <= (_NEAR if within else 2):
            return False
        if x.date != y.date or _flags(x) != _flags(y):
            return False
        wx, wy = _first(x.trigger.text), _first(y.trigger.text)
        if wx in self.verbs or self.toll(y):
            return False
        if wy in self.verbs:  # «سبع ضربات نفذت قرب الحسكة واستهدفت»: the verb of the counted strikes told before it
            whole, part = self.count_before(text, x), self.counted_subject(text, y, self.cameos(wx))
        elif x.cameo == y.cameo and self.cameos(wx) == (
                self.cameos(wy) or (self.cameos(wy[:-3] + "ه") if self.dual(y) else None)):
            whole, part = self.count_before(text, x), self.count_before(text, y)
        else:
            return False
        if whole is None or part is None or part >= whole or not (within or self.source_tells(text, y)
                                                                   or self.source_lists(text, x, y)):
            return False
        return all(_among(m, x.actor) or _head_again(m, x.actor) for m in y.actor) \
            and (within or not _two_places(x, y)) and not self.another_after(text, y)

    def source_lists(self, text: str, x: Event, y: Event) -> bool:
        """True when a verb of a source's telling (`retellers`) stands before y's trigger in its sentence, and a word of
        x's CAMEO code before a word adding an act (class `also`) that stands before y too: the source lists the parts
        of a counted series, one after another («إن 17 ضربة جوية نفذت قرب دير الزور … ، كما نفذت سبع ضربات جوية قرب
        الحسكة» after «نفذت قوات التحالف الدولي … 41 ضربة جوية»)."""
        before = self.words_before(text, y)
        told = next((k for k, w in enumerate(before) if w in self.retellers), None)
        if told is None:
            return False
        adds = [k for k, w in enumerate(before) if w in self.adds and k > told]
        codes = self.cameos(_first(x.trigger.text))
        return bool(adds) and any(self.cameos(w) == codes for w in before[told + 1:adds[0]])

    def counted_subject(self, text: str, ev: Event, codes: frozenset[str]) -> int | None:
        """The count of the last noun of one of `codes` told before a verb's trigger in its sentence, no other verb
        of an act between them («سبع ضربات نفذت قرب الحسكة واستهدفت» before «استهدفت»: 7), None when there is none."""
        words = [strip_wa(w) for w in _TOKEN.findall(normalize(text[ev.sentence_start:ev.trigger.start]))]
        for k in range(len(words) - 1, 0, -1):
            if words[k] in self.verbs and self.cameos(words[k]) & {ev.cameo}:
                return None  # (another act's verb before it: «… قصفت … واستهدفت»)
            if codes and self.cameos(words[k]) == codes:
                last = words[k - 1]
                return int(last) if _NUMBER.fullmatch(last) else self.number([last], 0)
        return None

    def one_of_series(self, text: str, events: list[Event]) -> list[Event]:
        """The events without a strike told as «one of» a series told just before or as «the other» of it (`one_of`):
        «أن غارتين صباح امس في منطقة الفاو استهدفت إحداها تجمعا للحوثيين … بينما استهدفت الأخرى عربة مدرعة» is one
        series with the raids told first, not three acts."""
        return _keep_first(events, lambda x, y: self.one_of(text, x, y))

    def one_of(self, text: str, x: Event, y: Event) -> bool:
        """True when y, an assault verb and no toll whose subject right after it is one of a series (`one_of_word`), is
        told after x, an assault of its flags and day in its sentence or at most two before, with no doer x lacks and
        in no other place."""
        if x.event != "ASSAULT" or y.event != "ASSAULT" or not 0 <= y.sentence - x.sentence <= 2 \
                or y.trigger.start <= x.trigger.end or x.date != y.date \
                or _flags(x) != _flags(y):
            return False
        if _first(y.trigger.text) not in self.verbs or self.toll(y) or not self.one_of_word(text, y):
            return False
        return all(_among(m, x.actor) for m in y.actor) and not _two_places(x, y)

    def one_of_word(self, text: str, ev: Event) -> bool:
        """True when the first word after ev's trigger is «one of them» or «the other» (repeat_words.tsv class
        `one_of`: «إحداها»، «الأخرى»), or «one of» (a `one_of` word with neither the article nor a pronoun: «إحدى»)
        before a noun of the trigger's CAMEO code («استهدفت إحدى الغارات»)."""
        after = _words_after(text, ev, 2)
        if not after or strip_wa(after[0]) not in self.ones:
            return False
        head = strip_wa(after[0])
        if head.startswith("ال") or head.endswith(("ها", "هما")):
            return True
        return len(after) > 1 and bool(self.cameos(_bare(strip_wa(after[1]))) & self.codes(ev.trigger.text))

    def count_before(self, text: str, ev: Event) -> int | None:
        """The count told right before a trigger in its sentence (the last word before it: digits, or a number word of
        repeat_words.tsv `value`), else a dual's two (`dual`): «20 غارة» is 20, «خمس غارات» 5, «غارتين» 2; None when
        that word is no count."""
        before = _TOKEN.findall(normalize(text[max(ev.sentence_start, ev.trigger.start - 16):ev.trigger.start]))
        last = strip_wa(before[-1]) if before else ""
        if _NUMBER.fullmatch(last):
            return int(last)
        told = self.number([last], 0) if last else None
        return told if told is not None else self.dual(ev)

    def dual(self, ev: Event) -> int | None:
        """2 when a one-word trigger is the dual of a noun in ة of its CAMEO code («غارتين»، «ضربتان»: two of «غارة»),
        else None."""
        word = _first(ev.trigger.text)
        if len(ev.trigger.text.split()) > 1 or not word.endswith(("تين", "تان")) or len(word) < 6:
            return None
        return 2 if ev.cameo in self.cameos(word[:-3] + "ه") else None

    def side_toll_dropped(self, text: str, events: list[Event]) -> list[Event]:
        """The events without the dead of one side told after a fight in its sentence (`side_toll`): «بعد معارك اسفرت
        عن مقتل 30 مسلحاً حوثياً، فيما قتل من جانب المقاومة ثمانية أشخاص» is one fight, told first."""
        return _keep_first(events, lambda x, y: self.side_toll(text, x, y))

    def side_toll(self, text: str, x: Event, y: Event) -> bool:
        """True when y, a toll later in the sentence of an assault x of its flags and day, is told with the side or
        ranks its dead were of right after its verb (a preposition, then class `ranks_of`: «قتل من جانب المقاومة»،
        «قتل في صفوف الجيش»), no word adding an act (class `also`) nor another act (class `another`) between them."""
        if x.event != "ASSAULT" or y.event != "ASSAULT" or y.sentence != x.sentence or y.trigger.start <= x.trigger.end:
            return False
        if x.date != y.date or _flags(x) != _flags(y):
            return False
        if not self.toll(y) or _first(y.trigger.text) not in self.verbs:
            return False
        after = _words_after(text, y, 2)
        if len(after) < 2 or after[0] not in self.prepositions or after[1] not in self.ranks:
            return False
        between = [strip_wa(w) for w in _WORD.findall(normalize(text[x.trigger.end:y.trigger.start]))]
        return not any(w in self.adds or w in self.another for w in between)

    def object_named_again(self, text: str, events: list[Event]) -> list[Event]:
        """The events without a verb opening the next sentence on the definite noun of the object told after an
        earlier trigger of its verb («وقعت جامعة الملك عبدالعزيز وجامعة جدة اتفاقية تعاون مع وزارة الصحة» … «وقع
        الاتفاقية الدكتور حمد الضويلع»): the one act, its signers named, kept where it is told first."""
        return _keep_first(events, lambda x, y: self.object_again(text, x, y))

    def object_again(self, text: str, x: Event, y: Event) -> bool:
        """True when y, a verb of x's key, code, flags and day opening the sentence after x's, holds in its trigger a
        definite noun that is the word told after x's trigger in its clause with or without the article, with no
        victim x has not (`object_named_again`)."""
        if y.sentence != x.sentence + 1 or (x.event, x.cameo) != (y.event, y.cameo) or x.date != y.date:
            return False
        if _flags(x) != _flags(y):
            return False
        words = [normalize(w) for w in y.trigger.text.split()]
        if len(words) < 2 or words[0] not in self.verbs or _verb_stem(words[0]) != _verb_stem(_first(x.trigger.text)):
            return False
        if _WORD.findall(normalize(text[y.sentence_start:y.trigger.start])):
            return False  # (the verb opens its sentence)
        noun = _bare(words[1])
        if not self.definite(noun) or len(noun) < 5:
            return False
        told = {_bare(normalize(w)) for w in _WORD.findall(text, x.trigger.end, min(x.sentence_end, x.trigger.end + 120))}
        if noun not in told and noun[2:] not in told:
            return False
        return all(_among(m, x.actor + x.recipient) for m in y.recipient) and not _two_places(x, y)

    def asked_of(self, x: Event, y: Event) -> bool:
        """True when x is a request told by a verb (or an indefinite noun) without parties and y a definite noun of a request told after it in
        its clause with a doer («كما طالبهم بـ"عدم الالتفات إلى الدعوات التي تتبناها ميليشيات الحوثي"»): y is what
        x asks about, another's act, not x told again."""
        return x.event == y.event == "REQUEST" and not (x.actor or x.recipient) and bool(y.actor) \
            and x.trigger.end <= y.trigger.start and not self.definite(strip_wa(_first(x.trigger.text))) \
            and self.definite(strip_wa(_first(y.trigger.text)))

    def possessed_again(self, events: list[Event]) -> list[Event]:
        """Drops an attack told by a noun with a possessive pronoun of its doer («وكثف طيران التحالف الجمعة غاراته»)
        when an earlier sentence, at most _OWN_AGAIN before, told that very noun of that day by a doer of its code
        («كما كثف التحالف العربي، الجمعة، غاراته على مواقع ميليشيات الحوثي»), in no other place: the doer's strikes told
        again."""
        out: list[Event] = []
        for y in events:
            if not (y.event == "ASSAULT" and y.actor and self.possessed(y)
                    and any(self.own_again(x, y) for x in out)):
                out.append(y)
        return out

    def own_again(self, x: Event, y: Event) -> bool:
        """True when x, an attack of an earlier sentence at most _OWN_AGAIN before y, of y's day and flags, is told by y's
        possessive noun with a doer of a code of y's doers, in no other place."""
        if x.event != y.event or not x.sentence < y.sentence <= x.sentence + _OWN_AGAIN or x.date != y.date \
                or _flags(x) != _flags(y):
            return False
        if self.possessed(x) != self.possessed(y) or _two_places(x, y):
            return False
        xs, ys = {m.code for m in x.actor if m.code}, {m.code for m in y.actor if m.code}
        return bool(xs) and ys <= xs

    def pointed_back(self, text: str, events: list[Event]) -> list[Event]:
        """Drops a definite noun with a demonstrative right before it (repeat_words.tsv class `pointer`: «هذه الزيارة من
        شأنها») told at most _NEAR sentences after an event of its type with its word or a word of its CAMEO code: the
        act pointed at, whatever flags the first telling has («الزيارة التي من المزمع أن تقوم بها» … «هذه الزيارة»)."""
        out: list[Event] = []
        for y in events:
            if not self.pointed_noun(text, y) or not any(self.same_noun(x, y) for x in out):
                out.append(y)
        return out

    def same_noun(self, x: Event, y: Event) -> bool:
        """True when x, told before y at most _NEAR sentences back, is of y's type with y's word or a code of it, or is
        the fighting a pointed assault noun names again (`_fighting_of`)."""
        if x.event != y.event or x.trigger.start >= y.trigger.start or y.sentence - x.sentence > _NEAR:
            return False
        return _same_word(x, y) or bool(self.codes(x.trigger.text) & self.codes(y.trigger.text) - _BROAD) \
            or _fighting_of(x, y)

    def landmark_again(self, text: str, events: list[Event]) -> list[Event]:
        """Drops an attack noun told as a landmark of time after «بعد … على» (function_words.tsv `past_anchor` at most
        three words before «على»: «وذلك بعد اربعة ايام على تفجير سوروتش»), dated by a time told in the text, when an
        attack of that day was told in an earlier sentence: the act the story told, named to date another (an attack of
        years before, «بعد ثلاث سنوات تقريبا على إطلاق النار الذي شهدته دار للسينما في أورورا», or «اعتداء انتحاري آخر»,
        is another act)."""
        out: list[Event] = []
        for y in events:
            if not (y.event == "ASSAULT" and y.date_source == "text" and self.landmark(text, y)
                    and not self.another_near(text, y)
                    and any(x.event == "ASSAULT" and x.sentence < y.sentence and x.date == y.date for x in out)):
                out.append(y)
        return out

    def befell_again(self, text: str, events: list[Event]) -> list[Event]:
        """Drops a definite attack noun without parties that opens its sentence after a verb of taking place
        (repeat_words.tsv class `befell`: «ووقع الهجوم في منطقة واردوج أمس الاول الخميس») when the attack told last
        before it is a verb with a doer in the sentence right before («هاجموا العديد من المواقع الامنية»): that act told
        again, whatever day it names."""
        out: list[Event] = []
        for y in events:
            if not self.befell_opens(text, y):
                out.append(y)
                continue
            k = next((k for k in range(len(out) - 1, -1, -1) if out[k].event == "ASSAULT"), None)
            if k is None or not self.done_before(out[k], y):
                out.append(y)
            elif self.report_day(text, out[k]) and _own_day(y):
                out[k] = self.dated_as(out[k], y)  # «ووقع الهجوم الاثنين»: the day of the act, not of its report
        return out

    def report_day(self, text: str, ev: Event) -> bool:
        """True when an event is dated by a time told after its trigger in its sentence past a comma and a verb of
        reporting (repeat_words.tsv class `report`: «قتل عشرة من صيادي السمك … في شمال شرقي نيجيريا، على ما افاد
        مسؤول محلي وأحد السكان اليوم (الخميس)»): the day of the report, not of the act."""
        t = ev.date_evidence
        if t is None or t.sentence != ev.sentence or t.start < ev.trigger.end or ev.date_source != "text":
            return False
        gap = text[ev.trigger.end:t.start]
        cut = max(gap.rfind("،"), gap.rfind(","))
        return cut >= 0 and any(strip_wa(w) in self.reports for w in _WORD.findall(normalize(gap[cut:])))

    def befell_opens(self, text: str, ev: Event) -> bool:
        """True when an assault without parties is a definite noun right after a `befell` verb, the first word of its
        sentence, and no word of another act follows it («ووقع الهجوم»)."""
        if ev.event != "ASSAULT" or ev.actor or ev.recipient or not self.befell \
                or not self.definite(strip_wa(_first(ev.trigger.text))):
            return False
        before = _WORD.findall(normalize(text[ev.sentence_start:ev.trigger.start]))
        return len(before) == 1 and strip_wa(before[0]) in self.befell and not self.another_after(text, ev)

    def done_before(self, x: Event, y: Event) -> bool:
        """True when x is an attack told by its verb with a doer, not negated, future nor hypothetical, in the sentence
        right before y's."""
        return x.sentence == y.sentence - 1 and bool(x.actor) and _first(x.trigger.text) in self.verbs \
            and not (x.negated or x.future or x.hypothetical)

    def landmark(self, text: str, ev: Event) -> bool:
        """True when a noun trigger has «على» right before it and a word of `past_anchor` (بعد) one to three words
        before that in its sentence («بعد يومين على الهجوم»)."""
        if _first(ev.trigger.text) in self.verbs:
            return False
        before = _WORD.findall(normalize(text[max(ev.sentence_start, ev.trigger.start - 40):ev.trigger.start]))[-5:]
        if not before or before[-1] != self.on:
            return False
        return any(strip_wa(w) in self.anchors for w in before[:-2])

    def answered_again(self, text: str, events: list[Event]) -> list[Event]:
        """The events without an assault with no party told right after «ردا على» (function_words.tsv `answer`) when
        the story told an assault in an earlier sentence on a day not after its own: the act answered is that
        background act told again («الذي اعلن تبني مقتل شرطيين اثنين الاربعاء …، ردا على هجوم سوروتش» after «هجوم
        انتحاري» of the Monday), the answer (`answered`) kept apart from it."""
        out: list[Event] = []
        for ev in events:
            if ev.event in _JOINED and not ev.actor and not ev.recipient and self.answer_to(text, ev) \
                    and any(x.event == ev.event and x.sentence < ev.sentence and x.date and _own_date(x)
                            and x.date[:10] <= (ev.enddate or ev.date or x.date)[:10] for x in out):
                continue
            out.append(ev)
        return out

    def answer_to(self, text: str, ev: Event) -> bool:
        """True when the two words right before a trigger are a word of answer and «على» («ردا على هجوم»)."""
        words = [strip_wa(w) for w in _WORD.findall(normalize(text[max(ev.sentence_start, ev.trigger.start - 16):
                                                                   ev.trigger.start]))][-2:]
        return len(words) == 2 and self.answer_pair(*words)

    def answer_pair(self, w: str, n: str) -> bool:
        """True when two words (no و/ف) are a word of answer (function_words.tsv `answer`) and «على»: «ردا على»."""
        return w in self.answers and n == self.on

    def truce_again(self, text: str, events: list[Event]) -> list[Event]:
        """The events without the truces (CAMEO 0871) that tell again, in a later sentence, a truce the story coded
        before with its declarer: one truce per story per declarer, a later mention with no doer but the earlier's, not negated, not
        dated on another day of its own, with no word of another truce near it («هدنة جديدة») («أعلنت قيادة
        التحالف هدنة إنسانية» … «فقد تقرر أن تبدأ الهدنة الإنسانية»). A call to respect the truce or its violation is
        no truce event and stays."""
        kept: list[Event] = []
        truces: list[Event] = []
        for ev in events:
            if ev.cameo in _TRUCES and any(self.truce_of(text, x, ev) for x in truces):
                continue
            if ev.cameo in _TRUCES and (ev.actor or not ev.negated and not self.another_near(text, ev)):
                truces.append(ev)  # (a declared truce, its declarer named, or the story's truce told without one)
            kept.append(ev)
        return kept

    def truce_of(self, text: str, x: Event, y: Event) -> bool:
        """True when y, a truce told in a later sentence than the truce x, is x told again: not negated, no doer but
        x's, no day of its own other than x's, no word of another truce near it."""
        if y.sentence == x.sentence or y.negated or x.negated or self.another_near(text, y):
            return False
        if not x.actor:  # (the story's truce told first without its declarer: told again by «الهدنة»، «هذه الهدنة»)
            return self.truce_named_again(text, x, y)
        if y.actor and not all(_among_vague(m, x.actor) for m in y.actor):
            return False  # (another doer's truce, or its keeping one: «أن يبادر المتمردون الحوثيون إلى الالتزام بالهدنة»)
        return not (y.date and x.date and y.date[:10] != x.date[:10] and _own_date(y))

    def truce_named_again(self, text: str, x: Event, y: Event) -> bool:
        """True when y, a later truce, tells again the truce x the story told first without its declarer («تبدأ اليوم
        الهدنة الإنسانية التي أعلنت عنها قيادة قوات تحالف» … «مطالبًا الميليشيات الحوثية وصالح احترام هذه الهدنة»):
        y is told by the very noun with the article, a demonstrative before it or not, within a day of x. Its actor,
        when it has one, is the side asked to keep it or whose stand on it is told, no declarer of another truce."""
        base = strip_wa(_first(y.trigger.text))
        if not self.definite(base) or _bare(base) != _bare(strip_wa(_first(x.trigger.text))):
            return False
        return _days_apart(x, y) <= 1

    def toll_in_told(self, text: str, events: list[Event]) -> list[Event]:
        """The events without the tolls without a doer told «in» a definite attack noun right after their victims
        («وقتل شرطيان وثلاثة مدنيين في الهجوم الذي لايزال مستمرا» after «أسفر هجوم شنه مسلحون على مركز للشرطة … عن
        سقوط خمسة قتلى»): the toll of the assault told last before (by a word of the attack, not a toll: two tolls with
        victims of their own stay two), in an earlier sentence at most _NEAR before it, of its flags and day (or none of its own), no word of another attack after the noun («في الهجوم الثاني»). The
        assault takes the toll's victims when it has no recipient."""
        out: list[Event] = []
        for ev in events:
            i = next((i for i in range(len(out) - 1, -1, -1) if out[i].event == "ASSAULT"), None) \
                if ev.event == "ASSAULT" and not ev.actor and self.toll(ev) else None
            x = out[i] if i is not None else None
            # (an attack of no day is a past one: «أورورا … قتل فيه 12»)
            if x is not None and not self.toll(x) and 0 < ev.sentence - x.sentence <= _NEAR and _retold_so(x, ev) \
                    and bool(x.date) and self.in_told_attack(text, ev):
                if not x.recipient:
                    out[i] = x.updated(recipient=ev.recipient)
                continue
            out.append(ev)
        return out

    def toll_reported(self, text: str, events: list[Event]) -> list[Event]:
        """The events without the tolls without a doer that a source reports in a later sentence of the act told last
        before, at most _FAR sentences on («وأكد مصدر في وزارة الدفاع مقتل خمسة عسكريين ماليين» after «عملية احتجاز
        رهائن في فندق»، «وأعلنت قوة حلف شمال الأطلسي … أن جنديا عاملا في الحلف قتل» after «شن المتمردون … هجوما»):
        the count a source gives of the act told, victims of its own or not (`source_toll`), of its flags and its very
        day, in no other place, its victims of the act's sectors (or of none: «لمقتل مدنيين أفغان» after «قتل سبعة
        جنود» is another act). The act keeps its own parties: a source's count names some of the victims, often of
        one strike of several told («واحدا من افراد القوة الدولية وثمانية متعاقدين افغان قتلوا في الهجوم على معسكر
        انتجريتي»)."""
        out: list[Event] = []
        for ev in events:
            x = next((e for e in reversed(out) if e.event == "ASSAULT"), None) \
                if ev.event == "ASSAULT" and not ev.actor and self.toll(ev) else None
            if x is not None and 0 < ev.sentence - x.sentence <= _FAR and _flags(x) == _flags(ev) \
                    and bool(x.date) and x.date == ev.date and not _two_places(x, ev) and _sectors_of(ev, x) \
                    and self.source_toll(text, ev):
                continue
            out.append(ev)
        return out

    def source_toll(self, text: str, ev: Event) -> bool:
        """True when a toll's trigger is told after a verb of a source's telling of its sentence (repeat_words.tsv
        `report`: «وأعلنت قوة الحلف أن جنديا … قتل»، «وأكدت وزارة خارجية جنوب أفريقيا مقتل أحد مواطنيها»), with
        no word adding an act right before it («كما قتل»), no sentence opening of background, another scene or another
        matter, no word of another act near it nor of other victims right after it («مقتل جندي إماراتي آخر الأسبوع
        الماضي»: function_words.tsv `other`, within _OTHER_WORDS words), and no attack of its own told after it
        (`attack_of_own`: «بمقتل شخص في هجوم شنه عليه مسلحون»، «قتلوا بانفجار الغام»: another act, or the act's first
        telling)."""
        before = [strip_wa(w) for w in _WORD.findall(normalize(text[ev.sentence_start:ev.trigger.start]))]
        said = max((k for k, w in enumerate(before) if w in self.reports), default=-1)
        if said < 0 or any(w in self.boundary for w in before[said:]) or self.own_cause(before[said + 1:]) \
                or self.also(text, ev) or self.opened_by(text, ev, self.openers) or self.shifted(text, ev) \
                or self.another_near(text, ev):
            return False
        after = _WORD.findall(normalize(text[ev.trigger.end:ev.sentence_end]))
        return not any(strip_wa(w) in self.others for w in after[:_OTHER_WORDS]) \
            and not any(self.attack_of_own(w) for w in after)

    def own_cause(self, words: list[str]) -> bool:
        """True when a verb of consequence (class `result`) stands among a source's words before a toll, after a word
        that is not an attack told again («واعلنت عن قيام طيران التحالف الدولي بتنفيذ 11 طلعة جوية …، أسفرت عن مقتل
        36»: the sorties told there are the toll's cause, another act); «أن الهجوم أسفر عن مقتل» still tells the
        attack again."""
        return any(self.result_verb(w) and not self.attack_subject(words, k - 1) for k, w in enumerate(words))

    def attack_subject(self, words: list[str], k: int) -> bool:
        """True when words[k] is a definite attack noun right after the source's verb or «أن» («أن الهجوم أسفر»):
        the attack told again as the subject of a verb of consequence (not «قواطع العمليات أسفرت»); «أن» is
        function_words.tsv `complementizer`."""
        return k >= 0 and self.definite(words[k]) and _key(words[k]) in self.attacks \
            and (k == 0 or words[k - 1] in self.complementizers)

    def attack_of_own(self, word: str) -> bool:
        """True when a word told after a toll names an attack of its own: a noun of an assault without the article
        («في هجوم»، «بانفجار»، «جراء استهدافهم») or a verb of an assault («استهدفت»); a toll's word is none («في حين قتل
        ثمانية مدنيين»)."""
        base, key = strip_wa(word), _key(word)
        if key in self.tolls:
            return False
        return key in self.attacks and not self.definite(_bare(base)) \
            or self.possessed_word(_bare(base), base) in self.attacks \
            or any(c[:2] in ("18", "19") for c in self.verbs.get(base, ()))

    def in_told_attack(self, text: str, ev: Event) -> bool:
        """True when a toll's clause, after its trigger and before a comma, tells «في» and a definite attack noun, a
        demonstrative before a noun of one act between them or not (not a series: «وقتل في هذه العمليات 20 مسلحا»),
        not followed by a word of another act («قتل شرطيان وثلاثة مدنيين في الهجوم»، «أن جندياً في الحلف قتل في هذا
        الهجوم»)."""
        after = text[ev.trigger.end:min(ev.sentence_end, ev.trigger.end + _AFTER + 20)]
        clause = re.split(r"[\u060c,:;؛(«\"]", after, maxsplit=1)[0]
        words = [strip_wa(w) for w in _WORD.findall(normalize(clause))]
        for k in range(len(words) - 1):
            n = k + 2 if words[k + 1] in self.pointers and k + 2 < len(words) \
                and not words[k + 2].endswith("ات") else k + 1  # «في هذا الهجوم»; not «في هذه العمليات» (a series)
            if words[k] == self.in_ and self.definite(words[n]) and word_key(words[n]) in self.attacks:
                return not (n + 1 < len(words) and words[n + 1] in self.another)
        return self.in_told_last(text, ev)

    def in_told_last(self, text: str, ev: Event) -> bool:
        """True when a toll's clause runs on with no comma to its sentence's end, at most _REACH characters on, and its
        last two words are «في» and a definite attack noun («سقوط سبعة قتلى بين صفوف القوات الموالية للرئيس عبد ربه
        منصور هادي وإصابة 29 بجروح في المعارك.»): the victims fell in the fighting told before."""
        after = text[ev.trigger.end:ev.sentence_end]
        if len(after) > _REACH or re.search(r"[\u060c,:;؛(«\"]", after):
            return False
        words = [strip_wa(w) for w in _WORD.findall(normalize(after))]
        return len(words) >= 2 and words[-2] == self.in_ and self.definite(words[-1]) \
            and word_key(words[-1]) in self.attacks

    def count_told_again(self, text: str, events: list[Event]) -> list[Event]:
        """The events without the tolls that tell again the toll of an attack told right before: the claimer's own
        count, after a word of asserting (repeat_words.tsv `assert`), in the sentence of the attack it claims, by a
        doer of its codes («تبنى حزب العمال الكردستاني أمس هجوما بسيارة مفخخة أدى … إلى مقتل جنديين تركيين …، مؤكدا
        أنه قتل 8 جنود وأصاب 11 غيرهم»: one attack, two counts); or another source's count, told without a doer after
        a verb of its telling in the very next sentence, its victims told in the words of the attack's («لكن الجيش
        التركي أعلن مقتل جنديين وإصابة 4 بجروح»)."""
        out: list[Event] = []
        for ev in events:
            x = next((e for e in reversed(out) if e.event == "ASSAULT" and not self.toll(e)), None) \
                if ev.event == "ASSAULT" and self.toll(ev) else None
            if x is not None \
                    and _flags(x) == _flags(ev) \
                    and (self.claimed_count(text, x, ev) or self.source_count(text, x, ev)):
                continue
            out.append(ev)
        return out

    def claimed_count(self, text: str, x: Event, ev: Event) -> bool:
        """True when the toll ev, told after a word of asserting among the three words before it, follows in its
        sentence the attack x its claimer claims (a `claim` word before x in the sentence: «تبنى … هجوما»), its doers
        all of x's codes."""
        return ev.sentence == x.sentence and x.trigger.end < ev.trigger.start and bool(ev.actor) \
            and any(w in self.asserts for w in self.words_before(text, ev)[-3:]) \
            and any(w in self.claims for w in self.words_before(text, x)) \
            and all(m.code and m.code in {p.code for p in x.actor} for m in ev.actor)

    def source_count(self, text: str, x: Event, ev: Event) -> bool:
        """True when the toll ev, without a doer and told after a source's verb (`source_tells`), opens its sentence
        right after x's, every victim of it told by the first word of one of x's victims («جنديين»); not in another
        town (`_two_towns`: «قصفت … أحياء سكنية» in Taiz, then «طالت أحياء سكنية في مدينة عدن»)."""
        heads = {_head(p) for p in x.recipient}
        heads.discard("")
        return not ev.actor and bool(ev.recipient) and self.next_sentence(text, x, ev) \
            and self.source_tells(text, ev) and all(_head(m) in heads for m in ev.recipient) and not _two_towns(x, ev)

    def aid_again(self, text: str, events: list[Event]) -> list[Event]:
        """The events without the later aid (AID) that tells again, in a later sentence at most _NEAR after it, an aid
        the story told before with its givers («وصلت مساعدات سعودية واماراتية جديدة … إلى مدينة عدن» … «إن سفينة
        سعودية محملة بمساعدات غذائية وطبية وصلت الى ميناء عدن»): its CAMEO code and flags, every giver one of the
        earlier's (matched on codes), every receiver one of the earlier's or named in the earlier's sentence, no day of
        its own other than the earlier's, no word of another aid near it."""
        out: list[Event] = []
        for ev in events:
            if ev.event == "AID" and ev.actor and not self.another_near(text, ev) \
                    and any(self.aid_of(text, x, ev) for x in out):
                continue
            out.append(ev)
        return out

    def aid_of(self, text: str, x: Event, y: Event) -> bool:
        """True when y, an aid told in a later sentence than the aid x with givers, is x told again (`aid_again`)."""
        if x.event != "AID" or x.cameo != y.cameo or not x.actor or not 0 < y.sentence - x.sentence <= _NEAR \
                or _flags(x) != _flags(y):
            return False
        if not all(_among(m, x.actor) for m in y.actor) or y.date and x.date and y.date[:10] != x.date[:10] \
                and _own_date(y):
            return False
        told = _words(text[x.sentence_start:x.sentence_end])
        return all(_among(m, x.recipient) or _words(m.text) in told for m in y.recipient)

    @staticmethod
    def asked_for(events: list[Event]) -> list[Event]:
        """The events without an act of _ASKED_FOR to come told at most _ASKED_REACH characters after the trigger of a
        request of its sentence: what the request asks for is part of it, not an act of its own («أن الحكومة اليونانية
        طلبت منه الحصول على قرض جديد»، «الذي طلبت فيه دعم موقفنا»، «وطالب الحكومة الايرانية بالكف عن دعم الإرهاب»،
        «ودعت واشنطن السلطات الايرانية الى الافراج عن الصحافي»، «طالب … الحكومة العراقية المركزية بوقف اقتحام الفلوجة»;
        a visit invited, `_asked_content`: «وقدم له الدعوة لزيارة مصر»)."""
        asks = [e for e in events if e.event == "REQUEST"]
        return [ev for ev in events if not (_asked_content(ev) and any(
            x.sentence == ev.sentence and 0 < ev.trigger.start - x.trigger.end <= _ASKED_REACH for x in asks))]

    def pledged_for(self, text: str, events: list[Event]) -> list[Event]:
        """The events without a cooperative act to come (_PLEDGED_FOR) told at most _PLEDGED_REACH characters after the
        trigger of an AGREE of its sentence, by that AGREE's doers or by none: what is pledged, promised or offered is
        the pledge's content, one AGREE (the PLOVER manual); the AGREE takes the content's recipients, and its doers,
        where it has none («وتعهدت السعودية بدعم اليمن»: AGREE SAU → YEM; «تعهد المسؤولون الأميركيون بتقديم كل وسائل
        الدعم … لمتطوعي العشائر»، «تعهد … بمواصلة تقديم الدعم المالي»). An act to come of another doer stays («وجه
        دعوة للرئيس لزيارة الرياض»), and one after an agreement pointed at (told before) or past a comma («وفي أعقاب
        هذه الموافقة يتوقع أن تختتم … المفاوضات»: what follows it, not its content)."""
        return self.content_folded(text, events, "AGREE", lambda ev: ev.future and ev.event in _PLEDGED_FOR,
                                   1, _PLEDGED_REACH)

    def content_folded(self, text: str, events: list[Event], head: str, is_content, min_gap: int, reach: int,
                       fits=None) -> list[Event]:
        """The events with each content event (`is_content`) folded into the first `head` event of its sentence told
        min_gap…reach characters before it (the head's own parties not counted: `_gap`), with no comma between, not pointed at (pointed_agree), whose doers are
        none or include the content's, and that `fits` it (when given): the head takes the content's recipients and
        doers where it has none (_pledge_filled), the content goes (pledged_for, threatened_with)."""
        heads = [i for i, e in enumerate(events) if e.event == head and not self.pointed_agree(text, e)]
        out = list(events)
        drop: set[int] = set()
        for j, ev in enumerate(events):
            if not is_content(ev):
                continue
            for i in heads:
                x = out[i]
                if i not in drop and x.sentence == ev.sentence \
                        and min_gap <= _gap(x, ev) <= reach \
                        and not any(c in text[x.trigger.end:ev.trigger.start] for c in _COMMAS) \
                        and (fits is None or fits(x, ev)) \
                        and (not x.actor or all(_among(m, x.actor) for m in ev.actor)):
                    out[i] = _pledge_filled(x, ev)
                    drop.add(j)
                    break
        return [e for k, e in enumerate(out) if k not in drop]

    def threatened_with(self, text: str, events: list[Event]) -> list[Event]:
        """The events without a hostile act to come or supposed (_THREATENED_WITH) told at most _THREATENED_REACH
        characters after the trigger of a THREATEN of its sentence, with no comma between, as its object
        (`threat_object`), by that threat's doers or by none: what is threatened or vowed is the threat's content, one
        THREATEN; the THREATEN takes the content's recipients, and its doers, where it has none («وتعهدت بشن هجمات في
        أنحاء البلاد»، «هدد بقصف …»). An act told as done (not to come) stays: a real attack told after a threat is an
        act of its own."""
        return self.content_folded(text, events, "THREATEN",
                                   lambda ev: (ev.future or ev.hypothetical) and ev.event in _THREATENED_WITH,
                                   0, _THREATENED_REACH, fits=lambda x, ev: self.threat_object(text, x, ev))

    def threat_object(self, text: str, x: Event, ev: Event) -> bool:
        """True when a later act is told as the object of the threat x: right after its trigger («تعهدت بشن هجمات»), or
        by a word in «ب» (_BI) holding or right before its trigger («هدد بقصف»، «بشن هجمات على كينيا»), that word no
        preposition or word of manner (بعد، بين، بشكل); not an act told in a clause of its own («بعواقب … قد تشمل فرض
        عقوبات»: the consequences threatened, which may include sanctions)."""
        gap = text[x.trigger.end:ev.trigger.start]
        if not gap.strip():
            return True
        words = (gap + ev.trigger.text).split()
        lead = words[-ev.trigger.text.count(" ") - 1:]  # the words of the content's trigger, its clitics glued on
        head = [lead[0]] + ([words[-len(lead) - 1]] if len(words) > len(lead) else [])
        return any(normalize(w).startswith(_BI) and normalize(w) not in self.prepositions
                   and normalize(w) not in self.manners for w in head)

    def pointed_agree(self, text: str, ev: Event) -> bool:
        """True when an AGREE or a THREATEN is told by a noun with a demonstrative right before it (repeat_words.tsv
        class `pointer`: «هذه الموافقة»): an agreement (a threat) told before, whose content was told there."""
        return self.pointer(_word_right_before(text, ev))

    @staticmethod
    def twice_told(text: str, events: list[Event]) -> list[Event]:
        """The events without a later trigger of a coercion, a sanction, a meeting or a cooperation told in the sentence
        of an earlier one of its type, CAMEO code, flags and day, whose actors and recipients are each one of the
        earlier's in the same role (its code and sector, else its words; none at all included): «اقتحام المستوطنين
        المتطرفين … لتأمين اقتحامات المستوطنين»، «تمديد حظر التجوال … فيما عدا مدينة العريش التي يبدأ فيها حظر
        التجول»، «حكم يتضمن غرامة … وغرامات»، «عقب اجتماع وزراء خارجية الاتحاد الأوروبي … أن اجتماع وزراء خارجية
        الاتحاد بدأ» (a party told again by its first words: `_among_or_shorter`): one act told twice, kept where it is
        told first; not across a semicolon
        («والقبض على هؤلاء المعتدين … في هذا المجال؛ منها إلقاء القبض على من تسببوا في مجزرة»: two)."""
        out: list[Event] = []
        for ev in events:
            if ev.event in _TWICE and any(
                    x.sentence == ev.sentence and x.event == ev.event and x.cameo == ev.cameo and x.date == ev.date
                    and _flags(x) == _flags(ev)
                    and all(_among_or_shorter(m, x.actor) for m in ev.actor)
                    and all(_among_or_shorter(m, x.recipient) for m in ev.recipient)
                    and not any(c in text[x.trigger.end:ev.trigger.start] for c in _SEMICOLONS)
                    for x in out[-_BACK:]):
                continue
            out.append(ev)
        return out

    def bare_again(self, text: str, events: list[Event]) -> list[Event]:
        """The events without a later telling, by a word without any party, of an act of its type and CAMEO code told
        at most _NEAR sentences before it, of its flags and day (or no day read from its own clause): «تم اعتقال عبد
        الخالق الحوثي … أمس السبت» after «اعتقلت قياديا كبيرا في حركة الحوثي»; not in a sentence opened by a word of
        background («وكانت محافظة بابل قطعت»: class `recap`) or of another scene («وفي مخيم الدهيشة … التي اقتحمت
        المخيم»: class `scene`), nor before a word of another act («هجوم آخر») or after a word adding one («كما وقع
        تفجير مماثل»: class `also`)."""
        out: list[Event] = []
        for ev in events:
            if ev.event in _BARE_AGAIN and not ev.actor and not ev.recipient \
                    and any(self.bare_of(x, ev) for x in out[-_BACK:]) \
                    and not self.opened_by(text, ev, self.openers) and not self.another_after(text, ev) \
                    and not self.added(text, ev):
                continue
            out.append(ev)
        return out

    @staticmethod
    def bare_of(x: Event, y: Event) -> bool:
        """True when x, told in one of the _NEAR sentences before y, is of y's type, CAMEO code and flags, and y's day
        is x's or not read from its own clause and x has a party (two words without parties told on two days: «وكانت
        محافظة بابل قطعت خط الكهرباء» after «قطع الكهرباء»)."""
        return x.event == y.event and x.cameo == y.cameo and 0 < y.sentence - x.sentence <= _NEAR \
            and _flags(x) == _flags(y) \
            and (y.date == x.date or y.date_source not in _OWN_DATE and bool(x.actor or x.recipient))

    @staticmethod
    def opened_by(text: str, ev: Event, words: frozenset[str]) -> bool:
        """True when ev's sentence opens with one of `words` (a leading و off), before its trigger."""
        opening = _WORD.findall(normalize(text[ev.sentence_start:min(ev.trigger.start, ev.sentence_start + 14)]))[:1]
        return bool(opening) and strip_wa(opening[0]) in words

    def shifted(self, text: str, ev: Event) -> bool:
        """True when ev's sentence opens, before its trigger, with a phrase turning to another matter (time_words.tsv
        `topic_shift`: «من جهة أخرى»، «وفي سياق آخر»; a leading و off): what it tells is no act told before."""
        if not self.shifts:
            return False
        return opens_with(_WORD.findall(normalize(text[ev.sentence_start:ev.trigger.start])), self.shifts,
                          self.shift_len)

    def done_again(self, text: str, events: list[Event]) -> list[Event]:
        """The events without a later telling of a request, a sanction, a concession or a coercion whose doers, all of
        a code, are doers (code and sector) of an earlier one of its type, CAMEO code and flags, with no recipient
        the earlier's parties lack, of its day (or no day read from its own clause), in no other place, not after a word
        adding an act («كما»), or told in a statement of the earlier's doer (`_quoted_again`): «وطالب بوقف قصف الطائرات التركية» after «وطالب مسعود بارزاني بوقف القصف الجوي التركي»، «فقد طلبت
        الصين تشكيل فريق قضائي» after «فيما طلبت الصين تأسيس الهيئة الثانية». The first telling takes the recipients
        it lacks («طالبت بعقد جلسة استثنائية لحلف الناتو»)."""
        out: list[Event] = []
        for ev in events:
            coded = all(m.code for m in ev.actor)
            if ev.event in _ASKED_AGAIN and ev.actor and (coded or ev.claim is not None and ev.claim.speaker):
                k = next((k for k in range(len(out) - 1, max(-1, len(out) - 1 - _BACK), -1)
                          if coded and self.done_by(out[k], ev) or _quoted_again(out[k], ev)), None)
                if k is not None and not self.added(text, ev):
                    out[k] = out[k].updated(recipient=out[k].recipient or ev.recipient)
                    continue
            out.append(ev)
        return out

    def asked_in_words(self, text: str, events: list[Event]) -> list[Event]:
        """The events without a later request that asks again, in the very words, what a request told before asked
        («طالب الرئيس هادي المبعوث الأممي لليمن إسماعيل ولد الشيخ أحمد إلى زيارة عدن بعد تحريرها والوقوف على حجم
        الدمار» … «ووجهة الرئيس اليمني، الدعوة إلى المبعوث الأممي لليمن، زيارة محافظة عدن بعد تحريرها والوقوف على حجم
        الدمار»): of its flags, its doers (if any) the earlier's, its recipients (if any) of the earlier's parties, at
        least _ASKED_WORDS words of what is asked (not of a party) the same; or told without parties right after the
        speaker's name in the next sentence (`asked_by_speaker`). The first telling takes the recipients it lacks."""
        out: list[Event] = []
        said: dict[int, tuple[Event, set[str]]] = {}  # asked_words of each event (by id; the event kept alive)
        for ev in events:
            if ev.event == "REQUEST":
                k = next((k for k in range(len(out) - 1, -1, -1) if self.asked_so(text, out[k], ev, said)
                          or self.asked_by_speaker(text, out[k], ev)), None)
                if k is not None and not self.added(text, ev):
                    out[k] = out[k].updated(recipient=out[k].recipient or ev.recipient)
                    continue
            out.append(ev)
        return out

    def stormed_again(self, text: str, events: list[Event]) -> list[Event]:
        """The events without a later storming (repeat_words.tsv `storm`: «اقتحموا») that tells again the storming told
        first in the story (« … مئات المستوطنين اليهود، الذين اقتحموا الساحة» … «وقد اقتحموا المكان تحت حماية مشددة»،
        «فإن عدد المستوطنين الذين اقتحموا الأقصى، أمس»): of its type and flags, no other day of their own, each of its
        parties one of the first's or named in the first's sentence, in no other place nor a sentence opening another
        scene («وفي مخيم الدهيشة»), no word adding an act before it. The first telling takes the doers it lacks."""
        out: list[Event] = []
        first: int | None = None  # the storming told first (its index in `out`)
        for ev in events:
            if strip_wa(_first(ev.trigger.text)) in self.storms:
                if first is None:
                    first = len(out)
                elif self.storm_of(text, out[first], ev) and not self.added(text, ev):
                    out[first] = out[first].updated(actor=out[first].actor or ev.actor)
                    continue
            out.append(ev)
        return out

    def storm_of(self, text: str, x: Event, y: Event) -> bool:
        """True when the storming y, in a sentence after x's, tells x again (`stormed_again`)."""
        if x.event != y.event or x.sentence >= y.sentence \
                or _flags(x) != _flags(y) \
                or _own_date(x) and _own_date(y) and _days_apart(x, y) > 0 or self.another_near(text, y) \
                or _two_places(x, y) or self.opened_by(text, y, self.openers):
            return False  # (not «وفي مخيم الدهيشة …، التي اقتحمت المخيم»: another scene)
        said = " " + " ".join(_WORD.findall(normalize(text[x.sentence_start:x.sentence_end]))) + " "
        return all(_among(m, x.actor + x.recipient)
                   or f" {' '.join(_WORD.findall(normalize(m.text)))} " in said for m in y.actor + y.recipient)

    def asked_by_speaker(self, text: str, x: Event, y: Event) -> bool:
        """True when the request y, told without parties in the sentence right after the request x, follows in its
        sentence the last two words of x's doer's name («وكان الامين العام للامم المتحدة بان كي مون … وحث جميع الاطراف
        على وقف العمليات العسكرية» … «وقال كي مون في بيان …، انه يناشد "كل الاطراف التحلي بأقصى درجات ضبط النفس"»), or
        the first two of a longer one, its title («وقال الامين العام في بيان انه يناشد»): the speaker's one appeal told
        on, of x's flags."""
        if x.event != "REQUEST" or y.actor or y.recipient or not x.actor or not self.next_sentence(text, x, y) \
                or _flags(x) != _flags(y):
            return False
        before = " " + " ".join(_WORD.findall(normalize(text[y.sentence_start:y.trigger.start]))) + " "
        return any(len(words := _WORD.findall(normalize(m.text))) >= 2 and (
            f" {' '.join(words[-2:])} " in before or len(words) > 3 and f" {' '.join(words[:2])} " in before)
                   for m in x.actor)

    def asked_so(self, text: str, x: Event, y: Event,
                 said: dict[int, tuple[Event, set[str]]] | None = None) -> bool:
        """True when the request y, told in a sentence after the request x, asks what x asked in its words
        (`asked_in_words`; `said` keeps each event's `asked_words`)."""
        if x.event != "REQUEST" or x.sentence >= y.sentence or not x.actor \
                or _flags(x) != _flags(y):
            return False
        parties = {_party(m) for m in x.actor + x.recipient}
        doers = {_party(p) for p in x.actor}
        if not all(_among(m, x.actor) or _party(m) in doers for m in y.actor) \
                or not all(_party(m) in parties for m in y.recipient):
            return False
        return len(self.asked_words_kept(text, x, said) & self.asked_words_kept(text, y, said)) >= _ASKED_WORDS

    def asked_words_kept(self, text: str, ev: Event, said: dict[int, tuple[Event, set[str]]] | None) -> set[str]:
        """ev's `asked_words`, read once and kept in `said` (by the event's id, the event kept with it)."""
        if said is None:
            return self.asked_words(text, ev)
        kept = said.get(id(ev))
        if kept is None or kept[0] is not ev:
            kept = said[id(ev)] = (ev, self.asked_words(text, ev))
        return kept[1]

    def asked_words(self, text: str, ev: Event) -> set[str]:
        """The keys of the words (three letters or more) told in ev's sentence in the _ASKED characters after its
        trigger, no word of a party of it nor a small word."""
        end = min(ev.sentence_end, ev.trigger.end + _ASKED)
        spans = [(m.start, m.end) for m in ev.actor + ev.recipient]
        words = set()
        for w in _WORD.finditer(text, ev.trigger.end, end):
            if any(a <= w.start() < b for a, b in spans):
                continue
            n = strip_wa(normalize(w.group()))
            if len(n) >= 3 and n not in self.small_words and n not in self.prepositions:
                words.add(word_key(n))
        return words

    @staticmethod
    def done_by(x: Event, y: Event) -> bool:
        """True when x, told in a sentence before y, is of y's type, CAMEO code (any request's, told near) and flags, its doers hold each of y's
        (its code and sector: «العمري» is not «المملكة»), x's parties every code of y's recipients (a recipient
        without a code: its sector), a coercion names the one it befell, and y's day is x's or not read from its own
        clause; a seizure not in another named place (`_two_places`), a town or a district."""
        if x.event != y.event or x.sentence >= y.sentence or not x.actor or x.cameo != y.cameo and not (
                y.event == "REQUEST" and y.sentence - x.sentence <= _NEAR and {x.cameo, y.cameo} <= _GENERIC_ASKS
                and (y.recipient and x.recipient or not y.recipient and _carried(x, y))):
            return False  # (a request and a demand told at most _NEAR sentences apart by the same parties, the one
            # asked named, are one ask: «طلب السفير اليمني من مجلس الأمن» … «وطالبت الحكومة اليمنية مجلس الأمن»; so
            # are they, none asked named, when the later's doer is the earlier's very mention, its speaker going on in
            # the next sentence: «ودعا الأمين العام … بان كي مون إلى دعم الوكالة» … «وطالب بتبرعات عاجلة»; of the
            # generic codes only: a request for aid, 023, and a demand for sanctions are two asks)
        if _flags(x) != _flags(y):
            return False
        if y.date != x.date and y.date_source in _OWN_DATE or y.event in _HELD_AGAIN and not y.recipient:
            return False
        if _two_towns(x, y) or y.mode == "seize" and _two_places(x, y):
            return False  # («أعلنت المقاومة سيطرتها على ثلاثة مواقع» in مأرب, «وسيطرت المقاومة على خمسة مواقع» in لحج;
            # a seizure of another named place, a district or a town, is another: «السيطرة على جبل يسوف … في مديرية
            # لودر» and «وسيطرت المقاومة الشعبية بمدينة تعز … على موقع استراتيجي»)
        parties = {(m.code, m.sector if m.code is None else None) for m in x.actor + x.recipient}
        return all(_among(m, x.actor) for m in y.actor) \
            and all((m.code, m.sector if m.code is None else None) in parties for m in y.recipient)

    def visit_named(self, text: str, events: list[Event]) -> list[Event]:
        """The events without the later definite nouns of a visit (CAMEO `_VISITS`) with its visitor named («وتأتي
        زيارة كارتر إلى بغداد»، «الذي يرافق كارتر في الزيارة») that tell again a visit told before without any party
        («وصل آشتون كارتر … إلى بغداد، في زيارة غير معلنة»), of its flags and day and in no other town (a town told in the
        sentence of «الزيارة», the visit told before, is no place of it: «تركز حاليًّا على عزل الرمادي»): the first
        telling takes the visitor (and the place visited, if it has none); a later one with the same visitor is
        that visit again too. A first telling with the place visited but no visitor («في زيارة مفاجئة لبغداد») is told
        again so by a noun with its visitor as its genitive («وتأتي زيارة كارتر إلى بغداد»: not «ستعمل الحكومة على
        ترتيب الزيارة»), to that place or none."""
        first: Event | None = None  # the party-less visit told first, and the visitor it took
        placed = False  # whether that first telling named the place visited itself
        out: list[Event] = []
        for ev in events:
            if ev.cameo not in _VISITS or ev.event != "CONSULT":
                out.append(ev)
                continue
            if first is None:
                if not ev.actor:  # (the place visited told: «في زيارة مفاجئة لبغداد» … «وتأتي زيارة كارتر إلى بغداد»)
                    first, placed = ev, bool(ev.recipient)
                out.append(ev)
                continue
            k = next(i for i, e in enumerate(out) if e.id == first.id)
            x = out[k]
            word = _first(ev.trigger.text)
            if ev.sentence > x.sentence and ev.actor and word not in self.verbs \
                    and (self.definite(word) or _genitive(ev) or self.construct(text, ev)) \
                    and _flags(ev) == _flags(x) \
                    and ev.date == x.date and (self.definite(word) or not _two_places(x, ev)) \
                    and (not x.actor or all(_among(m, x.actor) for m in ev.actor)) \
                    and (not placed or all(_among(m, x.recipient) for m in ev.recipient)
                         and any(0 <= m.start - ev.trigger.end <= 1 for m in ev.actor)):
                out[k] = x.updated(actor=x.actor or ev.actor, recipient=x.recipient or ev.recipient)
                first = out[k]
                continue
            out.append(ev)
        return out

    def visitor_again(self, text: str, events: list[Event]) -> list[Event]:
        """The events without the later nouns of a visit (CAMEO `_VISITS`) by a visitor named (his canonical name, or a
        title alone of his code and sector: `_visitor_of`) who made a visit told before, of its flags (a visit to come
        told again by a noun without the flag of the future: «سيزور الرئيس الأمريكي باراك أوباما كينيا» … «بخبر زيارة
        الرئيس الأمريكي باراك أوباما»), to the place it went to or none told («زيارة يقوم بها الرئيس الأميركي
        باراك أوباما لكينيا» … «من اجل زيارة اوباما»، «عشية زيارة اوباما»): the one visit told again, its day read
        from another clause at most `_VISIT_DAYS` away (both dated, or neither: «خلال زيارته الأخيرة للقارة السمراء في
        عام 2013» after «زار … كينيا» told without a day is another); not a visit to come («وتنتظر بدورها زيارة
        لأوباما»: Ethiopia's), nor after «آخر», nor the visit now going on after a past one."""
        out: list[Event] = []
        for ev in events:
            if ev.event == "CONSULT" and ev.cameo in _VISITS and ev.actor and all(m.name or m.code for m in ev.actor) \
                    and not ev.future and _first(ev.trigger.text) not in self.verbs and not self.another_after(text, ev) \
                    and any(x.event == "CONSULT" and x.cameo in _VISITS and x.sentence < ev.sentence
                            and all(_visitor_of(m, x.actor) for m in ev.actor)
                            and all(_among(m, x.recipient) or m.name and m.name in {p.name for p in x.recipient}
                                    for m in ev.recipient)
                            and (x.negated, x.hypothetical) == (ev.negated, ev.hypothetical)
                            and x.future >= ev.future
                            and bool(x.date) == bool(ev.date) and _days_apart(x, ev) <= _VISIT_DAYS
                            and not self.now_told(text, x, ev) for x in out):
                continue
            out.append(ev)
        return out

    def visit_again(self, text: str, events: list[Event]) -> list[Event]:
        """The events without the later nouns of a visit (CAMEO `_VISITS`) that tell again the visit told last before
        them with its visitor (`visit_retold`): «ووصل أوباما مساء أمس في زيارة تستمر 48 ساعة إلى إثيوبيا» …
        «ورحب المتحدث باسم الحكومة الإثيوبية … بالزيارة»; «بدأ جورج أوسبورن الوزير المالي البريطاني زيارة لباريس» …
        «إن زيارة أوزبورون لباريس»; «زيارة وزير الخارجية الإيراني للكويت وقطر والعراق» … «قيمة زيارة وزير خارجية
        إيران للكويت وقطر والعراق»."""
        out: list[Event] = []
        last: Event | None = None  # the visit with its visitor told last
        for ev in events:
            if ev.event != "CONSULT" or ev.cameo not in _VISITS:
                out.append(ev)
                continue
            if last is not None and self.visit_retold(text, last, ev):
                continue
            if ev.actor:
                last = ev
            out.append(ev)
        return out

    def visit_retold(self, text: str, x: Event, y: Event) -> bool:
        """True when y, a noun of a visit told in a later sentence than the visit x with its visitor, is x told again:
        its flags, its day (or none of its own), no word of another visit near it, not the visit going on now after a
        past one, every place it names one of x's; and without a visitor, or by the definite noun with the parties of
        the verb it is the object of told before it («ورحب المتحدث … بالزيارة»; its place named then, or none: «إن
        زيارة أوزبورون لباريس»), or with a visitor of x's code and sector to the very places x went to («زيارة وزير
        خارجية إيران للكويت وقطر والعراق»)."""
        base = _first(y.trigger.text)
        if y.sentence <= x.sentence or base in self.verbs or self.another_near(text, y) or self.now_told(text, x, y) \
                or not _retold_so(x, y) or not all(_among(m, x.recipient) for m in y.recipient):
            return False
        if not y.actor:
            return bool(y.recipient) or self.definite(strip_wa(base))
        if all(m.end <= y.trigger.start for m in y.actor) and not _genitive(y) and self.definite(strip_wa(base)):
            return True  # (the welcomer's «بالزيارة»: not its visitor)
        return bool(y.recipient) and {_party(m) for m in y.recipient} == {_party(m) for m in x.recipient} \
            and all(_among(m, x.actor) for m in y.actor)

    def visit_aside(self, text: str, events: list[Event]) -> list[Event]:
        """The events without the later visits (CAMEO `_VISITS`) told aside of a visit told before: by a verb after a
        visitor named as «the first» of his kind (function_words.tsv `first_ever`: «ويعد أوباما أول رئيس أمريكي يزور
        كينيا» after «أوباما في زيارة لمدة أربعة أيام لكينيا وإثيوبيا»), to a country that visit went to; or by a noun
        of the visit right after a word of describing it (repeat_words.tsv `describe`: «واصفا زيارته بأنها ناجحة»),
        its doer the one who praises it, not a visitor."""
        out: list[Event] = []
        for ev in events:
            if ev.event == "CONSULT" and ev.cameo in _VISITS and not (ev.negated or ev.future or ev.hypothetical):
                first = self.first_visitor(text, ev)
                if (first or self.described(text, ev)) \
                        and any(x.event == "CONSULT" and x.cameo in _VISITS and x.sentence <= ev.sentence
                                and not (x.negated or x.future or x.hypothetical) and self.visited_too(x, ev, first)
                                for x in out):
                    continue
            out.append(ev)
        return out

    def first_visitor(self, text: str, ev: Event) -> bool:
        """True when a visit is told by a verb whose visitor is told right after «أول» (function_words.tsv
        `first_ever`: «أول رئيس أمريكي يزور كينيا»): who was the first to visit, not a visit of its own."""
        if _first(ev.trigger.text) not in self.verbs or not ev.actor or not ev.recipient:
            return False
        for m in ev.actor:
            if m.end > ev.trigger.start:
                return False
            before = normalize(text[max(0, m.start - 8):m.start]).split()
            if not (before and before[-1] in self.first_ever):
                return False
        return True

    def described(self, text: str, ev: Event) -> bool:
        """True when a visit noun is told right after a word of describing it (repeat_words.tsv `describe`: «واصفا
        زيارته»): the visit praised, told again."""
        word = _word_right_before(text, ev)  # («واصفا»: its و its own)
        return _first(ev.trigger.text) not in self.verbs and (word in self.describes or strip_wa(word) in self.describes)

    @staticmethod
    def visited_too(x: Event, ev: Event, doers: bool) -> bool:
        """True when the later visit `ev` goes only to countries the visit x went to (or names none) and, if `doers`,
        its visitors are all of x's visitors' codes."""
        codes = {m.code for m in x.recipient if m.code}
        return all(m.code in codes for m in ev.recipient) \
            and (not doers or all(m.code and m.code in {p.code for p in x.actor} for m in ev.actor))

    def talks_sides_again(self, text: str, events: list[Event]) -> list[Event]:
        """The events without a later definite noun of talks (`_HELD_WITH`) with both sides that tells again talks told
        before, at most _NEAR sentences before, by a doer without the side he met («وأجرى وزير الخارجية الإيراني أمس
        الأحد في الكويت، مباحثات مع كل من أمير البلاد … ووزير الخارجية» … «إن جلسة المباحثات بين وزير الخارجية
        الكويتي وظريف»): of its CAMEO code, flags and day, one side of it that doer (its code and sector), the other all
        of another code. The first telling takes that other side."""
        out: list[Event] = []
        for ev in events:
            k = next((k for k in range(len(out) - 1, -1, -1) if self.sides_again(out[k], ev)), None) \
                if ev.event == "CONSULT" and ev.cameo in _HELD_WITH and ev.actor and ev.recipient \
                and _first(ev.trigger.text) not in self.verbs and self.definite(strip_wa(_first(ev.trigger.text))) \
                and not self.another_near(text, ev) else None
            if k is not None:
                x = out[k]
                doer = {_party(m) for m in x.actor}
                side = ev.actor if all(m.code and _party(m) in doer for m in ev.recipient) else ev.recipient
                out[k] = x.updated(recipient=side)
                continue
            out.append(ev)
        return out

    @staticmethod
    def sides_again(x: Event, y: Event) -> bool:
        """True when y tells again the talks x told without the side met (`talks_sides_again`)."""
        if x.event != "CONSULT" or x.cameo != y.cameo or not x.actor or x.recipient \
                or not 0 < y.sentence - x.sentence <= _NEAR or x.date != y.date \
                or _flags(x) != _flags(y):
            return False
        doer = {_party(m) for m in x.actor}
        codes = {m.code for m in x.actor}
        for one, other in ((y.actor, y.recipient), (y.recipient, y.actor)):
            if all(m.code and _party(m) in doer for m in one) and all(m.code and m.code not in codes for m in other):
                return True
        return False

    def talks_of_visit(self, text: str, events: list[Event]) -> list[Event]:
        """The events without a noun of a visit (CAMEO `_VISITS`) told in the sentence right after talks told without
        parties, its visitor named in the talks' sentence before them, of the talks' flags and day («تجري فيدريكا
        موغيريني … اليوم الاثنين، محادثات في المملكة العربية السعودية» … «وحول زيارة موغيريني إلى الرياض»): the visit
        is those talks; the talks take its visitor and the place visited."""
        out = list(events)
        drop: set[int] = set()
        for k, ev in enumerate(out):
            if ev.cameo not in _VISITS or ev.event != "CONSULT" or not ev.actor or not ev.recipient \
                    or _first(ev.trigger.text) in self.verbs or ev.future or ev.negated or ev.hypothetical:
                continue
            i = next((i for i, x in enumerate(out) if i not in drop and i != k and x.event == "CONSULT"
                      and x.cameo not in _VISITS and not x.actor and not x.recipient
                      and x.sentence < ev.sentence and self.next_sentence(text, x, ev)
                      and _flags(x) == _flags(ev)
                      and x.date == ev.date
                      and not any(e.sentence == ev.sentence - 1 and e is not x and e.event == "CONSULT" for e in out)
                      and self.visitor_told(text, x, ev)), None)
            if i is None:
                continue
            out[i] = out[i].updated(actor=ev.actor, recipient=ev.recipient)
            drop.add(k)
        return [e for k, e in enumerate(out) if k not in drop] if drop else out

    @staticmethod
    def next_sentence(text: str, x: Event, y: Event) -> bool:
        """True when y's sentence opens right after x's (only blanks between them)."""
        return 0 <= y.sentence_start - x.sentence_end and not text[x.sentence_end:y.sentence_start].strip()

    @staticmethod
    def visitor_told(text: str, x: Event, y: Event) -> bool:
        """True when every visitor of y is named (its words) in x's sentence before x's trigger."""
        before = normalize(text[x.sentence_start:x.trigger.start])
        return all(normalize(m.text) in before for m in y.actor)

    def visit_of_meeting(self, text: str, events: list[Event]) -> list[Event]:
        """The events without the visits (CAMEO `_VISITS`) that tell the trip of a meeting told in the text, its two
        sides named (`_HELD_WITH`: «المشاورات التي أجراها وزير الخارجية سامح شكري مع … وزير خارجية الكويت» … «زيارة شكري
        إلى الكويت»، «استقبل … أمير دولة قطر … وزير الخارجية الأستاذ عادل بن أحمد الجبير» … «في زيارة رسمية لدولة
        قطر»): the visit's flags, the country visited the code of a side of the meeting, its visitor none or a side of
        another code, its day the meeting's (the meeting takes the visit's day when it has none of its own and the
        visit has), no other place, no time preposition right before it (function_words.tsv `visit_landmark`: «قبيل
        زيارته»). The meeting stays."""
        out = list(events)
        drop: set[int] = set()
        for k, ev in enumerate(out):
            if ev.cameo not in _VISITS or ev.event != "CONSULT" or not ev.recipient or self.another_after(text, ev) \
                    or strip_wa(_word_right_before(text, ev)) in self.landmarks:
                continue  # «قبيل زيارته إلى واشنطن»: the visit dates another act
            first = next((i for i, x in enumerate(out) if i != k and i not in drop and self.meeting_of(x, ev)), None)
            if first is None:
                continue
            drop.add(k)
            x = out[first]
            if not _own_date(x) and _own_date(ev):
                out[first] = x.updated(date=ev.date, enddate=ev.enddate, date_source=ev.date_source,
                                       date_evidence=ev.date_evidence)
        return [e for k, e in enumerate(out) if k not in drop] if drop else out

    @staticmethod
    def meeting_of(x: Event, visit: Event) -> bool:
        """True when x is a meeting with both sides named (`_HELD_WITH`) that `visit` is the trip of: its flags, the
        visited country the code of one of x's sides, the visitor (if named) one of x's of another code, their days
        the same (or only the visit's told) and no two places."""
        if x.event != "CONSULT" or x.cameo not in _HELD_WITH or not x.actor or not x.recipient \
                or _flags(x) != _flags(visit):
            return False
        if x.date != visit.date and (_own_date(x) or not _own_date(visit)) or _two_places(x, visit):
            return False  # (not «يتذكر زيارته الأخيرة إلى الرياض» told without a day)
        sides = x.actor + x.recipient
        codes = {m.code for m in sides if m.code}
        visited = {m.code for m in visit.recipient}
        if None in visited or not visited <= codes:
            return False
        return all(m.code and m.code not in visited and (_among_person(m, sides) or _within((m,), sides, _party))
                   for m in visit.actor)

    def paired(self, ev: Event) -> bool:
        """True when an event's only actor is a noun of two sides (function_words.tsv `both_sides`: «الرئيسان») and it
        has no recipient: a party the events stage left in place (a title's dual is a party of its own, so
        `_both_sides_actors` there, for a verb without an actor, passes it by)."""
        return len(ev.actor) == 1 and not ev.recipient and strip_wa(normalize(ev.actor[0].text)) in self.pairs

    def pair_again(self, events: list[Event]) -> list[Event]:
        """The events whose actor is a noun of two sides («واتفق الرئيسان في اتصال هاتفي أمس») read against the
        nearest meeting before them, within _NEAR sentences, with its two sides named, each of a sector («اتصال هاتفي جرى
        بين الرئيسين التركي رجب طيب أردوغان والأمريكي باراك أوباما»): a meeting of its flags and day is that meeting told again
        (dropped); another act takes the two sides as its actors, no recipient (as the events stage gives a verb's
        «الجانبان» the parties of the last meeting: «ورحب الجانبان»)."""
        out: list[Event] = []
        for ev in events:
            if self.paired(ev):
                x = next((e for e in reversed(out) if e.event == "CONSULT" and e.actor and e.recipient
                          and e.sentence < ev.sentence), None)
                if x is not None and not all(m.sector for m in x.actor + x.recipient):
                    x = None  # a visit to a town («زيارة للرئيس النيجيري محمد بخاري إلى واشنطن»): no two sides named
                if x is not None and ev.sentence - x.sentence <= _NEAR:
                    if ev.event == x.event and ev.date == x.date and _flags(ev) == _flags(x):
                        continue
                    ev = ev.updated(actor=x.actor + x.recipient)
            out.append(ev)
        return out

    def word_told_again(self, text: str, events: list[Event]) -> list[Event]:
        """The events without a later telling of an act told before in its very word (the key of the trigger's first
        word, a verb's subject ending off) and code, of its flags and day, in a later sentence, with no party the
        earlier lacks (its doers among the earlier's, its victims in the earlier's very words) and in no other place,
        not after «آخر» nor after «كما»، «أيضا» (another act) in its sentence: a verb or a definite noun a source is
        told telling (`source_tells`: «وأعلن حاكم الولاية … فجر انتحاري سترته الناسفة» after «فجر انتحاري نفسه في
        سوق»، «وتابع سيف … عندما فجر نفسه»), or talks to come told again («جهود الحكومة لبدء محادثات سلام» after «جولة
        جديدة من محادثات السلام بين الحكومة وحركة طالبان»): the one act told again, kept where it is told first."""
        out: list[Event] = []
        told: list[Event] = []  # the tellings folded into an earlier act (`doer_of_toll`), read against as it is
        for ev in events:
            if ev.event not in _RETOLD_WORD:  # (no act a source tells again in its word: kept as it is)
                out.append(ev)
                continue
            if any(self.same_word_act(text, x, ev) or self.same_sides_act(text, x, ev) for x in out[-_BACK:] + told) \
                    and self.retold_so(text, ev):
                continue
            k = next((k for k in range(len(out) - 1, max(-1, len(out) - 1 - _BACK), -1)
                      if self.means_told_again(text, out[k], ev)), None)
            if k is not None:  # the means told again: its victims and its own day fill the act told first
                x = out[k]
                keep = x.updated(recipient=x.recipient or ev.recipient)
                out[k] = self.dated_as(keep, ev) if x.date != ev.date else keep
                continue
            k = next((k for k in range(len(out) - 1, max(-1, len(out) - 1 - _BACK), -1)
                      if self.doer_of_toll(text, out[k], ev)), None)
            if k is not None:  # the attack the toll fell in, told by a source: its doer fills the toll told first
                out[k] = out[k].updated(actor=ev.actor)
                told.append(ev)  # («وتابع سيف "… عندما فجر نفسه"» tells that bombing again in its word)
                continue
            out.append(ev)
        return out

    def doer_of_toll(self, text: str, x: Event, y: Event) -> bool:
        """True when an assault verb y with a doer, told in the next sentence after a verb of a source's telling (class
        `retell`, no word adding an act before it), tells the attack an earlier toll x without a doer fell «في»
        («أن ما لايقل عن 25 شخصا … قتلوا في انفجار بشمال أفغانستان. وقال أحمد جاويد بيدار … "فجر انتحاري المتفجرات
        التي بحوزته في سوق"»), of its flags and day, with victims of x's or none: one act, the toll told first."""
        if x.event != "ASSAULT" or y.event != "ASSAULT" or y.sentence != x.sentence + 1 or x.actor or not y.actor:
            return False
        if _flags(x) != _flags(y) or x.date != y.date:
            return False
        if not self.toll(x) or self.toll(y) or _first(y.trigger.text) not in self.verbs:
            return False
        after = normalize(text[x.trigger.end:min(x.sentence_end, x.trigger.end + 30)]).split()
        if not after or after[0] != "في":
            return False
        if not self.source_tells(text, y):
            return False
        return all(_among_person(m, x.recipient) for m in y.recipient) and not self.another_after(text, y)

    def means_told_again(self, text: str, x: Event, y: Event) -> bool:
        """True when a later assault y, a noun that is no verb and told in the next sentence after a verb of a source's
        telling (class `retell`, no word adding an act before it), names again in its very word the means told after
        an earlier assault's trigger in its clause («دمرت طائرات التحالف العربي في غارتين جويتين معسكرا» … «وأفاد شهود
        عيان لـ«عكاظ» أن غارتين جويتين استهدفتا أمس معسكر المنار»), of its flags, with no doer x lacks and victims of
        x's or x none, dated as x or x by the published day only, in any place: the one act told again by a
        witness."""
        if y.event != "ASSAULT" or x.event != "ASSAULT" or y.sentence != x.sentence + 1 or y.actor and not x.actor:
            return False
        if _flags(x) != _flags(y):
            return False
        if x.date != y.date and _own_date(x):
            return False
        word = _first(y.trigger.text)
        if word in self.verbs or self.definite(word) or len(word) < 4:
            return False
        told = [normalize(w) for w in _WORD.findall(text, x.trigger.end, min(x.sentence_end, x.trigger.end + 60))]
        if word not in told:
            return False
        if not self.source_tells(text, y):
            return False
        return all(_among(m, x.actor) for m in y.actor) \
            and (not x.recipient or all(_among_person(m, x.recipient) for m in y.recipient)) \
            and not self.another_after(text, y)  # (the witness may name the place more narrowly: «في ضواحي العاصمة
        # صنعاء» … «في مديرية الحيمة الخارجية غرب العاصمة»)

    def same_word_act(self, text: str, x: Event, y: Event) -> bool:
        """True when a later event y tells x in x's very word, code, flags and day, with no party x lacks, in no other
        place and not after «آخر» (`word_told_again`)."""
        if y.sentence <= x.sentence or (x.event, x.cameo) != (y.event, y.cameo) or x.date != y.date:
            return False
        if y.event not in _RETOLD_WORD or self.toll(y):  # (a toll told again with «آخرين» tells others)
            return False
        if _flags(x) != _flags(y):
            return False
        if _verb_stem(_bare(_first(x.trigger.text))) != _verb_stem(_bare(_first(y.trigger.text))):
            return False
        return all(_among(m, x.actor) for m in y.actor) and all(_among_person(m, x.recipient) for m in y.recipient) \
            and not _two_places(x, y) and not self.another_after(text, y)

    def same_sides_act(self, text: str, x: Event, y: Event) -> bool:
        """True when a later event y tells x in another word of its type, at most _NEAR sentences later, of its flags
        and day, with doers and victims both told and all x's (x has both), in no other place and not after «آخر»
        (`word_told_again`, told by a source: «أسفرت غارة أميركية أمس عن مقتل عشرة جنود أفغان» … «وقال محمد رحيم أمين
        … إن "مروحيتين أميركيتين هاجمتا … حاجزا للجيش الأفغاني"»): the very sides of the act told first; of one CAMEO
        code, or the later its type's broad one (vaguer, not a narrower act); not when x took its day from a later sentence (the day told
        there may be another)."""
        if not 0 < y.sentence - x.sentence <= _NEAR or x.event != y.event or x.date != y.date or self.toll(y):
            return False
        if x.cameo != y.cameo and not _broad_code(y.cameo):
            return False  # two kinds of one type: «اقتحام الجيش الإسرائيلي المسجد» … «قوات الاحتلال حاصرت المسجد»; a
            # narrower act after a broad one is another told: «شن مسلحون هجوما على الجنود» … «خطفوا ثلاثة جنود»
        if _flags(x) != _flags(y) or not (x.actor and x.recipient and y.actor and y.recipient):
            return False
        if x.date_evidence is not None and x.date_evidence.sentence > x.sentence:
            return False  # x took its day from a later sentence: «الجمعة» … «فجر الأربعاء», two days, two acts
        return all(_among(m, x.actor) for m in y.actor) and all(_among(m, x.recipient) for m in y.recipient) \
            and not _two_places(x, y) and not self.another_after(text, y)

    def retold_so(self, text: str, y: Event) -> bool:
        """True when a later telling in an act's word is told so that it tells that act again (`word_told_again`): a
        verb or a definite noun a source is told telling (`source_tells`), or talks to come (not a visit: a visit has
        rules of its own) with no word adding an act (class `also`) before them in their sentence."""
        if y.future and y.event == "CONSULT" and y.cameo not in _VISITS:
            return not self.added(text, y)
        word = _first(y.trigger.text)
        return (word in self.verbs or self.definite(word)) and self.source_tells(text, y)

    def source_tells(self, text: str, y: Event) -> bool:
        """True when a verb of a source's telling (`retellers`: class `report` and class `retell`, «وأعلن»، «وتابع»)
        stands before y's trigger in its sentence and no word adding an act (class `also`: «كما»، «أيضا») does: the
        source tells again an act told before, not another (`doer_of_toll`, `means_told_again`, `retold_so`)."""
        before = self.words_before(text, y)
        return any(w in self.retellers for w in before) and not any(w in self.adds for w in before)

    def added(self, text: str, ev: Event) -> bool:
        """True when a word adding an act (class `also`: «كما»، «أيضا») stands before ev's trigger in its sentence."""
        return any(w in self.adds for w in self.words_before(text, ev))

    @staticmethod
    def words_before(text: str, ev: Event) -> list[str]:
        """The normalised words of ev's sentence before its trigger, a leading و or ف off each."""
        return [strip_wa(w) for w in _WORD.findall(normalize(text[ev.sentence_start:ev.trigger.start]))]

    def printed_again(self, text: str, events: list[Event]) -> list[Event]:
        """Drops the events of a passage the article prints again word for word (a lead told again in the body: «فيما
        تم توقيف المعتدي في حينه من قبل مركز شرطة تربة» twice): a later event of the same type and trigger, in a later
        sentence, with the same `_PRINTED` words around its trigger (before and after together) as an earlier one, is
        that event again; the first telling stays."""
        first: dict[tuple[str, str], list[Event]] = {}
        tolls: dict[str, list[Event]] = {}  # the tolls told so far, by type (`toll_printed_again`)
        drop: set[int] = set()
        for k, ev in enumerate(events):
            seen = first.setdefault((ev.event, normalize(ev.trigger.text)), [])
            told = tolls.setdefault(ev.event, []) if self.toll(ev) else []
            if any(x.sentence < ev.sentence and self.same_passage(text, x, ev) for x in seen) \
                    or any(self.toll_printed_again(text, x, ev) for x in told):
                drop.add(k)
            else:
                seen.append(ev)
                if self.toll(ev):
                    told.append(ev)
        return [e for k, e in enumerate(events) if k not in drop] if drop else events

    def toll_printed_again(self, text: str, x: Event, y: Event) -> bool:
        """True when a later toll y prints again, in another word of a toll, the words told after an earlier toll x of
        its day and flags, their case endings aside («وقتل ضابطا شرطة في هجوم استهدفهما بمدينة شانلي أورفا في جنوب شرق
        تركيا» … «أعلن مسؤول تركي امس، عن مقتل ضابطي شرطة في هجوم استهدفهما بمدينة شانلي أورفا في جنوب شرق تركيا»):
        the lead's toll told again in the body, `_PRINTED` words at least in a row after both triggers."""
        if y.sentence <= x.sentence or x.date != y.date or normalize(x.trigger.text) == normalize(y.trigger.text):
            return False
        if _flags(x) != _flags(y):
            return False
        xa = _PRINTED_WORD.findall(text, x.trigger.end, x.trigger.end + _PRINTED_SPAN)
        ya = _PRINTED_WORD.findall(text, y.trigger.end, y.trigger.end + _PRINTED_SPAN)
        same = 0
        for a, b in zip(xa, ya):
            if _caseless(a) != _caseless(b):
                break
            same += not a.isdigit()
        return same >= _PRINTED

    @staticmethod
    def same_passage(text: str, x: Event, y: Event) -> bool:
        """Whether the words around two triggers are the same words, `_PRINTED` at least before and after together
        (read word by word outward from each trigger, punctuation aside; the same numbers read on but not counted, as
        the dates and numbers of a formula are: «قرر مجلس الوزراء الموافقة على» after «وتاريخ 25 / 6 / 1436هـ»), or
        `_PRINTED_DOER` of one day holding the doer told after the later trigger («من جهتها، صادقت لجنة الاستثناءات
        الإسرائيلية وبصورة عاجلة على تسمين» … «الى ذلك، صادقت لجنة الاستثناءات الإسرائيلية وبصورة عاجلة على دعم»), and
        not parting at a word of a party of either (a formula told of two: «تلقى خادم الحرمين الشريفين … اتصالا هاتفيا
        امس من جلالة الملك عبدالله الثاني» … «من جلالة الملك حمد بن عيسى»)."""
        def around(ev: Event) -> tuple[list, list]:
            lo = max(0, ev.trigger.start - _PRINTED_SPAN)
            before = list(_PRINTED_WORD.finditer(text, lo, ev.trigger.start))
            after = list(_PRINTED_WORD.finditer(text, ev.trigger.end, ev.trigger.end + _PRINTED_SPAN))
            return before[::-1], after
        def named(ev: Event, word) -> bool:
            return any(m.start <= word.start() < m.end for m in ev.actor + ev.recipient)
        (xb, xa), (yb, ya) = around(x), around(y)
        same, told = 0, y.trigger.end  # (`told`: the end of the words after y's trigger that are x's too)
        for side_x, side_y in ((xb, yb), (xa, ya)):
            for a, b in zip(side_x, side_y):
                if normalize(a.group()) != normalize(b.group()):
                    if named(x, a) or named(y, b):
                        return False  # the passages part at a party: two acts told in one formula
                    break
                same += not a.group().isdigit()  # (a number tells no passage)
                told = max(told, b.end()) if side_y is ya else told
        return same >= _PRINTED or same >= _PRINTED_DOER and x.date == y.date and bool(y.actor) \
            and all(y.trigger.end <= m.start and m.end <= told for m in y.actor)

    def future_talks_again(self, text: str, events: list[Event]) -> list[Event]:
        """The events without a coming consultation of a later sentence with no party, whose word (its key) an earlier
        coming consultation of the article was told by, with the same flags («وصلوا إلى أثينا لبدء جولة مفاوضات جديدة مع
        اليونانيين» … «كشرط مسبق لبدء مفاوضات برنامج الإنقاذ»): the talks to come told again. Not talks told with a
        word of another act among the three words before or the two after («جولة ثانية من محادثات السلام»)."""
        drop: set[int] = set()
        seen: set[tuple] = set()
        for k in sorted(range(len(events)), key=lambda k: events[k].trigger.start):
            y = events[k]
            if y.event != "CONSULT" or not y.future:
                continue
            key = (word_key(_bare(strip_wa(_first(y.trigger.text)))), y.negated, y.hypothetical)
            if key in seen and not y.actor and not y.recipient and not self.another_near(text, y):
                drop.add(k)
            seen.add(key)
        return [e for k, e in enumerate(events) if k not in drop]

    def attack_named_again(self, text: str, events: list[Event]) -> list[Event]:
        """The events without a definite attack noun of a later sentence («الهجوم») whose very word was told without
        the article in the sentence of an earlier assault of the same day and flags («قتل عشرة جنود في هجوم شنه
        مسلحون» … «وارسل عسكريون الى موقع الهجوم»، «جنديين قتلا وأصيب 31 في هجوم نفذه حزب العمال» … «أن الهجوم نفذ
        باستخدام جرار»): the article points back to that attack, one act, whatever doer the later clause reads (its
        target the earlier's where that has none: «غارة جوية أمريكية … قتلت قياديا» … «أن الغارة استهدفت أبو خليل»).
        Not a noun followed by a word of another act («الهجوم الجديد») or by a target of its own («الهجوم على مقر
        الشرطة»), nor one told in another place, nor a weapon («القذائف»)."""
        drop: set[int] = set()
        said: dict[int, set[str]] = {}  # a sentence → its words told without the article (read once)
        order = sorted(range(len(events)), key=lambda k: events[k].trigger.start)
        for n, k in enumerate(order):
            y = events[k]
            base = self.definite_attack(y)
            if not base or self.another_after(text, y) or self.own_target(text, y):
                continue
            loose = self.day_of_another(y, events)  # (its day is another clause's: any day's attack is pointed back to)
            for i in reversed(order[:n]):
                x = events[i]
                if i in drop or x.event != y.event or x.sentence >= y.sentence or x.date != y.date and not loose \
                        or _flags(x) != _flags(y):
                    continue
                if x.location is not None and y.location is not None and x.location.name != y.location.name \
                        and not loose:  # (a place read, like the day, from the later clause: «في مدينة سوروتش»)
                    break  # (the latest assault of its day told elsewhere: another act)
                if x.sentence not in said:
                    said[x.sentence] = self.indefinite_words(text, x)
                if base in said[x.sentence]:
                    drop.add(k)
                    if y.recipient and not x.recipient:  # its target, named now («الغارة استهدفت أبو خليل السوداني»)
                        events[i] = x.updated(recipient=y.recipient)
                break  # only the latest assault of that day is pointed back to
        return [e for k, e in enumerate(events) if k not in drop]

    @staticmethod
    def day_of_another(ev: Event, events: list[Event]) -> bool:
        """True when an event has no party and its day is read from a time told after another event's trigger of its
        sentence, past it («تزامنا مع الغارات وحملات اعتقال، انها لن تتهاون … بعد تبني حزب العمال الاربعاء قتل
        شرطيين»): the time dates that later clause, not the bare noun."""
        t = ev.date_evidence
        return not ev.actor and not ev.recipient and t is not None and t.start > ev.trigger.end and any(
            e.sentence == ev.sentence and ev.trigger.end <= e.trigger.start < t.start for e in events if e is not ev)

    def own_target(self, text: str, ev: Event) -> bool:
        """True when a recipient of the event is told right after its trigger in a preposition («الهجوم على مقر
        الشرطة»): the noun names an act of its own target, not one told before."""
        for m in ev.recipient:
            if 0 <= m.start - ev.trigger.end <= _OWN_TARGET:
                words = _WORD.findall(normalize(text[ev.trigger.end:m.start]))
                if any(strip_wa(w) in self.prepositions for w in words):
                    return True
        return False

    def definite_attack(self, ev: Event) -> str:
        """The word of a definite attack noun trigger without its article («الهجوم» → «هجوم»), else ''."""
        word = strip_wa(_first(ev.trigger.text))
        if not word.startswith("ال") or len(word) < 5 or word_key(word) not in self.attacks or _key(word) in self.arms:
            return ""  # (not weapons, class `arms`: «سقوط عدد من القذائف» in another village is more shells)
        return word[2:]

    @staticmethod
    def indefinite_words(text: str, ev: Event) -> set[str]:
        """The normalised words of an event's sentence told without the article, a leading و and ب، ل or ك off."""
        out = set()
        for w in _WORD.findall(normalize(text[ev.sentence_start:ev.sentence_end])):
            w = strip_wa(w)
            out.add(w[1:] if len(w) > 3 and w[0] in "بلك" and not w.startswith(("بال", "لل", "كال")) else w)
        return out

    def arrested_again(self, article: Article, events: list[Event]) -> list[Event]:
        """The events without the arrests that tell again an arrest told before in the article: a later arrest whose
        arrested one is a name (a word with no article, no party, time or small word) told among the words right after
        an earlier arrest of the same flags («تم إلقاء القبض على نجوين شوان سون …» … «وألقي القبض على سون (53 عاما)
        الثلاثاء»، «تم اعتقال رئيسها، مارسيلو أودبريشت» … «واعتقل أودبريشت في حزيران»): one arrest, told first where
        it was first told."""
        spans = [(m.start, m.end) for m in article.mentions if m.kind in ("actor", "agent")] \
            + [(t.start, t.end) for t in article.times]  # (a party or a time is no name of the arrested)
        events = list(events)
        drop: set[int] = set()
        after: dict[int, set[str]] = {}  # an earlier arrest → the words told right after it (read once)
        arrests = sorted((k for k, e in enumerate(events) if e.mode == "arrest"), key=lambda k: events[k].trigger.start)
        # each arrest's counts (`count_after`: the word right after it, part_count; the three words after it,
        # counted_again), read once
        reads = {k: self.count_after(article.text, events[k]) for k in arrests} if len(arrests) > 1 else {}
        whole = reads[arrests[0]][0] if reads else None  # (the first's count)
        counts = {k: r[1] for k, r in reads.items()}
        for n, k in enumerate(arrests):
            y = events[k]
            if n and self.part_count(events[arrests[0]], y, whole, reads[k][0]):
                drop.add(k)  # («أعلنت الوزارة عن ضبط 44 عنصرا» … «عن ضبط ستة من أعضاء تلك اللجان»: a part of them)
                continue
            if n and self.counted_again(article.text, events, arrests[:n], drop, k, counts):
                drop.add(k)  # («وألقت القبض على تسعة مشتبه بهم» … «واعتقلت الشرطة تسعة أشخاص»: the nine told again)
                continue
            if n and self.arrest_possessed(article.text, events, arrests[:n], drop, y):
                drop.add(k)  # («كانت القوات الإسرائيلية قد اعتقلتهم» … «أثناء اعتقالهم»: the arrest of those told)
                continue
            if n and self.arrest_tallied(article.text, events, arrests[:n], drop, y):
                drop.add(k)  # («الإطاحة بتنظيم …، وقد بلغ عدد من ألقي القبض عليه (431)»: the count of those arrested)
                continue
            name = self.arrested_name(article.text, y, spans) or (
                "" if y.actor or y.recipient else self.subject_name(article.text, y, spans))
            if not name:
                continue
            for i in arrests[:n]:
                x = events[i]
                if i in drop or x.sentence == y.sentence or _flags(x) != (
                        y.negated, y.future, y.hypothetical):
                    continue
                if i not in after:
                    after[i] = self.arrest_words(article.text, x)
                if name in after[i]:
                    drop.add(k)  # (its parties are not read: a name after a passive verb is often taken as its doer)
                    break
        return [e for k, e in enumerate(events) if k not in drop]

    def arrest_possessed(self, text: str, events: list[Event], earlier: list[int], drop: set[int], y: Event) -> bool:
        """True when the arrest y is a noun with the arrested ones' pronoun joined to it («اعتقالهم»، «اعتقالهما») told
        at most _NEAR sentences after an earlier arrest of its flags in another sentence, its doers none or the
        earlier's (matched on codes), no word of another act after it («اعتقاله مجددا»): the pronoun points at the
        ones whose arrest was told, their arrest told again («وكان قد تم اعتقالهما الأسبوع الماضي» after «واعتقل جنيد
        أحمد خان … وعمه»); its own recipients and day, read from words around a pronoun, are not weighed."""
        if not self.possessed(y) or self.another_after(text, y):
            return False
        return any(i not in drop and 0 < y.sentence - events[i].sentence <= _NEAR and _flags(events[i]) == _flags(y)
                   and (not y.actor or _within(y.actor, events[i].actor, _party)) for i in earlier)

    def arrest_tallied(self, text: str, events: list[Event], earlier: list[int], drop: set[int], y: Event) -> bool:
        """True when the arrest y is told right after a noun of a count (repeat_words.tsv `arrest_tally`), or after one
        and a relative pronoun (`arrest_who`): «وقد بلغ عدد من ألقي القبض عليه حتى تاريخه (431)» after «تمكنت الجهات
        الأمنية … من الإطاحة بتنظيم» — the count of those arrested in an arrest of its flags told before it, in its
        sentence or at most _NEAR sentences back, in no other place (`_two_places`), not an arrest of its own."""
        words = self.tally_words(text, y)
        if not (words and (words[-1] in self.arrest_tallies or len(words) > 1 and words[-1] in self.arrest_who
                           and words[-2] in self.arrest_tallies)):
            return False
        return any(i not in drop and 0 <= y.sentence - events[i].sentence <= _NEAR and _flags(events[i]) == _flags(y)
                   and not _two_places(events[i], y) for i in earlier)

    def counted_again(self, text: str, events: list[Event], earlier: list[int], drop: set[int], k: int,
                      counts: dict[int, int | None]) -> bool:
        """True when the arrest events[k] counts, among the first words after its trigger, the very count (three or
        more) an earlier arrest of the last _NEAR sentences counts so, of its flags and day (or none of its own), its
        doer one of the earlier's or the earlier without one («وألقت القبض على تسعة مشتبه بهم» … «واعتقلت الشرطة تسعة
        أشخاص من بينهم زوجان»): the one arrest, told first, taking the doer it lacked. `counts` holds each arrest's
        count (`count_after` of three words), read once per article."""
        y = events[k]
        count = counts[k]
        if count is None or count < 3 or self.another_near(text, y):
            return False
        for i in reversed(earlier):
            x = events[i]
            if i in drop or not 0 < y.sentence - x.sentence <= _NEAR or not _retold_so(x, y) \
                    or counts[i] != count:
                continue
            if x.actor and not all(_among(m, x.actor) for m in y.actor):
                return False
            if not x.actor and y.actor:
                events[i] = x.updated(actor=y.actor)
            return True
        return False

    @staticmethod
    def part_count(first: Event, ev: Event, whole: int | None, part: int | None) -> bool:
        """True when a later arrest of another sentence, of the same trigger word and flags as the story's first
        arrest, counts fewer arrested than it, both counts told right after the triggers («أعلنت وزارة الداخلية عن
        ضبط 44 عنصرا» … «أسفرت نتائج الجهود الأمنية … عن ضبط ستة من أعضاء تلك اللجان»): a part of the arrested told
        again, one arrest. `whole` and `part` are the counts told right after the first arrest and ev (`count_after`),
        read once per article."""
        if whole is None or first.sentence == ev.sentence or _first(first.trigger.text) != _first(ev.trigger.text) \
                or _flags(first) != _flags(ev):
            return False
        return part is not None and part < whole

    def count_after(self, text: str, ev: Event) -> tuple[int | None, int | None]:
        """The counts told right after a trigger (the very next word, nothing but space before it) and among the
        first three words after it, in its clause, at most _AFTER characters on: digits, or a number word of
        repeat_words.tsv `count` with its `value`, a unit and a ten or a hundred after it read as one number
        (`number`): «ضبط ستة» is 6, «القبض على تسعة» 9 (of three words), «اعتقال ثلاثة عشر» 13. None when none of
        them is a count. (Both read at once: the first word's count is the same in both reads, `number` looking at
        most one word on.)"""
        clause = re.split(r"[\u060c,.:;؛]", text[ev.trigger.end:min(ev.sentence_end, ev.trigger.end + _AFTER)],
                          maxsplit=1)[0]
        norm = normalize(clause)
        found = list(_TOKEN.finditer(norm))[:4]  # (and the word after: a ten after a unit)
        if not found:
            return None, None
        bare = [strip_wa(m.group()) for m in found]
        for k in range(min(3, len(found))):
            if _NUMBER.fullmatch(found[k].group()):
                v = int(found[k].group())
                break
            if (v := self.number(bare, k)) is not None:
                break
        else:
            return None, None
        # (one word: the first word's count, nothing but space between the trigger and it)
        return (v if k == 0 and not norm[:found[0].start()].strip() else None), v

    def arrest_words(self, text: str, ev: Event) -> set[str]:
        """The normalised words told right after an arrest's trigger in its sentence (the arrested and those with him)."""
        end = min(ev.sentence_end, ev.trigger.end + _ARRESTED_REACH)
        return {strip_wa(w) for w in _WORD.findall(normalize(text[ev.trigger.end:end]))}

    def subject_name(self, text: str, ev: Event, spans: list[tuple[int, int]]) -> str:
        """The word right before an arrest's trigger when it is a name (as `name_word` reads it: «وجاء في الشهادة أن
        اداير اعتقل بعد أن اتصلت زوجته»), the one arrested when the arrest has no party; else ''."""
        ms = list(_WORD.finditer(text, max(ev.sentence_start, ev.trigger.start - 20), ev.trigger.start))
        m = ms[-1] if ms else None
        if m is None or text[m.end():ev.trigger.start].strip():
            return ""
        w = normalize(m.group())
        return "" if w in self.prepositions or w in self.small_words else self.name_word(w, m.start(), spans)

    def name_word(self, w: str, start: int, spans: list[tuple[int, int]]) -> str:
        """`w` (normalised, told at `start`) when it may be a name: no article, three letters or more, no party, time,
        count nor small word; else ''."""
        if any(a <= start < b for a, b in spans) or w.startswith(("ال", "وال")) or len(w) < 3 \
                or w in self.numbers or w in self.others or w in self.when or w in self.manners:
            return ""
        return w

    def arrested_name(self, text: str, ev: Event, spans: list[tuple[int, int]]) -> str:
        """The first word after an arrest's trigger (past «على» and the like) when it is a name: no article, three
        letters or more, no party, time, count nor small word («وألقي القبض على سون»); else ''."""
        end = min(ev.sentence_end, ev.trigger.end + _AFTER)
        for m in _WORD.finditer(text, ev.trigger.end, end):
            w = normalize(m.group())
            if w in self.prepositions or w in self.small_words:
                continue
            return self.name_word(w, m.start(), spans)
        return ""

    def weapons(self, text: str, events: list[Event], group: list[int]) -> set[int]:
        """The events of one sentence's group whose trigger names the weapon of an assault told before it in its clause
        («شنوا هجوما على قاعدة عسكرية بسيارة مفخخة»، «وقتل 15 شخصا في هجوم بشاحنة مفخخة»: the car bomb is how the act
        was done, not an act of its own); the nearest such assault takes the weapon's recipients. A weapon told first
        («سيارة مفخخة انفجرت») is the act's own subject and stays; so does one with an actor where the act has none, or
        none where the act has one (the gold keeps a toll without the bomber, and a bomber's event of his own)."""
        out: set[int] = set()
        for i in group:
            x = events[i]
            if x.event != "ASSAULT" or not self.instrument(x):
                continue
            acts = [j for j in group if j != i and j not in out and events[j].event == "ASSAULT"
                    and events[j].trigger.start < x.trigger.start and not self.instrument(events[j])
                    and bool(events[j].actor) == bool(x.actor)
                    and self.same_act(text, x, events[j], dated=False)]
            if acts:
                j = min(acts, key=lambda j: abs(events[j].trigger.start - x.trigger.start))
                y = events[j]
                events[j] = y.updated(recipient=_union(y.recipient, x.recipient),
                                      location=y.location or x.location,
                                      location_iso3=y.location_iso3 if y.location is not None else x.location_iso3)
                out.add(i)
        return out

    def means(self, text: str, events: list[Event], group: list[int]) -> set[int]:
        """The assaults of one sentence's group told by a noun with «ب» right after the target of an assault verb of
        their clause («استهدفوا مسلحي تنظيم داعش بتسع ضربات جوية»، «قصفت القوات مواقعهم بالمدفعية»): the strikes are
        how the verb's act was done, not an act of their own (whatever doer the role stage gave the noun); the verb's
        act takes their recipients."""
        out: set[int] = set()
        for i in group:
            x = events[i]
            if x.event != "ASSAULT" or _first(x.trigger.text) in self.verbs:
                continue
            for j in group:
                y = events[j]
                if j == i or j in out or y.event != "ASSAULT" or not y.recipient or y.trigger.start >= x.trigger.start:
                    continue
                end = max(m.end for m in y.recipient)
                if not 0 <= x.trigger.start - end <= 12 or _first(y.trigger.text) not in self.verbs:
                    continue
                gap = normalize(text[end:x.trigger.start]).split()
                word = gap[0] if gap else strip_wa(normalize(x.trigger.text.split()[0]))
                if len(gap) > 1 or not word.startswith("ب") or gap and not (
                        word[1:] in self.numbers or word[1:].isdigit()):
                    continue  # «بتسع ضربات», «بغارات»: the means; not «… في غارات» nor a clause between
                if self.same_act(text, x, y, dated=False):
                    events[j] = y.updated(recipient=_union(y.recipient, x.recipient))
                    out.add(i)
                    break
        return out

    def volley(self, text: str, events: list[Event], group: list[int]) -> set[int]:
        """The assaults of one sentence's group told by a weapon (repeat_words.tsv class `arms`) counted by a noun with
        «ب» and «من» right before it («وأمطروهم بوابل من القذائف»، «بعشرات من القذائف») after an assault of their clause
        with a doer («نفذت المقاومة هجومًا نوعيًّا على مواقع المليشيات الحوثية … وأمطروهم بوابل من القذائف»): the
        shells are how that act was done, not an act of their own (whatever parties the role stage gave them)."""
        out: set[int] = set()
        for i in group:
            x = events[i]
            words = x.trigger.text.split()
            if x.event != "ASSAULT" or not words or _key(words[0]) not in self.arms:
                continue
            before = _words_right_before(text, x, 2)
            if len(before) < 2 or before[-1] != "من" or not strip_wa(before[-2]).startswith("ب"):
                continue
            if any(j != i and j not in out and events[j].event == "ASSAULT" and events[j].actor
                   and events[j].trigger.end <= x.trigger.start and self.same_act(text, x, events[j], dated=False)
                   for j in group):
                out.add(i)
        return out

    def visit_meeting(self, text: str, events: list[Event], group: list[int]) -> set[int]:
        """The visits of one sentence's group with a meeting noun told right after them, joined by «و», its pronoun the
        visitor («نتائج زيارة … الأمير محمد بن سلمان … للقاهرة واجتماعه مع رئيس جمهورية مصر»، «زيارة الأمير محمد بن
        سلمان إلى الأردن أمس ولقاءه ملك المملكة»), or a meeting verb joined to a visit verb («زار السعودية في يونيو
        والتقى نائب وزير البترول»), no comma between: the meeting held during the visit is the visit's act, and the
        meeting's parties (the visitor, the host met) are its own: the meeting goes, the visit (the telling a later
        «الزيارة» is read against) takes its parties, keeping its own where the meeting has none in a role (not the same
        party in the other role), and its actor where that is its genitive, the visitor named right after the noun
        («أوضح المومني أن زيارة الأمير محمد بن سلمان … ولقاءه الملك»: the pronoun of «لقاءه» read as the speaker's)."""
        out: set[int] = set()
        for i in group:
            y = events[i]
            if y.event != "CONSULT" or " " in y.trigger.text or not (
                    y.trigger.text.startswith("و") or text[y.trigger.start - 1:y.trigger.start] == "و"):
                continue  # (the و joined to the noun may stand outside its trigger)
            w = _first(y.trigger.text)
            if not (w in self.verbs or y.trigger.text.endswith(("ه", "ها", "هم", "هما"))) or "040" not in self.cameos(w):
                continue  # a meeting verb («والتقى») or noun with a pronoun joined to it («واجتماعه»، «ولقاءه»)
            for j in group:
                x = events[j]
                if j == i or j in out or i in out or x.event != "CONSULT" or x.trigger.end > y.trigger.start \
                        or y.trigger.start - x.trigger.end > _VISIT or "042" not in self.codes(x.trigger.text):
                    continue
                if _flags(x) != _flags(y) \
                        or x.date != y.date and (_own_date(x) or _own_date(y)):
                    continue
                if any(c in text[x.trigger.end:y.trigger.start] for c in _STOPS + "،,"):
                    continue
                if x.actor and 0 < x.actor[0].start - x.trigger.end <= 2:
                    actor = x.actor  # the visitor named right after the visit noun (its genitive) is the visitor
                else:
                    actor = y.actor or tuple(m for m in x.actor if not _among(m, y.recipient))
                recipient = y.recipient or tuple(m for m in x.recipient if not _among(m, actor))
                events[j] = x.updated(actor=actor, recipient=recipient)
                out.add(i)
                break
        return out

    def met_during(self, text: str, events: list[Event], group: list[int]) -> set[int]:
        """The meetings of one sentence's group told by a verb with a word of function_words.tsv class `during_it` right
        after it, its pronoun the visit told before it in the clause («أجرى وفد من حركة حماس برئاسة مشعل زيارة إلى
        السعودية استغرقت يومين التقى خلالها بالعاهل السعودي»): the meeting held during the visit is the visit's act. The meeting goes; the visit
        keeps its parties, taking the meeting's recipients where it has none."""
        out: set[int] = set()
        for i in group:
            y = events[i]
            if y.event != "CONSULT" or _first(y.trigger.text) not in self.verbs or "040" not in self.codes(
                    y.trigger.text):
                continue
            if not self._during_next(text, y):
                continue
            for j in group:
                x = events[j]
                if j == i or j in out or x.event != "CONSULT" or x.trigger.end > y.trigger.start \
                        or y.trigger.start - x.trigger.end > _VISIT or "042" not in self.codes(x.trigger.text) \
                        or _flags(x) != _flags(y) \
                        or any(c in text[x.trigger.end:y.trigger.start] for c in _STOPS):
                    continue
                if not x.recipient and y.recipient:
                    events[j] = x.updated(recipient=tuple(m for m in y.recipient if not _among(m, x.actor)))
                out.add(i)
                break
        return out

    def _during_next(self, text: str, y: Event) -> bool:
        """True when the word told right after y's trigger, a space between them, is one of function_words.tsv class
        `during_it` («التقى خلالها»، «قتل خلاله»): its pronoun is an act told before (`met_during`, `during_act`)."""
        if text[y.trigger.end:y.trigger.end + 1] != " ":
            return False
        after = _WORD.findall(normalize(text[y.trigger.end:min(y.sentence_end, y.trigger.end + 12)]))[:1]
        return bool(after) and after[0] in self.during

    def during_act(self, text: str, events: list[Event], group: list[int]) -> set[int]:
        """The assaults of one sentence's group told by a word with a word of function_words.tsv class `during_it` right
        after it, its pronoun the assault told nearest before it in the clause («ووقع تبادل لاطلاق النار … بين الجيش
        التركي ومقاتلي داعش قتل خلاله جندي تركي»، «بدأ فيها الجيش الأمريكي بشن غارات جوية … استهدف خلالها معسكرات
        تدريبية»): what was done during that act is that act. The later goes; the act keeps its parties, taking its
        doers and its recipients where it has none in a role (told in its sentence)."""
        out: set[int] = set()
        for i in group:
            y = events[i]
            if y.event not in _JOINED or not self._during_next(text, y):
                continue
            before = [j for j in group if j != i and j not in out and events[j].event == y.event
                      and events[j].trigger.end <= y.trigger.start
                      and (events[j].negated, events[j].future, events[j].hypothetical)
                      == _flags(y)
                      and not any(c in text[events[j].trigger.end:y.trigger.start] for c in _STOPS)]
            if not before:
                continue
            j = max(before, key=lambda k: events[k].trigger.start)
            x = events[j]
            if not x.actor and y.actor:  # «هجوم دموي استهدف متحف باردو … ونفذه مسلحان وقتلا خلاله»: the gunmen did it
                x = x.updated(actor=tuple(m for m in y.actor if not _among(m, x.recipient)))
            if not x.recipient and y.recipient:
                x = x.updated(recipient=tuple(m for m in y.recipient if not _among(m, x.actor)))
            events[j] = x
            out.add(i)
        return out

    def recall_purpose(self, text: str, events: list[Event], group: list[int]) -> set[int]:
        """The consultations of one sentence's group told as the purpose of a recall of an ambassador told before them
        in their clause («استدعت وزارة الخارجية سفير المملكة لدى الجمهورية الإسلامية الإيرانية وذلك للتشاور»): the
        envoy is called home «for consultation», no talks are held; the recall (a SANCTION of CAMEO 161) is the act and
        the consultation goes. The purpose is told by «لل» on the noun; talks named as such («لإجراء مشاورات») stay,
        intended talks (their future flag)."""
        out: set[int] = set()
        for i in group:
            y = events[i]
            if y.event != "CONSULT" or y.negated:
                continue
            before = normalize(text[max(0, y.trigger.start - 20):y.trigger.start]).split()
            glued = "" if text[y.trigger.start - 1:y.trigger.start].isspace() else strip_wa(before[-1]) if before else ""
            if not (glued + _first(y.trigger.text)).startswith("لل"):  # (a prefix left out of the trigger)
                continue
            if any(j != i and events[j].event == "SANCTION" and events[j].cameo == "161"
                   and 0 <= y.trigger.start - events[j].trigger.end <= _REACH
                   and not any(c in text[events[j].trigger.end:y.trigger.start] for c in _STOPS) for j in group):
                out.add(i)
        return out

    def called(self, text: str, events: list[Event], group: list[int]) -> set[int]:
        """The calls of one sentence's group for a protest told right after them («ودعت النقابات العمالية … إلى تظاهرات
        احتجاج غدا»، «ودعا اتحاد (انباك) للعاملين بالطيران المدني … لإضراب مدته 24 ساعة»): a request told by a word of
        class `call` (دعا، دعوة) and a protest told by a noun with «إلى» right before it or «ل» on it, at most _CALL
        characters after it with no stop nor comma between, are one act: the protest called for (its flags its own), the
        caller its organiser. The request goes; the protest takes the caller as its actor where the request has one."""
        out: set[int] = set()
        for i in group:
            x = events[i]
            if x.event != "REQUEST" or _first(x.trigger.text) not in self.calls:
                continue
            for j in group:
                y = events[j]
                if j == i or j in out or y.event != "PROTEST" or (x.negated, x.hypothetical) != (y.negated, y.hypothetical) \
                        or not 0 <= y.trigger.start - x.trigger.end <= _CALL \
                        or any(c in text[x.trigger.end:y.trigger.start] for c in _STOPS + "،,"):
                    continue
                before = normalize(text[max(0, y.trigger.start - 12):y.trigger.start]).split()
                glued = "" if text[y.trigger.start - 1:y.trigger.start].isspace() else strip_wa(before[-1]) if before else ""
                word = glued + strip_wa(normalize(y.trigger.text.split()[0]))  # (a prefix left out of the trigger)
                if not (not glued and before and before[-1] == self.to or word.startswith("ل")):
                    continue  # «إلى تظاهرات»، «لإضراب»; not «إلى وقف الاحتجاجات» nor «دعا المتظاهرين»
                if x.actor:
                    events[j] = y.updated(actor=x.actor)
                out.add(i)
                break
        return out

    def talks(self, text: str, events: list[Event], group: list[int]) -> set[int]:
        """The consultations of one sentence's group told by a verb or noun of discussing (repeat_words.tsv class
        `discuss`) after another consultation of the sentence, its parties none or all the earlier's (the same mention,
        name or words, in either role: a dual verb's subject is both sides), with the same flags and day and no word
        opening another clause between them but «حيث»: what the meeting's parties talked about, not another meeting
        («استقبل وزير التعليم … وزير الإسكان، وعقد معه اجتماعاً … كما ناقشا معاً»، «التقى برئيس الاتحاد … حيث ناقشا آخر
        المستجدات»، «لقاء وزير خارجية مصر … تم خلاله بحث العلاقات»), read against the nearest such meeting told before
        (a meeting noun without parties is passed over for the reception before it). The talks go; the meeting stays
        as told."""
        out: set[int] = set()
        for i in group:
            y = events[i]
            if y.event != "CONSULT" or _first(y.trigger.text) not in self.discuss:
                continue
            before = [j for j in group if j != i and j not in out and events[j].event == "CONSULT"
                      and events[j].trigger.end <= y.trigger.start]
            if not before:
                continue
            for j in sorted(before, key=lambda j: -events[j].trigger.start):  # the nearest meeting told before first
                x = events[j]
                if _flags(x) != _flags(y) \
                        or x.date != y.date and _own_date(x) and _own_date(y):
                    continue
                between = text[x.trigger.end:y.trigger.start]
                if any(c in between for c in _STOPS) or self.parted(between, self.unwhere):
                    break  # «فيما بحث مجلس الوزراء»: another clause
                if self.impersonal(text, y):  # «لقاء الأمير محمد بن نايف، ووزير خارجية جمهورية مصر العربية تم خلاله
                    events[j] = self.met_with(x, y)  # بحث العلاقات»: the party named between them is the meeting's
                    out.add(i)
                    break
                if all(_among_person(m, x.actor + x.recipient) for m in y.actor + y.recipient):
                    out.add(i)
                    break
        return out

    def impersonal(self, text: str, ev: Event) -> bool:
        """True when a consultation is told by a word of discussing (repeat_words.tsv class `discuss`) right after a
        light verb of the passive or of happening (function_words.tsv `happened`, `passive_present`,
        `intransitive_light`: «كما تم بحث الأوضاع اليمنية وموقف مصر») or a word with the pronoun of an act told before
        (function_words.tsv `during_it`: «تم خلاله بحث العلاقات»): talks told without a doer of their own, those of the
        meeting told before; the names after them are what was talked of."""
        if ev.event != "CONSULT" or _first(ev.trigger.text) not in self.discuss:
            return False
        before = normalize(text[max(ev.sentence_start, ev.trigger.start - 16):ev.trigger.start]).split()
        if not before or text[ev.trigger.start - 1:ev.trigger.start] not in (" ", "\u00a0"):
            return False  # (a prefix glued to the word: another reading)
        word = before[-1]
        return word in self.during or strip_wa(word.removeprefix("ف")) in self.impersonals

    @staticmethod
    def met_with(x: Event, y: Event) -> Event:
        """x taking, as the other side it lacks, the parties of its talks y told between x's trigger and y's, in x's
        clause («لقاء الأمير محمد بن نايف، ووزير خارجية جمهورية مصر العربية تم خلاله بحث»: the minister the pronoun's
        meeting was held with)."""
        between = tuple(m for m in y.actor + y.recipient if x.trigger.end <= m.start < y.trigger.start
                        and not _among(m, x.actor + x.recipient))
        if not between or x.actor and x.recipient:
            return x
        return x.updated(recipient=between) if x.actor else x.updated(actor=between)

    def restated(self, text: str, events: list[Event], group: list[int]) -> set[int]:
        """The events of one sentence's group told by a verb without parties that takes up again the verb of an earlier
        event of their type and flags, after a clause told between them («اتفق القادة السعوديون والأمريكيون يوم الأربعاء
        لدى لقاء وزير الدفاع الأمريكي … ، اتفقوا على تطويق الانتشار العسكري الإيراني»): one act, told once more
        to give what it was about, its subject the pronoun of the verb's plural or dual (the same word twice, or a noun
        read as a verb, «دعم … ودعم الأهداف», may be two acts); not across a word opening another clause (فيما،
        بينما), nor when its own time is told before it. The earlier event stays as told. Assaults are left to
        `same_act` and `word_again`."""
        out: set[int] = set()
        for i in group:
            y = events[i]
            wy = _first(y.trigger.text)
            if y.event in _JOINED or y.actor or y.recipient or " " in y.trigger.text or wy not in self.verbs \
                    or not wy.endswith("ا") or "\u064b" in y.trigger.text:
                continue  # a plural or dual verb only (not a noun read as a verb: «ودعم الأهداف»، «تعاوناً»)
            for j in group:
                x = events[j]
                if j == i or j in out or x.event != y.event or x.trigger.end > y.trigger.start \
                        or _flags(x) != _flags(y) \
                        or _first(x.trigger.text) == wy or _verb_stem(_first(x.trigger.text)) != _verb_stem(wy):
                    continue
                t = y.date_evidence
                if x.date != y.date and _own_date(y) and not (t is not None and t.start >= y.trigger.end):
                    continue  # a day of its own told before it; one told after it dates its object («اتفاق الأسبوع الماضي»)
                between = text[x.trigger.end:y.trigger.start]
                if any(c in between for c in _STOPS) or self.parted(between):
                    continue
                out.add(i)
                break
        return out

    def charged(self, text: str, events: list[Event], group: list[int]) -> set[int]:
        """The accusations of one sentence's group told by a charge noun with «ب» (repeat_words.tsv class `charge`)
        right after an arrest of their clause, with the same flags («وذكرت الشرطة أنها اعتقلت 60 شخصا من العاصمة
        كاتماندو بتهمة محاولة فرض الإضراب»، «ألقي القبض عليه بتهمة القتل»): the charge is the reason for the arrest,
        not an accusation of its own. The accusation goes; the arrest takes its recipients where it has none."""
        out: set[int] = set()
        for i in group:
            y = events[i]
            if y.event != "ACCUSE" or " " in y.trigger.text.strip() or not self.charge_word(text, y):
                continue
            self._fold_into_earlier(text, events, group, i, out, lambda x: x.event == "COERCE" and x.cameo == "173"
                                    and x.trigger.end <= y.trigger.start, words=True)  # (an arrest told before it)
        return out

    def done_where(self, text: str, events: list[Event], group: list[int]) -> set[int]:
        """The assaults of one sentence's group told by a definite noun held by a relative clause and followed, at most
        _WHERE characters on, by «حيث» (class `where`) and an assault verb with a doer («أدانت … الهجوم الإرهابي الذي وقع
        يوم الأربعاء الماضي في مدينة مروة شمال الكاميرون، حيث فجرت انتحاريتان نفسيهما»): the verb tells how that attack
        was done, one act. The noun goes (its doer no more than its adjective); the verb takes its recipients and place,
        and its date where the verb has no time of its own. Not a noun with a coded doer, nor across another assault."""
        out: set[int] = set()
        for i in group:
            x = events[i]
            base = strip_wa(_first(x.trigger.text))
            if x.event != "ASSAULT" or not self.definite(base) or any(m.code for m in x.actor):
                continue
            after = normalize(text[x.trigger.end:min(x.sentence_end, x.trigger.end + _AFTER)]).split()[:2]
            if not any(w in self.relatives for w in after):
                continue  # «الهجوم (الإرهابي) الذي وقع»
            later = sorted((j for j in group if j != i and j not in out and events[j].event == "ASSAULT"
                            and events[j].trigger.start >= x.trigger.end), key=lambda j: events[j].trigger.start)
            if not later:
                continue
            j = later[0]
            y = events[j]
            words = normalize(text[x.trigger.end:y.trigger.start]).split()
            if not y.actor or y.trigger.start - x.trigger.end > _WHERE or _first(y.trigger.text) not in self.verbs \
                    or not words or not (self.where & {strip_wa(w) for w in words[-3:]}) \
                    or any(c in text[x.trigger.end:y.trigger.start] for c in _STOPS) \
                    or _flags(x) != _flags(y) \
                    or x.date != y.date and _own_date(y):
                continue
            keep = y.updated(recipient=_union(y.recipient, x.recipient), location=y.location or x.location,
                             location_iso3=y.location_iso3 if y.location is not None else x.location_iso3)
            events[j] = keep if x.date == y.date else self.dated_as(keep, x)
            out.add(i)
        return out

    def where_told(self, text: str, events: list[Event], group: list[int]) -> set[int]:
        """The assault nouns of one sentence's group without a doer told after «حيث» (class `where`), at most _WHERE
        characters after an assault of its CAMEO code with a doer, no other assault, end of a sentence part nor another
        clause between, whose recipients are none or of the first's side (`_side`): «كثف التحالف العربي، الجمعة،
        غاراته على مواقع ميليشيات الحوثي وصالح، حيث أفيد عن تعرض المتمردين في عدة محافظات لضربات جوية» tells the raids
        again, one act, the first's."""
        out: set[int] = set()
        for i in group:
            y = events[i]
            if y.event != "ASSAULT" or y.actor or _first(y.trigger.text) in self.verbs:
                continue
            before = [j for j in group if j != i and j not in out and events[j].event == "ASSAULT"
                      and events[j].trigger.end <= y.trigger.start]
            if not before:
                continue
            j = max(before, key=lambda k: events[k].trigger.start)
            x = events[j]
            between = text[x.trigger.end:y.trigger.start]
            words = {strip_wa(w) for w in normalize(between).split()}
            if not x.actor or len(between) > _WHERE or not self.where & words \
                    or words & self.unwhere or any(c in between for c in _STOPS) \
                    or not self.codes(x.trigger.text) & self.codes(y.trigger.text) \
                    or _flags(x) != _flags(y) \
                    or x.date != y.date and _own_date(y) \
                    or not all(_side(m, x.recipient) for m in y.recipient):
                continue
            out.add(i)
        return out

    def named_again(self, text: str, events: list[Event], group: list[int]) -> set[int]:
        """The events of one sentence's group, no assault, protest, coercion nor consultation (those have rules of their
        own), that tell again an earlier event of their CAMEO code, flags and day by the very persons as its doers (the
        same names or words, two mentions: «“دعوات المالكي” لوضع المملكة تحت الوصاية … و المالكي يدعو لوضع السعودية
        تحت الوصاية»), their recipients none, or the same, or none told by the other, with no end of a sentence part nor
        word opening another clause (فيما، بينما) nor of another act of the same doer («كما»: «رفض أوباما المقترحات …
        كما أن أوباما نفسه رفض مقترح فريق أمنه») between them: one act. The earlier stays, taking the later's
        recipients (a later sentence telling the act again is read against it), unless it is a noun without its doer
        as its genitive and the later a verb (the verb tells the doer as its subject)."""
        out: set[int] = set()
        for i in group:
            y = events[i]
            if y.event in _OWN_RULES or not y.actor:
                continue
            for j in group:
                x = events[j]
                if j == i or j in out or x.event != y.event or x.cameo != y.cameo or not x.actor \
                        or x.trigger.end > y.trigger.start or x.date != y.date \
                        or _flags(x) != _flags(y):
                    continue
                if not (all(_among_person(m, x.actor) for m in y.actor)
                        and all(_among_person(m, y.actor) for m in x.actor)):
                    continue
                if x.recipient and y.recipient and not (all(_among(m, x.recipient) for m in y.recipient)
                                                        and all(_among(m, y.recipient) for m in x.recipient)):
                    continue  # «زيارة دي ميستورا إلى طهران … زيارة إلى موسكو»: two acts
                between = text[x.trigger.end:y.trigger.start]
                if any(c in between for c in _STOPS) or self.parted(between, self.boundary_adds):
                    continue
                if _first(x.trigger.text) in self.verbs or _genitive(x) or _first(y.trigger.text) not in self.verbs:
                    events[j] = x.updated(recipient=_union(x.recipient, y.recipient))
                    out.add(i)
                else:  # a verb told after a noun without its doer as its genitive («هناك تأييدا مطلقا من قبل بريطانيا
                    events[i] = y.updated(recipient=_union(y.recipient, x.recipient))  # … البريطاني يدعم ويساند»)
                    out.add(j)
                break
        return out

    def accord_topic(self, text: str, events: list[Event], group: list[int]) -> set[int]:
        """The cooperations and consultations of one sentence's group told by a noun right after a word of an accord
        (repeat_words.tsv class `accord`), or after it and words of its subject (class `about`: «في شأن»), that an
        earlier signing or ratification (SUPPORT 057) or approval (AGREE) of their clause, with the same flags, names
        («وقع الصندوق السعودي للتنمية اتفاقية تعاون مع البنك السعودي البريطاني»، «قرر مجلس الوزراء الموافقة على
        مذكرة تفاهم للتعاون في مجال الشؤون الإسلامية»، «وافق مجلس الوزراء على تفويض وزير الخارجية … بالتباحث حيال
        مشروع مذكرة تفاهم في شأن المشاورات السياسية»): what the accord is about, not an act of its own. The
        cooperation goes; the signing takes its recipients where it has none."""
        out: set[int] = set()
        for i in group:
            y = events[i]
            if y.event not in ("COOPERATE", "CONSULT") or not self.accorded(text, y):
                continue
            self._fold_into_earlier(text, events, group, i, out, lambda x: x.event == "SUPPORT" and x.cameo == "057"
                                    or x.event == "AGREE", reach=_ACCORD)  # (a signing or an approval told before it)
        return out

    def accorded(self, text: str, ev: Event) -> bool:
        """True when the trigger, a word apart, is told right after a word of an accord (class `accord`), or after it
        and at most three words of its subject (class `about`: «مذكرة تفاهم في شأن المشاورات»)."""
        if text[ev.trigger.start - 1:ev.trigger.start] != " ":
            return False
        before = [strip_wa(w) for w in normalize(text[max(ev.sentence_start, ev.trigger.start - 40):
                                                      ev.trigger.start]).split()]
        for _ in range(3):
            if before and before[-1] in self.abouts:
                before.pop()
        return bool(before) and before[-1] in self.accords

    def _fold_into_earlier(self, text: str, events: list[Event], group: list[int], i: int, out: set[int],
                           is_host: Callable[[Event], bool], words: bool = False, reach: int = _REACH,
                           marks: str = _STOPS + "،,", fits: Callable[[Event], bool] | None = None,
                           takes_actor: bool = False) -> None:
        """Fold event i into the nearest event of its group told before it that `is_host` accepts, where the two have
        the same flags and stand at most `reach` characters apart with none of `marks` (a stop or comma) between (nor,
        with `words`, a `boundary` word opening another clause) and `fits`, where given, accepts the host: i goes into
        `out`, and the host takes i's recipients (less its own actors) where it has none, and with `takes_actor` i's
        actors where it has none (its recipients then less those). Nothing happens where the nearest such event is too
        far, set apart or does not fit."""
        y = events[i]
        for j in sorted(group, key=lambda j: -events[j].trigger.start):  # the nearest told before first
            x = events[j]
            if j == i or j in out or x.trigger.start > y.trigger.start or not is_host(x):
                continue
            between = text[x.trigger.end:y.trigger.start]
            if _flags(x) != _flags(y) \
                    or len(between) > reach or any(c in between for c in marks) or words and self.parted(between) \
                    or fits is not None and not fits(x):
                return
            if takes_actor:
                actor = x.actor or y.actor
                events[j] = x.updated(actor=actor, recipient=x.recipient or tuple(
                    m for m in y.recipient if not _among(m, actor)))
            elif not x.recipient and y.recipient:
                events[j] = x.updated(recipient=tuple(m for m in y.recipient if not _among(m, x.actor)))
            out.add(i)
            return

    def parted(self, between: str, opens: frozenset[str] | None = None) -> bool:
        """True when a stretch of text between two triggers holds a word opening another clause (`boundary`: فيما،
        بينما; or one of `opens`, where given, instead), as written or with a leading و off."""
        opens = self.boundary if opens is None else opens
        return any(w in opens or strip_wa(w) in opens for w in normalize(between).split())

    def charge_word(self, text: str, ev: Event) -> bool:
        """True if the event's trigger is a charge noun with «ب» on it or glued right before it («بتهمة»)."""
        word = strip_wa(normalize(ev.trigger.text.strip()))
        if not word.startswith("ب"):
            glued = normalize(text[max(0, ev.trigger.start - 2):ev.trigger.start])
            if not glued.endswith("ب") or glued[:-1].strip() and glued[-2:-1] not in "و ":
                return False
            word = "ب" + word
        return word in self.charges

    def noun_again(self, text: str, events: list[Event], group: list[int],
                   told_as: dict[str, list[Event]] | None = None) -> set[int]:
        """The events of one sentence's group told by a definite noun that repeats the word of an earlier event of their
        type and flags («شنت طائرات التحالف غارات على معسكر اللواء … إلى أن الغارة أسفرت عن تدمير عدة آليات»، «شنوا
        هجوما … لكن الحكومة تصدت للهجوم»، «الحوار الاستراتيجي … على أن الحوار يعكس»): the article names the act told
        before, not another one, unless a word of another act follows it («جولة جديدة»، «الغارة الثانية») or it has a
        date of its own other than the earlier's («الزيارات … منها الزيارة … عام 2012») or an end of a sentence part
        stands between them («للتصدي والقبض على هؤلاء …؛ منها إلقاء القبض على من تسببوا»). So is a noun with a
        possessive pronoun (definite too) of the earlier's word with no party the earlier lacks, not a toll («طلب كيسنغر
        تسليم الجاسوسة، ولكن السادات رفض طلبه»: the request told again, not a second one; two tolls stay two: «قتل في
        يونيو … رغم أن مختطفيه قد أعلنوا قتله في أكتوبر»), and a noun pointed at by a
        demonstrative (`pointed`) of a word of the earlier's CAMEO code («اقتحم مستوطنون المسجد، فيما تصدى المصلون
        لهذه الاقتحامات»). The earlier event (the nearest of that word) stays, taking the later one's named (coded)
        actor or recipient (a person named with no code too) only where it has none and that party is not its party in
        the other role. An event the
        earlier took in (`told_as`: «غارة جوية أمريكية في أفغانستان قتلت قيادياً» read as one act) lends it its word
        («… وذكر أن الغارة استهدفت أبا خليل السوداني»: the strike told again, its target the killing's)."""
        told_as = told_as or {}
        out: set[int] = set()
        for i in group:
            y = events[i]
            words = y.trigger.text.split()
            if not words or self.another_after(text, y):
                continue
            stem = "" if self.definite(_first(y.trigger.text)) or self.toll(y) else self.possessed(y)
            if not stem and not self.definite(_first(y.trigger.text)):
                continue
            pointed = not stem and self.pointed(text, y)
            codes = self.codes(y.trigger.text) - _BROAD if pointed else frozenset()
            flags = _flags(y)
            earlier = [j for j in group if j not in out and j != i and events[j].event == y.event
                       and events[j].trigger.end <= y.trigger.start
                       and (word_key(_bare(_first(events[j].trigger.text))) == stem if stem else _same_word(events[j], y)
                            or not codes.isdisjoint(self.codes(events[j].trigger.text))
                            or any(_same_word(e, y) for e in told_as.get(events[j].id, ())))
                       and (events[j].negated, events[j].future, events[j].hypothetical) == flags
                       and (events[j].mode == "abduct") == (y.mode == "abduct")
                       and not (events[j].date != y.date and _own_date(y))
                       and not any(c in text[events[j].trigger.end:y.trigger.start] for c in _STOPS)]
            if stem:  # (a possessed noun with a party of its own is its possessor's act: «دعم الصين لها … دعمها»)
                earlier = [j for j in earlier if _within(y.actor, events[j].actor, _party)
                           and _within(y.recipient, events[j].recipient, _party)]
            if not earlier:
                continue
            j = max(earlier, key=lambda j: events[j].trigger.start)
            x = events[j]
            actor = x.actor or tuple(m for m in y.actor if _named_party(m) and not _among(m, x.recipient))
            recipient = x.recipient or tuple(m for m in y.recipient if _named_party(m) and not _among(m, x.actor))
            if actor is not x.actor or recipient is not x.recipient:
                events[j] = x.updated(actor=tuple(actor), recipient=tuple(recipient))
            out.add(i)
        return out

    def destroyed_too(self, text: str, events: list[Event], group: list[int]) -> set[int]:
        """The destructions (mode `destroy`) told by a noun with «و» in the list of outcomes after a verb of consequence
        (class `result`) that follows an assault of their sentence, a toll among them («إن الهجوم الأول نفذ أمام معسكر
        التموين … وأسفر عن مقتل اثنين من عناصر الميليشيات وإصابة آخرين وتدمير المدرعة التي كان يستقلها المسلحون»):
        what that assault destroyed, not an act of its own."""
        out: set[int] = set()
        for j in group:
            y = events[j]
            if y.event != "ASSAULT" or y.mode != "destroy" or not (_first(y.trigger.text).startswith("و")
                                                                           or text[y.trigger.start - 1:y.trigger.start] == "و") \
                    or strip_wa(_first(y.trigger.text)) in self.verbs:
                continue
            start = self.result_before(text, y)
            if start < 0:
                continue
            if any(k != j and events[k].event == "ASSAULT" and events[k].mode != "destroy"
                   and events[k].trigger.end <= start for k in group):
                out.add(j)
        return out

    def destroyed_besides(self, text: str, events: list[Event], group: list[int]) -> set[int]:
        """The destructions (mode `destroy`) of one sentence's group told by a noun with a word of adding (class
        `besides`) among the two words right before it, after an assault of their clause («إن خمس غارات قرب الرمادي قصفت
        وحدات تكتيكية …، بالاضافة إلى تدمير نقطة تفتيش»): one more outcome of that assault, not an act of its own; so an
        assault with no doer told so after one («…، فضلا عن قصف أربع غارات»). Its doers none or the assault's; the noun
        goes, the assault takes its recipients only where it has none."""
        out: set[int] = set()
        # the events told after a word of adding, by where their trigger stands (read once, not per pair)
        added = {(events[j].sentence_start, events[j].trigger.start) for j in group
                 if events[j].event == "ASSAULT" and self.added_besides(text, events[j])}
        for i in group:
            y = events[i]
            if y.event != "ASSAULT" or not (y.mode == "destroy" or not y.actor) \
                    or (y.sentence_start, y.trigger.start) not in added:
                continue
            got: set[int] = set()  # (the host may be an outcome added before it: «…، فضلا عن قصف أربع غارات»)
            self._fold_into_earlier(
                text, events, group, i, got, lambda x: x.event == "ASSAULT" and x.trigger.end <= y.trigger.start
                and (x.mode != "destroy" or (x.sentence_start, x.trigger.start) in added), words=True, marks=_STOPS,
                fits=lambda x: not y.actor or bool(x.actor) and all(_among(m, x.actor) for m in y.actor))
            out |= got
        return out

    def added_besides(self, text: str, ev: Event) -> bool:
        """True when a word of adding (class `besides`: «بالاضافة»، «فضلا») is among the two words right before an
        event's trigger, as written or a leading و off; a و of the trigger's own, left out of it, is no word («إضافة
        لحرق وتدمير عدد من السيارات»)."""
        before = _words_right_before(text, ev, 3)
        before = before[-3:-1] if before[-1:] == ["و"] else before[-2:]
        return any(w in self.besides or strip_wa(w) in self.besides for w in before)

    def tally_toll(self, text: str, events: list[Event], group: list[int],
                   told_as: dict[str, list[Event]]) -> set[int]:
        """The tolls of one sentence's group told as the tally of the act told before them (`tally_opened`: «- عام 1995
        تفجير إرهابي بسيارة مفخخة بالرياض … وكانت الحصيلة مقتل (3) أمريكيين»، «يقتحمون مجمعاً سكنياً … ويحتجزون عشرات
        الرهائن، …، وخلفت العملية (22) قتيلا»): the count of the nearest assault told before them in their sentence, with
        no stop nor word of another clause between (a semicolon parts them only where the clause after it does not open
        with «ما»: `what_follows`), not an act of their own, not told in another place (`_two_places`: «… في العريش، وفي
        الإسكندرية كانت الحصيلة مقتل 30»). The assault takes their victims (none of its doers' sector), its own day
        kept (the toll noted in `told_as`); a toll told right after one of them in its clause («… مقتل (3) أمريكيين
        وهنديين وأصيب نحو ستين شخصاً») is of that tally too, adding no victims."""
        host: dict[int, int] = {}  # a tallied toll → the assault it is the count of
        for i in sorted(group, key=lambda k: events[k].trigger.start):
            y = events[i]
            if y.event != "ASSAULT" or not self.toll(y):
                continue
            before = [k for k in group if events[k].trigger.end <= y.trigger.start]
            k = max(before, key=lambda k: events[k].trigger.start, default=None)  # the nearest event told before
            if k is None or events[k].event != "ASSAULT":
                continue
            words = self.toll_words(text, y)  # (read once for the three tests below)
            if not self.tally_opened(words) and not (k in host and len(text[events[k].trigger.end:y.trigger.start])
                                                     <= _REACH):
                continue
            j = host.get(k, k)  # (a toll right after a tallied one: the same assault's)
            x = events[j]
            between = text[events[k].trigger.end:y.trigger.start]
            stops = _FULL_STOPS if self.what_resulted(words) and self.what_follows(between) else _STOPS
            if len(between) > _OUTCOME or any(c in between for c in stops) or self.parted(between) \
                    or _flags(x) != _flags(y) \
                    or _two_places(x, y):
                continue
            added = tuple(m for m in y.recipient if not _among(m, x.recipient) and not any(
                _among(m, (a,)) or a.sector and a.sector == m.sector for a in x.actor))  # not «إضافة للانتحاريين»
            if added and j == k:  # (a toll chained to a tallied one adds none: its parties may be the next clause's)
                events[j] = x.updated(recipient=x.recipient + added)
            told_as.setdefault(events[j].id, []).append(y)  # (its count names the act again later: `fills`)
            host[i] = j
        return set(host)

    @staticmethod
    def tally_words(text: str, ev: Event, reach: int = _TALLY_WORDS + 1) -> list[str]:
        """The last `reach` (_TALLY_WORDS + 1) normalised words (a leading و or ف off each) before ev's trigger in its
        sentence, read from at most 20 characters a word before it (a word the window cuts is left out), not the whole
        sentence: all that a tally's tests read («؛ ما أسفر عن»)."""
        lo = max(ev.sentence_start, ev.trigger.start - 20 * reach)
        words = _WORD.findall(normalize(text[lo:ev.trigger.start]))
        if lo > ev.sentence_start and all("\u0621" <= c <= "\u0652" for c in text[lo - 1:lo + 1]):
            words = words[1:]  # (the window starts inside a word)
        return [strip_wa(w) for w in words[-reach:]]

    def toll_words(self, text: str, ev: Event) -> list[str]:
        """`tally_words` of a toll past the words of its count and of occurring told right before it (function_words.tsv
        `filler`, its numbers and «about» words, `occurrence`; digits): «مما أسفر عن سقوط عشرات القتلى»، «ما أدى إلى
        سقوط أكثر من 20 قتيلا» read as «مما أسفر عن» before the toll, which is still the outcome of the act."""
        words = self.tally_words(text, ev, reach=_TALLY_WORDS + 7)
        n = len(words)
        while words and (words[-1].isdigit() or words[-1] in self.skipped_counts):
            words.pop()
        return words[-_TALLY_WORDS - 1:] if len(words) < n else self.tally_words(text, ev)

    def tally_opened(self, words: list[str]) -> bool:
        """True when a toll's trigger is told at most _TALLY_WORDS words (`words`: `tally_words`) after a word of a
        tally (class `tally`: «وكانت الحصيلة مقتل») or after a verb of consequence (class `result`) with the definite
        noun of an act as its subject right after it («وخلفت العملية (22) قتيلا»، «وأسفر الهجوم عن مقتل»; not «خلف
        المستشفى», behind it), or after «what» and such a verb (`what_resulted`): the act was told before."""
        words = words[-_TALLY_WORDS:]
        return any(w in self.tallies or self.result_verb(w) and k + 1 < len(words) and self.subject_noun(words[k + 1])
                   for k, w in enumerate(words)) or self.what_resulted(words)

    def subject_noun(self, w: str) -> bool:
        """True when a word after a verb is the definite noun of an act, its subject («العملية»، «الهجوم»): a noun
        with the article, as written (`definite`), of a trigger row (not «المستشفى»; not «إلى», «الي» normalised)."""
        return w.startswith("ال") and self.definite(w) and bool(self.cameos(w))

    def what_resulted(self, words: list[str]) -> bool:
        """True when a toll's trigger is told at most _TALLY_WORDS words (`words`: `tally_words`) after a verb of
        consequence with «what» right before it (function_words.tsv `what`: «؛ ما أسفر عن مقتل شخصين»، «مما أدى إلى
        مقتل»): the outcome of the act told before it."""
        return any(self.result_verb(w) and words[k - 1] in self.relative_what for k, w in enumerate(words) if k)

    def what_follows(self, between: str) -> bool:
        """True when the text between an act and its toll holds a semicolon and the clause after the last one opens
        with «ما»/«مما» («… في درنة؛ مما أسفر عن»): the toll is still the act's; not «؛ وفي بنغازي انهار مبنى قديم ما
        أسفر عن» (another clause, its own act)."""
        cut = max(between.rfind(c) for c in _SEMICOLONS)
        first = _WORD.findall(normalize(between[cut + 1:]))[:1] if cut >= 0 else []
        return bool(first) and first[0] in self.relative_what

    def result_before(self, text: str, ev: Event) -> int:
        """The start of the verb of consequence (class `result`) that opens the list of outcomes an event's trigger ends,
        a toll word told between them and no stop, comma nor word of another clause: -1 when there is none."""
        lo = max(ev.sentence_start, ev.trigger.start - 140)
        between = text[lo:ev.trigger.start]
        found = -1
        for m in _WORD.finditer(between):
            if self.result_verb(normalize(m.group())):
                found = lo + m.start()
        if found < 0:
            return -1
        gap = text[found:ev.trigger.start]
        if any(c in gap for c in _STOPS) or any(c in gap for c in "،,") or self.parted(gap, self.boundary):
            return -1
        return found if any(_key(w) in self.tolls for w in normalize(gap).split()[1:]) else -1

    def purpose(self, text: str, events: list[Event], group: list[int]) -> set[int]:
        """The events of one sentence's group told by an indefinite noun in the accusative (`accusative`: «احتجاجاً»)
        right after an earlier event of their type, flags and day in its clause, with no end of a sentence part nor word
        opening another clause between them («وتظاهر آلاف الطلاب أمام مقر الحكومة في عمّان احتجاجاً على رفع أسعار
        الوقود»): the noun tells why the act was done, the act itself, not a second one. Its doers none or the earlier's
        very persons. The noun goes; the earlier takes its actor and recipients only where it has none."""
        out: set[int] = set()
        for i in group:
            y = events[i]
            if not self.accusative(text, y):
                continue
            self._fold_into_earlier(
                text, events, group, i, out, lambda x: self.purpose_host(x, y) and x.trigger.end <= y.trigger.start
                and _flags(x) == _flags(y),
                words=True, marks=_STOPS, takes_actor=True,
                fits=lambda x: not (x.date != y.date and _own_date(x) and _own_date(y)
                                    or x.actor and not all(_among_person(m, x.actor) for m in y.actor)
                                    or x.event != y.event and any(c in text[x.trigger.end:y.trigger.start] for c in "،,")))
        return out

    @staticmethod
    def purpose_host(x: Event, y: Event) -> bool:
        """True when an earlier event can be the act a purpose noun tells the reason of: one of its type, or a recall of
        an envoy (a SANCTION of CAMEO 161) before a protest noun (ACCUSE or PROTEST): «ورغم استدعاء البحرين لسفيرها من
        طهران احتجاجًا على تصريحات خامنئي» tells why the envoy was called home, not a second act. (Not an expulsion:
        «طرد السفير السوري … احتجاجا على قمع الرئيس السوري» accuses Assad as well; nor a refusal: «رفضوا صرف مخصصات …،
        الأمر الذي تسبب في وقوف عشرات منهم … احتجاجا» is the soldiers' own protest.)"""
        return x.event == y.event or y.event in ("ACCUSE", "PROTEST") and x.event == "SANCTION" and x.cameo == "161"

    def accusative(self, text: str, ev: Event) -> bool:
        """True when a trigger is one word of repeat_words.tsv class `purpose`, an indefinite noun in the accusative
        that tells the reason of an act («احتجاجاً»، «تنديداً»), a word apart."""
        words = ev.trigger.text.split()
        return len(words) == 1 and text[ev.trigger.start - 1:ev.trigger.start].isspace() \
            and strip_wa(normalize(words[0])) in self.purposes

    def possessed(self, ev: Event) -> str:
        """The key of the noun a trigger's first word tells with a possessive pronoun joined to it («طلبه»، «هجومهم»،
        «زيارتها»: definite, as a noun with the article is), or "" (a verb, a word without a pronoun, a noun written
        with ة)."""
        written = ev.trigger.text.split()[0] if ev.trigger.text.split() else ""
        return self.possessed_word(_first(ev.trigger.text), written)

    def possessed_word(self, base: str, written: str) -> str:
        """The key of the noun a word (normalised `base`, as `written`) tells with a possessive pronoun joined to it, or
        "" (see `possessed`)."""
        if base in self.verbs or written.endswith("ة"):
            return ""
        stem = next((base[:-len(end)] for end in ("هما", "هم", "ها", "ه") if base.endswith(end)
                     and len(base) > len(end) + 2), "")
        stem = stem[:-1] + "ه" if stem.endswith("ت") and not stem.endswith("ات") else stem  # (normalised ة)
        return word_key(_bare(stem)) if stem and word_key(_bare(stem)) in self.nouns else ""

    def doers_again(self, events: list[Event], group: list[int]) -> set[int]:
        """The protests of one sentence's group told by a definite noun of their doers that is their own actor
        («المتظاهرين») after an earlier event of their type and flags in the sentence that has no actor, with no date of
        their own other than its («بدأت الشرارة الأولى للتظاهرات في مدينة البصرة … وشملت حركة التظاهر الشعبي …
        المتظاهرين»): the people of the act told before, not an act of their own; the earlier takes them as its actor
        (not «اعتقل أكثر من 180 متظاهرا»: some of them, nor people of an act whose doers are named otherwise)."""
        out: set[int] = set()
        for i in group:
            y = events[i]
            if y.event not in _PEOPLE:
                continue
            own = tuple(m for m in y.actor if m.start < y.trigger.end and y.trigger.start < m.end)
            if not own:
                continue
            flags = _flags(y)
            earlier = [j for j in group if j != i and j not in out and events[j].event == y.event
                       and events[j].trigger.end <= y.trigger.start
                       and (events[j].negated, events[j].future, events[j].hypothetical) == flags
                       and not (events[j].date != y.date and _own_date(y))]
            if not earlier:
                continue
            j = max(earlier, key=lambda j: events[j].trigger.start)
            x = events[j]
            if x.actor or not all(_definite(m) for m in own) or any(_among(m, x.recipient) for m in own):
                continue  # the earlier's doers named otherwise, or some of the people («اعتقل أكثر من 180 متظاهرا»)
            events[j] = x.updated(actor=own)  # «المتظاهرين»: the protest's own people
            out.add(i)
        return out

    def victims_as_doers(self, text: str, events: list[Event], group: list[int]) -> set[int]:
        """The assaults of one sentence's group told by a definite noun whose doers are all the very victims of a toll
        without a doer of their clause («وأصيب في الهجوم الذي استهدف مدرعة والاشتباك أربعة من مجندي الشرطة والجيش»:
        the wounded fell in the clash, the role stage made them its doers), those victims told after the noun: the act the
        toll tells, not one of its own."""
        out: set[int] = set()
        for i in group:
            y = events[i]
            if y.event not in _JOINED or not y.actor or self.toll(y) or not self.definite(_first(y.trigger.text)) \
                    or any(m.start < y.trigger.end for m in y.actor):
                continue  # (the victims told after the noun: the toll verb's subject, not the noun's doers)
            spans = {(m.start, m.end) for m in y.actor}
            for j in group:
                x = events[j]
                if j != i and j not in out and x.event == y.event and not x.actor and self.toll(x) \
                        and spans <= {(m.start, m.end) for m in x.recipient} \
                        and self.same_act(text, x, y, tolls=True):
                    out.add(i)
                    break
        return out

    def word_again(self, article: Article, x: Event, y: Event) -> bool:
        """True when a party-less assault x tells again, at any distance in its sentence, the very word of an earlier
        assault y («بشأن حدوث تفجير … والعثور في الموقع على أشلاء يعتقد أنها ناتجة عن تفجير بأحزمة ناسفة»), with no
        place named just before it (another town: «كما تعرضت بلدتا قسطون والحويجة لقصف جوي» after «قصف … لبلدة
        اللطامنة») and no word of another act after it («انفجار آخر»)."""
        if x.event not in _JOINED or not _same_word(x, y) or self.another_after(article.text, x):
            return False
        lo = max(y.trigger.end, x.trigger.start - _PLACE_BEFORE)
        if any(p.sentence == x.sentence and lo <= p.start < x.trigger.start and p.feature not in _COUNTRY
               for p in article.places):
            return False
        return self.same_act(article.text, x, y, reach=_SENTENCE)

    def victims_of(self, x: Event, y: Event) -> bool:
        """True when x is a toll without a doer whose victims are all the very recipients (the same mentions) of y, an
        assault of its sentence with a doer, of its flags and date, told before it («وتواصلت هجمات بوكو حرام في نهاية
        الإسبوع، في ولاية بورنو، حيث قتل 13 شخصا»: the role stage made the dead the attacks' victims; the toll, in a
        clause of its own, tells them again)."""
        if x.actor or not x.recipient or not y.actor or x.event != "ASSAULT" or y.event != "ASSAULT" \
                or y.trigger.start > x.trigger.start:
            return False
        if _flags(x) != _flags(y) or x.date != y.date \
                or (x.mode == "abduct") != (y.mode == "abduct"):
            return False
        return self.toll(x) and not self.toll(y) and _same(x.recipient, y.recipient)

    def instrument(self, ev: Event) -> bool:
        """True when the event's trigger is a word of an attack's weapon (ناسفة، مفخخة، عبوة), not of the attack."""
        words = ev.trigger.text.split()
        return bool(words) and _key(words[0]) in self.instruments

    def retold(self, article: Article, events: list[Event], days: dict[str, set] | None = None,
               told_as: dict[str, list[Event]] | None = None) -> list[Event]:
        """The events without those that tell again, in a later sentence, the act of an earlier event of their type
        (see `told_again`; `days`: the other days an event's act was told on, see `redated`; `told_as`: the events of
        its clause each took in, whose toll may tell an act again for it, see `fills`)."""
        told: dict[str, list[int]] = {}  # type → the events of that type kept so far, in text order
        drop: set[int] = set()
        last: dict[int, int] = {}  # an event kept → the last sentence that told its act again
        mates: dict[int, list[tuple[int, int]]] = {}  # a sentence → (an assault of it told again, its first telling)
        places: dict[int, set[str]] | None = None
        named: dict[int, set[str]] | None = None
        events = list(events)
        order = sorted(range(len(events)), key=lambda k: (events[k].sentence, events[k].trigger.start))
        for n, k in enumerate(order):
            y = events[k]
            if y.event not in _TOLD_AGAIN or k in drop:
                continue
            earlier = told.setdefault(y.event, [])
            if earlier and events[earlier[0]].sentence != y.sentence:
                if places is None:
                    places, named = _local_places(article), _named_codes(article)
                claim = y.event in _JOINED and y.actor and self.claimed(article.text, y)
                talks = not claim and self.impersonal(article.text, y)  # «تم خلاله بحث»: framed at any distance
                framed = talks or not claim and self.framed(article.text, y)
                pointed = not claim and not framed and self.pointed(article.text, y)
                subject = not (claim or framed or pointed) and self.subject(article.text, y) \
                    and not self.also(article.text, y)
                recap = not (claim or framed or pointed or subject) and self.recap(article.text, y)
                read = earlier[:_BACK] if claim else reversed(earlier[-_BACK:])  # a claim names the story's attack
                first = next((i for i in read if events[i].sentence != y.sentence
                              and self.told_again(article.text, events[i], y, places, claim,
                                                  framed and (y.sentence - last.get(i, events[i].sentence) <= _NEAR
                                                              or talks) or pointed,
                                                  last.get(i, events[i].sentence), pointed,
                                                  subject and y.sentence - last.get(i, events[i].sentence) <= _NEAR,
                                                  recap, days.get(events[i].id, ()) if days else (), talks, named)
                              and not (y.mode == "phone" and _names_another(named, events[i], y))), None)
                if first is None and y.event in _JOINED and not claim:
                    tolls = [t for t in (told_as or {}).get(y.id, ()) if self.toll(t)]  # «كمينا … ما أسفر عن مقتل 8»
                    first = next((i for i in reversed(earlier[-_BACK:]) if events[i].sentence != y.sentence
                                  and any(self.fills(article.text, events[i], z, places, events[i].sentence)
                                          for z in [y] + [t for t in tolls
                                                          if self.same_toll(article.text, events[i], t)])), None)
                    if first is None and y.sentence in mates:  # the attack of a toll told again
                        first = next((f for j, f in mates[y.sentence] if self.mate(article.text, events[j], y,
                                                                                    events[f])), None)
                    if first is not None:  # the first telling takes the parties it lacks
                        x = events[first]
                        events[first] = x.updated(actor=x.actor or y.actor, recipient=x.recipient or (
                            () if self.pronoun(y) else y.recipient))
                if first is None and y.event in _JOINED and not claim and self.condemned(article.text, y):
                    first = next((i for i in earlier[:_BACK] if events[i].sentence != y.sentence
                                  and self.condemned_again(article.text, events[i], y, places)), None)
                    if first is not None:  # its toll told after it («وأدى إلى مقتل وإصابة عدد من رجال الأمن»)
                        drop.update(j for j in order[n + 1:] if events[j].sentence == y.sentence
                                    and events[j].event == y.event and self.toll(events[j])
                                    and self.same_act(article.text, y, events[j], dated=False))
                if first is None and y.event in _JOINED and not claim and self.outcome_pointed(article.text, y):
                    first = next((i for i in reversed(earlier[-_BACK:]) if events[i].sentence == y.sentence - 1
                                  and (events[i].negated, events[i].future, events[i].hypothetical)
                                  == _flags(y)), None)
                if first is None and y.event in _JOINED and not claim:  # «انفجار عبوة ناسفة» … «انفجرت عبوة ناسفة»
                    weapons = self.devices(article.text, y)
                    first = next((i for i in reversed(earlier[-_BACK:]) if events[i].sentence != y.sentence
                                  and self.same_device(article.text, events[i], y, places,
                                                       last.get(i, events[i].sentence), weapons)), None) \
                        if weapons else None
                    if first is not None and not events[first].actor and y.actor:
                        events[first] = events[first].updated(actor=tuple(
                            m for m in y.actor if not _among(m, events[first].recipient)))  # who planted it
                if first is None and y.event in _JOINED and not claim and self.toll(y) \
                        and self.tallied(article.text, y):  # «وكانت حصيلة غير نهائية للتفجير … عن مقتل 17 شخصا»
                    first = next((i for i in reversed(earlier[-_BACK:]) if events[i].sentence != y.sentence
                                  and y.sentence - last.get(i, events[i].sentence) <= _NEAR
                                  and events[i].date == y.date and (events[i].negated, events[i].future,
                                                                    events[i].hypothetical)
                                  == _flags(y)), None)
                if first is None and y.event in _CAMPAIGN_TYPES and not claim:
                    first = next((i for i in reversed(earlier[-_BACK:]) if self.campaign(
                        article.text, events[i], y, places)), None)
                if first is None and y.mode == "arrest" and self.campaign_noun(article.text, y):
                    first = next((i for i in reversed(earlier[-_BACK:]) if self.campaign_again(
                        events[i], y)), None)  # «اعتقلت الشرطة 590» … «بحملة اعتقالات»
                if first is None and y.event in _JOINED and not claim and not y.actor \
                        and self.others_toll(article.text, y):
                    near = _FAR if self.others_close(article.text, y) else 2  # («وأصيب ثمانية أشخاص آخرون»)
                    first = next((i for i in reversed(earlier[-_BACK:]) if self.others_again(
                        events[i], y, places, last.get(i, events[i].sentence), near)), None)  # «كما اصيب مرافق آخر»
                    first = first if near == 2 or first == earlier[-1] else None  # (the victims told last)
                if first is None and y.event in _JOINED and not claim and not y.actor \
                        and self.reported_toll_next(article.text, y):  # «وأكدت مصادر ميدانية مصرع وإصابة عشرات»
                    first = next((i for i in reversed(earlier[-_BACK:]) if self.toll_of_last(
                        events[i], y, places)), None)
                    if first is not None and not events[first].recipient:
                        x = events[first]
                        events[first] = x.updated(recipient=tuple(m for m in y.recipient if not _among(m, x.actor)))
                if first is not None:
                    drop.add(k)  # the act's first telling stays the one later mentions are read against
                    x = events[first]
                    if y.event in _JOINED and not x.recipient and y.recipient and (
                            self.outcome_pointed(article.text, y) or self.loose_recipient(y)
                            and all(self.fallen(y, m) for m in y.recipient)):
                        events[first] = x.updated(recipient=tuple(m for m in y.recipient if not _among(m, x.actor)))
                        # the victims the toll told of, the act's («وأسفر الهجوم عن مقتل 20 شخصا»)
                    if y.event in _JOINED and not claim:
                        mates.setdefault(y.sentence, []).append((k, first))
                    last[first] = y.sentence  # the sentence that told it last (a frame reads the act told just before)
                    doers = tuple(m for m in y.actor if m not in _roles(y)[0][0])  # «الهجوم الانتحاري»، «المتظاهرين»
                    if doers and not events[first].actor and events[first].date == y.date \
                            and not any(_among(m, events[first].recipient) for m in doers):
                        events[first] = events[first].updated(actor=doers)  # the doers named by the trigger's words
                    if claim and not events[first].actor and all(m.sector for m in y.actor):
                        events[first] = events[first].updated(actor=y.actor)  # the claimer (a group) did it
                    if self.dates_it(events[first], y) and events[first].date != y.date \
                            and not self.foreign_date(article.text, y):  # its day told
                        events[first] = events[first].updated(date=y.date, enddate=y.enddate, date_source=y.date_source,
                                                              date_evidence=y.date_evidence)
                    if self.hosts(events[first], y):  # the visit's host, told again with its visitor
                        events[first] = events[first].updated(recipient=y.recipient)
                    if not (framed or claim) and self.unnamed_meeting(events[first], y, last.get(first, y.sentence)):
                        events[first] = events[first].updated(actor=y.actor, recipient=y.recipient)  # its parties
                    if subject and not events[first].recipient:  # what the act hit («الضربات استهدفت مبنى»)
                        x = events[first]
                        events[first] = x.updated(recipient=tuple(m for m in y.recipient if not _among(m, x.actor)))
                    if not framed:
                        continue  # a frame («خلال اللقاء») stays a telling the later ones are read against too
            earlier.append(k)
        return [e for k, e in enumerate(events) if k not in drop] if drop else events

    def bare_word_again(self, text: str, events: list[Event]) -> list[Event]:
        """The events without those that tell again, by its very word, the act of an earlier event of their type told
        with a party in an earlier sentence, with no party, day or flag of their own («وافق مجلس الأمن الدولي اليوم
        الاثنين على اتفاق» … «ووافق المجلس المؤلف من 15 دولة على قرار»): a word told with no one doing it nor
        undergoing it names the act the story told, not a second one (`bare_again` reads assaults, protests and
        coercions so by their CAMEO code near the first telling). Not one a word of another act stands by («هجمات
        أخرى»، «الجولة الثانية»: class `another`; «ووافق أيضا»: class `also`, see `added`, `added_after`), nor a verb
        with the pronoun of a plural doer, whose doers its own sentence names («شكر مغردون أمير مكة …، وطالبوا
        بمعاقبة»), nor a word with the pronoun of its object («وقاموا بتهديده»), nor a verb with a word that may name
        a doer or object of its own by it (`names_next`: «رفض دروز السويداء الدفع»، «أشاد به كثيرون»، «وكان هادي
        دعا»; not the earlier doer's head word again, «ووافق المجلس»), nor a verb told after a word of later time
        (`told_later`: «ثم دعا»، «وبعد ذلك دعا») or by an adjective of a later occasion («وفي مؤتمر صحفي لاحق، دعا»:
        class `another`), nor an assault (an explosion told so may be
        another one: «وفي حادث منفصل قال شهود إن انفجاراً وقع»; see `retold`), nor a negated act (a source's own
        denial told in its words: «"لم نستلم الطلب"» after the ministry's denial)."""
        told: dict[tuple, Event] = {}  # (type, word key, flags) → the first event told so with a party
        drop: set[int] = set()
        for k, y in enumerate(events):
            if y.event in _JOINED or y.negated:
                continue
            word = _first(y.trigger.text)
            key = (y.event, word_key(_bare(word)), _flags(y))
            x = told.setdefault(key, y) if y.actor or y.recipient else told.get(key, y)
            if x is y or x.sentence == y.sentence or y.actor or y.recipient or word.endswith(_PLURAL_DOER) \
                    or word.endswith(_OBJECT_PRONOUNS) or self.names_next(text, x, y) or self.told_later(text, y):
                continue
            if (y.date == x.date or not _own_date(y)) and not self.another_near(text, y) and not self.added(text, y) \
                    and not self.added_after(text, y):
                drop.add(k)
        return [e for k, e in enumerate(events) if k not in drop] if drop else events

    def told_later(self, text: str, ev: Event) -> bool:
        """True when a word of later time (`afterwards`: «ثم»، «بعد ذلك»، «لاحقا») is told before a trigger in its
        sentence («ثم دعا إلى»): an act done after the one told before, not it told again (an adjective of a later
        occasion, «وفي جلسة لاحقة»، «مؤتمر صحفي لاحق», is class `another`, see `another_near`)."""
        words = [strip_wa(w) for w in _WORD.findall(normalize(text[ev.sentence_start:ev.trigger.start]))]
        return any((w,) in self.afterwards or tuple(words[n:n + 2]) in self.afterwards
                   for n, w in enumerate(words))

    def added_after(self, text: str, ev: Event) -> bool:
        """True when a word of adding (class `also`: أيضا، كذلك) is among the two words after a trigger («ووافق أيضا
        على اتفاقية التزام»): one more act of its kind, not the one told before (`added` reads the words before it)."""
        after = _WORD.findall(normalize(text[ev.trigger.end:min(ev.sentence_end, ev.trigger.end + 30)]))[:2]
        return any(strip_wa(w) in self.adds for w in after)

    def names_next(self, text: str, x: Event, ev: Event) -> bool:
        """True when a verb's trigger is followed by a word that may name a party of its own: not a preposition
        («وقعت على الاتفاق»), a number, or a definite noun that is the head of a doer of x, the act told before
        («ووافق المجلس» after «وافق مجلس الأمن الدولي»), but a name or another noun («رفض دروز السويداء»، «ودعا الحراك
        الشبابي المقدسي»، «انتقدت موقف شيرمان») or a preposition with a pronoun («أشاد به كثيرون»); or preceded by a
        given name, its doer («وكان هادي دعا»); any word told right before a quoted name, its own party («انتقاد
        «داعش»»)."""
        if text[ev.trigger.end:ev.trigger.end + 2].lstrip()[:1] in _QUOTE_OPENERS:
            return True  # a quoted name right after the act's word is its own party («بدأ انتقاد «داعش» نابعًا»)
        verb = normalize(_first(ev.trigger.text))
        if verb not in self.verbs and strip_wa(verb) not in self.verbs:
            return False  # (looked up as written too: a root و is no conjunction, «وافق بالإجماع»)
        if strip_wa(_word_right_before(text, ev)) in self.given:
            return True  # a given name right before the verb is its doer («وكان هادي دعا خلال لقائه أمس مبعوث»)
        after = _TOKEN.findall(normalize(text[ev.trigger.end:min(ev.sentence_end, ev.trigger.end + 30)]))[:1]
        if not after or after[0] in self.prepositions or not _WORD.fullmatch(after[0]):
            return False
        doers = {word_key(_bare(w)) for m in x.actor for w in normalize(m.text).split()}
        return not (after[0].startswith("ال") and word_key(_bare(after[0])) in doers)

    def tallied(self, text: str, ev: Event) -> bool:
        """True when a toll is told in its sentence after a word of a tally (repeat_words.tsv class `tally`: «حصيلة»)
        and a definite noun of an attack told after that word («وكانت حصيلة غير نهائية للتفجير الذي استهدف سوقا شعبية،
        أفادت مساء أول أمس عن مقتل 17 شخصا»): a count, told again, of an attack told before, not an act of its own."""
        if not self.tallies:
            return False
        words = self.words_before(text, ev)
        at = next((n for n, w in enumerate(words) if w in self.tallies), None)
        return at is not None and any(_bare(w).startswith("ال") and word_key(_bare(w)) in self.attacks
                                      for w in words[at + 1:])

    def headlined(self, text: str, events: list[Event]) -> list[Event]:
        """The events without those of a headline (`headline`: «* شرطة تايوان تعتقل طلابًا اقتحموا مقر وزارة التعليم»)
        whose act the body tells at most _HEADLINE sentences after it, by an event of its CAMEO code and flags, no day
        of its own other than the body's, its parties in each role none, the body's, or named by the body in words
        without a code («ذكرت وكالة الأنباء المركزية التايوانية، أن الشرطة اعتقلت أمس طلابا»): one act, the body's
        telling the better evidenced (its day, its clause). The body's event stays, its parties its own (evidence in its
        sentence), those with no code taking the code of the headline's party of their sector («الشرطة» ← «شرطة
        تايوان»)."""
        drop: set[int] = set()
        for i, x in enumerate(events):
            if not self.headline(text, x):
                continue
            for j, y in enumerate(events):
                if j == i or j in drop or not 0 < y.sentence - x.sentence <= _HEADLINE or y.cameo != x.cameo \
                        or y.event != x.event or _flags(x) != (
                            y.negated, y.future, y.hypothetical) or _own_date(x) and x.date != y.date:
                    continue
                roles = [(xs, ys) for xs, ys in ((x.actor, y.actor), (x.recipient, y.recipient))]
                if not all(not xs or not ys or _within(xs, ys, _party) or _within(ys, xs, _party)
                           or not any(m.code for m in ys) and all(m.code for m in xs) for xs, ys in roles):
                    continue
                actor, recipient = (_coded_from(ys, xs) for xs, ys in roles)
                if actor is not y.actor or recipient is not y.recipient:
                    events[j] = y.updated(actor=actor, recipient=recipient)
                drop.add(i)
                break
        return [e for k, e in enumerate(events) if k not in drop] if drop else events

    def met_again(self, text: str, events: list[Event]) -> list[Event]:
        """The events without the meetings that tell again, at most _MET_AGAIN sentences later, a meeting of their CAMEO
        code (held in person, `_MET`) told with one side only, by the very persons of that side (names, else words) in
        either role and the other side it lacks («التقت الممثلة العليا للاتحاد الأوروبي موغيريني» … «وقالت موغيريني
        خلال لقائها بالرئيس القبرصي»، «وعقد كارتر اجتماعاً مع رئيس الإقليم مسعود البارزاني» … «اجتمع رئيس اقليم كردستان
        مسعود بارزاني مع وزير الدفاع الامريكي آشتون كارتر»), with its flags, no day of its own other than the first's,
        not after «كما» nor a verb of discussing (its talks, read elsewhere), told by a verb or a definite or possessed
        noun (an indefinite one tells another meeting: «عقب ذلك عقد … اجتماعا موسعا»): the first telling takes the side
        it lacks."""
        drop: set[int] = set()
        for j, y in enumerate(events):
            if y.event != "CONSULT" or y.cameo not in _MET or not (y.actor and y.recipient) or self.also(text, y) \
                    or _first(y.trigger.text) in self.discuss or self.another_after(text, y):
                continue
            wy = _first(y.trigger.text)
            if wy not in self.verbs and not (self.definite(wy) or self.possessed(y)):
                continue  # «عقب ذلك عقد … اجتماعا موسعا» after «اجتماعا ثنائيا»: an indefinite noun tells another meeting
            for i in range(j - 1, -1, -1):
                x = events[i]
                if y.sentence - x.sentence > _MET_AGAIN:
                    break  # (the events in the order told: all before it are farther still)
                if i in drop or x.event != "CONSULT" or x.cameo != y.cameo or x.sentence >= y.sentence:
                    continue
                if _flags(x) != _flags(y) \
                        or bool(x.actor) == bool(x.recipient) or x.date != y.date and _own_date(y):
                    continue
                side = x.actor or x.recipient
                for ya, yr in ((y.actor, y.recipient), (y.recipient, y.actor)):
                    if _within(side, ya if x.actor else yr, _person):
                        other = tuple(m for m in (yr if x.actor else ya) if not _among_person(m, side))
                        if other:
                            events[i] = x.updated(recipient=other) if x.actor else x.updated(actor=other)
                            drop.add(j)
                        break
                if j in drop:
                    break
        return [e for k, e in enumerate(events) if k not in drop] if drop else events

    def meeting_told_again(self, text: str, events: list[Event]) -> list[Event]:
        """The events without a later telling, in other words, of a meeting told before with both sides: a consultation
        of its CAMEO code, flags and day with a recipient, whose parties are all among the first's (code and sector,
        else words, else the code where one has no sector), in either role («أجرى الرئيس الأميركي باراك أوباما … محادثات مغلقة مع الرئيس الكيني» … «خلال
        لقاء مع نظيره الكيني»، «في مكالمتنا مع أوباما»); told by a verb, a definite or possessed noun, or a noun after
        a preposition (`retelling`: «عقب ذلك عقد … اجتماعاً موسعاً» is another meeting of the two); not after «كما»,
        nor near a word of another meeting («آخر»، «ثان»: class `another`), nor a word of discussing (its talks, read
        elsewhere). One side alone, its doer, may be in other talks («وتعول الحكومة اليونانية على إتمام المباحثات
        التقنية» after its meeting with the opposition)."""
        drop: set[int] = set()
        for j, y in enumerate(events):
            if y.event != "CONSULT" or not y.recipient or y.date is None or self.also(text, y) \
                    or _first(y.trigger.text) in self.discuss or self.another_near(text, y) \
                    or not self.retelling(text, y):
                continue
            for i in range(j - 1, -1, -1):
                x = events[i]
                if i in drop or x.event != "CONSULT" or x.sentence >= y.sentence or not (x.actor and x.recipient):
                    continue
                if x.cameo == y.cameo and x.date == y.date \
                        and _flags(x) == _flags(y) \
                        and all(_among_vague(m, x.actor + x.recipient) for m in y.actor + y.recipient):
                    drop.add(j)
                    break
        return [e for k, e in enumerate(events) if k not in drop] if drop else events

    def retelling(self, text: str, ev: Event) -> bool:
        """True when a trigger can tell again an act told before: a verb, a definite or possessed noun, or a noun right
        after a preposition (function_words.tsv `preposition`: «خلال لقاء»، «بعد لقاء»); an indefinite noun as the
        object of a verb tells a new act («عقد … اجتماعاً موسعاً»)."""
        word = _first(ev.trigger.text)
        if word in self.verbs or self.definite(word) or self.possessed(ev):
            return True
        return strip_wa(_word_right_before(text, ev)) in self.prepositions

    def headline(self, text: str, ev: Event) -> bool:
        """True when an event's sentence is a headline: a line of at most _HEADLINE_WORDS words without a closing mark,
        a new line right after it («* جيش باكستان يعتقل آلاف الإرهابيين في عملية عسكرية»)."""
        line = ev.sentence_text.strip()
        return bool(line) and line[-1] not in _STOPS + ":»\"”)" and len(line.split()) <= _HEADLINE_WORDS \
            and "\n" in text[ev.sentence_end:ev.sentence_end + 3]

    def said_again(self, text: str, events: list[Event]) -> list[Event]:
        """The events without the threats, rejections and accusations that tell again, at most _NEAR sentences later
        (_SAY_REACH when told by the same word), an earlier event of their CAMEO code, flags and day with a doer: its
        doers none or the earlier's (the same name, else the same code or words: `_same_doer`: «استنكرت منظمة التعاون الإسلامي التصريحات» …
        «استنكرت الأمانة العامة لمنظمة التعاون الإسلامي تصريحات المالكي»), its recipients none, or the earlier's, or,
        told by the earlier's very word, the earlier has none (it takes them); not told after a word adding an act
        (class `also`: «كما»، «أيضا»), nor a verb without a doer opening its sentence, nor in a sentence turning to
        another matter (`shifted`: «من جهة أخرى، رفض روحاني مزاعم تدخل إيران» after «رفض الرئيس روحاني المزاعم
        الأميركية»: two). «قراصنة … وهددوا الموقع بنشر أسمائهم» … «وهددوا بنشر صور عارية»: one threat."""
        drop: set[int] = set()
        last: dict[int, int] = {}  # an event kept → the last sentence that told it again
        events = list(events)
        for k, y in enumerate(events):
            if y.event not in _SAID_AGAIN or self.also(text, y) or self.shifted(text, y) or not y.actor and not any(
                    w not in ("و", "ف") for w in normalize(text[y.sentence_start:y.trigger.start]).split()) \
                    and not self.object_pointed(text, y):
                continue  # a verb opening its sentence without a doer: its subject, after it, untagged («واستنكرت فعاليات»)
            for i in range(k - 1, -1, -1):
                x = events[i]
                if i in drop or x.event != y.event:
                    continue
                if x.sentence == y.sentence:
                    continue
                since = last.get(i, x.sentence)  # (the act told again last: «الفيتو» … «الفيتو» after «حق النقض»)
                if y.sentence - since > (_SAY_REACH if _same_word(x, y) or self.narrow_noun(x, y) else _NEAR):
                    if y.sentence - x.sentence > _SAY_REACH and y.sentence - max(last.values(), default=-1) > _SAY_REACH:
                        break  # (no earlier act, nor any told again since, in reach: round 99 mend, speed)
                    continue
                if x.cameo != y.cameo or not x.actor or not _one_day(x, y) \
                        or _flags(x) != _flags(y):
                    continue
                if y.actor and not all(_same_doer(m, x.actor) for m in y.actor):
                    continue  # (not «الأمين العام» of another body after «الزياني الأمين العام لمجلس التعاون»)
                if y.recipient and not (all(_among(m, x.recipient) for m in y.recipient) if x.recipient
                                        else _same_word(x, y)):
                    continue  # («حماس ترفض تنفيذ ما تم الاتفاق عليه» … «رفضت حماس اتهامات عباس»: two)
                if not x.recipient and y.recipient:
                    events[i] = x = x.updated(recipient=tuple(m for m in y.recipient if not _among(m, x.actor)))
                if x.date != y.date:  # the first telling takes the day the later one tells
                    events[i] = x.updated(date=y.date, enddate=y.enddate, date_source=y.date_source,
                                          date_evidence=y.date_evidence)
                drop.add(k)
                last[i] = y.sentence
                break
        return [e for k, e in enumerate(events) if k not in drop] if drop else events

    def object_pointed(self, text: str, ev: Event) -> bool:
        """True when a demonstrative (repeat_words.tsv class `pointer`) before a definite noun is told among the
        _POINTED words after ev's trigger, in its clause: its object is the thing an act told before was about
        («واستنكر التركي هذه التصريحات» after «أدانت رابطة العالم الإسلامي التصريحات الطائفية»), its untagged subject
        that act's speaker (not «بعد ذلك»: no noun pointed at)."""
        clause = re.split(r"[\u060c,:]", text[ev.trigger.end:min(ev.sentence_end, ev.trigger.end + _AFTER)])[0]
        words = _WORD.findall(normalize(clause))[:_POINTED + 1]
        return any(w in self.pointers and n.startswith("ال") for w, n in zip(words, words[1:]))

    def ratified_again(self, text: str, events: list[Event]) -> list[Event]:
        """The events without an approval or a ratification (`_approval`) told again, at most _SAY_REACH sentences after
        an earlier one with a doer, of its flags, on the same word of an accord or a law (`approved_word`), by the
        earlier's doers (`_same_body`: named alike before a gloss, so the European Union is not the Security Council,
        both IGO) or none and no recipient the earlier lacks, its word definite or its sentence opened by a word of
        background (class `recap`): «مصادقة كنيست الاحتلال الإسرائيلي على قانون يشدد الأحكام» … «وكان الكنيست
        الإسرائيلي قد صادق أمس الأول … على قانون يفرض»، «قرار مجلس الامن بالموافقة على اتفاق فيينا» … «قرار مجلس الأمن
        بالمصادقة على الاتفاق»: one act, kept where it is told first; not two days read from their own clauses, nor
        «ووافق المجلس على قانون» after another «قانون» approved (two laws)."""
        drop: set[int] = set()
        words: dict[int, tuple[str, bool]] = {}
        for k, y in enumerate(events):
            if not _approval(y):
                continue
            word = words[k] = self.approved_word(text, y)
            if not word[0] or not (word[1] or self.opened_by(text, y, self.recaps)):
                continue
            for i in range(k - 1, -1, -1):
                x = events[i]
                if y.sentence - x.sentence > _SAY_REACH:
                    break
                if i in drop or x.sentence == y.sentence or not _approval(x) or not x.actor \
                        or words.get(i, ("",))[0] != word[0] or _flags(x) != _flags(y) \
                        or x.date_source == y.date_source == "text" and x.date != y.date:
                    continue
                if all(_same_body(m, x.actor) for m in y.actor) and all(_among(m, x.recipient) for m in y.recipient):
                    drop.add(k)
                break
        return [e for k, e in enumerate(events) if k not in drop] if drop else events

    def approved_word(self, text: str, ev: Event) -> tuple[str, bool]:
        """The word of an accord or a law (repeat_words.tsv `accord`, `law`) an approval's trigger approves, told in the
        next _APPROVED words of its clause, without its article («على الاتفاق» → «اتفاق»), and whether it is definite;
        ("", False) if none, or if a second such word follows (a law named by another: «القانون المعدل لقانون الأحزاب»)."""
        after = text[ev.trigger.end:ev.trigger.end + _APPROVED_SPAN]
        found: tuple[str, bool] = ("", False)
        for w in _WORD.findall(after.split("،")[0].split(",")[0])[:_APPROVED]:
            n = normalize(w)
            if len(n) > 4 and n[0] in "وفبل" and n[1:3] == "ال":
                n = n[1:]
            bare = n[2:] if n.startswith("ال") else n
            if bare not in self.approved and len(bare) > 4 and bare[0] in "بل":
                bare = bare[1:]  # «لقانون»
            if bare in self.approved:
                if found[0]:
                    return "", False  # «على القانون المعدل لقانون الأحزاب»: a law named by another, no word to match
                found = (bare, bare != n)
        return found

    def praise_named_again(self, events: list[Event]) -> list[Event]:
        """The events without a support told again by a noun of an earlier one's very word, at most _SAY_REACH sentences
        later, of its CAMEO code, flags and day, its doers (one at least, each a person told by name: `_named`) all the
        earlier's (`_same_doer`; not «وغرد المصريون برسائل ترحيب» after a welcome by «مصر»: people of a country are no
        one doer) and its recipients none or the earlier's: «وترحيب السيسي به أثبت قوة العلاقات» after «حرص السيسي
        خلال الحفل على الترحيب بضيفه»: the welcome named as a thing told, no second one (a verb may tell a new one:
        «ورحب السيسي بالقرار»)."""
        out: list[Event] = []
        for y in events:
            if y.event == "SUPPORT" and y.actor and all(_named(m) for m in y.actor) \
                    and _first(y.trigger.text) not in self.verbs and any(
                    x.event == "SUPPORT" and 0 < y.sentence - x.sentence <= _SAY_REACH and x.cameo == y.cameo
                    and x.date == y.date and _same_word(x, y) and x.actor
                    and _flags(x) == _flags(y)
                    and all(_same_doer(m, x.actor) for m in y.actor)
                    and all(_among(m, x.recipient) for m in y.recipient) for x in out[-_BACK:]):
                continue
            out.append(y)
        return out

    def narrow_noun(self, x: Event, y: Event) -> bool:
        """True when y is told by a definite noun of x's CAMEO code, a narrow one (not a type's broad code ending in 0):
        «الفيتو الروسي» after «استخدمت روسيا حق النقض» names that act by another word, as the same word would
        (`said_again`)."""
        return x.cameo == y.cameo and not x.cameo.endswith("0") and _first(y.trigger.text) not in self.verbs \
            and self.definite(strip_wa(_first(y.trigger.text)))

    def mate(self, text: str, z: Event, y: Event, x: Event) -> bool:
        """True when an assault y is one act with z, an assault of its clause found to tell x again (`same_act`, a toll
        told first dating both), and its parties in the roles x fills are x's, or told vaguely (`_vague`), none of them
        x's in the other role: «قتل ثلاثة من عسكريينا الشجعان نتيجة هجوم نفذته المنظمة الانفصالية الإرهابية» after
        «مقتل ثلاثة جنود أتراك أمس حين فتح عناصر من حزب العمال الكردستاني النار»: the toll is told again, and so is
        the attack it fell in."""
        if not self.same_act(text, z, y, tolls=True) or self.another_after(text, y) or self.also(text, y):
            return False
        if any(_among(m, x.recipient) for m in y.actor) or any(_among(m, x.actor) for m in y.recipient):
            return False
        return all(_within((m,), xs, _party) or _retells(m, xs) or _vague(m, xs)
                   for xs, ys in ((x.actor, y.actor), (x.recipient, y.recipient)) if xs for m in ys)

    def claimed(self, text: str, ev: Event) -> bool:
        """True when a word of a claim of responsibility is among the three words before the trigger, in its sentence,
        with no negation before it («وأعلنت طالبان مسؤوليتها عن الهجوم»، «وتبنى تنظيم القاعدة مسؤولية الهجوم»; not
        «ولا يعلن المتمردون عادة مسؤوليتهم عن الهجمات»)."""
        before = normalize(text[max(ev.sentence_start, ev.trigger.start - 60):ev.trigger.start]).split()
        return (any(strip_wa(w) in self.claims for w in before[-3:]) or self.claim_opens(text, ev)) and not any(
            w in _NOT or w[0] in "وف" and w[1:] in _NOT for w in before[-6:])

    def claim_opens(self, text: str, ev: Event) -> bool:
        """True when the sentence opens with a word of a claim and the trigger, a definite noun, is told at most
        _CLAIMED words after it with no comma between: the claimer told at length before the act it claims («وتبنى
        الجناح العسكري في الحركة الانفصالية المتمردة الهجوم على موقعه»); not after a demonstrative («وتبنت حركة طالبان
        هذا الهجوم»: the act pointed at, see `pointed`)."""
        if not self.definite(_first(ev.trigger.text)):
            return False
        lead = text[ev.sentence_start:ev.trigger.start]
        words = normalize(lead).split()
        return 0 < len(words) <= _CLAIMED and strip_wa(words[0]) in self.claims \
            and not any(c in lead for c in _COMMAS) and not self.pointer(words[-1])

    def condemned(self, text: str, ev: Event) -> bool:
        """True when a word of condemnation is among the six words before an assault told by a definite noun, or by a
        verb right after a relative pronoun, in its sentence, with no negation before it («وأعربت دولة الكويت عن
        إدانتها واستنكارها الشديدين لحادث التفجير»، «ودانت مصر التفجير الإرهابي»، «واستنكارها الشديدين للعمل
        الإرهابي الذي استهدف»): the act condemned is the act the story told."""
        before = normalize(text[max(ev.sentence_start, ev.trigger.start - 80):ev.trigger.start]).split()[-6:]
        if not before or not (self.definite(_first(ev.trigger.text)) or strip_wa(before[-1]) in self.relatives):
            return False
        return any(strip_wa(w) in self.condemns for w in before) and not any(
            w in _NOT or w[0] in "وف" and w[1:] in _NOT for w in before)

    def condemned_again(self, text: str, x: Event, y: Event, places: dict[int, set[str]]) -> bool:
        """True when a condemned assault y (see `condemned`) tells again x, located in a place narrower than a country:
        the same flags, no date of its own other than x's, no place x's sentence does not name, no other count;
        whatever its parties (the condemner is not its doer)."""
        if _flags(x) != _flags(y) or (
                x.mode == "abduct") != (y.mode == "abduct"):
            return False
        if y.date_source == "text" and y.date != x.date or y.date_source == "before_published" != x.date_source:
            return False
        seen = places.get(x.sentence, set()) | (_at(x) if x.location is not None
                                                and x.location.feature not in _COUNTRY else set())
        if not seen or _elsewhere(places.get(y.sentence, set()), seen) or _two_places(x, y):
            return False  # two attacks in two towns, or an act told nowhere
        cx, cy = {strip_wa(c) for c in self.count(text, x)}, {strip_wa(c) for c in self.count(text, y)}
        return not (cx and cy and not cx & cy) and not self.another_after(text, y)

    def construct(self, text: str, ev: Event) -> bool:
        """True when a trigger of one word is told in construct with a definite noun right after it, which makes it
        definite (read after a claim, where the word is a noun: «وتبنت جبهة النصرة خطف العناصر»، «مسؤوليته عن قتل
        الجنود»): the act is one told before."""
        if " " in ev.trigger.text:
            return False
        after = _WORD.findall(normalize(text[ev.trigger.end:min(ev.sentence_end, ev.trigger.end + 20)]))[:1]
        return bool(after) and text[ev.trigger.end:ev.trigger.end + 1] == " " and after[0].startswith("ال")

    def pointed(self, text: str, ev: Event) -> bool:
        """True when an assault, a protest or a coercion is told by a noun with a demonstrative right before it, the
        noun definite, or right after its trigger (repeat_words.tsv class `pointer`: «وأسفرت هذه الهجمات»، «وردًا على
        مقتل هذين الشرطيين»; a preposition may be joined to it: «تصدى المصلون لهذه الاقتحامات»), or by a definite noun
        right after a verb that sets it in time against other acts (class `comes`: «وياتي الهجوم غداة قتل شرطيين»): the
        act pointed at is one told before, at any distance, whatever its parties (see `framed`)."""
        if ev.event not in _LOOSE or not self.pointers or _first(ev.trigger.text) in self.verbs:
            return False
        after = _WORD.findall(normalize(text[ev.trigger.end:min(ev.sentence_end, ev.trigger.end + 12)]))[:1]
        if after and text[ev.trigger.end:ev.trigger.end + 1] == " " and after[0] in self.pointers:
            return True
        return self.pointed_noun(text, ev, wa=False) or self.definite(_first(ev.trigger.text)) \
            and strip_wa(_word_right_before(text, ev)) in self.comes
        # «لهذه الاقتحامات»; «ويأتي الهجوم غداة قتل شرطيين»

    def pointed_noun(self, text: str, ev: Event, wa: bool = True) -> bool:
        """True when a trigger's first word is a definite noun with a demonstrative right before it (class `pointer`:
        «هذه الزيارة»، «لهذه الاقتحامات»); with `wa`, a leading و/ف of the word taken off first (`strip_wa`)."""
        base = _first(ev.trigger.text)
        return self.definite(strip_wa(base) if wa else base) and self.pointer(_word_right_before(text, ev))

    def pointer(self, word: str) -> bool:
        """True for a demonstrative (class `pointer`), a preposition joined to it or not («هذه»، «لهذا»، «بهذه»)."""
        w = strip_wa(word)
        return w in self.pointers or w[:1] in ("ل", "ب") and w[1:] in self.pointers

    def result_verb(self, w: str) -> bool:
        """True for a verb of consequence (class `result`: أدى، أسفر), with و، ف or the participle's م before it."""
        return w in self.results or w[:1] in "وفم" and w[1:] in self.results

    def outcome_pointed(self, text: str, ev: Event) -> bool:
        """True when an assault is a toll without a doer told right after a verb of consequence (class `result`) whose
        subject is a demonstrative (class `pointer`), a preposition between («وأدى ذلك إلى مقتل ضابط صف»، «وأسفر ذلك
        عن سقوط قتيلين»): the toll of the act told in the sentence before, not an act of its own."""
        if ev.actor or not self.toll(ev) or _own_day(ev):
            return False  # (a toll with a time of its own tells its own day)
        before = _words_right_before(text, ev, 3)
        if len(before) != 3 or before[2] not in (self.to, "عن"):
            return False
        return self.result_verb(before[0]) and before[1] in self.pointers

    def result_subject(self, text: str, x: Event, y: Event) -> bool:
        """True when y is a definite assault noun without parties told right after a verb of consequence (class
        `result`), its subject («ولم يخلف القصف أية إصابات»، «فيما لم يسفر الهجوم عن ضحايا»), and x an assault told
        before it in its sentence or the one before, not negated, of its future and hypothetical flags: the noun is
        x's act told again to say what it brought about (a negation there denies the outcome, not the act); not when
        the two are told in two places («قصفت الطائرات مواقع في مدينة حلب …، فيما لم يخلف القصف في مدينة إدلب»)."""
        if x.event != "ASSAULT" or y.event != "ASSAULT" or y.actor or y.recipient or x.negated \
                or (x.future, x.hypothetical) != (y.future, y.hypothetical) \
                or not 0 <= y.sentence - x.sentence <= 1 or x.trigger.start >= y.trigger.start or _two_places(x, y):
            return False
        word = _first(y.trigger.text)
        return " " not in y.trigger.text and self.definite(word) and self.result_verb(strip_wa(_word_right_before(
            text, y)))

    def hit_in(self, text: str, x: Event, y: Event) -> bool:
        """True when of two assaults of one clause the first is a toll with a doer and the later a verb without one, no
        toll, whose subject is an attack noun told after «في» at most three words before it («الشاب الأميركي الذي قتل
        خمسة جنود في هجوم مسلح استهدف مركزين عسكريين»، «15 مسلحاً حوثياً قتلوا في غارة جوية لطيران التحالف استهدفت
        آليات»): the verb tells what the attack the victims fell in hit, one act (`joined` keeps the attack, the toll's
        doer and victims added)."""
        first, then = (x, y) if x.trigger.start < y.trigger.start else (y, x)
        if not first.actor or then.actor or not self.toll(first) or self.toll(then) \
                or _first(then.trigger.text) not in self.verbs:
            return False
        gap = text[first.trigger.end:then.trigger.start]
        if any(c in _STOPS or c in _COMMAS for c in gap):
            return False  # (no mark between: one clause)
        words = normalize(gap).split()
        return any(w == _IN and k + 1 < len(words) and len(words) - k - 2 <= 3
                   and word_key(_bare(words[k + 1])) in self.attacks for k, w in enumerate(words))

    def dates_it(self, x: Event, y: Event) -> bool:
        """True when a definite noun y with x's recipients (matched on codes) tells the day of x, dated by the published
        day only: «وشن المتمردون هجوما على معسكر كامب انتيغريتي الذي تتمركز فيه القوات الأميركية» … «أن الهجوم على
        قاعدة عسكرية أميركية في كابل مساء يوم الجمعة أسفر عن مقتل» (x takes y's day: see `retold`). So does y told
        by x's very word with parties all x's, x told as background with no day (`background_dated`, round 105)."""
        if self.background_dated(x, y):
            return True
        return x.date_source == "published" and y.date_source == "text" and y.date is not None \
            and bool(x.recipient) and bool(y.recipient) and self.definite(_first(y.trigger.text)) \
            and _within(y.recipient, x.recipient, _party) and all(m.code for m in y.recipient)

    @staticmethod
    def background_dated(x: Event, y: Event) -> bool:
        """True when x, told as background with no day of its own (before the published day), is told again by y in its
        very word with a day no later than x's bound, y's parties all x's (recipients matched on codes, or on words:
        the mosque x's sentence gave a country is y's «مسجد»): y tells x's day («بعد أكثر من شهر من تفجير مسجد
        الصادق» … «ووقع تفجير مسجد الصادق … يوم 26 يونيو»)."""
        return x.date_source == "before_published" and x.date is None and x.enddate is not None \
            and y.date_source == "text" and y.date is not None and y.date <= x.enddate \
            and bool(x.recipient) and bool(y.recipient) and word_key(_bare(_first(x.trigger.text))) \
            == word_key(_bare(_first(y.trigger.text))) and _within(y.actor, x.actor, _party) \
            and (_within(y.recipient, x.recipient, _party) or _within(y.recipient, x.recipient, _said))

    def foreign_date(self, text: str, ev: Event) -> bool:
        """True when the time that dates an event is told after its trigger and after the word of another attack told
        after it, which it dates («وتبنت حركة طالبان هذا الهجوم، الذي يأتي بعد سلسلة هجمات في كابل أوقعت 51 قتيلا
        الجمعة»، «مسؤولية الهجوم على حزب العمال الذي كثف هجماته … في الأسبوعين الأخيرين»): read only for an act told
        again by a claim, a frame, a demonstrative or a subject, whose time is the act's told before."""
        t = ev.date_evidence
        if t is None or t.start <= ev.trigger.end or t.start - ev.trigger.end > _FOREIGN:
            return False
        between = normalize(text[ev.trigger.end:t.start]).split()
        return any(word_key(_bare(strip_wa(w))) in self.attacks for w in between)

    def subject(self, text: str, ev: Event) -> bool:
        """True when an assault told by a verb has a definite noun of an assault right after it or right before it, its
        subject («واستهدفت الهجمات أيضا وحدات تكتيكية»، «أن الغارات استهدفت»): the act told before did what the verb
        tells, whatever target it names (read within _NEAR sentences, see `told_again`); not with a word of another act
        after the noun («الغارة الثانية»), nor a noun after a preposition («تتعرض لقصف بالهاون»: the means), nor a
        weapon or a craft (class `arms`: «أطلقت قذائف الهاون على الأحياء»، «أن الطائرات قصفت»: what the act was done
        with, or the doer of an act of its own)."""
        if ev.event != "ASSAULT" or _first(ev.trigger.text) not in self.verbs:
            return False
        after = normalize(text[ev.trigger.end:min(ev.sentence_end, ev.trigger.end + _AFTER)]).split()[:3]
        before = normalize(text[max(ev.sentence_start, ev.trigger.start - 20):ev.trigger.start]).split()[-1:]
        for words in (after, before):
            w = strip_wa(words[0]) if words else ""
            if w.startswith("ال") and self.definite(w) and word_key(w) in self.attacks \
                    and word_key(w) not in self.arms:  # not «بالهاون»: the means; nor «الطائرات»: a weapon
                return words is before or not any(strip_wa(v) in self.another for v in after[1:])
        return False

    def tags_start(self, text: str) -> int:
        """Where the list of keywords a site appends to its story opens (repeat_words.tsv class `tags`: «… وشعوبها. سمات
        عبدالله الثاني محمد بن سلمان»): the last such word, within _TAGS characters of the end, with no punctuation after
        it; -1 when the text has none."""
        tail = text[-_TAGS:]
        for word in self.tag_words:
            k = tail.rfind(word)
            if k >= 0 and not _TAG_STOPS.search(tail, k + len(word)):
                return len(text) - len(tail) + k
        return -1

    def hosts(self, x: Event, y: Event) -> bool:
        """True when a later consultation y tells x again naming the host x lacks (`_hosts`), the two of a CAMEO code
        narrower than the broad 040 (a visit's 042: «يزور كيري الخليج» … «زيارة كيري للدوحة»; not «التقى كارتر عددا من
        الجنود» … «لقاء كارتر مع نواب كتلة حزبه»: two meetings)."""
        return _hosts(x, y) and bool(self.codes(x.trigger.text) & self.codes(y.trigger.text) - _BROAD)

    def recap(self, text: str, ev: Event) -> bool:
        """True when an assault told by a noun without the article stands in a sentence opened by a word of background
        (repeat_words.tsv class `recap`: «وكان تفجير انتحاري قد وقع ظهر اليوم بمعسكر قوات الطوارئ الخاصة بأبها»، «وكان
        مسجد قوات الطوارئ … شهد … تفجيرًا انتحاريًّا»): the sentence tells again what the story told, and the noun
        names its act as a definite one would (read in `told_again`, with its date, parties, places and count)."""
        if ev.event not in _JOINED or not self.recaps or _first(ev.trigger.text) in self.verbs:
            return False
        return self.opened_by(text, ev, self.recaps)

    def framed(self, text: str, ev: Event) -> bool:
        """True when the word right before a definite noun's trigger makes it the time or the place of an act told
        before (repeat_words.tsv class `frame`: «وجرى خلال اللقاء»، «في مستهل اللقاء»، «وحضر الاجتماع»), a noun of a
        sitting between them or not (class `session`: «حضر جلسة المباحثات»); for a consultation, a preposition of class
        `inside` or a demonstrative does too («ورأس وفد المملكة في الاجتماع»، «وتسعى واشنطن عبر هذه القمة»); a verb of
        taking part with «في» (function_words.tsv `partake`: «وشارك في المظاهرة») does for any act. Talks told
        without a doer («كما تم بحث الأوضاع اليمنية»: `impersonal`) are framed too: the caller reads them first."""
        if not self.definite(_first(ev.trigger.text)):
            return False
        before = _words_right_before(text, ev, 3)
        if before and strip_wa(before[-1]) in self.sessions:  # «حضر جلسة المباحثات»: the sitting of the act
            before = before[:-1]
        if before and ev.event == "CONSULT" and (strip_wa(before[-1]) in self.insides or self.pointer(before[-1])):
            return True  # «ورأس وفد المملكة في الاجتماع»، «إلى هذا الاجتماع»: the meeting told before, its attendees
        if len(before) > 1 and before[-1] == "في" and strip_wa(before[-2]) in self.takers:
            return True  # «وشارك في المظاهرة نواب جمهوريون»: those who took part in the act told before
        return bool(before) and strip_wa(before[-1]) in self.frames

    def told_again(self, text: str, x: Event, y: Event, places: dict[int, set[str]], claim: bool = False,
                   framed: bool = False, since: int | None = None, pointed: bool = False,
                   subject: bool = False, recap: bool = False, also: "set | tuple" = (), talks: bool = False,
                   named: dict[int, set[str]] | None = None) -> bool:
        """True when y, told in a later sentence than x, of x's type, is x's act told again: y has the same flags, no
        date of its own other than x's, no party x lacks (but the recipients a close definite noun's sentence names
        away from it: `loose_recipient`), no other place (a town and its country are one) and no other count of
        victims (a loose recipient's noun located somewhere only where x is located too); and its
        trigger is a definite noun of an act told again («بعد الهجوم»، «الاحتجاجات»، «الاجتماع» after «اجتماعا», not
        followed by a word of another act: «المكالمة الجديدة») or a word of x's trigger's CAMEO code with x's count
        («اعتقل تنظيم داعش 38 مواطنا» … «أسفرت عن اعتقال 38 مواطنا»; a verb only without a doer of its own: «خمسة
        أشخاص قتلوا في هذا الهجوم») or, a noun, with parties all x's, told in the same words («القت السلطات القبض على
        سليمان الاسد» … «اعتقال سليمان الاسد»). The parties of a claim (`claim`: «وأعلنت طالبان مسؤوليتها عن الهجوم
        على القاعدة») are not read: the claimer is the first telling's doer, the target its own; nor are those of a
        noun `framed` as the time or place of x's act, told (or told again) at most _NEAR sentences before («وجرى
        خلال اللقاء»، «وحضر اللقاء وزير الدولة»: the attendees), whose word may be any of its type's. A day x's act
        was told on too (`also`: a toll and its attack told with two dates, see `redated`) is no day of y's own;
        `talks`: y is talks told without a doer of their own (`impersonal`), framed; `named`: the codes each sentence
        names, for a meeting told again by its very definite noun with the side x's sentence names but the role stage
        left out of x (`named_in_first`)."""
        if y.event not in _TOLD_AGAIN or _flags(x) != _flags(y) and not self.unflagged_again(x, y) \
                or y.event == "RETREAT" and not (x.cameo.startswith(_RELEASES) and y.cameo.startswith(_RELEASES)):
            return False
        if y.event in _PARTIED and not (y.actor or y.recipient) or y.event in _UNGIVEN and y.actor:
            return False  # «وحكم بالسجن سبع سنوات على الأسترالي بيتر جريست» after «وكان حكم بالسجن … على الكندي محمد
            # فهمي»: a sentence or a sanction without a party of its own may be another's
        if self.now_told(text, x, y):
            return False  # «وتعد زيارته الحالية إلى كينيا» after «في المرة الأولى التي زار … كينيا»: the visit now going on
        since = x.sentence if since is None else since
        described = y.event in _LOOSE and not (y.actor or y.recipient) and self.described_by(text, y)
        # (a relative clause's act, told as background by its shape: no day of its own without a time)
        own = not ((claim or framed or pointed or subject) and self.foreign_date(text, y)) and not (
            self.dates_it(x, y) and not self.foreign_date(text, y)) and not (framed and _dated_after(y))
        if own and (y.date_source == "text" and y.date != x.date and y.date not in also
                    or y.date_source == "before_published" != x.date_source and not _bounded_by(x, y)
                    and not (described and y.date_evidence is None)):
            return False  # a date of its own: «الهجمات التي شهدتها البلاد في الأول من يوليو»، «وقد قتل آنذاك»
        if own and y.date_source == "text" and x.date_evidence is not None \
                and x.date_evidence.sentence > x.sentence and not (
                (_same_word(x, y) or self.codes(x.trigger.text) & self.codes(y.trigger.text))
                and y.date_evidence is not None and y.date_evidence.start == x.date_evidence.start):
            return False  # x took its day from the body («كثفت المقاومة من هجماتها» … «كما تجددت الاشتباكات أمس»), but
            # from the very sentence that tells its word, or a word of its CAMEO code, again («حدث تفجير» …
            # «بالتفجير الذي تعرضوا له … أمس»، «أطلق ثلاثة أشخاص … النار» … «مساء الاثنين … بإطلاق النار»)
        roles = self.named_roles(y)
        generic = roles != _roles(y) and not any(side for pair in roles for side in pair)  # its parties all culprits
        culprit = generic and bool(self.codes(x.trigger.text) & self.codes(y.trigger.text) - _BROAD) \
            and _within_region(x, y, places) and not self.other_culprit(text, y)  # the wrongdoer of the act told
        # before, told again where it was done (not «الجاني سعيد …» nor «الجاني الثاني»: another one)
        hosts = self.hosts(x, y)
        held = y.event == "COERCE" and self.same_held(x, y) and bool(self.codes(x.trigger.text)
                                                                     & self.codes(y.trigger.text) - _BROAD)
        # (the very party arrested told again, by its words or as the definite of an indefinite one: `same_held`)
        unnamed = self.unnamed_meeting(x, y, since)
        if not (claim or framed or hosts or held or culprit or unnamed or self.named_in_first(x, y, named)
                or self.background_dated(x, y)) \
                and not (subject and not any(_among(m, x.recipient) for m in y.actor)) and not any(
                _within_side(ya, x.actor, x.recipient) and (
                _within_side(yr, x.recipient, x.actor)
                or y.sentence - since <= _NEAR and (y.location is None or x.location is not None
                                                    or y.location.feature == "PCLI" and y.date == x.date)
                and self.loose_recipient(y)) for ya, yr in roles):
            return False  # a party the first telling lacks (a claim's are the claimer and the attack's target)
        talk = not (y.actor or y.recipient) and bool(x.actor or x.recipient) and self.discussed(x, y, since)
        # (the talks of a meeting with its parties told: the places they name are what was talked of)
        if _two_places(x, y) and not (pointed or talk or culprit or held and y.location.feature in _COUNTRY):
            return False  # two attacks in two towns (a place told with an act pointed at is another clause's: «وردًا
            # على مقتل هذين الشرطيين، يشن الجيش التركي … غارات … في شمال العراق»)
        seen = places.get(x.sentence, set()) | (_at(x) if x.location is not None
                                                and x.location.feature not in _COUNTRY else set())
        if seen and not (pointed or talk or culprit) and not ((framed or unnamed) and y.location is None) \
                and not self.placed(x, y, seen) \
                and _elsewhere(places.get(y.sentence, set()), seen):
            return False  # «قصف معسكر اللواء في مدينة يريم» … «القصف استهدف مدينة حرض»: another town (an act told in a
            # country only is placed by a town of it: «هاجم انتحاريان حمام سباحة مزدحما في شمال العراق» … «وأسفر
            # الهجوم الذي وقع في بلدة طوز خورماتو»; `_two_places` parts a town of another country; a framed noun
            # without a place of its own is the act told before, whatever town its talks name: «وتم خلال الاجتماع
            # مناقشة … التي انطلقت من عدن»; so is a party-less meeting's very noun: «القمة … للقضية الفلسطينية والقدس»)
        wx, wy = _first(x.trigger.text), _first(y.trigger.text)
        codes = self.codes(x.trigger.text) & self.codes(y.trigger.text)
        same_word = word_key(_bare(wx)) == word_key(_bare(wy))
        cx, cy = self.count(text, x), self.count(text, y)
        dx, dy = {c for c in cx if c.isdigit()}, {c for c in cy if c.isdigit()}
        if dx and dy and not dx & dy and not held:
            return False  # «قتل 5 … وقتل 3»: two tolls, two acts (the very party arrested told again is counted
            # already: «اعتقلت رجلاً (33 عامًا)» … «واعتقل الرجل في 14 يوليو»)
        if not unnamed and not ((self.definite(wy) or self.construct_definite(y) or pointed or subject or recap)
                and (y.event in _ANY_WORD or same_word or codes - _BROAD or framed)) \
                and not (
                claim and (_genitive(y) or self.construct(text, y))) and not (
                codes and (wy in self.verbs and not y.actor and cx & cy or wy not in self.verbs and (
                    cx & cy or hosts or (y.actor or y.recipient) and any(_within(ya, x.actor, _person)
                                                                and _within(yr, x.recipient, _person) for ya, yr in roles)
                    and (self.definite(wy) or _genitive(y))))) \
                and not self.discussed(x, y, since) and not talks \
                and not held and not culprit and not (codes - _BROAD and self.held_again(text, x, y, since)) \
                and not described \
                and not self.named_meeting(x, y) and not (y.event == "REQUEST" and same_word and y.actor
                                                           and _genitive(y) and wy not in self.verbs) \
                and not self.verb_again(x, y, since):
            return False  # a verb with a doer may tell a new act of the same parties: «وكان قد هاجم الفندق»
        return not self.another_after(text, y)

    def unnamed_meeting(self, x: Event, y: Event, since: int) -> bool:
        """True when a meeting held in person (`_MET`; not talks of rounds: «مفاوضات») told first without any party, by
        an indefinite noun or a verb (a definite one tells another again), is told again, at most _NEAR sentences after
        it was told last, by its very word with the article or a possessive pronoun («ترأس … الأمير محمد بن نايف …
        اجتماعا مع قادة القطاعات الأمنية» … a caption's «نائب الملك الأمير محمد بن نايف خلال اجتماعه مع قادة القطاعات
        الأمنية»): the parties the later telling names are the first's (`retold` gives them to it)."""
        return x.event == y.event == "CONSULT" and x.cameo in _MET and not (x.actor or x.recipient) \
            and bool(y.actor or y.recipient) \
            and y.sentence - since <= _NEAR and _same_word(x, y) \
            and not (self.definite(_first(x.trigger.text)) or self.possessed(x)) \
            and bool(self.definite(_first(y.trigger.text)) or self.possessed(y))

    def unflagged_again(self, x: Event, y: Event) -> bool:
        """True when x is an act still to come (neither negated nor supposed) and y, told later, a definite noun with
        no flag at all: a noun names the act, its time is its clause's, so the coming act told again by its noun in
        a clause of no future verb is that act, still to come («سيسافر بعد غد الاثنين إلى واشنطن، ليبحث مع الرئيس
        الأميركي» … «الأولوية خلال المحادثات بين الرئيس بخاري والرئيس أوباما»), at most _NEAR sentences later (further
        on, «العودة للحوار» is no visit hoped for); the first telling keeps its flag."""
        return _flags(x) == (False, True, False) and _flags(y) == (False, False, False) \
            and 0 < y.sentence - x.sentence <= _NEAR and self.definite(_first(y.trigger.text))

    def named_roles(self, y: Event) -> tuple:
        """`_roles` of a later telling without its parties told only by a generic word for the wrongdoer
        (repeat_words.tsv class `culprit`: «ونفذ حكم القتل في الجاني» after «نفذت وزارة الداخلية أمس حكم القصاص في
        المدعو شارع …»): the person of the act told before, named again, no party of its own."""
        roles = _roles(y)
        if not self.culprits or not any(self.culprit(m) for side in roles[0] for m in side):
            return roles
        return tuple(tuple(tuple(m for m in side if not self.culprit(m)) for side in pair) for pair in roles)

    def other_culprit(self, text: str, y: Event) -> bool:
        """True when a culprit word of y's parties is followed by a given name or a `culprit_other` word (الثاني،
        الآخر): «ونفذ حكم القتل تعزيرا في الجاني سعيد بن أحمد الغامدي» tells another wrongdoer, no one named before."""
        for m in y.actor + y.recipient:
            if self.culprit(m):
                after = text[m.end:m.end + 40].split(None, 1)
                if after and strip_wa(normalize(after[0].strip("،,.:«»()"))) in self.culprit_others:
                    return True
        return False

    def culprit(self, m) -> bool:
        """True when a party is one definite word of the wrongdoer (repeat_words.tsv class `culprit`: «الجاني»)."""
        words = normalize(m.text).split()
        return len(words) == 1 and _bare(words[0]).startswith("ال") and word_key(_bare(words[0])) in self.culprits

    def named_in_first(self, x: Event, y: Event, named: dict[int, set[str]] | None) -> bool:
        """True when y, a meeting told at most _NEAR sentences after x by x's very definite noun («اللقاء» after
        «اللقاء السري الذي جمع الوزير الإسرائيلي سيلفان شالوم … بصائب عريقات»), has parties all coded, of codes x's
        sentence names: the side the role stage left out of x, not another meeting's."""
        if y.event != "CONSULT" or not named or not 0 < y.sentence - x.sentence <= _NEAR or not (y.actor or y.recipient):
            return False
        wx, wy = _first(x.trigger.text), _first(y.trigger.text)
        if not self.definite(wx) or word_key(_bare(wx)) != word_key(_bare(wy)):
            return False
        codes = named.get(x.sentence, set())
        return all(m.code and m.code[:3] in codes for m in y.actor + y.recipient)

    def described_by(self, text: str, y: Event) -> bool:
        """True when y's trigger is a verb told right after a relative pronoun (class `relative`) that follows a definite
        noun with no comma, in a sentence that opens no other scene (class `scene`) («فإن المركبة التي أطلقت النار على الشهيد سامي الحربي تمكنت من الهرب»): the act describes a thing by
        what it did, an act the story told before, not a new one."""
        if _first(y.trigger.text) not in self.verbs or self.opened_by(text, y, self.scenes):
            return False  # (not in a sentence opening another scene: «وفي مخيم الدهيشة …، التي اقتحمت المخيم»)
        before = _words_right_before(text, y, 2)
        return len(before) == 2 and before[1] in self.relatives and before[0].isalpha() \
            and self.definite(strip_wa(before[0]))  # (no comma: the pronoun describes the noun, «المركبة التي»)

    def verb_again(self, x: Event, y: Event, since: int) -> bool:
        """True when y, an assault, a protest or a coercion of x's day, is told by x's very verb without any party of
        its own at most _NEAR sentences after x, told with parties, was told («أنّ جنودًا إسرائيليين اقتحموا منزلًا» …
        «وقال ابنه الآخر … "اقتحموا البيت فجرًا"»): a witness telling the act again, not a new act."""
        if y.event not in _LOOSE or y.actor or y.recipient or not (x.actor or x.recipient) or x.date != y.date \
                or y.sentence - since > _NEAR:
            return False
        wx, wy = strip_wa(_first(x.trigger.text)), strip_wa(_first(y.trigger.text))
        return wx in self.verbs and wy in self.verbs and _verb_stem(wx) == _verb_stem(wy)

    def now_told(self, text: str, x: Event, y: Event) -> bool:
        """True when x is a past act told without a day (dated before the published day only) and y, no such act, is
        told with a word of the act going on now right after its trigger (repeat_words.tsv class `current`: «وتعد زيارته
        الحالية إلى كينيا» after «في المرة الأولى التي زار الرئيس الأميركي باراك أوباما فيها كينيا»): two acts."""
        if x.date_source != "before_published" or y.date_source == "before_published" or not self.current:
            return False
        after = _WORD.findall(normalize(text[y.trigger.end:min(y.sentence_end, y.trigger.end + 16)]))[:1]
        return bool(after) and after[0] in self.current

    def campaign(self, text: str, x: Event, y: Event, places: dict[int, set[str]]) -> bool:
        """True when x is a series of acts told by a plural noun («مداهمات»، «غارات») and y, told by a verb of its CAMEO
        code at most _CAMPAIGN sentences after it, tells them again in detail («نفذت الشرطة التركية مداهمات في 13
        ولاية» … «وقالت إن قوات الأمن داهمت اكثر من 100 موقع»): y has x's flags, no day of its own other than x's, its
        doers x's (or a party without a code of their sector: «قوات الأمن»), no recipient x lacks where x has any, no
        other place, not after «كما»."""
        wx = _first(x.trigger.text)
        if wx in self.verbs or not _bare(wx).endswith("ات") or not 0 < y.sentence - x.sentence <= _CAMPAIGN \
                or _first(y.trigger.text) not in self.verbs or not x.actor or not y.actor \
                or _flags(x) != _flags(y) \
                or not self.codes(x.trigger.text) & self.codes(y.trigger.text) - _BROAD or self.also(text, y):
            return False
        if y.date != x.date and _own_date(y) or _two_places(x, y) \
                or _elsewhere(places.get(y.sentence, set()), places.get(x.sentence, set()) | _at(x)):
            return False
        return all(_within((m,), x.actor, _party) or _vague(m, x.actor) for m in y.actor) \
            and (not x.recipient or _within(y.recipient, x.recipient, _party))

    def campaign_noun(self, text: str, ev: Event) -> bool:
        """True when the trigger is a plural noun told right after a noun of a campaign (repeat_words.tsv class
        `campaign`: «بحملة اعتقالات»، «حملة توقيفات»): the noun names a whole campaign of such acts."""
        word = strip_wa(_word_right_before(text, ev))
        if word[:1] == "ب" and word[1:] in self.campaigns:
            word = word[1:]
        return word in self.campaigns and _bare(_first(ev.trigger.text)).endswith("ات")

    @staticmethod
    def campaign_again(x: Event, y: Event) -> bool:
        """True when y, a campaign of arrests (`campaign_noun`), tells again x, an earlier arrest with a doer: the same
        flags, y's doers x's (or a party without a code of their sector: «الشرطة» after «الشرطة التركية»), not located
        in another place than x; a campaign runs across a country, so a town its sentence names for another act does
        not part them («اعتقلت الشرطة التركية 590 شخصاً» … «قامت الشرطة التركية امس … بحملة اعتقالات»)."""
        if x.mode != "arrest" or not x.actor or x.sentence == y.sentence \
                or _flags(x) != _flags(y):
            return False
        return not _two_places(x, y) and all(_within((m,), x.actor, _party) or _vague(m, x.actor) for m in y.actor)

    def others_toll(self, text: str, ev: Event) -> bool:
        """True when a toll's victims are told as others (function_words.tsv `other` among the four words after its
        trigger, no preposition nor toll word before it, no victim told as a party of its own right after the trigger:
        «كما اصيب مرافق آخر بجروح»، «فيما جرح خمسة آخرون»): more victims of an act told before, not an act of their own
        («في منطقة أخرى» is another place; «وقتل جنديان آخران عندما أرسلت الحكومة تعزيزات» names its own dead)."""
        if not self.toll(ev):
            return False
        if any(ev.trigger.end <= m.start < ev.trigger.end + _AFTER for m in ev.recipient) \
                and not self.others_close(text, ev):
            return False  # victims of its own («وقتل جنديان آخران عندما أرسلت الحكومة تعزيزات»)
        for w in _words_after(text, ev):
            w = strip_wa(w)
            if w in self.others:
                return True
            if w in self.prepositions or _key(w) in self.tolls or _key(w) in self.wounds:
                return False  # another place, or the others of a toll told after it («مقتل 13 مدنيا وإصابة 23 آخرين»)
        return False

    def others_close(self, text: str, ev: Event) -> bool:
        """True when a toll's sentence ends with its victims told as others (function_words.tsv `other` its last word,
        at most three words after the trigger: «وأصيب ثمانية أشخاص آخرون»): more victims, nothing of an act of their
        own told."""
        words = _WORD.findall(normalize(text[ev.trigger.end:ev.sentence_end]))
        return 0 < len(words) <= 3 and strip_wa(words[-1]) in self.others

    def reported_toll_next(self, text: str, ev: Event) -> bool:
        """True when a toll opens a sentence of a source's telling (repeat_words.tsv class `report` as its first word,
        the toll among its first five words) and the sentence tells no count in digits: «وأكدت مصادر ميدانية مصرع
        وإصابة عشرات المتمردين» after «كما شنت المقاتلات عدة غارات على مباني المجمع الحكومي»."""
        if not self.toll(ev) or _NUMBER.search(text, ev.sentence_start, ev.sentence_end):
            return False
        words = normalize(text[ev.sentence_start:ev.trigger.start]).split()
        return 0 < len(words) <= 4 and strip_wa(words[0]) in self.reports

    @staticmethod
    def toll_of_last(x: Event, y: Event, places: dict[int, set[str]]) -> bool:
        """True when x, an assault with a doer and no toll's word of a doer's own, told in the sentence right before a
        reported toll y (`reported_toll_next`), is the act y tells the toll of: the same flags, y dated x's day or not
        by a time of its sentence, no place of y's sentence x's does not name, none of y's victims x's doers."""
        if not x.actor or y.sentence - x.sentence != 1 \
                or _flags(x) != _flags(y):
            return False
        if y.date != x.date and y.date_source == "text" or _two_places(x, y) \
                or _elsewhere(places.get(y.sentence, set()), places.get(x.sentence, set()) | _at(x)):
            return False
        return not any(_among(m, x.actor) or _within((m,), x.actor, _party) for m in y.recipient)

    def others_again(self, x: Event, y: Event, places: dict[int, set[str]], since: int, near: int = 2) -> bool:
        """True when y, a toll without a doer whose victims are others (`others_toll`), is told at most `near` sentences
        after x, an assault told before, with its flags, no day of its own other than x's and no other place: the
        victims are more of x's («فقتل مع احد مرافقيه» … «كما اصيب مرافق آخر بجروح»)."""
        if not 0 < y.sentence - since <= near or x.sentence == y.sentence \
                or _flags(x) != _flags(y):
            return False
        if y.date != x.date and _own_date(y) or _two_places(x, y) \
                or _elsewhere(places.get(y.sentence, set()), places.get(x.sentence, set()) | _at(x)):
            return False
        return True

    def named_meeting(self, x: Event, y: Event) -> bool:
        """True when a later consultation y is told by a definite noun or one with a possessive pronoun («بزيارته
        الاولى الى ارض اجداده» after «بدأ الرئيس الاميركي باراك اوباما السبت محادثات مع الرئيس الكيني»، «في زيارتها
        الأولى للرياض»), whatever its word, and its parties, one at least, are all x's very persons, each named: the
        visit, the talks and the summit of one story are one act told again (two meetings part by a party of their own
        or a date of their own, read before)."""
        if y.event != "CONSULT" or not (y.actor or y.recipient) or not all(m.name for m in y.actor + y.recipient) \
                or x.cameo not in _MET or y.cameo not in _MET:
            return False
        base, written = _first(y.trigger.text), y.trigger.text.split()[0]
        if not (self.definite(base) or self.possessed_word(base, written)
                or base[:1] in "بل" and self.possessed_word(base[1:], written[1:])):  # «بزيارته»
            return False
        return any(_within_titled(ya, x.actor) and _within_titled(yr, x.recipient) for ya, yr in _roles(y))

    @staticmethod
    def placed(x: Event, y: Event, seen: set[str]) -> bool:
        """True when a later consultation y is located where x's sentence is, its parties all x's very persons, one of
        them at least («وأضافت أن موغيريني في زيارتها الأولى للرياض سوف تجري مباحثات … لتنفيذ طهران بنود الاتفاق»
        after «زيارة وزيرة خارجية الاتحاد الأوروبي فيديريكا موغيريني للرياض»): the other towns its sentence names are
        what was talked of, or other acts', not this one's place."""
        if y.event != "CONSULT" or y.location is None or not _at(y) & seen or not (y.actor or y.recipient):
            return False
        return any(_within(ya, x.actor, _person) and _within(yr, x.recipient, _person) for ya, yr in _roles(y))

    def held_again(self, text: str, x: Event, y: Event, since: int) -> bool:
        """True when y is a verb without any party of its own whose object is a pronoun told right after it («ولم يعرف
        على الفور متى القي القبض عليهما» after «والقت الشرطة القبض على المشتبه به وقريب له»), at most _NEAR sentences
        after x was told, x with parties: the pronoun names x's party, the act is x's told again."""
        if y.actor or y.recipient or not (x.actor or x.recipient) or y.sentence - since > _NEAR \
                or _first(y.trigger.text) not in self.verbs:
            return False
        after = _WORD.findall(normalize(text[y.trigger.end:min(y.sentence_end, y.trigger.end + 12)]))[:1]
        return bool(after) and after[0] in self.held

    @staticmethod
    def same_held(x: Event, y: Event) -> bool:
        """True when y, told by a word of x's act with recipients, names only x's recipients in their very words, each
        definite, and no doer x lacks («وبعد القبض على المتهم» after «وكان قد تم القبض على المتهم من قبل إدارة غسل
        الأموال»، «واعتقل الرجل في 14 يوليو» after «اعتقلت رجلاً»): the same party told again with its act is x's act
        told again."""
        return bool(y.recipient) and all(_definite(m) for m in y.recipient) \
            and (_same_victims(x, y.recipient, y.actor) or _anaphors(x, y.recipient, y.actor)) \
            and _within(y.actor, x.actor, _person)

    def discussed(self, x: Event, y: Event, since: int) -> bool:
        """True when y is a verb of discussing (repeat_words.tsv class `discuss`) told at most _NEAR sentences after a
        consultation x was told, its doers definite and all x's, with no party x lacks: what the meeting's parties
        talked about, not another meeting («اجتمع وزراء خارجية دول مجلس التعاون مع وزير خارجية الولايات المتحدة» …
        «وناقش الوزراء خطة العمل بمزيد من التفصيل»; the meeting's one doer told again by his title, `_sole_host`: «رأس
        … الأمير خالد الفيصل … الاجتماع الشهري» … «وناقش أمير منطقة مكة المكرمة الخطط»); or one told without any
        party of its own, a verb or its noun
        («وناقش الاجتماع خطة العمل» after «واستعرض الوزراء في اجتماعهم»، «ومناقشة التعاون المشترك» after «استقبل …
        مدير إقليم شرق المتوسط»): the talks of the meeting told before, not a meeting of their own."""
        if x.event != "CONSULT" or y.sentence - since > _NEAR or _first(y.trigger.text) not in self.discuss:
            return False
        if not (y.actor or y.recipient):
            return True  # the talks told without their parties: the meeting's
        return bool(y.actor) and (all(_definite(m) for m in y.actor) and _within(y.actor, x.actor, _person)
                                  or _sole_host(x, y)) and _within(y.recipient, x.recipient, _person)

    def fills(self, text: str, x: Event, y: Event, places: dict[int, set[str]], since: int) -> bool:
        """True when a later assault y, told at most _NEAR sentences after x (`since`: x's own sentence), tells x's act
        again, its parties in x's roles x's (or retelling them: `_retells`), those in roles x lacks for x to take:
        the same count of victims near both triggers («بمقتل 18 من عناصر البيشمركة» … «ما أسفر عن مقتل 18 من
        البيشمركة»), a number word with the same victims, a definite noun with the doer x lacks, a definite party of x
        told again (a noun only definite, genitive or a weapon), a verb with x's victim as its pronoun, or no party at
        all and x's word told where x was; not after «كما» (class `also`), with no date, place or count of its own (as
        `told_again`), none of its parties one of x's side in the other role (the reply of the victims' side)."""
        far = y.sentence - since > _NEAR
        if far and not (self.toll(y) and y.sentence - since <= _FAR) or _flags(x) != (
                y.negated, y.future, y.hypothetical) or (x.mode == "abduct") != (y.mode == "abduct"):
            return False  # (a toll is read farther, up to _FAR, with the same count: `toll` below)
        if not (x.actor or y.actor) and not (x.recipient or y.recipient) or self.also(text, y):
            return False
        if not y.recipient and _first(y.trigger.text) in self.verbs and self.several(text, x) and not self.toll(x):
            return False  # one of a counted series told by its verb, no target of the series named: «قتل 21 شخصا في
            # ثلاث هجمات» … «بينما انفجرت سيارة مفخخة في سوق شعبية بمنطقة البياع» (one of the three, an act of its own);
            # not «3 غارات جوية على مواقع وتجمعات للحوثيين» … «إنّ التحالف استهدف الحوثيين» (the series told again)
        verb = self.pronoun(y)
        pronoun = bool(verb) and bool(self.codes(x.trigger.text) & self.verbs[verb])
        ry = () if pronoun else y.recipient  # «وقتلوه مع حارسيه»: the pronoun is x's victim, whatever else is named
        cx, cy = {strip_wa(c) for c in self.count(text, x, True)}, {strip_wa(c) for c in self.count(text, y, True)}
        vx = {strip_wa(c) for c in self.count(text, x, True, True)} if x.recipient else cx
        vy = {strip_wa(c) for c in self.count(text, y, True, True)} if y.recipient else cy
        toll = any(c.isdigit() and int(c) >= 3 for c in vx & vy)  # the same toll: «قتل ثلاثة جنود» … «قتل ثلاثة»
        if far and not (toll and vx & self.close_count(text, y)):
            return False  # farther than _NEAR, only the same toll of three or more, told right at the later trigger:
            # «سقوط 12 قتيلاً» … «12 شخصا قتلوا»; not «فأحرق الأهالي الطاقم، ما أسفر عن سقوط 12 قتيلا … وأسر أربعة»
        hit = bool(ry) and x.actor and all(_retells(m, x.recipient) for m in ry)  # x's very victims told again
        if not all(_within_side((m,), xs, os) or _retells(m, xs) or toll and (_vague(m, xs) or _worded(m, xs))
                   or hit and xs is x.actor and _unnamed(m)
                   or pronoun and xs is x.actor and m.sector == "UAF" and not _definite(m)
                   and not any(r.start < y.trigger.start and not _retells(r, x.recipient) for r in y.recipient)
                   for xs, ys, os in ((x.actor, y.actor, x.recipient), (x.recipient, ry, x.actor)) if xs for m in ys):
            return False  # a party the first telling lacks in a role it fills (but an unnamed gunman or bomber
            # hitting x's victims told again: «اقتحم انتحاري بجرار مفخخ … مركزا للدرك» after «عملية انتحارية تبناها
            # حزب العمال الكردستاني استهدفت مركزا للدرك»; or, whatever country the text places him in, killing x's
            # victim, its pronoun: «نصب له مهاجموه مكمنا وقتلوه»)
        if not (vx & vy and (_same_victims(x, ry, y.actor) or toll and ry and all(_worded(m, x.recipient) for m in ry))) \
                and (any(
                _side(m, x.recipient) and not _among(m, x.actor) for m in y.actor) or any(
                _side(m, x.actor) and not _among(m, x.recipient) for m in ry)):
            return False  # the victims' side answering: «ولم يجد المتمردون ردا سوى القصف» after «قتلى في صفوف الثوار»;
            # not the same count of the same victims with their killer («بمقتل ثمانية عشر حوثياً» … «مقتل ثمانية عشر
            # حوثياً … على يد المقاومة», two sides the coder codes alike)
        if y.date_source == "text" and y.date != x.date and not (toll and self.report_day(text, x)) \
                or y.date_source == "before_published" != x.date_source and not self.relative_of(text, x, y):
            return False  # (x dated by the day of its report, «على ما افاد … اليوم»: the same toll told with its day)
        if y.date_source == "text" and x.date_evidence is not None and x.date_evidence.sentence > x.sentence \
                and not (y.date_evidence is not None and y.date_evidence.start == x.date_evidence.start
                         and not (y.actor or y.recipient) and self.codes(x.trigger.text) & self.codes(y.trigger.text)) \
                and not (toll and _day_told_before(x, y)):
            return False  # x took its day from the body, but from a party-less y's own time of its word is its own
            # («قتل 25 مقاتلا … خلال محاولة هجوم فاشلة» … «بعد أن شنت عدة جماعات مقاتلة هجومها في وقت متأخر من الجمعة»)
        quarter = _quarter_of(text, x, y, places)  # («حي المغاير … جنوب مدينة حلب» after «في وسط مدينة حلب»)
        if _two_places(x, y) and not quarter:
            return False
        counted = any(c.isdigit() for c in vx & vy) or bool(vx & vy and x.recipient and y.recipient)
        seen = places.get(x.sentence, set()) | _at(x)
        if _elsewhere(places.get(y.sentence, set()) - quarter, seen) and not (
                counted and not places.get(x.sentence) and (x.location is None or x.location.feature in _COUNTRY and (
                    y.location is None or y.location.country_code == x.location.country_code))):
            return False  # «وفي منطقة ساقين بنفس المحافظة، قصف طيران التحالف» after a raid told nowhere: another raid;
            # but the same toll, told first in a country only, is placed by its town of that country («مقتل سبعة
            # جنود» in Afghanistan … «سبعة جنود قتلوا … في منطقة باراكي باراك»)
        if cx and cy and not cx & cy or self.another_after(text, y):
            return False  # «بمقتل 18» … «أطلقوا نحو ثمانية صواريخ»: another count, another act
        if pronoun:
            return True
        wy = _first(y.trigger.text)
        if not (y.actor or y.recipient) and wy not in self.verbs and not (
                self.definite(wy) or _genitive(y) or self.toll(y)):
            return False  # an indefinite noun without parties tells another act of its kind: «أعقب ذلك تفجير نفق» after
            # «بتفجير عربة مفخخة»، «كما وقع تفجير مماثل في ناحية كنعان»
        if not (y.actor or y.recipient) and (_same_word(x, y) or self.codes(x.trigger.text) & self.codes(
                y.trigger.text)) and seen and not _elsewhere(seen, places.get(y.sentence, set())):
            return True  # the word told again where the act is: «أطلق ثلاثة أشخاص النار على سيدة بمحافظة حفر الباطن» …
            # «واعترضتهما سيارة … وأطلقت عليهما النار» (in Hafar al-Batin)
        if not (y.actor or y.recipient) and (
                self.toll(y) or _same_word(x, y) or self.codes(x.trigger.text) & self.codes(y.trigger.text)) and (
                y.location is None or x.location is not None and y.location.name == x.location.name):
            return True  # a toll or the act's word without parties, told nowhere else: «قصفت ميليشيا الحوثي أحياء
            # سكنية في مدينة تعز» … «إن عدداً من المدنيين أصيبوا في قصف بقذائف مدفعية حوثية، طالت أحياء سكنية في مدينة
            # تعز»
        if counted:
            return True  # the count, or a number word with the same victims: «استشهد أربعة مواطنين فلسطينيين»
        if _same_scene(x, y):
            return True  # «مقتل وإصابة 35 مدنيا خلال قصف جوي للقوات العراقية … في قضاء الرطبة» … «طائرة عسكرية عراقية
            # أطلقت صاروخين على أحد المنازل فجر الجمعة وسط قضاء الرطبة»
        if self.definite(_first(y.trigger.text)) and not x.actor and y.actor and _within(y.recipient, x.recipient,
                                                                                          _party):
            return True  # «قتل أربعة أشخاص … في الهجوم على فندق» … «والهجوم الذي شنه مسلحون صباح اليوم»
        if wy not in self.verbs and not (self.definite(wy) or _genitive(y) or self.instrument(y)):
            return False  # an indefinite noun with its doer tells another act: «شن الطيران الحربي عدة غارات على قرى»
        # A definite party with a code told again («التحالف» after «طيران التحالف»، «الميليشيات» after «ميليشيات
        # الحوثي») names the same side of a war, not the same act: it tells x again only doing x's very kind of act
        # («فأطلقت الشرطة النار» after «فتحت الشرطة الفرنسية النار»: a word of x's CAMEO code) or in x's very town
        # (not «وقصف التحالف، في وقت سابق، تجمعات الميليشيات» after «نفذ طيران التحالف 44 غارة على مواقع ميليشيات
        # الحوثي»); the participants x introduced, indefinite or of no code, are pointed back to by any word
        # («المسلحين» after «مسلحون»).
        sides = _same_town(x, y) or _same_word(x, y) or bool(self.codes(x.trigger.text) & self.codes(y.trigger.text)
                                                              - _BROAD)
        return any(_retells(m, ms if sides else tuple(p for p in ms if not (p.code and _definite(p))))
                   for ms, ns in ((x.actor, y.actor), (x.recipient, y.recipient)) for m in ns)

    def several(self, text: str, ev: Event) -> bool:
        """True when the word right before a trigger counts two acts or more (repeat_words.tsv `count` with a value of 2
        or more, or digits): «ثلاث هجمات»، «5 غارات»."""
        before = _PRINTED_WORD.findall(normalize(text[max(ev.sentence_start, ev.trigger.start - 16):ev.trigger.start]))
        if not before:
            return False
        word = strip_wa(before[-1])
        return word.isdigit() and int(word) >= 2 or self.value.get(word, 0) >= 2

    def same_device(self, text: str, x: Event, y: Event, places: dict[int, set[str]], since: int,
                    weapons: set[str]) -> bool:
        """True when a later assault y tells x's act again by its word (or a word of its CAMEO code) and its weapon
        named right after both triggers (repeat_words.tsv class `instrument`: «استشهاد ضابط وثلاثة جنود … في انفجار
        عبوة ناسفة بشمال سيناء» … «انفجرت عبوة ناسفة تم زرعها بواسطة العناصر الإرهابية … مما أسفر عن استشهاد
        ضابط»), at most _NEAR sentences after x was told, on x's day, with its flags, no other doer, victims, place or
        count, and no word of another act («كما»، «أخرى»): one blast told again with its details (`weapons`: y's, see
        `devices`)."""
        if y.sentence - since > _NEAR or x.date != y.date or _flags(x) != (
                y.negated, y.future, y.hypothetical) or self.also(text, y) or self.another_after(text, y):
            return False
        if not (_same_word(x, y) or self.codes(x.trigger.text) & self.codes(y.trigger.text) - _BROAD):
            return False
        if not self.devices(text, x) & weapons:
            return False
        if x.actor and y.actor and not _within(y.actor, x.actor, _party) \
                or x.recipient and y.recipient and not _within(y.recipient, x.recipient, _party):
            return False
        dx, dy = ({c for c in self.count(text, e) if c.isdigit()} for e in (x, y))
        if dx and dy and not dx & dy or _two_places(x, y):
            return False
        return not _elsewhere(places.get(y.sentence, set()), places.get(x.sentence, set()) | _at(x))

    def devices(self, text: str, ev: Event) -> set[str]:
        """The keys of the weapon words (class `instrument`) among the two words right after an event's trigger
        («انفجار عبوة ناسفة»: عبوة، ناسفة)."""
        after = _WORD.findall(normalize(text[ev.trigger.end:min(ev.sentence_end, ev.trigger.end + 24)]))[:2]
        return {k for k in (_key(w) for w in after) if k in self.instruments}

    def same_toll(self, text: str, x: Event, t: Event) -> bool:
        """True when a toll t and x tell the same count of victims, three or more, with victims both (`count`: «بمقتل
        ثمانية مسلحين حوثيين» … «ما أسفر عن مقتل 8 حوثيين»); a toll without a victim named, its count told right at its
        trigger, tells x's count of x's victims («ما اسفر عن مقتل 42 منهم» after «مقتل 42 من عناصر تنظيم داعش»)."""
        if not x.recipient or not t.recipient and t.actor:
            return False
        told = self.count(text, t, True, True) if t.recipient else self.close_count(text, t)
        both = {strip_wa(c) for c in self.count(text, x, True, True)} & {strip_wa(c) for c in told}
        return any(c.isdigit() and int(c) >= 3 for c in both)

    def relative_of(self, text: str, x: Event, y: Event) -> bool:
        """True when y, a toll without a doer, is told right after a relative pronoun (class `relative`) whose
        antecedent, y's only victims, names again x's victims («ونقل الشرطيان اللذان أصيبا بجروح خطيرة» after «قتل
        شرطي تركي وأصيب آخر»): the past tense of the relative clause tells no day of its own."""
        if y.actor or not y.recipient or not self.toll(y) or not all(_retells(m, x.recipient) for m in y.recipient):
            return False
        return strip_wa(_word_right_before(text, y)) in self.relatives

    def also(self, text: str, ev: Event) -> bool:
        """True when the word right before the trigger, in its sentence, adds an act to those told (repeat_words.tsv
        class `also`: «كما قتل ستة من مليشيا الحشد الشعبي … في اشتباك» after «28 عنصرا … قتلوا»)."""
        return strip_wa(_word_right_before(text, ev)) in self.adds

    def pronoun(self, ev: Event) -> str:
        """The verb of an event's trigger told with an object pronoun joined to it, when that verb is one of the lexicon
        («قتلوه» → «قتلوا»، «هاجمته» → «هاجمت»): it names a victim told before; else ""."""
        w = _first(ev.trigger.text)
        for end in ("هما", "هم", "ها", "ه"):
            if w.endswith(end) and len(w) > len(end) + 2:
                base = w[:-len(end)]
                base = base + "ا" if base.endswith("و") else base
                return base if base in self.verbs else ""
        return ""

    def loose_recipient(self, ev: Event) -> bool:
        """True when a later assault, protest or coercion told by a definite noun has recipients, none of them the target
        told right after it: the parties of the sentence that retells the act («كما أسفر الهجوم عن تدمير عشر عربات للجيش»،
        «في بيان تلقت وكالة الأنباء الكويتية نسخة منه إنه تم القبض على عناصر الشبكة»،
        «حيث حصلت الغارة: إن مروحيتين أمريكيتين هاجمتا»، «عقب المظاهرات الفلسطينية» with the government blamed), not the
        target of another act («الهجوم على مقر الشرطة»)."""
        if ev.event not in _LOOSE or not ev.recipient or ev.actor or not self.definite(_first(ev.trigger.text)):
            return False
        return all(m.start < ev.trigger.start or m.start - ev.trigger.end > _OWN_TARGET
                   or self.fallen(ev, m) for m in ev.recipient)

    def fallen(self, ev: Event, m) -> bool:
        """True when a recipient told right after an act's noun is told after a word of a toll, the victims who fell in
        it, not its target («وأسفر الهجوم عن مقتل 20 شخصا»; not «الهجوم على مقر الشرطة»)."""
        gap = ev.sentence_text[ev.trigger.end - ev.sentence_start:m.start - ev.sentence_start]
        return any(_key(w) in self.tolls for w in _WORD.findall(gap))

    def first_clause_time(self, text: str, end: int, x: Event, y: Event, tolls: bool = False) -> bool:
        """True when both events, neither a toll (unless `tolls`: one of them a toll), are dated by one time expression
        told in the earlier trigger's clause:
        no comma nor relative pronoun between that trigger's end and it (but the comma of a time set off by commas: «قتل
        مدني وجرح عشرة آخرين، أمس الأربعاء، جراء سقوط قذائف هاون»; «تظاهر آلاف العراقيين أمس في بغداد … احتجاجا»،
        «ألقت قوات الأمن فجر أمس القبض على 17 شخصا … في عمليات دهم»; not «قصف محدودة، تبدلت مساء الأحد إلى هجوم» nor
        «الهجوم الثاني في كابول التي شهدت ليل الخميس تفجيرا»)."""
        t, u = x.date_evidence, y.date_evidence
        if t is None or u is None or t.start != u.start:
            return False
        tx, ty = self.toll(x), self.toll(y)
        if (tx or ty) and not (tolls and tx != ty):
            return False  # a toll and its attack stay apart across a time (the gold keeps a toll's victims apart),
            # unless `tolls`; two tolls always do («قتل في يونيو عام 1985 رغم أن مختطفيه قد أعلنوا قتله في أكتوبر»)
        gap = text[end:t.start]
        if gap.rstrip().endswith(("،", ",")) and text[t.end:t.end + 2].lstrip()[:1] in ("،", ","):
            gap = gap.rstrip()[:-1]  # a time set off by commas dates the clause before it: «قتل مدني، أمس الأربعاء،»
        return not any(c in gap for c in "،,") and not any(strip_wa(w) in self.relatives
                                                          for w in normalize(gap).split())

    def construct_definite(self, ev: Event) -> bool:
        """True when a trigger of two words or more is a noun whose last word has the article, a definite construct
        («قبل بدء تبادل اطلاق النار» after «قتل 20 شخصا … في تبادل لاطلاق النار»: the exchange told before); not a
        verb («أطلقوا النار»)."""
        words = normalize(ev.trigger.text).split()
        return len(words) > 1 and strip_wa(words[0]) not in self.verbs and _first(ev.trigger.text) not in self.verbs \
            and words[-1].startswith("ال") and word_key(words[-1]) not in self.own_al

    def definite(self, base: str) -> bool:
        """True when a trigger word (no و/ف) is a noun with the article: «الهجوم»، «للمفاوضات»، «بالتفجير»; not a
        verb («التقى») nor a noun whose own first letters are إل («إلقاء القبض»، normalised «القاء»: no article)."""
        bare = _bare(base)
        return base not in self.verbs and bare.startswith("ال") and word_key(bare) not in self.own_al

    def cameos(self, base: str) -> frozenset[str]:
        """The CAMEO codes of the trigger rows a trigger word (no و/ف) is a form of."""
        found = self.verbs.get(base)
        if found is None and base.startswith("س") and len(base) > 4:  # the future's «س» («سيزور»)
            found = self.verbs.get(base[1:])
        if found is not None:
            return found
        found = self.nouns.get(word_key(_bare(base)))
        if found is None:  # a noun with a possessive pronoun: «هجومها»، «غاراته»، «عمليتهم» (its doer's)
            stem = next((base[:-len(end)] for end in ("هما", "هم", "ها", "ه") if base.endswith(end)
                         and len(base) > len(end) + 2), "")
            stem = stem[:-1] + "ه" if stem.endswith("ت") and not stem.endswith("ات") else stem  # (normalised ة)
            found = self.nouns.get(word_key(stem)) if stem and stem not in self.verbs else None
        return found or frozenset()

    def another_near(self, text: str, ev: Event) -> bool:
        """True when a word of another act (class `another`) is among the three words before a trigger in its sentence
        («أن تبدأ جولة ثانية من محادثات») or the two after it (`another_after`)."""
        before = _WORD.findall(normalize(text[max(ev.sentence_start, ev.trigger.start - 30):ev.trigger.start]))[-3:]
        return any(strip_wa(w) in self.another for w in before) or self.another_after(text, ev)

    def another_after(self, text: str, ev: Event) -> bool:
        """True when one of the two words after a trigger tells another act of its kind («المكالمة الجديدة»)."""
        after = _WORD.findall(normalize(text[ev.trigger.end:min(ev.sentence_end, ev.trigger.end + 30)]))[:2]
        return any(strip_wa(w) in self.another for w in after)

    def codes(self, trigger: str) -> frozenset[str]:
        """The CAMEO codes of the words of a trigger («تلقي القبض»: the arrest's)."""
        words = trigger.split()
        if len(words) == 1:
            return self.cameos(_first(trigger))
        return frozenset().union(*(self.cameos(strip_wa(normalize(w))) for w in words))

    def count(self, text: str, ev: Event, values: bool = False, victims: bool = False) -> frozenset[str]:
        """The numbers and number words told close to an event's trigger, in its sentence (its victims, its dead, those
        arrested); with `values`, the digits its number words stand for too («تسعة جنود»: «9»); with `victims`, the
        count told right before a recipient away from the trigger too («واقتحم انتحاري بسيارة مفخخة نقطة تفتيش … ما
        أدى إلى مقتل 9 جنود»: the toll's victims, the act's recipients)."""
        lo = max(ev.sentence_start, ev.trigger.start - _COUNT_BEFORE)
        hi = min(ev.sentence_end, ev.trigger.end + _COUNT_AFTER)
        near = normalize(text[lo:hi])
        if victims:
            near += " " + " ".join(normalize(text[max(ev.sentence_start, m.start - _VICTIM_COUNT):m.start])
                                   for m in ev.recipient if m.start > hi or m.start - _VICTIM_COUNT < lo)
        found = [_counted(strip_wa(w), self.numbers) for w in _WORD.findall(near)]
        words = frozenset(w for w in found if w in self.numbers)
        digits = frozenset(_NUMBER.findall(near))
        return digits | words | self.values(found) if words and values else digits | words

    def close_count(self, text: str, ev: Event) -> frozenset[str]:
        """The digits of the count told right at a toll's trigger, its own (a number word read as its digits): «مقتل 4
        من القاعدة»، «سقوط 12 قتيلا»."""
        near = normalize(text[max(ev.sentence_start, ev.trigger.start - _CLOSE):min(ev.sentence_end,
                                                                                   ev.trigger.end + _CLOSE)])
        return frozenset(_NUMBER.findall(near)) | self.values([strip_wa(w) for w in _WORD.findall(near)])

    def values(self, found: list[str]) -> frozenset[str]:
        """The digits the number words among `found` stand for (repeat_words.tsv `value`: «تسعة» is «9»), a unit
        and a ten or a hundred after it read as one number («ثمانية عشر» is «18»، «خمسة وعشرين» «25»)."""
        out: set[str] = set()
        for k, w in enumerate(found):
            if k and self.value.get(found[k - 1], 10) < 10:
                continue  # the ten of a unit told before it is read with that unit
            if (v := self.number(found, k)) is not None:
                out.add(str(v))
        return frozenset(out)

    def number(self, found: list[str], k: int) -> int | None:
        """The number the number word found[k] stands for (repeat_words.tsv `value`), a unit and a ten or a hundred
        after it read as one («ثمانية عشر» is 18، «خمسة وعشرين» 25، «ثلاث مئة» 300), a unit with the article too, the
        count told before named again («واعتقل الأربعة المتهمون» after «اعتقلت أربعة رجال»); None for no number word."""
        v = self.value.get(found[k])
        if v is None and found[k].startswith("ال") and (v := self.value.get(found[k][2:])) is not None and v >= 10:
            return None  # (only a unit: «العشرين» is also an age or a century)
        if v is None or v >= 10:
            return v
        nxt = found[k + 1] if k + 1 < len(found) else ""
        if nxt in ("عشر", "عشره"):
            return v + 10
        if 20 <= self.value.get(nxt, 0) < 100:  # (the و of «وعشرين» is off)
            return v + self.value[nxt]
        if self.value.get(nxt) == 100:  # «ثلاث مئة»
            return v * 100
        return v

    def join(self, text: str, events: list[Event], days: dict[str, set] | None = None,
             told_as: dict[str, list[Event]] | None = None) -> list[Event]:
        """The events with every pair of assaults of one clause whose parties do not clash joined into one (`days`: see
        `redated`; `told_as`: the events each kept one took in, those joined added)."""
        events = list(events)
        merged = True
        while merged:
            merged = False
            for i, x in enumerate(events):
                if x.event not in _JOINED:
                    continue
                for j in range(i + 1, len(events)):
                    y = events[j]
                    if y.sentence != x.sentence or y.event != x.event or not self.same_act(
                            text, x, y, tolls=self.toll_first(x, y), reach=self.reach(text, events, x, y)):
                        continue
                    if x.date != y.date and _spans(x.actor) == _spans(y.actor) \
                            and _spans(x.recipient) == _spans(y.recipient):
                        continue  # a toll and its attack told with two dates and the very same parties stay two
                    one = self.joined(text, x, y)
                    if one is not None:
                        if told_as is not None:
                            told_as.setdefault(one.id, []).extend(e for e in (x, y) if e.id != one.id)
                        events[i] = self.redated(text, one, x, y, days)
                        del events[j]
                        merged = True
                        break
                if merged:
                    break
        return events

    def reach(self, text: str, events: list[Event], x: Event, y: Event) -> int:
        """How far apart two assaults of one sentence may be told to be joined: _OUTCOME when the later is a toll told
        right after a verb of consequence (`outcome`) and no other assault is told between them («وكان آخر هجوم للجماعة
        قد وقع في الأول من يوليو، بالهجوم على عدد من الكمائن للجيش المصري بمدينتي رفح والشيخ زويد، في شمال سيناء، مما
        أسفر عن مقتل 17 فردا»: the attack's toll, its place told between), else _REACH."""
        lo, hi = sorted((x.trigger.start, y.trigger.start))
        if hi - lo <= _REACH or not self.outcome(text, x, y) \
                or any(e.event == x.event and lo < e.trigger.start < hi for e in events):
            return _REACH
        return _OUTCOME

    def joined(self, text: str, x: Event, y: Event) -> Event | None:
        """One event of two repeats of an assault with parties of their own, or None when their parties clash."""
        if _two_places(x, y):
            return None
        first, then = (x, y) if x.trigger.start < y.trigger.start else (y, x)
        if self.hit_in(text, x, y):  # the attack stays, with the toll's doer and victims
            return then.updated(actor=first.actor, recipient=_union(then.recipient, first.recipient),
                                location=then.location or first.location,
                                location_iso3=then.location_iso3 if then.location is not None else first.location_iso3)
        if self.bare_wounded(text, first, then):
            return first  # the dead's toll, its victims, not the count the wounded are told by («وجرح تسعة»)
        if self.result_toll(first, then):
            return first.updated(recipient=_union(first.recipient, then.recipient))  # the toll's subject is the
            # attack: whatever doer the toll was read with (a party told before the attack) is none of its own
        tx, ty = self.toll(x), self.toll(y)
        if self.unnamed_doer(text, x, y):  # the toll stays, its doer unknown, with the attack's target
            toll, attack = (x, y) if tx else (y, x)
            return toll.updated(recipient=_union(toll.recipient, attack.recipient),
                                location=toll.location or attack.location,
                                location_iso3=toll.location_iso3 if toll.location is not None else attack.location_iso3)
        if {(m.start, m.end) for m in x.actor} != {(m.start, m.end) for m in y.actor} and not (
                ty and not tx and not y.actor and y.trigger.start > x.trigger.start) and not self.fell_in(text, x, y) \
                and not self.aimed(x, y) and not self.killed_when(text, x, y):
            return None  # an actor of one only: the other may tell a toll whose doer is unknown («قتل 28 شخصا في هجوم»)
        if x.recipient and y.recipient and not _same(x.recipient, y.recipient) and tx == ty \
                and not self.wounded_too(text, x, y):
            return None  # two attacks on targets of their own, or two tolls with victims of their own
        if tx != ty:
            keep, other = (y, x) if tx else (x, y)
        else:
            nx, ny = len(x.actor) + len(x.recipient), len(y.actor) + len(y.recipient)
            keep, other = (y, x) if ny > nx else (x, y)
        return keep.updated(actor=_union(keep.actor, other.actor), recipient=_union(keep.recipient, other.recipient),
                            location=keep.location or other.location,
                            location_iso3=keep.location_iso3 if keep.location is not None else other.location_iso3)

    def fell_in(self, text: str, x: Event, y: Event) -> bool:
        """True when of two assaults of one clause the first is a toll without a doer and the later an attack with one,
        told right after a conjunction of time (repeat_words.tsv class `when`: «قتلوا اليوم (السبت)، عندما هاجم
        انتحاريان»): the victims fell in that attack, one act. (Not a toll told before an attack noun after «في»: «قتل 12
        مسلحا في حملة شنتها القوات»; the gold keeps such a toll apart, without the attack's doer.)"""
        first, then = (x, y) if x.trigger.start < y.trigger.start else (y, x)
        if first.actor or not then.actor or not self.toll(first) or self.toll(then):
            return False
        words = normalize(text[first.trigger.end:then.trigger.start]).split()
        if words and strip_wa(words[-1]) in self.when:  # «قتلوا اليوم (السبت)، عندما هاجم انتحاريان»
            return True
        return self.caused_by(words, then)

    def killed_when(self, text: str, x: Event, y: Event) -> bool:
        """True when of two assaults of one clause the first is a toll with a doer and the later a verb of an attack
        without one told right after a conjunction of time (class `when`: «وقتل مسلح 38 سائحا عندما اطلق الرصاص»):
        the verb's subject is the killer, how he killed, one act."""
        first, then = (x, y) if x.trigger.start < y.trigger.start else (y, x)
        if not first.actor or then.actor or not self.toll(first) or self.toll(then) \
                or _first(then.trigger.text) not in self.verbs:
            return False
        words = normalize(text[first.trigger.end:then.trigger.start]).split()
        return bool(words) and strip_wa(words[-1]) in self.when

    def caused_by(self, words: list[str], then: Event) -> bool:
        """True when an attack noun with a doer is told right after a word of cause (function_words.tsv `cause`:
        «جراء»), a count between them or none, in the toll's clause: «بسقوط قتلى وجرحى من قوات جماعة أنصار الله الحوثية
        … جراء ثلاث غارات لطيران التحالف» (the raids did the killing, one act: the raid's doer, the toll's victims)."""
        if _first(then.trigger.text) in self.verbs:
            return False
        while words and (words[-1].isdigit() or words[-1] in self.numbers):
            words = words[:-1]
        return bool(words) and strip_wa(words[-1]) in self.causes

    def wounded_too(self, text: str, x: Event, y: Event) -> bool:
        """True when of two tolls of one clause the later's victims are told as others of the earlier's (repeat_words.tsv
        class `others` among the four words after its trigger: «قتل امس الخميس ضابط تركي واصيب جنديان اخران في هجوم
        لداعش»، «قتل -الخميس- شخصان وأصيب تسعة آخرون برصاص مسلح»): the dead and the wounded of one act."""
        first, then = (x, y) if x.trigger.start < y.trigger.start else (y, x)
        if not self.others or not self.toll(then):
            return False
        if not self.toll(first):
            return self.wounded_of_told_dead(text, first, then)
        after = _words_after(text, then)
        return any(strip_wa(w) in self.others for w in after) or self.bare_wounded(text, first, then)

    def wounded_of_told_dead(self, text: str, first: Event, then: Event) -> bool:
        """True when a wound without parties of its own is told, its victims as others (`others_toll`), after an attack
        of its clause with the attack's dead told between them («حدث تفجير في جموع المصلين، نتج عنه استشهاد 15 رجل
        أمن … فيما أصيب 7 آخرون»): the wounded are more victims of that act, its dead already read into it."""
        if not self.wound(then) or then.actor or then.recipient or self.wound(first) \
                or not self.others_toll(text, then):
            return False
        words = _WORD.findall(normalize(text[first.trigger.end:then.trigger.start]))
        return any(_key(w) in self.tolls and _key(w) not in self.wounds for w in words)

    def bare_wounded(self, text: str, first: Event, then: Event) -> bool:
        """True when of two tolls of one clause the earlier tells the dead and the later is a wound word (repeat_words.tsv
        class `wound`) whose victims are only a bare count told right after it, digits or a count word (class `count`,
        `many`) followed by no noun («قتل ثلاثة عناصر من الجيش والشرطة وجرح تسعة، في تفجير»، «مقتل 13 من مسلحي الحوثي،
        فيما جرح العشرات»): the wounded of the act whose dead were told, one act."""
        if not self.wound(then) or self.wound(first) or _spans(first.actor) != _spans(then.actor):
            return False
        m = _BARE_COUNT.match(text, then.trigger.end, min(then.sentence_end, then.trigger.end + _AFTER))
        if m is None:
            return False
        count = strip_wa(normalize(m.group(1)))
        if not (count.isdigit() or count in self.numbers or count in self.many):
            return False
        if m.group(2) is not None:
            return True  # the count ends its clause: «وجرح تسعة، في تفجير»
        after = strip_wa(normalize(m.group(3) or ""))
        return after in self.prepositions or after in self.causes or _key(after) in self.wounds  # «العشرات في تفجير»

    def wound(self, ev: Event) -> bool:
        """True when the event's trigger is a wound word (repeat_words.tsv class `wound`), not a death."""
        words = ev.trigger.text.split()
        return bool(words) and _key(words[0]) in self.wounds

    def then_killed(self, text: str, x: Event, y: Event) -> bool:
        """True when of two assaults of one clause the earlier is an attack with a doer and the later a toll verb told
        with «ف», its victims told, whose doers are the attack's very mentions («هاجموا يوم الجمعة نقطة تفتيش … فقتلوا خمسة جنود»، «فتح
        رجل … النار … مساء أول من أمس، فقتل امرأتين»): the killing is what the attack did, one act, whatever time the
        attack's clause tells. The toll's victims may go untagged when the attack has no target either («فتح النار داخل
        صالة سينما … مساء أمس (الخميس)، فقتل شخصين»)."""
        first, then = (x, y) if x.trigger.start < y.trigger.start else (y, x)
        if not first.actor or self.toll(first) or not self.toll(then) or not (then.recipient or not first.recipient) \
                or _spans(first.actor) != _spans(then.actor):
            return False
        at = then.trigger.start
        word = _first(then.trigger.text)
        told_with_fa = text[at - 1:at] == "ف" and (at < 2 or text[at - 2].isspace()) or normalize(
            then.trigger.text).startswith("ف") and not text[at - 1:at].strip()
        return told_with_fa and word in self.verbs

    def one_toll(self, text: str, x: Event, y: Event) -> bool:
        """True when a time told between two assaults of one clause does not part them: the dead and the wounded of one
        act (`wounded_too`), or an attack and the killing it did (`then_killed`)."""
        return self.wounded_too(text, x, y) or self.then_killed(text, x, y)

    def aimed(self, x: Event, y: Event) -> bool:
        """True when of two assaults of one clause the later is a verb without a doer, no toll, told after an attack
        with one, that has no target of its own or the same: the verb tells what the attack (or its weapon) hit,
        its subject the act told before («إن المقاومة قصفت مثلث العند بصواريخ كاتيوشا استهدفت تجمعا لميليشيات
        الحوثي»): one act, the attack's doer its doer."""
        first, then = (x, y) if x.trigger.start < y.trigger.start else (y, x)
        return bool(first.actor) and not then.actor and not self.toll(then) and not self.toll(first) \
            and _first(then.trigger.text) in self.verbs and not (first.recipient and then.recipient
                                                               and not _same(first.recipient, then.recipient))

    def unnamed_doer(self, text: str, x: Event, y: Event) -> bool:
        """True when of two assaults of one clause the first is a toll without a doer and the later a verb whose subject
        is an indefinite noun of an attack, its only doer the noun's adjective (an armed man the text does not name,
        `_unnamed`, told right before the verb, an attack noun right before it): «أصيب سبعة أشخاص بجروح … في هجوم مسلح
        استهدف مركزا للأمن»: the wounded fell in the attack the verb tells, whose doer is not named (`joined` keeps the
        toll, with the attack's target). Not a toll of definite victims, told before («مقتل الأشخاص الأربعة»)."""
        first, then = (x, y) if x.trigger.start < y.trigger.start else (y, x)
        if first.actor or len(then.actor) != 1 or not self.toll(first) or self.toll(then) \
                or _first(then.trigger.text) not in self.verbs or any(_definite(m) for m in first.recipient):
            return False
        m = then.actor[0]
        if not _unnamed(m) or not 0 < then.trigger.start - m.end <= 2:
            return False  # the adjective told right before the verb
        before = normalize(text[max(then.sentence_start, m.start - 20):m.start]).split()
        return bool(before) and word_key(_bare(strip_wa(before[-1]))) in self.attacks

    def outcome(self, text: str, x: Event, y: Event) -> bool:
        """True when of two events of one clause the later is a toll told right after a verb of consequence
        (repeat_words.tsv class `result`: «ما أسفر عن مقتل»، «مما أدى إلى مقتل»، the toll's own time told between
        them: «أدى أول من أمس إلى مقتل») and the earlier is no toll: the toll is that act's outcome, dated by the time
        told between them («طائرة عسكرية عراقية أطلقت صاروخين على أحد المنازل فجر الجمعة … ما أسفر عن مقتل 16
        مدنيا»)."""
        first, then = (x, y) if x.trigger.start < y.trigger.start else (y, x)
        if not self.results or not self.toll(then) or self.toll(first):
            return False
        start = max(then.sentence_start, then.trigger.start - 24)
        before = text[start:then.trigger.start]
        t = then.date_evidence  # (the toll's own time told inside: «أدى أول من أمس إلى مقتل»)
        if t is not None and t.sentence == then.sentence and first.trigger.end <= t.start and t.end <= then.trigger.start:
            start = max(then.sentence_start, t.start - 24)
            before = text[start:t.start] + text[t.end:then.trigger.start]
        words = normalize(before).split()
        if start > then.sentence_start and not text[start - 1].isspace():
            words = words[1:]  # (a word cut by the window is no word: «استعادت» is no «ادت»)
        return any(map(self.result_verb, words[-3:])) or self.result_toll(first, then)

    def result_toll(self, first: Event, then: Event) -> bool:
        """True when a toll's trigger is itself a verb of consequence (class `result`: «وأودى بحياة 32 شخصا») told after
        an assault of its clause that is no toll: the verb's subject is that assault, the toll its outcome."""
        words = normalize(then.trigger.text).split()
        return bool(words) and not self.toll(first) and self.toll(then) and self.result_verb(words[0])

    def toll_first(self, x: Event, y: Event) -> bool:
        """True when of two events one is a toll told before the other, an attack («أعلن الجيش التركي مقتل ثلاثة جنود
        أتراك أمس حين فتح عناصر من حزب العمال الكردستاني النار على قافلة»): the toll's time dates the attack told after
        it; an attack told first keeps a toll after it apart across a time («هجوم … فجر امس … وقتل فيه احد العناصر»)."""
        first, then = (x, y) if x.trigger.start < y.trigger.start else (y, x)
        return self.toll(first) and not self.toll(then)

    def misdated(self, text: str, x: Event, y: Event) -> bool:
        """True when two events of one clause with two dates are a toll and the attack it tells the outcome of («تبنى
        الحزب أمس هجوما بسيارة مفخخة أدى أول من أمس إلى مقتل جنديين»: `outcome`) or a toll told before the attack
        it fell in («أعلنت الأحد مقتل 9 جنود إثر تعرضهم لإطلاق نار مساء الجمعة»: `toll_first`): one act, one of them
        dated by a time of another clause (the claim's, the announcement's); `better_dated` tells which date stays. Not
        when a word of another act follows either trigger, nor an outcome past an attack noun between them."""
        if self.toll(x) == self.toll(y) or self.another_after(text, x) or self.another_after(text, y) \
                or "destroy" in (x.mode, y.mode):
            return False  # (not «وأوقعتا 13 قتيلا، حين دوى الانفجار الجديد مساء أول من أمس»: another act; nor
            # «وقتل مئات … ودمر آنذاك قسم كبير من مدينة باغا»: a destruction is no attack the dead fell in)
        if self.answered(text, x, y):
            return False  # (not «تبني حزب العمال الاربعاء قتل شرطيين … رداً على هجوم انتحاري وقع الاثنين»: two acts)
        if self.toll_first(x, y):
            return True
        if not self.outcome(text, x, y):
            return False
        lo, hi = sorted((x.trigger, y.trigger), key=lambda t: t.start)
        keys = {word_key(_bare(strip_wa(w))) for w in _WORD.findall(normalize(text[lo.end:hi.start]))}
        return not (keys & self.attacks) - self.instruments  # an attack noun between them is the toll's own act
        # («بوقف الغارات … بعد هجوم نفذته الحركة أسفر عن مقتل»; not a weapon: «هجوما بسيارة مفخخة أدى إلى مقتل»)

    def answered(self, text: str, x: Event, y: Event) -> bool:
        """True when a word of answer (function_words.tsv `answer`: «ردا») stands right before «على» between the
        triggers of two events: the act told after it is the one answered, another act («قتل شرطيين … رداً على هجوم
        انتحاري»)."""
        lo, hi = sorted((x.trigger, y.trigger), key=lambda t: t.start)
        words = [strip_wa(w) for w in _WORD.findall(normalize(text[lo.end:hi.start]))]
        return any(self.answer_pair(w, n) for w, n in zip(words, words[1:]))

    def stays(self, text: str, x: Event, y: Event, first: bool) -> bool:
        """Of two events of one act with as many parties, True when y stays rather than x: the one told first (`first`:
        y is); neither does of a toll and its attack told with two dates (`misdated`) with the very same parties
        («مسؤولة عن الهجوم الجوي … مما أسفر عن مقتل سبعة جنود الاثنين»: both stay, as the later sentences that tell
        the toll again are read against the toll, and the attack is the story's); of an attack and its toll told with
        «ف», neither with victims tagged («فتح النار داخل صالة سينما … فقتل شخصين»: `then_killed`), the toll, which a
        later «أصيبوا في الهجوم» is read against."""
        if not x.recipient and not y.recipient and self.then_killed(text, x, y):
            return self.toll(y)
        if first and self.reported_toll(text, x, y):
            return True  # (the toll dated by a report told after it: the attack stays, on its own day)
        return first and not (x.date != y.date and (_own_date(x) or _own_date(y)) and self.misdated(text, x, y))

    @staticmethod
    def better_dated(x: Event, y: Event) -> Event:
        """Of two events telling one act with two dates (see `misdated`), the one whose date the act keeps: one read
        from a time expression over the published day; else one whose time is told after the first trigger, in the
        act's own clause, over one told before both triggers (a time of the saying or the claim that opens the
        sentence: «وأفاد المرصد أمس بمقتل سبعة أشخاص، الاثنين، في أكثر من 300 قذيفة»); else the attack (not the toll)."""
        if _own_date(x) != _own_date(y):
            return x if _own_date(x) else y
        first = min(x.trigger.start, y.trigger.start)
        ex, ey = x.date_evidence, y.date_evidence
        before_x = ex is not None and ex.sentence == x.sentence and ex.start < first
        before_y = ey is not None and ey.sentence == y.sentence and ey.start < first
        if before_x != before_y:
            return y if before_x else x
        return x if x.trigger.start < y.trigger.start else y

    @staticmethod
    def dated_as(keep: Event, other: Event) -> Event:
        """`keep` with the date of `other` (its day, end, source and evidence)."""
        return keep.updated(date=other.date, enddate=other.enddate, date_source=other.date_source,
                            date_evidence=other.date_evidence)

    def redated(self, text: str, keep: Event, x: Event, y: Event, days: dict[str, set] | None = None) -> Event:
        """The event kept of two that tell one act (x and y), with the better of their dates when they are a toll and
        its attack told with two dates (`misdated`); the other date is noted in `days` (by the kept event's id): a
        later sentence telling the act on that day tells it again (`told_again`)."""
        if x.date == y.date and x.enddate == y.enddate or not (_own_date(x) or _own_date(y)) \
                or not self.misdated(text, x, y):
            return keep
        better = self.better_dated(x, y)
        if self.reported_toll(text, x, y):
            better = x if self.toll(y) else y  # the report's day is not the attack's
        if days is not None:
            days.setdefault(keep.id, set()).update(d for d in (x.date, y.date) if d and d != better.date)
        return keep if better.date == keep.date and better.enddate == keep.enddate else self.dated_as(keep, better)

    def reported_toll(self, text: str, x: Event, y: Event) -> bool:
        """True when of two events one is a toll told as the outcome of the other, an attack told before it (`outcome`),
        and the toll is dated by a time told after it right after a verb of reporting (repeat_words.tsv class
        `report`) that follows «كما» or a comma («غداة هجوم انتحاري أسفر عن 13 قتيلا و31 جريحا، كما ذكرت أمس الجمعة
        مصادر رسمية»): the day of the report, not of the toll."""
        if not self.reports or self.toll(x) == self.toll(y) or not self.outcome(text, x, y):
            return False
        toll = x if self.toll(x) else y
        t = toll.date_evidence
        if t is None or t.sentence != toll.sentence or t.start < toll.trigger.end:
            return False
        words = [strip_wa(w) for w in normalize(text[toll.trigger.end:t.start]).split()]
        if not words or words[-1] not in self.reports:
            return False
        gap = text[toll.trigger.end:t.start]
        return len(words) >= 2 and words[-2] == "كما" or any(c in gap for c in "،,")

    def toll(self, ev: Event) -> bool:
        """True when the event's trigger is a word of a toll (a death, a wound), not of the attack."""
        words = ev.trigger.text.split()
        return bool(words) and _key(words[0]) in self.tolls

    def same_act(self, text: str, x: Event, y: Event, dated: bool = True, reach: int = _REACH,
                 tolls: bool = False) -> bool:
        """True when two events of one sentence have the same type, flags and date and their triggers are close, with
        no end of a sentence part, word opening another act (nor a phrase of class `apart`: «في حين») nor time
        expression of the later clause between them; two
        dates neither read from a time expression of the text (the published day, a day before it) are one; a weapon
        (`dated` False) is read without dates; `reach` the farthest the triggers may stand apart; `tolls` lets a time of
        the first clause date a toll and the other event both (`first_clause_time`)."""
        if x.sentence != y.sentence or x.event != y.event or _flags(x) != (
                y.negated, y.future, y.hypothetical):
            return False
        if (x.mode == "abduct") != (y.mode == "abduct"):
            return False  # «احتجزه تنظيم القاعدة … وعذبوهم»: taking someone and hurting him are two acts
        if _other_coercion(x, y):
            return False  # «وجرت السيطرة على المنطقة … وتم أسر»: seizing a place and capturing men are two acts
        if dated and x.date != y.date and (_own_date(x) or _own_date(y)) and not self.misdated(text, x, y):
            return False
        lo, hi = sorted((x.trigger, y.trigger), key=lambda t: t.start)
        if hi.start - lo.end > reach:
            return False
        between = text[lo.end:hi.start]
        if any(c in between for c in _STOPS):
            return False
        if dated and any(t is not None and lo.end <= t.start < hi.start for t in (x.date_evidence, y.date_evidence)) \
                and not self.first_clause_time(text, lo.end, x, y, tolls) and not self.outcome(text, x, y) \
                and not (x.date != y.date and self.misdated(text, x, y)) and not self.one_toll(text, x, y):
            return False  # a time between them dates the later clause: «قصف محدود، تبدل مساء الأحد إلى هجوم» (not a
            # toll's own time before the attack it fell in: «بمقتل سبعة أشخاص، الاثنين، في أكثر من 300 قذيفة»)
        words = normalize(between).split()
        opens = self.unwhere if self.elaborates(x, y) or self.one_outcome(x, y) else self.boundary
        # («غارات … حيث سمع دوي انفجارات»، «واستهدف اكثر الهجمات دموية منطقة … حيث ادى تفجير سيارة مفخخة الى مقتل»)
        if self.parted(between, opens) and not self.wounded_too(text, x, y):
            return False  # (not the wounded told as others of the dead: «قتل أربعة … فيما أصيب ثلاثة آخرون»)
        return not (self.apart and len(words) > 1 and any(p in f" {' '.join(words)} " for p in self.apart))

    def one_outcome(self, x: Event, y: Event) -> bool:
        """True when two assaults of one sentence have the very same victims (the same mentions, a toll's told once and
        read into both) and the later is a noun, no verb with a doer of its own: told after «حيث» (class `where`), the
        noun names how the act told before was done («واستهدف اكثر الهجمات دموية منطقة بغداد الجديدة …، حيث ادى تفجير
        سيارة مفخخة الى مقتل 19 شخصا»), one act."""
        first, then = (x, y) if x.trigger.start < y.trigger.start else (y, x)
        return first.event in _JOINED and then.event in _JOINED and bool(first.recipient) and not then.actor \
            and _first(then.trigger.text) not in self.verbs and _shared(then, first) and _shared(first, then)

    @staticmethod
    def elaborates(x: Event, y: Event) -> bool:
        """True when of two assaults of one sentence the earlier has a doer and the later no party but the earlier's very
        mentions: told after «حيث» (class `where`), the later tells how the earlier was done («شن طيران التحالف ست غارات
        استهدفت معسكر الصباحية، حيث سمع دوي انفجارات»); not an act whose doer is not named told before it («في
        سوروتش … كوباني حيث فجر انتحاري نفسه»، «تتواصل الهجمات … حيث وقعت عملية انتحارية»)."""
        first, then = (x, y) if x.trigger.start < y.trigger.start else (y, x)
        return first.event in _JOINED and bool(first.actor) and _shared(then, first)


def _other_coercion(x: Event, y: Event) -> bool:
    """True when two coercions are of two kinds of act: CAMEO codes neither of which refines the other (173 an arrest,
    192 a seizure of ground; not 171 and its 1711), neither the code of a coercion of no kind told (170), nor a raid
    and an arrest (`_RAID_ARREST`)."""
    if x.event != "COERCE" or y.event != "COERCE" or not x.cameo or not y.cameo or _GENERIC_COERCE in (x.cameo, y.cameo):
        return False
    if all(any(e.cameo.startswith(c) for e in (x, y)) for c in _RAID_ARREST):
        return False  # (a raid and an arrest: one operation)
    return not (x.cameo.startswith(y.cameo) or y.cameo.startswith(x.cameo))


def _dated_after(y: Event) -> bool:
    """True when the time that dates y, told without a recipient, is told after its trigger: for a noun framed as the
    time of an act told before («وأعرب الأمين العام خلال اللقاء، عن أمله … الهدنة التي أعلنتها قيادة التحالف أمس
    الأول») that time is a later clause's, not the frame's: the frame's day is the act's told before (not with a
    recipient of its own, the time told with it: «في الزيارة التي توجه عقبها إلى إثيوبيا الأحد»)."""
    t = y.date_evidence
    return t is not None and t.start >= y.trigger.end and not y.recipient


def _within_region(x: Event, y: Event, places: dict[int, set[str]]) -> bool:
    """True when y is located where x is, or nowhere, or in a place of its sentence told in x's place («بمحافظة
    حريملاء في منطقة الرياض» after «بمنطقة الرياض»): the act told before, told again where it was done."""
    if y.location is None or x.location is None or y.location.name == x.location.name:
        return True
    told = places.get(y.sentence, set())
    return x.location.name in told or "~" + x.location.name in told


def _head_again(m, parties: tuple) -> bool:
    """True when a party without a code, one definite word, is the first word of a party of `parties` of its sector
    told again («القوات» after «قوات التحالف الدولي»: the forces named before)."""
    words = normalize(m.text).split()
    return not m.code and len(words) == 1 and _bare(words[0]).startswith("ال") and any(
        p.sector == m.sector and _keyed(p).split()[:1] == [_keyed(m)] for p in parties)


def _gap(x: Event, ev: Event) -> int:
    """The characters from x's trigger to ev's, told after it, without x's own parties told between them (the full name
    of the one who invites or is invited: «وجه الرئيس المصري عبد الفتاح السيسي الدعوة لخادم الحرمين الشريفين للقيام
    بزيارة»)."""
    gap = ev.trigger.start - x.trigger.end
    if gap <= 0:
        return gap
    return gap - sum(m.end - m.start for m in x.actor + x.recipient
                     if x.trigger.end <= m.start and m.end <= ev.trigger.start)


def _quoted_again(x: Event, y: Event) -> bool:
    """True when y, of x's type, CAMEO code and flags, told at most _NEAR sentences after x, is told in a statement of
    x's doer (its speaker's words among a doer's: «وقالت الرئاسة "… قرر رئيس الجمهورية تمديد حالة الطوارىء"» after
    «اعلنت الرئاسة التونسية … ان حالة الطوارىء … تم تمديدها»), its doers x's or uncoded of a sector of x's doers, no
    recipient x lacks, of x's day or none of its own, not in another town: the act x announced, quoted."""
    if x.event != y.event or x.cameo != y.cameo or not x.actor or not 0 < y.sentence - x.sentence <= _NEAR:
        return False
    if _flags(x) != _flags(y) or _two_towns(x, y):
        return False
    if y.date != x.date and y.date_source in _OWN_DATE or y.claim is None or y.claim.speaker is None:
        return False
    speaker = y.claim.speaker
    if not any(_holds(_keyed(p), _keyed(speaker)) and (not speaker.code or speaker.code == p.code) for p in x.actor):
        return False
    sectors = {p.sector for p in x.actor if p.sector}
    return all(_among(m, x.actor) or not m.code and m.sector in sectors for m in y.actor) \
        and all(_among(m, x.actor + x.recipient) for m in y.recipient)


def _carried(x: Event, y: Event) -> bool:
    """True when y, told in the sentence right after x, has doers and each is one of x's very mentions: its subject
    a pronoun the coder read as x's doer («وطالب بتبرعات عاجلة» after «ودعا الأمين العام … بان كي مون»)."""
    return y.sentence == x.sentence + 1 and bool(y.actor) and _spans(y.actor) <= _spans(x.actor)


def _one_day(x: Event, y: Event) -> bool:
    """True when two tellings of an act fall on one day: the same day, or the first told in the past with no time of
    its own (`_undated`: «التي استنكرت القصف التركي») and the later, told with its doer, dated by a time of its own
    on a day within that bound («ودانت الجامعة العربية أول من أمس القصف التركي»): the later tells the first one's
    day. Not the published day only («وانتقد البرلمان الحكومة النيجيرية» after «وكان البرلمان الأوروبي انتقد
    ذلك»); not a later telling without a day after a dated one («وانتقادات الإعلامي المصري» after «قد استنكر …
    اليوم الخميس», another act); nor a noun without a doer, whose time may be another act's («التهمة … حتى إسقاطها
    في أواخر ديسمبر»)."""
    return x.date == y.date or _undated(x) and bool(y.actor) and y.date_source == "text" and y.date is not None \
        and y.date <= x.enddate


def _undated(ev: Event) -> bool:
    """True when an event is told in the past with no time of its own: dated only before the published day."""
    return ev.date is None and ev.date_source == "before_published" and ev.date_evidence is None \
        and ev.enddate is not None


def _bounded_by(x: Event, y: Event) -> bool:
    """True when y, told as background, is bounded by a time of its own that names x's very day («وقد تم تنفيذ حكم
    القتل قصاصا بالجاني أمس» after «نفذت وزارة الداخلية أمس حكم القصاص»): x's day told again, no other date."""
    return y.date is None and y.date_evidence is not None and x.date_source == "text" and x.date is not None \
        and y.enddate == x.date


def _roles(y: Event) -> tuple:
    """The (actors, recipients) a later telling is matched on: its actors but a noun of the doers that is its very
    trigger («أيدت المرجعية المتظاهرين»: the protesters told again, no party of their own), and, for a consultation,
    the two sides the other way round too («محادثات أجراها الجبير مع نظيره الروسي» … «أكد لافروف في مستهل محادثاته
    مع نظيره السعودي»: one meeting)."""
    actors = tuple(m for m in y.actor if not (m.start < y.trigger.end and y.trigger.start < m.end))
    return ((actors, y.recipient), (y.recipient, actors)) if y.event == "CONSULT" else ((actors, y.recipient),)


def _hosts(x: Event, y: Event) -> bool:
    """True when a later consultation y, told by a noun with its doer as its genitive, tells x again with the side x
    lacks: its doers x's very persons (named people, not «وزراء»), recipients of its own where x has none, none of them x's doer
    («وصف وزير الإعلام الأردني زيارة الأمير محمد بن سلمان لبلاده» … «مبينا أن زيارة الأمير محمد بن سلمان بن عبد
    العزيز ولي ولي العهد إلى الأردن ولقاءه الملك عبد الله الثاني»: one visit, its host told the second time)."""
    if y.event != "CONSULT" or x.recipient or not y.recipient or not x.actor or not _genitive(y):
        return False
    actors = _roles(y)[0][0]
    return bool(actors) and all(m.name for m in actors) and _within(actors, x.actor, _person) and not any(_among(m, x.actor) for m in y.recipient) \
        and all(0 <= m.start - y.trigger.end <= 1 or m.start > y.trigger.end for m in actors)


def _asked_content(ev: Event) -> bool:
    """True for an act to come a request may ask for: one of _ASKED_FOR, or a visit (_VISITS) without a day of its
    own, which the one invited would pay, not the caller («دعاه فيها للقيام بزيارة رسمية إلى مصر»، «وقدم له الدعوة
    لزيارة مصر»; a meeting the caller convenes is his own act: «دعا … إلى اجتماع طارئ»; a visit set for a day is
    planned: «دعا وزير الخارجية نظيره الإيراني إلى زيارة الرياض يوم الأحد المقبل»)."""
    return ev.future and (ev.event in _ASKED_FOR or ev.cameo in _VISITS and ev.date_source not in _OWN_DATE)


def _sole_host(x: Event, y: Event) -> bool:
    """True when a meeting x has one doer and a later act y one doer of the same code and sector, not a distinct named
    party (`_distinct`), definite or a title of the actor lexicon: «وناقش أمير منطقة مكة المكرمة» after «رأس …
    الأمير خالد الفيصل … الاجتماع»: the host told again by his title."""
    return len(x.actor) == 1 and len(y.actor) == 1 and bool(y.actor[0].code and y.actor[0].sector) \
        and (_definite(y.actor[0]) or bool(y.actor[0].name)) \
        and _party(y.actor[0]) == _party(x.actor[0]) and not _distinct(y.actor[0], x.actor[0])


def _fighting_of(x: Event, y: Event) -> bool:
    """True when a pointed assault noun y («خلال تلك الاشتباكات»، «واستمرت تلك المواجهات») follows an assault x that
    is no denied one: the fighting pointed at is the act told before, in whatever word («مقتل العشرات من الحوثيين
    … خلال تلك الاشتباكات»، «محاولة الحوثيين الهجوم على مواقع المقاومة، واستمرت تلك الاشتباكات»)."""
    return y.event == "ASSAULT" and not x.negated and not y.negated


def _same_body(m, parties: tuple) -> bool:
    """True when a doer is one of `parties` as `_among` reads it and, both named, by the same name before any gloss in
    brackets («Knesset (occupation Knesset)» is the Knesset; the European Union is not the UN Security Council, though
    both are IGO)."""
    base = (m.name or "").split(" (")[0]
    return any((m.start, m.end) == (p.start, p.end) or _among(m, (p,)) and (
        not (m.name and p.name) or base == p.name.split(" (")[0]) for p in parties)


def _same_doer(m, parties: tuple) -> bool:
    """True when a doer is one of `parties`: the same mention, or the same name where both are named, or, neither
    named, the same code and sector or words (an unnamed «الأمين العام» is not the named «عبد اللطيف الزياني»), or one
    state told by its name and by its government (`_state_and_government`)."""
    return any((m.start, m.end) == (p.start, p.end) or (m.name == p.name if m.name or p.name else _party(m) == _party(p))
               or _state_and_government(m, p) for p in parties)


def _state_and_government(m, p) -> bool:
    """True when two doers are one state: the same code, one told by its country or capital (no sector) and the other
    by its government (sector GOV; the first told by that name, `_state_word`, not by its people), neither a person
    told by name: «وذلك ما تستند إليه اليوم السلطات الروسية في احتجاجاتها وإدانتها» … «سارعت موسكو بإعلان إدانتها»:
    Moscow speaks by its authorities."""
    return bool(m.code) and m.code == p.code and {m.sector, p.sector} == {None, "GOV"} \
        and not (_named(m) or _named(p)) and _state_word(m if m.sector is None else p)


def _state_word(m) -> bool:
    """True when a party with no sector is told by a country's or capital's name of the actor lexicon («موسكو»،
    «مصر»; a clitic و، ل، ب or ف off), not by its people («وأدان المصريون الهجوم»: people of a country are no state)."""
    w = normalize(m.text)
    return w in _state_names() or w[:1] in "ولبف" and w[1:] in _state_names()


@cache
def _state_names() -> frozenset[str]:
    """The normalised phrases of the countries and capitals of the actor lexicon (actors.tsv kind country, capital)."""
    return frozenset(normalize(r["phrase"]) for r in _rows("actors.tsv") if r.get("kind") in ("country", "capital"))


def _visitor_of(m, visitors: tuple) -> bool:
    """True when a visitor is one of `visitors` told before: by his canonical name, or, told by a title alone
    («زيارة الرئيس الأميركي» after «الرئيس الأميركي باراك أوباما … زيارة»), of the code and sector of a named one."""
    if m.name:
        return m.name in {p.name for p in visitors}
    return bool(m.code) and any(p.name and _party(p) == _party(m) for p in visitors)


def _among_person(m, parties: tuple) -> bool:
    """True when a party is one of `parties` as a person: the same mention, or the same name, or the same words (not
    the same code: two ministers of one government are two people)."""
    return any((m.start, m.end) == (p.start, p.end) or _person(m) == _person(p) for p in parties)


def _verb_stem(word: str) -> str:
    """A verb's key without the ending of its subject («اتفقوا»، «اتفقا»، «اتفقت» → «اتفق»)."""
    for end in ("وا", "ا", "ت"):
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word_key(word[:-len(end)])
    return word_key(word)


def _same_word(x: Event, y: Event) -> bool:
    """True when two triggers' first words are one word (its key, the article and a joined preposition off)."""
    return word_key(_bare(_first(x.trigger.text))) == word_key(_bare(_first(y.trigger.text)))


def _same_victims(x: Event, recipients: tuple, actors: tuple) -> bool:
    """True when a later telling's victims are all x's victims in their very words and none of its doers is told in the
    words of one of x's victims."""
    victims = {_words(p.text) for p in x.recipient}
    return bool(recipients) and all(_words(m.text) in victims for m in recipients) \
        and not any(_words(m.text) in victims for m in actors)


def _anaphors(x: Event, recipients: tuple, actors: tuple) -> bool:
    """True when every later victim, definite, names again an indefinite victim of x by its head word (the article
    off: «والقت الشرطة القبض على المشتبه به» after «وألقت القبض شخصين مشتبه بهما»، «الرجل» after «رجلا») and none
    of its doers is told by the head word of one of x's victims."""
    heads = {_head(p) for p in x.recipient if not _definite(p)}
    heads.discard("")
    return bool(recipients and heads) and all(_head(m) in heads for m in recipients) \
        and not any(_head(m) in heads for m in actors)


def _head(m) -> str:
    """A party's first word, keyed (`_keyed`: its article and a joined preposition off: «للمشتبه» → «مشتبه»)."""
    words = _keyed(m).split()
    return words[0] if words else ""


def _same_scene(x: Event, y: Event) -> bool:
    """True when a later assault y has a doer and a victim, as x has, all of them x's in their roles (matched on codes,
    else on words), and both are located in the same place narrower than a province on the same day read from a time
    expression: the same doer hitting the same victims in one town on one day is one act told again."""
    if not (x.actor and x.recipient and y.actor and y.recipient) or x.location is None or y.location is None:
        return False
    if x.location.feature in _COUNTRY or x.location.feature == "ADM1" or x.location.name != y.location.name:
        return False
    return x.date == y.date and _own_date(x) and _own_date(y) and _within(y.actor, x.actor, _party) \
        and _within(y.recipient, x.recipient, _party)


def _two_places(x: Event, y: Event) -> bool:
    """True when two events are located in two places, neither the country of the other («القاهرة» and «مصر» are one),
    nor a region of no one country («الدوحة» and «منطقة الشرق الأوسط»: a wide area holds the town)."""
    if x.location is None or y.location is None or not _elsewhere({y.location.name}, {x.location.name}):
        return False  # a town and its province share a name: «Baghlān» and «Baghlān Region»
    if any(e.location.feature in _COUNTRY and e.location_iso3 is None for e in (x, y)):
        return False
    wide = x.location.feature in _COUNTRY or y.location.feature in _COUNTRY
    return not (wide and x.location_iso3 is not None and x.location_iso3 == y.location_iso3)


def _destination_of(x: Event, y: Event, occasion: bool = False) -> bool:
    """True when a later visit y is x, a visit of an earlier sentence told without its destination, told again with
    it: its visitors all x's very persons, named (`_within_titled`), its recipients all places or states without a
    sector (the destination), the same flags, no day of its own other than x's (any day, when x is told as the
    occasion of another act: «صدر اليوم بيان مشترك بمناسبة زيارة»), not in another town."""
    return x.cameo in _VISITS and x.sentence < y.sentence and bool(x.actor) and not x.recipient and bool(y.actor) \
        and all(m.name for m in y.actor) and _within_titled(y.actor, x.actor) \
        and all(m.code and not m.sector for m in y.recipient) \
        and _flags(x) == _flags(y) \
        and (occasion or not (y.date_source == "text" and y.date != x.date)) and not _two_towns(x, y)


def _same_town(x: Event, y: Event) -> bool:
    """True when two events are located in one place narrower than a country, by its name."""
    return x.location is not None and y.location is not None and x.location.feature not in _COUNTRY \
        and x.location.name == y.location.name


def _two_towns(x: Event, y: Event) -> bool:
    """True when two events are located in two towns (`_two_places`, both populated places: not «ولاية كاليفورنيا»
    and «سان فرانسيسكو», a region and a town in it)."""
    return _two_places(x, y) and all((e.location.feature or "").startswith("PPL") for e in (x, y))


def _elsewhere(names: set[str], seen: set[str]) -> bool:
    """True when a sentence names a place that is none of those seen, nor shares its first word with one («Baghlān» and
    «Baghlān Region», «Aden» and «Aden Governorate»: a town and its province)."""
    if not names - seen:
        return False
    seen = {n.removeprefix("~") for n in seen}
    heads = {n.split()[0] for n in seen if n}
    return any(n.split()[0] not in heads for n in names - seen if n and n[0] != "~")


_YEAR = re.compile(r"[0-9\u0660-\u0669]{4}")  # a year written in a date («30 / 7 / 2015م»، «14 / 10 / 1436هـ»)


def _calendar_day(ev: Event) -> bool:
    """True when an event is dated by a day written with its month and year («يوم الخميس 14 / 10 / 1436هـ الموافق
    30 / 7 / 2015م»), not by a word of a day counted from the published day («اليوم»، «أمس»)."""
    t = ev.date_evidence
    return t is not None and not t.relative and t.granularity == "day" and bool(_YEAR.search(t.text))


_WRITTEN_VISIT_DAYS = 7  # how far a later telling's written day may lie from a visit dated by the published day alone
# (a week's news; a visit of last year folded in by the merges keeps its own day: review of round 104)


def _visit_calendar_dated(events: list[Event], told: list[Event]) -> list[Event]:
    """The events with each visit (CAMEO `_VISITS`) dated by the published day or a day word counted from it
    («يتوجه … اليوم إلى جمهورية مصر في زيارة عمل»، «عززت الزيارة التاريخية»، «آتت الزيارة … حيث صدر اليوم بيان»)
    taking the calendar day (`_calendar_day`) of a later telling of that visit the merges dropped, by its visitor, to
    the country it went to or none (any, when it names no country) («يغادر … (الخميس) 14 / 10 / 1436هـ الموافق 30 / 7 / 2015م … في زيارة عمل»): the
    written date is the visit's, the day word at most a day off it (the story written the day before it was
    published, or the day word another act's: the statement's)."""
    kept = {e.id for e in events}
    dropped = [y for y in told if y.id not in kept and y.actor and _calendar_day(y)]
    if not dropped:
        return events
    out = list(events)
    for k, x in enumerate(out):
        if x.cameo not in _VISITS or x.event != "CONSULT" or not x.actor or _calendar_day(x) \
                or x.date_evidence is not None and not x.date_evidence.relative:
            continue
        codes = {m.code for m in x.recipient if m.code}
        y = next((y for y in dropped if y.trigger.start > x.trigger.end
                  and _flags(x) == _flags(y)
                  and all(_visitor_of(m, x.actor) for m in y.actor)
                  and (not codes or all(m.code in codes for m in y.recipient))
                  and _days_apart(x, y) <= (_WRITTEN_VISIT_DAYS if x.date_evidence is None else 1)), None)
        if y is not None and y.date != x.date:
            out[k] = RepeatMerger.dated_as(x, y)
    return out


def _days_apart(x: Event, y: Event) -> int:
    """The days between the dates of two events (0 when either has none)."""
    if not (x.date and y.date):
        return 0
    try:
        return abs((date.fromisoformat(x.date[:10]) - date.fromisoformat(y.date[:10])).days)
    except ValueError:
        return 0


def _genitive(ev: Event) -> bool:
    """True when a party of the event stands right after its trigger, its genitive («اعتقال سليمان الاسد»), or a
    pronoun ends it («غاراته»): a noun told so names that act again; an indefinite one with its doer before it tells others («شن الطيران الحربي عدة
    غارات على قرى»)."""
    end = ev.trigger.end
    word = ev.trigger.text.split()[-1] if ev.trigger.text.split() else ""
    return word.endswith(("ه", "ها", "هم", "هما")) or any(0 <= m.start - end <= 1 for m in ev.actor + ev.recipient)


def _retold_so(x: Event, y: Event) -> bool:
    """True when y may tell x again by its flags and day: the same negation, future and hypothesis, and no date of its
    own a day or more from x's (none of its own, or the same day)."""
    return _flags(x) == _flags(y) \
        and not (_days_apart(x, y) > 0 and _own_date(y))


def _broad_code(cameo: str | None) -> bool:
    """True for a type's broad CAMEO code, of three digits ending in 0 (180 an assault, 170 a coercion of no kind
    told), which any narrower code of its type may tell again."""
    return bool(cameo) and len(cameo) == 3 and cameo.endswith("0")


def _own_date(ev: Event) -> bool:
    """True when an event's date is read from a time expression (of its sentence, of the lead, or a past one before
    the published day: «قبل أيام»), not the published day it falls back on."""
    return ev.date_source in _OWN_DATE or ev.date_evidence is not None


def _key(word: str) -> str:
    """The key a toll word is matched on: normalised, a leading و، ف، ب or ل off, then word_key."""
    w = normalize(word)
    if len(w) > 3 and w[0] in "وف":
        w = w[1:]
    if len(w) > 3 and w[0] in "بل":
        w = w[1:]
    return word_key(w)


def _caseless(word: str) -> str:
    """A word normalised without the case ending of a dual or a plural («ضابطا»، «ضابطي» → «ضابط»; «مسلحين»،
    «مسلحون» → «مسلح»), as a passage told again in another case reads it."""
    w = normalize(word)
    for end in ("ان", "ين", "ون"):
        if w.endswith(end) and len(w) > 5:
            return w[:-2]
    if w[-1:] in ("ا", "ي", "و") and len(w) > 4:
        return w[:-1]
    return w


def _bare(base: str) -> str:
    """A word (no و/ف) without a preposition joined to its article: «للمفاوضات» → «المفاوضات», «بالهجوم» → «الهجوم»."""
    if base.startswith("لل") and len(base) > 4:
        return "ا" + base[1:]
    if len(base) > 5 and base[0] in "بلك" and base[1:3] == "ال":
        return base[1:]
    return base


def _word_right_before(text: str, ev: Event) -> str:
    """The normalised word right before ev's trigger in its sentence (within 12 characters), "" if none."""
    before = normalize(text[max(ev.sentence_start, ev.trigger.start - 12):ev.trigger.start]).split()
    return before[-1] if before else ""


def _words_right_before(text: str, ev: Event, n: int) -> list[str]:
    """The last `n` normalised words (split on spaces) of the 30 characters before ev's trigger in its sentence."""
    return normalize(text[max(ev.sentence_start, ev.trigger.start - 30):ev.trigger.start]).split()[-n:]


def _words_after(text: str, ev: Event, n: int = 4) -> list[str]:
    """The first `n` Arabic words (normalised) of the _AFTER characters after ev's trigger in its sentence."""
    return _WORD.findall(normalize(text[ev.trigger.end:min(ev.sentence_end, ev.trigger.end + _AFTER)]))[:n]


def _first(trigger: str) -> str:
    """The first word of a trigger, normalised. A trigger holds no joined «و» or «ف» (the coder tells them apart), so
    a leading one is the word's own: «فتحت النار» is «فتحت», not «تحت»; «وافق» is no «افق»."""
    words = trigger.split()
    return normalize(words[0]) if words else ""


def _words(text: str) -> str:
    """A party's words, normalised and keyed."""
    return " ".join(word_key(w) for w in normalize(text).split())


def _said(m) -> tuple:
    """What a party is matched on by its words alone, its code aside."""
    return "", _words(m.text)


def _party(m) -> tuple:
    """What a party is matched on across sentences: its code and sector, else its words."""
    return (m.code, m.sector) if m.code else ("", _words(m.text))


def _person(m) -> tuple:
    """What a party is matched on as the same doer: its name, else its words (not its code: a minister and his
    government share one)."""
    return ("", m.name) if m.name else ("", _words(m.text))


def _within(later: tuple, first: tuple, key) -> bool:
    """True when every party of a later telling is one of the first telling's, matched on `key`; a party without a code
    is one of the first's whose words hold its words or are held in them («سليمان الاسد»، «سليمان هلال الاسد»); a coded
    party names again a first party without a code of its sector told in some of its words
    (`_refines`: «لمقتل جنود أفغان» after «مقتل سبعة جنود»); matched on codes, a party of a code without a sector is
    one of the first's of that code with any sector, and the other way round («الغارات الأميركية» after «طائرات
    أميركية»: the United States)."""
    if not later:
        return True
    have = {key(m) for m in first}
    for m in later:
        k = key(m)
        if k in have and not (key is _party and k[0] and _distinct_from_all(m, first)) or key is _party and k[0] \
                and any(h[0] == k[0] and not (h[1] and k[1]) for h in have):
            continue
        if (k[0] or not any(not h[0] and _holds(h[1], k[1]) for h in have)) and not _refines(m, first):
            return False
    return True


def _within_side(later: tuple, first: tuple, other: tuple) -> bool:
    """`_within` on codes (`_party`), but a party of a code and sector the first telling has in its other role too is
    matched by its name or words only (`_person`): «المتمردون» is not «المقاومة الشعبية» of a clash between the
    resistance and the Houthis, all YEM/REB, whose code and sector tell no side."""
    both = {_party(p) for p in first if p.code} & {_party(p) for p in other if p.code}
    return all(_within((m,), first, _person if _party(m) in both else _party) for m in later) if both \
        else _within(later, first, _party)


def _within_titled(later: tuple, first: tuple) -> bool:
    """True when every party of a later telling is one of the first telling's very persons (`_person`), or told again
    by some of its words, two at least, with its code («ولي ولي العهد خلال اجتماعه الثنائي مع أشتون كارتر» after «عقد
    الأمير محمد بن سلمان … ولي ولي العهد … اجتماعاً ثنائياً مع أشتون كارتر وزير الدفاع الأمريكي»)."""
    return all(_within((m,), first, _person) or m.code and len(words := set(_keyed(m).split())) > 1
               and any(p.code == m.code and words <= set(_keyed(p).split()) for p in first) for m in later)


def _refines(m, first: tuple) -> bool:
    """True when a coded party is a party of `first` told again with its country: a party of `first` without a code, of
    the same sector, whose words are its head, the words it opens with («جنود أفغان» after «جنود»; not «مدنيين أفغان»
    after «جنود», nor «ثلاثة أردنيين متهمين» after «المتهمين», other men of whom more is told)."""
    if not m.code or not m.sector:
        return False
    words = [w.removeprefix("ال") for w in _keyed(m).split()]
    return any(not p.code and p.sector == m.sector and 0 < len(head := [w.removeprefix("ال") for w in _keyed(p).split()])
               < len(words) and words[:len(head)] == head for p in first)


def _among_or_shorter(m, parties: tuple) -> bool:
    """True when a party is one of `parties` (`_among`) or, without a code, one of them told again by its first words
    (`_refines` the other way: «وزراء خارجية الاتحاد» after «وزراء خارجية الاتحاد الأوروبي»)."""
    return _among(m, parties) or any(_refines(p, (m,)) for p in parties)


def _holds(a: str, b: str) -> bool:
    """True when the words of one keyed party hold all the words of the other."""
    sa, sb = set(a.split()), set(b.split())
    return bool(sa and sb) and (sa <= sb or sb <= sa)


def _sentence_places(article: Article) -> dict[int, set[str]]:
    """The names of the places, countries too, told in each sentence."""
    out: dict[int, set[str]] = {}
    for p in article.places:
        out.setdefault(p.sentence, set()).add(p.name)
    return out


def _part_of_places(places: dict[int, set[str]], x: Event, y: Event) -> bool:
    """True when x's sentence names two places or more and y's sentence names one or more, all of them x's: y is told
    in a part of where x was («وفي العراق نفذت 17 ضربة جوية» after «41 ضربة جوية في سوريا والعراق»)."""
    whole, part = places.get(x.sentence, set()), places.get(y.sentence, set())
    return len(whole) > 1 and bool(part) and part <= whole


def _local_places(article: Article) -> dict[int, set[str]]:
    """The names of the places narrower than a country told in each sentence (`_names`)."""
    out: dict[int, set[str]] = {}
    for p in article.places:
        if p.feature not in _COUNTRY:
            out.setdefault(p.sentence, set()).update(_names(p))
    return out


def _names(p) -> set[str]:
    """What a place is matched on: its name and, where the gazetteer knows it, its province's key; a province is its
    key. What is marked «~» (a town's province, a province's name) is only matched, never another place of its own:
    a later sentence naming the province of a town told before names no other place («مدينة أريحا» … «أريحا الواقعة
    في محافظة ادلب»), while a town of a province told before still does; «Aden» after «Aden Governorate» is its
    head."""
    if not p.admin1:
        return {p.name}
    key = f"ADM1:{p.country_code}:{p.admin1}"
    return {key, "~" + p.name} if p.feature == "ADM1" else {p.name, "~" + key}


def _at(ev: Event) -> set[str]:
    """The names an event's own location is matched on (`_names`), none without one."""
    return _names(ev.location) if ev.location is not None else set()


def _named_codes(article: Article) -> dict[int, set[str]]:
    """The actor codes (country, IGO …) named in each sentence."""
    out: dict[int, set[str]] = {}
    for m in article.mentions:
        if m.kind == "actor" and m.label:
            out.setdefault(m.sentence, set()).add(m.label[:3])
    return out


def _names_another(named: dict[int, set[str]] | None, x: Event, y: Event) -> bool:
    """True when y's sentence names a country or body that x's sentence does not: a call from another party («تلقى
    خادم الحرمين اتصالا هاتفيا من … ملك مملكة البحرين» after King Abdullah's call), though the role stage left that
    party out of y (read for phone calls: the day's condolences or greetings are many calls to one recipient)."""
    if not named:
        return False
    return bool(named.get(y.sentence, set()) - named.get(x.sentence, set()))


def _side(m, parties: tuple) -> bool:
    """True when a party is one of `parties` or of their side: the same mention, code and sector or words, or the same
    sector where one of the two has no code («المتمردون» and «الثوار»: two rebel sides the coder cannot tell apart)."""
    return _among(m, parties) or any(p.sector and p.sector == m.sector and not (p.code and m.code and p.code != m.code)
                                     for p in parties)


def _vague(m, parties: tuple) -> bool:
    """True when a party without a code may name one of `parties` told before: it has no sector, or one of theirs
    («هجوم نفذته المنظمة الانفصالية الإرهابية» after «عناصر من حزب العمال الكردستاني»: a rebel group)."""
    return not m.code and (not m.sector or any(p.sector == m.sector for p in parties))


def _worded(m, parties: tuple) -> bool:
    """True when a coded party is told in some of the words of one of `parties` of its code («8 حوثيين» after «ثمانية
    مسلحين حوثيين»: the same dead, the role stage giving the two another sector)."""
    return bool(m.code) and any(p.code == m.code and _holds(_keyed(m), _keyed(p)) for p in parties)


def _counted(word: str, numbers: frozenset[str]) -> str:
    """A word as a count: a number word in ة with the article is the count told before («وخُطف الثلاثة في النوفلية»
    after «خطف ثلاثة مسيحيين»: the three), read without it; any other word as it is."""
    bare = word.removeprefix("ال")
    return bare if bare != word and bare.endswith("ه") and bare in numbers else word


def _unnamed(m) -> bool:
    """True when a party is an armed man or group the text does not name: no code, the sector of unidentified armed
    forces, no article («انتحاري»، «مسلحون»; not «المسلحين», a group told before)."""
    return not m.code and m.sector == "UAF" and not _definite(m)


def _definite(m) -> bool:
    """True when a party's first word has the article (a preposition joined to it off): «الجنود»، «للحوثيين»."""
    words = [strip_wa(w) for w in normalize(m.text).split()]
    return bool(words) and (_bare(words[0]).startswith("ال") or len(words) > 1 and words[1].startswith("ال"))


def _keyed(m) -> str:
    """A party's words, normalised, each without a preposition joined to its article, and keyed."""
    return " ".join(word_key(_bare(w)) for w in normalize(m.text).split())


def _retells(m, parties: tuple) -> bool:
    """True when a definite party names again one of `parties`: in the same words («المسلحين» after «مسلحون
    مجهولون»، «الطفلة»), or as the definite plural of an indefinite party of its code and sector («الجنود» after
    «جنديين تركيين», the definite party without a code of its own)."""
    if not _definite(m):
        return False
    k = _keyed(m)
    return any(_holds(k, _keyed(p)) or bool(p.sector) and p.sector == m.sector and m.code in (None, p.code)
               and not _definite(p) for p in parties)


def _pledge_filled(x: Event, ev: Event) -> Event:
    """The AGREE x with the doers and recipients of the act it pledges, ev, in the roles x has none (a recipient that is
    one of x's doers left out)."""
    actor = x.actor or ev.actor
    recipient = x.recipient or tuple(m for m in ev.recipient if not _among(m, actor))
    return x if (actor, recipient) == (x.actor, x.recipient) else x.updated(actor=actor, recipient=recipient)


def _own_day(ev: Event) -> bool:
    """True when an event is dated by a time expression of its own sentence."""
    return ev.date_source == "text" and ev.date_evidence is not None and ev.date_evidence.sentence == ev.sentence


def _day_told_before(x: Event, y: Event) -> bool:
    """True when x took its day from a later sentence told before y's, and y names that very day in its own («قتل
    عشرة من صيادي السمك» … «ووقع الهجوم الاثنين» … «هاجمت … من الاثنين ثلاث قرى … حيث قتلت عشرة أشخاص»): the day
    is x's act's, told again with its toll."""
    return x.date == y.date and x.enddate == y.enddate and x.date_evidence.sentence < y.sentence and _own_day(y)


def _met_party(m, parties: tuple, ties: dict[str, set[str]] | None = None) -> bool:
    """True when a party of a meeting told again is one of the first telling's: the same person, named or told in its
    words or some of them with its code (`_within_titled`: «السيسي»، «الوزير الفرنسي» after «وزير الخارجية الفرنسي
    لوران فابيوس»), or a place or people without a sector of one of theirs (`_among`: «الإيرانية» after «إيران»), or a
    title or body of a named person's code and sector tied to him (`_same_office`; `ties`: see `_titles_tied`); not
    another person of the same code and sector («وزير الخارجية الروسي» after «رئيس الشيشان»، «وزير الخارجية السعودي»
    after «الملك سلمان»)."""
    return _within_titled((m,), parties) or not m.sector and _among(m, parties) \
        or bool(m.sector) and any(_party(p) == _party(m) and _named(p) != _named(m) and _same_office(m, p, ties)
                                  for p in parties)


def _visit_host(m, x: Event, y: Event, ties: dict[str, set[str]] | None = None) -> bool:
    """True when a party of a meeting told after a visit is the visit's host: a person or body of a state's sector
    (`_HOSTS`) of the code of the land or town the visit went to (x's recipient told without a sector), the meeting's
    other side the visitor or none told (the visitor the subject left out: «قام بزيارة رسمية إلى المملكة الأردنية …
    حيث أجرى مباحثات مع الملك عبدالله الثاني»; «بمناسبة زيارة … الأمير محمد بن سلمان … للمملكة الأردنية الهاشمية» …
    «وعقد جلالته اجتماعاً مع سموه»): the talks held on the visit are the visit's act; a host with another side
    of its own («وزير الخارجية الأردني … مع نظيره الفرنسي») is another meeting, and a host's own visit another act
    («زيارة الرئيس الصيني … لمصر» … «زيارة الرئيس السيسي المقبلة إلى الصين»)."""
    if x.cameo not in _VISITS or y.cameo in _VISITS or m.sector not in _HOSTS or not m.code \
            or not any(p.code == m.code and not p.sector for p in x.recipient):
        return False
    return not y.actor or any(_met_party(p, x.actor, ties) for p in y.actor + y.recipient if p is not m)


def _same_office(m, p, ties: dict[str, set[str]] | None = None) -> bool:
    """True when a party without a person's name and a named person (of one code and sector) are one: a body of the
    actor lexicon speaking for him («البيت الأبيض» after «الرئيس باراك أوباما»), or a bare title the article ties to
    him: the same `role` («الرئيس» after «الرئيس النيجيري محمد بخاري»), the title's words all in the person's
    («الرئيس المصري» and «الرئيس المصري عبدالفتاح السيسي»), or the title told in apposition to his name somewhere in
    the article, its country told or not (`ties`, see `_titles_tied`: «وزير الخارجية الإيراني، محمد جواد ظريف»); a
    code and sector alone do not («وزير الخارجية السعودي» is not «الملك سلمان»)."""
    title, person = (p, m) if _named(m) else (m, p)
    if title.name in _bodies() or title.role and person.role and _words(title.role) == _words(person.role):
        return True
    words = set(_keyed(title).split())
    return bool(words) and (words <= set(_keyed(person).split()) or any(
        person.name in names and len(tied := set(told.split())) > 1 and (tied <= words or words <= tied)
        for told, names in (ties or {}).items()))  # («وزير حقوق الإنسان اليمني» after «الأصبحي، وزير حقوق الإنسان»)


def _titles_tied(article: Article) -> dict[str, set[str]]:
    """The titles of an article (a party's words, keyed: `_keyed`) each with the persons it is told in apposition to:
    a title next to a person's mention, only a comma between («وزير الخارجية الإيراني، محمد جواد ظريف»، «عز الدين
    الأصبحي، وزير حقوق الإنسان»; see `_title_of`)."""
    ties: dict[str, set[str]] = {}
    parties = [m for m in article.mentions if m.kind in ("actor", "agent")]
    for a, b in zip(parties, parties[1:]):
        if a.sentence != b.sentence or b.start < a.end or article.text[a.end:b.start].strip(" ،,"):
            continue
        for title, person in ((a, b), (b, a)):
            if person.kind == "actor" and person.get("type") == "person" and person.get("name") \
                    and _title_of(title, person):
                ties.setdefault(_keyed(title), set()).add(person.get("name"))
    return ties


def _title_of(title, person) -> bool:
    """True when a mention may be a person's title: an agent of his sector («وزير حقوق الإنسان»), or an actor without
    a name of his code and sector («وزير الخارجية الإيراني»)."""
    if title.kind == "agent":
        return title.label == person.get("sector")
    return not title.get("name") and title.label == person.label and title.get("sector") == person.get("sector")


def _named(m) -> bool:
    """True when a party is a person of the actor lexicon told by name («ظريف»), not a title («الرئيس»)."""
    return _party_kinds().get(m.name) == "person"


def _among_vague(m, parties: tuple) -> bool:
    """True when a party is one of `parties` (`_among`), or of the code of one of them where either has no sector
    («نظيره الكيني» KEN, «الرئيس الكيني أوهورو كيناتا» KEN/GOV)."""
    return _among(m, parties) or bool(m.code) and any(p.code == m.code and not (p.sector and m.sector) for p in parties)


def _among(m, parties: tuple) -> bool:
    """True when a party is one of `parties`: the same mention, or the same code and sector (two distinct named
    parties of one code and sector apart: `_distinct`), or the same words."""
    return any((m.start, m.end) == (p.start, p.end) or _party(m) == _party(p) and not _distinct(m, p) for p in parties)


@cache
def _party_kinds() -> dict[str, str]:
    """The canonical names of the groups and persons of the actor lexicon, each with its kind (not countries, their
    people or bodies)."""
    return {r["name"]: r["kind"] for r in _rows("actors.tsv") if r.get("kind") in ("group", "person") and r.get("name")}


@cache
def _bodies() -> frozenset[str]:
    """The canonical names of the institutions of the actor lexicon that are no country («White House»)."""
    rows = _rows("actors.tsv")
    countries = {r["name"] for r in rows if r.get("kind") == "country"}
    return frozenset(r["name"] for r in rows if r.get("kind") == "institution" and r.get("name")
                     and r["name"] not in countries)


def _distinct(m, p) -> bool:
    """True when two parties are two distinct named parties, though of one code and sector: both named as groups, or
    both as persons, of the actor lexicon (`_party_kinds`), by two names, neither's words holding the other's, two
    groups' names sharing no word («المقاومة الشعبية» Yemeni Popular Resistance and «مقاتلون من الحوثيين» Houthis:
    both YEM/REB; not «طيران التحالف» Coalition aircraft and «قوات التحالف» Coalition forces, nor «الحوثيين» Houthis and
    «الانقلابيين» Houthi-Saleh putschists: `_name_words`). A title or sector word
    («الرئيس الأميركي»، «القوات»), a country, or a person and his group are compatible."""
    if not (m.name and p.name) or m.name == p.name:
        return False
    kinds = _party_kinds()
    kind = kinds.get(m.name)
    if kind is None or kind != kinds.get(p.name) or _holds(_keyed(m), _keyed(p)):
        return False  # (the cheap lookups first: keying both texts normalises them)
    return kind == "person" or not _name_words(m.name) & _name_words(p.name)


@cache
def _name_words(name: str) -> frozenset[str]:
    """The words of a canonical English name, lower-cased, split at hyphens too, a plural s taken off: «Houthis» and
    «Houthi-Saleh putschists» share «houthi» (one side, round 85 review)."""
    return frozenset(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in re.findall(r"[^\W_]+", name.lower()))


def _distinct_from_all(m, parties: tuple) -> bool:
    """True when a party is distinct (`_distinct`) from every party of `parties` of its code and sector."""
    like = [p for p in parties if _party(p) == _party(m)]
    return bool(like) and all(_distinct(m, p) for p in like)


def _sectors_of(ev: Event, x: Event) -> bool:
    """True when each of ev's recipients with a sector is of a sector of x's recipients, or x has none with one."""
    sectors = {m.sector for m in x.recipient if m.sector}
    return not sectors or all(not m.sector or m.sector in sectors for m in ev.recipient)


def _spans(parties: tuple) -> set:
    """The text spans of a list of parties."""
    return {(m.start, m.end) for m in parties}


def _same(a: tuple, b: tuple) -> bool:
    """True when one list of parties is contained in the other (the same mentions)."""
    sa, sb = {(m.start, m.end) for m in a}, {(m.start, m.end) for m in b}
    return sa <= sb or sb <= sa


def _union(keep: tuple, other: tuple) -> tuple:
    """The parties of `keep` and those of `other` it lacks, in text order of `keep` first."""
    seen = {(m.start, m.end) for m in keep}
    return tuple(keep) + tuple(m for m in other if (m.start, m.end) not in seen)


def _shared(x: Event, y: Event) -> bool:
    """True when every actor and recipient of x is the very same mention as one of y's in the same role."""
    return all(any((a.start, a.end) == (b.start, b.end) for b in y.actor) for a in x.actor) and \
        all(any((a.start, a.end) == (b.start, b.end) for b in y.recipient) for a in x.recipient)


def _named_party(m: Entity) -> bool:
    """True for a party with a code, or a person known by name only (neither code nor sector: «أبا خليل السوداني»),
    not a vague party with a sector alone."""
    return bool(m.code) or m.sector is None


def _coded_from(body: tuple, head: tuple) -> tuple:
    """The body's parties of one role, each with no code taking the code (and name) of the headline's coded party of
    the same sector, when there is just one such; `body` itself when none does."""
    if not body or not head or all(m.code for m in body):
        return body
    out = []
    for m in body:
        like = [h for h in head if h.code and h.sector == m.sector] if not m.code else []
        out.append(replace(m, code=like[0].code, name=m.name or like[0].name) if len(like) == 1 else m)
    return tuple(out) if any(a is not b for a, b in zip(out, body)) else body


def _approval(ev: Event) -> bool:
    """True when an event approves or ratifies: an agreement, or a support of the CAMEO code of a ratification (057)."""
    return ev.event == "AGREE" or ev.event == "SUPPORT" and ev.cameo == "057"


def _flags(ev: Event) -> tuple[bool, bool, bool]:
    """The event's flags: negated, future, hypothetical."""
    return ev.negated, ev.future, ev.hypothetical


def _quarter_of(text: str, x: Event, y: Event, places: dict[int, set[str]]) -> set[str]:
    """The name of y's place where it is a quarter of x's town (a section, PPLX: «حي المغاير»), that town named right
    after it in y's sentence, 60 characters at most, no comma nor stop between («… على حي المغاير الخاضع لسيطرة المعارضة
    جنوب مدينة حلب» after «على حي شعبي في وسط مدينة حلب»): y is told in x's town, its quarter no other place; empty
    otherwise (not «على حي الميدان، بعد ساعات من قصف مدينة حلب»: a quarter of another town)."""
    if y.location is None or x.location is None or y.location.feature != "PPLX" \
            or y.location.sentence != y.sentence or x.location.name not in places.get(y.sentence, set()):
        return set()
    after = normalize(text[y.location.end:min(y.sentence_end, y.location.end + 60)])
    after = after[:min((after.find(c) for c in _STOPS + "،," if c in after), default=len(after))]
    return {y.location.name} if normalize(x.location.text) in after else set()
