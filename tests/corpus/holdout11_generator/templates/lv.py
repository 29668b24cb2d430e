from templates._common import money, number

LANG = "lv"
MONTHS_LOC = ["janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā",
              "septembrī", "oktobrī", "novembrī", "decembrī"]


def date_num(d):
    return d.strftime("%d.%m.%Y.")


def date_words(d):
    return f"{d.year}. gada {d.day}. {MONTHS_LOC[d.month - 1]}"


def price(x):
    return money(x, ",", "\u00a0") + " €"


def measure(x, unit):
    return f"{number(x, ',')} {unit}"


CORE = {
    "email": [
        ("contact form", "Labdien! Lūdzu, nosūtiet rēķinu uz {v}, veco e-pastu vairs neizmantoju."),
        ("chat", "atsūti bildes uz {v}, whatsapp nestrādā"),
    ],
    "phone": [
        ("contact form", "Lūdzu, piezvaniet man uz {v}, vēlams pirms pusdienām."),
        ("order note", "Kurjeram: ierodoties zvaniet uz {vi}, domofons nestrādā."),
    ],
    "card": [
        ("support ticket", "No kartes {v} maksājums noņemts divreiz, lūdzu, atceliet vienu."),
    ],
    "ip": [
        ("support ticket", "Jūsu vietne mani pastāvīgi bloķē. Mana IP adrese ir {v}."),
    ],
    "iban": [
        ("order note", "Lūdzu, atmaksājiet uz kontu IBAN {v}."),
    ],
    "name": [
        ("contact form", "Labdien, mani sauc {v}, vēlos lauzt līgumu no mēneša beigām."),
        ("email signature", "Paldies jau iepriekš!\n\nAr cieņu,\n{v}"),
    ],
}

EXT = {
    "name": [
        ("support ticket", "Pretenziju izskata {v}, bet rezerves daļa joprojām nav pienākusi."),
        ("chat", "{v} šodien kavēsies, sāciet bez mums"),
    ],
    "address": [
        ("order note", "Piegādes adrese: {v}, ieeja no pagalma."),
        ("chat", "ballīte sestdien pie manis, {v}, zvani divreiz"),
    ],
    "national_id": [
        ("form field", "Personas kods: {v}"),
    ],
    "birth_date": [
        ("form field", "Dzimšanas datums: {v}"),
        ("email", "Mans tēvs, dzimis {vw}, kopš oktobra dzīvo pansionātā.", {"age": (70, 95)}),
    ],
    "passport": [
        ("chat", "aviokompānija prasa pases numuru, manējais ir {v}"),
    ],
    "username": [
        ("support ticket", "Klients nevar pieslēgties. Lietotājvārds: {v}"),
    ],
}

LOOK = {
    "company": [
        ("order note", "Krēslus piegādās {v} divās daļās."),
        ("email", "Pielikumā rēķins no {v} par novembra konsultācijām."),
    ],
    "street_name": [
        ("chat", "ceļa darbi: {v} – satiksme slēgta līdz piektdienai, brauc pa apvedceļu"),
    ],
    "date": [
        ("order note", "Paredzamā piegāde: {v}"),
    ],
    "price": [
        ("product review", "Par {v} tiešām nav ko sūdzēties."),
    ],
    "famous_name": [
        ("support ticket", "Birojs pārcēlies uz {v} bulvāri, ieeja no pagalma.", {"v": "Raiņa"}),
    ],
    "uuid": [
        ("app log", "pieprasījuma_id={v} statuss=200 ilgums_ms=41"),
    ],
}
