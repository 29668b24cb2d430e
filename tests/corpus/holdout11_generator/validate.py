#!/usr/bin/env python3
"""Validate tests/corpus/holdout11.jsonl (or a path given as argv[1]).

Checks:
  * every line is a JSON object with exactly the keys
    kind, tier, lang, text, identifier, expect, source, note (all strings);
  * tier in core/extended/lookalike, kind allowed for its tier,
    expect == "caught" for core/extended and "kept" for lookalike;
  * identifier is a non-empty exact substring of text;
  * source starts with the holdout11 prefix and names a generator + locale;
  * no duplicate texts;
  * number of lines (>= 800), languages (>= 40, ISO 639-1), tier shares;
  * re-validation of planted values: phones (phonenumbers, region from the
    locale named in source), cards (Luhn), IBANs (python-stdnum), national ids
    (the scheme named in note, python-stdnum or checks.py), IPs (public),
    ISBN/EAN (stdnum), non_luhn numbers fail Luhn, dates/prices are not PII.
Exit status 1 on any failure.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from stdnum import ean as std_ean  # noqa: E402
from stdnum import isbn as std_isbn  # noqa: E402
from stdnum import luhn as std_luhn  # noqa: E402

import checks  # noqa: E402

KEYS = {"kind", "tier", "lang", "text", "identifier", "expect", "source", "note"}
PREFIX = "holdout11 (helper, written blind 2026-12-08; values from Faker/mimesis"
KINDS = {
    "core": {"email", "phone", "card", "ip", "iban", "name"},
    "extended": {"name", "address", "national_id", "birth_date", "passport", "username"},
    "lookalike": {"company", "product", "street_name", "date", "price", "order_number",
                  "invoice_number", "tracking_number", "version", "isbn", "ean", "uuid",
                  "hash", "non_luhn", "measurement", "famous_name"},
}
ISO639_1 = set("""aa ab af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr
cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho
hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky
la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj
om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw
ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu""".split())
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+\-]+@[^\s@]+\.[^\s@]+$")
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def main(path):
    errors = []
    lines = open(path, encoding="utf-8").read().splitlines()
    recs = []
    for i, line in enumerate(lines, 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {i}: not JSON ({e})")
            continue
        if not isinstance(r, dict) or set(r) != KEYS:
            errors.append(f"line {i}: keys {sorted(r) if isinstance(r, dict) else type(r)}")
            continue
        if not all(isinstance(r[k], str) and r[k] for k in KEYS):
            errors.append(f"line {i}: every value must be a non-empty string")
            continue
        recs.append((i, r))

    seen = {}
    for i, r in recs:
        tier, kind, ident, text = r["tier"], r["kind"], r["identifier"], r["text"]
        where = f"line {i} ({r['lang']} {tier}/{kind})"
        if tier not in KINDS:
            errors.append(f"{where}: bad tier")
            continue
        if kind not in KINDS[tier]:
            errors.append(f"{where}: kind not allowed in tier")
        want = "kept" if tier == "lookalike" else "caught"
        if r["expect"] != want:
            errors.append(f"{where}: expect {r['expect']!r}, want {want!r}")
        if ident not in text:
            errors.append(f"{where}: identifier not a substring of text")
        if r["lang"] not in ISO639_1:
            errors.append(f"{where}: lang {r['lang']!r} is not ISO 639-1")
        if not r["source"].startswith(PREFIX):
            errors.append(f"{where}: source prefix")
        m = re.search(r"(Faker|mimesis) ([A-Za-z]{2,3}(?:[_-][A-Za-z]{2})?)\b", r["source"])
        if not m and "hand-picked" not in r["source"]:
            errors.append(f"{where}: source names no generator/locale")
        if text in seen:
            errors.append(f"{where}: duplicate text (first at line {seen[text]})")
        seen.setdefault(text, i)
        if re.search(r"\{(v|vi|vw|v6|email|g:)[^}]*\}", text):
            errors.append(f"{where}: unfilled placeholder")

        # ---- value re-validation ----
        loc = m.group(2) if m else None
        if tier != "lookalike":
            if kind == "phone":
                region = checks.REGION.get(loc)
                if not region or not checks.phone_valid(ident, region):
                    errors.append(f"{where}: phone {ident!r} not valid for {loc}/{region}")
            elif kind == "card":
                if not checks.card_valid(ident):
                    errors.append(f"{where}: card {ident!r} fails Luhn")
            elif kind == "iban":
                if not checks.iban_valid(ident):
                    errors.append(f"{where}: IBAN {ident!r} invalid")
            elif kind == "ip":
                if not checks.ip_valid(ident):
                    errors.append(f"{where}: IP {ident!r} not a public address")
            elif kind == "email":
                if not EMAIL_RE.match(ident):
                    errors.append(f"{where}: e-mail {ident!r} malformed")
            elif kind == "national_id":
                sm = re.search(r"scheme: ([\w.]+)\)", r["note"])
                if not sm:
                    errors.append(f"{where}: note names no national-id scheme")
                elif sm.group(1) not in checks.NATID:
                    errors.append(f"{where}: unknown scheme {sm.group(1)}")
                elif not checks.natid_valid(sm.group(1), ident):
                    errors.append(f"{where}: national id {ident!r} fails {sm.group(1)}")
                elif "checksum-valid" in r["note"] and not checks.natid_has_checksum(sm.group(1)):
                    errors.append(f"{where}: note claims a checksum the scheme lacks")
            elif kind == "address":
                if not re.search(r"\d", ident):
                    errors.append(f"{where}: address without a house number")
            elif kind == "birth_date":
                if not re.search(r"\d", ident):
                    errors.append(f"{where}: birth date without digits")
        else:
            digits = re.sub(r"[ \-]", "", ident)
            if kind == "non_luhn":
                if not (digits.isdigit() and len(digits) == 16 and not std_luhn.is_valid(digits)):
                    errors.append(f"{where}: non_luhn {ident!r} is not a 16-digit Luhn failure")
            elif kind == "isbn" and not std_isbn.is_valid(ident):
                errors.append(f"{where}: ISBN {ident!r} invalid")
            elif kind == "ean" and not std_ean.is_valid(ident):
                errors.append(f"{where}: EAN {ident!r} invalid")
            elif kind == "uuid" and not UUID_RE.match(ident):
                errors.append(f"{where}: UUID {ident!r} malformed")
            elif kind == "street_name" and re.search(r"\d", ident):
                errors.append(f"{where}: street name contains a number")
            # a lookalike must not accidentally be a valid card / IBAN
            if digits.isdigit() and 13 <= len(digits) <= 19 and std_luhn.is_valid(digits) \
                    and kind not in ("isbn", "ean"):
                errors.append(f"{where}: lookalike {ident!r} passes Luhn like a card")
            if checks.iban_valid(ident):
                errors.append(f"{where}: lookalike {ident!r} is a valid IBAN")

    n = len(recs)
    tiers = collections.Counter(r["tier"] for _, r in recs)
    langs = collections.Counter(r["lang"] for _, r in recs)
    kinds = collections.Counter((r["tier"], r["kind"]) for _, r in recs)
    if n < 800:
        errors.append(f"only {n} lines (< 800)")
    if len(langs) < 40:
        errors.append(f"only {len(langs)} languages (< 40)")
    for t, lo, hi in (("core", 0.30, 0.40), ("extended", 0.30, 0.40), ("lookalike", 0.25, 0.35)):
        share = tiers[t] / n if n else 0
        if not lo <= share <= hi:
            errors.append(f"tier {t} share {share:.1%} outside {lo:.0%}-{hi:.0%}")

    print(f"{path}: {n} lines, {len(langs)} languages")
    print("tiers: " + ", ".join(f"{t} {tiers[t]} ({tiers[t] / n:.1%})" for t in ("core", "extended", "lookalike")))
    for t in ("core", "extended", "lookalike"):
        print(f"  {t}: " + ", ".join(f"{k} {c}" for (tt, k), c in sorted(kinds.items(), key=lambda x: -x[1]) if tt == t))
    print("languages: " + " ".join(f"{lg}:{c}" for lg, c in sorted(langs.items())))
    if errors:
        print(f"\n{len(errors)} FAILURE(S):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK - all checks passed")
    return 0


if __name__ == "__main__":
    default = os.path.join(os.path.dirname(HERE), "holdout11.jsonl")
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else default))
