from templates._common import money, number

LANG = "is"
MONTHS = ["janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst",
          "september", "október", "nóvember", "desember"]


def date_num(d):
    return d.strftime("%d.%m.%Y")


def date_words(d):
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def price(x):
    return money(x * 10, nd=0, sep=".") + " kr."


def measure(x, unit):
    return f"{number(x, ',')} {unit}"


CORE = {
    "email": [
        ("contact form", "Góðan dag, vinsamlegast sendið reikninginn á {v}, ég nota ekki gamla netfangið lengur."),
        ("chat", "sendu mér myndirnar á {v}, messenger virkar ekki"),
    ],
    "phone": [
        ("contact form", "Vinsamlegast hringið í mig í síma {v}, helst fyrir hádegi."),
        ("order note", "Sendill: hringið í {vi} þegar þið komið, dyrabjallan er biluð."),
    ],
    "card": [
        ("support ticket", "Ég var rukkaður tvisvar af kortinu {v}, vinsamlegast endurgreiðið aðra færsluna."),
    ],
    "ip": [
        ("app log", "2026-12-01 04:55:10 sshd: misheppnuð innskráning fyrir root frá {v} gátt 50122"),
    ],
    "iban": [
        ("email", "Vinsamlegast leggið staðfestingargjaldið inn á {v} og setjið bókunarnúmerið sem skýringu."),
    ],
    "name": [
        ("contact form", "Góðan dag, ég heiti {v} og vil segja upp áskriftinni um mánaðamótin."),
        ("email signature", "Takk fyrir fram.\n\nKveðja,\n{v}"),
    ],
}

EXT = {
    "name": [
        ("order note", "{v} á neðri hæðinni getur tekið við pakkanum."),
        ("support ticket", "{v} sér um málið en varahluturinn er enn ekki kominn."),
    ],
    "address": [
        ("order note", "Afhendingarstaður: {v}, inngangur frá bakgarði."),
        ("chat", "partý hjá mér á laugardaginn, {v}, hringdu tvisvar"),
    ],
    "national_id": [
        ("form field", "Kennitala: {v}"),
    ],
    "birth_date": [
        ("form field", "Fæðingardagur: {v}"),
        ("email", "Faðir minn, fæddur {vw}, hefur búið á hjúkrunarheimili síðan í október.", {"age": (70, 95)}),
    ],
    "passport": [
        ("support ticket", "Gesturinn skráði sig inn með vegabréfi nr. {v}."),
    ],
    "username": [
        ("chat", "fylgdu mér á spjallborðinu, notandanafnið mitt er {v}"),
    ],
}

LOOK = {
    "company": [
        ("order note", "{v} afhendir stólana í tveimur sendingum."),
        ("email", "Meðfylgjandi er reikningur frá {v} fyrir ráðgjöf í nóvember."),
    ],
    "street_name": [
        ("chat", "lokað fyrir umferð um götuna {v} til föstudags"),
    ],
    "date": [
        ("order note", "Áætluð afhending: {v}"),
    ],
    "price": [
        ("product review", "Fyrir {v} er ekki hægt að kvarta."),
    ],
    "famous_name": [
        ("product review", "Útsýnið úr turni {v}kirkju er frábært.", {"v": "Hallgríms"}),
    ],
    "order_number": [
        ("support ticket", "Hvar er pöntunin mín {v}? Engar fréttir í viku.", {"patterns": ["IS-########"]}),
    ],
}
