DATA = [
('ru', """
email|email|Пишите на [[sergey.lobanov@example.ru]], отвечу вечером.
phone|Russian mobile national|Мой номер [[{PHONE}]], звоните после шести.
phone|Russian mobile intl|Телефон: [[{PHONEI}]]
card|card|С карты [[{CARD}]] списали деньги дважды.
name|name after 'Меня зовут'|Здравствуйте, меня зовут [[Анастасия Ермолаева]], у меня вопрос по заказу.
name-|name without cue|Посылку заберёт [[Глеб Корнилов]], он будет с паспортом.
address|Russian address|Адрес доставки: [[ул. Большая Садовая, д. 14, кв. 27, Москва, 123001]]
national_id|INN after cue|ИНН: [[{NID}]]
birth_date|DOB after 'дата рождения'|дата рождения [[04.02.1988]]
cap|theatre named after person|Были во [[МХТ имени Чехова]], спектакль перенесли.
cap|museum named after person|Экскурсия в [[Третьяковскую галерею]] не состоялась.
cap|metro station named after person|Выходите на станции [[Пушкинская]] и идите к памятнику.
cap|literary character|Сын читает «Мастера и Маргариту», в восторге от [[Воланда]].
cap|brand|Купил [[Алёнку]] в магазине, шоколад был белый от старости.
lk_order_number|order|Заказ № [[RU-55310942]] до сих пор не пришёл.
lk_tracking_number|tracking|Трек-номер: [[RA648213905RU]]
lk_timestamp|timestamp in log|[[2026-11-30T21:14:07Z]] ERROR payment gateway timeout
"""),
('uk', """
email|email|Моя пошта: [[oksana.hrytsenko@example.com.ua]]
phone|Ukrainian mobile|Телефонуйте на [[{PHONE}]].
phone|Ukrainian mobile intl|тел [[{PHONEI}]]
iban|Ukrainian IBAN|Поверніть кошти на [[{IBAN}]], будь ласка.
name|name after 'Мене звати'|Добрий день, мене звати [[Тарас Мельничук]], пишу щодо замовлення.
name-|name without cue|Посилку отримає [[Соломія Бондар]] у відділенні.
address|Ukrainian address|Адреса: [[вул. Хрещатик, 22, кв. 9, Київ, 01001]]
national_id|RNOKPP after cue|РНОКПП: [[{NID}]]
birth_date|DOB|дата народження: [[19.06.1994]]
cap|university named after poet|Я навчаюся в [[Київському університеті імені Шевченка]].
cap|opera house|Квитки в [[Львівську оперу]] не прийшли на пошту.
cap|square|Зустрінемося на [[Майдані Незалежності]].
cap|character|Діти дивилися мультфільм про [[Котигорошка]].
cap|brand|Замовив [[Roshen]] цукерки, коробка зім'ята.
lk_order_number|order|Замовлення [[UA-20931177]]
lk_price|price|Ціна [[1 299 грн]]
lk_tracking_number|Nova Poshta TTN|ТТН [[20450918273645]]
"""),
('tr', """
email|email|E-posta adresim [[burak.aydin@example.com.tr]].
phone|Turkish mobile national|Beni [[{PHONE}]] numarasından arayın.
phone|Turkish mobile intl|Tel: [[{PHONEI}]]
iban|Turkish IBAN|İade için IBAN: [[{IBAN}]]
name|name after 'Benim adım'|Merhaba, benim adım [[Zeynep Karaca]], siparişim hakkında yazıyorum.
name-|name without cue|Paketi [[Emre Yıldırım]] teslim alacak.
address|Turkish address|Adres: [[Bağdat Cad. No: 214 D: 7, 34728 Kadıköy/İstanbul]]
national_id|TC kimlik after cue|TC Kimlik No: [[{NID}]]
birth_date|DOB|Doğum tarihi: [[25.12.1991]]
cap|airport named after person|[[Sabiha Gökçen]] havalimanından kalkıyoruz.
cap|bridge|[[Yavuz Sultan Selim Köprüsü]] trafiği yüzünden geciktim.
cap|mausoleum|Okul gezisinde [[Anıtkabir]]'i ziyaret ettik.
cap|character|Çocuklar [[Nasreddin Hoca]] fıkralarına bayılıyor.
cap|brand|Aldığım [[Arçelik]] buzdolabı soğutmuyor.
lk_order_number|order|Sipariş no: [[TR-1187750]]
lk_price|price|Fiyat [[349,90 TL]]
lk_luhn_invalid|reference failing Luhn|Referans: [[{BAD16}]]
"""),
('ar', """
email|email|بريدي الإلكتروني: [[khalid.alharbi@example.sa]]
phone|Saudi mobile national|رقم جوالي [[{PHONE}]]
phone|Saudi mobile intl|اتصلوا على [[{PHONEI}]] بعد العصر
iban|Saudi IBAN|أرجو إعادة المبلغ إلى الآيبان [[{IBAN}]]
name|name after 'اسمي'|السلام عليكم، اسمي [[نورة القحطاني]] ولدي مشكلة في الطلب.
name-|name without cue|سيستلم الطرد [[فيصل الدوسري]] من الفرع.
address|Saudi address|العنوان: [[حي النخيل، شارع الأمير سلطان 4821، الرياض 12382]]
birth_date|DOB|تاريخ الميلاد: [[1990/03/11]]
passport|passport|رقم الجواز [[X4829371]]
cap|mosque named after person|صلينا في [[مسجد الملك عبدالله]] ثم ذهبنا إلى المطعم.
cap|university named after king|ابني يدرس في [[جامعة الملك سعود]].
cap|street named after person|المحل في [[طريق الملك فهد]] كان مغلقاً.
cap|literary figure|نقرأ قصائد [[المتنبي]] في الصف.
cap|stadium|المباراة في [[استاد الملك فهد الدولي]] يوم الجمعة.
lk_order_number|order|رقم الطلب [[SA-7713209]]
lk_price|price|السعر [[249 ر.س]]
lk_flight_number|flight|رحلة [[SV 1023]] تأخرت.
"""),
('hi', """
email|email|मेरा ईमेल [[rohit.sharma.dev@example.in]] है।
phone|Indian mobile national|मेरा नंबर [[{PHONE}]] है, शाम को कॉल करें।
phone|Indian mobile intl|फ़ोन: [[{PHONEI}]]
card|card|कार्ड [[{CARD}]] से दो बार पैसे कट गए।
name|name after 'मेरा नाम'|नमस्ते, मेरा नाम [[प्रियंका वर्मा]] है और मेरा ऑर्डर नहीं आया।
name-|name without cue|पार्सल [[अनिल चौहान]] लेंगे, वह गेट पर रहेंगे।
address|Indian address with PIN|पता: [[फ्लैट 204, साईं अपार्टमेंट, सेक्टर 12, द्वारका, नई दिल्ली 110075]]
national_id|Aadhaar after cue|आधार नंबर: [[{NID}]]
birth_date|DOB|जन्म तिथि: [[15/08/1993]]
cap|airport named after person|हम [[इंदिरा गांधी अंतरराष्ट्रीय हवाई अड्डा]] पर उतरे।
cap|monument|कल हम [[ताज महल]] देखने गए थे।
cap|stadium named after person|मैच [[नरेंद्र मोदी स्टेडियम]] में है।
cap|epic character|बच्चों को [[हनुमान]] की कहानियाँ बहुत पसंद हैं।
cap|festival|[[दिवाली]] सेल में ऑर्डर किया था।
lk_order_number|order|ऑर्डर नंबर [[OD4418273650912]]
lk_price|price|कीमत [[₹1,499]]
lk_sku|SKU|SKU [[KRT-BLU-XL-22]] स्टॉक में नहीं है।
"""),
('zh', """
email|email|我的邮箱是[[wang.lihua@example.cn]]，请发到这里。
phone|Chinese mobile|手机号：[[{PHONE}]]
phone|Chinese mobile intl|联系电话 [[{PHONEI}]]
card|card|银行卡[[{CARD}]]被重复扣款了。
name|name after '我叫'|你好，我叫[[陈思远]]，想咨询一下退货。
name-|name without cue|[[刘晓敏]]明天下午来取快递。
address|Chinese address|收货地址：[[上海市徐汇区漕溪北路398号3号楼1204室 200030]]
national_id|resident ID after cue|身份证号：[[{NID}]]
birth_date|DOB|出生日期：[[1989年7月3日]]
cap|memorial hall|我们参观了[[鲁迅纪念馆]]，很值得。
cap|park named after person|在[[中山公园]]门口见。
cap|novel character|孩子最喜欢[[孙悟空]]。
cap|university|我在[[清华大学]]读研究生。
cap|brand|买的[[李宁]]运动鞋开胶了。
lk_order_number|order|订单号[[2026112918374621]]没有物流信息。
lk_price|price|价格[[¥399]]
lk_flight_number|flight|航班[[MU5137]]延误了。
"""),
('ja', """
email|email|メールは[[haruka.sato@example.jp]]までお願いします。
phone|Japanese mobile|電話番号：[[{PHONE}]]
phone|Japanese mobile intl|連絡先 [[{PHONEI}]]
card|card|カード[[{CARD}]]で二重に請求されました。
name|name after 'と申します'|お世話になっております。[[中村健太]]と申します。
name-|name without cue|荷物は[[小林美咲]]が受け取ります。
address|Japanese address|住所：[[〒150-0043 東京都渋谷区道玄坂2-14-7 ハイツ渋谷305]]
national_id|My Number after cue|マイナンバー：[[{NID}]]
birth_date|DOB|生年月日：[[1992年11月8日]]
cap|shrine|[[明治神宮]]で待ち合わせしましょう。
cap|character|子どもが[[ドラえもん]]のグッズを欲しがっています。
cap|museum named after person|[[手塚治虫記念館]]に行ってきました。
cap|station|[[渋谷駅]]のハチ公口で会いましょう。
cap|brand|[[ユニクロ]]で買ったコートのボタンが取れた。
lk_order_number|order|注文番号[[JP-20261130-0042]]
lk_price|price|価格は[[3,980円]]でした。
lk_version|version|アプリのバージョン[[5.2.1]]で落ちます。
"""),
('ko', """
email|email|이메일: [[minji.park@example.kr]]
phone|Korean mobile|연락처 [[{PHONE}]]로 문자 주세요.
phone|Korean mobile intl|전화번호 [[{PHONEI}]]
card|card|카드 [[{CARD}]]에서 두 번 결제됐어요.
name|name after '제 이름은'|안녕하세요, 제 이름은 [[정하늘]]입니다.
name-|name without cue|택배는 [[김도윤]] 씨가 대신 받을 거예요.
address|Korean address|주소: [[서울특별시 마포구 월드컵북로 112, 302호 (03925)]]
national_id|RRN after cue|주민등록번호: [[{NID}]]
birth_date|DOB|생년월일 [[1995.04.22]]
cap|palace|[[경복궁]] 앞에서 만나요.
cap|statue of king|[[세종대왕]] 동상 앞에서 사진 찍었어요.
cap|drama title|[[대장금]] 다시 보기 어디서 볼 수 있나요?
cap|university|[[연세대학교]] 근처 매장이에요.
cap|brand|[[삼성]] 냉장고가 고장났어요.
lk_order_number|order|주문번호 [[KR20261203551]]
lk_price|price|가격 [[29,900원]]
lk_tracking_number|tracking|운송장 번호 [[6891 2047 3315]]
"""),
('pt-BR', """
email|email|Meu e-mail é [[lucas.pimentel@example.com.br]].
phone|Brazilian mobile national|Meu celular: [[{PHONE}]]
phone|Brazilian mobile intl|Whats: [[{PHONEI}]]
card|card|Fui cobrado duas vezes no cartão [[{CARD}]].
name|name after 'meu nome é'|Oi, meu nome é [[Thaís Bittencourt]] e meu pedido não chegou.
name-|name without cue|[[Gustavo Nogueira]] vai receber a encomenda na portaria.
address|Brazilian address with CEP|Endereço: [[Rua Augusta, 1508, apto 32, Consolação, São Paulo - SP, 01304-001]]
national_id|CPF after cue|CPF: [[{NID}]]
birth_date|DOB|data de nascimento [[21/03/1997]]
cap|stadium|Vamos ao [[Maracanã]] no domingo.
cap|airport named after person|Pousamos no [[Aeroporto Tom Jobim]] às 23h.
cap|character|Meu filho ama a [[Turma da Mônica]].
cap|museum|Visitamos o [[Museu Oscar Niemeyer]] em Curitiba.
cap|avenue named after person|A loja fica na [[Avenida Getúlio Vargas]].
lk_order_number|order|Pedido nº [[BR-20931844]]
lk_price|price|Preço: [[R$ 189,90]]
lk_tracking_number|tracking|Código de rastreio [[QB482910375BR]]
"""),
('es-MX', """
email|email|Mi correo: [[alejandra.ibarra@example.com.mx]]
phone|Mexican mobile|Mi cel es [[{PHONE}]]
phone|Mexican mobile intl|Tel: [[{PHONEI}]]
card|card|Me cobraron doble en la tarjeta [[{CARD}]].
name|name after 'me llamo'|Buenas tardes, me llamo [[Emiliano Villaseñor]] y no me llegó mi pedido.
name-|name without cue|[[Guadalupe Treviño]] va a recibir el paquete.
address|Mexican address|Dirección: [[Av. Insurgentes Sur 1602, Col. Crédito Constructor, Benito Juárez, 03940 CDMX]]
national_id|CURP after cue|CURP: [[{NID}]]
birth_date|DOB|fecha de nacimiento: [[14/06/1989]]
cap|museum named after painter|Fuimos al [[Museo Frida Kahlo]] en Coyoacán.
cap|street named after president|La tienda está en [[Paseo de la Reforma]].
cap|airport named after person|Aterrizamos en el [[Aeropuerto Benito Juárez]].
cap|holiday|Pedí el regalo para el [[Día de Muertos]].
cap|character|Mi hijo quiere un muñeco de [[El Chavo del Ocho]].
lk_order_number|order|Pedido [[MX-4471920]]
lk_price|price|Precio [[$1,299.00 MXN]]
lk_date|date not birth|Entrega programada el [[18/01/2027]].
"""),
]
