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


def test_a_full_table_makes_room_with_the_audience_used_longest_ago() -> None:
    """Two versions in turn at a switch keep their tables even when other audiences filled the room before: only
    the one used longest ago goes (the room was emptied whole before, and the two rebuilt each other's)."""
    table, built = _counting()
    others = [Audience(languages=(code,), regions=("DE",)) for code in ("it", "es", "pl", "nl")]
    for met in others[: audience.KEPT_AUDIENCES - 1]:
        table.of(met)
    for _ in range(3):
        table.of(GERMAN)
        table.of(FRENCH)
    assert built.count(GERMAN) == 1 and built.count(FRENCH) == 1
    assert others[0] not in table._values and len(table._values) == audience.KEPT_AUDIENCES
