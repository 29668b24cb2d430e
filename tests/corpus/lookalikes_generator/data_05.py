DATA = {
'zh': r'''
nam|eponymous road|店在[[中山路]]上，银行旁边。
nam|metro station|在[[鲁迅公园站]]下车，然后步行五分钟。
nam|university|他在[[逸夫楼]]上课，就在图书馆后面。
nam|hospital|在[[协和医院]]排队排了两个小时。
nam|novel title|最近在重读《[[红楼梦]]》，越看越有味道。
nam|UI label|离开前请点击“[[保存更改]]”。
nam|company named after founder|[[王老吉]]凉茶今天买一送一。
nam|historical figure as culture|[[孙中山]]故居的门票是二十元。
nam|dish|我们点了[[东坡肉]]和一碗米饭。
nam|historical figure as culture|[[屈原]]的故事和端午节有关，孩子们很喜欢听。
nam|school|[[鲁迅中学]]周六有开放日。
d|delivery date|预计送达时间：[[2026年3月15日]]。
p|price|合计：[[¥1,299.00]]
o|order number|订单号[[202603150012345678]]已发货。
t|tracking number|顺丰运单号：[[SF1402938475611]]
s|sports score|国安[[2:1]]战胜了申花。
''',
'ja': r'''
nam|eponymous street|店は[[御堂筋]]沿いにあります。
nam|station|[[吉祥寺駅]]で降りて、公園まで歩いてください。
nam|museum|[[手塚治虫記念館]]は月曜日休館です。
nam|hospital|[[聖路加国際病院]]で二時間待ちました。
nam|novel title|『[[坊っちゃん]]』を久しぶりに読み返しました。
nam|UI label|閉じる前に「[[変更を保存]]」を押してください。
nam|company named after founder|[[本田技研工業]]の新型バイクの試乗会に行ってきました。
nam|shrine|初詣は[[東郷神社]]に行きました。
nam|fictional character|[[ドラえもん]]の映画を子どもと観ました。
nam|prize|[[芥川賞]]の受賞作を読みたいです。
nam|historical figure on banknote|[[福沢諭吉]]の肖像は一万円札から変わりました。
d|delivery date|お届け予定日：[[2026年4月2日]]
p|price|合計：[[¥12,800]]（税込）
o|order number|ご注文番号：[[250-7781234-5561029]]
pca|postcode alone|配達エリアは[[〒150-0001]]周辺のみです。
tr|train number|[[のぞみ225号]]は10分遅れています。
''',
'ko': r'''
nam|eponymous street|가게는 [[세종대로]]에 있어요, 은행 옆이에요.
nam|metro station|[[충무로역]]에서 내려서 5분 걸으세요.
nam|airport|[[김포국제공항]]에서 출발합니다.
nam|hospital|[[세브란스병원]]에서 두 시간 기다렸어요.
nam|novel title|《[[홍길동전]]》을 아이와 함께 읽었어요.
nam|UI label|나가기 전에 [[변경 사항 저장]] 버튼을 누르세요.
nam|company named after founder|[[김가네 김밥]]에서 점심을 먹었어요.
nam|statue|[[이순신 장군 동상]] 앞에서 사진을 찍었어요.
nam|festival|[[세종대왕]] 탄신일 기념 행사가 광화문에서 열립니다.
nam|sports|[[전북 현대]]와의 경기가 무승부로 끝났어요.
d|delivery date|배송 예정일: [[2026년 5월 10일]]
p|price|합계: [[₩39,900]]
o|order number|주문번호 [[20260510-0001234]] 발송 완료.
t|tracking number|운송장 번호: [[6120 3345 8871]]
s|sports score|한국이 [[3대1]]로 이겼어요.
''',
'he': r'''
nam|eponymous street|החנות נמצאת ב[[רחוב הרצל]], ליד הבנק.
nam|boulevard|נפגשים ב[[שדרות רוטשילד]] בשבע.
nam|airport|אנחנו טסים מ[[נמל התעופה בן גוריון]] ביום שישי.
nam|hospital|ב[[בית החולים שיבא]] חיכינו שעתיים.
nam|book title|קראנו את "[[סיפור פשוט]]" של עגנון בבית הספר.
nam|UI label|לחצו על [[שמירת שינויים]] לפני היציאה.
nam|company named after founder|העוגה מ[[מאפיית אברהם]] הגיעה טרייה.
nam|school|ב[[תיכון אחד העם]] יש יום פתוח בשבת.
nam|university|הכנס מתקיים ב[[אוניברסיטת בר-אילן]].
nam|sports|המשחק נגד [[מכבי חיפה]] נגמר בתיקו.
d|delivery date|מועד המשלוח: [[18/06/2026]]
p|price|סה"כ: [[₪249.90]]
o|order number|הזמנה מספר [[IL-3381920]] נשלחה.
v|version|עדכנו לגרסה [[7.0.3.41]].
''',
'fa': r'''
nam|eponymous street|مغازه در [[خیابان ولیعصر]] است، کنار بانک.
nam|metro station|در ایستگاه [[میدان امام حسین]] پیاده شوید.
nam|airport|پرواز ما از [[فرودگاه مهرآباد]] است.
nam|hospital|در [[بیمارستان امام خمینی]] دو ساعت منتظر ماندیم.
nam|book title|دوباره «[[شاهنامه]]» فردوسی را می‌خوانم.
nam|UI label|پیش از خروج روی [[ذخیره تغییرات]] کلیک کنید.
nam|company named after founder|شیرینی از [[قنادی حاج خلیفه]] تازه رسید.
nam|tomb|بازدید از [[آرامگاه حافظ]] در شیراز خیلی زیبا بود.
nam|school|[[دبیرستان البرز]] روز شنبه جلسه اولیا دارد.
nam|sports|بازی با [[پرسپولیس]] مساوی شد.
d|delivery date|تاریخ تحویل: [[۱۴۰۵/۰۲/۱۵]]
p|price|جمع کل: [[۱٬۲۵۰٬۰۰۰ تومان]]
o|order number|سفارش شماره [[IR-220931]] ارسال شد.
s|sports score|نتیجه بازی [[۲-۱]] شد.
''',
'vi': r'''
cap|eponymous street|Cửa hàng ở [[đường Nguyễn Huệ]], cạnh ngân hàng.
cap|airport|Chúng tôi bay từ [[sân bay Tân Sơn Nhất]] vào thứ Sáu.
cap|hospital|Ở [[Bệnh viện Chợ Rẫy]] chúng tôi chờ hai tiếng.
cap|book title|Tôi đang đọc lại "[[Truyện Kiều]]" của Nguyễn Du.
cap|UI label|Nhấn [[Lưu thay đổi]] trước khi thoát.
cap|company named after founder|Bánh từ [[tiệm bánh Cô Ba]] đến còn nóng.
cap|school|[[Trường THPT Lê Quý Đôn]] tổ chức ngày hội mở cửa.
cap|square|Gặp nhau ở [[quảng trường Ba Đình]] lúc bảy giờ.
cap|museum|[[Bảo tàng Hồ Chí Minh]] đóng cửa chiều thứ Hai.
cap|district|Tôi mới chuyển đến [[quận Hai Bà Trưng]].
d|delivery date|Ngày giao hàng dự kiến: [[25/07/2026]]
p|price|Tổng cộng: [[1.290.000 ₫]]
o|order number|Đơn hàng [[VN-5502193]] đã được gửi.
f|flight number|Chuyến bay [[VN 245]] bị hoãn 30 phút.
''',
'th': r'''
nam|eponymous road|ร้านอยู่บน[[ถนนพระราม 4]] ใกล้ธนาคาร
nam|station|ลงที่[[สถานีสามย่าน]]แล้วเดินห้านาที
nam|airport|เราบินจาก[[ท่าอากาศยานดอนเมือง]]วันศุกร์
nam|hospital|รอที่[[โรงพยาบาลศิริราช]]สองชั่วโมง
nam|book title|กำลังอ่าน "[[ขุนช้างขุนแผน]]" ให้ลูกฟัง
nam|UI label|กด[[บันทึกการเปลี่ยนแปลง]]ก่อนออกจากหน้า
nam|company named after founder|ขนมจาก[[ร้านป้าศรี]]มาถึงยังอุ่นอยู่
nam|monument|ถ่ายรูปหน้า[[อนุสาวรีย์ชัยสมรภูมิ]]
nam|school|[[โรงเรียนเตรียมอุดมศึกษา]]จัดวันเปิดบ้านวันเสาร์
nam|bridge|รถติดมากบน[[สะพานพระราม 8]]
d|delivery date|วันที่จัดส่ง [[15/09/2569]]
p|price|รวมทั้งสิ้น [[1,290 บาท]]
o|order number|คำสั่งซื้อ [[TH-771023]] จัดส่งแล้ว
t|tracking number|เลขพัสดุ [[TH0123456789A]]
''',
'id': r'''
cap|eponymous street|Tokonya di [[Jalan Sudirman]], sebelah bank.
cap|airport|Kami terbang dari [[Bandara Soekarno-Hatta]] hari Jumat.
cap|hospital|Di [[RS Cipto Mangunkusumo]] kami menunggu dua jam.
cap|book title|Saya membaca ulang "[[Bumi Manusia]]" karya Pramoedya.
cap|UI label|Klik [[Simpan Perubahan]] sebelum keluar.
cap|company named after founder|Kue dari [[Toko Roti Bu Siti]] datang masih hangat.
cap|school|[[SMA Negeri 8 Jakarta]] mengadakan hari terbuka.
cap|stadium|Konsernya di [[Stadion Gelora Bung Karno]] bulan depan.
cap|monument|Kami foto di depan [[Monumen Nasional]].
cap|festival|Libur [[Hari Kartini]] jatuh pada hari Selasa.
d|delivery date|Estimasi tiba: [[12/03/2026]]
p|price|Total: [[Rp 1.250.000]]
o|order number|Pesanan [[INV/20260312/MPL/3390128]] sedang dikirim.
t|tracking number|No. resi: [[JP1234567890]]
''',
}
