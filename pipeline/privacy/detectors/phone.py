"""Phone numbers: Russian formats first, then any country's, decided with libphonenumber's metadata.

A candidate is a run of digits with the separators people type (spaces, dashes, dots, brackets),
an optional leading '+' and an optional extension ("доб. 12", "ext. 12", "x12"). It is a phone when:

- it starts with '+' (or `tel:`) and has 7 to 15 digits: an international number as written;
- it is grouped the way phones are and not the way amounts, dates or versions are: brackets round an
  area code, or three or more groups of 1-4 digits ("8 (4912) 12-34-56", "123-45-67", "01 23 45 67 89");
  thousands grouping ("1 234 567") is an amount and stays; dotted after a trunk 0 as its region groups it
  ("07400.123634", "090.1234.5689"); after a phone word, an area or mobile prefix before a slash ("312/3457878");
  digits glued to a Latin prefix ("ORD2026345116") are one token, an id, and stay;
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
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers
from phonenumbers import COUNTRY_CODE_TO_REGION_CODE, Leniency, PhoneMetadata, PhoneNumberMatcher

from pipeline.privacy import cues
from pipeline.privacy.audience import Audience, PerAudience, current
from pipeline.privacy.detectors._common import Span, facts, letter_led
from pipeline.privacy.detectors._cue_gate import FoldedCues, FoldedPattern, copy_for_patterns

KIND = "phone"

_SEP = r"[ \t\-.\u00a0\u2009\u202f\u2010-\u2015]"
# (led by what its first character must be, so the engine skips every other character at once)
_CANDIDATE = re.compile(
    rf"(?=[+(\d])(?<!\d)(?P<plus>\+{_SEP}*|\b00{_SEP}?)?(?<!\d)(?P<body>\(?\d(?:{_SEP}{{0,3}}(?:\(\d{{1,5}}\)|\d)|\){_SEP}*\d){{4,18}})"
    rf"(?P<ext>{_SEP}*(?:,\s*)?(?:доб\.?|добавочный|ext\.?|extension|x|#|вн\.?)\s*\d{{1,6}})?(?!\d)",
    re.IGNORECASE,
)
# (its letters lowercase: it runs on the text's folded lowercase copy, the same spans faster)
# `(?:(?:\b|(?<=\d))(?:tel|phone|…|contact)\b|tel:)` (a word at a word's start or after a digit, or "tel:"): branches
# led by the words' first letters (`letter_led`), which the engine skips to at once
_CUE = FoldedPattern(letter_led(
    ("tel", "phone", "phones", "ph", "mob", "mobile", "cell", "call", "fax", "whatsapp", "viber", "telegram", "тел",
     "телефон[а-я]*", "моб", "мобильный", "сот", "сотовый", "звоните", "звонить", "позвоните", "позвони", "факс",
     "номер телефона", "contact"), r"[^\W\d]", r"\b") + "|tel:")
_DATE = re.compile(r"(?<!\d)(?:(?:19|20)\d\d[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01])"
                   r"|(?:0?[1-9]|[12]\d|3[01])[-./](?:0?[1-9]|1[0-2])[-./](?:19|20)\d\d)(?!\d)")
_GROUP = re.compile(r"\d+")
_AMOUNT_AFTER = re.compile(r"\s?(?:[.,]\d{1,2}\b)?\s?(?:[$€£¥₽₴₸]|руб|р\.|rub|usd|eur|uah|kzt|тыс|млн|млрд|долл|евро|"
                           r"копе|шт|km|км|kg|кг|mb|gb|kb|bytes|байт|ms|мс|%)", re.IGNORECASE)
# (these `_BEFORE` patterns, lowercase, run on the slice of the text's folded copy before a number: case-sensitive, a
# branch that cannot start at a character is skipped at once, several times as fast as case-insensitively)
_AMOUNT_BEFORE = FoldedPattern(r"(?:[$€£¥₽]|руб\.?|usd|eur|rub|сумма|total|итого|цена|price|amount)\s*[:=]?\s*\Z")
# an amount or a count word shortly before a number grouped in thousands (512 345 678 is a Polish mobile as written,
# and a sum of money too): "the amount was 512 345 678", "Betrag: 512 345 678", "population 145 478 097"
_AMOUNT_NEAR = re.compile(
    r"(?<![^\W\d_])(?:sum|total|amount|price|cost|balance|budget|revenue|population|count|betrag|summe|preis|gesamt|"
    r"kwota|suma|cena|razem|montant|prix|importe|precio|prezzo|importo|totale|bedrag|prijs|totaal|tutar|fiyat|toplam|"
    r"částka|celkem|ποσό|итого|сумма|цена|стоимость|баланс|население|sayısı|anzahl|liczba|nombre|downloads|views|"
    r"visits|members|subscribers|followers|size|bytes|aufrufe|pobrań|wyświetleń|просмотр\w*|скачиван\w*)",
    re.IGNORECASE)
_UNIT_AFTER = re.compile(r"\s?(?:units|items|pcs|users|rows|records|views|visits|people|bytes|szt|stück|stk|sztuk|"
                         r"adet|osób|osob|personnes|personas|persone|mensen|einwohner|mieszkańców|habitants|habitantes|"
                         r"человек|чел)\b", re.IGNORECASE)
_VERSION_BEFORE = FoldedPattern(r"(?:\bv|version|ver|build|release|версия|сборка)\s*[:=#]?\s*\Z")
_NOT_PHONE_BEFORE = FoldedPattern(
    r"(?:isbn|issn|гост|gost|iso|din|rfc|order|заказ\w*|invoice|сч[её]т\w*|артикул|арт\.?|sku|art\.?|ticket|тикет|"
    r"заявк\w*|№|#|(?<![^\W\d_])no\.?|nr\.?|инв\.?|ref|ref\.|tracking|трек|serial|s/n|sn|серийн\w*|"
    r"model|модель|part|деталь|"
    # the order's, invoice's and ticket's words of the audience's other languages
    r"bestell\w*|rechnung\w*|auftrag\w*|commande|facture|pedido|factura|ordine|fattura|zam[oó]wieni\w*|faktur\w*|"
    r"sipari[sş]\w*|fatura\w*|bestelling\w*|factuur\w*|objedn[aá]vk\w*|παραγγελ\w*|τιμολ[οό]γιο\w*|"
    r"注文番号|订单号|訂單號|주문번호|"
    # a product's code by its key (issue 23: "?ean=8806667619263"): GS1's EAN, GTIN and UPC, a barcode, a product
    r"ean|gtin|upc|barcode|product|produkt|produit|producto|prodotto|produto)"
    # the word as a label ("order: 123"), or naming a URL's path segment or a query's key, plural or not: a web log's
    # "/orders/2202723629/status", "?order_id=…" (issue 23: order numbers in request lines)
    r"(?:\s*[:#№]?\s*|s?(?:_?id|_?no|_?nr)?(?:/|=))\Z", fold=True)
# a code glued by a dash in front (INV-DE-2026-000123, SN-..., ORD-...), a year and a zero-padded sequence
# (2026-0001234), a SNILS-shaped number that failed its check (387-640-838 39): serials, not phones
_TOKEN_BEFORE = re.compile(r"[A-Za-z0-9_-]*\Z")
_TOKEN_AFTER = re.compile(r"[A-Za-z0-9_-]*")
_CODE_BEFORE = re.compile(r"[A-Za-z0-9]-\Z")  # a Latin code; Hebrew "ל-" (to) glued by a dash is a word
_DATED_SERIAL = re.compile(r"(?:19|20)\d\d-0\d{3,}\Z")
_SNILS_SHAPE = re.compile(r"\d{3}-\d{3}-\d{3}[ -]\d{2}\Z")
# an area code and a slash in front of the number: 030/2463 8195 (German), 0 30/2463 8195
_AREA_SLASH = re.compile(r"(?<![\d/])(0\d{1,5})[ \t]?/[ \t]?\Z")
_CUED_SLASH = re.compile(r"(?<![\d/])(\d{2,5})[ \t]?/[ \t]?\Z")
_LETTER_BEFORE = re.compile(r"[^\W\d_]\Z")
_HEXISH = re.compile(r"[0-9a-fA-F]*\Z")
_FIVE_DIGITS = re.compile(r"\d(?:\D{0,6}\d){4}")  # (led by a digit: the engine skips to the next at once)
_LETTER_RUN = re.compile(r"[A-Za-z]{2}")
_REGIONS = ("RU", "US")
_ZERO_REGIONS = ("GB", "DE", "FR", "IT", "ES", "NL", "UA", "BY", "KZ")
_MATCHER_REGIONS = ("RU", "GB", "DE", "FR")
_MATCHER_REACH = 48


def maybe(text: str) -> bool:
    """Cheap: at least five digits (a cue makes short local numbers phones)."""
    return facts(text).digits >= 5 and _FIVE_DIGITS.search(text) is not None


_CUE_DATA = FoldedCues("phone")
_CUE_DATA_AFTER = FoldedCues("phone", "after")
# a reference word of a business record (cues/reference.toml: order, invoice, case, protocol...) right before the
# number, its inflection and a word for "number" allowed between: "Numer sprawy 04695-2775", "Zamówienie 5875 3803",
# or its abbreviation in the audience's languages ("br." Croatian, "nru" Maltese, "št." Slovene, "αρ." Greek)
_REFERENCE_BEFORE = PerAudience(lambda audience: FoldedPattern(
    rf"(?:{cues.phrase_pattern(cues.table('reference').phrases(audience))})"
    r"[^\W\d_]{0,12}\.?"
    r"(?:\s{1,3}(?:number|no\.?|nr\.?|nummer|numéro|número|numero|numer|číslo|č\.|broj|br\.?|numru|nru\.?|"
    r"št\.?|številka|sz\.?|szám|nro\.?|núm\.?|numurs|numeris|αρ\.?|αριθμός|номер|n[°º]|#))?\s{0,3}[:#№：]?\s{0,3}\Z",
    fold=True))
# where a reference word may start (the one cue scan): `_REFERENCE_BEFORE` is tried there only, not at each of the 40
# characters before a number
_REFERENCE_CUES = FoldedCues("reference")


def _reference_before(text: str, copy: str | None, places: list[int], start: int) -> bool:
    """Whether `_REFERENCE_BEFORE` matches in the 40 characters before `start`, ending there: anchored at each place in
    them where a reference word may start (`places`, ascending), when the text has a folded copy."""
    pattern = _REFERENCE_BEFORE.get()
    if copy is None:
        return pattern.full.search(text, max(0, start - 40), start) is not None
    at = bisect_left(places, max(0, start - 40))
    while at < len(places) and places[at] < start:
        if pattern.fast.match(copy, places[at], start) is not None:
            return True
        at += 1
    return False


def has_cue(text: str) -> bool:
    """A phone word of the audience's languages somewhere in the text ("tel.", "call", "Handy", "电话")."""
    return _CUE.search(text) is not None or _CUE_DATA.search(text) is not None


def find(text: str) -> Iterator[Span]:
    cue_ends = [m.end() for m in _CUE.finditer(text)]
    cue_starts: list[int] = []
    if not text.isascii() or _LETTER_RUN.search(text):
        cue_ends.extend(m.end() for m in _CUE_DATA.finditer(text))
        cue_starts = [m.start() for m in _CUE_DATA_AFTER.finditer(text)]  # "Beni 5763439374 numarasından"
        cue_ends.sort()
    found: list[Span] = []
    copy = copy_for_patterns(text)
    references = _REFERENCE_CUES.places(copy) if copy is not None else []
    for match in _CANDIDATE.finditer(text):
        # a phone word ends at most 16 characters before the number, or one written after it starts at most 12 after
        # (the nearest of each by bisection: many words and numbers cost their count, not its square)
        nearest = bisect_right(cue_ends, match.start()) - 1
        cued = nearest >= 0 and match.start() - cue_ends[nearest] <= 16
        if not cued and cue_starts:
            following = bisect_left(cue_starts, match.end())
            cued = following < len(cue_starts) and cue_starts[following] - match.end() <= 12
        area = _AREA_SLASH.search(text, max(0, match.start() - 9), match.start()) \
            if "/" in text[max(0, match.start() - 3):match.start()] else None
        if area is None and cued and "/" in text[max(0, match.start() - 3):match.start()]:
            # after a phone word, the area or mobile prefix before a slash without a trunk 0: "312/3457878" (Italy),
            # "32/174676" (Denmark)
            area = _CUED_SLASH.search(text, max(0, match.start() - 9), match.start())
        if area is not None and not match.group("plus") and (cued or valid(area.group(1) + match.group("body"))):
            found.append((area.start(), match.end()))  # the area code goes with its number
        elif _is_phone(text, copy, references, match, cued):
            span = match.span()
            if text[span[0]] == "(" and ")" not in match.group():
                span = (span[0] + 1, span[1])
            found.append(span)
    # libphonenumber's own matcher (slow: 150 µs a region) for what follows a cue that no candidate covered, on the
    # few dozen characters after the cue only (its cost is then bounded a cue, whatever the length of the text)
    starts = sorted(start for start, _ in found)
    searched = -1
    for end in cue_ends:
        following = bisect_left(starts, end)
        if (following < len(starts) and starts[following] - end <= 16) or end < searched:
            continue
        window = text[end:end + _MATCHER_REACH]
        searched = end + _MATCHER_REACH
        for region in _MATCHER_REGIONS:
            for number in PhoneNumberMatcher(window, region, leniency=Leniency.VALID):
                found.append((end + number.start, end + number.end))
    yield from found


def _is_phone(text: str, copy: str | None, references: list[int], match: re.Match[str], cued: bool) -> bool:
    body = match.group("body")
    plus = match.group("plus")
    groups = _GROUP.findall(body)
    digits = "".join(groups)
    count = len(digits)
    before_start = max(0, match.start() - 16)
    before = text[before_start:match.start()]
    if count > 15 or (count < 7 and not (cued and count >= 5)):
        return False
    if plus and plus.strip().startswith("+"):
        return count >= 7
    if not cued and not plus and len(groups) == 1 and not 10 <= count <= 13:
        return False  # what every check below ends with for a plain run of digits (`_plain`), decided before them
    if _DATE.search(body) or _VERSION_BEFORE.search_slice(text, copy, before_start, match.start()):
        return False
    if before.rstrip(" ")[-1:] == "〒":
        return False  # the Japanese postal mark: "〒150-0001" is a postcode
    russian = count == 11 and digits[0] in "78"
    # a Russian number as Russians write it: whole, or its 7 or 8 apart ("8 912 345-67-89"), not "7878 5440 716"
    russian_written = russian and (len(groups) == 1 or len(groups[0]) == 1)
    if not cued and "(" not in body and not russian_written and (
            _NOT_PHONE_BEFORE.search_slice(text, copy, before_start, match.start())
            or _reference_before(text, copy, references, match.start())):
        return False  # ISBN 0-306-40615-2, order #2026-000123, Numer sprawy 04695-2775
    international = digits[2:] if body.startswith("00") else digits if plus else ""
    if len(international) >= 9 and len(groups) >= 2 \
            and (_parse_valid("+" + international, None) or _calling_code(international)):
        return True  # 00420 638 918 170, 0047 490 28426: the international prefix dialled as 00, a country's code
    if not cued and _in_token(text, match.start(), match.end()):
        return False  # digits inside a random token (urlsafe Base64, an id): glued to letters on both sides
    if not cued and ((before[-1:] == "-" and _CODE_BEFORE.search(before))
                     or ("-" in body and (_DATED_SERIAL.match(body) or _SNILS_SHAPE.match(body)))):
        return False  # INV-DE-2026-000123, Заказ 2026-0001234, a serial shaped like a SNILS
    if not cued and before[-1:].isascii() and before[-1:].isalpha() and count >= 7:
        return False  # digits glued to a Latin prefix are one token, an id: ORD2026345116, INV20261234567
    if _LETTER_BEFORE.search(before) and not cued:
        token = re.search(r"[\w-]*\Z", before)
        if token and _HEXISH.match(token.group()) and not (count == 11 and digits[0] in "78"):
            return False  # inside a hash or an id
    after = text[match.end():match.end() + 12]
    if not cued and after[:1] == ":" and after[1:2].isdigit():
        return False  # the last group is an hour: "Dec 6 2026 10:45", a date and a time
    if len(groups) == 1:
        return _plain(digits, cued, plus is not None)
    if _thousands(groups, body) and not cued:
        # 1 234 567 is an amount; 512 345 678 and 601 123 456 are Polish and Czech mobiles as written, unless an
        # amount word comes shortly before or a unit after
        return len(groups[0]) == 3 and not _AMOUNT_AFTER.match(after) and not _UNIT_AFTER.match(after) \
            and not _AMOUNT_BEFORE.search_slice(text, copy, before_start, match.start()) \
            and not _AMOUNT_NEAR.search(text, max(0, match.start() - 24), match.start()) \
            and national(digits, _boundaries(groups))
    if not cued and (_AMOUNT_AFTER.match(after)
                     or _AMOUNT_BEFORE.search_slice(text, copy, before_start, match.start())):
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
            or _european_pairs(groups) or _dotted_national(groups)
    if [len(g) for g in groups] in ([3, 4], [3, 2, 2]) and separators <= {"-"}:
        return True  # a local number as North America (555-1234) and Russia (123-45-67) write it
    if len(groups) >= 3 and all(len(g) == 4 for g in groups):
        # 1234 5678 9012: four-digit groups are how cards, account and reference numbers are written; a phone
        # only when a region of the audience writes its numbers so
        return national(digits, _boundaries(groups))
    if len(groups) >= 3 and all(1 <= len(g) <= 4 for g in groups[1:]) and len(groups[0]) <= 5:
        # grouped as phones are; still a number of some region of the audience, as written or by its digits
        return russian or national(digits, _boundaries(groups)) or valid(digits)
    return valid(digits) or national(digits, _boundaries(groups))


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


def _dotted_national(groups: list[str]) -> bool:
    """A national number dotted after its trunk prefix, as its region groups it: 07400.123634 (GB), 090.1234.5689
    (JP). The trunk 0 is what a version's dotted parts lack ("2.7.13.4096", "10.15.7" stay)."""
    return groups[0][:1] == "0" and len(groups[0]) >= 2 and len(groups) <= 4 \
        and national("".join(groups), _boundaries(groups))


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


def _boundaries(groups: list[str]) -> tuple[int, ...]:
    """Where the groups of digits end inside the digits (the last excepted): (3, 6) for 512 345 678."""
    ends, total = [], 0
    for group in groups[:-1]:
        total += len(group)
        ends.append(total)
    return tuple(ends)


_TYPES = ("fixed_line", "mobile", "toll_free", "premium_rate", "shared_cost", "personal_number", "voip", "pager", "uan",
          "voicemail")


@dataclass(frozen=True, slots=True)
class _Region:
    """One region's numbers, compiled from libphonenumber's metadata once an audience: what `phonenumbers.parse`,
    `is_valid_number` and `format_number(..., NATIONAL)` would decide, without their per-call regex compiling (90
    regions' patterns overflow `re`'s cache, and a number then costs milliseconds)."""

    code: str
    prefix: str  # the national (trunk) prefix, "" when the region has none
    lengths: frozenset[int]  # the national significant number's possible lengths
    pattern: re.Pattern[str]  # what any of its national significant numbers looks like
    types: tuple[tuple[frozenset[int], re.Pattern[str]], ...]  # each type of number: its lengths and pattern
    #: national formats: the leading digits they apply to, their groups, and whether the trunk prefix is written
    formats: tuple[tuple[re.Pattern[str] | None, re.Pattern[str], bool], ...]

    def valid(self, number: str) -> bool:
        if len(number) not in self.lengths or not self.pattern.fullmatch(number):
            return False
        return any(len(number) in lengths and pattern.fullmatch(number) for lengths, pattern in self.types)

    def grouping(self, number: str) -> tuple[tuple[int, ...], bool] | None:
        """Where the region's national format ends its groups inside the national significant number, and whether
        the number is written with its trunk prefix (0151..., 06...: Germany and France always; Brazil, India,
        Turkey and the US may leave it out)."""
        for leading, pattern, with_prefix in self.formats:
            if leading is not None and not leading.match(number):
                continue
            match = pattern.fullmatch(number)
            if match is not None:
                return tuple(match.end(i) for i in range(1, (match.lastindex or 1))), with_prefix
        return None


def _regions(audience: Audience) -> dict[int, tuple[_Region, ...]]:
    """The audience's regions, compiled from libphonenumber's metadata (read once an audience), by the number of
    digits their numbers are written with (with the trunk prefix or without)."""
    found = []
    for code in audience.regions:
        meta = PhoneMetadata.metadata_for_region(code)
        general = meta.general_desc if meta is not None else None
        if meta is None or general is None or not general.national_number_pattern:
            continue
        lengths = frozenset(general.possible_length or ())
        types = []
        for name in _TYPES:
            desc = getattr(meta, name, None)
            if desc is not None and desc.national_number_pattern:
                own = frozenset(n for n in (desc.possible_length or ()) if n > 0) or lengths
                types.append((own, re.compile(desc.national_number_pattern)))
        prefix = meta.national_prefix or ""
        formats = tuple((re.compile(f.leading_digits_pattern[-1]) if f.leading_digits_pattern else None,
                         re.compile(f.pattern or r"(?!)"),
                         bool(prefix) and prefix in (f.national_prefix_formatting_rule or "")
                         and not f.national_prefix_optional_when_formatting) for f in meta.number_format)
        found.append(_Region(code, prefix, lengths, re.compile(general.national_number_pattern),
                             tuple(types), formats))
    by_length: dict[int, list[_Region]] = {}
    for region in found:
        for length in region.lengths:
            for written in {length, length + len(region.prefix)}:
                if region not in by_length.setdefault(written, []):
                    by_length[written].append(region)
    return {length: tuple(regions) for length, regions in by_length.items()}


_AUDIENCE_REGIONS: PerAudience[dict[int, tuple[_Region, ...]]] = PerAudience(_regions)


def national(digits: str, boundaries: tuple[int, ...]) -> bool:
    """The digits, grouped as written (`boundaries`), are a valid number of a region of the audience written the way
    that region writes its numbers (libphonenumber's national format, with or without the trunk prefix, grouped the
    same or finer): "512 345 678" in Poland, "(11) 3456-7890" in Brazil, "98765 43210" in India. The grouping is what
    tells a phone from the many digit runs valid somewhere: almost any 8 to 12 digits are a number of one of 90
    regions, few are written the way that region writes them."""
    return _national(digits, boundaries, current())


@lru_cache(maxsize=16384)
def _national(digits: str, boundaries: tuple[int, ...], _audience: Audience) -> bool:
    written = set(boundaries)
    for region in _AUDIENCE_REGIONS.get().get(len(digits), ()):
        for shift in (len(region.prefix), 0) if region.prefix and digits.startswith(region.prefix) else (0,):
            number = digits[shift:]
            if not region.valid(number):
                continue
            grouping = region.grouping(number)
            if grouping is None or (grouping[1] and not shift):
                continue  # no national format, or written without the trunk prefix its region always writes
            ends = grouping[0]
            if ends and {end + shift for end in ends} - {shift} <= written | {shift}:
                return True
    return False


def _calling_code(digits: str) -> bool:
    """The digits start with a country calling code (1 to 3 digits, libphonenumber's table)."""
    return any(int(digits[:size]) in COUNTRY_CODE_TO_REGION_CODE for size in (1, 2, 3))


def _parse_valid(number: str, region: str | None) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(number, region))
    except phonenumbers.NumberParseException:
        return False
