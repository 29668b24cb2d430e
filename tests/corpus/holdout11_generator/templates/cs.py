from templates._common import money, number

LANG = "cs"
MONTHS_GEN = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna",
              "září", "října", "listopadu", "prosince"]


def date_num(d):
    return f"{d.day}. {d.month}. {d.year}"


def date_words(d):
    return f"{d.day}. {MONTHS_GEN[d.month - 1]} {d.year}"


def price(x):
    return money(x * 10, nd=0, sep="\u00a0") + " Kč"


def measure(x, unit):
    return f"{number(x, ',')} {unit}"


CORE = {
    "email": [
        ("contact form", "Dobrý den, pošlete mi prosím fakturu na {v}, starou adresu už nepoužívám."),
        ("chat", "hoď mi ty fotky na {v}, whatsapp nějak blbne"),
    ],
    "phone": [
        ("contact form", "Zavolejte mi prosím na číslo {v}, nejlépe dopoledne."),
        ("order note", "Pro kurýra: volejte prosím na {vi}, zvonek nefunguje."),
    ],
    "card": [
        ("support ticket", "Z karty {v} mi byla platba stržena dvakrát, prosím o vrácení jedné."),
    ],
    "ip": [
        ("app log", "2026-12-01 04:55:10 sshd: neúspěšné přihlášení uživatele root z {v} port 50122"),
    ],
    "iban": [
        ("order note", "Peníze prosím vraťte na můj účet IBAN {v}."),
    ],
    "name": [
        ("contact form", "Dobrý den, jmenuji se {v} a chci vypovědět smlouvu ke konci měsíce."),
        ("email signature", "Předem děkuji.\n\nS pozdravem\n{v}"),
    ],
}

EXT = {
    "name": [
        ("support ticket", "Reklamaci vyřizuje {v}, náhradní díl ale pořád nedorazil."),
        ("chat", "{v} dneska přijde později, začněte bez nás"),
    ],
    "address": [
        ("order note", "Doručit na adresu {v}, vchod ze dvora."),
        ("contact form", "Přestěhoval jsem se, nová adresa: {v}."),
    ],
    "national_id": [
        ("form field", "Rodné číslo: {v}"),
    ],
    "birth_date": [
        ("form field", "Datum narození: {v}"),
        ("email", "Otec, nar. {vw}, je od října v domově pro seniory.", {"age": (70, 95)}),
    ],
    "passport": [
        ("chat", "aerolinka chce číslo pasu, moje je {v}"),
    ],
    "username": [
        ("support ticket", "Zákazník se nemůže přihlásit. Uživatelské jméno: {v}"),
    ],
}

LOOK = {
    "company": [
        ("order note", "Židle dodá firma {v} ve dvou várkách."),
        ("email", "V příloze posílám fakturu od {v} za listopadové poradenství."),
    ],
    "street_name": [
        ("chat", "v ulici {v} je zácpa, jeď radši objížďkou"),
    ],
    "date": [
        ("order note", "Předpokládané doručení: {v}"),
    ],
    "price": [
        ("product review", "Za {v} se opravdu nedá stěžovat."),
    ],
    "famous_name": [
        ("chat", "přistáváme na Letišti {v} kolem šesté", {"v": "Václava Havla"}),
    ],
    "tracking_number": [
        ("order note", "Číslo zásilky: {v}", {"patterns": ["Z ### ### ####"]}),
    ],
}
