"""A source relayed by an outlet.  "The New York Times reported, citing US officials, that the shipment would
arrive" had "citing US officials, that …" for its content and no relayed source in its chain; "…, The Wall
Street Journal reported on Sunday, citing two US officials" made "citing" a second statement (content "two US
officials")."""

from __future__ import annotations

import pytest

from .conftest import found


@pytest.mark.parametrize("lang, paragraph, expected, relayed", [
    ("en", "The New York Times reported, citing US officials, that the shipment would arrive in July.",
     ("The New York Times", "reported", "the shipment would arrive in July"), "officials"),
    ("en", "The Miami Herald reported, citing a Haitian government document, that the prison held more than 500 people.",
     ("The Miami Herald", "reported", "the prison held more than 500 people"), "Haiti"),
])
def test_a_relay_between_the_verb_and_its_clause(analyse, lang, paragraph, expected, relayed):
    art = analyse(f"News\n\n{paragraph}", lang)
    assert found(art) == [expected]
    chain = art.layers["statements"][0].attrs["chain"]
    assert len(chain) == 3 and relayed in chain[-1]


def test_citing_is_no_statement_of_its_own(analyse):
    art = analyse("Iran\n\nThe United States is preparing a new package of sanctions against Iran's drone industry, The "
                  "Wall Street Journal reported on Sunday, citing two US officials.", "en")
    assert [c for _, c, _ in found(art)] == ["reported"]
    assert "officials" in art.layers["statements"][0].attrs["chain"][-1]


def test_citing_reasons_stays_a_statement(analyse):
    """", citing low economic growth, unemployment …" names no source: the speaker's reasons, a statement."""
    art = analyse("Economy\n\nMcCain warned that the economy was faltering, citing low economic growth, unemployment and "
                  "growing economic inequality.", "en")
    assert "citing" in [c for _, c, _ in found(art)]


@pytest.mark.parametrize("paragraph", [
    "Manafort argued that the race was still open, citing Trump’s blue-collar appeal and Hillary Clinton’s unpopularity.",
    "“This is not a hard race,” he said, citing Trump’s blue-collar appeal and Hillary Clinton’s unpopularity.",
    "He said the jobless rate understated the damage, citing the many Americans who had given up looking for work "
    "entirely.",
])
def test_citing_reasons_that_name_someone_stays(analyse, paragraph):
    assert "citing" in [c for _, c, _ in found(analyse(f"Campaign\n\n{paragraph}", "en"))]
