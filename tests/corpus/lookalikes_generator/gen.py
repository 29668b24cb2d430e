#!/usr/bin/env python3
"""Deterministic generator for the look-alike dev set. Data are hand-written in data_*.py."""
import json, re, glob, importlib.util, os
HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {
 'cap': 'capitalized_phrase', 'nam': 'named_entity', 'd': 'date', 'p': 'price', 'v': 'version',
 'o': 'order_number', 't': 'tracking_number', 'm': 'model_number', 'i': 'isbn', 'e': 'ean',
 'u': 'uuid', 'h': 'hash', 'me': 'measurement', 'c': 'coordinates', 'f': 'flight_number',
 's': 'sports_score', 'l': 'luhn_invalid', 'inv': 'invoice_number', 'pc': 'percentage',
 'ts': 'timestamp', 'sku': 'sku', 'pca': 'postcode_alone', 'ph': 'phone_like_code',
 'tk': 'ticket_number', 'r': 'room_number', 'tr': 'train_number', 'ui': 'ui_label',
 'city': 'city_alone', 'time': 'time',
}
SOURCE = "lookalike dev set (helper, written blind 2026-12-07; hand-written)"
def load():
    out = []
    for fn in sorted(glob.glob(os.path.join(HERE, 'data_*.py'))):
        spec = importlib.util.spec_from_file_location(os.path.basename(fn)[:-3], fn)
        mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
        for lang, block in mod.DATA.items():
            for raw in block.strip('\n').split('\n'):
                raw = raw.strip()
                if not raw or raw.startswith('#'):
                    continue
                code, note, text = raw.split('|', 2)
                text = text.replace('\\n', '\n')
                m = re.findall(r'\[\[(.+?)\]\]', text)
                assert len(m) == 1, (lang, raw)
                ident = m[0]
                text = text.replace('[[', '').replace(']]', '')
                kind = KINDS[code.strip()]
                if not note.strip():
                    note = kind.replace('_', ' ')
                out.append({"kind": "lookalike_" + kind, "tier": "lookalike", "lang": lang,
                            "text": text, "identifier": ident, "expect": "kept",
                            "source": SOURCE, "note": "look-alike: " + note.strip()})
    return out
if __name__ == '__main__':
    rows = load()
    with open(os.path.join(HERE, 'lookalikes.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(rows), 'rows')
