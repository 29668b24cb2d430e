"""Precise coordinates in free text: a latitude and a longitude with four or more decimals ("55.7558, 37.6173",
"55.751244 37.618423", "lat=55.7512&lon=37.6184").

Four decimals is about ten metres: a home. Fewer decimals (a city's centre) and pairs out of range stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.privacy.detectors._common import Span, facts

KIND = "geo"

_PAIR = re.compile(
    r"(?<![\d.])(?P<lat>-?\d{1,2}\.\d{4,})\s*[,;]\s*(?P<lon>-?\d{1,3}\.\d{4,})(?![\d.])"
    r"|(?<![\d.])(?P<lat2>-?\d{1,2}\.\d{5,})\s+(?P<lon2>-?\d{1,3}\.\d{5,})(?![\d.])"  # 55.751244 37.618423
    r"|(?<![^\W\d_])(?:lat|latitude|широта)\W{1,3}(?P<lat3>-?\d{1,2}\.\d{4,})\W{1,5}"
    r"(?:lon|lng|long|longitude|долгота)\W{1,3}(?P<lon3>-?\d{1,3}\.\d{4,})(?![\d.])",
    re.IGNORECASE,
)


# (led by its dot, a literal the engine skips to at once, the digit before it looked behind: led by the digit, it is
# tried at every digit of the text, several times as many)
_DECIMALS = re.compile(r"\.(?<=\d\.)\d{4}")
_GROUPS = (("lat", "lat2", "lat3"), ("lon", "lon2", "lon3"))


def maybe(text: str) -> bool:
    """Cheap: a number with four decimals."""
    return facts(text).digits >= 5 and _DECIMALS.search(text) is not None


def find(text: str) -> Iterator[Span]:
    for match in _PAIR.finditer(text):
        lat, lon = (next(g for g in match.group(*names) if g is not None) for names in _GROUPS)
        if abs(float(lat)) <= 90 and abs(float(lon)) <= 180:
            yield match.span()
