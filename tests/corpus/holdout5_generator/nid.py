"""National-id and passport makers per language (checksum-valid via python-stdnum where it has the scheme)."""
import re, datetime
from values import R, brute, digits, rdate
from stdnum import luhn
from stdnum.bg import egn
from stdnum.cz import rc as czrc
from stdnum.dk import cpr
from stdnum.de import idnr
from stdnum.gr import amka
from stdnum.us import ssn
from stdnum.es import dni, nie
from stdnum.ee import ik
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.ie import pps
from stdnum.hr import oib
from stdnum.it import codicefiscale
from stdnum.lt import asmens
from stdnum.lv import pvn
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.pt import nif as ptnif
from stdnum.ro import cnp
from stdnum.sk import rc as skrc
from stdnum.si import emso
from stdnum.se import personnummer
from stdnum.ru import inn
from stdnum.ua import rntrc
from stdnum.tr import tckimlik
from stdnum.in_ import aadhaar, pan
from stdnum.cn import ric
from stdnum.jp import in_ as mynumber
from stdnum.kr import rrn
from stdnum.br import cpf
from stdnum.mx import curp
from stdnum.il import idnr as ilid
from stdnum.th import pin
from stdnum.id import nik

L = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'

def d6(d, order='dmy'):
    return d.strftime('%d%m%y') if order == 'dmy' else d.strftime('%y%m%d')

# --- own checks for schemes python-stdnum lacks ---
def nino_ok(s):
    s = s.replace(' ', '')
    return bool(re.fullmatch(r'[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]', s)) and s[:2] not in ('BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ')

def taj_ok(s):
    s = s.replace(' ', '').replace('-', '')
    if not re.fullmatch(r'\d{9}', s):
        return False
    return sum(int(c) * (3 if i % 2 == 0 else 7) for i, c in enumerate(s[:8])) % 10 == int(s[8])

def mt_ok(s):
    return bool(re.fullmatch(r'\d{1,7}[MGAPLHBZ]', s))

def iran_ok(s):
    s = s.replace('-', '')
    if not re.fullmatch(r'\d{10}', s) or len(set(s)) == 1:
        return False
    r = sum(int(s[i]) * (10 - i) for i in range(9)) % 11
    return int(s[9]) == (r if r < 2 else 11 - r)

def jmbg_ok(s):
    if not re.fullmatch(r'\d{13}', s):
        return False
    a = [int(c) for c in s]
    m = 11 - ((7 * (a[0] + a[6]) + 6 * (a[1] + a[7]) + 5 * (a[2] + a[8]) + 4 * (a[3] + a[9]) + 3 * (a[4] + a[10]) + 2 * (a[5] + a[11])) % 11)
    if m == 10:
        return False
    return a[12] == (0 if m == 11 else m)

def saudi_ok(s):
    return bool(re.fullmatch(r'[12]\d{9}', s)) and luhn.is_valid(s)

def cccd_ok(s):  # Vietnam citizen id: 12 digits, province code + century/sex + yy
    return bool(re.fullmatch(r'0\d{2}[0-3]\d{8}', s))

def _nino():
    return brute(lambda: R.choice('ABCEHJKLMNPRSTWXYZ') + R.choice('ABCEHJKLMNPRSTWXYZ') + digits(6) + R.choice('ABCD'), nino_ok)

def fmt_nino(s):
    return '%s %s %s %s %s' % (s[:2], s[2:4], s[4:6], s[6:8], s[8])

def _cf():
    cons = 'BCDFGHLMNPRSTVZ'
    def make():
        d = rdate(1955, 2003)
        day = d.day + (40 if R.random() < 0.5 else 0)
        body = ''.join(R.choice(cons) for _ in range(3)) + ''.join(R.choice(cons + 'AEIO') for _ in range(3)) + \
            d.strftime('%y') + 'ABCDEHLMPRST'[d.month - 1] + '%02d' % day + R.choice('ABCDEFGHLM') + digits(3)
        return body + codicefiscale.calc_check_digit(body)
    return brute(make, codicefiscale.is_valid)

def _cn():
    def make():
        d = rdate(1960, 2003)
        body = R.choice(['110105', '310104', '440106', '510107', '330106']) + d.strftime('%Y%m%d') + digits(3)
        return body + ric.calc_check_digit(body)
    return brute(make, ric.is_valid)

def _curp():
    def make():
        d = rdate(1960, 2003)
        body = R.choice('GHLMPRS') + R.choice('AEIOU') + R.choice('ABGHLMRST') + R.choice('ACEFJLMR') + d.strftime('%y%m%d') + \
            R.choice('HM') + R.choice(['DF', 'JC', 'NL', 'PL', 'VZ', 'MC']) + ''.join(R.choice('BCDFGHLMNRSTZ') for _ in range(3)) + '0'
        return body + curp.calc_check_digit(body)
    return brute(make, curp.is_valid)

def _jmbg():
    def make():
        d = rdate(1955, 2003)
        return d.strftime('%d%m') + d.strftime('%Y')[1:] + R.choice(['71', '80', '73']) + digits(4)
    return brute(make, jmbg_ok)

def _date_based(fmt, valid, extra):
    def make():
        d = rdate(1955, 2003)
        return fmt(d) + digits(extra)
    return brute(make, valid)

# lang -> (maker returning the string as written, validator on the written string, label)
def make_nid(lang):
    if lang == 'bg':
        return _date_based(lambda d: d6(d, 'ymd'), egn.is_valid, 4)
    if lang == 'cs':
        s = brute(lambda: (lambda d: d.strftime('%y') + '%02d' % (d.month + R.choice([0, 50])) + d.strftime('%d'))(rdate(1955, 2003)) + digits(4), czrc.is_valid)
        return s[:6] + '/' + s[6:]
    if lang == 'sk':
        s = brute(lambda: (lambda d: d.strftime('%y') + '%02d' % (d.month + R.choice([0, 50])) + d.strftime('%d'))(rdate(1955, 2003)) + digits(4), skrc.is_valid)
        return s[:6] + '/' + s[6:]
    if lang == 'da':
        s = _date_based(lambda d: d6(d, 'dmy'), cpr.is_valid, 4)
        return s[:6] + '-' + s[6:]
    if lang == 'de':
        return brute(lambda: str(R.randint(1, 9)) + digits(10), idnr.is_valid)
    if lang == 'el':
        return _date_based(lambda d: d6(d, 'dmy'), amka.is_valid, 5)
    if lang == 'en':
        return fmt_nino(_nino())
    if lang == 'en-US':
        s = brute(lambda: '%03d%02d%04d' % (R.randint(100, 665), R.randint(1, 99), R.randint(1, 9999)), ssn.is_valid)
        return s[:3] + '-' + s[3:5] + '-' + s[5:]
    if lang == 'es':
        return brute(lambda: (lambda n: n + dni.calc_check_digit(n))(digits(8)), dni.is_valid)
    if lang == 'es-nie':
        return brute(lambda: (lambda n: n + nie.calc_check_digit(n))(R.choice('XYZ') + digits(7)), nie.is_valid)
    if lang == 'et':
        return brute(lambda: (lambda d: R.choice('3456'[:2] if d.year < 2000 else '56') + d6(d, 'ymd'))(rdate(1955, 2003)) + digits(4), ik.is_valid)
    if lang == 'fi':
        s = brute(lambda: (lambda d: d6(d, 'dmy') + ('-' if d.year < 2000 else 'A'))(rdate(1955, 2003)) + digits(3) + R.choice('0123456789ABCDEFHJKLMNPRSTUVWXY'), hetu.is_valid)
        return s
    if lang == 'fr':
        s = brute(lambda: (lambda d: R.choice('12') + d.strftime('%y%m'))(rdate(1955, 2003)) + R.choice(['75', '69', '13', '33', '59', '44']) + digits(6) + digits(2), nir.is_valid)
        return '%s %s %s %s %s %s %s' % (s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:])
    if lang == 'ga':
        return brute(lambda: digits(7) + R.choice(L[:23]), pps.is_valid)
    if lang == 'hr':
        return brute(lambda: str(R.randint(1, 9)) + digits(10), oib.is_valid)
    if lang == 'hu':
        s = brute(lambda: str(R.randint(0, 1)) + digits(8), taj_ok)
        return s[:3] + ' ' + s[3:6] + ' ' + s[6:]
    if lang == 'it':
        return _cf()
    if lang == 'lt':
        return brute(lambda: (lambda d: R.choice('34' if d.year < 2000 else '56') + d6(d, 'ymd'))(rdate(1955, 2003)) + digits(4), asmens.is_valid)
    if lang == 'lv':
        s = brute(lambda: (lambda d: d6(d, 'dmy') + ('1' if d.year < 2000 else '2'))(rdate(1955, 2003)) + digits(4), lambda x: pvn.is_valid(x))
        return s[:6] + '-' + s[6:]
    if lang == 'mt':
        return brute(lambda: str(R.randint(1, 9)) + digits(R.randint(4, 6)) + R.choice('MG'), mt_ok)
    if lang == 'nl':
        return brute(lambda: str(R.randint(1, 6)) + digits(8), bsn.is_valid)
    if lang == 'pl':
        return brute(lambda: (lambda d: d.strftime('%y') + '%02d' % (d.month + (20 if d.year >= 2000 else 0)) + d.strftime('%d'))(rdate(1955, 2003)) + digits(5), pesel.is_valid)
    if lang == 'pt':
        s = brute(lambda: R.choice('123') + digits(8), ptnif.is_valid)
        return s[:3] + ' ' + s[3:6] + ' ' + s[6:]
    if lang == 'ro':
        return brute(lambda: (lambda d: R.choice('12' if d.year < 2000 else '56') + d6(d, 'ymd'))(rdate(1955, 2003)) + R.choice(['40', '12', '22', '35', '04']) + digits(4), cnp.is_valid)
    if lang == 'sl':
        return brute(lambda: (lambda d: d.strftime('%d%m') + d.strftime('%Y')[1:])(rdate(1955, 2003)) + '50' + digits(4), emso.is_valid)
    if lang == 'sv':
        s = brute(lambda: (lambda d: d.strftime('%Y%m%d'))(rdate(1955, 2003)) + digits(4), personnummer.is_valid)
        return s[:8] + '-' + s[8:]
    if lang == 'ru':
        return brute(lambda: R.choice(['77', '78', '50', '66', '16']) + digits(10), lambda x: inn.is_valid(x) and len(x) == 12)
    if lang == 'uk':
        return brute(lambda: str(R.randint(2, 3)) + digits(9), rntrc.is_valid)
    if lang == 'tr':
        return brute(lambda: str(R.randint(1, 9)) + digits(10), tckimlik.is_valid)
    if lang == 'ar':
        return brute(lambda: '1' + digits(9), saudi_ok)
    if lang == 'hi':
        s = brute(lambda: str(R.randint(2, 9)) + digits(11), aadhaar.is_valid)
        return s[:4] + ' ' + s[4:8] + ' ' + s[8:]
    if lang == 'hi-pan':
        return brute(lambda: ''.join(R.choice(L) for _ in range(3)) + 'P' + R.choice(L) + digits(4) + R.choice(L), pan.is_valid)
    if lang == 'zh':
        return _cn()
    if lang == 'ja':
        s = brute(lambda: digits(12), mynumber.is_valid)
        return s[:4] + ' ' + s[4:8] + ' ' + s[8:]
    if lang == 'ko':
        s = brute(lambda: d6(rdate(1955, 1999), 'ymd') + R.choice('12') + digits(6), rrn.is_valid)
        return s[:6] + '-' + s[6:]
    if lang == 'pt-BR':
        s = brute(lambda: digits(11), cpf.is_valid)
        return '%s.%s.%s-%s' % (s[:3], s[3:6], s[6:9], s[9:])
    if lang == 'es-MX':
        return _curp()
    if lang == 'he':
        return brute(lambda: str(R.randint(0, 3)) + digits(8), ilid.is_valid)
    if lang == 'th':
        s = brute(lambda: str(R.randint(1, 3)) + digits(12), pin.is_valid)
        return '%s-%s-%s-%s-%s' % (s[0], s[1:5], s[5:10], s[10:12], s[12])
    if lang == 'fa':
        s = brute(lambda: '00' + digits(8), iran_ok)
        return s[:3] + '-' + s[3:9] + '-' + s[9]
    if lang == 'sr':
        return _jmbg()
    if lang == 'id':
        return brute(lambda: R.choice(['3171', '3273', '3578', '5171']) + R.choice(['01', '02', '05', '07']) + (lambda d: '%02d%s' % (d.day + R.choice([0, 40]), d.strftime('%m%y')))(rdate(1960, 2003)) + '%04d' % R.randint(1, 999), nik.is_valid)
    if lang == 'vi':
        return brute(lambda: R.choice(['001', '079', '048', '031']) + R.choice('0123') + digits(2) + digits(6), cccd_ok)
    raise KeyError(lang)

def nid_valid(lang, s):
    c = s
    f = {
        'bg': egn.is_valid, 'cs': czrc.is_valid, 'sk': skrc.is_valid, 'da': cpr.is_valid, 'de': idnr.is_valid,
        'el': amka.is_valid, 'en': nino_ok, 'en-US': ssn.is_valid, 'es': dni.is_valid, 'es-nie': nie.is_valid,
        'et': ik.is_valid, 'fi': hetu.is_valid, 'fr': nir.is_valid, 'ga': pps.is_valid, 'hr': oib.is_valid,
        'hu': taj_ok, 'it': codicefiscale.is_valid, 'lt': asmens.is_valid, 'lv': pvn.is_valid, 'mt': mt_ok,
        'nl': bsn.is_valid, 'pl': pesel.is_valid, 'pt': ptnif.is_valid, 'ro': cnp.is_valid, 'sl': emso.is_valid,
        'sv': personnummer.is_valid, 'ru': inn.is_valid, 'uk': rntrc.is_valid, 'tr': tckimlik.is_valid,
        'ar': saudi_ok, 'hi': aadhaar.is_valid, 'hi-pan': pan.is_valid, 'zh': ric.is_valid, 'ja': mynumber.is_valid,
        'ko': rrn.is_valid, 'pt-BR': cpf.is_valid, 'es-MX': curp.is_valid, 'he': ilid.is_valid, 'th': pin.is_valid,
        'fa': iran_ok, 'sr': jmbg_ok, 'id': nik.is_valid, 'vi': cccd_ok,
    }[lang]
    return bool(f(c))

ALL = ['bg', 'cs', 'sk', 'da', 'de', 'el', 'en', 'en-US', 'es', 'es-nie', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt',
       'ro', 'sl', 'sv', 'ru', 'uk', 'tr', 'ar', 'hi', 'hi-pan', 'zh', 'ja', 'ko', 'pt-BR', 'es-MX', 'he', 'th', 'fa', 'sr', 'id', 'vi']

def passport(pattern):
    """pattern: 'A' = capital letter, '9' = digit, 'X' = letter-or-digit (no vowels/ambiguous), others literal."""
    out = ''
    for ch in pattern:
        if ch == 'A':
            out += R.choice('ABCDEFGHJKLMNPRSTUVWXYZ')
        elif ch == '9':
            out += R.choice('0123456789')
        elif ch == 'X':
            out += R.choice('CFGHJKLMNPRTVWXYZ0123456789')
        else:
            out += ch
    return out
