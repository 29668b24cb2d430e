DATA = [
('bg', """
email|email in contact form|Здравейте, пишете ми на [[desislava.koleva@example.bg]], ако има свободни места.
phone|mobile without country code|Моля, обадете се на [[{PHONE}]] след 18 ч.
phone|mobile with +359|Куриерът да звъни на [[{PHONEI}]] – входът е от задната страна.
iban|IBAN for refund|За възстановяване на сумата: [[{IBAN}]], титуляр същият.
name|name after 'казвам се'|Казвам се [[Радослав Пенчев]] и искам да сменя адреса за доставка.
name-|name without cue in chat|поръчката е за [[Ваня Стойчева]], тя ще я вземе от офиса
address|Bulgarian street address with postcode|Адрес: [[ул. „Цар Симеон“ 48, ет. 3, 1000 София]]
national_id|EGN after 'ЕГН'|ЕГН: [[{NID}]] (за фактурата на физическо лице)
birth_date|DOB after 'роден на'|Роден съм на [[14.03.1987]] г., ако е нужно за застраховката.
cap|cathedral named after a saint|Снимките от [[Александър Невски]] излязоха страхотни, препоръчвам вечерна разходка там.
cap|university named after a person|Синът ми учи в [[Софийски университет „Св. Климент Охридски“]] от тази есен.
cap|literary character|Четем „Под игото“ в клас и всички харесват [[Бай Ганьо]], макар че е от друга книга.
cap|street/metro station named after person|Слизате на метростанция [[Васил Левски]] и продължавате направо.
cap|product brand|Купих [[Родопа Мляко]] от магазина, но беше с изтекъл срок.
lk_order_number|order number|Поръчка № [[BG-2026-118457]] още не е пристигнала.
lk_price|price in leva|Цената е [[149,90 лв.]] с включено ДДС.
lk_luhn_invalid|16-digit reference failing Luhn|Референтен номер на плащането: [[{BAD16}]]
"""),
('cs', """
email|email at end of sentence|Kontakt na mě je [[tomas.vrabec@example.cz]]
phone|mobile national format|Volejte prosím na [[{PHONE}]], v práci nemám signál.
card|card number in complaint|Platba kartou [[{CARD}]] proběhla dvakrát, prosím o vrácení.
ip|IPv4 in log line|2026-12-05 08:14:11 WARN login failed from [[198.51.100.37]] user=admin
name|signature after closing|Děkuji za vyřízení.\\nS pozdravem\\n[[Kateřina Dvořáková]]
name-|name without cue|[[Jindřich Holub]] to převezme na recepci, já budu na služební cestě.
address|Czech address with PSČ|Doručit na: [[Křižíkova 112/7, 186 00 Praha 8]]
national_id|rodné číslo after cue|Rodné číslo: [[{NID}]], pojišťovna VZP.
passport|passport number after cue|Číslo pasu [[46213987]], platnost do 2031.
cap|bridge named after king|Sraz máme u [[Karlova mostu]] v deset, pak jdeme na Hrad.
cap|brewery brand|Na oslavu jsme objednali dva sudy [[Pilsner Urquell]].
cap|opera by composer|V Národním divadle dávají [[Prodanou nevěstu]] od Smetany, lístky jsou vyprodané.
cap|tram stop named after person|Vystupte na zastávce [[Palackého náměstí]] a jděte do kopce.
cap|award name|Kniha získala cenu [[Magnesia Litera]] za prózu.
lk_version|software version|Po aktualizaci na verzi [[4.12.3]] aplikace padá při spuštění.
lk_tracking_number|parcel tracking|Sledovací číslo zásilky: [[DR1184620037Z]]
lk_measurement|furniture dimensions|Skříň má rozměry [[180 x 60 x 210 cm]], vejde se do výtahu?
"""),
('da', """
email|email in parentheses|Skriv gerne til mig ([[mette.lauridsen@example.dk]]) hvis pakken er forsinket.
phone|phone with +45|Ring på [[{PHONEI}]] når du holder udenfor.
phone|phone without country code|mit nummer er [[{PHONE}]] skriv bare en sms
iban|Danish IBAN|Refusion til konto [[{IBAN}]] tak.
name|name after 'Jeg hedder'|Hej, jeg hedder [[Frederik Kjærgaard]] og har booket bord til fire.
name-|name without cue|Kan [[Signe Damgaard]] hente nøglen i morgen i stedet for mig?
address|Danish address with postnummer|Leveringsadresse: [[Nørrebrogade 41, 2. tv., 2200 København N]]
national_id|CPR after cue|CPR-nr.: [[{NID}]]
username|username after platform|Du kan finde mig på Instagram som [[@bagerpigen_aarhus]]
cap|amusement park|Vi var i [[Tivoli]] i lørdags og mistede en sort rygsæk ved rutschebanen.
cap|statue/character|Turister står altid i kø ved [[Den lille Havfrue]] om morgenen.
cap|author museum|Børnene elskede [[H.C. Andersens Hus]] i Odense.
cap|TV series title|Har I [[Borgen]] på streaming med danske undertekster?
cap|brand|Min [[Bang & Olufsen]] højttaler kobler af efter opdateringen.
lk_order_number|order number|Ordre [[#DK55102938]] er markeret som leveret, men jeg har intet fået.
lk_date|event date not birth|Koncerten er flyttet til [[12.03.2027]].
lk_sku|SKU code|Varenummer [[KJ-4471-BLK]] er udsolgt i str. M.
"""),
('de', """
email|email in form line|E-Mail: [[lena.hoffbauer@example.de]]
phone|mobile national|Bitte rufen Sie mich unter [[{PHONE}]] zurück, ab 17 Uhr.
phone|mobile international|Rückfragen gerne an [[{PHONEI}]] (WhatsApp geht auch).
iban|German IBAN in refund request|Bitte erstatten Sie den Betrag auf [[{IBAN}]].
name|name after 'Mein Name ist'|Guten Tag, mein Name ist [[Malte Ortwein]], ich hatte am Montag angerufen.
name-|name without cue|[[Birgit Scheuermann]] hat das Paket angenommen, aber es war beschädigt.
address|German street address with PLZ|Lieferadresse: [[Am Wiesengrund 17a, 34117 Kassel]]
national_id|Steuer-ID after cue|Meine Steuer-ID lautet [[{NID}]].
birth_date|DOB after 'geb.'|Antragsteller: geb. [[03.11.1979]] in Bielefeld
cap|school named after poet|Meine Tochter geht aufs [[Goethe-Gymnasium]] in Frankfurt.
cap|museum named after painter|Am Wochenende waren wir im [[Franz Marc Museum]] am Kochelsee.
cap|product name with person name|Der [[Dr. Oetker Pudding]] war leider schon abgelaufen.
cap|square named after person|Treffpunkt ist der [[Rosa-Luxemburg-Platz]] vor der Volksbühne.
cap|fictional character|Mein Sohn will nur noch [[Sams]] vorgelesen bekommen.
lk_invoice_number|invoice number|Rechnungsnummer [[RE-2026-04471]] wurde doppelt abgebucht.
lk_ean|EAN barcode|EAN [[4007123588626]] steht auf der Verpackung.
lk_price|price|Das Angebot lag bei [[1.249,00 €]], berechnet wurden aber mehr.
"""),
('el', """
email|email after 'στο'|Στείλτε μου την προσφορά στο [[giorgos.mavridis@example.gr]] παρακαλώ.
phone|mobile without code|Τηλέφωνο επικοινωνίας: [[{PHONE}]]
card|card in complaint|Χρεώθηκα δύο φορές στην κάρτα [[{CARD}]] για την ίδια κράτηση.
iban|Greek IBAN|Ο λογαριασμός για την επιστροφή είναι [[{IBAN}]].
name|name after 'Με λένε'|Καλησπέρα, με λένε [[Ελευθερία Σταματοπούλου]] και θέλω να ακυρώσω την κράτηση.
name-|name without cue|η [[Χαρίκλεια Μπούρα]] θα παραλάβει το δέμα από το κατάστημα
address|Greek address with TK|Διεύθυνση: [[Λεωφόρος Αλεξάνδρας 112, 114 73 Αθήνα]]
national_id|AMKA after cue|ΑΜΚΑ: [[{NID}]]
birth_date|DOB after 'Ημερομηνία γέννησης'|Ημερομηνία γέννησης: [[22/07/1990]]
cap|stadium named after person|Το ματς είναι στο [[Γεώργιος Καραϊσκάκης]] την Κυριακή.
cap|airport named after person|Προσγειωθήκαμε στο [[Ελευθέριος Βενιζέλος]] με δύο ώρες καθυστέρηση.
cap|ancient figure in museum context|Στο μουσείο είδαμε το άγαλμα του [[Ποσειδώνα του Αρτεμισίου]].
cap|street named after poet|Το κατάστημα είναι στην [[οδό Σολωμού]] κοντά στα Εξάρχεια.
cap|film title|Είδαμε το [[Ζορμπάς ο Έλληνας]] στο θερινό σινεμά.
lk_flight_number|flight number|Η πτήση [[A3 602]] ακυρώθηκε χωρίς ενημέρωση.
lk_order_number|order number|Αριθμός παραγγελίας: [[GR00993817]]
lk_sports_score|football score|Χάσαμε [[2-1]] στο τελευταίο λεπτό.
"""),
('en', """
email|email in web form|Email address: [[jordan.whitlock@example.co.uk]]
phone|UK mobile national|Best number to reach me is [[{PHONE}]], evenings only.
card|card number raw digits|my card [[{CARDR}]] got charged twice for the same order!!
ip|IPv6 in ticket|Our office IP is [[2001:db8:4f2a::17]], please whitelist it.
name|name after 'Regards,'|Thanks for the quick reply.\\nKind regards,\\n[[Harriet Pemberton]]
name-|name without cue|Can you tell [[Callum Ashdown]] the invoice is overdue again?
address|UK address with postcode|Please deliver to [[14 Beckett Road, Leeds LS6 2HJ]].
national_id|SSN after cue|SSN: [[{NID}]] (needed for the W-4 form)
username|username after 'username'|I can't log in, my username is [[crumpet_queen88]] if that helps.
cap|hospital named after person|She was moved to [[Addenbrooke's Hospital]] last night.
cap|book title with character name|Reading [[Jane Eyre]] for my book club, any other recommendations?
cap|pub named after person|We met at [[The Duke of Wellington]] near the station.
cap|award named after person|Our bakery was shortlisted for the [[Queen's Award for Enterprise]] this year.
cap|UI label|The [[Add to Basket]] button does nothing on my phone.
lk_uuid|UUID in log|request_id=[[3f9c2a71-8e4b-4d2f-9a61-5b7e0c14d8aa]] status=500
lk_isbn|ISBN|The ISBN is [[978-0-14-382710-8]] but you sent a different edition.
lk_luhn_invalid|16-digit order ref failing Luhn|Reference [[{BAD16}]] on my bank statement, what is it?
"""),
('es', """
email|email in sentence|Mi correo es [[nuria.bellido@example.es]], escríbanme allí.
phone|Spanish mobile|Llamadme al [[{PHONE}]] cuando llegue el técnico.
phone|mobile with +34|Teléfono: [[{PHONEI}]]
iban|Spanish IBAN|Hagan la devolución a [[{IBAN}]], por favor.
name|name after 'me llamo'|Hola, me llamo [[Iñaki Zubeldia]] y tengo una reserva para el sábado.
name-|name without cue|[[Rocío Barrientos]] recogerá el pedido en tienda.
address|Spanish address with CP|Enviar a [[C/ Doctor Fleming 23, 3º B, 28036 Madrid]]
national_id|DNI after cue|DNI: [[{NID}]]
birth_date|DOB after 'fecha de nacimiento'|fecha de nacimiento [[09/02/1984]], por si lo necesitan para el seguro
cap|stadium named after person|Vamos al [[Santiago Bernabéu]] el domingo, ¿hay parking cerca?
cap|museum with painter name|Las entradas para el [[Museo Sorolla]] no llegaron a mi correo.
cap|street named after person|La tienda de la [[Gran Vía]] tenía la talla que buscaba.
cap|character from novel|Mi hijo se disfrazó de [[Don Quijote]] para el carnaval del cole.
cap|festival name|Reservamos hotel para las [[Fallas de Valencia]] y nos cancelaron.
lk_tracking_number|tracking|Número de seguimiento: [[PK3J8H0021774ES]]
lk_percentage|discount percentage|El cupón de [[15 %]] no se aplicó al total.
lk_model_number|appliance model|La lavadora modelo [[WGG244A0ES]] pierde agua.
"""),
('et', """
email|email|Palun saatke arve aadressile [[kadri.tamm@example.ee]].
phone|Estonian mobile|Minu number on [[{PHONE}]].
card|card|Kaardimakse [[{CARD}]] ei läinud läbi, kuid raha broneeriti.
iban|Estonian IBAN|Tagastus palun kontole [[{IBAN}]].
name|name after 'Minu nimi on'|Tere! Minu nimi on [[Priit Kalvet]] ja ma soovin tellimust muuta.
name-|name without cue|[[Liis Mägi]] tuleb paki järele reedel.
address|Estonian address|Aadress: [[Pärnu mnt 139, 11317 Tallinn]]
national_id|isikukood after cue|Isikukood: [[{NID}]]
passport|passport after cue|passi nr [[K0193846]]
cap|song festival grounds|Kohtume [[Lauluväljakul]] enne kontserti.
cap|university name|Õpin [[Tartu Ülikool]]is arstiteadust.
cap|ship/attraction named after person|Käisime [[Kalevipoja]] kuju juures pilti tegemas.
cap|brand|Ostsin [[Kalev]] šokolaadi, aga karp oli katki.
cap|theatre|Piletid [[Vanemuise]] etendusele ei tulnud meilile.
lk_version|app version|Rakenduse versioon [[7.3.0]] ei ava ID-kaarti.
lk_order_number|order number|Tellimus [[EE-774512]] on ikka teel?
lk_date|delivery date|Tarne lubati [[15.01.2027]].
"""),
('fi', """
email|email|Sähköposti: [[aino.laaksonen@example.fi]]
phone|Finnish mobile national|Soittakaa numeroon [[{PHONE}]], kiitos.
phone|mobile with +358|Tavoitat minut numerosta [[{PHONEI}]] arkisin.
iban|Finnish IBAN|Palautus tilille [[{IBAN}]]
name|name after 'Terveisin'|Kiitos avusta!\\nTerveisin\\n[[Juho Riihimäki]]
name-|name without cue|[[Saara Väisänen]] hakee paketin huomenna.
address|Finnish address with postinumero|Toimitusosoite: [[Mannerheimintie 68 B 12, 00260 Helsinki]]
national_id|henkilötunnus after cue|Henkilötunnus: [[{NID}]]
birth_date|DOB after 'syntynyt'|olen syntynyt [[5.6.1993]] jos tarvitsette sen varaukseen
cap|concert hall named after composer|Konsertti on [[Sibelius-talossa]] Lahdessa.
cap|character|Lapset rakastavat [[Muumipeikko]]a, onko teillä pehmoleluja?
cap|store brand|Ostin tämän [[Stockmann]]ilta, voinko palauttaa sen teille?
cap|national epic|Luemme [[Kalevala]]a koulussa tällä viikolla.
cap|UI label|Painike [[Lisää ostoskoriin]] ei toimi.
lk_luhn_invalid|reference failing Luhn|Viitenumero [[{BAD16}]] ei kelpaa pankissa.
lk_measurement|measurement|Paketin paino oli [[12,4 kg]].
lk_version|version|Päivitin version [[2.0.17]] ja nyt kaikki kaatuu.
"""),
('fr', """
email|email in message|Vous pouvez me répondre à [[camille.rouquette@example.fr]].
phone|French mobile national|Mon portable : [[{PHONE}]]
card|card in complaint|J'ai été débité deux fois sur la carte [[{CARD}]].
iban|French IBAN|Merci de rembourser sur l'IBAN [[{IBAN}]].
name|name after 'je m'appelle'|Bonjour, je m'appelle [[Gaëtan Lefebvre-Morin]] et j'ai un souci avec ma commande.
name-|name without cue|[[Solène Perrichon]] passera récupérer le colis jeudi.
address|French address with CP|Adresse de livraison : [[27 rue des Tanneurs, 67000 Strasbourg]]
national_id|NIR after 'n° de sécurité sociale'|N° de sécurité sociale : [[{NID}]]
birth_date|DOB after 'né le'|Je suis né le [[18 avril 1982]] à Nantes.
cap|high school named after writer|Mon fils est au [[Lycée Victor Hugo]] depuis septembre.
cap|metro station named after person|Descendez à [[Charles de Gaulle – Étoile]] et prenez la sortie 4.
cap|museum named after sculptor|On a visité le [[Musée Rodin]] dimanche, superbe jardin.
cap|comic character|Mon neveu collectionne tous les albums d'[[Astérix]].
cap|hospital named after person|Elle est hospitalisée à [[la Pitié-Salpêtrière]] depuis lundi.
lk_order_number|order number|Commande n° [[FR-88120457]] toujours pas reçue.
lk_date|appointment date not birth|Rendez-vous fixé au [[03/02/2027]] à 14h.
lk_price|price|Le total affiché était [[89,99 €]] mais j'ai payé plus.
"""),
('ga', """
email|email|Seol freagra chuig [[siobhan.nighallchoir@example.ie]] le do thoil.
phone|Irish mobile|Is é m'uimhir ná [[{PHONE}]].
phone|Irish mobile intl|Glaoigh orm ar [[{PHONEI}]] tráthnóna.
iban|Irish IBAN|Aisíoc chuig [[{IBAN}]] más é do thoil é.
name|name after 'Is mise'|Dia duit, is mise [[Pádraig Ó Floinn]] agus tá fadhb agam le m'ordú.
name-|name without cue|Beidh [[Aoife Nic Giolla Phádraig]] ag bailiú an phacáiste Dé hAoine.
address|Irish address with Eircode|Seoladh: [[12 Bóthar na Trá, Gaillimh H91 F2X4]]
national_id|PPS after cue|Uimhir PPS: [[{NID}]]
birth_date|DOB after 'Dáta breithe'|Dáta breithe: [[30/09/1995]]
cap|stadium named after person|Beidh an cluiche i b[[Páirc an Chrócaigh]] Dé Domhnaigh.
cap|airport|Tháinig mé isteach trí [[Aerfort Bhaile Átha Cliath]].
cap|poet's tower|Thugamar cuairt ar [[Túr Yeats]] i Sligeach.
cap|historical figure statue|Tá dealbh [[Dhónall Uí Chonaill]] ar an tsráid mhór.
cap|festival|Cheannaigh mé ticéid don [[Oireachtas na Samhna]].
lk_order_number|order number|Uimhir ordaithe [[IE-301785]].
lk_version|version|Leagan [[5.1.2]] den aip.
lk_sports_score|score|Bhuaigh muid [[2-14 in aghaidh 1-11]].
"""),
]
