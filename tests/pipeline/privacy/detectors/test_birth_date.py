"""pipeline/privacy/detectors/birth_date.py: dates after a birth cue caught; other dates kept."""

from __future__ import annotations

import pytest
from helpers import assert_detected, assert_kept_as_written

from pipeline.privacy.redact import Redactor

KIND = 'birth_date'
CAUGHT = [
    # (text, identifier, source)
    ('дата рождения 12.03.1985', '12.03.1985', 'logwarden'),
    ('DOB: 1985-03-12', '1985-03-12', 'logwarden'),
    ('born on March 12, 1985', 'March 12, 1985', 'logwarden'),
    ('родилась 12 марта 1985 г.', '12 марта 1985', 'logwarden'),
    ('birth_date=14.07.1992', '14.07.1992', 'logwarden corpus'),
    ('b. 12 Jan 1969', '12 Jan 1969', "logwarden holdout 2026-11-30: 'b.' abbreviation"),
    ('b. 1969-01-12', '1969-01-12', "logwarden: 'b.' and an ISO date"),
    ('родилась 1 января 2001 года', '1 января 2001', 'logwarden holdout 2026-11-30: feminine родилась'),
]
KEPT = [
    # (text, source)
    ('/blog/2026-11-24/post', "logwarden: a post's date"),
    ('order placed 12.03.2025', 'logwarden: no cue'),
]


@pytest.mark.parametrize(("text", "identifier", "source"), CAUGHT)
def test_a_birth_date_is_caught(text: str, identifier: str, source: str) -> None:
    assert_detected(KIND, text, identifier, source)


@pytest.mark.parametrize(("text", "source"), KEPT)
def test_a_look_alike_is_kept(text: str, source: str) -> None:
    assert_kept_as_written(text, source)


def test_a_written_date_takes_the_year_word_whole_or_not_at_all() -> None:
    """logwarden holdout 2026-11-30: "года" went with the date as "г" and left "ода"."""
    assert Redactor().text("родилась 1 января 2001 года") == "родилась [birth_date]"
    assert Redactor().text("родился 1 января 2001 г. в Москве") == "родился [birth_date] в Москве"
    assert Redactor().text("родился 1 января 2001 годом ранее") == "родился [birth_date] годом ранее"
