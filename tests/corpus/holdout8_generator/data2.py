from data1 import A, L
A('lt','LT','LT','Rūta Kazlauskienė','ruta.kaz','Pagarbiai','1988-12-01','Gedimino pr. 27-8, LT-01103 Vilnius',
 'El. paštas|Telefonas|IBAN|Adresas|Gimimo data|Užsakymo nr.|Siuntos nr.|Sąskaitos nr.|Iš viso|Paso nr.|Vartotojo vardas','',
 'Siuntinį paims {v}, ji gyvena kaimynystėje.',
 ['Nusipirkome bilietus į [[Lietuvos nacionalinis dramos teatras]] spektaklį.','Ar [[Trakų pilis]] dirba pirmadieniais?','Ieškau knygos [[Metai]] su iliustracijomis.','Rungtynės su [[Žalgiris Kaunas]] buvo atšauktos, ar grąžinsite pinigus?'])
A('lv','LV','LV','Līga Bērziņa','liga.berzina','Ar cieņu,','21.04.1993','Brīvības iela 101 - 7, Rīga, LV-1001',
 'E-pasts|Tālrunis|IBAN|Adrese|Dzimšanas datums|Pasūtījuma nr.|Sūtījuma nr.|Rēķina nr.|Kopā|Pases nr.|Lietotājvārds','LV8274615',
 'Paku saņems {v}, viņa būs mājās pēc sešiem.',
 ['Nopirkām biļetes uz [[Latvijas Nacionālā opera]] izrādi.','Vai [[Rundāles pils]] ir atvērta ziemā?','Meklēju grāmatu [[Zvejnieka dēls]] cietos vākos.','Vilciens uz [[Jūrmala Dubulti]] atkal kavējās.'])
A('mt','MT','MT','Maria Camilleri','maria.camilleri','Grazzi u saħħa,','08/08/1982','12, Triq il-Kbira, Ħaż-Żebbuġ ZBG 1305',
 'Email|Telefon|IBAN|Indirizz|Data tat-twelid|Ordni nru|Numru tat-traċċar|Fattura nru|Total|Nru tal-passaport|Isem tal-utent','1284736',
 'Il-pakkett jiġbru {v} mill-ħanut ta\' ħdejja.',
 ['Morna nħarsu lejn il-[[Katidral ta\' San Ġwann]] u kien sabiħ ħafna.','Il-vapur għal [[Għawdex Mġarr]] kien tard siegħa.','Xtrajt biljetti għall-[[Teatru Manoel]] imma ma waslitx email.','Il-festa ta\' [[San Ġorġ Martri]] se tkun fil-lejl?'])
A('nl','NL','NL','Femke de Groot','femke.degroot','Met vriendelijke groet,','17-11-1991','Prinsengracht 412-2, 1016 JK Amsterdam',
 'E-mail|Telefoon|IBAN|Adres|Geboortedatum|Bestelnr.|Track & trace|Factuurnr.|Totaal|Paspoortnr.|Gebruikersnaam','',
 'Pakketje mag bij {v} op nummer 14 worden afgegeven.',
 ['We hebben kaartjes voor [[Het Concertgebouw]] maar de QR-code werkt niet.','Is de winkel bij [[Station Utrecht Centraal]] ook op zondag open?','Mijn dochter wil het boek [[Kikker en zijn vriendjes]] voor haar verjaardag.','De wedstrijd van [[Ajax Amsterdam]] is verplaatst, krijg ik geld terug?'])
A('pl','PL','PL','Agnieszka Wróblewska','aga.wroblewska','Pozdrawiam,','14.03.1987','ul. Marszałkowska 84/12, 00-514 Warszawa',
 'E-mail|Telefon|IBAN|Adres|Data urodzenia|Zamówienie nr|Numer przesyłki|Faktura nr|Razem|Nr paszportu|Nazwa użytkownika','',
 'Paczkę odbierze {v}, bo ja będę w pracy.',
 ['Kupiłam bilety na [[Dziady]] w Teatrze Narodowym, ale mail nie doszedł.','Czy sklep przy [[Rynek Główny]] jest czynny w niedzielę?','Szukam książki [[Pan Tadeusz]] w twardej oprawie.','Mecz [[Legia Warszawa]] został przełożony, co z biletami?'])
A('pt','PT','PT','Inês Carvalho','ines.carvalho','Com os melhores cumprimentos,','05/06/1990','Rua de Santa Catarina 221, 2.º Esq., 4000-447 Porto',
 'Email|Telefone|IBAN|Morada|Data de nascimento|Encomenda n.º|N.º de seguimento|Fatura n.º|Total|N.º do passaporte|Nome de utilizador','CB482713',
 'A encomenda pode ser entregue à {v}, no rés-do-chão.',
 ['Comprámos bilhetes para o [[Mosteiro dos Jerónimos]] mas não chegou o email.','O elétrico passa pela [[Praça do Comércio]] ao domingo?','Procuro o livro [[Os Maias]] numa edição antiga.','O jogo do [[Sporting Clube de Portugal]] foi adiado?'])
A('ro','RO','RO','Andreea Munteanu','andreea.munteanu','Cu stimă,','14.03.1987','Str. Mihai Eminescu nr. 45, bl. B2, ap. 9, 010512 București',
 'E-mail|Telefon|IBAN|Adresă|Data nașterii|Comanda nr.|AWB|Factura nr.|Total|Nr. pașaport|Nume utilizator','',
 'Coletul îl va ridica {v}, colega mea de birou.',
 ['Am cumpărat bilete la [[Ateneul Român]] dar nu am primit e-mail.','Este deschis [[Castelul Peleș]] lunea?','Caut cartea [[Ion]] într-o ediție cartonată.','Trenul [[Intercity București Nord]] a întârziat iar.'])
A('sk','SK','SK','Zuzana Kováčová','zuzana.kovacova','S pozdravom','22. 6. 1987','Obchodná 37, 811 06 Bratislava',
 'E-mail|Telefón|IBAN|Adresa|Dátum narodenia|Objednávka č.|Číslo zásielky|Faktúra č.|Spolu|Číslo pasu|Používateľské meno','',
 'Balík prevezme {v}, býva na prízemí.',
 ['Kúpili sme lístky do [[Slovenské národné divadlo]] ale neprišiel mail.','Je [[Bratislavský hrad]] otvorený v pondelok?','Hľadám knihu [[Dobšinského rozprávky]] pre deti.','Vlak [[Tatran Košice]] mal opäť meškanie.'])
A('sl','SI','SI','Nina Kovačič','nina.kovacic','Lep pozdrav,','14. 3. 1987','Celovška cesta 88, 1000 Ljubljana',
 'E-pošta|Telefon|IBAN|Naslov|Datum rojstva|Naročilo št.|Številka pošiljke|Račun št.|Skupaj|Št. potnega lista|Uporabniško ime','',
 'Paket naj prevzame {v}, soseda iz tretjega nadstropja.',
 ['Kupili smo vstopnice za [[Cankarjev dom]] pa ni prišlo sporočilo.','Ali je [[Blejski grad]] odprt pozimi?','Iščem knjigo [[Martin Krpan]] s trdimi platnicami.','Tekma [[Olimpija Ljubljana]] je bila prestavljena.'])
A('sv','SE','SE','Linnea Bergström','linnea.b','Med vänliga hälsningar','14 mars 1987','Götgatan 56, lgh 1102, 118 26 Stockholm',
 'E-post|Telefon|IBAN|Adress|Födelsedatum|Ordernr|Kollinummer|Fakturanr|Totalt|Passnummer|Användarnamn','',
 'Paketet kan lämnas hos {v} i lägenheten bredvid.',
 ['Vi köpte biljetter till [[Kungliga Operan]] men fick inget mejl.','Har [[Vasamuseet]] öppet på juldagen?','Jag letar efter [[Pippi Långstrump]] i inbunden utgåva.','Matchen mot [[Djurgårdens IF]] flyttades, får jag pengarna tillbaka?'])
A('ru','RU',None,'Екатерина Соловьёва','e.solovyova','С уважением,','02.11.1979','ул. Большая Садовая, д. 10, кв. 50, Москва, 123001',
 'Эл. почта|Телефон|Счёт|Адрес|Дата рождения|Заказ №|Трек-номер|Счёт-фактура №|Итого|Паспорт|Логин','4512 738291',
 'Посылку заберёт {v}, она живёт этажом ниже.',
 ['Купили билеты в [[Большой театр]] но письмо так и не пришло.','Работает ли [[Третьяковская галерея]] в понедельник?','Ищу книгу [[Мастер и Маргарита]] в твёрдом переплёте.','Матч [[Спартак Москва]] перенесли, вернёте деньги?'])
A('uk','UA','UA','Оксана Ковальчук','oksana.kovalchuk','З повагою,','27.05.1995','вул. Хрещатик, 22, кв. 15, Київ, 01001',
 'Ел. пошта|Телефон|IBAN|Адреса|Дата народження|Замовлення №|ТТН|Рахунок №|Разом|Паспорт №|Логін','FK482917',
 'Посилку забере {v}, вона сусідка з п\'ятого поверху.',
 ['Купили квитки в [[Національна опера України]] але лист не прийшов.','Чи працює [[Києво-Печерська лавра]] у понеділок?','Шукаю книгу [[Тіні забутих предків]] у твердій обкладинці.','Матч [[Динамо Київ]] перенесли, чи повернете гроші?'])
A('tr','TR','TR','Elif Yıldırım','elif.yildirim','Saygılarımla,','14.03.1987','Bağdat Caddesi No: 214 D: 7, 34728 Kadıköy/İstanbul',
 'E-posta|Telefon|IBAN|Adres|Doğum tarihi|Sipariş no|Kargo takip no|Fatura no|Toplam|Pasaport no|Kullanıcı adı','',
 'Paketi {v} teslim alacak, alt kattaki komşum.',
 ['[[Galata Kulesi]] akşam saatlerinde açık mı?','[[Çalıkuşu]] kitabının ciltli baskısı var mı?','[[Fenerbahçe Spor Kulübü]] maçı ertelendi, bilet iadesi olacak mı?','[[Pera Palace Hotel]] rezervasyonum onaylanmadı.'])
A('ar','SA','SA','ريم العتيبي','reem.alotaibi','مع خالص التحية،','1992/09/08','حي النخيل، شارع الأمير سلطان 4521، الرياض 12381',
 'البريد الإلكتروني|الهاتف|الآيبان|العنوان|تاريخ الميلاد|رقم الطلب|رقم التتبع|رقم الفاتورة|الإجمالي|رقم الجواز|اسم المستخدم','R7364821',
 'سيستلم الطرد {v} لأنني سأكون في العمل.',
 ['حجزنا في [[فندق برج العرب]] ولم يصلنا تأكيد.','هل [[متحف اللوفر أبوظبي]] مفتوح يوم الجمعة؟','أبحث عن رواية [[موسم الهجرة إلى الشمال]] بغلاف فاخر.','تم تأجيل مباراة [[نادي الهلال]] فهل سترجعون المبلغ؟'])
