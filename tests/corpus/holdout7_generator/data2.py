DATA = [
('hr', """
email|email|Javite mi se na [[marija.kovacevic@example.hr]].
phone|Croatian mobile|Broj mobitela: [[{PHONE}]]
card|card|Kartica [[{CARD}]] je terećena dvaput.
iban|Croatian IBAN|Povrat novca na [[{IBAN}]], hvala.
name|name after 'zovem se'|Pozdrav, zovem se [[Dario Matijević]] i imam rezervaciju za subotu.
name-|name without cue|[[Ivana Šimunović]] će preuzeti paket u poslovnici.
address|Croatian address|Adresa: [[Ilica 214, 10000 Zagreb]]
national_id|OIB after cue|OIB: [[{NID}]]
birth_date|DOB after 'rođen'|rođen [[11.08.1988.]] u Splitu
cap|square named after ban|Nađimo se na [[Trgu bana Jelačića]] kod sata.
cap|airport named after person|Slijećemo na [[Zračnu luku Franjo Tuđman]] u 22 h.
cap|museum named after scientist|Posjetili smo [[Tehnički muzej Nikola Tesla]].
cap|national park|Vodili smo djecu na [[Plitvička jezera]].
cap|brand|Kupio sam [[Kraš]] bombonijeru, ali je bila otvorena.
lk_order_number|order number|Broj narudžbe: [[HR-559012]]
lk_price|price|Cijena je bila [[39,90 €]], a naplaćeno je više.
lk_flight_number|flight|Let [[OU 412]] je kasnio tri sata.
"""),
('hu', """
email|email|Az e-mail címem: [[kovacs.reka@example.hu]]
phone|Hungarian mobile|Hívjon a [[{PHONE}]] számon délután.
phone|Hungarian mobile intl|Telefon: [[{PHONEI}]]
iban|Hungarian IBAN|Kérem a visszautalást erre: [[{IBAN}]]
name|name after 'A nevem'|Jó napot, a nevem [[Szabó Bence]], a rendelésemmel kapcsolatban írok.
name-|name without cue|[[Tóth Eszter]] veszi át a csomagot a portán.
address|Hungarian address|Szállítási cím: [[1067 Budapest, Teréz körút 38. II/5]]
birth_date|DOB after 'Született'|Született: [[1985. 06. 19.]]
passport|passport after cue|Útlevélszám: [[BE4527813]]
cap|bath named after person|Hétvégén a [[Széchenyi fürdő]]ben voltunk, a szekrényben hagytam a telefonom.
cap|bridge|A [[Lánchíd]] felől jöttünk, a bejárat nem volt kitáblázva.
cap|opera house piece|Jegyet vettünk a [[Bánk bán]] előadásra.
cap|university named after person|A lányom az [[Eötvös Loránd Tudományegyetem]] hallgatója.
cap|brand|A [[Túró Rudi]] lejárt volt a polcon.
lk_invoice_number|invoice|Számla sorszáma: [[SZ-2026/004812]]
lk_measurement|size|A szekrény [[85 cm]] széles, nem fér be.
lk_sports_score|score|[[3:2]]-re nyertünk a döntőben!
"""),
('it', """
email|email|La mia mail è [[federica.ranieri@example.it]], grazie.
phone|Italian mobile national|Cellulare: [[{PHONE}]]
card|card|Mi avete addebitato due volte sulla carta [[{CARD}]].
iban|Italian IBAN|Rimborso sull'IBAN [[{IBAN}]] per favore.
name|name after 'mi chiamo'|Buongiorno, mi chiamo [[Lorenzo Casadei]] e vorrei disdire l'abbonamento.
name-|name without cue|[[Ginevra Pellizzari]] ritirerà il pacco al punto di ritiro.
address|Italian address with CAP|Indirizzo: [[Via Garibaldi 57, 40124 Bologna BO]]
national_id|codice fiscale after cue|Codice fiscale: [[{NID}]]
birth_date|DOB after 'nato il'|Sono nato il [[27/11/1976]] a Lecce.
cap|airport named after person|Atterriamo a [[Leonardo da Vinci]] alle 18, c'è la navetta?
cap|stadium named after person|Allo [[Stadio Diego Armando Maradona]] i biglietti erano nominativi.
cap|painting title|Abbiamo visto [[La Gioconda]] al Louvre, ma era piena di gente.
cap|street named after person|Il negozio in [[Corso Vittorio Emanuele]] era chiuso.
cap|brand|La macchinetta [[Bialetti]] perde dal filtro.
lk_tracking_number|tracking|Codice di tracciamento [[1Z4W83E70391254816]]
lk_date|date not birth|Consegna prevista il [[14/01/2027]].
lk_luhn_invalid|reference failing Luhn|Rif. pagamento [[{BAD16}]]
"""),
('lt', """
email|email|Mano el. paštas [[tomas.petrauskas@example.lt]].
phone|Lithuanian mobile national|Tel.: [[{PHONE}]]
phone|Lithuanian mobile intl|Skambinkite [[{PHONEI}]]
iban|Lithuanian IBAN|Grąžinkite pinigus į [[{IBAN}]]
name|name after 'Mano vardas'|Laba diena, mano vardas [[Rūta Jankauskienė]], rašau dėl užsakymo.
name-|name without cue|[[Mindaugas Kazlauskas]] atsiims siuntinį penktadienį.
address|Lithuanian address|Adresas: [[Savanorių pr. 176-12, LT-03154 Vilnius]]
national_id|asmens kodas after cue|Asmens kodas: [[{NID}]]
birth_date|DOB after 'gimimo data'|gimimo data [[1991-04-08]]
cap|castle|Aplankėme [[Trakų pilį]], labai gražu.
cap|cathedral/hill|Pasimatome prie [[Gedimino pilies]] bokšto.
cap|university|Studijuoju [[Vilniaus universitete]].
cap|basketball team|Bilietai į [[Žalgirio]] rungtynes neatėjo.
cap|airport|Skrendame iš [[Kauno oro uosto]].
lk_order_number|order number|Užsakymo nr. [[LT-1047739]]
lk_version|version|Programos versija [[3.8.1]] stringa.
lk_price|price|Kaina [[24,99 €]]
"""),
('lv', """
email|email|Rakstiet uz [[liga.berzina@example.lv]].
phone|Latvian mobile|Mans tālrunis: [[{PHONE}]]
card|card|Karte [[{CARD}]] tika apgrūtināta divreiz.
iban|Latvian IBAN|Atmaksu lūdzu uz [[{IBAN}]]
name|name after 'Mani sauc'|Labdien, mani sauc [[Andris Kalniņš]], man ir jautājums par pasūtījumu.
name-|name without cue|[[Ilze Ozoliņa]] saņems paku birojā.
address|Latvian address|Adrese: [[Brīvības iela 88-5, Rīga, LV-1001]]
national_id|personas kods after cue|Personas kods: [[{NID}]]
passport|passport after cue|Pases numurs [[LV4892716]]
cap|monument|Tiekamies pie [[Brīvības pieminekļa]] sešos.
cap|market|Nopirku sieru [[Centrāltirgus]] paviljonā.
cap|brand|[[Laima]] konfektes bija sakusušas.
cap|opera|Biļetes uz [[Nacionālās operas]] izrādi nepienāca.
cap|park|Pastaigājāmies [[Mežaparks]]ā.
lk_order_number|order|Pasūtījums [[#LV-88213]]
lk_date|date not birth|Piegāde [[20.02.2027]]
lk_measurement|measurement|Garums [[2,5 m]]
"""),
('mt', """
email|email|Ibgħatli fuq [[marija.camilleri@example.com.mt]] jekk jogħġbok.
phone|Maltese mobile|In-numru tiegħi hu [[{PHONE}]].
phone|Maltese mobile intl|Ċempel [[{PHONEI}]] wara nofsinhar.
iban|Maltese IBAN|Rifużjoni fuq [[{IBAN}]]
name|name after 'Jisimni'|Bonġu, jisimni [[Kurt Vella]] u għandi problema bl-ordni.
name-|name without cue|[[Rachel Farrugia]] se tiġbor il-pakkett.
address|Maltese address with postcode|Indirizz: [[12, Triq il-Kbira, Ħaż-Żebbuġ ZBG 1305]]
birth_date|DOB after 'Data tat-twelid'|Data tat-twelid: [[02/12/1989]]
passport|passport after cue|Numru tal-passaport: [[1184376]]
cap|cathedral named after saint|Iltqajna ħdejn il-[[Kon-Katidral ta' San Ġwann]].
cap|fort|Żorna [[Fort Sant'Iermu]] is-Sibt.
cap|festival|Il-[[Festa ta' San Pawl]] kienet sabiħa ħafna.
cap|gate|Il-bus jieqaf ħdejn [[Bieb il-Belt]].
cap|brand|Xtrajt [[Kinnie]] iżda kien sħun.
lk_order_number|order|Ordni [[MT-20045]]
lk_price|price|Prezz [[€12.50]]
lk_version|version|Verżjoni [[1.4.9]]
"""),
('nl', """
email|email|Mijn e-mailadres is [[daan.vermeulen@example.nl]].
phone|Dutch mobile national|Bel me op [[{PHONE}]] als de bezorger er is.
card|card|Ik ben twee keer afgeschreven op kaart [[{CARD}]].
iban|Dutch IBAN raw|Terugstorten op [[{IBANR}]] graag.
name|name after 'Met vriendelijke groet'|Alvast bedankt.\\nMet vriendelijke groet,\\n[[Femke Bosveld]]
name-|name without cue|[[Jeroen Oosterhuis]] neemt het pakket aan bij de buren.
address|Dutch address with postcode|Adres: [[Kerkstraat 112, 1017 GP Amsterdam]]
national_id|BSN after cue|BSN: [[{NID}]]
username|username after 'gebruikersnaam'|gebruikersnaam [[fietsfanaat_1979]] werkt niet meer
cap|museum named after painter|We hebben het [[Van Gogh Museum]] bezocht, maar de tickets klopten niet.
cap|concert venue|Het concert in het [[Concertgebouw]] is verplaatst.
cap|character|Mijn dochter wil een [[Nijntje]] knuffel voor haar verjaardag.
cap|square named after person|Afspraak op het [[Rembrandtplein]] om acht uur.
cap|brand|Mijn [[Philips]] scheerapparaat laadt niet meer op.
lk_tracking_number|track and trace|Track & trace: [[3SABC0019283746]]
lk_ean|EAN|EAN-code [[8710452399011]] staat op de doos.
lk_price|price|Betaald: [[€ 64,95]]
"""),
('pl', """
email|email|Proszę o kontakt na [[k.wisniewska@example.pl]].
phone|Polish mobile national|Mój numer: [[{PHONE}]]
phone|Polish mobile intl|zadzwońcie [[{PHONEI}]] po 16
iban|Polish IBAN|Zwrot proszę na konto [[{IBAN}]].
name|name after 'nazywam się'|Dzień dobry, nazywam się [[Bartłomiej Grabowski]] i mam problem z zamówieniem.
name-|name without cue|[[Agnieszka Zielińska]] odbierze paczkę z paczkomatu.
address|Polish address|Adres: [[ul. Piotrkowska 148/12, 90-063 Łódź]]
national_id|PESEL after cue|PESEL: [[{NID}]]
birth_date|DOB after 'data urodzenia'|data urodzenia: [[17.05.1992]]
cap|airport named after composer|Lądujemy na [[Lotnisku Chopina]] o 21:40.
cap|university|Studiuję na [[Uniwersytecie Jagiellońskim]].
cap|character|Dzieci uwielbiają [[Bolka i Lolka]].
cap|monument|Spotkajmy się pod [[Kolumną Zygmunta]].
cap|brand|Kupiłem [[Wedel]] ptasie mleczko, ale było rozgniecione.
lk_order_number|order|Zamówienie nr [[PL/2026/338412]]
lk_luhn_invalid|reference failing Luhn|Numer referencyjny: [[{BAD16}]]
lk_date|date not birth|Termin dostawy: [[22.12.2026]]
"""),
('pt', """
email|email|O meu email é [[rita.quaresma@example.pt]].
phone|Portuguese mobile|Telemóvel: [[{PHONE}]]
card|card|Cobraram duas vezes no cartão [[{CARD}]].
iban|Portuguese IBAN|Reembolso para o IBAN [[{IBAN}]].
name|name after 'chamo-me'|Olá, chamo-me [[Tiago Fontoura]] e tenho uma reserva para domingo.
name-|name without cue|A [[Beatriz Carvalhal]] vai levantar a encomenda na loja.
address|Portuguese address with CP|Morada: [[Rua de Santa Catarina 412, 2.º Esq., 4000-447 Porto]]
national_id|NIF after cue|NIF: [[{NID}]]
birth_date|DOB after 'data de nascimento'|Data de nascimento: [[06/10/1983]]
cap|bridge named after person|Ficámos presos no trânsito na [[Ponte Vasco da Gama]].
cap|stadium|Vamos ao [[Estádio do Dragão]] no sábado.
cap|foundation named after person|A exposição na [[Fundação Calouste Gulbenkian]] foi ótima.
cap|poet statue|Tirámos uma foto com a estátua de [[Fernando Pessoa]] no Chiado.
cap|brand|A [[Sagres]] veio quente.
lk_order_number|order|Encomenda n.º [[PT7739120]]
lk_price|price|Preço: [[19,90 €]]
lk_model_number|model|Modelo [[EW6F4822AB]]
"""),
('ro', """
email|email|Emailul meu este [[andreea.munteanu@example.ro]].
phone|Romanian mobile|Numărul meu: [[{PHONE}]]
phone|Romanian mobile intl|Sunați la [[{PHONEI}]]
iban|Romanian IBAN|Rambursare în contul [[{IBAN}]]
name|name after 'Mă numesc'|Bună ziua, mă numesc [[Cristian Dobrescu]] și am o problemă cu comanda.
name-|name without cue|[[Ioana Răducanu]] va ridica coletul.
address|Romanian address|Adresa: [[Str. Mihai Eminescu nr. 23, bl. A2, ap. 14, 010512 București]]
national_id|CNP after cue|CNP: [[{NID}]]
birth_date|DOB after 'născut'|născut pe [[12.01.1986]]
cap|park named after person|Ne vedem în [[Parcul Herăstrău]].
cap|university named after person|Studiez la [[Universitatea Babeș-Bolyai]].
cap|castle/character|Am vizitat [[Castelul Bran]], cel al lui Dracula.
cap|theatre named after person|Am bilete la [[Teatrul Național Ion Luca Caragiale]].
cap|brand|Am cumpărat [[Dacia Logan]] și are o problemă la frâne.
lk_order_number|order|Comanda [[RO-6621075]]
lk_measurement|measurement|Greutate [[3,2 kg]]
lk_sports_score|score|Am câștigat cu [[3-0]].
"""),
('sk', """
email|email|Môj e-mail je [[michal.hrasko@example.sk]].
phone|Slovak mobile|Telefón: [[{PHONE}]]
card|card|Karta [[{CARD}]] bola zaťažená dvakrát.
iban|Slovak IBAN|Vrátenie na [[{IBAN}]]
name|name after 'volám sa'|Dobrý deň, volám sa [[Zuzana Kováčiková]] a mám otázku k objednávke.
name-|name without cue|[[Peter Baláž]] prevezme balík na recepcii.
address|Slovak address|Adresa: [[Obchodná 42, 811 06 Bratislava]]
national_id|rodné číslo after cue|Rodné číslo: [[{NID}]]
passport|passport|číslo pasu [[EB1427865]]
cap|castle|Boli sme na [[Bratislavskom hrade]] a zabudli sme tam dáždnik.
cap|bridge|Parkovali sme pri [[Moste SNP]].
cap|mountains|Ideme do [[Vysokých Tatier]] na lyže.
cap|university named after person|Študujem na [[Univerzite Komenského]].
cap|brand|Kofola bola bez bubliniek, aj [[Horalky]] boli rozbité.
lk_order_number|order|Objednávka [[SK-447120]]
lk_version|version|Verzia [[6.0.2]]
lk_date|date not birth|Dodanie [[04.01.2027]]
"""),
('sl', """
email|email|Moj e-naslov: [[nina.kralj@example.si]]
phone|Slovenian mobile|Pokličite me na [[{PHONE}]].
phone|Slovenian mobile intl|Tel. [[{PHONEI}]]
iban|Slovenian IBAN|Vračilo na [[{IBAN}]]
name|name after 'Ime mi je'|Pozdravljeni, ime mi je [[Matej Zupančič]] in imam vprašanje.
name-|name without cue|[[Špela Horvat]] bo prevzela paket.
address|Slovenian address|Naslov: [[Slovenska cesta 55, 1000 Ljubljana]]
national_id|EMŠO after cue|EMŠO: [[{NID}]]
birth_date|DOB|datum rojstva [[23.09.1990]]
cap|square named after poet|Dobimo se na [[Prešernovem trgu]].
cap|castle|Obiskali smo [[Ljubljanski grad]].
cap|lake|Vikend smo preživeli ob [[Blejskem jezeru]].
cap|hall|Koncert v [[Cankarjevem domu]] je odpovedan.
cap|brand|Kupil sem [[Gorenje]] hladilnik, ki ne hladi.
lk_order_number|order|Naročilo [[SI-90321]]
lk_price|price|Cena [[49,00 €]]
lk_flight_number|flight|Let [[JU 131]] zamuja.
"""),
('sv', """
email|email|Min mejl är [[elin.sjoberg@example.se]].
phone|Swedish mobile national|Ring mig på [[{PHONE}]].
card|card|Kortet [[{CARD}]] debiterades två gånger.
iban|Swedish IBAN|Återbetalning till [[{IBAN}]]
name|name after 'Jag heter'|Hej! Jag heter [[Oskar Lindqvist]] och har en fråga om min beställning.
name-|name without cue|[[Ebba Forsberg]] hämtar paketet på ombudet.
address|Swedish address|Adress: [[Storgatan 14 B, 753 31 Uppsala]]
national_id|personnummer after cue|Personnummer: [[{NID}]]
username|username after platform|Hitta mig på Discord: [[kanelbulle_oskar]]
cap|museum ship|Vi besökte [[Vasamuseet]] och tappade en väska.
cap|character|Barnen älskar [[Pippi Långstrump]].
cap|award|Hon vann [[Augustpriset]] förra året.
cap|store|Jag köpte den på [[IKEA Kungens Kurva]].
cap|amusement park|Biljetterna till [[Gröna Lund]] kom aldrig.
lk_order_number|order|Ordernummer [[SE-3318842]]
lk_measurement|measurement|Bredd [[120 cm]]
lk_version|version|Version [[11.2.4]] kraschar.
"""),
]
