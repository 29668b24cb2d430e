from templates._common import money, number

LANG = "sl"
MONTHS_GEN = ["januarja", "februarja", "marca", "aprila", "maja", "junija", "julija",
              "avgusta", "septembra", "oktobra", "novembra", "decembra"]


def date_num(d):
    return f"{d.day}. {d.month}. {d.year}"


def date_words(d):
    return f"{d.day}. {MONTHS_GEN[d.month - 1]} {d.year}"


def price(x):
    return money(x, ",", ".") + " €"


def measure(x, unit):
    return f"{number(x, ',')} {unit}"


CORE = {
    "email": [
        ("contact form", "Pozdravljeni, račun mi prosim pošljite na {v}, starega naslova ne uporabljam več."),
        ("chat", "pošlji mi slike na {v}, whatsapp ne dela"),
    ],
    "phone": [
        ("contact form", "Prosim, pokličite me na {v}, najraje dopoldne."),
        ("order note", "Dostavljavec: pokličite na {vi}, zvonec ne deluje."),
    ],
    "card": [
        ("support ticket", "S kartice {v} so mi plačilo bremenili dvakrat, prosim za vračilo enega."),
    ],
    "ip": [
        ("app log", "2026-12-01 04:55:10 sshd: neuspešna prijava za root z {v} vrata 50122"),
    ],
    "iban": [
        ("order note", "Vračilo prosim na moj račun, IBAN {v}."),
    ],
    "name": [
        ("contact form", "Pozdravljeni, moje ime je {v} in želim odpovedati naročnino s koncem meseca."),
        ("email signature", "Hvala vnaprej.\n\nLep pozdrav,\n{v}"),
    ],
}

EXT = {
    "name": [
        ("support ticket", "Reklamacijo vodi {v}, nadomestni del pa še vedno ni prispel."),
        ("chat", "{v} bo danes {g:zamujal|zamujala}, začnite brez nas"),
    ],
    "address": [
        ("order note", "Dostava na naslov {v}, vhod z dvorišča."),
        ("contact form", "Preselil sem se, nov naslov je {v}."),
    ],
    "national_id": [
        ("form field", "EMŠO: {v}"),
    ],
    "birth_date": [
        ("form field", "Datum rojstva: {v}"),
        ("email", "Oče, rojen {vw}, je od oktobra v domu za starejše.", {"age": (70, 95)}),
    ],
    "passport": [
        ("support ticket", "Gost se je prijavil s potnim listom št. {v}."),
    ],
    "username": [
        ("chat", "spremljaj me na forumu, moje uporabniško ime je {v}"),
    ],
}

LOOK = {
    "company": [
        ("order note", "Stole bo dobavilo podjetje {v} v dveh pošiljkah."),
        ("email", "V prilogi je račun podjetja {v} za svetovanje v novembru."),
    ],
    "street_name": [
        ("chat", "dela na lokaciji {v} trajajo do petka, pojdi raje po obvoznici"),
    ],
    "date": [
        ("order note", "Predvidena dostava: {v}"),
    ],
    "price": [
        ("product review", "Za {v} res ni kaj pripomniti."),
    ],
    "famous_name": [
        ("email", "Koncert bo v {v}jevem domu v Ljubljani.", {"v": "Cankar"}),
    ],
    "version": [
        ("app log", "2026-12-02 06:00:03 INFO posodobljeno na različico {v}"),
    ],
}
