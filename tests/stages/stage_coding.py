"""What the event coder gives, for the stage tests: the pipeline's stages up to the events stage (no report filter,
no repeats dropped, no topic gate); and, for the repeats tests, the parties of the events a whole pipeline keeps."""


def events_coded(nlp, text, date):
    """The events the event coder gives for `text` published on `date`."""
    from hadath.pipeline import Pipeline

    names = [s.name for s in nlp.stages]
    return Pipeline(nlp.stages[:names.index("events") + 1])(text, published=date).events


def events_ending(nlp, text, event, word, date="2015-07-24"):
    """The coded events of the type whose trigger's first word ends the given word (clitics taken off)."""
    return [e for e in events_coded(nlp, text, date) if e.event == event and word.endswith(e.trigger.text.split()[0])]


def kind_parties(nlp, text, kind, published):
    """(trigger start, trigger, actor texts, recipient texts) of the events of `kind` that the whole pipeline `nlp`
    codes for `text` (repeats dropped as `nlp` drops them)."""
    return [(e.trigger.start, e.trigger.text, [m.text for m in e.actor], [m.text for m in e.recipient])
            for e in nlp(text, published=published).events if e.event == kind]
