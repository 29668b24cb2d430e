"""pipeline/privacy/registry.py: the look-alikes it protects (versions after a version word or a 'v', dates with a
time of day, product codes after their name with a valid GS1 check digit) and what it leaves to the detectors."""

from __future__ import annotations

import re
import time

import pytest
from helpers import assert_kept_as_written
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.privacy.registry import _LOOKALIKE_BRANCHES, _lookalike_pattern, gs1_check, lookalikes

# (text, the look-alike the registry protects, source)
PROTECTED = [
    ("Firmware 10.2.4.117", "10.2.4.117", "issue 23: a four-part firmware version"),
    ("build 4.18.0.305", "4.18.0.305", "issue 23: a kernel build"),
    ("Driver version: 31.0.101.4502", "31.0.101.4502", "written for logwarden: a driver version"),
    ("Treiber 31.0.101.4502", "31.0.101.4502", "written for logwarden: German"),
    ("έκδοση 10.2.4.117", "10.2.4.117", "written for logwarden: Greek"),
    ("版本 10.2.4.117", "10.2.4.117", "written for logwarden: Chinese"),
    ("12/06/2026 10:45:12 PM", "12/06/2026 10:45:12 PM", "issue 23: a US date-time"),
    ("Dec 6, 2026 10:45 AM", "Dec 6, 2026 10:45 AM", "issue 23: a US date-time with the month's name"),
    ("Dec 6 2026 10:45 AM", "Dec 6 2026 10:45 AM", "written for logwarden: no comma"),
    ("Sun Dec  6 10:45:12 2026", "Dec  6 10:45:12 2026", "ctime(3)'s format"),
    ("2026-12-06T10:45:12", "2026-12-06T10:45:12", "ISO 8601"),
    ("December 6, 2026 at 10:45 PM", "December 6, 2026 at 10:45 PM", "written for logwarden: US long form"),
    ("EAN 4006381333931", "4006381333931", "GS1 EAN-13 example (Wikipedia 'International Article Number')"),
    ("GTIN: 4006381333931", "4006381333931", "written for logwarden: GTIN"),
    ("barcode 4006381333931", "4006381333931", "written for logwarden: barcode"),
    ("Art.-Nr. 4006381333931", "4006381333931", "written for logwarden: German article number"),
    ("ISBN 978-3-16-148410-0", "978-3-16-148410-0", "ISBN-13 example (Wikipedia 'ISBN')"),
    ("kod kreskowy 5901234123457", "5901234123457", "GS1 EAN-13 example (Wikipedia), Polish word"),
    # issue 23, second holdout's kinds in other words
    ("kode produk 4006381333931", "4006381333931", "written for logwarden: Indonesian product word"),
    ("Se rompió tras la actualización a 11.4.0.2", "11.4.0.2", "written for logwarden: Spanish 'update to'"),
    ("Обновлено до 6.1.0.305 вчера", "6.1.0.305", "written for logwarden: Russian 'updated to'"),
    ("A 8.2.1.40 verzióra frissítettem", "8.2.1.40", "written for logwarden: Hungarian, the word after"),
    ("5.0.3.12 sürümünde hata var", "5.0.3.12", "written for logwarden: Turkish, the word after"),
    ("Sendung 1Z999AA10123456784", "1Z999AA10123456784", "UPS tracking number example (Wikipedia 'UPS')"),
    # issue 23, holdout10's kinds in other words: an update's noun or verb before a four-part version
    ("since upgrading to 12.0.3.77 it freezes", "12.0.3.77", "written for logwarden: English 'upgrading to'"),
    ("Po aktualizacji 3.14.0.9 nie działa logowanie", "3.14.0.9", "written for logwarden: Polish, the noun"),
    ("posodobitev 5.2.0.11 je pokvarila aplikacijo", "5.2.0.11", "written for logwarden: Slovenian, the noun"),
    ("after the hotfix 7.1.2.3 it works", "7.1.2.3", "written for logwarden: a hotfix's number"),
]
# (text, what the registry leaves to the detectors, source)
NOT_PROTECTED = [
    ("server 10.2.4.117", "10.2.4.117", "issue 23: a dotted quad with no version word stays an address"),
    ("please update 10.0.0.5 in the firewall", "10.0.0.5", "written for logwarden: the verb 'update' is no version "
     "word (one updates an address too)"),
    ("EAN 4006381333932", "4006381333932", "written for logwarden: fails the GS1 check digit"),
    ("phone 4006381333931", "4006381333931", "written for logwarden: no product word"),
    ("born 12/06/1990", "12/06/1990", "written for logwarden: a date without a time of day (a birth date)"),
    ("a 10.2.4.117 szerver", "10.2.4.117", "written for logwarden: Hungarian, no version word after"),
]


@pytest.mark.parametrize(("text", "lookalike", "source"), PROTECTED)
def test_a_look_alike_is_protected(text: str, lookalike: str, source: str) -> None:
    start = text.index(lookalike)
    end = start + len(lookalike)
    assert any(s <= start and end <= e for s, e in lookalikes(text)), (source, lookalikes(text))
    assert_kept_as_written(text, source)


@pytest.mark.parametrize(("text", "value", "source"), NOT_PROTECTED)
def test_what_is_no_look_alike_is_left_to_the_detectors(text: str, value: str, source: str) -> None:
    start = text.index(value)
    assert not any(s < start + len(value) and start < e for s, e in lookalikes(text)), source


def test_the_gs1_check_digit() -> None:
    assert gs1_check("4006381333931")  # EAN-13
    assert gs1_check("96385074")  # EAN-8 (Wikipedia)
    assert gs1_check("036000291452")  # UPC-A (Wikipedia)
    assert not gs1_check("4006381333932")


def test_look_alikes_cost_linear_time() -> None:
    # a visitor chooses the text: numbers and words packed tight must cost their length, not its square
    for unit in ("Firmware 10.2.4.117 ", "EAN 4006381333931 ", "Dec 6 2026 10:45 AM ", "1:2"):
        small, large = unit * (2000 // len(unit)), unit * (16000 // len(unit))
        lookalikes(small)
        started = time.thread_time()
        lookalikes(small)
        small_cost = time.thread_time() - started
        started = time.thread_time()
        lookalikes(large)
        large_cost = time.thread_time() - started
        assert large_cost < 8 * 4 * small_cost + 0.05, unit  # 8 times the text: well under 64 times the time


_ALL_BRANCHES = re.compile("|".join(body for body, _ in _LOOKALIKE_BRANCHES), re.IGNORECASE)
_PIECES = ["Chrome/120.0.0.0", "v4.4.2", "VERSION 1.2.3", "версия 2.3.4", "ВЕРСИЯ 1.2", "build 7-1", "release 2.0.1",
           "DE89 3704 0044 0532 0130 00", "abcdefab-abcd-abcd-abcd-abcdefabcdef",
           "123e4567-e89b-12d3-a456-426614174000", "pkg-1.2.3.tar", "/Foo/1.2", "V2", "\u017f", "\u212a", "\u0131",
           "x", " ", "-", ".", "/", "1", "Ab12"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(["", " ", "-", "/", "."])), min_size=1,
                max_size=8))
def test_the_look_alike_branches_a_text_may_hold_find_what_all_of_them_find(parts: list[tuple[str, str]]) -> None:
    text = "".join(piece + glue for piece, glue in parts)
    branches = tuple(i for i, (_, may_hold) in enumerate(_LOOKALIKE_BRANCHES) if may_hold(text))
    found = [m.span() for m in _lookalike_pattern(branches).finditer(text)] if branches else []
    assert found == [m.span() for m in _ALL_BRANCHES.finditer(text)], text



# words that open the detectors' pre-checks (cues of each kind, in a few languages), and digits to cut down
_GATE_WORDS = ("passport", "паспорт", "Reisepass", "phone", "tel", "born", "geboren", "DOB", "card", "IBAN", "DE89",
               "street", "St.", "ul.", "улица", "Hauptstraße", "ИНН", "СНИЛС", "PESEL", "CPR", "lat", "N", "E", ",",
               ":", "-", "/", ".", "#", "№", "٣", "१", "12", "3.5", "1990", "+7", "55.7558", "(", ")", "@", "a")


@given(st.lists(st.sampled_from(_GATE_WORDS), max_size=12), st.sampled_from([" ", "", "\n"]))
@settings(max_examples=400, deadline=None)
def test_a_pre_check_says_no_to_a_text_with_fewer_digits_than_its_detector_declares(words: list[str], sep: str) -> None:
    from pipeline.privacy.detectors._common import facts
    from pipeline.privacy.registry import DETECTORS

    text = sep.join(words)
    for detector in DETECTORS:
        if facts(text).digits < detector.digits:
            assert not detector.maybe(text), (detector.kind, text)
