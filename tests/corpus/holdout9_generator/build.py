"""Assemble holdout9.jsonl from the hand-written language blocks in data_*.py.

Line grammar inside a block:   T kind[*n]|text[|note]
  T     C = core (caught), E = extended (caught), L = lookalike (kept)
  kind  email phone card ip iban name address national_id birth_date passport username
        (for L: the look-alike category, e.g. brand, place, work_title, order_number ...)
  *n    instantiate the line n times (fresh generated values each time)
  text  the message; the identifier is wrapped in ⟦ ⟧ (markers are removed);
        §SLOT§ is replaced by a generated value (see values.SLOTS).
"""
import json, os, re, sys, glob, importlib
sys.path.insert(0, os.path.dirname(__file__))
import values
import phonenumbers, stdnum

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), 'holdout9.jsonl')
SRC = 'holdout9 (helper, written blind 2026-12-07; values from %s)'

LANGS = []


def L(lang, region=None, iban=None, nid=None, lines=''):
    LANGS.append(dict(lang=lang, region=region, iban=iban, nid=nid, lines=lines))


DEFAULT_NOTE = {
    ('core', 'name'): 'person name after explicit cue',
    ('core', 'email'): 'email address in running text',
    ('core', 'phone'): 'phone number valid for region',
    ('core', 'card'): 'Luhn-valid card number',
    ('core', 'ip'): 'IP address',
    ('core', 'iban'): 'IBAN with valid mod-97 check digits',
    ('extended', 'name'): 'person name without explicit cue',
    ('extended', 'address'): 'street + house number + postcode/city',
    ('extended', 'national_id'): 'national ID with valid check digits, after cue',
    ('extended', 'birth_date'): 'birth date after cue',
    ('extended', 'passport'): 'passport number after cue',
    ('extended', 'username'): 'username/handle after cue',
}


def source_for(kind, tier, ctx, used_slots):
    if 'PH' in used_slots or 'PHI' in used_slots or 'PHN' in used_slots:
        return SRC % ('phonenumbers %s, valid for region %s; sentence hand-written' % (phonenumbers.__version__, ctx['region']))
    if 'IBAN' in used_slots:
        return SRC % ('stdnum %s iban.calc_check_digits for %s; sentence hand-written' % (stdnum.__version__, ctx['iban']))
    if used_slots & {'NIE', 'SSN', 'CPF'}:
        return SRC % ('stdnum %s check digits (%s); sentence hand-written' % (stdnum.__version__, ','.join(sorted(used_slots))))
    if 'NID' in used_slots:
        return SRC % ('stdnum %s %s check digits; sentence hand-written' % (stdnum.__version__, ctx['nid']))
    if 'CARD' in used_slots or 'BADCARD' in used_slots:
        return SRC % ('stdnum luhn; sentence hand-written')
    if used_slots:
        return SRC % ('random generator (%s); sentence hand-written' % ','.join(sorted(used_slots)))
    return SRC % 'hand-written invention'


def expand(text, ctx, used):
    def rep(m):
        used.add(m.group(1))
        return values.SLOTS[m.group(1)](ctx)
    return re.sub(r'§([A-Z0-9]+)§', rep, text)


def main():
    for f in sorted(glob.glob(os.path.join(HERE, 'data_*.py'))):
        mod = importlib.import_module(os.path.basename(f)[:-3])
        for blk in mod.BLOCKS:
            L(**blk)
    rows, seen = [], set()
    for blk in LANGS:
        ctx = blk
        for raw in blk['lines'].strip().splitlines():
            raw = raw.strip()
            if not raw or raw.startswith('#'):
                continue
            parts = raw.split('|')
            head, text = parts[0], parts[1].replace('\\n', '\n')
            note = parts[2] if len(parts) > 2 else None
            t, kind = head.split()
            n = 1
            if '*' in kind:
                kind, n = kind.split('*')
                n = int(n)
            tier = {'C': 'core', 'E': 'extended', 'L': 'lookalike'}[t]
            for _ in range(n):
                used = set()
                for attempt in range(20):
                    full = expand(text, ctx, used)
                    m = re.search('⟦(.*?)⟧', full)
                    if not m:
                        raise SystemExit('no marker: ' + raw)
                    ident = m.group(1)
                    clean = full.replace('⟦', '').replace('⟧', '')
                    if clean not in seen:
                        break
                seen.add(clean)
                rows.append(dict(kind=kind, tier=tier, lang=blk['lang'], text=clean, identifier=ident,
                                 expect='kept' if tier == 'lookalike' else 'caught',
                                 source=source_for(kind, tier, ctx, used),
                                 note=note or DEFAULT_NOTE.get((tier, kind), 'look-alike (%s), must be kept' % kind)))
    with open(OUT, 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote', len(rows), 'rows to', OUT)


if __name__ == '__main__':
    main()
