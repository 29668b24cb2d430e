from data2 import A, L
A('hi','IN',None,'प्रियंका शर्मा','priyanka.sharma','धन्यवाद सहित,','14/03/1987','मकान नं. 42, सेक्टर 15, नोएडा, उत्तर प्रदेश 201301',
 'ईमेल|फ़ोन|खाता|पता|जन्म तिथि|ऑर्डर नं.|ट्रैकिंग नं.|इनवॉइस नं.|कुल|पासपोर्ट नं.|यूज़रनेम','',
 'पार्सल {v} ले लेंगी, वो बगल वाले फ्लैट में रहती हैं।',
 ['हमने [[ताज महल पैलेस]] में कमरा बुक किया था पर कन्फर्मेशन नहीं आया।','क्या [[लाल किला]] सोमवार को खुला रहता है?','मुझे [[गोदान]] का हार्डकवर संस्करण चाहिए।','[[मुंबई इंडियंस]] का मैच रद्द हो गया, रिफंड कब मिलेगा?'])
A('zh','CN',None,'王晓燕','wangxiaoyan88','此致敬礼','1993年7月2日','上海市徐汇区漕溪北路 88 弄 5 号 1202 室，邮编 200030',
 '邮箱|电话|账户|地址|出生日期|订单号|运单号|发票号|合计|护照号|用户名','E48271936',
 '快递请交给{v}，她在前台。',
 ['我们订了[[北京饭店]]，但是一直没收到确认短信。','[[故宫博物院]]周一开放吗？','想买[[红楼梦]]精装版，有货吗？','[[上海申花]]的比赛改期了，门票能退吗？'])
A('ja','JP',None,'佐藤美咲','misaki_sato','よろしくお願いいたします。','1979年11月23日','〒150-0002 東京都渋谷区渋谷2-21-1 ヒカリエ荘305',
 'メール|電話番号|口座|住所|生年月日|注文番号|追跡番号|請求書番号|合計|旅券番号|ユーザー名','TK4827193',
 '荷物は{v}が受け取ります。隣の部屋です。',
 ['[[帝国ホテル]]の予約確認メールが届きません。','[[東京国立博物館]]は月曜日も開いていますか？','[[ノルウェイの森]]の単行本はまだ在庫ありますか？','[[読売ジャイアンツ]]の試合が中止になりましたが返金は？'])
A('ko','KR',None,'김서연','seoyeon.kim','감사합니다.','1987년 3월 14일','서울특별시 마포구 월드컵북로 396, 102동 1503호 (03925)',
 '이메일|전화번호|계좌|주소|생년월일|주문번호|운송장 번호|청구서 번호|합계|여권번호|아이디','M48271936',
 '택배는 {v} 씨가 대신 받을 거예요.',
 ['[[롯데호텔 서울]] 예약 확인 문자가 안 왔어요.','[[국립중앙박물관]] 월요일에도 여나요?','[[채식주의자]] 양장본 재고 있나요?','[[FC 서울]] 경기 취소됐는데 환불되나요?'])
A('pt-BR','BR','BR','Thaís Albuquerque','thais.albuquerque','Abraços,','14/03/1987','Rua Augusta, 1508, apto 72, Consolação, São Paulo - SP, 01304-001',
 'E-mail|Telefone|IBAN|Endereço|Data de nascimento|Pedido nº|Código de rastreio|Nota fiscal nº|Total|Passaporte nº|Usuário','',
 'Pode deixar a encomenda com a {v} na portaria.',
 ['Comprei ingresso pro [[Rock in Rio]] e não chegou nada no e-mail.','O [[Museu do Ipiranga]] abre na segunda?','Vocês têm [[Dom Casmurro]] em capa dura?','O jogo do [[Clube de Regatas do Flamengo]] foi adiado, tem reembolso?'])
A('es-MX','MX',None,'Guadalupe Ramírez Ortega','lupita.ramirez','Saludos cordiales,','09/05/1988','Av. Insurgentes Sur 1602, Col. Crédito Constructor, Benito Juárez, 03940 Ciudad de México, CDMX',
 'Correo|Teléfono|CLABE|Domicilio|Fecha de nacimiento|Pedido núm.|Guía|Factura núm.|Total|Pasaporte núm.|Usuario','G48271936',
 'El paquete lo recibe {v}, mi vecina del 3.',
 ['Compré boletos para el [[Palacio de Bellas Artes]] y no me llegó el correo.','¿El [[Museo Frida Kahlo]] abre los lunes?','¿Tienen [[Pedro Páramo]] en pasta dura?','El partido de [[Club América]] se pospuso, ¿me devuelven?'])
A('he','IL','IL','נועה לוי','noa.levi','בברכה,','14.03.1987','רחוב דיזנגוף 118, דירה 6, תל אביב 6433210',
 'דוא"ל|טלפון|IBAN|כתובת|תאריך לידה|הזמנה מס\'|מספר מעקב|חשבונית מס\'|סה"כ|מספר דרכון|שם משתמש','',
 'את החבילה תקבל {v}, השכנה מקומה שנייה.',
 ['הזמנו חדר ב[[מלון המלך דוד]] ולא קיבלנו אישור.','האם [[מוזיאון ישראל]] פתוח ביום שישי?','יש לכם את [[סיפור פשוט]] בכריכה קשה?','המשחק של [[מכבי תל אביב]] נדחה, יש החזר?'])
A('vi','VN',None,'Nguyễn Thị Thu Hà','thuha.nguyen','Trân trọng,','08/10/1996','Số 25 ngõ 64 Nguyễn Lương Bằng, phường Nam Đồng, quận Đống Đa, Hà Nội 115070',
 'Email|Điện thoại|Tài khoản|Địa chỉ|Ngày sinh|Mã đơn hàng|Mã vận đơn|Số hóa đơn|Tổng cộng|Số hộ chiếu|Tên đăng nhập','C4827193',
 'Gói hàng để chị {v} nhận giúp nhé.',
 ['Mình đặt phòng ở [[Khách sạn Metropole Hà Nội]] mà chưa thấy xác nhận.','[[Văn Miếu Quốc Tử Giám]] có mở cửa thứ hai không?','Shop còn cuốn [[Dế Mèn Phiêu Lưu Ký]] bìa cứng không?','Trận của [[Hoàng Anh Gia Lai]] bị hoãn, có hoàn tiền không?'])
A('id','ID',None,'Dewi Lestari Purnamasari','dewi.purnamasari','Salam,','17-08-1991','Jl. Kemang Raya No. 17, RT 05/RW 02, Bangka, Mampang Prapatan, Jakarta Selatan 12730',
 'Email|Telepon|Rekening|Alamat|Tanggal lahir|No. pesanan|No. resi|No. faktur|Total|No. paspor|Username','B4827193',
 'Paketnya dititip ke {v} ya, tetangga sebelah.',
 ['Saya pesan kamar di [[Hotel Indonesia Kempinski]] tapi belum ada konfirmasi.','Apakah [[Candi Borobudur]] buka hari Senin?','Ada buku [[Laskar Pelangi]] sampul keras?','Pertandingan [[Persija Jakarta]] ditunda, tiketnya bisa refund?'])
A('no','NO','NO','Ingrid Solberg','ingrid.solberg','Med vennlig hilsen','14. mars 1987','Thorvald Meyers gate 41, 0555 Oslo',
 'E-post|Telefon|IBAN|Adresse|Fødselsdato|Ordrenr.|Sporingsnr.|Fakturanr.|Totalt|Passnr.|Brukernavn','',
 'Pakken kan leveres til {v} i første etasje.',
 ['Vi kjøpte billetter til [[Den Norske Opera]] men fikk ingen e-post.','Er [[Holmenkollbakken]] åpen for besøk i desember?','Har dere [[Sofies verden]] i innbundet utgave?','Kampen til [[Rosenborg Ballklub]] ble utsatt, får jeg refusjon?'])
A('ca','ES','ES','Montserrat Puigdomènech','montse.puig','Salutacions,','14/03/1987','Carrer de Provença 281, 4t 2a, 08037 Barcelona',
 'Correu|Telèfon|IBAN|Adreça|Data de naixement|Comanda núm.|Núm. de seguiment|Factura núm.|Total|Núm. de passaport|Usuari','',
 'El paquet el recollirà {v}, la veïna del primer.',
 ['Vam comprar entrades per al [[Palau de la Música Catalana]] però no ha arribat el correu.','La [[Sagrada Família]] obre els dilluns?','Teniu [[Mirall trencat]] en tapa dura?','El partit del [[Futbol Club Barcelona]] s\'ha ajornat, em retornareu els diners?'])
A('sr','RS','RS','Jelena Petrović','jelena.petrovic','Srdačan pozdrav,','19.06.1984.','Knez Mihailova 33, 11000 Beograd',
 'Imejl|Telefon|IBAN|Adresa|Datum rođenja|Porudžbina br.|Broj pošiljke|Račun br.|Ukupno|Broj pasoša|Korisničko ime','012847193',
 'Paket će preuzeti {v}, komšinica sa drugog sprata.',
 ['Kupili smo karte za [[Narodno pozorište]] ali mejl nije stigao.','Da li je [[Kalemegdanska tvrđava]] otvorena noću?','Tražim knjigu [[Na Drini ćuprija]] u tvrdom povezu.','Utakmica [[Crvena zvezda]] je odložena, vraćate li novac?'])
A('th','TH',None,'สุภาพร วงศ์ใหญ่','supaporn.w','ขอบคุณค่ะ','02/07/2534','99/12 ถนนสุขุมวิท ซอย 31 แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพฯ 10110',
 'อีเมล|โทรศัพท์|บัญชี|ที่อยู่|วันเกิด|เลขคำสั่งซื้อ|เลขพัสดุ|เลขใบแจ้งหนี้|รวม|เลขหนังสือเดินทาง|ชื่อผู้ใช้','AA4827193',
 'ฝากพัสดุไว้กับคุณ{v}ได้เลยค่ะ',
 ['จองห้องที่[[โรงแรมโอเรียนเต็ล]]แล้วยังไม่ได้รับการยืนยัน','[[วัดพระแก้ว]]เปิดวันจันทร์ไหมคะ','มีหนังสือ[[ข้างหลังภาพ]]ปกแข็งไหม','แมตช์ของ[[บุรีรัมย์ ยูไนเต็ด]]เลื่อน จะคืนเงินไหม'])
