"""Value generation for holdout11.

Every planted value comes from Faker or mimesis (seeded), and is kept only
if it passes the relevant third-party validator (phonenumbers for phones,
python-stdnum for IBANs / national ids / ISBN / EAN, Luhn for cards).
Where a locale lacks a provider for something (e.g. Faker has no Estonian
phone provider), the value is still drawn from that locale's seeded Faker
instance through numerify/bothify on a pattern written here, and the
method string recorded in `source` says so.
"""
import datetime
import re
import zlib

from faker import Faker
from mimesis import Generic
from mimesis.enums import Gender
from mimesis.locales import Locale
from stdnum import ean as std_ean
from stdnum import iban as std_iban
from stdnum import isbn as std_isbn
from stdnum import luhn as std_luhn

import checks

SEED_SALT = "holdout11-2026-12-08"


def seed_for(*parts):
    return zlib.crc32("|".join((SEED_SALT,) + tuple(parts)).encode("utf-8"))


class V:
    """A generated value and where it came from."""

    def __init__(self, value, gen, locale, method, scheme=None, gender=None, label=None):
        self.value = value
        self.gen = gen          # "Faker" or "mimesis"
        self.locale = locale
        self.method = method
        self.scheme = scheme    # national id scheme key (checks.NATID)
        self.gender = gender    # "m" / "f" for names
        self.label = label      # human label, e.g. "PESEL"

    def src(self):
        return f"{self.gen} {self.locale} {self.method}"


# ---------------------------------------------------------------------------
# Serbian: Faker has sr_BA only for JMBG; names/addresses come from Faker
# hr_HR and are transliterated to Serbian Cyrillic (Gaj Latin -> Vuk Cyrillic).
# ---------------------------------------------------------------------------
_SR_DIGRAPHS = [("Lj", "Љ"), ("LJ", "Љ"), ("lj", "љ"), ("Nj", "Њ"), ("NJ", "Њ"),
                ("nj", "њ"), ("Dž", "Џ"), ("DŽ", "Џ"), ("dž", "џ")]
_SR_MAP = dict(zip(
    "ABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠabvgdđežzijklmnoprstćufhcčš",
    "АБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШабвгдђежзијклмнопрстћуфхцчш"))


def sr_cyrl(s):
    for a, b in _SR_DIGRAPHS:
        s = s.replace(a, b)
    return "".join(_SR_MAP.get(c, c) for c in s)


# ---------------------------------------------------------------------------
# phone fallbacks: patterns for Faker.numerify when a locale has no (valid)
# phone provider
# ---------------------------------------------------------------------------
PHONE_PATTERNS = {
    "et_EE": ["5### ####", "+372 5### ####", "6## ####", "+372 6## ####"],
    "sw": ["07## ### ###", "+254 7## ######", "0722 ### ###", "+254 11# ######"],
    "en_IE": ["08# ### ####", "+353 8# ### ####", "01 ### ####"],
    "ga_IE": ["08# ### ####", "+353 8# ### ####", "01 ### ####"],
    "sr_BA": ["065 ###-###", "+387 65 ### ###", "066 ### ###", "051 ### ###"],
    "is_IS": ["8## ####", "+354 6## ####", "5## ####"],
    "es_AR": ["+54 9 11 ####-####", "11 ####-####", "+54 9 351 ###-####"],
    "ar_SA": ["05# ### ####", "+966 5# ### ####", "011 ### ####"],
    "ar_EG": ["010 #### ####", "+20 12 #### ####", "011 #### ####"],
    "bg_BG": ["088 ### ####", "+359 87 ### ####", "02 ### ####"],
    "lv_LV": ["2### ####", "+371 2### ####", "67## ####"],
    "lt_LT": ["86## #####", "+370 6## #####", "+370 5 ### ####"],
    "tr_TR": ["05## ### ## ##", "+90 5## ### ## ##", "0212 ### ## ##"],
    "hu_HU": ["06 30 ### ####", "+36 20 ### ####", "06 1 ### ####"],
    "hy_AM": ["09# ######", "+374 9# ######", "010 ######"],
    "tl_PH": ["09## ### ####", "+63 9## ### ####"],
}

# locales whose Faker phone provider is missing or falls back to en_US formats
NO_PHONE_PROVIDER = {"et_EE", "sw", "en_IE", "ga_IE", "is_IS", "sr_BA", "ar_SA", "ar_EG"}

PASSPORT_PATTERNS = {
    # country-typical shapes, filled by Faker.bothify / lexify
    "de_DE": ("C{alnum8}", None), "de_CH": ("X#######", None),
    "fr_FR": ("##??#####", None), "fr_CH": ("X#######", None), "fr_CA": ("??######", None),
    "es_ES": ("???######", None), "es_MX": ("G########", None), "es_AR": ("AAA######", None),
    "es_CO": ("AO#######", None), "es_CL": ("F########", None),
    "pt_PT": ("C######", None), "pt_BR": ("??######", None),
    "nl_NL": ("N{alnum7}#", None), "nl_BE": ("EP######", None),
    "pl_PL": ("??#######", None), "cs_CZ": ("########", None), "sk_SK": ("?#######", None),
    "sl_SI": ("PB#######", None), "hr_HR": ("#########", None), "sr_BA": ("?#######", None),
    "bg_BG": ("#########", None), "ro_RO": ("05######", None), "hu_HU": ("??#######", None),
    "el_GR": ("??#######", None), "fi_FI": ("??#######", None), "et_EE": ("K#######", None),
    "lv_LV": ("LV#######", None), "lt_LT": ("########", None), "sv_SE": ("########", None),
    "da_DK": ("#########", None), "no_NO": ("??#######", None), "is_IS": ("A#######", None),
    "ga_IE": ("P?#######", None), "en_IE": ("P?#######", None), "en_GB": ("#########", None),
    "en_CA": ("??######", None), "en_AU": ("PA#######", None), "en_IN": ("?#######", None),
    "uk_UA": ("??######", None), "tr_TR": ("U########", None),
    "ar_SA": ("?########", None), "ar_EG": ("A########", None), "he_IL": ("########", None),
    "fa_IR": ("?########", None), "hi_IN": ("?#######", None), "bn_BD": ("??#######", None),
    "zh_CN": ("E########", None), "zh_TW": ("3########", None), "ja_JP": ("??#######", None),
    "ko_KR": ("M########", None), "th_TH": ("A#######", None), "vi_VN": ("C#######", None),
    "id_ID": ("X#######", None), "tl_PH": ("P#######?", None), "sw": ("AK#######", None),
    "ka_GE": ("##??#####", None), "hy_AM": ("AU#######", None), "az_AZ": ("C########", None),
}

# BBAN country for IBANs built from the stdnum iban.dat structure
IBAN_STRUCT = {}


def _load_iban_struct():
    import os
    import stdnum
    path = os.path.join(os.path.dirname(stdnum.__file__), "iban.dat")
    for line in open(path, encoding="utf-8"):
        m = re.match(r'^([A-Z]{2}) .*bban="([^"]+)"', line)
        if m:
            IBAN_STRUCT[m.group(1)] = m.group(2)


_load_iban_struct()

FAKER_BANK_LOCALES = {"az_AZ", "cs_CZ", "da_DK", "de_AT", "de_CH", "de_DE", "el_GR",
                      "en_GB", "en_IE", "es_ES", "fa_IR", "fi_FI", "fr_CH", "fr_FR",
                      "it_CH", "it_IT", "nl_BE", "nl_NL", "no_NO", "pl_PL", "pt_BR",
                      "pt_PT", "ro_RO", "sk_SK", "tr_TR", "uk_UA"}

# hand-listed street names for locales whose generators have no street data
# (house numbers / postcodes still come from the seeded Faker instance)
HAND_STREETS = {
    "lv_LV": ["Brīvības iela", "Elizabetes iela", "Gertrūdes iela", "Krasta iela",
              "Lāčplēša iela", "Maskavas iela", "Tērbatas iela", "Ganību dambis"],
    "lt_LT": ["Gedimino pr.", "Pylimo g.", "Savanorių pr.", "Laisvės al.",
              "Žirmūnų g.", "Kalvarijų g.", "Ukmergės g.", "Taikos pr."],
    "bg_BG": ["ул. „Граф Игнатиев“", "бул. „Витоша“", "ул. „Шипка“", "ул. „Пиротска“",
              "бул. „Христо Ботев“", "ул. „Оборище“", "ул. „Алабин“", "бул. „Мадрид“"],
    "sw": ["Barabara ya Moi", "Mtaa wa Tom Mboya", "Barabara ya Ngong", "Mtaa wa Biashara",
           "Barabara ya Kenyatta", "Mtaa wa Kimathi", "Barabara ya Jogoo"],
}
HAND_CITIES = {
    "lv_LV": [("LV-1010", "Rīga"), ("LV-1050", "Rīga"), ("LV-3001", "Jelgava"),
              ("LV-5401", "Daugavpils"), ("LV-3401", "Liepāja")],
    "lt_LT": [("LT-01103", "Vilnius"), ("LT-44280", "Kaunas"), ("LT-92236", "Klaipėda"),
              ("LT-76281", "Šiauliai"), ("LT-35173", "Panevėžys")],
    "bg_BG": [("1000", "София"), ("4000", "Пловдив"), ("9000", "Варна"),
              ("8000", "Бургас"), ("7000", "Русе")],
    "sw": [("00100", "Nairobi"), ("80100", "Mombasa"), ("40100", "Kisumu"),
           ("20100", "Nakuru"), ("30100", "Eldoret")],
}


class Gen:
    """Per-language value factory with round-robin over configured sources."""

    def __init__(self, lang, cfg):
        self.lang = lang
        self.cfg = cfg
        self._fk = {}
        self._mi = {}
        self._rr = {}
        self.used = set()

    # -- generators ---------------------------------------------------------
    def fk(self, loc):
        if loc not in self._fk:
            f = Faker(loc)
            f.seed_instance(seed_for(self.lang, "faker", loc))
            self._fk[loc] = f
        return self._fk[loc]

    def mi(self, loc):
        if loc not in self._mi:
            self._mi[loc] = Generic(Locale(loc), seed=seed_for(self.lang, "mimesis", loc))
        return self._mi[loc]

    def sources(self, kind):
        srcs = self.cfg.get(kind)
        if srcs is None:
            srcs = [("Faker", loc) for loc in self.cfg["faker"]]
            if kind in ("name", "email", "username", "birth_date") and self.cfg.get("mimesis"):
                mixed = []
                ms = [("mimesis", loc) for loc in self.cfg["mimesis"]]
                for i in range(max(len(srcs), len(ms))):
                    if i < len(srcs):
                        mixed.append(srcs[i])
                    if i < len(ms):
                        mixed.append(ms[i])
                srcs = mixed
        return [s if isinstance(s, tuple) else ("Faker", s) for s in srcs]

    def next_source(self, kind):
        srcs = self.sources(kind)
        i = self._rr.get(kind, 0)
        self._rr[kind] = i + 1
        return srcs[i % len(srcs)]

    def get(self, kind, opts=None):
        opts = opts or {}
        fn = getattr(self, "g_" + kind)
        for attempt in range(60):
            if opts.get("loc"):
                srcs = [x for x in self.sources(kind) if x[1] == opts["loc"]]
                gen, loc = srcs[0] if srcs else ("Faker", opts["loc"])
                self._rr[kind] = self._rr.get(kind, 0) + 1
            else:
                gen, loc = self.next_source(kind)
            try:
                v = fn(gen, loc, opts)
            except AttributeError:      # e.g. Faker es_AR name_male() is broken
                v = None
            if v is None or v.value is None:
                continue
            key = v.value if not isinstance(v.value, datetime.date) else ("date", v.value)
            if key in self.used:
                continue
            self.used.add(key)
            return v
        raise RuntimeError(f"{self.lang}: could not generate {kind}")

    # -- helpers ------------------------------------------------------------
    def region(self, loc):
        return checks.REGION[loc]

    def _retry(self, make, ok, tries=400):
        for _ in range(tries):
            x = make()
            if x is not None and ok(x):
                return x
        return None

    # -- core kinds ---------------------------------------------------------
    def g_name(self, gen, loc, opts):
        gender = opts.get("gender")
        if gender is None:
            gender = "m" if self.fk(self.cfg["faker"][0]).random.random() < 0.5 else "f"
        if gen == "Faker":
            f = self.fk(loc)
            if opts.get("plain") or self.cfg.get("plain_names"):
                g = "male" if gender == "m" else "female"
                ln = getattr(f, "last_name_" + g)()
                val = getattr(f, "first_name_" + g)() + " " + ln
                method = f"first_name_{g}()+last_name_{g}()"
            else:
                val = f.name_male() if gender == "m" else f.name_female()
                method = "name_%s()" % ("male" if gender == "m" else "female")
        else:
            g = self.mi(loc)
            val = g.person.full_name(gender=Gender.MALE if gender == "m" else Gender.FEMALE)
            method = "Person.full_name(gender=%s)" % ("MALE" if gender == "m" else "FEMALE")
        val = re.sub(r"\s+", " ", val.replace("&nbsp;", " ")).strip()
        if self.cfg.get("translit") and not opts.get("latn"):
            val = sr_cyrl(val)
            method += " transliterated to Serbian Cyrillic"
        return V(val, gen, loc, method, gender=gender)

    def g_email(self, gen, loc, opts):
        if gen == "Faker":
            f = self.fk(loc)
            n = self._rr.get("email", 0) % 3
            if n == 0:
                return V(f.free_email(), gen, loc, "free_email()")
            if n == 1:
                return V(f.company_email(), gen, loc, "company_email()")
            return V(f.email(), gen, loc, "email()")
        return V(self.mi(loc).person.email(), gen, loc, "Person.email()")

    def g_phone(self, gen, loc, opts):
        region = self.region(loc)
        if gen == "mimesis":
            x = self._retry(lambda: self.mi(loc).person.telephone(), lambda p: checks.phone_valid(p, region))
            return V(x, gen, loc, "Person.telephone()") if x else None
        f = self.fk(loc)
        method = self.cfg.get("phone_method", {}).get(loc, "phone_number")
        if loc not in NO_PHONE_PROVIDER:
            try:
                x = self._retry(lambda: getattr(f, method)(), lambda p: checks.phone_valid(p, region))
            except AttributeError:
                x = None
            if x:
                x = re.sub(r"x\d+$", "", x).strip()
                return V(x, gen, loc, method + "()")
        if loc not in PHONE_PATTERNS:
            return None
        pats = PHONE_PATTERNS[loc]
        i = self._rr.get("phone", 0)
        pat = pats[i % len(pats)]
        x = self._retry(lambda: f.numerify(pat), lambda p: checks.phone_valid(p, region))
        return V(x, gen, loc, "numerify('%s')" % pat) if x else None

    def g_card(self, gen, loc, opts):
        if gen == "mimesis":
            g = self.mi(loc)
            x = self._retry(lambda: g.payment.credit_card_number(), checks.card_valid)
            return V(x, gen, loc, "Payment.credit_card_number()")
        f = self.fk(loc)
        prov = next(p for p in f.get_providers() if hasattr(p, "credit_card_types"))
        types = [k for k in prov.credit_card_types if k not in ("visa13", "visa19", "jcb15")]
        t = types[self._rr.get("card", 0) % len(types)]
        x = self._retry(lambda: f.credit_card_number(card_type=t), checks.card_valid)
        d = x
        style = self._rr.get("card", 0) % 3
        if style != 2:
            if len(d) == 15:
                d = f"{d[:4]} {d[4:10]} {d[10:]}"
            else:
                d = " ".join(d[i:i + 4] for i in range(0, len(d), 4))
            if style == 1:
                d = d.replace(" ", "-")
        return V(d, gen, loc, f"credit_card_number(card_type='{t}')")

    def g_ip(self, gen, loc, opts):
        v6 = opts.get("v6")
        if gen == "mimesis":
            g = self.mi(loc)
            if v6:
                x = self._retry(lambda: g.internet.ip_v6(), checks.ip_valid)
                return V(x, gen, loc, "Internet.ip_v6()")
            x = self._retry(lambda: g.internet.ip_v4(), checks.ip_valid)
            return V(x, gen, loc, "Internet.ip_v4()")
        f = self.fk(loc)
        if v6:
            x = self._retry(lambda: f.ipv6(), checks.ip_valid)
            return V(x, gen, loc, "ipv6()")
        x = self._retry(lambda: f.ipv4_public(), checks.ip_valid)
        return V(x, gen, loc, "ipv4_public()")

    def g_iban(self, gen, loc, opts):
        country = self.cfg.get("iban_country", {}).get(loc)
        loc = "_".join(loc.split("_")[:2])
        f = self.fk(loc)
        if country is None and loc in FAKER_BANK_LOCALES:
            x = self._retry(lambda: f.iban(), checks.iban_valid)
            method = "iban()"
        else:
            country = country or checks.REGION[loc]
            struct = IBAN_STRUCT[country]

            def make():
                bban = ""
                for n, t in re.findall(r"(\d+)!([nac])", struct):
                    for _ in range(int(n)):
                        if t == "n":
                            bban += str(f.random_digit())
                        elif t == "a":
                            bban += f.random_uppercase_letter()
                        else:   # alphanumeric slot: account numbers are digits in practice
                            bban += str(f.random_digit())
                return country + std_iban.calc_check_digits(country + "00" + bban) + bban
            x = self._retry(make, checks.iban_valid)
            method = f"random_digit()/random_uppercase_letter() in the iban.dat BBAN structure for {country}"
        if x is None:
            return None
        if self._rr.get("iban", 0) % 2 == 0:
            x = std_iban.format(x)
        return V(x, gen, loc, method)

    # -- extended kinds -----------------------------------------------------
    def g_address(self, gen, loc, opts):
        fn = getattr(self, "addr_" + loc.replace("-", "_"), None)
        if fn is not None:
            return fn(gen, loc, opts)
        if gen == "mimesis":
            g = self.mi(loc)
            a = g.address
            style = self.cfg.get("mimesis_address_style", "street_first")
            if style == "street_first":
                val = f"{a.street_name()} {a.street_suffix()} {a.street_number()}".replace("  ", " ")
                val = f"{val}, {a.postal_code()} {a.city()}"
            elif style == "address_city":
                val = f"{a.address()}, {a.postal_code()} {a.city()}"
            elif style == "city_address":
                val = f"{a.city()}{a.address()}"
            else:
                val = f"{a.address()}, {a.city()}"
            return V(val.strip(), gen, loc, f"Address ({style})")
        f = self.fk(loc)

        def make():
            a = f.address()
            first = a.split("\n")[0]
            if not re.search(r"\d", first) and not self.cfg.get("addr_any_line"):
                return None
            if loc == "he_IL" and re.search(r"[()]", a):
                return None
            if re.search(r"\b(Box|PSC|USNS|USS|USNV|USCGC)\b", a):
                return None
            if re.search(r"(?<![\d/])0\d{0,2}(?![\d])", first):   # house number 0 / 07 / 00
                return None
            a = re.sub(r"\s*\n\s*", ", ", a).strip().rstrip(",")
            a = re.sub(r",\s*,", ",", a)
            return re.sub(r"\s{2,}", " ", a)
        x = self._retry(make, lambda s: True)
        return V(x, gen, loc, "address() (line breaks -> ', ')") if x else None

    def _hand_addr(self, loc, fmt):
        f = self.fk(loc)
        street = f.random_element(HAND_STREETS[loc])
        pc, city = f.random_element(HAND_CITIES[loc])
        num = f.random_int(1, 140)
        val = fmt.format(street=street, num=num, pc=pc, city=city,
                         flat=f.random_int(1, 60))
        return V(val, "Faker", loc, "random_int() house number; street/city hand-listed (locale has no address provider)")

    def addr_lv_LV(self, gen, loc, opts):
        return self._hand_addr(loc, "{street} {num}-{flat}, {city}, {pc}")

    def addr_lt_LT(self, gen, loc, opts):
        return self._hand_addr(loc, "{street} {num}-{flat}, {pc} {city}")

    def addr_bg_BG(self, gen, loc, opts):
        return self._hand_addr(loc, "{street} № {num}, ет. 3, {pc} {city}")

    def addr_sw(self, gen, loc, opts):
        return self._hand_addr(loc, "{street}, Nyumba Na. {num}, {city} {pc}")

    def addr_sr_BA(self, gen, loc, opts):
        # Faker hr_HR street data (shared South-Slavic naming), Cyrillic unless latn
        f = self.fk("hr_HR")
        x = None
        for _ in range(100):
            s = f.street_address()
            if re.search(r"\d", s):
                x = f"{s}, {f.postcode()} {f.city()}"
                break
        method = "street_address()+postcode()+city()"
        if not opts.get("latn"):
            x = sr_cyrl(x)
            method += " transliterated to Serbian Cyrillic"
        return V(x, "Faker", "hr_HR", method)

    def g_national_id(self, gen, loc, opts):
        want = opts.get("scheme")
        table = NATID_GEN
        entries = [e for e in table[loc] if want is None or e[0] == want]
        if not entries:
            return None
        i = self._rr.get("national_id", 0)
        scheme, make, label, method, floc = entries[i % len(entries)]
        f = self.fk(floc or loc)
        x = self._retry(lambda: make(f), lambda s: checks.natid_valid(scheme, s), tries=20000)
        if x is None:
            return None
        return V(x, "Faker", floc or loc, method, scheme=scheme, label=label)

    def g_birth_date(self, gen, loc, opts):
        lo, hi = opts.get("age", (18, 88))
        if gen == "mimesis":
            start, end = 2026 - hi, 2026 - lo - 1
            d = self.mi(loc).datetime.date(start=start, end=end)
            return V(d, gen, loc, f"Datetime.date(start={start}, end={end})")
        d = self.fk(loc).date_of_birth(minimum_age=lo, maximum_age=hi)
        return V(d, gen, loc, f"date_of_birth(minimum_age={lo}, maximum_age={hi})")

    def g_passport(self, gen, loc, opts):
        f = self.fk(loc)
        if loc in ("de_AT", "en_US", "it_IT", "ru_RU", "mk_MK"):
            return V(f.passport_number(), gen, loc, "passport_number()")
        pat = PASSPORT_PATTERNS[loc][0]
        m = re.search(r"\{alnum(\d)\}", pat)
        if m:
            alnum = "".join(f.random_element("CFGHJKLMNPRTVWXYZ" + "0123456789" * 3) for _ in range(int(m.group(1))))
            val = f.numerify(pat.replace(m.group(0), "{X}")).replace("{X}", alnum)
            return V(val, gen, loc, f"random_element()/numerify() in the shape {pat}")
        val = f.bothify(pat, letters="ABCDEFGHJKLMNPRSTUVWXYZ")
        return V(val, gen, loc, f"bothify('{pat}')")

    def g_username(self, gen, loc, opts):
        if gen == "mimesis":
            return V(self.mi(loc).person.username(), gen, loc, "Person.username()")
        return V(self.fk(loc).user_name(), gen, loc, "user_name()")

    # -- lookalike kinds ----------------------------------------------------
    def _names(self, loc, part):
        f = self.fk(loc)
        names = set()
        for p in f.get_providers():
            for attr in dir(p):
                if part in attr and not attr.startswith("_"):
                    val = getattr(p, attr, None)
                    if isinstance(val, dict):
                        names |= {k for k in val.keys() if isinstance(k, str)}
                        names |= {k[0] for k in val.keys() if isinstance(k, tuple) and k and isinstance(k[0], str)}
                    elif isinstance(val, (list, tuple)):
                        names |= {x for x in val if isinstance(x, str)}
                        names |= {x[0] for x in val if isinstance(x, tuple) and x and isinstance(x[0], str)}
        return {n for n in names if len(n) >= 2 and n not in ("Doe", "John", "Jane")}

    def _last_names(self, loc):
        return self._names(loc, "last_name")

    def _first_names(self, loc):
        return self._names(loc, "first_name")

    def g_company(self, gen, loc, opts):
        f = self.fk(loc)
        lns = self._last_names(loc)
        fns = self._first_names(loc)
        fmts = self.cfg.get("company_fmt", {}).get(loc)

        def has(c, names):
            if self.lang in ("zh", "ja", "ko", "th"):
                return any(n in c for n in names)
            return any(re.search(r"(?<![\w\u0900-\u0DFF])" + re.escape(n) + r"(?![\w\u0900-\u0DFF])", c) for n in names)

        def ok(c):
            if c.strip() in lns:      # a bare surname is too ambiguous
                return False
            if re.search(r"\band\b", c) and self.lang != "en":
                return False          # Faker's en fallback 'X, Y and Z'
            if self.lang not in ("zh", "ja", "ko", "th") and has(c, fns):
                return False          # a full person's name is not a lookalike
            return has(c, lns)
        if fmts:
            i = self._rr.get("company", 0)
            fmt = fmts[i % len(fmts)]

            def make():
                return fmt.replace("{ln}", f.last_name(), 1).replace("{ln}", f.last_name(), 1)
            x = self._retry(make, lambda c: True)
            return V(x, gen, loc, f"last_name() in the company pattern '{fmt}' (no usable company provider)")
        x = self._retry(lambda: f.company(), ok, tries=1500)
        if x is None:
            return None
        hits = [n for n in lns if n in x]
        method = "company() (contains surname %s)" % sorted(hits, key=lambda n: (len(n), n))[-1]
        if self.cfg.get("translit") and not opts.get("latn"):
            x = sr_cyrl(x)
            method += " transliterated to Serbian Cyrillic"
        return V(x, gen, loc, method)

    def g_street_name(self, gen, loc, opts):
        if gen == "mimesis":
            g = self.mi(loc)
            s = g.address.street_name()
            suf = self.cfg.get("mimesis_street_suffix")
            if suf:
                s = f"{s} {g.address.street_suffix()}"
            return V(s, gen, loc, "Address.street_name()" + (" + street_suffix()" if suf else ""))
        if loc in HAND_STREETS:
            return V(self.fk(loc).random_element(HAND_STREETS[loc]), gen, loc, "random_element() from hand-listed streets")
        f = self.fk(loc)
        x = self._retry(lambda: f.street_name(), lambda s: not re.search(r"\d", s) and len(s) > 3)
        if self.cfg.get("translit") and x:
            x = sr_cyrl(x)
        return V(x, gen, loc, "street_name()")

    def g_date(self, gen, loc, opts):
        f = self.fk(loc)
        d = f.date_between_dates(datetime.date(2026, 9, 1), datetime.date(2027, 6, 30))
        return V(d, gen, loc, "date_between_dates(2026-09-01, 2027-06-30)")

    def g_price(self, gen, loc, opts):
        f = self.fk(loc)
        lo, hi = opts.get("range", (3, 900))
        cents = f.random_element([0, 90, 95, 99, 49, 50])
        amount = f.random_int(lo, hi) + cents / 100
        return V(amount, gen, loc, "random_int()+random_element(cents)")

    def g_order_number(self, gen, loc, opts):
        f = self.fk(loc)
        pats = opts.get("patterns") or ["#########", "ORD-####-#####", "A#-########", "##-#####-####", "#?##?####"]
        pat = pats[self._rr.get("order_number", 0) % len(pats)]
        return V(f.bothify(pat, letters="ABCDEFGHJKLMNPRSTUVWXYZ"), gen, loc, f"bothify('{pat}')")

    def g_invoice_number(self, gen, loc, opts):
        f = self.fk(loc)
        pats = opts.get("patterns") or ["RE-2026-#####", "INV-######", "2026/###/##", "F2026-####"]
        pat = pats[self._rr.get("invoice_number", 0) % len(pats)]
        return V(f.bothify(pat), gen, loc, f"bothify('{pat}')")

    def g_tracking_number(self, gen, loc, opts):
        f = self.fk(loc)
        pats = opts.get("patterns") or ["1Z###?##########", "JJD000390#########", "??#########??",
                                        "00340434#########", "9400 1#### #### #### ####"]
        pat = pats[self._rr.get("tracking_number", 0) % len(pats)]
        return V(f.bothify(pat, letters="ABCDEFGHJKLMNPRSTUVWXYZ"), gen, loc, f"bothify('{pat}')")

    def g_version(self, gen, loc, opts):
        f = self.fk(loc)
        if self._rr.get("version", 0) % 2 == 0:
            g = self.mi("en")
            return V(g.development.version(), "mimesis", "en", "Development.version()")
        return V(f.numerify("%#.%.%#"), gen, loc, "numerify('%#.%.%#')")

    def g_isbn(self, gen, loc, opts):
        f = self.fk(loc)
        x = self._retry(lambda: f.isbn13(), std_isbn.is_valid)
        return V(x, gen, loc, "isbn13()")

    def g_ean(self, gen, loc, opts):
        f = self.fk(loc)
        x = self._retry(lambda: f.ean13(), std_ean.is_valid)
        return V(x, gen, loc, "ean13()")

    def g_uuid(self, gen, loc, opts):
        return V(self.fk(loc).uuid4(), gen, loc, "uuid4()")

    def g_hash(self, gen, loc, opts):
        f = self.fk(loc)
        k = self._rr.get("hash", 0) % 3
        return V([f.sha1, f.sha256, f.md5][k](), gen, loc, ["sha1()", "sha256()", "md5()"][k])

    def g_non_luhn(self, gen, loc, opts):
        f = self.fk(loc)
        base = self._retry(lambda: f.credit_card_number(), lambda c: len(c) == 16) \
            if self._rr.get("non_luhn", 0) % 2 == 0 else f.numerify("%###############")
        digits = base[:15] + str((int(base[15]) + 1 + f.random_int(0, 7)) % 10)
        if std_luhn.is_valid(digits):
            return None
        if opts.get("grouped"):
            digits = " ".join(digits[i:i + 4] for i in range(0, 16, 4))
        return V(digits, gen, loc, "credit_card_number() (16 digits) / numerify, last digit altered to fail Luhn")

    def g_measurement(self, gen, loc, opts):
        f = self.fk(loc)
        lo, hi = opts.get("range", (2, 250))
        dec = opts.get("decimals", 1)
        x = f.random_int(lo * 10 ** dec, hi * 10 ** dec) / 10 ** dec
        return V(x, gen, loc, "random_int() scaled")

    def g_product(self, gen, loc, opts):
        which = opts.get("product", "phone")
        if gen == "mimesis":
            g = self.mi(loc)
        else:
            g = self.mi(self.cfg.get("mimesis", ["en"])[0] if self.cfg.get("mimesis") else "en")
            gen, loc = "mimesis", (self.cfg.get("mimesis") or ["en"])[0]
        if which == "phone":
            return V(g.hardware.phone_model(), gen, loc, "Hardware.phone_model()")
        if which == "dish":
            return V(g.food.dish(), gen, loc, "Food.dish()")
        if which == "cpu":
            return V(g.hardware.cpu(), gen, loc, "Hardware.cpu()")
        if which == "drink":
            return V(g.food.drink(), gen, loc, "Food.drink()")
        if which == "graphics":
            return V(g.hardware.graphics(), gen, loc, "Hardware.graphics()")
        raise ValueError(which)

    def g_famous_name(self, gen, loc, opts):
        return V(opts["v"], "hand-picked", loc, "famous name")


# ---------------------------------------------------------------------------
# national id makers: locale -> [(scheme, make(faker), label, method, faker_locale)]
# ---------------------------------------------------------------------------
def _date_digits(f, fmt, min_age=18, max_age=85):
    return f.date_of_birth(minimum_age=min_age, maximum_age=max_age).strftime(fmt)


def _gb_nhs(f):
    d = f.numerify("4########")
    from stdnum.gb import nhs
    for k in range(10):
        if nhs.is_valid(d + str(k)):
            n = d + str(k)
            return f"{n[:3]} {n[3:6]} {n[6:]}"
    return None


def _ie_pps(f):
    return f.numerify("#######") + f.random_element("ABCDEFGHIJKLMNOPQRSTUVW") + \
        f.random_element(["", "", "A"])


def _de_idnr(f):
    d = f.numerify("%##########")
    return d


def _si_emso(f):
    dob = f.date_of_birth(minimum_age=18, maximum_age=80)
    return dob.strftime("%d%m") + dob.strftime("%Y")[1:] + "50" + f.numerify("###") + str(f.random_digit())


def _bg_egn(f):
    dob = f.date_of_birth(minimum_age=18, maximum_age=80)
    mm = dob.month + (40 if dob.year >= 2000 else 0)
    return dob.strftime("%y") + f"{mm:02d}" + dob.strftime("%d") + f.numerify("####")


def _lt_asmens(f):
    dob = f.date_of_birth(minimum_age=18, maximum_age=80)
    g = f.random_element("34") if dob.year < 2000 else f.random_element("56")
    return g + dob.strftime("%y%m%d") + f.numerify("####")


def _dk_cpr(f):
    dob = f.date_of_birth(minimum_age=18, maximum_age=80)
    # 7th digit encodes the century together with the year (0-3 => 1900-1999)
    c = f.random_element("0123") if dob.year < 2000 else "4"
    return dob.strftime("%d%m%y") + "-" + c + f.numerify("###")


def _is_kt(f):
    dob = f.date_of_birth(minimum_age=18, maximum_age=80)
    return dob.strftime("%d%m%y") + "-" + f.numerify("###") + ("9" if dob.year < 2000 else "0")


def _hu_szemelyi(f):
    dob = f.date_of_birth(minimum_age=18, maximum_age=80)
    sex = f.random_element("12") if dob.year < 2000 else f.random_element("34")
    return sex + dob.strftime("%y%m%d") + f.numerify("####")


def _ir_melli(f):
    return f.numerify("##########")


def _tw_id(f):
    s = f.ssn()
    return s[:9] + str(f.random_digit())


def _sa_nid(f):
    d = "1" + f.numerify("########")
    return d + std_luhn.calc_check_digit(d)


def _eg_nid(f):
    dob = f.date_of_birth(minimum_age=18, maximum_age=70)
    c = "2" if dob.year < 2000 else "3"
    return c + dob.strftime("%y%m%d") + f.random_element(["01", "02", "12", "13", "21", "88"]) + f.numerify("####") + str(f.random_digit())


def _jp_in(f):
    from stdnum.jp import in_
    d = f.numerify("%##########")
    n = d + in_.calc_check_digit(d)
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def _id_nik(f):
    dob = f.date_of_birth(minimum_age=18, maximum_age=70)
    day = dob.day + (40 if f.random_int(0, 1) else 0)
    return f.numerify("####") + f.numerify("0#") + f"{day:02d}" + dob.strftime("%m%y") + f.numerify("000#")


def _vn_cccd(f):
    dob = f.date_of_birth(minimum_age=18, maximum_age=70)
    g = f.random_element("01") if dob.year < 2000 else f.random_element("23")
    return "0" + f.random_element(["01", "31", "79", "48", "92", "38", "27"]) + g + dob.strftime("%y") + f.numerify("######")


def _fr_nir_spaced(f):
    s = f.ssn()
    return f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"


def _be_nn_fmt(f):
    s = f.ssn()
    return f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"


def _aadhaar(f):
    s = f.aadhaar_id()
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def _snils(f):
    s = re.sub(r"\D", "", f.snils())
    return f"{s[:3]}-{s[3:6]}-{s[6:9]} {s[9:]}"


def _kr_rrn(f):
    s = f.ssn()
    return s


NATID_GEN = {
    "en_US": [("us.ssn", lambda f: f.ssn(), "SSN", "ssn()", None)],
    "en_CA": [("ca.sin", lambda f: f.ssn(), "SIN", "ssn()", None)],
    "en_GB": [("gb.nhs", _gb_nhs, "NHS number", "numerify('4########') + NHS check digit", None)],
    "en_IE": [("ie.pps", _ie_pps, "PPS number", "numerify('#######')+random_element(letters), kept if PPS check letter matches", None)],
    "en_IN": [("in_.aadhaar", _aadhaar, "Aadhaar", "aadhaar_id()", None),
              ("in_.pan", lambda f: f.pan(), "PAN", "pan()", None)],
    "en_AU": [("us.ssn", lambda f: f.ssn(), "SSN", "ssn()", "en_US")],
    "en_NZ": [("us.ssn", lambda f: f.ssn(), "SSN", "ssn()", "en_US")],
    "de_DE": [("de.idnr", _de_idnr, "Steuer-ID", "numerify('%##########'), kept if stdnum de.idnr passes", None)],
    "de_AT": [("at.vnr", lambda f: f.ssn(), "SV-Nummer", "ssn()", None)],
    "de_CH": [("ch.ssn", lambda f: f.ssn(), "AHV-Nummer", "ssn()", None)],
    "fr_FR": [("fr.nir", lambda f: f.ssn(), "NIR", "ssn()", None),
              ("fr.nir", _fr_nir_spaced, "NIR", "ssn() grouped", None)],
    "fr_CH": [("ch.ssn", lambda f: f.ssn(), "AVS", "ssn()", None)],
    "fr_CA": [("ca.sin", lambda f: f.ssn(), "NAS", "ssn()", "en_CA")],
    "es_ES": [("es.dni", lambda f: f.nif(), "DNI", "nif()", None),
              ("es.nie", lambda f: f.nie(), "NIE", "nie()", None)],
    "es_MX": [("mx.curp", lambda f: f.curp(), "CURP", "curp()", None)],
    "es_AR": [("ar.cuit", lambda f: f.cuil(), "CUIL", "cuil()", None)],
    "es_CL": [("cl.rut", lambda f: f.rut(), "RUT", "rut()", None)],
    "es_CO": [("co.nit", lambda f: f.natural_person_nit_with_check_digit(), "NIT", "natural_person_nit_with_check_digit()", None)],
    "it_IT": [("it.codicefiscale", lambda f: f.ssn(), "codice fiscale", "ssn()", None)],
    "pt_PT": [("pt.nif", lambda f: f.vat_id()[2:], "NIF", "vat_id() without 'PT'", None)],
    "pt_BR": [("br.cpf", lambda f: f.cpf(), "CPF", "cpf()", None)],
    "nl_NL": [("nl.bsn", lambda f: f.ssn(), "BSN", "ssn()", None)],
    "nl_BE": [("be.nn", _be_nn_fmt, "rijksregisternummer", "ssn() formatted", None)],
    "pl_PL": [("pl.pesel", lambda f: f.ssn(), "PESEL", "ssn()", None)],
    "cs_CZ": [("cz.rc", lambda f: f.birth_number(), "rodné číslo", "birth_number()", None)],
    "sk_SK": [("sk.rc", lambda f: f.birth_number(), "rodné číslo", "birth_number()", None)],
    "sl_SI": [("si.emso", _si_emso, "EMŠO", "date_of_birth()+numerify, kept if EMŠO check digit matches", None)],
    "hr_HR": [("hr.oib", lambda f: f.ssn(), "OIB", "ssn()", None)],
    "sr_BA": [("si.emso", lambda f: f.ssn(), "JMBG", "ssn()", None)],
    "bg_BG": [("bg.egn", _bg_egn, "ЕГН", "date_of_birth()+numerify, kept if EGN check digit matches", None)],
    "ro_RO": [("ro.cnp", lambda f: f.ssn(), "CNP", "ssn()", None)],
    "hu_HU": [("hu.szemelyi", _hu_szemelyi, "személyi azonosító", "date_of_birth()+numerify, kept if check digit matches", None)],
    "el_GR": [("gr.amka", lambda f: f.ssn(), "ΑΜΚΑ", "ssn()", None)],
    "fi_FI": [("fi.hetu", lambda f: f.ssn(), "henkilötunnus", "ssn()", None)],
    "et_EE": [("ee.ik", lambda f: f.ssn(), "isikukood", "ssn()", None)],
    "lv_LV": [("lv.pvn", lambda f: f.ssn(), "personas kods", "ssn()", None)],
    "lt_LT": [("lt.asmens", _lt_asmens, "asmens kodas", "date_of_birth()+numerify, kept if check digit matches", None)],
    "sv_SE": [("se.personnummer", lambda f: f.ssn(), "personnummer", "ssn()", None)],
    "da_DK": [("dk.cpr", _dk_cpr, "CPR-nummer", "date_of_birth()+numerify, kept if stdnum dk.cpr passes", None)],
    "no_NO": [("no.fodselsnummer", lambda f: f.ssn(), "fødselsnummer", "ssn()", None)],
    "is_IS": [("is_.kennitala", _is_kt, "kennitala", "date_of_birth()+numerify, kept if check digit matches", None)],
    "ga_IE": [("ie.pps", _ie_pps, "PPS", "numerify('#######')+random_element(letters), kept if PPS check letter matches", None)],
    "ru_RU": [("ru.inn", lambda f: f.individuals_inn(), "ИНН", "individuals_inn()", None),
              ("ru.snils", _snils, "СНИЛС", "snils()", None)],
    "uk_UA": [("ua.rntrc", lambda f: f.ssn(), "РНОКПП", "ssn()", None)],
    "tr_TR": [("tr.tckimlik", lambda f: f.ssn(), "T.C. Kimlik No", "ssn()", None)],
    "ar_SA": [("sa.nid", _sa_nid, "رقم الهوية الوطنية", "numerify('1########') + Luhn check digit", None)],
    "ar_EG": [("eg.nid", _eg_nid, "الرقم القومي", "date_of_birth()+numerify (no check digit published)", None)],
    "he_IL": [("il.idnr", lambda f: f.ssn(), "תעודת זהות", "ssn()", None)],
    "fa_IR": [("ir.melli", _ir_melli, "کد ملی", "numerify('##########'), kept if check digit matches", None)],
    "hi_IN": [("in_.aadhaar", _aadhaar, "आधार", "aadhaar_id()", "en_IN"),
              ("in_.pan", lambda f: f.pan(), "PAN", "pan()", "en_IN")],
    "bn_BD": [("bd.nid", lambda f: f.ssn(), "জাতীয় পরিচয়পত্র নম্বর", "ssn()", None)],
    "zh_CN": [("cn.ric", lambda f: f.ssn(), "居民身份证号码", "ssn()", None)],
    "zh_TW": [("tw.id", _tw_id, "身分證字號", "ssn() with last digit redrawn until the check passes", None)],
    "ja_JP": [("jp.in_", _jp_in, "マイナンバー", "numerify('%##########') + stdnum check digit", None)],
    "ko_KR": [("kr.rrn", _kr_rrn, "주민등록번호", "ssn(), kept if stdnum kr.rrn passes", None)],
    "th_TH": [("th.pin", lambda f: f.ssn(), "เลขประจำตัวประชาชน", "ssn()", None)],
    "vi_VN": [("vn.cccd", _vn_cccd, "số CCCD", "date_of_birth()+numerify (no check digit)", None)],
    "id_ID": [("id.nik", _id_nik, "NIK", "date_of_birth()+numerify, kept if stdnum id.nik passes", None)],
    "tl_PH": [("ph.sss", lambda f: f.sss(), "SSS number", "sss()", "en_PH"),
              ("ph.philhealth", lambda f: f.philhealth(), "PhilHealth number", "philhealth()", "en_PH")],
    "sw": [("ke.id", lambda f: f.numerify("%#######"), "namba ya kitambulisho", "numerify('%#######') (no check digit)", None)],
    "ka_GE": [("ge.pin", lambda f: f.numerify("0100#######"), "პირადი ნომერი", "numerify('0100#######') (no check digit)", None)],
    "hy_AM": [("am.ssn", lambda f: f.numerify("%#########"), "ՀԾՀ", "numerify('%#########') (no check digit)", None)],
    "az_AZ": [("az.fin", lambda f: f.ssn(), "FİN kod", "ssn()", None)],
}
