"""Validity checks shared by build.py (to filter generator output) and
validate.py (to re-check the finished corpus).

Only third-party checkers are used: phonenumbers, python-stdnum, plus a few
small checksum routines for schemes python-stdnum does not ship (each one is
documented inline).  Nothing here imports project code.
"""
import importlib
import ipaddress
import re
import unicodedata

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn as std_luhn

# --------------------------------------------------------------------------
# locale -> ISO 3166 region used for phone validation
# --------------------------------------------------------------------------
REGION = {
    # Faker locales
    "en_US": "US", "en_GB": "GB", "en_AU": "AU", "en_CA": "CA", "en_IE": "IE",
    "en_NZ": "NZ", "en_IN": "IN", "de_DE": "DE", "de_AT": "AT", "de_CH": "CH",
    "fr_FR": "FR", "fr_CH": "CH", "fr_CA": "CA", "fr_BE": "BE", "es_ES": "ES",
    "es_MX": "MX", "es_AR": "AR", "es_CO": "CO", "es_CL": "CL", "it_IT": "IT",
    "it_CH": "CH", "pt_PT": "PT", "pt_BR": "BR", "nl_NL": "NL", "nl_BE": "BE",
    "pl_PL": "PL", "cs_CZ": "CZ", "sk_SK": "SK", "sl_SI": "SI", "hr_HR": "HR",
    "sr_BA": "BA", "bg_BG": "BG", "ro_RO": "RO", "hu_HU": "HU", "el_GR": "GR",
    "el_CY": "CY", "fi_FI": "FI", "et_EE": "EE", "lv_LV": "LV", "lt_LT": "LT",
    "sv_SE": "SE", "da_DK": "DK", "no_NO": "NO", "is_IS": "IS", "ga_IE": "IE",
    "ru_RU": "RU", "uk_UA": "UA", "tr_TR": "TR", "ar_SA": "SA", "ar_EG": "EG",
    "ar_AE": "AE", "ar_JO": "JO", "he_IL": "IL", "fa_IR": "IR", "hi_IN": "IN",
    "bn_BD": "BD", "zh_CN": "CN", "zh_TW": "TW", "ja_JP": "JP", "ko_KR": "KR",
    "th_TH": "TH", "vi_VN": "VN", "id_ID": "ID", "tl_PH": "PH", "fil_PH": "PH",
    "en_PH": "PH", "sw": "KE", "en_KE": "KE", "ka_GE": "GE", "hy_AM": "AM",
    "az_AZ": "AZ", "mk_MK": "MK",
    # mimesis locales
    "en": "US", "en-gb": "GB", "en-au": "AU", "en-ca": "CA", "de": "DE",
    "de-at": "AT", "de-ch": "CH", "fr": "FR", "es": "ES", "es-mx": "MX",
    "it": "IT", "pt": "PT", "pt-br": "BR", "nl": "NL", "nl-be": "BE", "pl": "PL",
    "cs": "CZ", "sk": "SK", "hr": "HR", "hu": "HU", "el": "GR", "fi": "FI",
    "et": "EE", "sv": "SE", "da": "DK", "no": "NO", "is": "IS", "ru": "RU",
    "uk": "UA", "tr": "TR", "fa": "IR", "zh": "CN", "ja": "JP", "ko": "KR",
    "az": "AZ", "ar-ae": "AE", "ar-eg": "EG", "ar-jo": "JO", "ar-sa": "SA",
    "ar-dz": "DZ", "ar-ma": "MA", "ar-om": "OM", "ar-kw": "KW", "ar-qa": "QA",
}


def to_ascii_digits(s: str) -> str:
    """Map any Unicode decimal digit (Bengali, Arabic-Indic, ...) to 0-9."""
    out = []
    for ch in s:
        if ch.isdigit() and not ("0" <= ch <= "9"):
            try:
                out.append(str(unicodedata.digit(ch)))
                continue
            except (TypeError, ValueError):
                pass
        out.append(ch)
    return "".join(out)


def phone_valid(value: str, region: str) -> bool:
    try:
        num = phonenumbers.parse(to_ascii_digits(value), region)
    except phonenumbers.NumberParseException:
        return False
    if not phonenumbers.is_valid_number(num):
        return False
    # a number written with a foreign country code is not "valid for its region"
    return phonenumbers.region_code_for_number(num) == region


def luhn_valid(value: str) -> bool:
    digits = re.sub(r"[ \-]", "", value)
    return digits.isdigit() and std_luhn.is_valid(digits)


def card_valid(value: str) -> bool:
    digits = re.sub(r"[ \-]", "", value)
    return digits.isdigit() and 13 <= len(digits) <= 19 and std_luhn.is_valid(digits)


def iban_valid(value: str) -> bool:
    return std_iban.is_valid(value)


def ip_valid(value: str) -> bool:
    try:
        return ipaddress.ip_address(value).is_global
    except ValueError:
        return False


# --------------------------------------------------------------------------
# national id checks for schemes python-stdnum does not cover
# --------------------------------------------------------------------------
def _hu_szemelyi(v: str) -> bool:
    """Hungarian personal identification number (személyi azonosító, 11 digits).
    Check digit: born before 1997 weights 1..10, from 1997 weights 10..1,
    sum mod 11 (10 never issued)."""
    d = re.sub(r"\D", "", v)
    if len(d) != 11 or d[0] not in "12345678":
        return False
    yy = int(d[1:3])
    century = {"1": 1900, "2": 1900, "3": 2000, "4": 2000, "5": 1900, "6": 1900,
               "7": 2000, "8": 2000}[d[0]]
    year = century + yy
    weights = range(1, 11) if year < 1997 else range(10, 0, -1)
    s = sum(int(a) * w for a, w in zip(d[:10], weights)) % 11
    return s != 10 and s == int(d[10])


def _ir_melli(v: str) -> bool:
    """Iranian national code (کد ملی): 10 digits, weights 10..2, mod 11."""
    d = re.sub(r"\D", "", to_ascii_digits(v))
    if len(d) != 10 or len(set(d)) == 1:
        return False
    s = sum(int(d[i]) * (10 - i) for i in range(9)) % 11
    c = int(d[9])
    return (s < 2 and c == s) or (s >= 2 and c == 11 - s)


_TW_LETTERS = {
    "A": 10, "B": 11, "C": 12, "D": 13, "E": 14, "F": 15, "G": 16, "H": 17,
    "I": 34, "J": 18, "K": 19, "L": 20, "M": 21, "N": 22, "O": 35, "P": 23,
    "Q": 24, "R": 25, "S": 26, "T": 27, "U": 28, "V": 29, "W": 32, "X": 30,
    "Y": 31, "Z": 33,
}


def _tw_id(v: str) -> bool:
    """Taiwan national identification card number: letter + 9 digits."""
    if not re.fullmatch(r"[A-Z][12]\d{8}", v):
        return False
    n = _TW_LETTERS[v[0]]
    digits = [n // 10, n % 10] + [int(c) for c in v[1:]]
    weights = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1]
    return sum(a * b for a, b in zip(digits, weights)) % 10 == 0


def _ru_snils(v: str) -> bool:
    """Russian SNILS: 9 digits + 2 check digits (weights 9..1, mod 101)."""
    d = re.sub(r"\D", "", v)
    if len(d) != 11:
        return False
    s = sum(int(d[i]) * (9 - i) for i in range(9))
    if s < 100:
        c = s
    elif s in (100, 101):
        c = 0
    else:
        c = s % 101
        if c == 100:
            c = 0
    return c == int(d[9:])


def _sa_nid(v: str) -> bool:
    """Saudi national ID / iqama: 10 digits starting 1 or 2, Luhn check."""
    d = re.sub(r"\D", "", to_ascii_digits(v))
    return len(d) == 10 and d[0] in "12" and std_luhn.is_valid(d)


def _stdnum(modname):
    mod = importlib.import_module("stdnum." + modname)

    def check(v):
        return bool(mod.is_valid(v))
    return check


def _fmt(regex):
    def check(v):
        return re.fullmatch(regex, to_ascii_digits(v)) is not None
    return check


NATID = {
    # checksum schemes
    "us.ssn": _stdnum("us.ssn"), "ca.sin": _stdnum("ca.sin"),
    "gb.nhs": _stdnum("gb.nhs"), "ie.pps": _stdnum("ie.pps"),
    "in_.aadhaar": _stdnum("in_.aadhaar"), "in_.pan": _stdnum("in_.pan"),
    "de.idnr": _stdnum("de.idnr"), "at.vnr": _stdnum("at.vnr"),
    "ch.ssn": _stdnum("ch.ssn"), "fr.nir": _stdnum("fr.nir"),
    "es.dni": _stdnum("es.dni"), "es.nie": _stdnum("es.nie"),
    "mx.curp": _stdnum("mx.curp"), "ar.cuit": _stdnum("ar.cuit"),
    "cl.rut": _stdnum("cl.rut"), "co.nit": _stdnum("co.nit"),
    "it.codicefiscale": _stdnum("it.codicefiscale"), "pt.nif": _stdnum("pt.nif"),
    "br.cpf": _stdnum("br.cpf"), "nl.bsn": _stdnum("nl.bsn"), "be.nn": _stdnum("be.nn"),
    "pl.pesel": _stdnum("pl.pesel"), "cz.rc": _stdnum("cz.rc"), "sk.rc": _stdnum("sk.rc"),
    "si.emso": _stdnum("si.emso"), "hr.oib": _stdnum("hr.oib"), "bg.egn": _stdnum("bg.egn"),
    "ro.cnp": _stdnum("ro.cnp"), "gr.amka": _stdnum("gr.amka"), "fi.hetu": _stdnum("fi.hetu"),
    "ee.ik": _stdnum("ee.ik"), "lv.pvn": _stdnum("lv.pvn"), "lt.asmens": _stdnum("lt.asmens"),
    "se.personnummer": _stdnum("se.personnummer"), "dk.cpr": _stdnum("dk.cpr"),
    "no.fodselsnummer": _stdnum("no.fodselsnummer"), "is_.kennitala": _stdnum("is_.kennitala"),
    "ru.inn": _stdnum("ru.inn"), "ua.rntrc": _stdnum("ua.rntrc"),
    "tr.tckimlik": _stdnum("tr.tckimlik"), "il.idnr": _stdnum("il.idnr"),
    "cn.ric": _stdnum("cn.ric"), "jp.in_": _stdnum("jp.in_"), "kr.rrn": _stdnum("kr.rrn"),
    "th.pin": _stdnum("th.pin"), "id.nik": _stdnum("id.nik"),
    "hu.szemelyi": _hu_szemelyi, "ir.melli": _ir_melli, "tw.id": _tw_id,
    "ru.snils": _ru_snils, "sa.nid": _sa_nid,
    # schemes without a check digit: format only
    "gb.nino": _fmt(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]"),
    "bd.nid": _fmt(r"\d{3} ?\d{3} ?\d{4}|\d{13}|\d{17}"),
    "vn.cccd": _fmt(r"0\d{11}"),
    "ph.sss": _fmt(r"\d{2}-\d{7}-\d"),
    "ph.philhealth": _fmt(r"\d{2}-\d{9}-\d"),
    "ke.id": _fmt(r"\d{8}"),
    "ge.pin": _fmt(r"\d{11}"),
    "am.ssn": _fmt(r"\d{10}"),
    "az.fin": _fmt(r"[0-9A-Z]{7}"),
    "eg.nid": _fmt(r"[23]\d{13}"),
}


def natid_valid(scheme: str, value: str) -> bool:
    return NATID[scheme](value)


def natid_has_checksum(scheme: str) -> bool:
    return scheme not in {"gb.nino", "bd.nid", "vn.cccd", "ph.sss", "ph.philhealth",
                          "ke.id", "ge.pin", "am.ssn", "az.fin", "eg.nid"}
