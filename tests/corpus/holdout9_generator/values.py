"""Value generators for holdout9: valid phones (phonenumbers), IBANs (mod-97 via
stdnum.iban), Luhn cards, national IDs with correct check digits (stdnum), IPs,
and assorted look-alike numbers.  Only phonenumbers and stdnum are used."""
import random, re, string, uuid, hashlib, importlib, datetime
import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF, PhoneNumberType as PNT
from stdnum import iban as _iban, luhn

R = random.Random(20261207)


def rdigits(n):
    return ''.join(R.choice(string.digits) for _ in range(n))


# ---------------------------------------------------------------- phones
def phone(region, style=None, kind=None):
    """Return a phone string valid for region, in a random written style."""
    kinds = [kind] if kind else [PNT.MOBILE, PNT.FIXED_LINE]
    for _ in range(2000):
        k = R.choice(kinds)
        ex = phonenumbers.example_number_for_type(region, k)
        if ex is None:
            ex = phonenumbers.example_number(region)
        nsn = str(ex.national_number)
        keep = max(2, len(nsn) - 5)
        cand = nsn[:keep] + rdigits(len(nsn) - keep)
        try:
            num = phonenumbers.parse('+%d%s' % (ex.country_code, cand))
        except Exception:
            continue
        if not phonenumbers.is_valid_number_for_region(num, region):
            continue
        st = style or R.choice(['intl', 'intl', 'nat', 'e164', 'intl_dash', 'nat_compact', 'nat_dash'])
        if st == 'intl':
            s = phonenumbers.format_number(num, PNF.INTERNATIONAL)
        elif st == 'e164':
            s = phonenumbers.format_number(num, PNF.E164)
        elif st == 'intl_dash':
            s = phonenumbers.format_number(num, PNF.INTERNATIONAL).replace(' ', '-', 1)
            s = s[:s.index('-') + 1] + s[s.index('-') + 1:].replace(' ', '-')
        elif st == 'nat':
            s = phonenumbers.format_number(num, PNF.NATIONAL)
        elif st == 'nat_compact':
            s = re.sub(r'[\s\-()]', '', phonenumbers.format_number(num, PNF.NATIONAL))
        else:  # nat_dash
            s = re.sub(r'[\s()]+', '-', phonenumbers.format_number(num, PNF.NATIONAL)).strip('-')
        # verify the written form parses back to a valid number of the region
        try:
            back = phonenumbers.parse(s, region)
        except Exception:
            continue
        if phonenumbers.is_valid_number_for_region(back, region) and back.national_number == num.national_number:
            return s
    raise RuntimeError('no phone for ' + region)


# ---------------------------------------------------------------- iban
def iban(cc, grouped=None):
    info = _iban._ibandb.info(cc)[0][1]
    struct = info['bban']
    for _ in range(20000):
        bban = ''
        for cnt, typ in re.findall(r'(\d+)!?([nac])', struct):
            cnt = int(cnt)
            if typ == 'a':
                bban += ''.join(R.choice(string.ascii_uppercase) for _ in range(cnt))
            else:
                bban += rdigits(cnt)
        num = cc + '00' + bban
        num = cc + _iban.calc_check_digits(num) + bban
        if _iban.is_valid(num):
            g = R.random() < 0.6 if grouped is None else grouped
            return _iban.format(num) if g else num
    raise RuntimeError('no iban ' + cc)


# ---------------------------------------------------------------- cards
def card(valid=True):
    brand = R.choice(['visa16', 'visa16', 'mc', 'mc2', 'amex', 'disc', 'visa13', 'maestro19', 'jcb'])
    pre, ln = {'visa16': ('4' + rdigits(5), 16), 'mc': ('5' + R.choice('12345') + rdigits(4), 16),
               'mc2': ('22' + R.choice('3456') + rdigits(3), 16), 'amex': (R.choice(['34', '37']) + rdigits(4), 15),
               'disc': ('6011' + rdigits(2), 16), 'visa13': ('4' + rdigits(5), 13),
               'maestro19': ('6759' + rdigits(2), 19), 'jcb': ('35' + R.choice('2345678') + rdigits(3), 16)}[brand]
    if not valid:
        brand, pre, ln = 'visa16', '4' + rdigits(5), 16
    body = pre + rdigits(ln - len(pre) - 1)
    chk = luhn.calc_check_digit(body)
    if not valid:
        chk = str((int(chk) + R.randint(1, 9)) % 10)
    n = body + chk
    assert luhn.is_valid(n) == valid
    style = R.choice(['space', 'space', 'dash', 'plain'])
    if style == 'plain' or ln in (13, 19) and R.random() < .5:
        return n
    if brand == 'amex':
        parts = [n[:4], n[4:10], n[10:]]
    else:
        parts = [n[i:i + 4] for i in range(0, ln, 4)]
    return (' ' if style == 'space' else '-').join(parts)


# ---------------------------------------------------------------- ips
def ip4():
    while True:
        a = R.choice([31, 37, 46, 62, 77, 81, 85, 89, 93, 95, 109, 141, 151, 176, 178, 185, 188, 193, 195, 203, 212, 213, 217])
        s = '%d.%d.%d.%d' % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        return s


def ip6():
    groups = ['2a02', '%x' % R.randint(0x100, 0xffff), '%x' % R.randint(0, 0xffff), '%x' % R.randint(0, 0xffff)]
    tail = ['%x' % R.randint(0, 0xffff) for _ in range(R.choice([2, 4]))]
    if len(tail) == 2:
        return ':'.join(R.choice([['2001', 'db9'], ['2a01', 'cb1d'], ['2a00', '1450']])[0:1] + groups[1:]) + '::' + ':'.join(tail)
    return ':'.join([R.choice(['2a02', '2001', '2a01', '2600'])] + groups[1:] + tail)


# ---------------------------------------------------------------- national ids
def _date(y0=1952, y1=2004):
    d = datetime.date(y0, 1, 1) + datetime.timedelta(days=R.randint(0, (y1 - y0) * 365))
    return d


def _brute(modname, cand, tries=300000):
    mod = importlib.import_module('stdnum.' + modname)
    for _ in range(tries):
        c = cand()
        try:
            if mod.is_valid(c):
                return c, mod
        except Exception:
            pass
    raise RuntimeError('no id for ' + modname)


def _fmt(mod, c):
    try:
        return mod.format(c)
    except Exception:
        return c


def nid(kind):
    d = _date()
    yy, mm, dd = '%02d' % (d.year % 100), '%02d' % d.month, '%02d' % d.day
    if kind == 'us.ssn':
        c, m = _brute('us.ssn', lambda: '%03d%02d%04d' % (R.randint(101, 665), R.randint(1, 99), R.randint(1, 9999)))
        return _fmt(m, c)
    if kind == 'gb.nino':  # no check digit in NINO; format-valid only
        p = R.choice(['AB', 'JK', 'NE', 'PR', 'SH', 'WL', 'YT', 'HR', 'CE', 'MA'])
        n = rdigits(6)
        return '%s %s %s %s %s' % (p, n[:2], n[2:4], n[4:], R.choice('ABCD'))
    if kind == 'de.idnr':
        c, m = _brute('de.idnr', lambda: str(R.randint(1, 9)) + rdigits(10))
        return _fmt(m, c)
    if kind == 'fr.nir':
        from stdnum.fr import nir
        b = R.choice('12') + yy + mm + R.choice(['75', '69', '13', '33', '59', '44']) + rdigits(3) + rdigits(3)
        c = b + nir.calc_check_digits(b)
        assert nir.is_valid(c)
        return '%s %s %s %s %s %s %s' % (c[0], c[1:3], c[3:5], c[5:7], c[7:10], c[10:13], c[13:])
    if kind == 'es.dni':
        from stdnum.es import dni
        b = rdigits(8)
        return b + dni.calc_check_digit(b)
    if kind == 'es.nie':
        from stdnum.es import nie
        c, m = _brute('es.nie', lambda: R.choice('XYZ') + rdigits(7) + R.choice(string.ascii_uppercase))
        return c
    if kind == 'it.codicefiscale':
        from stdnum.it import codicefiscale as cf
        cons = 'BCDFGLMNPRSTVZ'
        day = d.day + (40 if R.random() < .5 else 0)
        b = ''.join(R.choice(cons) for _ in range(6)) + yy + 'ABCDEHLMPRST'[d.month - 1] + '%02d' % day + R.choice(['H501', 'F205', 'L219', 'F839', 'A944', 'G273'])
        c = b + cf.calc_check_digit(b)
        assert cf.is_valid(c)
        return c
    if kind == 'pt.cc':
        from stdnum.pt import cc
        c, m = _brute('pt.cc', lambda: (lambda b: b + cc.calc_check_digit(b))(rdigits(8) + rdigits(1) + R.choice(['ZZ', 'ZX', 'ZY', 'ZW'])))
        return _fmt(m, c)
    if kind == 'nl.bsn':
        c, m = _brute('nl.bsn', lambda: str(R.randint(1, 6)) + rdigits(8))
        return c
    if kind == 'pl.pesel':
        from stdnum.pl import pesel
        mo = d.month + (20 if d.year >= 2000 else 0)
        b = yy + '%02d' % mo + dd + rdigits(4)
        c = b + pesel.calc_check_digit(b)
        assert pesel.is_valid(c)
        return c
    if kind in ('cz.rc', 'sk.rc'):
        mo = d.month + (50 if R.random() < .5 else 0)
        c, m = _brute(kind, lambda: yy + '%02d' % mo + dd + rdigits(4))
        return c[:6] + '/' + c[6:]
    if kind == 'ro.cnp':
        from stdnum.ro import cnp
        s = R.choice('12') if d.year < 2000 else R.choice('56')
        b = s + yy + mm + dd + '%02d' % R.randint(1, 40) + rdigits(3)
        c = b + cnp.calc_check_digit(b)
        assert cnp.is_valid(c), c
        return c
    if kind == 'bg.egn':
        from stdnum.bg import egn
        mo = d.month + (40 if d.year >= 2000 else 0)
        b = yy + '%02d' % mo + dd + rdigits(3)
        c = b + egn.calc_check_digit(b)
        assert egn.is_valid(c)
        return c
    if kind == 'hr.oib':
        c, m = _brute('hr.oib', lambda: str(R.randint(1, 9)) + rdigits(10))
        return c
    if kind == 'si.emso':
        c, m = _brute('si.emso', lambda: dd + mm + ('%03d' % (d.year % 1000)) + '50' + rdigits(3) + rdigits(1))
        return c
    if kind == 'gr.amka':
        c, m = _brute('gr.amka', lambda: dd + mm + yy + rdigits(5))
        return c
    if kind == 'tr.tckimlik':
        from stdnum.tr import tckimlik
        b = str(R.randint(1, 9)) + rdigits(8)
        c = b + tckimlik.calc_check_digits(b)
        assert tckimlik.is_valid(c)
        return c
    if kind == 'ru.inn':
        from stdnum.ru import inn
        b = R.choice(['77', '78', '50', '66', '16']) + rdigits(8)
        c = b + inn.calc_personal_check_digits(b)
        assert inn.is_valid(c)
        return c
    if kind == 'ua.rntrc':
        c, m = _brute('ua.rntrc', lambda: str(R.randint(2, 3)) + rdigits(9))
        return c
    if kind == 'lt.asmens':
        c, m = _brute('lt.asmens', lambda: R.choice('34') + yy + mm + dd + rdigits(4))
        return c
    if kind == 'lv.pvn':
        c, m = _brute('lv.pvn', lambda: dd + mm + yy + R.choice('12') + rdigits(4))
        return c[:6] + '-' + c[6:]
    if kind == 'ee.ik':
        c, m = _brute('ee.ik', lambda: (R.choice('34') if d.year < 2000 else R.choice('56')) + yy + mm + dd + rdigits(4))
        return c
    if kind == 'fi.hetu':
        sep = '-' if d.year < 2000 else 'A'
        c, m = _brute('fi.hetu', lambda: dd + mm + yy + sep + '%03d' % R.randint(2, 899) + R.choice('0123456789ABCDEFHJKLMNPRSTUVWXY'))
        return c
    if kind == 'se.personnummer':
        c, m = _brute('se.personnummer', lambda: yy + mm + dd + '-' + rdigits(4))
        return c
    if kind == 'dk.cpr':
        c, m = _brute('dk.cpr', lambda: dd + mm + yy + '-' + rdigits(4))
        return c
    if kind == 'no.fodselsnummer':
        from stdnum.no import fodselsnummer as f
        for _ in range(10000):
            b = dd + mm + yy + '%03d' % R.randint(0, 499 if d.year < 2000 else 999)
            try:
                b2 = b + f.calc_check_digit1(b)
                c = b2 + f.calc_check_digit2(b2)
                if f.is_valid(c):
                    return c
            except Exception:
                pass
            b = None
        raise RuntimeError
    if kind == 'is_.kennitala':
        c, m = _brute('is_.kennitala', lambda: dd + mm + yy + rdigits(2) + rdigits(1) + ('9' if d.year < 2000 else '0'))
        return c[:6] + '-' + c[6:]
    if kind == 'il.idnr':
        c, m = _brute('il.idnr', lambda: rdigits(9))
        return c
    if kind == 'in_.aadhaar':
        c, m = _brute('in_.aadhaar', lambda: str(R.randint(2, 9)) + rdigits(11))
        return c[:4] + ' ' + c[4:8] + ' ' + c[8:]
    if kind == 'jp.in_':
        c, m = _brute('jp.in_', lambda: rdigits(12))
        return c[:4] + ' ' + c[4:8] + ' ' + c[8:]
    if kind == 'cn.ric':
        c, m = _brute('cn.ric', lambda: R.choice(['110105', '310104', '440106', '510107', '330106']) + str(d.year) + mm + dd + rdigits(3) + R.choice('0123456789X'))
        return c
    if kind == 'kr.rrn':
        c, m = _brute('kr.rrn', lambda: yy + mm + dd + (R.choice('12') if d.year < 2000 else R.choice('34')) + rdigits(6))
        return c[:6] + '-' + c[6:]
    if kind == 'th.pin':
        c, m = _brute('th.pin', lambda: str(R.randint(1, 8)) + rdigits(12))
        return '%s-%s-%s-%s-%s' % (c[0], c[1:5], c[5:10], c[10:12], c[12])
    if kind == 'my.nric':
        c, m = _brute('my.nric', lambda: yy + mm + dd + R.choice(['14', '10', '08', '01', '07']) + rdigits(4))
        return c[:6] + '-' + c[6:8] + '-' + c[8:]
    if kind == 'ie.pps':
        c, m = _brute('ie.pps', lambda: rdigits(7) + R.choice(string.ascii_uppercase[:23]))
        return c
    if kind == 'id.nik':
        c, m = _brute('id.nik', lambda: R.choice(['3171', '3273', '3578', '3374']) + rdigits(2) + ('%02d' % (d.day + (40 if R.random() < .5 else 0))) + mm + yy + rdigits(4))
        return c
    if kind == 'br.cpf':
        c, m = _brute('br.cpf', lambda: rdigits(11))
        return '%s.%s.%s-%s' % (c[:3], c[3:6], c[6:9], c[9:])
    if kind == 'ke.pin':
        return 'A' + rdigits(9) + R.choice(string.ascii_uppercase)
    raise KeyError(kind)


# ---------------------------------------------------------------- look-alike numbers
def bad_card():
    return card(valid=False)


def a_uuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def a_sha():
    return hashlib.sha1(rdigits(20).encode()).hexdigest()[:R.choice([7, 12, 40])]


def ean13():
    b = R.choice(['400', '590', '800', '871', '730', '460', '869', '690', '480']) + rdigits(9)
    s = sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(b))
    return b + str((10 - s % 10) % 10)


def isbn13():
    b = '978' + R.choice(['3', '2', '84', '88', '83', '80', '91', '4', '7']) 
    b = b + rdigits(12 - len(b))
    s = sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(b))
    c = b + str((10 - s % 10) % 10)
    return '%s-%s-%s-%s' % (c[:3], c[3], c[4:8], c[8:]) if R.random() < .5 else c


def version4():
    return '%d.%d.%d.%d' % (R.choice([10, 11, 6, 4, 2, 124, 17]), R.randint(0, 3), R.randint(1000, 23000), R.randint(1, 4000))


def tracking():
    return R.choice([lambda: '1Z' + ''.join(R.choice(string.ascii_uppercase + string.digits) for _ in range(16)),
                     lambda: R.choice(['RR', 'LX', 'CP', 'RB', 'UA']) + rdigits(9) + R.choice(['DE', 'PL', 'FR', 'CN', 'NL', 'SE']),
                     lambda: '00' + rdigits(18),
                     lambda: 'JJD' + rdigits(15)])()


def order_no():
    return R.choice([lambda: '#' + rdigits(7), lambda: 'ORD-' + rdigits(6), lambda: rdigits(3) + '-' + rdigits(7) + '-' + rdigits(7),
                     lambda: 'A' + rdigits(9), lambda: R.choice(['BE', 'WO', 'SO']) + '-' + str(R.randint(2024, 2026)) + '-' + rdigits(5)])()


def invoice_no():
    return R.choice(['RE', 'INV', 'FV', 'FA', 'F']) + R.choice(['-', '/', '']) + str(R.randint(2024, 2026)) + R.choice(['-', '/']) + rdigits(R.choice([4, 5, 6]))


def sku():
    return ''.join(R.choice(string.ascii_uppercase) for _ in range(R.choice([2, 3]))) + '-' + rdigits(R.choice([4, 5])) + R.choice(['', '-' + R.choice(['BLK', 'XL', 'M', 'WHT', '42'])])


SLOTS = {
    'CARD': lambda ctx: card(),
    'BADCARD': lambda ctx: bad_card(),
    'IP4': lambda ctx: ip4(),
    'IP6': lambda ctx: ip6(),
    'UUID': lambda ctx: a_uuid(),
    'SHA': lambda ctx: a_sha(),
    'EAN': lambda ctx: ean13(),
    'ISBN': lambda ctx: isbn13(),
    'VER4': lambda ctx: version4(),
    'TRACK': lambda ctx: tracking(),
    'ORDER': lambda ctx: order_no(),
    'INV': lambda ctx: invoice_no(),
    'SKU': lambda ctx: sku(),
    'PH': lambda ctx: phone(ctx['region']),
    'PHI': lambda ctx: phone(ctx['region'], style=R.choice(['intl', 'e164', 'intl_dash'])),
    'PHN': lambda ctx: phone(ctx['region'], style=R.choice(['nat', 'nat_compact', 'nat_dash'])),
    'IBAN': lambda ctx: iban(ctx['iban']),
    'NID': lambda ctx: nid(ctx['nid']),
    'NIE': lambda ctx: nid('es.nie'),
    'SSN': lambda ctx: nid('us.ssn'),
    'CPF': lambda ctx: nid('br.cpf'),
}
