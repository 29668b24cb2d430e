from templates._common import money, number

LANG = "lt"
MONTHS_GEN = ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos",
              "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"]


def date_num(d):
    return d.strftime("%Y-%m-%d")


def date_words(d):
    return f"{d.year} m. {MONTHS_GEN[d.month - 1]} {d.day} d."


def price(x):
    return money(x, ",", "\u00a0") + " €"


def measure(x, unit):
    return f"{number(x, ',')} {unit}"


CORE = {
    "email": [
        ("contact form", "Laba diena, prašome sąskaitą atsiųsti adresu {v}, senojo pašto nebenaudoju."),
        ("chat", "atsiųsk nuotraukas į {v}, whatsapp neveikia"),
    ],
    "phone": [
        ("contact form", "Prašau paskambinti man numeriu {v}, geriausia iki pietų."),
        ("order note", "Kurjeriui: atvykę skambinkite {vi}, durų skambutis neveikia."),
    ],
    "card": [
        ("support ticket", "Iš kortelės {v} mokėjimas nuskaičiuotas du kartus, prašau vieną grąžinti."),
    ],
    "ip": [
        ("app log", "2026-12-01 04:55:10 sshd: nepavykęs prisijungimas root iš {v} prievadas 50122"),
    ],
    "iban": [
        ("email", "Avansą pervesti į sąskaitą {v}, paskirtyje nurodykite rezervacijos numerį."),
    ],
    "name": [
        ("contact form", "Laba diena, mano vardas {v}, noriu nutraukti sutartį nuo mėnesio pabaigos."),
        ("email signature", "Iš anksto dėkoju.\n\nPagarbiai\n{v}"),
    ],
}

EXT = {
    "name": [
        ("support ticket", "Pretenziją nagrinėja {v}, bet atsarginė dalis vis dar neatkeliavo."),
        ("chat", "{v} šiandien vėluos, pradėkite be mūsų"),
    ],
    "address": [
        ("order note", "Pristatymo adresas: {v}, įėjimas iš kiemo."),
        ("chat", "šeštadienį vakarėlis pas mane, {v}, skambink du kartus"),
    ],
    "national_id": [
        ("form field", "Asmens kodas: {v}"),
    ],
    "birth_date": [
        ("form field", "Gimimo data: {v}"),
        ("email", "Mano tėvas, gimęs {vw}, nuo spalio gyvena globos namuose.", {"age": (70, 95)}),
    ],
    "passport": [
        ("support ticket", "Svečias užregistruotas su pasu Nr. {v}."),
    ],
    "username": [
        ("chat", "sek mane forume, mano slapyvardis {v}"),
    ],
}

LOOK = {
    "company": [
        ("order note", "Kėdes pristatys {v} dviem siuntomis."),
        ("email", "Pridedama sąskaita (tiekėjas: {v}) už lapkričio konsultacijas."),
    ],
    "street_name": [
        ("chat", "kamštis ties {v}, važiuok aplinkkeliu"),
    ],
    "date": [
        ("order note", "Numatomas pristatymas: {v}"),
    ],
    "price": [
        ("product review", "Už {v} tikrai neverta skųstis."),
    ],
    "famous_name": [
        ("chat", "susitinkam {v} aikštėje prie paminklo", {"v": "Vinco Kudirkos"}),
    ],
    "tracking_number": [
        ("order note", "Siuntos numeris: {v}", {"patterns": ["CE#########LT"]}),
    ],
}
