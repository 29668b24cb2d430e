#!/usr/bin/env python3
"""Generate holdout3.jsonl: blind holdout cases for logwarden (seeded, reproducible).
Values: mimesis (names/streets/cities, many locales), invented per-culture name parts,
phonenumbers example numbers with varied digits (validated), python-stdnum validated IDs/IBANs,
Luhn cards. Sentences are hand-written per language in langs.py."""
import json, re, random, string, unicodedata, uuid, hashlib, datetime, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mimesis import Person, Address
from mimesis.locales import Locale
from mimesis.enums import Gender
import gen_core as g
from langs import L

SEED = 20261207
rng = random.Random(SEED)
SRC = "holdout3 (helper, written blind 2026-12-07; values from %s)"

ML = {'en': 'en', 'en-GB': 'en-gb', 'de': 'de', 'de-AT': 'de-at', 'fr': 'fr', 'fr-CA': 'fr', 'es': 'es', 'es-AR': 'es',
      'it': 'it', 'pt': 'pt', 'pt-BR': 'pt-br', 'nl': 'nl', 'pl': 'pl', 'cs': 'cs', 'sk': 'sk', 'hr': 'hr', 'hu': 'hu',
      'el': 'el', 'sv': 'sv', 'da': 'da', 'nb': 'no', 'fi': 'fi', 'et': 'et', 'ru': 'ru', 'uk': 'uk', 'tr': 'tr',
      'ar': 'ar-eg', 'fa': 'fa', 'zh': 'zh', 'ja': 'ja', 'ko': 'ko'}
# invented name parts (first_m, first_f, last) for locales mimesis lacks
INV = {
 'en-IN': (['Raghav', 'Tarun', 'Nikhilesh', 'Sudeep', 'Anirban'], ['Meenakshi', 'Ishita', 'Pallavi', 'Sreeja', 'Kavya'], ['Raghunathan', 'Deshpande', 'Kulkarni', 'Bhattacharya', 'Menon', 'Saxena']),
 'hi': (['राघव', 'तरुण', 'सुदीप', 'अनिरुद्ध'], ['मीनाक्षी', 'इशिता', 'पल्लवी', 'काव्या'], ['देशपांडे', 'सक्सेना', 'त्रिपाठी', 'कुलकर्णी']),
 'sl': (['Matevž', 'Rok', 'Blaž', 'Žiga'], ['Urška', 'Nika', 'Tjaša', 'Maruša'], ['Kovačič', 'Zupančič', 'Potočnik', 'Vidmar', 'Kranjc']),
 'ro': (['Tudor', 'Sorin', 'Mircea', 'Radu'], ['Ioana', 'Corina', 'Andreea', 'Roxana'], ['Dumitrescu', 'Popovici', 'Munteanu', 'Stănescu', 'Ardeleanu']),
 'bg': (['Стоян', 'Калоян', 'Живко', 'Боян'], ['Радка', 'Десислава', 'Цветелина', 'Мариела'], ['Петков', 'Стоянов', 'Драганов', 'Илиев']),
 'lv': (['Jānis', 'Edgars', 'Kārlis', 'Raivis'], ['Ilze', 'Dace', 'Laura', 'Sandra'], ['Bērziņš', 'Kalniņš', 'Ozols', 'Liepiņš']),
 'lt': (['Mantas', 'Tomas', 'Darius', 'Žygimantas'], ['Rūta', 'Eglė', 'Ieva', 'Gintarė'], ['Kazlauskas', 'Petrauskas', 'Žukauskas', 'Balčiūnas']),
 'he': (['איתמר', 'נועם', 'עידו', 'אלון'], ['מיכל', 'שירה', 'נטע', 'הילה'], ['ברקוביץ', 'אזולאי', 'שטרן', 'מזרחי']),
 'zh-TW': (['志明', '建宏', '家豪', '冠廷'], ['淑芬', '怡君', '雅婷', '佩珊'], ['陳', '林', '黃', '張', '吳']),
 'vi': (['Minh Quân', 'Đức Anh', 'Hoàng Long', 'Văn Tùng'], ['Thu Trang', 'Ngọc Ánh', 'Thanh Hương', 'Mai Linh'], ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Võ']),
 'id': (['Bagus', 'Arief', 'Dimas', 'Rizky'], ['Putri', 'Ayu', 'Sekar', 'Dewi'], ['Santoso', 'Wibowo', 'Pratama', 'Hidayat', 'Kusuma']),
 'ms': (['Amirul', 'Hafiz', 'Syafiq', 'Azlan'], ['Nurul Aina', 'Siti Hajar', 'Farah', 'Aisyah'], ['bin Ismail', 'bin Rahman', 'binti Yusof', 'bin Hassan']),
 'th': (['สมชาย', 'ธนากร', 'วีรพล', 'ณัฐวุฒิ'], ['สุภาพร', 'กนกวรรณ', 'พิมพ์ชนก', 'อรทัย'], ['ศรีสุข', 'วงศ์ใหญ่', 'ทองดี', 'แก้วมณี']),
 'ga': (['Cathal', 'Oisín', 'Donnchadh', 'Tadhg'], ['Aoife', 'Saoirse', 'Caoimhe', 'Gráinne'], ['Ó Briain', 'Mac Giolla', 'Ní Riain', 'Ó Súilleabháin']),
}
FAMILY_FIRST = {'hu', 'ja', 'zh', 'zh-TW', 'ko', 'vi'}
NOSPACE = {'ja', 'zh', 'zh-TW', 'ko'}

def person(lang, gender=None):
    gen = gender or rng.choice('mf')
    if lang in INV:
        fm, ff, ln = INV[lang]
        first, last = rng.choice(fm if gen == 'm' else ff), rng.choice(ln)
        if lang == 'ms' and gen == 'f':
            last = last.replace('bin ', 'binti ')
        if lang == 'ms' and gen == 'm':
            last = last.replace('binti ', 'bin ')
        src = 'invented'
    else:
        p = Person(Locale(ML[lang]), seed=rng.randint(0, 10**9))
        G = Gender.MALE if gen == 'm' else Gender.FEMALE
        first, last = p.first_name(gender=G), p.last_name(gender=G)
        src = 'mimesis ' + ML[lang]
    if lang in FAMILY_FIRST:
        name = last + ('' if lang in ('zh', 'zh-TW', 'ko') else ' ') + first
    else:
        name = first + ' ' + last
    return name, (first, last), src

def ascii_fold(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if ord(c) < 128).lower()

DOM = {'en': ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com'], 'en-GB': ['btinternet.com', 'sky.com'], 'en-IN': ['rediffmail.com', 'gmail.com'],
       'de': ['web.de', 'gmx.de', 't-online.de', 'posteo.de'], 'de-AT': ['gmx.at', 'aon.at'], 'fr': ['orange.fr', 'free.fr', 'laposte.net'],
       'fr-CA': ['videotron.ca', 'hotmail.ca'], 'es': ['telefonica.net', 'gmail.com'], 'es-AR': ['fibertel.com.ar', 'yahoo.com.ar'],
       'it': ['libero.it', 'virgilio.it', 'tiscali.it'], 'pt': ['sapo.pt', 'gmail.com'], 'pt-BR': ['uol.com.br', 'bol.com.br', 'terra.com.br'],
       'nl': ['ziggo.nl', 'kpnmail.nl'], 'pl': ['wp.pl', 'onet.pl', 'interia.pl'], 'cs': ['seznam.cz', 'centrum.cz'], 'sk': ['azet.sk', 'zoznam.sk'],
       'sl': ['siol.net', 'gmail.com'], 'hr': ['net.hr', 't-com.hr'], 'hu': ['freemail.hu', 'citromail.hu'], 'ro': ['yahoo.ro', 'gmail.com'],
       'bg': ['abv.bg', 'mail.bg'], 'el': ['otenet.gr', 'yahoo.gr'], 'sv': ['telia.com', 'bredband.net'], 'da': ['jubii.dk', 'mail.dk'],
       'nb': ['online.no', 'hotmail.no'], 'fi': ['luukku.com', 'elisanet.fi'], 'et': ['hot.ee', 'mail.ee'], 'lv': ['inbox.lv', 'apollo.lv'],
       'lt': ['one.lt', 'gmail.com'], 'ru': ['yandex.ru', 'mail.ru', 'rambler.ru'], 'uk': ['ukr.net', 'i.ua'], 'tr': ['hotmail.com.tr', 'yandex.com.tr'],
       'ar': ['hotmail.com', 'yahoo.com'], 'he': ['walla.co.il', 'bezeqint.net'], 'fa': ['chmail.ir', 'yahoo.com'], 'hi': ['rediffmail.com', 'gmail.com'],
       'zh': ['qq.com', '163.com', '126.com'], 'zh-TW': ['hinet.net', 'yahoo.com.tw'], 'ja': ['docomo.ne.jp', 'yahoo.co.jp'], 'ko': ['naver.com', 'daum.net'],
       'vi': ['gmail.com', 'yahoo.com.vn'], 'id': ['yahoo.co.id', 'gmail.com'], 'ms': ['yahoo.com.my', 'gmail.com'], 'th': ['hotmail.co.th', 'gmail.com'],
       'ga': ['eircom.net', 'gmail.com']}
HANDLE = ['mingzhu', 'haruka.s', 'jiwoo', 'nguyen.tl', 'somchai.k', 'arash', 'noam.b', 'layla', 'yusuf', 'kenta', 'xiaoyu', 'daeho', 'thanh.ha', 'ananya', 'rohit']

def email(lang):
    name, (first, last), _ = person(lang)
    f, l = ascii_fold(first).replace(' ', ''), ascii_fold(last).replace(' ', '')
    if not f or not l:
        f, l = rng.choice(HANDLE), str(rng.randint(70, 99))
    local = rng.choice(['%s.%s' % (f, l), '%s%s' % (f[0], l), '%s_%s%d' % (f, l[:3], rng.randint(1, 99)), '%s.%s+shop' % (f, l), '%s%d' % (l, rng.randint(1960, 2005))])
    local = local.strip('.').replace('..', '.')
    return local + '@' + rng.choice(DOM[lang])

MON = {
 'en': ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
 'de': ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
 'fr': ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
 'es': ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
 'it': ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
 'pt': ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
 'nl': ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
 'pl': ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
 'ru': ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
 'sv': ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
 'tr': ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'],
 'el': ['Ιανουαρίου', 'Φεβρουαρίου', 'Μαρτίου', 'Απριλίου', 'Μαΐου', 'Ιουνίου', 'Ιουλίου', 'Αυγούστου', 'Σεπτεμβρίου', 'Οκτωβρίου', 'Νοεμβρίου', 'Δεκεμβρίου'],
}
MONL = {'de-AT': 'de', 'fr-CA': 'fr', 'es-AR': 'es', 'pt-BR': 'pt', 'en-GB': 'en', 'en-IN': 'en'}

def fmt_date(lang, d, words=None):
    base = MONL.get(lang, lang)
    if words is None:
        words = base in MON and rng.random() < 0.45
    if words and base in MON:
        m = MON[base][d.month - 1]
        if lang == 'en':
            return rng.choice(['%s %d, %d' % (m, d.day, d.year), '%d %s %d' % (d.day, m[:3], d.year)])
        if base == 'en':
            return '%d %s %d' % (d.day, m, d.year)
        if base == 'de':
            return '%d. %s %d' % (d.day, m, d.year)
        if base in ('es', 'pt'):
            return '%d de %s de %d' % (d.day, m, d.year)
        return '%d %s %d' % (d.day, m, d.year)
    if lang == 'en':
        return rng.choice(['%02d/%02d/%d' % (d.month, d.day, d.year), '%d/%d/%d' % (d.month, d.day, d.year % 100 if False else d.year)])
    if lang in ('ja', 'zh', 'zh-TW'):
        return '%d年%d月%d日' % (d.year, d.month, d.day)
    if lang == 'ko':
        return rng.choice(['%d년 %d월 %d일' % (d.year, d.month, d.day), '%d.%02d.%02d' % (d.year, d.month, d.day)])
    if lang in ('sv', 'lt', 'fa'):
        return d.isoformat()
    if lang == 'hu':
        return '%d.%02d.%02d.' % (d.year, d.month, d.day)
    if lang in ('de', 'de-AT', 'ru', 'uk', 'pl', 'cs', 'sk', 'sl', 'hr', 'ro', 'bg', 'fi', 'et', 'lv', 'tr', 'nb', 'da'):
        sep = '.' if lang not in ('da',) else rng.choice(['.', '-'])
        return sep.join(['%02d' % d.day, '%02d' % d.month, str(d.year)]) if lang != 'fi' else '%d.%d.%d' % (d.day, d.month, d.year)
    if lang == 'nl':
        return '%02d-%02d-%d' % (d.day, d.month, d.year)
    return '%02d/%02d/%d' % (d.day, d.month, d.year)

def address(lang):
    n = rng.randint(1, 180)
    if lang in ML and lang not in ('ar', 'fa', 'zh', 'ja', 'ko'):
        a = Address(Locale(ML[lang]), seed=rng.randint(0, 10**9))
        st, pc, city = a.street_name(), a.postal_code(), a.city()
        if lang == 'en':
            return '%d %s %s, %s, %s %s' % (n, st, a.street_suffix(), city, a.state(abbr=True), a.zip_code()), 'mimesis en'
        if lang == 'en-GB':
            return '%d %s %s, %s %s' % (n, st, a.street_suffix(), city, pc), 'mimesis en-gb'
        if lang in ('fr', 'fr-CA'):
            if lang == 'fr-CA':
                return '%d, rue %s, Montréal (Québec) H%dX %dY%d' % (n, st.split()[-1], rng.randint(1, 9), rng.randint(1, 9), rng.randint(1, 9)), 'mimesis fr + invented'
            return '%d, %s %s, %s %s' % (n, rng.choice(['rue', 'avenue', 'impasse', 'boulevard']), st, pc, city), 'mimesis fr'
        if lang == 'es-AR':
            return 'Av. %s %d, C%dAAB CABA' % (st.split()[-1], rng.randint(100, 4500), rng.randint(1000, 1499)), 'mimesis es + invented'
        if lang == 'es':
            return 'C/ %s, %d, %d.º %s, %s %s' % (st.split()[-1], n, rng.randint(1, 6), rng.choice('ABCD'), pc, city), 'mimesis es'
        if lang == 'it':
            return 'Via %s %d, %s %s' % (st.split()[-1], n, pc, city), 'mimesis it'
        if lang == 'pt-BR':
            return 'Rua %s, %d, apto %d - %s, %s' % (st.split()[-1], n, rng.randint(11, 904), city, a.postal_code()), 'mimesis pt-br'
        if lang in ('ru', 'uk'):
            w = 'ул.' if lang == 'ru' else 'вул.'
            return '%s, %s %s, д. %d, кв. %d, %s' % (city, w, st.split()[-1], n, rng.randint(1, 200), pc) if lang == 'ru' else '%s, %s %s, %d, кв. %d, %s' % (city, w, st.split()[-1], n, rng.randint(1, 200), pc), 'mimesis ' + ML[lang]
        if lang == 'tr':
            return '%s Sk. No: %d D: %d, %s %s' % (st, n, rng.randint(1, 20), pc, city), 'mimesis tr'
        if lang == 'hu':
            return '%s %s, %s %d.' % (pc, city, st, n), 'mimesis hu'
        if lang == 'pt':
            return '%s, %d, %d.º Esq., %s-%03d %s' % (st, n, rng.randint(1, 8), pc, rng.randint(1, 999), city), 'mimesis pt'
        return '%s %d, %s %s' % (st, n, pc, city), 'mimesis ' + ML[lang]
    inv = {
        'en-IN': lambda: 'Flat %d, %s Apartments, %d Main Road, Indiranagar, Bengaluru 5600%02d' % (rng.randint(101, 905), rng.choice(['Sai Krupa', 'Green Meadows', 'Lakeview']), rng.randint(1, 12), rng.randint(1, 99)),
        'hi': lambda: 'मकान नं. %d, गली नं. %d, लक्ष्मी नगर, दिल्ली 1100%02d' % (rng.randint(1, 400), rng.randint(1, 20), rng.randint(1, 99)),
        'sl': lambda: '%s %d, %d Ljubljana' % (rng.choice(['Trubarjeva cesta', 'Celovška cesta', 'Gosposvetska ulica']), rng.randint(1, 150), rng.choice([1000, 1210, 1231])),
        'ro': lambda: 'Str. %s nr. %d, bl. %s%d, ap. %d, %d Cluj-Napoca' % (rng.choice(['Fabricii', 'Observatorului', 'Mehedinți']), rng.randint(1, 90), rng.choice('ABC'), rng.randint(1, 9), rng.randint(1, 80), rng.randint(400001, 400699)),
        'bg': lambda: 'ул. „%s“ № %d, ет. %d, %d София' % (rng.choice(['Шипка', 'Граф Игнатиев', 'Оборище']), rng.randint(1, 80), rng.randint(1, 8), rng.randint(1000, 1799)),
        'lv': lambda: '%s iela %d-%d, Rīga, LV-10%02d' % (rng.choice(['Brīvības', 'Tērbatas', 'Ģertrūdes']), rng.randint(1, 120), rng.randint(1, 60), rng.randint(1, 99)),
        'lt': lambda: '%s g. %d-%d, LT-0%d%03d Vilnius' % (rng.choice(['Gedimino', 'Savanorių', 'Žirmūnų']), rng.randint(1, 120), rng.randint(1, 60), rng.randint(1, 9), rng.randint(100, 999)),
        'he': lambda: 'רחוב %s %d, דירה %d, תל אביב %d' % (rng.choice(['הרצל', 'ביאליק', 'דיזנגוף']), rng.randint(1, 200), rng.randint(1, 40), rng.randint(6100000, 6999999)),
        'zh-TW': lambda: '台北市大安區%s路%d段%d號%d樓' % (rng.choice(['忠孝東', '和平東', '信義']), rng.randint(1, 4), rng.randint(1, 300), rng.randint(2, 15)),
        'vi': lambda: 'Số %d ngõ %d %s, quận Đống Đa, Hà Nội' % (rng.randint(1, 99), rng.randint(1, 300), rng.choice(['Tôn Đức Thắng', 'Xã Đàn', 'Chùa Bộc'])),
        'id': lambda: 'Jl. %s No. %d, RT %02d/RW %02d, Kebayoran Baru, Jakarta Selatan 121%02d' % (rng.choice(['Melawai Raya', 'Kenanga', 'Cempaka Putih']), rng.randint(1, 150), rng.randint(1, 15), rng.randint(1, 12), rng.randint(10, 99)),
        'ar': lambda: '%d شارع %s، الدقي، الجيزة %d' % (rng.randint(1, 90), rng.choice(['التحرير', 'مصدق', 'الثورة']), rng.randint(12311, 12655)),
        'fa': lambda: 'تهران، خیابان %s، کوچه %s، پلاک %d، کد پستی %d-%d' % (rng.choice(['ولیعصر', 'شریعتی', 'آزادی']), rng.choice(['یاس', 'نسترن', 'لاله']), rng.randint(1, 90), rng.randint(10000, 19999), rng.randint(10000, 99999)),
        'zh': lambda: '上海市徐汇区%s路%d弄%d号%d室' % (rng.choice(['漕溪北', '天钥桥', '宛平南']), rng.randint(1, 900), rng.randint(1, 40), rng.randint(101, 1802)),
        'ja': lambda: '〒%03d-%04d 東京都世田谷区%s%d丁目%d-%d' % (rng.randint(150, 158), rng.randint(0, 9999), rng.choice(['北沢', '三軒茶屋', '用賀']), rng.randint(1, 5), rng.randint(1, 30), rng.randint(1, 20)),
        'ko': lambda: '서울특별시 마포구 %s %d, %d동 %d호' % (rng.choice(['월드컵로', '양화로', '독막로']), rng.randint(1, 300), rng.randint(101, 112), rng.randint(101, 1504)),
    }
    return inv[lang](), 'invented'

PP = {'en': lambda: '5' + g.D(rng, 8), 'en-GB': lambda: g.D(rng, 9), 'de': lambda: 'C' + ''.join(rng.choice('CFGHJKLMNPRTVWXYZ0123456789') for _ in range(8)),
      'fr': lambda: g.D(rng, 2) + ''.join(rng.choice('ABCDEFGHJKL') for _ in range(2)) + g.D(rng, 5), 'es': lambda: ''.join(rng.choice('ABCPXYZ') for _ in range(3)) + g.D(rng, 6),
      'it': lambda: rng.choice(['YA', 'YB', 'AA']) + g.D(rng, 7), 'nl': lambda: 'N' + rng.choice('RPUX') + ''.join(rng.choice('BCDFGHJKLMNPRSTVWXYZ0123456789') for _ in range(6)) + g.D(rng, 1),
      'pl': lambda: rng.choice(['EA', 'EM', 'ES']) + g.D(rng, 7), 'ru': lambda: '%s %s %s' % (g.D(rng, 2), g.D(rng, 2), g.D(rng, 6)), 'hu': lambda: rng.choice(['BE', 'BK']) + g.D(rng, 6),
      'ar': lambda: 'A' + g.D(rng, 8), 'el': lambda: ''.join(rng.choice('ABEHKMNPTXYZ') for _ in range(2)) + g.D(rng, 7)}
UN = ['nordlicht', 'kiwi_fan', 'shadowcat', 'retro.gamer', 'blue_moth', 'tanuki', 'papillon', 'gatito', 'drakon', 'lumikki', 'sakura.chan', 'bandit', 'oliwka', 'krtek', 'mavi_kus']

def username(lang):
    u = rng.choice(UN) + rng.choice(['', '_', '.']) + str(rng.randint(7, 2004))
    return rng.choice(['', '', '@']) + u

CUR = {'en': '${:,.2f}', 'en-GB': '£{:,.2f}', 'en-IN': '₹{:,.0f}', 'de-AT': '{:.2f} €', 'fr-CA': '{:.2f} $', 'es-AR': '${:,.0f}',
       'pt': '{:.2f} €', 'pt-BR': 'R$ {:.2f}', 'sk': '{:.2f} €', 'bg': '{:.2f} лв.', 'da': '{:.0f} kr.', 'he': '₪{:.0f}', 'hi': '₹{:.0f}',
       'zh-TW': 'NT${:,.0f}', 'vi': '{:,.0f} ₫', 'id': 'Rp{:,.0f}', 'ms': 'RM{:.2f}', 'th': '{:,.0f} บาท', 'ar': '{:.0f} جنيه', 'it': '{:.2f} €', 'de': '{:.2f} €', 'sv': '{:.0f} kr', 'nb': '{:.0f} kr', 'pl': '{:.2f} zł', 'cs': '{:.0f} Kč', 'hr': '{:.2f} €', 'uk': '{:.0f} грн'}

def look_value(kind, lang):
    from stdnum import luhn
    for _ in range(100):
        v = _look_value(kind, lang)
        dg = ''.join(c for c in v if c.isdigit())
        if not (13 <= len(dg) <= 19 and luhn.is_valid(dg)):
            return v
    raise RuntimeError(kind)

def _look_value(kind, lang):
    if kind == 'ver':
        return rng.choice(['%d.%d.%d' % (rng.randint(1, 17), rng.randint(0, 30), rng.randint(0, 99)), '%d.%d' % (rng.randint(2, 26), rng.randint(0, 9)), 'v%d.%d.%d-beta.%d' % (rng.randint(1, 5), rng.randint(0, 12), rng.randint(0, 9), rng.randint(1, 9)), '%d.%d.%d.%d' % (rng.randint(1, 12), rng.randint(0, 9), rng.randint(1000, 9999), rng.randint(1, 300))])
    if kind == 'ord':
        return rng.choice(['%d' % rng.randint(10**7, 10**9), 'A-%06d' % rng.randint(0, 999999), '%d-%07d-%07d' % (rng.randint(100, 999), rng.randint(0, 9999999), rng.randint(0, 9999999)), 'ORD%d%s' % (rng.randint(2024, 2026), g.D(rng, 6))])
    if kind == 'trk':
        return rng.choice(['JJD%018d' % rng.randint(0, 10**18 - 1), '1Z%s%s' % (''.join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(6)), g.D(rng, 10)), '%s%sCN' % (rng.choice(['LZ', 'RR', 'UA']), g.D(rng, 9)), '59%s' % g.D(rng, 12)])
    if kind == 'ean':
        return g.ean13(rng, rng.choice(['40', '30', '50', '87', '59', '76']))
    if kind == 'isbn':
        return g.isbn13(rng)
    if kind == 'ts':
        d = datetime.datetime(2026, rng.randint(1, 11), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
        return rng.choice([d.strftime('%Y-%m-%d %H:%M:%S'), d.strftime('%Y-%m-%dT%H:%M:%SZ'), d.strftime('%H:%M:%S'), d.strftime('%d.%m.%Y %H:%M')])
    if kind == 'price':
        x = rng.choice([rng.randint(5, 99) + 0.99, rng.randint(100, 2500) + rng.choice([0, 0.5, 0.99]), rng.randint(1000, 90000)])
        f = CUR.get(lang, '{:.2f} €')
        s = f.format(x)
        def loc(m):
            t = m.group(0)
            if lang in ('es-AR', 'vi', 'id'):
                return t.replace(',', '.')
            if not (lang.startswith('en') or lang in ('he', 'hi', 'zh', 'zh-TW', 'th', 'ms', 'ja', 'ko', 'ar')):
                return t.replace('.', ',')
            return t
        s = re.sub(r'\d[\d.,]*\d', loc, s)
        return s
    if kind == 'meas':
        return rng.choice(['%d x %d x %d cm' % (rng.randint(20, 200), rng.randint(20, 100), rng.randint(2, 90)), '%d×%d cm' % (rng.randint(20, 200), rng.randint(20, 100)), '%d,%d kg' % (rng.randint(1, 60), rng.randint(0, 9))])
    if kind == 'date':
        d = datetime.date(2026, rng.randint(1, 12), rng.randint(1, 28))
        return fmt_date(lang, d)
    if kind == 'hash':
        h = hashlib.sha1(str(rng.random()).encode()).hexdigest()
        return rng.choice([h, h[:12], '0x' + h[:8].upper()])
    if kind == 'uuid':
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))
    if kind == 'lbad':
        return g.luhn_bad(rng, rng.choice([16, 16, 19]))
    if kind == 'inv':
        return rng.choice(['FA-2026-%06d' % rng.randint(0, 999999), 'INV%08d' % rng.randint(0, 10**8), '%d/%02d/2026' % (rng.randint(1, 9999), rng.randint(1, 12))])
    raise KeyError(kind)

PH_STYLES = ['nat', 'intl', 'e164', 'dots', 'slash', 'plain', 'intl00', 'nat', 'intl']
CARD_G = ['space', 'plain', 'dash', 'space']
CORE = {'em', 'ph', 'cd', 'ip', 'ib', 'nm'}
EXT = {'nn', 'ad', 'id', 'bd', 'pp', 'un'}
KMAP = {'em': 'email', 'ph': 'phone', 'cd': 'card', 'ip': 'ip', 'ib': 'iban', 'nm': 'name', 'nn': 'name', 'ad': 'address',
        'id': 'national_id', 'bd': 'birth_date', 'pp': 'passport', 'un': 'username'}
LOOKNAME = {'ver': 'version', 'ord': 'order_number', 'trk': 'tracking_number', 'ean': 'ean', 'isbn': 'isbn', 'ts': 'timestamp', 'price': 'price',
            'meas': 'measurement', 'date': 'ordinary_date', 'hash': 'hex_hash', 'uuid': 'uuid', 'lbad': 'luhn_invalid', 'inv': 'invoice_number', 'lit': 'capitalized_phrase'}

cases = []
counter = {'ph': 0, 'cd': 0}

def add(kind, tier, lang, text, ident, expect, src, note):
    assert ident in text, (lang, text, ident)
    cases.append(dict(kind=kind, tier=tier, lang=lang, text=text, identifier=ident, expect=expect, source=SRC % src, note=note))

def value_for(k, lang, spec, gender):
    if k == 'em':
        return email(lang), 'mimesis/invented names + invented handles'
    if k == 'ph':
        st = PH_STYLES[counter['ph'] % len(PH_STYLES)]; counter['ph'] += 1
        return g.phone(rng, spec['region'], st), 'phonenumbers example number %s, digits varied, validated, style %s' % (spec['region'], st)
    if k == 'cd':
        gr = CARD_G[counter['cd'] % 4]; counter['cd'] += 1
        return g.card(rng, gr), 'random Luhn-valid card, %s' % gr
    if k == 'ip':
        return (g.ipv4(rng) if rng.random() < 0.75 else g.ipv6(rng)), 'random public IP'
    if k == 'ib':
        return g.iban(rng, spec['iban'], grouped=rng.random() < 0.6), 'random BBAN, mod-97 valid (stdnum.iban)'
    if k in ('nm', 'nn'):
        n, _, src = person(lang, gender)
        return n, src
    if k == 'ad':
        return address(lang)
    if k == 'id':
        return g.nid(rng, spec['nid']), 'python-stdnum validated %s' % spec['nid']
    if k == 'bd':
        return fmt_date(lang, g.rdate(rng)), 'random date'
    if k == 'pp':
        base = MONL.get(lang, lang)
        f = PP.get(lang) or PP.get(base) or (lambda: ''.join(rng.choice(string.ascii_uppercase) for _ in range(2)) + g.D(rng, 7))
        return f(), 'invented passport-format string'
    if k == 'un':
        return username(lang), 'invented username'
    raise KeyError(k)

for lang, spec in L.items():
    for kind, tpl in spec['t']:
        k, _, gender = kind.partition(':')
        gender = gender or None
        if k in CORE or k in EXT:
            if k == 'id' and not spec.get('nid'):
                continue
            reps = 2 if k in ('nm', 'cd', 'id') or (k == 'ph' and rng.random() < 0.45) else 1
            if k in ('nn', 'ad', 'bd') and lang in ('en', 'de', 'fr', 'es', 'ru', 'pl', 'it', 'pt-BR', 'nl', 'ja', 'zh', 'sv', 'tr'):
                reps = 2
            for _ in range(reps):
                v, src = value_for(k, lang, spec, gender)
                text = tpl.replace('{v}', v)
                tier = 'core' if k in CORE else 'extended'
                if k == 'nn':
                    tier = 'extended'
                note = {'nm': 'name after cue', 'nn': 'name in narrative, no cue'}.get(k, '%s after cue' % KMAP[k])
                if k == 'id':
                    note = '%s (%s)' % (note, spec['nid'])
                add(KMAP[k], tier, lang, text, v, 'caught', src, note)
        else:
            if k == 'lit':
                lit = tpl[tpl.index('[[') + 2: tpl.index(']]')]
                add('lookalike_' + LOOKNAME[k], 'lookalike', lang, tpl.replace('[[', '').replace(']]', ''), lit, 'kept', 'hand-written', 'capitalized phrase that is not a person')
            else:
                for _ in range(2):
                    v = look_value(k, lang)
                    add('lookalike_' + LOOKNAME[k], 'lookalike', lang, tpl.replace('{v}', v), v, 'kept', 'generated %s' % LOOKNAME[k], LOOKNAME[k])

from extra import extra_cases
extra_cases(add, rng, g, person, email, look_value, fmt_date, address, value_for, L)

rng.shuffle(cases)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'holdout3.jsonl'), 'w', encoding='utf-8') as f:
    for c in cases:
        f.write(json.dumps(c, ensure_ascii=False) + '\n')
print(len(cases))
