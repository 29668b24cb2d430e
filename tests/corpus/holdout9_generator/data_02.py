BLOCKS = [
dict(lang='cs', region='CZ', iban='CZ', nid='cz.rc', lines='''
C name|Dobrý den, jmenuji se ⟦Zdeňka Procházková⟧ a reklamuji poškozenou lednici.
C name|S pozdravem\\n⟦Radek Vyskočil⟧
C name|Vážený pane ⟦Ondřej Kubíček⟧, zasíláme Vám potvrzení objednávky.|cue 'Vážený pane'
C email|Napište mi na ⟦jitka.marsalkova@seznam.cz⟧, telefon moc nezvedám.
C phone*2|Kurýr ať volá na ⟦§PH§⟧, jsem doma odpoledne.
C iban|Peníze prosím vraťte na účet ⟦§IBAN§⟧.
E name|Včera volal ⟦Vojtěch Hanzlík⟧ kvůli té faktuře, prý ji nedostal.|name as subject
E name|Pozdravuj ⟦Kláru Šindelářovou⟧, ať se brzy uzdraví.|accusative form
E address|Doručovací adresa: ⟦Nerudova 218/14, 602 00 Brno⟧
E national_id|Rodné číslo: ⟦§NID§⟧|rodné číslo divisible by 11
E birth_date|datum narození ⟦7. 3. 1969⟧, pojišťovna VZP
L street|Prodejna je na ⟦Václavském náměstí⟧, hned u metra.|square named after saint, no number
L brand|Objednal jsem ⟦Kofolu⟧ a přišla Coca-Cola.
L museum|Byli jsme v ⟦Muzeu Alfonse Muchy⟧, moc pěkné.|museum named after person
L order_number|Číslo objednávky ⟦§ORDER§⟧, stále nic.
L price|Zaplatil jsem ⟦2 490 Kč⟧ a dostal jsem špatnou velikost.
L version|Aktualizace na ⟦§VER4§⟧ zablokovala tiskárnu.
L score|Sparta prohrála ⟦0:2⟧, trapas.
L date|Termín instalace ⟦22. 4. 2025 v 9:00⟧|appointment
'''),
dict(lang='sk', region='SK', iban='SK', nid='sk.rc', lines='''
C name|Dobrý deň, volám sa ⟦Zuzana Hrubošová⟧ a mám problém s doručením.
C name|S pozdravom\\n⟦Ľubomír Kováčik⟧
C email|Kontakt: ⟦marek.stefanik@azet.sk⟧
C phone*2|Prosím volajte na ⟦§PH§⟧, po 16:00.
C iban|Vrátenie peňazí na IBAN ⟦§IBAN§⟧, ďakujem.
C ip|Prihlásenie z IP ⟦§IP4§⟧ som nerobil ja.
E name|Včera prišiel ⟦Peter Bednárik⟧ opraviť práčku, ale nemal náhradný diel.
E name|Povedz ⟦Janke Vrabcovej⟧, že balík je na pošte.|dative form
E address|Adresa: ⟦Hlavná 42, 040 01 Košice⟧
E national_id|rodné číslo ⟦§NID§⟧, poistenec Dôvera|rodné číslo
L street|Obchod je na ⟦Obchodnej⟧ ulici, oproti kaviarni.
L place|Boli sme na ⟦Štrbskom Plese⟧ cez víkend.
L brand|⟦Horalky⟧ prišli rozlámané, škoda.
L tracking_number|Sledovacie číslo ⟦§TRACK§⟧ nefunguje.
L price|Cena ⟦34,90 €⟧ mi bola stiahnutá dvakrát.
L work_title|Pozeráme ⟦Sváko Ramon⟧ každý večer.
L invoice_number|Faktúra ⟦§INV§⟧ je nesprávne vystavená.
L measurement|Dvere majú ⟦80 cm⟧, skriňa neprejde.
'''),
dict(lang='hu', region='HU', iban='HU', nid=None, lines='''
C name|Jó napot, a nevem ⟦Kovácsné Szabó Edit⟧, a rendelésemmel kapcsolatban írok.|married name form
C name|Üdvözlettel:\\n⟦Balogh Levente⟧
C name|Kedves ⟦Fekete Dóra⟧! Köszönjük megkeresését.|cue 'Kedves', family name first
C email|E-mail címem: ⟦takacs.gergo81@freemail.hu⟧
C phone*2|Hívjon a ⟦§PH§⟧ számon, délután elérhető vagyok.
C iban|Kérem a visszautalást erre a számlára: ⟦§IBAN§⟧
C ip|A rendszer szerint ⟦§IP4§⟧ címről léptek be a fiókomba.
E name|Tegnap ⟦Horváth Bence⟧ hozta vissza a kulcsokat az irodába.
E name|Szólj ⟦Molnár Zsófiának⟧, hogy megjött a csomag.|dative suffix
E address|Szállítási cím: ⟦1068 Budapest, Király utca 36. 2/5⟧|HU order: postcode city street
E passport|Útlevélszám: ⟦BK4829173⟧|passport after cue
E birth_date|Születési idő: ⟦1975. október 2.⟧
L street|Az üzlet az ⟦Andrássy úton⟧ van, a metró mellett.
L brand|A ⟦Túró Rudi⟧ megromlott mire ideért.|brand named like a person
L bridge|A ⟦Széchenyi lánchíd⟧ felől jöttünk.
L order_number|Rendelésszám: ⟦§ORDER§⟧
L price|⟦12 990 Ft⟧-ot fizettem érte.
L uuid|Hibakód azonosító: ⟦§UUID§⟧
L score|A Fradi ⟦2–2⟧-t játszott.
L date|Szállítás várható időpontja: ⟦2025. március 18.⟧|delivery date
'''),
dict(lang='ro', region='RO', iban='RO', nid='ro.cnp', lines='''
C name|Bună ziua, mă numesc ⟦Ioana Mărgineanu⟧ și aș dori să returnez un produs.
C name|Cu stimă,\\n⟦Cătălin Dumitrescu-Vlad⟧
C email|Puteți să-mi scrieți la ⟦andreea.popovici@yahoo.ro⟧.
C phone*2|Numărul meu de telefon: ⟦§PH§⟧
C iban|Vă rog returnați banii în contul ⟦§IBAN§⟧.
C card|Am plătit cu cardul ⟦§CARD§⟧ dar comanda apare neachitată.
E name|Ieri a sunat ⟦Sorin Găinaru⟧ în legătură cu contractul.
E name|Am vorbit cu ⟦Luminița Oprea⟧ la spital, zice că e bine.|private name near 'spital'
E address|Adresa: ⟦Str. Memorandumului 21, ap. 4, 400114 Cluj-Napoca⟧
E national_id|CNP: ⟦§NID§⟧|CNP with check digit
E username|Pe OLX sunt ⟦vali_bucovina⟧, scrieți-mi acolo.
L street|Magazinul e pe ⟦Calea Victoriei⟧, lângă teatru.
L airport|Aterizez pe ⟦Henri Coandă⟧ la 23:10.|airport named after person
L brand|Am comandat ⟦Eugenia⟧ și au venit biscuiții sfărâmați.|biscuit brand with a first name
L order_number|Comanda ⟦§ORDER§⟧ nu a fost livrată.
L price|Am plătit ⟦349,99 lei⟧ pentru asta?!
L version|După update-ul ⟦§VER4§⟧ nu mai merge camera.
L work_title|Am citit ⟦Enigma Otiliei⟧ pentru bac.
L date|Programare la service: ⟦15.05.2025, ora 10⟧|appointment
'''),
dict(lang='bg', region='BG', iban='BG', nid='bg.egn', lines='''
C name|Здравейте, казвам се ⟦Десислава Петрова⟧ и имам проблем с поръчката.
C name|С уважение,\\n⟦Красимир Стоянов⟧
C email|Пишете ми на ⟦nikolay.draganov@abv.bg⟧
C phone*2|Моят телефон: ⟦§PH§⟧, звънете след 17 ч.
C iban|Моля, възстановете сумата по сметка ⟦§IBAN§⟧.
C ip|Вход от IP ⟦§IP4§⟧ – не съм аз.
E name|Вчера ⟦Цветелина Маринова⟧ донесе документите в офиса.
E name|Кажи на ⟦Бойко Гешев⟧, че пратката е пристигнала.
E address|Адрес за доставка: ⟦ул. „Цар Симеон“ 84, ет. 3, 1000 София⟧
E national_id|ЕГН ⟦§NID§⟧|EGN with check digit
L street|Магазинът е на ⟦бул. „Витоша“⟧, до кафенето.|boulevard without number
L university|Дъщеря ми учи в ⟦Софийския университет „Св. Климент Охридски“⟧.|institution named after saint
L brand|Шоколадът ⟦Своге⟧ пристигна разтопен.
L tracking_number|Номер за проследяване: ⟦§TRACK§⟧
L price|Платих ⟦89,00 лв.⟧ за доставка.
L score|Левски спечели с ⟦1:0⟧.
L order_number|Поръчка ⟦§ORDER§⟧ още не е тръгнала.
L date|Доставка на ⟦21.03.2025⟧|delivery date
'''),
dict(lang='hr', region='HR', iban='HR', nid='hr.oib', lines='''
C name|Poštovani, zovem se ⟦Marija Jurković⟧ i javljam se zbog reklamacije.
C name|Lijep pozdrav,\\n⟦Tomislav Barišić⟧
C email|Mail: ⟦ivana.pavic@gmail.com⟧
C phone*2|Nazovite me na ⟦§PH§⟧ kad dostavljač krene.
C iban|Povrat novca na ⟦§IBAN§⟧, molim.
C ip|Prijava s IP adrese ⟦§IP6§⟧ nije moja.
E name|Jučer je ⟦Damir Kovačević⟧ preuzeo paket umjesto mene.
E name|Reci ⟦Ani Vuković⟧ da je narudžba stigla.|dative form
E address|Adresa: ⟦Ilica 128, 10000 Zagreb⟧
E national_id|OIB: ⟦§NID§⟧, za račun R1.|OIB ISO 7064 check digit
L street|Dućan je u ⟦Ulici Nikole Tesle⟧, blizu trga.|street named after person, no number
L airport|Slijećem u ⟦Zračnu luku Franjo Tuđman⟧ u 14 h.|airport named after person
L brand|⟦Kraš⟧ bajadera je stigla slomljena.
L invoice_number|Račun br. ⟦§INV§⟧ je pogrešan.
L price|Platio sam ⟦59,99 €⟧.
L sku|Šifra artikla ⟦§SKU§⟧
L score|Hajduk je dobio ⟦2:1⟧.
L work_title|Gledali smo ⟦Ne dao Bog većeg zla⟧ sinoć.
'''),
dict(lang='sl', region='SI', iban='SI', nid='si.emso', lines='''
C name|Pozdravljeni, sem ⟦Nina Kovačič⟧ in pišem glede vračila.|cue 'sem'
C name|Lep pozdrav,\\n⟦Matjaž Zupančič⟧
C email|Pišite mi na ⟦urska.horvat@siol.net⟧
C phone*2|Moja številka: ⟦§PH§⟧
C iban|Denar vrnite na ⟦§IBAN§⟧.
C card|Plačal sem s kartico ⟦§CARD§⟧, a naročilo ni potrjeno.
E name|Včeraj je ⟦Gregor Potočnik⟧ pripeljal pohištvo.
E name|Povej ⟦Tjaši Kranjc⟧, da je paket prišel.|dative
E address|Naslov: ⟦Trubarjeva cesta 23, 1000 Ljubljana⟧
E national_id|EMŠO: ⟦§NID§⟧|EMŠO check digit
L street|Trgovina je na ⟦Prešernovem trgu⟧, ob mostu.|square named after poet
L brand|⟦Gorenjka⟧ čokolada je bila stopljena.
L place|Smo bili na ⟦Bledu⟧ za vikend.
L order_number|Naročilo ⟦§ORDER§⟧ še ni odposlano.
L price|Plačal sem ⟦129,00 €⟧.
L version|Po posodobitvi ⟦§VER4§⟧ ne deluje več.
L date|Dostava ⟦3. 6. 2025⟧|delivery date
L measurement|Omara je visoka ⟦2,1 m⟧.
'''),
dict(lang='sr', region='RS', iban='RS', nid=None, lines='''
C name|Поштовани, зовем се ⟦Милица Радосављевић⟧ и пишем због рекламације.
C name|Srdačan pozdrav,\\n⟦Nemanja Ilić⟧|Latin script Serbian
C email|Мејл: ⟦jelena.stankovic@mts.rs⟧
C phone*2|Позовите ме на ⟦§PH§⟧ пре доставе.
C iban|Вратите новац на рачун ⟦§IBAN§⟧.
C ip|Prijava sa IP adrese ⟦§IP4§⟧ nije moja!
E name|Јуче је ⟦Душан Милошевић⟧ донео папире у канцеларију.|Cyrillic
E name|Reci ⟦Snežani Pavlović⟧ da je paket stigao.|Latin, dative
E address|Адреса: ⟦Кнеза Милоша 47, 11000 Београд⟧
E passport|Broj pasoša: ⟦012845739⟧
L street|Продавница је у ⟦Кнез Михаиловој⟧, близу Калемегдана.|street named after person
L museum|Били смо у ⟦Музеју Николе Тесле⟧.|museum named after person
L brand|⟦Plazma⟧ keks je stigao zgnječen.
L order_number|Porudžbina ⟦§ORDER§⟧ još nije stigla.
L price|Платио сам ⟦4.590 дин.⟧
L score|Звезда је победила ⟦3:0⟧.
L tracking_number|Broj za praćenje ⟦§TRACK§⟧
L date|Termin: ⟦12.06.2025. u 11h⟧|appointment
'''),
]
