"""Speed changes of round 48 that must leave the output alone: the pipeline's one collection of the youngest
generation at an article's end leaves the collector as the caller had it."""

import gc


def test_the_pipeline_leaves_the_collector_as_it_found_it(nlp):
    text = "وقال وزير الخارجية إن الطائرات قصفت مواقع المسلحين أمس. وأضاف أن القصف سيستمر."
    was = gc.isenabled()
    try:
        gc.enable()
        assert nlp(text).events and gc.isenabled()
        gc.disable()
        assert nlp(text).events and not gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()


def test_an_article_leaves_no_cycle_to_collect(nlp):
    text = "وقال وزير الخارجية إن الطائرات قصفت مواقع المسلحين أمس. وأضاف أن القصف سيستمر."
    was = gc.isenabled()
    try:
        gc.enable()
        gc.collect()
        nlp(text)  # (the article is dropped at once: its cycles were collected at its end, by the pipeline)
        assert gc.collect() == 0
    finally:
        (gc.enable if was else gc.disable)()
