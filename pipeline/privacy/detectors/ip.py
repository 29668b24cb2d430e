"""IP addresses: IPv4, and IPv6 in every form `ipaddress` accepts (compressed, expanded, zone index,
IPv4 embedded in dotted form, IPv4-mapped, NAT64, 6to4, Teredo), glued to text, in brackets, with a port.

What is and is not an address is `ipaddress`'s call. Look-alikes stay: `::`-joined words (`std::vector`)
and times (`12:30:45`) are not IPv6; a four-part number after a product name or a version cue
(`Chrome/120.0.0.0`, `version 1.2.3.4`) is a version (pipeline/privacy/registry.py protects those).
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator
from functools import lru_cache

from pipeline.privacy.detectors._common import Span, facts

KIND = "ip"

_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|0{0,2}[1-9]?\d)"  # 192.168.001.001 too
_V4 = re.compile(rf"(?=\d)(?<![\d.])(?:{_OCTET}\.){{3}}{_OCTET}(?![\d]|\.\d)")
# what every `_V4` match holds: a dot between two digits (found fast; `_V4` tries every position), led by its dot (a
# literal the engine skips to at once; led by the digit, it is tried at every digit of the text)
_DOTTED_DIGITS = re.compile(r"\.(?<=\d\.)\d")
_V6 = re.compile(r"[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*(?:%[\w.-]+)?")


def maybe(text: str) -> bool:
    """Cheap: a dot between digits, or two colons."""
    return text.count(":") >= 2 or _v4_possible(text)


def _v4_possible(text: str) -> bool:
    return facts(text).digits >= 4 and _DOTTED_DIGITS.search(text) is not None


def find(text: str) -> Iterator[Span]:
    if _v4_possible(text):
        for match in _V4.finditer(text):
            if _inside_v6(text, match.start()):
                continue  # the embedded form is found (whole) by the IPv6 pass
            yield match.span()
    if text.count(":") >= 2:
        for match in _V6.finditer(text):
            span = _v6_span(text, match.start(), match.end())
            if span is not None:
                yield span


def _inside_v6(text: str, start: int) -> bool:
    return start > 0 and text[start - 1] == ":" and text.count(":", max(0, start - 40), start) >= 2


def _v6_span(text: str, start: int, end: int) -> Span | None:
    """The longest valid address inside text[start:end], trimming up to four glued hex letters in front."""
    candidate = text[start:end]
    for lead in range(min(5, candidate.find(":") + 1)):
        for trail in range(3):
            piece = candidate[lead:len(candidate) - trail]
            if _address(piece):
                return start + lead, end - trail
    return None


@lru_cache(maxsize=8192)
def _address(piece: str) -> bool:
    if piece.count(":") < 2 or not piece or piece[-1] == "." or len(piece) > 64:
        return False
    try:
        ipaddress.IPv6Address(piece)
    except ValueError:
        return False
    # "d::" in std::vector or "a::b" is no address anyone writes: an address has a digit or three groups
    address = piece.partition("%")[0]
    return any(c.isdigit() for c in address) or sum(1 for g in address.split(":") if g) >= 3
