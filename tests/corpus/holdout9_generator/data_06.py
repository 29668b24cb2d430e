BLOCKS = [
dict(lang='ja', region='JP', iban=None, nid='jp.in_', lines='''
C name|お世話になっております。⟦長谷部 真由美⟧と申します。注文した商品がまだ届きません。|cue 'と申します' after name
C name|よろしくお願いいたします。\\n⟦小野寺 航⟧
C name|担当者：⟦久保田 恵理子⟧（総務部）|cue '担当者'
C email|連絡先メール：⟦k.fujisawa1984@docomo.ne.jp⟧
C phone*2|配達前に ⟦§PH§⟧ までお電話ください。
C card|カード番号 ⟦§CARD§⟧ で二重に請求されています。
C ip|⟦§IP4§⟧ からの不正ログインがありました。
E name|昨日、⟦村瀬 健太郎⟧さんが荷物を受け取りに来ました。|name + さん honorific
E name|⟦西村あかり⟧に荷物が届いたと伝えてください。|no space between family and given name
E address|住所：⟦〒150-0043 東京都渋谷区道玄坂2丁目14-7 ハイツ松風203⟧
E national_id|マイナンバー：⟦§NID§⟧|My Number check digit
L station|⟦新宿駅⟧の南口で待ち合わせしましょう。
L brand|⟦明治⟧のチョコレートが溶けていました。|brand = era name
L work_title|週末に⟦千と千尋の神隠し⟧をまた観ました。|title containing given names
L place|⟦伊勢丹⟧で買ったギフトが壊れていた。|department store named after founder
L order_number|注文番号 ⟦§ORDER§⟧
L price|送料⟦1,320円⟧は高すぎます。
L version|バージョン⟦§VER4§⟧に更新してからアプリが起動しません。
L date|お届け予定日：⟦2025年3月21日⟧|delivery date
L measurement|サイズは⟦幅120cm⟧のはずでした。
'''),
dict(lang='zh', region='CN', iban=None, nid='cn.ric', lines='''
C name|您好，我叫⟦欧阳晓彤⟧，我的订单还没有发货。|compound surname
C name|此致\\n敬礼\\n⟦郑国梁⟧
C name|联系人：⟦司马一帆⟧，电话请工作日拨打。|cue '联系人'
C email|我的邮箱是⟦liyuqing_88@163.com⟧
C phone*2|请快递员打我电话⟦§PH§⟧
C card|信用卡⟦§CARD§⟧被重复扣款了
C ip|后台显示⟦§IP6§⟧登录了我的账号
E name|昨天⟦谭美玲⟧来取了快递。
E name|麻烦告诉⟦韦振宇⟧包裹已经到了。
E address|收货地址：⟦浙江省杭州市西湖区文三路259号3幢502室 310012⟧
E national_id|身份证号：⟦§NID§⟧|RIC check digit
L place|我们去了⟦中山公园⟧散步。|park named after Sun Yat-sen
L street|店在⟦鲁迅路⟧附近，很好找。|road named after writer, no number
L brand|⟦李宁⟧的鞋子尺码不对。|brand = founder's name
L work_title|最近在看⟦红楼梦⟧。
L order_number|订单号⟦§ORDER§⟧
L price|运费⟦￥38.00⟧太贵了。
L tracking_number|快递单号⟦SF1482736450912⟧查不到。
L date|预计送达⟦3月18日⟧|delivery date
L score|国安⟦2比1⟧赢了。
'''),
dict(lang='ko', region='KR', iban=None, nid='kr.rrn', lines='''
C name|안녕하세요, 저는 ⟦황보민지⟧입니다. 주문한 상품이 아직 안 왔어요.|compound surname
C name|감사합니다.\\n⟦남궁현우⟧ 드림|sign-off '드림'
C name|담당자: ⟦서지훈⟧ 과장|cue '담당자'
C email|이메일: ⟦yejin.kwon@naver.com⟧
C phone*2|배송 전에 ⟦§PH§⟧로 연락 주세요.
C card|카드 ⟦§CARD§⟧에서 두 번 결제됐어요.
E name|어제 ⟦문채원⟧ 씨가 택배를 대신 받았어요.|name + 씨
E name|⟦배성민⟧한테 물건 도착했다고 전해 줘.|name + particle
E address|주소: ⟦서울특별시 마포구 와우산로 94, 302호 (04066)⟧
E national_id|주민등록번호 ⟦§NID§⟧|RRN
L station|⟦강남역⟧ 11번 출구에서 만나요.
L street|가게는 ⟦세종대로⟧에 있어요.|road named after king, no number
L brand|⟦오뚜기⟧ 라면이 터져서 왔어요.
L work_title|어제 ⟦기생충⟧ 다시 봤어요.
L order_number|주문번호 ⟦§ORDER§⟧
L price|⟦32,900원⟧ 결제했어요.
L score|LG가 ⟦5대3⟧으로 이겼어요.
L version|⟦§VER4§⟧ 업데이트 후 앱이 안 열려요.
'''),
dict(lang='vi', region='VN', iban=None, nid=None, lines='''
C name|Chào shop, tôi tên là ⟦Nguyễn Thị Thu Hằng⟧, đơn hàng của tôi chưa tới.
C name|Trân trọng,\\n⟦Trần Quốc Bảo⟧
C name|Kính gửi anh ⟦Lê Hoàng Phúc⟧, công ty xin gửi báo giá.|cue 'Kính gửi anh'
C email|Email: ⟦phamminhtuan.hn@gmail.com⟧
C phone*2|Gọi cho mình số ⟦§PH§⟧ nha
C card|Thẻ ⟦§CARD§⟧ bị trừ tiền hai lần
E name|Hôm qua ⟦Đặng Văn Khải⟧ đã đến lấy hàng giúp tôi.
E name|Nhắn ⟦Võ Ngọc Trâm⟧ là hàng tới rồi nhé.
E address|Địa chỉ: ⟦số 27 ngõ 115 Trần Duy Hưng, phường Trung Hòa, quận Cầu Giấy, Hà Nội⟧
E national_id|Số CCCD: ⟦001190024873⟧|CCCD format (no check digit)
L street|Quán ở đường ⟦Nguyễn Huệ⟧, gần phố đi bộ.|street named after emperor, no number
L airport|Mình bay từ ⟦Tân Sơn Nhất⟧ lúc 7h.
L brand|Cà phê ⟦Trung Nguyên⟧ bị ẩm.
L order_number|Mã đơn ⟦§ORDER§⟧
L price|Ship ⟦35.000đ⟧ mà giao trễ 3 ngày.
L score|Việt Nam thắng ⟦2-0⟧.
L date|Giao hàng ngày ⟦15/04/2025⟧|delivery date
L school|Con tôi học ở ⟦trường Lê Quý Đôn⟧.|school named after scholar
'''),
dict(lang='id', region='ID', iban=None, nid='id.nik', lines='''
C name|Halo kak, nama saya ⟦Dewi Kartikasari⟧, paket saya belum sampai.
C name|Terima kasih,\\n⟦Bambang Setiawan Nugroho⟧
C name|Yth. Bapak ⟦Hendra Simanjuntak⟧, berikut kami lampirkan invoice.|cue 'Yth. Bapak'
C email|Email: ⟦rizky.pratama99@yahoo.co.id⟧
C phone*2|Hubungi saya di ⟦§PH§⟧ ya kak
C card|Kartu ⟦§CARD§⟧ kena tagih dua kali
C ip|Ada login dari ⟦§IP4§⟧ yang bukan saya
E name|Kemarin ⟦Siti Rahmawati⟧ sudah ambil paketnya.
E name|Tolong bilang ke ⟦Yohanes Sitorus⟧ barangnya sudah datang.
E address|Alamat: ⟦Jl. Kaliurang Km 5 No. 12, Sleman, DI Yogyakarta 55281⟧
E national_id|NIK: ⟦§NID§⟧|NIK format with date/region
L street|Toko di ⟦Jalan Sudirman⟧, dekat halte.|street named after general, no number
L airport|Saya terbang dari ⟦Soekarno-Hatta⟧ jam 6 pagi.|airport named after persons
L brand|⟦Indomie⟧ yang datang sudah kedaluwarsa.
L order_number|No. pesanan ⟦§ORDER§⟧
L price|Ongkir ⟦Rp25.000⟧ kok mahal.
L tracking_number|Resi ⟦JP1928374650⟧ belum update.
L date|Estimasi tiba ⟦18 April 2025⟧|delivery date
L work_title|Lagi baca ⟦Laskar Pelangi⟧.
'''),
dict(lang='th', region='TH', iban=None, nid='th.pin', lines='''
C name|สวัสดีค่ะ ดิฉันชื่อ ⟦กนกวรรณ ศรีสุวรรณ⟧ พัสดุยังไม่มาถึงค่ะ
C name|ขอแสดงความนับถือ\\n⟦ธนวัฒน์ เจริญผล⟧
C email|อีเมล: ⟦pimchanok.w@hotmail.com⟧
C phone*2|โทรหาได้ที่ ⟦§PH§⟧ ครับ
C card|บัตร ⟦§CARD§⟧ ถูกตัดเงินสองครั้ง
E name|เมื่อวาน ⟦ณัฐพล บุญมา⟧ มารับของแทนผม
E name|บอก ⟦สุภาพร แก้วมณี⟧ ว่าของมาถึงแล้ว
E address|ที่อยู่: ⟦99/45 ซอยลาดพร้าว 48 แขวงสามเสนนอก เขตห้วยขวาง กรุงเทพฯ 10310⟧
E national_id|เลขบัตรประชาชน ⟦§NID§⟧|Thai ID check digit
L street|ร้านอยู่ถนน ⟦สุขุมวิท⟧ ใกล้ BTS|road named after person, no number
L hospital|ย้ายไป ⟦โรงพยาบาลศิริราช⟧ แล้ว|hospital named after prince
L brand|⟦มาม่า⟧ ที่ได้รับหมดอายุแล้ว
L order_number|หมายเลขคำสั่งซื้อ ⟦§ORDER§⟧
L price|ค่าส่ง ⟦฿120⟧ แพงไป
L date|จัดส่งวันที่ ⟦20 มี.ค. 2568⟧|delivery date, Buddhist era
L score|ไทยชนะ ⟦3-1⟧
'''),
dict(lang='ms', region='MY', iban=None, nid='my.nric', lines='''
C name|Salam, nama saya ⟦Nur Aisyah binti Kamarudin⟧, bungkusan saya belum sampai.|name with 'binti'
C name|Terima kasih,\\n⟦Muhammad Haziq bin Roslan⟧
C email|E-mel: ⟦farahnadia.ismail@gmail.com⟧
C phone*2|Sila hubungi saya di ⟦§PH§⟧
C card|Kad ⟦§CARD§⟧ dicaj dua kali
E name|Semalam ⟦Lim Wei Sheng⟧ datang ambil barang.|Malaysian Chinese name
E name|Beritahu ⟦Kavitha a/p Subramaniam⟧ barang dah sampai.|Malaysian Indian name with a/p
E address|Alamat: ⟦No. 18, Jalan SS 2/64, 47300 Petaling Jaya, Selangor⟧
E national_id|No. KP: ⟦§NID§⟧|MyKad with valid date/state
L street|Kedai di ⟦Jalan Tunku Abdul Rahman⟧, dekat Sogo.|street named after PM, no number
L place|Kami pergi ke ⟦Masjid Sultan Salahuddin Abdul Aziz Shah⟧.|mosque named after sultan
L brand|⟦Milo⟧ yang sampai dah pecah.
L order_number|No. pesanan ⟦§ORDER§⟧
L price|Caj pos ⟦RM15.90⟧ mahal.
L score|JDT menang ⟦4-1⟧.
L date|Dijangka tiba ⟦22 Mac⟧|delivery date
'''),
dict(lang='sw', region='KE', iban=None, nid=None, lines='''
C name|Habari, jina langu ni ⟦Wanjiru Kamau⟧ na mzigo wangu bado haujafika.
C name|Wako mwaminifu,\\n⟦Otieno Odhiambo⟧
C email|Barua pepe: ⟦amina.mwinyi@gmail.com⟧
C phone*2|Nipigie kwa ⟦§PH§⟧ tafadhali
C card|Kadi ⟦§CARD§⟧ imekatwa pesa mara mbili
E name|Jana ⟦Baraka Mutiso⟧ alikuja kuchukua kifurushi.
E name|Mwambie ⟦Zawadi Njeri⟧ kwamba mzigo umefika.
E address|Anwani: ⟦Moi Avenue 214, S.L.P. 40120-00100 Nairobi⟧|street named after president WITH number
E username|Kwenye M-Pesa jina la mtumiaji ni ⟦mama_kilifi⟧.|username after cue
L street|Duka liko ⟦Kenyatta Avenue⟧ karibu na benki.|avenue named after president, no number
L airport|Ndege yangu inatoka ⟦Jomo Kenyatta⟧ saa nne.|airport named after president
L order_number|Namba ya oda ⟦§ORDER§⟧
L price|Nililipa ⟦KSh 2,450⟧.
L score|Gor Mahia walishinda ⟦2-1⟧.
L date|Itafika ⟦tarehe 12 Aprili⟧|delivery date
L work_title|Nasoma riwaya ⟦Kiu⟧ tena, ni nzuri sana.
'''),
dict(lang='tl', region='PH', iban=None, nid=None, lines='''
C name|Hello po, ako si ⟦Maricel Dela Cruz-Bautista⟧, hindi pa dumarating yung order ko.|cue 'ako si'
C name|Salamat po,\\n⟦Rommel Villanueva⟧
C email|Email ko: ⟦jhun.macaraeg@yahoo.com.ph⟧
C phone*2|Pakitext po sa ⟦§PH§⟧
C card|Na-charge ng dalawang beses ang card ko ⟦§CARD§⟧
E name|Kahapon kinuha ni ⟦Lorna Pangilinan⟧ yung parcel.|name after marker 'ni'
E name|Pakisabi kay ⟦Jerome Sarmiento⟧ na dumating na yung package.|name after 'kay'
E address|Address: ⟦Blk 7 Lot 22 Mabini St., Brgy. San Isidro, Cainta, Rizal 1900⟧
E username|Sa Shopee, ang username ko ay ⟦ateng_kulot23⟧.
L street|Nasa ⟦Rizal Avenue⟧ yung tindahan.|avenue named after hero, no number
L airport|Flight ko sa ⟦NAIA⟧ terminal 3.
L brand|Yung ⟦Jollibee⟧ na order dumating nang malamig.
L order_number|Order ID ⟦§ORDER§⟧
L price|Nagbayad ako ng ⟦₱1,250⟧.
L score|Ginebra panalo ⟦98-95⟧!
L date|Delivery sa ⟦Abril 10⟧|delivery date
'''),
]
