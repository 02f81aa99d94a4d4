"""Property-based test: the whole default pipeline on hostile text.

Random Unicode from every script, real sentences (fr, en, ru, uk) cut at
random places and spliced together, long runs of quotation marks, dashes and
brackets, control and zero-width characters: every article must go through
every component without an exception, and every annotation must satisfy the
invariants (offsets inside the text, nested spans with their surface, parts
inside their statement), also once read by the reader that cleans raw input.

The default run is bounded (300 examples, well under a minute); ``SITREP_SLOW=1`` runs it again and
again for ``SITREP_FUZZ_MINUTES`` (default 10) minutes.
"""

from __future__ import annotations

import os
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.article import Article, validate
from sitrep.invariants import check_annotation
from sitrep.pipeline import default_pipeline
from sitrep.readers import Problem, read_bytes

SENTENCES = [
    "Le ministère russe de la Défense a affirmé dimanche que ses troupes s'étaient retirées de Balakliïa.",
    "« Nous ne céderons pas », a déclaré samedi le président Volodymyr Zelensky, selon l'AFP.",
    "Un responsable américain, qui a requis l'anonymat, a indiqué que l'aide arriverait « dans les prochains jours ».",
    "Ukraine says it has recaptured more than 3,000 square kilometres since Sept. 6, officials told Reuters on Monday.",
    "\"We will not give up,\" the minister said. \"We have never been reluctant to defend our land.\"",
    "According to the Pentagon, the 2nd Battalion left Fort Bragg, N.C., at 10:30 a.m. on March 3, 2022.",
    "Согласно 77 статье Кодекса РК \"О здоровье народа и системе здравоохранения\", любая процедура проводится с согласия.",
    "По словам министра обороны России Сергея Шойгу, войска отошли к Изюму 10 сентября 2022 года.",
    "«Мы не отступим», — заявил в понедельник глава Харьковской области Олег Синегубов.",
    "У Харківській обласній військовій адміністрації повідомили, що вранці 11 вересня обстріляли Чугуїв.",
    "Як зазначив Зеленський, «ситуація на фронті складна», передає Укрінформ з посиланням на Генштаб ЗСУ.",
    "Голова Харківської обл. ради заявив журналістам, що з 2014 по 2022 рік ситуація змінилася.",
]

SCRIPTS = st.one_of(
    st.characters(min_codepoint=0x20, max_codepoint=0x24F),  # Latin
    st.characters(min_codepoint=0x370, max_codepoint=0x52F),  # Greek, Cyrillic
    st.characters(min_codepoint=0x590, max_codepoint=0x6FF),  # Hebrew, Arabic
    st.characters(min_codepoint=0x900, max_codepoint=0xE7F),  # Indic, Thai
    st.characters(min_codepoint=0x3040, max_codepoint=0x9FFF),  # kana, CJK
    st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF),  # emoji
    st.sampled_from(list("\u0301\u0308\u200b\u200c\u200d\u200e\u200f\u202e\u2028\u2029\ufeff\u00a0\u3000\t\r\n\x0b\x0c")),
    st.characters(blacklist_categories=("Cs",)),  # anything (no lone surrogates: not encodable)
)
PUNCT = st.sampled_from(list("«»“”„‟\"'‘’‚‹›()[]{}<>—–-…:;,.!?/\\#@*"))
PUNCT_RUN = st.text(PUNCT, min_size=20, max_size=600)
SEPARATORS = st.sampled_from(["", " ", "\n", "\n\n", " « ", "» ", " “", "” ", " — ", "(", ") ", ", ", ": ", "\"", "'"])


@st.composite
def spliced(draw) -> str:
    """Real sentences cut at random offsets and glued with random separators."""
    parts = []
    for _ in range(draw(st.integers(1, 8))):
        s = draw(st.sampled_from(SENTENCES))
        a = draw(st.integers(0, len(s)))
        b = draw(st.integers(a, len(s)))
        parts.append(draw(SEPARATORS) + s[a:b])
    return "".join(parts)


TEXTS = st.one_of(
    st.text(SCRIPTS, max_size=300),
    spliced(),
    PUNCT_RUN,
    st.lists(st.one_of(spliced(), PUNCT_RUN, st.text(SCRIPTS, max_size=60)), min_size=1, max_size=5).map("".join),
)
LANGS = st.sampled_from([None, "fr", "en", "ru", "uk"])

_PIPELINE = None


def _pipeline():
    global _PIPELINE
    if _PIPELINE is None:
        _PIPELINE = default_pipeline()
    return _PIPELINE


def _check(article: Article) -> None:
    failures = []
    done = list(_pipeline().pipe([article], on_error=failures.append))
    assert not failures, f"{failures[0].line()} on {article.text!r}"
    data = done[0].to_dict()
    validate(data)
    for layer, anns in done[0].layers.items():
        for ann in anns:
            check_annotation(article.text, layer, ann)


def _fuzz_once(title: str, body: str, lang: str | None, via_reader: bool) -> None:
    if via_reader:
        items = list(read_bytes((title + "\n\n" + body).encode("utf-8"), "fuzz.txt", "fuzz", ".txt"))
        for item in items:
            if isinstance(item, Problem):
                continue
            if lang:
                item.language = lang
            _check(item)
    else:
        _check(Article(id="fuzz", text=title + "\n\n" + body, title=title, language=lang))


def _given(max_examples: int):
    return settings(max_examples=max_examples, deadline=None, database=None, derandomize=False,
                    suppress_health_check=list(HealthCheck))(
        given(st.text(SCRIPTS, max_size=40), TEXTS, LANGS, st.booleans())(_fuzz_once))


def test_pipeline_on_hostile_text():
    _pipeline()  # load models outside the examples
    _given(int(os.environ.get("SITREP_FUZZ_EXAMPLES", "300")))()


@pytest.mark.slow
def test_pipeline_on_hostile_text_for_minutes():
    minutes = float(os.environ.get("SITREP_FUZZ_MINUTES", "10"))
    run = _given(200)
    end = time.monotonic() + minutes * 60
    rounds = 0
    while time.monotonic() < end:
        run()
        rounds += 1
    assert rounds >= 1
