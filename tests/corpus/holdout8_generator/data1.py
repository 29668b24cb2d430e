# c|region|iban|name|ascii|closing|dob|address|labels(email,phone,iban,address,born,order,tracking,invoice,total,passport,user)|passport
L = []
def A(c,r,ib,n,a,cl,dob,addr,lb,pp,nn,cap):
    L.append(dict(c=c,r=r,ib=ib,n=n,a=a,cl=cl,dob=dob,addr=addr,lb=lb.split('|'),pp=pp,nn=nn,cap=cap))
A('bg','BG','BG','Десислава Кънчева','d.kancheva','Поздрави,','03.11.1991','ул. „Оборище“ 47, ет. 3, 1504 София',
 'Имейл|Телефон|IBAN|Адрес|Дата на раждане|Поръчка №|Товарителница|Фактура №|Общо|Паспорт №|Потребител','',
 'Пратката трябва да я получи {v}, тя ще е вкъщи след шест.',
 ['Бяхме на почивка в хотел [[Гранд Хотел Варна]] и беше прекрасно.','Купих билети за [[Народен театър Иван Вазов]] за събота.','Къде мога да намеря книгата [[Под игото]] в синя корица?','Сервизът в [[Лидл Младост]] вече не работи ли?'])
A('cs','CZ','CZ','Kateřina Dvořáková','katka.dvorakova','S pozdravem','22. 6. 1985','Vinohradská 1284/17, 120 00 Praha 2',
 'E-mail|Telefon|IBAN|Adresa|Datum narození|Objednávka č.|Číslo zásilky|Faktura č.|Celkem|Číslo pasu|Uživatelské jméno','',
 'Balík prosím předejte paní {v}, bydlí o patro výš.',
 ['Včera jsme byli na koncertě [[Českých filharmoniků]] a zvuk byl skvělý.','Máte ještě skladem [[Krteček a Kalhotky]] v tvrdé vazbě?','Rezervace do restaurace [[U Zlatého Tygra]] nefunguje přes web.','Vlak [[Pendolino Ostravan]] měl zase zpoždění.'])
A('da','DK','DK','Mette Kjærgaard','mette.kj','Venlig hilsen','14.03.1987','Nørrebrogade 112, 2. tv., 2200 København N',
 'E-mail|Telefon|IBAN|Adresse|Fødselsdato|Ordrenr.|Trackingnr.|Fakturanr.|I alt|Pasnr.|Brugernavn','',
 '{v} henter pakken på fredag, hvis det er ok.',
 ['Vi har købt billetter til [[Tivoli Fredagsrock]] men fik ingen mail.','Er [[Den Lille Havfrue]] stadig under renovering?','Min søn elsker [[Rasmus Klump]] bøgerne, har I flere?','Kan man gå fra [[Kongens Nytorv]] til jeres butik?'])
A('de','DE','DE','Jörg Hellwig','joerg.hellwig','Mit freundlichen Grüßen','07.09.1979','Lindenstraße 23a, 50674 Köln',
 'E-Mail|Telefon|IBAN|Anschrift|Geburtsdatum|Bestellnr.|Sendungsnummer|Rechnungsnr.|Gesamt|Reisepassnr.|Benutzername','C4F7K9M2R',
 'Bitte die Lieferung bei {v} im Erdgeschoss abgeben.',
 ['Ich habe mir das Buch [[Die Verwandlung]] bestellt, aber eine andere Ausgabe bekommen.','Treffpunkt ist wie immer am [[Brandenburger Tor]] um zehn.','Gilt der Gutschein auch im [[Hotel Adlon Kempinski]]?','Das Spiel gegen [[Borussia Dortmund]] wurde verschoben, gibt es Rückerstattung?'])
A('el','GR','GR','Ελευθερία Παπαδάκη','e.papadaki','Με εκτίμηση,','19/02/1990','Λεωφόρος Αλεξάνδρας 88, 114 73 Αθήνα',
 'Email|Τηλέφωνο|IBAN|Διεύθυνση|Ημερομηνία γέννησης|Παραγγελία αρ.|Αριθμός αποστολής|Τιμολόγιο αρ.|Σύνολο|Αρ. διαβατηρίου|Όνομα χρήστη','',
 'Το δέμα θα το παραλάβει η {v} από τον δεύτερο όροφο.',
 ['Κλείσαμε δωμάτιο στο [[Ξενοδοχείο Μεγάλη Βρεταννία]] για τρεις νύχτες.','Πότε ανοίγει ξανά το [[Μουσείο Ακρόπολης]] μετά την απεργία;','Ψάχνω το βιβλίο [[Ο Καπετάν Μιχάλης]] σε καλή έκδοση.','Το πλοίο [[Blue Star Delos]] είχε καθυστέρηση δύο ώρες.'])
A('en','GB','GB','Siobhan Whitlock','siobhan.w','Kind regards,','2 April 1988','Flat 4, 27 Mortimer Road, Leeds LS6 2QT',
 'Email|Phone|IBAN|Address|Date of birth|Order no.|Tracking no.|Invoice no.|Total|Passport no.|Username','548213907',
 'Parcel can be left with {v} at number 29, she said it is fine.',
 ['Loved the new season of [[Doctor Who]] but the app keeps buffering.','Is the [[Royal Albert Hall]] entrance step-free for wheelchairs?','We stayed at [[The Grand Harrogate]] and the breakfast was cold.','Does the [[Marks and Spencer]] gift card work on your site?'])
A('es','ES','ES','Nerea Etxeberria Gómez','nerea.etxe','Un saludo,','30/08/1992','Calle de Toledo 64, 3º B, 28005 Madrid',
 'Correo|Teléfono|IBAN|Dirección|Fecha de nacimiento|Pedido nº|Nº de seguimiento|Factura nº|Total|Pasaporte nº|Usuario','',
 'El paquete lo recoge {v}, mi compañera de piso.',
 ['Fuimos a ver [[Don Quijote de la Mancha]] en el teatro y nos encantó.','¿El autobús para en la [[Puerta del Sol]] o en Atocha?','Reservé en el [[Parador de Granada]] y no me llegó confirmación.','Mi hijo quiere la camiseta del [[Real Betis Balompié]] talla 10.'])
A('et','EE','EE','Kadri Tamm','kadri.tamm','Lugupidamisega','11.05.1983','Tartu mnt 52-14, 10115 Tallinn',
 'E-post|Telefon|IBAN|Aadress|Sünniaeg|Tellimus nr|Jälgimisnumber|Arve nr|Kokku|Passi number|Kasutajanimi','',
 'Paki võtab vastu {v}, ta on kodus pärast viit.',
 ['Ostsime piletid [[Vanemuise Teater]] etendusele, aga e-kirja ei tulnud.','Kas [[Kumu Kunstimuuseum]] on esmaspäeval avatud?','Otsin raamatut [[Tõde ja õigus]] kõvade kaantega.','Laev [[Tallink Star]] hilines jälle tund aega.'])
A('fi','FI','FI','Aino Heikkilä','aino.heikkila','Ystävällisin terveisin','14.03.1987','Hämeentie 31 B 12, 00530 Helsinki',
 'Sähköposti|Puhelin|IBAN|Osoite|Syntymäaika|Tilausnro|Seurantakoodi|Laskun nro|Yhteensä|Passin numero|Käyttäjätunnus','',
 'Paketin voi jättää naapurille, {v} on kotona koko päivän.',
 ['Kävimme katsomassa [[Tuntematon sotilas]] -näytelmää ja se oli upea.','Onko [[Suomenlinnan lautta]] talvella käytössä?','Haluaisin palauttaa [[Muumipappa ja meri]] -kirjan.','Ostin liput [[Helsingin Jäähalli]] otteluun mutta koodi ei toimi.'])
A('fr','FR','FR','Margaux Lefèvre','margaux.lefevre','Cordialement,','25/12/1989','12 rue des Lilas, 69003 Lyon',
 'E-mail|Téléphone|IBAN|Adresse|Date de naissance|Commande n°|Numéro de suivi|Facture n°|Total|N° de passeport|Pseudo','19AB72564',
 'Le colis peut être laissé chez {v}, au rez-de-chaussée.',
 ['J\'ai réservé deux places pour [[Le Malade imaginaire]] à la Comédie-Française.','Le magasin près de la [[Place Bellecour]] est-il ouvert dimanche ?','Nous avons adoré le séjour au [[Château de Chambord]] malgré la pluie.','Le maillot de [[Olympique de Marseille]] taille M est en rupture ?'])
A('ga','IE','IE','Aoife Ní Bhriain','aoife.nibhriain','Le meas,','09/01/1994','14 Bóthar na Trá, Bóthar na Mara, Gaillimh H91 X2K7',
 'Ríomhphost|Fón|IBAN|Seoladh|Dáta breithe|Ordú uimh.|Uimhir rianaithe|Sonrasc uimh.|Iomlán|Uimhir pas|Ainm úsáideora','',
 'Fág an beart le {v} sa teach béal dorais, le do thoil.',
 ['Bhí muid ag an gceolchoirm in [[Amharclann na Mainistreach]] aréir.','An bhfuil [[Ollscoil na hÉireann Gaillimh]] ar oscailt Dé Sathairn?','Cheannaigh mé an leabhar [[An tOileánach]] ach tá leathanaigh ar iarraidh.','Bhí cluiche [[Cumann Lúthchleas Gael]] ar siúl agus bhí an trácht uafásach.'])
A('hr','HR','HR','Ivana Horvatić','ivana.horvatic','Srdačan pozdrav,','16.07.1986','Ilica 145, 10000 Zagreb',
 'E-mail|Telefon|IBAN|Adresa|Datum rođenja|Narudžba br.|Broj pošiljke|Račun br.|Ukupno|Broj putovnice|Korisničko ime','',
 'Paket neka preuzme {v}, ona radi u prizemlju.',
 ['Kupili smo karte za [[Hrvatsko narodno kazalište]] ali kod ne radi.','Je li [[Dioklecijanova palača]] otvorena navečer?','Tražim knjigu [[Čudnovate zgode šegrta Hlapića]] za kćer.','Trajekt [[Jadrolinija Split]] je kasnio sat vremena.'])
A('hu','HU','HU','Szabó Réka','szabo.reka','Üdvözlettel:','1990. 10. 04.','1061 Budapest, Király utca 38. II/5',
 'E-mail|Telefon|IBAN|Cím|Születési dátum|Rendelésszám|Csomagszám|Számlaszám|Összesen|Útlevélszám|Felhasználónév','HU4821937',
 'A csomagot {v} veszi át, ő a szomszédom.',
 ['Jegyet vettünk a [[Magyar Állami Operaház]] előadására, de nem jött e-mail.','A [[Széchenyi fürdő]] nyitva van ünnepnapokon?','Keresem az [[Egri csillagok]] keménytáblás kiadását.','A [[Ferencvárosi Torna Club]] meccsére szóló jegyet vissza lehet váltani?'])
A('it','IT','IT','Giulia Bernardi','giulia.bernardi','Cordiali saluti,','03/03/1984','Via Garibaldi 18, 40124 Bologna BO',
 'Email|Telefono|IBAN|Indirizzo|Data di nascita|Ordine n.|Numero di tracciamento|Fattura n.|Totale|N. passaporto|Nome utente','YA4729163',
 'Il pacco lo ritira {v}, abita al piano di sopra.',
 ['Abbiamo visto [[La Traviata]] all\'Arena ed era bellissimo.','Il negozio vicino a [[Piazza Maggiore]] è aperto la domenica?','Ho prenotato all\'[[Hotel Danieli]] ma non ho ricevuto conferma.','Mio figlio vuole la maglia della [[Juventus Football Club]] taglia S.'])
