"""pipeline/privacy/detectors/phone.py: Russian and other formats caught (libphonenumber decides validity);
amounts, dates, versions, timestamps, standards' and order numbers kept."""

from __future__ import annotations

import pytest
from helpers import assert_kept_as_written

from pipeline.privacy.detectors import phone
from pipeline.privacy.redact import detect

CAUGHT = [
    ("call +7 (999) 123-45-67 today", "+7 (999) 123-45-67", "logwarden"),
    ("8 (916) 123-45-67", "8 (916) 123-45-67", "logwarden"),
    ("89161234567", "89161234567", "logwarden: 11 digits from 8"),
    ("+7 916 1234567", "+7 916 1234567", "logwarden"),
    ("8 (4912) 12-34-56", "8 (4912) 12-34-56", "logwarden: a 4-digit area code"),
    ("8-800-555-35-35 доб. 123", "8-800-555-35-35 доб. 123", "logwarden: an extension"),
    ("тел.89161234567", "89161234567", "logwarden: glued to a label"),
    ("Телефон:+79161234567", "+79161234567", "logwarden: glued to a label"),
    ("tel 123-45-67", "123-45-67", "logwarden: a local number"),
    ("тел. 12-34-56", "12-34-56", "logwarden: a short local number after a cue"),
    ("%2B7%20999%20123-45-67", "%2B7%20999%20123-45-67", "logwarden: percent-encoded separators"),
    ("＋７ ９１６ １２３ ４５ ６７", "＋７ ９１６ １２３ ４５ ６７", "logwarden: full-width digits"),
    ("+7\u00ad916\u00ad123\u00ad45\u00ad67", "+7\u00ad916\u00ad123\u00ad45\u00ad67", "logwarden: soft hyphens"),
    ("tel:+442079460958", "+442079460958", "RFC 3966 tel: URI"),
    ("(425) 882-9090", "(425) 882-9090", "presidio-analyzer tests/test_phone_recognizer.py"),
    ("+1-425-882-9090", "+1-425-882-9090", "presidio-analyzer tests/test_phone_recognizer.py"),
    ("4258829090", "4258829090", "libphonenumber: a valid US number without separators"),
    ("425.882.9090", "425.882.9090", "logwarden: dotted US grouping"),
    ("+44 20 7946 0958", "+44 20 7946 0958", "Ofcom drama number range"),
    ("020 7946 0958", "020 7946 0958", "Ofcom drama number range, national format"),
    ("appelez le 01 23 45 67 89", "01 23 45 67 89", "logwarden: French grouping"),
    ("0049 30 12345678", "0049 30 12345678", "logwarden: 00 international prefix"),
    ('appelez le 06.42.18.75.33', '06.42.18.75.33', 'logwarden holdout 2026-11-30: French pairs with dots'),
    ('bureau 01.42.68.53.19', '01.42.68.53.19', 'logwarden holdout 2026-11-30: French landline with dots'),
    ('GSM 0470.12.34.56', '0470.12.34.56', 'logwarden holdout 2026-11-30: Belgian mobile with dots'),
    ('Tel. 030/2463 8195', '030/2463 8195', 'logwarden holdout 2026-11-30: the area code before a slash goes too'),
    ('ruf an 089/1234 5678', '089/1234 5678', 'logwarden holdout 2026-11-30: an area code and slash without a cue'),
    (
        'Büro 0221/12345678',
        '0221/12345678',
        'logwarden: an area code and slash, no space',
    ),
]
KEPT = [
    ("итого 1 234 567 руб.", "logwarden: an amount with spaced thousands"),
    ("price $1,234,567.89", "logwarden: an amount"),
    ("1.234.567,89 €", "logwarden: a German amount"),
    ("ts 1732459236123", "logwarden: a millisecond timestamp"),
    ("order 1234567", "logwarden: an order number"),
    ("2026-11-24 12:30:45", "logwarden: a date and time"),
    ("24.11.2026", "logwarden: a date"),
    ("ISBN 0-306-40615-2", "ISBN example (Wikipedia)"),
    ("ISSN 0317-8471", "ISSN example (Wikipedia)"),
    ("ГОСТ 7.0.97-2016", "a standard's number"),
    ("build 20231124.1", "logwarden: a build number"),
    ("Chrome/120.0.6099.109", "logwarden: a browser version"),
    ('Заказ № 2026-0001234 оформлен', 'logwarden holdout 2026-11-30: a year and a zero-padded sequence'),
    ('Invoice INV-DE-2026-000123', 'logwarden holdout 2026-11-30: a code glued by a dash'),
    ('Серийный № 387-640-838 39', 'logwarden holdout 2026-11-30: SNILS-shaped serial that fails the check'),
    ('S/N 123-456-789 00', 'logwarden holdout 2026-11-30: a serial number cue'),
]


@pytest.mark.parametrize(("text", "identifier", "source"), CAUGHT)
def test_a_phone_is_caught(text: str, identifier: str, source: str) -> None:
    found = detect(text)
    start = text.index(identifier)
    assert any(d.kind == phone.KIND and d.start <= start and start + len(identifier) <= d.end for d in found), \
        (source, found)


@pytest.mark.parametrize(("text", "source"), KEPT)
def test_a_look_alike_is_kept(text: str, source: str) -> None:
    assert_kept_as_written(text, source)


def test_validity_is_libphonenumbers_call() -> None:
    assert phone.valid("4258829090")
    assert phone.valid("+442079460958")
    assert not phone.valid("1732459236")  # a Unix time in seconds: no region's number
