"""National identity, tax and social-security numbers of the audience's countries, decided by python-stdnum.

Two ways a number is found, by how much its form proves on its own:

- By its form and checksum alone, where the number is long and structured enough that a look-alike passing
  the check by chance is rare: an Italian codice fiscale (16 characters, a check letter), a Mexican CURP,
  a Chinese resident identity number (18 characters: a birth date and a check character), a Korean resident
  registration number written `YYMMDD-NNNNNNN`, an 11-digit PESEL, Norwegian fødselsnummer, Estonian isikukood
  or Lithuanian asmens kodas (a birth date and one or two check digits), a Finnish henkilötunnus, a Swedish
  personnummer, Icelandic kennitala or Danish CPR written `YYMMDD-NNNN` (unless `NNNN` reads as a time of day:
  `251130-1432` is a time stamp as often), a Czech or Slovak rodné číslo written
  `YYMMDD/NNNN`, a Latvian personas kods written `DDMMYY-NNNNN`, a British National Insurance number printed in
  pairs (`AB 12 34 56 C`; no check digit: `AB123456C` needs its cue), a Spanish
  DNI or NIE with its check letter, and the numbers written in their country's own grouping (a CPF
  `390.533.447-05`, a US SSN `536-90-4399`, a French NIR in spaced groups, a Belgian national number
  `85.07.30-033.28`, a Swiss AHV number `756.9217.0769.85`, a French NIR and a Romanian CNP in one piece,
  a Pakistani CNIC, a Malaysian NRIC, a Thai ID in its dashed groups).
- After a cue (`cues/identity.toml`: "SSN", "BSN", "codice fiscale", "PESEL", "CPR-nr", "TC kimlik no", "ЕГН",
  "身份证号", "주민등록번호", ...): the number that follows within a short reach (the first or second candidate)
  when a validator with a check digit accepts it: bare 9-digit BSN, Aadhaar, AMKA, CNP, EGN, OIB, EMŠO, Israeli
  ID, PPS, NIF, Austrian and Swiss social-security numbers, the German Steuer-ID, NIT, RNTRC, My Number, South
  African ID, SIN, TFN, and every bare form of the numbers above. Numbers with no check digit (a bare US SSN, a
  PAN, an RFC, a CPR, a NIK, an NRIC, an Argentine DNI, a post-2020 Korean RRN) count only after their own cue
  (`_UNCHECKED`), and a short cue that is also a word of the audience (Polish "nie", "dni", "Pan"; "CPR", "RFC")
  admits only its own number (`_OWN`). A number that fails its checks stays even after a cue.

Look-alikes stay: the same digits without a cue where the form proves nothing (an order number that passes a
weak mod-11 check, an EAN-13 product code, a phone number), invalid checksums, time stamps shaped like a
personnummer (`251130-1432`), and an 11-digit number shaped like a Chinese mobile (`1[3-9]` and nine digits)
unless it is a fødselsnummer. Checksums cost tens of microseconds: only the validators of the candidate's length
are asked, answers are cached, and a text asks at most `_BUDGET` of them.
"""

from __future__ import annotations

import datetime
import itertools
import re
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from importlib import import_module

from pipeline.privacy.detectors._common import Span, facts, for_the_last_text, luhn
from pipeline.privacy.detectors._cue_gate import CueGate, FoldedCues

KIND = "national_id"

Validator = Callable[[str], bool]


def _stdnum(name: str) -> Validator:
    """The `is_valid` of a stdnum module, imported on first use (stdnum's modules load their data lazily); an
    exception inside it (cn.ric's table lookup raises KeyError on some region codes) reads as not valid."""
    is_valid = import_module(f"stdnum.{name}").is_valid

    def valid(value: str) -> bool:
        try:
            return bool(is_valid(value))
        except Exception:  # noqa: BLE001 - a validator's own bug is a number it does not vouch for
            return False

    return valid


_HHMM = r"(?:[01]\d|2[0-3])[0-5]\d"
# a shape whose first character is a digit (`\d`, `[12]`, `756`...), not a letter
_DIGIT_LED = re.compile(r"\\d|\[[0-9]|[0-9]")

# --- numbers found by their form and checksum alone ----------------------------------------------------------------
# each shape: a named group and the stdnum modules (or local checks) that decide it
_FREE: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("cf", r"[A-Za-z]{6}[0-9LMNP-Vlmnp-v]{2}[A-EHLMPR-Ta-ehlmpr-t][0-9LMNP-Vlmnp-v]{2}[A-Za-z][0-9LMNP-Vlmnp-v]{3}"
           r"[A-Za-z]", ("it.codicefiscale",)),
    ("curp", r"[A-Za-z]{4}\d{6}[HMXhmx][A-Za-z]{5}[A-Za-z0-9]\d", ("mx.curp",)),
    ("ric", r"\d{17}[\dXx]", ("cn.ric",)),
    ("rrn", r"\d{6}-\d{7}", ("kr.rrn",)),
    ("thpin", r"\d-\d{4}-\d{5}-\d{2}-\d", ("th.pin",)),
    ("cnic", r"\d{5}-\d{7}-\d", ("pk.cnic",)),
    ("cuit", r"\d{2}-\d{8}-\d", ("ar.cuit",)),
    ("nric", r"\d{6}-\d{2}-\d{4}", ("my.nric",)),
    ("lvpk", r"\d{6}-\d{5}", ("lv.pvn",)),
    ("hetu", r"\d{6}(?:-(?!" + _HHMM + r"\b)|[+A-FU-Y])\d{3}[0-9A-Y]", ("fi.hetu",)),
    # a date, a dash and four digits is also a time stamp (`251130-1430`): by form alone only when the four digits
    # are no time of day (`_HHMM`); a time-shaped one needs its cue
    ("se12", r"\d{8}-(?!" + _HHMM + r"\b)\d{4}", ("se.personnummer",)),
    ("dash10", r"\d{6}(?:-(?!" + _HHMM + r"\b)|\+)\d{4}", ("se.personnummer", "is_.kennitala", "cpr")),
    ("rc", r"\d{6}/\d{3,4}", ("cz.rc",)),
    ("ahv", r"756\.\d{4}\.\d{4}\.\d{2}", ("ch.ssn",)),
    ("nn", r"\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}", ("be.nn",)),
    ("cpf", r"\d{3}\.\d{3}\.\d{3}-\d{2}", ("br.cpf",)),
    ("rut", r"\d{1,2}\.\d{3}\.\d{3}-[\dkK]", ("cl.rut",)),
    ("nir", r"[12] \d{2} \d{2} (?:\d{2}|2[ABab]) \d{3} \d{3} \d{2}", ("fr.nir",)),
    ("ssn", r"\d{3}-\d{2}-\d{4}", ("us.ssn",)),
    # a French NIR in one piece (15 digits: sex, birth year and month, place, a two-digit mod-97 key) and a Romanian
    # CNP (13: sex and century, a birth date, a county, a check digit): the date, the place and the check together
    # pass by chance about one random number in a thousand
    ("nir15", r"[12]\d{4}(?:\d{2}|2[ABab])\d{8}", ("fr.nir",)),
    ("cnp", r"[1-8]\d{12}", ("ro.cnp",)),
    ("d11", r"\d{11}", ("pl.pesel", "no.fodselsnummer", "ee.ik", "lt.asmens")),
    ("nie", r"[XYZxyz]-?\d{7}-?[A-Za-z]", ("es.nie",)),
    ("dni", r"\d{8}-?[A-Z]", ("es.dni",)),
    # a NINO has no check digit: by form alone only as printed, in pairs (`AB 12 34 56 C`); `AB123456C` is as
    # often a product code, and needs its cue
    ("nino", r"[A-Z]{2} \d{2} \d{2} \d{2} [A-D]", ("nino",)),
)
# at an ASCII word's edges (a number glued to Chinese or Korean text is still one); a slash is an edge unless a digit
# is on its other side (`12/34`): a URL path's segment is a value of its own ("/docs/BRRVRN21L09B374S/view")
# (the shapes that start with a digit and those that start with a letter apart, each in its order: at a position the
# engine tries only the shapes its first character may start, and skips a character that starts none at once; a
# digit and a letter never start the same match, so the first shape to match at a position is the same)
# (a digit-led shape's first run of digits is followed by a separator or a letter, or is eleven digits or more, or is
# a NIR's lone first digit: the engine leaves a run like "4111 " or "3 items" at once, without trying each shape)
_FREE_PATTERN = re.compile(
    r"(?<![0-9A-Za-z_+.\-])(?=[0-9A-Za-z]|\d)(?<!\d/)(?:(?=\d)(?=[12] |\d{1,8}[-./+A-Za-z]|\d{11})(?:"
    + "|".join(f"(?P<{name}>{body})" for name, body, _ in _FREE if _DIGIT_LED.match(body))
    + r")|(?=[A-Za-z])(?:"
    + "|".join(f"(?P<{name}>{body})" for name, body, _ in _FREE if not _DIGIT_LED.match(body))
    + r"))(?![0-9A-Za-z_]|[.\-][0-9A-Za-z]|/\d)")
# a value of one shape may be of another too (`880320-0016` is shaped like a henkilötunnus and a personnummer)
_FREE_SHAPES = tuple((re.compile(body), checks) for _, body, checks in _FREE)

# --- numbers found after a cue -------------------------------------------------------------------------------------
#: the validators a cued number is tried with whatever the cue: the personal numbers of the audience's countries in
#: stdnum that carry a check digit (a number passing one of them by chance after an identity cue is rare enough)
_CUED = (
    "nl.bsn", "es.dni", "es.nie", "it.codicefiscale", "pl.pesel", "se.personnummer", "fi.hetu", "no.fodselsnummer",
    "is_.kennitala", "tr.tckimlik", "br.cpf", "in_.aadhaar", "fr.nir", "be.nn", "ro.cnp", "bg.egn", "gr.amka", "ee.ik",
    "lt.asmens", "lv.pvn", "hr.oib", "si.emso", "cn.ric", "kr.rrn", "il.idnr", "ie.pps", "pt.nif", "at.vnr", "de.idnr",
    "ch.ssn", "mx.curp", "ar.cuit", "cl.rut", "co.nit", "ua.rntrc", "jp.in_", "za.idnr", "th.pin", "ca.sin", "au.tfn",
    "gb.nhs",
    # not in stdnum, checked here: a Taiwanese national ID (`tw_id_valid`), a Kazakh IIN (`kz_iin_valid`); a JMBG of
    # Serbia, North Macedonia or Bosnia is si.emso's (the same number as Slovenia's EMŠO)
    "tw_id", "kz_iin",
    # issue 23 (holdout5): a Hungarian TAJ number, an Iranian national code (کد ملی) and a Saudi national ID, each
    # with its published check digit (`hu_taj_valid`, `ir_code_valid`, `sa_id_valid`)
    "hu_taj", "ir_code", "sa_id",
)
#: numbers with no check digit (only a form, a date or a region): taken only after a cue of their own, named by words
#: the cue phrase holds (any nine digits pass `us.ssn`, so "BSN 111222334" with a wrong 11-proef stays)
_UNCHECKED: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("us.ssn", ("ssn", "social security")),
    ("cz.rc", ("rodn", "r.č", "rč")),
    ("dk.cpr", ("cpr",)),
    ("pk.cnic", ("cnic",)),
    ("in_.pan", ("pan", "permanent account", "पैन")),
    ("mx.rfc", ("rfc", "registro federal")),
    ("id.nik", ("nik", "ktp", "kependudukan")),
    ("my.nric", ("nric", "mykad", "kad pengenalan", "k/p")),
    ("ar.dni", ("dni", "d.n.i", "documento nacional")),
    ("nino", ("nino", "national insurance", "ni number", "ni no")),
    ("rrn_form", ("주민", "외국인등록", "rrn", "resident registration")),
    # an Albanian personal number (NID, the same form as the NIPT: a letter for the decade, the birth date, a letter)
    ("al_nid", ("numri personal", "nr. personal", "numri i identifikimit", "nipt", "nid")),
    # a Maltese identity card number: up to seven digits and a letter (Identità Malta)
    ("mt_id", ("karta tal-identit", "identity card", "id card", "numru tal-id")),
    # a Vietnamese citizen identity number (CCCD, 12 digits: a province, century and sex, the year, a serial)
    ("vn_cccd", ("cccd", "căn cước", "cmnd", "định danh", "chứng minh")),
    # a Bangladeshi national ID (NID: ten digits on the smart card, 13 or 17 on the older card; no check digit)
    ("bd_nid", ("জাতীয় পরিচয়", "এনআইডি", "nid", "national id")),
    # a Kenyan national ID card number (seven or eight digits), a Hungarian personal number (személyi azonosító), an
    # Egyptian national number (الرقم القومي), Philippine SSS and PhilHealth numbers (holdout11's kinds)
    ("ke_id", ("kitambulisho", "huduma")),
    ("hu_personal", ("személyi azonosító", "személyi szám", "szemelyi azonosito")),
    ("eg_nid", ("الرقم القومي", "رقم قومي", "الرقم القومى")),
    ("ph_sss", ("sss",)),
    ("ph_philhealth", ("philhealth",)),
    # a Georgian personal number (11 digits), an Armenian public service number (ՀԾՀ, 10 digits), an Azerbaijani FIN
    # (seven letters and digits): no check digit published, so only after their own cues
    ("ge_pn", ("პირადი ნომერ", "პ/ნ")),
    ("am_psn", ("հծհ", "հանրային ծառայությունների համարանիշ", "սոցիալական քարտ")),
    ("az_fin", ("fin", "şəxsiyyət vəsiqəsi")),
)
#: the lengths (letters and digits, separators left out) of the numbers each validator accepts
_LENGTHS: dict[str, tuple[int, ...]] = {
    "us.ssn": (9,), "nl.bsn": (8, 9), "es.dni": (9,), "es.nie": (9,), "it.codicefiscale": (16,), "pl.pesel": (11,),
    "se.personnummer": (10, 12), "fi.hetu": (11,), "no.fodselsnummer": (11,), "is_.kennitala": (10,),
    "tr.tckimlik": (11,), "br.cpf": (11,), "in_.aadhaar": (12,), "fr.nir": (15,), "be.nn": (11,), "ro.cnp": (13,),
    "bg.egn": (10,), "gr.amka": (11,), "ee.ik": (11,), "lt.asmens": (11,), "lv.pvn": (11,), "hr.oib": (11,),
    "si.emso": (13,), "cn.ric": (18,), "kr.rrn": (13,), "il.idnr": (5, 6, 7, 8, 9), "ie.pps": (8, 9), "pt.nif": (9,),
    "at.vnr": (10,), "de.idnr": (11,), "ch.ssn": (13,), "mx.curp": (18,), "ar.cuit": (11,), "cl.rut": (7, 8, 9),
    "co.nit": tuple(range(8, 17)), "ua.rntrc": (10,), "jp.in_": (12,), "za.idnr": (13,), "th.pin": (13,),
    "ca.sin": (9,), "au.tfn": (8, 9), "gb.nhs": (10,), "cz.rc": (9, 10), "dk.cpr": (10,), "pk.cnic": (13,),
    "in_.pan": (10,), "mx.rfc": (10, 12, 13), "id.nik": (16,), "my.nric": (12,), "ar.dni": (7, 8), "nino": (9,),
    "rrn_form": (13,), "pl.nip": (10,), "tw_id": (10,), "kz_iin": (12,), "al_nid": (10,),
    "mt_id": (7, 8), "vn_cccd": (12,), "bd_nid": (10, 13, 17), "ke_id": (7, 8),
    "hu_personal": (11,), "eg_nid": (14,), "ph_sss": (10,), "ph_philhealth": (12,), "ge_pn": (11,), "am_psn": (10,),
    "az_fin": (7,), "ru.inn": (12,), "hu_taj": (9,),
    "ir_code": (10,),
    "sa_id": (10,),
}
#: short cues that are also words of the audience's languages (Polish "nie" is "not", "dni" "days", "Pan" "Mr";
#: Spanish "pan" is bread; English "CPR" and "RFC" are other things): after one of them only its own number counts
_OWN: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("nie", "n.i.e."), ("es.nie",)),
    **dict.fromkeys(("dni", "d.n.i."), ("es.dni", "ar.dni")),
    **dict.fromkeys(("pan", "पैन"), ("in_.pan",)),
    **dict.fromkeys(("cf", "c.f.", "c.f"), ("it.codicefiscale",)),
    **dict.fromkeys(("cpr", "cpr-nr", "cpr-nr."), ("dk.cpr",)),
    **dict.fromkeys(("avs", "ahv", "ahv-nr", "ahv-nr."), ("ch.ssn",)),
    **dict.fromkeys(("oib", "o.i.b."), ("hr.oib",)),
    **dict.fromkeys(("cnp", "c.n.p."), ("ro.cnp",)),
    **dict.fromkeys(("pps", "ppsn"), ("ie.pps",)),
    **dict.fromkeys(("r.č.", "rč"), ("cz.rc",)),
    "rfc": ("mx.rfc",), "nik": ("id.nik",), "nit": ("co.nit",), "rut": ("cl.rut",), "nip": ("pl.nip",),
    "a.k.": ("lt.asmens",), "a. k.": ("lt.asmens",), "psp": ("ie.pps",),
    "p.k.": ("lv.pvn",), "kt.": ("is_.kennitala",), "egn": ("bg.egn",), "amka": ("gr.amka",),
    "nir": ("fr.nir",),
}
_GATE = CueGate("identity")
# the same cues found where the one cue scan says they may start (the same spans; the copy's matches, lowercase)
_CUE_FOLDED = FoldedCues("identity")
# a number after a cue: letters then a digit, groups of digits and letters joined by one separator each
_CANDIDATE = re.compile(r"(?<![0-9A-Za-z_])[A-Za-z]{0,6}\d[\dA-Za-z]*(?:[ .\-/]\d[\dA-Za-z]*)*")
_REACH = 40
_BUDGET = 64
_SEPARATORS = re.compile(r"[ .\-/]")
# what every form found without a cue holds (three pairs of digits, a separator but no space between at most; a
# NIR's or a NINO's spaced pairs `2 34 56 `; or a codice fiscale's `83S18D9`): a pattern that starts with a digit,
# so the engine skips the text's other characters fast
_FREE_GATE = re.compile(r"\d(?:\d\d?[.\-/+]?\d\d\d?[.\-/+]?\d\d| \d\d \d\d |\d[A-Za-z]\d\d[A-Za-z]\d)")
# a record's field in spaced groups (`40 767 153 274`, `3915 6587 3687`), which `_FREE_GATE` does not see
_SPACED_GATE = re.compile(r"\d\d \d\d\d \d\d\d|\d\d\d\d \d\d\d\d ")
# --- numbers found as a record's field -------------------------------------------------------------------------------
# a value that is a whole field of a record (a form dump, a CSV or pipe-separated row, a query string of positional
# keys: "Anna Berg | 850709-1234 | Malmö", "field_3=...&field_4=..."): the record's other fields hold the person it
# belongs to. A field keyed by a word ("ean=", "order=", "isbn=") is that word's, never an identity number here: only
# a positional key (`field_3`, `f2`, `col_4`) leaves the value unnamed
_RECORD_SEPARATOR = re.compile(r"[|;\t\n]|&[A-Za-z]{0,8}[_-]?\d{1,3}=")
# (the record may be a URL path's segment, "/docs/field_3=…&field_4=…/view": a slash ends its last field, and
# starts its first where a positional key follows)
# (the key's letters and digits atomic: only their longest run can be followed by what follows them; and before the
# value, whether the field's characters up to the next separator are all a value's: a field of words fails there at
# once, not after giving back its 22 characters one by one. Linear: a field's characters are read up to the next
# separator, where the next field starts)
_RECORD_FIELD = re.compile(r"(?:(?<=[|;\t\n&])|\A|(?<=/)(?=[A-Za-z]{0,8}[_-]?\d{1,3}=))"
                           r"(?:(?>[A-Za-z]{0,8})[_-]?(?>\d{1,3})=)?[ \t]*+(?=[0-9A-Za-z .\-]*+(?:[|;\t\n&/]|\Z))"
                           r"(?P<value>[0-9A-Za-z][0-9A-Za-z .\-]{5,22}[0-9A-Za-z])[ \t]*(?=[|;\t\n&/]|\Z)")
# where a field may start: after one of these (`_RECORD_FIELD`'s look-behinds), or at the text's start
_FIELD_START = re.compile(r"[|;\t\n&/]")
# what a record's field holds as often as a number of a person: a date (`12.03.1985`, `2024-05-01`) and a Unix time
# of these decades in seconds or milliseconds (`1733580000`, 2012 to 2039)
_NOT_FIELD = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|1[3-9]\d{8}|1[3-9]\d{11}|2[01]\d{8}|2[01]\d{11}")
#: the validators a record's field is tried with: the numbers whose form and checks pass by chance in at most about
#: one random number of their length in thirty (a birth date and a check digit, two check digits, a letter in a fixed
#: place: measured on random digits), with the Indonesian NIK (a region and a birth date) and the Russian personal INN
_RECORD_STRONG = (
    "pl.pesel", "lt.asmens", "bg.egn", "br.cpf", "ar.cuit", "ru.inn", "tr.tckimlik", "fr.nir", "se.personnummer",
    "kr.rrn", "de.idnr", "gr.amka", "ee.ik", "kz_iin", "ro.cnp", "si.emso", "is_.kennitala", "be.nn", "za.idnr",
    "no.fodselsnummer", "es.dni", "es.nie", "it.codicefiscale", "fi.hetu", "cn.ric", "ie.pps", "ch.ssn", "mx.curp",
    "tw_id", "al_nid", "id.nik",
)
#: the numbers with a single check digit and no date (BSN, NIF, Israeli ID, OIB, RNTRC, Aadhaar, My Number, ...):
#: each passes one random number in ten, together nearly one in two of nine digits, so a bare order number in a row
#: would go. In a record they count only as printed, in spaced groups (`2341 2341 2346`, `1237 010180`): the form
#: a person copies from the card
_RECORD_GROUPED = tuple(name for name in _CUED if name not in _RECORD_STRONG and name != "co.nit")
# an 11-digit Chinese mobile number (1[3-9]x xxxx xxxx) passes a PESEL's or an isikukood's check one time in ten
# or so: such a number is taken only when a stronger check (a fødselsnummer's two digits) passes
_CN_MOBILE = re.compile(r"1[3-9]\d{9}")
_NINO_PREFIX_BAD = frozenset({"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"})
# the forms found alone that are a plain run of digits, and the sign that numbers a run as something else's
_UNSTRUCTURED = frozenset({"nir15", "cnp"})
# (a millisecond timestamp has a CNP's 13 digits, and from 2027 on some pass its date and check)
_NUMBERED = re.compile(r"(?:[#№]|(?<![^\W\d_])(?:ts|time|timestamp|epoch|ms|millis)|_at|_ts|stamp)\W{0,3}\Z",
                       re.IGNORECASE)


def maybe(text: str) -> bool:
    """Cheap: the digits of a form found without a cue, or four digits (a PAN has four) and an identity cue, or a
    record's separator and spaced groups of digits."""
    digits = facts(text).digits
    if digits < 4:  # an Azerbaijani FIN may hold one digit: its seven characters after a cue
        return digits > 0 and _FIN_SHAPE.search(text) is not None and _GATE.maybe_in(text)
    return _free_gate(text) or _GATE.maybe_in(text) or (
        _SPACED_GATE.search(text) is not None and _RECORD_SEPARATOR.search(text) is not None)


_FIN_SHAPE = re.compile(r"(?<![0-9A-Za-z])(?=[A-Z]*\d)[0-9A-Z]{7}(?![0-9A-Za-z])")


@for_the_last_text
def _free_gate(text: str) -> bool:
    """Whether `_FREE_GATE` is in the text (`maybe` and `find` ask it in turn)."""
    return _FREE_GATE.search(text) is not None


def find(text: str) -> Iterator[Span]:
    """The identity numbers of the text. Checksums cost tens of microseconds each: a text asks at most `_BUDGET`
    numbers found by form alone (past that, in a dump of hundreds of numbers, they stay) and `_BUDGET` after a cue
    (past that, a number of seven characters or more after an identity cue goes unasked: privacy first)."""
    seen: set[Span] = set()
    if _free_gate(text):
        for asked, match in enumerate(_FREE_PATTERN.finditer(text)):
            if asked >= _BUDGET:
                break
            if match.lastgroup in _UNSTRUCTURED and _NUMBERED.search(text, max(0, match.start() - 16), match.start()):
                continue  # "order #1630615123457", "ts=1801150512345": a run of digits numbered or timed as another's
            if _valid_free(match.group()):
                seen.add(match.span())
                yield match.span()
    if _RECORD_SEPARATOR.search(text) is not None:
        for span in _record_fields(text):
            if span not in seen:
                seen.add(span)
                yield span
    if not _GATE.maybe_in(text):
        return
    for asked, hit in enumerate(_CUE_FOLDED.finditer(text)):
        if not _cue_ends(text, hit):
            continue
        end = hit.end()
        # the window after the cue, with the cue's last character (the candidate's look-behind reads it); windows
        # and their answers are cached: a text of the same cue and number repeated costs one validation
        window = text[end - 1:end + _REACH]
        admits = _unchecked(hit.group())  # the cue of the folded copy ("FİN" as "fin": its "İ" lowers to two)
        if asked < _BUDGET:
            found = _cued_number(window, admits)
        else:  # past the budget only a cue that is no common word vouches for the number unasked
            found = None if isinstance(admits, str) else _cued_shape(window)
        if found is not None:
            span = (end - 1 + found[0], end - 1 + found[1])
            if span not in seen:
                seen.add(span)
                yield span


def _record_fields(text: str) -> Iterator[Span]:
    """The fields of a record that are whole identity numbers (`_RECORD_FIELD`), at most `_BUDGET` asked."""
    for asked, match in enumerate(_fields(text)):
        if asked >= _BUDGET:
            break
        value = match.group("value")
        if _CANDIDATE.fullmatch(value) is not None and _NOT_FIELD.fullmatch(value) is None and _valid_field(value):
            yield match.span("value")


def _fields(text: str) -> Iterator[re.Match[str]]:
    """`_RECORD_FIELD.finditer(text)`, faster: a field starts at the text's start or right after a separator or a
    slash (its look-behinds), so the pattern is tried there only (the separators found by one character-led search)
    instead of at every character."""
    reached = 0
    for at in itertools.chain((0,), (m.end() for m in _FIELD_START.finditer(text))):
        if at < reached:
            continue
        match = _RECORD_FIELD.match(text, at)
        if match is not None:
            reached = match.end()
            yield match


@lru_cache(maxsize=4096)
def _valid_field(value: str) -> bool:
    """Whether a record's field passes one of `_RECORD_STRONG`'s validators, or written in spaced groups one of
    `_RECORD_GROUPED`'s (those of its length: `_LENGTHS`)."""
    names = _RECORD_STRONG + _RECORD_GROUPED if " " in value else _RECORD_STRONG
    return len(_SEPARATORS.sub("", value)) >= 7 and valid_cued(value, ",".join(names))


def _cue_ends(text: str, hit: re.Match[str]) -> bool:
    """A cue of a spaced script ends at a word end ("nie" is a cue, "niemand" is not)."""
    end = hit.end()
    return end >= len(text) or not (text[end].isalpha() and text[end - 1].isalpha() and ord(text[end - 1]) < 0x3000)


@lru_cache(maxsize=1024)
def _unchecked(cue: str) -> tuple[str, ...] | str:
    """The validators without a check digit that this cue names ("SSN" names us.ssn); or, for a short cue that is
    also a word (`_OWN`), the name of the only validators it admits, as one comma-joined string."""
    phrase = " ".join(cue.lower().split())
    if phrase in _OWN:
        return ",".join(_OWN[phrase])
    return tuple(name for name, words in _UNCHECKED if any(word in phrase for word in words))


@lru_cache(maxsize=4096)
def _cued_shape(window: str) -> Span | None:
    """Past the budget: the first candidate of seven letters and digits or more, unasked (cached by window like
    `_cued_number`, so a cue repeated past the budget costs no more than one before it)."""
    for match in _CANDIDATE.finditer(window, 1):
        if len(_SEPARATORS.sub("", match.group())) >= 7:
            return match.span()
    return None


@lru_cache(maxsize=4096)
def _cued_number(window: str, unchecked: tuple[str, ...] | str) -> Span | None:
    """The number that follows the cue in the window (after its first character; the first or second candidate)
    when a validator accepts it, or its leading groups; None when there is none."""
    for tried, match in enumerate(_CANDIDATE.finditer(window, 1)):
        if tried >= 2:
            break
        token = match.group()
        for _ in range(4):
            if len(_SEPARATORS.sub("", token)) < 7:  # shorter, a mod-11 check passes one number in eleven
                break
            if valid_cued(token, unchecked):
                # a valid head of a number written in one piece ("784-1950-3174964-1": no space left out) takes
                # the piece whole: what follows its head is more of the same number, never to be left behind
                if " " not in match.group():
                    return match.span()
                return match.start(), match.start() + len(token)
            cut = max(token.rfind(sep) for sep in " .-/")
            if cut <= 0:
                break
            token = token[:cut]
    return None


@lru_cache(maxsize=4096)
def _valid_free(value: str) -> bool:
    if _CN_MOBILE.fullmatch(value):  # a fødselsnummer's two check digits outweigh it, one check digit does not
        return _check("no.fodselsnummer")(value)
    return any(_check(name)(value) for shape, checks in _FREE_SHAPES if shape.fullmatch(value) for name in checks)


@lru_cache(maxsize=4096)
def valid_cued(value: str, unchecked: tuple[str, ...] | str = ()) -> bool:
    """Whether a personal-number validator with a check digit accepts the value, or one of `unchecked` (the
    validators without one that the cue itself names); when `unchecked` is a string (a short cue that is also a
    word, `_OWN`), only the validators it names. Only the validators of numbers as long as the value are asked
    (`_LENGTHS`): some tens of microseconds each, they would otherwise cost a millisecond a candidate."""
    size = len(_SEPARATORS.sub("", value))
    names = tuple(unchecked.split(",")) if isinstance(unchecked, str) else (*_CUED, *unchecked)
    # a number typed in spaced groups is the same number: some validators' compact() keeps the spaces (us.ssn)
    joined = value.replace(" ", "") if " " in value else None
    return any(_check(name)(value) or (joined is not None and _check(name)(joined))
               for name in names if size in _LENGTHS.get(name, (size,)))


@cache
def _check(name: str) -> Validator:
    if name == "nino":
        return nino_valid
    if name == "cpr":
        return cpr_valid
    if name == "rrn_form":
        return rrn_form_valid
    local = _LOCAL.get(name)
    if local is not None:
        return local
    return _stdnum(name)


def nino_valid(value: str) -> bool:
    """A UK National Insurance number's form (HMRC's NIM39110): two prefix letters (not D, F, I, Q, U, V; the second
    not O; not BG, GB, NK, KN, TN, NT, ZZ), six digits and a suffix A-D. It has no check digit."""
    compact = value.replace(" ", "").upper()
    if len(compact) != 9 or not (compact[:2].isalpha() and compact[2:8].isdigit() and compact[8] in "ABCD"):
        return False
    first, second = compact[0], compact[1]
    return first not in "DFIQUV" and second not in "DFIQUVO" and compact[:2] not in _NINO_PREFIX_BAD


def rrn_form_valid(value: str) -> bool:
    """A Korean resident registration number's form: a birth date YYMMDD and a digit for the century and sex,
    then six. Numbers issued since October 2020 carry no check digit (stdnum's kr.rrn checks the old one), so after
    its own cue the form is enough."""
    digits = value.replace("-", "").replace(" ", "")
    if len(digits) != 13 or not digits.isdigit():
        return False
    century = {"9": 1800, "0": 1800, "1": 1900, "2": 1900, "5": 1900, "6": 1900}.get(digits[6], 2000)
    try:
        datetime.date(century + int(digits[:2]), int(digits[2:4]), int(digits[4:6]))
    except ValueError:
        return False
    return True


def cpr_valid(value: str) -> bool:
    """A Danish CPR number with a valid date (stdnum) and the modulus-11 check that CPR numbers issued before 2007
    all pass: without a cue, the date alone would take any `DDMMYY-NNNN` order number."""
    if not _stdnum("dk.cpr")(value):
        return False
    digits = value.replace("-", "").replace(" ", "")
    return sum(int(d) * w for d, w in zip(digits, (4, 3, 2, 7, 6, 5, 4, 3, 2, 1), strict=True)) % 11 == 0


def tw_id_valid(value: str) -> bool:
    """A Taiwanese national identification number (身分證字號; Ministry of the Interior): a letter for the place of
    first registration, 1 or 2 for the sex (8 or 9 on a resident certificate), seven digits and a check digit: the
    letter's two-digit code weighted 1 and 9, the next eight digits 8 to 1, the check digit 1, sum divisible by 10."""
    compact = value.upper()
    code = _TW_LETTERS.get(compact[:1])
    if code is None or len(compact) != 10 or not compact[1:].isdigit() or compact[1] not in "1289":
        return False
    weighted = code // 10 + code % 10 * 9 + sum(int(d) * w for d, w in zip(compact[1:9], range(8, 0, -1), strict=True))
    return (weighted + int(compact[9])) % 10 == 0


_TW_LETTERS = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36), strict=True))


def kz_iin_valid(value: str) -> bool:
    """A Kazakh individual identification number (ЖСН/ИИН): a birth date YYMMDD, a digit for the century and sex,
    four serial digits and a check digit (weights 1 to 11 modulo 11; where that gives 10, weights 3 to 11, 1, 2;
    where that gives 10 again, the number is not issued)."""
    if len(value) != 12 or not value.isdigit() or value[6] not in "123456":
        return False
    if not (1 <= int(value[2:4]) <= 12 and 1 <= int(value[4:6]) <= 31):
        return False
    digits = [int(d) for d in value]
    check = sum(d * w for d, w in zip(digits, range(1, 12), strict=False)) % 11
    if check == 10:
        check = sum(d * w for d, w in zip(digits, (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2), strict=False)) % 11
    return check != 10 and check == digits[11]


def al_nid_valid(value: str) -> bool:
    """An Albanian personal number (NID): stdnum al.nipt's form (a letter A-M for the decade of birth, a digit for
    the year, two for the month with the sex, two for the day, a serial, a letter); the check letter's algorithm is
    not published, so only after its own cue or as a record's field."""
    return _stdnum("al.nipt")(value.replace(" ", "").upper())


def mt_id_valid(value: str) -> bool:
    """A Maltese identity card number (Identità Malta): up to seven digits and a letter (M, G, A, P, L, H, B or Z);
    no check digit, so only after its own cue."""
    compact = value.replace(" ", "").upper()
    return 2 <= len(compact) <= 8 and compact[:-1].isdigit() and compact[-1] in "MGAPLHBZ"


def vn_cccd_valid(value: str) -> bool:
    """A Vietnamese citizen identity number (CCCD, Decree 137/2015): a province code 001-096, a digit for the
    century and sex, two digits of the birth year and six serial digits; no check digit, so only after its cue."""
    compact = value.replace(" ", "").replace(".", "")
    return len(compact) == 12 and compact.isdigit() and 1 <= int(compact[:3]) <= 96


def bd_nid_valid(value: str) -> bool:
    """A Bangladeshi national ID number (Election Commission: ten digits on the smart card, 13 on the laminated card,
    17 with the birth year first); no check digit, so only after its own cue."""
    compact = value.replace(" ", "")
    if not compact.isdigit() or len(compact) not in (10, 13, 17) or len(set(compact)) == 1:
        return False
    return len(compact) != 17 or compact[:2] in ("19", "20")


def _digits_only(*lengths: int, separators: str = " ", repeated: bool = False) -> Validator:
    """A number with no check digit, told by its count of digits alone (so asked only after its own cue), less the
    separators it is written with; one digit repeated ("0000000") is a placeholder unless `repeated`."""

    def valid(value: str) -> bool:
        compact = value.translate({ord(c): None for c in separators})
        return compact.isdigit() and len(compact) in lengths and (repeated or len(set(compact)) > 1)

    return valid


#: A Kenyan national identity card number (seven or eight digits), a Georgian personal number (პირადი ნომერი, eleven),
#: an Armenian public service number (ՀԾՀ, ten); a Philippine SSS number (ten, written 2-7-1) and PhilHealth number
#: (twelve, written 2-9-1)
ke_id_valid = _digits_only(7, 8)
ge_pn_valid = _digits_only(11)
am_psn_valid = _digits_only(10)
ph_sss_valid = _digits_only(10, separators=" -", repeated=True)
ph_philhealth_valid = _digits_only(12, separators=" -", repeated=True)


def hu_personal_valid(value: str) -> bool:
    """A Hungarian personal identification number (személyi azonosító, 1996. évi XX. törvény): a digit for sex and
    century, the birth date (YYMMDD), a serial of three and a check digit, the first ten weighted 1 to 10 (born before
    1997) or 10 to 1, modulo 11."""
    if len(value) != 11 or not value.isdigit() or value[0] not in "12345678" or not _date_ok(value[1:7]):
        return False
    digits = [int(d) for d in value]
    return any((check := sum(d * w for d, w in zip(digits[:10], weights, strict=True)) % 11) < 10
               and check == digits[10] for weights in (range(1, 11), range(10, 0, -1)))


def eg_nid_valid(value: str) -> bool:
    """An Egyptian national number (الرقم القومي, 14 digits): 2 or 3 for the century, the birth date (YYMMDD), a
    governorate's code, a serial of four and a check digit whose rule is not published: by its form, after its cue."""
    return len(value) == 14 and value.isdigit() and value[0] in "23" and _date_ok(value[1:7]) \
        and (1 <= int(value[7:9]) <= 35 or value[7:9] == "88")


def az_fin_valid(value: str) -> bool:
    """An Azerbaijani personal identification code (FİN): seven capital letters and digits, both in it; only after
    its own cue."""
    return len(value) == 7 and value.isascii() and value.isalnum() and value.upper() == value \
        and any(c.isdigit() for c in value) and any(c.isalpha() for c in value)


def _date_ok(yymmdd: str) -> bool:
    """Six digits that are a month and a day of one (the year's two digits any)."""
    month, day = int(yymmdd[2:4]), int(yymmdd[4:6])
    return 1 <= month <= 12 and 1 <= day <= 31


def hu_taj_valid(value: str) -> bool:
    """A Hungarian social-security number (TAJ szám; 1996. évi XX. törvény): eight digits and a check digit, the
    digits in odd places weighted 3 and in even places 7, their sum modulo 10."""
    if len(value) != 9 or not value.isdigit():
        return False
    return sum(int(d) * (3 if i % 2 == 0 else 7) for i, d in enumerate(value[:8])) % 10 == int(value[8])


def ir_code_valid(value: str) -> bool:
    """An Iranian national code (کد ملی): nine digits weighted 10 down to 2, modulo 11; the check digit is the
    remainder when it is below 2, else 11 less it. A number of one repeated digit is not issued."""
    if len(value) != 10 or not value.isdigit() or len(set(value)) == 1:
        return False
    remainder = sum(int(d) * w for d, w in zip(value[:9], range(10, 1, -1), strict=True)) % 11
    return int(value[9]) == (remainder if remainder < 2 else 11 - remainder)


def sa_id_valid(value: str) -> bool:
    """A Saudi national ID or iqama number (ten digits, 1 for a citizen, 2 for a resident) whose digits pass the Luhn
    check."""
    return len(value) == 10 and value.isdigit() and value[0] in "12" and luhn(value)


_LOCAL: dict[str, Validator] = {
    "tw_id": tw_id_valid, "kz_iin": kz_iin_valid, "al_nid": al_nid_valid, "mt_id": mt_id_valid,
    "vn_cccd": vn_cccd_valid, "bd_nid": bd_nid_valid, "ke_id": ke_id_valid, "hu_personal": hu_personal_valid,
    "ge_pn": ge_pn_valid, "am_psn": am_psn_valid, "az_fin": az_fin_valid,
    "eg_nid": eg_nid_valid, "ph_sss": ph_sss_valid, "ph_philhealth": ph_philhealth_valid, "hu_taj": hu_taj_valid,
    "ir_code": ir_code_valid,
    "sa_id": sa_id_valid,
}
