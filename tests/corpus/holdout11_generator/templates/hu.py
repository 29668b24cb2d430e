from templates._common import money, number

LANG = "hu"
MONTHS = ["január", "február", "március", "április", "május", "június", "július",
          "augusztus", "szeptember", "október", "november", "december"]


def date_num(d):
    return d.strftime("%Y. %m. %d.")


def date_words(d):
    return f"{d.year}. {MONTHS[d.month - 1]} {d.day}."


def price(x):
    return money(x * 10, nd=0, sep="\u00a0") + " Ft"


def measure(x, unit):
    return f"{number(x, ',')} {unit}"


CORE = {
    "email": [
        ("contact form", "Jó napot! Kérem, a számlát erre a címre küldjék: {v}, a régit már nem használom."),
        ("chat", "a képeket küldd ide: {v}, a messenger nem megy"),
    ],
    "phone": [
        ("contact form", "Kérem, hívjanak vissza ezen a számon: {v}, lehetőleg délelőtt."),
        ("order note", "Futár: érkezéskor hívja a {vi} számot, a kapucsengő nem működik."),
    ],
    "card": [
        ("support ticket", "A {v} számú kártyámról kétszer vonták le az összeget, kérem az egyik visszatérítését."),
    ],
    "ip": [
        ("support ticket", "Az oldaluk folyton letilt. Az IP-címem: {v}"),
    ],
    "iban": [
        ("order note", "Kérem, a visszatérítést erre a számlára utalják: {v}"),
    ],
    "name": [
        ("contact form", "Jó napot, a nevem {v}, és a hónap végével szeretném felmondani a szerződést."),
        ("letter greeting", "Kedves {v}!\nKöszönjük a megkeresését, hamarosan válaszolunk."),
    ],
}

EXT = {
    "name": [
        ("order note", "A csomagot {v} is átveheti a földszintről."),
        ("support ticket", "Az ügyet {v} intézi, de az alkatrész még mindig nem érkezett meg."),
    ],
    "address": [
        ("order note", "Szállítási cím: {v}, bejárat az udvar felől."),
        ("chat", "szombaton nálam a buli, {v}, kétszer csengess"),
    ],
    "national_id": [
        ("form field", "Személyi azonosító: {v}"),
    ],
    "birth_date": [
        ("form field", "Születési dátum: {v}"),
        ("email", "Édesapám, szül. {vw}, októbertől idősotthonban él.", {"age": (70, 95)}),
    ],
    "passport": [
        ("support ticket", "A vendég útlevélszáma: {v}, a másolat a recepción van."),
    ],
    "username": [
        ("chat", "kövess a fórumon, a felhasználónevem {v}"),
    ],
}

LOOK = {
    "company": [
        ("order note", "A székeket a {v} szállítja két részletben."),
        ("email", "Mellékelem a {v} novemberi tanácsadási számláját."),
    ],
    "street_name": [
        ("chat", "dugó van a {v} környékén, menj inkább a körúton"),
    ],
    "date": [
        ("order note", "Várható kiszállítás: {v}"),
    ],
    "price": [
        ("product review", "Ennyiért ({v}) tényleg nem lehet panasz."),
    ],
    "famous_name": [
        ("chat", "a {v} repülőtéren szállunk le hat körül", {"v": "Liszt Ferenc"}),
    ],
    "isbn": [
        ("product review", "A puhatáblás kiadás (ISBN {v}) fordítása sokkal jobb."),
    ],
}
