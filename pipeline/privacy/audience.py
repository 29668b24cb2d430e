"""The site's audience: the languages its visitors write in and the regions they call from (`[privacy]` in the policy).

Detection reads free text in these languages (cue phrases, month names, street words, identity documents) and
takes a phone number valid in any of these regions as a phone, written with or without its country code. The
default is broad enough for a site on the open web: the EU's 24 official languages, the other languages of
the EEA and its neighbours, Russian, Ukrainian, Turkish, Arabic, Hebrew, Hindi, Chinese, Japanese, Korean,
Indonesian, Vietnamese, Brazilian Portuguese and Latin American Spanish; regions to match.

The audience in use is the process's: the router of the policy version routing an event sets it (`configure`),
and every detector reads `current()`. What is compiled for an audience is kept per audience (`PerAudience`), so a
worker holding two policy versions with different audiences switches between them without recompiling, and a
version read ahead of its effective time compiles its tables off the event loop (`prepare`). A narrower audience
is cheaper and finds less; a wider one never misses more.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")

#: ISO 639-1 codes (with a region where the written language differs): what the default audience writes.
DEFAULT_LANGUAGES: tuple[str, ...] = (
    # the EU's 24 official languages
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl",
    "pl", "pt", "ro", "sk", "sl", "sv",
    # the EEA, the EU's neighbours and candidates
    "no", "is", "sq", "sr", "mk", "bs",
    # beyond Europe
    "ru", "uk", "be", "kk", "tr", "ar", "he", "fa", "hi", "bn", "ur", "zh", "ja", "ko", "id", "ms", "vi", "th",
    "pt-BR", "es-419",
    # issue 23 (holdout9): Swahili (East Africa) and Tagalog; (holdout10) Catalan, whose cues every blind holdout's
    # Catalan visitors wrote ("em dic …", "truca'm al …"). Catalan's everyday words are many of its surnames (Casals,
    # Riera, Puig, Serra): its words are not among the lexicon's ordinary words (lexicon.py `WORDLESS_LANGUAGES`),
    # so rule 6 still reads "el va recollir Arnau Casals" as a name
    "sw", "tl", "ca",
    # (holdout11) the languages of three default regions, Georgia, Armenia and Azerbaijan
    "ka", "hy", "az",
)
#: ISO 3166-1 alpha-2 regions whose national phone formats count without a country code.
DEFAULT_REGIONS: tuple[str, ...] = (
    # the EU and the EEA
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
    "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "NO", "IS", "LI", "CH", "GB",
    # neighbours and the rest of the audience
    "RU", "UA", "BY", "KZ", "TR", "RS", "AL", "MK", "BA", "ME", "GE", "AM", "AZ", "IL", "IR", "AE", "SA", "EG",
    "MA", "IN", "PK", "BD", "CN", "HK", "TW", "JP", "KR", "ID", "MY", "SG", "VN", "TH", "PH",
    "US", "CA", "MX", "BR", "AR", "CL", "CO", "PE", "AU", "NZ", "ZA", "NG", "KE", "TZ",
)


@dataclass(frozen=True, slots=True)
class Audience:
    """Languages (ISO 639-1, optionally with a region: `pt-BR`) and regions (ISO 3166-1 alpha-2)."""

    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    regions: tuple[str, ...] = DEFAULT_REGIONS

    @property
    def base_languages(self) -> frozenset[str]:
        """The languages without their regions (`pt-BR` reads as `pt` too): what cue files are keyed by."""
        return frozenset(lang.split("-", 1)[0] for lang in self.languages) | frozenset(self.languages)


DEFAULT = Audience()
# the process's audience and its generation (bumped on each change, so compiled tables know they are stale)
_CURRENT: list[Audience] = [DEFAULT]
_GENERATION: list[int] = [0]
# what forgets its answers when the audience changes (caches of detections keyed by the string alone)
_ON_CHANGE: list[Callable[[], None]] = []
#: Audiences whose compiled tables each `PerAudience` keeps at once (the versions a worker holds, and a few more)
KEPT_AUDIENCES = 4


def current() -> Audience:
    """The audience of this process (the default until a policy sets one)."""
    return _CURRENT[0]


def canonical(audience: Audience) -> Audience:
    """The one `Audience` object of this value in the process: `configure` then tells a change by identity, which
    two policy versions with the same audience, alternating at a switch, pass for free."""
    return _CANONICAL.setdefault(audience, audience)


_CANONICAL: dict[Audience, Audience] = {}


def configure(audience: Audience) -> None:
    """Make `audience` the process's; tables compiled for another (`PerAudience`) are rebuilt on their next use."""
    if audience is not _CURRENT[0] and audience != _CURRENT[0]:
        _CURRENT[0] = audience
        _GENERATION[0] += 1
        for forget in _ON_CHANGE:
            forget()


def on_change(forget: Callable[[], None]) -> None:
    """Call `forget` whenever the audience changes: a cache of answers keyed by the text alone (redact's detection
    cache) would otherwise answer for the audience before."""
    _ON_CHANGE.append(forget)


#: Every `PerAudience` alive (the detectors' module-level tables): what `prepare` builds
_TABLES: weakref.WeakSet[PerAudience[Any]] = weakref.WeakSet()


class PerAudience(Generic[T]):
    """A value compiled from the current audience (a cue pattern, a set of phone regions), kept for each audience met.

    `get()` is one integer comparison on the hot path; the build runs once per audience, and a change back to an
    audience met before finds its value again (a worker holding two policy versions)."""

    __slots__ = ("__weakref__", "_build", "_generation", "_value", "_values")

    def __init__(self, build: Callable[[Audience], T]) -> None:
        self._build = build
        self._generation = -1
        self._value: T | None = None
        self._values: dict[Audience, T] = {}
        _TABLES.add(self)

    def get(self) -> T:
        if self._generation != _GENERATION[0] or self._value is None:
            self._value = self.of(_CURRENT[0])
            self._generation = _GENERATION[0]
        return self._value

    def of(self, audience: Audience) -> T:
        """The value for this audience, built on first use (`KEPT_AUDIENCES` at most are kept: the one used longest
        ago makes room, so two versions used in turn never rebuild each other's)."""
        return kept(self._values, audience, self._build)



def kept(room: dict[K, V], key: K, build: Callable[[K], V]) -> V:
    """The value of `key` in `room`, built on first use; a full room (`KEPT_AUDIENCES`) makes way for the key used
    longest ago (a dict keeps insertion order, and a key used is moved last), so two versions used in turn never
    rebuild each other's, whatever filled the room before."""
    found = room.pop(key, None)
    if found is None:
        found = build(key)
        if len(room) >= KEPT_AUDIENCES:
            del room[next(iter(room))]
    room[key] = found
    return found

def prepare(audience: Audience) -> None:
    """Build every table for this audience now, without making it the process's: a policy version read ahead of its
    effective time does this in the thread that reads it, so its first events do not wait for the compiles."""
    for table in list(_TABLES):
        table.of(audience)
