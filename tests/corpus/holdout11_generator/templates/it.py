from templates._common import money, number

LANG = "it"
MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
          "settembre", "ottobre", "novembre", "dicembre"]


def date_num(d):
    return d.strftime("%d/%m/%Y")


def date_words(d):
    day = "1º" if d.day == 1 else str(d.day)
    return f"{day} {MONTHS[d.month - 1]} {d.year}"


def price(x):
    return money(x, ",", ".") + " €" if int(x) % 2 else "€ " + money(x, ",", ".")


def measure(x, unit):
    return f"{number(x, ',')} {unit}"


CORE = {
    "email": [
        ("contact form", "Buongiorno, vi prego di inviare il preventivo a {v}, la vecchia casella non la uso più."),
        ("support ticket", "La cliente chiede di essere ricontattata via mail a {v}, al telefono non risponde."),
        ("chat", "mandami le foto su {v} che whatsapp non va"),
        ("product review", "Il venditore non risponde. Se qualcuno ha lo stesso problema mi scriva a {v}."),
    ],
    "phone": [
        ("contact form", "Potete richiamarmi al {v}? Sono disponibile la mattina."),
        ("order note", "Corriere: chiamare il {vi} all'arrivo, il citofono è rotto."),
        ("chat", "segnati il mio numero nuovo: {v}"),
        ("support ticket", "Il cliente chiede di essere richiamato al {v} per il rimborso."),
    ],
    "card": [
        ("support ticket", "Mi è stato addebitato due volte l'importo sulla carta {v}, annullate un addebito per favore."),
        ("chat", "puoi vedere se è passato il pagamento con la carta {v}?"),
        ("app log", "2026-11-29 18:22:03 ERRORE pagamento rifiutato carta={v} motivo=fondi_insufficienti"),
    ],
    "ip": [
        ("app log", "2026-12-01 04:55:10 sshd: autenticazione fallita per root da {v} porta 50122"),
        ("support ticket", "Il vostro sito continua a bloccarmi. Il mio indirizzo IP è {v}."),
        ("app log", "[AVVISO] troppe richieste da {v6}, limite attivo per 10 minuti"),
    ],
    "iban": [
        ("order note", "Rimborso sul mio conto, IBAN {v}, grazie."),
        ("email", "Per la caparra effettuate il bonifico su {v} indicando il numero di prenotazione."),
        ("contact form", "Ho cambiato banca, nuovo IBAN: {v}"),
    ],
    "name": [
        ("contact form", "Salve, mi chiamo {v} e vorrei disdire l'abbonamento dalla fine del mese."),
        ("letter greeting", "{g:Gentile signor|Gentile signora} {v},\nabbiamo ricevuto il suo reclamo e lo stiamo esaminando."),
        ("email signature", "Grazie in anticipo.\n\nCordiali saluti,\n{v}"),
        ("email header", "Da: {v} <{email}>\nOggetto: R: consegna di martedì"),
        ("form field", "Referente: {v}\nUfficio: Acquisti"),
        ("chat", "Ciao, sono {v} del terzo piano, il riscaldamento è di nuovo spento."),
    ],
}

EXT = {
    "name": [
        ("support ticket", "Ieri ho parlato al telefono con {v}, ma il ricambio non è ancora arrivato."),
        ("product review", "Ottima assistenza in negozio, {v} mi ha spiegato tutto con calma."),
        ("order note", "In caso di assenza lasciare il pacco a {v}, piano terra."),
        ("chat", "{v} arriva tardi stasera, iniziate pure senza di noi"),
    ],
    "address": [
        ("order note", "Consegnare in {v}, ingresso laterale."),
        ("contact form", "Mi sono trasferito, il nuovo indirizzo è {v}."),
        ("support ticket", "Ritiro del reso previsto giovedì presso {v}."),
        ("chat", "la festa è sabato da me, {v}, suona due volte"),
    ],
    "national_id": [
        ("form field", "Codice fiscale: {v}", {"scheme": "it.codicefiscale"}),
        ("email", "Come richiesto, il mio codice fiscale è {v}.", {"scheme": "it.codicefiscale"}),
        ("support ticket", "L'intestatario ha comunicato il C.F. {v} per la verifica.", {"scheme": "it.codicefiscale"}),
    ],
    "birth_date": [
        ("form field", "Data di nascita: {v}"),
        ("chat", "sono nato il {vw}, ho ancora diritto alla tariffa giovani?", {"age": (18, 26)}),
        ("support ticket", "Per la verifica l'utente ha indicato la data di nascita ({v}) e il CAP."),
        ("email", "Mio padre, nato il {vw}, è in casa di riposo da ottobre.", {"age": (70, 95)}),
    ],
    "passport": [
        ("form field", "Numero di passaporto: {v}, valido fino al 2032"),
        ("chat", "la compagnia vuole il tuo numero di passaporto, il mio è {v}"),
        ("support ticket", "L'ospite ha fatto il check-in con il passaporto n. {v}; copia alla reception."),
    ],
    "username": [
        ("support ticket", "Il cliente non riesce ad accedere. Nome utente: {v}"),
        ("chat", "seguimi sul forum, il mio nickname è {v}"),
        ("app log", "2026-11-28 21:07:44 INFO accesso riuscito utente={v}"),
    ],
}

LOOK = {
    "company": [
        ("order note", "Le sedie le fornisce {v}, arriveranno in due consegne."),
        ("product review", "Bollitore comprato da {v}, il coperchio si è rotto dopo una settimana."),
        ("email", "In allegato la fattura di {v} per la consulenza di novembre."),
    ],
    "street_name": [
        ("chat", "traffico bloccato in {v}, passa dalla tangenziale"),
        ("support ticket", "Il nostro magazzino in {v} resta chiuso per lavori fino a nuovo avviso."),
        ("chat", "ci vediamo alla fermata di {v}, non quella della stazione"),
    ],
    "date": [
        ("order note", "Consegna prevista: {v}"),
        ("email", "Possiamo spostare la riunione trimestrale al {vw}?"),
        ("chat", "consegna della tesina il {v}, non dimenticarlo!"),
    ],
    "price": [
        ("product review", "Per {v} non si può chiedere di più."),
        ("order note", "È stato aggiunto un supplemento di spedizione di {v}.", {"range": (3, 20)}),
        ("chat", "il biglietto l'ho pagato {v} ma ne valeva la pena"),
    ],
    "famous_name": [
        ("chat", "atterriamo a Fiumicino, il {v}, verso le 18", {"v": "Leonardo da Vinci"}),
        ("product review", "La visita alla casa di {v} a Roma merita, prenotate prima.", {"v": "Goethe"}),
        ("email", "Il concerto si terrà al Teatro {v} di Milano.", {"v": "Giuseppe Verdi"}),
    ],
    "product": [
        ("product review", "Il {v} regge due giorni con una carica.", {"product": "phone"}),
    ],
    "order_number": [
        ("support ticket", "Che fine ha fatto il mio ordine {v}? Fermo da una settimana.", {"patterns": ["IT-#########"]}),
    ],
    "invoice_number": [
        ("email", "Indicare il numero di fattura {v} nella causale del bonifico.", {"patterns": ["2026/###/##"]}),
    ],
    "tracking_number": [
        ("order note", "Codice di tracciamento della raccomandata: {v}", {"patterns": ["RM#########IT"]}),
    ],
    "version": [
        ("app log", "2026-12-02 06:00:03 INFO aggiornamento alla versione {v} completato"),
    ],
    "ean": [
        ("order note", "Articolo sbagliato, il codice EAN sulla scatola è {v}."),
    ],
    "measurement": [
        ("product review", "Il divano è lungo {v}, entra giusto in salotto.", {"unit": "cm", "range": (160, 260)}),
    ],
    "hash": [
        ("app log", "checksum del pacchetto: {v}"),
    ],
}
