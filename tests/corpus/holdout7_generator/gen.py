"""Deterministic generator for holdout7. Texts and names hand-written in data*.py;
numbers with rules (phones, cards, IBANs, national ids) computed by lib.py from seeded randomness."""
import json, random, re, string, hashlib
import lib

CONF = {  # lang: (phone region, iban country, national-id stdnum module)
 'bg': ('BG','BG','bg.egn'), 'cs': ('CZ','CZ','cz.rc'), 'da': ('DK','DK','dk.cpr'), 'de': ('DE','DE','de.idnr'),
 'el': ('GR','GR','gr.amka'), 'en': ('GB','GB','us.ssn'), 'es': ('ES','ES','es.dni'), 'et': ('EE','EE','ee.ik'),
 'fi': ('FI','FI','fi.hetu'), 'fr': ('FR','FR','fr.nir'), 'ga': ('IE','IE','ie.pps'), 'hr': ('HR','HR','hr.oib'),
 'hu': ('HU','HU',None), 'it': ('IT','IT','it.codicefiscale'), 'lt': ('LT','LT','lt.asmens'), 'lv': ('LV','LV','lv.pvn'),
 'mt': ('MT','MT',None), 'nl': ('NL','NL','nl.bsn'), 'pl': ('PL','PL','pl.pesel'), 'pt': ('PT','PT','pt.nif'),
 'ro': ('RO','RO','ro.cnp'), 'sk': ('SK','SK','sk.rc'), 'sl': ('SI','SI','si.emso'), 'sv': ('SE','SE','se.personnummer'),
 'ru': ('RU',None,'ru.inn'), 'uk': ('UA','UA','ua.rntrc'), 'tr': ('TR','TR','tr.tckimlik'), 'ar': ('SA','SA',None),
 'hi': ('IN',None,'in_.aadhaar'), 'zh': ('CN',None,'cn.ric'), 'ja': ('JP',None,'jp.in_'), 'ko': ('KR',None,'kr.rrn'),
 'pt-BR': ('BR','BR','br.cpf'), 'es-MX': ('MX',None,'mx.curp'), 'he': ('IL','IL','il.idnr'), 'fa': ('IR',None,None),
 'vi': ('VN',None,None), 'th': ('TH',None,'th.pin'), 'id': ('ID',None,'id.nik'), 'sr': ('RS','RS',None),
 'ms': ('MY',None,'my.nric'), 'no': ('NO','NO','no.fodselsnummer'), 'de-AT': ('AT','AT','at.vnr'), 'fr-BE': ('BE','BE','be.nn'),
}
CORE = {'email','phone','card','ip','iban'}
EXT = {'address','national_id','birth_date','passport','username'}
SRC = 'holdout7 (helper, written blind 2026-12-07; values from %s)'
HOW = {
 'phone': 'phonenumbers example prefix + seeded random digits, checked is_valid_number',
 'card': 'seeded random digits + Luhn check digit',
 'iban': 'seeded random BBAN in the country format + mod-97 check digits (python-stdnum)',
 'national_id': 'seeded random/date-based digits + check digit computed with python-stdnum',
 'lookalike_luhn_invalid': 'seeded random digits rejected if Luhn-valid',
}

def nid(lang, rng):
    mod = CONF[lang][2]
    if mod == 'it.codicefiscale':
        return lib.with_check(mod, rng.choice(['FRRLCU91T45D969','MRNPLA87C12L219','GLLSRA90A63F839']), string.ascii_uppercase)
    if mod == 'es.dni':
        return lib.with_check(mod, lib.R(rng, 8), string.ascii_uppercase)
    if mod == 'mx.curp':
        return lib.with_check(mod, rng.choice(['VAZR890614MJCLRS0','OCHE930227HNLRRD0']), string.digits)
    return lib.nid(mod, rng)

def fill(lang, text, rng):
    reg, ibcc, _ = CONF[lang]
    def rep(m):
        k = m.group(1)
        if k == 'PHONE': return lib.phone(reg, rng)
        if k == 'PHONEI': return lib.phone(reg, rng, True)
        if k == 'CARD': return lib.card(rng)
        if k == 'CARDR': return lib.card(rng, grouped=False)
        if k == 'IBAN': return lib.iban(ibcc, rng)
        if k == 'IBANR': return lib.iban(ibcc, rng, grouped=False)
        if k == 'NID': return nid(lang, rng)
        if k.startswith('BAD'): return lib.luhn_bad(rng, int(k[3:]))
        raise KeyError(k)
    return re.sub(r'\{(PHONEI|PHONE|CARDR|CARD|IBANR|IBAN|NID|BAD\d+)\}', rep, text)

def build():
    import data1, data2, data3, data4, data5, data6
    out = []
    for mod in (data1, data2, data3, data4, data5, data6):
        for lang, block in mod.DATA:
            for i, line in enumerate(l for l in block.strip('\n').split('\n') if l.strip()):
                kind, note, text = line.split('|', 2)
                text = text.replace('\\n', '\n')
                seed = int(hashlib.sha256(f'{lang}|{i}|{text}'.encode()).hexdigest()[:12], 16)
                rng = random.Random(seed)
                text = fill(lang, text, rng)
                m = re.search(r'\[\[(.+?)\]\]', text, re.S)
                ident = m.group(1)
                text = text.replace('[[', '').replace(']]', '')
                if kind == 'cap': kind = 'lookalike_capitalized_phrase'
                if kind.startswith('lk_'): kind = 'lookalike_' + kind[3:]
                if kind in CORE: tier = 'core'
                elif kind == 'name': tier = 'core'
                elif kind == 'name-': tier = 'extended'; kind = 'name'
                elif kind in EXT: tier = 'extended'
                elif kind.startswith('lookalike_'): tier = 'lookalike'
                else: raise ValueError(kind)
                if kind in HOW: how = HOW[kind]
                elif tier == 'lookalike': how = 'hand-written phrases and hand-typed codes'
                elif kind in ('email', 'ip'): how = 'hand-typed values on example domains / documentation or ordinary public ranges'
                else: how = 'hand-invented names/places/dates'
                out.append(dict(kind=kind, tier=tier, lang=lang, text=text, identifier=ident,
                                expect='kept' if tier == 'lookalike' else 'caught',
                                source=SRC % how, note=note))
    return out

if __name__ == '__main__':
    rows = build()
    with open('/work/holdout7/holdout7.jsonl', 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(rows))
