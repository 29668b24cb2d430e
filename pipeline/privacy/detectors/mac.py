"""MAC addresses: six hex pairs joined by ':' or '-' (one separator throughout), or Cisco's three dotted quads.

A hardware address follows a device, and so its owner, everywhere. Times (`12:30:45`) and IPv6
addresses (eight groups) are not six pairs of hex digits; the pairs must be bounded by non-hex text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.privacy.detectors._common import Span, facts, letter_led, literal_alternation
from pipeline.privacy.detectors._cue_gate import FoldedPattern

KIND = "mac"

_MAC = re.compile(
    r"(?<![\w:.-])(?:[0-9A-Fa-f]{2}(?P<sep>[:-])(?:[0-9A-Fa-f]{2}(?P=sep)){4}[0-9A-Fa-f]{2}"
    r"|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![\w:.-]|\.\w)"
)


# (case-insensitive, run on the text's folded lowercase copy: the same spans, faster)
# (`(?<![^\W\d_])(?:mac|bssid|…|мак)` as branches led by the words' first letters, `letter_led`: the engine skips
# to them at once)
_CUE = FoldedPattern("(?:" + letter_led(("mac", "bssid", "hwaddr", "ether", r"hardware\s+address",
                                         r"physical\s+address", r"физический\s+адрес", "мак"), r"[^\W\d_]") + ")"
                     r"(?:[\s_-]*(?:address|addr|адрес))?(?![^\W\d_])\s*[:=]?\s*")
# `_CUE` as lowercase ASCII text can hold it, matched case-sensitively on the text's lowercase copy (same spans)
_CUE_ASCII = re.compile(r"(?<![^\W\d_])(?:mac|bssid|hwaddr|ether|hardware\s+address|physical\s+address)"
                        r"(?:[\s_-]*(?:address|addr))?(?![^\W\d_])\s*[:=]?\s*")
# what every dotted `_MAC` holds: Python's `re` finds this fast, `_MAC` (a look-behind first) tries every position
# (led by its first dot, a literal the engine skips to at once, the quad before it looked behind: a pattern led by
# the quad is tried at every hex letter of the text's words)
_DOTTED = re.compile(r"\.(?<=[0-9A-Fa-f]{4}\.)[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}")
_CUE_ASCII_WORD = re.compile(literal_alternation(("mac", "bssid", "hwaddr", "ether", "hardware", "physical")))
_BARE = re.compile(r"[0-9A-Fa-f]{12}(?![\w])")


def maybe(text: str) -> bool:
    """Cheap: a ':' or '-' separator five times, three dotted quads of hex digits, or a cue."""
    return _separated(text) or next(_cues(text), None) is not None


def find(text: str) -> Iterator[Span]:
    if _separated(text):
        for match in _MAC.finditer(text):
            value = match.group()
            if value.count(".") == 2 and not any(c.isalpha() for c in value):
                continue  # 2024.1124.0001 is a build number; a dotted MAC has hex letters
            yield match.span()
    for cue in _cues(text):  # twelve bare hex digits only after "mac", "bssid"
        bare = _BARE.match(text, cue.end())
        if bare is not None:
            yield bare.span()


def _separated(text: str) -> bool:
    """What any `_MAC` match needs: five ':' or five '-', or three dotted quads."""
    return text.count(":") >= 5 or text.count("-") >= 5 or (text.count(".") >= 2 and _DOTTED.search(text) is not None)


def _cues(text: str) -> Iterator[re.Match[str]]:
    lower = facts(text).lower
    if lower is None:
        return _CUE.finditer(text)
    return _CUE_ASCII.finditer(lower) if _CUE_ASCII_WORD.search(lower) is not None else iter(())
