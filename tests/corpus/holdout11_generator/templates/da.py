from templates._common import money, number

LANG = "da"
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]


def date_num(d):
    return d.strftime("%d.%m.%Y")


def date_words(d):
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def price(x):
    return money(x, ",", ".") + " kr."


def measure(x, unit):
    return f"{number(x, ',')} {unit}"


CORE = {
    "email": [
        ("contact form", "Hej, send venligst fakturaen til {v}, jeg bruger ikke den gamle adresse længere."),
        ("chat", "send billederne til {v}, messenger driller"),
    ],
    "phone": [
        ("contact form", "Ring venligst til mig på {v}, helst om formiddagen."),
        ("order note", "Bud: ring på {vi} ved ankomst, dørtelefonen virker ikke."),
    ],
    "card": [
        ("support ticket", "Jeg er blevet trukket to gange på kortet {v}, refundér venligst den ene."),
    ],
    "ip": [
        ("app log", "2026-12-01 04:55:10 sshd: mislykket login for root fra {v} port 50122"),
    ],
    "iban": [
        ("email", "Depositum kan indbetales på {v} med bookingnummeret som tekst."),
    ],
    "name": [
        ("contact form", "Hej, mit navn er {v}, og jeg vil gerne opsige mit abonnement til udgangen af måneden."),
        ("email signature", "På forhånd tak.\n\nVenlig hilsen\n{v}"),
    ],
}

EXT = {
    "name": [
        ("support ticket", "Sagen behandles af {v}, men reservedelen er stadig ikke kommet."),
        ("chat", "{v} kommer senere i dag, bare begynd uden os"),
    ],
    "address": [
        ("order note", "Leveringsadresse: {v}, indgang fra gården."),
        ("contact form", "Jeg er flyttet, min nye adresse er {v}."),
    ],
    "national_id": [
        ("form field", "CPR-nr.: {v}"),
    ],
    "birth_date": [
        ("form field", "Fødselsdato: {v}"),
        ("email", "Min far, født {vw}, har boet på plejehjem siden oktober.", {"age": (70, 95)}),
    ],
    "passport": [
        ("support ticket", "Gæsten tjekkede ind med pas nr. {v}."),
    ],
    "username": [
        ("chat", "følg mig på forummet, mit brugernavn er {v}"),
    ],
}

LOOK = {
    "company": [
        ("order note", "Stolene leveres af {v} i to omgange."),
        ("product review", "Købte elkedlen hos {v}, og låget knækkede efter en uge."),
    ],
    "street_name": [
        ("chat", "kø på {v}, tag ringvejen"),
    ],
    "date": [
        ("order note", "Forventet levering: {v}"),
    ],
    "price": [
        ("product review", "Til {v} kan man ikke klage."),
    ],
    "famous_name": [
        ("product review", "{v}s Hus i Odense er et besøg værd.", {"v": "H.C. Andersen"}),
    ],
    "version": [
        ("app log", "2026-12-02 06:00:03 INFO opdateret til version {v}"),
    ],
}
