DATA = {
'lv': r'''
cap|eponymous street|Veikals atrodas [[Krišjāņa Barona ielā]], netālu no tirgus.
cap|square|Tiekamies pie [[Brīvības pieminekļa]] pulksten septiņos.
cap|school|[[Rīgas Valsts 1. ģimnāzija]] rīko atvērto durvju dienu.
cap|book title|Bērni lasīja "[[Mazo princi]]" latviešu valodā.
cap|UI label|Nospiediet [[Saglabāt izmaiņas]] pirms iziešanas.
cap|company named after founder|[[Bērziņa Maiznīca]] piegādāja torti laikā.
cap|festival|[[Jāņi]] šogad būs laukos pie vecmāmiņas.
cap|airport|Lidojums no [[Rīgas starptautiskās lidostas]] kavējas.
cap|theatre|Biļetes uz [[Dailes teātri]] izpirktas.
d|delivery date|Piegāde [[12.11.2026]] līdz pusdienlaikam.
p|price|Kopā: [[34,99 €]]
o|order number|Pasūtījums [[LV-209311]] ir nosūtīts.
v|version|Lietotne atjaunināta uz [[3.8.1]] versiju.
s|sports score|Latvija uzvarēja [[3:2]] pagarinājumā.
''',
'lt': r'''
cap|eponymous avenue|Parduotuvė yra [[Gedimino prospekte]], prie Katedros.
cap|square|Susitinkame [[Vinco Kudirkos aikštėje]] septintą.
cap|hospital|[[Santaros klinikose]] eilė buvo trumpa.
cap|school|[[Jono Basanavičiaus gimnazija]] kviečia į atvirų durų dieną.
cap|book title|Skaitėme „[[Metai]]“ per lietuvių kalbos pamoką.
cap|UI label|Spustelėkite [[Išsaugoti pakeitimus]] prieš uždarydami.
cap|company named after founder|[[Petrausko Kepykla]] atvežė tortą laiku.
cap|festival|[[Joninės]] švęsime prie ežero.
cap|basketball team|Rungtynės prieš [[Žalgirį]] buvo įtemptos.
d|delivery date|Pristatymas [[2026-04-18]] iki 14 val.
p|price|Iš viso: [[129,00 €]]
o|order number|Užsakymas [[LT-7700213]] išsiųstas.
l|Luhn-failing reference|Mokėjimo nuoroda: [[6011 0009 9013 9425]]
me|measurement|Dėžės dydis [[40 × 30 × 20 cm]].
''',
'pl': r'''
cap|eponymous street|Sklep jest przy [[ulicy Mikołaja Kopernika]], obok apteki.
cap|metro station|Wysiądź na stacji [[Marszałkowska]] i przejdź na drugą stronę.
cap|airport|Lecimy z [[Lotniska Chopina]] w piątek rano.
cap|hospital|W [[Szpitalu im. Józefa Strusia]] czekaliśmy tylko godzinę.
cap|book title|Czytamy z synem „[[Pan Tadeusz]]” na lekcję polskiego.
cap|UI label|Kliknij [[Zapisz zmiany]], aby kontynuować.
cap|company named after founder|Meble od [[Kowalczyk i Synowie]] przyszły bez śrubek.
cap|school|Dzień otwarty w [[Liceum im. Marii Skłodowskiej-Curie]] w sobotę.
cap|dish|Zamówiliśmy [[pierogi ruskie]] i barszcz.
cap|saint's day|Na [[Andrzejki]] robimy wróżby z wosku.
cap|sports|Mecz z [[Legią Warszawa]] zakończył się remisem.
d|delivery date|Dostawa [[19.06.2026]] w godz. 8–16.
p|price|Razem: [[1 249,99 zł]]
o|order number|Zamówienie nr [[PL/2026/00981]] zostało wysłane.
inv|invoice number|Faktura [[FV 112/11/2026]] w załączniku.
pca|postcode alone|Dostawa tylko na terenie [[00-950]] i okolic.
''',
'cs': r'''
cap|eponymous street|Obchod je v [[Karlově ulici]] hned u mostu.
cap|metro station|Vystupte na stanici [[Jiřího z Poděbrad]] a jděte k parku.
cap|airport|Odlétáme z [[Letiště Václava Havla]] v pondělí.
cap|bridge|Na [[Karlově mostě]] bylo plno turistů.
cap|book title|Čteme „[[Osudy dobrého vojáka Švejka]]“ v čítance.
cap|UI label|Klikněte na [[Uložit změny]] a pokračujte.
cap|company named after founder|Boty od [[Novák a syn]] jsou pohodlné.
cap|school|Den otevřených dveří na [[Gymnáziu Jana Keplera]] je v sobotu.
cap|festival|Na [[Mikuláše]] chodíme s dětmi do centra.
cap|hospital|Ve [[Fakultní nemocnici Motol]] jsme čekali hodinu.
d|delivery date|Doručení [[5. 3. 2026]] dopoledne.
p|price|Celkem: [[2 490 Kč]]
o|order number|Objednávka [[CZ-449102]] byla odeslána.
tr|train number|[[EC 172]] do Berlína má zpoždění 20 minut.
s|sports score|Sparta vyhrála [[2:1]].
''',
'sk': r'''
cap|eponymous street|Predajňa je na [[Štúrovej ulici]] vedľa banky.
cap|square|Stretneme sa na [[Hviezdoslavovom námestí]] o šiestej.
cap|hospital|V [[Nemocnici akademika Ladislava Dérera]] sme čakali dlho.
cap|book title|Čítali sme „[[Marínu]]“ na hodine slovenčiny.
cap|UI label|Kliknite na [[Uložiť zmeny]] pred odchodom.
cap|company named after founder|[[Pekáreň Hudák]] doniesla tortu načas.
cap|school|[[Gymnázium Jura Hronca]] má deň otvorených dverí.
cap|bridge|Na [[Moste SNP]] je dnes zápcha.
cap|festival|Na [[Mikuláša]] deti čistia čižmy.
d|delivery date|Doručenie [[11.12.2026]] do obeda.
p|price|Spolu: [[89,00 €]]
o|order number|Objednávka [[SK-55128]] bola odoslaná.
v|version|Aktualizujte aplikáciu na verziu [[2.14.0]].
me|measurement|Rozmer skrine je [[180 × 90 × 45 cm]].
''',
'sl': r'''
cap|eponymous street|Trgovina je na [[Prešernovi cesti]] blizu pošte.
cap|square|Dobimo se na [[Prešernovem trgu]] ob sedmih.
cap|hospital|V [[Kliničnem centru Ljubljana]] je bila čakalna vrsta kratka.
cap|book title|Brali smo »[[Martin Krpan]]« pri slovenščini.
cap|UI label|Kliknite [[Shrani spremembe]] pred odhodom.
cap|company named after founder|[[Pekarna Kovač]] je torto dostavila pravočasno.
cap|school|[[Gimnazija Bežigrad]] vabi na informativni dan.
cap|festival|Za [[Martinovo]] bomo pili mlado vino.
cap|airport|Letimo z [[Letališča Jožeta Pučnika]].
d|delivery date|Dostava [[14. 7. 2026]] dopoldne.
p|price|Skupaj: [[45,90 €]]
o|order number|Naročilo [[SI-30917]] je odposlano.
s|sports score|Olimpija je zmagala [[2:0]].
''',
'hr': r'''
cap|eponymous street|Dućan je u [[Ilici]], blizu Trga bana Jelačića.
cap|square|Nađimo se na [[Trgu bana Jelačića]] u šest.
cap|hospital|U [[KBC-u Sestre milosrdnice]] smo čekali dva sata.
cap|book title|Djeca čitaju „[[Čudnovate zgode šegrta Hlapića]]“ za lektiru.
cap|UI label|Kliknite [[Spremi promjene]] prije izlaska.
cap|company named after founder|[[Obrt Horvat]] je popravio bojler u roku.
cap|school|[[Gimnazija Lucijana Vranjanina]] ima dan otvorenih vrata.
cap|festival|Za [[Svetog Vlaha]] Dubrovnik je pun ljudi.
cap|airport|Slijećemo u [[Zračnu luku Franjo Tuđman]].
cap|sports|Utakmica protiv [[Hajduka]] bila je napeta.
d|delivery date|Dostava [[23.09.2026.]] prijepodne.
p|price|Ukupno: [[59,99 €]]
o|order number|Narudžba [[HR-77102]] je poslana.
f|flight number|Let [[OU 412]] kasni sat vremena.
''',
'hu': r'''
cap|eponymous street|Az üzlet a [[Rákóczi úton]] van, a gyógyszertár mellett.
cap|metro station|Szálljon le a [[Deák Ferenc tér]] megállónál.
cap|airport|A [[Liszt Ferenc repülőtérről]] indulunk hajnalban.
cap|bridge|A [[Széchenyi lánchíd]] ma este le van zárva.
cap|book title|Olvastuk „[[Az ember tragédiája]]” című művet az iskolában.
cap|UI label|Kattintson a [[Módosítások mentése]] gombra.
cap|company named after founder|A [[Kovács és Fia]] pékség időben hozta a tortát.
cap|school|A [[Petőfi Sándor Gimnázium]] nyílt napot tart.
cap|dish|[[Gundel-palacsintát]] ettünk desszertnek.
cap|hospital|A [[Semmelweis Egyetem]] klinikáján gyorsan ellátták.
d|delivery date|Szállítás: [[2026.05.08.]] délelőtt.
p|price|Összesen: [[12 990 Ft]]
o|order number|Rendelés [[HU-510223]] feladva.
s|sports score|A Fradi [[3–0]]-ra nyert.
''',
'ro': r'''
cap|eponymous boulevard|Magazinul e pe [[Bulevardul Nicolae Bălcescu]], lângă bancă.
cap|metro station|Coborâți la stația [[Piața Victoriei]] și mergeți spre parc.
cap|airport|Plecăm de pe [[Aeroportul Henri Coandă]] vineri.
cap|hospital|La [[Spitalul Colentina]] am așteptat o oră.
cap|book title|Am citit „[[Amintiri din copilărie]]” la școală.
cap|UI label|Apăsați [[Salvează modificările]] înainte de ieșire.
cap|company named after founder|Mobila de la [[Popescu & Fiii]] a venit fără șuruburi.
cap|school|[[Colegiul Național Mihai Eminescu]] organizează ziua porților deschise.
cap|festival|De [[Sfântul Nicolae]] copiii primesc dulciuri.
cap|sports|Meciul cu [[FCSB]] s-a terminat la egalitate.
d|delivery date|Livrare pe [[16.10.2026]] până la prânz.
p|price|Total: [[349,99 lei]]
o|order number|Comanda [[RO-88130]] a fost expediată.
l|Luhn-failing reference|Cod de referință plată: [[4716 8842 1093 5570]]
''',
'bg': r'''
cap|eponymous boulevard|Магазинът е на [[бул. „Васил Левски“]], до аптеката.
cap|metro station|Слезте на метростанция [[Сердика]] и вървете към църквата.
cap|hospital|В [[УМБАЛ „Александровска“]] чакахме само час.
cap|book title|Четохме „[[Под игото]]“ в училище.
cap|UI label|Натиснете [[Запази промените]], преди да излезете.
cap|company named after founder|[[Фурна Димитрови]] доставиха тортата навреме.
cap|school|[[Първа английска езикова гимназия]] организира ден на отворените врати.
cap|church|Службата в [[храм „Св. Александър Невски“]] започва в десет.
cap|festival|На [[Никулден]] правим рибна чорба.
d|delivery date|Доставка на [[09.12.2026]] сутринта.
p|price|Общо: [[89,90 лв.]]
o|order number|Поръчка [[BG-41210]] е изпратена.
s|sports score|Левски спечели с [[2:1]].
v|version|Обновете приложението до версия [[5.2.0.118]].
''',
'el': r'''
cap|eponymous street|Το κατάστημα είναι στην [[οδό Ερμού]], δίπλα στο φαρμακείο.
cap|metro station|Κατεβείτε στον σταθμό [[Ευαγγελισμός]] και περπατήστε πέντε λεπτά.
cap|airport|Πετάμε από το [[Διεθνές Αεροδρόμιο Ελευθέριος Βενιζέλος]].
cap|hospital|Στο [[Νοσοκομείο Ευαγγελισμός]] περιμέναμε δύο ώρες.
cap|book title|Διαβάσαμε τον «[[Ζορμπά]]» για τη λέσχη ανάγνωσης.
cap|UI label|Πατήστε [[Αποθήκευση αλλαγών]] πριν φύγετε.
cap|company named after founder|Τα γλυκά από το [[Ζαχαροπλαστείο Παπαδόπουλος]] ήρθαν φρέσκα.
cap|festival|Του [[Αγίου Δημητρίου]] τα μαγαζιά κλείνουν νωρίς.
cap|sports|Ο αγώνας με τον [[Παναθηναϊκό]] ήταν συναρπαστικός.
d|delivery date|Παράδοση στις [[20/03/2026]].
p|price|Σύνολο: [[64,90 €]]
o|order number|Η παραγγελία [[GR-61029]] απεστάλη.
f|flight number|Η πτήση [[A3 602]] έχει καθυστέρηση.
''',
}
