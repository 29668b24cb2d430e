DATA = {
'en': r'''
sku|SKU|Out of stock: [[SKU-TBL-0042-OAK]], back next week.
e|EAN barcode|Barcode on the box: [[5012345678900]]
h|git commit hash|Fixed in commit [[9fceb02d0ae598e95dc970b74767f19372d61af8]], see the changelog.
c|coordinates|Meet at the trailhead, coordinates [[51.5079, -0.0877]].
ts|timestamp|[[2026-11-30T08:15:42Z]] ERROR worker-3 queue timeout
tk|support ticket|Re: ticket [[#48213]] – still can't log in after the reset.
r|room number|The workshop is in room [[B-214]], second floor.
pc|percentage|Battery health dropped to [[87 %]] after a year.
m|model number|My [[WX-5500E]] printer keeps jamming on thick paper.
l|Luhn-failing 19-digit reference|Booking reference [[6304 0000 0000 0000 001]] — keep it for your records.
ph|phone-like code|Enter the activation code [[482-119-730]] in the app.
time|time|Doors open at [[19:30]], the show starts at eight.
cap|capitalized headline|[[Minister Opens New Harbour Wing]]\nThe ceremony drew a large crowd on Tuesday.
cap|ship name|We sailed on the [[Queen Mary 2]] from Southampton.
cap|law|The [[Sarbanes-Oxley Act]] changed how our audits work.
''',
'de': r'''
u|UUID|Fehler-ID: [[d2719f3a-0c55-4a1b-9e3e-6a8f1b2c4d5e]] – bitte an den Support senden.
ts|log timestamp|[[2026-12-01 23:59:59,123]] WARN Zahlungsdienst antwortet langsam
sku|article number|Art.-Nr. [[4711-0815-22]] ist nicht mehr lieferbar.
e|EAN|EAN [[4006381333931]] steht auf der Rückseite.
pc|percentage|Rabatt: [[15 %]] auf alle Winterjacken.
c|coordinates|Treffpunkt: [[48.1374° N, 11.5755° E]]
cap|disease eponym|Mein Vater hat [[Parkinson]], die neue Tablette hilft gut.
cap|dish|Zum Nachtisch gab es [[Fürst-Pückler-Eis]].
''',
'fr': r'''
v|version|Mise à jour [[2.3.17]] disponible sur le Store.
r|seat number|Voiture 12, place [[84B]] côté fenêtre.
''',
'es': r'''
sku|SKU|Referencia del producto: [[ZAP-38-NEG-2291]]
ts|timestamp|[[2026-10-04 17:22:05]] Pago rechazado por el banco emisor
l|Luhn-failing reference|Localizador de reserva: [[3714 496353 98432]]
me|measurement|La maleta mide [[55 x 40 x 20 cm]] y cabe en cabina.
''',
'it': r'''
e|EAN|Codice a barre [[8001234567892]] sulla confezione.
c|coordinates|Il rifugio è a [[46.5405, 12.1357]].
''',
'nl': r'''
tk|ticket number|Ticket [[INC0012873]] is opgelost, graag bevestigen.
h|hash|SHA-256: [[e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855]]
''',
'pl': r'''
m|model number|Pralka [[WW90T534DAW]] głośno pracuje przy wirowaniu.
ts|timestamp|[[2026-07-19 06:00:01]] Kopia zapasowa zakończona
''',
'sv': r'''
u|UUID|Ärende-ID: [[7c9e6679-7425-40de-944b-e07fc1f90ae7]]
pc|percentage|Räntan höjs till [[3,75 %]] från januari.
''',
'fi': r'''
l|Luhn-failing reference|Viitenumero: [[5555 4444 3333 2221]]
''',
'cs': r'''
i|ISBN|ISBN [[978-80-7203-112-5]], brožovaná vazba.
''',
'ru': r'''
ts|log timestamp|[[2026-12-05 03:14:07]] ERROR сервис оплаты недоступен
m|model number|Пылесос [[VC-2040R]] перестал заряжаться.
''',
'uk': r'''
e|EAN|Штрихкод [[4820000123456]] на упаковці.
''',
'tr': r'''
sku|SKU|Ürün kodu: [[TSH-M-KIRMIZI-044]]
''',
'ar': r'''
v|version|يرجى التحديث إلى الإصدار [[3.2.1.7]].
t|tracking number|رقم التتبع: [[AR882910334SA]]
''',
'hi': r'''
pc|percentage|सभी किताबों पर [[20%]] छूट।
''',
'zh': r'''
v|version|请升级到[[11.4.0.2031]]版本后再试。
f|flight number|[[CA1831]]航班延误一小时。
l|Luhn-failing reference|交易流水号：[[6222 0211 0203 4567 895]]
''',
'ja': r'''
m|model number|[[KJ-55X85L]]のリモコンが反応しません。
c|coordinates|集合場所の座標は[[35.6586, 139.7454]]です。
''',
'ko': r'''
ts|timestamp|[[2026-09-01 09:00:00]] 서버 점검 시작
r|room number|회의는 [[1203호]]에서 진행됩니다.
''',
'he': r'''
tk|ticket number|פנייה מספר [[#772019]] טופלה.
''',
'fa': r'''
v|version|نسخه [[4.5.2]] منتشر شد.
''',
'vi': r'''
l|Luhn-failing reference|Mã giao dịch: [[9704 2290 1234 5670]]
''',
'th': r'''
s|sports score|ไทยชนะ [[2-0]]
''',
'id': r'''
pc|percentage|Diskon [[50%]] untuk semua sepatu.
''',
'el': r'''
sku|SKU|Κωδικός προϊόντος: [[GR-SH-4410-BL]]
''',
'hu': r'''
t|tracking number|Csomagkövetési szám: [[CE123456789HU]]
''',
'ro': r'''
ts|timestamp|[[2026-02-14 12:00:00]] Comanda a fost preluată
''',
'bg': r'''
i|ISBN|ISBN [[978-954-529-888-3]]
''',
'da': r'''
u|UUID|Fejl-ID: [[0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0]]
''',
'pt': r'''
m|model number|O frigorífico [[RB34T600ESA]] faz muito barulho.
''',
'ga': r'''
ts|timestamp|[[2026-03-17 10:00]] Tosaíonn an pharáid
''',
'mt': r'''
s|sports score|Malta tilfet [[0-3]] kontra l-Italja.
''',
'lv': r'''
l|Luhn-failing reference|Maksājuma kods: [[4000 1234 5678 9011]]
''',
'sk': r'''
tk|ticket number|Požiadavka [[SR-20260311-044]] bola vyriešená.
''',
'sl': r'''
me|measurement|Miza meri [[160 × 80 cm]].
''',
'hr': r'''
c|coordinates|Polazište: [[45.8150, 15.9819]]
''',
'et': r'''
tk|ticket number|Pöördumise number [[#30017]] on suletud.
''',
'lt': r'''
v|version|Įdiekite [[1.22.4]] versiją.
''',
'es-MX': r'''
ph|short code|Manda BAJA al [[33322]] para dejar de recibir promociones.
''',
'pt-BR': r'''
u|UUID|ID da transação: [[a1b2c3d4-e5f6-4789-abcd-ef0123456789]]
''',
}
