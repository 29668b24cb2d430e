#!/usr/bin/env python3
"""Validate lookalikes.jsonl. Run with /work/main/.venv/bin/python (needs python-stdnum)."""
import json, os, re, sys, collections
from stdnum import luhn
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {"kind", "tier", "lang", "text", "identifier", "expect", "source", "note"}
REQ_LANGS = set("bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv ru uk tr ar hi zh ja ko pt-BR es-MX he fa vi th id".split())
errs = []; rows = []
with open(os.path.join(HERE, 'lookalikes.jsonl'), encoding='utf-8') as f:
    for n, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except Exception as e:
            errs.append(f"{n}: bad json {e}"); continue
        rows.append(r)
        if set(r) != KEYS: errs.append(f"{n}: keys {sorted(r)}")
        if not str(r.get("kind", "")).startswith("lookalike_"): errs.append(f"{n}: kind")
        if r.get("tier") != "lookalike": errs.append(f"{n}: tier")
        if r.get("expect") != "kept": errs.append(f"{n}: expect")
        if not r.get("identifier") or r["identifier"] not in r.get("text", ""): errs.append(f"{n}: identifier not in text")
        if r["identifier"] != r["identifier"].strip(): errs.append(f"{n}: identifier has edge whitespace")
        if not r.get("note", "").startswith("look-alike"): errs.append(f"{n}: note")
        if not re.fullmatch(r"[a-z]{2,3}(-[A-Z]{2})?", r.get("lang", "")): errs.append(f"{n}: lang {r.get('lang')}")
        if r["kind"] == "lookalike_luhn_invalid":
            d = re.sub(r"\D", "", r["identifier"])
            if not 13 <= len(d) <= 19: errs.append(f"{n}: luhn ref length {len(d)}")
            elif luhn.is_valid(d): errs.append(f"{n}: luhn ref PASSES Luhn: {r['identifier']}")
        if "[[" in r["text"] or "]]" in r["text"]: errs.append(f"{n}: leftover marker")
texts = collections.Counter((r["lang"], r["text"]) for r in rows)
errs += [f"duplicate text {k}" for k, c in texts.items() if c > 1]
langs = collections.Counter(r["lang"] for r in rows)
if len(rows) < 600: errs.append(f"only {len(rows)} rows")
if len(langs) < 38: errs.append(f"only {len(langs)} languages")
miss = REQ_LANGS - set(langs)
if miss: errs.append(f"missing languages {sorted(miss)}")
kinds = collections.Counter(r["kind"] for r in rows)
named = kinds["lookalike_capitalized_phrase"] + kinds["lookalike_named_entity"]
print(f"rows={len(rows)} langs={len(langs)} named/capitalized share={named/len(rows):.1%}")
print("kinds:", dict(kinds.most_common()))
print("langs:", dict(sorted(langs.items())))
for e in errs: print("ERROR", e)
print("FAIL" if errs else "PASS"); sys.exit(1 if errs else 0)
