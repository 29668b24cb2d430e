"""pipeline/privacy/detectors/wallet.py: Base58Check, Bech32 and 0x addresses with their checksums."""

from __future__ import annotations

import pytest
from helpers import assert_detected, assert_kept_as_written

KIND = 'wallet'
CAUGHT = [
    # (text, identifier, source)
    ('send to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', 'Bitcoin genesis address'),
    ('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4', 'BIP-173 test vector'),
    ('0x52908400098527886E0F7030069857D2E4169EE7', '0x52908400098527886E0F7030069857D2E4169EE7', 'EIP-55 test vector'),
]
KEPT = [
    # (text, source)
    ('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb', 'logwarden: checksum broken'),
    ('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5', 'logwarden: checksum broken'),
]


@pytest.mark.parametrize(("text", "identifier", "source"), CAUGHT)
def test_a_wallet_is_caught(text: str, identifier: str, source: str) -> None:
    assert_detected(KIND, text, identifier, source)


@pytest.mark.parametrize(("text", "source"), KEPT)
def test_a_look_alike_is_kept(text: str, source: str) -> None:
    assert_kept_as_written(text, source)
