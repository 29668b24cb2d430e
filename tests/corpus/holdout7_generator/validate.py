import json, re, sys, ipaddress, importlib, collections
import phonenumbers
from stdnum import iban as IB, luhn
from gen import CONF

KEYS = {'kind','tier','lang','text','identifier','expect','source','note'}
POS = {'email','phone','card','ip','iban','name','address','national_id','birth_date','passport','username'}
REQ = 'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv ru uk tr ar hi zh ja ko pt-BR es-MX'.split()
errs = []; warns = []
rows = [json.loads(l) for l in open('/work/holdout7/holdout7.jsonl', encoding='utf-8')]
for n, r in enumerate(rows, 1):
    E = lambda m: errs.append(f'line {n} [{r.get("lang")}/{r.get("kind")}]: {m} :: {r.get("identifier")!r}')
    if set(r) != KEYS: E('keys'); continue
    k, t, ident, text = r['kind'], r['tier'], r['identifier'], r['text']
    if not ident or text.count(ident) != 1: E('identifier not exactly once')
    if ident != ident.strip(): E('identifier has outer whitespace')
    if not r['source'].startswith('holdout7 (helper, written blind 2026-12-07; values from'): E('source')
    if r['lang'] not in CONF: E('lang unknown')
    reg, ibcc, nidmod = CONF.get(r['lang'], (None, None, None))
    if k in POS:
        if r['expect'] != 'caught': E('expect')
        want = 'core' if k in {'email','phone','card','ip','iban'} else None
        if k == 'name':
            if t not in ('core','extended'): E('tier')
        elif want and t != want: E('tier')
        elif not want and t != 'extended': E('tier')
    elif k.startswith('lookalike_'):
        if r['expect'] != 'kept' or t != 'lookalike': E('expect/tier')
    else: E('kind')
    if k == 'email':
        if not re.fullmatch(r'[\w.+-]+@example(\.[a-z]{2,3})+', ident): E('email not example domain')
    if k == 'phone':
        try:
            p = phonenumbers.parse(ident, reg)
            if not phonenumbers.is_valid_number(p) or phonenumbers.region_code_for_number(p) != reg: E('phone invalid for ' + reg)
        except Exception as ex: E('phone parse ' + str(ex))
    if k == 'card':
        d = re.sub(r'[ -]', '', ident)
        if not (d.isdigit() and 13 <= len(d) <= 19 and luhn.is_valid(d)): E('card Luhn')
    if k == 'iban':
        if not IB.is_valid(ident) or IB.compact(ident)[:2] != ibcc: E('iban invalid / wrong country')
    if k == 'ip':
        try: ipaddress.ip_address(ident)
        except ValueError: E('ip')
    if k == 'national_id':
        if not nidmod: E('no national id module for lang')
        elif not importlib.import_module('stdnum.' + nidmod).is_valid(ident): E('national id invalid (' + nidmod + ')')
    if t == 'lookalike':
        runs = re.findall(r'\d{13,19}', ident) + re.findall(r'\d{13,19}', re.sub(r'[ \-./]', '', ident))
        for run in runs:
            if luhn.is_valid(run): E('look-alike digit run passes Luhn: ' + run)
        if k == 'lookalike_luhn_invalid' and not runs: E('luhn_invalid without 13-19 digit run')
        if re.search(r'\d', ident):
            try:
                if IB.is_valid(ident): E('look-alike is a valid IBAN')
            except Exception: pass
            if re.fullmatch(r'[\d +()\-./]{7,}', ident):
                try:
                    p = phonenumbers.parse(ident, reg)
                    if phonenumbers.is_valid_number(p): warns.append(f'line {n}: look-alike parses as valid {reg} phone: {ident}')
                except Exception: pass
            if nidmod:
                try:
                    if importlib.import_module('stdnum.' + nidmod).is_valid(ident): E('look-alike is a valid national id')
                except Exception: pass
langs = collections.Counter(r['lang'] for r in rows)
look = [r for r in rows if r['tier'] == 'lookalike']
cap = [r for r in look if r['kind'] == 'lookalike_capitalized_phrase']
if len(rows) < 700: errs.append(f'only {len(rows)} rows')
if len(langs) < 38: errs.append(f'only {len(langs)} languages')
missing = [l for l in REQ if l not in langs]
if missing: errs.append(f'missing languages {missing}')
if len(look) / len(rows) < 0.35: errs.append('look-alikes < 35%')
if len(cap) * 2 < len(look): errs.append('capitalized phrases < half of look-alikes')
dup = [x for x, c in collections.Counter((r['lang'], r['text']) for r in rows).items() if c > 1]
if dup: errs.append(f'duplicate texts {dup[:3]}')
for w in warns: print('WARN', w)
for e in errs: print('ERR', e)
print(f'rows={len(rows)} langs={len(langs)} lookalike={len(look)} ({len(look)/len(rows):.1%}) cap={len(cap)}')
print('tiers', dict(collections.Counter(r['tier'] for r in rows)))
print('kinds', dict(collections.Counter(r['kind'] for r in rows)))
print('langs', dict(langs))
sys.exit(1 if errs else 0)
