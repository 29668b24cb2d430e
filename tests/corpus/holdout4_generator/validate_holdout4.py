import json, collections, sys
p = '/work/wt/blind4/holdout4.jsonl'
KEYS = ["kind", "tier", "lang", "text", "identifier", "expect", "source", "note"]
rows = []; bad = 0
for i, line in enumerate(open(p, encoding='utf-8'), 1):
    o = json.loads(line)
    if list(o.keys()) != KEYS: print('keys', i); bad += 1
    if o['identifier'] not in o['text']: print('ident missing', i); bad += 1
    if not (1 <= len(o['text']) <= 400): print('len', i); bad += 1
    if (o['tier'] == 'lookalike') != (o['expect'] == 'kept'): print('expect', i); bad += 1
    if o['tier'] == 'lookalike' and not o['kind'].startswith('lookalike_'): print('kind', i); bad += 1
    rows.append(o)
texts = [o['text'] for o in rows]
dups = len(texts) - len(set(texts))
print('rows', len(rows), 'bad', bad, 'dup texts', dups)
t = collections.Counter(o['tier'] for o in rows)
print('tiers', {k: '%d (%.1f%%)' % (v, 100 * v / len(rows)) for k, v in t.items()})
print('kinds', dict(collections.Counter((o['tier'], o['kind']) for o in rows).most_common()))
langs = collections.Counter(o['lang'] for o in rows)
base = {l.split('-')[0] for l in langs}
print('lang codes', len(langs), 'base languages', len(base))
print(dict(sorted(langs.items())))
# extra: re-validate phones, cards, IBANs, national ids where a validator exists
import phonenumbers, importlib
sys.path.insert(0, '/work/wt/blind4')
import make_holdout4 as M
from schwifty import IBAN
nbad = 0
for o in rows:
    v = o['identifier']
    if o['kind'] == 'phone':
        n = phonenumbers.parse(v, M.L[o['lang']]['r'])
        if not phonenumbers.is_valid_number(n): print('bad phone', o['lang'], v); nbad += 1
    elif o['kind'] == 'card':
        d = ''.join(c for c in v if c.isdigit())
        if not (13 <= len(d) <= 19 and M._luhn_ok(d)): print('bad card', v); nbad += 1
    elif o['kind'] == 'lookalike_luhn_invalid':
        if M._luhn_ok(''.join(c for c in v if c.isdigit())): print('luhn valid lookalike!', v); nbad += 1
    elif o['kind'] == 'iban':
        try: IBAN(v)
        except Exception as e: print('bad iban', v, e); nbad += 1
print('value re-validation failures:', nbad)
sys.exit(1 if bad or dups or nbad else 0)
