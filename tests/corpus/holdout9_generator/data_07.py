"""Supplementary lines: harder look-alikes (numbers in the same slots as real identifiers,
famous names as places/works/brands) and extra extended-tier positives."""
BLOCKS = [
dict(lang='en', region='US', iban='GB', nid='us.ssn', lines='''
E national_id|For the background check form – SSN: ⟦§NID§⟧, no middle name.|US SSN format-valid
E name|Can you ask ⟦Marisol Quintanilla⟧ whether the invoice went out? She handles the Denver accounts.
E name|We watched ⟦Tobias Okonkwo-Reed⟧ present at the park pavilion, then grabbed lunch.|private name after 'watched', near 'park'
E username|my login is ⟦dkrauss_1987⟧ but the reset link never arrives|username after 'login'
E passport|Passport no. ⟦548203917⟧, expires 2031 – needed for the hotel check-in.
L invalid_card|Card number on the receipt shows ⟦§BADCARD§⟧?? that's not my card – could be a terminal ID.|Luhn-invalid in card-like context
L uuid|Request ID ⟦§UUID§⟧ – please quote this when contacting support.
L hash|SHA of the release tarball: ⟦§SHA§⟧
L timestamp|Last seen online: ⟦2025-03-02 18:44:09 UTC⟧
L version|Windows version ⟦10.0.19045.3803⟧, fully patched.|four-part version number
L brand|Ordered a ⟦Ben & Jerry's⟧ tub and it arrived as soup.|brand with two first names
L work_title|We're reading ⟦Anna Karenina⟧ in book club – any thoughts on Levin?|title = character name
L building|The meeting is at ⟦Lincoln Center⟧, not the office.|venue named after person
L phone_like|Our office hours are ⟦9:00–17:30⟧ Mon–Fri; call the main line for anything urgent.|time range, not a phone
L isbn|ISBN ⟦§ISBN§⟧, paperback edition please.
'''),
dict(lang='de', region='DE', iban='DE', nid='de.idnr', lines='''
E name|Ich habe ⟦Friederike Schwarzkopf⟧ im Krankenhaus besucht, sie lässt grüßen.|'Schwarzkopf' also a brand
E name|Treffpunkt mit ⟦Kai-Uwe Tiedemann⟧ ist am Hauptbahnhof, Gleis 4.|private name near 'Hauptbahnhof'
E username|Benutzername: ⟦heidi_aus_kiel⟧ – das Passwort-Reset funktioniert nicht.
E passport|Reisepassnummer ⟦C01X7KZ4R⟧, gültig bis 2030.
L invalid_card|Die Belegnummer ⟦§BADCARD§⟧ steht unten auf dem Kassenbon.|Luhn-invalid
L brand|Mein ⟦Dr. Oetker⟧ Backpulver war verklumpt.|brand with title like a person
L street|Das Café ist in der ⟦Heinrich-Heine-Straße⟧, Ecke Marktplatz.|street named after poet, no number
L work_title|Wir haben ⟦Effi Briest⟧ im Deutsch-LK gelesen.|title = character name
L uuid|Vorgangs-ID: ⟦§UUID§⟧
L timestamp|Fehler aufgetreten am ⟦2025-02-11 07:03:55⟧.
L version|Firmware ⟦§VER4§⟧ installiert, Router startet trotzdem neu.
'''),
dict(lang='fr', region='FR', iban='FR', nid='fr.nir', lines='''
E name|J'ai croisé ⟦Bérénice Lacombe⟧ à la gare, elle m'a dit que le colis était reparti.|private name near 'gare'
E username|Mon identifiant : ⟦chloe.vdb⟧, je n'arrive plus à me connecter.
E passport|Numéro de passeport : ⟦19AV52318⟧
L school|Mon fils est au ⟦lycée Jean-Jaurès⟧ depuis septembre.|school named after person
L brand|Le parfum ⟦Jean Paul Gaultier⟧ reçu n'est pas celui commandé.|brand = person name
L work_title|On a revu ⟦Amélie Poulain⟧ hier soir.|title = character name
L invalid_card|Référence de paiement ⟦§BADCARD§⟧ (pas une carte).|Luhn-invalid
L hash|Empreinte du fichier : ⟦§SHA§⟧
L sku|Réf. article ⟦§SKU§⟧, taille 38.
'''),
dict(lang='es', region='ES', iban='ES', nid='es.dni', lines='''
E name|Esta mañana vi a ⟦Consuelo Arrieta⟧ en el hospital y me contó lo del envío.|private name near 'hospital'
E birth_date|Fecha de nacimiento: ⟦23 de octubre de 1976⟧
E passport|Pasaporte nº ⟦PAB418275⟧, válido hasta 2029.
L hospital|Me operan en el ⟦Hospital Gregorio Marañón⟧ el martes.|hospital named after person
L brand|El jamón ⟦Joselito⟧ llegó sin la etiqueta.|brand = first name diminutive
L invalid_card|El código del ticket es ⟦§BADCARD§⟧, ¿es un número de tarjeta?|Luhn-invalid
L uuid|ID de incidencia: ⟦§UUID§⟧
L flight|Vuelo ⟦IB3166⟧ cancelado, ¿me reembolsáis el hotel?
'''),
dict(lang='it', region='IT', iban='IT', nid='it.codicefiscale', lines='''
E name|Domani accompagno ⟦Rosaria Lo Presti⟧ alla stazione, quindi non ci sono.|private name near 'stazione'
E username|Il mio username è ⟦fra_bertolucci⟧, non riesco ad accedere.
L school|Mia figlia frequenta il ⟦Liceo Galileo Galilei⟧.|school named after person
L brand|Il ⟦Ferrero Rocher⟧ è arrivato sciolto.|brand = surname
L invalid_card|Codice pratica ⟦§BADCARD§⟧, sembra un numero di carta ma non lo è.|Luhn-invalid
L uuid|ID sessione ⟦§UUID§⟧
L version|Build ⟦§VER4§⟧ del gestionale.
'''),
dict(lang='pt', region='BR', iban='PT', nid='br.cpf', lines='''
E national_id|Meu CPF é ⟦§NID§⟧, pode colocar na nota fiscal?|CPF check digits
E name|Encontrei o ⟦Cauã Albuquerque⟧ na praça e ele disse que entregou a caixa.|Brazilian name near 'praça'
E username|Meu usuário no app é ⟦@tatabrito_sp⟧
C phone|Me chama no zap: ⟦§PH§⟧|Brazilian mobile
L airport|Pousei em ⟦Guarulhos⟧ e a mala não veio.
L street|A loja fica na ⟦Avenida Paulista⟧, perto do MASP.
L brand|O ⟦Guaraná Antarctica⟧ veio quente.
L invalid_card|Código de barras do boleto começa com ⟦§BADCARD§⟧.|Luhn-invalid
L uuid|ID da transação Pix: ⟦§UUID§⟧
'''),
dict(lang='nl', region='NL', iban='NL', nid='nl.bsn', lines='''
E name|Ik ga morgen ⟦Thijs Verbeek⟧ ophalen bij het ziekenhuis, dus ik werk thuis.|private name near 'ziekenhuis'
E birth_date|Geboortedatum: ⟦02-06-1988⟧
L museum|Bezoek aan het ⟦Rembrandthuis⟧ was top.|museum named after painter
L invalid_card|Betalingskenmerk ⟦§BADCARD§⟧ staat op de acceptgiro.|Luhn-invalid
L uuid|Ticket-ID ⟦§UUID§⟧
'''),
dict(lang='pl', region='PL', iban='PL', nid='pl.pesel', lines='''
E name|Odwiedziłam ⟦Halinę Sobczak⟧ w szpitalu, czuje się lepiej.|accusative, near 'szpital'
E username|Login: ⟦kuba_gdynia92⟧
L street|Mieszkam niedaleko ⟦Placu Kościuszki⟧.|square named after person, no number
L uuid|Identyfikator zgłoszenia ⟦§UUID§⟧
L version|Wersja systemu ⟦§VER4§⟧
'''),
dict(lang='cs', region='CZ', iban='CZ', nid='cz.rc', lines='''
E name|Zítra vyzvednu ⟦Hanu Dvořákovou⟧ na nádraží.|accusative, near 'nádraží'
L station|Sraz na ⟦Masarykově nádraží⟧ v osm.|station named after person
L invalid_card|Variabilní symbol ⟦§BADCARD§⟧.|Luhn-invalid
L work_title|Čtu ⟦Babičku⟧ od Němcové.
'''),
dict(lang='tr', region='TR', iban='TR', nid='tr.tckimlik', lines='''
E name|Yarın ⟦Serkan Doğanay⟧ ile hastanede buluşacağım.|private name near 'hastane'
E username|Kullanıcı adım: ⟦kedisever_34⟧
L school|Oğlum ⟦Atatürk Lisesi⟧'nde okuyor.|school named after person
L invalid_card|Fiş numarası ⟦§BADCARD§⟧, kart numarası değil.|Luhn-invalid
L uuid|Talep ID: ⟦§UUID§⟧
'''),
dict(lang='ru', region='RU', iban=None, nid='ru.inn', lines='''
E name|Завтра встречаю ⟦Фаину Мельникову⟧ на вокзале.|private name near 'вокзал'
E birth_date|Дата рождения: ⟦11.09.1972⟧
E passport|Загранпаспорт № ⟦75 4831902⟧|passport after cue
L school|Сын учится в ⟦лицее имени Ломоносова⟧.|school named after person
L invalid_card|Номер квитанции ⟦§BADCARD§⟧.|Luhn-invalid
L uuid|ID обращения: ⟦§UUID§⟧
'''),
dict(lang='sv', region='SE', iban='SE', nid='se.personnummer', lines='''
E username|Användarnamn: ⟦lillebror_ekman⟧
L invalid_card|OCR-nummer ⟦§BADCARD§⟧ på fakturan.|Luhn-invalid
L airport|Planet landar på ⟦Arlanda⟧ kl. 21.
'''),
dict(lang='fi', region='FI', iban='FI', nid='fi.hetu', lines='''
E birth_date|Syntymäaika ⟦5.12.1981⟧
L invalid_card|Viitenumero ⟦§BADCARD§⟧.|Luhn-invalid
L uuid|Tukipyynnön tunnus ⟦§UUID§⟧
'''),
dict(lang='ja', region='JP', iban=None, nid='jp.in_', lines='''
E birth_date|生年月日：⟦1983年7月14日⟧
E username|ユーザー名は⟦sakura_mochi88⟧です。
L uuid|問い合わせID ⟦§UUID§⟧
L invalid_card|伝票番号 ⟦§BADCARD§⟧|Luhn-invalid
L school|娘は⟦野口英世記念小学校⟧に通っています。|school named after person
'''),
dict(lang='zh', region='CN', iban=None, nid='cn.ric', lines='''
E birth_date|出生日期：⟦1991年4月3日⟧
E username|我的微博用户名是⟦@南山小鹿⟧
L invalid_card|发票号码⟦§BADCARD§⟧|Luhn-invalid
L uuid|工单ID ⟦§UUID§⟧
L school|孩子在⟦鲁迅中学⟧上学。|school named after writer
'''),
dict(lang='ko', region='KR', iban=None, nid='kr.rrn', lines='''
E birth_date|생년월일: ⟦1987년 2월 9일⟧
L invalid_card|송장번호 ⟦§BADCARD§⟧|Luhn-invalid
L uuid|문의 ID ⟦§UUID§⟧
L place|⟦이순신 장군 동상⟧ 앞에서 봐요.|statue named after admiral
'''),
dict(lang='ar', region='EG', iban='SA', nid=None, lines='''
C phone|رقمي في مصر ⟦§PH§⟧ واتساب|Egyptian number
E birth_date|تاريخ الميلاد: ⟦5 مارس 1985⟧
E name|زرت ⟦منى الشريف⟧ في المستشفى أمس.|private name near 'hospital'
L invalid_card|رقم الإيصال ⟦§BADCARD§⟧|Luhn-invalid
L uuid|معرّف الطلب ⟦§UUID§⟧
'''),
dict(lang='he', region='IL', iban='IL', nid='il.idnr', lines='''
E birth_date|תאריך לידה: ⟦03/01/1979⟧
L invalid_card|מספר אסמכתא ⟦§BADCARD§⟧|Luhn-invalid
L uuid|מזהה פנייה ⟦§UUID§⟧
'''),
dict(lang='hi', region='IN', iban=None, nid='in_.aadhaar', lines='''
E birth_date|जन्म तिथि: ⟦12/08/1990⟧
L invalid_card|रसीद नंबर ⟦§BADCARD§⟧|Luhn-invalid
L uuid|टिकट ID ⟦§UUID§⟧
'''),
dict(lang='el', region='GR', iban='GR', nid='gr.amka', lines='''
E birth_date|Ημερομηνία γέννησης: ⟦19/06/1968⟧
L invalid_card|Αριθμός απόδειξης ⟦§BADCARD§⟧|Luhn-invalid
L uuid|Κωδικός αιτήματος ⟦§UUID§⟧
'''),
dict(lang='uk', region='UA', iban='UA', nid='ua.rntrc', lines='''
E birth_date|Дата народження: ⟦07.10.1993⟧
L invalid_card|Номер квитанції ⟦§BADCARD§⟧|Luhn-invalid
L uuid|ID звернення ⟦§UUID§⟧
'''),
dict(lang='ro', region='RO', iban='RO', nid='ro.cnp', lines='''
L invalid_card|Număr chitanță ⟦§BADCARD§⟧|Luhn-invalid
L uuid|ID tichet ⟦§UUID§⟧
'''),
dict(lang='hu', region='HU', iban='HU', nid=None, lines='''
L invalid_card|Bizonylatszám ⟦§BADCARD§⟧|Luhn-invalid
L version|Verzió ⟦§VER4§⟧
'''),
dict(lang='da', region='DK', iban='DK', nid='dk.cpr', lines='''
L uuid|Sags-ID ⟦§UUID§⟧
L invalid_card|FI-kode ⟦§BADCARD§⟧|Luhn-invalid
'''),
dict(lang='no', region='NO', iban='NO', nid='no.fodselsnummer', lines='''
L uuid|Sak-ID ⟦§UUID§⟧
L invalid_card|KID-nummer ⟦§BADCARD§⟧|Luhn-invalid
'''),
dict(lang='vi', region='VN', iban=None, nid=None, lines='''
E birth_date|Ngày sinh: ⟦14/02/1995⟧
L uuid|Mã yêu cầu ⟦§UUID§⟧
'''),
dict(lang='id', region='ID', iban=None, nid='id.nik', lines='''
E username|Username Tokopedia saya ⟦tokobudi_official⟧
L invalid_card|No. referensi ⟦§BADCARD§⟧|Luhn-invalid
'''),
]
