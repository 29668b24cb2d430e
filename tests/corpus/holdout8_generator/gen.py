import json, re, sys
sys.path.insert(0, '/work/holdout8')
from common import *
from data3 import L
from stdnum import isbn as ISBN, ean as EAN
import phonenumbers, hashlib, uuid
SRC = 'holdout8 (helper, written blind 2026-12-07; values from %s)'
NIDL = {'bg':'ЕГН','cs':'Rodné číslo','da':'CPR-nr.','el':'ΑΜΚΑ','es':'DNI','ca':'DNI','et':'Isikukood','fi':'Henkilötunnus',
 'ga':'Uimhir PSP','hr':'OIB','lt':'Asmens kodas','pl':'PESEL','ro':'CNP','sk':'Rodné číslo','sl':'EMŠO','sv':'Personnummer',
 'tr':'T.C. Kimlik No','hi':'आधार नंबर','ko':'주민등록번호','pt-BR':'CPF','he':'מספר ת.ז.','no':'Fødselsnummer','nl':'BSN'}
out = []
CUR = {'pt-BR':'R$','es-MX':'MXN','en':'£','ru':'₽','uk':'грн','tr':'TL','ar':'ر.س','hi':'₹','zh':'元','ja':'円','ko':'원','he':'₪','vi':'₫','id':'Rp','no':'kr','sv':'kr','da':'kr','pl':'zł','cs':'Kč','hu':'Ft','ro':'lei','bg':'лв.','sr':'RSD','th':'บาท'}
def add(kind, tier, lang, text, how, note):
    m = re.search(r'\[\[(.+?)\]\]', text)
    ident = m.group(1); text = text.replace('[['+ident+']]', ident)
    assert '[[' not in text
    exp = 'kept' if kind.startswith('lookalike') else 'caught'
    out.append(dict(kind=kind, tier=tier, lang=lang, text=text, identifier=ident, expect=exp, source=SRC % how, note=note))
def bad_number(lang, region, s):
    runs = re.findall(r'\d(?:[\d \-./]*\d)?', s)
    for run in runs:
        d = re.sub(r'\D', '', run)
        if 13 <= len(d) <= 19 and luhn.is_valid(d): return True
        for v in (run, d):
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(v, region)): return True
            except Exception: pass
        if nid_valid(lang, run) or nid_valid(lang, d): return True
    return False
def lookalike_num(k, lb, lang, region):
    for _ in range(1000):
        n = lambda p: fill(p)
        if k == 'order': t = f'{lb[5]} [[{n("@@-####-####")}]]'
        elif k == 'tracking': t = f'{lb[6]}: [[{n("@@#########")}{R.choice(["DE","NL","PL","FR","SE"])}]]'
        elif k == 'invoice': t = f'{lb[7]} [[INV-{n("@@")}{n("#####")}]]'
        elif k == 'price': t = f'{lb[8]}: [[{R.randint(12,1899)},{R.randint(10,99)} {CUR.get(lang, "€")}]]'
        elif k == 'luhn_invalid':
            d = n('#'*R.choice([13,16,18,19]))
            t = f'Ref. [[{d}]]'
        elif k == 'version': t = f'App [[v{R.randint(2,14)}.{R.randint(0,30)}.{R.randint(0,99)}]] (Android {R.randint(10,15)})'
        elif k == 'uuid': t = f'request_id={{[[{uuid.UUID(int=R.getrandbits(128), version=4)}]]}}'
        elif k == 'hash': t = f'sha256: [[{hashlib.sha256(n("########").encode()).hexdigest()}]]'
        elif k == 'ean':
            b = n('40##########'); t = f'EAN [[{b+EAN.calc_check_digit(b)}]]'
        elif k == 'isbn':
            b = n('978#########'); t = f'ISBN [[{ISBN.format(b+EAN.calc_check_digit(b))}]]'
        elif k == 'flight_number': t = f'✈ [[{R.choice(["LH","AF","KL","TK","SK","LO","OS","QR"])} {R.randint(100,1999)}]] → {R.choice(["FRA","CDG","AMS","IST","WAW"])}'
        elif k == 'timestamp': t = f'{R.choice(["GET","POST"])} /api/cart 502 [[[{R.randint(1,28):02d}/{R.choice(["Oct","Nov","Dec"])}/2026:{R.randint(0,23):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d} +0000]]]'
        elif k == 'measurement': t = f'[[{R.randint(40,220)} x {R.randint(30,120)} x {R.randint(2,90)} cm]], {R.randint(1,40)} kg'
        elif k == 'sports_score': t = f'{R.choice(["FT","HT"])} [[{R.randint(0,5)}:{R.randint(0,5)}]] ({R.randint(60,95)}\')'
        elif k == 'sku': t = f'SKU [[{n("@@@-###-@@")}]]'
        elif k == 'percentage': t = f'-[[{R.randint(5,70)} %]]'
        ident = re.search(r'\[\[(.+?)\]\]', t).group(1)
        if not bad_number(lang, region, ident):
            return t
    raise SystemExit('lk '+k)
NUMK = ['order','tracking','invoice','price','luhn_invalid','version','uuid','hash','ean','isbn','flight_number','timestamp','measurement','sports_score','sku','percentage']
for i, d in enumerate(L):
    c, r, lb, name, a = d['c'], d['r'], d['lb'], d['n'], d['a']
    cc = c.split('-')[-1].lower() if '-' in c else {'en':'co.uk','el':'gr','cs':'cz','da':'dk','et':'ee','ga':'ie','sl':'si','sv':'se','uk':'ua','ar':'sa','hi':'in','zh':'cn','ja':'jp','ko':'kr','he':'il','vi':'vn','sr':'rs','ca':'cat'}.get(c, c)
    dom = R.choice(['example.com','example.org','example.net','example.'+cc])
    email = f'{a}@{dom}'
    # core
    s = i % 3
    if s == 0: add('name','core',c,f'{d["cl"]}\n[[{name}]]', 'hand-written name typical for the language', 'signature after closing')
    elif s == 1: add('name','core',c,f'From: [[{name}]] <{a}@example.com>\nSubject: {lb[5]} ?', 'hand-written name', 'From: header')
    else: add('name','core',c,f'{d["cl"]} [[{name}]]', 'hand-written name', 'closing and name on one line')
    s = i % 4
    if s == 0: add('email','core',c,f'{lb[0]}: [[{email}]]', 'hand-made handle on example domain', 'key: value line')
    elif s == 1: add('email','core',c,f'{{"{lb[0]}": "[[{email}]]", "lang": "{c}"}}', 'hand-made handle on example domain', 'JSON snippet')
    elif s == 2: add('email','core',c,f'{d["nn"].format(v=name.split()[0])} ([[{email}]])', 'hand-made handle on example domain', 'in parentheses after a sentence')
    else: add('email','core',c,f'[[{email.upper() if i%8==3 else email}]] — {lb[0].lower()}', 'hand-made handle on example domain', 'at start of text')
    p = phone(r, True)
    add('phone','core',c,f'{lb[1]}: [[{p}]]', 'random digits on the region mobile prefix, phonenumbers-valid', 'international format, key: value')
    p = phone(r, False)
    add('phone','core',c,f'{a};[[{p}]];{lb[3]}' if i%2 else f'{a.split(".")[0].split("_")[0]} 👋 {lb[1].lower()} [[{p}]] !!', 'random digits, phonenumbers-valid for '+r, 'national format ' + ('CSV row' if i%2 else 'SMS style with emoji'))
    if d['ib']:
        add('iban','core',c,f'{lb[2]}: [[{iban(d["ib"], i%2==0)}]]', 'random BBAN, mod-97 check digits computed with python-stdnum', 'IBAN '+d['ib']+(' spaced' if i%2==0 else ' compact'))
    cd = card(i%2==1)
    add('card','core',c,f'{lb[8]}: {R.randint(20,400)},00 — Visa/MC [[{cd}]]', 'random digits with Luhn check digit', 'card after total')
    if i % 2: add('ip','core',c,f'sshd[{R.randint(1000,9999)}]: Failed password for {a} from [[{ip4()}]] port {R.randint(40000,60000)} ssh2', 'documentation range IPv4', 'log line')
    else: add('ip','core',c,f'X-Forwarded-For: [[{ip6()}]]\n{lb[5]} ?', 'documentation range IPv6', 'header line IPv6')
    # extended
    add('name','extended',c,d['nn'].format(v='[['+name+']]'), 'hand-written name', 'name without cue in delivery note')
    add('address','extended',c,f'{lb[3]}: [[{d["addr"]}]]', 'hand-written street and postcode', 'address key: value')
    add('birth_date','extended',c,f'{lb[4]}: [[{d["dob"]}]]', 'hand-picked date', 'DOB after label')
    if c in NIDL:
        v = nid(c); add('national_id','extended',c,f'{NIDL[c]}: [[{v}]]', 'random digits validated/checked with python-stdnum', NIDL[c])
    if d['pp']:
        add('passport','extended',c,f'{lb[9]} [[{d["pp"]}]]', 'hand-made passport-shaped value', 'passport after label')
    if i % 3 == 0 or not (c in NIDL and d['pp']):
        add('username','extended',c,f'{lb[10]}: [[@{a.replace(".","_")}{R.randint(1,99)}]]', 'hand-made handle', 'user name after label')
    # lookalikes
    for t in d['cap']:
        add('lookalike_capitalized_phrase','lookalike',c,t,'hand-written named place/work/organisation','capitalized named thing, not contact data')
    for j in range(4):
        k = NUMK[(i*4+j) % len(NUMK)]
        add('lookalike_'+k,'lookalike',c,lookalike_num(k, lb, c, r),'random digits checked NOT to be valid card/phone/id', k)
from extra import X
for c, nm, cp in X:
    add('name','core',c,nm,'hand-written name typical for the language','name after "my name is" cue')
    add('lookalike_capitalized_phrase','lookalike',c,cp,'hand-written named place/dish/route','capitalized named thing, not contact data')
from extra2 import Y
for c, k, t in Y:
    add('lookalike_'+k,'lookalike',c,t,'hand-written appointment/delivery date (not a birth date)','date in a delivery/booking request')
with open('/work/holdout8/holdout8.jsonl','w',encoding='utf-8') as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False)+'\n')
print(len(out))
