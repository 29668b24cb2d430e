#!/usr/bin/env python3
"""Deterministic generator of holdout5 (blind privacy holdout for a log-scrubbing tool).

Cases are hand-written per language in langs_*.py; the identifier of each case is marked [[like this]] in the
template. Placeholders in braces are filled with synthetic values: phones random-but-valid for the region
(phonenumbers), Luhn-valid cards, IBANs with valid mod-97 (python-stdnum), national ids with valid check digits
(python-stdnum or the published algorithm), documentation-range IPs. Seeded, so the output is reproducible.
"""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import values as V
import nid as N
import langs_a, langs_b, langs_c, langs_d

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'holdout5.jsonl')
TIERS = {'c': 'core', 'x': 'extended', 'l': 'lookalike'}
MARK = re.compile(r'\[\[(.+?)\]\]', re.S)


def fill(spec, text):
    reg = spec['region']
    cache = {}

    def get(key):
        if key in cache:
            return cache[key]
        if key in ('PI', 'PN', 'PE', 'PD', 'PID', 'PND'):
            p = V.phone(reg, True)
            style = {'PI': 'intl', 'PN': 'nat', 'PE': 'e164', 'PD': 'natplain', 'PID': 'intldash', 'PND': 'natdash'}[key]
            style = PHONE_STYLES.get(spec['lang'], {}).get(key, style)
            val = V.fmt_phone(p, style)
        elif key in ('PF', 'PFI'):
            p = V.phone(spec.get('fixed_region', reg), False)
            val = V.fmt_phone(p, 'nat' if key == 'PF' else 'intl')
        elif key == 'CARD':
            val = V.group_card(V.card(spec.get('card', 'visa')))
        elif key == 'CARDD':
            val = V.group_card(V.card(spec.get('card2', 'mc')), '-')
        elif key == 'CARDP':
            val = V.card(spec.get('card2', 'mc'))
        elif key == 'AMEX':
            val = V.group_card(V.card('amex'))
        elif key == 'CARD13':
            val = V.card('visa13')
        elif key == 'CARD19':
            val = V.group_card(V.card('maestro19'))
        elif key == 'IP4':
            val = V.ip4()
        elif key == 'IP6':
            val = V.ip6()
        elif key == 'IBAN':
            val = V.fmt_iban(V.iban(spec['iban']))
        elif key == 'IBANC':
            val = V.iban(spec.get('iban2', spec['iban']))
        elif key == 'NID':
            val = N.make_nid(spec['nid'])
        elif key == 'NID2':
            val = N.make_nid(spec['nid2'])
        elif key == 'PASS':
            val = N.passport(spec['passport'])
        elif key == 'UUID':
            val = V.a_uuid()
        elif key == 'HASH':
            val = V.a_hash(40)
        elif key == 'HASH7':
            val = V.a_hash(7)
        elif key == 'ISBN':
            val = V.fmt_isbn(V.a_isbn13())
        elif key == 'EAN':
            val = V.a_ean13()
        elif key == 'LUHNBAD':
            val = V.luhn_bad(16)
        else:
            raise KeyError(key)
        cache[key] = val
        return val

    return re.sub(r'\{([A-Z0-9]+)\}', lambda m: get(m.group(1)), text)


def main():
    V.seed(20261207)
    N.R.seed(20261207)
    rows = []
    specs = langs_a.LANGS + langs_b.LANGS + langs_c.LANGS
    for spec in specs:
        for code, note, tmpl in spec['cases'] + langs_d.EXTRA.get(spec['lang'], []):
            t, kind = code.split(':', 1)
            text = fill(spec, tmpl)
            marks = MARK.findall(text)
            if len(marks) != 1:
                raise SystemExit('need exactly one [[identifier]] in: %r' % tmpl)
            ident = marks[0]
            text = MARK.sub(lambda m: m.group(1), text)
            rows.append({
                'kind': kind,
                'tier': TIERS[t],
                'lang': spec['lang'],
                'text': text,
                'identifier': ident,
                'expect': 'kept' if t == 'l' else 'caught',
                'source': 'holdout5 (helper, written blind 2026-12-07; values from %s)' % (
                    spec.get('src', {}).get(kind) or DEFAULT_SRC.get(kind, 'hand-written by the helper')),
                'note': note,
            })
    with open(OUT, 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote %d rows to %s' % (len(rows), OUT))


# per-language written shapes of the generic phone placeholders (how people of that country type them)
PHONE_STYLES = {
    'cs': {'PI': 'e164'}, 'fi': {'PI': 'e164'}, 'tr': {'PI': 'e164'}, 'id': {'PI': 'e164'}, 'ko': {'PI': 'e164', 'PN': 'natplain'},
    'ro': {'PI': 'intldash'}, 'pl': {'PI': 'intldash'}, 'hr': {'PI': 'intldash'},
    'bg': {'PN': 'natplain'}, 'sk': {'PN': 'natplain'}, 'pt-BR': {'PN': 'natplain'}, 'vi': {'PN': 'natplain'},
    'th': {'PN': 'natplain'}, 'ar': {'PN': 'natplain'}, 'es-MX': {'PN': 'natdash'}, 'uk': {'PN': 'natplain'}, 'hi': {'PN': 'nsn'},
}

DEFAULT_SRC = {
    'email': 'hand-written fictional mailbox on an example domain',
    'phone': 'random number made valid for its region with phonenumbers',
    'card': 'random Luhn-valid number (stdnum.luhn) with a scheme prefix',
    'ip': 'random address, mostly RFC 5737 / RFC 3849 documentation ranges',
    'iban': 'random BBAN with mod-97 and national check digits valid per stdnum.iban',
    'name': 'invented name typical of the language, hand-written by the helper',
    'address': 'invented street, number and real-format postcode, hand-written by the helper',
    'national_id': 'random number with valid check digits (python-stdnum or the published algorithm)',
    'birth_date': 'hand-written fictional date',
    'passport': 'random string in the national passport-number format (no checksum exists)',
    'username': 'invented handle, hand-written by the helper',
    'lookalike_uuid': 'random UUIDv4',
    'lookalike_hash': 'sha256 of a random number, truncated',
    'lookalike_isbn': 'random ISBN-13 with valid check digit (stdnum.isbn)',
    'lookalike_ean': 'random EAN-13 with valid check digit (stdnum.ean)',
    'lookalike_luhn_invalid': 'random 16-digit number checked to FAIL Luhn',
}

if __name__ == '__main__':
    main()
