"""Synthetic value makers for holdout5 (seeded; checksum-valid via python-stdnum, phones via phonenumbers)."""
import random, re, uuid, hashlib, datetime
import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF, PhoneNumberType as PNT
from stdnum import iban as std_iban, luhn, isbn as std_isbn, ean as std_ean
from stdnum.iban import _ibandb  # country BBAN structures

R = random.Random(20261207)

def seed(s):
    R.seed(s)

# ---------------- phones ----------------
def phone(region, mobile=True):
    """Random number valid for region (and of the wanted type), returns phonenumbers object."""
    t = PNT.MOBILE if mobile else PNT.FIXED_LINE
    ex = phonenumbers.example_number_for_type(region, t) or phonenumbers.example_number(region)
    nsn = str(ex.national_number)
    for attempt in range(40000):
        keep = R.randint(1, 3)
        cand = nsn[:keep] + ''.join(R.choice('0123456789') for _ in range(len(nsn) - keep))
        if cand == nsn:
            continue
        p = phonenumbers.parse('+%d%s' % (ex.country_code, cand))
        if phonenumbers.is_valid_number(p) and phonenumbers.region_code_for_number(p) == region:
            nt = phonenumbers.number_type(p)
            if nt == t or (attempt > 20000 and nt == PNT.FIXED_LINE_OR_MOBILE):
                return p
    raise RuntimeError('no phone for ' + region)

def fmt_phone(p, style):
    if style == 'intl':
        return phonenumbers.format_number(p, PNF.INTERNATIONAL)
    if style == 'nat':
        return phonenumbers.format_number(p, PNF.NATIONAL)
    if style == 'e164':
        return phonenumbers.format_number(p, PNF.E164)
    if style == 'natplain':
        return re.sub(r'[^0-9]', '', phonenumbers.format_number(p, PNF.NATIONAL))
    if style == 'nsn':
        return phonenumbers.national_significant_number(p)
    if style == 'intldash':
        return phonenumbers.format_number(p, PNF.INTERNATIONAL).replace(' ', '-')
    if style == 'natdash':
        return re.sub(r'[ ]', '-', phonenumbers.format_number(p, PNF.NATIONAL))
    raise ValueError(style)

# ---------------- cards ----------------
def _luhn_complete(prefix, length):
    body = prefix + ''.join(R.choice('0123456789') for _ in range(length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)

def card(kind='visa'):
    if kind == 'visa':
        return _luhn_complete('4' + str(R.randint(10000, 99999)), 16)
    if kind == 'mc':
        return _luhn_complete(str(R.randint(51, 55)) + str(R.randint(1000, 9999)), 16)
    if kind == 'mc2':
        return _luhn_complete(str(R.randint(2221, 2720)), 16)
    if kind == 'amex':
        return _luhn_complete(R.choice(['34', '37']), 15)
    if kind == 'visa13':
        return _luhn_complete('4', 13)
    if kind == 'maestro19':
        return _luhn_complete('6759', 19)
    if kind == 'unionpay':
        return _luhn_complete('62' + str(R.randint(1000, 9999)), 16)
    if kind == 'jcb':
        return _luhn_complete('35' + str(R.randint(28, 89)), 16)
    if kind == 'diners':
        return _luhn_complete('36', 14)
    if kind == 'mir':
        return _luhn_complete('220' + str(R.randint(0, 4)), 16)
    raise ValueError(kind)

def group_card(n, sep=' '):
    if len(n) == 15:
        return n[:4] + sep + n[4:10] + sep + n[10:]
    if len(n) == 14:
        return n[:4] + sep + n[4:10] + sep + n[10:]
    return sep.join(n[i:i + 4] for i in range(0, len(n), 4))

def luhn_bad(n=16):
    while True:
        s = ''.join(R.choice('0123456789') for _ in range(n))
        if s[0] != '0' and not luhn.is_valid(s):
            return s

# ---------------- IBAN ----------------
def iban(cc):
    spec = _ibandb.info(cc)[0][1]['bban']
    parts = re.findall(r'(\d+)!([nac])', spec)
    for _ in range(200000):
        b = ''
        for n, t in parts:
            alph = '0123456789' if t in 'nc' else 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
            b += ''.join(R.choice(alph) for _ in range(int(n)))
        num = cc + std_iban.calc_check_digits(cc + '00' + b) + b
        if std_iban.is_valid(num):
            return num
    raise RuntimeError(cc)

def fmt_iban(n, grouped=True):
    return std_iban.format(n) if grouped else n

# ---------------- network ----------------
def ip4():
    c = R.random()
    if c < 0.5:
        base = R.choice(['192.0.2', '198.51.100', '203.0.113'])
        return '%s.%d' % (base, R.randint(2, 254))
    while True:
        a = R.choice([31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 93, 94, 95, 109, 141, 151, 176, 178, 185, 188, 212, 213, 217])
        return '%d.%d.%d.%d' % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))

def ip6(full=False):
    if R.random() < 0.6:
        groups = ['2001', 'db8'] + ['%x' % R.randint(0, 0xffff) for _ in range(6)]
    else:
        groups = ['2a0%x' % R.randint(1, 9), '%x' % R.randint(0x1000, 0xffff)] + ['%x' % R.randint(0, 0xffff) for _ in range(6)]
    if not full and R.random() < 0.5:
        return ':'.join(groups[:4]) + '::' + ':'.join(groups[6:])
    return ':'.join(groups)

# ---------------- look-alike helpers ----------------
def a_uuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))

def a_hash(n=40):
    return hashlib.sha256(str(R.random()).encode()).hexdigest()[:n]

def a_isbn13():
    body = '978' + str(R.randint(0, 9)) + ''.join(R.choice('0123456789') for _ in range(8))
    return body + std_ean.calc_check_digit(body)

def fmt_isbn(n):
    return std_isbn.format(n)

def a_ean13(prefix=None):
    body = (prefix or str(R.randint(300, 899))) + ''.join(R.choice('0123456789') for _ in range(9 if not prefix else 12 - len(prefix)))
    body = body[:12]
    return body + std_ean.calc_check_digit(body)

# ---------------- generic brute force ----------------
def brute(make, valid, tries=500000):
    for _ in range(tries):
        c = make()
        try:
            if valid(c):
                return c
        except Exception:
            pass
    raise RuntimeError('brute failed')

def digits(n):
    return ''.join(R.choice('0123456789') for _ in range(n))

def rdate(y0=1950, y1=2004):
    d = datetime.date(y0, 1, 1) + datetime.timedelta(days=R.randint(0, (y1 - y0) * 365))
    return d
