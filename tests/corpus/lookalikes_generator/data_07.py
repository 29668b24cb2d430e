# Extra named/capitalized look-alikes with varied positions (start, possessive, list, alone on a line, brackets).
DATA = {
'en': r'''
cap|pub named after a person, sentence start|[[The Duke of Wellington]] pub does a great Sunday roast, book ahead.
cap|possessive brand|[[McAllister's]] new winter menu is out and the soup is excellent.
cap|list of street names|Road closures this weekend:\n- [[Grace Hopper Avenue]]\n- Mill Street\n- Canal Walk
cap|film title in brackets|We watched a classic (the [[Erin Brockovich]] one) and loved it.
cap|exhibition|Tickets for the [[Frida Kahlo: Viva la Vida]] exhibition are timed entry only.
cap|menu item|Go to Settings > [[Account Holder Details]] > Edit to change the billing address field.
''',
'de': r'''
cap|eponymous street, sentence start|[[Bismarckstraße]] ist wegen Bauarbeiten bis Freitag gesperrt.
cap|restaurant named after a person|Im [[Gasthaus Zum Alten Fritz]] gibt es das beste Schnitzel der Stadt.
cap|opera|Wir haben Karten für „[[Hänsel und Gretel]]“ an der Staatsoper.
cap|list with station|Umstieg möglich in:\n[[Berlin Ostkreuz]]\nBerlin Südkreuz
''',
'fr': r'''
cap|sentence start square|[[Place Jeanne-d'Arc]] : le marché est déplacé à cause des travaux.
cap|prize|Le [[prix Goncourt]] sera annoncé mardi chez Drouant.
cap|bridge|Le [[pont Alexandre-III]] est illuminé tous les soirs.
cap|song title|Ma fille chante « [[Aline]] » en boucle depuis une semaine.
''',
'es': r'''
cap|sentence start, school|[[Colegio Santa Teresa de Jesús]] abre la matrícula el lunes.
cap|possessive of a character|El disfraz de [[Mortadelo]] fue el más votado en la fiesta.
cap|theorem in lecture|Hoy toca el [[teorema de Pitágoras]] en clase de mi hijo.
''',
'it': r'''
cap|sentence start, stadium|[[Stadio Giuseppe Meazza]]: ingresso dal cancello 14.
cap|disease eponym|Mia nonna ha l'[[Alzheimer]] da qualche anno.
cap|dish|Abbiamo ordinato i [[fettuccine Alfredo]] per curiosità.
''',
'pt': r'''
cap|sentence start|[[Avenida da Liberdade]] fica cortada ao trânsito no domingo.
cap|statue|Tirámos fotos junto à estátua de [[Fernando Pessoa]] no Chiado.
cap|prize|O [[Prémio Camões]] deste ano foi para um poeta angolano.
''',
'pt-BR': r'''
cap|bridge|A [[Ponte Rio-Niterói]] está com trânsito lento.
cap|character|Meu filho quer fantasia do [[Saci-Pererê]] para a festa.
cap|list|Roteiro do sábado:\n1. [[Museu Oscar Niemeyer]]\n2. Jardim Botânico
''',
'es-MX': r'''
cap|airport|El vuelo sale del [[Aeropuerto Internacional Felipe Ángeles]].
cap|song|En la fiesta pusieron "[[La Bamba]]" tres veces.
cap|library|La [[Biblioteca Vasconcelos]] abre hasta las siete.
''',
'nl': r'''
cap|sentence start|[[Anne Frank Huis]] tickets zijn alleen online te koop.
cap|company named after founder|[[Bakkerij De Vries]] heeft nu ook glutenvrij brood.
cap|disease eponym|Mijn buurman heeft de ziekte van [[Lyme]] na een tekenbeet.
''',
'da': r'''
cap|statue|Vi så [[Den Lille Havfrue]] — meget mindre end forventet.
cap|sentence start|[[Tivoli]] åbner for julesæsonen i næste uge.
cap|beer brand|En kold [[Carlsberg]] efter turen smagte godt.
''',
'sv': r'''
cap|square|Vi möts vid [[Gustav Adolfs torg]] klockan sex.
cap|dish|Till efterrätt blev det [[Gustavus Adolphus-bakelse]].
cap|school|[[Anna Whitlocks gymnasium]] har öppet hus på lördag.
''',
'fi': r'''
cap|statue|Otimme kuvan [[Havis Amandan]] patsaan vieressä.
cap|sentence start|[[Aleksanterinkatu]] on suljettu joulukadun avajaisten vuoksi.
cap|novel title|Luen "[[Tuntematon sotilas]]" uudestaan.
''',
'et': r'''
cap|park|Jalutasime [[Kadrioru pargis]] pühapäeval.
cap|statue|Pildistasime [[Kalevipoja]] kuju juures.
cap|street|[[Tartu maantee]] on remondi tõttu suletud.
''',
'lv': r'''
cap|park|Pastaigājām [[Viestura dārzā]] svētdien.
cap|street|[[Tērbatas iela]] ir slēgta remontdarbu dēļ.
''',
'lt': r'''
cap|bridge|[[Karaliaus Mindaugo tiltas]] šiandien uždarytas.
cap|museum|Aplankėme [[Mykolo Žilinsko dailės galeriją]] Kaune.
''',
'pl': r'''
cap|sentence start|[[Plac Zbawiciela]] jest dziś zamknięty dla ruchu.
cap|foundation|[[Fundacja Anny Dymnej]] zbiera na nowy ośrodek.
cap|dish|Na deser była [[szarlotka babci Zosi]] z kawiarni obok.
''',
'cs': r'''
cap|sentence start|[[Václavské náměstí]] bude v sobotu uzavřené.
cap|character|Děti milují pohádky o [[Krtkovi]].
''',
'sk': r'''
cap|statue|Fotili sme sa pri soche [[Čumila]] na Panskej.
cap|theatre|Lístky do [[Divadla Andreja Bagara]] sú vypredané.
''',
'sl': r'''
cap|bridge|[[Zmajski most]] je danes zaprt za promet.
cap|prize|[[Prešernova nagrada]] bo podeljena v februarju.
''',
'hr': r'''
cap|street|[[Ulica Nikole Tesle]] zatvorena je zbog radova.
cap|museum|[[Muzej Mimara]] ne radi ponedjeljkom.
''',
'hu': r'''
cap|bath|A [[Széchenyi fürdő]] ma este nyolcig tart nyitva.
cap|square|Találkozzunk a [[Kossuth Lajos téren]] hatkor.
''',
'ro': r'''
cap|park|Ne plimbăm prin [[Parcul Herăstrău]] duminică.
cap|church|Slujba de la [[Biserica Stavropoleos]] începe la zece.
''',
'bg': r'''
cap|monument|Снимахме се пред [[паметника на Цар Освободител]].
cap|park|Разходихме се в [[Борисовата градина]].
''',
'el': r'''
cap|square|Συναντιόμαστε στην [[πλατεία Συντάγματος]] στις έξι.
cap|street|Η [[λεωφόρος Βασιλίσσης Σοφίας]] είναι κλειστή σήμερα.
''',
'mt': r'''
cap|gate|Niltaqgħu quddiem [[Bieb il-Belt]] fit-tlieta.
cap|street|[[Triq ir-Repubblika]] hija magħluqa għat-traffiku.
''',
'ga': r'''
cap|park|Shiúlamar trí [[Pháirc an Fhionnuisce]] Dé Domhnaigh.
cap|statue|Ghlacamar grianghraf ag dealbh [[Molly Malone]].
''',
'ru': r'''
cap|sentence start|[[Невский проспект]] перекрыт в субботу из-за парада.
cap|museum|В [[Третьяковской галерее]] новая выставка Шишкина.
''',
'uk': r'''
cap|park|Гуляли в [[парку імені Тараса Шевченка]] в неділю.
cap|bridge|[[Міст Патона]] сьогодні частково перекритий.
''',
'tr': r'''
cap|square|[[Taksim Meydanı]] bugün trafiğe kapalı.
cap|museum|[[Pera Müzesi]] pazartesi günleri kapalı.
''',
'ar': r'''
nam|square|نلتقي في [[ميدان طلعت حرب]] الساعة السادسة.
nam|university|المحاضرة في [[جامعة الملك سعود]] غداً.
''',
'hi': r'''
nam|square|[[कनॉट प्लेस]] में आज बहुत भीड़ है।
nam|museum|[[छत्रपति शिवाजी महाराज वस्तु संग्रहालय]] सोमवार को बंद रहता है।
''',
'zh': r'''
nam|statue|我们在[[孔子像]]前拍了合影。
nam|park|周末去[[中山公园]]散步。
''',
'ja': r'''
nam|statue|[[西郷隆盛像]]の前で待ち合わせしましょう。
nam|theatre|[[宝塚大劇場]]のチケットが取れました。
''',
'ko': r'''
nam|park|주말에 [[도산공원]]에서 산책했어요.
nam|museum|[[백남준아트센터]]는 월요일 휴관입니다.
''',
'he': r'''
nam|square|נפגשים ב[[כיכר רבין]] בשמונה.
nam|museum|[[מוזיאון רוקפלר]] סגור ביום שני.
''',
'fa': r'''
nam|square|در [[میدان آزادی]] ترافیک سنگین است.
nam|museum|[[موزه رضا عباسی]] دوشنبه‌ها تعطیل است.
''',
'vi': r'''
cap|bridge|[[Cầu Long Biên]] đang sửa chữa.
cap|park|Chúng tôi đi dạo ở [[công viên Lê Văn Tám]].
''',
'th': r'''
nam|park|วันอาทิตย์ไปเดินเล่นที่[[สวนลุมพินี]]
nam|university|สัมมนาจัดที่[[จุฬาลงกรณ์มหาวิทยาลัย]]
''',
'id': r'''
cap|street|[[Jalan Thamrin]] ditutup untuk car free day.
cap|museum|[[Museum Affandi]] tutup hari Senin.
''',
}
