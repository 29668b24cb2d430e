"""pipeline/privacy/detectors/mac.py: MAC addresses in colon, dash, Cisco and bare-after-cue forms."""

from __future__ import annotations

import pytest
from helpers import assert_detected, assert_kept_as_written

KIND = 'mac'
CAUGHT = [
    # (text, identifier, source)
    ('00:1A:2B:3C:4D:5E', '00:1A:2B:3C:4D:5E', 'logwarden'),
    ('00-1a-2b-3c-4d-5e', '00-1a-2b-3c-4d-5e', 'logwarden'),
    ('0011.2233.44aa', '0011.2233.44aa', 'Cisco notation'),
    ('bssid 001A2B3C4D5E', '001A2B3C4D5E', 'logwarden corpus'),
]
KEPT = [
    # (text, source)
    ('12:30:45', 'logwarden: a time'),
    ('2024.1124.0001', 'logwarden: a build number'),
    ('a2ee933 is the commit', 'logwarden: a commit hash'),
]


@pytest.mark.parametrize(("text", "identifier", "source"), CAUGHT)
def test_a_mac_is_caught(text: str, identifier: str, source: str) -> None:
    assert_detected(KIND, text, identifier, source)


@pytest.mark.parametrize(("text", "source"), KEPT)
def test_a_look_alike_is_kept(text: str, source: str) -> None:
    assert_kept_as_written(text, source)
