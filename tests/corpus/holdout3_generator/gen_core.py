# value generators for make_holdout3.py
import random, string, importlib, datetime
import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF, PhoneNumberType as PNT
from stdnum import luhn

def rdate(rng, y0=1950, y1=2004):
    while True:
        try:
            return datetime.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))
        except ValueError:
            pass

def phone(rng, region, style):
    t = rng.choice([PNT.MOBILE, PNT.FIXED_LINE, PNT.MOBILE])
    ex = phonenumbers.example_number_for_type(region, t) or phonenumbers.example_number(region)
    nat = str(ex.national_number)
    for _ in range(500):
        k = rng.randint(2, min(5, len(nat) - 2))
        cand = nat[:-k] + ''.join(rng.choice(string.digits) for _ in range(k))
        n = phonenumbers.parse('+%d%s' % (ex.country_code, cand))
        if phonenumbers.is_valid_number(n) and cand != nat:
            break
    else:
        n = ex
    if style == 'nat':
        return phonenumbers.format_number(n, PNF.NATIONAL)
    if style == 'intl':
        return phonenumbers.format_number(n, PNF.INTERNATIONAL)
    if style == 'e164':
        return phonenumbers.format_number(n, PNF.E164)
    s = phonenumbers.format_number(n, PNF.NATIONAL)
    if style == 'dots':
        return ''.join(c if c.isdigit() else ('.' if c in ' -' else '') for c in s).strip('.').replace('..', '.')
    if style == 'slash':
        i = s.find(' ')
        if i > 0:
            return s[:i].replace('(', '').replace(')', '') + '/' + s[i+1:].replace(' ', '')
        return s
    if style == 'plain':
        return ''.join(c for c in s if c.isdigit())
    if style == 'intl00':
        md = phonenumbers.PhoneMetadata.metadata_for_region(region)
        if md.international_prefix == '00':
            return '00' + phonenumbers.format_number(n, PNF.E164)[1:]
        return phonenumbers.format_number(n, PNF.INTERNATIONAL)
    return s

# IBAN BBAN patterns: n digit, a letter, c alnum (we use digits for c mostly)
BBAN = {'DE': '18n', 'AT': '16n', 'ES': '20n', 'IT': '1a,10n,12n', 'FR': '10n,11n,2n', 'NL': '4a,10n',
        'BE': '12n', 'PL': '24n', 'CZ': '20n', 'SK': '20n', 'SI': '15n', 'HR': '17n', 'HU': '24n',
        'RO': '4a,16n', 'BG': '4a,6n,8n', 'GR': '7n,16n', 'SE': '20n', 'DK': '14n', 'NO': '11n',
        'FI': '14n', 'EE': '16n', 'LV': '4a,13n', 'LT': '16n', 'IE': '4a,14n', 'MT': '4a,5n,18n',
        'TR': '5n,1n,16n', 'PT': '21n', 'BR': '23n,1a,1n', 'SA': '2n,18n', 'IL': '19n', 'GB': '4a,14n',
        'CH': '5n,12n', 'UA': '6n,19n', 'AE': '3n,16n', 'RS': '18n', 'CY': '8n,16n', 'LU': '3n,13n'}

def iban(rng, cc, grouped=True):
    from stdnum import iban as I
    banks = {'GB': ['NWBK', 'BARC', 'MIDL'], 'IE': ['AIBK', 'BOFI'], 'NL': ['INGB', 'RABO', 'ABNA'],
             'RO': ['BTRL', 'RNCB'], 'BG': ['UNCR', 'BPBI'], 'LV': ['HABA', 'PARX'], 'MT': ['MALT', 'VALL']}
    for _ in range(300000):
        parts = []
        for i, p in enumerate(BBAN[cc].split(',')):
            n, t = int(p[:-1]), p[-1]
            if t == 'a' and i == 0 and cc in banks:
                parts.append(rng.choice(banks[cc]))
            elif t == 'a':
                parts.append(''.join(rng.choice(string.ascii_uppercase) for _ in range(n)))
            else:
                parts.append(''.join(rng.choice(string.digits) for _ in range(n)))
        bban = ''.join(parts)
        chk = 98 - int(''.join(str(int(c, 36)) for c in bban + cc + '00')) % 97
        v = '%s%02d%s' % (cc, chk, bban)
        if I.is_valid(v):
            return ' '.join(v[i:i+4] for i in range(0, len(v), 4)) if grouped else v
    raise RuntimeError(cc)

CARD = [('visa16', ['4'], 16), ('visa13', ['4'], 13), ('mc', ['51', '53', '55', '2221', '2720'], 16),
        ('amex', ['34', '37'], 15), ('disc', ['6011', '65'], 16), ('jcb', ['3528', '3589'], 16),
        ('diners', ['36', '38'], 14), ('unionpay', ['62'], 19), ('maestro', ['6759'], 18)]

def card(rng, grouping):
    name, pre, L = rng.choice(CARD)
    p = rng.choice(pre)
    body = p + ''.join(rng.choice(string.digits) for _ in range(L - len(p) - 1))
    num = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(num)
    if grouping == 'plain':
        return num
    sep = '-' if grouping == 'dash' else ' '
    if L == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    if L == 14:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i+4] for i in range(0, L, 4))

def luhn_bad(rng, L=16):
    body = '4' + ''.join(rng.choice(string.digits) for _ in range(L - 2))
    good = luhn.calc_check_digit(body)
    bad = str((int(good) + rng.randint(1, 9)) % 10)
    num = body + bad
    assert not luhn.is_valid(num)
    return num

def ipv4(rng):
    while True:
        a = rng.choice([31, 37, 46, 62, 77, 78, 81, 85, 89, 91, 93, 95, 109, 176, 178, 185, 188, 194, 203, 212, 217])
        return '%d.%d.%d.%d' % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))

def ipv6(rng):
    return '2a02:%x:%x:%x::%x' % (rng.randint(0x100, 0xffff), rng.randint(0, 0xffff), rng.randint(0, 0xffff), rng.randint(1, 0xfff))

def _brute(rng, mod, make, alph=string.digits, nchk=1, tries=20000):
    m = importlib.import_module('stdnum.' + mod)
    import itertools
    for _ in range(tries):
        base = make(rng)
        for chk in itertools.product(alph, repeat=nchk):
            c = base + ''.join(chk)
            try:
                if m.is_valid(c):
                    return c
            except Exception:
                pass
    raise RuntimeError(mod)

D = lambda rng, n: ''.join(rng.choice(string.digits) for _ in range(n))

def nid(rng, kind):
    d = rdate(rng, 1950, 1999)
    yymmdd = d.strftime('%y%m%d'); ddmmyy = d.strftime('%d%m%y')
    if kind == 'de.idnr':
        v = _brute(rng, 'de.idnr', lambda r: str(r.randint(1, 9)) + D(r, 9)); return v[:2] + ' ' + v[2:5] + ' ' + v[5:8] + ' ' + v[8:]
    if kind == 'at.vnr':
        return _brute_mid_at(rng, d)
    if kind == 'fr.nir':
        v = _brute(rng, 'fr.nir', lambda r: r.choice('12') + yymmdd[:4] + r.choice(['75', '69', '13', '33', '59', '44']) + D(r, 6), nchk=2)
        return ' '.join([v[0], v[1:3], v[3:5], v[5:7], v[7:10], v[10:13], v[13:]])
    if kind == 'ca.sin':
        v = _brute(rng, 'ca.sin', lambda r: str(r.randint(1, 7)) + D(r, 7)); return v[:3] + ' ' + v[3:6] + ' ' + v[6:]
    if kind == 'es.dni':
        return _brute(rng, 'es.dni', lambda r: D(r, 8), alph='TRWAGMYFPDXBNJZSQVHLCKE')
    if kind == 'ar.cuit':
        v = _brute(rng, 'ar.cuit', lambda r: r.choice(['20', '27', '23']) + str(r.randint(1, 4)) + D(r, 7)); return v[:2] + '-' + v[2:10] + '-' + v[10:]
    if kind == 'it.cf':
        cons = 'BCDFGLMNPRSTVZ'
        def mk(r):
            return (''.join(r.choice(cons) for _ in range(3)) + ''.join(r.choice(cons + 'AEIO') for _ in range(3)) +
                    yymmdd[:2] + 'ABCDEHLMPRST'[d.month - 1] + '%02d' % (d.day + r.choice([0, 40])) + r.choice('ABCDFGHLMF') + D(r, 3))
        return _brute(rng, 'it.codicefiscale', mk, alph=string.ascii_uppercase)
    if kind == 'pt.nif':
        return _brute(rng, 'pt.nif', lambda r: r.choice('12') + D(r, 7))
    if kind == 'br.cpf':
        v = _brute(rng, 'br.cpf', lambda r: D(r, 9), nchk=2); return v[:3] + '.' + v[3:6] + '.' + v[6:9] + '-' + v[9:]
    if kind == 'nl.bsn':
        return _brute(rng, 'nl.bsn', lambda r: str(r.randint(1, 6)) + D(r, 7))
    if kind == 'pl.pesel':
        return _brute(rng, 'pl.pesel', lambda r: yymmdd + D(r, 4))
    if kind in ('cz.rc', 'sk.rc'):
        mm = d.month + rng.choice([0, 50])
        v = _brute(rng, 'cz.rc', lambda r: d.strftime('%y') + '%02d' % mm + d.strftime('%d') + D(r, 3)); return v[:6] + '/' + v[6:]
    if kind == 'si.emso':
        return _brute(rng, 'si.emso', lambda r: d.strftime('%d%m') + d.strftime('%Y')[1:] + '50' + r.choice(['0', '5']) + D(r, 2))
    if kind == 'hr.oib':
        return _brute(rng, 'hr.oib', lambda r: str(r.randint(1, 9)) + D(r, 9))
    if kind == 'ro.cnp':
        return _brute(rng, 'ro.cnp', lambda r: r.choice('12') + yymmdd + '%02d' % r.randint(1, 40) + D(r, 3))
    if kind == 'bg.egn':
        return _brute(rng, 'bg.egn', lambda r: yymmdd + D(r, 3))
    if kind == 'gr.amka':
        return _brute(rng, 'gr.amka', lambda r: ddmmyy + D(r, 4))
    if kind == 'se.pnr':
        v = _brute(rng, 'se.personnummer', lambda r: yymmdd + '-' + D(r, 3)); return v
    if kind == 'dk.cpr':
        return ddmmyy + '-' + D(rng, 4)
    if kind == 'no.fnr':
        return _brute(rng, 'no.fodselsnummer', lambda r: ddmmyy + '%03d' % r.randint(0, 499), nchk=2)
    if kind == 'fi.hetu':
        return _brute(rng, 'fi.hetu', lambda r: ddmmyy + '-' + '%03d' % r.randint(2, 899), alph='0123456789ABCDEFHJKLMNPRSTUVWXY')
    if kind in ('ee.ik', 'lt.asmens'):
        return _brute(rng, kind.replace('.', '.'), lambda r: r.choice('34') + yymmdd + D(r, 3))
    if kind == 'lv.pk':
        v = _brute(rng, 'lv.pvn', lambda r: ddmmyy + '1' + D(r, 3)); return v[:6] + '-' + v[6:]
    if kind == 'ru.inn':
        return _brute(rng, 'ru.inn', lambda r: r.choice(['77', '78', '50', '66']) + D(r, 8), nchk=2)
    if kind == 'ua.rntrc':
        return _brute(rng, 'ua.rntrc', lambda r: str(r.randint(2, 3)) + D(r, 8))
    if kind == 'tr.tck':
        return _brute(rng, 'tr.tckimlik', lambda r: str(r.randint(1, 9)) + D(r, 8), nchk=2)
    if kind == 'il.idnr':
        return _brute(rng, 'il.idnr', lambda r: r.choice(['0', '2', '3']) + D(r, 7))
    if kind == 'in.aadhaar':
        v = _brute(rng, 'in_.aadhaar', lambda r: str(r.randint(2, 9)) + D(r, 10)); return v[:4] + ' ' + v[4:8] + ' ' + v[8:]
    if kind == 'cn.ric':
        return _brute(rng, 'cn.ric', lambda r: r.choice(['110101', '310104', '440106', '510107']) + d.strftime('%Y%m%d') + D(r, 3), alph='0123456789X')
    if kind == 'jp.in':
        v = _brute(rng, 'jp.in_', lambda r: str(r.randint(1, 9)) + D(r, 10)); return v[:4] + ' ' + v[4:8] + ' ' + v[8:]
    if kind == 'kr.rrn':
        v = _brute(rng, 'kr.rrn', lambda r: yymmdd + r.choice('12') + D(r, 5)); return v[:6] + '-' + v[6:]
    if kind == 'th.pin':
        v = _brute(rng, 'th.pin', lambda r: str(r.randint(1, 8)) + D(r, 11)); return '%s-%s-%s-%s-%s' % (v[0], v[1:5], v[5:10], v[10:12], v[12])
    if kind == 'gb.nhs':
        v = _brute(rng, 'gb.nhs', lambda r: str(r.randint(4, 9)) + D(r, 8)); return v[:3] + ' ' + v[3:6] + ' ' + v[6:]
    if kind == 'us.ssn':
        from stdnum.us import ssn
        while True:
            v = '%03d-%02d-%04d' % (rng.randint(1, 665), rng.randint(1, 99), rng.randint(1, 9999))
            if ssn.is_valid(v):
                return v
    if kind == 'ie.pps':
        return _brute(rng, 'ie.pps', lambda r: D(r, 7), alph='ABCDEFGHIJKLMNOPQRSTUVW')
    if kind == 'my.nric':
        v = _brute(rng, 'my.nric', lambda r: yymmdd + r.choice(['14', '10', '08']) + D(r, 3)); return v[:6] + '-' + v[6:8] + '-' + v[8:]
    if kind == 'id.nik':
        dd = d.day + rng.choice([0, 40])
        return _brute(rng, 'id.nik', lambda r: r.choice(['3171', '3273', '3578', '5171']) + '%02d' % r.randint(1, 9) + '%02d' % dd + d.strftime('%m%y') + D(r, 3))
    if kind == 'be.nn':
        v = _brute(rng, 'be.nn', lambda r: yymmdd + D(r, 3), nchk=2); return v
    raise KeyError(kind)

def _brute_mid_at(rng, d):
    from stdnum.at import vnr
    for _ in range(10000):
        s = str(rng.randint(1, 9)) + D(rng, 2)
        for c in string.digits:
            v = s + c + d.strftime('%d%m%y')
            if vnr.is_valid(v):
                return v[:4] + ' ' + v[4:]
    raise RuntimeError('at')

def ean13(rng, prefix='40'):
    from stdnum import ean
    b = prefix + D(rng, 12 - len(prefix))
    return b + ean.calc_check_digit(b)

def isbn13(rng):
    from stdnum import isbn
    b = '978' + rng.choice(['3', '2', '84', '88', '5', '83', '0', '1']) 
    b = b + D(rng, 12 - len(b))
    from stdnum import ean as E; v = b + E.calc_check_digit(b)
    return '%s-%s-%s-%s-%s' % (v[:3], v[3], v[4:7], v[7:12], v[12])
