"""Money allocated to someone is AID in Russian and Ukrainian ("Японія виділить Україні 500 мільйонів
доларів", "Евросоюз выделил 50 миллиардов евро"): ``виділити`` / ``выделить`` with a sum, funds or
financing up to two words after it (``events_lemmas.tsv``, eighteenth session). A promise of it is
coded AGREE with ``future_of`` AID, as every future aid; "выделить" alone ("выделить главное") is none."""

from __future__ import annotations

import pytest

from sitrep.article import Article
from sitrep.pipeline import default_pipeline


@pytest.fixture(scope="module")
def run():
    pipe = default_pipeline()

    def events(text: str, lang: str) -> list[tuple[str, str, str | None]]:
        article = Article(id="t", text=text, language=lang, source={})
        pipe(article)
        return [(e.label, e.attrs["modality"], e.attrs.get("future_of")) for e in article.layers["events"]]

    return events


@pytest.mark.parametrize("lang, sentence, expected", [
    ("uk", "Уряд Японії виділив Україні 500 мільйонів доларів на відбудову енергетики.", ("AID", "asserted", None)),
    ("uk", "Уряд Японії виділить Україні 500 мільйонів доларів на відбудову енергетики.", ("AGREE", "future", "AID")),
    ("uk", "Євросоюз виділив кошти на ремонт шкіл.", ("AID", "asserted", None)),
    ("ru", "Евросоюз выделил Украине 50 миллиардов евро.", ("AID", "asserted", None)),
    ("ru", "Правительство Японии выделит Украине 500 миллионов долларов.", ("AGREE", "future", "AID")),
    ("ru", "Власти выделили средства на восстановление моста.", ("AID", "asserted", None)),
])
def test_money_allocated_is_aid(run, lang, sentence, expected):
    assert expected in run(f"Новини\n\n{sentence}", lang)


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "Эксперты выделили три главные причины кризиса."),
    ("uk", "Експерти виділили три головні причини кризи."),
])
def test_allocating_nothing_is_no_aid(run, lang, sentence):
    assert not [e for e in run(f"Новини\n\n{sentence}", lang) if e[0] in ("AID", "AGREE")]
