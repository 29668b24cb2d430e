"""A cheap yes/no for "is one of this kind's cue phrases in the text", for the detectors' `maybe()`.

The full cue pattern (`cues.compiled`) is case-insensitive and starts with a look-behind: Python's `re` pays for
both at every position. Most log text is ASCII, and on ASCII text a case-insensitive match of a phrase is a
case-sensitive match on the text's lowercase copy (`facts(text).lower`, computed once for every detector). The gate
is the audience's phrases that can match ASCII text (the ASCII ones, and those whose only non-ASCII letters fold to
ASCII letters under case-insensitive matching: dotless ı, long ſ, the Kelvin sign), without the look-behind: it may
say yes where the full pattern says no (a phrase inside a word), never no where it says yes. Non-ASCII text is
asked the full pattern.
"""

from __future__ import annotations

import re

from pipeline.privacy import cues
from pipeline.privacy.audience import Audience, PerAudience
from pipeline.privacy.detectors._common import facts, literal_alternation

# letters that case-insensitive matching equates with an ASCII letter (ı with I, ſ with S, K with K), as ASCII
_FOLD = str.maketrans({"\u0131": "i", "\u017f": "s", "\u212a": "k"})


class CueGate:
    """The full cue pattern of a kind and its ASCII gate, both compiled per audience."""

    __slots__ = ("ascii", "full")

    def __init__(self, kind: str, which: str = "before") -> None:
        self.full = cues.compiled(kind, which)

        def build(audience: Audience) -> re.Pattern[str]:
            folded = {p.translate(_FOLD) for p in cues.table(kind).phrases(audience, which)}
            ascii_phrases = sorted(p for p in folded if p.isascii())
            # a phrase's spaces: any run of white space, as in the full pattern
            body = literal_alternation(ascii_phrases).replace(r"\ ", r"\s+") if ascii_phrases else r"(?!)"
            return re.compile(body)

        self.ascii = PerAudience(build)

    def maybe_in(self, text: str) -> bool:
        """Whether a cue may be in the text (never False where the full pattern finds one)."""
        lower = facts(text).lower
        if lower is not None:
            return self.ascii.get().search(lower) is not None
        return self.full.get().search(text) is not None
