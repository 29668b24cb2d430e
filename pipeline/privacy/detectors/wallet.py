"""Crypto wallet addresses: Bitcoin (and Litecoin, Dogecoin) in Base58Check, Bitcoin Bech32/Bech32m
(`bc1...`, `ltc1...`), Ethereum-style `0x` + 40 hex digits, and TRON (`T...` in Base58Check).

Base58Check and Bech32 carry their own checksums, which are verified: a random word of the right
alphabet and length is not an address.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator

from pipeline.privacy.detectors._common import Span, facts

KIND = "wallet"

_BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BASE58_INDEX = {ch: i for i, ch in enumerate(_BASE58)}
_BASE58CHECK = re.compile(r"(?<![\w])[13LMDT2mn][1-9A-HJ-NP-Za-km-z]{25,34}(?![\w])")
_BECH32 = re.compile(r"(?<![\w])(?:bc|tb|ltc)1[ac-hj-np-z02-9]{11,87}(?![\w])", re.IGNORECASE)
_ETHEREUM = re.compile(r"(?<![\w])0x[0-9a-fA-F]{40}(?![\w])")
# what the matches of each pattern hold, found fast (the patterns start with a look-behind: tried at every position)
_BASE58_RUN = re.compile(r"[13LMDT2mn][1-9A-HJ-NP-Za-km-z]{25}")
_BECH32_PREFIXES = ("bc1", "tb1", "ltc1")
_BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def maybe(text: str) -> bool:
    """Cheap: a token of 26 or more letters and digits is possible (the text is that long)."""
    return len(text) >= 26


def find(text: str) -> Iterator[Span]:
    if "0x" in text:
        for match in _ETHEREUM.finditer(text):
            yield match.span()
    if "1" in text:
        lower = facts(text).lower
        if lower is None:
            lower = text.lower()  # the letters of a Bech32 prefix have no case-insensitive match outside ASCII
        if any(prefix in lower for prefix in _BECH32_PREFIXES):
            for match in _BECH32.finditer(text):
                if _bech32_valid(match.group().lower()):
                    yield match.span()
    if _BASE58_RUN.search(text) is not None:
        for match in _BASE58CHECK.finditer(text):
            if _base58check_valid(match.group()):
                yield match.span()


def _base58check_valid(value: str) -> bool:
    number = 0
    for ch in value:
        number = number * 58 + _BASE58_INDEX[ch]
    raw = number.to_bytes((number.bit_length() + 7) // 8, "big")
    raw = b"\x00" * (len(value) - len(value.lstrip("1"))) + raw
    if len(raw) < 5:
        return False
    payload, checksum = raw[:-4], raw[-4:]
    return hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] == checksum


def _bech32_valid(value: str) -> bool:
    hrp, _, data = value.rpartition("1")
    if not hrp or len(data) < 6:
        return False
    values = [_BECH32_CHARSET.index(ch) for ch in data]
    generator = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    checksum = 1
    for v in [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + values:
        top = checksum >> 25
        checksum = (checksum & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            if (top >> i) & 1:
                checksum ^= generator[i]
    return checksum in (1, 0x2BC830A3)  # Bech32, Bech32m
