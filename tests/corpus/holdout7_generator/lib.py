import random, re, importlib, string
import phonenumbers
from stdnum import iban as IB, luhn

def luhn_ok(s):
    return luhn.is_valid(s)

def phone(region, rng, intl=False, kind='MOBILE'):
    t = getattr(phonenumbers.PhoneNumberType, kind)
    ex = phonenumbers.example_number_for_type(region, t) or phonenumbers.example_number(region)
    nsn = str(ex.national_number)
    for _ in range(2000):
        keep = max(2, len(nsn) - 5)
        cand = nsn[:keep] + ''.join(rng.choice(string.digits) for _ in range(len(nsn) - keep))
        p = phonenumbers.parse('+%d%s' % (ex.country_code, cand))
        if phonenumbers.is_valid_number(p) and phonenumbers.region_code_for_number(p) == region:
            fmt = phonenumbers.PhoneNumberFormat.INTERNATIONAL if intl else phonenumbers.PhoneNumberFormat.NATIONAL
            return phonenumbers.format_number(p, fmt)
    raise RuntimeError(region)

def card(rng, grouped=True, prefix=None):
    prefix = prefix or rng.choice(['4', '51', '53', '55', '2221', '4'])
    body = prefix + ''.join(rng.choice(string.digits) for _ in range(15 - len(prefix)))
    for d in string.digits:
        if luhn.is_valid(body + d):
            n = body + d
            break
    return ' '.join(n[i:i+4] for i in range(0, 16, 4)) if grouped else n

def luhn_bad(rng, n=16):
    while True:
        s = ''.join(rng.choice(string.digits) for _ in range(n))
        if s[0] != '0' and not luhn.is_valid(s):
            return s

def _iban_struct(cc):
    for line in IB._ibandb.__dict__.get('prefixes', []) if False else []:
        pass
    res = IB._ibandb.info(cc)
    for part, props in res:
        if 'bban' in props:
            return props['bban']
    raise KeyError(cc)

def iban(cc, rng, grouped=True):
    struct = _iban_struct(cc)
    for _ in range(5000):
        out = ''
        for cnt, typ in re.findall(r'(\d+)!?([anc])', struct):
            pool = {'n': string.digits, 'a': string.ascii_uppercase, 'c': string.digits + string.ascii_uppercase}[typ]
            if typ == 'c':
                pool = string.digits
            out += ''.join(rng.choice(pool) for _ in range(int(cnt)))
        chk = IB.calc_check_digits(cc + '00' + out)
        val = cc + chk + out
        if IB.is_valid(val):
            return IB.format(val) if grouped else val
    raise RuntimeError(cc)

def _brute(mod, prefix, tails):
    m = importlib.import_module('stdnum.' + mod)
    for t in tails:
        if m.is_valid(prefix + t):
            return prefix + t
    return None

D = string.digits
def R(rng, n): return ''.join(rng.choice(D) for _ in range(n))

def nid(kind, rng):
    """returns a valid national id string for kind"""
    for _ in range(3000):
        v = _nid_try(kind, rng)
        if v:
            return v
    raise RuntimeError(kind)

def _nid_try(kind, rng):
    y = rng.randint(50, 99); mo = rng.randint(1, 12); d = rng.randint(1, 28)
    ymd = '%02d%02d%02d' % (y, mo, d); dmy = '%02d%02d%02d' % (d, mo, y)
    t10 = list(D); t100 = ['%02d' % i for i in range(100)]
    if kind == 'pl.pesel': return _brute(kind, ymd + R(rng, 4), t10)
    if kind == 'ro.cnp': return _brute(kind, rng.choice('12') + ymd + '%02d' % rng.randint(1, 40) + R(rng, 3), t10)
    if kind == 'bg.egn': return _brute(kind, ymd + R(rng, 3), t10)
    if kind in ('cz.rc', 'sk.rc'):
        v = _brute(kind, '%02d%02d%02d' % (y, mo + rng.choice([0, 50]), d) + R(rng, 3), t10)
        return v and v[:6] + '/' + v[6:]
    if kind == 'se.personnummer':
        v = _brute(kind, ymd + R(rng, 3), t10); return v and v[:6] + '-' + v[6:]
    if kind == 'fi.hetu':
        return _brute(kind, dmy + '-' + R(rng, 3), list('0123456789ABCDEFHJKLMNPRSTUVWXY'))
    if kind in ('ee.ik', 'lt.asmens'): return _brute(kind, rng.choice('3456') + ymd + R(rng, 3), t10)
    if kind == 'lv.pvn':
        v = _brute(kind, dmy + '1' + R(rng, 3), t10); return v and v[:6] + '-' + v[6:]
    if kind == 'dk.cpr':
        v = _brute(kind, dmy + R(rng, 3), t10); return v and v[:6] + '-' + v[6:]
    if kind == 'no.fodselsnummer': return _brute(kind, dmy + R(rng, 3), t100)
    if kind == 'fr.nir':
        v = _brute(kind, rng.choice('12') + '%02d%02d' % (y, mo) + '%02d' % rng.randint(1, 95) + R(rng, 6), t100)
        return v and ' '.join([v[0], v[1:3], v[3:5], v[5:7], v[7:10], v[10:13], v[13:]])
    if kind == 'si.emso': return _brute(kind, '%02d%02d9%02d' % (d, mo, y) + '50' + R(rng, 3), t10)
    if kind == 'hr.oib': return _brute(kind, str(rng.randint(1, 9)) + R(rng, 9), t10)
    if kind == 'pt.nif': return _brute(kind, rng.choice('123') + R(rng, 7), t10)
    if kind == 'nl.bsn': return _brute(kind, rng.choice('123456') + R(rng, 7), t10)
    if kind == 'be.nn':
        v = _brute(kind, ymd + R(rng, 3), t100); return v and '%s.%s.%s-%s.%s' % (v[:2], v[2:4], v[4:6], v[6:9], v[9:])
    if kind == 'de.idnr':
        v = str(rng.randint(1, 9)) + R(rng, 10); m = importlib.import_module('stdnum.de.idnr')
        return v if m.is_valid(v) else None
    if kind == 'gr.amka': return _brute(kind, dmy + R(rng, 4), t10)
    if kind == 'ie.pps': return _brute(kind, R(rng, 7), list('ABCDEFGHIJKLMNOPQRSTUVW'))
    if kind == 'tr.tckimlik': return _brute(kind, str(rng.randint(1, 9)) + R(rng, 8), t100)
    if kind == 'br.cpf':
        v = _brute(kind, R(rng, 9), t100); return v and '%s.%s.%s-%s' % (v[:3], v[3:6], v[6:9], v[9:])
    if kind == 'in_.aadhaar':
        v = _brute(kind, str(rng.randint(2, 9)) + R(rng, 10), t10); return v and ' '.join([v[:4], v[4:8], v[8:]])
    if kind == 'us.ssn':
        v = '%03d%02d%04d' % (rng.randint(100, 665), rng.randint(1, 99), rng.randint(1, 9999))
        m = importlib.import_module('stdnum.us.ssn'); return m.is_valid(v) and v[:3] + '-' + v[3:5] + '-' + v[5:]
    if kind == 'cn.ric':
        return _brute(kind, rng.choice(['110105', '310104', '440106', '510107']) + '19' + ymd + R(rng, 3), list(D) + ['X'])
    if kind == 'kr.rrn':
        v = _brute(kind, ymd + rng.choice('12') + R(rng, 5), t10); return v and v[:6] + '-' + v[6:]
    if kind == 'il.idnr': return _brute(kind, R(rng, 8), t10)
    if kind == 'th.pin': return _brute(kind, rng.choice('12358') + R(rng, 11), t10)
    if kind == 'jp.in_': return _brute(kind, R(rng, 11), t10)
    if kind == 'ru.inn': return _brute(kind, '77' + R(rng, 8), t100)
    if kind == 'ua.rntrc': return _brute(kind, R(rng, 9), t10)
    if kind == 'my.nric':
        v = _brute(kind, ymd + rng.choice(['14', '10', '08']) + R(rng, 3), t10); return v and v[:6] + '-' + v[6:8] + '-' + v[8:]
    if kind == 'id.nik': return _brute(kind, '3174' + '%02d' % rng.randint(1, 10) + dmy + R(rng, 3), t10)
    if kind == 'at.vnr': return _brute(kind, str(rng.randint(1, 9)) + R(rng, 2), [c + dmy for c in D])
    if kind == 'it.codicefiscale': raise ValueError('use cf()')
    if kind == 'mx.curp': raise ValueError('use curp()')
    raise KeyError(kind)

def with_check(mod, body, alphabet):
    m = importlib.import_module('stdnum.' + mod)
    for c in alphabet:
        if m.is_valid(body + c):
            return body + c
    raise RuntimeError(body)

VALIDATORS = {}
def is_valid_nid(kind, v):
    m = importlib.import_module('stdnum.' + kind)
    return m.is_valid(v)
