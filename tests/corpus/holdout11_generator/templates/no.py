from templates._common import money, number

LANG = "no"
MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
          "september", "oktober", "november", "desember"]


def date_num(d):
    return d.strftime("%d.%m.%Y")


def date_words(d):
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def price(x):
    return money(x, ",", "\u00a0") + " kr"


def measure(x, unit):
    return f"{number(x, ',')} {unit}"


CORE = {
    "email": [
        ("contact form", "Hei, send fakturaen til {v}, den gamle adressen bruker jeg ikke lenger."),
        ("chat", "send bildene til {v}, messenger tuller"),
    ],
    "phone": [
        ("contact form", "Ring meg gjerne på {v}, helst før lunsj."),
        ("order note", "Bud: ring {vi} ved ankomst, ringeklokka virker ikke."),
    ],
    "card": [
        ("support ticket", "Jeg er belastet to ganger på kortet {v}, vennligst refunder den ene."),
    ],
    "ip": [
        ("support ticket", "Nettsiden deres blokkerer meg hele tiden. IP-adressen min er {v}."),
    ],
    "iban": [
        ("order note", "Refusjon til kontoen min, IBAN {v}."),
    ],
    "name": [
        ("contact form", "Hei, jeg heter {v} og vil si opp abonnementet fra månedsskiftet."),
        ("email signature", "Takk på forhånd!\n\nMed vennlig hilsen\n{v}"),
    ],
}

EXT = {
    "name": [
        ("chat", "{v} blir sen i dag, bare begynn uten oss"),
        ("support ticket", "Saken behandles av {v}, men reservedelen har fortsatt ikke kommet."),
    ],
    "address": [
        ("order note", "Leveringsadresse: {v}, inngang fra bakgården."),
        ("chat", "fest hos meg på lørdag, {v}, ring to ganger"),
    ],
    "national_id": [
        ("form field", "Fødselsnummer: {v}"),
    ],
    "birth_date": [
        ("form field", "Fødselsdato: {v}"),
        ("email", "Faren min, født {vw}, har bodd på sykehjem siden oktober.", {"age": (70, 95)}),
    ],
    "passport": [
        ("chat", "flyselskapet vil ha passnummeret ditt, mitt er {v}"),
    ],
    "username": [
        ("support ticket", "Kunden får ikke logget inn. Brukernavn: {v}"),
    ],
}

LOOK = {
    "company": [
        ("order note", "Stolene leveres av {v} i to sendinger."),
        ("email", "Vedlagt faktura fra {v} for rådgivning i november."),
    ],
    "street_name": [
        ("chat", "kø i {v}, kjør heller ringveien"),
    ],
    "date": [
        ("order note", "Forventet levering: {v}"),
    ],
    "price": [
        ("product review", "For {v} kan man ikke klage."),
    ],
    "famous_name": [
        ("product review", "{v}museet i Bjørvika var fullt i helgen.", {"v": "Munch"}),
    ],
    "measurement": [
        ("product review", "Bordet er {v} langt, perfekt til seks personer.", {"unit": "cm", "range": (140, 240)}),
    ],
}
