#!/usr/bin/env python3
"""Generate holdout4.jsonl deterministically (seeded). Written blind, 2026-12-07.
Values: python-stdnum (national IDs), phonenumbers (phones), schwifty (IBANs), Babel (dates in words),
`names` package (some English names); all other names/addresses/sentences invented by hand."""
import json, random, datetime, string, unicodedata, hashlib, importlib, sys, collections
import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF, PhoneNumberType as PNT
from schwifty import IBAN
from babel.dates import format_date
import names as en_names
import random

R = random.Random(20261207)
SRC = "holdout4 (helper, written blind 2026-12-07; values from %s)"

def digits(n, first_nonzero=False):
    s = ''.join(R.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == '0':
        s = str(R.randint(1, 9)) + s[1:]
    return s

def rdate(y0=1950, y1=2004):
    d0 = datetime.date(y0, 1, 1).toordinal(); d1 = datetime.date(y1, 12, 28).toordinal()
    return datetime.date.fromordinal(R.randint(d0, d1))

def sd(mod):
    return importlib.import_module('stdnum.' + mod)

def loop_valid(mod, cand, fmt=False):
    m = sd(mod)
    for _ in range(200000):
        c = cand()
        try:
            if m.is_valid(c):
                return m.format(c) if (fmt and hasattr(m, 'format')) else c
        except Exception:
            pass
    raise RuntimeError(mod)

def ymd(d, y2=True):
    return (d.strftime('%y') if y2 else d.strftime('%Y')), d.strftime('%m'), d.strftime('%d')

# ---------------- national IDs ----------------
def nid_it():
    m = sd('it.codicefiscale'); d = rdate()
    cons = 'BCDFGHLMNPRSTVZ'
    s = ''.join(R.choice(cons) for _ in range(3)) + ''.join(R.choice(cons) for _ in range(2)) + R.choice('AEIOU')
    day = d.day + (40 if R.random() < .5 else 0)
    s += d.strftime('%y') + 'ABCDEHLMPRST'[d.month - 1] + '%02d' % day + R.choice(['H501', 'F205', 'A944', 'L219', 'G273', 'D612'])
    s += m.calc_check_digit(s)
    assert m.is_valid(s); return s
def nid_es():
    if R.random() < .6:
        n = digits(8); s = n + sd('es.dni').calc_check_digit(n); assert sd('es.dni').is_valid(s); return s
    return loop_valid('es.nie', lambda: R.choice('XYZ') + digits(7) + R.choice('TRWAGMYFPDXBNJZSQVHLCKE'))
def nid_nl(): return loop_valid('nl.bsn', lambda: digits(9, True))
def nid_pl():
    def c():
        d = rdate(1950, 2008); mm = d.month + (20 if d.year >= 2000 else 0)
        return d.strftime('%y') + '%02d' % mm + d.strftime('%d') + digits(5)
    return loop_valid('pl.pesel', c)
def nid_se():
    def c():
        d = rdate(); return d.strftime('%y%m%d') + R.choice('-+'[:1]) + digits(4)
    return loop_valid('se.personnummer', c)
def nid_tr():
    return loop_valid('tr.tckimlik', lambda: digits(11, True))
def nid_br():
    m = sd('br.cpf'); s = loop_valid('br.cpf', lambda: digits(11))
    return m.format(s) if R.random() < .7 else s
def nid_in(): return loop_valid('in_.aadhaar', lambda: str(R.randint(2, 9)) + digits(11), fmt=R.random() < .7)
def nid_us():
    def c():
        a = R.randint(1, 899)
        if a == 666: a = 667
        return '%03d-%02d-%04d' % (a, R.randint(1, 99), R.randint(1, 9999))
    return loop_valid('us.ssn', c)
def nid_gb():
    p = R.choice(['JT', 'NP', 'SK', 'WL', 'AB', 'CE', 'HR', 'PX', 'YH', 'ZR'])
    n = digits(6); s = R.choice('ABCD')
    return R.choice([p + n + s, '%s %s %s %s %s' % (p, n[:2], n[2:4], n[4:], s)])
def nid_ro():
    def c():
        d = rdate(); g = R.choice('12') if d.year < 2000 else R.choice('56')
        return g + d.strftime('%y%m%d') + '%02d' % R.randint(1, 46) + digits(4)
    return loop_valid('ro.cnp', c)
def nid_bg():
    def c():
        d = rdate(1950, 1999); return d.strftime('%y%m%d') + digits(4)
    return loop_valid('bg.egn', c)
def nid_hr():
    return loop_valid('hr.oib', lambda: digits(11, True))
def nid_dk():
    def c():
        d = rdate(); return d.strftime('%d%m%y') + '-' + digits(4)
    return loop_valid('dk.cpr', c)
def nid_no():
    def c():
        d = rdate(); return d.strftime('%d%m%y') + digits(5)
    return loop_valid('no.fodselsnummer', c)
def nid_fi():
    def c():
        d = rdate(); sep = '-' if d.year < 2000 else 'A'
        return d.strftime('%d%m%y') + sep + '%03d' % R.randint(2, 899) + R.choice('0123456789ABCDEFHJKLMNPRSTUVWXY')
    return loop_valid('fi.hetu', c)
def _baltic(mod):
    def c():
        d = rdate(); g = R.choice('34') if d.year < 2000 else R.choice('56')
        return g + d.strftime('%y%m%d') + digits(4)
    return loop_valid(mod, c)
def nid_ee(): return _baltic('ee.ik')
def nid_lt(): return _baltic('lt.asmens')
def nid_lv():
    def c():
        d = rdate(1950, 1999); return d.strftime('%d%m%y') + '-' + R.choice('01') + digits(4)
    return loop_valid('lv.pvn', c)
def _rc(mod):
    def c():
        d = rdate(1955, 2004); mm = d.month + (50 if R.random() < .5 else 0)
        return d.strftime('%y') + '%02d' % mm + d.strftime('%d') + '/' + digits(4)
    return loop_valid(mod, c)
def nid_cz(): return _rc('cz.rc')
def nid_sk(): return _rc('sk.rc')
def nid_si():
    def c():
        d = rdate(); return d.strftime('%d%m') + str(d.year)[1:] + '50' + digits(4)
    return loop_valid('si.emso', c)
def nid_gr():
    def c():
        d = rdate(); return d.strftime('%d%m%y') + digits(5)
    return loop_valid('gr.amka', c)
def nid_be():
    def c():
        d = rdate(1950, 1999); return d.strftime('%y%m%d') + digits(5)
    return loop_valid('be.nn', c, fmt=R.random() < .7)
def nid_fr():
    def c():
        d = rdate(); return R.choice('12') + d.strftime('%y%m') + '%02d' % R.randint(1, 95) + digits(6) + digits(2)
    v = loop_valid('fr.nir', c)
    return v if R.random() < .5 else sd('fr.nir').format(v)
def nid_de(): return loop_valid('de.idnr', lambda: digits(11, True), fmt=R.random() < .5)
def nid_at():
    def c():
        d = rdate(); return digits(4, True) + d.strftime('%d%m%y')
    v = loop_valid('at.vnr', c); return v if R.random() < .5 else v[:4] + ' ' + v[4:]
def nid_ch(): return loop_valid('ch.ssn', lambda: '756' + digits(10), fmt=True)
def nid_is():
    def c():
        d = rdate(1950, 1999); return d.strftime('%d%m%y') + digits(3) + '9'
    v = loop_valid('is_.kennitala', c); return v[:6] + '-' + v[6:]
def nid_ie(): return loop_valid('ie.pps', lambda: digits(7) + R.choice(string.ascii_uppercase[:23]))
def nid_cn():
    def c():
        d = rdate(); return R.choice(['110105', '310104', '440305', '510107', '330106']) + d.strftime('%Y%m%d') + digits(3) + R.choice(string.digits + 'X')
    return loop_valid('cn.ric', c)
def nid_kr():
    def c():
        d = rdate(1950, 1999); return d.strftime('%y%m%d') + R.choice('12') + digits(6)
    return loop_valid('kr.rrn', c, fmt=True)
def nid_jp(): return loop_valid('jp.in_', lambda: digits(12, True), fmt=R.random() < .5)
def nid_th(): return loop_valid('th.pin', lambda: str(R.randint(1, 8)) + digits(12), fmt=R.random() < .5)
def nid_id():
    def c():
        d = rdate(); dd = d.day + (40 if R.random() < .5 else 0)
        return R.choice(['3174', '3273', '3578', '5171', '1271']) + '%02d' % R.randint(1, 30) + '%02d' % dd + d.strftime('%m%y') + digits(4)
    return loop_valid('id.nik', c)
def nid_my():
    def c():
        d = rdate(); return d.strftime('%y%m%d') + '-' + R.choice(['14', '10', '08', '01', '07']) + '-' + digits(4)
    return loop_valid('my.nric', c)
def nid_mx():
    m = sd('mx.curp')
    for _ in range(100000):
        d = rdate(1950, 1999)
        s = (R.choice('GMRLHS') + R.choice('AEIOU') + R.choice('GMRLHSTP') + R.choice('AJMLR') + d.strftime('%y%m%d')
             + R.choice('HM') + R.choice(['DF', 'JC', 'NL', 'PL', 'VZ', 'MC']) + ''.join(R.choice('BCDFGHLMNPRSTVZ') for _ in range(3)) + '0')
        s += m.calc_check_digit(s)
        try:
            if m.is_valid(s): return s
        except Exception: pass
def nid_ar():
    if R.random() < .5:
        n = str(R.randint(20000000, 45999999)); return '%s.%s.%s' % (n[:2], n[2:5], n[5:])
    return loop_valid('ar.cuit', lambda: R.choice(['20', '27', '23']) + digits(8) + digits(1), fmt=True)
def nid_co():
    n = str(R.randint(10000000, 1099999999)); return n if R.random() < .5 else '{:,}'.format(int(n)).replace(',', '.')
def nid_ca(): return loop_valid('ca.sin', lambda: R.choice('12345679') + digits(8), fmt=True)
def nid_au(): return loop_valid('au.tfn', lambda: digits(9, True), fmt=True)
def nid_il(): return loop_valid('il.idnr', lambda: digits(9, True))
def nid_ru(): return loop_valid('ru.inn', lambda: R.choice(['77', '78', '50', '54', '66']) + digits(10))
def nid_ua(): return loop_valid('ua.rntrc', lambda: digits(10, True))
def nid_pk(): return loop_valid('pk.cnic', lambda: R.choice(['35202', '42101', '61101', '37405']) + digits(7) + digits(1), fmt=True)
def nid_pt(): return loop_valid('pt.nif', lambda: R.choice('12') + digits(8))
def nid_hu():
    for _ in range(1000):
        d = rdate(); n = '8' + '%05d' % (d - datetime.date(1867, 1, 1)).days + digits(3)
        c = sum(int(x) * (i + 1) for i, x in enumerate(n)) % 11
        if c < 10: return n + str(c)
def _jmbg(regions):
    for _ in range(1000):
        d = rdate(); s = d.strftime('%d%m') + str(d.year)[1:] + R.choice(regions) + digits(3)
        a = [int(x) for x in s]
        k = 11 - ((7 * (a[0] + a[6]) + 6 * (a[1] + a[7]) + 5 * (a[2] + a[8]) + 4 * (a[3] + a[9]) + 3 * (a[4] + a[10]) + 2 * (a[5] + a[11])) % 11)
        if k == 11: k = 0
        if k == 10: continue
        return s + str(k)
def nid_rs(): return _jmbg(['71', '72', '80', '85'])
def nid_ba(): return _jmbg(['10', '17', '18', '19'])
def nid_mk(): return _jmbg(['41', '45', '48'])
def nid_ir():
    for _ in range(1000):
        s = digits(9, True); r = sum(int(s[i]) * (10 - i) for i in range(9)) % 11
        c = r if r < 2 else 11 - r
        v = s + str(c)
        if len(set(v)) > 1: return v if R.random() < .6 else '%s-%s-%s' % (v[:3], v[3:9], v[9])
def nid_kz():
    for _ in range(1000):
        d = rdate(); g = R.choice('34') if d.year < 2000 else R.choice('56')
        s = d.strftime('%y%m%d') + g + digits(4); a = [int(x) for x in s]
        c = sum(a[i] * (i + 1) for i in range(11)) % 11
        if c == 10:
            c = sum(a[i] * ((i + 2) if i < 9 else (i - 8)) for i in range(11)) % 11
            if c == 10: continue
        return s + str(c)
def _luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2: d = d * 2 - 9 if d > 4 else d * 2
        t += d
    return t % 10 == 0
def _luhn_complete(p):
    for c in '0123456789':
        if _luhn_ok(p + c): return p + c
def nid_sa(): return _luhn_complete(R.choice('12') + digits(8))
def nid_tw():
    vals = dict(zip('ABCDEFGHJKLMNPQRSTUVXYWZIO', range(10, 36)))
    for _ in range(1000):
        L = R.choice('ABFHEK'); s = R.choice('12') + digits(7); v = vals[L]
        tot = v // 10 + (v % 10) * 9 + sum(int(x) * w for x, w in zip(s, [8, 7, 6, 5, 4, 3, 2, 1]))
        c = (10 - tot % 10) % 10
        return L + s + str(c)
def nid_vn(): return R.choice(['001', '079', '031', '048']) + R.choice('0123') + digits(2) + digits(6)
def nid_bd(): return digits(10, True)
def nid_mt(): return digits(R.choice([6, 7]), True) + R.choice('MGAPLHBZ')
def nid_al():
    return R.choice('IJ') + digits(8) + R.choice(string.ascii_uppercase)
NID = {k[4:]: v for k, v in globals().items() if k.startswith('nid_')}

# ---------------- phones, cards, IP, IBAN ----------------
def phone(region, typ=None):
    for _ in range(500):
        t = typ or R.choice([PNT.MOBILE, PNT.MOBILE, PNT.FIXED_LINE])
        ex = phonenumbers.example_number_for_type(region, t) or phonenumbers.example_number_for_type(region, PNT.MOBILE)
        s = str(ex.national_number); k = min(4, len(s) - 3)
        s = s[:-k] + digits(k)
        n = phonenumbers.parse('+' + str(ex.country_code) + s, None)
        if getattr(ex, 'italian_leading_zero', False):
            n = phonenumbers.parse(phonenumbers.format_number(ex, PNF.E164)[:-k] + s[-k:], None)
        if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region and str(n.national_number) != str(ex.national_number):
            return n
    raise RuntimeError(region)
def fmt_phone(n, intl):
    if intl:
        f = R.choice([PNF.INTERNATIONAL, PNF.INTERNATIONAL, PNF.E164])
        return phonenumbers.format_number(n, f)
    return phonenumbers.format_number(n, PNF.NATIONAL)

def card():
    kind = R.choice(['visa16', 'visa16', 'mc', 'mc2', 'amex', 'disc', 'visa13', 'jcb', 'visa19', 'maestro'])
    pre, ln = {'visa16': ('4', 16), 'mc': (str(R.randint(51, 55)), 16), 'mc2': (str(R.randint(2221, 2720)), 16),
               'amex': (R.choice(['34', '37']), 15), 'disc': ('6011', 16), 'visa13': ('4', 13), 'jcb': ('35' + str(R.randint(28, 89)), 16),
               'visa19': ('4', 19), 'maestro': ('6759', 18)}[kind]
    s = _luhn_complete(pre + digits(ln - len(pre) - 1))
    st = R.random()
    if st < .35: return s
    if ln == 15: return '%s %s %s' % (s[:4], s[4:10], s[10:])
    sep = ' ' if st < .8 else '-'
    return sep.join(s[i:i + 4] for i in range(0, ln, 4))
def bad_luhn16():
    while True:
        s = R.choice(['4', '5']) + digits(15)
        if not _luhn_ok(s): return s if R.random() < .5 else ' '.join(s[i:i + 4] for i in range(0, 16, 4))
def ipv4():
    return '%d.%d.%d.%d' % (R.choice([31, 37, 46, 62, 77, 81, 85, 89, 91, 93, 94, 109, 151, 176, 178, 185, 188, 193, 195, 212, 213, 217, 41, 58, 103, 116, 177, 190, 201]),
                            R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
def ipv6():
    p = R.choice(['2a02:810d', '2a01:4f8', '2001:16b8', '2a00:1450', '2406:da14', '2800:3f0', '2c0f:fb50', '2a0a:a540'])
    g = [format(R.randint(1, 0xffff), 'x') for _ in range(4)]
    if R.random() < .5: return p + ':' + ':'.join(g) + ':' + format(R.randint(1, 0xffff), 'x') + ':' + format(R.randint(1, 0xffff), 'x')
    return p + '::' + ':'.join(g[:R.randint(1, 4)])
def ip():
    return ipv6() if R.random() < .3 else ipv4()
def iban(cc):
    v = IBAN.random(country_code=cc, random=R)
    try:  # prefer an all-digit account number, as real-world IBANs mostly have
        w = IBAN.generate(cc, bank_code=v.bank_code + (v.branch_code or ''), account_code=digits(len(v.account_code)))
        if w.is_valid and len(w) == len(v):
            v = w
    except Exception:
        pass
    assert v.is_valid
    return v.formatted if R.random() < .6 else str(v)

def strip_acc(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c)).replace('ß', 'ss').replace('ø', 'o').replace('æ', 'ae').replace('ð', 'd').replace('þ', 'th').replace('ł', 'l').replace('đ', 'd').replace('ı', 'i').replace("'", '')

# ---------------- language data (all sentences, names and addresses written by hand) ----------------
L = {}
L['de'] = dict(r='DE', loc='de_DE', ib='DE', nid='de', dom=['web.de', 'gmx.de', 't-online.de', 'posteo.de'], df='%d.%m.%Y', ppf='CLLDDLLDD',
  N=['Jürgen Hollerbach', 'Annegret Schmidt-Wöllner', 'Lukas von Stetten', 'Meike Rosenfeld', 'Hans-Dieter Brückl', 'Sabine Ohlendorf', 'Grit Kühnel', 'Till Mehrwald'],
  cue=['Guten Tag, mein Name ist {n} und ich warte seit drei Wochen auf meine Rückerstattung.', 'Ansprechperson vor Ort: {n} (bitte nur vormittags klingeln)', 'Vielen Dank für die schnelle Hilfe!\n\nViele Grüße\n{n}', 'Fragen Sie am Empfang einfach nach {n}, dort weiß man Bescheid.'],
  nar=['Letzten Dienstag hat {n} das Paket angenommen, obwohl ich gar nicht zu Hause war.', 'Die Beratung im Laden war super, {n} hat sich fast eine Stunde Zeit genommen. 5 Sterne!'],
  con=['Bitte rufen Sie mich zurück unter {v}, am besten nach 17 Uhr.', 'Meine neue Mailadresse lautet {v} – die alte bitte löschen.', 'Kontakt: {v}'],
  pay=['Es wurde zweimal von meiner Karte {v} abgebucht, bitte prüfen!', 'Bitte überweisen Sie die Erstattung auf mein Konto {v}.'],
  ipt=['Login-Versuch blockiert, Quelle {v}, Benutzerkonto gesperrt.'],
  adr=['Lindenstraße 14a, 50674 Köln', 'Am Kirchberg 3, 91781 Weißenburg i. Bay.', 'Hauptstr. 112, 04109 Leipzig'],
  adrt=['Lieferadresse geändert: {a} – bitte beim Nachbarn abgeben.', 'Ich wohne jetzt in der {a}, die Rechnung bitte dorthin.'],
  bd=['Geburtsdatum: {d}', 'Ich bin am {d} geboren, das Portal akzeptiert das Datum aber nicht.'],
  idc=['Meine Steuer-ID ist {v}, das Formular meldet trotzdem einen Fehler.'], pp=['Reisepassnummer: {v} (gültig bis 2031)'], us=['Mein Benutzername im Forum ist {v}, Passwort vergessen.'],
  lk=[('order_number', 'Bestellung {v} ist laut Sendungsverfolgung zugestellt, aber nicht angekommen.'), ('version', 'Seit dem Update auf Version {v} stürzt die App beim Start ab.'), ('price', 'Warum kostet der Artikel jetzt {v} statt 39,90?'), ('measurement', 'Passt der Schrank mit {v} in eine Dachschräge?')],
  cap=[('Wir übernachten im Hotel Adlon Kempinski direkt am Brandenburger Tor.', 'Hotel Adlon Kempinski'), ('Treffpunkt ist die Haltestelle Konrad-Adenauer-Platz, Ausgang Süd.', 'Konrad-Adenauer-Platz'), ('Das Modell „Kaffeevollautomat Barista Pro“ ist leider ausverkauft.', 'Kaffeevollautomat Barista Pro')])
L['de-AT'] = dict(L['de'], r='AT', loc='de_AT', ib='AT', nid='at', dom=['gmx.at', 'aon.at', 'chello.at'],
  N=['Wolfgang Pichlmayr', 'Theresia Gruber-Hofbauer', 'Florian Moosbrugger', 'Resi Leitgeb'],
  cue=['Servus, hier spricht {n}, i hätt a Frage zur Jahreskarte.', 'Zuständig bei uns: {n}, Buchhaltung'],
  adr=['Mariahilfer Straße 47/3/12, 1060 Wien', 'Herrengasse 9, 8010 Graz'], idc=['Sozialversicherungsnummer {v} – bitte für die e-card vormerken.'],
  cap=[('Wir sitzen gern im Café Sacher nach dem Konzert.', 'Café Sacher'), ('Umstieg am Bahnhof Wien Meidling, dann weiter mit der Badner Bahn.', 'Bahnhof Wien Meidling')])
L['de-CH'] = dict(L['de'], r='CH', loc='de_CH', ib='CH', nid='ch', dom=['bluewin.ch', 'sunrise.ch', 'gmx.ch'], ppf='LDDDDDDD',
  N=['Reto Zürcher', 'Madlaina Caviezel', 'Urs Bärtschi', 'Seraina Gadient'],
  cue=['Grüezi, ich bin {n} und möchte mein Abo kündigen.', 'Freundliche Grüsse\n{n}\nTeamleitung Logistik'],
  adr=['Seefeldstrasse 201, 8008 Zürich', 'Rue du Rhône 14, 1204 Genève', 'Bahnhofplatz 2, 3011 Bern'], idc=['AHV-Nummer: {v}'],
  cap=[('Die Tagung findet im Kongresshaus Zürich statt, Eingang Claridenstrasse.', 'Kongresshaus Zürich'), ('Bitte den Zug ab Bern nach Interlaken Ost nehmen.', 'Interlaken Ost')])

L['en'] = dict(r='US', loc='en_US', ib=None, nid='us', dom=['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'proton.me'], df='%m/%d/%Y', ppf='DDDDDDDDD',
  N=['Grant Whitfield', 'Rose Delacroix-Mills', 'Hope Abernathy', 'Jordan Castellanos', 'Paris Okafor', 'DeShawn McAllister', 'Mary-Kate O\'Donnell', 'Bill Summer'],
  cue=['Hi, this is {n} from accounting, calling about the late invoice.', 'Thanks again,\n-- \n{n}\nSenior Buyer | Northwind Supplies', 'If I\'m out, ask for {n} at the front desk.', 'Name on the reservation: {n}'],
  nar=['Honestly {n} was the only one at the store who knew what a torque wrench was.', 'I gave the spare key to {n} next door, so the courier can leave it there.'],
  con=['You can text me at {v} anytime.', 'pls reply to {v}, not the work address', 'Best number to reach me: {v}'],
  pay=['I was charged twice on card {v}, please refund one of them.', 'Card ending... actually here is the whole thing: {v}'],
  ipt=['Got locked out after too many attempts from {v} - that IS my home connection.'],
  adr=['4127 Maple Ridge Dr, Apt 5B, Columbus, OH 43215', '88 Harbor View Rd, Portland, ME 04101', '1600 W Grand Ave, Chicago, IL 60622'],
  adrt=['Ship to: {a}', 'We moved!! new place is {a}, come visit'],
  bd=['DOB: {d}', 'My date of birth is {d} but the form keeps saying I\'m under 18.'],
  idc=['SSN {v} - I know I shouldn\'t send it by email but the portal is down.'], pp=['passport no. {v}, expires next March'], us=['my login is {v} if that helps you find the account'],
  lk=[('tracking_number', 'Tracking says {v} was delivered but my porch is empty.'), ('version', 'Still crashing on build {v}, same stack trace as before.'), ('price', 'Why did the renewal go from $89 to {v}?'), ('luhn_invalid', 'Gift card code {v} is rejected at checkout.')],
  cap=[('Meet me at Lincoln Center before the show, by the fountain.', 'Lincoln Center'), ('The Jefferson Memorial shuttle leaves every 20 minutes.', 'Jefferson Memorial'), ('Our team uses Grant Writer Pro for proposals now.', 'Grant Writer Pro')])
L['en-GB'] = dict(L['en'], r='GB', loc='en_GB', ib='GB', nid='gb', dom=['btinternet.com', 'sky.com', 'hotmail.co.uk'], df='%d/%m/%Y',
  N=['Nigel Fairbrother', 'Siobhan Pryce-Jones', 'Alistair Grant', 'Hollie Tremayne'],
  cue=['Kind regards,\n{n}\nFacilities Manager', 'Hiya, {n} here - my parcel was left out in the rain.'],
  adr=['Flat 2, 17 Cromwell Road, London SW7 2HR', '23 Mill Lane, Hebden Bridge HX7 8AB', '5 Abbey Close, Bath BA2 4QT'],
  idc=['National Insurance number: {v}'],
  cap=[('Change at Victoria Station for the Gatwick Express.', 'Victoria Station'), ('Booked a table at the Duke of Wellington pub for Friday.', 'Duke of Wellington')])
L['en-IN'] = dict(L['en'], r='IN', loc='en_IN', ib=None, nid='in', dom=['gmail.com', 'rediffmail.com', 'yahoo.co.in'], df='%d-%m-%Y', ppf='LDDDDDDD',
  N=['Venkatesh Raghunathan', 'Priyanka Deshpande', 'Harpreet Kaur Sandhu', 'Arjun Iyer'],
  cue=['Dear Sir, myself {n}, I am facing issue in OTP verification.', 'Regards,\n{n}\nPune'],
  adr=['Flat 402, Sai Krupa Apartments, 14th Cross, Indiranagar, Bengaluru 560038', 'H.No. 12-3-456, Banjara Hills, Hyderabad 500034'],
  idc=['Aadhaar no: {v} kindly update in KYC'],
  cap=[('Drop point is Chhatrapati Shivaji Maharaj Terminus, platform 7.', 'Chhatrapati Shivaji Maharaj Terminus'), ('Order shipped from Indira Gandhi International Airport cargo.', 'Indira Gandhi International Airport')])
L['en-AU'] = dict(L['en'], r='AU', loc='en_AU', ib=None, nid='au', dom=['bigpond.com', 'optusnet.com.au', 'gmail.com'], df='%d/%m/%Y', ppf='LDDDDDDD',
  N=['Bronwyn Hatfield', 'Lachlan McKenzie', 'Kylie Ng', 'Darcy Whitlam'],
  cue=['Cheers,\n{n}', 'G\'day, {n} here, the bloke who ordered the roof racks.'],
  adr=['12 Wattle St, Fitzroy VIC 3065', 'Unit 4, 33 Beach Rd, Coogee NSW 2034'],
  idc=['TFN is {v}, sorry for sending it here'],
  cap=[('Catch the ferry from Circular Quay to Manly, easy.', 'Circular Quay'), ('We stayed near the Sir Joseph Banks Hotel in Botany.', 'Sir Joseph Banks Hotel')])
L['es'] = dict(r='ES', loc='es_ES', ib='ES', nid='es', dom=['telefonica.net', 'gmail.com', 'hotmail.es'], df='%d/%m/%Y', ppf='LLLDDDDDD',
  N=['María Dolores Fernández de la Vega', 'Iñaki Etxeberria', 'Rocío Peñalver', 'José Luis Sanz-Villanueva', 'Nuria Ballesteros', 'Consuelo Arrieta'],
  cue=['Buenas tardes, me llamo {n} y el pedido llegó con una pieza rota.', 'Persona de contacto: {n}', 'Un saludo cordial,\n{n}', 'Si no estoy, pregunten por {n} en recepción.'],
  nar=['Ayer {n} me dijo en la tienda que el cambio era gratis, y ahora me cobran.', 'El técnico llegó tarde, pero {n} nos atendió con mucha paciencia.'],
  con=['Podéis llamarme al {v} de lunes a viernes.', 'Escribidme a {v}, que el otro correo ya no lo uso.'],
  pay=['Me han cobrado dos veces en la tarjeta {v}.', 'Devolución a mi cuenta {v}, por favor.'],
  ipt=['Acceso bloqueado desde la IP {v}, pero soy yo desde casa.'],
  adr=['Calle de Alcalá 215, 3º izq., 28028 Madrid', 'Carrer de Mallorca 401, 08013 Barcelona', 'Avda. de la Constitución 8, 41004 Sevilla'],
  adrt=['Dirección de entrega: {a}', 'Vivo en {a}, ¿llega el repartidor hasta allí?'],
  bd=['Fecha de nacimiento: {d}', 'Nací el {d} y la web dice que soy menor de edad.'],
  idc=['Mi DNI es {v}, lo adjunto también escaneado.'], pp=['Nº de pasaporte: {v}'], us=['Usuario: {v} (no me deja recuperar la contraseña)'],
  lk=[('order_number', 'El pedido {v} sigue en tránsito desde hace diez días.'), ('date', 'La reunión de vecinos es el {v} a las 19:00.'), ('ean', 'Código de barras del producto: {v}')],
  cap=[('Quedamos en la estación de Atocha Almudena Grandes, junto a las taquillas.', 'Atocha Almudena Grandes'), ('Nos alojamos en el Parador de Santiago, precioso.', 'Parador de Santiago')])
L['es-MX'] = dict(L['es'], r='MX', loc='es_MX', ib=None, nid='mx', dom=['prodigy.net.mx', 'hotmail.com', 'gmail.com'],
  N=['Guadalupe Xicoténcatl Ramírez', 'Juan Pablo Ochoa Cervantes', 'Itzel Mendoza', 'Rodrigo Zúñiga Baca'],
  cue=['Qué tal, soy {n}, le escribo por lo de la factura.', 'Atentamente,\n{n}'],
  adr=['Av. Insurgentes Sur 1457, Col. Insurgentes Mixcoac, 03920 Ciudad de México', 'Calle Morelos 220, Centro, 44100 Guadalajara, Jal.'],
  idc=['Mi CURP es {v}, ya la validé en RENAPO.'], con=['Me puede marcar al {v} en la tarde.', 'Mi correo es {v}, ahí le encargo la respuesta.'],
  cap=[('Nos vemos en el metro Niños Héroes, salida poniente.', 'Niños Héroes'), ('El concierto es en el Auditorio Benito Juárez.', 'Auditorio Benito Juárez')])
L['es-AR'] = dict(L['es'], r='AR', loc='es_AR', ib=None, nid='ar', dom=['fibertel.com.ar', 'gmail.com', 'yahoo.com.ar'],
  N=['Facundo Bianchi', 'Milagros Sosa Echeverría', 'Agustina Lombardi', 'Nahuel Quiroga'],
  cue=['Hola, che, soy {n}, el del reclamo de la heladera.', 'Saludos cordiales,\n{n}'],
  adr=['Av. Corrientes 3247, piso 4 dto. B, C1193AAE CABA', 'Bv. Oroño 1120, S2000 Rosario, Santa Fe'],
  idc=['DNI/CUIT: {v}'], con=['Llamame al {v} cuando puedas, dale?', 'Mandame todo a {v} que lo reviso a la noche.'],
  cap=[('Tomé el tren hasta Estación Retiro Mitre y de ahí el 152.', 'Estación Retiro Mitre'), ('Compramos en el Paseo Alcorta el sábado.', 'Paseo Alcorta')])
L['es-CO'] = dict(L['es'], r='CO', loc='es_CO', ib=None, nid='co', dom=['une.net.co', 'gmail.com', 'hotmail.com'],
  N=['Yesenia Montoya Restrepo', 'Jhon Fredy Cárdenas', 'Valentina Ospina', 'Wilmer Agudelo'],
  cue=['Buen día, mi nombre es {n} y necesito el certificado.', 'Cordialmente,\n{n}\nCoordinación de compras'],
  adr=['Calle 72 # 10-34, apto 502, Bogotá', 'Carrera 43A # 1 Sur-50, Medellín'],
  idc=['Cédula de ciudadanía {v}'], con=['Me pueden contactar al {v} en horario de oficina.', 'Le agradezco responder a {v}.'],
  cap=[('El bus me deja en el Parque Simón Bolívar, por la entrada de la 63.', 'Parque Simón Bolívar'), ('Estuve en el Hotel Estelar La Fontana.', 'Hotel Estelar La Fontana')])

L['fr'] = dict(r='FR', loc='fr_FR', ib='FR', nid='fr', dom=['orange.fr', 'free.fr', 'laposte.net', 'sfr.fr'], df='%d/%m/%Y', ppf='DDLLDDDDD',
  N=['Ségolène Marchetti', 'Jean-Baptiste Lefèvre', 'Aurélie Dubois-Garnier', 'Thibault de La Rochefoucauld', 'Maëlle Kerbrat', 'Yannick Le Goff'],
  cue=['Bonjour, je m\'appelle {n} et ma commande est arrivée incomplète.', 'Cordialement,\n{n}\nResponsable achats', 'Interlocuteur : {n}', 'Demandez {n} à l\'accueil, le dossier est là-bas.'],
  nar=['Hier {n} a récupéré le colis au relais sans me prévenir.', 'Franchement {n} au SAV a été adorable, merci encore !'],
  con=['Vous pouvez me joindre au {v} après 18h.', 'Mon adresse mail : {v}', 'rappelez-moi svp {v}'],
  pay=['Double prélèvement sur ma carte {v} !', 'Merci de rembourser sur mon IBAN {v}.'],
  ipt=['Connexion refusée depuis l\'adresse {v}, c\'est pourtant mon wifi.'],
  adr=['12 rue des Lilas, 69003 Lyon', '5 bis avenue Jean Jaurès, 31000 Toulouse', '47 boulevard Haussmann, 75009 Paris'],
  adrt=['Adresse de livraison : {a}', 'J\'ai déménagé au {a}, merci de mettre à jour.'],
  bd=['Date de naissance : {d}', 'Je suis née le {d}.'],
  idc=['Numéro de sécurité sociale : {v}'], pp=['N° passeport {v}'], us=['Identifiant : {v}'],
  lk=[('invoice_number', 'La facture {v} n\'apparaît pas dans mon espace client.'), ('timestamp', 'Erreur 502 relevée le {v} sur la page panier.'), ('measurement', 'Le canapé fait {v}, il passera par la porte ?')],
  cap=[('Rendez-vous à la gare Montparnasse, hall 1.', 'gare Montparnasse'), ('On a dîné près du lycée Victor Hugo.', 'lycée Victor Hugo'), ('Le musée Rodin est fermé le lundi.', 'musée Rodin')])
L['fr-BE'] = dict(L['fr'], r='BE', loc='fr_BE', ib='BE', nid='be', dom=['skynet.be', 'proximus.be', 'telenet.be'],
  N=['Géraldine Vandenbroucke', 'Quentin Dewulf', 'Amélie Lambotte', 'Corentin Houben'],
  cue=['Bien à vous,\n{n}', 'Bonjour, c\'est {n}, je vous téléphone pour le septante-deux.'],
  adr=['Rue de la Loi 155, 1040 Etterbeek', 'Chaussée de Louvain 433, 1030 Schaerbeek', 'Rue Saint-Gilles 26, 4000 Liège'],
  idc=['Numéro de registre national : {v}'],
  cap=[('Arrêt de tram Place Stéphanie, puis à pied.', 'Place Stéphanie'), ('On se voit au Palais Albert Ier.', 'Palais Albert Ier')])
L['fr-CA'] = dict(L['fr'], r='CA', loc='fr_CA', ib=None, nid='ca', dom=['videotron.ca', 'sympatico.ca', 'gmail.com'], df='%Y-%m-%d',
  N=['Marie-Ève Tremblay', 'Jean-François Gagnon', 'Karine Bouchard', 'Étienne Pelletier'],
  cue=['Bonjour, icitte c\'est {n}, j\'ai un problème avec mon forfait.', 'Merci !\n{n}'],
  adr=['1234, rue Sainte-Catherine Ouest, app. 8, Montréal (Québec) H3G 1P1', '56, boul. René-Lévesque, Québec QC G1R 2B5'],
  idc=['NAS : {v}'],
  cap=[('Je descends au métro Lionel-Groulx.', 'Lionel-Groulx'), ('Le party est au Château Frontenac.', 'Château Frontenac')])

L['it'] = dict(r='IT', loc='it_IT', ib='IT', nid='it', dom=['libero.it', 'tiscali.it', 'alice.it'], df='%d/%m/%Y', ppf='LLDDDDDDD',
  N=['Gianluca De Santis', 'Maria Grazia Lo Presti', 'Ottavio Bellomo', 'Chiara Dell\'Acqua', 'Pierpaolo Scognamiglio', 'Benedetta Ruggeri'],
  cue=['Salve, sono {n}, vi scrivo per il reso.', 'Referente: {n}', 'Distinti saluti\n{n}', 'Chiedete pure di {n} al banco.'],
  nar=['Stamattina {n} ha firmato la ricevuta al posto mio.', 'In negozio {n} ci ha sconsigliato il modello più caro. Onesto!'],
  con=['Il mio cellulare è {v}.', 'Rispondete a {v} per favore.'],
  pay=['Addebito doppio sulla carta {v}.', 'IBAN per il rimborso: {v}'],
  ipt=['Accesso negato dall\'indirizzo {v}.'],
  adr=['Via Giuseppe Garibaldi 27, 10122 Torino', 'Piazza del Popolo 4, 00187 Roma RM', 'Viale Monza 140, 20127 Milano'],
  adrt=['Indirizzo di spedizione: {a}', 'Abito in {a}, citofono rotto.'],
  bd=['Data di nascita: {d}', 'Sono nato il {d}.'],
  idc=['Codice fiscale: {v}'], pp=['Passaporto n. {v}'], us=['Nome utente {v}'],
  lk=[('order_number', 'Ordine n. {v}: manca lo scontrino.'), ('version', 'Con il firmware {v} il router si riavvia.'), ('price', 'Il prezzo è salito a {v}, perché?')],
  cap=[('Ci vediamo alla stazione Santa Maria Novella.', 'Santa Maria Novella'), ('Il volo atterra a Leonardo da Vinci–Fiumicino.', 'Leonardo da Vinci–Fiumicino')])

L['pt'] = dict(r='PT', loc='pt_PT', ib='PT', nid='pt', dom=['sapo.pt', 'gmail.com', 'netcabo.pt'], df='%d/%m/%Y', ppf='LDDDDDD',
  N=['João Pedro Magalhães', 'Inês Sousa Tavares', 'Gonçalo Brandão', 'Leonor Vasconcelos'],
  cue=['Boa tarde, o meu nome é {n} e a encomenda veio trocada.', 'Com os melhores cumprimentos,\n{n}', 'Perguntem por {n} na receção.'],
  nar=['O estafeta deixou tudo com {n}, do rés-do-chão.'],
  con=['Contacto: {v}', 'Liguem-me para o {v}, por favor.', 'O meu e-mail é {v}, respondam para lá.'],
  pay=['Cobraram duas vezes no cartão {v}.', 'Reembolso para o IBAN {v}.'],
  ipt=['Bloquearam o acesso do IP {v}.'],
  adr=['Rua Augusta 112, 2.º Esq., 1100-053 Lisboa', 'Avenida da Boavista 1837, 4100-133 Porto'],
  adrt=['Morada de entrega: {a}'],
  bd=['Data de nascimento: {d}', 'Nasci a {d}.'],
  idc=['NIF: {v}'], pp=['Passaporte n.º {v}'], us=['O meu utilizador é {v}'],
  lk=[('order_number', 'Encomenda {v} ainda não saiu do armazém.'), ('measurement', 'A mesa tem {v}?')],
  cap=[('Saio na estação Cais do Sodré.', 'Cais do Sodré'), ('Jantámos no Largo Camões.', 'Largo Camões')])
L['pt-BR'] = dict(L['pt'], r='BR', loc='pt_BR', ib='BR', nid='br', dom=['uol.com.br', 'bol.com.br', 'gmail.com'], ppf='LLDDDDDD',
  N=['Thiago Albuquerque', 'Francisca das Chagas Nogueira', 'Luana Bittencourt', 'Raimundo Nonato Freitas', 'Kauã Ferreira'],
  cue=['Oi, aqui é o {n}, comprei o celular e veio sem carregador.', 'Att,\n{n}', 'Falar com {n} no setor de compras.'],
  nar=['Na loja, {n} disse que a garantia cobria, mas agora negaram.'],
  con=['Meu zap é {v}', 'Me manda um e-mail: {v}'],
  adr=['Rua Oscar Freire 379, apto 42, Jardim Paulista, São Paulo - SP, 01426-001', 'Av. Atlântica 1702, Copacabana, Rio de Janeiro - RJ, 22021-001'],
  idc=['CPF {v}'], bd=['Data de nascimento: {d}', 'Nasci em {d} e o app diz que sou menor.'], ipt=['Meu acesso foi bloqueado do IP {v}, mas sou eu mesmo.'], pay=['Cobrança duplicada no cartão {v}!!', 'Pode devolver na conta {v}'],
  cap=[('Desço na estação Paulista e vou a pé.', 'estação Paulista'), ('O show é no Estádio Mané Garrincha.', 'Estádio Mané Garrincha')])

L['nl'] = dict(r='NL', loc='nl_NL', ib='NL', nid='nl', dom=['ziggo.nl', 'kpnmail.nl', 'xs4all.nl'], df='%d-%m-%Y', ppf='LLDDDDDDD',
  N=['Pieter van der Meulen', 'Femke de Vries', 'Joost ten Brink', 'Anouk Bakker-Hoekstra', 'Sjoerd Wijnsma', 'Ilse van \'t Hof'],
  cue=['Hallo, mijn naam is {n} en mijn pakket is beschadigd.', 'Met vriendelijke groet,\n{n}', 'Contactpersoon: {n}', 'Vraag naar {n} bij de balie.'],
  nar=['Gisteren heeft {n} de sleutel bij de buren afgegeven.'],
  con=['Bel me even op {v}', 'Mail graag naar {v}'],
  pay=['Dubbel afgeschreven van mijn creditcard {v}.', 'Terugbetalen op {v} t.n.v. mij graag.'],
  ipt=['Inloggen geblokkeerd vanaf {v}.'],
  adr=['Prinsengracht 263-1, 1016 GV Amsterdam', 'Oudegracht 158, 3511 AZ Utrecht'],
  adrt=['Bezorgadres: {a}', 'Ik woon sinds kort op {a}.'],
  bd=['Geboortedatum: {d}', 'Ik ben geboren op {d}.'],
  idc=['BSN {v}'], pp=['paspoortnummer {v}'], us=['gebruikersnaam: {v}'],
  lk=[('tracking_number', 'Track & trace {v} staat al dagen stil.'), ('hash', 'Checksum van de download: {v}')],
  cap=[('We verzamelen bij station Amsterdam Sloterdijk.', 'Amsterdam Sloterdijk'), ('Het concert is in het Concertgebouw aan het Museumplein.', 'Concertgebouw')])
L['nl-BE'] = dict(L['nl'], r='BE', loc='nl_BE', ib='BE', nid='be', dom=['telenet.be', 'skynet.be'],
  N=['Wouter Vermeulen', 'Lieselot Van Damme', 'Bart De Smedt', 'Griet Claeys'],
  cue=['Dag, ik ben {n} en ik heb een vraag over mijn factuur.', 'Met vriendelijke groeten,\n{n}'],
  adr=['Meir 78, 2000 Antwerpen', 'Korenmarkt 12 bus 3, 9000 Gent'], idc=['Rijksregisternummer {v}'],
  cap=[('Afspraak aan het station Gent-Sint-Pieters.', 'Gent-Sint-Pieters'), ('We logeren in het Koning Albertpark.', 'Koning Albertpark')])
L['da'] = dict(r='DK', loc='da_DK', ib='DK', nid='dk', dom=['mail.dk', 'jubii.dk', 'gmail.com'], df='%d.%m.%Y', ppf='DDDDDDDDD',
  N=['Søren Kjærgaard', 'Mette Østergaard Holm', 'Rasmus Bæk', 'Sidsel Lindhardt'],
  cue=['Hej, jeg hedder {n}, og min ordre er forsinket.', 'Venlig hilsen\n{n}', 'Spørg efter {n} i butikken.'],
  nar=['{n} fra nr. 12 har taget imod pakken for mig.'],
  con=['Ring på {v}', 'Skriv til {v}'], pay=['Jeg er trukket to gange på kort {v}.', 'Refusion til konto {v}'],
  ipt=['Spærret login fra {v}'], adr=['Nørrebrogade 44, 2. tv., 2200 København N', 'Vestergade 7, 8000 Aarhus C'],
  adrt=['Leveringsadresse: {a}'], bd=['Fødselsdato: {d}', 'Jeg er født {d}.'],
  idc=['CPR-nr.: {v}'], pp=['Pasnummer: {v}'], us=['Brugernavn: {v}'],
  lk=[('order_number', 'Ordrenummer {v} er ikke leveret.'), ('version', 'App-version {v} virker ikke på min telefon.')],
  cap=[('Vi mødes ved H.C. Andersens Boulevard.', 'H.C. Andersens Boulevard'), ('Hotellet hedder Hotel d\'Angleterre.', 'Hotel d\'Angleterre')])
L['sv'] = dict(r='SE', loc='sv_SE', ib='SE', nid='se', dom=['telia.com', 'bredband.net', 'gmail.com'], df='%Y-%m-%d', ppf='DDDDDDDD',
  N=['Björn Åkesson', 'Ingrid Lindqvist-Berg', 'Oskar Nyström', 'Linnéa Sjöberg', 'Astrid Öhman'],
  cue=['Hej! Jag heter {n} och har inte fått min återbetalning.', 'Med vänliga hälsningar\n{n}', 'Kontaktperson: {n}'],
  nar=['Grannen {n} kvitterade ut paketet åt mig i går.'],
  con=['Nås enklast på {v}', 'mejla {v}'], pay=['Dubbeldragning på kortet {v}', 'Pengarna kan sättas in på {v}'],
  ipt=['Inloggning spärrad från {v}'], adr=['Drottninggatan 53, 111 21 Stockholm', 'Kungsportsavenyn 10, 411 36 Göteborg'],
  adrt=['Leveransadress: {a}'], bd=['Född den {d}', 'Födelsedatum: {d}'],
  idc=['Personnummer: {v}'], pp=['Passnummer {v}'], us=['Användarnamn: {v}'],
  lk=[('uuid', 'Ärende-ID {v} – vänligen hänvisa till det.'), ('measurement', 'Sängen är {v}, passar lakanet?')],
  cap=[('Vi ses vid Gustav Adolfs torg klockan tre.', 'Gustav Adolfs torg'), ('Tåget går från Stockholm Centralstation.', 'Stockholm Centralstation')])
L['no'] = dict(r='NO', loc='nb_NO', ib='NO', nid='no', dom=['online.no', 'gmail.com', 'hotmail.no'], df='%d.%m.%Y', ppf='LLDDDDDDD',
  N=['Håkon Bjørnstad', 'Solveig Haugland', 'Eirik Fjeldheim', 'Ragnhild Øvrebø'],
  cue=['Hei, jeg heter {n} og lurer på leveringstiden.', 'Mvh\n{n}', 'Kontaktperson: {n}'],
  nar=['Det var {n} som tok imot varene på lageret.'],
  con=['Mobil: {v}', 'Send svar til {v}'], pay=['Belastet to ganger på kortet {v}', 'Kontonummer for refusjon: {v}'],
  ipt=['Innlogging stoppet fra {v}'], adr=['Storgata 21, 0184 Oslo', 'Bryggen 5, 5003 Bergen'],
  adrt=['Leveringsadresse: {a}'], bd=['Fødselsdato: {d}', 'Født {d}'],
  idc=['Fødselsnummer: {v}'], pp=['Passnr. {v}'], us=['Brukernavn: {v}'],
  lk=[('invoice_number', 'Faktura {v} er betalt.'), ('price', 'Totalsum {v} inkl. mva.')],
  cap=[('Vi møtes ved Nationaltheatret stasjon.', 'Nationaltheatret'), ('Hotellet ligger ved Karl Johans gate.', 'Karl Johans gate')])
L['fi'] = dict(r='FI', loc='fi_FI', ib='FI', nid='fi', dom=['elisanet.fi', 'kolumbus.fi', 'gmail.com'], df='%d.%m.%Y', ppf='LLDDDDDDD',
  N=['Jaakko Mäkelä', 'Hilkka Väisänen', 'Onni Kettunen', 'Aino-Maija Lehtonen'],
  cue=['Hei, nimeni on {n} ja tilaukseni puuttuu.', 'Ystävällisin terveisin\n{n}', 'Yhteyshenkilö: {n}'],
  nar=['Naapurini {n} kuittasi paketin eilen.'],
  con=['Puhelin: {v}', 'Vastaa osoitteeseen {v}'], pay=['Korttiltani {v} veloitettiin kahdesti.', 'Palautus tilille {v}'],
  ipt=['Kirjautuminen estetty osoitteesta {v}'], adr=['Mannerheimintie 12 B 7, 00100 Helsinki', 'Hämeenkatu 25, 33200 Tampere'],
  adrt=['Toimitusosoite: {a}'], bd=['Syntymäaika: {d}', 'Olen syntynyt {d}.'],
  idc=['Henkilötunnus: {v}'], pp=['Passin numero {v}'], us=['Käyttäjätunnus: {v}'],
  lk=[('order_number', 'Tilausnumero {v} ei näy järjestelmässä.'), ('timestamp', 'Virhe tapahtui {v}.')],
  cap=[('Tavataan Aleksis Kiven kadulla.', 'Aleksis Kiven kadulla'), ('Juna lähtee Helsingin päärautatieasemalta.', 'Helsingin päärautatieasemalta')])
L['is'] = dict(r='IS', loc='is_IS', ib='IS', nid='is', dom=['simnet.is', 'internet.is', 'gmail.com'], df='%d.%m.%Y', ppf='LDDDDDDD',
  N=['Guðrún Sigurðardóttir', 'Þórður Halldórsson', 'Ásdís Jónsdóttir', 'Hrafnkell Einarsson'],
  cue=['Góðan daginn, ég heiti {n} og pöntunin mín kom ekki.', 'Kveðja,\n{n}'],
  nar=['{n} tók við sendingunni fyrir mig.'],
  con=['Síminn minn er {v}', 'Netfang: {v}'], pay=['Kortið {v} var rukkað tvisvar.', 'Endurgreiðsla á {v}'],
  ipt=['Innskráning læst frá {v}'], adr=['Laugavegur 28, 101 Reykjavík', 'Hafnarstræti 94, 600 Akureyri'],
  adrt=['Heimilisfang: {a}'], bd=['Fæðingardagur: {d}'], idc=['Kennitala: {v}'], pp=['Vegabréfsnúmer: {v}'], us=['Notandanafn: {v}'],
  lk=[('order_number', 'Pöntun nr. {v} er týnd.')],
  cap=[('Við hittumst við Hallgrímskirkju.', 'Hallgrímskirkju'), ('Tónleikarnir eru í Hörpu.', 'Hörpu')])

L['et'] = dict(r='EE', loc='et_EE', ib='EE', nid='ee', dom=['hot.ee', 'mail.ee', 'gmail.com'], df='%d.%m.%Y', ppf='LLDDDDDDD',
  N=['Mart Tamm', 'Kadri Põldmaa', 'Jüri Kõiv', 'Liis Saar'],
  cue=['Tere, minu nimi on {n} ja tellimus on hilinenud.', 'Lugupidamisega\n{n}'],
  nar=['Pakk anti naabrile üle, allkirjastas {n}.'],
  con=['Helistage numbril {v}', 'E-post: {v}'], pay=['Kaardilt {v} võeti raha kaks korda.', 'Tagastus kontole {v}'],
  ipt=['Sisselogimine blokeeriti aadressilt {v}'], adr=['Pärnu mnt 22-5, 10141 Tallinn', 'Rüütli 14, 51007 Tartu'],
  adrt=['Tarneaadress: {a}'], bd=['Sünniaeg: {d}'], idc=['Isikukood {v}'], pp=['Passi number: {v}'], us=['Kasutajanimi: {v}'],
  lk=[('version', 'Versioon {v} ei käivitu.'), ('ean', 'Ribakood {v}')],
  cap=[('Kohtume Balti jaama turul.', 'Balti jaama turul'), ('Hotell asub Lennart Meri teel.', 'Lennart Meri teel')])
L['lv'] = dict(r='LV', loc='lv_LV', ib='LV', nid='lv', dom=['inbox.lv', 'apollo.lv', 'gmail.com'], df='%d.%m.%Y', ppf='LLDDDDDDD',
  N=['Jānis Bērziņš', 'Līga Ozoliņa', 'Māris Kalniņš', 'Ilze Krūmiņa'],
  cue=['Labdien, mani sauc {n}, pasūtījums nav saņemts.', 'Ar cieņu,\n{n}'],
  nar=['Sūtījumu pieņēma {n} no blakus dzīvokļa.'],
  con=['Tālrunis: {v}', 'Rakstiet uz {v}'], pay=['No kartes {v} norakstīts divreiz.', 'Atmaksa uz kontu {v}'],
  ipt=['Pieslēgšanās bloķēta no {v}'], adr=['Brīvības iela 68-12, Rīga, LV-1011', 'Lielā iela 3, Jelgava, LV-3001'],
  adrt=['Piegādes adrese: {a}'], bd=['Dzimšanas datums: {d}'], idc=['Personas kods: {v}'], pp=['Pases numurs {v}'], us=['Lietotājvārds: {v}'],
  lk=[('order_number', 'Pasūtījums Nr. {v} aizkavējas.'), ('price', 'Cena {v}')],
  cap=[('Tiekamies pie Brīvības pieminekļa.', 'Brīvības pieminekļa'), ('Koncerts notiks Dzintaru koncertzālē.', 'Dzintaru koncertzālē')])
L['lt'] = dict(r='LT', loc='lt_LT', ib='LT', nid='lt', dom=['takas.lt', 'one.lt', 'gmail.com'], df='%Y-%m-%d', ppf='DDDDDDDD',
  N=['Vytautas Jankauskas', 'Rūta Kazlauskienė', 'Mindaugas Petrauskas', 'Gintarė Žukauskaitė'],
  cue=['Sveiki, esu {n}, siuntinys neatkeliavo.', 'Pagarbiai,\n{n}'],
  nar=['Siuntinį paėmė {n} iš trečio aukšto.'],
  con=['Mano telefonas {v}', 'El. paštas: {v}'], pay=['Iš kortelės {v} nuskaičiuota du kartus.', 'Grąžinkite į sąskaitą {v}'],
  ipt=['Prisijungimas užblokuotas iš {v}'], adr=['Gedimino pr. 9-14, LT-01103 Vilnius', 'Laisvės al. 53, LT-44309 Kaunas'],
  adrt=['Pristatymo adresas: {a}'], bd=['Gimimo data: {d}'], idc=['Asmens kodas {v}'], pp=['Paso Nr. {v}'], us=['Vartotojo vardas: {v}'],
  lk=[('invoice_number', 'Sąskaita faktūra {v} neapmokėta?'), ('measurement', 'Spintos matmenys {v}')],
  cap=[('Susitinkame prie Gedimino pilies.', 'Gedimino pilies'), ('Autobusas sustoja prie Vytauto Didžiojo universiteto.', 'Vytauto Didžiojo universiteto')])
L['pl'] = dict(r='PL', loc='pl_PL', ib='PL', nid='pl', dom=['wp.pl', 'onet.pl', 'interia.pl', 'o2.pl'], df='%d.%m.%Y', ppf='LLDDDDDDD',
  N=['Grzegorz Brzęczyszczykiewicz', 'Małgorzata Wójcik-Zielińska', 'Szczepan Łukasiewicz', 'Agnieszka Dąbrowska', 'Józef Kałuża'],
  cue=['Dzień dobry, nazywam się {n} i reklamuję uszkodzony towar.', 'Z poważaniem\n{n}', 'Osoba do kontaktu: {n}', 'Proszę pytać o {n} w sekretariacie.'],
  nar=['Wczoraj paczkę z paczkomatu odebrał ktoś inny – w aplikacji widnieje {n}.'],
  con=['Proszę o kontakt pod numerem {v}', 'mój mail to {v}'], pay=['Pobrano dwa razy z karty {v}!', 'Zwrot proszę na rachunek {v}'],
  ipt=['Logowanie zablokowane z adresu {v}'], adr=['ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa', 'os. Złotego Wieku 12/4, 31-616 Kraków', 'ul. Piotrkowska 101, 90-425 Łódź'],
  adrt=['Adres dostawy: {a}', 'Mieszkam teraz przy {a}.'], bd=['Data urodzenia: {d}', 'Urodziłem się {d}.'],
  idc=['PESEL {v}'], pp=['Numer paszportu: {v}'], us=['Login: {v}'],
  lk=[('order_number', 'Zamówienie nr {v} nadal w realizacji.'), ('tracking_number', 'Numer przesyłki {v} nie działa w śledzeniu.'), ('version', 'Wersja {v} ma błąd przy logowaniu.')],
  cap=[('Spotkajmy się pod Pałacem Kultury i Nauki.', 'Pałacem Kultury i Nauki'), ('Wysiadam na przystanku Rondo Ronalda Reagana.', 'Rondo Ronalda Reagana')])
L['cs'] = dict(r='CZ', loc='cs_CZ', ib='CZ', nid='cz', dom=['seznam.cz', 'email.cz', 'centrum.cz'], df='%d. %m. %Y', ppf='DDDDDDDD',
  N=['Jiří Dvořák', 'Markéta Nováková', 'Přemysl Šťastný', 'Božena Horáčková'],
  cue=['Dobrý den, jmenuji se {n} a zásilka dorazila poškozená.', 'S pozdravem\n{n}', 'Kontaktní osoba: {n}'],
  nar=['Podle aplikace balík převzala osoba jménem {n}, já to nebyl.'],
  con=['Volejte na {v}', 'Pište na {v}'], pay=['Z karty {v} mi strhli peníze dvakrát.', 'Vraťte peníze na účet {v}'],
  ipt=['Přihlášení zablokováno z IP {v}'], adr=['Vinohradská 1511/230, 100 00 Praha 10', 'Masarykova 27, 602 00 Brno'],
  adrt=['Doručovací adresa: {a}'], bd=['Datum narození: {d}', 'Narodil jsem se {d}.'],
  idc=['Rodné číslo: {v}'], pp=['Číslo pasu {v}'], us=['Uživatelské jméno: {v}'],
  lk=[('order_number', 'Objednávka č. {v} stále nedorazila.'), ('hash', 'Kontrolní součet {v}')],
  cap=[('Sejdeme se u Karlova mostu.', 'Karlova mostu'), ('Vystupuji na stanici Náměstí Míru.', 'Náměstí Míru')])
L['sk'] = dict(r='SK', loc='sk_SK', ib='SK', nid='sk', dom=['azet.sk', 'zoznam.sk', 'centrum.sk'], df='%d. %m. %Y', ppf='LLDDDDDDD',
  N=['Ľubomír Kováč', 'Zuzana Hrušovská', 'Dušan Ďurčo', 'Katarína Šimková'],
  cue=['Dobrý deň, volám sa {n} a mám problém s objednávkou.', 'S pozdravom\n{n}'],
  nar=['Zásielku podľa systému prevzala osoba {n} z vedľajšieho bytu.'],
  con=['Tel.: {v}', 'Odpovedzte na {v}'], pay=['Z karty {v} strhli dvakrát.', 'Vrátenie na účet {v}'],
  ipt=['Prihlásenie zablokované z {v}'], adr=['Obchodná 52, 811 06 Bratislava', 'Hlavná 68, 040 01 Košice'],
  adrt=['Adresa doručenia: {a}'], bd=['Dátum narodenia: {d}'], idc=['Rodné číslo {v}'], pp=['Pas č. {v}'], us=['Prihlasovacie meno: {v}'],
  lk=[('invoice_number', 'Faktúra {v} je uhradená.'), ('date', 'Doručenie naplánované na {v}.')],
  cap=[('Stretneme sa pri Michalskej bráne.', 'Michalskej bráne'), ('Hotel Devín je hneď pri Dunaji.', 'Hotel Devín')])
L['hu'] = dict(r='HU', loc='hu_HU', ib='HU', nid='hu', dom=['freemail.hu', 'citromail.hu', 'gmail.com'], df='%Y.%m.%d.', ppf='LLDDDDDDD',
  N=['Kovács Zsófia', 'Szabó-Nagy Levente', 'Tóth Gyöngyi', 'Farkas Bendegúz'],
  cue=['Jó napot, a nevem {n}, és a csomagom sérülten érkezett.', 'Üdvözlettel:\n{n}', 'Kapcsolattartó: {n}'],
  nar=['A csomagot {n} vette át a szomszédból.'],
  con=['Telefonszámom: {v}', 'E-mailben: {v}'], pay=['A {v} kártyámról kétszer vonták le.', 'Visszautalás a {v} számlára'],
  ipt=['Belépés letiltva innen: {v}'], adr=['1061 Budapest, Andrássy út 22. 3/2.', '6720 Szeged, Kárász utca 9.'],
  adrt=['Szállítási cím: {a}'], bd=['Születési dátum: {d}', 'Születtem: {d}'],
  idc=['Adóazonosító jel: {v}'], pp=['Útlevélszám: {v}'], us=['Felhasználónév: {v}'],
  lk=[('order_number', 'A {v} számú rendelés még nem érkezett meg.'), ('price', 'Végösszeg: {v}')],
  cap=[('A Széchenyi fürdőnél találkozunk.', 'Széchenyi fürdőnél'), ('Leszállok a Deák Ferenc téren.', 'Deák Ferenc téren')])
L['sl'] = dict(r='SI', loc='sl_SI', ib='SI', nid='si', dom=['siol.net', 'gmail.com', 't-2.net'], df='%d. %m. %Y', ppf='LLDDDDDDD',
  N=['Matjaž Kranjc', 'Špela Zupančič', 'Blaž Vidmar', 'Nuša Kovačič'],
  cue=['Pozdravljeni, sem {n} in paket še ni prispel.', 'Lep pozdrav,\n{n}'],
  nar=['Na potrdilu o prevzemu piše {n}, ne jaz.'],
  con=['GSM: {v}', 'Pišite na {v}'], pay=['S kartice {v} so dvakrat odtegnili znesek.', 'Vračilo na TRR {v}'],
  ipt=['Prijava blokirana z naslova {v}'], adr=['Slovenska cesta 55, 1000 Ljubljana', 'Partizanska cesta 4, 2000 Maribor'],
  adrt=['Naslov za dostavo: {a}'], bd=['Datum rojstva: {d}'], idc=['EMŠO: {v}'], pp=['Številka potnega lista {v}'], us=['Uporabniško ime: {v}'],
  lk=[('order_number', 'Naročilo št. {v} zamuja.'), ('version', 'Različica {v} se ne posodobi.')],
  cap=[('Dobimo se pri Prešernovem spomeniku.', 'Prešernovem spomeniku'), ('Vlak pelje do postaje Ljubljana Tivoli.', 'Ljubljana Tivoli')])
L['hr'] = dict(r='HR', loc='hr_HR', ib='HR', nid='hr', dom=['net.hr', 't-com.hr', 'gmail.com'], df='%d.%m.%Y.', ppf='DDDDDDDDD',
  N=['Krešimir Barišić', 'Ivana Horvat-Jurić', 'Zvonimir Šimunović', 'Mirjana Đurđević'],
  cue=['Poštovani, zovem se {n} i paket je stigao oštećen.', 'Srdačan pozdrav,\n{n}', 'Kontakt osoba: {n}'],
  nar=['Prema aplikaciji, paket je preuzela osoba {n} iz susjednog stana.'],
  con=['Mob: {v}', 'Javite se na {v}'], pay=['S kartice {v} skinuli su dvaput.', 'Povrat na IBAN {v}'],
  ipt=['Prijava blokirana s {v}'], adr=['Ilica 242, 10000 Zagreb', 'Riva 16, 21000 Split'],
  adrt=['Adresa za dostavu: {a}'], bd=['Datum rođenja: {d}'], idc=['OIB: {v}'], pp=['Broj putovnice {v}'], us=['Korisničko ime: {v}'],
  lk=[('order_number', 'Narudžba br. {v} kasni.'), ('measurement', 'Dimenzije stola: {v}')],
  cap=[('Nađemo se na Trgu bana Jelačića.', 'Trgu bana Jelačića'), ('Odsjeli smo u hotelu Esplanade.', 'hotelu Esplanade')])
L['sr'] = dict(r='RS', loc='sr_Cyrl_RS', ib='RS', nid='rs', dom=['eunet.rs', 'gmail.com', 'mts.rs'], df='%d.%m.%Y.', ppf='DDDDDDDDD',
  N=['Милош Јовановић', 'Драгана Петровић', 'Небојша Стојановић', 'Јелена Марковић-Илић'],
  rom=['milos.jovanovic', 'dragana.p', 'nebojsa.st', 'jelena.markovic'],
  cue=['Поштовани, зовем се {n} и пошиљка још није стигла.', 'Срдачан поздрав,\n{n}', 'Kontakt: {n}'],
  nar=['У апликацији пише да је пакет преузела особа: {n}.'],
  con=['Мој број је {v}', 'Пишите на {v}'], pay=['Са картице {v} скинули су два пута.', 'Повраћај на рачун {v}'],
  ipt=['Пријава блокирана са {v}'], adr=['Кнез Михаилова 12, 11000 Београд', 'Булевар ослобођења 30, 21000 Нови Сад'],
  adrt=['Адреса за доставу: {a}'], bd=['Датум рођења: {d}'], idc=['ЈМБГ: {v}'], pp=['Број пасоша {v}'], us=['Корисничко име: {v}'],
  lk=[('order_number', 'Поруџбина бр. {v} касни.'), ('price', 'Цена је {v}')],
  cap=[('Видимо се код споменика Кнезу Михаилу.', 'споменика Кнезу Михаилу'), ('Станица Београд Центар, перон 3.', 'Београд Центар')])
L['bs'] = dict(r='BA', loc='bs_BA', ib='BA', nid='ba', dom=['bih.net.ba', 'gmail.com', 'hotmail.com'], df='%d.%m.%Y.', ppf='LDDDDDDD',
  N=['Emir Hadžiselimović', 'Amra Begović', 'Edin Mujkić', 'Selma Karahasanović'],
  cue=['Selam, ja sam {n} i imam problem s narudžbom.', 'Lijep pozdrav,\n{n}'],
  nar=['Na potvrdi o preuzimanju stoji potpis: {n}.'],
  con=['Broj telefona: {v}', 'Mail: {v}'], pay=['Sa kartice {v} je skinuto dvaput.', 'Povrat na račun {v}'],
  ipt=['Prijava blokirana sa {v}'], adr=['Ferhadija 15, 71000 Sarajevo', 'Maršala Tita 44, 88000 Mostar'],
  adrt=['Adresa: {a}'], bd=['Datum rođenja: {d}'], idc=['JMBG {v}'], pp=['Broj pasoša {v}'], us=['Korisničko ime: {v}'],
  lk=[('tracking_number', 'Broj pošiljke {v} ne radi.'), ('version', 'Verzija {v} pada.')],
  cap=[('Nađimo se kod Sebilja na Baščaršiji.', 'Baščaršiji'), ('Hotel Europe je odmah pored.', 'Hotel Europe')])
L['mk'] = dict(r='MK', loc='mk_MK', ib='MK', nid='mk', dom=['t-home.mk', 'gmail.com', 'yahoo.com'], df='%d.%m.%Y', ppf='LDDDDDDD',
  N=['Александар Трајковски', 'Ивана Стојанова', 'Горан Димитриевски', 'Билјана Николовска'],
  rom=['aleksandar.trajkovski', 'ivana.stojanova', 'goran.dim', 'biljana.n'],
  cue=['Здраво, јас сум {n} и пратката не стигна.', 'Со почит,\n{n}'],
  nar=['Пратката ја подигна {n} од соседниот стан.'],
  con=['Телефон: {v}', 'Е-пошта: {v}'], pay=['Од картичката {v} ми наплатија двапати.', 'Врати на сметка {v}'],
  ipt=['Најавата е блокирана од {v}'], adr=['ул. Македонија 11, 1000 Скопје', 'бул. Гоце Делчев 6, 7000 Битола'],
  adrt=['Адреса за испорака: {a}'], bd=['Датум на раѓање: {d}'], idc=['ЕМБГ {v}'], pp=['Број на пасош {v}'], us=['Корисничко име: {v}'],
  lk=[('order_number', 'Нарачка бр. {v} доцни.')],
  cap=[('Се гледаме кај Камениот мост.', 'Камениот мост'), ('Аеродромот Скопје е далеку.', 'Аеродромот Скопје')])
L['sq'] = dict(r='AL', loc='sq_AL', ib='AL', nid='al', dom=['abissnet.al', 'gmail.com', 'yahoo.com'], df='%d.%m.%Y', ppf='LLDDDDDDD',
  N=['Arben Hoxha', 'Elira Kastrati', 'Dritan Gjoka', 'Blerina Shehu'],
  cue=['Përshëndetje, quhem {n} dhe porosia nuk ka ardhur.', 'Me respekt,\n{n}'],
  nar=['Pakon e mori {n} nga apartamenti ngjitur.'],
  con=['Numri im: {v}', 'Më shkruani në {v}'], pay=['Nga karta {v} më tërhoqën dy herë.', 'Rimbursim në llogarinë {v}'],
  ipt=['Hyrja u bllokua nga {v}'], adr=['Rruga Myslym Shyri 45, 1001 Tiranë', 'Rruga Taulantia 8, 2001 Durrës'],
  adrt=['Adresa e dorëzimit: {a}'], bd=['Datëlindja: {d}'], idc=['Numri personal: {v}'], pp=['Nr. i pasaportës {v}'], us=['Emri i përdoruesit: {v}'],
  lk=[('invoice_number', 'Fatura {v} nuk është paguar.')],
  cap=[('Takohemi te Sheshi Skënderbej.', 'Sheshi Skënderbej'), ('Aeroporti Nënë Tereza është afër.', 'Aeroporti Nënë Tereza')])
L['ro'] = dict(r='RO', loc='ro_RO', ib='RO', nid='ro', dom=['yahoo.ro', 'gmail.com', 'rdslink.ro'], df='%d.%m.%Y', ppf='DDDDDDDDD',
  N=['Mihai Ionescu-Dobre', 'Ioana Stănescu', 'Răzvan Țurcanu', 'Florentina Bălan'],
  cue=['Bună ziua, mă numesc {n} și coletul a ajuns deteriorat.', 'Cu stimă,\n{n}', 'Persoană de contact: {n}'],
  nar=['Coletul l-a ridicat {n} de la vecini.'],
  con=['Mă puteți suna la {v}', 'Scrieți-mi pe {v}'], pay=['Mi s-a debitat de două ori cardul {v}.', 'Rambursare în contul {v}'],
  ipt=['Autentificare blocată de la {v}'], adr=['Str. Victoriei nr. 17, bl. A3, ap. 12, 010061 București', 'Bd. Eroilor 21, 400129 Cluj-Napoca'],
  adrt=['Adresa de livrare: {a}'], bd=['Data nașterii: {d}', 'M-am născut pe {d}.'],
  idc=['CNP: {v}'], pp=['Nr. pașaport {v}'], us=['Utilizator: {v}'],
  lk=[('order_number', 'Comanda {v} nu a plecat încă.'), ('timestamp', 'Eroarea a apărut la {v}.')],
  cap=[('Ne vedem la Piața Unirii.', 'Piața Unirii'), ('Hotelul Ambasador e pe Bulevardul Magheru.', 'Bulevardul Magheru')])
L['bg'] = dict(r='BG', loc='bg_BG', ib='BG', nid='bg', dom=['abv.bg', 'mail.bg', 'gmail.com'], df='%d.%m.%Y', ppf='DDDDDDDDD',
  N=['Димитър Петков', 'Цветелина Иванова', 'Георги Стоилов', 'Радостина Колева'],
  rom=['dimitar.petkov', 'tsveti.ivanova', 'g.stoilov', 'radostina.k'],
  cue=['Здравейте, казвам се {n} и пратката ми не е пристигнала.', 'Поздрави,\n{n}', 'Лице за контакт: {n}'],
  nar=['Пратката я взе {n} от съседния апартамент.'],
  con=['Телефон за връзка: {v}', 'Пишете ми на {v}'], pay=['От картата {v} ми удържаха два пъти.', 'Възстановяване по сметка {v}'],
  ipt=['Достъпът е блокиран от {v}'], adr=['ул. Граф Игнатиев 14, ет. 3, 1000 София', 'бул. Мария Луиза 50, 4000 Пловдив'],
  adrt=['Адрес за доставка: {a}'], bd=['Дата на раждане: {d}', 'Роден съм на {d}.'],
  idc=['ЕГН {v}'], pp=['Паспорт №{v}'], us=['Потребителско име: {v}'],
  lk=[('order_number', 'Поръчка № {v} закъснява.'), ('version', 'Версия {v} не работи.')],
  cap=[('Срещаме се пред Народния театър „Иван Вазов“.', 'Народния театър „Иван Вазов“'), ('Слизам на спирка Орлов мост.', 'Орлов мост')])
L['el'] = dict(r='GR', loc='el_GR', ib='GR', nid='gr', dom=['otenet.gr', 'yahoo.gr', 'gmail.com'], df='%d/%m/%Y', ppf='LLDDDDDDD',
  N=['Γιώργος Παπαδόπουλος', 'Ελένη Καραγιάννη', 'Σπύρος Μαυρομάτης', 'Αικατερίνη Βλάχου'],
  rom=['g.papadopoulos', 'eleni.karagianni', 'spiros.mavr', 'kvlachou'],
  cue=['Καλησπέρα, ονομάζομαι {n} και η παραγγελία μου δεν ήρθε.', 'Με εκτίμηση,\n{n}', 'Υπεύθυνος/η επικοινωνίας: {n}'],
  nar=['Στο αποδεικτικό παραλαβής υπογράφει {n}, όχι εγώ.'],
  con=['Τηλέφωνο: {v}', 'Στείλτε μου στο {v}'], pay=['Χρεώθηκε δύο φορές η κάρτα {v}.', 'Επιστροφή στο IBAN {v}'],
  ipt=['Η σύνδεση μπλοκαρίστηκε από {v}'], adr=['Ερμού 25, 105 63 Αθήνα', 'Τσιμισκή 112, 546 22 Θεσσαλονίκη'],
  adrt=['Διεύθυνση αποστολής: {a}'], bd=['Ημερομηνία γέννησης: {d}', 'Γεννήθηκα στις {d}.'],
  idc=['ΑΜΚΑ: {v}'], pp=['Αριθμός διαβατηρίου {v}'], us=['Όνομα χρήστη: {v}'],
  lk=[('order_number', 'Η παραγγελία {v} καθυστερεί.'), ('price', 'Τελική τιμή {v}')],
  cap=[('Συναντιόμαστε στην πλατεία Συντάγματος.', 'πλατεία Συντάγματος'), ('Το ξενοδοχείο Μεγάλη Βρεταννία είναι δίπλα.', 'Μεγάλη Βρεταννία')])
L['ga'] = dict(r='IE', loc='ga_IE', ib='IE', nid='ie', dom=['eircom.net', 'gmail.com', 'iol.ie'], df='%d/%m/%Y', ppf='LLDDDDDDD',
  N=['Seán Ó Briain', 'Aoife Nic Giolla Phádraig', 'Pádraig Mac Cárthaigh', 'Niamh Ní Bhriain'],
  cue=['Dia duit, is mise {n} agus níor tháinig an beart.', 'Le meas,\n{n}', 'Ainm: {n}'],
  nar=['Thóg {n} an beart isteach dom inné.'],
  con=['Uimhir ghutháin: {v}', 'Seol ríomhphost chuig {v}'], pay=['Gearradh an cárta {v} faoi dhó.', 'Aisíoc chuig {v} le do thoil'],
  ipt=['Cuireadh bac ar logáil isteach ó {v}'], adr=['14 Sráid Grafton, Baile Átha Cliath 2, D02 VF65', '7 Bóthar na Trá, Gaillimh H91 X2Y7'],
  adrt=['Seoladh seachadta: {a}'], bd=['Dáta breithe: {d}', 'Rugadh mé ar {d}.'],
  idc=['Uimhir PSP: {v}'], pp=['Uimhir pas: {v}'], us=['Ainm úsáideora: {v}'],
  lk=[('order_number', 'Ordú {v} fós ar iarraidh.')],
  cap=[('Buailfimid le chéile ag Stáisiún Heuston.', 'Stáisiún Heuston'), ('Tá an ceolchoirm in Amharclann na Mainistreach.', 'Amharclann na Mainistreach')])
L['mt'] = dict(r='MT', loc='mt_MT', ib='MT', nid='mt', dom=['maltanet.net', 'gmail.com', 'go.net.mt'], df='%d/%m/%Y', ppf='DDDDDDD',
  N=['Ġużeppi Borg', 'Marija Camilleri', 'Ċensu Zammit', 'Doris Grech'],
  cue=['Bonġu, jien jisimni {n} u l-pakkett ma wasalx.', 'Grazzi,\n{n}'],
  nar=['Il-pakkett ħadu {n} tal-għatba ta\' ħdejja.'],
  con=['Ċemplu fuq {v}', 'Ibgħatu email fuq {v}'], pay=['Il-karta {v} ġiet iddebitata darbtejn.', 'Rifużjoni fuq {v}'],
  ipt=['Id-dħul ġie bblokkjat minn {v}'], adr=['12, Triq il-Merkanti, Il-Belt Valletta VLT 1175', '45, Triq San Pawl, Ħal Qormi QRM 2407'],
  adrt=['Indirizz: {a}'], bd=['Data tat-twelid: {d}'], idc=['Karta tal-identità: {v}'], pp=['Numru tal-passaport {v}'], us=['Isem tal-utent: {v}'],
  lk=[('order_number', 'L-ordni {v} għadu ma wasalx.')],
  cap=[('Niltaqgħu ħdejn il-Bieb tal-Belt.', 'Bieb tal-Belt'), ('L-ajruport Malta International huwa viċin.', 'Malta International')])
L['tr'] = dict(r='TR', loc='tr_TR', ib='TR', nid='tr', dom=['hotmail.com', 'yandex.com.tr', 'gmail.com'], df='%d.%m.%Y', ppf='LDDDDDDDD',
  N=['Mehmet Ali Yıldırım', 'Ayşe Gül Çelik', 'Oğuzhan Şahin', 'Şükriye Öztürk', 'Barış Kılıç'],
  cue=['Merhaba, adım {n}, siparişim hâlâ gelmedi.', 'Saygılarımla,\n{n}', 'İrtibat kişisi: {n}', 'Mağazada {n} ile görüşün.'],
  nar=['Kargoyu dün {n} teslim almış, bana haber vermemiş.'],
  con=['Bana {v} numarasından ulaşabilirsiniz.', 'e-posta: {v}'], pay=['{v} numaralı kartımdan iki kez çekim yapıldı.', 'İade IBAN: {v}'],
  ipt=['{v} adresinden giriş engellendi.'], adr=['Bağdat Cad. No: 214 D: 7, 34728 Kadıköy/İstanbul', 'Atatürk Bulvarı No: 85, 06640 Çankaya/Ankara'],
  adrt=['Teslimat adresi: {a}'], bd=['Doğum tarihi: {d}', '{d} doğumluyum.'],
  idc=['TC kimlik no: {v}'], pp=['Pasaport no: {v}'], us=['Kullanıcı adım {v}'],
  lk=[('order_number', 'Sipariş no {v} kargoya verilmedi.'), ('version', 'Uygulama {v} sürümünde çöküyor.'), ('price', 'Toplam tutar {v}')],
  cap=[('Atatürk Havalimanı yerine Sabiha Gökçen Havalimanı\'na indik.', 'Sabiha Gökçen Havalimanı'), ('Buluşma yeri Kemal Sunal Parkı.', 'Kemal Sunal Parkı')])
L['ru'] = dict(r='RU', loc='ru_RU', ib=None, nid='ru', dom=['mail.ru', 'yandex.ru', 'rambler.ru', 'bk.ru'], df='%d.%m.%Y', ppf='DD DD DDDDDD',
  N=['Алексей Викторович Смирнов', 'Екатерина Соловьёва', 'Фёдор Кузнецов', 'Наталья Ильинична Воробьёва', 'Святослав Орлов'],
  rom=['a.smirnov', 'katya.solovyova', 'fedor.kuznetsov', 'vorobyova.n', 'svyatoslav.orlov'],
  cue=['Здравствуйте, меня зовут {n}, заказ пришёл неполный.', 'С уважением,\n{n}', 'Контактное лицо: {n}', 'Спросите на ресепшене {n} — там в курсе.'],
  nar=['Посылку отдали соседям, в накладной стоит подпись: {n}.', 'Курьер отдал коробку консьержу, в графе «получатель» теперь стоит {n}.'],
  con=['Мой номер {v}, звоните после шести.', 'Пишите на {v}', 'тел. {v}'], pay=['С карты {v} списали дважды!', 'Верните деньги на карту {v}'],
  ipt=['Вход заблокирован с адреса {v}'], adr=['ул. Тверская, д. 15, кв. 42, Москва, 125009', 'Невский пр., 88, кв. 7, Санкт-Петербург, 191025'],
  adrt=['Адрес доставки: {a}', 'Живу по адресу {a}, домофон не работает.'], bd=['Дата рождения: {d}', 'Я родилась {d}.'],
  idc=['ИНН {v}'], pp=['Серия и номер паспорта: {v}'], us=['Логин: {v}'],
  lk=[('order_number', 'Заказ № {v} всё ещё в пути.'), ('tracking_number', 'Трек-номер {v} не отслеживается.'), ('version', 'После обновления до {v} приложение вылетает.'), ('price', 'Итого к оплате: {v}')],
  cap=[('Встречаемся у станции метро «Пушкинская».', 'Пушкинская'), ('Жили в гостинице «Гранд Отель Европа».', 'Гранд Отель Европа'), ('Концерт в Большом зале консерватории имени Чайковского.', 'консерватории имени Чайковского')])
L['uk'] = dict(r='UA', loc='uk_UA', ib='UA', nid='ua', dom=['ukr.net', 'i.ua', 'gmail.com'], df='%d.%m.%Y', ppf='LLDDDDDD',
  N=['Олександр Коваленко', 'Ганна Шевчук', 'Богдан Ткаченко', 'Оксана Мельник-Гнатюк'],
  rom=['o.kovalenko', 'hanna.shevchuk', 'bohdan.tk', 'oksana.melnyk'],
  cue=['Добрий день, мене звати {n}, посилка не прийшла.', 'З повагою,\n{n}', 'Контактна особа: {n}'],
  nar=['У застосунку вказано, що посилку отримала особа: {n}.'],
  con=['Телефонуйте: {v}', 'Пошта: {v}'], pay=['З картки {v} зняли двічі.', 'Поверніть на рахунок {v}'],
  ipt=['Вхід заблоковано з {v}'], adr=['вул. Хрещатик, 22, кв. 5, Київ, 01001', 'просп. Свободи, 17, Львів, 79000'],
  adrt=['Адреса доставки: {a}'], bd=['Дата народження: {d}'], idc=['РНОКПП {v}'], pp=['Паспорт № {v}'], us=['Ім\'я користувача: {v}'],
  lk=[('order_number', 'Замовлення № {v} затримується.'), ('timestamp', 'Помилка о {v}.')],
  cap=[('Зустрінемось біля станції метро «Золоті ворота».', 'Золоті ворота'), ('Готель «Леополіс» у центрі.', 'Леополіс')])
L['be'] = dict(r='BY', loc='be_BY', ib='BY', nid=None, dom=['tut.by', 'mail.ru', 'gmail.com'], df='%d.%m.%Y', ppf='LLDDDDDDD',
  N=['Уладзімір Каралёў', 'Алеся Бахарэвіч', 'Язэп Шыманскі', 'Святлана Лукашэвіч'],
  rom=['uladzimir.k', 'alesia.b', 'yazep.sh', 'sviatlana.l'],
  cue=['Добры дзень, мяне завуць {n}, пасылка не прыйшла.', 'З павагай,\n{n}'],
  nar=['У квітку пра атрыманне ўпісана: {n}.'],
  con=['Тэлефон: {v}', 'Пішыце на {v}'], pay=['З карткі {v} спісалі двойчы.', 'Вярніце на рахунак {v}'],
  ipt=['Уваход заблакаваны з {v}'], adr=['вул. Кірава, 8, кв. 14, Мінск, 220030', 'вул. Савецкая, 52, Гомель, 246050'],
  adrt=['Адрас дастаўкі: {a}'], bd=['Дата нараджэння: {d}'], idc=None, pp=['Нумар пашпарта {v}'], us=['Імя карыстальніка: {v}'],
  lk=[('order_number', 'Заказ № {v} затрымліваецца.')],
  cap=[('Сустрэнемся каля станцыі метро «Плошча Якуба Коласа».', 'Плошча Якуба Коласа'), ('Тэатр імя Янкі Купалы зачынены.', 'Тэатр імя Янкі Купалы')])
L['kk'] = dict(r='KZ', loc='kk_KZ', ib='KZ', nid='kz', dom=['mail.kz', 'inbox.ru', 'gmail.com'], df='%d.%m.%Y', ppf='LDDDDDDDD',
  N=['Нұрлан Әбішев', 'Айгерім Серікқызы', 'Ерлан Жұмабаев', 'Динара Қасымова'],
  rom=['nurlan.abishev', 'aigerim.s', 'erlan.zh', 'dinara.kasymova'],
  cue=['Сәлеметсіз бе, менің атым {n}, тапсырыс келмеді.', 'Құрметпен,\n{n}'],
  nar=['Сәлемдемені көрші {n} алып қалыпты.'],
  con=['Телефон: {v}', 'Поштам: {v}'], pay=['{v} картасынан екі рет ақша алынды.', 'Қайтаруды {v} шотына жасаңыз'],
  ipt=['{v} мекенжайынан кіру бұғатталды'], adr=['Абай даңғылы 150, 12-пәтер, Алматы 050046', 'Қабанбай батыр даңғылы 11, Астана 010000'],
  adrt=['Жеткізу мекенжайы: {a}'], bd=['Туған күні: {d}'], idc=['ЖСН: {v}'], pp=['Төлқұжат нөмірі {v}'], us=['Пайдаланушы аты: {v}'],
  lk=[('order_number', 'Тапсырыс № {v} кешігіп жатыр.')],
  cap=[('Кездесу орны — Абай театры алдында.', 'Абай театры'), ('Нұрсұлтан Назарбаев әуежайына қондық.', 'Нұрсұлтан Назарбаев әуежайына')])

L['ar'] = dict(r='SA', loc='ar_SA', ib='SA', nid='sa', dom=['gmail.com', 'hotmail.com', 'yahoo.com'], df='%d/%m/%Y', ppf='LDDDDDDD',
  N=['محمد عبد الرحمن الغامدي', 'فاطمة الزهراء بن علي', 'خالد بن سلمان العتيبي', 'نورة القحطاني', 'يوسف الحسيني'],
  rom=['m.alghamdi', 'fatima.benali', 'khalid.otaibi', 'noura.q', 'yousef.husseini'],
  cue=['السلام عليكم، اسمي {n} ولم يصلني الطلب حتى الآن.', 'مع خالص التحية،\n{n}', 'الشخص المسؤول: {n}', 'اسأل عن {n} في الاستقبال.'],
  nar=['تم تسليم الطرد إلى {n} بدلاً مني أمس.'],
  con=['رقم جوالي {v}', 'راسلني على {v} من فضلك'], pay=['تم خصم المبلغ مرتين من البطاقة {v}', 'أرجو تحويل المبلغ إلى الآيبان {v}'],
  ipt=['تم حظر الدخول من العنوان {v}'], adr=['شارع الملك فهد، مبنى 4521، حي العليا، الرياض 12214', 'طريق الكورنيش 77، جدة 23511'],
  adrt=['عنوان التوصيل: {a}'], bd=['تاريخ الميلاد: {d}', 'ولدت في {d}'],
  idc=['رقم الهوية الوطنية: {v}'], pp=['رقم جواز السفر {v}'], us=['اسم المستخدم: {v}'],
  lk=[('order_number', 'الطلب رقم {v} متأخر.'), ('price', 'المبلغ الإجمالي {v}'), ('version', 'التطبيق يتوقف في الإصدار {v}')],
  cap=[('نلتقي عند مطار الملك خالد الدولي.', 'مطار الملك خالد الدولي'), ('الفعالية في مركز الملك عبدالعزيز الثقافي.', 'مركز الملك عبدالعزيز الثقافي')])
L['fa'] = dict(r='IR', loc='fa_IR', ib='IR', nid='ir', dom=['gmail.com', 'yahoo.com', 'chmail.ir'], df='%Y/%m/%d', ppf='LDDDDDDDD',
  N=['علیرضا حسینی', 'مریم سادات موسوی', 'رضا کریمی‌نژاد', 'زهرا تهرانی'],
  rom=['alireza.hosseini', 'maryam.mousavi', 'reza.kariminejad', 'zahra.tehrani'],
  cue=['سلام، من {n} هستم و سفارشم هنوز نرسیده.', 'با احترام،\n{n}', 'نام: {n}'],
  nar=['بسته را دیروز {n} از پیک تحویل گرفت.'],
  con=['شماره تماس: {v}', 'ایمیل من {v} است'], pay=['از کارت {v} دو بار برداشت شد.', 'لطفاً به شبا {v} واریز کنید'],
  ipt=['ورود از {v} مسدود شد'], adr=['تهران، خیابان ولیعصر، کوچه نسترن، پلاک ۱۲، کد پستی 1595643711', 'اصفهان، خیابان چهارباغ عباسی، پلاک 45'],
  adrt=['آدرس: {a}'], bd=['تاریخ تولد: {d}'], idc=['کد ملی: {v}'], pp=['شماره گذرنامه {v}'], us=['نام کاربری: {v}'],
  lk=[('order_number', 'سفارش شماره {v} تاخیر دارد.')],
  cap=[('در میدان امام خمینی همدیگر را ببینیم.', 'میدان امام خمینی'), ('فرودگاه مهرآباد شلوغ بود.', 'فرودگاه مهرآباد')])
L['he'] = dict(r='IL', loc='he_IL', ib='IL', nid='il', dom=['walla.co.il', 'gmail.com', 'bezeqint.net'], df='%d.%m.%Y', ppf='DDDDDDDD',
  N=['יוסי בן-דוד', 'מיכל אברהמי', 'אביגיל רוזנברג', 'שמעון פרץ-לוי'],
  rom=['yossi.bendavid', 'michal.a', 'avigail.r', 'shimon.peretz'],
  cue=['שלום, קוראים לי {n} וההזמנה לא הגיעה.', 'בברכה,\n{n}', 'איש קשר: {n}'],
  nar=['החבילה נמסרה ל{n} מהקומה למטה.'],
  con=['הטלפון שלי {v}', 'מייל: {v}'], pay=['חייבו פעמיים את הכרטיס {v}', 'החזר לחשבון {v}'],
  ipt=['הכניסה נחסמה מ-{v}'], adr=['רחוב הרצל 45 דירה 8, תל אביב 6578801', 'שדרות בן גוריון 12, חיפה 3526301'],
  adrt=['כתובת למשלוח: {a}'], bd=['תאריך לידה: {d}'], idc=['ת"ז {v}'], pp=['מספר דרכון {v}'], us=['שם משתמש: {v}'],
  lk=[('order_number', 'הזמנה מספר {v} מתעכבת.'), ('version', 'בגרסה {v} האפליקציה קורסת')],
  cap=[('ניפגש בתחנת רכבת תל אביב סבידור מרכז.', 'תל אביב סבידור מרכז'), ('הופעה בהיכל מנורה מבטחים.', 'היכל מנורה מבטחים')])
L['ur'] = dict(r='PK', loc='ur_PK', ib='PK', nid='pk', dom=['gmail.com', 'yahoo.com', 'hotmail.com'], df='%d-%m-%Y', ppf='LLDDDDDDD',
  N=['محمد عمران قریشی', 'عائشہ صدیقی', 'بلال احمد چوہدری', 'فرحانہ بیگم'],
  rom=['imran.qureshi', 'ayesha.siddiqui', 'bilal.ch', 'farhana.begum'],
  cue=['السلام علیکم، میرا نام {n} ہے اور میرا آرڈر نہیں آیا۔', 'شکریہ،\n{n}'],
  nar=['پارسل کل {n} نے وصول کر لیا تھا۔'],
  con=['میرا نمبر {v} ہے', 'ای میل: {v}'], pay=['کارڈ {v} سے دو بار کٹوتی ہوئی۔', 'رقم واپس {v} میں بھیجیں'],
  ipt=['{v} سے لاگ ان بلاک ہو گیا'], adr=['مکان نمبر 23، گلی 7، ایف-8/3، اسلام آباد 44000', 'ہاؤس 112، بلاک سی، گلبرگ III، لاہور 54660'],
  adrt=['پتہ: {a}'], bd=['تاریخ پیدائش: {d}'], idc=['شناختی کارڈ نمبر {v}'], pp=['پاسپورٹ نمبر {v}'], us=['یوزر نیم: {v}'],
  lk=[('order_number', 'آرڈر نمبر {v} ابھی تک نہیں پہنچا۔')],
  cap=[('ہم علامہ اقبال انٹرنیشنل ایئرپورٹ پر ملیں گے۔', 'علامہ اقبال انٹرنیشنل ایئرپورٹ'), ('قائداعظم لائبریری بند تھی۔', 'قائداعظم لائبریری')])
L['hi'] = dict(r='IN', loc='hi_IN', ib=None, nid='in', dom=['gmail.com', 'rediffmail.com', 'yahoo.in'], df='%d/%m/%Y', ppf='LDDDDDDD',
  N=['राजेश कुमार शर्मा', 'सुनीता देवी', 'अनुराग त्रिपाठी', 'प्रियंका चौहान'],
  rom=['rajesh.sharma', 'sunita.devi', 'anurag.tripathi', 'priyanka.c'],
  cue=['नमस्ते, मेरा नाम {n} है और मेरा ऑर्डर अभी तक नहीं आया।', 'धन्यवाद,\n{n}', 'संपर्क व्यक्ति: {n}'],
  nar=['पार्सल कल {n} ने ले लिया था, मुझे बताया भी नहीं।'],
  con=['मेरा मोबाइल नंबर {v} है', 'ईमेल करें: {v}'], pay=['कार्ड {v} से दो बार पैसे कट गए।', 'रिफंड इस कार्ड में करें: {v}'],
  ipt=['{v} से लॉगिन ब्लॉक हो गया'], adr=['मकान नं. 45, सेक्टर 15, नोएडा, उत्तर प्रदेश 201301', '12/B, गांधी नगर, जयपुर 302015'],
  adrt=['डिलीवरी पता: {a}'], bd=['जन्म तिथि: {d}'], idc=['आधार संख्या: {v}'], pp=['पासपोर्ट संख्या {v}'], us=['यूज़रनेम: {v}'],
  lk=[('order_number', 'ऑर्डर नंबर {v} में देरी है।'), ('price', 'कुल राशि {v}')],
  cap=[('हम इंदिरा गांधी अंतरराष्ट्रीय हवाई अड्डे पर मिलेंगे।', 'इंदिरा गांधी अंतरराष्ट्रीय हवाई अड्डे'), ('महात्मा गांधी मार्ग पर जाम था।', 'महात्मा गांधी मार्ग')])
L['bn'] = dict(r='BD', loc='bn_BD', ib=None, nid='bd', dom=['gmail.com', 'yahoo.com'], df='%d/%m/%Y', ppf='LLDDDDDDD',
  N=['মোহাম্মদ রফিকুল ইসলাম', 'তানজিলা আক্তার', 'সৌরভ গাঙ্গুলী', 'নুসরাত জাহান'],
  rom=['rafiqul.islam', 'tanzila.akter', 'sourav.g', 'nusrat.jahan'],
  cue=['নমস্কার, আমার নাম {n}, আমার অর্ডার এখনও আসেনি।', 'ধন্যবাদান্তে,\n{n}'],
  nar=['পার্সেলটা গতকাল {n} নিয়ে নিয়েছে।'],
  con=['আমার ফোন নম্বর {v}', 'ইমেইল: {v}'], pay=['কার্ড {v} থেকে দুবার টাকা কেটেছে।', 'কার্ড নম্বর {v}-এ ফেরত দিন'],
  ipt=['{v} থেকে লগইন ব্লক হয়েছে'], adr=['বাড়ি ২৭, রোড ১১, ধানমন্ডি, ঢাকা ১২০৯', 'হোল্ডিং 14, আগ্রাবাদ, চট্টগ্রাম 4100'],
  adrt=['ঠিকানা: {a}'], bd=['জন্ম তারিখ: {d}'], idc=['জাতীয় পরিচয়পত্র নম্বর {v}'], pp=['পাসপোর্ট নম্বর {v}'], us=['ইউজারনেম: {v}'],
  lk=[('order_number', 'অর্ডার নম্বর {v} দেরি হচ্ছে।')],
  cap=[('শাহজালাল আন্তর্জাতিক বিমানবন্দরে দেখা হবে।', 'শাহজালাল আন্তর্জাতিক বিমানবন্দরে'), ('রবীন্দ্র সরোবর এ আড্ডা।', 'রবীন্দ্র সরোবর')])
L['ja'] = dict(r='JP', loc='ja_JP', ib=None, nid='jp', dom=['docomo.ne.jp', 'yahoo.co.jp', 'gmail.com', 'ezweb.ne.jp'], df='%Y/%m/%d', ppf='LLDDDDDDD',
  N=['佐々木 健太', '渡邊美咲', '小鳥遊 ひなた', '長谷川 誠一郎', '石田 亜由美'],
  rom=['kenta.sasaki', 'misaki.watanabe', 'hinata.t', 'hasegawa.seiichiro', 'ayumi_ishida'],
  cue=['お世話になっております。{n}と申します。注文した商品がまだ届いておりません。', '担当：{n}', 'よろしくお願いいたします。\n{n}'],
  nar=['昨日、隣の{n}さんが荷物を代わりに受け取ってくれました。'],
  con=['ご連絡は{v}までお願いします。', 'メール：{v}'], pay=['カード{v}で二重に請求されています。', '返金はこちらのカードへ：{v}'],
  ipt=['{v}からのログインがブロックされました。'], adr=['〒150-0002 東京都渋谷区渋谷2丁目21-1 ヒカリエ12階', '〒530-0001 大阪府大阪市北区梅田3-1-3'],
  adrt=['お届け先：{a}'], bd=['生年月日：{d}'], idc=['マイナンバー：{v}'], pp=['旅券番号 {v}'], us=['ユーザー名：{v}'],
  lk=[('order_number', '注文番号{v}の配送状況を教えてください。'), ('version', 'バージョン{v}でアプリが落ちます。'), ('price', '合計金額は{v}です。')],
  cap=[('新宿駅の南口で待ち合わせしましょう。', '新宿駅'), ('帝国ホテルのロビーで会いましょう。', '帝国ホテル')])
L['zh'] = dict(r='CN', loc='zh_Hans_CN', ib=None, nid='cn', dom=['qq.com', '163.com', '126.com', 'sina.com'], df='%Y年%m月%d日', ppf='LDDDDDDDD',
  N=['王建国', '欧阳静怡', '司马晓峰', '李娜', '张伟强'],
  rom=['wangjianguo', 'ouyang.jingyi', 'simaxf88', 'lina0712', 'zhangwq'],
  cue=['您好，我叫{n}，订单一直没有发货。', '联系人：{n}', '此致敬礼\n{n}', '到前台找{n}就行。'],
  nar=['快递昨天被{n}代签了，我完全不知道。'],
  con=['我的手机号是{v}，请尽快回电。', '邮箱：{v}'], pay=['银行卡{v}被重复扣款了。', '请退款到卡号{v}'],
  ipt=['来自{v}的登录已被拦截'], adr=['北京市朝阳区建国路88号SOHO现代城3号楼1205室，邮编100022', '上海市徐汇区漕溪北路398号，200030'],
  adrt=['收货地址：{a}'], bd=['出生日期：{d}'], idc=['身份证号：{v}'], pp=['护照号码：{v}'], us=['用户名：{v}'],
  lk=[('order_number', '订单号{v}一直显示待发货。'), ('tracking_number', '快递单号{v}查不到物流信息。'), ('price', '总价{v}')],
  cap=[('我们在中山公园门口见。', '中山公园'), ('会议在鲁迅纪念馆旁边的酒店举行。', '鲁迅纪念馆')])
L['zh-TW'] = dict(L['zh'], r='TW', loc='zh_Hant_TW', nid='tw', dom=['yahoo.com.tw', 'gmail.com', 'hinet.net'],
  N=['陳志明', '林美玲', '黃冠宇', '蔡依婷'], rom=['chihming.chen', 'meiling.lin', 'kuanyu.huang', 'yiting.tsai'],
  cue=['您好，我是{n}，想詢問退貨進度。', '聯絡人：{n}'], nar=['包裹昨天被{n}代收了。'],
  con=['我的手機是{v}', '電子郵件：{v}'], pay=['信用卡{v}被重複扣款。'],
  adr=['臺北市大安區忠孝東路四段100號5樓', '高雄市苓雅區四維三路2號'], adrt=['收件地址：{a}'], idc=['身分證字號：{v}'], bd=['出生日期：{d}'],
  lk=[('order_number', '訂單編號{v}還沒出貨。'), ('version', '更新到{v}版後就閃退。')],
  cap=[('在中正紀念堂站二號出口見。', '中正紀念堂站'), ('我們住在國父紀念館附近。', '國父紀念館')])
L['ko'] = dict(r='KR', loc='ko_KR', ib=None, nid='kr', dom=['naver.com', 'daum.net', 'hanmail.net'], df='%Y.%m.%d', ppf='LDDDDDDDD',
  N=['김민준', '이서연', '남궁 민수', '박지훈', '황보 혜진'],
  rom=['minjun.kim', 'seoyeon_lee', 'namgung.ms', 'jihoon.park', 'hwangbo.hj'],
  cue=['안녕하세요, 저는 {n}입니다. 주문한 상품이 아직 안 왔어요.', '담당자: {n}', '감사합니다.\n{n} 드림'],
  nar=['어제 옆집 {n} 씨가 택배를 대신 받아 주셨어요.'],
  con=['연락처: {v}', '이메일 {v}로 답장 부탁드립니다.'], pay=['카드 {v}로 두 번 결제되었습니다.', '환불은 카드 {v}로 해주세요'],
  ipt=['{v}에서의 로그인이 차단되었습니다'], adr=['서울특별시 강남구 테헤란로 152, 12층 (역삼동) 06236', '부산광역시 해운대구 우동 1408-5'],
  adrt=['배송지: {a}'], bd=['생년월일: {d}'], idc=['주민등록번호 {v}'], pp=['여권번호 {v}'], us=['아이디: {v}'],
  lk=[('order_number', '주문번호 {v} 배송 조회가 안 돼요.'), ('version', '{v} 버전에서 앱이 꺼집니다.')],
  cap=[('세종대왕 동상 앞에서 만나요.', '세종대왕 동상'), ('이순신 장군 동상 근처 카페예요.', '이순신 장군 동상')])
L['th'] = dict(r='TH', loc='th_TH', ib=None, nid='th', dom=['hotmail.com', 'gmail.com', 'yahoo.co.th'], df='%d/%m/%Y', ppf='LLDDDDDDD',
  N=['สมชาย ใจดี', 'ปรียาภรณ์ ศรีสุข', 'ณัฐวุฒิ วงศ์สวัสดิ์', 'กนกวรรณ แก้วมณี'],
  rom=['somchai.j', 'preeyaporn.s', 'nattawut.w', 'kanokwan.k'],
  cue=['สวัสดีค่ะ ดิฉันชื่อ {n} สินค้ายังไม่ได้รับเลยค่ะ', 'ขอบคุณครับ\n{n}', 'ผู้ติดต่อ: {n}'],
  nar=['เมื่อวาน {n} รับพัสดุแทนผมไปแล้ว'],
  con=['เบอร์โทร {v}', 'อีเมล {v}'], pay=['บัตร {v} ถูกตัดเงินซ้ำสองครั้ง', 'คืนเงินเข้าบัตร {v}'],
  ipt=['การเข้าสู่ระบบจาก {v} ถูกบล็อก'], adr=['99/12 ถนนสุขุมวิท ซอย 23 แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพฯ 10110', '45 หมู่ 3 ตำบลสุเทพ อำเภอเมือง เชียงใหม่ 50200'],
  adrt=['ที่อยู่จัดส่ง: {a}'], bd=['วันเกิด: {d}'], idc=['เลขบัตรประชาชน {v}'], pp=['เลขหนังสือเดินทาง {v}'], us=['ชื่อผู้ใช้: {v}'],
  lk=[('order_number', 'คำสั่งซื้อ {v} ยังไม่จัดส่ง'), ('price', 'ยอดรวม {v}')],
  cap=[('เจอกันที่สถานีหมอชิตนะ', 'สถานีหมอชิต'), ('โรงพยาบาลจุฬาลงกรณ์อยู่ตรงข้าม', 'โรงพยาบาลจุฬาลงกรณ์')])
L['vi'] = dict(r='VN', loc='vi_VN', ib=None, nid='vn', dom=['gmail.com', 'yahoo.com.vn', 'fpt.vn'], df='%d/%m/%Y', ppf='LDDDDDDD',
  N=['Nguyễn Thị Thu Hằng', 'Trần Quốc Bảo', 'Lê Hoàng Phúc', 'Phạm Ngọc Ánh'],
  cue=['Chào shop, mình tên là {n}, đơn hàng chưa tới.', 'Trân trọng,\n{n}', 'Người liên hệ: {n}'],
  nar=['Hôm qua {n} nhận hộ gói hàng mà không báo mình.'],
  con=['SĐT: {v}', 'Email mình là {v}'], pay=['Thẻ {v} bị trừ tiền hai lần.', 'Hoàn tiền vào thẻ {v}'],
  ipt=['Đăng nhập từ {v} bị chặn'], adr=['Số 18 ngõ 42 phố Thịnh Hào 1, Đống Đa, Hà Nội 115000', '127 Nguyễn Đình Chiểu, Phường 6, Quận 3, TP. Hồ Chí Minh'],
  adrt=['Địa chỉ giao hàng: {a}'], bd=['Ngày sinh: {d}'], idc=['Số CCCD: {v}'], pp=['Số hộ chiếu {v}'], us=['Tên đăng nhập: {v}'],
  lk=[('order_number', 'Đơn hàng {v} giao chậm quá.'), ('price', 'Tổng tiền {v}')],
  cap=[('Hẹn ở Lăng Chủ tịch Hồ Chí Minh lúc 8 giờ.', 'Lăng Chủ tịch Hồ Chí Minh'), ('Khách sạn ở đường Lê Lợi.', 'đường Lê Lợi')])
L['id'] = dict(r='ID', loc='id_ID', ib=None, nid='id', dom=['gmail.com', 'yahoo.co.id'], df='%d-%m-%Y', ppf='LDDDDDDD',
  N=['Budi Santoso', 'Siti Nurhaliza Rahmawati', 'Agus Salim Harahap', 'Dewi Lestari'],
  cue=['Halo kak, nama saya {n}, paket saya belum sampai.', 'Salam,\n{n}', 'Kontak: {n}'],
  nar=['Kemarin paketnya diterima {n}, tetangga sebelah.'],
  con=['No. WA: {v}', 'Email: {v}'], pay=['Kartu {v} terpotong dua kali.', 'Refund ke kartu {v} ya'],
  ipt=['Login dari {v} diblokir'], adr=['Jl. Kemang Raya No. 12, RT 04/RW 02, Bangka, Mampang Prapatan, Jakarta Selatan 12730', 'Jl. Dago No. 88, Coblong, Bandung 40135'],
  adrt=['Alamat pengiriman: {a}'], bd=['Tanggal lahir: {d}', 'Saya lahir {d}.'], idc=['NIK: {v}'], pp=['Nomor paspor {v}'], us=['Username: {v}'],
  lk=[('order_number', 'Pesanan {v} belum dikirim.'), ('tracking_number', 'Resi {v} tidak bisa dilacak.')],
  cap=[('Ketemu di Bandara Soekarno-Hatta terminal 3.', 'Bandara Soekarno-Hatta'), ('Kami menginap dekat Jalan Jenderal Sudirman.', 'Jalan Jenderal Sudirman')])
L['ms'] = dict(r='MY', loc='ms_MY', ib=None, nid='my', dom=['gmail.com', 'yahoo.com.my', 'streamyx.com'], df='%d/%m/%Y', ppf='LDDDDDDDD',
  N=['Ahmad Faizal bin Abdullah', 'Nur Aisyah binti Ismail', 'Lim Wei Jie', 'Kavitha a/p Subramaniam'],
  cue=['Salam, nama saya {n} dan barang saya belum sampai.', 'Terima kasih,\n{n}', 'Pegawai bertugas: {n}'],
  nar=['Semalam {n} ambil bungkusan itu bagi pihak saya.'],
  con=['No. telefon: {v}', 'E-mel: {v}'], pay=['Kad {v} dicaj dua kali.', 'Bayaran balik ke kad {v}'],
  ipt=['Log masuk dari {v} disekat'], adr=['No. 23, Jalan SS2/75, 47300 Petaling Jaya, Selangor', 'Lot 5, Jalan Tun Razak, 50400 Kuala Lumpur'],
  adrt=['Alamat penghantaran: {a}'], bd=['Tarikh lahir: {d}'], idc=['No. MyKad: {v}'], pp=['No. pasport {v}'], us=['Nama pengguna: {v}'],
  lk=[('order_number', 'Pesanan {v} lambat.'), ('price', 'Jumlah {v}')],
  cap=[('Jumpa di Stesen Sentral Kuala Lumpur.', 'Stesen Sentral Kuala Lumpur'), ('Kami tinggal dekat Jalan Tuanku Abdul Rahman.', 'Jalan Tuanku Abdul Rahman')])

# ---------------- lookalike values ----------------
CUR = {'DE': 'EUR', 'AT': 'EUR', 'CH': 'CHF', 'US': 'USD', 'GB': 'GBP', 'IN': 'INR', 'AU': 'AUD', 'ES': 'EUR', 'MX': 'MXN', 'AR': 'ARS', 'CO': 'COP',
       'FR': 'EUR', 'BE': 'EUR', 'CA': 'CAD', 'IT': 'EUR', 'PT': 'EUR', 'BR': 'BRL', 'NL': 'EUR', 'DK': 'DKK', 'SE': 'SEK', 'NO': 'NOK', 'FI': 'EUR',
       'IS': 'ISK', 'EE': 'EUR', 'LV': 'EUR', 'LT': 'EUR', 'PL': 'PLN', 'CZ': 'CZK', 'SK': 'EUR', 'HU': 'HUF', 'SI': 'EUR', 'HR': 'EUR', 'RS': 'RSD',
       'BA': 'BAM', 'MK': 'MKD', 'AL': 'ALL', 'RO': 'RON', 'BG': 'BGN', 'GR': 'EUR', 'IE': 'EUR', 'MT': 'EUR', 'TR': 'TRY', 'RU': 'RUB', 'UA': 'UAH',
       'BY': 'BYN', 'KZ': 'KZT', 'SA': 'SAR', 'IR': 'IRR', 'IL': 'ILS', 'PK': 'PKR', 'BD': 'BDT', 'JP': 'JPY', 'CN': 'CNY', 'TW': 'TWD', 'KR': 'KRW',
       'TH': 'THB', 'VN': 'VND', 'ID': 'IDR', 'MY': 'MYR'}
def ean13(prefix=None):
    p = (prefix or R.choice(['400', '401', '590', '760', '800', '871', '500', '471', '690', '880'])) + digits(9 if not prefix else 12 - len(prefix))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(p))
    return p + str((10 - s % 10) % 10)
def look_value(kind, lg):
    loc, reg = lg['loc'], lg['r']
    if kind == 'order_number':
        return R.choice([lambda: '#' + digits(9, True), lambda: 'ORD-2026-' + digits(6), lambda: digits(3, True) + '-' + digits(7) + '-' + digits(7), lambda: 'A' + digits(8), lambda: digits(10, True)])()
    if kind == 'invoice_number':
        return R.choice([lambda: 'RE-2026/' + digits(5), lambda: 'INV-' + digits(8), lambda: 'F2026-' + digits(6), lambda: '2026' + digits(6)])()
    if kind == 'tracking_number':
        return R.choice([lambda: '1Z' + ''.join(R.choice(string.ascii_uppercase + string.digits) for _ in range(6)) + digits(10),
                         lambda: 'JJD' + digits(18), lambda: R.choice(['LX', 'RR', 'CP', 'EE']) + digits(9) + reg, lambda: digits(12, True), lambda: 'SF' + digits(13)])()
    if kind == 'version':
        return R.choice([lambda: '%d.%d.%d' % (R.randint(1, 19), R.randint(0, 40), R.randint(0, 30)),
                         lambda: '%d.%d.%d.%d' % (R.randint(1, 12), R.randint(0, 9), R.randint(0, 99), R.randint(100, 9999)),
                         lambda: 'v%d.%d' % (R.randint(1, 9), R.randint(0, 30))])()
    if kind == 'price':
        from babel.numbers import format_currency
        amt = round(R.uniform(5, 3000), 2) if CUR[reg] not in ('JPY', 'KRW', 'VND', 'IDR', 'IRR', 'HUF', 'COP', 'KZT') else R.randint(1000, 900000)
        return format_currency(amt, CUR[reg], locale=loc)
    if kind == 'date':
        d = datetime.date(2026, R.randint(1, 12), R.randint(1, 28))
        return format_date(d, R.choice(['medium', 'long', 'short']), locale=loc)
    if kind == 'timestamp':
        d = datetime.datetime(2026, R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
        return R.choice([d.strftime('%Y-%m-%d %H:%M:%S'), d.strftime('%Y-%m-%dT%H:%M:%SZ'), d.strftime('%d.%m.%Y %H:%M'), d.strftime('%Y-%m-%dT%H:%M:%S.') + digits(3) + '+01:00'])
    if kind == 'measurement':
        return R.choice(['%d x %d x %d cm' % (R.randint(40, 220), R.randint(30, 120), R.randint(20, 90)), '%d × %d cm' % (R.randint(40, 220), R.randint(30, 200)),
                         '%d,%d kg' % (R.randint(1, 40), R.randint(1, 9)), '%dx%d px' % (R.choice([1920, 2560, 1280]), R.choice([1080, 1440, 720])), '%d mm' % R.randint(100, 2400)])
    if kind == 'hash':
        h = hashlib.sha256(str(R.random()).encode()).hexdigest()
        return R.choice([h, h[:40], h[:32], h[:7]])
    if kind == 'uuid':
        b = bytearray(R.getrandbits(8) for _ in range(16)); b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80
        h = b.hex(); return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    if kind == 'ean':
        return ean13()
    if kind == 'isbn':
        v = ean13(R.choice(['978' + R.choice(['3', '0', '2', '84', '88', '83', '5']), '979' + '10']))
        return v if R.random() < .4 else '%s-%s-%s-%s-%s' % (v[:3], v[3], v[4:7], v[7:12], v[12])
    if kind == 'luhn_invalid':
        return bad_luhn16()
    raise KeyError(kind)

# extra technical carriers (web-log-ish) for lookalikes, language-tagged by the page they come from
TECH = [('uuid', 'GET /{lg}/account/orders/{v}/invoice.pdf HTTP/1.1'), ('hash', 'asset bundle app.{v}.js failed to load on /{lg}/checkout'),
        ('timestamp', '[{v}] INFO form submitted lang={lg} status=ok'), ('isbn', 'GET /{lg}/search?isbn={v}&page=1 HTTP/1.1'), ('ean', 'GET /{lg}/search?ean={v}&sort=price HTTP/1.1'),
        ('luhn_invalid', 'POST /{lg}/cart/voucher code={v}&apply=1 -> 422 invalid voucher'), ('version', 'app_version={v}; os=Android 14; lang={lg}'),
        ('order_number', 'GET /{lg}/orders/{v}/status HTTP/1.1 200'), ('measurement', 'product spec [{lg}] | size: {v} | colour: anthracite'), ('date', 'delivery_window[{lg}]="{v}"')]

# ---------------- build ----------------
OUT = []
def add(kind, tier, lang, text, ident, src, note):
    if ident.endswith('.') and ident + '.' in text:
        text = text.replace(ident + '.', ident, 1)
    assert ident in text, (kind, lang, text, ident)
    assert 1 <= len(text) <= 400, (len(text), text)
    OUT.append(dict(kind=kind, tier=tier, lang=lang, text=text, identifier=ident, expect='kept' if tier == 'lookalike' else 'caught',
                    source=SRC % src, note=note))

def latin_handle(lg, name):
    if lg.get('rom'):
        return lg['rom'][lg['N'].index(name)] if name in lg['N'] and len(lg['rom']) == len(lg['N']) else R.choice(lg['rom'])
    parts = strip_acc(name.lower()).replace('-', ' ').split()
    f, l = parts[0], parts[-1]
    return R.choice(['%s.%s' % (f, l), '%s%s' % (f[0], l), '%s_%s%s' % (f, l, digits(2)), '%s.%s' % (l, f), '%s%s' % (f, digits(4)), '%s-%s' % (f[0], l)])
def username(lg, name):
    h = latin_handle(lg, name).replace('.', R.choice(['_', '.', '']))
    return R.choice([h, h + digits(2), '@' + h, h.capitalize() + '_' + digits(3), h[:10] + R.choice(['_', 'x', '']) + digits(2)])
def passport(pat):
    return ''.join(R.choice(string.ascii_uppercase) if c == 'L' else R.choice(string.digits) if c == 'D' else c for c in pat)

def pick(xs, k):
    xs = list(xs); R.shuffle(xs); return xs[:k]

def build_lang(code, lg):
    names_ = list(lg['N']); R.shuffle(names_)
    ni = iter(names_ * 4)
    hand = 'invented'
    # ---- core: names after cue
    for t in pick(lg['cue'], 2):
        n = next(ni)
        note = 'name in signature after closing line' if t.rstrip().endswith('{n}') and '\n' in t else 'name after cue'
        add('name', 'core', code, t.format(n=n), n, hand, note)
    # ---- core: email x2
    cons = lg['con']
    em_t = [t for t in cons if any(w in t.lower() for w in ['mail', 'e-', '邮箱', 'メール', '이메일', 'ईमेल', 'ইমেইল', 'ای میل', 'ایمیل', 'מייל', 'אימייל', 'пош', 'пиш', 'пош', 'rakst', 'skriv', 'schrijf', 'adresse', 'adres', 'netfang', 'ríomhphost', 'pište', 'scrie', 'пишете', 'raspund', 'vastaa', 'send', 'reply', 'escrib', 'manda', 'rispond', 'ibgħat', 'راسل', 'اسل', 'อีเมล', 'e-post', 'mejla', 'odpoved', 'javite', 'shkruani', 'пишыце', 'поштам', 'el. paštas', 'e-mel', 'pišite', 'пішы', '郵件', 'email', 'e-post', 'correo', 'responder', 'στείλτε', 'میل'])] or cons
    for i in range(2):
        n = next(ni); dom = R.choice(lg['dom']); v = latin_handle(lg, n) + '@' + dom
        if i == 0:
            add('email', 'core', code, R.choice(em_t).format(v=v), v, hand, 'email in contact message')
        else:
            tld = dom.split('.')[-1]
            w = R.choice([
                'https://www.shop-example.%s/newsletter/confirm?email=%s&lang=%s&utm_source=footer' % (tld, v, code.lower()),
                'name=%s&email=%s&subject=reklamation&consent=1' % (strip_acc(n).replace(' ', '+') if not lg.get('rom') else 'x', v),
                '%s\n\n> %s\n> --\n> %s' % (R.choice(lg['cue']).format(n=n), R.choice(em_t).format(v=v), (lambda e: e[1].format(v=look_value(e[0], lg)))(R.choice(lg['lk']))),
                'From: %s <%s>\nSubject: Re: #%s' % (n, v, digits(6, True)),
            ])
            add('email', 'core', code, w, v, hand, 'email in URL query / form dump / quoted thread / header')
    # ---- core: phone x2 (international and national)
    for intl in (True, False):
        v = fmt_phone(phone(lg['r']), intl)
        t = R.choice([c for c in cons if c not in em_t] or cons)
        add('phone', 'core', code, t.format(v=v), v, 'phonenumbers', 'phone with country code' if intl else 'phone without country code (national format)')
    # ---- core: card, ip, iban
    v = card(); add('card', 'core', code, lg['pay'][0].format(v=v), v, 'invented (Luhn-valid)', 'card number in complaint')
    v = ip()
    if R.random() < .5:
        add('ip', 'core', code, lg['ipt'][0].format(v=v), v, 'invented', 'IP in support message')
    else:
        add('ip', 'core', code, '%s - - [%s] "POST /%s/contact HTTP/1.1" 302 0 "-" "Mozilla/5.0"' % (v, datetime.datetime(2026, 12, R.randint(1, 6), R.randint(0, 23), R.randint(0, 59)).strftime('%d/%b/%Y:%H:%M:%S +0000'), code.lower()), v, 'invented', 'IP in access log line')
    if lg['ib']:
        v = iban(lg['ib']); add('iban', 'core', code, lg['pay'][-1].format(v=v), v, 'schwifty', 'IBAN for refund')
    else:
        v = card(); add('card', 'core', code, lg['pay'][-1].format(v=v), v, 'invented (Luhn-valid)', 'card number, second phrasing')
    # ---- extended
    for t in lg['nar']:
        n = next(ni); add('name', 'extended', code, t.format(n=n), n, hand, 'name in narrative, no cue')
    for a in pick(lg['adr'], 2 if len(lg['adr']) > 2 else 1):
        add('address', 'extended', code, R.choice(lg['adrt']).format(a=a), a, hand, 'street address with postcode and city')
    if lg['nid'] and lg.get('idc'):
        v = NID[lg['nid']](); src = 'invented (checksum computed by hand)' if lg['nid'] in ('hu', 'rs', 'ba', 'mk', 'ir', 'kz', 'sa', 'tw') else ('invented (no checksum in format)' if lg['nid'] in ('vn', 'bd', 'mt', 'al', 'gb', 'co') else 'python-stdnum')
        add('national_id', 'extended', code, lg['idc'][0].format(v=v), v, src, 'national id number (%s) after cue' % lg['nid'])
    d = rdate()
    words = R.random() < .5
    v = format_date(d, 'long', locale=lg['loc']) if words else d.strftime(lg['df'])
    add('birth_date', 'extended', code, R.choice(lg['bd']).format(d=v), v, 'Babel' if words else 'invented', 'birth date with month in words' if words else 'birth date in digits')
    v = passport(lg['ppf']); add('passport', 'extended', code, lg['pp'][0].format(v=v), v, 'invented', 'passport number after cue')
    v = username(lg, next(ni)); add('username', 'extended', code, lg['us'][0].format(v=v), v, hand, 'username after cue')
    # ---- lookalikes
    for kind, t in lg['lk']:
        v = look_value(kind, lg); add('lookalike_' + kind, 'lookalike', code, t.format(v=v), v, 'Babel' if kind in ('price', 'date') else 'invented', kind.replace('_', ' ') + ' (not personal)')
    for t, ident in lg['cap']:
        add('lookalike_capitalized_phrase', 'lookalike', code, t, ident, hand, 'place/venue/product named like a person, not a person')
    for kind, t in pick(TECH, 2):
        q = lg['lk'][0][1].split('{v}')[0].strip() or 'ref'
        v = look_value(kind, lg)
        add('lookalike_' + kind, 'lookalike', code, t.format(v=v, lg=code.lower(), q=q), v, 'Babel' if kind == 'date' else 'invented', kind.replace('_', ' ') + ' in web log / technical line')

for code in L:
    build_lang(code, L[code])

# ---- national id without a cue (CSV / pipe record / bare in a message)
for code, lg in L.items():
    if not (lg['nid'] and lg.get('idc')):
        continue
    v = NID[lg['nid']](); n = R.choice(lg['N'])
    src = 'invented (checksum computed by hand)' if lg['nid'] in ('hu', 'rs', 'ba', 'mk', 'ir', 'kz', 'sa', 'tw') else ('invented (no checksum in format)' if lg['nid'] in ('vn', 'bd', 'mt', 'al', 'gb', 'co') else 'python-stdnum')
    t = R.choice(['{n};{v};{c}', '{n} | {v} | {c}', 'field_3={v}&field_4={c}', '{c}\n{n}\n{v}'])
    city = R.choice(lg['adr']).split(',')[-1].strip()
    add('national_id', 'extended', code, t.format(n=n, v=v, c=city), v, src, 'national id without cue (record / form dump)')

# ---- hand-written extras: lowercase chat, names that are common words, mixed language, more narrative names
EXTRA = [
 ('en', 'name', 'core', 'hey its grant again lol, still waiting on that refund', 'grant', 'lowercase first name in chat after "its"'),
 ('en', 'name', 'core', 'ok so my name is hope marlowe and i ordered the blue one', 'hope marlowe', 'lowercase name after cue'),
 ('en', 'name', 'extended', 'Rose from billing fixed it in two minutes, give that woman a raise.', 'Rose', 'name that is also a common word, no cue'),
 ('en', 'name', 'extended', 'Paris Hendricks picked up the order on Tuesday, not me.', 'Paris Hendricks', 'name that is also a city, no cue'),
 ('en-GB', 'name', 'extended', 'Cheers to Ffion Rhys-Williams at the Cardiff branch for sorting my claim.', 'Ffion Rhys-Williams', 'Welsh compound name in review'),
 ('en-IN', 'name', 'core', 'pls call me, this is sreekanth reddy, regarding booking', 'sreekanth reddy', 'lowercase name after cue in chat'),
 ('de', 'name', 'core', 'hallo, hier ist die jana, ich komm nicht mehr in mein konto', 'jana', 'lowercase first name in chat'),
 ('de', 'name', 'extended', 'Frau Liebherr-Gansow hat mir am Telefon etwas ganz anderes erzählt.', 'Liebherr-Gansow', 'surname with title, no cue'),
 ('de-CH', 'name', 'extended', 'Gestern hat Beat Zwahlen vom Kundendienst zurückgerufen – sehr nett.', 'Beat Zwahlen', 'name that is also a word, narrative'),
 ('nl', 'name', 'extended', 'Volgens Dirk-Jan van den Heuvel kon ik het gewoon terugsturen.', 'Dirk-Jan van den Heuvel', 'name with particles, no cue'),
 ('es', 'name', 'core', 'hola soy paloma y no me llega el código', 'paloma', 'lowercase name (also a word) after cue'),
 ('es-AR', 'name', 'extended', 'Lo atendió Ezequiel Ruiz Díaz y quedó todo resuelto, un genio.', 'Ezequiel Ruiz Díaz', 'name in review, no cue'),
 ('fr', 'name', 'extended', 'Mme Delacour-Benhamou n\'a jamais reçu le colis.', 'Delacour-Benhamou', 'surname after title'),
 ('fr-CA', 'name', 'core', 'allo c moi sophie-anne, le lien marche pas', 'sophie-anne', 'lowercase name in chat'),
 ('it', 'name', 'extended', 'Alla fine è stato Salvatore Esposito a montare la cucina, bravissimo.', 'Salvatore Esposito', 'name in review'),
 ('pt-BR', 'name', 'core', 'oi aqui é a vitória, meu pedido sumiu', 'vitória', 'lowercase name (also a word) in chat'),
 ('pl', 'name', 'extended', 'Pan Przemysław Grzybowski z serwisu obiecał oddzwonić.', 'Przemysław Grzybowski', 'name after honorific, narrative'),
 ('tr', 'name', 'core', 'selam ben deniz, şifremi unuttum', 'deniz', 'lowercase name (also a word: sea) in chat'),
 ('id', 'name', 'core', 'kak aku intan, paketnya kok belum nyampe ya', 'intan', 'lowercase name in chat'),
 ('ru', 'name', 'extended', 'Курьер Тимур Галиев опоздал на три часа.', 'Тимур Галиев', 'name after role noun, no cue'),
 ('uk', 'name', 'extended', 'Дякую пані Ярославі Дмитренко за швидку допомогу!', 'Ярославі Дмитренко', 'name in dative case, review'),
 ('ar', 'name', 'extended', 'شكراً للأستاذة هدى المصري على سرعة الرد.', 'هدى المصري', 'name in thanks, no cue'),
 ('ar', 'name', 'core', 'Hi, my name is عبد الله الشمري and I need help with the order', 'عبد الله الشمري', 'mixed-language: English cue, Arabic name'),
 ('he', 'name', 'extended', 'רונית גולדשטיין מהסניף בחיפה עזרה לי מאוד.', 'רונית גולדשטיין', 'name in review'),
 ('hi', 'name', 'core', 'Hello, main Ramesh Yadav bol raha hoon, order cancel karna hai', 'Ramesh Yadav', 'Hinglish mixed-language, name after cue'),
 ('ja', 'name', 'extended', '配達員の山本さんがとても親切でした。', '山本', 'surname with -san, no cue'),
 ('ko', 'name', 'extended', '상담원 정수빈 님 덕분에 해결했어요.', '정수빈', 'name in review'),
 ('zh', 'name', 'extended', '多亏了客服小刘和诸葛明轩，问题解决了。', '诸葛明轩', 'compound surname in narrative'),
 ('vi', 'name', 'extended', 'Cảm ơn anh Đỗ Minh Khôi đã giao hàng tận nơi.', 'Đỗ Minh Khôi', 'name in thanks'),
 ('th', 'name', 'extended', 'ขอบคุณคุณวิภาวดี รังสิตกุล ที่ช่วยเหลือ', 'วิภาวดี รังสิตกุล', 'name in thanks'),
 ('el', 'name', 'extended', 'Ο Θανάσης Κωνσταντινίδης από το service ήρθε στην ώρα του.', 'Θανάσης Κωνσταντινίδης', 'name in narrative'),
 ('fi', 'name', 'core', 'moi, täällä aino, en pääse kirjautumaan', 'aino', 'lowercase name in chat'),
 ('sv', 'name', 'extended', 'Det var Sten Ek som levererade, inte budfirman.', 'Sten Ek', 'short name that is also words (stone, oak)'),
 ('da', 'name', 'extended', 'Tak til Bo Lund for hurtig hjælp!', 'Bo Lund', 'short name, also words (live, grove)'),
 ('no', 'name', 'extended', 'Sigrid Vik i kundeservice fikset alt på fem minutter.', 'Sigrid Vik', 'name with word-like surname (bay)'),
 ('cs', 'name', 'extended', 'Paní Vlasta Nováčková z pobočky mi to vysvětlila.', 'Vlasta Nováčková', 'name after title'),
 ('hu', 'name', 'extended', 'Nagy Bence futár nagyon udvarias volt.', 'Nagy Bence', 'Hungarian family-name-first order (Nagy = big)'),
 ('ro', 'name', 'extended', 'Domnul Vasile Lupu ne-a ajutat cu montajul.', 'Vasile Lupu', 'name after honorific'),
 ('hr', 'name', 'extended', 'Dostavljač Ante Vuković je bio super ljubazan.', 'Ante Vuković', 'name after role noun'),
 ('sk', 'name', 'extended', 'Kuriér Peter Holub prišiel načas.', 'Peter Holub', 'name with word-like surname (pigeon)'),
 ('lt', 'name', 'extended', 'Kurjeris Tomas Vilkas buvo labai mandagus.', 'Tomas Vilkas', 'name with word-like surname (wolf)'),
 ('ms', 'name', 'extended', 'Terima kasih kepada Encik Rahman bin Yusof kerana membantu.', 'Rahman bin Yusof', 'name with patronymic bin'),
 ('fa', 'name', 'extended', 'آقای حمید رضایی خیلی سریع جواب داد.', 'حمید رضایی', 'name after honorific'),
 ('ur', 'name', 'extended', 'شکریہ جناب ثاقب محمود، آپ نے بہت مدد کی۔', 'ثاقب محمود', 'name after honorific'),
 ('bn', 'name', 'extended', 'কুরিয়ার ভাই আরিফ হোসেন খুব ভালো ব্যবহার করেছেন।', 'আরিফ হোসেন', 'name in review'),
 ('kk', 'name', 'extended', 'Курьер Бауыржан Омаров уақытында келді.', 'Бауыржан Омаров', 'name in narrative'),
 ('ga', 'name', 'extended', 'Bhí Caoimhe Ní Fhlannagáin an-chabhrach ar an bhfón.', 'Caoimhe Ní Fhlannagáin', 'Irish name with Ní particle'),
 ('mt', 'name', 'extended', 'Grazzi lil Rita Farrugia tal-uffiċċju.', 'Rita Farrugia', 'name in thanks'),
 ('is', 'name', 'extended', 'Takk Sólveig Magnúsdóttir fyrir hjálpina!', 'Sólveig Magnúsdóttir', 'patronymic surname'),
 ('sq', 'name', 'extended', 'Korrieri Ilir Berisha erdhi me vonesë.', 'Ilir Berisha', 'name in narrative'),
 ('sr', 'name', 'extended', 'Kurir Dejan Nikolić je ostavio paket kod komšije.', 'Dejan Nikolić', 'Serbian in Latin script, narrative'),
 ('mk', 'name', 'extended', 'Благодарност до Марија Петреска за помошта.', 'Марија Петреска', 'name in thanks'),
 ('bg', 'name', 'extended', 'Куриерът Стоян Веселинов дойде навреме.', 'Стоян Веселинов', 'name in narrative'),
 ('be', 'name', 'extended', 'Дзякуй Паўлу Шчарбаку за хуткую дапамогу.', 'Паўлу Шчарбаку', 'name in dative case'),
 ('et', 'name', 'extended', 'Kuller Rein Kask tuli õigel ajal.', 'Rein Kask', 'name with word-like surname (birch)'),
 ('lv', 'name', 'extended', 'Kurjers Andris Liepa bija ļoti laipns.', 'Andris Liepa', 'name with word-like surname (linden)'),
 ('sl', 'name', 'extended', 'Hvala gospe Mojci Potočnik za pomoč.', 'Mojci Potočnik', 'name in dative case'),
 ('bs', 'name', 'extended', 'Hvala Adnanu Delaliću što je brzo riješio problem.', 'Adnanu Delaliću', 'name in dative case'),
 ('nl-BE', 'name', 'extended', 'Het was Jelle De Backer die de levering verknoeide.', 'Jelle De Backer', 'Flemish surname with particle'),
 ('zh-TW', 'name', 'extended', '感謝客服吳宗翰的耐心協助。', '吳宗翰', 'name in thanks'),
 # lookalikes written by hand
 ('en', 'lookalike_capitalized_phrase', 'lookalike', 'BREAKING: Grant Park Concert Series Moves Indoors', 'Grant Park Concert Series', 'headline with place named after a person'),
 ('en', 'lookalike_capitalized_phrase', 'lookalike', 'Click "Save Changes" and then "Continue Shopping".', 'Continue Shopping', 'UI label'),
 ('de', 'lookalike_capitalized_phrase', 'lookalike', 'Wir haben im Goethe-Institut einen Deutschkurs gebucht.', 'Goethe-Institut', 'institution named after a person'),
 ('fr', 'lookalike_capitalized_phrase', 'lookalike', 'Mon vol part de l\'aéroport Charles de Gaulle, terminal 2E.', 'Charles de Gaulle', 'airport named after a person'),
 ('es', 'lookalike_capitalized_phrase', 'lookalike', 'Compré las entradas para el Estadio Santiago Bernabéu.', 'Estadio Santiago Bernabéu', 'stadium named after a person'),
 ('it', 'lookalike_capitalized_phrase', 'lookalike', 'Il treno per Milano parte da Roma Termini alle 9.', 'Roma Termini', 'station name'),
 ('ru', 'lookalike_capitalized_phrase', 'lookalike', 'Заказ можно забрать в ТЦ «Европейский» на площади Киевского вокзала.', 'Европейский', 'shopping centre name'),
 ('pl', 'lookalike_capitalized_phrase', 'lookalike', 'Lądujemy na Lotnisku Chopina o 14:20.', 'Lotnisku Chopina', 'airport named after a person'),
 ('ja', 'lookalike_capitalized_phrase', 'lookalike', '野口英世記念館の前で集合です。', '野口英世記念館', 'museum named after a person'),
 ('zh', 'lookalike_capitalized_phrase', 'lookalike', '地铁到孙中山纪念堂站下车。', '孙中山纪念堂站', 'station named after a person'),
 ('pt-BR', 'lookalike_capitalized_phrase', 'lookalike', 'Meu voo sai do Aeroporto Santos Dumont amanhã.', 'Aeroporto Santos Dumont', 'airport named after a person'),
 ('nl', 'lookalike_capitalized_phrase', 'lookalike', 'De tentoonstelling in het Van Gogh Museum was druk.', 'Van Gogh Museum', 'museum named after a person'),
 ('cs', 'lookalike_capitalized_phrase', 'lookalike', 'Přistáli jsme na Letišti Václava Havla.', 'Letišti Václava Havla', 'airport named after a person'),
 ('tr', 'lookalike_capitalized_phrase', 'lookalike', 'Mimar Sinan Güzel Sanatlar Üniversitesi önünde buluşalım.', 'Mimar Sinan Güzel Sanatlar Üniversitesi', 'university named after a person'),
 ('ko', 'lookalike_capitalized_phrase', 'lookalike', '김대중컨벤션센터역에서 내리세요.', '김대중컨벤션센터역', 'station named after a person'),
 ('hi', 'lookalike_capitalized_phrase', 'lookalike', 'ऑर्डर नेताजी सुभाष प्लेस मेट्रो स्टेशन पर पहुंचेगा।', 'नेताजी सुभाष प्लेस', 'metro station named after a person'),
 ('ar', 'lookalike_capitalized_phrase', 'lookalike', 'التوصيل إلى جامعة الملك سعود، البوابة 3.', 'جامعة الملك سعود', 'university named after a person'),
 ('el', 'lookalike_capitalized_phrase', 'lookalike', 'Προσγειωθήκαμε στο αεροδρόμιο Ελευθέριος Βενιζέλος.', 'Ελευθέριος Βενιζέλος', 'airport named after a person'),
 ('sv', 'lookalike_capitalized_phrase', 'lookalike', 'Vi tar Arlanda Express från Stockholm C.', 'Arlanda Express', 'train service name'),
 ('ro', 'lookalike_capitalized_phrase', 'lookalike', 'Zbor de pe Aeroportul Henri Coandă la 6 dimineața.', 'Aeroportul Henri Coandă', 'airport named after a person'),
]
for lang, kind, tier, text, ident, note in EXTRA:
    add(kind, tier, lang, text, ident, 'invented', note)


# ---- more varied free-form sentences per language (kind, template with {v}) or (kind, text, literal identifier)
MORE = {
 'de': [('birth_date', 'Meine Tochter kam am {v} zur Welt, deshalb brauche ich den Kinderbonus.'), ('username', 'Im Spiel heiße ich {v}, schreibt mich da an.'),
        ('address', 'Die Handwerker sollen bitte zur Gartenstraße 7b, 72764 Reutlingen kommen, Hintereingang.', 'Gartenstraße 7b, 72764 Reutlingen'),
        ('name_ext', 'Die Monteure waren pünktlich, und {v} hat sogar den Karton mitgenommen.'), ('phone_n', 'Bin grad unterwegs, erreichbar unter {v} (WhatsApp geht auch)')],
 'de-AT': [('address', 'Zustellung bitte in die Landstraßer Hauptstraße 71/2/14, 1030 Wien, Stiege 2.', 'Landstraßer Hauptstraße 71/2/14, 1030 Wien'), ('birth_date', 'Geb. {v} in Linz')],
 'de-CH': [('address', 'Paket bitte an Rue de Bourg 20, 1003 Lausanne schicken, nicht ans Büro.', 'Rue de Bourg 20, 1003 Lausanne'), ('phone_i', 'Händy: {v}')],
 'en': [('birth_date', 'I was born {v}, so the senior discount should apply.'), ('passport', 'Travel doc on file should be {v}, not the old one.'),
        ('address', 'Pls leave it with the doorman at 350 Fifth Avenue, New York, NY 10118, lobby B.', '350 Fifth Avenue, New York, NY 10118'),
        ('username', 'if you search twitch for {v} you can see the stream where it broke'), ('name_ext', 'Spoke with {v} on Monday and he promised a callback that never came.')],
 'en-GB': [('address', 'Parcel went to 9 Sycamore Way, Didsbury, Manchester M20 6RT instead of my flat.', '9 Sycamore Way, Didsbury, Manchester M20 6RT'), ('birth_date', 'born on the {v}, not the 12th as your letter says')],
 'en-IN': [('address', 'Courier left it at Plot 7, MIDC Road, Andheri East, Mumbai 400093 but that is my old office', 'Plot 7, MIDC Road, Andheri East, Mumbai 400093'), ('phone_n', 'Whatsapp pe msg karo {v}')],
 'en-AU': [('address', 'Deliveries to 7/21 Kent Street, Millers Point NSW 2000 please, buzzer is busted', '7/21 Kent Street, Millers Point NSW 2000'), ('passport', 'My passport number ends up being {v} after renewal')],
 'es': [('birth_date', 'Mi madre nació el {v} y el seguro no la quiere cubrir.'), ('username', 'En Wallapop me encontráis como {v}.'),
        ('address', 'Mándalo a casa de mi abuela: Rúa do Franco 12, 15705 Santiago de Compostela.', 'Rúa do Franco 12, 15705 Santiago de Compostela'), ('name_ext', 'Tuve que esperar dos horas hasta que {v} bajó a firmar el albarán.')],
 'es-MX': [('phone_n', 'Márcame al {v}, ando en la oficina.'), ('address', 'Entregar en Calz. de Tlalpan 3000, Col. Espartaco, 04870 Coyoacán, CDMX', 'Calz. de Tlalpan 3000, Col. Espartaco, 04870 Coyoacán, CDMX')],
 'es-AR': [('phone_i', 'Mandame un wsp al {v} y lo coordinamos.')],
 'es-CO': [('birth_date', 'Nací el {v} en Cali.')],
 'fr': [('birth_date', 'Mon fils est né le {v}, il a donc droit au tarif enfant.'), ('username', 'Sur le forum je poste sous le pseudo {v}.'),
        ('address', 'Livrez plutôt chez ma sœur, 3 impasse des Tanneurs, 67000 Strasbourg.', '3 impasse des Tanneurs, 67000 Strasbourg'), ('name_ext', 'Au final, c\'est {v} qui a réglé le problème en cinq minutes.')],
 'fr-BE': [('phone_n', 'Joignable au {v} en journée.')],
 'fr-CA': [('address', 'Le colis est resté au 4820, avenue du Parc, Montréal (Québec) H2V 4E6.', '4820, avenue du Parc, Montréal (Québec) H2V 4E6')],
 'it': [('birth_date', 'Mio padre, classe {v}, non riesce a usare lo SPID.'), ('username', 'Su Subito mi trovate come {v}.'),
        ('address', 'Il corriere ha lasciato il pacco in Corso Vittorio Emanuele II 58, 80121 Napoli, dal portiere.', 'Corso Vittorio Emanuele II 58, 80121 Napoli')],
 'pt': [('birth_date', 'A minha filha nasceu a {v}.'), ('username', 'No OLX sou o {v}.')],
 'pt-BR': [('address', 'Pode entregar na portaria: Rua das Laranjeiras 540, bloco 2, apto 1103, Laranjeiras, Rio de Janeiro - RJ, 22240-006', 'Rua das Laranjeiras 540, bloco 2, apto 1103, Laranjeiras, Rio de Janeiro - RJ, 22240-006'), ('username', 'me segue lá no insta: {v}')],
 'nl': [('birth_date', 'Ik ben van {v}, dus ik val gewoon in de doelgroep.'), ('address', 'Stuur het naar mijn werk: Stationsplein 45, 3013 AK Rotterdam.', 'Stationsplein 45, 3013 AK Rotterdam'), ('username', 'Op Marktplaats heet ik {v}.')],
 'nl-BE': [('phone_n', 'Bel gerust naar {v} na vieren.')],
 'da': [('address', 'Pakken blev afleveret på Algade 31, 1. th., 4000 Roskilde i stedet.', 'Algade 31, 1. th., 4000 Roskilde'), ('birth_date', 'Min søn er født den {v}.')],
 'sv': [('address', 'Skicka till sommarstugan: Strandvägen 3, 621 41 Visby.', 'Strandvägen 3, 621 41 Visby'), ('username', 'På Blocket heter jag {v}.')],
 'no': [('address', 'Pakken havnet på Munkegata 18, 7011 Trondheim, som er feil adresse.', 'Munkegata 18, 7011 Trondheim')],
 'fi': [('address', 'Paketti meni osoitteeseen Kauppakatu 4 A 12, 40100 Jyväskylä, vaikka muutin.', 'Kauppakatu 4 A 12, 40100 Jyväskylä'), ('birth_date', 'Poikani syntyi {v}.')],
 'is': [('birth_date', 'Ég fæddist {v} á Ísafirði.')],
 'et': [('address', 'Pakk jõudis aadressile Ülikooli 18, 50090 Tartu, mitte kontorisse.', 'Ülikooli 18, 50090 Tartu')],
 'lv': [('birth_date', 'Mana meita dzimusi {v}.')],
 'lt': [('address', 'Siuntinį palikite adresu Pilies g. 22-3, LT-01123 Vilnius.', 'Pilies g. 22-3, LT-01123 Vilnius')],
 'pl': [('birth_date', 'Syn urodził się {v}, a system pokazuje inną datę.'), ('address', 'Kurier zostawił paczkę na ul. Długiej 45/3, 80-831 Gdańsk, u sąsiada.', 'ul. Długiej 45/3, 80-831 Gdańsk'),
        ('username', 'Na Allegro jestem {v}, tam mam historię zakupów.'), ('name_ext', 'Sprawę w końcu przejęła osoba z działu reklamacji, {v}, i wszystko poszło szybko.')],
 'cs': [('address', 'Balík nechte na adrese Husova 8, 370 01 České Budějovice.', 'Husova 8, 370 01 České Budějovice'), ('birth_date', 'Dcera se narodila {v}.')],
 'sk': [('username', 'Na Bazoši ma nájdete ako {v}.')],
 'hu': [('address', 'A futár a 4025 Debrecen, Piac utca 51. címre vitte, pedig elköltöztem.', '4025 Debrecen, Piac utca 51.'), ('birth_date', 'A fiam {v} született.')],
 'sl': [('birth_date', 'Hči je rojena {v}.')],
 'hr': [('address', 'Paket je završio na adresi Korzo 22, 51000 Rijeka.', 'Korzo 22, 51000 Rijeka'), ('username', 'Na Njuškalu sam {v}.')],
 'sr': [('address', 'Пакет је испоручен на Цара Душана 40, 18000 Ниш, а ја живим у Београду.', 'Цара Душана 40, 18000 Ниш'), ('birth_date', 'Рођена сам {v}.')],
 'bs': [('birth_date', 'Rođen sam {v} u Tuzli.')],
 'mk': [('birth_date', 'Роден сум на {v}.')],
 'sq': [('birth_date', 'Kam lindur më {v}.')],
 'ro': [('address', 'Curierul a lăsat coletul pe Str. Mihai Eminescu 5, 700259 Iași, la vecina.', 'Str. Mihai Eminescu 5, 700259 Iași'), ('username', 'Pe OLX sunt {v}.')],
 'bg': [('address', 'Куриерът остави пратката на ул. Шипка 6, 9000 Варна, а аз съм в София.', 'ул. Шипка 6, 9000 Варна'), ('username', 'Във форума съм с ник {v}.')],
 'el': [('birth_date', 'Η κόρη μου γεννήθηκε στις {v}.'), ('address', 'Το δέμα πήγε στην οδό Αγίου Νικολάου 33, 262 21 Πάτρα.', 'Αγίου Νικολάου 33, 262 21 Πάτρα')],
 'ga': [('username', 'Is é {v} m\'ainm ar an bhfóram.')],
 'mt': [('birth_date', 'Twelidt fl-{v}.')],
 'tr': [('address', 'Kargo yanlışlıkla Kordonboyu Mah. Ali Çetinkaya Blv. No: 12 D: 4, 35220 Konak/İzmir adresine gitmiş.', 'Kordonboyu Mah. Ali Çetinkaya Blv. No: 12 D: 4, 35220 Konak/İzmir'),
        ('birth_date', 'Oğlum {v} tarihinde doğdu, sistem kabul etmiyor.'), ('username', 'Instagram\'da {v} diye arayın.')],
 'ru': [('birth_date', 'Сын родился {v}, а в системе указан другой год.'), ('address', 'Посылку оставили по адресу ул. Ленина, д. 5, кв. 18, Екатеринбург, 620014, это не мой адрес.', 'ул. Ленина, д. 5, кв. 18, Екатеринбург, 620014'),
        ('username', 'В телеге я {v}, пишите туда.'), ('name_ext', 'Вопрос решился только после того, как вмешался менеджер — {v}.'), ('phone_n', 'звоните на {v}, рабочий не беру')],
 'uk': [('birth_date', 'Донька народилася {v}.'), ('username', 'У телеграмі — {v}.')],
 'be': [('birth_date', 'Я нарадзіўся {v} у Гродне.')],
 'kk': [('address', 'Сәлемдеме Төле би көшесі 59, 48-пәтер, Алматы 050000 мекенжайына барыпты.', 'Төле би көшесі 59, 48-пәтер, Алматы 050000')],
 'ar': [('birth_date', 'ابني مولود بتاريخ {v} والنظام يرفض التاريخ.'), ('address', 'وصل الطرد إلى شارع التحلية، فيلا 18، حي الروضة، جدة 23432 بالخطأ.', 'شارع التحلية، فيلا 18، حي الروضة، جدة 23432'),
        ('username', 'حسابي في تويتر {v}'), ('phone_n', 'واتساب: {v}')],
 'fa': [('birth_date', 'تاریخ تولد من ۱۳۶۵/۱۲/۲۳ است.', '۱۳۶۵/۱۲/۲۳'), ('username', 'آیدی تلگرامم {v} است.')],
 'he': [('birth_date', 'נולדתי ב-{v}, אז מגיעה לי ההנחה.'), ('address', 'החבילה הגיעה לרחוב יפו 97, ירושלים 9434101 במקום אליי.', 'רחוב יפו 97, ירושלים 9434101')],
 'ur': [('birth_date', 'میری پیدائش {v} کو ہوئی تھی۔')],
 'hi': [('birth_date', 'मेरा जन्म {v} को हुआ था।'), ('username', 'इंस्टा पर मेरा हैंडल {v} है')],
 'bn': [('birth_date', 'আমার জন্ম {v}।')],
 'ja': [('birth_date', '私は{v}生まれです。'), ('address', '荷物が〒060-0042 北海道札幌市中央区大通西4丁目1番地に届いてしまいました。', '〒060-0042 北海道札幌市中央区大通西4丁目1番地'), ('username', 'Xのアカウントは{v}です。')],
 'zh': [('birth_date', '我儿子{v}出生，系统显示错误。'), ('address', '快递送到了广东省广州市天河区天河路208号粤海天河城大厦17楼，不是我家。', '广东省广州市天河区天河路208号粤海天河城大厦17楼'), ('username', '我的微信号是{v}')],
 'zh-TW': [('username', '我的LINE ID是{v}')],
 'ko': [('birth_date', '저는 {v}에 태어났어요.'), ('address', '택배가 대구광역시 중구 동성로 12, 3층으로 잘못 갔어요.', '대구광역시 중구 동성로 12, 3층')],
 'th': [('birth_date', 'ดิฉันเกิดวันที่ 14 มี.ค. 2530 ค่ะ', '14 มี.ค. 2530'), ('username', 'ไลน์ไอดี {v}')],
 'vi': [('birth_date', 'Mình sinh ngày {v}.'), ('username', 'Zalo của mình là {v}')],
 'id': [('address', 'Paketnya nyasar ke Jl. Malioboro No. 52, Sosromenduran, Yogyakarta 55271.', 'Jl. Malioboro No. 52, Sosromenduran, Yogyakarta 55271'), ('username', 'IG aku {v} ya kak')],
 'ms': [('birth_date', 'Saya dilahirkan pada {v}.')],
}
for code, items in MORE.items():
    lg = L[code]
    for it in items:
        kind, t = it[0], it[1]
        if len(it) == 3:
            tier = 'extended'
            add(kind, tier, code, t, it[2], 'invented', {'address': 'address inside a sentence', 'birth_date': 'birth date in local calendar/format, in a sentence'}.get(kind, kind))
            continue
        if kind == 'birth_date':
            d = rdate(); words = R.random() < .6
            v = format_date(d, 'long', locale=lg['loc']) if words else d.strftime(lg['df'])
            add('birth_date', 'extended', code, t.format(v=v), v, 'Babel' if words else 'invented', 'birth date in a free sentence')
        elif kind == 'username':
            v = username(lg, R.choice(lg['N'])); add('username', 'extended', code, t.format(v=v), v, 'invented', 'handle/username in a free sentence')
        elif kind == 'passport':
            v = passport(lg['ppf']); add('passport', 'extended', code, t.format(v=v), v, 'invented', 'passport number in a free sentence')
        elif kind == 'name_ext':
            v = R.choice(lg['N']); add('name', 'extended', code, t.format(v=v), v, 'invented', 'name in narrative, no cue')
        elif kind in ('phone_n', 'phone_i'):
            v = fmt_phone(phone(lg['r']), kind == 'phone_i'); add('phone', 'core', code, t.format(v=v), v, 'phonenumbers', 'phone in chat-style message' + (' (international)' if kind == 'phone_i' else ' (national)'))
        else:
            raise KeyError(kind)

# ---- extra lookalikes in free sentences (generated non-personal values)
LOOK2 = [('de', 'date', 'Der Techniker kommt am {v} zwischen 8 und 12 Uhr.'), ('de', 'luhn_invalid', 'Gutscheincode {v} wird als ungültig angezeigt.'),
 ('en', 'isbn', 'The paperback (ISBN {v}) arrived with a torn cover.'), ('en', 'uuid', 'Support ticket {v} was closed without reply.'),
 ('en-GB', 'date', 'Your boiler service is booked for {v}.'), ('fr', 'version', 'Le plugin {v} est incompatible avec WordPress.'),
 ('es', 'measurement', 'La maleta mide {v}, ¿la aceptan en cabina?'), ('it', 'date', 'La consegna è prevista per il {v}.'),
 ('pl', 'date', 'Termin wizyty: {v}, godz. 10:30.'), ('ru', 'date', 'Доставка запланирована на {v}.'), ('ja', 'date', '配達予定日は{v}です。'),
 ('zh', 'date', '预计{v}送达。'), ('ko', 'date', '배송 예정일: {v}'), ('tr', 'date', 'Randevunuz {v} tarihinde.'), ('nl', 'date', 'De monteur komt op {v}.'),
 ('pt-BR', 'price', 'Paguei {v} no boleto e não caiu.'), ('sv', 'hash', 'Commit {v} bröt bygget.'), ('cs', 'ean', 'EAN kód {v} nesedí s produktem.'),
 ('hu', 'date', 'A szállítás napja: {v}.'), ('ar', 'date', 'موعد التسليم {v}'), ('he', 'date', 'מועד המשלוח: {v}'), ('hi', 'date', 'डिलीवरी की तारीख {v} है।'),
 ('el', 'date', 'Η παράδοση έχει προγραμματιστεί για {v}.'), ('uk', 'price', 'Сума до сплати {v}.'), ('fi', 'luhn_invalid', 'Lahjakortin numero {v} ei kelpaa.'),
 ('da', 'isbn', 'Bogen med ISBN {v} er udsolgt.'), ('ro', 'luhn_invalid', 'Codul cardului cadou {v} nu funcționează.'), ('vi', 'date', 'Lịch giao hàng: {v}.'),
 ('id', 'price', 'Total belanja {v} belum termasuk ongkir.'), ('th', 'date', 'นัดส่งของวันที่ {v}'), ('bg', 'date', 'Доставката е насрочена за {v}.'),
 ('es-MX', 'date', 'La cita quedó para el {v}.'), ('fr-CA', 'price', 'La facture est de {v} avec les taxes.'), ('en-AU', 'tracking_number', 'AusPost tracking {v} hasn\'t moved in a week.'),
 ('en-IN', 'order_number', 'Order ID {v} shows delivered but not received.'), ('no', 'date', 'Levering {v}.'), ('lt', 'date', 'Pristatymas {v}.'), ('sk', 'version', 'Aktualizácia {v} pokazila tlač.')]
for code, kind, t in LOOK2:
    v = look_value(kind, L[code]); add('lookalike_' + kind, 'lookalike', code, t.format(v=v), v, 'Babel' if kind in ('price', 'date') else 'invented', kind.replace('_', ' ') + ' in a free sentence (not personal)')


# ---- signature blocks (name + phone + email); identifier is the phone or the email
for i, (code, lg) in enumerate(L.items()):
    sig = [t for t in lg['cue'] if t.rstrip().endswith('{n}') and '\n' in t]
    if not sig:
        continue
    n = R.choice(lg['N']); ph = fmt_phone(phone(lg['r'], PNT.MOBILE), R.random() < .6); em = latin_handle(lg, n) + '@' + R.choice(lg['dom'])
    t = R.choice(sig).format(n=n) + '\n' + R.choice(['Tel. ', 'T: ', 'Mob ', '', '\u260e ']) + ph + '\n' + em
    if i % 2:
        add('phone', 'core', code, t, ph, 'phonenumbers', 'phone in signature block')
    else:
        add('email', 'core', code, t, em, 'invented', 'email in signature block')
# ---- payment / login form dumps as they show up in request logs
for code in ['de', 'en', 'fr', 'es', 'it', 'pl', 'nl', 'tr', 'ru', 'ja', 'pt-BR', 'sv', 'cs', 'ro', 'ar', 'ko', 'zh', 'el', 'hu', 'uk', 'th', 'vi', 'id', 'he']:
    lg = L[code]
    c = card()
    add('card', 'core', code, 'POST /%s/checkout/pay cc_name=%s&cc_number=%s&cc_exp=0%d%%2F2%d&save=1' % (code.lower(), 'x', c, R.randint(1, 9), R.randint(7, 9)), c, 'invented (Luhn-valid)', 'card number in a logged form dump')
    a = ip()
    add('ip', 'core', code, 'client_ip: %s\nlocale: %s\nevent: password_reset_requested' % (a, lg['loc']), a, 'invented', 'IP in key: value dump')

# ---- first names from gender-guesser's bundled name dictionary (nam_dict.txt, per-country frequency columns),
#      paired with surnames taken from this file's own hand-written lists; plus the `names` package for English
import os, re, gender_guesser
_NAMDICT = os.path.join(os.path.dirname(gender_guesser.__file__), 'data', 'nam_dict.txt')
_lines = open(_NAMDICT, encoding='iso-8859-1').read().split('\n')
_cols = {}
for _i, _l in enumerate(_lines[:400]):
    if _l.startswith('#') and _i + 1 < len(_lines) and _lines[_i + 1].startswith('#') and '|' in _lines[_i + 1]:
        _nm = _l[1:].strip().rstrip('$').strip(); _c = _lines[_i + 1].index('|')
        if _nm and _c > 25: _cols[_nm] = _c
GG_COUNTRY = {'en': 'U.S.A.', 'en-GB': 'Great Britain', 'ga': 'Ireland', 'it': 'Italy', 'mt': 'Malta', 'pt': 'Portugal', 'es': 'Spain', 'fr': 'France',
              'fr-BE': 'Belgium', 'nl-BE': 'Belgium', 'nl': 'the Netherlands', 'de': 'Germany', 'de-AT': 'Austria', 'de-CH': 'Swiss', 'is': 'Iceland',
              'da': 'Denmark', 'no': 'Norway', 'sv': 'Sweden', 'fi': 'Finland', 'et': 'Estonia', 'lv': 'Latvia', 'lt': 'Lithuania', 'pl': 'Poland',
              'cs': 'Czech Republic', 'sk': 'Slovakia', 'hu': 'Hungary', 'ro': 'Romania', 'bs': 'Bosnia and Herzegovina', 'hr': 'Croatia',
              'sl': 'Slovenia', 'sq': 'Albania', 'tr': 'Turkey'}
SURN_G = {  # surnames that agree with the first name's gender, where the language marks it
 'lv': {'M': ['Bērziņš', 'Kalniņš', 'Ozoliņš', 'Krūmiņš'], 'F': ['Bērziņa', 'Kalniņa', 'Ozoliņa', 'Krūmiņa']},
 'lt': {'M': ['Jankauskas', 'Petrauskas', 'Kazlauskas', 'Žukauskas'], 'F': ['Jankauskienė', 'Kazlauskienė', 'Žukauskaitė', 'Petrauskaitė']},
 'cs': {'M': ['Dvořák', 'Novák', 'Šťastný', 'Horáček'], 'F': ['Dvořáková', 'Nováková', 'Šťastná', 'Horáčková']},
 'sk': {'M': ['Kováč', 'Hrušovský', 'Ďurčo', 'Šimko'], 'F': ['Kováčová', 'Hrušovská', 'Ďurčová', 'Šimková']},
 'pl': {'M': ['Wójcik', 'Dąbrowski', 'Łukasiewicz', 'Kałuża', 'Brzęczyszczykiewicz'], 'F': ['Wójcik', 'Dąbrowska', 'Łukasiewicz', 'Kałuża', 'Zielińska']},
 'is': {'M': ['Halldórsson', 'Einarsson', 'Sigurðsson'], 'F': ['Sigurðardóttir', 'Jónsdóttir', 'Halldórsdóttir']},
 'ga': {'M': ['Ó Briain', 'Mac Cárthaigh', 'Ó Súilleabháin'], 'F': ['Ní Bhriain', 'Nic Cárthaigh', 'Ní Shúilleabháin']},
}
def _surname(full):
    t = full.split(); k = len(t) - 1
    while k > 1 and (t[k - 1][0].islower() or t[k - 1] in ('Van', 'De', 'Del', 'Ó', 'Ní', 'Mac', 'Nic', 'Da', 'Di', 'Lo', 'La', 'Le')):
        k -= 1
    return ' '.join(t[k:])
def gg_first_names(country, k):
    c = _cols[country]; out = []
    for l in _lines:
        if l.startswith('#') or len(l) <= c or l[:2].strip() not in ('M', 'F'):
            continue
        nm = l[3:29].strip(); f = l[c]
        if f in '6789ABCD' and re.fullmatch(r'[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]{3,}', nm):
            out.append((nm, l[:2].strip()))
    out = sorted(set(out)); R.shuffle(out)
    return out[:k]
for code, country in GG_COUNTRY.items():
    lg = L[code]
    firsts = gg_first_names(country, 2)
    surn = [x.split()[0] if code == 'hu' else _surname(x) for x in lg['N']]
    for j, (fn, gd) in enumerate(firsts):
        sn = R.choice(SURN_G[code][gd]) if code in SURN_G else R.choice(surn); full = (sn + ' ' + fn) if code == 'hu' else (fn + ' ' + sn)
        if j == 0:
            t = R.choice(lg['cue']); add('name', 'core', code, t.format(n=full), full, 'gender-guesser nam_dict first name + invented surname', 'name after cue')
        else:
            t = R.choice(lg['nar']); add('name', 'extended', code, t.format(n=full), full, 'gender-guesser nam_dict first name + invented surname', 'name in narrative, no cue')
random.seed(20261207)
EN_T = {'en': ['Quick update from {n}: the replacement part fits now, thanks!', 'The guy who fixed our AC, {n}, deserves a raise.'],
        'en-GB': ['Oh and {n} from upstairs signed for the parcel, hope that is OK.', 'Many thanks,\n{n}\nClerk to the Parish Council'],
        'en-AU': ['Mate, {n} at the Bunnings desk sorted it in five minutes.', 'Order placed by {n} on behalf of the footy club.']}
for code, ts in EN_T.items():
    for j, t in enumerate(ts):
        n = en_names.get_full_name()
        cue = ('\n{n}' in t) or t.startswith('Quick update from') or 'placed by' in t
        add('name', 'core' if cue else 'extended', code, t.format(n=n), n, 'names (PyPI package)', 'name after cue' if cue else 'name in narrative, no cue')
# ---------------- write + validate ----------------
if __name__ == '__main__':
    seen = set(); ded = []
    for o in OUT:
        if o['text'] in seen:
            continue
        seen.add(o['text']); ded.append(o)
    path = '/work/wt/blind4/holdout4.jsonl'
    with open(path, 'w', encoding='utf-8') as f:
        for o in ded:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print('wrote', len(ded), 'dropped dup', len(OUT) - len(ded))
