"""IBANs: a country code, two check digits and up to 30 letters and digits, in groups of four or not,
kept only when the ISO 7064 mod-97 check holds (so an order code that merely starts with two letters stays).

A mod-97 check passes by chance once in 97, so the shape must be an IBAN's before it is asked: a country of the
ISO 13616 registry and its length, one case throughout (`DE89...` or `de89...`, never `eD48SmLL...` as in a random
token), groups of four when grouped (never a UUID's `be62-c6c7df642cfd`), an end at a group's end (never inside a
longer run of letters and digits such as a hex digest), and digits only where the country's account number is
all digits (`BE`, `DE`...).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum import numdb

from pipeline.privacy.detectors._common import Span, facts

KIND = "iban"

_CANDIDATE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]){11,30}(?![A-Za-z0-9])", re.IGNORECASE)
_START = re.compile(r"[A-Za-z]{2}\d{2}[ -]?[A-Za-z0-9]{4}")
# `_START` written from its digits (a charset Python's `re` skips to) with the letters looked behind: the same matches
_START_FROM_DIGITS = re.compile(r"\d\d(?<=[A-Za-z]{2}\d\d)[ -]?[A-Za-z0-9]{4}")
_SHAPE = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}")
_GROUPS = re.compile(r"[ -]")
#: The countries of the ISO 13616 registry (python-stdnum's copy of SWIFT's IBAN registry): each one's IBAN length
#: (a candidate is cut to it, never guessed shorter), and those whose account number (BBAN) is digits only.
_REGISTRY: dict[str, str] = {cc: props["bban"] for _, cc, _, props, _ in numdb.get("iban").prefixes}
#: Countries whose banks issue IBANs outside SWIFT's registry (the national standard, not yet registered): Iran's
#: "Sheba" number (Central Bank of Iran, IR + 2 check digits + 22 digits), and the IBANs of the UEMOA and CEMAC
#: banks and of Algeria, Angola, Cape Verde, Madagascar, Morocco and Mozambique (their central banks' formats, as
#: listed in the IBAN registries of schwifty and iban.com). Same BBAN notation as the registry's.
_UNREGISTERED = {
    "IR": "22!n", "DZ": "22!n", "AO": "21!n", "CV": "21!n", "MZ": "21!n", "MA": "24!n", "MG": "23!n", "CM": "23!n",
    "CF": "23!n", "CG": "23!n", "GA": "23!n", "GQ": "23!n", "TD": "23!n", "KM": "23!n", "BJ": "24!c", "BF": "24!c",
    "CI": "24!c", "ML": "24!c", "NE": "24!c", "SN": "24!c", "TG": "24!c", "GW": "21!c",
}
_BBAN_PART = re.compile(r"(\d+)!([nac])")


def _bban_parts(bban: str) -> list[tuple[int, str]]:
    return [(int(count), kind) for count, kind in _BBAN_PART.findall(bban)]


_FORMATS = {**_UNREGISTERED, **_REGISTRY}
_LENGTHS = {cc: 4 + sum(count for count, _ in _bban_parts(bban)) for cc, bban in _FORMATS.items()}
_NUMERIC = frozenset(cc for cc, bban in _FORMATS.items() if all(kind == "n" for _, kind in _bban_parts(bban)))


def maybe(text: str) -> bool:
    """Cheap: two letters and two digits, then more digits."""
    return facts(text).digits >= 2 and _START_FROM_DIGITS.search(text) is not None


def find(text: str) -> Iterator[Span]:
    for match in _CANDIDATE.finditer(text):
        compact = match.group().replace(" ", "").replace("-", "").upper()
        length = _LENGTHS.get(compact[:2])
        if length is None or len(compact) < length or not _SHAPE.fullmatch(compact[:length]):
            continue
        if compact[:2] in _NUMERIC and not compact[4:length].isdigit():
            continue
        # a candidate may run into the next word ("DE89 3704 0044 0532 0130 00 is mine"): cut to the country's
        # length, but only where a group ends
        end = _end(match, length)
        if end < match.end() and text[end] not in " -":
            continue
        value = text[match.start():end]
        letters = [ch for ch in value if ch.isalpha()]
        if not (all(ch.isupper() for ch in letters) or all(ch.islower() for ch in letters)):
            continue  # one case throughout
        if _grouped_in_fours(value) and valid(compact[:length]):
            yield match.start(), end


def _grouped_in_fours(value: str) -> bool:
    """Written whole, or in groups of four with a shorter last group."""
    groups = _GROUPS.split(value)
    return len(groups) == 1 or (all(len(g) == 4 for g in groups[:-1]) and 1 <= len(groups[-1]) <= 4)


def valid(iban: str) -> bool:
    """The ISO 13616 check: the rearranged number, letters as 10..35, is 1 modulo 97."""
    rearranged = iban[4:] + iban[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(number) % 97 == 1


def _end(match: re.Match[str], kept: int) -> int:
    count = 0
    for i, ch in enumerate(match.group()):
        if ch not in " -":
            count += 1
            if count == kept:
                return match.start() + i + 1
    return match.end()
