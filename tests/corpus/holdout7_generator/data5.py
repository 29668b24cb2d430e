# extra shapes: log lines, headers, CSV rows, SMS style, mixed language, emoji
DATA = [
('en', """
ip|IPv4 in nginx-style log line|[[203.0.113.58]] - - [05/Dec/2026:10:12:44 +0000] "POST /checkout HTTP/1.1" 502 173
name|name in From: header|From: [[Imogen Thwaites]] <imogen.t@example.org>\\nSubject: wrong size delivered
phone|phone at very start, SMS style|[[{PHONE}]] call me back pls, courier lost
card|card in CSV row|order_id,holder,card,amount\\n55102,M. Okafor,[[{CARD}]],42.50
passport|passport after cue in booking|Passport no. [[533817264]], expiry 08/2032, nationality GBR
lk_hash|git commit hash|Broke after commit [[9e4c1b7a2f03d85e6a1c4b90f7d2e38a51c6b0d4]], please revert.
lk_coordinates|GPS coordinates of a shop|Pin dropped at [[53.4794, -2.2453]] but the shop isn't there.
cap|band name with first name|Got tickets for [[Florence + the Machine]] but the QR code won't scan 😩
cap|heading in ticket|Subject: [[Refund Request – Damaged Item]]
lk_timestamp|log timestamp|[[2026-12-04 23:59:01.337]] INFO cart saved
"""),
('de', """
ip|IPv6 in log|Fehlversuch von [[2001:db8:85a3::8a2e:370:7334]] um 03:12 Uhr
name|name after 'Ansprechpartner:'|Ansprechpartner: [[Volker Dreesbach]], Tel. siehe Signatur
username|username after 'Benutzername'|mein benutzername ist [[schrauber_kalle]] und ich komm nicht rein 😤
cap|train name|Der [[ICE Theodor Fontane]] hatte 40 Minuten Verspätung.
lk_luhn_invalid|bank reference failing Luhn|Verwendungszweck: [[{BAD18}]]
"""),
('fr', """
ip|IPv4 in French log|connexion refusée depuis [[192.0.2.144]] (trop de tentatives)
username|username after 'pseudo'|Mon pseudo sur le forum c'est [[chatperché_75]]
lk_uuid|UUID of a cart|Panier [[b7e2c0d4-19af-4e63-8c2b-0f5a7d31e9c6]] vide après paiement.
cap|prize with person's name|Il a reçu le [[prix Goncourt]] l'an dernier.
"""),
('es', """
ip|IPv4 public|Me bloquearon la IP [[85.214.132.117]] sin motivo
card|card with mixed language|hola! my card [[{CARD}]] fue rechazada pero el banco dice que está ok
lk_hash|SHA-256 prefix in bug report|checksum [[4c1f0a9d27e8b6c3]] no coincide con el de la web
cap|TV show title|¿Tenéis [[La Casa de Papel]] en versión original?
"""),
('it', """
ip|IPv6 short|accesso sospetto da [[2001:db8::4b1]]
username|username after platform|Su TikTok sono [[@la_nonna_cucina]]
lk_isbn|ISBN|ISBN [[978-88-04-71520-7]] ma è arrivata un'altra edizione
cap|opera character|Abbiamo visto [[Tosca]] all'Arena di Verona.
"""),
('pl', """
ip|IPv4 in ticket|Moje IP: [[198.51.100.211]]
card|card lowercase message|karta [[{CARDR}]] nie przechodzi a pieniądze zniknęły
cap|shopping centre named after person|Odbiór w [[Galeria Krakowska]] przy wejściu B.
lk_timestamp|timestamp|[[2026-12-01 17:44:09]] błąd płatności
"""),
('nl', """
ip|IPv4 in log|geblokkeerd: [[203.0.113.9]] poging 5/5
passport|passport after cue|paspoortnummer [[NXC1R8PK4]]
cap|football club named after person|Kaartjes voor [[Johan Cruijff ArenA]] kwamen niet aan.
lk_coordinates|coordinates|Locatie: [[52.0907, 5.1214]]
"""),
('pt-BR', """
ip|IPv4|meu ip é [[177.43.210.18]] se ajudar
username|username after Instagram|me segue no insta [[@dudinha.doces]] 🍰
cap|song title|Toca [[Garota de Ipanema]] no casamento, por favor!
lk_uuid|UUID|protocolo [[e41f2a0c-7b93-4c58-a2d6-93b0f17c55e8]]
"""),
('ru', """
ip|IPv4 in log|вход с [[95.165.48.201]] заблокирован
username|Telegram handle|пишите в телеграм [[@kot_v_sapogah77]]
cap|ship name named after person|Круиз на теплоходе [[«Фёдор Шаляпин»]] отменили.
lk_hash|hash|хеш файла [[d41b8e9f0a7c3e25]] не совпадает
"""),
('ja', """
ip|IPv4|接続元IP [[203.0.113.77]] からの不正アクセス
username|username after X|Xのアカウントは[[@kuma_no_pan]]です
cap|anime character|[[名探偵コナン]]の映画チケットが届きません。
lk_hash|hash|コミット[[7f3a9c1e]]以降エラー
"""),
('zh', """
ip|IPv6|登录IP [[2001:db8:1f::a3]] 异常
username|WeChat id after cue|微信号：[[xiaoyu_2026]]
cap|poet in tourist context|在[[杜甫草堂]]拍了很多照片。
lk_measurement|measurement|尺寸[[45×30×12厘米]]
"""),
('ko', """
ip|IPv4|접속 IP [[211.234.56.78]] 차단해주세요
username|username after Instagram|인스타 [[@haneul_bakery]] 팔로우해주세요
cap|K-pop group|[[방탄소년단]] 콘서트 티켓 환불 문의드려요.
lk_sports_score|score|[[3대 2]]로 이겼어요!
"""),
('tr', """
ip|IPv4|IP adresim [[88.247.19.130]]
username|username after platform|Instagram: [[@kapadokya_balon_ali]]
cap|poet|[[Nazım Hikmet]] Kültür Merkezi'nde etkinlik vardı.
lk_model_number|model number|Model [[GN163130X]] buzdolabı
"""),
('sv', """
ip|IPv4|spärrad ip [[194.132.70.45]]
passport|passport after cue|Passnummer: [[AA4219736]]
cap|song contest|Vi såg [[Melodifestivalen]] i Malmö.
lk_coordinates|coordinates|Koordinater [[59.3326, 18.0649]]
"""),
('hi', """
ip|IPv4|मेरा IP [[49.36.112.205]] ब्लॉक हो गया
username|username after cue|यूज़रनेम: [[desi_chef_raju]]
cap|hindi film title|[[मुगल-ए-आज़म]] का टिकट नहीं मिला।
lk_luhn_invalid|reference failing Luhn|UTR नंबर [[{BAD13}]]
"""),
('ar', """
ip|IPv4|عنوان IP الخاص بي [[212.118.41.9]]
username|username after platform|حسابي على سناب [[@abu_fahad_cafe]]
cap|novel|قرأت [[ثلاثية القاهرة]] لنجيب محفوظ.
lk_timestamp|timestamp|[[2026-12-03 04:15:22]] فشل الدفع
"""),
('uk', """
ip|IPv4|вхід з [[176.36.211.94]]
username|Telegram handle|мій телеграм [[@varenyky_mama]]
cap|band|Квитки на [[Океан Ельзи]] не прийшли.
lk_sku|SKU|Артикул [[UA-SW-2231-M]]
"""),
('cs', """
username|username after cue|přezdívka na fóru: [[houbar_z_Beskyd]]
cap|book character|Děti čtou [[Krtečka]] pořád dokola.
"""),
('ro', """
ip|IPv4|IP-ul meu: [[86.124.77.203]]
cap|poet statue|Ne vedem la statuia lui [[Mihai Eminescu]].
"""),
('el', """
ip|IPv4|Η IP μου είναι [[94.66.201.17]]
cap|greek hero|Ο γιος μου διαβάζει για τον [[Οδυσσέα]].
"""),
('hu', """
card|card|Kártya: [[{CARD}]]
lk_hash|hash|Tranzakció azonosító [[a9c3e71f0b]]
"""),
('fi', """
card|card|kortti [[{CARDR}]] veloitettiin kahdesti
ip|IPv4|IP [[91.155.23.190]]
"""),
('bg', """
ip|IPv4|IP адрес [[78.83.142.6]]
username|username after cue|потребителско име [[pchelar_ivo]]
"""),
('he', """
ip|IPv6|כתובת IP [[2001:db8:c0de::2]]
username|username after cue|שם משתמש: [[dani_surf_tlv]]
"""),
('vi', """
ip|IPv4|IP của tôi [[113.161.72.44]]
username|username after Facebook|Facebook: [[banhmi.co.ba]]
"""),
('th', """
ip|IPv4|IP [[171.96.18.233]]
username|LINE id after cue|ไลน์ไอดี [[nong_mali99]]
"""),
]
