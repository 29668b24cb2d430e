import random, importlib, string
import phonenumbers
from stdnum import iban as IB, luhn
R = random.Random(8808)
NID = {  # module, pattern (#=digit, @=letter)
 'bg':('bg.egn','870314####'), 'cs':('cz.rc','875314####'), 'da':('dk.cpr','140387####'),
 'el':('gr.amka','140387#####'), 'es':('es.dni','########@'), 'ca':('es.dni','########@'),
 'et':('ee.ik','4870314####'), 'fi':('fi.hetu','140387-###@'), 'ga':('ie.pps','#######@'),
 'hr':('hr.oib','###########'), 'lt':('lt.asmens','4870314####'), 'pl':('pl.pesel','87031######'),
 'ro':('ro.cnp','2870314######'), 'sk':('sk.rc','875314/####'), 'sl':('si.emso','1403987######'),
 'sv':('se.personnummer','870314-####'), 'tr':('tr.tckimlik','###########'), 'hi':('in_.aadhaar','############'),
 'ko':('kr.rrn','870314-2######'), 'pt-BR':('br.cpf','###.###.###-##'), 'he':('il.idnr','#########'),
 'no':('no.fodselsnummer','140387#####'), 'nl':('nl.bsn','#########'),
}
def fill(p, letters=string.ascii_uppercase):
    return ''.join(R.choice('0123456789') if c=='#' else R.choice(letters) if c=='@' else c for c in p)
def nid(lang):
    mod, pat = NID[lang]; m = importlib.import_module('stdnum.'+mod)
    for _ in range(2000000):
        v = fill(pat)
        if pat[0]=='#' and v[0]=='0': continue
        if m.is_valid(v): return v
    raise SystemExit('nid fail '+lang)
def nid_valid(lang, v):
    if lang not in NID: return False
    return importlib.import_module('stdnum.'+NID[lang][0]).is_valid(v)
BBAN = {'BG':'BNBG'+'#'*14,'CZ':'#'*20,'DK':'#'*14,'DE':'#'*18,'GR':'#'*23,'GB':'NWBK'+'#'*14,
 'ES':'#'*20,'EE':'#'*16,'FI':'#'*14,'FR':'#'*23,'IE':'AIBK'+'#'*14,'HR':'#'*17,'HU':'#'*24,
 'IT':'X'+'#'*22,'LT':'#'*16,'LV':'HABA'+'#'*13,'MT':'MALT'+'#'*23,'NL':'ABNA'+'#'*10,'PL':'#'*24,
 'PT':'#'*21,'RO':'RNCB'+'#'*16,'SK':'#'*20,'SI':'#'*15,'SE':'#'*20,'TR':'#####0'+'#'*16,
 'SA':'#'*20,'IL':'#'*19,'NO':'#'*11,'RS':'#'*18,'UA':'#'*25,'BR':'#'*23+'C1','AT':'#'*16}
def iban(cc, spaced=True):
    for _ in range(200000):
        b = fill(BBAN[cc]); v = cc+'00'+b
        v = cc+IB.calc_check_digits(v)+b
        if IB.is_valid(v):
            return ' '.join(v[i:i+4] for i in range(0,len(v),4)) if spaced else v
    raise SystemExit('iban '+cc)
def card(fmt=True):
    pre = R.choice(['4','51','53','55','4'])
    while True:
        body = pre + fill('#'*(15-len(pre)))
        v = body + luhn.calc_check_digit(body)
        if luhn.is_valid(v): break
    return ' '.join(v[i:i+4] for i in range(0,16,4)) if fmt else v
def phone(region, intl):
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nsn = str(ex.national_number)
    for _ in range(100000):
        cand = nsn[:3] + fill('#'*(len(nsn)-3))
        p = phonenumbers.parse(cand if ex.country_code_source else cand, region) if False else phonenumbers.PhoneNumber(country_code=ex.country_code, national_number=int(cand))
        if ex.italian_leading_zero: p.italian_leading_zero=True
        if phonenumbers.is_valid_number_for_region(p, region):
            f = phonenumbers.PhoneNumberFormat.INTERNATIONAL if intl else phonenumbers.PhoneNumberFormat.NATIONAL
            return phonenumbers.format_number(p, f)
    raise SystemExit('phone '+region)
def ip4():
    return R.choice(['192.0.2.','198.51.100.','203.0.113.'])+str(R.randint(2,250))
def ip6():
    return '2001:db8:%x:%x::%x' % (R.randint(1,0xffff),R.randint(1,0xffff),R.randint(1,0xfff))
