from templates._common import money, number

LANG = "pl"
MONTHS_GEN = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
              "sierpnia", "września", "października", "listopada", "grudnia"]


def date_num(d):
    return d.strftime("%d.%m.%Y")


def date_words(d):
    return f"{d.day} {MONTHS_GEN[d.month - 1]} {d.year}"


def price(x):
    return money(x, ",", " ") + " zł"


def measure(x, unit):
    return f"{number(x, ',')} {unit}"


CORE = {
    "email": [
        ("contact form", "Dzień dobry, proszę przesłać wycenę na adres {v}, starej skrzynki już nie używam."),
        ("support ticket", "Klientka prosi o odpowiedź mailowo na {v}, telefonicznie trudno się z nią skontaktować."),
        ("chat", "wyślij mi zdjęcia na {v}, bo whatsapp coś nie działa"),
        ("product review", "Sprzedawca nie odpisuje. Jeśli ktoś ma ten sam problem, piszcie na {v}."),
    ],
    "phone": [
        ("contact form", "Proszę o kontakt pod numerem {v}, najlepiej przed południem."),
        ("order note", "Kurier: proszę dzwonić na {vi}, domofon nie działa."),
        ("chat", "mój nowy numer to {v}, stary możesz usunąć"),
        ("support ticket", "Klient prosi o oddzwonienie na {v} w sprawie zwrotu."),
    ],
    "card": [
        ("support ticket", "Płatność pobrano dwa razy z karty {v}, proszę anulować jedną transakcję."),
        ("chat", "sprawdzisz, czy przeszła płatność kartą {v}?"),
        ("app log", "2026-11-29 18:22:03 BŁĄD płatność odrzucona karta={v} powód=brak_środków"),
    ],
    "ip": [
        ("app log", "2026-12-01 04:55:10 sshd: nieudane logowanie dla root z {v} port 50122"),
        ("support ticket", "Wasza strona ciągle mnie blokuje. Mój adres IP to {v}."),
        ("app log", "[OSTRZEŻENIE] zbyt wiele żądań z {v6}, limit aktywny przez 10 minut"),
    ],
    "iban": [
        ("order note", "Proszę o zwrot na moje konto, IBAN {v}."),
        ("email", "Kaucję proszę przelać na rachunek {v}, w tytule numer rezerwacji."),
        ("contact form", "Zmiana rachunku bankowego – nowy numer IBAN: {v}"),
    ],
    "name": [
        ("contact form", "Dzień dobry, nazywam się {v} i chcę wypowiedzieć umowę z końcem miesiąca."),
        ("letter greeting", "{g:Szanowny Pan|Szanowna Pani} {v}\nDziękujemy za zgłoszenie reklamacji, sprawa jest w toku."),
        ("email signature", "Z góry dziękuję.\n\nPozdrawiam serdecznie\n{v}"),
        ("email header", "Od: {v} <{email}>\nTemat: Odp: termin dostawy we wtorek"),
        ("form field", "Osoba kontaktowa: {v}\nDział: Zakupy"),
        ("chat", "Cześć, tu {v} z trzeciego piętra, znowu nie ma ogrzewania."),
    ],
}

EXT = {
    "name": [
        ("support ticket", "Sprawę prowadzi {v}, ale część zamienna wciąż nie dotarła."),
        ("product review", "Świetna obsługa w sklepie, {v} cierpliwie {g:wszystko mi wytłumaczył|wszystko mi wytłumaczyła}."),
        ("order note", "Paczkę może odebrać {v} z parteru."),
        ("chat", "{v} dziś się spóźni, zaczynajcie bez nas"),
    ],
    "address": [
        ("order note", "Proszę dostarczyć na adres: {v}, wejście od podwórza."),
        ("contact form", "Zmiana adresu zamieszkania – nowy adres: {v}."),
        ("support ticket", "Odbiór zwrotu w czwartek spod adresu {v}."),
        ("chat", "impreza w sobotę u mnie, {v}, dzwoń dwa razy"),
    ],
    "national_id": [
        ("form field", "PESEL: {v}"),
        ("email", "Zgodnie z prośbą przesyłam numer PESEL: {v}."),
        ("support ticket", "Klient podał PESEL {v} w celu weryfikacji."),
    ],
    "birth_date": [
        ("form field", "Data urodzenia: {v}"),
        ("chat", "moja data urodzenia to {vw}, czy łapię się jeszcze na zniżkę?", {"age": (18, 26)}),
        ("support ticket", "W celu weryfikacji osoba dzwoniąca podała datę urodzenia ({v}) i kod pocztowy."),
        ("email", "Tata, ur. {vw}, od października przebywa w domu opieki.", {"age": (70, 95)}),
    ],
    "passport": [
        ("form field", "Numer paszportu: {v}, ważny do 2032"),
        ("chat", "linia lotnicza chce numer twojego paszportu, mój to {v}"),
        ("support ticket", "Gość zameldowany na paszport nr {v}, kopia w recepcji."),
    ],
    "username": [
        ("support ticket", "Klient nie może się zalogować. Login: {v}"),
        ("chat", "obserwuj mnie na forum, mój nick to {v}"),
        ("app log", "2026-11-28 21:07:44 INFO zalogowano użytkownik={v}"),
    ],
}

LOOK = {
    "company": [
        ("order note", "Krzesła dostarczy firma {v} w dwóch partiach."),
        ("product review", "Czajnik ze sklepu {v} – po tygodniu pękła pokrywka."),
        ("email", "W załączniku faktura od firmy {v} za doradztwo w listopadzie."),
    ],
    "street_name": [
        ("chat", "korek na ul. {v}, jedź obwodnicą"),
        ("support ticket", "Magazyn przy ul. {v} jest zamknięty do odwołania z powodu remontu."),
        ("chat", "zbiórka na przystanku {v}, nie tym przy dworcu"),
    ],
    "date": [
        ("order note", "Przewidywana dostawa: {v}"),
        ("email", "Czy możemy przełożyć spotkanie kwartalne na {vw}?"),
        ("chat", "oddanie pracy {v}, nie zapomnij!"),
    ],
    "price": [
        ("product review", "Za {v} naprawdę nie ma co narzekać."),
        ("order note", "Doliczono dopłatę za wysyłkę w wysokości {v}.", {"range": (5, 30)}),
        ("chat", "bilet kosztował {v}, ale było warto"),
    ],
    "famous_name": [
        ("chat", "lądujemy na Lotnisku {v} ok. 18:00", {"v": "Chopina"}),
        ("product review", "Muzeum {v} w Warszawie – polecam, mało ludzi rano.", {"v": "Marii Skłodowskiej-Curie"}),
        ("email", "Spotkanie odbędzie się w Teatrze im. {v} w Krakowie.", {"v": "Juliusza Słowackiego"}),
    ],
    "product": [
        ("product review", "{v} spokojnie wytrzymuje dwa dni na jednym ładowaniu.", {"product": "phone"}),
    ],
    "order_number": [
        ("support ticket", "Gdzie jest moje zamówienie {v}? Od tygodnia brak aktualizacji.", {"patterns": ["ZAM/2026/######"]}),
    ],
    "invoice_number": [
        ("email", "W tytule przelewu proszę podać numer faktury {v}.", {"patterns": ["FV/####/11/2026"]}),
    ],
    "tracking_number": [
        ("order note", "Numer przesyłki InPost: {v}", {"patterns": ["6###################"]}),
    ],
    "version": [
        ("app log", "2026-12-02 06:00:03 INFO zaktualizowano do wersji {v}"),
    ],
    "ean": [
        ("order note", "Przyszedł inny produkt, kod EAN na pudełku: {v}"),
    ],
    "non_luhn": [
        ("support ticket", "Numer punktu poboru energii do zgłoszenia: {v}"),
    ],
    "measurement": [
        ("product review", "Szafa ma {v} wysokości, mieści się idealnie pod skosem.", {"unit": "cm", "range": (120, 220)}),
    ],
    "hash": [
        ("app log", "suma kontrolna pliku: {v}"),
    ],
}
