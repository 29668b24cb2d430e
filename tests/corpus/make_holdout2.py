#!/usr/bin/env python3
"""Generate holdout2.jsonl: a blind holdout for logwarden (written without
looking at the detectors).  Reproducible: fixed seeds for random, Faker and
mimesis.  Run with the venv next to this file:

    python3 -m venv .venv && .venv/bin/pip install faker mimesis python-stdnum
    .venv/bin/python make_holdout2.py        # writes holdout2.jsonl

Values come from Faker (many locales) and mimesis (some locales); checksummed
numbers are validated with python-stdnum (only valid ones are "caught";
Luhn-invalid ones become look-alikes).  Sentences are hand-written.
"""
import json
import re
import random
import string
import sys
from datetime import date

from faker import Faker
from mimesis import Address, Person
from mimesis.locales import Locale
from stdnum import ean as std_ean
from stdnum import iban as std_iban
from stdnum import luhn, verhoeff
from stdnum.br import cpf
from stdnum.bg import egn
from stdnum.ch import ssn as ch_ssn
from stdnum.cn import ric
from stdnum.cz import rc as cz_rc
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.ee import ik
from stdnum.es import dni, nie
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gr import amka
from stdnum.hr import oib
from stdnum.id import nik
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.lt import asmens
from stdnum.nl import bsn
from stdnum.no import fodselsnummer
from stdnum.pl import pesel
from stdnum.pt import cc as pt_cc
from stdnum.ro import cnp
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.si import emso
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import ssn as us_ssn
from stdnum.at import vnr
from stdnum.ie import pps

SEED = 20261207
R = random.Random(SEED)
Faker.seed(SEED)
SRC = "holdout2 (helper, written blind 2026-12-07; {})"

# --------------------------------------------------------------------------
# generators per language
# lang -> (faker locale, mimesis locale or None, family-name-first?)
LOC = {
    "en": ("en_US", "en", False), "en-GB": ("en_GB", "en-gb", False),
    "de": ("de_DE", "de", False), "de-AT": ("de_AT", "de-at", False),
    "de-CH": ("de_CH", "de-ch", False), "fr": ("fr_FR", "fr", False),
    "es": ("es_ES", "es", False), "es-MX": ("es_MX", "es-mx", False),
    "it": ("it_IT", "it", False), "pt": ("pt_PT", "pt", False),
    "pt-BR": ("pt_BR", "pt-br", False), "nl": ("nl_NL", "nl", False),
    "pl": ("pl_PL", "pl", False), "cs": ("cs_CZ", "cs", False),
    "sk": ("sk_SK", "sk", False), "sl": ("sl_SI", None, False),
    "hr": ("hr_HR", "hr", False), "hu": ("hu_HU", "hu", True),
    "ro": ("ro_RO", None, False), "bg": ("bg_BG", None, False),
    "el": ("el_GR", "el", False), "sv": ("sv_SE", "sv", False),
    "da": ("da_DK", "da", False), "nb": ("no_NO", "no", False),
    "fi": ("fi_FI", "fi", False), "et": ("et_EE", "et", False),
    "lv": ("lv_LV", None, False), "lt": ("lt_LT", None, False),
    "ga": ("ga_IE", None, False), "mt": ("mt_MT", None, False),
    "ru": ("ru_RU", "ru", False), "uk": ("uk_UA", "uk", False),
    "tr": ("tr_TR", "tr", False), "ar": ("ar_AA", "ar-ae", False),
    "he": ("he_IL", None, False), "hi": ("hi_IN", None, False),
    "zh": ("zh_CN", "zh", True), "ja": ("ja_JP", "ja", True),
    "ko": ("ko_KR", "ko", True), "vi": ("vi_VN", None, True),
    "id": ("id_ID", None, False), "th": ("th_TH", None, False),
}
_FK, _MP, _MA = {}, {}, {}


def fk(lang):
    loc = LOC[lang][0]
    if loc not in _FK:
        f = Faker(loc)
        f.seed_instance(SEED + len(_FK))
        _FK[loc] = f
    return _FK[loc]


def mp(lang):
    loc = LOC[lang][1]
    if loc is None:
        return None
    if loc not in _MP:
        _MP[loc] = Person(Locale(loc), seed=SEED + 7 * len(_MP))
        _MA[loc] = Address(Locale(loc), seed=SEED + 11 * len(_MA))
    return _MP[loc]


def src(gen, lang):
    if gen == "faker":
        return SRC.format("values from faker " + LOC[lang][0])
    if gen == "mimesis":
        return SRC.format("values from mimesis " + LOC[lang][1])
    if gen == "stdnum":
        return SRC.format("values from random digits + python-stdnum checksum")
    return SRC.format("values invented")


def clean_first(s):
    return s.strip().split()[0].capitalize() if s.strip() else s


GENDERED_SURNAMES = {"pl", "cs", "sk", "ru", "uk", "el", "lv", "lt", "bg", "sl", "hr"}
MT_FIRST = {"m": ["Ġorġ", "Joseph", "Carmel", "Kurt", "Ramon", "Ivan", "Mario", "Saviour"],
            "f": ["Maria", "Rita", "Doris", "Miriam", "Graziella", "Marthese", "Josette", "Rachel"]}
MT_LAST = ["Borg", "Camilleri", "Vella", "Farrugia", "Zammit", "Galea", "Micallef", "Grech", "Attard", "Spiteri", "Azzopardi", "Debono"]


def person_name(lang, use_mimesis=None):
    """Return (full name as written in that language, generator).  Gender-consistent."""
    from mimesis.enums import Gender
    fam_first = LOC[lang][2]
    g = R.choice("mf")
    if lang == "mt":
        return f"{R.choice(MT_FIRST[g])} {R.choice(MT_LAST)}", "invented"
    m = mp(lang)
    if use_mimesis is None:
        use_mimesis = m is not None and lang not in GENDERED_SURNAMES and R.random() < 0.4
    if use_mimesis and m is not None:
        gg = Gender.MALE if g == "m" else Gender.FEMALE
        first, last = m.first_name(gender=gg), m.last_name(gender=gg)
        gen = "mimesis"
    else:
        f = fk(lang)
        if g == "m":
            first, last = f.first_name_male(), f.last_name_male()
        else:
            first, last = f.first_name_female(), f.last_name_female()
        gen = "faker"
        for _ in range(20):  # Faker quirks: sk "...aová", lt female surnames in male form
            if lang == "sk" and last.endswith("aová"):
                last = f.last_name_female()
                continue
            break
        if lang == "lt" and g == "f" and last[-2:] in ("is", "as", "us", "ys"):
            last = last[:-2] + "ienė"
    if lang == "bg":
        first = first.capitalize()
    if lang in ("sl", "bg", "hr", "cs", "sk", "pl") and last[:1].islower():
        last = last[0].upper() + last[1:]
    if lang in ("ja", "zh", "ko"):
        return last + first, gen
    if fam_first:
        return f"{last} {first}", gen
    return f"{first} {last}", gen


def email(lang):
    m = mp(lang)
    if m is not None and R.random() < 0.35:
        return m.email(), "mimesis"
    f = fk(lang)
    return (f.free_email() if R.random() < 0.5 else f.company_email()), "faker"


PHONE_OWN = {  # national / international formats for locales Faker does badly
    "en": ["(###)###-####", "###-###-####", "+1 ### ### ####", "(###) ###-####"],
    "et": ["5### ####", "+372 5### ####", "+372 6## ####"],
    "lv": ["2### ####", "+371 2### ####", "+371 2#######"],
    "lt": ["8 6## #####", "+370 6## #####", "+3706#######"],
    "ga": ["087 ### ####", "+353 86 ### ####", "(01) ### ####"],
    "mt": ["79## ####", "+356 99## ####", "+356 21## ####"],
    "ar": ["+971 50 ### ####", "050 ### ####", "+966 5# ### ####", "+20 10 #### ####"],
    "es-MX": ["55 #### ####", "+52 55 #### ####", "+52 1 33 #### ####"],
    "ko": ["010-####-####", "+82 10-####-####"],
    "bg": ["0888 ### ###", "+359 88 ### ####"],
    "vi": ["090 ### ####", "+84 91 ### ####", "0912.###.###"],
}
PHONE_OWN_ONLY = {"et", "lv", "lt", "ga", "mt", "ar", "es-MX", "vi", "ko"}


def fill(fmt):
    out = []
    for ch in fmt:
        if ch == "#":
            out.append(str(R.randint(0, 9)))
        else:
            out.append(ch)
    s = "".join(out)
    return s


def phone(lang):
    if lang == "en":  # US area codes start 2-9
        fmt = R.choice(PHONE_OWN["en"])
        s = fill(fmt)
        for i, ch in enumerate(s):
            if ch.isdigit() and not (s.startswith("+1") and i == 1):
                if s[i] in "01":
                    s = s[:i] + str(R.randint(2, 9)) + s[i + 1:]
                break
        return s, "invented"
    if lang in PHONE_OWN and (lang in PHONE_OWN_ONLY or R.random() < 0.5):
        return fill(R.choice(PHONE_OWN[lang])), "invented"
    m = mp(lang)
    if m is not None and R.random() < 0.3:
        return m.phone_number(), "mimesis"
    f = fk(lang)
    for _ in range(20):
        p = f.phone_number()
        if "x" not in p:
            return p, "faker"
    return fill("+49 30 ########"), "invented"


def card():
    f = fk("en")
    for _ in range(50):
        ctype = R.choice(["visa16", "mastercard", "amex", "visa16", "discover"])
        n = f.credit_card_number(card_type=ctype)
        if luhn.is_valid(n):
            break
    style = R.random()
    if len(n) == 16 and style < 0.45:
        n = " ".join(n[i:i + 4] for i in range(0, 16, 4))
    elif len(n) == 16 and style < 0.6:
        n = "-".join(n[i:i + 4] for i in range(0, 16, 4))
    elif len(n) == 15 and style < 0.5:
        n = f"{n[:4]} {n[4:10]} {n[10:]}"
    return n, "faker"


IBAN_CC = {"de": "DE", "de-AT": "AT", "de-CH": "CH", "fr": "FR", "es": "ES",
           "it": "IT", "pt": "PT", "nl": "NL", "pl": "PL", "cs": "CZ",
           "sk": "SK", "ro": "RO", "el": "GR", "da": "DK", "nb": "NO",
           "fi": "FI", "tr": "TR", "pt-BR": "BR", "uk": "UA", "en-GB": "GB",
           "hu": "HU", "sl": "SI", "hr": "HR", "bg": "BG", "et": "EE",
           "lv": "LV", "lt": "LT", "ga": "IE", "mt": "MT", "sv": "SE",
           "ar": "AE", "he": "IL"}
IBAN_LEN = {"HU": 28, "SI": 19, "HR": 21, "BG": 22, "EE": 20, "LV": 21,
            "LT": 20, "IE": 22, "MT": 31, "SE": 24, "AE": 23, "IL": 23,
            "GB": 22}


def own_iban(cc):
    n = IBAN_LEN[cc]
    for _ in range(500):
        if cc in ("BG", "GB", "IE"):
            bban = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4)) + \
                "".join(str(R.randint(0, 9)) for _ in range(n - 8))
        elif cc == "LV":
            bban = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4)) + \
                "".join(str(R.randint(0, 9)) for _ in range(n - 8))
        elif cc == "MT":
            bban = "".join(R.choice(string.ascii_uppercase) for _ in range(4)) + \
                "".join(str(R.randint(0, 9)) for _ in range(n - 8))
        else:
            bban = "".join(str(R.randint(0, 9)) for _ in range(n - 4))
        cand = cc + "00" + bban
        cand = cc + std_iban.calc_check_digits(cand) + bban
        if std_iban.is_valid(cand):
            return cand
    raise RuntimeError(cc)


def iban(lang):
    cc = IBAN_CC[lang]
    f = fk(lang)
    val, gen = None, "faker"
    for _ in range(30):
        v = f.iban()
        if v.startswith(cc) and std_iban.is_valid(v):
            val = v
            break
    if val is None:
        val, gen = own_iban(cc), "stdnum"
    if R.random() < 0.55:
        val = " ".join(val[i:i + 4] for i in range(0, len(val), 4))
    assert std_iban.is_valid(val)
    return val, gen


def ip():
    f = fk("en")
    r = R.random()
    if r < 0.6:
        return f.ipv4_public(), "faker"
    if r < 0.8:
        return f.ipv6(), "faker"
    return f.ipv4_private(), "faker"


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def rdate(y0=1950, y1=2004):
    return date(R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))


def brute_last(prefix, mod, alphabet="0123456789", suffix=""):
    for c in alphabet:
        cand = prefix + c + suffix
        if mod.is_valid(cand):
            return cand
    return None


def nino():
    bad1 = set("DFIQUV")
    letters = [c for c in string.ascii_uppercase if c not in bad1]
    while True:
        a, b = R.choice(letters), R.choice([c for c in letters if c != "O"])
        if a + b not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    d = digits(6)
    s = R.choice("ABCD")
    return (f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {s}" if R.random() < 0.5 else f"{a}{b}{d}{s}")


def national_id(lang):
    """Return (value, label-for-note, generator)."""
    f = fk(lang)
    for _ in range(2000):
        if lang == "en":
            v = f.ssn()
            if us_ssn.is_valid(v):
                return v, "US SSN", "faker"
        elif lang == "en-GB":
            return nino(), "UK NINO (format rules)", "invented"
        elif lang == "de":
            v = brute_last(str(R.randint(1, 9)) + digits(9), idnr)
            if v:
                return (v if R.random() < 0.5 else f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"), "Steuer-IdNr", "stdnum"
        elif lang == "de-AT":
            v = f.ssn()
            if vnr.is_valid(v):
                return v, "SV-Nummer", "faker"
        elif lang == "de-CH":
            v = f.ssn()
            if ch_ssn.is_valid(v):
                return v, "AHV-Nummer", "faker"
        elif lang == "fr":
            v = f.ssn()
            if nir.is_valid(v):
                if R.random() < 0.5:
                    v = f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"
                return v, "NIR", "faker"
        elif lang == "es":
            v = f.nie() if R.random() < 0.4 else f.nif()
            if dni.is_valid(v) or nie.is_valid(v):
                return v, "DNI/NIE", "faker"
        elif lang == "it":
            v = f.ssn()
            if codicefiscale.is_valid(v):
                return v, "codice fiscale", "faker"
        elif lang == "pt":
            v = brute_last(digits(8) + str(R.randint(0, 9)) + R.choice(["ZZ", "ZX", "ZY"]), pt_cc)
            if v:
                return f"{v[:8]} {v[8]} {v[9:11]}{v[11]}", "Cartão de Cidadão", "stdnum"
        elif lang == "pt-BR":
            v = f.cpf()
            if cpf.is_valid(v):
                return v, "CPF", "faker"
        elif lang == "nl":
            v = f.ssn()
            if bsn.is_valid(v):
                return v, "BSN", "faker"
        elif lang == "pl":
            v = f.pesel()
            if pesel.is_valid(v):
                return v, "PESEL", "faker"
        elif lang in ("cs", "sk"):
            d = rdate(1955, 2003)
            mm = d.month + (50 if R.random() < 0.5 else 0)
            pre = f"{d.year % 100:02d}{mm:02d}{d.day:02d}"
            v = brute_last(pre + digits(3), cz_rc)
            if v and cz_rc.is_valid(v):
                return f"{v[:6]}/{v[6:]}", "rodné číslo", "stdnum"
        elif lang == "sl":
            d = rdate(1950, 1999)
            pre = f"{d.day:02d}{d.month:02d}{d.year % 1000:03d}50{R.choice(['0', '5'])}{digits(2)}"
            v = brute_last(pre, emso)
            if v:
                return v, "EMŠO", "stdnum"
        elif lang == "hr":
            v = f.ssn()
            if oib.is_valid(v):
                return v, "OIB", "faker"
        elif lang == "ro":
            v = f.ssn()
            if cnp.is_valid(v) and v[0] in "12":
                return v, "CNP", "faker"
        elif lang == "bg":
            d = rdate(1950, 1999)
            v = brute_last(f"{d.year % 100:02d}{d.month:02d}{d.day:02d}" + digits(3), egn)
            if v:
                return v, "ЕГН", "stdnum"
        elif lang == "el":
            v = f.ssn()
            if amka.is_valid(v):
                return v, "AMKA", "faker"
        elif lang == "sv":
            v = f.ssn()
            if personnummer.is_valid(v):
                return v, "personnummer", "faker"
        elif lang == "da":
            d = rdate(1950, 1999)
            v = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{digits(4)}"
            if cpr.is_valid(v):
                return v, "CPR-nummer", "stdnum"
        elif lang == "nb":
            v = f.ssn()
            if fodselsnummer.is_valid(v):
                return v, "fødselsnummer", "faker"
        elif lang == "fi":
            v = f.ssn()
            if hetu.is_valid(v):
                return v, "henkilötunnus", "faker"
        elif lang == "et":
            v = f.ssn()
            if ik.is_valid(v):
                return v, "isikukood", "faker"
        elif lang == "lt":
            d = rdate(1950, 1999)
            v = brute_last(f"{R.choice('34')}{d.year % 100:02d}{d.month:02d}{d.day:02d}" + digits(3), asmens)
            if v:
                return v, "asmens kodas", "stdnum"
        elif lang == "tr":
            v = f.ssn()
            if tckimlik.is_valid(v):
                return v, "TC kimlik no", "faker"
        elif lang == "he":
            v = f.ssn()
            if il_idnr.is_valid(v):
                return v, "teudat zehut", "faker"
        elif lang == "hi":
            base = str(R.randint(2, 9)) + digits(10)
            v = base + verhoeff.calc_check_digit(base)
            if aadhaar.is_valid(v):
                return (f"{v[:4]} {v[4:8]} {v[8:]}" if R.random() < 0.7 else v), "Aadhaar", "stdnum"
        elif lang == "zh":
            v = f.ssn()
            if ric.is_valid(v):
                return v, "居民身份证号", "faker"
        elif lang == "ko":
            v = f.ssn()
            if rrn.is_valid(v):
                return v, "주민등록번호", "faker"
        elif lang == "th":
            v = f.ssn()
            if th_pin.is_valid(v):
                return v, "เลขประจำตัวประชาชน", "faker"
        elif lang == "uk":
            v = f.ssn()
            if rntrc.is_valid(v):
                return v, "РНОКПП", "faker"
        elif lang == "ja":
            v = brute_last(digits(11), jp_in)
            if v:
                return (f"{v[:4]} {v[4:8]} {v[8:]}" if R.random() < 0.5 else v), "マイナンバー", "stdnum"
        elif lang == "ru":
            pre = str(R.randint(1, 9)) + digits(9)
            for a in "0123456789":
                v = brute_last(pre + a, inn)
                if v:
                    return v, "ИНН", "stdnum"
        elif lang == "id":
            d = rdate(1960, 2000)
            dd = d.day + (40 if R.random() < 0.5 else 0)
            v = f"3171{R.randint(1, 9):02d}{dd:02d}{d.month:02d}{d.year % 100:02d}{R.randint(1, 999):04d}"
            if nik.is_valid(v):
                return v, "NIK", "stdnum"
        elif lang == "ga":
            v = brute_last(digits(7), pps, alphabet="ABCDEFGHIJKLMNOPQRSTUVW")
            if v:
                return v, "PPS number", "stdnum"
        else:
            raise KeyError(lang)
    raise RuntimeError("no national id for " + lang)


def address(lang):
    """Return (address string, generator).  Newlines -> ', '."""
    m = mp(lang)
    loc = LOC[lang][1]
    native_faker = {"de", "de-AT", "de-CH", "fr", "es", "it", "pt", "pt-BR", "nl", "pl",
                    "cs", "sk", "sl", "hr", "hu", "ro", "el", "sv", "da", "nb", "fi",
                    "ru", "uk", "he", "zh", "ja", "ko", "vi", "id", "th", "en", "en-GB", "es-MX"}
    if m is not None and lang not in ("ar", "en") and (lang not in native_faker or R.random() < 0.4):
        a = _MA[loc]
        street = a.address()
        pc, city = a.postal_code(), a.city()
        if lang in ("ja", "zh", "ko"):
            return f"{pc} {city}{street}" if lang != "ko" else f"{city} {street} ({pc})", "mimesis"
        if lang in ("da", "nb", "et"):
            return f"{street}, {pc} {city}", "mimesis"
        return f"{street}, {pc} {city}", "mimesis"
    if lang in native_faker:
        f = fk(lang)
        for _ in range(50):
            a = f.address().replace("\n", ", ").replace(",,", ",").replace(" ,", ",")
            # keep only addresses with a house number and a postcode (>= 2 digit groups)
            if len(re.findall(r"\d+", a)) >= 2:
                break
        return a, "faker"
    return R.choice(OWN_ADDR[lang]), "invented"


OWN_ADDR = {
    "bg": ["ул. „Шипка“ 34, 1504 София", "бул. „Васил Левски“ 112, ет. 3, 4000 Пловдив",
           "ул. „Цар Симеон“ 8, 9000 Варна"],
    "lv": ["Brīvības iela 144-12, Rīga, LV-1012", "Lāčplēša iela 27 dz. 5, Rīga, LV-1011",
           "Rīgas iela 9, Jelgava, LV-3001"],
    "lt": ["Gedimino pr. 27-14, LT-01104 Vilnius", "Laisvės al. 53, LT-44309 Kaunas",
           "Taikos pr. 88-3, LT-91182 Klaipėda"],
    "ga": ["14 Sráid an Mhuilinn, Gaillimh, H91 X2K7", "7 Bóthar na Trá, Corcaigh, T12 AB34",
           "22 Ascaill Uí Chonaill, Baile Átha Cliath 1, D01 F5P2"],
    "mt": ["12, Triq il-Kbira, Ħal Qormi QRM 1234", "Flat 4, 57 Triq San Pawl, Ħal Balzan BZN 1520",
           "23, Triq ir-Repubblika, Il-Belt Valletta VLT 1117"],
    "ar": ["شارع الملك فهد 4521، حي العليا، الرياض 12214", "١٢ شارع التحرير، الدقي، الجيزة 12611",
           "شارع الشيخ زايد، برج الوفاء، شقة 1204، دبي"],
    "tr": ["Atatürk Cad. No: 45 Daire 7, 34710 Kadıköy/İstanbul", "Cumhuriyet Mah. 1203. Sok. No:12, 06520 Çankaya/Ankara"],
    "hi": ["फ्लैट 12, गली नंबर 4, लाजपत नगर, नई दिल्ली 110024", "मकान नं. 221, सेक्टर 15, नोएडा 201301"],
    "et": ["Pärnu mnt 22-15, 10141 Tallinn"],
}


def passport(lang):
    f = fk(lang)
    fmt = {
        "de": "C##X#???#", "fr": "##??#####", "it": "YA#######", "es": "PA?######",
        "pl": "E?#######", "nl": "N??#####", "en-GB": "#########", "en": "#########",
        "ru": "## ## ######", "uk": "FA######", "tr": "U########", "ja": "T?#######",
        "ko": "M########", "zh": "E########", "hi": "?#######", "sv": "########",
        "fi": "FP#######", "cs": "########", "pt-BR": "??######", "el": "A?#######",
        "hu": "??#######", "ro": "05#######", "he": "3#######", "vi": "C#######",
        "id": "X#######", "th": "AA#######", "da": "#########", "nb": "########",
        "bg": "3########", "hr": "#########", "sk": "E?#######", "lt": "########",
        "es-MX": "G########", "pt": "C?######", "ar": "A#######",
    }.get(lang, "?########")
    return f.bothify(fmt, letters="CFGHJKLMNPRTVWXYZ"), "faker"


def username(lang):
    m = mp(lang)
    if m is not None and R.random() < 0.4:
        return m.username(), "mimesis"
    return fk(lang).user_name(), "faker"


# --------------------------------------------------------------------------
# birth dates in words
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "nb": "januar februar mars april mai juni juli august september oktober november desember",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "hr": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca",
    "bg": "януари февруари март април май юни юли август септември октомври ноември декември",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio",
    "et": "jaanuaril veebruaril märtsil aprillil mail juunil juulil augustil septembril oktoobril novembril detsembril",
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
    "sl": "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra",
    "lv": "janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī",
    "hi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "he": "בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר",
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม",
    "ga": "Eanáir Feabhra Márta Aibreán Bealtaine Meitheamh Iúil Lúnasa Meán_Fómhair Deireadh_Fómhair Samhain Nollaig",
    "mt": "Jannar Frar Marzu April Mejju Ġunju Lulju Awwissu Settembru Ottubru Novembru Diċembru",
}
MONTHS = {k: [m.replace("_", " ") for m in v.split()] for k, v in MONTHS.items()}


def birth(lang, numeric=False):
    d = rdate(1940, 2006)
    y, mo, da = d.year, d.month, d.day
    base = lang.split("-")[0] if lang not in MONTHS else lang
    if base == "pt" or lang == "pt-BR":
        base = "pt"
    if lang == "es-MX":
        base = "es"
    if numeric or base not in MONTHS and base not in ("ja", "zh", "ko", "vi"):
        if lang in ("en",):
            return f"{mo:02d}/{da:02d}/{y}"
        if lang in ("de", "de-AT", "de-CH", "cs", "sk", "sl", "hr", "pl", "ru", "uk", "fi", "nb", "da", "et", "tr", "ro", "bg", "lv", "lt"):
            return f"{da:02d}.{mo:02d}.{y}"
        if lang in ("hu", "lt", "sv", "zh", "ja", "ko"):
            return f"{y}-{mo:02d}-{da:02d}" if lang != "hu" else f"{y}.{mo:02d}.{da:02d}."
        return f"{da:02d}/{mo:02d}/{y}"
    if base in ("ja", "zh"):
        return f"{y}年{mo}月{da}日"
    if base == "ko":
        return f"{y}년 {mo}월 {da}일"
    if base == "vi":
        return f"ngày {da} tháng {mo} năm {y}"
    M = MONTHS[base][mo - 1]
    if base == "en":
        return R.choice([f"{da} {M} {y}", f"{M} {da}, {y}"])
    if base == "hu":
        return f"{y}. {M} {da}."
    if base == "lt":
        return f"{y} m. {M} {da} d."
    if base == "lv":
        return f"{y}. gada {da}. {M}"
    if base == "th":
        return f"{da} {M} {y + 543}"
    if base in ("de", "cs", "sk", "sl", "hr", "fi", "et", "da", "nb"):
        return f"{da}. {M} {y}"
    if base == "es" or base == "pt":
        return f"{da} de {M} de {y}"
    if base == "mt":
        return f"{da} ta' {M} {y}"
    if base == "he":
        return f"{da} {M} {y}"
    return f"{da} {M} {y}"


# --------------------------------------------------------------------------
# sentence templates ({v} = the identifier)
T = {}  # kind -> lang -> [templates]


def add(kind, lang, *tpls):
    T.setdefault(kind, {}).setdefault(lang, []).extend(tpls)


# ---- core: name with a cue -----------------------------------------------
add("name", "en", "Hi, my name is {v} and I can't log in since the update.",
    "Contact person: {v}", "Thanks for the quick fix!\n\nBest regards,\n{v}",
    "From: {v} <support-reply@example.net>\nSubject: refund", "Dear {v}, your ticket has been closed.",
    "Account holder: {v}; please update the billing address.", "This is {v} from accounting, calling back about invoice 4471.")
add("name", "en-GB", "Cheers,\n{v}", "Hiya, {v} here - the parcel never arrived.", "Name on the booking: {v}.")
add("name", "de", "Hallo, mein Name ist {v}, ich habe eine Frage zur Rechnung.", "Ansprechpartner: {v}",
    "Mit freundlichen Grüßen\n{v}", "Guten Tag {v}, vielen Dank für Ihre Nachricht.",
    "Kontoinhaber: {v}", "Ich heiße {v} und wohne seit März in Leipzig.")
add("name", "de-AT", "Servus, hier spricht {v} - das Paket ist beschädigt.", "Liebe Grüße aus Graz,\n{v}")
add("name", "de-CH", "Freundliche Grüsse\n{v}", "Grüezi, ich bin {v} und habe mein Passwort vergessen.")
add("name", "fr", "Bonjour, je m'appelle {v} et je n'arrive pas à payer.", "Cordialement,\n{v}",
    "Titulaire du compte : {v}", "Madame, Monsieur, je soussigné {v}, demande le remboursement.",
    "De : {v} <contact@exemple.fr>")
add("name", "es", "Hola, me llamo {v} y el pedido no ha llegado.", "Un saludo,\n{v}",
    "Persona de contacto: {v}", "Estimado {v}: le confirmamos la cita.", "Soy {v}, cliente desde 2019.")
add("name", "es-MX", "Buenas tardes, mi nombre es {v}, quiero cancelar mi suscripción.", "Saludos cordiales,\n{v}",
    "Titular de la cuenta: {v}")
add("name", "it", "Buongiorno, mi chiamo {v} e vorrei un rimborso.", "Cordiali saluti,\n{v}",
    "Referente: {v}", "Gentile {v}, la sua pratica è stata aperta.", "Sono {v}, vi scrivo per il reso.")
add("name", "pt", "Olá, o meu nome é {v} e não consigo entrar na conta.", "Com os melhores cumprimentos,\n{v}",
    "Titular da conta: {v}")
add("name", "pt-BR", "Oi, meu nome é {v}, o boleto não chegou.", "Att.,\n{v}", "Prezado {v}, recebemos sua solicitação.",
    "Aqui é {v}, falei com vocês ontem pelo chat.")
add("name", "nl", "Hallo, mijn naam is {v} en mijn bestelling is zoek.", "Met vriendelijke groet,\n{v}",
    "Contactpersoon: {v}", "Beste {v}, bedankt voor je bericht.", "Ik ben {v} en ik wil mijn abonnement opzeggen.")
add("name", "pl", "Dzień dobry, nazywam się {v} i mam problem z logowaniem.", "Pozdrawiam serdecznie,\n{v}",
    "Osoba kontaktowa: {v}", "Z tej strony {v}, dzwoniłem wczoraj.", "Właściciel rachunku: {v}")
add("name", "cs", "Dobrý den, jmenuji se {v} a nefunguje mi platba.", "S pozdravem\n{v}",
    "Kontaktní osoba: {v}", "Tady {v}, posílám reklamaci.")
add("name", "sk", "Dobrý deň, volám sa {v} a objednávka neprišla.", "S pozdravom\n{v}", "Kontaktná osoba: {v}")
add("name", "sl", "Pozdravljeni, moje ime je {v} in ne morem se prijaviti.", "Lep pozdrav,\n{v}", "Kontaktna oseba: {v}")
add("name", "hr", "Poštovani, zovem se {v} i imam pitanje o računu.", "Srdačan pozdrav,\n{v}", "Kontakt osoba: {v}")
add("name", "hu", "Jó napot, {v} vagyok, nem érkezett meg a csomagom.", "Üdvözlettel:\n{v}",
    "Kapcsolattartó: {v}", "A nevem {v}, és segítséget szeretnék kérni.")
add("name", "ro", "Bună ziua, mă numesc {v} și nu pot plăti online.", "Cu stimă,\n{v}", "Persoană de contact: {v}")
add("name", "bg", "Здравейте, казвам се {v} и имам проблем с поръчката.", "Поздрави,\n{v}", "Лице за контакт: {v}")
add("name", "el", "Γεια σας, με λένε {v} και δεν μπορώ να συνδεθώ.", "Με εκτίμηση,\n{v}", "Υπεύθυνος επικοινωνίας: {v}")
add("name", "sv", "Hej, jag heter {v} och har inte fått min beställning.", "Med vänliga hälsningar\n{v}", "Kontaktperson: {v}")
add("name", "da", "Hej, mit navn er {v}, og jeg kan ikke logge ind.", "Venlig hilsen\n{v}", "Kontoindehaver: {v}")
add("name", "nb", "Hei, jeg heter {v} og lurer på leveringen.", "Med vennlig hilsen\n{v}", "Kontaktperson: {v}")
add("name", "fi", "Hei, nimeni on {v} ja tilaukseni puuttuu.", "Ystävällisin terveisin\n{v}", "Yhteyshenkilö: {v}",
    "Olen {v}, soitin eilen asiakaspalveluun.")
add("name", "et", "Tere, minu nimi on {v} ja mul on küsimus arve kohta.", "Lugupidamisega\n{v}", "Kontaktisik: {v}")
add("name", "lv", "Labdien, mani sauc {v}, un man ir jautājums.", "Ar cieņu,\n{v}", "Kontaktpersona: {v}")
add("name", "lt", "Laba diena, mano vardas {v}, negaliu prisijungti.", "Pagarbiai,\n{v}", "Kontaktinis asmuo: {v}")
add("name", "ga", "Dia duit, is mise {v} agus níor tháinig an beart.", "Le meas,\n{v}", "Is é m'ainm {v}.")
add("name", "mt", "Bonġu, jien jisimni {v} u għandi problema bl-ordni.", "Dejjem tiegħek,\n{v}", "Persuna ta' kuntatt: {v}")
add("name", "ru", "Здравствуйте, меня зовут {v}, не приходит код подтверждения.", "С уважением,\n{v}",
    "Контактное лицо: {v}", "Владелец счёта: {v}")
add("name", "uk", "Добрий день, мене звати {v}, замовлення не надійшло.", "З повагою,\n{v}", "Контактна особа: {v}")
add("name", "tr", "Merhaba, benim adım {v}, siparişim hâlâ gelmedi.", "Saygılarımla,\n{v}", "İrtibat kişisi: {v}",
    "Ben {v}, dün aramıştım.")
add("name", "ar", "مرحباً، اسمي {v} ولا أستطيع تسجيل الدخول.", "مع خالص التحية،\n{v}", "الشخص المسؤول: {v}")
add("name", "he", "שלום, קוראים לי {v} ולא קיבלתי את ההזמנה.", "בברכה,\n{v}", "איש קשר: {v}")
add("name", "hi", "नमस्ते, मेरा नाम {v} है और मेरा ऑर्डर नहीं आया।", "धन्यवाद,\n{v}", "संपर्क व्यक्ति: {v}")
add("name", "zh", "你好，我叫{v}，我的订单还没到。", "此致\n敬礼\n{v}", "联系人：{v}", "我是{v}，昨天给你们打过电话。")
add("name", "ja", "お世話になっております。{v}と申します。", "担当者：{v}", "{v}です。注文の件で連絡しました。", "よろしくお願いいたします。\n{v}")
add("name", "ko", "안녕하세요, 저는 {v}입니다. 주문이 아직 안 왔어요.", "담당자: {v}", "제 이름은 {v}이고 환불을 원합니다.")
add("name", "vi", "Xin chào, tôi tên là {v}, đơn hàng của tôi chưa đến.", "Trân trọng,\n{v}", "Người liên hệ: {v}")
add("name", "id", "Halo, nama saya {v}, pesanan saya belum sampai.", "Salam,\n{v}", "Narahubung: {v}")
add("name", "th", "สวัสดีครับ ผมชื่อ{v} สินค้ายังไม่มาถึงครับ", "ขอแสดงความนับถือ\n{v}", "ผู้ติดต่อ: {v}")

# ---- core: email ------------------------------------------------------------
add("email", "en", "Please reply to {v} instead of my work address.", "{v} is my new email, old one is dead.",
    "email: {v}", "Can you resend the invoice to {v}?")
add("email", "de", "Bitte antworten Sie an {v}, danke.", "Meine E-Mail-Adresse lautet {v}.", "E-Mail: {v}")
add("email", "fr", "Mon adresse e-mail est {v}, merci de me recontacter.", "Courriel : {v}")
add("email", "es", "Escríbanme a {v}, por favor.", "Correo: {v}")
add("email", "es-MX", "Mi correo es {v}; ahí me llegan las facturas.")
add("email", "it", "Potete scrivermi a {v}?", "La mia mail è {v}.")
add("email", "pt", "O meu email é {v}.")
add("email", "pt-BR", "Me manda no e-mail {v}, valeu!")
add("email", "nl", "Mijn e-mailadres is {v}.", "Stuur de factuur naar {v} aub")
add("email", "pl", "Proszę o odpowiedź na adres {v}.", "Mój mail: {v}")
add("email", "cs", "Můj e-mail je {v}, děkuji.")
add("email", "sk", "Odpíšte mi prosím na {v}.")
add("email", "sl", "Moj e-naslov je {v}.")
add("email", "hr", "Moja e-mail adresa je {v}.")
add("email", "hu", "Az e-mail címem: {v}")
add("email", "ro", "Adresa mea de e-mail este {v}.")
add("email", "bg", "Имейлът ми е {v}.")
add("email", "el", "Το email μου είναι {v}.")
add("email", "sv", "Min mejladress är {v}.")
add("email", "da", "Skriv til mig på {v}.")
add("email", "nb", "E-post: {v}")
add("email", "fi", "Sähköpostini on {v}.")
add("email", "et", "Minu e-post on {v}.")
add("email", "lv", "Mans e-pasts ir {v}.")
add("email", "lt", "Mano el. paštas: {v}")
add("email", "ru", "Мой email: {v}, пишите туда.", "Пришлите чек на {v}")
add("email", "uk", "Моя пошта {v}.")
add("email", "tr", "E-posta adresim {v}, oradan dönüş yapabilirsiniz.")
add("email", "ar", "بريدي الإلكتروني هو {v}")
add("email", "he", "המייל שלי הוא {v}")
add("email", "hi", "मेरा ईमेल {v} है।")
add("email", "zh", "我的邮箱是{v}，请回复到这里。")
add("email", "ja", "メールアドレスは{v}です。")
add("email", "ko", "이메일은 {v} 입니다.")
add("email", "vi", "Email của tôi là {v}.")
add("email", "id", "Email saya {v}, terima kasih.")
add("email", "th", "อีเมลของฉันคือ {v} ค่ะ")
add("email", "ga", "Mo sheoladh ríomhphoist: {v}")
add("email", "mt", "L-email tiegħi hu {v}.")

# ---- core: phone --------------------------------------------------------
add("phone", "en", "Call me at {v} after 5pm.", "Phone: {v}", "{v} is the best number to reach me.",
    "my cell is {v}, text is fine too")
add("phone", "en-GB", "Ring me on {v} if the courier can't find the house.")
add("phone", "de", "Sie erreichen mich unter {v}.", "Tel.: {v}", "Rückruf bitte auf {v}, ab 14 Uhr.")
add("phone", "de-AT", "Meine Handynummer ist {v}.")
add("phone", "de-CH", "Tel. {v} (Geschäft)")
add("phone", "fr", "Vous pouvez me joindre au {v}.", "Tél : {v}")
add("phone", "es", "Mi teléfono es el {v}.", "Llámenme al {v}, por favor.")
add("phone", "es-MX", "Mi celular: {v}", "Márquenme al {v} después de las 6.")
add("phone", "it", "Il mio numero è {v}.", "Cell. {v}")
add("phone", "pt", "O meu telemóvel é {v}.")
add("phone", "pt-BR", "Meu WhatsApp é {v}.", "Telefone para contato: {v}")
add("phone", "nl", "Bel me op {v}.", "Telefoonnummer: {v}")
add("phone", "pl", "Mój numer telefonu to {v}.", "tel. {v}")
add("phone", "cs", "Volejte na {v}.", "Tel.: {v}")
add("phone", "sk", "Moje telefónne číslo je {v}.")
add("phone", "sl", "Pokličite me na {v}.")
add("phone", "hr", "Moj broj mobitela je {v}.")
add("phone", "hu", "A telefonszámom: {v}")
add("phone", "ro", "Numărul meu de telefon este {v}.")
add("phone", "bg", "Телефонът ми е {v}.")
add("phone", "el", "Το τηλέφωνό μου είναι {v}.")
add("phone", "sv", "Ring mig på {v}.", "Mobil: {v}")
add("phone", "da", "Mit telefonnummer er {v}.")
add("phone", "nb", "Ring meg på {v}.")
add("phone", "fi", "Puhelinnumeroni on {v}.")
add("phone", "et", "Minu telefon: {v}")
add("phone", "lv", "Mans tālrunis ir {v}.")
add("phone", "lt", "Mano telefono numeris {v}.")
add("phone", "ga", "Glaoigh orm ar {v}.")
add("phone", "mt", "In-numru tiegħi hu {v}.")
add("phone", "ru", "Мой телефон {v}, звоните в любое время.", "Тел.: {v}")
add("phone", "uk", "Мій номер телефону {v}.")
add("phone", "tr", "Telefon numaram {v}.", "Cep: {v}")
add("phone", "ar", "رقم هاتفي هو {v}")
add("phone", "he", "מספר הטלפון שלי הוא {v}")
add("phone", "hi", "मेरा फ़ोन नंबर {v} है।")
add("phone", "zh", "我的手机号是{v}，有问题请联系。")
add("phone", "ja", "電話番号は{v}です。")
add("phone", "ko", "연락처는 {v}입니다.")
add("phone", "vi", "Số điện thoại của tôi là {v}.")
add("phone", "id", "Nomor HP saya {v}.")
add("phone", "th", "เบอร์โทรของผมคือ {v} ครับ")

# ---- core: card ------------------------------------------------------------
add("card", "en", "I paid with card {v} and got charged twice.", "Card number: {v}, exp 04/29")
add("card", "de", "Meine Kreditkartennummer ist {v}.", "Abgebucht wurde von der Karte {v}.")
add("card", "fr", "Ma carte bancaire {v} a été débitée deux fois.")
add("card", "es", "Pagué con la tarjeta {v}.")
add("card", "es-MX", "El cargo salió de mi tarjeta {v}.")
add("card", "it", "Numero carta: {v}")
add("card", "pt-BR", "O número do cartão é {v}.")
add("card", "nl", "Mijn creditcardnummer: {v}")
add("card", "pl", "Numer karty: {v}")
add("card", "cs", "Číslo karty {v} mi zablokovali.")
add("card", "sv", "Kortnummer {v} drogs två gånger.")
add("card", "fi", "Korttini numero on {v}.")
add("card", "ru", "Номер карты {v}, деньги списались дважды.")
add("card", "uk", "Номер картки: {v}")
add("card", "tr", "Kart numaram {v}.")
add("card", "ja", "カード番号は{v}です。")
add("card", "zh", "我的信用卡号是{v}。")
add("card", "ko", "카드 번호: {v}")
add("card", "ar", "رقم البطاقة {v}")
add("card", "he", "מספר הכרטיס: {v}")
add("card", "hu", "A kártyaszámom {v}.")
add("card", "ro", "Numărul cardului: {v}")
add("card", "el", "Αριθμός κάρτας: {v}")
add("card", "id", "Nomor kartu kredit saya {v}.")

# ---- core: ip -------------------------------------------------------------
add("ip", "en", "My IP is {v} if that helps.", "Blocked from {v} again, please whitelist.")
add("ip", "de", "Meine IP-Adresse: {v}", "Zugriff von {v} wurde gesperrt.")
add("ip", "fr", "Mon adresse IP est {v}.")
add("ip", "es", "Mi IP es {v}.")
add("ip", "it", "Il mio indirizzo IP è {v}.")
add("ip", "pt-BR", "Meu IP: {v}")
add("ip", "nl", "Mijn IP-adres is {v}.")
add("ip", "pl", "Mój adres IP to {v}.")
add("ip", "cs", "Moje IP adresa je {v}.")
add("ip", "ru", "Мой IP {v}, меня заблокировали.")
add("ip", "uk", "Моя IP-адреса {v}.")
add("ip", "tr", "IP adresim {v}.")
add("ip", "ja", "IPアドレスは{v}です。")
add("ip", "zh", "我的IP是{v}。")
add("ip", "ko", "제 IP는 {v}입니다.")
add("ip", "sv", "Min IP-adress är {v}.")
add("ip", "fi", "IP-osoitteeni on {v}.")
add("ip", "vi", "Địa chỉ IP của tôi là {v}.")
add("ip", "hu", "Az IP-címem: {v}")
add("ip", "ar", "عنوان IP الخاص بي {v}")

# ---- core: iban -------------------------------------------------------------
add("iban", "de", "Bitte überweisen Sie die Erstattung auf {v}.", "IBAN: {v}, BIC folgt.")
add("iban", "de-AT", "Meine IBAN lautet {v}.")
add("iban", "de-CH", "Rückzahlung bitte auf IBAN {v}.")
add("iban", "fr", "Mon IBAN : {v}")
add("iban", "es", "Mi IBAN es {v}.")
add("iban", "it", "IBAN per il rimborso: {v}")
add("iban", "pt", "O meu IBAN é {v}.")
add("iban", "pt-BR", "Segue o IBAN: {v}")
add("iban", "nl", "Graag terugstorten op {v}.", "IBAN: {v}")
add("iban", "pl", "Proszę o zwrot na konto {v}.")
add("iban", "cs", "Vraťte peníze na účet {v}.")
add("iban", "sk", "Číslo účtu (IBAN): {v}")
add("iban", "ro", "Contul meu IBAN este {v}.")
add("iban", "el", "IBAN: {v}")
add("iban", "da", "Mit IBAN er {v}.")
add("iban", "nb", "Kontonummer (IBAN): {v}")
add("iban", "fi", "Tilinumeroni on {v}.")
add("iban", "tr", "IBAN numaram {v}.")
add("iban", "uk", "Мій IBAN: {v}")
add("iban", "en-GB", "Refund to IBAN {v} please.")
add("iban", "hu", "A bankszámlám IBAN-ja: {v}")
add("iban", "sl", "Moj IBAN je {v}.")
add("iban", "hr", "IBAN za povrat: {v}")
add("iban", "bg", "Моят IBAN е {v}.")
add("iban", "et", "Minu IBAN: {v}")
add("iban", "lv", "Mans IBAN ir {v}.")
add("iban", "lt", "Mano IBAN {v}.")
add("iban", "ga", "Seo mo IBAN: {v}")
add("iban", "mt", "L-IBAN tiegħi: {v}")
add("iban", "sv", "Mitt IBAN är {v}.")
add("iban", "ar", "رقم الآيبان الخاص بي {v}")
add("iban", "he", "מספר IBAN שלי: {v}")

# ---- extended: name without a cue ------------------------------------------
add("xname", "en", "I spoke with {v} yesterday and they promised a refund.",
    "{v} told me the parcel was lost.", "Is {v} still handling my case?", "The courier gave the box to {v} next door.")
add("xname", "de", "Gestern hat {v} mir gesagt, dass das Paket unterwegs ist.", "Ich habe das mit {v} besprochen.")
add("xname", "fr", "Hier, {v} m'a dit que la commande était partie.", "J'en ai parlé avec {v} au téléphone.")
add("xname", "es", "Ayer hablé con {v} y me dijo que lo solucionarían.", "{v} me atendió muy mal en la tienda.")
add("xname", "it", "Ieri ho parlato con {v}, che mi ha promesso il rimborso.")
add("xname", "pt-BR", "Falei ontem com {v} e ninguém resolveu nada.")
add("xname", "nl", "Ik heb gisteren met {v} gebeld over de levering.")
add("xname", "sv", "Jag pratade med {v} i går om leveransen.")
add("xname", "da", "{v} lovede mig en ny vare i sidste uge.")
add("xname", "nb", "Jeg snakket med {v} om fakturaen.")
add("xname", "ro", "Am vorbit ieri cu {v} despre comandă.")
add("xname", "el", "{v} μου είπε χθες ότι η παραγγελία στάλθηκε.")
add("xname", "tr", "Dün {v} ile konuştum, iade yapılacakmış.")
add("xname", "zh", "昨天{v}跟我说包裹已经寄出了。")
add("xname", "ja", "昨日{v}さんに電話しましたが、まだ返事がありません。")
add("xname", "ko", "어제 {v} 씨와 통화했는데 아직 해결이 안 됐어요.")
add("xname", "vi", "Hôm qua {v} nói với tôi rằng đơn hàng đã được gửi.")
add("xname", "id", "Kemarin {v} bilang paketnya sudah dikirim.")
add("xname", "he", "דיברתי אתמול עם {v} והוא הבטיח החזר.")
add("xname", "ar", "تحدثت أمس مع {v} ووعدني باسترداد المبلغ.")
add("xname", "hi", "कल {v} ने कहा था कि पार्सल भेज दिया गया है।")
add("xname", "th", "เมื่อวาน{v}บอกว่าส่งของแล้ว")
add("xname", "es-MX", "{v} nos dijo que el técnico venía el lunes.")
add("xname", "et", "Eile ütles {v}, et pakk on teel.")
add("xname", "sl", "Včeraj mi je {v} rekel, da je paket poslan.")
add("xname", "mt", "Ilbieraħ {v} qalli li l-pakkett intbagħat.")
add("xname", "ga", "Dúirt {v} liom inné go raibh an beart seolta.")

# declined / inflected names, no cue (hand-written, values invented)
DECLINED = [
    ("pl", "Wczoraj rozmawiałam z Katarzyną Wiśniewską i obiecała zwrot.", "Katarzyną Wiśniewską", "instrumental"),
    ("pl", "Paczkę odebrał sąsiad, pan Tomasz Zieliński, bo mnie nie było.", "Tomasz Zieliński", "nominative after 'pan'"),
    ("pl", "Przekazałem dokumenty Marcinowi Kowalczykowi w piątek.", "Marcinowi Kowalczykowi", "dative"),
    ("pl", "Nie mogę się dodzwonić do Agnieszki Lewandowskiej.", "Agnieszki Lewandowskiej", "genitive"),
    ("cs", "Včera jsem mluvil s Petrem Novotným a slíbil mi vrácení peněz.", "Petrem Novotným", "instrumental"),
    ("cs", "Poslala jsem to Janě Dvořákové, ale neodpověděla.", "Janě Dvořákové", "dative"),
    ("cs", "Od Martina Procházky jsem nic nedostal.", "Martina Procházky", "genitive"),
    ("sk", "Hovoril som s Jánom Kováčom o faktúre.", "Jánom Kováčom", "instrumental"),
    ("ru", "Вчера я говорил с Сергеем Ивановым, он обещал перезвонить.", "Сергеем Ивановым", "instrumental"),
    ("ru", "Передайте, пожалуйста, документы Ольге Смирновой.", "Ольге Смирновой", "dative"),
    ("ru", "У Дмитрия Кузнецова до сих пор нет доступа.", "Дмитрия Кузнецова", "genitive"),
    ("uk", "Я вже телефонувала Олені Шевченко, але вона не відповіла.", "Олені Шевченко", "dative"),
    ("uk", "Поговоріть з Андрієм Коваленком, він у курсі.", "Андрієм Коваленком", "instrumental"),
    ("fi", "Puhuin eilen Mikko Virtasen kanssa, ja hän lupasi hyvityksen.", "Mikko Virtasen", "genitive"),
    ("fi", "Soitin Liisa Korhoselle kahdesti.", "Liisa Korhoselle", "allative"),
    ("fi", "Paketti jäi Jukka Nieminelle naapuriin.", "Jukka Nieminelle", "allative"),
    ("hu", "Tegnap beszéltem Nagy Péterrel, és megígérte a visszatérítést.", "Nagy Péterrel", "instrumental -val/-vel"),
    ("hu", "Kovács Annának már kétszer írtam.", "Kovács Annának", "dative"),
    ("hu", "A csomagot Szabó Gábortól kaptam meg.", "Szabó Gábortól", "ablative"),
    ("hr", "Razgovarao sam s Ivanom Horvatom o dostavi.", "Ivanom Horvatom", "instrumental"),
    ("lt", "Kalbėjau su Jonu Kazlausku dėl sąskaitos.", "Jonu Kazlausku", "instrumental"),
    ("lv", "Vakar runāju ar Jāni Bērziņu par rēķinu.", "Jāni Bērziņu", "accusative"),
    ("tr", "Dün Mehmet Yılmaz'a e-posta attım ama cevap yok.", "Mehmet Yılmaz", "suffix after apostrophe"),
    ("tr", "Ayşe Demir'in söylediğine göre kargo yolda.", "Ayşe Demir", "genitive suffix after apostrophe"),
    ("bg", "Говорих с Иван Петров вчера за доставката.", "Иван Петров", "no case (Bulgarian)"),
    ("el", "Έστειλα τα έγγραφα στη Μαρία Παπαδοπούλου χθες.", "Μαρία Παπαδοπούλου", "genitive surname"),
]
# declined names with a cue (core)
DECLINED_CORE = [
    ("pl", "Proszę o kontakt z panią Magdaleną Kamińską, naszą księgową.", "Magdaleną Kamińską", "cue 'z panią', instrumental"),
    ("cs", "Dotaz prosím směrujte na paní Evu Svobodovou.", "Evu Svobodovou", "cue 'paní', accusative"),
    ("ru", "Письмо от Анны Петровой: «заказ не пришёл».", "Анны Петровой", "cue 'Письмо от', genitive"),
    ("fi", "Terveisin Anna Mäkisen puolesta,\nPekka", "Anna Mäkisen", "cue 'puolesta' genitive"),
    ("hu", "Üdvözlettel:\nTóth Katalin", "Tóth Katalin", "signature"),
    ("uk", "Звернення від Ігоря Бондаренка щодо повернення коштів.", "Ігоря Бондаренка", "cue 'від', genitive"),
]

# ---- extended: address ---------------------------------------------------------
add("address", "en", "Ship it to {v} instead.", "My address is {v}.", "Billing address: {v}")
add("address", "en-GB", "Please deliver to {v} - side gate.")
add("address", "de", "Meine neue Adresse: {v}", "Bitte liefern Sie an {v}, 2. OG.", "Neue Anschrift ab sofort: {v} (bitte im System ändern).")
add("address", "de-AT", "Lieferadresse: {v}")
add("address", "de-CH", "Neue Adresse ab 1. Mai: {v}")
add("address", "fr", "Mon adresse : {v}", "Merci de livrer au {v}.")
add("address", "es", "Envíenlo a {v}.", "Dirección de entrega: {v}")
add("address", "es-MX", "Mi domicilio es {v}.")
add("address", "it", "Indirizzo di consegna: {v}")
add("address", "pt", "A minha morada é {v}.")
add("address", "pt-BR", "Endereço de entrega: {v}")
add("address", "nl", "Mijn adres is {v}.", "Bezorgadres: {v}")
add("address", "pl", "Proszę wysłać na adres {v}.", "Adres do korespondencji: {v}")
add("address", "cs", "Doručovací adresa: {v}")
add("address", "sk", "Moja adresa je {v}.")
add("address", "sl", "Naslov za dostavo: {v}")
add("address", "hr", "Adresa za dostavu: {v}")
add("address", "hu", "A címem: {v}")
add("address", "ro", "Adresa de livrare: {v}")
add("address", "bg", "Адрес за доставка: {v}")
add("address", "el", "Διεύθυνση αποστολής: {v}")
add("address", "sv", "Min adress är {v}.")
add("address", "da", "Leveringsadresse: {v}")
add("address", "nb", "Adressen min er {v}.")
add("address", "fi", "Toimitusosoite: {v}")
add("address", "et", "Minu aadress: {v}")
add("address", "lv", "Piegādes adrese: {v}")
add("address", "lt", "Pristatymo adresas: {v}")
add("address", "ga", "Mo sheoladh: {v}")
add("address", "mt", "L-indirizz tiegħi: {v}")
add("address", "ru", "Адрес доставки: {v}")
add("address", "uk", "Моя адреса: {v}")
add("address", "tr", "Teslimat adresi: {v}")
add("address", "ar", "عنواني: {v}")
add("address", "he", "הכתובת שלי: {v}")
add("address", "hi", "मेरा पता: {v}")
add("address", "zh", "收货地址：{v}")
add("address", "ja", "住所：{v}")
add("address", "ko", "배송지: {v}")
add("address", "vi", "Địa chỉ giao hàng: {v}")
add("address", "id", "Alamat pengiriman: {v}")
add("address", "th", "ที่อยู่จัดส่ง: {v}")

# ---- extended: national id ----------------------------------------------------
add("national_id", "en", "My SSN is {v}.", "SSN {v} - needed for the tax form?")
add("national_id", "en-GB", "National Insurance number: {v}")
add("national_id", "de", "Meine Steuer-ID lautet {v}.", "Steueridentifikationsnummer: {v}")
add("national_id", "de-AT", "Sozialversicherungsnummer: {v}")
add("national_id", "de-CH", "AHV-Nr. {v}")
add("national_id", "fr", "Mon numéro de sécurité sociale est {v}.")
add("national_id", "es", "Mi DNI es {v}.", "NIE: {v}")
add("national_id", "it", "Il mio codice fiscale è {v}.", "C.F. {v}")
add("national_id", "pt", "Cartão de Cidadão n.º {v}")
add("national_id", "pt-BR", "Meu CPF é {v}.", "CPF: {v}")
add("national_id", "nl", "Mijn BSN is {v}.", "BSN-nummer: {v}")
add("national_id", "pl", "Mój PESEL to {v}.", "PESEL: {v}")
add("national_id", "cs", "Rodné číslo: {v}")
add("national_id", "sk", "Moje rodné číslo je {v}.")
add("national_id", "sl", "EMŠO: {v}")
add("national_id", "hr", "Moj OIB je {v}.")
add("national_id", "ro", "CNP-ul meu este {v}.")
add("national_id", "bg", "ЕГН: {v}")
add("national_id", "el", "ΑΜΚΑ: {v}")
add("national_id", "sv", "Mitt personnummer är {v}.")
add("national_id", "da", "CPR-nr.: {v}")
add("national_id", "nb", "Fødselsnummeret mitt er {v}.")
add("national_id", "fi", "Henkilötunnukseni on {v}.", "Hetu: {v}")
add("national_id", "et", "Isikukood: {v}")
add("national_id", "lt", "Asmens kodas: {v}")
add("national_id", "tr", "TC kimlik numaram {v}.", "T.C. Kimlik No: {v}")
add("national_id", "he", "מספר תעודת זהות: {v}")
add("national_id", "hi", "मेरा आधार नंबर {v} है।")
add("national_id", "zh", "身份证号：{v}")
add("national_id", "ko", "주민등록번호: {v}")
add("national_id", "th", "เลขบัตรประชาชน {v}")
add("national_id", "uk", "РНОКПП: {v}")
add("national_id", "ja", "マイナンバーは{v}です。")
add("national_id", "ru", "ИНН: {v}")
add("national_id", "id", "NIK saya {v}.")
add("national_id", "ga", "Uimhir PPS: {v}")
# alone (no cue), long enough
NID_ALONE = {
    "pl": "Dane do faktury: Jan, {v}, Kraków.",
    "nl": "{v} - graag koppelen aan mijn account.",
    "pt-BR": "Segue {v} para o cadastro.",
    "it": "{v} (per la fattura)",
    "tr": "Kayıt için {v} kullanılabilir.",
    "fr": "{v} — à ajouter au dossier svp.",
    "sv": "Uppgifter: {v}, Malmö.",
    "zh": "麻烦帮我登记一下：{v}",
    "ro": "Date pentru factură: {v}.",
    "fi": "Tiedot: {v}, Tampere.",
}

# ---- extended: birth date ---------------------------------------------------
add("birth_date", "en", "I was born on {v}.", "Date of birth: {v}", "DOB {v}")
add("birth_date", "de", "Geboren am {v}.", "Geb.-Datum: {v}")
add("birth_date", "de-AT", "Geburtsdatum: {v}")
add("birth_date", "fr", "Je suis née le {v}.", "Date de naissance : {v}")
add("birth_date", "es", "Nací el {v}.", "Fecha de nacimiento: {v}")
add("birth_date", "es-MX", "Fecha de nac.: {v}")
add("birth_date", "it", "Sono nato il {v}.", "Data di nascita: {v}")
add("birth_date", "pt", "Data de nascimento: {v}")
add("birth_date", "pt-BR", "Nasci em {v}.")
add("birth_date", "nl", "Ik ben geboren op {v}.", "Geboortedatum: {v}")
add("birth_date", "pl", "Urodziłam się {v} r.", "Data urodzenia: {v}")
add("birth_date", "cs", "Narodil jsem se {v}.", "Datum narození: {v}")
add("birth_date", "sk", "Dátum narodenia: {v}")
add("birth_date", "sl", "Rojena sem {v}.")
add("birth_date", "hr", "Rođen sam {v}.")
add("birth_date", "hu", "Születési dátum: {v}", "{v} születtem.")
add("birth_date", "ro", "Data nașterii: {v}")
add("birth_date", "bg", "Роден съм на {v} г.")
add("birth_date", "el", "Γεννήθηκα στις {v}.")
add("birth_date", "sv", "Jag är född den {v}.")
add("birth_date", "da", "Fødselsdato: {v}")
add("birth_date", "nb", "Jeg er født {v}.")
add("birth_date", "fi", "Olen syntynyt {v}.", "Syntymäaika: {v}")
add("birth_date", "et", "Sündinud {v}.")
add("birth_date", "lv", "Esmu dzimis {v}.")
add("birth_date", "lt", "Gimiau {v} Kaune.")
add("birth_date", "ga", "Rugadh mé ar an {v}.")
add("birth_date", "mt", "Twelidt fl-{v}.")
add("birth_date", "ru", "Дата рождения: {v}", "Я родилась {v} года.")
add("birth_date", "uk", "Дата народження: {v}")
add("birth_date", "tr", "Doğum tarihim {v}.")
add("birth_date", "ar", "تاريخ الميلاد: {v}")
add("birth_date", "he", "נולדתי ב-{v}.")
add("birth_date", "hi", "मेरी जन्मतिथि {v} है।")
add("birth_date", "zh", "我出生于{v}。")
add("birth_date", "ja", "生年月日：{v}")
add("birth_date", "ko", "생년월일: {v}")
add("birth_date", "vi", "Tôi sinh {v}.")
add("birth_date", "id", "Tanggal lahir: {v}")
add("birth_date", "th", "เกิดวันที่ {v}")

# ---- extended: passport ---------------------------------------------------------
add("passport", "en", "Passport number: {v}", "My passport no. is {v}, expires 2031.")
add("passport", "en-GB", "Passport {v} was used for the booking.")
add("passport", "de", "Reisepassnummer: {v}", "Meine Passnummer ist {v}.")
add("passport", "fr", "Numéro de passeport : {v}")
add("passport", "es", "Número de pasaporte: {v}")
add("passport", "es-MX", "Mi pasaporte es el {v}.")
add("passport", "it", "Passaporto n. {v}")
add("passport", "pt", "Passaporte n.º {v}")
add("passport", "pt-BR", "Número do passaporte: {v}")
add("passport", "nl", "Paspoortnummer: {v}")
add("passport", "pl", "Numer paszportu: {v}")
add("passport", "cs", "Číslo pasu: {v}")
add("passport", "sk", "Číslo pasu: {v}")
add("passport", "hr", "Broj putovnice: {v}")
add("passport", "hu", "Útlevélszám: {v}")
add("passport", "ro", "Numărul pașaportului: {v}")
add("passport", "bg", "Номер на паспорт: {v}")
add("passport", "el", "Αριθμός διαβατηρίου: {v}")
add("passport", "sv", "Passnummer: {v}")
add("passport", "da", "Pasnummer: {v}")
add("passport", "nb", "Passnummer: {v}")
add("passport", "fi", "Passin numero: {v}")
add("passport", "lt", "Paso numeris: {v}")
add("passport", "ru", "Серия и номер паспорта: {v}")
add("passport", "uk", "Номер закордонного паспорта: {v}")
add("passport", "tr", "Pasaport numaram {v}.")
add("passport", "ar", "رقم جواز السفر: {v}")
add("passport", "he", "מספר דרכון: {v}")
add("passport", "hi", "पासपोर्ट नंबर: {v}")
add("passport", "zh", "护照号码：{v}")
add("passport", "ja", "旅券番号：{v}")
add("passport", "ko", "여권번호: {v}")
add("passport", "vi", "Số hộ chiếu: {v}")
add("passport", "id", "Nomor paspor: {v}")
add("passport", "th", "หมายเลขหนังสือเดินทาง {v}")

# ---- extended: username ---------------------------------------------------------
add("username", "en", "My username is {v}, not the email.", "login: {v}")
add("username", "de", "Mein Benutzername ist {v}.", "Login: {v}")
add("username", "fr", "Mon identifiant est {v}.")
add("username", "es", "Mi usuario es {v}.")
add("username", "it", "Il mio nome utente è {v}.")
add("username", "pt-BR", "Meu usuário é {v}.")
add("username", "nl", "Mijn gebruikersnaam is {v}.")
add("username", "pl", "Mój login to {v}.")
add("username", "cs", "Moje uživatelské jméno je {v}.")
add("username", "sk", "Používateľské meno: {v}")
add("username", "hu", "A felhasználónevem {v}.")
add("username", "sv", "Mitt användarnamn är {v}.")
add("username", "da", "Mit brugernavn er {v}.")
add("username", "nb", "Brukernavnet mitt er {v}.")
add("username", "fi", "Käyttäjätunnukseni on {v}.")
add("username", "et", "Minu kasutajanimi on {v}.")
add("username", "ru", "Мой логин {v}.")
add("username", "uk", "Мій логін: {v}")
add("username", "tr", "Kullanıcı adım {v}.")
add("username", "el", "Το όνομα χρήστη μου είναι {v}.")
add("username", "ro", "Numele meu de utilizator este {v}.")
add("username", "hr", "Korisničko ime: {v}")
add("username", "ja", "ユーザー名は{v}です。")
add("username", "zh", "我的用户名是{v}。")
add("username", "ko", "아이디는 {v}입니다.")
add("username", "vi", "Tên đăng nhập của tôi là {v}.")
add("username", "id", "Username saya {v}.")
add("username", "he", "שם המשתמש שלי הוא {v}")
add("username", "ar", "اسم المستخدم الخاص بي {v}")
add("username", "es-MX", "Usuario: {v}")

# --------------------------------------------------------------------------
# look-alikes: (kind, template with {v}, fixed value or None -> generated)
LK = {}


def lk(lang, kind, tpl, val=None):
    LK.setdefault(lang, []).append((kind, tpl, val))


def gen_lookalike(kind, lang="en"):
    if kind == "version":
        return f"{R.randint(2, 15)}.{R.randint(0, 9)}.{R.randint(0, 12)}.{R.randint(0, 250)}"
    if kind == "order_number":
        return R.choice([f"{R.randint(100, 999)}-{digits(7)}-{digits(7)}",
                         f"ORD-2026-{digits(6)}", f"#{digits(8)}", f"{digits(4)} {digits(4)} {digits(3)}"])
    if kind == "tracking_number":
        return R.choice([f"1Z{digits(3)}{''.join(R.choice('ABCDEFGHJKLMNPRSTVWXY') for _ in range(3))}{digits(10)}",
                         f"JJD{digits(18)}", f"00{digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(2)}",
                         f"RR{digits(9)}DE"])
    if kind == "product_code":
        base = str(R.choice([400, 590, 800, 300, 500, 871])) + digits(9)
        v = base + std_ean.calc_check_digit(base)
        assert std_ean.is_valid(v)
        return v
    if kind == "luhn_invalid":
        while True:
            n = str(R.randint(3, 6)) + digits(15)
            if not luhn.is_valid(n):
                break
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if R.random() < 0.5 else n
    if kind == "price":
        a, c = R.randint(5, 1999), R.randint(0, 99)
        cur = {"en": f"${a}.{c:02d}", "en-GB": f"£{a}.{c:02d}", "cs": f"{a} {digits(3)},00 Kč",
               "pl": f"{a},{c:02d} zł", "sv": f"{a} kr", "da": f"{a},{c:02d} kr.", "nb": f"kr {a},{c:02d}",
               "hu": f"{a} {digits(3)} Ft", "ru": f"{a} {digits(3)} ₽", "tr": f"{a},{c:02d} TL",
               "ja": f"¥{a},{digits(3)}", "ro": f"{a},{c:02d} lei", "bg": f"{a},{c:02d} лв.",
               "es-MX": f"${a}.{c:02d} MXN", "pt-BR": f"R$ {a},{c:02d}", "lt": f"{a},{c:02d} €"}
        return cur.get(lang, f"{a},{c:02d} €")
    if kind == "date":
        d = date(2026, R.randint(1, 12), R.randint(1, 28))
        if lang == "en":
            return f"{d.month:02d}/{d.day:02d}/{d.year}"
        if lang == "hu":
            return f"{d.year}.{d.month:02d}.{d.day:02d}."
        if lang in ("sv", "lt", "ja", "zh", "ko"):
            return d.isoformat()
        if lang in ("fr", "es", "it", "pt", "pt-BR", "es-MX", "el", "ga", "mt", "en-GB", "he", "ar", "vi", "id", "th", "hi"):
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    raise KeyError(kind)


# generic look-alikes per language (value generated)
GEN_LK = {
    "en": [("version", "Upgraded to firmware {v} and the app crashes."), ("order_number", "Order {v} still says processing."),
           ("tracking_number", "Tracking: {v}"), ("product_code", "EAN {v} is out of stock again."),
           ("luhn_invalid", "Reference {v} on the bank statement, what is it?"), ("price", "You charged {v} instead of the list price.")],
    "en-GB": [("tracking_number", "Royal Mail says {v} was delivered, it wasn't."), ("order_number", "Order ref {v}")],
    "de": [("version", "Seit Version {v} startet die App nicht mehr."), ("order_number", "Bestellnummer {v}"),
           ("tracking_number", "Sendungsnummer: {v}"), ("product_code", "Artikel-EAN {v}"), ("date", "Lieferung am {v} verpasst."),
           ("luhn_invalid", "Vorgangsnummer {v}"), ("price", "Der Preis war {v}.")],
    "fr": [("version", "Depuis la version {v}, plus rien ne marche."), ("order_number", "Commande n° {v}"),
           ("tracking_number", "Numéro de suivi : {v}"), ("date", "Livraison prévue le {v}.")],
    "es": [("version", "Tengo la versión {v} instalada."), ("order_number", "Pedido {v} sin enviar."),
           ("tracking_number", "Número de seguimiento: {v}"), ("price", "Me cobraron {v}.")],
    "es-MX": [("order_number", "Folio de pedido {v}"), ("luhn_invalid", "Referencia de pago: {v}")],
    "it": [("version", "Ho aggiornato alla versione {v}."), ("tracking_number", "Codice di tracciamento: {v}"),
           ("product_code", "Codice EAN {v}")],
    "pt": [("order_number", "Encomenda n.º {v}"), ("date", "Entrega marcada para {v}.")],
    "pt-BR": [("tracking_number", "Código de rastreio: {v}"), ("luhn_invalid", "Protocolo {v}"), ("version", "App na versão {v}")],
    "nl": [("order_number", "Bestelnummer {v}"), ("product_code", "EAN-code {v}"), ("date", "Bezorging op {v}")],
    "pl": [("tracking_number", "Numer przesyłki: {v}"), ("version", "Wersja aplikacji {v}"), ("luhn_invalid", "Numer zgłoszenia {v}")],
    "cs": [("order_number", "Číslo objednávky {v}"), ("price", "Cena byla {v}."), ("date", "Doručení {v}")],
    "sk": [("tracking_number", "Číslo zásielky: {v}"), ("version", "Verzia {v}")],
    "sl": [("order_number", "Številka naročila {v}"), ("product_code", "EAN {v}")],
    "hr": [("tracking_number", "Broj pošiljke: {v}"), ("date", "Dostava {v}")],
    "hu": [("order_number", "Rendelésszám: {v}"), ("version", "A {v} verzió óta nem működik."), ("date", "Szállítás: {v}")],
    "ro": [("tracking_number", "AWB {v}"), ("version", "Versiunea {v}")],
    "bg": [("order_number", "Поръчка № {v}"), ("product_code", "Баркод {v}")],
    "el": [("tracking_number", "Αριθμός αποστολής {v}"), ("version", "Έκδοση {v}")],
    "sv": [("order_number", "Ordernummer {v}"), ("luhn_invalid", "OCR-nummer {v}"), ("date", "Leverans {v}")],
    "da": [("tracking_number", "Pakkenummer {v}"), ("version", "Version {v}")],
    "nb": [("order_number", "Ordrenummer {v}"), ("product_code", "EAN {v}")],
    "fi": [("tracking_number", "Lähetystunnus {v}"), ("luhn_invalid", "Viitenumero {v}"), ("version", "Versio {v}")],
    "et": [("order_number", "Tellimuse number {v}"), ("version", "Versioon {v}")],
    "lv": [("tracking_number", "Sūtījuma numurs {v}"), ("date", "Piegāde {v}")],
    "lt": [("order_number", "Užsakymo nr. {v}"), ("version", "Versija {v}")],
    "ga": [("order_number", "Uimhir ordaithe {v}")],
    "mt": [("tracking_number", "Numru tat-traċċar {v}")],
    "ru": [("version", "После обновления до {v} всё сломалось."), ("tracking_number", "Трек-номер: {v}"),
           ("luhn_invalid", "Номер обращения {v}"), ("date", "Доставка {v}")],
    "uk": [("order_number", "Номер замовлення {v}"), ("tracking_number", "ТТН {v}")],
    "tr": [("tracking_number", "Kargo takip no: {v}"), ("order_number", "Sipariş no {v}"), ("product_code", "Barkod {v}")],
    "ar": [("order_number", "رقم الطلب {v}"), ("version", "الإصدار {v}")],
    "he": [("order_number", "מספר הזמנה {v}"), ("tracking_number", "מספר משלוח {v}")],
    "hi": [("order_number", "ऑर्डर नंबर {v}"), ("version", "वर्शन {v}")],
    "zh": [("tracking_number", "快递单号：{v}"), ("version", "版本{v}"), ("order_number", "订单号{v}")],
    "ja": [("order_number", "注文番号：{v}"), ("product_code", "JANコード{v}"), ("version", "バージョン{v}")],
    "ko": [("tracking_number", "송장번호 {v}"), ("order_number", "주문번호 {v}")],
    "vi": [("order_number", "Mã đơn hàng {v}"), ("version", "Phiên bản {v}")],
    "id": [("tracking_number", "Nomor resi {v}"), ("luhn_invalid", "Nomor tiket {v}")],
    "th": [("tracking_number", "เลขพัสดุ {v}"), ("order_number", "หมายเลขคำสั่งซื้อ {v}")],
}
EXTRA_LK = {
    "price": [("en", "It was {v} last week, now it's more."), ("de", "Ich habe {v} bezahlt, nicht 59,99 €."),
              ("fr", "Prix payé : {v}"), ("es", "Total del pedido: {v}"), ("it", "Ho pagato {v} per la spedizione."),
              ("nl", "Totaalbedrag {v}"), ("pl", "Zapłaciłem {v} za dostawę."), ("cs", "Celkem k úhradě {v}"),
              ("fi", "Hinta oli {v}."), ("pt", "Paguei {v}."), ("el", "Πλήρωσα {v}."), ("sk", "Zaplatil som {v}."),
              ("hr", "Platio sam {v}."), ("lt", "Sumokėjau {v}."), ("ga", "D'íoc mé {v}."), ("en-GB", "The total came to {v}."),
              ("sl", "Plačal sem {v}."), ("lv", "Samaksāju {v}."), ("et", "Maksin {v}."), ("mt", "Ħallast {v}.")],
    "product_code": [("de", "EAN-Code {v} ist nicht lieferbar."), ("fr", "Code EAN : {v}"), ("es", "Código de barras {v}"),
                     ("pl", "Kod EAN {v}"), ("cs", "EAN {v}"), ("sv", "Streckkod {v}"), ("fi", "EAN-koodi {v}"),
                     ("ru", "Штрихкод {v}"), ("ro", "Cod de bare {v}"), ("hu", "Vonalkód: {v}"), ("ko", "바코드 {v}"),
                     ("zh", "条形码{v}"), ("id", "Barcode produk {v}"), ("pt-BR", "Código de barras {v}")],
    "luhn_invalid": [("de", "Kundennummer {v} bitte angeben."), ("fr", "Référence client {v}"), ("it", "Numero pratica {v}"),
                     ("nl", "Betalingskenmerk {v}"), ("cs", "Variabilní symbol {v}"), ("ja", "受付番号{v}"),
                     ("zh", "工单号{v}"), ("tr", "Başvuru numarası {v}"), ("uk", "Номер звернення {v}"),
                     ("en", "Ticket {v} was closed without an answer."), ("sv", "Ärendenummer {v}"), ("da", "Sagsnummer {v}"),
                     ("hu", "Ügyszám: {v}"), ("ko", "접수번호 {v}"), ("ar", "رقم المرجع {v}")],
    "date": [("en", "It was delivered on {v}, two days late."), ("fr", "Colis reçu le {v}."), ("es", "Entregado el {v}."),
             ("pl", "Przesyłka doręczona {v}."), ("ru", "Заказ получен {v}."), ("tr", "Teslimat tarihi {v}."),
             ("sk", "Doručené {v}."), ("ro", "Livrat pe {v}."), ("it", "Consegnato il {v}.")],
    "version": [("de", "Android-Build {v}"), ("fr", "Version du micrologiciel {v}"), ("es", "Firmware {v}"),
                ("nl", "Na update naar {v} werkt niets"), ("ja", "ファームウェア{v}"), ("tr", "Sürüm {v}")],
}
for _k, _items in EXTRA_LK.items():
    for _l, _t in _items:
        GEN_LK.setdefault(_l, []).append((_k, _t))
for _l, _items in GEN_LK.items():
    for _k, _t in _items:
        lk(_l, _k, _t)

# capitalized non-person phrases, non-birth dates etc. (hand-written)
PHR = [
    ("en", "I'll meet the courier at Victoria Station at noon.", "Victoria Station"),
    ("en", "Are you sponsoring the Grace Hopper Conference this year?", "Grace Hopper Conference"),
    ("en", "Click Save Changes and then Log Out.", "Save Changes"),
    ("en", "The Golden Gate Bridge photo print arrived torn.", "Golden Gate Bridge"),
    ("en", "Breaking: Apple Watch Series sales slow down", "Apple Watch Series"),
    ("en", "My delivery is scheduled for March 3, 2026.", "March 3, 2026"),
    ("en", "We stayed at the Hilton Garden Inn near the airport.", "Hilton Garden Inn"),
    ("en-GB", "I bought it at Marks & Spencer on Oxford Street.", "Marks & Spencer"),
    ("de", "Treffpunkt ist der Alexanderplatz vor dem Kaufhof.", "Alexanderplatz"),
    ("de", "Bitte auf „Weiter zur Kasse“ klicken.", "Weiter zur Kasse"),
    ("de", "Das Paket liegt in der Packstation Berlin Mitte.", "Packstation Berlin Mitte"),
    ("de", "Die Lieferung kommt am 3. März 2026.", "3. März 2026"),
    ("de", "Wir fahren mit der Deutschen Bahn nach Frankfurt Hauptbahnhof.", "Frankfurt Hauptbahnhof"),
    ("de-CH", "Abholung am Zürich Flughafen, Terminal 2.", "Zürich Flughafen"),
    ("de-AT", "Das Konzert im Wiener Musikverein wurde verschoben.", "Wiener Musikverein"),
    ("fr", "Rendez-vous devant la Gare Saint-Lazare.", "Gare Saint-Lazare"),
    ("fr", "J'ai commandé un Renault Clio chez le concessionnaire.", "Renault Clio"),
    ("fr", "Livraison le 12 avril 2026 entre 8h et 12h.", "12 avril 2026"),
    ("fr", "Le musée Victor Hugo est fermé le lundi.", "Victor Hugo"),
    ("es", "Quedamos en la Puerta del Sol a las seis.", "Puerta del Sol"),
    ("es", "Compré entradas para el Museo del Prado.", "Museo del Prado"),
    ("es", "La entrega será el 5 de mayo de 2026.", "5 de mayo de 2026"),
    ("es-MX", "El paquete está en la sucursal de Paseo de la Reforma.", "Paseo de la Reforma"),
    ("it", "Il treno parte da Santa Maria Novella alle 9.", "Santa Maria Novella"),
    ("it", "Ho comprato una Fiat Panda usata.", "Fiat Panda"),
    ("it", "Consegna prevista per il 14 giugno 2026.", "14 giugno 2026"),
    ("pt", "Fiquei no Hotel Avenida Palace em Lisboa.", "Hotel Avenida Palace"),
    ("pt-BR", "A loja do Shopping Iguatemi estava fechada.", "Shopping Iguatemi"),
    ("pt-BR", "O voo sai do Aeroporto Santos Dumont.", "Aeroporto Santos Dumont"),
    ("nl", "Afhalen bij Amsterdam Centraal, uitgang Oost.", "Amsterdam Centraal"),
    ("nl", "Klik op Bestelling Afronden onderaan.", "Bestelling Afronden"),
    ("pl", "Paczka czeka w Galerii Krakowskiej.", "Galerii Krakowskiej"),
    ("pl", "Dostawa zaplanowana na 3 marca 2026.", "3 marca 2026"),
    ("pl", "Byłem na lotnisku Chopina w Warszawie.", "lotnisku Chopina"),
    ("cs", "Sejdeme se u Karlova mostu.", "Karlova mostu"),
    ("cs", "Objednávka dorazí 14. června 2026.", "14. června 2026"),
    ("sk", "Balík je na pošte Bratislava 1.", "Bratislava 1"),
    ("sl", "Paket je v Ljubljani, Prešernov trg.", "Prešernov trg"),
    ("hr", "Nađimo se na Trgu bana Jelačića.", "Trgu bana Jelačića"),
    ("hu", "A Nyugati pályaudvar előtt várok.", "Nyugati pályaudvar"),
    ("hu", "A szállítás várható napja: 2026. március 3.", "2026. március 3."),
    ("ro", "Ne vedem la Piața Unirii.", "Piața Unirii"),
    ("bg", "Срещата е пред НДК в София.", "НДК"),
    ("el", "Το πακέτο είναι στο Σύνταγμα, στο κατάστημα.", "Σύνταγμα"),
    ("sv", "Hämta paketet på Stockholm Centralstation.", "Stockholm Centralstation"),
    ("sv", "Leverans den 3 mars 2026.", "3 mars 2026"),
    ("da", "Vi ses ved Tivoli Gardens indgangen.", "Tivoli Gardens"),
    ("nb", "Pakken står på Oslo Sentralstasjon.", "Oslo Sentralstasjon"),
    ("fi", "Nouto Helsingin Päärautatieasemalta.", "Helsingin Päärautatieasemalta"),
    ("fi", "Toimitus 3. maaliskuuta 2026.", "3. maaliskuuta 2026"),
    ("et", "Kohtume Vabaduse väljakul.", "Vabaduse väljakul"),
    ("lv", "Tiksimies pie Brīvības pieminekļa.", "Brīvības pieminekļa"),
    ("lt", "Susitinkame prie Katedros aikštės.", "Katedros aikštės"),
    ("ga", "Buailfimid le chéile ag Stáisiún Heuston.", "Stáisiún Heuston"),
    ("mt", "Niltaqgħu quddiem il-Kon-Katidral ta' San Ġwann.", "San Ġwann"),
    ("ru", "Встретимся у станции метро «Парк Культуры».", "Парк Культуры"),
    ("ru", "Доставка запланирована на 3 марта 2026 года.", "3 марта 2026"),
    ("ru", "Купил билеты в Большой театр.", "Большой театр"),
    ("uk", "Посилка у відділенні на Хрещатику.", "Хрещатику"),
    ("tr", "Paket Kadıköy şubesinde bekliyor.", "Kadıköy"),
    ("tr", "Galata Kulesi yakınındaki mağazadan aldım.", "Galata Kulesi"),
    ("ar", "سأستلم الطلب من مول الإمارات.", "مول الإمارات"),
    ("he", "נפגש בתחנה המרכזית של תל אביב.", "תל אביב"),
    ("hi", "पार्सल कनॉट प्लेस वाले स्टोर पर है।", "कनॉट प्लेस"),
    ("zh", "快递放在北京南站的自提柜了。", "北京南站"),
    ("zh", "预计3月3日送达。", "3月3日"),
    ("ja", "東京駅の丸の内口で受け取ります。", "東京駅"),
    ("ja", "お届け予定日は2026年3月3日です。", "2026年3月3日"),
    ("ko", "강남역 근처 매장에서 샀어요.", "강남역"),
    ("vi", "Tôi nhận hàng ở chợ Bến Thành.", "Bến Thành"),
    ("id", "Paket dikirim ke Grand Indonesia Mall.", "Grand Indonesia Mall"),
    ("th", "รับของที่สยามพารากอนได้ไหมครับ", "สยามพารากอน"),
    ("en", "Order 1123 ships on Monday, Dec 14.", "Dec 14"),
    ("de", "Der Hotline-Mitarbeiter vom Kundenservice Team Nord war nett.", "Kundenservice Team Nord"),
    ("en", "The Elizabeth Line was closed so I missed the delivery.", "Elizabeth Line"),
    ("en", "Error 0x80070005 when I open Microsoft Teams.", "Microsoft Teams"),
]


# hand-written extra cases (values invented):
# (kind, tier, lang, text, identifier, note)
EXTRA = [
    # core names: headers, sign-offs, particles, hyphens, lowercase chat, single names
    ("name", "core", "en", "hey its jake morrison again, still no refund??", "jake morrison", "lowercase chat, cue \"its\""),
    ("name", "core", "en", "From: Priya Raman <priya.raman@example.com>\nSent: Monday\nSubject: Re: order", "Priya Raman", "pasted email header"),
    ("name", "core", "de", "Von: Jürgen Weiß <j.weiss@example.de>\nBetreff: Reklamation", "Jürgen Weiß", "pasted email header"),
    ("name", "core", "fr", "De : Élodie Marchand <e.marchand@exemple.fr>\nObjet : facture", "Élodie Marchand", "pasted email header"),
    ("name", "core", "pl", "Od: Paweł Nowicki <pawel.nowicki@example.pl>\nTemat: zwrot", "Paweł Nowicki", "pasted email header"),
    ("name", "core", "ru", "От: Татьяна Морозова <t.morozova@example.ru>\nТема: возврат", "Татьяна Морозова", "pasted email header"),
    ("name", "core", "ja", "差出人: 山田 花子 <hanako@example.jp>\n件名: 返品について", "山田 花子", "pasted email header"),
    ("name", "core", "es", "Atentamente,\nMaría José Fernández-Ruiz", "María José Fernández-Ruiz", "compound + hyphenated surname"),
    ("name", "core", "nl", "Met vriendelijke groet,\nJan-Willem van der Berg", "Jan-Willem van der Berg", "surname particles"),
    ("name", "core", "de", "Viele Grüße\nDr. Anna-Lena Müller-Lüdenscheidt", "Anna-Lena Müller-Lüdenscheidt", "title + double names"),
    ("name", "core", "en", "Thanks so much!\nSarah", "Sarah", "first name only after sign-off"),
    ("name", "core", "it", "Distinti saluti\nGianluca D'Angelo", "Gianluca D'Angelo", "apostrophe in surname"),
    ("name", "core", "ga", "Le meas,\nSeán Ó Súilleabháin", "Seán Ó Súilleabháin", "Irish particle"),
    ("name", "core", "en", "Dear Mr. O'Brien, your replacement is on its way.", "O'Brien", "surname only after Dear Mr."),
    ("name", "core", "zh", "你好，我叫欧阳娜娜。", "欧阳娜娜", "compound surname"),
    ("name", "core", "ja", "田中と申します。先日の件でご連絡しました。", "田中", "family name only"),
    ("name", "core", "hu", "Szabó Lilla vagyok, a 3-as számú rendelésről írok.", "Szabó Lilla", "… vagyok at start"),
    ("name", "core", "ko", "저는 김민준이라고 합니다.", "김민준", "cue …이라고 합니다"),
    ("name", "core", "ar", "اسمي فاطمة الزهراء حداد", "فاطمة الزهراء حداد", "value at end, no punctuation"),
    ("name", "core", "vi", "Tôi là Nguyễn Thị Mai, khách hàng cũ.", "Nguyễn Thị Mai", "cue Tôi là"),
    ("name", "core", "th", "ดิฉันชื่อ สมศรี ใจดี ค่ะ", "สมศรี ใจดี", "cue ดิฉันชื่อ"),
    ("name", "core", "tr", "Adım Zeynep Kaya. Siparişimi iptal etmek istiyorum.", "Zeynep Kaya", "cue Adım"),
    ("name", "core", "pt-BR", "Abs,\nJoão Pedro", "João Pedro", "sign-off 'Abs', two given names"),
    ("name", "core", "sv", "Mvh\nÅsa Lindqvist", "Åsa Lindqvist", "abbreviated sign-off"),
    ("name", "core", "de", "LG Tobi", "Tobi", "nickname after 'LG'"),
    ("name", "core", "cs", "Jmenuji se Jiří Šťastný.", "Jiří Šťastný", "diacritics"),
    ("name", "core", "he", "שמי דנה לוי, ההזמנה לא הגיעה.", "דנה לוי", "cue שמי"),
    ("name", "core", "hi", "मैं अमित शर्मा बोल रहा हूँ।", "अमित शर्मा", "phone-call register"),
    # core emails / phones / ips: edge formats
    ("email", "core", "de", "BITTE AN ANNA.SCHMIDT@WEB.DE ANTWORTEN", "ANNA.SCHMIDT@WEB.DE", "uppercase"),
    ("email", "core", "en-GB", "(use j.doe+orders@mail.example.co.uk for anything order related)", "j.doe+orders@mail.example.co.uk", "plus tag, subdomain, bracket after"),
    ("email", "core", "fr", "Écrivez-moi à <marie-claire.dupont@orange.fr>.", "marie-claire.dupont@orange.fr", "angle brackets"),
    ("email", "core", "ja", "連絡先：taro_yamada@example.co.jp（平日のみ）", "taro_yamada@example.co.jp", "full-width bracket after"),
    ("email", "core", "ru", "почта:ivan.petrov1987@yandex.ru", "ivan.petrov1987@yandex.ru", "no space after colon"),
    ("phone", "core", "en", "(212)555-0198 call after 6", "(212)555-0198", "US no space, at start"),
    ("phone", "core", "de", "+49 151 23456789 – bitte nur abends anrufen.", "+49 151 23456789", "at start"),
    ("phone", "core", "fr", "Rappelez-moi (06 12 34 56 78) demain.", "06 12 34 56 78", "in parentheses"),
    ("phone", "core", "it", "chiamami al 347-1234567!", "347-1234567", "exclamation after"),
    ("phone", "core", "es", "Tlf:+34 612 345 678", "+34 612 345 678", "no space after label"),
    ("phone", "core", "pl", "Numer: +48 501-234-567, najlepiej po 16.", "+48 501-234-567", "dashes"),
    ("phone", "core", "zh", "电话：138 0013 8000", "138 0013 8000", "grouped mobile"),
    ("phone", "core", "nl", "bel 06-12345678 of mail", "06-12345678", "Dutch mobile"),
    ("ip", "core", "en", "Connection from 2001:db8:85a3::8a2e:370:7334 was dropped.", "2001:db8:85a3::8a2e:370:7334", "IPv6 compressed"),
    ("ip", "core", "de", "Login-Versuch von 198.51.100.23:443 blockiert", "198.51.100.23", "IP with port"),
    ("ip", "core", "fr", "IP publique=203.0.113.77;", "203.0.113.77", "key=value"),
    ("card", "core", "en", "4111-1111-1111-1111 was declined, why", "4111-1111-1111-1111", "dashes, at start"),
    ("card", "core", "de", "Visa endet nicht auf 1234, die ganze Nummer ist 4012888888881881.", "4012888888881881", "no separators"),
    # extended: addresses with no cue, usernames, birth dates, passports
    ("address", "extended", "de", "Das Paket liegt bei Hauptstraße 12, 10115 Berlin im Hausflur.", "Hauptstraße 12, 10115 Berlin", "no cue"),
    ("address", "extended", "en", "the driver left it at 742 Evergreen Terrace, Springfield, IL 62704 instead", "742 Evergreen Terrace, Springfield, IL 62704", "no cue, lowercase chat"),
    ("address", "extended", "fr", "Je suis au 12 rue de la Paix, 75002 Paris, 3e étage.", "12 rue de la Paix, 75002 Paris", "after 'Je suis au'"),
    ("address", "extended", "pl", "Mieszkam na ul. Długiej 15/3, 80-831 Gdańsk.", "ul. Długiej 15/3, 80-831 Gdańsk", "street name declined (locative)"),
    ("address", "extended", "nl", "Kerkstraat 44A, 1017 GM Amsterdam – graag bij de buren afgeven.", "Kerkstraat 44A, 1017 GM Amsterdam", "at start"),
    ("address", "extended", "cs", "Bydlím v Praze, Vinohradská 1511/230, 100 00 Praha 10.", "Vinohradská 1511/230, 100 00 Praha 10", "Czech double house number"),
    ("username", "extended", "en", "My Instagram is @lena.travels_92 if you want to DM me.", "@lena.travels_92", "social handle"),
    ("username", "extended", "de", "Mein Nick im Forum: darkangel1987", "darkangel1987", "nick cue"),
    ("username", "extended", "ru", "ник в игре — Vasya_Pro2009", "Vasya_Pro2009", "game nick cue"),
    ("username", "extended", "ja", "ログインID：yamada.taro77", "yamada.taro77", "login ID cue"),
    ("birth_date", "extended", "en", "d.o.b 07/14/1990 - need it for the age check?", "07/14/1990", "US numeric"),
    ("birth_date", "extended", "de", "geb. 3.3.1985 in Köln", "3.3.1985", "abbreviated cue"),
    ("birth_date", "extended", "sv", "Födelsedatum: 1979-11-02", "1979-11-02", "ISO"),
    ("birth_date", "extended", "es", "Mi fecha de nacimiento es el 29 de febrero de 1988.", "29 de febrero de 1988", "leap day"),
    ("passport", "extended", "en", "passport no. 533380006 (US), exp. 2030", "533380006", "lowercase cue"),
    ("passport", "extended", "de", "Pass-Nr.: C01X00T47", "C01X00T47", "German passport format"),
    ("national_id", "extended", "en", "SSN: 078-05-1120? no wait, mine is 536-22-8741", "536-22-8741", "second number in sentence"),
    # look-alikes
    ("version", "lookalike", "en", "Please update to version 10.2.3.4 before reporting.", "10.2.3.4", "dotted-quad version"),
    ("version", "lookalike", "de", "Build 4.19.0.2207 ist fehlerhaft", "4.19.0.2207", "four-part build number"),
    ("phrase", "lookalike", "en", "Best regards,\nCustomer Support Team", "Customer Support Team", "sign-off that is not a person"),
    ("phrase", "lookalike", "de", "Mit freundlichen Grüßen\nIhr Serviceteam", "Ihr Serviceteam", "sign-off that is not a person"),
    ("phrase", "lookalike", "fr", "Cordialement,\nL'équipe Service Client", "L'équipe Service Client", "sign-off that is not a person"),
    ("phrase", "lookalike", "en", "Dear Customer, your order has shipped.", "Customer", "greeting that is not a name"),
    ("phrase", "lookalike", "es", "Estimado Cliente: su pedido ha sido enviado.", "Cliente", "greeting that is not a name"),
    ("phrase", "lookalike", "de", "Mein Mercedes Benz springt seit dem Update nicht an.", "Mercedes Benz", "car brand containing a first name"),
    ("phrase", "lookalike", "en", "New York Times Bestseller List", "New York Times Bestseller List", "headline"),
    ("phrase", "lookalike", "en", "I can't find the Forgot Password link.", "Forgot Password", "UI label"),
    ("phrase", "lookalike", "de", "Wo ist der Button Passwort Vergessen?", "Passwort Vergessen", "UI label"),
    ("phrase", "lookalike", "pl", "Nie działa przycisk Zapisz Zmiany.", "Zapisz Zmiany", "UI label"),
    ("phrase", "lookalike", "ja", "東京タワーの近くの店舗で受け取りました。", "東京タワー", "landmark"),
    ("phrase", "lookalike", "zh", "我在长城饭店附近。", "长城饭店", "hotel name"),
    ("phrase", "lookalike", "it", "Il pacco è fermo a Milano Centrale.", "Milano Centrale", "station"),
    ("phrase", "lookalike", "en", "Is the Jack Daniel's gift set back in stock?", "Jack Daniel's", "brand named after a person (not personal data)"),
    ("phrase", "lookalike", "ru", "Я оплатил через Сбербанк Онлайн.", "Сбербанк Онлайн", "app name"),
    ("phrase", "lookalike", "tr", "Türk Hava Yolları uçuşu iptal oldu.", "Türk Hava Yolları", "company"),
    ("order_number", "lookalike", "de", "Bestellung 302-4417729-8812345 ist nicht angekommen.", "302-4417729-8812345", "marketplace order format"),
    ("order_number", "lookalike", "en", "Invoice INV-2026-00417 is wrong.", "INV-2026-00417", "invoice number"),
    ("order_number", "lookalike", "en", "Flight LH 2041, gate B22, seat 14C.", "LH 2041", "flight number"),
    ("product_code", "lookalike", "de", "ISBN 978-3-16-148410-0 ist vergriffen?", "978-3-16-148410-0", "ISBN"),
    ("price", "lookalike", "ja", "送料は¥12,800でした。", "¥12,800", "yen price"),
    ("price", "lookalike", "de", "Der Fernseher kostet 1.299,00 € statt 999 €.", "1.299,00 €", "price with thousands separator"),
    ("date", "lookalike", "de", "Bestellt am 03.03.2026, geliefert am 05.03.2026.", "05.03.2026", "order/delivery date"),
    ("date", "lookalike", "fr", "Le magasin est fermé du 24 au 26 décembre 2026.", "26 décembre 2026", "opening hours date"),
    ("luhn_invalid", "lookalike", "en", "Gift card code 6011 0000 0000 0005 didn't work.", "6011 0000 0000 0005", "16 digits failing Luhn"),
    ("tracking_number", "lookalike", "en", "USPS tracking 9400 1000 0000 0000 0000 00 shows nothing.", "9400 1000 0000 0000 0000 00", "22-digit tracking"),
]


# --------------------------------------------------------------------------
def rec(kind, tier, lang, text, ident, expect, gen, note):
    assert ident in text, (ident, text)
    return {"kind": kind, "tier": tier, "lang": lang, "text": text, "identifier": ident,
            "expect": expect, "source": src(gen, lang), "note": note}


def place(tpl, v):
    return tpl.replace("{v}", v)


def cycle_langs(kind_key):
    langs = list(T[kind_key].keys())
    R.shuffle(langs)
    return langs


def build():
    out = []
    # counts per kind
    plan = {"name": 70, "email": 55, "phone": 70, "card": 35, "ip": 30, "iban": 45,
            "xname": 25, "address": 60, "national_id": 58, "birth_date": 45, "passport": 35, "username": 35}
    for key, n in plan.items():
        langs = cycle_langs(key)
        per_lang_used = {}
        for i in range(n):
            lang = langs[i % len(langs)]
            tpls = T[key][lang]
            j = per_lang_used.get(lang, 0)
            tpl = tpls[(j + R.randint(0, 0)) % len(tpls)]
            per_lang_used[lang] = j + 1
            if key in ("name", "xname"):
                v, gen = person_name(lang)
                if key == "name" and ("Herr {v}" in tpl) and lang == "de":
                    v, gen = person_name(lang)
                kind, tier, note = "name", ("core" if key == "name" else "extended"), \
                    ("name after a cue" if key == "name" else "name with no cue")
            elif key == "email":
                v, gen = email(lang); kind, tier, note = "email", "core", "email address"
            elif key == "phone":
                v, gen = phone(lang); kind, tier, note = "phone", "core", "phone number"
            elif key == "card":
                v, gen = card(); kind, tier, note = "card", "core", "Luhn-valid card number"
            elif key == "ip":
                v, gen = ip(); kind, tier, note = "ip", "core", ("IPv6 address" if ":" in v else
                                                                   "private IPv4 address" if v.startswith(("10.", "192.168.", "172.")) else "IPv4 address")
            elif key == "iban":
                v, gen = iban(lang); kind, tier, note = "iban", "core", "IBAN (python-stdnum valid)"
            elif key == "address":
                v, gen = address(lang); kind, tier, note = "address", "extended", "street address"
            elif key == "national_id":
                v, label, gen = national_id(lang); kind, tier, note = "national_id", "extended", label + " (python-stdnum valid)"
                if label.startswith("UK NINO"):
                    note = "UK NINO (valid prefix/suffix rules; stdnum has no NINO validator)"
                if label == "CPR-nummer":
                    note = "CPR-nummer (python-stdnum valid date; no mod-11 since 2007)"
            elif key == "birth_date":
                numeric = R.random() < 0.35
                v = birth(lang, numeric=numeric); gen = "invented"
                kind, tier, note = "birth_date", "extended", "birth date after a cue" + (" (numeric)" if numeric else " (month in words)")
            elif key == "passport":
                v, gen = passport(lang); kind, tier, note = "passport", "extended", "passport number after a cue"
            elif key == "username":
                v, gen = username(lang); kind, tier, note = "username", "extended", "username after a cue"
            text = place(tpl, v)
            if tpl.startswith("{v}"):
                note += "; value at start"
            elif tpl.endswith("{v}"):
                note += "; value at end"
            out.append(rec(kind, tier, lang, text, v, "caught", gen, note))
    # national ids with no cue, long enough
    for lang, tpl in NID_ALONE.items():
        v, label, gen = national_id(lang)
        out.append(rec("national_id", "extended", lang, place(tpl, v), v, "caught", gen,
                       label + " (python-stdnum valid), no cue"))
    # declined names
    for lang, text, ident, note in DECLINED:
        out.append(rec("name", "extended", lang, text, ident, "caught", "invented", "name with no cue, inflected: " + note))
    for lang, text, ident, note in DECLINED_CORE:
        out.append(rec("name", "core", lang, text, ident, "caught", "invented", "name with a cue, inflected: " + note))
    # a few multi-identifier realistic messages (one identifier each line)
    f = fk("en")
    for _ in range(6):
        nm, _g = person_name("en")
        ph, _ = phone("en")
        em = f.free_email()
        body = f"Name: {nm}\nPhone: {ph}\nEmail: {em}\nMessage: please call me back about the return."
        out.append(rec("name", "core", "en", body, nm, "caught", "faker", "contact-form dump, label cue"))
        out.append(rec("phone", "core", "en", body, ph, "caught", "invented", "contact-form dump"))
    for kind, tier, lang, text, ident, note in EXTRA:
        out.append(rec(kind, tier, lang, text, ident, "kept" if tier == "lookalike" else "caught", "invented", note))
    # look-alikes
    for lang, text, ident in PHR:
        k = "date" if any(ch.isdigit() for ch in ident) and ident != "Bratislava 1" else "phrase"
        out.append(rec(k, "lookalike", lang, text, ident, "kept", "invented",
                       "non-birth date" if k == "date" else "capitalized phrase that is not a person"))
    by_kind = {}
    for lang, items in LK.items():
        for kind, tpl, val in items:
            by_kind.setdefault(kind, []).append((lang, tpl, val))
    kinds = sorted(by_kind)
    for k in kinds:
        R.shuffle(by_kind[k])
    target_lk = 205 - len(PHR)
    i = 0
    while target_lk > 0:
        kind = kinds[i % len(kinds)]
        lst = by_kind[kind]
        lang, tpl, val = lst[(i // len(kinds)) % len(lst)]
        i += 1
        v = val or gen_lookalike(kind, lang)
        note = {"version": "version number (dotted quad, not an IP)", "order_number": "order number",
                "tracking_number": "parcel tracking number", "product_code": "EAN-13 product code (valid check digit)",
                "luhn_invalid": "16-digit number failing Luhn, not a card", "price": "price",
                "date": "delivery date, not a birth date"}[kind]
        out.append(rec(kind, "lookalike", lang, place(tpl, v), v, "kept", "invented", note))
        target_lk -= 1
    return out


def check(rows):
    keys = ["kind", "tier", "lang", "text", "identifier", "expect", "source", "note"]
    for r in rows:
        assert list(r.keys()) == keys
        assert r["identifier"] and r["identifier"] in r["text"], r
        assert (r["tier"] == "lookalike") == (r["expect"] == "kept")
        if r["kind"] == "card":
            assert luhn.is_valid(r["identifier"].replace(" ", "").replace("-", ""))
        if r["kind"] == "iban":
            assert std_iban.is_valid(r["identifier"])
        if r["kind"] == "luhn_invalid":
            assert not luhn.is_valid(r["identifier"].replace(" ", ""))


def main():
    rows = build()
    # dedupe identical texts
    seen, uniq = set(), []
    for r in rows:
        k = (r["text"], r["identifier"])
        if k not in seen:
            seen.add(k)
            uniq.append(r)
    check(uniq)
    path = sys.argv[1] if len(sys.argv) > 1 else "holdout2.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for r in uniq:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(uniq), "rows ->", path)


if __name__ == "__main__":
    main()
