"""Helpers: deterministic random values, validated with phonenumbers / python-stdnum."""
import random, itertools, string, importlib
import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from stdnum import iban as _iban, luhn

R = random.Random(20261207)

def ph(region, intl=False, kind='mobile', nsn_tpl=None):
    """random valid phone number for region; derived from the library's example number with random trailing digits."""
    t = {'mobile': phonenumbers.PhoneNumberType.MOBILE, 'fixed': phonenumbers.PhoneNumberType.FIXED_LINE}[kind]
    ex = phonenumbers.example_number_for_type(region, t)
    nsn = str(ex.national_number)
    for _ in range(5000):
        keep = max(2, len(nsn) - 6)
        cand = nsn[:keep] + ''.join(R.choice(string.digits) for _ in range(len(nsn) - keep))
        if nsn_tpl: cand = ''.join(R.choice(string.digits) if c == 'D' else c for c in nsn_tpl)
        n = phonenumbers.parse('+%d%s' % (ex.country_code, cand))
        if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region and phonenumbers.number_type(n) in (t, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE) and cand != nsn:
            return phonenumbers.format_number(n, PNF.INTERNATIONAL if intl else PNF.NATIONAL)
    raise ValueError(region)

def ph_e164(region, kind='mobile'):
    s = ph(region, True, kind)
    return '+' + ''.join(c for c in s if c.isdigit())

# BBAN formats: n digits, a upper letters, c alnum (upper)
IBANFMT = {'DE': '18n', 'FR': '10n11n2n', 'ES': '20n', 'IT': '1a10n12n', 'NL': '4a10n', 'BE': '12n', 'AT': '16n',
 'PL': '24n', 'CZ': '20n', 'SK': '20n', 'SI': '15n', 'HR': '17n', 'HU': '24n', 'RO': '4a16n', 'BG': '4a6n8n',
 'GR': '7n16n', 'PT': '21n', 'IE': '4a14n', 'GB': '4a14n', 'MT': '4a5n18n', 'LT': '16n', 'LV': '4a13n', 'EE': '16n',
 'FI': '14n', 'SE': '20n', 'DK': '14n', 'TR': '5n1n16n', 'SA': '2n18n', 'AE': '3n16n', 'UA': '6n19n', 'RS': '18n',
 'IL': '19n', 'BR': '8n5n10n1a1c', 'CY': '8n16c', 'LU': '3n13c', 'EG': '25n'}

def _fill(fmt):
    import re
    out = ''
    for n, t in re.findall(r'(\d+)([nac])', fmt):
        for _ in range(int(n)):
            if t == 'n': out += R.choice(string.digits)
            elif t == 'a': out += R.choice(string.ascii_uppercase)
            else: out += R.choice(string.digits + string.digits + string.ascii_uppercase)
    return out

def iban(cc, grouped=True):
    for _ in range(1000):
        bban = _fill(IBANFMT[cc])
        if cc == 'BR': bban = bban[:-2] + 'C1'
        if cc == 'TR': bban = bban[:5] + '0' + bban[6:]
        chk = _iban.calc_check_digits(cc + '00' + bban)
        v = cc + chk + bban
        if _iban.is_valid(v):
            return _iban.format(v) if grouped else v
    raise ValueError(cc)

def card(prefix='4', length=16, sep=' '):
    body = prefix + ''.join(R.choice(string.digits) for _ in range(length - len(prefix) - 1))
    num = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(num)
    if sep is None: return num
    if length == 15: parts = [num[:4], num[4:10], num[10:]]
    else: parts = [num[i:i+4] for i in range(0, len(num), 4)]
    return sep.join(parts)

def bad_luhn(length=16, prefix='', sep=''):
    while True:
        num = prefix + ''.join(R.choice(string.digits) for _ in range(length - len(prefix)))
        if not luhn.is_valid(num) and num[0] != '0': break
    if not sep: return num
    return sep.join(num[i:i+4] for i in range(0, len(num), 4))

def nid(mod, template, charset=string.digits, fmt=None):
    """template: 'D' random digit, '?' brute-forced from charset, other chars literal."""
    m = importlib.import_module('stdnum.' + mod)
    q = template.count('?')
    for _ in range(3000):
        base = ''.join(R.choice(string.digits) if c == 'D' else c for c in template)
        opts = list(itertools.product(charset, repeat=q))
        R.shuffle(opts)
        for combo in opts:
            it = iter(combo)
            v = ''.join(next(it) if c == '?' else c for c in base)
            try:
                if m.is_valid(v):
                    return fmt(v) if fmt else v
            except Exception:
                pass
    raise ValueError(mod + template)

def ip4(doc=True):
    if doc:
        return R.choice(['192.0.2.', '198.51.100.', '203.0.113.']) + str(R.randint(2, 250))
    return '%d.%d.%d.%d' % (R.choice([31, 46, 78, 85, 91, 94, 109, 151, 176, 185, 212, 217]), R.randint(1, 254), R.randint(0, 254), R.randint(2, 254))

def ip6():
    return '2001:db8:%x:%x::%x' % (R.randint(1, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xfff))
