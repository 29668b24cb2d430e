"""The registry of free-text detectors: what kinds of identifier logwarden finds in text, in what order.

A detector is a kind (a bounded metric label and the marker's name), a cheap pre-check that says
whether it must run on a string at all, and a finder that returns the spans (start, end) of its
identifiers in the normalized text (pipeline/privacy/normalize.py). Detectors are pure and know nothing of
redaction; pipeline/privacy/redact.py runs them, resolves overlaps (earlier in `DETECTORS` wins) and replaces
the spans in the original string.

Look-alikes are protected centrally: a digit-shaped detection that overlaps a UUID, a hex digest, a version
string (`Chrome/120.0.0.0`, `v4.4.2`, `version 1.2.3.4`) or a section number (`section 2.3.4.1`) is dropped,
unless its detector says it never yields (secrets and emails: `password=<uuid>` is still a password).

Adding a detector: one module in this package with `find` (and `maybe`), a table of cases in
tests/pipeline/privacy/detectors/test_<module>.py, and one line in `DETECTORS` below.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from pipeline.privacy.detectors import (
    birth_date,
    card,
    email,
    geo,
    iban,
    ip,
    mac,
    name,
    national_id,
    phone,
    secret,
    wallet,
)
from pipeline.privacy.detectors._common import Span


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


#: Every detector, in priority order: where two detections overlap, the earlier one is kept.
DETECTORS: tuple[Detector, ...] = (
    Detector(secret.KIND, secret.maybe, secret.find, yields_to_lookalikes=False, tier="core"),
    Detector(email.KIND, email.maybe, email.find, yields_to_lookalikes=False, tier="core"),
    Detector(wallet.KIND, wallet.maybe, wallet.find, yields_to_lookalikes=False),
    Detector(iban.KIND, iban.maybe, iban.find, yields_to_lookalikes=False, tier="core"),
    Detector(card.KIND, card.maybe, card.find, tier="core"),
    Detector(mac.KIND, mac.maybe, mac.find),
    Detector(ip.KIND, ip.maybe, ip.find, tier="core"),
    Detector(geo.KIND, geo.maybe, geo.find),
    Detector(national_id.SNILS, national_id.maybe, national_id.find_snils),
    Detector(national_id.INN, national_id.maybe, national_id.find_inn),
    Detector(national_id.PASSPORT, national_id.maybe, national_id.find_passport),
    Detector(birth_date.KIND, birth_date.maybe, birth_date.find),
    Detector(phone.KIND, phone.maybe, phone.find, tier="core"),
    Detector(name.KIND, name.maybe, name.find, yields_to_lookalikes=False, tier="core"),
)

#: Every kind a detection can have (the redaction counters' labels, the leak check's, the report's rows).
KINDS: tuple[str, ...] = tuple(d.kind for d in DETECTORS)
#: The kinds every form of which must be caught, and the best-effort ones (the privacy report's two groups).
CORE_KINDS: tuple[str, ...] = tuple(d.kind for d in DETECTORS if d.tier == "core")
EXTENDED_KINDS: tuple[str, ...] = tuple(d.kind for d in DETECTORS if d.tier != "core")

_LOOKALIKE = re.compile(
    r"(?<![0-9A-Fa-f-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f-])"
    r"|(?<![\w./-])[A-Za-z][A-Za-z-]*/v?\d+(?:[._]\d+)+(?![\d])"  # Chrome/120.0.0.0, Version/17.1
    r"|(?<![\w.-])(?-i:[A-Z])[A-Za-z-]*/v?\d+(?:[._]\d+)+(?![\d])"  # /Chrome/120.0.0.0 in a path
    r"|(?<![A-Za-z0-9])(?-i:[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?)(?![A-Za-z0-9])"  # IBAN-shaped
    r"|(?<![\w.])[A-Za-z][\w]*-v?\d+(?:\.\d+)+\.(?:tar|tgz|zip|gz|whl|jar|exe|dmg|deb|rpm|msi|apk|js|css|pkg)\b"
    r"|(?<![\w.])v\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?(?![\d.])"  # v4.4.2
    r"|(?:\bversion|\bver\.?|\bbuild|\brelease|\bверсия|\bсборка|\bрелиз)\s*(?:[:=#№]\s*)?v?\d+(?:[.\-]\d+)+",
    re.IGNORECASE,
)


# a section, clause or paragraph number (section 2.3.4.1, clause 4.1.2.3, п. 3.2.1.4, § 5.1.2.3): a dotted number
# right after one of these words
# (from a run's first digit only: tried inside a long run of digits with no dot after it, each start would read the run
# to its end, quadratic time; a run that is no dotted number from its first digit is none from a later one either)
_DOTTED = re.compile(r"(?<!\d)\d+(?:\.\d+){2,}")
_SECTION_BEFORE = re.compile(
    r"(?:\bsections?|\bsec\.|\bclauses?|\bchapters?|\bch\.|\barticles?|\bart\.|\bparagraphs?|\bpara\.?|\bappendix|"
    r"\bannex|§|\bпункт[а-я]*|\bп\.|\bподпункт[а-я]*|\bпп\.|\bраздел[а-я]*|\bглав[а-я]*|\bстать[а-я]*|\bст\.|"
    r"\bчаст[а-я]*|\bприложени[а-я]*)\s*[:#№]?\s*\Z",
    re.IGNORECASE,
)
# a hex digest (a commit, a checksum, a request id): 16 or more hex digits, letters and digits mixed all along
_HEX_RUN = re.compile(r"[0-9A-Fa-f]{16,}")
_HEX_RUNS = re.compile(r"[0-9]+|[A-Fa-f]+")


def lookalikes(text: str) -> list[Span]:
    """Spans of the text that are look-alikes to keep: UUIDs, version strings, section numbers, hex digests."""
    spans = [m.span() for m in _LOOKALIKE.finditer(text)]
    if "." in text:
        spans.extend(m.span() for m in _DOTTED.finditer(text)
                     if _SECTION_BEFORE.search(text, max(0, m.start() - 16), m.start()))
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
