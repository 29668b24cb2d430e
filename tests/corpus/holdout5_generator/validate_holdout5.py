#!/usr/bin/env python3
"""Validator for /work/h5/holdout5.jsonl: checks every rule of the brief and prints counts per tier, kind, language."""
import json, os, re, sys, ipaddress, uuid, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import phonenumbers
from stdnum import luhn, iban as std_iban, isbn as std_isbn, ean as std_ean
import nid as N

PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'holdout5.jsonl')
FIELDS = ['kind', 'tier', 'lang', 'text', 'identifier', 'expect', 'source', 'note']
CORE = {'email', 'phone', 'card', 'ip', 'iban', 'name'}
EXT = {'name', 'address', 'national_id', 'birth_date', 'passport', 'username'}
REGION = {'bg': 'BG', 'cs': 'CZ', 'da': 'DK', 'de': 'DE', 'el': 'GR', 'en': 'GB', 'es': 'ES', 'et': 'EE', 'fi': 'FI', 'fr': 'FR',
          'ga': 'IE', 'hr': 'HR', 'hu': 'HU', 'it': 'IT', 'lt': 'LT', 'lv': 'LV', 'mt': 'MT', 'nl': 'NL', 'pl': 'PL', 'pt': 'PT',
          'ro': 'RO', 'sk': 'SK', 'sl': 'SI', 'sv': 'SE', 'ru': 'RU', 'uk': 'UA', 'tr': 'TR', 'ar': 'SA', 'hi': 'IN', 'zh': 'CN',
          'ja': 'JP', 'ko': 'KR', 'pt-BR': 'BR', 'es-MX': 'MX', 'he': 'IL', 'th': 'TH', 'fa': 'IR', 'sr': 'RS', 'vi': 'VN',
          'id': 'ID', 'en-US': 'US', 'kk': 'KZ', 'en-IN': 'IN'}
NID_KEYS = {'en': ['en', 'en-US'], 'es': ['es', 'es-nie'], 'hi': ['hi', 'hi-pan'], 'en-US': ['en-US'], 'en-IN': ['hi', 'hi-pan']}
EU = 'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv'.split()
REQUIRED = EU + ['ru', 'uk', 'tr', 'ar', 'hi', 'zh', 'ja', 'ko', 'pt-BR', 'es-MX']
EXAMPLE_DOMAIN = re.compile(r'@example\.(com|org|net|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$')
SRC = 'holdout5 (helper, written blind 2026-12-07; values from '

errors = []
def err(i, msg):
    errors.append('line %d: %s' % (i, msg))

rows = []
with open(PATH, encoding='utf-8') as f:
    for i, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except Exception as e:
            err(i, 'bad json: %s' % e)
            continue
        rows.append((i, r))

seen_text = set()
seen_name = {}
seen_addr = {}
for i, r in rows:
    if sorted(r) != sorted(FIELDS):
        err(i, 'fields %s' % sorted(r))
        continue
    if not all(isinstance(r[k], str) and r[k] for k in FIELDS):
        err(i, 'empty/non-string field')
    k, t, lang, text, ident = r['kind'], r['tier'], r['lang'], r['text'], r['identifier']
    if ident not in text:
        err(i, 'identifier not a substring of text')
    if ident != ident.strip():
        err(i, 'identifier has outer whitespace')
    if text in seen_text:
        err(i, 'duplicate text')
    seen_text.add(text)
    if not r['source'].startswith(SRC) or not r['source'].endswith(')'):
        err(i, 'source format')
    if t == 'core':
        ok = k in CORE and r['expect'] == 'caught'
    elif t == 'extended':
        ok = k in EXT and r['expect'] == 'caught'
    elif t == 'lookalike':
        ok = k.startswith('lookalike_') and r['expect'] == 'kept'
    else:
        ok = False
    if not ok:
        err(i, 'tier/kind/expect mismatch: %s %s %s' % (t, k, r['expect']))
    if lang not in REGION:
        err(i, 'unknown lang %s' % lang)
        continue
    reg = REGION[lang]
    # per-kind value checks
    if k == 'email':
        if not re.fullmatch(r'[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+', ident) or not EXAMPLE_DOMAIN.search(ident):
            err(i, 'email not on an example domain: %s' % ident)
    elif k == 'phone':
        try:
            p = phonenumbers.parse(ident, reg)
            if not phonenumbers.is_valid_number(p) or phonenumbers.region_code_for_number(p) != reg:
                err(i, 'phone invalid for %s: %s' % (reg, ident))
        except Exception as e:
            err(i, 'phone unparsable %s' % ident)
    elif k == 'card':
        d = re.sub(r'[ -]', '', ident)
        if not (d.isdigit() and 13 <= len(d) <= 19 and luhn.is_valid(d)):
            err(i, 'card not Luhn-valid 13-19: %s' % ident)
    elif k == 'ip':
        try:
            a = ipaddress.ip_address(ident)
            doc = any(a in ipaddress.ip_network(n) for n in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24', '2001:db8::/32'))
            if (a.is_private and not doc) or a.is_loopback or a.is_multicast:
                err(i, 'ip not a visitor address: %s' % ident)
        except ValueError:
            err(i, 'ip invalid %s' % ident)
    elif k == 'iban':
        if not std_iban.is_valid(ident):
            err(i, 'iban invalid %s' % ident)
    elif k == 'national_id':
        if not any(N.nid_valid(key, ident) for key in NID_KEYS.get(lang, [lang])):
            err(i, 'national id invalid for %s: %s' % (lang, ident))
    elif k == 'name':
        if ident in seen_name:
            err(i, 'name reused (line %d): %s' % (seen_name[ident], ident))
        seen_name[ident] = i
        if re.search(r'\d|@', ident):
            err(i, 'name contains digit/@')
    elif k == 'address':
        if ident in seen_addr:
            err(i, 'address reused')
        seen_addr[ident] = i
        if not re.search(r'[0-9\u0660-\u0669\u06f0-\u06f9]', ident):
            err(i, 'address without a number')
    elif k == 'birth_date':
        if not re.search(r'[0-9\u06f0-\u06f9]', ident):
            err(i, 'birth date without digits')
    elif k == 'lookalike_luhn_invalid':
        d = re.sub(r'[ -]', '', ident)
        if not (d.isdigit() and len(d) == 16 and not luhn.is_valid(d)):
            err(i, 'luhn look-alike passes Luhn: %s' % ident)
    elif k == 'lookalike_isbn':
        if not std_isbn.is_valid(ident):
            err(i, 'isbn invalid')
    elif k == 'lookalike_ean':
        if not std_ean.is_valid(ident):
            err(i, 'ean invalid')
    elif k == 'lookalike_uuid':
        try:
            uuid.UUID(ident)
        except ValueError:
            err(i, 'uuid invalid')
    if k.startswith('lookalike_'):
        for m in re.finditer(r'[\w.+-]+@[\w.-]+', text):
            err(i, 'look-alike text carries an email')

by_t = collections.Counter(r['tier'] for _, r in rows)
by_k = collections.Counter((r['tier'], r['kind']) for _, r in rows)
by_l = collections.Counter(r['lang'] for _, r in rows)
tiers_per_lang = collections.defaultdict(set)
for _, r in rows:
    tiers_per_lang[r['lang']].add(r['tier'])
for lang in REQUIRED:
    if lang not in by_l:
        errors.append('required language missing: %s' % lang)
for lang, n in by_l.items():
    if n < 12:
        errors.append('language %s has only %d cases' % (lang, n))
    if tiers_per_lang[lang] != {'core', 'extended', 'lookalike'}:
        errors.append('language %s lacks a tier: %s' % (lang, sorted(tiers_per_lang[lang])))
if len(by_l) < 32:
    errors.append('only %d languages' % len(by_l))
total = len(rows)
share = {t: by_t[t] / total for t in by_t}
for t, lo, hi in (('core', .40, .50), ('extended', .25, .35), ('lookalike', .20, .30)):
    if not lo <= share.get(t, 0) <= hi:
        errors.append('tier %s share %.1f%% outside %d-%d%%' % (t, 100 * share.get(t, 0), lo * 100, hi * 100))

print('total', total)
print('\nper tier:')
for t in ('core', 'extended', 'lookalike'):
    print('  %-10s %4d  %.1f%%' % (t, by_t[t], 100 * share.get(t, 0)))
print('\nper kind:')
for (t, k), n in sorted(by_k.items()):
    print('  %-10s %-34s %4d' % (t, k, n))
print('\nper language (%d):' % len(by_l))
print('  ' + '  '.join('%s=%d' % (l, n) for l, n in sorted(by_l.items())))
if errors:
    print('\n%d ERRORS' % len(errors))
    for e in errors:
        print('  ' + e)
    sys.exit(1)
print('\nOK: all checks passed')
