DATA = {
'mt': r'''
cap|eponymous street|Il-ħanut jinsab fi [[Triq San Pawl]], ħdejn il-knisja.
cap|square|Niltaqgħu fi [[Pjazza San Ġorġ]] fis-sebgħa.
cap|hospital|Fl-[[Isptar Mater Dei]] stennejna sagħtejn.
cap|festival|Il-festa ta' [[San Lawrenz]] hija f'Awwissu.
cap|UI label|Agħfas [[Issejvja l-bidliet]] qabel ma toħroġ.
cap|company named after founder|Il-ħelu mingħand [[Borg Confectionery]] wasal frisk.
cap|school|Il-[[Kulleġġ San Alwiġi]] għandu jum miftuħ nhar is-Sibt.
cap|church|Il-quddiesa fil-[[Kon-Katidral ta' San Ġwann]] tibda fl-għaxra.
cap|ship|Il-vapur [[Jean De La Valette]] telaq tard lejn Sqallija.
d|delivery date|Il-kunsinna hija fit-[[12/06/2026]].
p|price|Total: [[€24.50]]
o|order number|Ordni [[MT-10442]] intbagħat.
pca|postcode alone|Nikkonsenjaw biss f'[[VLT]] u l-inħawi.
''',
'ga': r'''
cap|eponymous street|Tá an siopa ar [[Shráid Uí Chonaill]], in aice leis an droichead.
cap|train station|Tuirlingíonn muid ag stáisiún [[Uí Chonghaile]].
cap|airport|Táimid ag eitilt ó [[Aerfort na Sionainne]] Dé hAoine.
cap|hospital|In [[Ospidéal Naomh Séamas]] bhí orainn fanacht dhá uair an chloig.
cap|book title|Léamar "[[Peig]]" ar scoil fadó.
cap|UI label|Cliceáil [[Sábháil athruithe]] sula n-imíonn tú.
cap|festival|Ar [[Lá Fhéile Pádraig]] bíonn paráid sa bhaile.
cap|school|Tá lá oscailte ag [[Coláiste Eoin]] Dé Sathairn.
cap|sports|Bhí an cluiche i gcoinne [[Chiarraí]] an-teann.
cap|bridge|Tá trácht ar [[Dhroichead Uí Chonaill]] inniu.
d|delivery date|Seachadadh ar an [[14/11/2026]].
p|price|Iomlán: [[€49.99]]
o|order number|Ordú [[IE-55021]] seolta.
s|sports score|Bhuaigh siad [[2-14 v 1-12]] sa chraobh.
''',
'ru': r'''
cap|eponymous street|Магазин находится на [[улице Льва Толстого]], рядом с аптекой.
cap|metro station|Выходите на станции [[Пушкинская]] и идите к бульвару.
cap|airport|Летим из аэропорта [[Шереметьево имени А. С. Пушкина]].
cap|hospital|В [[больнице имени Боткина]] ждали два часа.
cap|novel title|Перечитываю «[[Анну Каренину]]», теперь понимаю больше.
cap|UI label|Нажмите [[Сохранить изменения]], прежде чем выйти.
cap|company named after founder|Пирожные от [[кондитерской «Смирнов и сыновья»]] приехали свежими.
cap|theatre|Билеты в [[театр имени Вахтангова]] раскупили за день.
cap|school|В [[гимназии имени Ломоносова]] день открытых дверей в субботу.
cap|dish|Заказали [[салат «Оливье»]] и борщ.
cap|sports|Матч против [[«Спартака»]] закончился вничью.
d|delivery date|Доставка [[15.02.2026]] с 10 до 14.
p|price|Итого: [[4 590 ₽]]
o|order number|Заказ № [[RU-7731045]] отправлен.
tr|train number|Поезд [[№ 752А]] «Сапсан» отправляется с третьего пути.
l|Luhn-failing reference|Номер платёжного поручения: [[2200 7001 2345 6782]]
''',
'uk': r'''
cap|eponymous street|Магазин на [[вулиці Тараса Шевченка]], біля аптеки.
cap|metro station|Виходьте на станції [[Золоті ворота]] і йдіть до театру.
cap|airport|Летимо з аеропорту [[«Бориспіль»]] у п'ятницю.
cap|hospital|В [[лікарні імені Богомольця]] чекали годину.
cap|book title|Читаємо «[[Кайдашеву сім'ю]]» на уроці літератури.
cap|UI label|Натисніть [[Зберегти зміни]] перед виходом.
cap|company named after founder|Торт від [[пекарні «Бондаренко»]] приїхав вчасно.
cap|school|[[Ліцей імені Івана Франка]] запрошує на день відкритих дверей.
cap|festival|На [[Миколая]] діти шукають подарунки під подушкою.
cap|theatre|Квитки в [[театр імені Лесі Українки]] розпродані.
d|delivery date|Доставка [[03.04.2026]] до обіду.
p|price|Разом: [[1 299 грн]]
o|order number|Замовлення № [[UA-60311]] відправлено.
t|tracking number|ТТН Нової пошти: [[20450812345678]]
s|sports score|Динамо перемогло [[3:1]].
''',
'tr': r'''
cap|eponymous avenue|Mağaza [[Atatürk Bulvarı]] üzerinde, bankanın yanında.
cap|airport|Uçağımız [[Sabiha Gökçen Havalimanı]]'ndan kalkıyor.
cap|metro station|[[Şişli-Mecidiyeköy]] durağında inin ve parka yürüyün.
cap|hospital|[[Cerrahpaşa Tıp Fakültesi Hastanesi]]'nde iki saat bekledik.
cap|book title|"[[İnce Memed]]" romanını okul için okuyoruz.
cap|UI label|Çıkmadan önce [[Değişiklikleri Kaydet]] düğmesine basın.
cap|company named after founder|[[Yılmaz Pastanesi]]'nden gelen pasta çok tazeydi.
cap|school|[[Kabataş Erkek Lisesi]] açık kapı günü düzenliyor.
cap|bridge|[[Fatih Sultan Mehmet Köprüsü]]'nde trafik var.
cap|sports|[[Galatasaray]] maçı için biletler tükendi.
cap|dish|[[Hünkâr beğendi]] ve ayran sipariş ettik.
d|delivery date|Teslimat [[21.01.2026]] öğleden önce.
p|price|Toplam: [[1.249,90 TL]]
o|order number|Sipariş no [[TR-9912034]] kargoya verildi.
f|flight number|[[TK 1984]] sefer sayılı uçuş gecikmeli.
''',
'ar': r'''
nam|eponymous street|المحل في [[شارع الملك فيصل]] بجانب الصيدلية.
nam|metro station|انزل في محطة [[جمال عبد الناصر]] ثم امشِ خمس دقائق.
nam|airport|رحلتنا من [[مطار الملك عبدالعزيز الدولي]] يوم الجمعة.
nam|hospital|انتظرنا ساعتين في [[مستشفى الملك خالد]].
nam|novel title|أعيد قراءة رواية «[[زقاق المدق]]» لنجيب محفوظ.
nam|UI label|اضغط على [[حفظ التغييرات]] قبل الخروج.
nam|company named after founder|وصلت الحلويات من [[حلويات أبو سليمان]] طازجة.
nam|school|[[مدرسة ابن خلدون]] تنظم يوماً مفتوحاً يوم السبت.
nam|mosque|صلاة الجمعة في [[جامع محمد علي]] مزدحمة دائماً.
nam|sports|مباراة [[الأهلي]] ضد الزمالك انتهت بالتعادل.
nam|festival|نلتقي في [[مهرجان ابن بطوطة]] للسياحة.
d|delivery date|موعد التوصيل [[2026/03/18]].
p|price|المجموع: [[249.99 ر.س]]
o|order number|الطلب رقم [[SA-4418207]] تم شحنه.
s|sports score|انتهت المباراة بنتيجة [[2-1]].
''',
'hi': r'''
nam|eponymous road|दुकान [[महात्मा गांधी मार्ग]] पर है, बैंक के पास।
nam|metro station|[[राजीव चौक]] मेट्रो स्टेशन पर उतरिए।
nam|airport|हमारी उड़ान [[इंदिरा गांधी अंतरराष्ट्रीय हवाई अड्डे]] से है।
nam|hospital|[[सफदरजंग अस्पताल]] में दो घंटे इंतज़ार किया।
nam|book title|हम स्कूल में "[[गोदान]]" पढ़ रहे हैं।
nam|UI label|बाहर जाने से पहले [[बदलाव सहेजें]] पर क्लिक करें।
nam|company named after founder|[[शर्मा स्वीट्स]] की मिठाई ताज़ा आई।
nam|school|[[केंद्रीय विद्यालय]] में शनिवार को अभिभावक बैठक है।
nam|festival|[[गुरु नानक जयंती]] पर दुकान बंद रहेगी।
nam|stadium|मैच [[जवाहरलाल नेहरू स्टेडियम]] में होगा।
nam|film title|कल हमने "[[मुग़ल-ए-आज़म]]" फिर से देखी।
d|delivery date|डिलीवरी [[12/08/2026]] को होगी।
p|price|कुल: [[₹1,49,999]]
o|order number|ऑर्डर [[IN-4402218]] भेज दिया गया है।
tr|train number|[[12951]] राजधानी एक्सप्रेस 30 मिनट देरी से है।
l|Luhn-failing reference|लेनदेन संदर्भ: [[6521 4400 1287 3394]]
''',
}
