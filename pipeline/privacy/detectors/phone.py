"""Phone numbers: Russian formats first, then any country's, decided with libphonenumber's metadata.

A candidate is a run of digits with the separators people type (spaces, dashes, dots, brackets),
an optional leading '+' and an optional extension ("доб. 12", "ext. 12", "x12"). It is a phone when:

- it starts with '+' (or `tel:`) and has 7 to 15 digits: an international number as written;
- it is grouped the way phones are and not the way amounts, dates or versions are: brackets round an
  area code, or three or more groups of 1-4 digits ("8 (4912) 12-34-56", "123-45-67", "01 23 45 67 89");
  thousands grouping ("1 234 567") is an amount and stays;
- it is a plain run of 11 digits starting with 7 or 8 (a Russian number), or 10 to 13 digits that
  libphonenumber (`phonenumbers`) calls a valid number in Russia or the US, or internationally without
  its '+', or, starting with 0, in one of the European regions: so millisecond timestamps, order ids and
  hashes stay;
- or 5 to 15 digits follow a phone cue ("тел.", "phone:", "call", "моб."), where libphonenumber's own
  matcher also runs over the text for formats of other countries.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

from pipeline.privacy.detectors._common import Span, facts

KIND = "phone"

_SEP = r"[ \t\-.\u00a0\u2009\u202f\u2010-\u2015]"
_CANDIDATE = re.compile(
    rf"(?<!\d)(?P<plus>\+{_SEP}*|\b00{_SEP}?)?(?<!\d)(?P<body>\(?\d(?:{_SEP}{{0,3}}(?:\(\d{{1,5}}\)|\d)|\){_SEP}*\d){{4,18}})"
    rf"(?P<ext>{_SEP}*(?:,\s*)?(?:доб\.?|добавочный|ext\.?|extension|x|#|вн\.?)\s*\d{{1,6}})?(?!\d)",
    re.IGNORECASE,
)
_CUE = re.compile(
    r"(?:\b|(?<=\d))(?:tel|phone|phones|ph|mob|mobile|cell|call|fax|whatsapp|viber|telegram|тел|телефон[а-я]*|"
    r"моб|мобильный|сот|сотовый|звоните|звонить|позвоните|позвони|факс|номер телефона|contact)\b|tel:",
    re.IGNORECASE,
)
_DATE = re.compile(r"(?<!\d)(?:(?:19|20)\d\d[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01])"
                   r"|(?:0?[1-9]|[12]\d|3[01])[-./](?:0?[1-9]|1[0-2])[-./](?:19|20)\d\d)(?!\d)")
_GROUP = re.compile(r"\d+")
_AMOUNT_AFTER = re.compile(r"\s?(?:[.,]\d{1,2}\b)?\s?(?:[$€£¥₽₴₸]|руб|р\.|rub|usd|eur|uah|kzt|тыс|млн|млрд|долл|евро|"
                           r"копе|шт|km|км|kg|кг|mb|gb|kb|bytes|байт|ms|мс|%)", re.IGNORECASE)
_AMOUNT_BEFORE = re.compile(r"(?:[$€£¥₽]|руб\.?|usd|eur|rub|сумма|total|итого|цена|price|amount)\s*[:=]?\s*\Z",
                            re.IGNORECASE)
_VERSION_BEFORE = re.compile(r"(?:\bv|version|ver|build|release|версия|сборка)\s*[:=#]?\s*\Z", re.IGNORECASE)
_NOT_PHONE_BEFORE = re.compile(
    r"(?:isbn|issn|гост|gost|iso|din|rfc|order|заказ\w*|invoice|сч[её]т\w*|артикул|арт\.?|sku|art\.?|ticket|тикет|"
    r"заявк\w*|№|#|(?<![^\W\d_])no\.?|nr\.?|инв\.?|ref|ref\.|tracking|трек|serial|s/n|sn|серийн\w*|"
    r"model|модель|part|деталь)\s*[:#№]?\s*\Z", re.IGNORECASE)
# a code glued by a dash in front (INV-DE-2026-000123, SN-..., ORD-...), a year and a zero-padded sequence
# (2026-0001234), a SNILS-shaped number that failed its check (387-640-838 39): serials, not phones
_TOKEN_BEFORE = re.compile(r"[A-Za-z0-9_-]*\Z")
_TOKEN_AFTER = re.compile(r"[A-Za-z0-9_-]*")
_CODE_BEFORE = re.compile(r"[^\W_]-\Z")
_DATED_SERIAL = re.compile(r"(?:19|20)\d\d-0\d{3,}\Z")
_SNILS_SHAPE = re.compile(r"\d{3}-\d{3}-\d{3}[ -]\d{2}\Z")
# an area code and a slash in front of the number: 030/2463 8195 (German), 0 30/2463 8195
_AREA_SLASH = re.compile(r"(?<![\d/])(0\d{1,5})[ \t]?/[ \t]?\Z")
_LETTER_BEFORE = re.compile(r"[^\W\d_]\Z")
_HEXISH = re.compile(r"[0-9a-fA-F]*\Z")
_FIVE_DIGITS = re.compile(r"(?:\d\D{0,6}){4}\d")
_REGIONS = ("RU", "US")
_ZERO_REGIONS = ("GB", "DE", "FR", "IT", "ES", "NL", "UA", "BY", "KZ")
_MATCHER_REGIONS = ("RU", "GB", "DE", "FR")


def maybe(text: str) -> bool:
    """Cheap: at least five digits (a cue makes short local numbers phones)."""
    return facts(text).digits >= 5 and _FIVE_DIGITS.search(text) is not None


def find(text: str) -> Iterator[Span]:
    cue_ends = [m.end() for m in _CUE.finditer(text)]
    found: list[Span] = []
    for match in _CANDIDATE.finditer(text):
        # a cue ending at most 12 characters before (a bisection, not a look at every cue: issue 23, linear time)
        cued = bisect_right(cue_ends, match.start()) > bisect_left(cue_ends, match.start() - 12)
        area = _AREA_SLASH.search(text, max(0, match.start() - 9), match.start()) \
            if "/" in text[max(0, match.start() - 3):match.start()] else None
        if area is not None and not match.group("plus") and (cued or valid(area.group(1) + match.group("body"))):
            found.append((area.start(), match.end()))  # the area code goes with its number
        elif _is_phone(text, match, cued):
            span = match.span()
            if text[span[0]] == "(" and ")" not in match.group():
                span = (span[0] + 1, span[1])
            found.append(span)
    # libphonenumber's own matcher (slow: 150 µs a region) for what follows a cue that no candidate covered
    starts = sorted(start for start, _ in found)
    if any(bisect_right(starts, end + 16) == bisect_left(starts, end) for end in cue_ends):
        for region in _MATCHER_REGIONS:
            for number in PhoneNumberMatcher(text, region, leniency=Leniency.VALID):
                found.append((number.start, number.end))
    yield from found


def _is_phone(text: str, match: re.Match[str], cued: bool) -> bool:
    body = match.group("body")
    plus = match.group("plus")
    groups = _GROUP.findall(body)
    digits = "".join(groups)
    count = len(digits)
    before = text[max(0, match.start() - 16):match.start()]
    if count > 15 or (count < 7 and not (cued and count >= 5)):
        return False
    if plus and plus.strip().startswith("+"):
        return count >= 7
    if _DATE.search(body) or _VERSION_BEFORE.search(before):
        return False
    russian = count == 11 and digits[0] in "78"
    if _NOT_PHONE_BEFORE.search(before) and not cued and "(" not in body and not russian:
        return False  # ISBN 0-306-40615-2, order #2026-000123
    if not cued and _in_token(text, match.start(), match.end()):
        return False  # digits inside a random token (urlsafe Base64, an id): glued to letters on both sides
    if not cued and ((before[-1:] == "-" and _CODE_BEFORE.search(before))
                     or ("-" in body and (_DATED_SERIAL.match(body) or _SNILS_SHAPE.match(body)))):
        return False  # INV-DE-2026-000123, Заказ 2026-0001234, a serial shaped like a SNILS
    if _LETTER_BEFORE.search(before) and not cued:
        token = re.search(r"[\w-]*\Z", before)
        if token and _HEXISH.match(token.group()) and not (count == 11 and digits[0] in "78"):
            return False  # inside a hash or an id
    after = text[match.end():match.end() + 12]
    if len(groups) == 1:
        return _plain(digits, cued, plus is not None)
    if _thousands(groups, body) and not cued:
        return False
    if not cued and (_AMOUNT_AFTER.match(after) or _AMOUNT_BEFORE.search(before)):
        return False
    if cued:
        return True
    separators = set(re.sub(r"[\d()]", "", body))
    if "(" in body:
        return True
    if "." in separators and len(separators) > 1:
        return False  # 7.0.97-2016: a standard's number, not a phone
    if separators <= {"."}:  # dotted: 425.882.9090 and 06.42.18.75.33 are phones, 1.2.3.4 and 10.15.7 are not
        return [len(g) for g in groups] in ([3, 3, 4], [3, 3, 2, 2], [1, 3, 3, 2, 2], [1, 3, 3, 4]) \
            or _european_pairs(groups)
    if len(groups) >= 3 and all(1 <= len(g) <= 4 for g in groups[1:]) and len(groups[0]) <= 5:
        return True
    if len(groups) == 2 and [len(g) for g in groups] == [3, 4] and separators <= {"-"}:
        return True  # a local number: 555-1234
    return valid(digits)


def _in_token(text: str, start: int, end: int) -> bool:
    """The candidate sits inside a long token of Latin letters in both cases and digits (no separator but '-' or
    '_'), glued to letters on both sides: a random token or an id, not a phone written in text."""
    if start == 0 or end >= len(text) or not (text[start - 1].isascii() and text[start - 1].isalpha()) \
            or not (text[end].isascii() and text[end].isalpha()):
        return False
    token = _TOKEN_BEFORE.search(text, max(0, start - 64), start)
    after = _TOKEN_AFTER.match(text, end)
    whole = (token.group() if token else "") + (after.group() if after else "")
    return len(whole) >= 12 and any(c.isupper() for c in whole) and any(c.islower() for c in whole)


def _european_pairs(groups: list[str]) -> bool:
    """A European national number in pairs after its trunk prefix: 06.42.18.75.33 (FR), 0470.12.34.56 (BE)."""
    return groups[0].startswith("0") and 2 <= len(groups[0]) <= 4 and len(groups) >= 4 \
        and all(len(g) == 2 for g in groups[1:]) and 9 <= sum(len(g) for g in groups) <= 11


def _thousands(groups: list[str], body: str) -> bool:
    """1 234 567 or 12.345.678: an amount or a count, not a phone."""
    return len(groups) >= 2 and 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]) \
        and "(" not in body and "-" not in body


def _plain(digits: str, cued: bool, double_zero: bool) -> bool:
    count = len(digits)
    if cued:
        return True
    if double_zero:  # 0049 30 123456: an international prefix
        return valid("+" + digits)
    if count == 11 and digits[0] in "78":
        return True
    if 10 <= count <= 13:
        return valid(digits)
    return False


@lru_cache(maxsize=16384)
def valid(digits: str) -> bool:
    """A valid number by libphonenumber: in Russia or the US, or international without its '+',
    or, with a leading 0, national in one of the European regions."""
    if digits.startswith("+"):
        return _parse_valid(digits, None)
    regions = _ZERO_REGIONS if digits.startswith("0") else _REGIONS
    if any(_parse_valid(digits, region) for region in regions):
        return True
    return not digits.startswith("0") and len(digits) >= 11 and _parse_valid("+" + digits, None)


def _parse_valid(number: str, region: str | None) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(number, region))
    except phonenumbers.NumberParseException:
        return False
