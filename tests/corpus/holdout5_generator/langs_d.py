# -*- coding: utf-8 -*-
# Second pass of hand-written cases, merged into each language by make_holdout5.py: more extended cases
# (passports, handles, names in records, dates of birth in other shapes) and more kinds of look-alikes.
EXTRA = {
 'en': [
    ('c:name', 'name in a From: header pasted into a ticket', "From: [[Rosalind Kettering]] <orders-reply@example.com>\nSent: 2 November 2026 18:03\nSubject: wrong colour"),
    ('x:birth_date', 'DOB in digits in a form dump', "name_ok=1&dob=[[1990-11-02]]&newsletter=0"),
    ('l:lookalike_uuid', 'look-alike: session id', "Error ref [[{UUID}]] - page went blank after checkout."),
    ('l:lookalike_capitalized_phrase', 'look-alike: book title with a person in it', "Is [[Harry Potter and the Goblet of Fire]] back in stock in hardback?"),
    ('l:lookalike_flight_number', 'look-alike: flight number', "Parcel was supposed to go on [[BA 2490]] but it's still in Heathrow."),
 ],
 'de': [
    ('c:name', 'Name nach "Sehr geehrter Herr"', "Sehr geehrter Herr [[Wolfgang Pietzsch]],\nanbei die gewünschte Gutschrift."),
    ('x:name', 'Name ohne Hinweis in CSV-Export', "2026-11-02;[[Ingrid Haberkorn]];Kassel;Retoure;erstattet"),
    ('l:lookalike_capitalized_phrase', 'look-alike: Veranstaltungsort mit Personennamen', "Liefert ihr auch in die [[Max-Schmeling-Halle]] zur Messe?"),
    ('l:lookalike_model_number', 'look-alike: Modellnummer', "Passt der Filter zum Modell [[WTX 87KH1BY]]?"),
 ],
 'fr': [
    ('x:name', 'nom sans indice dans un export CSV', "commande;client;ville\n88412;[[Mathilde Garnier]];Rennes"),
    ('l:lookalike_timestamp', 'look-alike: horodatage', "Erreur survenue le [[2026-11-28 23:41:09]] au moment du paiement."),
    ('l:lookalike_isbn', 'look-alike: ISBN', "Le livre ISBN [[{ISBN}]] est indiqué indisponible."),
 ],
 'es': [
    ('x:username', 'usuario en contexto', "En Instagram soy [[@churrera_de_lavapies]], os escribí por ahí también."),
    ('l:lookalike_coordinates', 'look-alike: coordenadas de la tienda', "La tienda está en [[40.4168, -3.7038]], ¿es la de Sol?"),
 ],
 'it': [
    ('x:passport', 'passaporto dopo indizio', "Numero passaporto: [[{PASS}]] (per la prenotazione del volo)"),
    ('l:lookalike_luhn_invalid', 'look-alike: riferimento di 16 cifre che non supera Luhn', "Il codice di pratica è [[{LUHNBAD}]], lo cito nel bonifico."),
 ],
 'pt': [
    ('x:username', 'utilizador', "O meu utilizador é [[sardinha_assada]], não consigo entrar."),
    ('l:lookalike_capitalized_phrase', 'look-alike: estádio com nome de pessoa', "Entregam no [[Estádio José Alvalade]]?"),
    ('l:lookalike_version', 'look-alike: versão', "A app [[3.0.7]] fecha sozinha no pagamento."),
 ],
 'nl': [
    ('x:passport', 'paspoortnummer', "Paspoortnummer [[{PASS}]] voor de huurauto."),
    ('l:lookalike_capitalized_phrase', 'look-alike: straat naar persoon, geen adres', "Is de winkel aan de [[Pieter Cornelisz. Hooftstraat]] open op zondag?"),
    ('l:lookalike_price', 'look-alike: prijs', "Ik heb [[€ 129,95]] betaald maar de actieprijs was € 99,95."),
 ],
 'pl': [
    ('x:username', 'login w kontekście', "Mój login to [[kasztan_z_poznania]] i nie mogę się zalogować."),
    ('l:lookalike_price', 'look-alike: cena', "Pobrano [[249,99 zł]] zamiast 199,99 zł."),
 ],
 'bg': [
    ('x:passport', 'номер на паспорт', "Номер на паспорт: [[{PASS}]]"),
    ('l:lookalike_capitalized_phrase', 'look-alike: заглавие на книга', "Получих „[[Под игото]]“ с липсващи страници."),
    ('l:lookalike_order_number', 'look-alike: номер на поръчка', "Поръчка [[BG-4418207]] не е пристигнала."),
 ],
 'cs': [
    ('x:passport', 'číslo pasu', "Číslo pasu: [[{PASS}]]"),
    ('l:lookalike_price', 'look-alike: cena', "Strhli mi [[1 299 Kč]] místo 999 Kč."),
 ],
 'da': [
    ('x:username', 'brugernavn', "Mit brugernavn er [[snegl_paa_cykel]], og jeg kan ikke logge ind."),
    ('l:lookalike_price', 'look-alike: pris', "Jeg blev trukket [[349,95 kr.]] i stedet for 299,95 kr."),
    ('l:lookalike_uuid', 'look-alike: fejl-id', "Fejl-ID: [[{UUID}]]"),
 ],
 'el': [
    ('x:passport', 'αριθμός διαβατηρίου', "Αριθμός διαβατηρίου: [[{PASS}]]"),
    ('l:lookalike_capitalized_phrase', 'look-alike: αεροδρόμιο με όνομα προσώπου', "Παραδίδετε στο αεροδρόμιο [[Ελευθέριος Βενιζέλος]];"),
    ('l:lookalike_price', 'look-alike: τιμή', "Χρεώθηκα [[59,90 €]] αντί για 49,90 €."),
 ],
 'et': [
    ('x:username', 'kasutajanimi', "Minu kasutajanimi on [[kilu_karu]], parool ei tööta."),
    ('l:lookalike_price', 'look-alike: hind', "Kaardilt võeti [[79,99 €]], aga hind oli 69,99 €."),
 ],
 'fi': [
    ('x:passport', 'passin numero', "Passin numero: [[{PASS}]]"),
    ('l:lookalike_price', 'look-alike: hinta', "Veloitettiin [[89,90 €]] vaikka hinta oli 79,90 €."),
 ],
 'ga': [
    ('x:username', 'ainm úsáideora', "Is é [[bradan_feasa]] m'ainm úsáideora, ach ní féidir liom logáil isteach."),
    ('l:lookalike_order_number', 'look-alike: uimhir ordaithe', "Ordú [[IE-3390415]] fós gan seoladh."),
 ],
 'hr': [
    ('x:passport', 'broj putovnice', "Broj putovnice: [[{PASS}]]"),
    ('l:lookalike_price', 'look-alike: cijena', "Naplaćeno [[64,99 €]] umjesto 54,99 €."),
 ],
 'hu': [
    ('x:passport', 'útlevélszám', "Útlevélszám: [[{PASS}]]"),
    ('l:lookalike_capitalized_phrase', 'look-alike: tér személynévvel, nem cím', "Van csomagautomata a [[Széchenyi tér]] környékén?"),
    ('l:lookalike_order_number', 'look-alike: rendelésszám', "A [[HU-20261207-0441]] rendelés hiányos."),
 ],
 'lt': [
    ('x:passport', 'paso numeris', "Paso numeris: [[{PASS}]]"),
    ('l:lookalike_price', 'look-alike: kaina', "Nuskaičiavo [[49,99 €]] vietoj 39,99 €."),
 ],
 'lv': [
    ('x:username', 'lietotājvārds', "Mans lietotājvārds ir [[rupjmaize77]], nevaru ielogoties."),
    ('l:lookalike_price', 'look-alike: cena', "Noņēma [[39,90 €]] nevis 29,90 €."),
    ('l:lookalike_capitalized_phrase', 'look-alike: iela ar personas vārdu, nav adrese', "Vai veikals [[Krišjāņa Barona ielā]] strādā svētdienās?"),
 ],
 'mt': [
    ('x:passport', 'numru tal-passaport', "Numru tal-passaport: [[{PASS}]]"),
    ('l:lookalike_price', 'look-alike: prezz', "Ħallast [[€34.99]] iżda l-prezz kien €29.99."),
 ],
 'ro': [
    ('x:passport', 'număr pașaport', "Număr pașaport: [[{PASS}]]"),
    ('l:lookalike_price', 'look-alike: preț', "Mi s-au luat [[249,99 lei]] în loc de 199,99 lei."),
 ],
 'sk': [
    ('x:username', 'používateľské meno', "Moje používateľské meno je [[bryndzove_halusky]], neviem sa prihlásiť."),
    ('l:lookalike_price', 'look-alike: cena', "Strhli mi [[59,90 €]] namiesto 49,90 €."),
    ('l:lookalike_capitalized_phrase', 'look-alike: námestie s menom osoby, nie adresa', "Je predajňa na [[Hviezdoslavovom námestí]] otvorená v nedeľu?"),
 ],
 'sl': [
    ('x:passport', 'številka potnega lista', "Številka potnega lista: [[{PASS}]]"),
    ('l:lookalike_price', 'look-alike: cena', "Zaračunali so mi [[44,90 €]] namesto 34,90 €."),
 ],
 'sv': [
    ('x:passport', 'passnummer', "Passnummer: [[{PASS}]]"),
    ('l:lookalike_price', 'look-alike: pris', "Jag drogs [[1 295 kr]] fast priset var 995 kr."),
 ],
 'ru': [
    ('l:lookalike_hash', 'look-alike: хеш коммита', "После коммита [[{HASH7}]] сломалась оплата."),
    ('x:passport', 'серия и номер паспорта РФ', "Паспорт: серия и номер [[45 18 604122]]"),
 ],
 'uk': [
    ('x:username', 'нікнейм у контексті', "Мій нік на форумі [[kozak_z_poltavy]], акаунт заблокували."),
    ('l:lookalike_price', 'look-alike: ціна', "Списали [[1 299 грн]] замість 999 грн."),
 ],
 'tr': [
    ('x:username', 'kullanıcı adı', "Kullanıcı adım [[simitci_kedi]], şifre sıfırlama çalışmıyor."),
    ('l:lookalike_price', 'look-alike: fiyat', "Kartımdan [[1.249,90 TL]] çekildi, fiyat 999,90 TL idi."),
    ('l:lookalike_capitalized_phrase', 'look-alike: kişi adı taşıyan köprü', "[[Yavuz Sultan Selim]] Köprüsü trafiğinden dolayı geç kalacak mı?"),
 ],
 'ar': [
    ('x:username', 'اسم المستخدم', "اسم المستخدم حقي [[abu_saud_99]] وما أقدر أسجل دخول."),
    ('l:lookalike_order_number', 'look-alike: رقم الطلب', "رقم الطلب [[SA-7781045]] وصل ناقص."),
 ],
 'hi': [
    ('x:username', 'यूज़रनेम', "मेरा यूज़रनेम [[chai_aur_code]] है, लॉगिन नहीं हो रहा।"),
    ('l:lookalike_order_number', 'look-alike: ऑर्डर नंबर', "ऑर्डर नंबर [[OD228871045512]] अभी तक नहीं आया।"),
 ],
 'zh': [
    ('x:passport', '护照号码', "护照号码：[[{PASS}]]"),
    ('l:lookalike_price', 'look-alike: 价格', "扣了我[[¥1,299]]，页面上写的是999元。"),
 ],
 'ja': [
    ('x:passport', '旅券番号', "旅券番号：[[{PASS}]]"),
    ('l:lookalike_capitalized_phrase', 'look-alike: 人名を含む書名', "『[[坊っちゃん]]』の文庫版を注文したのに単行本が届きました。"),
    ('l:lookalike_order_number', 'look-alike: 注文番号', "注文番号 [[250-3381904-1172]] の件です。"),
 ],
 'ko': [
    ('x:username', '아이디', "제 아이디는 [[tteokbokki_lover]]인데 로그인이 안 돼요."),
    ('l:lookalike_price', 'look-alike: 가격', "[[39,900원]]이 두 번 결제됐다고 뜨는데 확인 부탁드려요."),
 ],
 'pt-BR': [
    ('x:username', 'usuário em contexto', "No app meu usuário é [[pao_de_queijo_bh]], não consigo logar."),
    ('l:lookalike_price', 'look-alike: preço', "Cobraram [[R$ 189,90]] e o preço era R$ 149,90."),
    ('l:lookalike_capitalized_phrase', 'look-alike: estádio com nome de pessoa', "Entregam perto do [[Estádio Mário Filho]]?"),
 ],
 'es-MX': [
    ('c:name', 'nombre tras "A nombre de:" en nota de pedido', "A nombre de: [[Citlali Hernández Cruz]]\nEntregar en caseta de vigilancia."),
    ('x:username', 'usuario en contexto', "Mi usuario es [[tacos_al_pastor_mty]] y no me deja entrar."),
    ('l:lookalike_order_number', 'look-alike: número de pedido', "Pedido [[MX-55902178]] llegó incompleto."),
 ],
 'he': [
    ('x:passport', 'מספר דרכון', "מספר דרכון: [[{PASS}]]"),
    ('l:lookalike_order_number', 'look-alike: מספר הזמנה', "הזמנה מספר [[IL-480213]] הגיעה חסרה."),
 ],
 'th': [
    ('x:passport', 'เลขหนังสือเดินทาง', "เลขหนังสือเดินทาง [[{PASS}]]"),
    ('l:lookalike_price', 'look-alike: ราคา', "โดนตัดเงิน [[1,290 บาท]] แต่ราคาที่หน้าเว็บ 990 บาท"),
 ],
 'fa': [
    ('x:passport', 'شماره گذرنامه', "شماره گذرنامه: [[{PASS}]]"),
    ('l:lookalike_order_number', 'look-alike: شماره سفارش', "سفارش شماره [[DK-4471209]] ناقص رسید."),
 ],
 'sr': [
    ('x:passport', 'број пасоша', "Број пасоша: [[{PASS}]]"),
    ('l:lookalike_price', 'look-alike: цена', "Наплаћено ми је [[4.990 дин.]] уместо 3.990 дин."),
 ],
 'vi': [
    ('x:passport', 'số hộ chiếu', "Số hộ chiếu: [[{PASS}]]"),
    ('l:lookalike_price', 'look-alike: giá', "Bị trừ [[459.000đ]] trong khi giá là 359.000đ."),
 ],
 'id': [
    ('x:passport', 'nomor paspor', "Nomor paspor: [[{PASS}]]"),
    ('l:lookalike_order_number', 'look-alike: nomor pesanan', "Pesanan [[INV/20261203/MPL/3314998]] belum dikirim."),
 ],
}
