#!/usr/bin/env python3
"""Build ../holdout10.jsonl from the hand-written data modules."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import data_west, data_central, data_north, data_east, data_asia, data_more  # noqa: E402

MODULES = [data_west, data_central, data_north, data_east, data_asia, data_more]
SOURCE = "holdout10 (helper, written blind 2026-12-07; values from hand-written invention)"
OUT = os.path.join(os.path.dirname(HERE), "holdout10.jsonl")


def iter_cases():
    """Yield (lang, case-tuple) in a stable order, grouped by language."""
    by_lang = {}
    for mod in MODULES:
        for lang, cases in mod.CASES.items():
            by_lang.setdefault(lang, []).extend(cases)
    for lang, cases in by_lang.items():
        for case in cases:
            yield lang, case


def records():
    for lang, (tier, kind, text, ident, note, _meta) in iter_cases():
        yield {
            "kind": kind,
            "tier": tier,
            "lang": lang,
            "text": text,
            "identifier": ident,
            "expect": "kept" if tier == "lookalike" else "caught",
            "source": SOURCE,
            "note": note,
        }


def main():
    n = 0
    with open(OUT, "w", encoding="utf-8") as fh:
        for rec in records():
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    print(f"wrote {n} lines to {OUT}")


if __name__ == "__main__":
    main()
