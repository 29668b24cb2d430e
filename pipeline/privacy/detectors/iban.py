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

from pipeline.privacy.detectors._common import Span, facts

KIND = "iban"

_CANDIDATE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]){11,30}(?![A-Za-z0-9])", re.IGNORECASE)
_START = re.compile(r"[A-Za-z]{2}\d{2}[ -]?[A-Za-z0-9]{4}")
# `_START` written from its digits (a charset Python's `re` skips to) with the letters looked behind: the same matches
_START_FROM_DIGITS = re.compile(r"\d\d(?<=[A-Za-z]{2}\d\d)[ -]?[A-Za-z0-9]{4}")
_SHAPE = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}")
_GROUPS = re.compile(r"[ -]")
#: Countries whose account number (BBAN) is digits only.
_NUMERIC = frozenset({"AE", "AT", "BA", "BE", "CR", "CZ", "DE", "DK", "EE", "EG", "ES", "FI", "FO", "GL", "HR", "HU",
                      "IL", "IS", "LT", "LY", "ME", "MN", "NO", "PL", "PT", "RS", "SD", "SE", "SI", "SK", "ST", "TL",
                      "TN", "VA", "XK"})
#: The length of each country's IBAN (ISO 13616 registry): a candidate is cut to it, never guessed shorter.
_LENGTHS = dict(
    AD=24, AE=23, AL=28, AT=20, AZ=28, BA=20, BE=16, BG=22, BH=22, BI=27, BR=29, BY=28, CH=21, CR=22, CY=28, CZ=24,
    DE=22, DJ=27, DK=18, DO=28, EE=20, EG=29, ES=24, FI=18, FK=18, FO=18, FR=27, GB=22, GE=22, GI=23, GL=18, GR=27,
    GT=28, HR=21, HU=28, IE=22, IL=23, IQ=23, IS=26, IT=27, JO=30, KW=30, KZ=20, LB=28, LC=32, LI=21, LT=20, LU=20,
    LV=21, LY=25, MC=27, MD=24, ME=22, MK=19, MN=20, MR=27, MT=31, MU=30, NI=28, NL=18, NO=15, OM=23, PK=24, PL=28,
    PS=29, PT=25, QA=29, RO=24, RS=22, RU=33, SA=24, SC=31, SD=18, SE=24, SI=19, SK=24, SM=27, SO=23, ST=25, SV=28,
    TL=23, TN=24, TR=26, UA=29, VA=22, VG=24, XK=20, YE=30,
)


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
