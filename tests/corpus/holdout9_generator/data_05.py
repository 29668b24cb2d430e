BLOCKS = [
dict(lang='ar', region='SA', iban='SA', nid=None, lines='''
C name|السلام عليكم، اسمي ⟦ريم عبد الله الشهري⟧ ولدي مشكلة في الطلب.
C name|مع خالص التحية،\\n⟦فيصل بن سعود القحطاني⟧|name with 'bin'
C name|الأستاذ ⟦خالد العمودي⟧ المحترم، نرفق لكم عرض السعر.|cue 'الأستاذ'
C email|بريدي الإلكتروني: ⟦hala.alzahrani@outlook.sa⟧
C phone*2|رقم جوالي ⟦§PH§⟧ اتصلوا قبل التوصيل.
C iban|أرجو إعادة المبلغ إلى الحساب ⟦§IBAN§⟧
C ip|تم تسجيل الدخول من ⟦§IP4§⟧ وأنا لم أفعل ذلك.
E name|أمس جاء ⟦مازن الحربي⟧ وأخذ الطرد بدلاً مني.
E name|قل لـ⟦نورة الدوسري⟧ إن الشحنة وصلت.|name attached to prefix
E address|العنوان: ⟦شارع الأمير سلطان 4821، حي الروضة، جدة 23431⟧
E passport|رقم الجواز: ⟦A04837215⟧
L street|المحل في ⟦شارع الملك فهد⟧ بجانب البنك.|street named after king, no number
L hospital|نقلوه إلى ⟦مستشفى الملك فيصل التخصصي⟧.|hospital named after king
L brand|وصلت علبة ⟦المراعي⟧ منتهية الصلاحية.
L order_number|رقم الطلب ⟦§ORDER§⟧ لم يُشحن بعد.
L price|دفعت ⟦249 ريال⟧ رسوم توصيل!
L score|فاز الهلال ⟦3-1⟧ أمس.
L flight|رحلتي ⟦SV 1023⟧ تأخرت ساعتين.
L date|موعد التوصيل ⟦2025/04/17⟧|delivery date
L work_title|أقرأ رواية ⟦بين القصرين⟧ هذا الشهر.
'''),
dict(lang='he', region='IL', iban='IL', nid='il.idnr', lines='''
C name|שלום, קוראים לי ⟦מיכל ברקוביץ⟧ ואני כותבת בקשר להזמנה.
C name|בברכה,\\n⟦איתי שגיא⟧
C name|לכבוד ⟦עו"ד רונית אלמוג⟧, מצורף החוזה.|cue 'לכבוד' + title
C email|המייל שלי: ⟦yoav.friedmann@walla.co.il⟧
C phone*2|אפשר להתקשר ⟦§PH§⟧ אחרי 17:00
C iban|החזר לחשבון ⟦§IBAN§⟧ בבקשה.
C card|חייבו אותי פעמיים בכרטיס ⟦§CARD§⟧
E name|אתמול ⟦אבישי כהן-צדק⟧ הביא את המפתחות.
E name|תגיד ל⟦שירה מזרחי⟧ שהחבילה הגיעה.|name attached to prefix ל
E address|כתובת: ⟦רחוב הרצל 118, דירה 6, ראשון לציון 7526512⟧
E national_id|ת"ז: ⟦§NID§⟧|teudat zehut check digit
L street|החנות ברחוב ⟦דיזנגוף⟧ ליד הכיכר.|street named after mayor, no number
L hospital|הוא מאושפז ב⟦איכילוב⟧.|hospital named after person
L brand|ה⟦במבה⟧ הגיעה מעוכה.
L order_number|מספר הזמנה ⟦§ORDER§⟧
L price|שילמתי ⟦₪349⟧ על המשלוח.
L score|מכבי ניצחה ⟦86-79⟧.
L version|אחרי העדכון ⟦§VER4§⟧ האפליקציה קורסת.
L date|המשלוח ייצא ב⟦12.05.2025⟧|delivery date
'''),
dict(lang='fa', region='IR', iban=None, nid=None, lines='''
C name|سلام، اسم من ⟦نیلوفر رحیمی‌پور⟧ است و درباره سفارشم سوال دارم.|ZWNJ in name
C name|با احترام،\\n⟦مهدی کاظمی⟧
C email|ایمیل من: ⟦saeed.tavakoli@chmail.ir⟧
C phone*2|شماره من ⟦§PH§⟧ است، قبل از ارسال تماس بگیرید.
C card|پرداخت با کارت ⟦§CARD§⟧ دو بار کسر شد.
C ip|ورود از آی‌پی ⟦§IP4§⟧ کار من نبوده.
E name|دیروز ⟦فرشته نوروزی⟧ آمد و بسته را گرفت.
E name|به ⟦بهرام صادقی‌نژاد⟧ بگو که بسته رسید.
E address|آدرس: ⟦تهران، خیابان ولیعصر، کوچه نسترن، پلاک ۱۲، کد پستی ۱۵۹۴۷۳۶۸۱۱⟧|Persian digits
E birth_date|تاریخ تولد: ⟦۱۳۶۸/۰۵/۲۱⟧|Solar Hijri date in Persian digits
L street|مغازه در ⟦خیابان حافظ⟧ است، نزدیک پل.|street named after poet, no number
L place|رفتیم ⟦آرامگاه سعدی⟧ در شیراز.|tomb named after poet
L brand|شکلات ⟦شیرین عسل⟧ آب شده بود.|brand containing a name-like word
L order_number|شماره سفارش ⟦§ORDER§⟧
L price|⟦۴۵۰٬۰۰۰ تومان⟧ پرداخت کردم.
L score|پرسپولیس ⟦۲ بر ۱⟧ برد.
L date|تحویل ⟦۱۴۰۴/۰۱/۲۵⟧|delivery date
L work_title|دارم ⟦بوف کور⟧ را می‌خوانم.
'''),
dict(lang='hi', region='IN', iban=None, nid='in_.aadhaar', lines='''
C name|नमस्ते, मेरा नाम ⟦अनुराधा त्रिपाठी⟧ है और मेरा ऑर्डर अभी तक नहीं आया।
C name|धन्यवाद,\\n⟦राजेश कुमार मीणा⟧
C name|आदरणीय ⟦श्री हरप्रीत सिंह बाजवा⟧ जी, आपका आवेदन प्राप्त हुआ।|cue 'आदरणीय श्री'
C email|मेरा ईमेल ⟦vikas.chaturvedi@rediffmail.com⟧ है
C phone*2|मुझे ⟦§PH§⟧ पर कॉल करें
C card|कार्ड ⟦§CARD§⟧ से दो बार पैसे कट गए
C ip|लॉगिन ⟦§IP4§⟧ से हुआ, वो मैं नहीं था
E name|कल ⟦सुनीता यादव⟧ पार्सल लेने आई थीं।
E name|⟦दीपक नायर⟧ को बता देना कि सामान पहुँच गया।
E address|पता: ⟦मकान नं. 214, सेक्टर 15, फ़रीदाबाद, हरियाणा 121007⟧
E national_id|आधार नंबर: ⟦§NID§⟧|Aadhaar Verhoeff
E username|इंस्टाग्राम पर मेरा हैंडल ⟦@chai_aur_kitaab⟧ है
L station|⟦छत्रपति शिवाजी महाराज टर्मिनस⟧ पर मिलते हैं।|station named after person
L street|दुकान ⟦महात्मा गांधी रोड⟧ पर है।|road named after person, no number
L brand|⟦हल्दीराम⟧ की नमकीन टूटी हुई आई।|brand named after founder
L order_number|ऑर्डर नंबर ⟦§ORDER§⟧
L price|मैंने ⟦₹1,499⟧ दिए थे।
L score|भारत ने ⟦287/6⟧ रन बनाए।|cricket score
L version|अपडेट ⟦§VER4§⟧ के बाद ऐप नहीं खुलता।
L date|डिलीवरी ⟦15 मार्च⟧ तक होगी।|delivery date
L work_title|कल ⟦शोले⟧ फिर से देखी।
'''),
dict(lang='bn', region='BD', iban=None, nid=None, lines='''
C name|নমস্কার, আমার নাম ⟦সুদীপা চক্রবর্তী⟧, আমার অর্ডার এখনো আসেনি।
C name|ধন্যবাদান্তে,\\n⟦মোঃ রফিকুল ইসলাম⟧
C email|ইমেইল: ⟦tanvir.hossain@gmail.com⟧
C phone*2|আমার নম্বর ⟦§PH§⟧
C card|কার্ড ⟦§CARD§⟧ থেকে দুইবার টাকা কেটেছে
E name|গতকাল ⟦নুসরাত জাহান মিম⟧ পার্সেল নিয়ে গেছে।
E name|⟦অভিজিৎ দাশগুপ্ত⟧কে বলো যে জিনিস পৌঁছেছে।|name with case suffix
E address|ঠিকানা: ⟦বাড়ি ২৭, রোড ১১, ধানমন্ডি, ঢাকা ১২০৯⟧
E passport|পাসপোর্ট নম্বর: ⟦EB0482751⟧
L place|আমরা ⟦রবীন্দ্র সরোবর⟧ এ হাঁটতে গিয়েছিলাম।|lake named after poet
L airport|আমার ফ্লাইট ⟦হযরত শাহজালাল⟧ থেকে।|airport named after saint
L order_number|অর্ডার নম্বর ⟦§ORDER§⟧
L price|⟦৳১,২৫০⟧ দিয়েছি।
L score|বাংলাদেশ ⟦৫ উইকেটে⟧ জিতেছে।
L work_title|আবার ⟦পথের পাঁচালী⟧ দেখলাম।
L date|ডেলিভারি ⟦২০ এপ্রিল⟧|delivery date
'''),
dict(lang='ur', region='PK', iban='PK', nid=None, lines='''
C name|السلام علیکم، میرا نام ⟦عائشہ ملک⟧ ہے اور میرا آرڈر نہیں پہنچا۔
C name|شکریہ،\\n⟦محمد عمران قریشی⟧
C email|ای میل: ⟦bilal.chaudhry@yahoo.com⟧
C phone*2|میرا نمبر ⟦§PH§⟧ ہے
C iban|رقم اس اکاؤنٹ میں واپس کریں: ⟦§IBAN§⟧
E name|کل ⟦ثناء اللہ خان⟧ پارسل لینے آئے تھے۔
E name|⟦فرحانہ بٹ⟧ کو بتا دیں کہ سامان آ گیا ہے۔
E address|پتہ: ⟦مکان نمبر 45، گلی 7، ایف-10/2، اسلام آباد 44000⟧
E national_id|شناختی کارڈ نمبر: ⟦35202-4817263-5⟧|CNIC format (no public check digit)
L airport|میری پرواز ⟦علامہ اقبال انٹرنیشنل⟧ سے ہے۔|airport named after poet
L street|دکان ⟦مال روڈ⟧ پر ہے۔
L order_number|آرڈر نمبر ⟦§ORDER§⟧
L price|میں نے ⟦Rs. 3,450⟧ ادا کیے۔
L score|پاکستان نے ⟦7 وکٹوں⟧ سے جیتا۔
L date|ڈیلیوری ⟦12 مئی⟧ تک|delivery date
'''),
]
