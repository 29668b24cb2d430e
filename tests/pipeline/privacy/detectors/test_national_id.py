"""pipeline/privacy/detectors/national_id.py: INN, SNILS and passport numbers near their cues; numbers without a
cue kept.

The table is INN's; SNILS and passport have their own below."""

from __future__ import annotations

import pytest
from helpers import assert_detected, assert_kept_as_written

from pipeline.privacy.redact import Redactor, detect

KIND = 'inn'
CAUGHT = [
    # (text, identifier, source)
    ('ИНН 7707083893', '7707083893', "Sberbank's published INN"),
    ('INN: 500100732259', '500100732259', 'logwarden'),
    ('ИНН 8948 900010 58', '8948 900010 58', 'logwarden corpus: spaced'),
    ('Taxpayer ID 451787806040', '451787806040', 'logwarden holdout 2026-11-30: English cue'),
    ('tax id: 451787806040', '451787806040', 'logwarden: English cue'),
]
KEPT = [
    # (text, source)
    ('код 500100732259', 'logwarden: no cue'),
    ('ИНН не указан', 'logwarden: a cue without a number'),
]


@pytest.mark.parametrize(("text", "identifier", "source"), CAUGHT)
def test_an_inn_is_caught(text: str, identifier: str, source: str) -> None:
    assert_detected(KIND, text, identifier, source)


@pytest.mark.parametrize(("text", "source"), KEPT)
def test_a_look_alike_is_kept(text: str, source: str) -> None:
    assert_kept_as_written(text, source)


@pytest.mark.parametrize(("text", "identifier", "kind"), [
    ("СНИЛС 112-233-445 95", "112-233-445 95", "snils"),  # the commonly published valid example
    ("112-233-445 95", "112-233-445 95", "snils"),  # its own format and check number: no cue needed
    ("snils: 11223344595", "11223344595", "snils"),
    ("паспорт 4508 123456", "4508 123456", "passport"),
    ("серия и номер 45 08 123456", "45 08 123456", "passport"),
    ("Passport: C01X00T47", "C01X00T47", "passport"),
])
def test_snils_and_passport_are_caught(text: str, identifier: str, kind: str) -> None:
    start = text.index(identifier)
    assert any(d.kind == kind and d.start <= start and start + len(identifier) <= d.end for d in detect(text))


@pytest.mark.parametrize("text", ["passport photo required", "серия 3"])
def test_snils_and_passport_look_alikes_are_kept(text: str) -> None:
    assert Redactor().text(text) == text
