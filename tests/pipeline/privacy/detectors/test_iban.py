"""pipeline/privacy/detectors/iban.py: IBANs with a valid mod-97 check caught; look-alikes kept."""

from __future__ import annotations

import pytest
from helpers import assert_detected, assert_kept_as_written

KIND = 'iban'
CAUGHT = [
    # (text, identifier, source)
    ('IBAN GB82 WEST 1234 5698 7654 32', 'GB82 WEST 1234 5698 7654 32', 'ISO 13616 example'),
    ('DE89370400440532013000', 'DE89370400440532013000', 'common German example IBAN'),
    ('pay to DE89 3704 0044 0532 0130 00 today', 'DE89 3704 0044 0532 0130 00', 'logwarden: followed by words'),
    # countries outside SWIFT's registry (Iran's Sheba number) and one registered late (Honduras): issue 23
    ('شماره شبا: IR12 0170 0000 0123 4567 8901 23', 'IR12 0170 0000 0123 4567 8901 23',
     "logwarden: an Iranian Sheba number after Persian 'Sheba'"),
    ('refund to IR120170000001234567890123 please', 'IR120170000001234567890123', 'logwarden: Iranian IBAN unspaced'),
    ('HN58 BCEH 0000 0000 0000 0987 6543', 'HN58 BCEH 0000 0000 0000 0987 6543', 'logwarden: Honduras (registry v101)'),
    ('virement: MA89 0117 8000 0012 3456 7890 1234', 'MA89 0117 8000 0012 3456 7890 1234',
     'logwarden: Moroccan IBAN (outside the registry)'),
]
KEPT = [
    # (text, source)
    ('GB29 NWBK 6016 1331 9268 10', 'logwarden corpus: fails the check'),
    ('AB12 order', 'logwarden'),
    ('Invoice INV-DE-2026-000123', 'logwarden holdout 2026-11-30: an invoice number'),
    ('ps_ED489SmLLmIc6-IF5Rpziw', 'logwarden: a pseudonym (mixed case, unknown country)'),
    ('6e518b78-1ae1-4a3c-be62-c6c7df642cfd', 'logwarden: a UUID whose tail passes mod 97'),
    ('DE89370400440532013000AB', "logwarden: an IBAN's digits inside a longer run"),
    ('IR13 0170 0000 0123 4567 8901 23', 'logwarden: an Iranian IBAN shape failing the check'),
    ('IR120170000001234567890123456', 'logwarden: an Iranian IBAN shape too long (29 characters, no group end)'),
]


@pytest.mark.parametrize(("text", "identifier", "source"), CAUGHT)
def test_an_iban_is_caught(text: str, identifier: str, source: str) -> None:
    assert_detected(KIND, text, identifier, source)


@pytest.mark.parametrize(("text", "source"), KEPT)
def test_a_look_alike_is_kept(text: str, source: str) -> None:
    assert_kept_as_written(text, source)
