"""Where the story ends, and the page's lines that are no telling of it: keyword lists glued to the last sentence."""

from hadath.arabic.story import find_story_end, trailer_line


def test_a_keyword_list_sentence_is_read_as_a_trailer_line():
    assert trailer_line("سمات اليمن مقذوف إصابة نجران ")
    assert trailer_line("\xa0 الوسوم: داعش تفجير مسجد عسير")
    # a sentence that begins with the same word, or goes on with a comma or a period, is the story
    assert not trailer_line("سمات القائد الناجح كثيرة، منها الصبر.")
    assert not trailer_line("وهو من سمات بعض السيارات الفاخرة الأخرى")


def test_events_of_a_keyword_list_glued_to_the_last_sentence_are_not_coded(nlp):
    text = ("افتتح وزير الثقافة معرض الكتاب في العاصمة الرياض أمس بحضور عدد من الأدباء. "
            "سمات معرض كتاب قتل اغتيال مظاهرات اعتقال الرياض")
    art = nlp(text, published="2015-08-02")
    assert find_story_end(text) is None and art.story_end is None  # its places are still read
    tags = text.index("سمات")
    assert not [e for e in art.events if e.trigger is not None and e.trigger.start >= tags]
    # the same words told as a sentence are coded
    told = "وقتل مسلحون ثلاثة جنود في هجوم على دورية للشرطة قرب الحدود أمس، وفروا إلى جهة مجهولة."
    assert "ASSAULT" in [e.event for e in nlp(told, published="2015-08-02").events]


def test_a_related_articles_heading_glued_to_its_titles_ends_the_story():
    text = ("وختم الكاتب مقاله بالدعوة إلى الحوار بين الأطراف.\n"
            "مقالات أخرى للكاتبلماذا هاجم المسلحون القرية؟مظاهرات الطلاب في العاصمةحرب بلا نهاية")
    assert find_story_end(text) == text.index("مقالات")
    glued = "وختم الكاتب مقاله بالدعوة إلى الحوار. مقالات أخرى للكاتبحرب بلا نهاية"
    assert find_story_end(glued) == glued.index("مقالات")
    # the same words inside a sentence, or far from the page's end, are the story
    assert find_story_end("وقال إن مقالات أخرى للكاتبة نشرت في الصحيفة.") is None
    far = "نص الخبر.\nمقالات أخرى للكاتبعنوان\n" + "وقال الخبير إن الصبر من أهم صفات القائد الناجح. " * 60
    assert find_story_end(far) is None


def test_events_of_the_glued_titles_are_not_coded(nlp):
    text = ("وختم الكاتب مقاله بالدعوة إلى الحوار بين الأطراف.\n"
            "مقالات أخرى للكاتبقتل المدنيين جريمةمظاهرات الطلاب في العاصمة")
    art = nlp(text, published="2015-08-08")
    assert not [e for e in art.events if e.event in ("ASSAULT", "PROTEST")]
