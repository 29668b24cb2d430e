"""Generators of checksum-valid identity numbers per country for the multilingual corpus (test data only).

Each generator takes a `random.Random` and returns one number as a person would write it. Where
python-stdnum has a check-digit function it computes the check digits, and every number is validated
by stdnum's own `is_valid` before it is returned (a generator that produced an invalid number would
plant a case no checksum-based detector could be asked to find). Countries whose numbers carry no
checksum (US SSN, Danish CPR since 2007, Indonesian NIK, Vietnamese CCCD, Maltese ID, Argentine DNI)
get well-formed numbers that only a cue can reveal.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from datetime import date, timedelta

from stdnum import luhn, verhoeff
from stdnum.bg import egn
from stdnum.cl import rut
from stdnum.cn import ric
from stdnum.cz import rc
from stdnum.de import idnr
from stdnum.ee import ik
from stdnum.es import dni, nie
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gr import amka
from stdnum.hr import oib
from stdnum.ie import pps
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar
from stdnum.iso7064 import mod_11_10
from stdnum.it import codicefiscale
from stdnum.jp import in_ as mynumber
from stdnum.kr import rrn
from stdnum.lt import asmens
from stdnum.lv import pvn
from stdnum.mx import curp
from stdnum.nl import bsn
from stdnum.no import fodselsnummer
from stdnum.pl import pesel
from stdnum.pt import nif
from stdnum.ro import cnp
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.si import emso
from stdnum.tr import tckimlik
from stdnum.ua import rntrc

Gen = Callable[[random.Random], str]


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def birthday(rng: random.Random, first: int = 1950, last: int = 2003) -> date:
    return date(first, 1, 1) + timedelta(days=rng.randrange((date(last, 12, 28) - date(first, 1, 1)).days))


def _until(rng: random.Random, make: Gen, valid: Callable[[str], bool]) -> str:
    for _ in range(500):
        value = make(rng)
        if valid(value):
            return value
    raise RuntimeError(f"no valid number from {make}")


def ssn_us(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def nino_gb(rng: random.Random) -> str:
    prefix = rng.choice(["AB", "CE", "JG", "KL", "MN", "PR", "SW", "TH", "WX", "YZ"])
    return f"{prefix} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {rng.choice('ABCD')}"


def idnr_de(rng: random.Random) -> str:
    def make(r: random.Random) -> str:
        head = str(r.randint(1, 9)) + "".join(r.sample(string.digits, 8))
        head += r.choice(head)  # one digit appears twice
        return head + mod_11_10.calc_check_digit(head)
    value = _until(rng, make, idnr.is_valid)
    return f"{value[:2]} {value[2:5]} {value[5:8]} {value[8:]}"


def nir_fr(rng: random.Random) -> str:
    born = birthday(rng)
    body = (f"{rng.randint(1, 2)}{born.year % 100:02d}{born.month:02d}"
            f"{rng.randint(1, 95):02d}{digits(rng, 3)}{digits(rng, 3)}")
    value = body + nir.calc_check_digits(body)
    assert nir.is_valid(value)
    return f"{value[0]} {value[1:3]} {value[3:5]} {value[5:7]} {value[7:10]} {value[10:13]} {value[13:]}"


def dni_es(rng: random.Random) -> str:
    body = digits(rng, 8)
    return body + dni.calc_check_digit(body)


def nie_es(rng: random.Random) -> str:
    body = rng.choice("XYZ") + digits(rng, 7)
    value = body + nie.calc_check_digit(body)
    assert nie.is_valid(value)
    return value


_CF_MONTHS = "ABCDEHLMPRST"


def cf_it(rng: random.Random) -> str:
    born = birthday(rng)
    day = born.day + (40 if rng.random() < 0.5 else 0)
    body = ("".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(6)) + f"{born.year % 100:02d}"
            + _CF_MONTHS[born.month - 1] + f"{day:02d}" + rng.choice(["H501", "F205", "L219", "G273", "A944"]))
    value = body + codicefiscale.calc_check_digit(body)
    assert codicefiscale.is_valid(value)
    return value


def nif_pt(rng: random.Random) -> str:
    body = rng.choice("12") + digits(rng, 7)
    value = body + nif.calc_check_digit(body)
    assert nif.is_valid(value)
    return f"{value[:3]} {value[3:6]} {value[6:]}"


def cpf_br(rng: random.Random) -> str:
    def make(r: random.Random) -> str:
        body = [int(c) for c in digits(r, 9)]
        for _ in range(2):
            total = sum(d * w for d, w in zip(body, range(len(body) + 1, 1, -1), strict=True))
            body.append((total * 10) % 11 % 10)
        return "".join(map(str, body))
    from stdnum.br import cpf
    value = _until(rng, make, cpf.is_valid)
    return f"{value[:3]}.{value[3:6]}.{value[6:9]}-{value[9:]}"


def bsn_nl(rng: random.Random) -> str:
    def make(r: random.Random) -> str:
        body = str(r.randint(1, 6)) + digits(r, 7)
        last = sum(int(d) * w for d, w in zip(body, range(9, 1, -1), strict=True)) % 11
        return body + str(last) if last < 10 else "0"
    return _until(rng, make, bsn.is_valid)


def pesel_pl(rng: random.Random) -> str:
    born = birthday(rng)
    month = born.month + (20 if born.year >= 2000 else 0)
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{digits(rng, 4)}"
    value = body + pesel.calc_check_digit(body)
    assert pesel.is_valid(value)
    return value


def rc_cz(rng: random.Random) -> str:
    def make(r: random.Random) -> str:
        born = birthday(r, 1955, 2003)
        month = born.month + (50 if r.random() < 0.5 else 0)
        head = f"{born.year % 100:02d}{month:02d}{born.day:02d}{digits(r, 3)}"
        last = int(head) % 11
        return f"{head[:6]}/{head[6:]}{last}" if last < 10 else "0"
    return _until(rng, make, rc.is_valid)


def emso_si(rng: random.Random) -> str:
    born = birthday(rng)
    body = f"{born.day:02d}{born.month:02d}{born.year % 1000:03d}50{digits(rng, 3)}"
    return _until(rng, lambda r: body + emso.calc_check_digit(body), emso.is_valid)


def oib_hr(rng: random.Random) -> str:
    body = str(rng.randint(1, 9)) + digits(rng, 9)
    value = body + mod_11_10.calc_check_digit(body)
    assert oib.is_valid(value)
    return value


def adoazonosito_hu(rng: random.Random) -> str:
    """The Hungarian tax identification number (adóazonosító jel): 8, days since 1867-01-01, 3 digits, check."""
    def make(r: random.Random) -> str:
        born = birthday(r)
        body = f"8{(born - date(1867, 1, 1)).days:05d}{digits(r, 3)}"
        check = sum(int(d) * w for d, w in zip(body, range(1, 10), strict=True)) % 11
        return body + str(check) if check < 10 else "0"
    return _until(rng, make, lambda v: len(v) == 10)


def cnp_ro(rng: random.Random) -> str:
    born = birthday(rng)
    body = (f"{rng.choice('12')}{born.year % 100:02d}{born.month:02d}{born.day:02d}"
            f"{rng.randint(1, 46):02d}{digits(rng, 3)}")
    value = body + cnp.calc_check_digit(body)
    return _until(rng, lambda r: value, cnp.is_valid) if cnp.is_valid(value) else cnp_ro(rng)


def egn_bg(rng: random.Random) -> str:
    born = birthday(rng)
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{digits(rng, 3)}"
    value = body + egn.calc_check_digit(body)
    assert egn.is_valid(value)
    return value


def amka_gr(rng: random.Random) -> str:
    born = birthday(rng)
    body = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{digits(rng, 4)}"
    value = body + luhn.calc_check_digit(body)
    return value if amka.is_valid(value) else amka_gr(rng)


def personnummer_se(rng: random.Random) -> str:
    born = birthday(rng)
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{digits(rng, 3)}"
    value = f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"
    assert personnummer.is_valid(value)
    return value


def cpr_dk(rng: random.Random) -> str:
    born = birthday(rng)
    return f"{born.day:02d}{born.month:02d}{born.year % 100:02d}-{digits(rng, 4)}"


def hetu_fi(rng: random.Random) -> str:
    born = birthday(rng)
    body = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}"
    serial = f"{rng.randint(2, 899):03d}"
    check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(body + serial) % 31]
    value = f"{body}{'-' if born.year < 2000 else 'A'}{serial}{check}"
    assert hetu.is_valid(value)
    return value


def ik_ee(rng: random.Random) -> str:
    born = birthday(rng)
    century = (3 if born.year < 2000 else 5) + rng.randint(0, 1)
    body = f"{century}{born.year % 100:02d}{born.month:02d}{born.day:02d}{digits(rng, 3)}"
    value = body + ik.calc_check_digit(body + "0")
    assert ik.is_valid(value)
    return value


def pk_lv(rng: random.Random) -> str:
    def make(r: random.Random) -> str:
        born = birthday(r)
        body = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{1 if born.year < 2000 else 2}{digits(r, 3)}"
        return body + pvn.calc_check_digit_pers(body)
    value = _until(rng, make, pvn.is_valid)
    return f"{value[:6]}-{value[6:]}"


def asmens_lt(rng: random.Random) -> str:
    born = birthday(rng)
    century = (3 if born.year < 2000 else 5) + rng.randint(0, 1)
    body = f"{century}{born.year % 100:02d}{born.month:02d}{born.day:02d}{digits(rng, 3)}"
    value = body + asmens.calc_check_digit(body + "0")
    assert asmens.is_valid(value)
    return value


def pps_ie(rng: random.Random) -> str:
    body = digits(rng, 7)
    check = "WABCDEFGHIJKLMNOPQRSTUV"[sum(int(d) * w for d, w in zip(body, range(8, 1, -1), strict=True)) % 23]
    value = body + check
    assert pps.is_valid(value)
    return value


def id_mt(rng: random.Random) -> str:
    return f"{rng.randint(1, 999999)}{rng.choice('MGAPLHBZ')}"


def fnr_no(rng: random.Random) -> str:
    def make(r: random.Random) -> str:
        born = birthday(r)
        individual = r.randint(0, 499) if born.year < 2000 else r.randint(500, 999)
        body = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{individual:03d}"
        body += fodselsnummer.calc_check_digit1(body)
        return body + fodselsnummer.calc_check_digit2(body)
    return _until(rng, make, fodselsnummer.is_valid)


def inn_ru(rng: random.Random) -> str:
    body = f"77{digits(rng, 8)}"
    value = body + inn.calc_personal_check_digits(body)
    assert inn.is_valid(value)
    return value


def snils_ru(rng: random.Random) -> str:
    def make(r: random.Random) -> str:
        body = str(r.randint(1, 9)) + digits(r, 8)
        total = sum(int(d) * w for d, w in zip(body, range(9, 0, -1), strict=True)) % 101
        check = 0 if total in (100, 101) else total
        return f"{body[:3]}-{body[3:6]}-{body[6:]} {check:02d}"
    return make(rng)


def rntrc_ua(rng: random.Random) -> str:
    body = str(rng.randint(2, 3)) + digits(rng, 8)
    value = body + rntrc.calc_check_digit(body)
    assert rntrc.is_valid(value)
    return value


def tckimlik_tr(rng: random.Random) -> str:
    body = str(rng.randint(1, 9)) + digits(rng, 8)
    value = body + tckimlik.calc_check_digits(body)
    assert tckimlik.is_valid(value)
    return value


def emirates_id(rng: random.Random) -> str:
    born = birthday(rng)
    body = f"784{born.year}{digits(rng, 7)}"
    check = luhn.calc_check_digit(body)
    return f"784-{born.year}-{body[7:]}-{check}"


def saudi_id(rng: random.Random) -> str:
    body = str(rng.randint(1, 2)) + digits(rng, 8)
    return body + luhn.calc_check_digit(body)


def tz_il(rng: random.Random) -> str:
    body = digits(rng, 8)
    value = body + luhn.calc_check_digit(body)
    assert il_idnr.is_valid(value)
    return value


def aadhaar_in(rng: random.Random) -> str:
    def make(r: random.Random) -> str:
        body = str(r.randint(2, 9)) + digits(r, 10)
        return body + verhoeff.calc_check_digit(body)
    value = _until(rng, make, aadhaar.is_valid)
    return f"{value[:4]} {value[4:8]} {value[8:]}"


def pan_in(rng: random.Random) -> str:
    letters = string.ascii_uppercase
    head = "".join(rng.choice(letters) for _ in range(3))
    return head + "P" + rng.choice(letters) + digits(rng, 4) + rng.choice(letters)


def ric_cn(rng: random.Random) -> str:
    def make(r: random.Random) -> str:
        body = f"{r.choice(['110101', '310104', '440106', '330102'])}{birthday(r):%Y%m%d}{digits(r, 3)}"
        return body + ric.calc_check_digit(body + "0")
    return _until(rng, make, ric.is_valid)


def mynumber_jp(rng: random.Random) -> str:
    body = digits(rng, 11)
    value = body + mynumber.calc_check_digit(body)
    assert mynumber.is_valid(value)
    return f"{value[:4]} {value[4:8]} {value[8:]}"


def rrn_kr(rng: random.Random) -> str:
    def make(r: random.Random) -> str:
        born = birthday(r, 1950, 1999)
        body = (f"{born.year % 100:02d}{born.month:02d}{born.day:02d}"
                f"{r.randint(1, 2)}{r.randint(0, 96):02d}{digits(r, 3)}")
        return f"{body[:6]}-{body[6:]}{rrn.calc_check_digit(body)}"
    return _until(rng, make, rrn.is_valid)


def nik_id(rng: random.Random) -> str:
    born = birthday(rng)
    day = born.day + (40 if rng.random() < 0.5 else 0)
    region = f"{rng.choice(['31', '32', '33', '35', '51'])}{rng.randint(1, 79):02d}{rng.randint(1, 40):02d}"
    return f"{region}{day:02d}{born.month:02d}{born.year % 100:02d}{rng.randint(1, 9999):04d}"


def cccd_vn(rng: random.Random) -> str:
    born = birthday(rng)
    province = rng.choice(["01", "79", "31", "48", "92"])
    return f"0{province}{0 if born.year < 2000 else 2}{born.year % 100:02d}{digits(rng, 6)}"


def curp_mx(rng: random.Random) -> str:
    def make(r: random.Random) -> str:
        born = birthday(r, 1950, 1999)
        body = (r.choice("GHLMPRS") + r.choice("AEIOU") + "".join(r.choice("ABCDEFGHJLMNPRSTVZ") for _ in range(2))
                + f"{born:%y%m%d}" + r.choice("HM") + r.choice(["DF", "JC", "NL", "PL", "VZ"])
                + "".join(r.choice("BCDFGHJLMNPRSTVZ") for _ in range(3)) + "0")
        return body + curp.calc_check_digit(body)
    return _until(rng, make, curp.is_valid)


def rut_cl(rng: random.Random) -> str:
    body = str(rng.randint(8_000_000, 24_999_999))
    return f"{int(body):,}".replace(",", ".") + "-" + rut.calc_check_digit(body)


def dni_ar(rng: random.Random) -> str:
    return f"{rng.randint(20_000_000, 45_999_999):,}".replace(",", ".")
