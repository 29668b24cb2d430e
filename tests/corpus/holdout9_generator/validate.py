#!/usr/bin/env python3
"""Validate holdout9.jsonl.  Usage: python validate.py [path]
Structural checks (stdlib only): parse, keys, substring, tier/expect consistency,
allowed kinds per tier, minimum size, language count, duplicates.
If phonenumbers / stdnum are importable, also re-checks phone validity, IBAN mod-97,
Luhn for cards (valid for core, invalid for invalid_card look-alikes)."""
import json, sys, re, collections, os

PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'holdout9.jsonl')
KEYS = {'kind', 'tier', 'lang', 'text', 'identifier', 'expect', 'source', 'note'}
CORE = {'email', 'phone', 'card', 'ip', 'iban', 'name'}
EXT = {'name', 'address', 'national_id', 'birth_date', 'passport', 'username'}

errors, rows = [], []
with open(PATH, encoding='utf-8') as fh:
    for i, line in enumerate(fh, 1):
        try:
            r = json.loads(line)
        except Exception as e:
            errors.append('line %d: JSON error %s' % (i, e)); continue
        if set(r) != KEYS:
            errors.append('line %d: keys %s' % (i, sorted(set(r) ^ KEYS)))
            continue
        if not all(isinstance(r[k], str) and r[k] for k in KEYS):
            errors.append('line %d: empty or non-string field' % i)
        if r['identifier'] not in r['text']:
            errors.append('line %d: identifier not substring' % i)
        if r['tier'] not in ('core', 'extended', 'lookalike'):
            errors.append('line %d: bad tier' % i)
        if (r['tier'] == 'lookalike') != (r['expect'] == 'kept') or r['expect'] not in ('caught', 'kept'):
            errors.append('line %d: tier/expect inconsistent' % i)
        if r['tier'] == 'core' and r['kind'] not in CORE:
            errors.append('line %d: kind %s not allowed in core' % (i, r['kind']))
        if r['tier'] == 'extended' and r['kind'] not in EXT:
            errors.append('line %d: kind %s not allowed in extended' % (i, r['kind']))
        if not re.fullmatch(r'[a-z]{2}', r['lang']):
            errors.append('line %d: lang not ISO 639-1 shaped' % i)
        if not r['source'].startswith('holdout9 (helper, written blind 2026-12-07; values from '):
            errors.append('line %d: source format' % i)
        if r['identifier'] != r['identifier'].strip():
            errors.append('line %d: identifier has outer whitespace' % i)
        if any(c in r['text'] for c in '⟦⟧§'):
            errors.append('line %d: leftover template marker' % i)
        rows.append((i, r))

texts = collections.Counter(r['text'] for _, r in rows)
for t, n in texts.items():
    if n > 1:
        errors.append('duplicate text x%d: %r' % (n, t[:60]))

# optional value checks
try:
    import phonenumbers
    from stdnum import iban as stdiban, luhn
    deep = True
except Exception:
    deep = False
if deep:
    for i, r in rows:
        ident = r['identifier']
        if r['kind'] == 'card':
            d = re.sub(r'[\s-]', '', ident)
            if r['tier'] == 'core' and not (d.isdigit() and 13 <= len(d) <= 19 and luhn.is_valid(d)):
                errors.append('line %d: card not Luhn-valid 13-19' % i)
        if r['kind'] == 'invalid_card':
            d = re.sub(r'[\s-]', '', ident)
            if not (d.isdigit() and len(d) == 16 and not luhn.is_valid(d)):
                errors.append('line %d: invalid_card is Luhn-valid or not 16 digits' % i)
        if r['kind'] == 'iban' and not stdiban.is_valid(ident):
            errors.append('line %d: IBAN invalid' % i)
        if r['kind'] == 'phone':
            ok = False
            if ident.startswith('+'):
                try:
                    ok = phonenumbers.is_valid_number(phonenumbers.parse(ident, None))
                except Exception:
                    ok = False
            else:
                for reg in phonenumbers.SUPPORTED_REGIONS:
                    try:
                        if phonenumbers.is_valid_number_for_region(phonenumbers.parse(ident, reg), reg):
                            ok = True; break
                    except Exception:
                        pass
            if not ok:
                errors.append('line %d: phone not valid: %s' % (i, ident))

n = len(rows)
langs = collections.Counter(r['lang'] for _, r in rows)
tiers = collections.Counter(r['tier'] for _, r in rows)
kinds = collections.Counter((r['tier'], r['kind']) for _, r in rows)
if n < 750:
    errors.append('only %d rows (<750)' % n)
if len(langs) < 38:
    errors.append('only %d languages (<38)' % len(langs))
for lg, c in langs.items():
    ks = {r['tier'] for _, r in rows if r['lang'] == lg}
    if len(ks) < 3:
        errors.append('language %s lacks some tier: %s' % (lg, ks))

print('file:', PATH)
print('rows:', n, ' languages:', len(langs), ' deep value checks:', deep)
print('tiers:', dict(tiers), {k: '%.1f%%' % (100 * v / max(n, 1)) for k, v in tiers.items()})
print('per language:', ' '.join('%s=%d' % kv for kv in sorted(langs.items())))
print('per tier/kind:')
for (t, k), v in sorted(kinds.items()):
    print('  %-10s %-16s %d' % (t, k, v))
bylk = collections.defaultdict(collections.Counter)
for _, r in rows:
    bylk[r['lang']][r['kind']] += 1
print('kinds per language:')
for lg in sorted(bylk):
    print('  %s: %s' % (lg, ', '.join('%s=%d' % kv for kv in sorted(bylk[lg].items()))))
if errors:
    print('\nERRORS (%d):' % len(errors))
    for e in errors[:200]:
        print(' ', e)
    sys.exit(1)
print('\nOK')
