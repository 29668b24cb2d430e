#!/usr/bin/env python3
"""Build tests/corpus/holdout11.jsonl from the hand-written templates in
templates/<lang>.py and values from Faker / mimesis (see values.py).

Usage (from anywhere):
    python build.py            # writes ../holdout11.jsonl
    python build.py --out X    # writes X
Deterministic: all generators are seeded from fixed strings.
"""
import argparse
import importlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import phonenumbers  # noqa: E402

import checks  # noqa: E402
from langs import LANGS  # noqa: E402
from values import Gen  # noqa: E402

SOURCE_PREFIX = "holdout11 (helper, written blind 2026-12-08; values from Faker/mimesis"

TIERS = (("core", "CORE"), ("extended", "EXT"), ("lookalike", "LOOK"))

NOTE = {
    ("core", "email"): "e-mail address",
    ("core", "phone"): "phone number",
    ("core", "card"): "Luhn-valid payment card number",
    ("core", "ip"): "public IP address",
    ("core", "iban"): "checksum-valid IBAN",
    ("core", "name"): "person's name right after an explicit cue",
    ("extended", "name"): "person's name in running text, no cue",
    ("extended", "address"): "street + house number address in the country's own order",
    ("extended", "national_id"): "national id after a cue",
    ("extended", "birth_date"): "date of birth after a cue",
    ("extended", "passport"): "passport number after a cue",
    ("extended", "username"): "username / handle after a cue",
    ("lookalike", "company"): "company name that contains a surname, used as a company",
    ("lookalike", "product"): "product name",
    ("lookalike", "street_name"): "street name without a house number",
    ("lookalike", "date"): "ordinary date (delivery / meeting / deadline), not a birth date",
    ("lookalike", "price"): "price",
    ("lookalike", "order_number"): "order number",
    ("lookalike", "invoice_number"): "invoice number",
    ("lookalike", "tracking_number"): "parcel tracking number",
    ("lookalike", "version"): "software version number",
    ("lookalike", "isbn"): "ISBN of a book",
    ("lookalike", "ean"): "EAN barcode number",
    ("lookalike", "uuid"): "UUID",
    ("lookalike", "hash"): "hex hash / checksum",
    ("lookalike", "non_luhn"): "16-digit number that fails Luhn (not a card)",
    ("lookalike", "measurement"): "measurement",
    ("lookalike", "famous_name"): "famous person's name inside a work title or place name",
}

GENDER_RE = re.compile(r"\{g:([^|{}]*)\|([^|{}]*)\}")


def render(tpl, value_map, gender):
    text = tpl
    if gender:
        text = GENDER_RE.sub(lambda m: m.group(1) if gender == "m" else m.group(2), text)
    for k, v in value_map.items():
        text = text.replace("{" + k + "}", v)
    return text


def intl(phone, region):
    num = phonenumbers.parse(checks.to_ascii_digits(phone), region)
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def build(langs=None):
    records = []
    seen_texts = set()
    for lang in (langs or LANGS):
        mod = importlib.import_module("templates." + lang)
        assert mod.LANG == lang
        gen = Gen(lang, LANGS[lang])
        extra_gen = Gen(lang + "#extra", LANGS[lang])  # for the {email} helper slot
        gcount = 0
        for tier, attr in TIERS:
            table = getattr(mod, attr)
            for kind, templates in table.items():
                for entry in templates:
                    genre, tpl = entry[0], entry[1]
                    opts = dict(entry[2]) if len(entry) > 2 else {}
                    gender = None
                    if kind == "name":
                        gender = opts.get("gender") or ("m" if gcount % 2 == 0 else "f")
                        gcount += 1
                        opts["gender"] = gender
                        if GENDER_RE.search(tpl):
                            opts["plain"] = True
                    if "{vi}" in tpl and kind == "phone":
                        opts["intl"] = True
                    if kind == "ip" and opts.get("v6") is None and "{v6}" in tpl:
                        opts["v6"] = True
                    val = gen.get(kind, opts)
                    vmap, ident, detail = {}, None, []
                    if kind in ("birth_date", "date"):
                        if "fmt" in opts:
                            ident = val.value.strftime(opts["fmt"]).replace("{d}", str(val.value.day)) \
                                .replace("{m}", str(val.value.month))
                            vmap["v"] = ident
                            detail.append("in digits")
                        elif "{vw}" in tpl:
                            ident = mod.date_words(val.value)
                            vmap["vw"] = ident
                            detail.append("written in words")
                        else:
                            ident = mod.date_num(val.value)
                            vmap["v"] = ident
                            detail.append("in digits")
                    elif kind == "price":
                        ident = mod.price(val.value)
                        vmap["v"] = ident
                    elif kind == "measurement":
                        ident = mod.measure(val.value, opts["unit"])
                        vmap["v"] = ident
                    elif kind == "phone":
                        region = checks.REGION[val.locale]
                        if "{vi}" in tpl:
                            ident = intl(val.value, region)
                            vmap["vi"] = ident
                            detail.append("international format with country code")
                        else:
                            ident = val.value
                            vmap["v"] = ident
                            detail.append("as the generator formats it")
                    elif kind == "ip":
                        ident = val.value
                        vmap["v6" if "{v6}" in tpl else "v"] = ident
                    else:
                        ident = str(val.value)
                        vmap["v"] = ident
                    if "{email}" in tpl:
                        e = extra_gen.get("email")
                        vmap["email"] = e.value
                        detail.append(f"the e-mail in the header ({e.src()}) is a second PII item")
                    text = render(tpl, vmap, gender)
                    if re.search(r"\{(v|vi|vw|v6|email|g:)[^}]*\}", text):
                        raise SystemExit(f"unfilled placeholder in {lang}: {text}")
                    if ident not in text:
                        raise SystemExit(f"identifier not in text ({lang}): {ident!r} / {text!r}")
                    if text in seen_texts:
                        raise SystemExit(f"duplicate text ({lang}): {text}")
                    seen_texts.add(text)
                    what = NOTE[(tier, kind)]
                    if kind == "national_id":
                        chk = "checksum-valid" if checks.natid_has_checksum(val.scheme) else \
                            "scheme has no check digit"
                        what = f"{val.label} ({chk}; scheme: {val.scheme}) after a cue"
                    if kind == "card":
                        what += " (" + val.method.split("'")[1] + ")" if "'" in val.method else ""
                    if gender and opts.get("plain"):
                        detail.append("gender " + ("male" if gender == "m" else "female"))
                    if tier == "lookalike":
                        detail.append("must be kept")
                    note = f"{tier} {kind}: {what}; context: {genre}"
                    if detail:
                        note += "; " + "; ".join(detail)
                    if val.gen == "hand-picked":
                        source = (f"{SOURCE_PREFIX}: no generator value on this line - famous name "
                                  f"hand-picked for the {val.locale} locale; template hand-written)")
                    else:
                        source = f"{SOURCE_PREFIX}: {val.gen} {val.locale} {val.method}; template hand-written)"
                    records.append({
                        "kind": kind,
                        "tier": tier,
                        "lang": lang,
                        "text": text,
                        "identifier": ident,
                        "expect": "kept" if tier == "lookalike" else "caught",
                        "source": source,
                        "note": note,
                    })
    return records


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(HERE), "holdout11.jsonl"))
    ap.add_argument("--langs", default=None, help="comma-separated subset (for debugging)")
    a = ap.parse_args()
    recs = build(a.langs.split(",") if a.langs else None)
    with open(a.out, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} lines to {a.out}")


if __name__ == "__main__":
    main()
