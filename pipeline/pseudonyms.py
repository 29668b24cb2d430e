"""Pseudonyms: keyed HMAC-SHA256, one key per route, so routes cannot be joined on them. Pure, no I/O.

The `pseudonymize` treatment (pipeline/treatments.py) names this; the routes' pseudonymizers are the walk's
(pipeline/walk.py), which calls one for nearly every event. The module is compiled with the core
(pipeline/native.py), so those calls are native: from the compiled walk, an interpreted call cost more than the
lookup of an id met before.
"""

from __future__ import annotations

import hashlib
import hmac
from binascii import b2a_base64
from typing import Final

#: How many results each of the core's caches holds (pseudonyms per route, treated values per field, redacted
#: strings: pipeline/treatments.py has it from here). A full cache is emptied and fills again: ids, agents and paths
#: recur, most emails do not.
CACHE_SIZE: Final = 16384
_URL_SAFE: Final = bytes.maketrans(b"+/", b"-_")


class Pseudonymizer:
    """Keyed HMAC-SHA256 pseudonyms, one key per route, so routes cannot be joined on them.

    Users and sessions recur, so the pseudonyms of the last ids seen are kept (in memory only, bounded).
    The cache has two generations: when the recent one is full it becomes the older one, and an id found there
    moves back to the recent one. Ids that keep coming (users) so survive a flood of one-off ids (sessions),
    which a single cache emptied when full would lose with them.
    The HMAC's inner and outer hashes are keyed once (RFC 2104's ipad/opad states) and copied per id:
    `hmac.digest` keys them again on every call, which was two thirds of a fresh id's cost."""

    __slots__ = ("_inner", "_older", "_outer", "_recent")

    def __init__(self, master_key: bytes, route: str, key_id: str) -> None:
        key = hmac.new(master_key, f"logwarden/route/{route}/{key_id}".encode(), hashlib.sha256).digest()
        block = key.ljust(hashlib.sha256().block_size, b"\0")  # a 32-byte key is shorter than SHA-256's block
        self._inner = hashlib.sha256(bytes(b ^ 0x36 for b in block))
        self._outer = hashlib.sha256(bytes(b ^ 0x5C for b in block))
        self._recent: dict[str | int, str] = {}
        self._older: dict[str | int, str] = {}

    def __call__(self, value: str | int) -> str:
        pseudonym = self._recent.get(value)
        if pseudonym is not None:
            return pseudonym
        pseudonym = self._older.get(value)
        if pseudonym is None:
            inner = self._inner.copy()
            inner.update(str(value).encode())
            outer = self._outer.copy()
            outer.update(inner.digest())
            # the first 16 bytes in URL-safe base64 without padding: 22 characters
            pseudonym = "ps_" + b2a_base64(outer.digest()[:16], newline=False)[:22].translate(_URL_SAFE).decode()
        if len(self._recent) >= CACHE_SIZE:
            self._older = self._recent
            self._recent = {}
        self._recent[value] = pseudonym
        return pseudonym
