BLOCKS = [
dict(lang='el', region='GR', iban='GR', nid='gr.amka', lines='''
C name|Καλησπέρα, ονομάζομαι ⟦Ευαγγελία Παπαδοπούλου⟧ και θα ήθελα να επιστρέψω ένα προϊόν.
C name|Με εκτίμηση,\\n⟦Σπύρος Καραγιάννης⟧
C name|Αγαπητή κυρία ⟦Κατερίνα Μαυρίδη⟧, σας ευχαριστούμε για την παραγγελία.|cue 'Αγαπητή κυρία'
C email|Στείλτε μου στο ⟦giorgos.lamprou@otenet.gr⟧
C phone*2|Το κινητό μου: ⟦§PH§⟧
C iban|Επιστροφή χρημάτων στο ⟦§IBAN§⟧ παρακαλώ.
C ip|Σύνδεση από ⟦§IP4§⟧ που δεν αναγνωρίζω.
E name|Χθες ο ⟦Θανάσης Χριστοδούλου⟧ πέρασε να πάρει το δέμα.
E name|Πες στη ⟦Δήμητρα Αλεξίου⟧ ότι έφτασε η παραγγελία.
E address|Διεύθυνση: ⟦Ερμού 56, 105 63 Αθήνα⟧
E national_id|ΑΜΚΑ: ⟦§NID§⟧|AMKA Luhn
L street|Το μαγαζί είναι στη ⟦Βασιλίσσης Σοφίας⟧, απέναντι από το πάρκο.|avenue named after queen
L airport|Προσγειώνομαι στο ⟦Ελευθέριος Βενιζέλος⟧ στις 9.|airport named after person
L place|Πήγαμε στην ⟦Ακρόπολη⟧ το πρωί.
L order_number|Αριθμός παραγγελίας: ⟦§ORDER§⟧
L price|Πλήρωσα ⟦64,50 €⟧ για μεταφορικά!
L score|Ο Ολυμπιακός κέρδισε ⟦2-1⟧.
L version|Μετά την ενημέρωση ⟦§VER4§⟧ δεν ανοίγει.
L work_title|Διαβάζω τον ⟦Ζορμπά⟧ ξανά.|novel named after character
'''),
dict(lang='tr', region='TR', iban='TR', nid='tr.tckimlik', lines='''
C name|Merhaba, benim adım ⟦Elif Karaosmanoğlu⟧, siparişim hâlâ gelmedi.
C name|Saygılarımla,\\n⟦Mehmet Ali Çınar⟧
C name|Sayın ⟦Gülşen Aydemir⟧, talebiniz alınmıştır.|cue 'Sayın'
C email|Mail adresim: ⟦burak.toprakci@hotmail.com⟧
C phone*2|Kurye beni ⟦§PH§⟧ numarasından arasın lütfen.
C iban|İade için IBAN: ⟦§IBAN§⟧
C card|Kartımdan iki kez çekildi: ⟦§CARD§⟧
E name|Dün ⟦Hüseyin Yılmazer⟧ gelip kombiye baktı ama parça yokmuş.
E name|⟦Zeynep Arslantürk⟧'e söyle, kargo geldi.|name with suffix apostrophe
E address|Adres: ⟦Moda Cad. No:48 D:5, 34710 Kadıköy/İstanbul⟧
E national_id|TC kimlik no: ⟦§NID§⟧|TC kimlik check digits
E birth_date|Doğum tarihi: ⟦14.02.1990⟧
L street|Dükkan ⟦İstiklal Caddesi⟧ üzerinde, Galatasaray'a yakın.|street no number
L airport|Uçağım ⟦Sabiha Gökçen⟧'den kalkıyor.|airport named after person
L brand|⟦Ülker⟧ çikolata erimiş geldi.
L order_number|Sipariş no ⟦§ORDER§⟧ hâlâ hazırlanıyor.
L price|⟦1.249,90 TL⟧ ödedim, ürün bozuk.
L score|Galatasaray ⟦3-2⟧ kazandı!
L tracking_number|Kargo takip no: ⟦§TRACK§⟧
L work_title|Akşam ⟦Kuruluş Osman⟧ izledik.|TV series named after person
L date|Teslimat tarihi ⟦22 Nisan 2025⟧ olarak görünüyor.|delivery date
'''),
dict(lang='ru', region='RU', iban=None, nid='ru.inn', lines='''
C name|Здравствуйте, меня зовут ⟦Ксения Белоусова⟧, пишу по поводу возврата.
C name|С уважением,\\n⟦Аркадий Семёнович Лапшин⟧|name with patronymic
C name|Уважаемый ⟦Тимофей Гаврилов⟧, ваш заказ передан в доставку.|cue 'Уважаемый'
C email|Пишите на ⟦olga.verkhovtseva@yandex.ru⟧
C phone*2|Мой номер ⟦§PH§⟧, звоните после шести.
C card|Списали дважды с карты ⟦§CARD§⟧!!
C ip|В логах вход с ⟦§IP4§⟧ в 04:12, это не я.
E name|Вчера ⟦Всеволод Кудрявцев⟧ заходил за ключами.
E name|Передай ⟦Наталье Шубиной⟧, что посылка пришла.|dative case
E address|Адрес доставки: ⟦ул. Малая Садовая, д. 3, кв. 17, Санкт-Петербург, 191023⟧
E national_id|ИНН: ⟦§NID§⟧|personal INN check digits
E username|Мой ник в Телеграме ⟦@lesnoy_kot⟧, пишите туда.
L street|Магазин на ⟦Тверской⟧, рядом с метро.|street without number
L museum|Сходили в ⟦Третьяковку⟧ в воскресенье.|gallery named after person
L station|Встречаемся на ⟦Пушкинской⟧ у выхода.|metro station named after poet
L brand|Конфеты ⟦Алёнка⟧ пришли растаявшими.|brand with a girl's name
L order_number|Заказ ⟦§ORDER§⟧ до сих пор не отправлен.
L price|Заплатил ⟦3 490 ₽⟧ за доставку.
L score|Спартак проиграл ⟦0:3⟧.
L version|После обновления ⟦§VER4§⟧ ничего не работает.
L work_title|Перечитываю ⟦«Мастера и Маргариту»⟧.|title with character names
'''),
dict(lang='uk', region='UA', iban='UA', nid='ua.rntrc', lines='''
C name|Добрий день, мене звати ⟦Оксана Литвиненко⟧, пишу щодо замовлення.
C name|З повагою,\\n⟦Богдан Ярошенко⟧
C email|Мій e-mail: ⟦taras.melnychuk@ukr.net⟧
C phone*2|Телефонуйте на ⟦§PH§⟧
C iban|Повернення коштів на ⟦§IBAN§⟧
C ip|Вхід з IP ⟦§IP6§⟧ – це не я!
E name|Вчора ⟦Соломія Кравчук⟧ забрала посилку з відділення.
E name|Скажи ⟦Назарові Бондарю⟧, що все прийшло.|dative case
E address|Адреса: ⟦вул. Сагайдачного, 25, кв. 9, Київ, 04070⟧
E national_id|РНОКПП: ⟦§NID§⟧|RNTRC check digit
L street|Кафе на ⟦Хрещатику⟧, біля фонтану.
L station|Зустрінемось на ⟦вокзалі Львів⟧.
L brand|Цукерки ⟦Рошен⟧ прийшли розтоплені.
L order_number|Замовлення ⟦§ORDER§⟧ не доставлено.
L tracking_number|ТТН ⟦20450912837465⟧ – де посилка?
L price|Заплатила ⟦1 250 грн⟧.
L work_title|Читаю ⟦«Кобзар»⟧ з донькою.
L date|Доставка ⟦18.04.2025⟧|delivery date
'''),
dict(lang='lt', region='LT', iban='LT', nid='lt.asmens', lines='''
C name|Laba diena, mano vardas ⟦Rūta Jankauskienė⟧, rašau dėl grąžinimo.
C name|Pagarbiai,\\n⟦Mindaugas Petrauskas⟧
C email|El. paštas: ⟦g.zukauskas@gmail.com⟧
C phone*2|Skambinkite ⟦§PH§⟧
C iban|Pinigus grąžinkite į ⟦§IBAN§⟧
E name|Vakar ⟦Aistė Valančiūtė⟧ atnešė dokumentus.
E name|Pasakyk ⟦Dariui Kazlauskui⟧, kad siunta atėjo.|dative
E address|Adresas: ⟦Gedimino pr. 9-12, LT-01103 Vilnius⟧
E national_id|Asmens kodas: ⟦§NID§⟧|asmens kodas check digit
L street|Parduotuvė ⟦Gedimino prospekte⟧, prie katedros.|avenue named after duke, no number
L brand|⟦Rūta⟧ šokoladas atkeliavo ištirpęs.|brand = female first name
L order_number|Užsakymas ⟦§ORDER§⟧ dar neišsiųstas.
L price|Sumokėjau ⟦45,99 €⟧.
L score|Žalgiris laimėjo ⟦89:81⟧.
L invoice_number|Sąskaita ⟦§INV§⟧ neteisinga.
L date|Pristatymas ⟦2025-05-07⟧|delivery date
L place|Buvome ⟦Trakuose⟧ savaitgalį.
'''),
dict(lang='lv', region='LV', iban='LV', nid='lv.pvn', lines='''
C name|Labdien, mani sauc ⟦Ilze Bērziņa⟧, rakstu par pasūtījumu.
C name|Ar cieņu,\\n⟦Edgars Kalniņš⟧
C email|E-pasts: ⟦liga.ozolina@inbox.lv⟧
C phone*2|Zvaniet uz ⟦§PH§⟧
C iban|Naudu atmaksājiet uz ⟦§IBAN§⟧
C ip|Pieslēgšanās no ⟦§IP4§⟧ nav mana.
E name|Vakar ⟦Kristaps Liepiņš⟧ atveda mēbeles.
E name|Pasaki ⟦Agnesei Krūmiņai⟧, ka paka ir atnākusi.|dative
E address|Adrese: ⟦Brīvības iela 88-4, Rīga, LV-1001⟧
E national_id|Personas kods: ⟦§NID§⟧|personas kods checksum
L street|Veikals ir ⟦Brīvības ielā⟧, pie pieminekļa.
L brand|⟦Laima⟧ konfektes atnāca izkusušas.|brand = first name
L order_number|Pasūtījums ⟦§ORDER§⟧ nav nosūtīts.
L price|Samaksāju ⟦19,90 €⟧.
L version|Pēc atjauninājuma ⟦§VER4§⟧ nestrādā.
L score|Rīgas FS uzvarēja ⟦2:0⟧.
L date|Piegāde ⟦12.05.2025.⟧|delivery date
'''),
dict(lang='et', region='EE', iban='EE', nid='ee.ik', lines='''
C name|Tere, minu nimi on ⟦Kadri Tamm-Saar⟧ ja kirjutan tellimuse kohta.
C name|Lugupidamisega\\n⟦Priit Kõiv⟧
C email|E-post: ⟦marten.lepik@online.ee⟧
C phone*2|Helistage ⟦§PH§⟧
C iban|Raha palun tagasi kontole ⟦§IBAN§⟧
C card|Maksin kaardiga ⟦§CARD§⟧, aga tellimus pole kinnitatud.
E name|Eile tõi ⟦Maarja Rebane⟧ võtmed tagasi.
E name|Ütle ⟦Taavi Ojasaarele⟧, et pakk on kohal.|allative case
E address|Aadress: ⟦Tartu mnt 17-5, 10115 Tallinn⟧
E national_id|Isikukood: ⟦§NID§⟧|isikukood check digit
L street|Pood on ⟦Viru tänaval⟧, vanalinnas.
L brand|⟦Kalev⟧ šokolaad oli sulanud.|brand = male name / hero
L order_number|Tellimus ⟦§ORDER§⟧ pole veel teele läinud.
L price|Maksin ⟦24,95 €⟧.
L tracking_number|Jälgimiskood ⟦§TRACK§⟧
L work_title|Loen ⟦Tõde ja õigus⟧ uuesti.
L date|Kohaletoimetamine ⟦15.04.2025⟧|delivery date
'''),
dict(lang='fi', region='FI', iban='FI', nid='fi.hetu', lines='''
C name|Hei, nimeni on ⟦Riikka Hämäläinen⟧ ja kirjoitan tilauksesta.
C name|Ystävällisin terveisin\\n⟦Jussi Väisänen⟧
C name|Yhteyshenkilö: ⟦Outi Kärkkäinen⟧, p. vaihde|cue 'Yhteyshenkilö'
C email|Sähköposti: ⟦tuomas.lehtonen@elisanet.fi⟧
C phone*2|Soittakaa numeroon ⟦§PH§⟧
C iban|Palautus tilille ⟦§IBAN§⟧
C ip|Kirjautuminen osoitteesta ⟦§IP6§⟧ ei ollut minun.
E name|Eilen ⟦Antti Nurmela⟧ kävi hakemassa paketin.
E name|Kerro ⟦Johanna Peltoselle⟧, että paketti tuli.|allative case
E address|Osoite: ⟦Hämeenkatu 21 B 14, 33200 Tampere⟧
E national_id|Henkilötunnus ⟦§NID§⟧|HETU check character
L street|Kauppa on ⟦Aleksanterinkadulla⟧, Stockmannin vieressä.|street named after tsar + brand
L brand|⟦Fazerin⟧ suklaa saapui sulaneena.|brand named after founder
L order_number|Tilausnumero ⟦§ORDER§⟧
L price|Maksoin ⟦79,90 €⟧.
L score|Kärpät voitti ⟦4–3⟧ jatkoajalla.
L version|Päivityksen ⟦§VER4§⟧ jälkeen ei toimi.
L hall|Konsertti on ⟦Sibelius-talossa⟧ lauantaina.|concert hall named after composer
L date|Toimitus ⟦10.3.2025⟧|delivery date
'''),
]
