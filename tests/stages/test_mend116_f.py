"""Round 116 mend (mend116_f) of the final read's findings on `bare_word_again`: a verb whose root opens with و
(«وافق») is looked up as written, so the guards of `names_next` read it («وافق بالإجماع على تمديد»); an act told again
by its bare word is not folded after a word of later time («ثم»، «بعد ذلك»، «لاحقا») or an adjective of a later
occasion («وفي مؤتمر صحفي لاحق»): a second act, not the first again.
Built on the final reader's probes (/tmp/fr116/p.py)."""

from stage_coding import kept_types

_DATE = "2015-07-21"
_UNSC = "وافق مجلس الأمن الدولي اليوم الاثنين على اتفاق يحد من برنامج إيران النووي. "
_BAN = "دعا الأمين العام للأمم المتحدة بان كي مون إلى وقف إطلاق النار في اليمن. "


def _count(nlp, text, kind):
    """The events of `kind` the whole pipeline keeps for `text`."""
    return [t for k, t in kept_types(nlp, text, _DATE) if k == kind]


def test_verb_with_a_root_waw_keeps_its_own_complement(nlp):
    """«وافق بالإجماع على تمديد مهمة البعثة»: وافق is no «و» + «افق»; a second approval, not the first again."""
    text = _UNSC + "وفي الجلسة نفسها، وافق بالإجماع على تمديد مهمة البعثة الأممية في ليبيا."
    assert len(_count(nlp, text, "AGREE")) == 2


def test_approval_at_a_later_session_is_another(nlp):
    """«وفي جلسة لاحقة، وافق بالإجماع» (probe second_approval): a later session's approval."""
    text = _UNSC + "وفي جلسة لاحقة، وافق بالإجماع على تمديد مهمة البعثة الأممية في ليبيا."
    assert len(_count(nlp, text, "AGREE")) == 2


def test_call_at_a_later_conference_is_another(nlp):
    """«وفي مؤتمر صحفي لاحق في جنيف، دعا إلى فتح ممرات إنسانية» (probe call_after_call): a second demand."""
    text = _BAN + "وفي مؤتمر صحفي لاحق في جنيف، دعا إلى فتح ممرات إنسانية."
    assert len(_count(nlp, text, "REQUEST")) == 2


def test_call_after_then_is_another(nlp):
    """«ثم دعا إلى فتح ممرات إنسانية»: «ثم» (function_words.tsv `sequel`) tells a later act."""
    assert len(_count(nlp, _BAN + "ثم دعا إلى فتح ممرات إنسانية.", "REQUEST")) == 2


def test_call_after_afterwards_is_another(nlp):
    """«وبعد ذلك دعا إلى» (time_words.tsv `afterwards`): a later act."""
    assert len(_count(nlp, _BAN + "وبعد ذلك دعا إلى فتح ممرات إنسانية.", "REQUEST")) == 2


def test_call_after_later_is_another(nlp):
    """«ولاحقا دعا إلى» (time_words.tsv `afterwards`, one word): a later act."""
    assert len(_count(nlp, _BAN + "ولاحقا دعا إلى فتح ممرات إنسانية.", "REQUEST")) == 2


def test_bare_call_told_again_next_is_still_one(nlp):
    """«وفي جنيف دعا إلى وقف إطلاق النار» right after the first call: still that call told again."""
    assert len(_count(nlp, _BAN + "وفي جنيف دعا إلى وقف إطلاق النار.", "REQUEST")) == 1
