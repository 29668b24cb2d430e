"""pipeline/privacy/detectors/geo.py: precise coordinate pairs caught; coarse or out-of-range ones kept."""

from __future__ import annotations

import pytest
from helpers import assert_detected, assert_kept_as_written

KIND = 'geo'
CAUGHT = [
    # (text, identifier, source)
    ('at 55.7558, 37.6173 now', '55.7558, 37.6173', 'logwarden'),
    ('-33.8688;151.2093', '-33.8688;151.2093', 'logwarden'),
    ('55.751244 37.618423', '55.751244 37.618423', 'logwarden: space-separated, GPS precision'),
    ('lat=55.7512&lon=37.6184', '55.7512&lon=37.6184', 'logwarden: labelled in a query'),
]
KEPT = [
    # (text, source)
    ('55.7, 37.6', "logwarden: a city's centre"),
    ('123.45678, 37.61734', 'logwarden: latitude out of range'),
]


@pytest.mark.parametrize(("text", "identifier", "source"), CAUGHT)
def test_a_coordinate_pair_is_caught(text: str, identifier: str, source: str) -> None:
    assert_detected(KIND, text, identifier, source)


@pytest.mark.parametrize(("text", "source"), KEPT)
def test_a_look_alike_is_kept(text: str, source: str) -> None:
    assert_kept_as_written(text, source)
