"""Validator for holdout6.jsonl."""
import json, re, sys, ipaddress, collections, importlib
import phonenumbers
from stdnum import iban as IBAN, luhn
KEYS = {'kind', 'tier', 'lang', 'text', 'identifier', 'expect', 'source', 'note'}
CORE = {'email', 'phone', 'card', 'ip', 'iban'}
EXT = {'address', 'national_id', 'birth_date', 'passport', 'username'}
REQ = 'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv ru uk tr ar hi zh ja ko pt-BR es-MX'.split()
REGION = {'bg': ['BG'], 'cs': ['CZ'], 'da': ['DK'], 'de': ['DE'], 'el': ['GR'], 'en': ['GB', 'US'], 'es': ['ES'], 'et': ['EE'],
 'fi': ['FI'], 'fr': ['FR'], 'ga': ['IE'], 'hr': ['HR'], 'hu': ['HU'], 'it': ['IT'], 'lt': ['LT'], 'lv': ['LV'], 'mt': ['MT'],
 'nl': ['NL'], 'pl': ['PL'], 'pt': ['PT'], 'ro': ['RO'], 'sk': ['SK'], 'sl': ['SI'], 'sv': ['SE'], 'ru': ['RU'], 'uk': ['UA'],
 'tr': ['TR'], 'ar': ['SA'], 'hi': ['IN'], 'zh': ['CN'], 'ja': ['JP'], 'ko': ['KR'], 'pt-BR': ['BR'], 'es-MX': ['MX'],
 'he': ['IL'], 'fa': ['IR'], 'vi': ['VN'], 'th': ['TH'], 'id': ['ID'], 'sr': ['RS'], 'ca': ['ES'], 'ms': ['MY']}
IDMOD = {'bg': ['bg.egn'], 'cs': ['cz.rc'], 'da': ['dk.cpr'], 'de': ['de.idnr'], 'el': ['gr.amka'], 'en': ['us.ssn', 'gb.nhs'],
 'es': ['es.dni', 'es.nie'], 'et': ['ee.ik'], 'fi': ['fi.hetu'], 'fr': ['fr.nir'], 'ga': ['ie.pps'], 'hr': ['hr.oib'],
 'it': ['it.codicefiscale'], 'lt': ['lt.asmens'], 'lv': ['lv.pvn'], 'nl': ['nl.bsn'], 'pl': ['pl.pesel'], 'pt': ['pt.nif', 'pt.cc'],
 'ro': ['ro.cnp'], 'sk': ['sk.rc'], 'sl': ['si.emso'], 'sv': ['se.personnummer'], 'ru': ['ru.inn'], 'uk': ['ua.rntrc'],
 'tr': ['tr.tckimlik'], 'hi': ['in_.aadhaar', 'in_.pan'], 'zh': ['cn.ric'], 'ja': ['jp.in_'], 'ko': ['kr.rrn'], 'pt-BR': ['br.cpf'],
 'es-MX': ['mx.curp'], 'he': ['il.idnr'], 'th': ['th.pin'], 'id': ['id.nik'], 'ca': ['es.dni', 'es.nie'], 'ms': ['my.nric']}
NOCHECK_ID = {'vi'}  # Vietnamese CCCD has no public checksum

errs = []
def err(i, m): errs.append(f'line {i}: {m}')
rows = []
with open(sys.argv[1] if len(sys.argv) > 1 else '/work/holdout6/holdout6.jsonl', encoding='utf-8') as f:
    for i, line in enumerate(f, 1):
        o = json.loads(line); rows.append(o)
        if set(o) != KEYS: err(i, f'keys {sorted(o)}'); continue
        k, t, lang, text, ident = o['kind'], o['tier'], o['lang'], o['text'], o['identifier']
        if not ident or ident not in text: err(i, 'identifier not in text')
        elif text.count(ident) != 1: err(i, 'identifier occurs more than once')
        if ident != ident.strip(): err(i, 'identifier has outer whitespace')
        if not o['source'].startswith('holdout6 (helper, written blind 2026-12-07; values from '): err(i, 'source')
        if not o['note']: err(i, 'empty note')
        if k.startswith('lookalike_'):
            if t != 'lookalike' or o['expect'] != 'kept': err(i, 'lookalike tier/expect')
            digits = re.sub(r'[\s\-]', '', ident)
            for run in re.findall(r'\d{13,19}', digits):
                if luhn.is_valid(run): err(i, f'look-alike digit run passes Luhn: {run}')
            if '@' in ident: err(i, 'look-alike contains @')
            continue
        if o['expect'] != 'caught': err(i, 'expect')
        if k in CORE and t != 'core': err(i, 'tier should be core')
        elif k in EXT and t != 'extended': err(i, 'tier should be extended')
        elif k == 'name' and t not in ('core', 'extended'): err(i, 'name tier')
        elif k not in CORE | EXT | {'name'}: err(i, f'unknown kind {k}')
        if k == 'email':
            if not re.fullmatch(r'[\w.+-]+@example\.[a-z.]+', ident): err(i, f'email not on example domain: {ident}')
        elif k == 'phone':
            ok = False
            for reg in (REGION[lang] if not ident.startswith('+') else [None]):
                try:
                    ok |= phonenumbers.is_valid_number(phonenumbers.parse(ident, reg))
                except Exception:
                    pass
            if not ok: err(i, f'invalid phone {ident}')
        elif k == 'iban':
            if not IBAN.is_valid(ident): err(i, f'invalid IBAN {ident}')
        elif k == 'card':
            d = re.sub(r'[\s-]', '', ident)
            if not (d.isdigit() and 13 <= len(d) <= 19 and luhn.is_valid(d)): err(i, f'invalid card {ident}')
        elif k == 'ip':
            try: ipaddress.ip_address(ident)
            except ValueError: err(i, f'invalid ip {ident}')
        elif k == 'national_id':
            if lang in NOCHECK_ID: continue
            mods = IDMOD.get(lang)
            if not mods: err(i, f'no validator for national id in {lang}'); continue
            if not any(importlib.import_module('stdnum.' + m).is_valid(ident) for m in mods): err(i, f'invalid national id {ident}')
        elif k == 'name' and t == 'core' and not o['note']: err(i, 'core name needs cue note')

n = len(rows)
langs = collections.Counter(o['lang'] for o in rows)
la = [o for o in rows if o['tier'] == 'lookalike']
cap = [o for o in la if o['kind'] == 'lookalike_capitalized_phrase']
texts = collections.Counter(o['text'] for o in rows)
dups = [t for t, c in texts.items() if c > 1]
if dups: errs.append(f'duplicate texts: {dups[:3]}')
if n < 700: errs.append(f'only {n} lines')
if len(langs) < 38: errs.append(f'only {len(langs)} languages')
miss = [l for l in REQ if l not in langs]
if miss: errs.append(f'missing languages {miss}')
if len(la) < 0.35 * n: errs.append(f'look-alikes {len(la)}/{n} < 35%')
if len(cap) * 2 < len(la): errs.append(f'capitalized phrases {len(cap)} < half of {len(la)}')
for e in errs: print('ERROR', e)
print(f'lines={n} langs={len(langs)} lookalikes={len(la)} ({100*len(la)/n:.1f}%) capitalized={len(cap)}')
print('tiers', dict(collections.Counter(o['tier'] for o in rows)))
print('kinds', dict(collections.Counter(o['kind'] for o in rows)))
print('langs', dict(sorted(langs.items())))
print('FAIL' if errs else 'PASS')
sys.exit(1 if errs else 0)
