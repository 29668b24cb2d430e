"""The registry of free-text detectors: what kinds of identifier logwarden finds in text, in what order.

A detector is a kind (a bounded metric label and the marker's name), a cheap pre-check that says
whether it must run on a string at all, and a finder that returns the spans (start, end) of its
identifiers in the normalized text (pipeline/privacy/normalize.py). Detectors are pure and know nothing of
redaction; pipeline/privacy/redact.py runs them, resolves overlaps (earlier in `DETECTORS` wins) and replaces
the spans in the original string.

Look-alikes are protected centrally: a digit-shaped detection that overlaps a UUID, a hex digest, a version
string (`Chrome/120.0.0.0`, `v4.4.2`, `version 1.2.3.4`), a section number (`section 2.3.4.1`), a date with a
time of day (`12/06/2026 10:45:12 PM`, `Dec 6, 2026 10:45 AM`) or a product code after its name (`EAN
4006381333931` with a valid GS1 check digit) is dropped, unless its detector says it never yields (secrets and
emails: `password=<uuid>` is still a password).

The version rule: a dotted number is a version when it follows a version word of the audience's languages
(`cues/version.toml`: version, firmware, build, release, driver, Treiber, wersja, sürüm, バージョン...) or a
leading 'v' (`v1.2.3.4`), or a product's name and a slash (`Chrome/120.0.0.0`). A dotted quad with no such cue
stays an IPv4 address: a version nobody announced is rarer than an address, and privacy errs toward redaction.

Adding a detector: one module in this package with `find` (and `maybe`), a table of cases in
tests/pipeline/privacy/detectors/test_<module>.py, and one line in `DETECTORS` below.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from pipeline.privacy import cues
from pipeline.privacy.audience import Audience, PerAudience
from pipeline.privacy.detectors import (
    address,
    birth_date,
    card,
    email,
    geo,
    iban,
    identity,
    ip,
    mac,
    name,
    national_id,
    phone,
    secret,
    username,
    wallet,
)
from pipeline.privacy.detectors._common import Span
from pipeline.privacy.detectors._cue_gate import FoldedCues, FoldedPattern, copy_for_patterns, folded


@dataclass(frozen=True, slots=True)
class Detector:
    """One kind of identifier: `maybe(text)` is cheap and may say yes wrongly, never no wrongly;
    `find(text)` returns the spans of that kind in the normalized text."""

    kind: str
    maybe: Callable[[str], bool]
    find: Callable[[str], Iterable[Span]]
    yields_to_lookalikes: bool = True
    #: "core": the policy names it (clause 1.3.1: names, phones, emails; and what pays or locates: cards, IPs,
    #: IBANs, secrets), every form must be caught; "extended": best effort, measured and reported apart
    tier: str = "extended"
    #: `maybe` says no to a text with fewer digits than this (`_common.facts(text).digits`): the orchestrator does not
    #: call it there (tests/pipeline/privacy/test_registry.py holds each pre-check to it)
    digits: int = 0


#: Every detector, in priority order: where two detections overlap, the earlier one is kept.
DETECTORS: tuple[Detector, ...] = (
    Detector(secret.KIND, secret.maybe, secret.find, yields_to_lookalikes=False, tier="core"),
    Detector(email.KIND, email.maybe, email.find, yields_to_lookalikes=False, tier="core"),
    Detector(wallet.KIND, wallet.maybe, wallet.find, yields_to_lookalikes=False),
    Detector(iban.KIND, iban.maybe, iban.find, yields_to_lookalikes=False, tier="core", digits=2),
    Detector(card.KIND, card.maybe, card.find, tier="core", digits=12),
    Detector(mac.KIND, mac.maybe, mac.find),
    Detector(ip.KIND, ip.maybe, ip.find, tier="core"),
    Detector(geo.KIND, geo.maybe, geo.find, digits=5),
    Detector(national_id.SNILS, national_id.maybe, national_id.find_snils, digits=6),
    Detector(national_id.INN, national_id.maybe, national_id.find_inn, digits=6),
    Detector(national_id.PASSPORT, national_id.maybe_passport, national_id.find_passport, digits=1),
    # identity numbers before birth dates and phones: a PESEL or a CPR is not a phone, nor a CPR a date
    Detector(identity.KIND, identity.maybe, identity.find, digits=1),  # (an Azerbaijani FIN may hold one digit)
    Detector(birth_date.KIND, birth_date.maybe, birth_date.find, digits=1),
    # before phone: "12/4, 61-821 Poznań"
    Detector(address.KIND, address.maybe, address.find, tier="extended", digits=1),
    Detector(phone.KIND, phone.maybe, phone.find, tier="core", digits=5),
    # a user name after its cue before names: "username: anna.k" is a login, not a person's name
    Detector(username.KIND, username.maybe, username.find),
    Detector(name.KIND, name.maybe, name.find, yields_to_lookalikes=False, tier="core"),
)

#: Every kind a detection can have (the redaction counters' labels, the leak check's, the report's rows).
KINDS: tuple[str, ...] = tuple(d.kind for d in DETECTORS)
#: The kinds every form of which must be caught, and the best-effort ones (the privacy report's two groups).
CORE_KINDS: tuple[str, ...] = tuple(d.kind for d in DETECTORS if d.tier == "core")
EXTENDED_KINDS: tuple[str, ...] = tuple(d.kind for d in DETECTORS if d.tier != "core")

_IBAN_SHAPED = re.compile(r"[A-Z][A-Z]\d\d")  # (led by a character class: the engine skips to one at once)
# what a branch's match must hold (cheap tests of the text, each led by a literal or a character class): a UUID's
# middle groups, a dotted number after a name and a slash, an archive's name ending in a dotted number, a dotted number
# after a 'v' (case-insensitive as the branches are: no other letter folds onto a to f, or v)
_UUID_MIDDLE = re.compile(r"-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-")
_SLASH_NUMBER = re.compile(r"/(?<=[a-z-]/)v?\d+[._]\d", re.IGNORECASE)
# (the archive's number led by its dot, the digit before it looked behind: a search led by the digit is tried at every
# digit of the text)
_ARCHIVE_NUMBER = re.compile(r"\.(?<=\d\.)(?:tar|tgz|zip|gz|whl|jar|exe|dmg|deb|rpm|msi|apk|js|css|pkg)",
                             re.IGNORECASE)
_V_NUMBER = re.compile(r"[vV]\d+\.\d")
# a version word and the start of its number, on the text's folded copy (led by the words' first letters)
_VERSION_WORD_NUMBER = re.compile(r"(?:version|ver\.?|build|release|версия|сборка|релиз)\s*(?:[:=#№]\s*)?v?\d")
# the look-alikes found by one pattern, one branch each, with what a text must hold for the branch to match anywhere in
# it (a cheap test): a text is searched with the branches it may hold only, one alternation compiled per set of them.
# The same matches as all of them at once (a branch that matches nowhere takes nothing from the others), without trying
# every look-behind at every position of a text that holds no UUID, no slash and no version word
_LOOKALIKE_BRANCHES: tuple[tuple[str, Callable[[str], bool]], ...] = (
    (r"(?<![0-9A-Fa-f-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f-])",
     lambda text: text.count("-") >= 4 and _UUID_MIDDLE.search(text) is not None),
    (r"(?<![\w./-])[A-Za-z][A-Za-z-]*/v?\d+(?:[._]\d+)+(?![\d])",  # Chrome/120.0.0.0, Version/17.1
     lambda text: "/" in text and _SLASH_NUMBER.search(text) is not None),
    (r"(?<![\w.-])(?-i:[A-Z])[A-Za-z-]*/v?\d+(?:[._]\d+)+(?![\d])",  # /Chrome/120.0.0.0 in a path
     lambda text: "/" in text and _SLASH_NUMBER.search(text) is not None),
    (r"(?<![A-Za-z0-9])(?-i:[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?)(?![A-Za-z0-9])",  # IBAN-shaped
     lambda text: _IBAN_SHAPED.search(text) is not None),
    (r"(?<![\w.])[A-Za-z][\w]*-v?\d+(?:\.\d+)+\.(?:tar|tgz|zip|gz|whl|jar|exe|dmg|deb|rpm|msi|apk|js|css|pkg)\b",
     lambda text: "." in text and _ARCHIVE_NUMBER.search(text) is not None),
    (r"(?<![\w.])v\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?(?![\d.])",  # v4.4.2
     lambda text: _V_NUMBER.search(text) is not None),
    (r"(?<![A-Za-z0-9])1Z[0-9A-Z]{6}\d{10}(?![A-Za-z0-9])",  # a UPS tracking number: 1Z, shipper, service, parcel
     lambda text: "1Z" in text or "1z" in text),
    (r"(?:\bversion|\bver\.?|\bbuild|\brelease|\bверсия|\bсборка|\bрелиз)\s*(?:[:=#№]\s*)?v?\d+(?:[.\-]\d+)+",
     lambda text: _VERSION_WORD_NUMBER.search(folded(text)) is not None),
)


#: what the first character of each branch is (matched case-insensitively)
_LOOKALIKE_LEADS = ("0-9a-f", "a-z", "a-z", "a-z", "a-z", "v", "1", "vbrвср")


@lru_cache(maxsize=128)
def _lookalike_pattern(branches: tuple[int, ...]) -> re.Pattern[str]:
    """The alternation of these branches of `_LOOKALIKE_BRANCHES`, in their order, led by what the first character of
    any of them is (a digit, a Latin letter, the first letter of a Russian version word: the engine skips a space, a
    mark or a letter of another script at once, instead of trying each branch's look-behind there)."""
    lead = "".join(dict.fromkeys(_LOOKALIKE_LEADS[i] for i in branches))
    return re.compile(f"(?=[{lead}])(?:" + "|".join(_LOOKALIKE_BRANCHES[i][0] for i in branches) + ")", re.IGNORECASE)


# a section, clause or paragraph number (section 2.3.4.1, clause 4.1.2.3, п. 3.2.1.4, § 5.1.2.3): a dotted number
# right after one of these words
# (from a run's first digit only: tried inside a long run of digits with no dot after it, each start would read the run
# to its end, quadratic time; a run that is no dotted number from its first digit is none from a later one either)
# (each number pattern below is led by a character class, its look-behind after it: the engine skips to the next digit
# at once instead of trying the look-behind at every character)
_DOTTED = re.compile(r"\d(?<!\d\d)\d*(?:\.\d+){2,}")
_DOT_NUMBERS = re.compile(r"\.\d+\.\d")  # what a dotted number holds (led by a literal: a fast search)
# (lowercase, run on the text's folded copy: see the phone's words before a number)
# (the words' `\b` before them all, so that each word is rejected on its first letter)
_SECTION_BEFORE = FoldedPattern(
    r"(?:§|\b(?:sections?|sec\.|clauses?|chapters?|ch\.|articles?|art\.|paragraphs?|para\.?|appendix|"
    r"annex|пункт[а-я]*|п\.|подпункт[а-я]*|пп\.|раздел[а-я]*|глав[а-я]*|стать[а-я]*|ст\.|"
    r"част[а-я]*|приложени[а-я]*))\s*[:#№]?\s*\Z",
)
# a hex digest (a commit, a checksum, a request id): 16 or more hex digits, letters and digits mixed all along
_HEX_RUN = re.compile(r"[0-9A-Fa-f][0-9A-Fa-f]{15,}")
_HEX_RUNS = re.compile(r"[0-9]+|[A-Fa-f]+")


# Each look-alike below is found from its number (a literal-led, case-sensitive search that skips fast over text),
# and its word is looked for in a short window before it: a bounded look a number, linear in the text whatever it
# holds (a case-insensitive search for many words from every position costs a microsecond a character).
_CUE_WINDOW = 40

# a version after a version word of the audience's languages ("Firmware 10.2.4.117", "Treiber: 31.0.101.4502",
# "バージョン 1.2.3.4"): the number has at least one dot, dash or underscore in it
# (`(?<![\d.])v?\d{1,9}` written led by its first character, a 'v' or a digit, and the look-behind after it)
_VERSION_NUMBER = re.compile(r"[v\d](?<![\d.].)(?:(?<=v)\d{1,9}|(?<=\d)\d{0,8})(?:[._-]\d{1,9}){1,6}")


def _version_before(audience: Audience) -> FoldedPattern:
    body = cues.phrase_pattern(cues.table("version").phrases(audience))
    return FoldedPattern(rf"(?:{body})\s{{0,3}}(?:[:=#№]|is\b)?\s{{0,3}}\Z", fold=True)


_VERSION_BEFORE: PerAudience[FoldedPattern] = PerAudience(_version_before)


def _version_after(audience: Audience) -> re.Pattern[str]:
    """The version word a language writes after the number ("a 13.0.2.1 verzió", "1.2.3.4 sürümü")."""
    body = cues.phrase_pattern(cues.table("version").phrases(audience, "after"))
    return re.compile(rf"[ \t]{{0,3}}-?(?:{body})(?![^\W\d_])", re.IGNORECASE)


_VERSION_AFTER: PerAudience[re.Pattern[str]] = PerAudience(_version_after)
# whether a version or a product word may be in the text at all (the one cue scan of every text, `_cue_scan`): never
# no where the patterns above find one, so a text without any skips their numbers
_VERSION_CUES = (FoldedCues("version"), FoldedCues("version", "after"))
_PRODUCT_CUES = FoldedCues("product")

# a date with a time of day: US and ISO numeric dates, month-name dates (English, as US logs and ctime write them);
# found around each time of day ("10:45")
# (`\d:[0-5]\d` found by its colon, a literal the engine skips to at once, the digit before it looked behind: a
# match starts one character before the colon)
_TIME_OF_DAY = re.compile(r":(?<=\d:)[0-5]\d")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,9})?(?:\s?[ap]\.?m\b\.?)?"
_DATETIME = re.compile(
    rf"(?<!\d)(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|\d{{4}}[/.-]\d{{1,2}}[/.-]\d{{1,2}}),?(?:\s{{1,3}}|T)"
    rf"(?:at\s{{1,3}})?{_TIME}"
    rf"|\b{_MONTH}\s{{1,3}}\d{{1,2}}(?:st|nd|rd|th)?,?\s{{1,3}}"
    rf"(?:\d{{4}},?\s{{1,3}}(?:at\s{{1,3}})?{_TIME}|{_TIME}(?:\s{{1,3}}\d{{4}})?)"
    rf"|(?<!\d)\d{{1,2}}\.?\s{{1,3}}{_MONTH}\s{{1,3}}\d{{4}},?\s{{1,3}}(?:at\s{{1,3}})?{_TIME}",
    re.IGNORECASE,
)
# a product code after its name: 8 to 14 digits (EAN-8, UPC-A, EAN-13, GTIN-14; ISBN-13), grouped by spaces or dashes
_PRODUCT_NUMBER = re.compile(r"\d(?<![\d-]\d)(?:[ -]?\d){7,13}(?![\d-])")


def _product_before(audience: Audience) -> FoldedPattern:
    body = cues.phrase_pattern(cues.table("product").phrases(audience))
    return FoldedPattern(rf"(?:{body})\s{{0,3}}[:#№]?\s{{0,3}}\Z", fold=True)


_PRODUCT_BEFORE: PerAudience[FoldedPattern] = PerAudience(_product_before)


def gs1_check(digits: str) -> bool:
    """The GS1 check digit (EAN-8, UPC-A, EAN-13, ISBN-13, GTIN-14): weights 3 and 1 from the right, mod 10."""
    total = sum((3 if i % 2 else 1) * (ord(ch) - 48) for i, ch in enumerate(reversed(digits)))
    return total % 10 == 0


def lookalikes(text: str) -> list[Span]:
    """Spans of the text that are look-alikes to keep: UUIDs, version strings, section numbers, hex digests, dates
    with a time of day, product codes after their name."""
    branches = tuple(i for i, (_, may_hold) in enumerate(_LOOKALIKE_BRANCHES) if may_hold(text))
    spans = [m.span() for m in _lookalike_pattern(branches).finditer(text)] if branches else []
    version_before = _VERSION_BEFORE.get()
    copy = copy_for_patterns(text)
    for m in _VERSION_NUMBER.finditer(text) if any(cue.maybe_in(text) for cue in _VERSION_CUES) else ():
        cue = version_before.full.search(text, max(0, m.start() - _CUE_WINDOW), m.start()) if copy is None \
            else version_before.fast.search(copy, max(0, m.start() - _CUE_WINDOW), m.start())
        if cue is not None:
            spans.append((cue.start(), m.end()))
        elif (after := _VERSION_AFTER.get().match(text, m.end())) is not None:  # "a 13.0.2.1 verzió"
            spans.append((m.start(), after.end()))
    if ":" in text:
        last = -1
        reached = 0
        for m in _TIME_OF_DAY.finditer(text):
            start = m.start() - 1
            if start < reached:
                continue  # its digit is the minutes of the time before (`\d:[0-5]\d` read as one never overlaps)
            reached = m.end()
            if start < last:
                continue  # inside the date and time found last
            for found in _DATETIME.finditer(text, max(0, start - 32), min(len(text), m.end() + 24)):
                if found.start() <= start < found.end():
                    spans.append(found.span())
                    last = found.end()
                    break
    product_before = _PRODUCT_BEFORE.get()
    for m in _PRODUCT_NUMBER.finditer(text) if _PRODUCT_CUES.maybe_in(text) else ():
        if product_before.search_between(text, copy, max(0, m.start() - _CUE_WINDOW), m.start()) \
                and gs1_check(m.group().replace(" ", "").replace("-", "")):
            spans.append(m.span())
    if "." in text and _DOT_NUMBERS.search(text) is not None:
        spans.extend(m.span() for m in _DOTTED.finditer(text)
                     if _SECTION_BEFORE.search_between(text, copy, max(0, m.start() - 16), m.start()))
    if len(text) >= 16:
        for m in _HEX_RUN.finditer(text):
            start, end = m.span()
            if (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum()) \
                    and _digest(m.group()):
                spans.append((start, end))
    return spans


def _digest(token: str) -> bool:
    """Hex digits and letters mixed all along (at least six runs): `cc4111111111111111` is a card glued to a word."""
    return len(_HEX_RUNS.findall(token)) >= 6
