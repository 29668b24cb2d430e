from templates._common import money, number

LANG = "sk"
MONTHS_GEN = ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta",
              "septembra", "októbra", "novembra", "decembra"]


def date_num(d):
    return f"{d.day}. {d.month}. {d.year}"


def date_words(d):
    return f"{d.day}. {MONTHS_GEN[d.month - 1]} {d.year}"


def price(x):
    return money(x, ",", "\u00a0") + " €"


def measure(x, unit):
    return f"{number(x, ',')} {unit}"


CORE = {
    "email": [
        ("contact form", "Dobrý deň, pošlite mi prosím faktúru na {v}, starú adresu už nepoužívam."),
        ("product review", "Predajca neodpovedá. Ak máte rovnaký problém, napíšte mi na {v}."),
    ],
    "phone": [
        ("contact form", "Zavolajte mi prosím na číslo {v}, najlepšie dopoludnia."),
        ("chat", "moje nové číslo je {vi}, staré vymaž"),
    ],
    "card": [
        ("support ticket", "Z karty {v} mi platbu strhli dvakrát, prosím o vrátenie jednej."),
    ],
    "ip": [
        ("support ticket", "Vaša stránka ma stále blokuje. Moja IP adresa je {v}."),
    ],
    "iban": [
        ("email", "Zálohu prosím pošlite na účet {v}, do poznámky uveďte číslo rezervácie."),
    ],
    "name": [
        ("letter greeting", "{g:Vážený pán|Vážená pani} {v},\nďakujeme za vašu reklamáciu."),
        ("chat", "Ahoj, tu je {v} z tretieho poschodia, zase nejde kúrenie."),
    ],
}

EXT = {
    "name": [
        ("order note", "Balík môže prevziať {v} z prízemia."),
        ("support ticket", "Reklamáciu rieši {v}, náhradný diel však stále neprišiel."),
    ],
    "address": [
        ("order note", "Doručiť na adresu {v}, vchod zo dvora."),
        ("chat", "oslava je v sobotu u mňa, {v}, zvoňte dvakrát"),
    ],
    "national_id": [
        ("support ticket", "Klient uviedol rodné číslo {v} na overenie."),
    ],
    "birth_date": [
        ("form field", "Dátum narodenia: {v}"),
        ("chat", "narodil som sa {vw}, mám ešte nárok na študentskú zľavu?", {"age": (18, 26)}),
    ],
    "passport": [
        ("form field", "Číslo pasu: {v}, platný do roku 2031"),
    ],
    "username": [
        ("chat", "sleduj ma na fóre, moja prezývka je {v}"),
    ],
}

LOOK = {
    "company": [
        ("order note", "Stoličky dodá firma {v} v dvoch zásielkach."),
        ("product review", "Kanvicu som kúpil v predajni {v} a po týždni praskla."),
    ],
    "street_name": [
        ("support ticket", "Sklad na ulici {v} je do odvolania zatvorený."),
    ],
    "date": [
        ("email", "Môžeme presunúť štvrťročnú poradu na {vw}?"),
    ],
    "price": [
        ("chat", "lístok stál {v}, ale stálo to za to"),
    ],
    "famous_name": [
        ("chat", "pristávame na Letisku {v} v Bratislave okolo šiestej", {"v": "M. R. Štefánika"}),
    ],
    "ean": [
        ("order note", "Prišiel iný tovar, EAN na krabici: {v}"),
    ],
}
