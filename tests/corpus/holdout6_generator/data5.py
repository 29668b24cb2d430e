import string
from lib import ph, iban, card, bad_luhn, nid, ip4, ip6
U = string.ascii_uppercase
DATA = []

DATA.append(('he', [
 ('email', "אפשר לשלוח את החשבונית ל-[[noa.levi@example.co.il]]", "אימייל אחרי מקף"),
 ('phone', f"הטלפון שלי [[{ph('IL')}]]", "נייד ישראלי"),
 ('phone', f"תתקשרו ל-[[{ph('IL', True)}]] אחרי 17:00", "מספר עם +972"),
 ('iban', f"החזר לחשבון [[{iban('IL')}]]", "IBAN ישראלי"),
 ('name', "קוראים לי [[איתי ברקוביץ]] ויש לי שאלה על ההזמנה.", "שם אחרי 'קוראים לי'"),
 ('name', "בברכה,\n[[מיכל אבוטבול]]", "חתימה"),
 ('name_nc', "את החבילה לקח [[אורי שפירא]] מהקומה השנייה", "שם בלי רמז"),
 ('address', "כתובת: [[רחוב דיזנגוף 145, דירה 9, תל אביב-יפו 6346104]]", "כתובת עם מיקוד"),
 ('national_id', f"תעודת זהות: [[{nid('il.idnr', 'DDDDDDDD?')}]]", "מספר תעודת זהות"),
 ('birth_date', "תאריך לידה: [[11.02.1992]]", "תאריך לידה"),
 ('cap', "ניפגש ב[[כיכר רבין]]", "look-alike: כיכר על שם אדם"),
 ('cap', "קראתי את [[סיפור פשוט]] של עגנון", "look-alike: שם ספר"),
 ('cap', "לחצו על [[החשבון שלי]]", "look-alike: תפריט"),
 ('cap', "נוחתים ב[[נמל התעופה בן גוריון]]", "look-alike: שדה תעופה על שם אדם"),
 ('la_order_number', "מספר הזמנה [[IL-558213]]", "look-alike: מספר הזמנה"),
 ('la_price', "המחיר [[₪349.90]]", "look-alike: מחיר"),
]))

DATA.append(('fa', [
 ('email', "لطفاً به [[sara.mohammadi@example.ir]] ایمیل بزنید", "ایمیل"),
 ('phone', f"شماره من [[{ph('IR')}]] است", "موبایل ایرانی"),
 ('phone', f"تماس: [[{ph('IR', True)}]]", "شماره با +98"),
 ('ip', f"ورود مشکوک از آی‌پی [[{ip4(False)}]] گزارش شد", "IPv4 در متن فارسی"),
 ('name', "اسم من [[علی رضایی]] است و سفارشم نرسیده.", "نام بعد از 'اسم من'"),
 ('name', "با احترام،\n[[مریم حسینی‌نژاد]]", "امضا"),
 ('name_nc', "بسته را [[رضا کاظمی]] تحویل گرفت", "نام بدون نشانه"),
 ('address', "نشانی: [[تهران، خیابان ولیعصر، کوچه نسترن، پلاک ۱۲، کد پستی ۱۵۹۴۶۴۳۱۱۸]]", "نشانی ایرانی با کد پستی"),
 ('birth_date', "تاریخ تولد: [[۱۳۶۸/۰۵/۲۱]]", "تاریخ تولد شمسی"),
 ('username', "نام کاربری‌ام [[sara_m1368]] است", "نام کاربری"),
 ('cap', "در [[میدان آزادی]] همدیگر را ببینیم", "look-alike: میدان"),
 ('cap', "[[بوف کور]] را دوباره خواندم", "look-alike: نام کتاب"),
 ('cap', "روی [[حساب کاربری من]] کلیک کنید", "look-alike: منو"),
 ('cap', "پرواز از [[فرودگاه امام خمینی]]", "look-alike: فرودگاه به نام شخص"),
 ('la_order_number', "سفارش [[IR-77120]]", "look-alike: شماره سفارش"),
 ('la_price', "قیمت [[۱٬۲۰۰٬۰۰۰ تومان]]", "look-alike: قیمت"),
]))

DATA.append(('vi', [
 ('email', "Vui lòng gửi hóa đơn tới [[nguyen.thao@example.vn]]", "email"),
 ('phone', f"Số điện thoại của tôi: [[{ph('VN')}]]", "di động Việt Nam"),
 ('phone', f"gọi [[{ph('VN', True)}]] nha", "số với +84"),
 ('card', f"Tôi thanh toán bằng thẻ [[{card('4', sep=' ')}]] nhưng bị trừ tiền hai lần", "thẻ Visa"),
 ('name', "Tôi tên là [[Trần Minh Khoa]], tôi muốn hỏi về đơn hàng.", "tên sau 'tôi tên là'"),
 ('name', "Trân trọng,\n[[Phạm Thị Hồng Nhung]]", "chữ ký"),
 ('name_nc', "hàng do [[Lê Văn Hùng]] nhận giúp", "tên không có gợi ý"),
 ('address', "Địa chỉ: [[45 Lê Thánh Tôn, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh 700000]]", "địa chỉ Việt Nam"),
 ('national_id', "Số CCCD: [[079190012845]]", "căn cước công dân 12 số", "12-digit citizen ID shape invented by hand (no checksum exists)"),
 ('birth_date', "ngày sinh: [[20/10/1990]]", "ngày sinh"),
 ('cap', "Gặp nhau ở [[đường Nguyễn Huệ]] nhé".replace('[[đường Nguyễn Huệ]]', '[[phố đi bộ Nguyễn Huệ]]'), "look-alike: đường mang tên nhân vật lịch sử"),
 ('cap', "Mình đọc [[Truyện Kiều]] hồi cấp ba", "look-alike: tên tác phẩm"),
 ('cap', "Bấm vào [[Tài khoản của tôi]]", "look-alike: menu"),
 ('cap', "Bay từ sân bay [[Tân Sơn Nhất]]", "look-alike: sân bay"),
 ('la_order_number', "Mã đơn [[VN2611-8830]]", "look-alike: mã đơn"),
 ('la_price', "Giá [[1.290.000 ₫]]", "look-alike: giá"),
]))

DATA.append(('th', [
 ('email', "ส่งอีเมลมาที่ [[somchai.k@example.co.th]] ได้เลยครับ", "อีเมล"),
 ('phone', f"เบอร์โทรของฉัน [[{ph('TH')}]]", "มือถือไทย"),
 ('phone', f"โทร [[{ph('TH', True)}]] นะคะ", "เบอร์ +66"),
 ('ip', f"ผู้ใช้ล็อกอินจาก [[{ip6()}]] เมื่อคืน", "IPv6 ในข้อความไทย"),
 ('name', "ดิฉันชื่อ [[สุภาวดี วงศ์ใหญ่]] ค่ะ สั่งของไปแล้วยังไม่ได้รับ", "ชื่อหลัง 'ดิฉันชื่อ'"),
 ('name', "ขอแสดงความนับถือ\n[[ประเสริฐ ศรีสุข]]", "ลายเซ็น"),
 ('name_nc', "[[ธนากร บุญมา]] รับพัสดุแทนแล้ว", "ชื่อต้นประโยคไม่มีคำบอก"),
 ('address', "ที่อยู่: [[99/12 ถนนสุขุมวิท ซอย 24 แขวงคลองตัน เขตคลองเตย กรุงเทพฯ 10110]]", "ที่อยู่ไทยพร้อมรหัสไปรษณีย์"),
 ('national_id', f"เลขบัตรประชาชน: [[{nid('th.pin', '11037DDDDDDD?', fmt=lambda v: '-'.join([v[0], v[1:5], v[5:10], v[10:12], v[12]]))}]]", "เลขประจำตัวประชาชน"),
 ('birth_date', "วันเกิด: [[5 มีนาคม 2535]]", "วันเกิด พ.ศ."),
 ('cap', "เจอกันที่ [[สวนลุมพินี]]", "look-alike: สวนสาธารณะ"),
 ('cap', "ดู [[พี่มาก..พระโขนง]] อีกรอบ", "look-alike: ชื่อภาพยนตร์"),
 ('cap', "กดที่ [[บัญชีของฉัน]]", "look-alike: เมนู"),
 ('cap', "ผ่าตัดที่ [[โรงพยาบาลจุฬาลงกรณ์]]", "look-alike: โรงพยาบาลชื่อบุคคล"),
 ('la_order_number', "เลขคำสั่งซื้อ [[TH2612009981]]", "look-alike: เลขคำสั่งซื้อ"),
 ('la_price', "ราคา [[฿1,590]]", "look-alike: ราคา"),
]))

DATA.append(('id', [
 ('email', "Tolong kirim ke [[dewi.lestari@example.co.id]] ya", "email"),
 ('phone', f"No HP saya [[{ph('ID', nsn_tpl='812DDDDDDDD')}]]", "ponsel Indonesia"),
 ('phone', f"WA: [[{ph('ID', True, nsn_tpl='813DDDDDDDD')}]]", "nomor +62"),
 ('card', f"Saya bayar pakai kartu [[{card('5', sep='')}]] tapi terpotong dua kali", "Mastercard"),
 ('name', "Nama saya [[Agus Setiawan]], pesanan saya belum sampai.", "nama setelah 'nama saya'"),
 ('name', "Hormat saya,\n[[Ratna Sari Dewi]]", "tanda tangan"),
 ('name_nc', "paket diterima [[Budi Santoso]] satpam depan", "nama tanpa petunjuk"),
 ('address', "Alamat: [[Jl. Kemang Raya No. 18, RT 05/RW 02, Bangka, Mampang Prapatan, Jakarta Selatan 12730]]", "alamat Indonesia"),
 ('national_id', f"NIK: [[{nid('id.nik', '3171015203890DD?')}]]", "NIK 16 digit"),
 ('birth_date', "tanggal lahir: [[12 Maret 1989]]", "tanggal lahir"),
 ('cap', "Ketemu di [[Bandara Soekarno-Hatta]]", "look-alike: bandara nama tokoh"),
 ('cap', "Baru baca [[Laskar Pelangi]]", "look-alike: judul novel"),
 ('cap', "Klik [[Akun Saya]]", "look-alike: menu"),
 ('cap', "Macet di [[Jalan Jenderal Sudirman]]", "look-alike: jalan nama tokoh"),
 ('la_order_number', "No. pesanan [[INV/20261130/MPL/449120]]", "look-alike: nomor pesanan"),
 ('la_price', "Harga [[Rp 1.250.000]]", "look-alike: harga"),
]))

DATA.append(('sr', [
 ('email', "Пишите ми на [[milos.jovanovic@example.rs]]", "имејл"),
 ('phone', f"Мој број: [[{ph('RS')}]]", "српски мобилни"),
 ('phone', f"pozovite [[{ph('RS', True)}]] posle 17h", "број са +381, латиница"),
 ('iban', f"Povraćaj na račun [[{iban('RS')}]]", "српски IBAN"),
 ('name', "Зовем се [[Јелена Марковић]] и имам рекламацију.", "име после 'зовем се'"),
 ('name', "Srdačan pozdrav,\n[[Nikola Stanković]]", "потпис латиницом"),
 ('name_nc', "пакет је преузео [[Дејан Петровић]]", "име без наговештаја"),
 ('address', "Адреса: [[Кнез Михаилова 12, 11000 Београд]]", "српска адреса"),
 ('birth_date', "рођен [[22. 6. 1987.]]", "датум рођења"),
 ('passport', "Broj pasoša: [[011482937]]", "пасош"),
 ('cap', "Видимо се код [[Споменика Кнезу Михаилу]]", "look-alike: споменик"),
 ('cap', "Čitam [[Na Drini ćuprija]]", "look-alike: naslov romana"),
 ('cap', "Kliknite na [[Moj nalog]]", "look-alike: meni"),
 ('cap', "Slećemo na [[Aerodrom Nikola Tesla]]", "look-alike: aerodrom nazvan po osobi"),
 ('la_order_number', "Porudžbina [[RS-44019]]", "look-alike: broj porudžbine"),
 ('la_price', "Cena [[4.990 RSD]]", "look-alike: cena"),
]))

DATA.append(('ca', [
 ('email', "Escriviu-me a [[jordi.puigdemunt@example.cat]], si us plau", "correu"),
 ('phone', f"El meu mòbil: [[{ph('ES')}]]", "mòbil espanyol sense prefix"),
 ('phone', f"truqueu al [[{ph('ES', True, 'fixed')}]]", "fix amb +34"),
 ('iban', f"Retorn al compte [[{iban('ES')}]]", "IBAN espanyol"),
 ('name', "Em dic [[Montserrat Vilaplana]] i us escric per una comanda.", "nom després d'em dic"),
 ('name', "Salutacions,\n[[Pau Ferrer i Soler]]", "signatura"),
 ('name_nc', "el paquet el va recollir [[Arnau Casals]]", "nom sense pista"),
 ('address', "Adreça: [[Carrer de Mallorca 401, 3r 2a, 08013 Barcelona]]", "adreça catalana"),
 ('national_id', f"DNI: [[{nid('es.dni', '4DDDDDDD?', U)}]]", "DNI"),
 ('birth_date', "data de naixement: [[3 de març de 1986]]", "data de naixement"),
 ('cap', "Quedem a la [[Plaça de Francesc Macià]]", "look-alike: plaça amb nom de persona"),
 ('cap', "He llegit [[La plaça del Diamant]]", "look-alike: títol de novel·la"),
 ('cap', "Feu clic a [[El meu compte]]", "look-alike: menú"),
 ('cap', "Hospital de [[Sant Joan de Déu]]".replace('Hospital de [[Sant Joan de Déu]]', 'Ingressat a l\'[[Hospital Sant Joan de Déu]]'), "look-alike: hospital"),
 ('la_order_number', "Comanda [[CAT-20931]]", "look-alike: número de comanda"),
 ('la_price', "Preu [[29,95 €]]", "look-alike: preu"),
]))

DATA.append(('ms', [
 ('email', "Sila hantar ke [[aiman.razak@example.com.my]]", "emel"),
 ('phone', f"Nombor telefon saya [[{ph('MY')}]]", "telefon bimbit Malaysia"),
 ('phone', f"whatsapp [[{ph('MY', True)}]]", "nombor +60"),
 ('card', f"Saya bayar guna kad [[{card('4', sep=' ')}]] tapi kena caj dua kali", "Visa"),
 ('name', "Nama saya [[Nurul Aina binti Hassan]], pesanan saya belum sampai.", "nama selepas 'nama saya'"),
 ('name', "Yang benar,\n[[Muhammad Faris bin Osman]]", "tandatangan"),
 ('name_nc', "bungkusan diambil oleh [[Siti Khadijah]] jiran sebelah", "nama tanpa petunjuk"),
 ('address', "Alamat: [[No. 23, Jalan SS 2/75, 47300 Petaling Jaya, Selangor]]", "alamat Malaysia"),
 ('national_id', f"No. KP: [[{nid('my.nric', '880312-14-DDD?', fmt=lambda v: v)}]]", "MyKad"),
 ('birth_date', "tarikh lahir: [[12 Mac 1988]]", "tarikh lahir"),
 ('cap', "Jumpa di [[Dataran Merdeka]]", "look-alike: dataran"),
 ('cap', "Saya baca [[Hikayat Hang Tuah]]", "look-alike: hikayat dengan tokoh"),
 ('cap', "Tekan [[Akaun Saya]]", "look-alike: menu"),
 ('cap', "Terbang dari [[Lapangan Terbang Sultan Abdul Aziz Shah]]", "look-alike: lapangan terbang"),
 ('la_order_number', "Pesanan [[MY-2611-0092]]", "look-alike: nombor pesanan"),
 ('la_price', "Harga [[RM 129.00]]", "look-alike: harga"),
]))

# extra mixed shapes (headers, logs, mixed language)
DATA.append(('en', [
 ('email', "From: \"Tess Albright\" <[[tess.albright@example.org]]>\nSubject: Re: invoice dispute", "email in pasted From: header"),
 ('name', "From: \"[[Tess Albright]]\" <tess.a@example.org>\nTo: billing@example.com", "name in From: header"),
 ('ip', f"2026-12-02T03:11:09Z sshd[4412]: Failed password for root from [[{ip6()}]] port 52218", "IPv6 in sshd log"),
 ('ip', f"client_ip=[[{ip4(False)}]] status=403 path=/admin", "public IPv4 in key=value log"),
 ('card', f"[[{card('37', 15)}]] is the amex, exp 11/29 - pls charge that", "Amex at start of text"),
 ('phone', f"text me!! 📱 [[{ph('GB', True)}]] 🙏", "UK mobile with emoji"),
 ('username', "Reddit user [[u/quietharbor_88]] has been posting my photos", "username after platform cue"),
 ('username', "login: [[j.okonkwo-dev]]\npassword reset requested 3x", "username in ticket field"),
 ('name', "Hey team, this is [[Rahul Mehta]] from the Pune office - need access to the VPN", "name after 'this is'"),
 ('cap', "Anyone else watch [[Harry Potter and the Goblet of Fire]] on the flight?", "look-alike: film title with a character name"),
 ('cap', "Sent from [[Outlook for iOS]]", "look-alike: mail client footer"),
 ('cap', "The [[Nobel Peace Prize]] shortlist leaked again", "look-alike: prize named after a person"),
 ('cap', "Got tickets for [[Manchester United]] vs [[Aston Villa]]".replace('[[Aston Villa]]', 'Aston Villa'), "look-alike: football club"),
 ('cap', "He has [[Parkinson's disease]] so deliveries take him a while to answer", "look-alike: disease named after a person"),
 ('cap', "Our office moved to the [[Martin Luther King Jr. Memorial Library]] building", "look-alike: library named after a person"),
 ('cap', "[[Monday Morning Deals]] ends at midnight!", "look-alike: weekday phrase/headline"),
 ('la_uuid', "request_id=[[c0a8012e-55f1-4b3a-8e2d-91f7a6b4c3d0]] failed", "look-alike: UUID in log"),
 ('la_hash', "sha256: [[e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855]]", "look-alike: hash"),
 ('la_coordinates', "drop-off pin: [[40.7484° N, 73.9857° W]]", "look-alike: coordinates"),
 ('la_isbn', "ISBN [[978-0-14-118776-1]] arrived with a torn cover", "look-alike: ISBN-13"),
 ('la_timestamp', "last seen [[2026-11-28 23:59:59 UTC]]", "look-alike: timestamp"),
]))

DATA.append(('de', [
 ('ip', f"Zugriff blockiert: IP [[{ip4()}]] (zu viele Anfragen)", "IPv4 in Fehlermeldung"),
 ('username', "Benutzername: [[sonnenblume_1984]] – Passwort vergessen", "Benutzername nach Label"),
 ('cap', "Der [[Thomas-Mann-Preis]] geht dieses Jahr nach Lübeck", "look-alike: Preis nach Person benannt"),
 ('la_luhn_invalid', f"Kundennummer [[{bad_luhn(13)}]] bitte angeben", "look-alike: 13-stellige Nummer ohne Luhn", "random digits rejected by Luhn"),
]))
DATA.append(('fr', [
 ('ip', f"Connexion depuis [[{ip6()}]] non reconnue", "IPv6 dans alerte"),
 ('username', "Pseudo : [[chatonmalin_75]]", "pseudo après étiquette"),
 ('cap', "Le [[Prix Goncourt]] a été attribué hier", "look-alike: prix nommé d'après une personne"),
]))
DATA.append(('es', [
 ('ip', f"Intento de acceso desde [[{ip4(False)}]] bloqueado", "IPv4 pública"),
 ('cap', "[[Real Madrid]] ganó anoche", "look-alike: equipo"),
]))
DATA.append(('ja', [
 ('ip', f"アクセス元IP：[[{ip4()}]]", "IPv4 ログ"),
]))
DATA.append(('ru', [
 ('ip', f"вход с IP [[{ip6()}]] заблокирован", "IPv6"),
]))
DATA.append(('pl', [
 ('ip', f"Logowanie z adresu [[{ip4()}]] o 03:12", "IPv4"),
]))
