"""pipeline/privacy/audience.py: what is compiled for an audience is kept per audience, so a worker holding two policy
versions switches between their audiences without compiling again, and a version read ahead compiles its tables
without becoming the process's."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pipeline.privacy import audience
from pipeline.privacy.audience import Audience, PerAudience

GERMAN = Audience(languages=("de",), regions=("DE",))
FRENCH = Audience(languages=("fr",), regions=("FR",))


@pytest.fixture(autouse=True)
def default_after() -> Iterator[None]:
    yield
    audience.configure(audience.DEFAULT)


def _counting() -> tuple[PerAudience[str], list[Audience]]:
    built: list[Audience] = []

    def build(met: Audience) -> str:
        built.append(met)
        return ",".join(met.languages)

    return PerAudience(build), built


def test_a_table_is_built_once_per_audience_and_found_again_after_a_switch_back() -> None:
    table, built = _counting()
    for _ in range(3):  # events alternating between two versions' audiences
        audience.configure(GERMAN)
        assert table.get() == "de"
        audience.configure(FRENCH)
        assert table.get() == "fr"
    assert built == [GERMAN, FRENCH]


def test_prepare_builds_every_table_for_an_audience_without_making_it_the_processs() -> None:
    table, built = _counting()
    audience.configure(GERMAN)
    audience.prepare(FRENCH)
    assert built == [FRENCH] and audience.current() == GERMAN
    assert table.get() == "de"
    audience.configure(FRENCH)
    assert table.get() == "fr" and built == [FRENCH, GERMAN]  # French was built ahead: nothing more for it


def test_at_most_a_few_audiences_are_kept() -> None:
    table, built = _counting()
    many = [Audience(languages=(code,), regions=("DE",)) for code in ("de", "fr", "it", "es", "pl", "nl")]
    assert len(many) > audience.KEPT_AUDIENCES
    for met in many:
        table.of(met)
    assert len(table._values) <= audience.KEPT_AUDIENCES
    assert table.of(many[-1]) == "nl" and built.count(many[-1]) == 1
