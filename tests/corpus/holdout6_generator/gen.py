"""Writes holdout6.jsonl deterministically from the hand-written tables in data*.py."""
import json, re
import data1, data2, data3, data4, data5, data6

SRC = {
 'email': 'local parts invented by hand on example domains',
 'phone': 'random digits on the library example prefix, checked with phonenumbers.is_valid_number',
 'card': 'random digits with Luhn check digit (stdnum.luhn)',
 'ip': 'documentation / ordinary public ranges, chosen by hand or seeded random',
 'iban': 'random BBAN in the country format, mod-97 check digits via stdnum.iban',
 'name': 'names invented by hand',
 'address': 'streets, numbers and postcodes invented by hand',
 'national_id': 'random digits with check digits computed and validated by python-stdnum',
 'birth_date': 'dates invented by hand',
 'passport': 'passport-shaped codes invented by hand',
 'username': 'handles invented by hand',
}
def expand(lang, rows):
    out = []
    for r in rows:
        k, text, note = r[0], r[1], r[2]
        src = r[3] if len(r) > 3 else None
        m = re.search(r'\[\[(.+?)\]\]', text)
        assert m, (lang, text)
        ident = m.group(1)
        text = text.replace('[[', '').replace(']]', '')
        if k == 'cap': k = 'lookalike_capitalized_phrase'
        elif k.startswith('la_'): k = 'lookalike_' + k[3:]
        if k.startswith('lookalike_'):
            tier, exp = 'lookalike', 'kept'
            src = src or 'phrases and numbers invented by hand'
        else:
            exp = 'caught'
            if k == 'name_nc': k, tier = 'name', 'extended'
            elif k in ('email', 'phone', 'card', 'ip', 'iban', 'name'): tier = 'core'
            else: tier = 'extended'
            src = src or SRC[k]
        out.append({'kind': k, 'tier': tier, 'lang': lang, 'text': text, 'identifier': ident, 'expect': exp,
                    'source': 'holdout6 (helper, written blind 2026-12-07; values from %s)' % src, 'note': note})
    return out

rows = []
for mod in (data1, data2, data3, data4, data5, data6):
    for lang, rs in mod.DATA:
        rows += expand(lang, rs)
with open('/work/holdout6/holdout6.jsonl', 'w', encoding='utf-8') as f:
    for o in rows:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(rows))
