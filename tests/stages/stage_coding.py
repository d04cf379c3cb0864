"""What the event coder gives, for the stage tests: the pipeline's stages up to the events stage (no report filter,
no repeats dropped, no topic gate); and what a whole pipeline keeps: the parties of the events of one kind (for the
repeats tests), their types, flags, dates and parties, one reader a shape so that the round files share them."""


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


def kept_types(nlp, text, published):
    """(event type, trigger) of the events the whole pipeline `nlp` keeps for `text`."""
    return [(e.event, e.trigger.text) for e in nlp(text, published=published).events]


def kept_flags(nlp, text, published):
    """(type, trigger, negated, future, hypothetical) of the events `nlp` keeps for `text`."""
    return [(e.event, e.trigger.text, e.negated, e.future, e.hypothetical)
            for e in nlp(text, published=published).events]


def kept_dates(nlp, text, kind, published):
    """(trigger, date, enddate, date source) of the events of `kind` `nlp` keeps for `text`."""
    return [(e.trigger.text, e.date, e.enddate, e.date_source) for e in nlp(text, published=published).events
            if e.event == kind]


def side_parties(nlp, text, kind, published, side="recipient", fields=("code", "sector", "text")):
    """The `fields` (a tuple a party) of the recipients (or actors: `side`) of the events of `kind` `nlp` keeps."""
    return [tuple(getattr(p, f) for f in fields) for e in nlp(text, published=published).events
            if e.event == kind for p in getattr(e, side)]


def parties_reader(published, side="recipient", fields=("code", "sector", "text")):
    """A reader `(nlp, text, kind, side)` of side_parties on the day `published`, of the `side` and `fields` given."""
    def read(nlp, text, kind, side=side):
        """side_parties of `text` on the reader's day."""
        return side_parties(nlp, text, kind, published, side, fields)
    return read


def coded_parties(nlp, text, date):
    """(code, sector, text) of every actor and recipient the event coder gives (no report filter, no topic gate)."""
    return [(p.code, p.sector, p.text) for e in events_coded(nlp, text, date) for p in (*e.actor, *e.recipient)]


def all_dated(rows, day):
    """Whether there are `rows` (of kept_dates) and every one is dated `day`; a `day` of None: every one has no day of
    its own and is told before the publication day."""
    return bool(rows) and all(d == day and (day is not None or s == "before_published") for _, d, _, s in rows)


def none_dated(rows, day):
    """Whether there are `rows` (of kept_dates) and none is dated `day`."""
    return bool(rows) and all(d != day for _, d, _, _ in rows)


def kept_triggers(nlp, text, kind, published):
    """The triggers of the events of `kind` the whole pipeline `nlp` keeps for `text` (repeats dropped), in order."""
    return [t for _, t, _, _ in kind_parties(nlp, text, kind, published)]
