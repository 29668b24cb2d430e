from templates._common import money, number

LANG = "hr"
MONTHS_GEN = ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja",
              "kolovoza", "rujna", "listopada", "studenoga", "prosinca"]


def date_num(d):
    return d.strftime("%d.%m.%Y.")


def date_words(d):
    return f"{d.day}. {MONTHS_GEN[d.month - 1]} {d.year}."


def price(x):
    return money(x, ",", ".") + " €"


def measure(x, unit):
    return f"{number(x, ',')} {unit}"


CORE = {
    "email": [
        ("contact form", "Poštovani, račun mi molim pošaljite na {v}, stari mail više ne koristim."),
        ("chat", "pošalji mi slike na {v}, whatsapp ne radi"),
    ],
    "phone": [
        ("contact form", "Molim vas da me nazovete na {v}, najbolje prijepodne."),
        ("order note", "Dostavljaču: nazovite {vi} kad stignete, interfon ne radi."),
    ],
    "card": [
        ("chat", "možeš provjeriti je li prošlo plaćanje karticom {v}?"),
    ],
    "ip": [
        ("support ticket", "Vaša stranica me stalno blokira. Moja IP adresa je {v}."),
    ],
    "iban": [
        ("email", "Predujam uplatite na {v}, u opis upišite broj rezervacije."),
    ],
    "name": [
        ("contact form", "Dobar dan, zovem se {v} i želim raskinuti ugovor krajem mjeseca."),
        ("letter greeting", "{g:Poštovani gospodine|Poštovana gospođo} {v},\nzahvaljujemo na vašoj prijavi."),
    ],
}

EXT = {
    "name": [
        ("chat", "{v} danas kasni, počnite bez nas"),
        ("order note", "Paket može preuzeti {v} iz susjednog stana."),
    ],
    "address": [
        ("order note", "Dostava na adresu {v}, ulaz iz dvorišta."),
        ("support ticket", "Preuzimanje povrata u četvrtak na adresi {v}."),
    ],
    "national_id": [
        ("form field", "OIB: {v}"),
    ],
    "birth_date": [
        ("form field", "Datum rođenja: {v}"),
        ("chat", "rođen sam {vw}, imam li još pravo na studentski popust?", {"age": (18, 26)}),
    ],
    "passport": [
        ("form field", "Broj putovnice: {v}"),
    ],
    "username": [
        ("app log", "2026-11-28 21:07:44 INFO prijava uspješna korisnik={v}"),
    ],
}

LOOK = {
    "company": [
        ("order note", "Stolice isporučuje {v} u dvije pošiljke."),
        ("product review", "Kuhalo iz trgovine {v}, poklopac je pukao nakon tjedan dana."),
    ],
    "street_name": [
        ("chat", "nađimo se na stanici „{v}”, ne na kolodvoru"),
    ],
    "date": [
        ("email", "Možemo li kvartalni sastanak pomaknuti na {vw} u 10 sati?"),
    ],
    "price": [
        ("chat", "karta je koštala {v}, ali isplatilo se"),
    ],
    "famous_name": [
        ("chat", "slijećemo u Zračnu luku {v} oko šest", {"v": "Franjo Tuđman"}),
    ],
    "uuid": [
        ("app log", "id_zahtjeva={v} status=200 trajanje_ms=41"),
    ],
}
