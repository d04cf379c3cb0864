"""Hadath (حدث): Arabic news to structured, sourced PLOVER political event data.

    import hadath
    nlp = hadath.load()
    article = nlp("أعلنت وزارة الدفاع الأمريكية …", published="2016-05-20")
    for event in article.events:
        print(event.to_dict())
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["load", "Article", "Event", "Entity", "__version__"]

if TYPE_CHECKING:
    from .article import Article
    from .pipeline import Pipeline
    from .records import Entity, Event
    from .settings import Settings


def load(settings: "Settings | str | None" = None) -> "Pipeline":
    """Build the default pipeline (segment → mentions → events → report filter → statements → times → places →
    event dates and places → senses → repeats → topics → contested marks → places' homes → non-event filter →
    party check → party filler) with packaged data.

    `settings` is a Settings object, or the path of a settings file; by default the packaged
    defaults, overridden by the file named in HADATH_SETTINGS if any.
    """
    from .lexicon import Lexicon
    from .pipeline import Pipeline
    from .settings import Settings, load_settings
    from .stages.events import EventCoder
    from .stages.mentions import MentionMatcher
    from .stages.reports import ReportFilter, ReportModel
    from .stages.anchors import ActsToCome, EventAnchor
    from .stages.places import PlaceHomes, PlaceTagger
    from .stages.repeats import RepeatMerger
    from .stages.senses import SenseReader
    from .stages.statements import ContestCheck, StatementTagger
    from .stages.text import Segmenter
    from .stages.times import TimeTagger
    from .stages.topics import TopicGate, TopicWords

    if not isinstance(settings, Settings):
        settings = load_settings(settings)
    lexicon = Lexicon.load()
    stages = [Segmenter(), MentionMatcher(lexicon), EventCoder(lexicon.function_words)]
    if settings.report_filter:
        model = ReportModel.load()
        model.thresholds.update(settings.report_thresholds)
        stages.append(ReportFilter(model, lexicon.function_words))
    places = PlaceTagger(fw=lexicon.function_words)
    topic_words = TopicWords.load()  # read by the senses stage and the topic gate alike
    # the senses (a comment refused, an act refused outright, a protest in words, roads cut by armed men) are read
    # always, before the repeats merge the acts as they are meant
    anchor = EventAnchor(places.gaz, places.words, fw=lexicon.function_words)
    stages += [StatementTagger(lexicon.function_words), TimeTagger(fw=lexicon.function_words), places,
               anchor, SenseReader(topic_words)]
    if settings.merge_repeats:
        stages.append(RepeatMerger(lexicon=lexicon))
    if settings.topic_gate:
        # last: the events it drops (talk about a meeting in the lead, a sport story's) still date the story first
        stages.append(TopicGate(topic_words))
    # the contested marks read again among the events the repeats and topics stages left
    contest = ContestCheck(lexicon.function_words)
    stages.append(contest)
    # then the story's land for the bodies and citizens left with no country, and the state visited for a visit paid
    # with no one visited: fills codes and a visit's recipient, read by no stage after (the party filler runs it again
    # for the parties it gives)
    homes = PlaceHomes(places.gaz, lexicon.function_words, places.words)
    stages.append(homes)
    if settings.nonevent_filter:
        # last: it scores each event as the other stages left it (its parties, date, place and the story's topic)
        from .stages.nonevents import NonEventFilter

        stages.append(NonEventFilter(threshold=settings.nonevent_threshold,
                                     repeat_threshold=settings.nonevent_repeat_threshold, contest=contest))
    if settings.party_check or settings.party_filler:
        from .stages.parties import PartyModel

        parties = PartyModel.load()  # (the filler's model, which the check reads as its prior too)
    if settings.party_check:
        # the rules' parties read again, before the filler fills the roles left empty (and those the check empties)
        from .stages.party_check import PartyCheck

        stages.append(PartyCheck(lexicon.function_words, prior=parties, homes=homes))
    if settings.party_filler:
        # after the filter, whose model learnt from the rules' parties; the story's land read again for those it gives
        from .stages.parties import PartyFiller

        stages.append(PartyFiller(lexicon.function_words, parties, homes=homes))
    if settings.background_dater:
        # it reads each event as every other stage left it, and changes only the dates, which no stage reads after
        from .stages.backgrounds import BackgroundDater

        stages.append(BackgroundDater())
    if settings.story_days:
        # after the dater: an act it dated "before" takes no story day
        from .stages.backgrounds import StoryDays

        stages.append(StoryDays(anchor.background))
    if settings.acts_to_come:
        # last: the acts to come lose the day they were told on, which the stages before weighed them on
        stages.append(ActsToCome(lexicon.function_words))
    return Pipeline(stages)


def __getattr__(name: str):
    if name == "Article":
        from .article import Article
        return Article
    if name in ("Event", "Entity"):
        from . import records
        return getattr(records, name)
    raise AttributeError(f"module 'hadath' has no attribute {name!r}")
