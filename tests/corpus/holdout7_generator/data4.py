DATA = [
('he', """
email|email|המייל שלי: [[yael.shapira@example.co.il]]
phone|Israeli mobile national|תתקשרו אליי ל-[[{PHONE}]] אחרי חמש.
phone|Israeli mobile intl|טלפון: [[{PHONEI}]]
iban|Israeli IBAN|החזר כספי לחשבון [[{IBAN}]]
name|name after 'שמי'|שלום, שמי [[אורי בן-דוד]] ויש לי בעיה עם ההזמנה.
name-|name without cue|[[נועה אלמוג]] תאסוף את החבילה מהסניף.
address|Israeli address|כתובת: [[רחוב הרצל 45 דירה 8, חיפה 3303421]]
national_id|Teudat Zehut after cue|ת.ז. [[{NID}]]
birth_date|DOB|תאריך לידה: [[09.05.1986]]
cap|street named after person|החנות ברחוב [[אבן גבירול]] הייתה סגורה.
cap|airport named after person|נחתנו ב[[נתב"ג]] בשלוש בלילה.
cap|museum|ביקרנו ב[[יד ושם]] עם הכיתה.
cap|university|אני לומד ב[[אוניברסיטת בן-גוריון]].
cap|square named after person|נפגש ב[[כיכר רבין]] בשמונה.
lk_order_number|order|מספר הזמנה [[IL-5520931]]
lk_price|price|המחיר היה [[₪249.90]]
lk_version|version|גרסה [[8.1.0]] קורסת.
"""),
('fa', """
email|email|ایمیل من: [[sara.karimi@example.ir]]
phone|Iranian mobile national|شماره من [[{PHONE}]] است.
phone|Iranian mobile intl|تلفن: [[{PHONEI}]]
card|card|از کارت [[{CARD}]] دو بار پول کم شد.
name|name after 'اسم من'|سلام، اسم من [[مهدی رحیمی]] است و سفارشم نرسیده.
name-|name without cue|بسته را [[پریسا موسوی]] تحویل می‌گیرد.
address|Iranian address|آدرس: [[تهران، خیابان ولیعصر، کوچه نیلوفر، پلاک ۱۲، واحد ۳، کد پستی 1968913471]]
birth_date|DOB|تاریخ تولد: [[1370/05/12]]
passport|passport|شماره گذرنامه [[K47193820]]
cap|tomb of poet|به [[آرامگاه حافظ]] در شیراز رفتیم.
cap|square|در [[میدان آزادی]] همدیگر را ببینیم.
cap|epic book|بچه‌ها [[شاهنامه]] را دوست دارند.
cap|bridge|عکس‌ها را کنار [[سی‌وسه‌پل]] گرفتیم.
cap|epic hero|داستان [[رستم و سهراب]] را در کلاس خواندیم.
lk_order_number|order|شماره سفارش [[IR-774512]]
lk_price|price|قیمت [[۴۵۰٬۰۰۰ تومان]]
lk_date|date not birth|تاریخ ارسال [[1405/10/03]]
"""),
('vi', """
email|email|Email của tôi là [[nguyen.thao@example.vn]].
phone|Vietnamese mobile|Số điện thoại: [[{PHONE}]]
phone|Vietnamese mobile intl|Gọi cho tôi qua [[{PHONEI}]]
card|card|Thẻ [[{CARD}]] bị trừ tiền hai lần.
name|name after 'Tôi tên là'|Xin chào, tôi tên là [[Trần Minh Quân]], đơn hàng của tôi chưa tới.
name-|name without cue|[[Lê Thị Hồng Nhung]] sẽ nhận hàng thay tôi.
address|Vietnamese address|Địa chỉ: [[Số 18 ngõ 42 Trần Duy Hưng, Trung Hòa, Cầu Giấy, Hà Nội]]
birth_date|DOB|Ngày sinh: [[12/09/1996]]
passport|passport|Số hộ chiếu [[C4917382]]
cap|mausoleum|Chúng tôi đã đến [[Lăng Chủ tịch Hồ Chí Minh]].
cap|street named after person|Cửa hàng ở đường [[Nguyễn Huệ]] đã đóng cửa.
cap|temple|Gặp nhau ở [[Văn Miếu]] lúc 9 giờ.
cap|literary work|Con tôi đang học [[Truyện Kiều]].
cap|brand|Tôi mua [[Vinamilk]] nhưng bị hỏng.
lk_order_number|order|Mã đơn hàng [[VN2612034471]]
lk_price|price|Giá [[299.000đ]]
lk_flight_number|flight|Chuyến bay [[VN 215]] bị hoãn.
"""),
('th', """
email|email|อีเมลของฉันคือ [[somchai.k@example.co.th]]
phone|Thai mobile|เบอร์โทร [[{PHONE}]]
phone|Thai mobile intl|ติดต่อ [[{PHONEI}]]
card|card|บัตร [[{CARD}]] ถูกตัดเงินสองครั้ง
name|name after 'ชื่อ'|สวัสดีค่ะ ดิฉันชื่อ [[พิมพ์ชนก ศรีสุข]] สินค้ายังไม่มาส่งค่ะ
name-|name without cue|[[ธนากร วงศ์ใหญ่]] จะมารับของแทนนะครับ
address|Thai address|ที่อยู่: [[88/14 ซอยสุขุมวิท 31 แขวงคลองตันเหนือ เขตวัฒนา กรุงเทพฯ 10110]]
national_id|Thai ID after cue|เลขบัตรประชาชน [[{NID}]]
birth_date|DOB|วันเกิด [[3 มีนาคม 2535]]
cap|temple|ไปเที่ยว[[วัดพระแก้ว]]มาเมื่อวาน
cap|hospital named after king|แม่นอนอยู่ที่[[โรงพยาบาลจุฬาลงกรณ์]]
cap|market|เจอกันที่[[ตลาดนัดจตุจักร]]นะ
cap|bridge named after king|รถติดบน[[สะพานพระราม 8]]
cap|brand|ซื้อ[[ช้าง]]มาแต่ขวดแตก
lk_order_number|order|หมายเลขคำสั่งซื้อ [[TH-2209184]]
lk_price|price|ราคา [[฿1,290]]
lk_tracking_number|tracking|เลขพัสดุ [[TH0149283716A]]
"""),
('id', """
email|email|Email saya [[dimas.prasetyo@example.co.id]]
phone|Indonesian mobile|No HP: [[{PHONE}]]
phone|Indonesian mobile intl|WA [[{PHONEI}]] ya kak
card|card|Kartu [[{CARD}]] kepotong dua kali
name|name after 'nama saya'|Halo, nama saya [[Siti Rahmawati]], pesanan saya belum sampai.
name-|name without cue|[[Budi Santoso]] yang akan ambil paketnya.
address|Indonesian address|Alamat: [[Jl. Kemang Raya No. 27, Bangka, Mampang Prapatan, Jakarta Selatan 12730]]
national_id|NIK after cue|NIK: [[{NID}]]
birth_date|DOB|tgl lahir [[17-08-1994]]
cap|airport named after person|Mendarat di [[Bandara Soekarno-Hatta]] jam 10.
cap|street named after person|Tokonya di [[Jalan Sudirman]].
cap|monument|Ketemu di [[Monas]] ya.
cap|character|Anak saya suka [[Si Unyil]].
cap|university|Saya kuliah di [[Universitas Gadjah Mada]].
lk_order_number|order|No. pesanan [[INV/20261203/MPL/3318842]]
lk_price|price|Harga [[Rp149.000]]
lk_version|version|Versi [[3.14.0]] error terus.
"""),
('sr', """
email|email|Moj mejl je [[nikola.jovanovic@example.rs]].
phone|Serbian mobile|Telefon: [[{PHONE}]]
phone|Serbian mobile intl|Pozovite [[{PHONEI}]]
iban|Serbian IBAN|Povraćaj na [[{IBAN}]]
name|name after 'Zovem se'|Zdravo, zovem se [[Milica Stanković]] i imam pitanje.
name-|name without cue|[[Stefan Đorđević]] će preuzeti paket.
address|Serbian address|Adresa: [[Knez Mihailova 18, 11000 Beograd]]
birth_date|DOB|datum rođenja [[08.10.1992]]
passport|passport|broj pasoša [[013482917]]
cap|museum named after scientist|Bili smo u [[Muzeju Nikole Tesle]].
cap|fortress|Nađimo se na [[Kalemegdanu]].
cap|temple named after saint|Slikali smo [[Hram Svetog Save]].
cap|airport|Sletećemo na [[Aerodrom Nikola Tesla]].
cap|festival|Karte za [[Exit festival]] nisu stigle.
lk_order_number|order|Porudžbina [[RS-330921]]
lk_price|price|Cena [[2.490 RSD]]
lk_sports_score|score|Izgubili smo [[78:81]].
"""),
('ms', """
email|email|E-mel saya [[aisyah.rahman@example.com.my]]
phone|Malaysian mobile|No telefon: [[{PHONE}]]
phone|Malaysian mobile intl|Hubungi [[{PHONEI}]]
card|card|Kad [[{CARD}]] dicaj dua kali.
name|name after 'Nama saya'|Salam, nama saya [[Hafiz Zulkifli]] dan pesanan saya belum sampai.
name-|name without cue|[[Nurul Izzah Kamal]] akan ambil bungkusan.
address|Malaysian address|Alamat: [[No. 12, Jalan SS 2/24, 47300 Petaling Jaya, Selangor]]
national_id|MyKad after cue|No. MyKad: [[{NID}]]
birth_date|DOB|tarikh lahir [[05/11/1991]]
cap|towers|Jumpa di [[Menara Berkembar Petronas]].
cap|mosque named after king|Kami solat di [[Masjid Sultan Salahuddin Abdul Aziz]].
cap|street named after person|Kedai di [[Jalan Tuanku Abdul Rahman]].
cap|character|Anak saya suka [[Upin & Ipin]].
cap|airport|Mendarat di [[KLIA]] jam 6 pagi.
lk_order_number|order|No. pesanan [[MY-5583102]]
lk_price|price|Harga [[RM89.90]]
lk_date|date not birth|Penghantaran [[22/01/2027]]
"""),
('no', """
email|email|E-posten min er [[ingrid.haugen@example.no]].
phone|Norwegian mobile|Ring meg på [[{PHONE}]].
phone|Norwegian mobile intl|Tlf: [[{PHONEI}]]
iban|Norwegian IBAN|Refusjon til [[{IBAN}]]
name|name after 'Jeg heter'|Hei, jeg heter [[Sindre Bakken]] og lurer på noe om ordren.
name-|name without cue|[[Marte Solberg]] henter pakken i morgen.
address|Norwegian address|Adresse: [[Thorvald Meyers gate 52, 0552 Oslo]]
national_id|fødselsnummer after cue|Fødselsnummer: [[{NID}]]
username|username after platform|på Snapchat heter jeg [[sindre_fisker]]
cap|museum named after painter|Vi var på [[Munchmuseet]] i helgen.
cap|park named after sculptor|Møt oss i [[Vigelandsparken]].
cap|ship museum|[[Fram-museet]] var stengt.
cap|character|Barna ser på [[Kaptein Sabeltann]].
cap|brand|Jeg kjøpte [[Freia Melkesjokolade]] men den var smeltet.
lk_order_number|order|Ordrenummer [[NO-9921047]]
lk_price|price|Pris [[499,- kr]]
lk_luhn_invalid|reference failing Luhn|KID-referanse [[{BAD16}]]
"""),
('de-AT', """
email|email|Meine Mailadresse: [[florian.pichler@example.at]]
phone|Austrian mobile|Bitte um Rückruf unter [[{PHONE}]].
phone|Austrian mobile intl|Tel.: [[{PHONEI}]]
iban|Austrian IBAN|Rückzahlung auf [[{IBAN}]]
name|name after 'Liebe Grüße'|Danke!\\nLiebe Grüße\\n[[Theresa Gruber]]
name-|name without cue|[[Lukas Hinterberger]] holt das Paket am Postpartner ab.
address|Austrian address|Adresse: [[Mariahilfer Straße 88/3/12, 1070 Wien]]
national_id|SVNR after cue|SV-Nummer: [[{NID}]]
birth_date|DOB|geboren am [[12.02.1985]]
cap|palace|Wir waren im [[Schloss Schönbrunn]] und haben einen Schirm verloren.
cap|opera|Karten für die [[Wiener Staatsoper]] kamen nicht an.
cap|sweets brand named after composer|Die [[Mozartkugeln]] waren geschmolzen.
cap|festival|Tickets für die [[Salzburger Festspiele]].
cap|ferris wheel|Treffpunkt beim [[Riesenrad]].
lk_order_number|order|Bestellnummer [[AT-2026-99831]]
lk_price|price|Preis [[€ 29,90]]
lk_version|version|Version [[2.4.11]] stürzt ab.
"""),
('fr-BE', """
email|email|Mon adresse : [[quentin.dupont@example.be]]
phone|Belgian mobile|GSM : [[{PHONE}]]
phone|Belgian mobile intl|Appelez-moi au [[{PHONEI}]]
iban|Belgian IBAN|Remboursement sur [[{IBAN}]]
name|name after 'je m'appelle'|Bonjour, je m'appelle [[Manon Lambotte]] et mon colis est abîmé.
name-|name without cue|[[Arnaud Delvaux]] viendra chercher le colis.
address|Belgian address|Adresse : [[Rue de la Loi 42 bte 3, 1040 Etterbeek]]
national_id|numéro national after cue|Numéro de registre national : [[{NID}]]
birth_date|DOB|née le [[27/08/1990]]
cap|statue|On s'est retrouvés devant [[Manneken-Pis]].
cap|comic character|Mon fils adore [[Tintin]].
cap|museum named after painter|Le [[Musée Magritte]] était complet.
cap|stadium named after king|Match au [[Stade Roi Baudouin]].
cap|monument|Photos prises à l'[[Atomium]].
lk_order_number|order|Commande [[BE-5520194]]
lk_price|price|Prix [[34,50 €]]
lk_date|date not birth|Livraison prévue le [[09/01/2027]]
"""),
]
