from templates._common import money, number

LANG = "sv"
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]


def date_num(d):
    return d.strftime("%Y-%m-%d")


def date_words(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def price(x):
    return money(x, ",", "\u00a0") + " kr"


def measure(x, unit):
    return f"{number(x, ',')} {unit}"


CORE = {
    "email": [
        ("contact form", "Hej! Skicka gärna fakturan till {v}, den gamla adressen använder jag inte längre."),
        ("chat", "maila bilderna till {v}, whatsapp strular"),
    ],
    "phone": [
        ("contact form", "Ring mig gärna på {v}, helst på förmiddagen."),
        ("order note", "Bud: ring {vi} när ni är framme, porttelefonen är trasig."),
    ],
    "card": [
        ("support ticket", "Jag har debiterats två gånger på kortet {v}, vänligen återbetala den ena."),
    ],
    "ip": [
        ("support ticket", "Er sajt blockerar mig hela tiden. Min IP-adress är {v}."),
    ],
    "iban": [
        ("order note", "Återbetalning till mitt konto, IBAN {v}."),
    ],
    "name": [
        ("contact form", "Hej, jag heter {v} och vill säga upp mitt abonnemang vid månadsskiftet."),
        ("email signature", "Tack på förhand!\n\nMed vänliga hälsningar\n{v}"),
    ],
}

EXT = {
    "name": [
        ("order note", "Paketet kan lämnas hos {v} på bottenvåningen."),
        ("chat", "{v} blir sen idag, börja utan oss"),
    ],
    "address": [
        ("order note", "Leveransadress: {v}, ingång från gården."),
        ("chat", "fest hos mig på lördag, {v}, ring två gånger"),
    ],
    "national_id": [
        ("form field", "Personnummer: {v}"),
    ],
    "birth_date": [
        ("form field", "Födelsedatum: {v}"),
        ("email", "Min pappa, född {vw}, bor på äldreboende sedan oktober.", {"age": (70, 95)}),
    ],
    "passport": [
        ("chat", "flygbolaget vill ha ditt passnummer, mitt är {v}"),
    ],
    "username": [
        ("app log", "2026-11-28 21:07:44 INFO inloggning lyckades användare={v}"),
    ],
}

LOOK = {
    "company": [
        ("order note", "Stolarna levereras av {v} i två omgångar."),
        ("email", "Bifogar fakturan från {v} för konsultuppdraget i november."),
    ],
    "street_name": [
        ("chat", "kö på {v}, ta ringleden istället"),
    ],
    "date": [
        ("order note", "Beräknad leverans: {v}"),
    ],
    "price": [
        ("product review", "För {v} kan man verkligen inte klaga."),
    ],
    "famous_name": [
        ("product review", "Besökte {v}smuseet i helgen, litet men mysigt.", {"v": "Strindberg"}),
    ],
    "ean": [
        ("order note", "Fel vara levererad, EAN på kartongen: {v}"),
    ],
}
