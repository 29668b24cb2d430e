import json, re, sys, ipaddress, importlib
from collections import Counter
import phonenumbers
from stdnum import iban as IB, luhn
REG = {'bg':'BG','cs':'CZ','da':'DK','de':'DE','el':'GR','en':'GB','es':'ES','et':'EE','fi':'FI','fr':'FR','ga':'IE','hr':'HR','hu':'HU','it':'IT','lt':'LT','lv':'LV','mt':'MT','nl':'NL','pl':'PL','pt':'PT','ro':'RO','sk':'SK','sl':'SI','sv':'SE','ru':'RU','uk':'UA','tr':'TR','ar':'SA','hi':'IN','zh':'CN','ja':'JP','ko':'KR','pt-BR':'BR','es-MX':'MX','he':'IL','vi':'VN','id':'ID','no':'NO','ca':'ES','sr':'RS','th':'TH'}
NID = {'bg':'bg.egn','cs':'cz.rc','da':'dk.cpr','el':'gr.amka','es':'es.dni','ca':'es.dni','et':'ee.ik','fi':'fi.hetu','ga':'ie.pps','hr':'hr.oib','lt':'lt.asmens','pl':'pl.pesel','ro':'ro.cnp','sk':'sk.rc','sl':'si.emso','sv':'se.personnummer','tr':'tr.tckimlik','hi':'in_.aadhaar','ko':'kr.rrn','pt-BR':'br.cpf','he':'il.idnr','no':'no.fodselsnummer','nl':'nl.bsn'}
POS = {'email','phone','card','ip','iban','name','address','national_id','birth_date','passport','username'}
CORE = {'email','phone','card','ip','iban'}
KEYS = {'kind','tier','lang','text','identifier','expect','source','note'}
EU = 'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv ru uk tr ar hi zh ja ko pt-BR es-MX'.split()
err = []
def nidv(lang, v):
    return lang in NID and importlib.import_module('stdnum.'+NID[lang]).is_valid(v)
def bad(lang, s):
    region = REG[lang]
    for run in re.findall(r'\d(?:[\d \-./]*\d)?', s):
        d = re.sub(r'\D', '', run)
        if 13 <= len(d) <= 19 and luhn.is_valid(d): return 'luhn-valid '+run
        for v in (run, d):
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(v, region)): return 'valid phone '+run
            except Exception: pass
        if nidv(lang, run) or nidv(lang, d): return 'valid national id '+run
    return None
rows = [json.loads(l) for l in open(sys.argv[1] if len(sys.argv) > 1 else '/work/holdout8/holdout8.jsonl', encoding='utf-8')]
for n, o in enumerate(rows, 1):
    e = lambda m: err.append(f'line {n}: {m}: {o.get("identifier")!r}')
    if set(o) != KEYS: e('keys'); continue
    k, t, ident, text, lang = o['kind'], o['tier'], o['identifier'], o['text'], o['lang']
    if lang not in REG: e('lang')
    if not ident or text.count(ident) != 1: e('identifier not exactly once')
    if not o['source'].startswith('holdout8 (helper, written blind 2026-12-07; values from'): e('source')
    if k in POS:
        if o['expect'] != 'caught': e('expect')
        if k in CORE and t != 'core': e('tier')
        if k not in CORE and k != 'name' and t != 'extended': e('tier')
        if k == 'name' and t not in ('core', 'extended'): e('tier')
    elif k.startswith('lookalike_'):
        if o['expect'] != 'kept' or t != 'lookalike': e('lookalike expect/tier')
        b = bad(lang, ident)
        if b: e('lookalike is a real identifier: '+b)
    else: e('kind')
    if k == 'phone':
        try:
            p = phonenumbers.parse(ident, REG[lang])
            if not phonenumbers.is_valid_number_for_region(p, REG[lang]): e('phone invalid for region')
        except Exception: e('phone unparsable')
    if k == 'iban':
        if not IB.is_valid(ident): e('iban invalid')
    if k == 'card':
        d = re.sub(r'[ -]', '', ident)
        if not (d.isdigit() and 13 <= len(d) <= 19 and luhn.is_valid(d)): e('card invalid')
    if k == 'national_id' and not nidv(lang, ident): e('national id invalid')
    if k == 'ip':
        try: ipaddress.ip_address(ident)
        except ValueError: e('ip invalid')
    if k == 'email' and not re.fullmatch(r'[^@\s]+@example\.[a-z.]+', ident, re.I): e('email')
langs = Counter(o['lang'] for o in rows); tiers = Counter(o['tier'] for o in rows); kinds = Counter(o['kind'] for o in rows)
look = tiers['lookalike']; cap = kinds['lookalike_capitalized_phrase']
if len(rows) < 700: err.append('fewer than 700 rows')
if len(langs) < 38: err.append('fewer than 38 languages')
if look < 0.4 * len(rows): err.append('lookalikes < 40%')
if cap * 2 < look: err.append('capitalized phrases < half of lookalikes')
for l in EU:
    if l not in langs: err.append('missing lang '+l)
for l in err[:50]: print(l)
print(f'rows={len(rows)} langs={len(langs)} lookalike={look} ({look/len(rows):.1%}) cap={cap}')
print('tiers', dict(tiers)); print('kinds', dict(kinds)); print('langs', dict(langs))
print('ERRORS', len(err)); sys.exit(1 if err else 0)
