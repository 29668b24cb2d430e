"""pipeline/privacy/detectors/card.py: Luhn-valid numbers of every scheme caught, and any Luhn-valid 13-19 digits in a
card's grouping or after a card word of the audience's languages; timestamps, amounts and Luhn failures kept."""

from __future__ import annotations

import pytest
from helpers import assert_detected, assert_kept_as_written
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.privacy.detectors import card
from pipeline.privacy.detectors._common import luhn
from pipeline.privacy.redact import Redactor

KIND = 'card'
CAUGHT = [
    # (text, identifier, source)
    ('id;name;card;total\n7;R. Osei;4111 1111 1111 1111;19.90', '4111 1111 1111 1111',
     'Visa test number in a CSV row, the next field a decimal (written for logwarden)'),
    ('7,R. Osei,5555-5555-5555-4444,19.90', '5555-5555-5555-4444', 'Mastercard test number, comma-separated'),
    ('card 4111 1111 1111 1111', '4111 1111 1111 1111', "Visa test number (payment processors' docs)"),
    ('4111-1111-1111-1111', '4111-1111-1111-1111', 'Visa test number'),
    ('5555555555554444', '5555555555554444', 'Mastercard test number'),
    ('2221000000000009', '2221000000000009', 'Mastercard 2-series test number'),
    ('378282246310005', '378282246310005', 'American Express test number'),
    ('30569309025904', '30569309025904', 'Diners 14-digit test number'),
    ('6011111111111117', '6011111111111117', 'Discover test number'),
    ('3530111333300000', '3530111333300000', 'JCB test number'),
    ('6200000000000005', '6200000000000005', 'UnionPay test number'),
    ('6759649826438453', '6759649826438453', 'Maestro test number'),
    ('2200 0000 0000 0004', '2200 0000 0000 0004', 'MIR range 2200-2204, Luhn-valid'),
    ('[4111111111111111, 2]', '4111111111111111', 'logwarden: a JSON array item'),
    ('/pay?c=4111111111111111&x=1', '4111111111111111', 'logwarden: inside a URL'),
    ('card 4127 - 8756 - 8151 - 8549', '4127 - 8756 - 8151 - 8549', 'logwarden corpus: spaced dashes'),
    ('card: 4445  3079  3977  3440', '4445  3079  3977  3440', 'logwarden holdout 2026-11-30: double spaces'),
    ('cc 5956/6154/9763/5399', '5956/6154/9763/5399', 'logwarden holdout 2026-11-30: slashes'),
    ('card 4445_3079_3977_3440', '4445_3079_3977_3440', 'logwarden holdout 2026-11-30: underscores'),
    ('card 4445\t3079\t3977\t3440', '4445\t3079\t3977\t3440', 'logwarden holdout 2026-11-30: tabs'),
    ('card 4445 / 3079 / 3977 / 3440', '4445 / 3079 / 3977 / 3440', 'logwarden holdout 2026-11-30: spaced slashes'),
    # issue 23: Luhn-valid, no scheme's prefix: a card by its grouping or its word
    ('paid with 7000 0000 0000 0005', '7000 0000 0000 0005', 'written for logwarden: 4-4-4-4, unassigned prefix'),
    ('ref 9999-9999-9999-9995', '9999-9999-9999-9995', 'written for logwarden: 4-4-4-4 with dashes'),
    ('9999 999999 99994', '9999 999999 99994', 'written for logwarden: 4-6-5 (the American Express grouping)'),
    ('9999 9999 9999 9999 998', '9999 9999 9999 9999 998', 'written for logwarden: 4-4-4-4-3 (19 digits)'),
    ('?card=9999999999999995&x=1', '9999999999999995', 'issue 23: a card number inside a query value'),
    ('karta 9999999999999995', '9999999999999995', 'written for logwarden: Polish card word'),
    ('Kartennummer: 9999999999999995', '9999999999999995', 'written for logwarden: German card word'),
    ('numéro de carte 9999999999999995', '9999999999999995', 'written for logwarden: French card words'),
    ('número de tarjeta: 9999999999999995', '9999999999999995', 'written for logwarden: Spanish'),
    ('номер карты 9999999999999995', '9999999999999995', 'written for logwarden: Russian'),
    ('卡号9999999999999995', '9999999999999995', 'written for logwarden: Chinese, no space'),
    ('カード番号：9999999999999995', '9999999999999995', 'written for logwarden: Japanese, full-width colon'),
    ('카드 9999999999999995', '9999999999999995', 'written for logwarden: Korean'),
    ('kart no 9999999999999995', '9999999999999995', 'written for logwarden: Turkish'),
]
KEPT = [
    # (text, source)
    ('total 1234 5678 9012 3456,78 EUR', 'logwarden: fours that fail Luhn before a decimal comma'),
    ('ts 1732459236123', 'logwarden: a 13-digit millisecond timestamp'),
    ('1732459236123456', 'logwarden: a 16-digit microsecond timestamp (no card range)'),
    ('4111111111111112', 'logwarden: fails Luhn'),
    ("Bestellnummer 644-1234567-8901239", "written for logwarden: an order number's 3-7-7 grouping after an order word "
     "(issue 23), though its digits pass a card's prefix and Luhn"),
    ('итого 1 234 567 890 123 руб', 'logwarden: an amount in thousands'),
    ('build cc4f1e0a9b7d2c8e5f3a6b1d0e9c8f7a6b5d4c3e', 'logwarden holdout 2026-11-30: a digest with digit runs'),
    ('dates 2024/01/15 2024/02/16', 'logwarden holdout 2026-11-30: dates with slashes'),
    # issue 23
    ('1234 5678 9012', 'issue 23: twelve digits in fours are under a card\'s thirteen'),
    ('9999 9999 9999 9996', 'written for logwarden: card grouping, fails Luhn'),
    ('karta 9999999999999996', 'written for logwarden: after a card word, fails Luhn'),
    ('id 9999999999999995', 'written for logwarden: Luhn-valid, no scheme, no card grouping, no card word'),
    ('card 12 9999999999999995', 'written for logwarden: another number between the card word and this one'),
    ('EAN-13: 5901234123457', 'GS1 EAN-13 example (Wikipedia), which passes Luhn too: a product code after its name'),
]


@pytest.mark.parametrize(("text", "identifier", "source"), CAUGHT)
def test_a_card_is_caught(text: str, identifier: str, source: str) -> None:
    assert_detected(KIND, text, identifier, source)


@pytest.mark.parametrize(("text", "source"), KEPT)
def test_a_look_alike_is_kept(text: str, source: str) -> None:
    assert_kept_as_written(text, source)


def _luhn_complete(body: str) -> str:
    """The body and the one check digit that makes it pass Luhn."""
    for check in "0123456789":
        if luhn(body + check):
            return body + check
    raise AssertionError


_GROUPINGS = ((4, 4, 4, 4), (4, 6, 5), (4, 4, 4, 4, 3), (4, 4, 4, 1))


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_GROUPINGS), st.sampled_from([" ", "-"]), st.data(),
       st.sampled_from(["", "paid with ", "ref ", "mój ", "— "]), st.sampled_from(["", " thanks", " ok", "."]))
def test_any_luhn_valid_number_in_card_grouping_never_survives(grouping: tuple[int, ...], separator: str,
                                                               data: st.DataObject, before: str, after: str) -> None:
    # any prefix, assigned to a scheme or not: a privacy pipeline errs toward redaction
    body = data.draw(st.text("0123456789", min_size=sum(grouping) - 1, max_size=sum(grouping) - 1))
    digits = _luhn_complete(body)
    groups, pos = [], 0
    for size in grouping:
        groups.append(digits[pos:pos + size])
        pos += size
    number = separator.join(groups)
    text = before + number + after
    out = Redactor().text(text)
    assert number not in out, (text, out)


def _luhn_by_the_loop(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _scheme_by_the_ranges(digits: str) -> bool:
    return any(len(digits) in lengths and low <= int(digits[:len(str(low))]) <= high
               for low, high, lengths in card._SCHEMES)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="0123456789", max_size=21), st.sampled_from(["", "4", "51", "2221", "2720", "622126", "6011"]))
def test_the_luhn_sum_and_the_scheme_prefixes_read_as_the_plain_loops_do(digits: str, prefix: str) -> None:
    # the fast paths (bytes summed in C, each prefix size looked up in a set) answer as the loops written out do
    assert luhn(prefix + digits) == _luhn_by_the_loop(prefix + digits)
    if len(prefix + digits) >= 6:
        assert card.scheme_matches(prefix + digits) == _scheme_by_the_ranges(prefix + digits)
