"""Serbian: Cyrillic by default (values transliterated from Faker hr_HR);
templates with {"latn": True} are written in Serbian Latin and keep Latin values."""
from templates._common import money, number

LANG = "sr"
MONTHS_GEN = ["јануара", "фебруара", "марта", "априла", "маја", "јуна", "јула", "августа",
              "септембра", "октобра", "новембра", "децембра"]
LATN = {"latn": True}


def date_num(d):
    return d.strftime("%d.%m.%Y.")


def date_words(d):
    return f"{d.day}. {MONTHS_GEN[d.month - 1]} {d.year}."


def price(x):
    return money(x * 10, nd=0, sep=".") + " дин."


def measure(x, unit):
    return f"{number(x, ',')} {unit}"


CORE = {
    "email": [
        ("contact form", "Поштовани, рачун ми молим пошаљите на {v}, стару адресу више не користим."),
        ("chat", "pošalji mi slike na {v}, vajber ne radi", LATN),
    ],
    "phone": [
        ("contact form", "Молим вас да ме позовете на {v}, најбоље пре подне."),
        ("order note", "Dostavljaču: pozovite {vi} kad stignete, interfon ne radi.", LATN),
    ],
    "card": [
        ("support ticket", "Са картице {v} ми је плаћање скинуто два пута, молим повраћај једног."),
    ],
    "ip": [
        ("app log", "2026-12-01 04:55:10 sshd: neuspešna prijava za root sa {v} port 50122", LATN),
    ],
    "iban": [
        ("email", "Депозит уплатите на рачун {v}, у опис упишите број резервације."),
    ],
    "name": [
        ("contact form", "Добар дан, зовем се {v} и желим да раскинем уговор крајем месеца."),
        ("email signature", "Hvala unapred.\n\nSrdačan pozdrav,\n{v}", LATN),
    ],
}

EXT = {
    "name": [
        ("support ticket", "Рекламацију води {v}, али резервни део још није стигао."),
        ("order note", "Пакет може да преузме {v} из суседног стана."),
    ],
    "address": [
        ("order note", "Достава на адресу {v}, улаз из дворишта."),
        ("contact form", "Preselio sam se, nova adresa je {v}.", LATN),
    ],
    "national_id": [
        ("form field", "ЈМБГ: {v}"),
    ],
    "birth_date": [
        ("form field", "Датум рођења: {v}"),
        ("email", "Отац, рођен {vw}, од октобра је у дому за старе.", {"age": (70, 95)}),
    ],
    "passport": [
        ("chat", "avio-kompanija traži broj pasoša, moj je {v}", LATN),
    ],
    "username": [
        ("support ticket", "Корисник не може да се пријави. Корисничко име: {v}"),
    ],
}

LOOK = {
    "company": [
        ("order note", "Столице испоручује {v} у две пошиљке."),
        ("email", "U prilogu je faktura firme {v} za novembar.", LATN),
    ],
    "street_name": [
        ("chat", "нађимо се на станици „{v}”, не код железничке"),
    ],
    "date": [
        ("order note", "Очекивана испорука: {v}"),
    ],
    "price": [
        ("product review", "За {v} заиста нема замерки."),
    ],
    "famous_name": [
        ("chat", "слећемо на аеродром „{v}” око шест", {"v": "Никола Тесла"}),
    ],
    "tracking_number": [
        ("order note", "Broj pošiljke: {v}", {"patterns": ["RR#########RS"]}),
    ],
}
