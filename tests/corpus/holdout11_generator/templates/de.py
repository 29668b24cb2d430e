from templates._common import money, number

LANG = "de"
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember"]


def date_num(d):
    return d.strftime("%d.%m.%Y")


def date_words(d):
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def price(x):
    return money(x, ",", ".") + " €"


def measure(x, unit):
    return f"{number(x, ',')} {unit}"


CORE = {
    "email": [
        ("contact form", "Guten Tag, bitte schicken Sie die Auftragsbestätigung an {v}, die alte Adresse nutze ich nicht mehr."),
        ("support ticket", "Kunde bittet um Rückmeldung per Mail an {v} – telefonisch schwer erreichbar."),
        ("chat", "schick mir die Fotos einfach an {v}, WhatsApp spinnt grad"),
        ("product review", "Händler reagiert nicht. Falls jemand dasselbe Problem hat: meldet euch unter {v}."),
    ],
    "phone": [
        ("contact form", "Bitte rufen Sie mich unter {v} zurück, am besten vormittags."),
        ("order note", "Lieferung bitte vorher telefonisch ankündigen: {vi}"),
        ("chat", "meine neue Handynummer: {v} – die alte bitte löschen"),
        ("support ticket", "Rückruf gewünscht unter {v} wegen der fehlgeschlagenen Erstattung."),
    ],
    "card": [
        ("support ticket", "Abbuchung doppelt erfolgt, Kreditkarte {v}, bitte eine Buchung stornieren."),
        ("chat", "kannst du kurz schauen, ob die Zahlung mit der Karte {v} durch ist?"),
        ("app log", "2026-11-29 18:22:03 ERROR zahlung: Karte {v} abgelehnt (Code 51)"),
    ],
    "ip": [
        ("app log", "2026-12-01 04:55:10 sshd: Anmeldung fehlgeschlagen für root von {v} Port 52114"),
        ("support ticket", "Ihre Seite sperrt mich ständig aus. Meine IP-Adresse laut Router: {v}"),
        ("app log", "[WARN] Zu viele Anfragen von {v6} – Rate-Limit für 10 Minuten aktiv"),
    ],
    "iban": [
        ("order note", "Erstattung bitte auf mein Konto, IBAN {v}."),
        ("email", "Die Kaution überweisen Sie bitte an {v}, Verwendungszweck: Wohnung 2. OG links."),
        ("contact form", "Neue Bankverbindung ab Dezember – IBAN: {v}"),
    ],
    "name": [
        ("contact form", "Hallo, mein Name ist {v} und ich möchte meinen Vertrag zum Monatsende kündigen."),
        ("letter greeting", "{g:Sehr geehrter Herr|Sehr geehrte Frau} {v},\nvielen Dank für Ihre Anfrage vom letzten Dienstag."),
        ("email signature", "Vielen Dank vorab!\n\nViele Grüße\n{v}"),
        ("email header", "Von: {v} <{email}>\nBetreff: Rückfrage zur Rechnung"),
        ("form field", "Kontaktperson: {v}\nAbteilung: Einkauf\nAnliegen: Rahmenvertrag verlängern"),
        ("chat", "Hi, hier ist {v} aus dem 3. Stock, die Heizung ist schon wieder aus."),
    ],
}

EXT = {
    "name": [
        ("support ticket", "Habe gestern mit {v} telefoniert, das Ersatzteil ist aber immer noch nicht da."),
        ("product review", "Die Beratung im Laden war top, {v} hat sich richtig Zeit genommen."),
        ("order note", "Paket darf auch bei {v} im Erdgeschoss abgegeben werden."),
        ("chat", "{v} kommt heute später, fangt schon mal ohne uns an"),
    ],
    "address": [
        ("order note", "Bitte liefern an: {v} – Hintereingang benutzen."),
        ("contact form", "Ich bin umgezogen, meine neue Anschrift lautet {v}."),
        ("support ticket", "Abholadresse für die Retoure: {v} (Donnerstag, 9–12 Uhr)."),
        ("chat", "Party steigt Samstag bei mir, {v}, zweimal klingeln"),
    ],
    "national_id": [
        ("form field", "Steuerliche Identifikationsnummer: {v}", {"scheme": "de.idnr"}),
        ("email", "Anbei wie gewünscht meine Steuer-ID {v} für die Lohnabrechnung.", {"scheme": "de.idnr"}),
        ("support ticket", "Versicherte Person mit SV-Nummer {v} fragt nach dem Stand ihres Antrags.", {"scheme": "at.vnr"}),
        ("contact form", "Meine AHV-Nummer lautet {v}, bitte auf dem Lohnausweis korrigieren.", {"scheme": "ch.ssn"}),
    ],
    "birth_date": [
        ("form field", "Geburtsdatum: {v}\nStaatsangehörigkeit: deutsch"),
        ("chat", "ich bin am {vw} geboren, krieg ich da noch den Jugendtarif?", {"age": (18, 26)}),
        ("support ticket", "Zur Verifizierung nannte die Anruferin ihr Geburtsdatum ({v}) und die Postleitzahl."),
        ("email", "Mein Vater, geb. {vw}, ist seit Oktober im Pflegeheim.", {"age": (70, 95)}),
    ],
    "passport": [
        ("form field", "Reisepassnummer: {v}, gültig bis 2032"),
        ("chat", "die Airline will noch deine Passnummer, meine ist {v}"),
        ("support ticket", "Gast hat mit Reisepass Nr. {v} eingecheckt, Kopie liegt an der Rezeption."),
    ],
    "username": [
        ("support ticket", "Kunde kann sich nicht einloggen. Benutzername: {v}"),
        ("chat", "folg mir im Forum, mein Nutzername ist {v}"),
        ("app log", "2026-11-28 21:07:44 INFO Login erfolgreich: benutzer={v}"),
    ],
}

LOOK = {
    "company": [
        ("order note", "Die Stühle liefert {v}, voraussichtlich in zwei Teillieferungen."),
        ("product review", "Wasserkocher bei {v} gekauft, nach einer Woche war der Deckel kaputt."),
        ("email", "Anbei die Rechnung von {v} für die Beratungsleistungen im November."),
    ],
    "street_name": [
        ("chat", "Achtung: {v} ist wegen Bauarbeiten bis Freitag gesperrt"),
        ("support ticket", "Unser Lager an der Ecke {v} / Hauptstraße bleibt bis auf Weiteres geschlossen."),
        ("chat", "Treffpunkt ist die Haltestelle {v}, nicht die am Bahnhof"),
    ],
    "date": [
        ("order note", "Voraussichtliche Lieferung: {v}"),
        ("email", "Können wir das Quartalsgespräch auf den {vw} verschieben?"),
        ("chat", "Abgabe der Hausarbeit ist am {v}, nicht vergessen!"),
    ],
    "price": [
        ("product review", "Für {v} kann man echt nicht meckern."),
        ("order note", "Ein Versandkostenzuschlag von {v} wurde berechnet.", {"range": (3, 20)}),
        ("chat", "das Ticket hat {v} gekostet, lohnt sich aber"),
    ],
    "famous_name": [
        ("product review", "Die {v}kugeln aus dem Duty-Free waren leider geschmolzen.", {"v": "Mozart"}),
        ("email", "Der Sprachkurs am {v}-Institut beginnt im Januar.", {"v": "Goethe"}),
        ("order note", "Bitte an den Haupteingang der {v}-Universität liefern.", {"v": "Humboldt"}),
    ],
    "product": [
        ("product review", "Das {v} hält nach einem Jahr immer noch zwei Tage durch.", {"product": "phone"}),
    ],
    "order_number": [
        ("support ticket", "Wo bleibt meine Bestellung {v}? Seit einer Woche keine Sendungsverfolgung.", {"patterns": ["302-#######-#######"]}),
    ],
    "invoice_number": [
        ("email", "Bitte geben Sie bei der Zahlung die Rechnungsnummer {v} an.", {"patterns": ["RE-2026-#####"]}),
    ],
    "tracking_number": [
        ("order note", "Sendungsnummer DHL: {v}", {"patterns": ["00340434############"]}),
    ],
    "version": [
        ("app log", "2026-12-02 06:00:03 INFO Update auf Version {v} installiert, Neustart ausstehend"),
    ],
    "ean": [
        ("order note", "Falscher Artikel geliefert, EAN auf dem Karton: {v}"),
    ],
    "non_luhn": [
        ("support ticket", "Bitte Kundennummer {v} bei allen Rückfragen angeben.", {"grouped": True}),
    ],
    "measurement": [
        ("product review", "Der Schrank ist {v} hoch und passt genau unter die Dachschräge.", {"unit": "cm", "range": (120, 220)}),
    ],
    "uuid": [
        ("app log", "Anfrage-ID {v} abgeschlossen, Dauer 38 ms"),
    ],
    "hash": [
        ("app log", "Prüfsumme der Datei: {v}"),
    ],
}
