#!/usr/bin/env python3
"""Validate ../holdout10.jsonl.

Structural checks need only the standard library. Checksum and phone checks
need `phonenumbers` and `python-stdnum` (e.g. in a scratch venv:
python3 -m venv /tmp/h10venv && /tmp/h10venv/bin/pip install phonenumbers python-stdnum).
Exit status is non-zero if any check fails.
"""
import collections
import importlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build  # noqa: E402

KEYS = {"kind", "tier", "lang", "text", "identifier", "expect", "source", "note"}
CORE_KINDS = {"email", "phone", "card", "ip", "iban", "name"}
EXT_KINDS = {"name", "address", "national_id", "birth_date", "passport", "username"}
REQUIRED_LANGS = set("en de fr es it pt nl pl cs sk sl hr sr bg ro hu el fi et lv lt sv da no is ga mt "
                     "ru uk tr ar he fa ur hi bn zh ja ko th vi id ms sw tl ca".split())
SOURCE_PREFIX = "holdout10 (helper, written blind 2026-12-07; values from hand-written invention)"

errors = []


def err(i, msg):
    errors.append(f"line {i}: {msg}")


def digits(s):
    return re.sub(r"\D", "", s)


def luhn_ok(s):
    d = [int(c) for c in digits(s)]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def iban_mod97(s):
    s = re.sub(r"\s", "", s).upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def ean13_ok(s):
    d = digits(s)
    if len(d) != 13:
        return False
    return sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d)) % 10 == 0


# custom checks for schemes python-stdnum does not cover
def jmbg_ok(s):
    d = [int(c) for c in digits(s)]
    if len(d) != 13:
        return False
    w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(a * b for a, b in zip(d, w)) % 11
    r = 0 if r == 11 else r
    return r != 10 and r == d[12]


def hu_taxid_ok(s):
    d = [int(c) for c in digits(s)]
    return len(d) == 10 and d[0] == 8 and sum(x * (i + 1) for i, x in enumerate(d[:9])) % 11 == d[9]


def snils_ok(s):
    d = digits(s)
    if len(d) != 11:
        return False
    tot = sum(int(c) * w for c, w in zip(d[:9], range(9, 0, -1)))
    if tot > 101:
        tot %= 101
    return int(d[9:]) == (0 if tot in (100, 101) else tot)


def iran_code_ok(s):
    d = [int(c) for c in digits(s)]
    if len(d) != 10:
        return False
    r = sum(x * (10 - i) for i, x in enumerate(d[:9])) % 11
    return d[9] == (r if r < 2 else 11 - r)


def saudi_id_ok(s):
    d = digits(s)
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def nino_ok(s):
    s = re.sub(r"\s", "", s).upper()
    m = re.fullmatch(r"([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])\d{6}[A-D]", s)
    return bool(m) and s[:2] not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


CUSTOM_ID = {
    "0409992712371": jmbg_ok,
    "8428963150": hu_taxid_ok,
    "148-302-976 69": snils_ok,
    "4271985031": iran_code_ok,
    "1048392615": saudi_id_ok,
    "JT 48 21 95 C": nino_ok,
}


def main():
    path = build.OUT
    meta = {}
    for lang, (tier, kind, text, ident, note, m) in build.iter_cases():
        meta[(lang, text)] = m

    recs = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            try:
                rec = json.loads(line)
            except ValueError as e:
                err(i, f"bad json: {e}")
                continue
            recs.append((i, rec))

    texts = collections.Counter()
    for i, r in recs:
        if set(r) != KEYS:
            err(i, f"keys {sorted(r)}")
            continue
        if not all(isinstance(v, str) and v for v in r.values()):
            err(i, "non-string or empty value")
        if r["identifier"] not in r["text"]:
            err(i, f"identifier not in text: {r['identifier']!r}")
        if r["tier"] not in ("core", "extended", "lookalike"):
            err(i, f"bad tier {r['tier']}")
        want = "kept" if r["tier"] == "lookalike" else "caught"
        if r["expect"] != want:
            err(i, f"expect {r['expect']} inconsistent with tier {r['tier']}")
        if r["tier"] == "core" and r["kind"] not in CORE_KINDS:
            err(i, f"kind {r['kind']} not a core kind")
        if r["tier"] == "extended" and r["kind"] not in EXT_KINDS:
            err(i, f"kind {r['kind']} not an extended kind")
        if not r["source"].startswith(SOURCE_PREFIX):
            err(i, "bad source")
        if not re.fullmatch(r"[a-z]{2}", r["lang"]):
            err(i, f"bad lang {r['lang']}")
        texts[r["text"]] += 1
    for t, n in texts.items():
        if n > 1:
            errors.append(f"duplicate text x{n}: {t!r}")

    langs = {r["lang"] for _, r in recs}
    missing = REQUIRED_LANGS - langs
    if missing:
        errors.append(f"missing languages: {sorted(missing)}")
    if len(langs) < 40:
        errors.append(f"only {len(langs)} languages")
    if len(recs) < 700:
        errors.append(f"only {len(recs)} lines")

    # ---- value checks ----
    try:
        import phonenumbers
        from stdnum import iban as std_iban
        from stdnum import isbn as std_isbn
    except ImportError:
        print("phonenumbers/python-stdnum not installed: skipping value checks")
        phonenumbers = None

    if phonenumbers:
        all_regions = sorted(phonenumbers.SUPPORTED_REGIONS)
        for i, r in recs:
            m = meta.get((r["lang"], r["text"]), {})
            ident, kind, tier = r["identifier"], r["kind"], r["tier"]
            if kind == "phone" and tier == "core":
                region = m.get("region")
                ok = False
                tries = [region] if region else ([None] if ident.strip().startswith("+") else all_regions)
                for reg in tries:
                    try:
                        num = phonenumbers.parse(ident, reg)
                    except phonenumbers.NumberParseException:
                        continue
                    if phonenumbers.is_valid_number(num):
                        ok = True
                        break
                if not ok:
                    err(i, f"phone not valid ({region}): {ident}")
            elif kind == "card" and tier == "core":
                d = digits(ident)
                if not (13 <= len(d) <= 19 and luhn_ok(d)):
                    err(i, f"card fails Luhn: {ident}")
            elif kind == "invalid_card":
                d = digits(ident)
                if len(d) != 16 or luhn_ok(d):
                    err(i, f"invalid_card is not a 16-digit Luhn failure: {ident}")
            elif kind == "iban":
                if not iban_mod97(ident):
                    err(i, f"IBAN fails mod-97: {ident}")
                cc = re.sub(r"\s", "", ident)[:2].upper()
                if cc not in ("IR",):  # IR not in python-stdnum's registry; mod-97 checked above
                    try:
                        std_iban.validate(ident)
                    except Exception as e:  # noqa: BLE001
                        err(i, f"IBAN rejected by stdnum ({e.__class__.__name__}): {ident}")
            elif kind == "national_id":
                std = m.get("std")
                if std:
                    mod = importlib.import_module("stdnum." + std)
                    try:
                        mod.validate(ident)
                    except Exception as e:  # noqa: BLE001
                        err(i, f"{std} rejects {ident} ({e.__class__.__name__})")
                elif ident in CUSTOM_ID:
                    if not CUSTOM_ID[ident](ident):
                        err(i, f"custom checksum fails: {ident}")
            elif kind == "ip":
                import ipaddress
                try:
                    ipaddress.ip_address(ident)
                except ValueError:
                    err(i, f"bad ip: {ident}")
            elif kind == "email":
                if not re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", ident):
                    err(i, f"bad email: {ident}")
            elif kind == "isbn":
                if not std_isbn.is_valid(ident):
                    err(i, f"bad isbn: {ident}")
            elif kind == "ean":
                if not ean13_ok(ident):
                    err(i, f"bad ean: {ident}")
            elif kind == "version":
                # must look like an IPv4 (4 parts) – the point of the lookalike
                if not re.fullmatch(r"\d+\.\d+\.\d+\.\d+", ident):
                    err(i, f"version not 4-part: {ident}")

    # ---- report ----
    tiers = collections.Counter(r["tier"] for _, r in recs)
    kinds = collections.Counter((r["tier"], r["kind"]) for _, r in recs)
    print(f"lines: {len(recs)}  languages: {len(langs)}")
    for t in ("core", "extended", "lookalike"):
        print(f"  {t}: {tiers[t]} ({100 * tiers[t] / max(1, len(recs)):.1f}%)")
    for (t, k), n in sorted(kinds.items()):
        print(f"    {t:9s} {k:16s} {n}")
    per_lang = collections.Counter(r["lang"] for _, r in recs)
    print("  per language:", " ".join(f"{k}={v}" for k, v in sorted(per_lang.items())))
    if errors:
        print(f"\n{len(errors)} ERRORS")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
