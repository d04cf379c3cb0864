"""Round 105 (nonevents105): non-events and repeats from the judged slice 2015-07-31 #1360–1759. A column whose
writer speaks in the first person keeps only the attacks it reports: one placed nowhere, with no party of a country or
an organisation, told outside any named speaker's words, is the writer's talk of violence («قتل الإنسان الآمن»، «من
فجر مقدس الآخر، لا تضمن بأنه لن يفجر مقدسك»); and an attack told first as background with no day, then told again
by its very word with its day, is one act, dated by that day."""

from stage_coding import kept_dates, kept_types

_DATE = "2015-07-31"

_COLUMN = ("فعلاً يحتار الكاتب، أي كاتب، عندما يهم في كتابة مقال يتناول فيه حالة التوحش الإرهابية التي تمر بها "
           "منطقتنا. ونحن في العقد الثاني من القرن الواحد والعشرين نرى تنظيمات متوحشة تخرج من عندنا. وعلى رأس هذه "
           "المحرمات، قتل الإنسان الآمن غير المحارب وتدنيس مقدسات الغير. ما يهمنا هنا هو أبناؤنا الانتحاريون بغض "
           "النظر عن من أسسها ومن يرعاها، ومن يدعمها ومن يمولها. من فجر مقدس الآخر، لا تضمن بأنه لن يفجر مقدسك.")


def test_column_talk_of_killing_is_no_attack(nlp):
    """«وعلى رأس هذه المحرمات، قتل الإنسان الآمن» and «من فجر مقدس الآخر … لن يفجر مقدسك» (#1426, an opinion
    column: «منطقتنا»، «ونحن»): no attack told, no event."""
    kept = kept_types(nlp, _COLUMN, _DATE)
    assert not any(kind == "ASSAULT" for kind, _ in kept), kept


_COLUMN_LIST = ("فعلاً يحتار الكاتب، أي كاتب، عندما يهم في كتابة مقال يتناول فيه حالة التوحش الإرهابية التي تمر بها "
                "منطقتنا. ونحن في العقد الثاني من القرن الواحد والعشرين نرى تنظيمات متوحشة تخرج من عندنا، ومن "
                "يدعمها ومن يمولها. – قتل أحد الحاملين للفكر الداعشي لخاله في مدينة الرياض بحجة أنه (مرتد).")


def test_column_keeps_an_attack_placed_in_a_town(nlp):
    """«قتل أحد الحاملين للفكر الداعشي لخاله في مدينة الرياض» (#1437, a column listing the attacks of the last
    months): an act placed in a town is reported, and stays."""
    kept = kept_types(nlp, _COLUMN_LIST, _DATE)
    assert ("ASSAULT", "قتل") in kept, kept


_KUWAIT = ("قالت الكويت امس: إن وزارة الداخلية ألقت القبض على عدد من الكويتيين شكلوا شبكة تتبع تنظيم داعش وذلك بعد "
           "أكثر من شهر من تفجير مسجد الصادق بالعاصمة الكويت والذي أودى بحياة 27 شخصًا. ووقع تفجير مسجد الصادق "
           "أثناء صلاة الجمعة يوم 26 يونيو وأسقط 27 قتيلًا و227 جريحًا.")


def test_background_bombing_told_again_with_its_day_is_one_act(nlp):
    """«بعد أكثر من شهر من تفجير مسجد الصادق» … «ووقع تفجير مسجد الصادق … يوم 26 يونيو» (#1675): one bombing,
    told once, on 26 June."""
    dates = kept_dates(nlp, _KUWAIT, "ASSAULT", _DATE)
    assert len(dates) == 1, dates
    assert dates[0][1] == "2015-06-26", dates


_RULES = ("في وقت تدعو فيه اللوائح والأنظمة المعنية بمواقع استئجار المنشآت الحكومية إلى مراعاة سهولة الوصول "
          "إليها، وتوافر المواقف، إضافة إلى مراعاتها للحالات الإنسانية لكبار السن والمعاقين، فرض مقر إدارة "
          "الأحوال المدنية بمحافظة خميس مشيط على المراجعين خيارين كلاهما مر للوصول إلى بوابتها الرئيسة، إما "
          "الوقوف في الشارع العام وصعود نحو ٢١ درجة، أو الدخول بالمركبة للشارع الخلفي المزدحم أو المتعثر، والذي "
          "يبلغ عرضه نحو 8 أمتار فقط. وسجلت زيارة ميدانية لـ\"الوطن\" لموقع الأحوال بخميس مشيط عددا من الملاحظات، "
          "أهمها غياب أي مدخل للمبنى على الشارع الرئيس (طريق خميس مشيط العام المتجه إلى مدينة أبها)، بينما تفتح "
          "المداخل الرئيسة للرجال والنساء في جهة واحدة بالجهة الجنوبية للمبنى على شارع عرضه 8 أمتار، ويكتظ "
          "بمركبات المراجعين ما تسبب في شلل الحركة في حالة تواجه مركبتين، إضافة إلى اكتظاظ الشارع بمحال خدمة "
          "المراجعين التجارية الخاصة بالتصوير وتسجيل البيانات وتفعيل الخدمات الإلكترونية. وعند محاولة الحصول "
          "على إجابة لبعض الاستفسارات من مدير إدارة الأحوال المدنية بالمحافظة محمد جميل السعيد، إلا أنه تحفظ "
          "على التصريح، معللا بأنه غير مخول بذلك.")


def test_what_regulations_call_for_is_no_appeal(nlp):
    """«في وقت تدعو فيه اللوائح والأنظمة … إلى مراعاة سهولة الوصول إليها» (#1382): what the regulations (a `law`
    word in the plural: لوائح، أنظمة) hold, no request by anyone."""
    kept = kept_types(nlp, _RULES, _DATE)
    assert not any(kind == "REQUEST" for kind, _ in kept), kept
