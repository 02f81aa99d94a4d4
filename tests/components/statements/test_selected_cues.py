"""Cue entries chosen end to end on PolNeAR train (issue 13, branch ``attrib6``,
``sitrep_tools.statements.select_cues``): beliefs, stances and evaluations that no hand-written
entry read, tested on sentences written for the purpose; and the selection tool itself on a
cache built from text written here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,cue,source,content", [
    ("Trade\n\nThe senator pushed back on the tariff. She went on to argue that it taxed American consumers.",
     "went on to", "She", "it taxed American consumers"),
    ("Court\n\nThe Supreme Court struck down the state's voting law on Monday.",
     "struck down", "The Supreme Court", "the state's voting law on Monday"),
    ("Budget\n\nThe senator made it clear that she would vote against the spending bill.",
     "made it clear", "The senator", "she would vote against the spending bill"),
    ("Police\n\nThe mayor has been critical of the police department's handling of the protests.",
     "has been critical of", "The mayor", "the police department's handling of the protests"),
    ("Vote\n\nSeveral Republican governors are skeptical of the plan to expand Medicaid.",
     "are skeptical of", "Several Republican governors", "the plan to expand Medicaid"),
    ("Debate\n\nThe candidate laid out his plan to cut taxes for the middle class.",
     "laid out", "The candidate", "his plan to cut taxes for the middle class"),
])
def test_a_selected_cue_opens_a_statement(analyse, by_cue, text, cue, source, content):
    st = by_cue(analyse(text, "en"))[cue]
    assert st["source"]["text"] == source
    assert st["content"] == content


def test_select_keeps_a_cue_that_raises_f1_on_both_halves(monkeypatch):
    """``select`` on two written documents (one per half) with a gold cue "foresaw" the lexicon
    lacks: the entry is kept, F1 rises on both halves; an entry that only adds false statements
    ("painted") is refused and taken out of the lexicon again."""
    from sitrep.article import Article
    from sitrep.components.statements.cues import lexicon
    from sitrep.pipeline import Pipeline
    from sitrep_tools.statements import select_cues
    from sitrep_tools.statements.cache import UPSTREAM

    pipe = Pipeline.from_names(UPSTREAM)
    rows = []
    for k, (name, noise) in enumerate((("The minister", "The driver"), ("The governor", "The teacher"))):
        text = (f"Report {k}\n\n{name} foresaw a long and costly recovery for the region. "
                f"{noise} painted a small fence near the old bridge.")
        article = Article(id=f"d{k}", text=text, title=f"Report {k}")
        pipe(article)
        cue = text.index("foresaw")
        gold = [{"cue": [(cue, cue + 7)], "source": [(text.index(name), text.index(name) + len(name))],
                 "content": [(cue + 8, text.index(" for the region") + 15)]}]
        rows.append((f"d{k}", article, gold))
    monkeypatch.setattr(select_cues, "HALF", 1)
    lex = lexicon("en")
    assert not lex.verbs.match(["foresaw"], 0) and not lex.verbs.match(["painted"], 0)
    try:
        kept = select_cues.select(rows, 1, log=lambda m: None, only=["painted", "foresaw"])
        assert kept == ["foresaw"]
        assert not lex.verbs.match(["painted"], 0)
    finally:
        for phrase in ("foresaw", "painted"):
            items = lex.verbs.by_first.get(phrase, [])
            if (phrase,) in items:
                items.remove((phrase,))
            if not items:
                lex.verbs.by_first.pop(phrase, None)
        from sitrep.components.statements.extract import _firsts
        _firsts.cache_clear()
