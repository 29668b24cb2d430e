from templates._common import money, number

LANG = "ro"
MONTHS = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
          "septembrie", "octombrie", "noiembrie", "decembrie"]


def date_num(d):
    return d.strftime("%d.%m.%Y")


def date_words(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def price(x):
    return money(x, ",", ".") + " lei"


def measure(x, unit):
    return f"{number(x, ',')} {unit}"


CORE = {
    "email": [
        ("contact form", "Bună ziua, vă rog să trimiteți factura la {v}, adresa veche nu o mai folosesc."),
        ("chat", "trimite-mi pozele pe {v}, whatsapp-ul nu merge"),
    ],
    "phone": [
        ("contact form", "Vă rog să mă sunați la {v}, de preferat dimineața."),
        ("order note", "Curier: sunați la {vi} când ajungeți, interfonul nu merge."),
    ],
    "card": [
        ("support ticket", "Mi s-a retras plata de două ori de pe cardul {v}, vă rog anulați una."),
    ],
    "ip": [
        ("app log", "2026-12-01 04:55:10 sshd: autentificare eșuată pentru root de la {v} port 50122"),
    ],
    "iban": [
        ("email", "Avansul îl puteți vira în contul {v}, cu numărul rezervării la detalii."),
    ],
    "name": [
        ("contact form", "Bună ziua, mă numesc {v} și doresc să reziliez contractul de la sfârșitul lunii."),
        ("letter greeting", "{g:Stimate domnule|Stimată doamnă} {v},\nvă mulțumim pentru sesizare."),
    ],
}

EXT = {
    "name": [
        ("support ticket", "Reclamația este preluată de {v}, dar piesa de schimb tot nu a sosit."),
        ("order note", "Coletul poate fi lăsat la {v}, de la parter."),
    ],
    "address": [
        ("order note", "Livrare la adresa {v}, intrarea din curte."),
        ("contact form", "M-am mutat, noua mea adresă este {v}."),
    ],
    "national_id": [
        ("form field", "CNP: {v}"),
    ],
    "birth_date": [
        ("form field", "Data nașterii: {v}"),
        ("chat", "m-am născut pe {vw}, mai am dreptul la reducerea de student?", {"age": (18, 26)}),
    ],
    "passport": [
        ("chat", "compania aeriană vrea numărul pașaportului, al meu e {v}"),
    ],
    "username": [
        ("support ticket", "Clientul nu se poate autentifica. Nume de utilizator: {v}"),
    ],
}

LOOK = {
    "company": [
        ("order note", "Scaunele vor fi livrate de {v} în două tranșe."),
        ("product review", "Am cumpărat fierbătorul de la {v} și capacul s-a rupt după o săptămână."),
    ],
    "street_name": [
        ("chat", "e aglomerat pe {v}, ia-o pe centură"),
    ],
    "date": [
        ("email", "Putem muta ședința trimestrială pe {vw}?"),
    ],
    "price": [
        ("chat", "biletul a costat {v}, dar a meritat"),
    ],
    "famous_name": [
        ("chat", "aterizăm pe Aeroportul {v} pe la 6", {"v": "Henri Coandă"}),
    ],
    "measurement": [
        ("product review", "Dulapul are {v} înălțime, intră fix sub tavan.", {"unit": "cm", "range": (150, 240)}),
    ],
}
