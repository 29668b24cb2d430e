from templates._common import money, number

LANG = "et"
MONTHS = ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august",
          "september", "oktoober", "november", "detsember"]


def date_num(d):
    return d.strftime("%d.%m.%Y")


def date_words(d):
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def price(x):
    return money(x, ",", "\u00a0") + " €"


def measure(x, unit):
    return f"{number(x, ',')} {unit}"


CORE = {
    "email": [
        ("contact form", "Tere! Palun saatke arve aadressile {v}, vana meili ma enam ei kasuta."),
        ("chat", "saada pildid aadressile {v}, whatsapp ei tööta"),
    ],
    "phone": [
        ("contact form", "Palun helistage mulle numbril {v}, eelistatult hommikupoolikul."),
        ("order note", "Kuller: helistage saabudes numbrile {vi}, uksekell ei tööta."),
    ],
    "card": [
        ("support ticket", "Kaardilt {v} võeti makse kaks korda, palun tühistage üks."),
    ],
    "ip": [
        ("app log", "2026-12-01 04:55:10 sshd: ebaõnnestunud sisselogimine kasutajale root aadressilt {v} port 50122"),
    ],
    "iban": [
        ("email", "Ettemaksu saate kanda kontole {v}, selgitusse broneeringu number."),
    ],
    "name": [
        ("contact form", "Tere, minu nimi on {v} ja soovin lepingu kuu lõpus lõpetada."),
        ("email signature", "Tänan ette!\n\nLugupidamisega\n{v}"),
    ],
}

EXT = {
    "name": [
        ("order note", "Paki võtab vastu {v} esimeselt korruselt."),
        ("chat", "{v} jääb täna hiljaks, alustage ilma meieta"),
    ],
    "address": [
        ("order note", "Tarneaadress: {v}, sissepääs hoovi poolt."),
        ("contact form", "Kolisin, uus aadress on {v}."),
    ],
    "national_id": [
        ("form field", "Isikukood: {v}"),
    ],
    "birth_date": [
        ("form field", "Sünniaeg: {v}"),
        ("email", "Minu isa, sündinud {vw}, elab oktoobrist hooldekodus.", {"age": (70, 95)}),
    ],
    "passport": [
        ("support ticket", "Külaline registreeriti passiga nr {v}."),
    ],
    "username": [
        ("chat", "jälgi mind foorumis, mu kasutajanimi on {v}"),
    ],
}

LOOK = {
    "company": [
        ("order note", "Toolid tarnib {v} kahes osas."),
        ("email", "Manuses on arve novembri nõustamise eest, saatja: {v}."),
    ],
    "street_name": [
        ("chat", "teetööd: {v} on reedeni suletud"),
    ],
    "date": [
        ("order note", "Eeldatav tarne: {v}"),
    ],
    "price": [
        ("product review", "Selle hinnaga ({v}) ei saa kurta."),
    ],
    "famous_name": [
        ("chat", "maandume {v} nimelises Tallinna lennujaamas kuue paiku", {"v": "Lennart Meri"}),
    ],
    "version": [
        ("app log", "2026-12-02 06:00:03 INFO uuendatud versioonile {v}"),
    ],
}
