"""Payment card numbers: 12 to 19 digits with a valid Luhn sum and the prefix and length of a real scheme; and any
Luhn-valid 13 to 19 digits written in a card's grouping (4-4-4-4, 4-6-5, 4-4-4-4-3, with spaces or dashes) or
after a card word of the audience's languages (`cues/card.toml`: card, Karte, tarjeta, karta, карта, 卡号, カード...),
whatever the prefix: a scheme's ranges grow and a privacy pipeline errs toward redaction.

Every scheme's ranges: Visa, Mastercard (51-55, 2221-2720), MIR (2200-2204), American Express, Discover,
Diners (14 digits and more), JCB, UnionPay (up to 19 digits), Maestro (12-19 digits), RuPay, Verve, Troy,
UATP. Separators may sit between any digits: any run of spaces or tabs with at most one '-', '.', '/' or '_'
in it ("4445  3079", "5956/6154", "4445 / 3079", "4445_3079"); URLs, JSON numbers and array items are all the
same text. A run that passes Luhn but matches no scheme (a millisecond or microsecond timestamp starts with 1)
stays, as do amounts grouped in thousands, and twelve digits in fours ("1234 5678 9012") are no card.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from pipeline.privacy import cues
from pipeline.privacy.detectors._common import Span, facts, luhn

KIND = "card"

# between two digits: nothing, or any run of spaces and tabs with at most one '-', '.', '/' or '_' in it
# ("4445  3079", "4445\t3079", "5956/6154", "4445 / 3079", "4445_3079")
# (atomic: what lies between two digits is read one way, the longest, which reaches the next digit whenever any way
# does; a space read by either run of spaces was otherwise tried both ways at each group when a candidate fails)
_SEP = r"(?>[ \t\u00a0]{0,3}[-./_]?[ \t\u00a0]{0,3})"
# (led by a digit, its look-behind after it: the engine skips to the next digit at once)
_CANDIDATE = re.compile(rf"\d(?<![\d+]\d)(?:{_SEP}\d){{11,18}}(?![\d]|[.,]\d)")
_GROUP = re.compile(r"\d+")
# a card in fours as a record's field: a comma or a semicolon and the next field's digits after it ("…,5337 9500 4253
# 3611,42.50"), which `_CANDIDATE` leaves as a decimal's digits; fours are no decimal's grouping
_GROUPED_FIELD = re.compile(r"\d(?<![\d+]\d)\d{3}([ -])\d{4}\1\d{4}\1\d{1,4}(?=[,;]\d)")
_TWELVE_DIGITS = re.compile(r"\d(?:[ \t\-./_\u00a0]{0,7}\d){11}")
# (prefix range low, high, allowed lengths)
_SCHEMES: tuple[tuple[int, int, frozenset[int]], ...] = (
    (4, 4, frozenset({13, 16, 19})),  # Visa
    (51, 55, frozenset({16})),  # Mastercard
    (2221, 2720, frozenset({16})),  # Mastercard 2-series
    (2200, 2204, frozenset({16, 17, 18, 19})),  # MIR
    (34, 34, frozenset({15})), (37, 37, frozenset({15})),  # American Express
    (6011, 6011, frozenset(range(16, 20))), (644, 649, frozenset(range(16, 20))), (65, 65, frozenset(range(16, 20))),
    (622126, 622925, frozenset(range(16, 20))),  # Discover
    (300, 305, frozenset(range(14, 20))), (36, 36, frozenset(range(14, 20))), (38, 39, frozenset(range(14, 20))),
    (3528, 3589, frozenset(range(16, 20))),  # JCB
    (62, 62, frozenset(range(16, 20))), (81, 81, frozenset(range(16, 20))),  # UnionPay
    (50, 50, frozenset(range(12, 20))), (56, 69, frozenset(range(12, 20))),  # Maestro
    (60, 60, frozenset({16})), (508, 508, frozenset({16})), (82, 82, frozenset({16})),  # RuPay
    (506, 507, frozenset(range(16, 20))),  # Verve
    (9792, 9792, frozenset({16})),  # Troy
    (1, 1, frozenset({15})),  # UATP
    (8600, 8600, frozenset({16})), (9860, 9860, frozenset({16})),  # UzCard, Humo
    (9112, 9112, frozenset({16})),  # Belkart
)


def maybe(text: str) -> bool:
    """Cheap: twelve digits somewhere."""
    return facts(text).digits >= 12 and _TWELVE_DIGITS.search(text) is not None


_CUE = cues.compiled("card")
# between a card word and its number: a few characters that are no digit ("card number: ", "Karte=", "карты №")
_CUE_REACH = 24
_DIGIT = re.compile(r"\d")


def find(text: str) -> Iterator[Span]:
    cue_ends: list[int] | None = None
    for match in _CANDIDATE.finditer(text):
        value = match.group()
        groups = _GROUP.findall(value)
        if len(groups) > 1 and _thousands(groups):
            continue
        digits = "".join(groups)
        if is_card(digits):
            if len(groups) > 2 and not card_grouping(groups) and _after_reference(text, match.start()):
                continue  # "Sipariş no 649-4458587-1816836": an order's number in an order's grouping
            yield match.span()
        elif 13 <= len(digits) <= 19 and luhn(digits):
            if card_grouping(groups):
                yield match.span()
                continue
            if cue_ends is None:
                cue_ends = [m.end() for m in _CUE.get().finditer(text)]
            start = match.start()
            # the nearest card word ending before the number (cue_ends is sorted): one look a candidate, so many
            # words and numbers in one text cost their count, not its square
            nearest = bisect_right(cue_ends, start) - 1
            if nearest >= 0 and start - cue_ends[nearest] <= _CUE_REACH \
                    and _DIGIT.search(text, cue_ends[nearest], start) is None:
                yield match.span()
    if "," in text or ";" in text:
        for match in _GROUPED_FIELD.finditer(text):
            # (one the candidates above found ends where the field does: `_CANDIDATE` took it whole)
            if luhn(match.group().replace(" ", "").replace("-", "")) \
                    and (whole := _CANDIDATE.match(text, match.start())) is not None and whole.end() != match.end():
                yield match.span()


# a business record's reference word (cues/reference.toml: order, invoice, "Sipariş", "注文") before a number
_REFERENCE = cues.compiled("reference")


def _after_reference(text: str, start: int) -> bool:
    """A reference word ends at most `_CUE_REACH` characters before `start`, with no digit between."""
    window = text[max(0, start - _CUE_REACH - 16):start]
    ends = [hit.end() for hit in _REFERENCE.get().finditer(window)]
    return bool(ends) and len(window) - ends[-1] <= _CUE_REACH and _DIGIT.search(window, ends[-1]) is None


def card_grouping(groups: list[str]) -> bool:
    """Written as cards are: fours with a shorter last group (4-4-4-4, 4-4-4-1, 4-4-4-4-3), or 4-6-5 and 4-6-4
    (American Express, Diners)."""
    sizes = [len(g) for g in groups]
    if sizes in ([4, 6, 5], [4, 6, 4]):
        return True
    return len(sizes) >= 4 and all(size == 4 for size in sizes[:-1]) and 1 <= sizes[-1] <= 4


def is_card(digits: str) -> bool:
    """A card number by its scheme's prefix and length, and Luhn."""
    return scheme_matches(digits) and luhn(digits)


def scheme_matches(digits: str) -> bool:
    length = len(digits)
    if digits.isascii() and digits.isdigit():  # as written: each prefix size's slice looked up, not each scheme's
        return any(digits[:size] in prefixes for size, prefixes in _PREFIXES.get(length, ()))
    for low, high, lengths in _SCHEMES:
        if length in lengths:
            prefix = int(digits[:len(str(low))])
            if low <= prefix <= high:
                return True
    return False


def _prefixes() -> dict[int, tuple[tuple[int, frozenset[str]], ...]]:
    """For each length of a card number: the sizes of its schemes' prefixes, each with every prefix of that size a
    scheme of that length starts with, written in ASCII digits (no range starts with a 0, so `int` of a slice is in a
    range exactly when the slice is one of its numbers written)."""
    by_length: dict[int, dict[int, set[str]]] = {}
    for low, high, lengths in _SCHEMES:
        for length in lengths:
            by_length.setdefault(length, {}).setdefault(len(str(low)), set()).update(
                str(prefix) for prefix in range(low, high + 1))
    return {length: tuple((size, frozenset(prefixes)) for size, prefixes in sizes.items())
            for length, sizes in by_length.items()}


_PREFIXES = _prefixes()


def _thousands(groups: list[str]) -> bool:
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
