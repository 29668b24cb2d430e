from templates._common import money, number

LANG = "nl"
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december"]


def date_num(d):
    return d.strftime("%d-%m-%Y")


def date_words(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def price(x):
    return "€ " + money(x, ",", ".")


def measure(x, unit):
    return f"{number(x, ',')} {unit}"


CORE = {
    "email": [
        ("contact form", "Goedendag, wilt u de offerte naar {v} sturen? Het oude adres gebruik ik niet meer."),
        ("support ticket", "Klant vraagt om terugkoppeling per mail op {v}, telefonisch slecht bereikbaar."),
        ("chat", "stuur de foto's maar naar {v}, whatsapp doet raar"),
        ("product review", "Verkoper reageert niet. Heb je hetzelfde probleem, mail me op {v}."),
    ],
    "phone": [
        ("contact form", "Kunt u mij terugbellen op {v}? 's Ochtends ben ik het best bereikbaar."),
        ("order note", "Bezorger: bel {vi} bij aankomst, de bel is stuk."),
        ("chat", "mijn nieuwe nummer is {v}, oude mag weg"),
        ("support ticket", "Klant wil teruggebeld worden op {v} over de mislukte terugbetaling."),
    ],
    "card": [
        ("support ticket", "Er is twee keer afgeschreven van creditcard {v}, graag één boeking terugdraaien."),
        ("chat", "kun je even kijken of de betaling met kaart {v} gelukt is?"),
        ("app log", "2026-11-29 18:22:03 FOUT betaling geweigerd kaart={v} reden=saldo_ontoereikend"),
    ],
    "ip": [
        ("app log", "2026-12-01 04:55:10 sshd: inloggen mislukt voor root vanaf {v} poort 50122"),
        ("support ticket", "Jullie site blokkeert me steeds. Mijn IP-adres is {v}."),
        ("app log", "[WAARSCHUWING] te veel verzoeken van {v6}, limiet 10 minuten actief"),
    ],
    "iban": [
        ("order note", "Terugbetaling graag op mijn rekening, IBAN {v}."),
        ("email", "De borg kunt u overmaken naar {v} onder vermelding van het boekingsnummer."),
        ("contact form", "Nieuwe bankgegevens - IBAN: {v}"),
    ],
    "name": [
        ("contact form", "Hallo, mijn naam is {v} en ik wil mijn abonnement per het einde van de maand opzeggen."),
        ("letter greeting", "{g:Geachte heer|Geachte mevrouw} {v},\nhartelijk dank voor uw bericht van afgelopen dinsdag."),
        ("email signature", "Alvast bedankt!\n\nMet vriendelijke groet,\n{v}"),
        ("email header", "Van: {v} <{email}>\nOnderwerp: RE: bezorgmoment dinsdag"),
        ("form field", "Contactpersoon: {v}\nAfdeling: Inkoop"),
        ("chat", "Hoi, met {v} van 3-hoog, de verwarming is weer uitgevallen."),
    ],
}

EXT = {
    "name": [
        ("support ticket", "Gisteren met {v} gebeld, maar het onderdeel is er nog steeds niet."),
        ("product review", "Top service in de winkel, {v} nam echt de tijd voor me."),
        ("order note", "Pakket mag bij {v} op de begane grond worden afgegeven."),
        ("chat", "{v} is vanavond later, begin maar zonder ons"),
    ],
    "address": [
        ("order note", "Graag bezorgen op {v}, achterom via de poort."),
        ("contact form", "Ik ben verhuisd, mijn nieuwe adres is {v}."),
        ("support ticket", "Ophalen retour donderdag op {v}."),
        ("chat", "feestje zaterdag bij mij, {v}, twee keer bellen"),
    ],
    "national_id": [
        ("form field", "BSN: {v}", {"scheme": "nl.bsn"}),
        ("email", "Hierbij mijn burgerservicenummer zoals gevraagd: {v}", {"scheme": "nl.bsn"}),
        ("support ticket", "Klant gaf zijn rijksregisternummer ({v}) ter controle.", {"scheme": "be.nn"}),
        ("contact form", "Mijn rijksregisternummer is {v}, het staat verkeerd op de factuur.", {"scheme": "be.nn"}),
    ],
    "birth_date": [
        ("form field", "Geboortedatum: {v}"),
        ("chat", "ik ben geboren op {vw}, krijg ik dan nog jongerenkorting?", {"age": (18, 26)}),
        ("support ticket", "Ter verificatie noemde de beller de geboortedatum ({v}) en de postcode."),
        ("email", "Mijn vader, geb. {vw}, woont sinds oktober in het verzorgingshuis.", {"age": (70, 95)}),
    ],
    "passport": [
        ("form field", "Paspoortnummer: {v}, geldig tot 2032"),
        ("chat", "de maatschappij wil je paspoortnummer, de mijne is {v}"),
        ("support ticket", "Gast heeft ingecheckt met paspoort {v}; kopie ligt bij de receptie."),
    ],
    "username": [
        ("support ticket", "Klant kan niet inloggen. Gebruikersnaam: {v}"),
        ("chat", "volg me op het forum, mijn gebruikersnaam is {v}"),
        ("app log", "2026-11-28 21:07:44 INFO login geslaagd gebruiker={v}"),
    ],
}

LOOK = {
    "company": [
        ("order note", "De stoelen worden geleverd door {v}, in twee zendingen."),
        ("product review", "Waterkoker gekocht bij {v}, na een week was het deksel kapot."),
        ("email", "Bijgaand de factuur van {v} voor het advieswerk in november."),
    ],
    "street_name": [
        ("chat", "file op de {v}, ga maar via de ring"),
        ("support ticket", "Ons magazijn aan de {v} is tot nader order gesloten wegens werkzaamheden."),
        ("chat", "we verzamelen bij de bushalte {v}, niet die bij het station"),
    ],
    "date": [
        ("order note", "Verwachte levering: {v}"),
        ("email", "Kunnen we het kwartaaloverleg verzetten naar {vw}?"),
        ("chat", "deadline scriptie is {v}, niet vergeten!"),
    ],
    "price": [
        ("product review", "Voor {v} mag je niet klagen."),
        ("order note", "Er is {v} verzendtoeslag in rekening gebracht.", {"range": (3, 20)}),
        ("chat", "het kaartje kostte {v} maar was het waard"),
    ],
    "famous_name": [
        ("product review", "Het {v} Museum was druk, koop je tickets online.", {"v": "Van Gogh"}),
        ("chat", "we zitten in het {v}huis, bij de ingang", {"v": "Anne Frank"}),
        ("email", "Het congres is in de {v}zaal van het stadhuis.", {"v": "Erasmus"}),
    ],
    "product": [
        ("product review", "De {v} houdt het makkelijk twee dagen vol.", {"product": "phone"}),
    ],
    "order_number": [
        ("support ticket", "Waar blijft mijn bestelling {v}? Al een week geen update.", {"patterns": ["NL-#########"]}),
    ],
    "invoice_number": [
        ("email", "Vermeld bij betaling het factuurnummer {v}.", {"patterns": ["F2026-#####"]}),
    ],
    "tracking_number": [
        ("order note", "Track & trace PostNL: {v}", {"patterns": ["3SABCD#########"]}),
    ],
    "version": [
        ("app log", "2026-12-02 06:00:03 INFO bijgewerkt naar versie {v}"),
    ],
    "ean": [
        ("order note", "Verkeerd artikel ontvangen, EAN op de doos: {v}"),
    ],
    "uuid": [
        ("app log", "verzoek_id={v} status=200 duur_ms=41"),
    ],
    "measurement": [
        ("product review", "De kast is {v} hoog, past precies onder het schuine dak.", {"unit": "cm", "range": (120, 220)}),
    ],
}
