from templates._common import money, number

LANG = "fi"
MONTHS_PART = ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta",
               "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta",
               "marraskuuta", "joulukuuta"]


def date_num(d):
    return f"{d.day}.{d.month}.{d.year}"


def date_words(d):
    return f"{d.day}. {MONTHS_PART[d.month - 1]} {d.year}"


def price(x):
    return money(x, ",", "\u00a0") + " €"


def measure(x, unit):
    return f"{number(x, ',')} {unit}"


CORE = {
    "email": [
        ("contact form", "Hei, lähettäkää lasku osoitteeseen {v}, vanhaa osoitetta en enää käytä."),
        ("chat", "laita kuvat sähköpostiin {v}, whatsapp ei toimi"),
    ],
    "phone": [
        ("contact form", "Soittakaa minulle numeroon {v}, mieluiten aamupäivällä."),
        ("order note", "Kuljettaja: soita perillä numeroon {vi}, ovisummeri on rikki."),
    ],
    "card": [
        ("support ticket", "Kortilta {v} veloitettiin kahdesti, perukaa toinen veloitus."),
    ],
    "ip": [
        ("support ticket", "Sivustonne estää minut jatkuvasti. IP-osoitteeni on {v}."),
    ],
    "iban": [
        ("order note", "Palautus tililleni, IBAN {v}."),
    ],
    "name": [
        ("contact form", "Hei, nimeni on {v} ja haluan irtisanoa sopimuksen kuun lopussa."),
        ("email signature", "Kiitos jo etukäteen!\n\nYstävällisin terveisin\n{v}"),
    ],
}

EXT = {
    "name": [
        ("support ticket", "Asiaa hoitaa {v}, mutta varaosa ei ole vieläkään tullut."),
        ("order note", "Paketin voi jättää naapuriin, {v} on kotona koko päivän."),
    ],
    "address": [
        ("order note", "Toimitusosoite: {v}, sisäänkäynti pihan puolelta."),
        ("chat", "bileet lauantaina meillä, {v}, soita ovikelloa kahdesti"),
    ],
    "national_id": [
        ("form field", "Henkilötunnus: {v}"),
    ],
    "birth_date": [
        ("form field", "Syntymäaika: {v}"),
        ("email", "Isäni, s. {vw}, on asunut hoivakodissa lokakuusta asti.", {"age": (70, 95)}),
    ],
    "passport": [
        ("chat", "lentoyhtiö kysyy passin numeroa, minun on {v}"),
    ],
    "username": [
        ("app log", "2026-11-28 21:07:44 INFO kirjautuminen onnistui käyttäjä={v}"),
    ],
}

LOOK = {
    "company": [
        ("order note", "Tuolit toimittaa {v} kahdessa erässä."),
        ("email", "Liitteenä {v}:n lasku marraskuun konsultoinnista."),
    ],
    "street_name": [
        ("chat", "katutyöt: {v} suljettu perjantaihin asti"),
    ],
    "date": [
        ("order note", "Arvioitu toimitus: {v}"),
    ],
    "price": [
        ("product review", "Hintaan {v} ei voi valittaa."),
    ],
    "famous_name": [
        ("product review", "{v}-talossa oli upea konsertti, liput myytiin loppuun.", {"v": "Sibelius"}),
    ],
    "hash": [
        ("app log", "tiedoston tarkistussumma: {v}"),
    ],
}
