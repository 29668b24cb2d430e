"""pipeline/privacy/detectors/name.py: names after cues in every language of the audience, before after-cues, in
mailboxes, under name-bearing keys, Russian full names, and names without a cue by the lexicon scorer; ordinary
capitalized words kept. The false-positive rate on 2,000+ non-person phrases: test_name_false_positives.py."""

from __future__ import annotations

import logging
import time

import pytest
from helpers import assert_detected, assert_kept_as_written

from pipeline.privacy import audience, cues, lexicon
from pipeline.privacy.detectors import name

KIND = 'name'
CAUGHT = [
    # (text, identifier, source)
    ('Меня зовут Иван Петров', 'Иван Петров', 'logwarden'),
    ('my name is John Smith', 'John Smith', 'logwarden'),
    ('my name is john', 'john', 'logwarden: lower case after a strong cue'),
    ('Иванова Мария Петровна оставила заявку', 'Иванова Мария Петровна', 'logwarden: full name with patronymic'),
    ('передайте Ивану Петровичу', 'Ивану Петровичу', 'logwarden: inflected'),
    ('Смирнов И. И. подписал', 'Смирнов И. И.', 'logwarden: surname with initials'),
    ('ФИО: Сидоров Алексей', 'Сидоров Алексей', 'logwarden'),
    ('Dear Mr. Brown,', 'Brown', 'logwarden'),
    ('Contact: John Smith', 'John Smith', 'logwarden'),
    ('Пётр Ильич Чайковский', 'Пётр Ильич Чайковский', 'logwarden: name, patronymic, surname'),
    ('И.И. Иванов', 'И.И. Иванов', 'logwarden: initials first'),
    ("Hi, I'm Olivia Brown from sales", 'Olivia Brown', 'logwarden corpus'),
    ('{"fullName": "Jane Miller"}', 'Jane Miller', 'logwarden corpus'),
    (
        'Customer Jürgen Müller complained about delivery',
        'Jürgen Müller',
        'logwarden holdout 2026-11-30: role word, diacritics',
    ),
    (
        "Ticket assigned to Sarah O'Connor",
        "Sarah O'Connor",
        'logwarden holdout 2026-11-30: verb of contact, apostrophe',
    ),
    (
        'Michael Johnson called about the refund',
        'Michael Johnson',
        'logwarden holdout 2026-11-30: verb of contact after',
    ),
    (
        'Best wishes,\nTimothy Wexford\nAccounts',
        'Timothy Wexford',
        'logwarden holdout 2026-11-30: sign-off, name on the next line',
    ),
    (
        'signed: María José García López',
        'María José García López',
        'logwarden holdout 2026-11-30: the whole four-part name',
    ),
    (
        'Спасибо, Алексей! Всё заработало.',
        'Алексей',
        'logwarden holdout 2026-11-30: a Russian first name in direct address',
    ),
    ('Алексей, спасибо за помощь', 'Алексей', 'logwarden: direct address before the thanks'),
    (
        'Patient Jean-Luc Picard arrived',
        'Jean-Luc Picard',
        'logwarden: a hyphenated first name after a role word',
    ),
    (
        'Spoke with Emma Thompson today',
        'Emma Thompson',
        'logwarden: a verb of contact before',
    ),
]
# names after cues in the audience's languages and names in prose without a cue (two or more cases a language)
IN_EVERY_LANGUAGE = [
    # English
    ("my name is Olivia Hartley", "Olivia Hartley", "written for logwarden: en"),
    ("Contact person: Daniel Whitmore", "Daniel Whitmore", "written for logwarden: en"),
    ("account holder: Rebecca Lancaster", "Rebecca Lancaster", "written for logwarden: en"),
    ("Kind regards,\nNathan Ellsworth", "Nathan Ellsworth", "written for logwarden: en"),
    ("Dear Ms. Pemberton, your order shipped", "Pemberton", "written for logwarden: en"),
    ("From: Laura Kingsley <laura.k@example.org>", "Laura Kingsley", "written for logwarden: en"),
    ("Name: Thomas Ashworth", "Thomas Ashworth", "written for logwarden: en"),
    ("Hi, I'm Chloe Bennett from billing", "Chloe Bennett", "written for logwarden: en"),
    # German
    ("Mein Name ist Lukas Brandt", "Lukas Brandt", "written for logwarden: de"),
    ("Hallo, ich heiße Sophie Krüger und brauche Hilfe", "Sophie Krüger", "written for logwarden: de"),
    ("Ansprechpartner: Jürgen Weißmann", "Jürgen Weißmann", "written for logwarden: de"),
    ("Sehr geehrter Herr Oberländer,", "Oberländer", "written for logwarden: de"),
    ("Mit freundlichen Grüßen\nKatharina Vogt", "Katharina Vogt", "written for logwarden: de"),
    ("Nachname: Schäfer", "Schäfer", "written for logwarden: de"),
    ("Kontoinhaber: Maximilian Dreßler", "Maximilian Dreßler", "written for logwarden: de"),
    # French
    ("Bonjour, je m'appelle Élodie Marchand", "Élodie Marchand", "written for logwarden: fr"),
    ("titulaire du compte: Benoît Lefèvre", "Benoît Lefèvre", "written for logwarden: fr"),
    ("Cordialement,\nGaëlle Rousseau", "Gaëlle Rousseau", "written for logwarden: fr"),
    ("Madame Duchêne a rappelé", "Duchêne", "written for logwarden: fr"),
    ("nom: Chevalier", "Chevalier", "written for logwarden: fr"),
    ("Mon nom est Arnaud Petitjean", "Arnaud Petitjean", "written for logwarden: fr"),
    # Spanish
    ("Hola, me llamo Álvaro Domínguez", "Álvaro Domínguez", "written for logwarden: es"),
    ("Mi nombre es Lucía Fernández Ortega", "Lucía Fernández Ortega", "written for logwarden: es"),
    ("Estimado Sr. Quintana:", "Quintana", "written for logwarden: es"),
    ("Atentamente,\nÑuñez Carvajal", "Ñuñez Carvajal", "written for logwarden: es: accented capital"),
    ("apellido: Echeverría", "Echeverría", "written for logwarden: es"),
    ("titular de la cuenta: Ignacio Beltrán", "Ignacio Beltrán", "written for logwarden: es"),
    ("Persona de contacto: Marta Iglesias", "Marta Iglesias", "written for logwarden: es"),
    # Latin American Spanish
    ("Licenciado Rodrigo Zamudio", "Rodrigo Zamudio", "written for logwarden: es-419"),
    ("Saludos cordiales, Valentina Cárdenas", "Valentina Cárdenas", "written for logwarden: es-419"),
    # Italian
    ("Buongiorno, mi chiamo Giulia Bernardi", "Giulia Bernardi", "written for logwarden: it"),
    ("Il mio nome è Lorenzo Ferraresi", "Lorenzo Ferraresi", "written for logwarden: it"),
    ("Gentile Dott.ssa Montanari,", "Montanari", "written for logwarden: it"),
    ("Cordiali saluti,\nAlessandro Galli", "Alessandro Galli", "written for logwarden: it"),
    ("cognome: Santangelo", "Santangelo", "written for logwarden: it"),
    ("Intestatario del conto: Federica Marchetti", "Federica Marchetti", "written for logwarden: it"),
    # Portuguese, Brazilian Portuguese
    ("O meu nome é João Figueiredo", "João Figueiredo", "written for logwarden: pt"),
    ("Chamo-me Inês Carvalhal", "Inês Carvalhal", "written for logwarden: pt"),
    ("Atenciosamente,\nRafael Monteiro", "Rafael Monteiro", "written for logwarden: pt"),
    ("Prezada Sra. Albuquerque,", "Albuquerque", "written for logwarden: pt"),
    ("Meu nome é Thiago Nascimento", "Thiago Nascimento", "written for logwarden: pt-BR"),
    ("Oi, me chamo Larissa Bezerra", "Larissa Bezerra", "written for logwarden: pt-BR"),
    ("titular da conta: Gustavo Prado", "Gustavo Prado", "written for logwarden: pt"),
    # Dutch
    ("Mijn naam is Sanne de Vries", "Sanne de Vries", "written for logwarden: nl"),
    ("Ik heet Joris Bakker", "Joris Bakker", "written for logwarden: nl"),
    ("Met vriendelijke groet,\nFemke van Dijk", "Femke van Dijk", "written for logwarden: nl"),
    ("contactpersoon: Bram Hendriks", "Bram Hendriks", "written for logwarden: nl"),
    ("Geachte heer Visser,", "Visser", "written for logwarden: nl"),
    # Polish
    ("Dzień dobry, nazywam się Łukasz Wiśniewski", "Łukasz Wiśniewski", "written for logwarden: pl"),
    ("Mam na imię Zofia Krawczyk", "Zofia Krawczyk", "written for logwarden: pl"),
    ("osoba kontaktowa: Małgorzata Żak", "Małgorzata Żak", "written for logwarden: pl"),
    ("Pozdrawiam,\nBartosz Ślusarczyk", "Bartosz Ślusarczyk", "written for logwarden: pl"),
    ("Szanowny Panie Grzegorzu,", "Grzegorzu", "written for logwarden: pl"),
    ("nazwisko: Wróblewska", "Wróblewska", "written for logwarden: pl"),
    # Czech, Slovak
    ("Dobrý den, jmenuji se Tomáš Dvořák", "Tomáš Dvořák", "written for logwarden: cs"),
    ("kontaktní osoba: Kateřina Procházková", "Kateřina Procházková", "written for logwarden: cs"),
    ("S pozdravem\nOndřej Čermák", "Ondřej Čermák", "written for logwarden: cs"),
    ("Volám sa Zuzana Hrušovská", "Zuzana Hrušovská", "written for logwarden: sk"),
    ("S pozdravom,\nMatej Kováčik", "Matej Kováčik", "written for logwarden: sk"),
    # Hungarian
    ("A nevem Kovács Eszter", "Kovács Eszter", "written for logwarden: hu"),
    ("Szabó Bence vagyok, a rendelésről írok", "Szabó Bence", "written for logwarden: hu"),
    ("Üdvözlettel:\nNémeth Zsófia", "Németh Zsófia", "written for logwarden: hu"),
    ("Kedves Tóth Anna!", "Tóth Anna", "written for logwarden: hu"),
    # Romanian
    ("Numele meu este Andrei Popescu", "Andrei Popescu", "written for logwarden: ro"),
    ("Mă numesc Ioana Stănescu", "Ioana Stănescu", "written for logwarden: ro"),
    ("Cu stimă,\nMihai Dumitrescu", "Mihai Dumitrescu", "written for logwarden: ro"),
    # Bulgarian
    ("Казвам се Георги Петков", "Георги Петков", "written for logwarden: bg"),
    ("С уважение,\nДесислава Николова", "Десислава Николова", "written for logwarden: bg"),
    ("лице за контакт: Стоян Димитров", "Стоян Димитров", "written for logwarden: bg"),
    # Greek
    ("Με λένε Γιώργο Παπαδάκη", "Γιώργο Παπαδάκη", "written for logwarden: el"),
    ("Ονομάζομαι Ελένη Κωνσταντίνου", "Ελένη Κωνσταντίνου", "written for logwarden: el"),
    ("Με εκτίμηση,\nΝίκος Αθανασίου", "Νίκος Αθανασίου", "written for logwarden: el"),
    # Danish, Swedish, Norwegian, Icelandic
    ("Mit navn er Mette Kjærgaard", "Mette Kjærgaard", "written for logwarden: da"),
    ("Med venlig hilsen\nRasmus Østergaard", "Rasmus Østergaard", "written for logwarden: da"),
    ("Jag heter Åsa Lindqvist", "Åsa Lindqvist", "written for logwarden: sv"),
    ("Med vänliga hälsningar,\nOskar Sjöberg", "Oskar Sjöberg", "written for logwarden: sv"),
    ("Kontaktperson: Ingrid Bergström", "Ingrid Bergström", "written for logwarden: sv"),
    ("Jeg heter Sindre Haugland", "Sindre Haugland", "written for logwarden: no"),
    ("Med vennlig hilsen\nSolveig Bakken", "Solveig Bakken", "written for logwarden: no"),
    ("Ég heiti Guðrún Sigurðardóttir", "Guðrún Sigurðardóttir", "written for logwarden: is"),
    ("Bestu kveðjur,\nÞórður Magnússon", "Þórður Magnússon", "written for logwarden: is"),
    # Finnish, Estonian, Latvian, Lithuanian
    ("Nimeni on Aino Virtanen", "Aino Virtanen", "written for logwarden: fi"),
    ("Ystävällisin terveisin\nJukka Mäkelä", "Jukka Mäkelä", "written for logwarden: fi"),
    ("Minu nimi on Kadri Tamm", "Kadri Tamm", "written for logwarden: et"),
    ("Lugupidamisega\nMärt Saar", "Märt Saar", "written for logwarden: et"),
    ("Mani sauc Līga Bērziņa", "Līga Bērziņa", "written for logwarden: lv"),
    ("Ar cieņu,\nJānis Kalniņš", "Jānis Kalniņš", "written for logwarden: lv"),
    ("Mano vardas Rūta Kazlauskienė", "Rūta Kazlauskienė", "written for logwarden: lt"),
    ("Pagarbiai,\nMantas Petrauskas", "Mantas Petrauskas", "written for logwarden: lt"),
    # Irish, Maltese
    ("Is mise Siobhán Ní Bhriain", "Siobhán", "written for logwarden: ga"),
    ("Le meas,\nCiarán Ó Súilleabháin", "Ciarán", "written for logwarden: ga"),
    ("Jisimni Marija Borg", "Marija Borg", "written for logwarden: mt"),
    # Swahili and Tagalog (issue 23, holdout9: in the default audience since)
    ("Habari, jina langu ni Neema Wambui na agizo langu halijafika.", "Neema Wambui", "written for logwarden: sw"),
    ("Kwa heshima,\nJuma Mwakalinga", "Juma Mwakalinga", "written for logwarden: sw: closing"),
    ("Magandang araw, ako si Liza Manalastas at wala pa ang order ko.", "Liza Manalastas",
     "written for logwarden: tl"),
    ("Lubos na gumagalang,\nRamon Dimaculangan", "Ramon Dimaculangan", "written for logwarden: tl: closing"),
    # Croatian, Serbian, Bosnian, Slovenian, Macedonian, Albanian
    ("Zovem se Ivana Horvat", "Ivana Horvat", "written for logwarden: hr"),
    ("S poštovanjem,\nMarko Jurić", "Marko Jurić", "written for logwarden: hr"),
    ("Moje ime je Dragan Đorđević", "Dragan Đorđević", "written for logwarden: sr: Latin, Đ"),
    ("Зовем се Милица Јовановић", "Милица Јовановић", "written for logwarden: sr: Cyrillic"),
    ("Zovem se Amir Hodžić", "Amir Hodžić", "written for logwarden: bs"),
    ("Ime mi je Nina Kovačič", "Nina Kovačič", "written for logwarden: sl"),
    ("Lep pozdrav,\nMatjaž Zupan", "Matjaž Zupan", "written for logwarden: sl"),
    ("Се викам Петар Стојановски", "Петар Стојановски", "written for logwarden: mk"),
    ("Quhem Arben Hoxha", "Arben Hoxha", "written for logwarden: sq"),
    ("Me respekt,\nBlerina Krasniqi", "Blerina Krasniqi", "written for logwarden: sq"),
    # Russian, Ukrainian, Belarusian, Kazakh
    ("Меня зовут Ольга Смирнова", "Ольга Смирнова", "written for logwarden: ru"),
    ("Контактное лицо: Дмитрий Соколов", "Дмитрий Соколов", "written for logwarden: ru"),
    ("С уважением,\nАнатолий Воронин", "Анатолий Воронин", "written for logwarden: ru"),
    ("Мене звати Євген Ігнатенко", "Євген Ігнатенко", "written for logwarden: uk: Є, І"),
    ("Контактна особа: Ґанна Їжакевич", "Ґанна Їжакевич", "written for logwarden: uk: Ґ, Ї"),
    ("З повагою,\nОксана Шевчук", "Оксана Шевчук", "written for logwarden: uk"),
    ("Мяне завуць Алесь Каваленка", "Алесь Каваленка", "written for logwarden: be"),
    ("Менің атым Айгерім Сейітова", "Айгерім Сейітова", "written for logwarden: kk"),
    # Turkish
    ("Merhaba, benim adım Ayşe Yılmaz", "Ayşe Yılmaz", "written for logwarden: tr"),
    ("İsmim Şükrü Öztürk", "Şükrü Öztürk", "written for logwarden: tr"),
    ("Saygılarımla,\nEmre Çelik", "Emre Çelik", "written for logwarden: tr"),
    ("Sayın Gülşen Kaya,", "Gülşen Kaya", "written for logwarden: tr"),
    ("Mehmet Bey aradı", "Mehmet", "written for logwarden: tr: after-cue"),
    # Arabic, Hebrew, Persian, Urdu
    ("مرحبا، اسمي أحمد الخطيب", "أحمد الخطيب", "written for logwarden: ar"),
    ("الاسم: فاطمة الزهراء", "فاطمة الزهراء", "written for logwarden: ar"),
    ("مع التحية، خالد منصور", "خالد منصور", "written for logwarden: ar"),
    ("שמי יוסי לוי", "יוסי לוי", "written for logwarden: he"),
    ("בברכה, נועה כהן", "נועה כהן", "written for logwarden: he"),
    ("اسم من مریم احمدی است", "مریم احمدی", "written for logwarden: fa"),
    ("با احترام، رضا کریمی", "رضا کریمی", "written for logwarden: fa"),
    ("میرا نام عمران قریشی ہے", "عمران قریشی", "written for logwarden: ur"),
    # Hindi, Bengali
    ("नमस्ते, मेरा नाम राहुल शर्मा है", "राहुल शर्मा", "written for logwarden: hi"),
    ("नाम: प्रिया वर्मा", "प्रिया वर्मा", "written for logwarden: hi"),
    ("আমার নাম সুমন দাস, আমি ঢাকায় থাকি", "সুমন দাস", "written for logwarden: bn"),
    ("আমার নাম তানিয়া রহমান", "তানিয়া রহমান", "written for logwarden: bn"),
    # Chinese
    ("你好，我叫王小明", "王小明", "written for logwarden: zh"),
    ("联系人：李建国", "李建国", "written for logwarden: zh"),
    ("此致敬礼\n陈美玲", "陈美玲", "written for logwarden: zh: signature"),
    ("请转告张先生", "张", "written for logwarden: zh: after-cue"),
    ("刘女士已经付款", "刘", "written for logwarden: zh: after-cue"),
    # Japanese
    ("私の名前は田中太郎です", "田中太郎", "written for logwarden: ja"),
    ("山本と申します。よろしくお願いします", "山本", "written for logwarden: ja"),
    ("佐藤さんから電話がありました", "佐藤", "written for logwarden: ja"),
    ("担当：鈴木花子", "鈴木花子", "written for logwarden: ja"),
    ("私は高橋です", "高橋", "written for logwarden: ja: weak cue framed by です"),
    ("マイケルさんに連絡しました", "マイケル", "written for logwarden: ja: katakana"),
    # Korean
    ("제 이름은 김민수입니다", "김민수", "written for logwarden: ko"),
    ("박지영 씨에게 전화했습니다", "박지영", "written for logwarden: ko"),
    ("저는 이서연입니다", "이서연", "written for logwarden: ko: weak cue framed by 입니다"),
    ("담당자: 최동훈", "최동훈", "written for logwarden: ko"),
    # Indonesian, Malay, Vietnamese, Thai
    ("Nama saya Budi Santoso", "Budi Santoso", "written for logwarden: id"),
    ("Hormat saya,\nSiti Rahmawati", "Siti Rahmawati", "written for logwarden: id"),
    ("Nama saya Nurul Aisyah", "Nurul Aisyah", "written for logwarden: ms"),
    ("Encik Faizal Rahman telah menelefon", "Faizal Rahman", "written for logwarden: ms"),
    ("Tên tôi là Nguyễn Văn Hùng", "Nguyễn Văn Hùng", "written for logwarden: vi"),
    ("Kính gửi Trần Thị Mai,", "Trần Thị Mai", "written for logwarden: vi"),
    ("ผมชื่อสมชาย ใจดี", "สมชาย", "written for logwarden: th"),
    ("เรียน สมศรี", "สมศรี", "written for logwarden: th"),
    # names without a cue, in prose
    ("Michael Johnson called about the refund", "Michael Johnson", "written for logwarden: en: no cue, verb after"),
    ("Please forward this to Emily Carter tomorrow", "Emily Carter", "written for logwarden: en: no cue"),
    ("The ticket was escalated to Robert Miller", "Robert Miller", "written for logwarden: en: no cue, verb before"),
    ("Sarah Thompson wrote that the package is damaged", "Sarah Thompson", "written for logwarden: en: no cue"),
    ("Jordan Peterson said so", "Jordan Peterson", "written for logwarden: en: a public figure is still a name"),
    ("Will Smith's order was late", "Will Smith", "written for logwarden: en: a possessive before no work"),
    ("Gestern hat Thomas Müller angerufen", "Thomas Müller", "written for logwarden: de: no cue"),
    ("Stefan Schneider hat angerufen", "Stefan Schneider", "written for logwarden: de: no cue"),
    ("Pierre Dubois a appelé ce matin", "Pierre Dubois", "written for logwarden: fr: no cue"),
    ("Carlos García ha llamado dos veces", "Carlos García", "written for logwarden: es: no cue"),
    ("Marco Rossi ha scritto ieri", "Marco Rossi", "written for logwarden: it: no cue"),
    ("Piotr Nowak zadzwonił wczoraj", "Piotr Nowak", "written for logwarden: pl: no cue"),
    ("Mehmet Demir aradı", "Mehmet Demir", "written for logwarden: tr: no cue"),
    ("Jan de Jong heeft gebeld", "Jan de Jong", "written for logwarden: nl: no cue"),
    ("Ana Souza ligou hoje", "Ana Souza", "written for logwarden: pt: no cue"),
    ("Customer Jennifer Walsh complained about delivery", "Jennifer Walsh", "written for logwarden: en: role word"),
    ("Spoke with David Anderson about the invoice", "David Anderson", "written for logwarden: en: verb of contact"),
    # rule 6: a pair in mid-sentence, whatever the ranks (a rare surname the lexicon knows counts as one it does not)
    ("Ho lasciato le chiavi a Graziella Montanari ieri sera", "Graziella Montanari",
     "written for logwarden: it: no cue, mid-sentence pair"),
    ("Le colis a été remis à Ghislaine Perrichon hier", "Ghislaine Perrichon",
     "written for logwarden: fr: no cue, mid-sentence pair"),
    # first names in a case form (grammar: the case endings of pipeline/privacy/detectors/name.py)
    ("Paczkę odebrał sąsiad Tomasza Wójcika wczoraj", "Tomasza Wójcika",
     "written for logwarden: pl: no cue, genitive"),
    ("Zavolejte prosím Janu Novákovi kvůli faktuře", "Janu Novákovi", "written for logwarden: cs: no cue, dative"),
    ("Oddałem dokumenty Agnieszce Zawadzkiej przy recepcji", "Agnieszce Zawadzkiej",
     "written for logwarden: pl: no cue, a dative that softens the stem"),
    ("Perduokite dokumentus Tomui Petrauskui rytoj", "Tomui Petrauskui",
     "written for logwarden: lt: no cue, dative"),
    ("Έδωσα το κλειδί στον Γιώργο Παπαδόπουλο χθες", "Γιώργο Παπαδόπουλο",
     "written for logwarden: el: no cue, accusative"),
    ("Paketi dün Ayşe Yılmaz'a teslim ettim", "Ayşe Yılmaz",
     "written for logwarden: tr: no cue, a suffix after an apostrophe"),
    ("Contactez Sidonie Lavergne pour la facture", "Sidonie Lavergne",
     "written for logwarden: fr: no cue, an ordinary word opens the sentence"),
    # issue 23, the holdout's kinds of core leaks (cases written apart from it, in other words)
    ("Bonjour, ici Gwenaëlle Le Bihan du service achats", "Gwenaëlle Le Bihan",
     "written for logwarden: fr: weak cue 'ici', a capitalized particle inside the surname"),
    ("C'est Enzo De Santis qui vous écrit", "Enzo De Santis", "written for logwarden: fr: weak cue, particle 'De'"),
    ("Właścicielka rachunku: Bożena Krawczyk-Lis", "Bożena Krawczyk-Lis",
     "written for logwarden: pl: account holder, feminine (Słownik PWN)"),
    ("Posiadacz konta: Zdzisław Ćwikła", "Zdzisław Ćwikła", "written for logwarden: pl: account holder, Ć capital"),
    ("Πρόσωπο επικοινωνίας: Σταυρούλα Κωνσταντίνου", "Σταυρούλα Κωνσταντίνου",
     "written for logwarden: el: contact person"),
    ("Κάτοχος λογαριασμού: Θεμιστοκλής Ραφτόπουλος", "Θεμιστοκλής Ραφτόπουλος",
     "written for logwarden: el: account holder"),
    ("Dia duit, is é m'ainm Pádraig Ó Súilleabháin", "Pádraig Ó Súilleabháin",
     "written for logwarden: ga: 'is é m'ainm' (focloir.ie), the surname's 'Ó'"),
    ("Grazzi tal-għajnuna.\nSaħħa,\nĊensina Vella", "Ċensina Vella",
     "written for logwarden: mt: sign-off 'Saħħa,', Ċ capital"),
    ("أنا سلمى المصري، أريد إلغاء الطلب", "سلمى المصري",
     "written for logwarden: ar: weak cue 'أنا' confirmed by a surname the statistics rank"),
    ("नमस्ते, मैं अनुराधा चौहान बोल रही हूँ", "अनुराधा चौहान",
     "written for logwarden: hi: '… बोल रही हूँ' (this is … speaking) after the name"),
    ("谢谢您的帮助。\n此致\n敬礼！\n欧阳静怡", "欧阳静怡",
     "written for logwarden: zh: letter closing 此致/敬礼 on two lines, then the signature"),
    ("王建国敬上", "王建国", "written for logwarden: zh: signature before 敬上"),
    ("我是司马云飞，想查询订单。", "司马云飞",
     "written for logwarden: zh: weak cue 我是 confirmed by a compound surname the statistics rank"),
    ("初めまして、長谷川さくらです。", "長谷川さくら",
     "written for logwarden: ja: greeting, Han surname and hiragana given name before です"),
    ("私の名前は野々村あかりです。", "野々村あかり", "written for logwarden: ja: 々 in the surname, kana given name"),
    ("私は石井みなみと申します。", "石井みなみ", "written for logwarden: ja: a hiragana given name before と申します"),
    ("こんばんは、松本奈々です。", "松本奈々", "written for logwarden: ja: evening greeting, 々 in the given name"),
    ("谢谢！\n林嘉怡", "林嘉怡", "written for logwarden: zh: '谢谢！' signs off before a line break"),
    ("Tilin haltija: Eero Kettunen", "Eero Kettunen", "written for logwarden: fi: account holder (Kielitoimisto)"),
    ("Konta turētāja: Ilze Bērziņa", "Ilze Bērziņa", "written for logwarden: lv: account holder, feminine"),
    ("איש הקשר: יואב אלמוג", "יואב אלמוג", "written for logwarden: he: contact person with the article"),
    ("계좌 소유자: 정하늘", "정하늘", "written for logwarden: ko: account owner"),
    ("Personne de contact : Armelle Quéméner", "Armelle Quéméner",
     "written for logwarden: fr: contact person (Belgian and Swiss usage)"),
    ("Best regards,\n\nMarguerite Ashdown", "Marguerite Ashdown",
     "written for logwarden: en: a blank line between the sign-off and the signature"),
    # issue 23, second holdout's kinds in other words
    ("Herzliche Grüsse\nBeat Zürcher", "Beat Zürcher", "written for logwarden: Swiss German ss in the sign-off"),
    ("VG\nJonas", "Jonas", "written for logwarden: a German letter abbreviation as the sign-off"),
    ("Many thanks!\nPriya", "Priya", "written for logwarden: a sign-off closed by '!', a first name alone"),
    ("hi, im emily watson from accounts", "emily watson", "written for logwarden: chat in lower case"),
    ("Лист від Оксани Ткаченко щодо рахунку", "Оксани Ткаченко", "written for logwarden: Ukrainian 'від' + genitive"),
    ("मैं सुनीता वर्मा बोल रही हूँ", "सुनीता वर्मा", "written for logwarden: Hindi phone-call register"),
    # issue 23, third holdout's kinds in other words: a signed message (a short closing line, the name alone on the
    # last line), a signature block after a rule, and cues of handing on, calling and introducing oneself
    ("Herzliche Grüße von der Ostsee\nKatrin Voss", "Katrin Voss",
     "written for logwarden: de: a closing line with more words after its phrase"),
    ("Bonne soirée à tous !\nLoïc Barreau", "Loïc Barreau", "written for logwarden: fr: 'bonne soirée' opens it"),
    ("Abraços,\nRenata Figueiral", "Renata Figueiral", "written for logwarden: pt: a closing phrase, a rare surname"),
    ("Speak soon!\nGareth Pennington", "Gareth Pennington", "written for logwarden: en: a closing phrase with '!'"),
    ("See you Monday.\nMargaret Holloway", "Margaret Holloway",
     "written for logwarden: en: any short closing line, the name confirmed by the lexicon"),
    ("よろしくお願いします。\n佐藤 ゆい", "佐藤 ゆい", "written for logwarden: ja: surname, space, given name in kana"),
    ("감사합니다!\n박서연", "박서연", "written for logwarden: ko: Hangul name alone after a closing line"),
    ("문의 드립니다.\n이도현 올림", "이도현", "written for logwarden: ko: '올림' after the writer's name"),
    ("敬祝 平安\n林美玲", "林美玲", "written for logwarden: zh-TW: a four-character closing, then the name"),
    ("ขอบคุณครับ\nสมชาย ใจดี", "สมชาย ใจดี", "written for logwarden: th: a closing, then first name and surname"),
    ("--\nMarta Kowalczyk\nHead of Sales\nT: 020 7946 0958", "Marta Kowalczyk",
     "written for logwarden: a signature block after a rule line"),
    ("Could you forward this to Wendell Pryce please?", "Wendell Pryce", "written for logwarden: en: 'forward to'"),
    ("Merci de transmettre à Clémence Vidal le dossier.", "Clémence Vidal", "written for logwarden: fr"),
    ("Pode falar com Rosângela Teixeira amanhã.", "Rosângela Teixeira", "written for logwarden: pt: 'falar com'"),
    ("Hey, Dorian Kessler here - got a question.", "Dorian Kessler", "written for logwarden: en: 'X here -' on a call"),
    ("Myself Pranav Kulkarni, from Nagpur.", "Pranav Kulkarni", "written for logwarden: en-IN: 'Myself X'"),
    ("Oi, aqui é o Tadeu Moreira, tudo bem?", "Tadeu Moreira", "written for logwarden: pt: 'aqui é o X'"),
    ("سلام، من مریم رضایی هستم.", "مریم رضایی", "written for logwarden: fa: 'من … هستم' frames the name"),
    ("您好，我是王小明，订单没到。", "王小明", "written for logwarden: zh: a one-character surname"),
    ("Ta very much - Priya Nair", "Priya Nair", "written for logwarden: en-GB: 'ta very much' signs off"),
    ("Minha prima Dulcineia Ravasco comprou o mesmo.", "Dulcineia Ravasco",
     "written for logwarden: pt: kin before a full name the lexicon does not rank (cues/name_kin.toml)"),
    ("My cousin Briallen Pettifer fixed it in minutes.", "Briallen Pettifer", "written for logwarden: en: kin"),
    ("Mijn buurvrouw Femke Oosterbaan heeft het pakket.", "Femke Oosterbaan", "written for logwarden: nl: a neighbour"),
]
KEPT = [
    # (text, source)
    ("Văn phòng mới ở đường Trần Hưng Đạo rất rộng",
     "written for logwarden: vi: a street named after a person, its street word in lower case before it"),
    ("Khách sạn gần đường Nguyễn Trãi, quận Thanh Xuân", "written for logwarden: vi: street and district words"),
    ("Gặp nhau ở chợ Bình Tây lúc 9 giờ nhé", "written for logwarden: vi: a market's name after 'chợ'"),
    ("我是学生，想问一下", "written for logwarden: zh: 我是 before an ordinary noun"),
    ("我是新用户，怎么注册？", "written for logwarden: zh: 我是 before an ordinary noun"),
    ("谢谢！明天见", "written for logwarden: zh: '谢谢！' before a sentence on the same line"),
    ("Kontakt:\n\nWir sind für Sie da", "written for logwarden: de: a label, a blank line, then a sentence"),
    ('Москва Сити', 'logwarden: a place'),
    ('Спасибо Большое', 'logwarden: ordinary words'),
    ('my name is not important', 'logwarden: a function word after the cue'),
    ('Hello World', 'logwarden: Latin words without a cue'),
    ('filename: Report.pdf', "logwarden: a thing's name"),
    ('Contact: support team', 'logwarden: a label with no name after it'),
    ('Добрый День', 'logwarden: a greeting'),
    ('Красная Площадь', 'logwarden: a place'),
    ('Customer Service called back', 'logwarden: a role and a department'),
    ('Google Cloud reported an outage', 'logwarden: a product before a verb of contact'),
    (
        'DefaultEndpointsProtocol=https;AccountName=examplestore;EndpointSuffix=core.windows.net',
        "logwarden holdout 2026-11-30: a storage account's name",
    ),
    ('Thanks,\nThe Support Team', 'logwarden: a sign-off by a team'),
    (
        'Chase Bank called about the card',
        'logwarden: a bank whose name starts with a first name',
    ),
    ('Paris Hilton Hotel', 'issue 23: a hotel by its head noun (rule 1)'),
    ('Victoria Station', 'issue 23: a station by its head noun (rule 1)'),
    ('Grace Hopper Conference', 'issue 23: an event by its head noun (rule 1)'),
    ('See you at the Grace Hopper Conference', 'written for logwarden: rule 1 after an article'),
    ('Austin Texas office', 'written for logwarden: a city and a state (rule 5)'),
    ('Thanks, Google Cloud support', 'written for logwarden: a sign-off whose words do not end the line'),
    ('Mit freundlichen Grüßen\nIhr Support-Team', 'written for logwarden: a German sign-off by a team'),
    ('Sehr geehrte Damen und Herren,', 'written for logwarden: a salutation with no name'),
    ('Estimado cliente, gracias por su compra', 'written for logwarden: a salutation to a customer'),
    ('Pan Am flight 103', 'written for logwarden: a weak Polish cue before a word no first name'),
    ('Mark As Read', 'written for logwarden: a UI label (rule 3)'),
    ('大丈夫です', 'written for logwarden: です after an ordinary word, no weak cue before it'),
    ('고객님 감사합니다', 'written for logwarden: 님 after "customer", no weak cue before it'),
    ('皆さん、こんにちは', 'written for logwarden: さん after "everyone"'),
    ('お客様へのお知らせ', 'written for logwarden: 様 after an honorific prefix'),
    ('Bonjour à tous', 'written for logwarden: a greeting to all'),
    ('Our Drive folder is full', 'written for logwarden: "Dr" is no cue inside "Drive"'),
    ('Connection refused by Redis Cluster', 'written for logwarden: a product in a log line'),
    ('Beidh an cruinniú ann Dé Luain', 'written for logwarden: ga: a weekday (CLDR) is no mid-sentence pair'),
    ('Spotkanie odbędzie się w Hotelu Marriott', 'written for logwarden: pl: a head noun in a case form (rule 1)'),
    ('Mendarat di Bandara Juanda pagi ini', 'written for logwarden: id: an airport by its head noun'),
    ('Navštívili jsme Museo Frida Kahlo', 'written for logwarden: cs/es: a museum by its head noun'),
    ("LG Monitor flackert seit gestern", "written for logwarden: LG as a brand, its word not ending the line"),
    ("Le lycée Marie Curie ferme tôt le vendredi.", "written for logwarden: a place noun in lower case before the run"),
    ("Sono arrivato a San Giovanni Rotondo ieri sera.", "written for logwarden: a saint's title opens a town's name"),
    ("its fine now, thanks", "written for logwarden: a chat cue before ordinary words"),
    ("Thanks!\nThe Support Team", "written for logwarden: a team after a '!' sign-off"),
    ("Kind regards,\nCustomer Care", "written for logwarden: a department after a closing line"),
    ("Deployment finished.\nAll Good", "written for logwarden: a short line, then ordinary capitalized words"),
    ("我是消费者，要投诉", "written for logwarden: zh: 我是 before an ordinary three-character noun"),
    ("Click here, then save", "written for logwarden: en: 'here,' after an ordinary word"),
    ("my colleague Visual Studio crashed again", "written for logwarden: en: kin before a product's ordinary words"),
    ("My friend Apple Store said no", "written for logwarden: en: kin before a shop's ordinary words"),
]


# issue 23 (holdout4's misses), written in other words: cue classes and name shapes
ISSUE_23_SECOND = [
    ('Name on the booking: Carla Menéndez', 'Carla Menéndez', 'logwarden: "name on the <record>:" label'),
    ('Reservierung auf den Namen Tobias Grünwald, bitte.', 'Tobias Grünwald', 'logwarden: "auf den Namen"'),
    ('Sachbearbeiterin: Monika Haslinger (Zimmer 4)', 'Monika Haslinger', 'logwarden: a responsibility label'),
    ('Zuständig bei uns ist Herr Kogler.', 'Kogler', 'logwarden: "zuständig ... ist"'),
    ('Mesa reservada a nombre de Ramiro Quintana.', 'Ramiro Quintana', 'logwarden: "a nombre de"'),
    ('Заказ оформлен на Олега Смирнова.', 'Олега Смирнова', 'logwarden: "оформлен на"'),
    ('شكراً للسيد كريم الحداد على المساعدة', 'كريم الحداد', 'logwarden: Arabic honorific after lil- (لل)'),
    ('ขอบคุณคุณสมศักดิ์ ที่ช่วยเหลือ', 'สมศักดิ์', 'logwarden: Thai thanks + Khun, relative clause after'),
    ('Salam hormat,\nRajesh a/l Muniandy', 'Rajesh a/l Muniandy', 'logwarden: Malaysian patronymic in a signature'),
    ('Terima kasih,\nNurul binti Hassan', 'Nurul binti Hassan', 'logwarden: "binti" in a signature'),
    ('yo its marcus again, the app crashed', 'marcus', 'logwarden: lowercase chat, "its X again"'),
    ('hallo, hier ist der lukas, passwort geht nicht', 'lukas', 'logwarden: German "der" before a first name'),
    ('hola soy valentina, no puedo entrar', 'valentina', 'logwarden: "soy" + first name + comma'),
    ('oi aqui é o rafael, cadê meu pedido', 'rafael', 'logwarden: Portuguese "o" before a first name'),
    ('salut c moi camille, le code marche pas', 'camille', 'logwarden: French SMS "c moi"'),
    ('hi this is harikrishnan nair, about my ticket', 'harikrishnan nair',
     'logwarden: unranked first name, ranked surname'),
    ('有问题请找李明华。', '李明华', 'logwarden: Chinese "找" + surname-led run'),
    ('谢谢快递员黄志强的帮忙', '黄志强', 'logwarden: Chinese role noun before a name'),
    ('저는 황보 지훈입니다.', '황보 지훈', 'logwarden: Korean two-syllable surname written apart'),
    ('배송기사 이도현 님 감사합니다', '이도현', 'logwarden: Korean role noun + 님'),
    ('Der Monteur Florian Weißhaupt kam pünktlich.', 'Florian Weißhaupt', 'logwarden: role noun before a name'),
    ('Kurjere Ilze Kalniņa bija laipna.', 'Ilze Kalniņa', 'logwarden: Latvian role noun'),
    ('Служителката Десислава Петрова ми помогна.', 'Десислава Петрова', 'logwarden: Bulgarian role noun'),
    ('Gisteren belde Sofie Van Damme over de factuur.', 'Sofie Van Damme', 'logwarden: Flemish capital particle'),
    ('ডেলিভারি ম্যান রফিকুল ইসলাম দেরি করে এসেছেন।', 'রফিকুল ইসলাম', 'logwarden: Bengali role noun before a name'),
]
ISSUE_23_SECOND_KEPT = [
    ('its fine, thanks', 'logwarden: chat cue before an ordinary word'),
    ('soy nuevo y no entiendo nada', 'logwarden: "soy" before an adjective'),
    ('ich bin die ganze zeit hier', 'logwarden: "ich bin die" before an ordinary word'),
    ('its late again lol', 'logwarden: "its X again" with no first name'),
    ('我要找回密码。', 'logwarden: "找" before no surname'),
    ('感谢高效的服务', 'logwarden: "感谢" before an ordinary word led by a surname character'),
    ('저는 이 제품을 샀어요', 'logwarden: Korean one-syllable word, no copula frame'),
    ('We had dinner at the Sir Walter Raleigh Hotel.', 'logwarden: a hotel named after a person after "Sir"'),
    ('Meet me at Karl Johans gate at noon.', 'logwarden: Norwegian street, lowercase "gate"'),
    ('Találkozzunk a Kossuth Lajos téren.', 'logwarden: Hungarian square, "téren"'),
    ('Мы были в театре имени Антона Чехова.', 'logwarden: "named after" before a name'),
    ('Landing at Warszawa Chopin–Okęcie tonight.', 'logwarden: an airport glued by a dash'),
    ('Chúng tôi đến Lăng Bác Hồ Chí Minh.', 'logwarden: Vietnamese mausoleum with a title'),
    ('Wir wohnen nahe Jalan Sultan Ismail Petra.', 'logwarden: a street led by its head noun'),
    ('Φτάσαμε στο αεροδρόμιο Μακεδονία.', 'logwarden: Greek airport noun before its name'),
]


#: Issue 23's fifth holdout: a signature in a script without capitals after its language's closing, and a role word
#: before an employee's name in a review (written for these tests; the holdout's own cases are not repeated here)
ISSUE_23_FIFTH = [
    ('با تشکر فراوان،\nمهسا کریمی', 'مهسا کریمی', 'logwarden: Persian closing with its intensifier, signature'),
    ('مع خالص التحيات،\nهند الشهري', 'هند الشهري', 'logwarden: Arabic closing, signature'),
    ('בתודה,\nנועה אברמוב', 'נועה אברמוב', 'logwarden: Hebrew closing, signature'),
    ('सादर,\nमीनाक्षी अय्यर', 'मीनाक्षी अय्यर', 'logwarden: Hindi closing, signature'),
    ('С уважение,\nГергана Стоянова', 'Гергана Стоянова', 'logwarden: Bulgarian closing, signature'),
    ('Ystävällisin terveisin\nAino Korhonen', 'Aino Korhonen', 'logwarden: Finnish closing, signature'),
    ('称呼：周雨桐\n备注：放门口', '周雨桐', 'logwarden: Chinese form label "称呼"'),
    ('المندوب فيصل الحربي كان محترماً', 'فيصل الحربي', 'logwarden: Arabic role word before a name'),
    ('העובדת מיכל שפירא עזרה לנו', 'מיכל שפירא', 'logwarden: Hebrew role word before a name'),
    ('nhân viên Trần Thu Hà rất nhiệt tình', 'Trần Thu Hà', 'logwarden: Vietnamese role word before a name'),
    ('お世話になっております。経理部の高橋美咲です。', '高橋美咲',
     'logwarden: Japanese business greeting, ranked surname'),
    ('박지민 님, 요청하신 자료를 보내드립니다.', '박지민', 'logwarden: Korean salutation, name apart from 님'),
    ('Annegret Vollmer hat gestern angerufen.', 'Annegret Vollmer',
     'logwarden: no cue: a ranked pair opens the sentence, lowercase prose goes on'),
    ('2026-10-14|Baptiste Leclercq|Nantes|remboursé', 'Baptiste Leclercq',
     'logwarden: no cue: a ranked pair alone in a record field'),
]
ISSUE_23_FIFTH_KEPT = [
    ('مع الشكر\nفريق خدمة العملاء', 'logwarden: an Arabic team signs, no person'),
    ('בברכה,\nצוות התמיכה', 'logwarden: a Hebrew team signs, no person'),
    ('با تشکر،\nتیم پشتیبانی', 'logwarden: a Persian team signs, no person'),
    ('المندوب تأخر كثيراً', 'logwarden: an Arabic role word before a verb'),
    ('nhân viên giao hàng đến muộn', 'logwarden: a Vietnamese role word before a noun'),
    ('お世話になっております。見積もりの件です。', 'logwarden: Japanese business greeting before no surname'),
    ('회원 님, 비밀번호를 변경해 주세요.', 'logwarden: Korean salutation of a role noun'),
    ('Заказал «Евгений Онегин» в подарочном издании.', 'logwarden: a Russian title in its quotes'),
    ('『吾輩は猫である』と『ちびまる子ちゃん』を注文しました。', 'logwarden: Japanese titles in their title marks'),
    ('Bitte schicken Sie Mercedes Benz-Prospekte', 'logwarden: a brand glued to a noun by a dash'),
    ('name_ok=1&dob_set=0', 'logwarden: a name key whose value is a flag, no letter'),
    ('iqAU3Yy+M95iWvIptrBMfxqq7/cKSru31fKoRppdODKjZ9+FWCjT/BFIOw==',
     'logwarden: Base64 whose tail reads as a key "…FIOw"'),
    ('Is de zaak aan de Jan Pieterszoon Coenstraat open?', 'logwarden: a Dutch street glued to its noun'),
]


@pytest.mark.parametrize(("text", "identifier", "source"),
                         CAUGHT + IN_EVERY_LANGUAGE + ISSUE_23_SECOND + ISSUE_23_FIFTH)
def test_a_name_is_caught(text: str, identifier: str, source: str) -> None:
    if "no cue" in source or "role word" in source or "verb of contact" in source:
        assert lexicon.load(), "the name lexicon is not built: python -m pipeline.privacy.lexicon (make test does)"
    assert_detected(KIND, text, identifier, source)


@pytest.mark.parametrize(("text", "source"), KEPT + ISSUE_23_SECOND_KEPT + ISSUE_23_FIFTH_KEPT)
def test_a_look_alike_is_kept(text: str, source: str) -> None:
    assert_kept_as_written(text, source)


def test_the_table_covers_thirty_languages_and_150_cases() -> None:
    languages = {source.split(": ", 1)[1].split(":")[0] for _, _, source in IN_EVERY_LANGUAGE}
    assert len(IN_EVERY_LANGUAGE) >= 150
    assert len(languages) >= 30


def test_every_language_of_the_default_audience_has_name_cues_with_a_source() -> None:
    import tomllib

    data = tomllib.loads((cues.CUE_DIR / "name.toml").read_text(encoding="utf-8"))
    for language in audience.DEFAULT_LANGUAGES:
        assert language in data, language
        assert data[language]["source"].strip(), language
        assert data[language].get("before") or data[language].get("after"), language


def test_a_narrower_audience_drops_the_other_languages_cues() -> None:
    try:
        audience.configure(audience.Audience(languages=("en",), regions=("GB",)))
        assert not list(name.find("Mein Name ist Brandt"))  # one word: the no-cue scorer needs two
        assert list(name.find("my name is Brandt"))
    finally:
        audience.configure(audience.DEFAULT)
    assert list(name.find("Mein Name ist Brandt"))


def test_without_the_lexicon_cues_still_work_and_one_line_is_logged(monkeypatch: pytest.MonkeyPatch,
                                                                     caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(lexicon, "_LOADED", [])
    monkeypatch.setattr(lexicon, "path", lambda: None)
    name._first_rank.cache_clear()
    name._last_rank.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="pipeline.privacy.lexicon"):
            assert list(name.find("Michael Johnson called about the refund")) == []
            assert list(name.find("Mein Name ist Lukas Brandt")) == [(14, 26)]
            lexicon.load()
        assert sum("name lexicon unavailable" in r.message for r in caplog.records) == 1
    finally:
        name._first_rank.cache_clear()
        name._last_rank.cache_clear()


def test_maybe_rejects_ordinary_ascii_text() -> None:
    for text in ("connection refused", "GET /api/v1/orders 200", "cache lookup for key user-42", "retrying in 5s"):
        assert not name.maybe(text), text


@pytest.mark.parametrize("unit", ["A: ", "Aa ", "Mr ", "名前は", "さん", "김 씨", "اسمي ", "Ab Cd ", "my name is ",
                                  "עם דוד ", "पटेल ने कहा "])
def test_time_is_linear_in_the_text(unit: str) -> None:
    def cost(n: int) -> float:  # the best of three: a busy machine's pauses are no cost of the text
        text = unit * n
        best = float("inf")
        for _ in range(3):
            start = time.thread_time()
            if name.maybe(text):
                list(name.find(text))
            best = min(best, time.thread_time() - start)
        return best

    cost(200)
    small, large = cost(1000), cost(8000)
    assert large < max(small, 0.002) * 8 * 4, (unit, small, large)


# Rule 7 (issue 23): a run next to a verb of contact or of speech of pipeline/privacy/cues/name_neighbour.toml, one of
# whose words the lexicon ranks (also in a case form). Names and sentences written for logwarden, none from the
# holdouts; the grammar of each language from the dictionary its table in name_neighbour.toml names.
NEIGHBOURED = [
    ("Vi pratade med Ylvali Sjöqvist om fakturan.", "Ylvali Sjöqvist", "sv: 'pratade med' before, rare first name"),
    ("Ho parlato con Ermenegildo Pastorelli, che conferma.", "Ermenegildo Pastorelli", "it: 'parlato con' before"),
    ("Lucía Ferrándiz me dijo que el pedido llegó.", "Lucía Ferrándiz", "es: 'me dijo' after, sentence start"),
    ("Νικόλαος Οικονόμου μου είπε ότι το δέμα έφτασε.", "Νικόλαος Οικονόμου", "el: 'μου είπε' after"),
    ("Am vorbit cu Mihaela Dumitrescu despre factură.", "Mihaela Dumitrescu", "ro: 'am vorbit cu' before"),
    ("/help/Am vorbit cu Sorina Vlădescu despre factură/view", "Sorina Vlădescu", "ro: in a URL path, after its slash"),
    ("Розмовляла з Оксаною Коваль про рахунок.", "Оксаною Коваль", "uk: instrumental -ою of Оксана"),
    ("Beszéltünk Tóth Gáborral a számláról.", "Tóth Gáborral", "hu: -val doubled after a consonant (Gábor)"),
    ("Rozmawiałem z Ołeną Bojko wczoraj.", "Ołeną Bojko", "pl: 'rozmawiałem z' before, instrumental -ą"),
    ("Vakar sarunājos ar Ilzi Kalniņu par pasūtījumu.", "Ilzi Kalniņu", "lv: accusative -ņu of -ņš"),
    ("Розмовляв з Тарасом Бондарем про доставку.", "Тарасом Бондарем", "uk: instrumental -ом, -ем"),
    ("שוחחתי עם יוסי מזרחי על ההזמנה.", "יוסי מזרחי", "he: after 'עם', ranked in Hebrew script"),
    ("تكلمت مع خالد الحربي بخصوص الفاتورة.", "خالد الحربي", "ar: after 'مع', ranked in Arabic script"),
    ("सुनीता वर्मा ने बताया कि भुगतान हो गया।", "सुनीता वर्मा", "hi: before 'ने बताया', a ranked surname"),
]


@pytest.mark.parametrize(("text", "identifier", "source"), NEIGHBOURED)
def test_a_run_next_to_a_verb_of_contact_is_a_name(text: str, identifier: str, source: str) -> None:
    assert lexicon.load(), "the name lexicon is not built: python -m pipeline.privacy.lexicon (make test does)"
    assert_detected(KIND, text, identifier, source)


@pytest.mark.parametrize("text", [
    "Jag pratade med Export Filter i går.",  # ordinary words that are no strong names
    "Ieri ho parlato con Cloud Storage, che funziona.",
    "Am vorbit cu Piața Unirii despre factură.",  # a place's head noun first
    "Jag pratade med Calle Isabel la Católica i går.",  # a street word opening the run
    "According to the Jordan Valley survey the data is late.",  # an article before
    "דיברתי עם השירות שלכם אתמול.",  # "with your service": no ranked name
    "تحدثت مع فريق الدعم أمس.",  # "with the support team"
    "मैंने ग्राहक सेवा से बात की।",  # "I spoke with customer service"
])
def test_a_verb_of_contact_makes_no_name_of_ordinary_words(text: str) -> None:
    assert [text[s:e] for s, e in name.find(text)] == []


def test_every_neighbour_table_has_phrases_in_thirty_languages() -> None:
    table = cues.table("name_neighbour")
    assert len(table.languages) >= 30
    assert all(table.before.get(lang) or table.after.get(lang) for lang in table.languages)


# Names in a delivery's or a service's narrative with no cue (issue 23, holdout4's "name in narrative, no cue"): a
# particle that is the sentence's article ends the run ("… hat Wiebke Harmsen den Brief …"); a surname's ending
# beside a ranked first name ("-ović", "-escu", "-iņš", "-ov", "-oğlu"); the verbs of a hand-over
# (cues/name_handover.toml: "l-a primit", "saņēma", "nos atendió", "ने ले लिया"). Names and sentences written for
# logwarden, none from the holdouts; each case fails without its rule (measured against the detector before it).
HANDED_OVER = [
    ("Am Freitag hat Wiebke Harmsen den Brief unterschrieben.", "Wiebke Harmsen", "de: 'den' is no particle here"),
    ("Jutro o 10:00 hat Frieda Lenz das Paket abgeholt.", "Frieda Lenz", "de: 'das' before an ordinary noun"),
    ("Gestern hat Torben Kleinschmidt der Nachbarin geholfen.", "Torben Kleinschmidt", "de: 'der' before a noun"),
    ("Na otpremnici stoji potpis: Dženan Alihodžić.", "Dženan Alihodžić", "bs: -ić after a signature's label"),
    ("Factura a semnat-o Sorin Vasilescu ieri.", "Sorin Vasilescu", "ro: -escu"),
    ("Vēstuli saņēma Edgars Kalniņš no kaimiņu mājas.", "Edgars Kalniņš", "lv: -iņš after 'saņēma'"),
    ("Kurjers atstāja paku, to parakstīja Zane Liepiņa.", "Zane Liepiņa", "lv: -iņa after 'parakstīja'"),
    ("Пакетот го прими Горан Стојановски.", "Горан Стојановски", "mk: -овски"),
    ("Kargoyu Mehmet Karaosmanoğlu teslim aldı.", "Mehmet Karaosmanoğlu", "tr: -oğlu, 'teslim aldı' after"),
    ("Пасылку атрымаў Андрэй Карпенка.", "Андрэй Карпенка", "be: 'атрымаў' before"),
    ("La caja la recibió Yurani Echeverri Zapata en portería.", "Yurani Echeverri Zapata", "es: 'la recibió'"),
    ("Por suerte Yuridia Castañeda Ibarra nos atendió enseguida.", "Yuridia Castañeda Ibarra",
     "es: 'nos atendió' after"),
    ("Vorige week heeft Sanne ten Hove het pakket opgehaald.", "Sanne ten Hove",
     "nl: ASCII text, a particle between the words (the orchestrator's first look)"),
    ("Ayer Rodrigo Mendoza dejó la caja en recepción.", "Rodrigo Mendoza", "es: a frequent surname that is a city"),
    ("Quem assinou foi Bruna Lima, da portaria.", "Bruna Lima", "pt: Lima, a city and a frequent surname"),
    ("The refund was approved after Megan Davis checked it.", "Megan Davis", "en: Davis, a city of the tz database"),
    ("Sáng nay Nguyễn Thị Lan ký nhận bưu kiện.", "Nguyễn Thị Lan", "vi: a middle name that is a word, 'ký nhận'"),
    ("Chiều qua Phạm Văn Hùng đã nhận thùng hàng.", "Phạm Văn Hùng", "vi: 'đã nhận' after"),
    ("تم تسليم الشحنة إلى سارة العتيبي عند الباب.", "سارة العتيبي", "ar: 'the shipment to' before"),
    ("سلمتها إلى فاطمة الزهراني صباح اليوم.", "فاطمة الزهراني", "ar: 'I handed it to' before"),
    ("पैकेट कल कविता यादव ने ले लिया।", "कविता यादव", "hi: 'ने ले लिया' after"),
    ("চিঠিটা নাসরিন সুলতানা নিয়েছেন।", "নাসরিন সুলতানা", "bn: 'নিয়েছেন' after"),
]


@pytest.mark.parametrize(("text", "identifier", "source"), HANDED_OVER)
def test_a_name_in_a_hand_over_is_caught(text: str, identifier: str, source: str) -> None:
    assert lexicon.load(), "the name lexicon is not built: python -m pipeline.privacy.lexicon (make test does)"
    assert_detected(KIND, text, identifier, f"written for logwarden: {source}")


@pytest.mark.parametrize("text", [
    "Vivimos en Camino Isabel la Católica.",  # a street's noun opens the run, cut at its epithet's article
    "Welcome to Aleja Lipowa",  # a first name's look-alike after a street's noun
    "Срещата е в театър „Христо Ботев“ довечера.",  # a theatre named after a poet, in quotes after its noun
    "Біз Абай Құнанбаев көшесінде тұрамыз.",  # kk: a street named after a poet, its noun after
    "Coletul l-a ridicat Fan Courier de la depozit.",  # a courier company after a hand-over verb
    "The parcel was received by Customer Service.",
    "Recibido por Correos de México ayer.",
    "Sūtījumu saņēma Latvijas Pasts.",
    "Am Montag hat Deutsche Bahn den Fahrplan geändert.",
    "Đường Lê Lợi nhận hàng rất nhanh.",  # vi: a street named after a king, its noun before
    "تم إرسال الطرد إلى الرياض أمس.",  # ar: the parcel to a city
    "تم تسليم الشحنة إلى خدمة العملاء.",  # ar: the shipment to customer service
    "Flora Tallinn võitis.",  # a club: a city that is no frequent surname
    "Real Madrid won again.",
    "Nos vemos en Santiago Lima mañana.",
])
def test_a_hand_over_or_a_surname_ending_makes_no_name_of_a_place_or_a_company(text: str) -> None:
    assert [text[s:e] for s, e in name.find(text)] == []


@pytest.mark.parametrize("text", [
    "Посылку забрала Вольга Шушкевіч вчера.",  # a Belarusian і in the surname
    "Ганна Шушкевіч патэлефанавала ў офіс.",
    "Вчера звонил Тарас Мельничуківський, просил перезвонить.",  # a Ukrainian і at the surname's end
])
def test_a_cyrillic_name_cut_short_by_a_non_russian_letter_goes_whole(text: str) -> None:
    """The Cyrillic run reads Russian letters: a surname with a Belarusian or Ukrainian letter is matched up to it,
    and the rest of the word must go with the match, never be left behind ("[name]іч")."""
    for start, end in name.find(text):
        assert end == len(text) or not text[end].isalpha(), (text, text[start:end], text[end:])
    assert any(text[start:end].startswith(("Вольга", "Ганна", "Тарас")) for start, end in name.find(text))


# Rule 4 (issue 23, session of 2026-12-07 afternoon): a person named as a work's maker or subject is a public figure in
# a review or a question about stock (cues/name_work.toml); the same names next to an order, a parcel or a call are
# still names. Sentences written for logwarden with authors, film makers and singers of the languages' own
# literatures, none from the holdouts or the look-alike development set.
WORKS_KEPT = [
    "Do you still have the paperback of Zadie Smith's novel?",  # a possessive before a work
    "have you read Anne of Green Gables? my daughter loves it",  # a verb of reading before a title
    "Wir lesen gerade Michael Kohlhaas in der Schule.",
    "Is the new novel by Kazuo Ishiguro in stock yet?",
    "Haben Sie noch die Filme von Rainer Werner Fassbinder auf DVD?",
    "Avez-vous les romans de Marguerite Duras en poche ?",
    "¿Tienen las novelas de Isabel Allende en tapa dura?",
    "Cercavo un libro di Natalia Ginzburg per mia figlia.",
    "Czy macie jeszcze powieści Stanisława Lema w twardej oprawie?",
    "Máte knihy Bohumila Hrabala v angličtině?",
    "Купила книги Михаила Булгакова, одна пришла помятой.",
    "Шукаю вірші Ліни Костенко у твердій палітурці.",
    "Cărțile lui Mircea Cărtărescu au ajuns azi.",
    "Nezahualcóyotl? No, busco poemas de Jaime Sabines.",
    "Har ni böcker av Selma Lagerlöf på engelska?",
    "Hebt u boeken van Harry Mulisch op voorraad?",
    "Orhan Pamuk'un romanı hâlâ gelmedi.",
    "Szabó Magda regényei megérkeztek, köszönöm.",
    "Tilasin Sofi Oksasen romaanin, mutta se ei tullut.",
    # a verb of reading or watching before the run: the run is the work itself
    "Mój syn czyta teraz, a ja czytam Pan Wołodyjowski.",
    "Estoy releyendo Don Segundo Sombra en vacaciones.",
    "Čitam Kiklop Ranka Marinkovića za lektiru.",
    "Releí Cien años de soledad y Pedro Páramo este verano.",
    "We are rewatching Forrest Gump tonight.",
    "Читаю Мастера и Маргариту уже третий раз.",
]
WORKS_CAUGHT = [
    ("Please ship Emily Carter's order to the office.", "Emily Carter", "written for logwarden: en: an order"),
    ("Ich habe mit Rainer Werner Fassbinder telefoniert.", "Rainer Werner Fassbinder",
     "written for logwarden: de: a call, no work"),
    ("Le colis a été remis à Marguerite Lefebvre hier.", "Marguerite Lefebvre", "written for logwarden: fr: a parcel"),
    ("I'm reading Mrs Whitcombe's complaint now.", "Whitcombe",
     "written for logwarden: en: a person's letter after a verb of reading"),
    # cues the sixth holdout showed missing, written apart from it
    ("Siobhán Ní Dhuibhir is ainm dom, tá an t-ordú mall.", "Siobhán Ní Dhuibhir",
     "written for logwarden: ga: the name before 'is ainm dom'"),
    ("발신자: 한지민", "한지민", "written for logwarden: ko: a sender's label"),
    ("مع أطيب التحيات،\nمحمد بن عبدالله القحطاني", "محمد بن عبدالله القحطاني",
     "written for logwarden: ar: a signature of four words with بن"),
]
KEPT_LABELS = [
    "고객님, 주문하신 상품이 출고되었습니다.",  # ko: a noun glues 님 too
    "주문자님, 배송지를 확인해 주세요.",
    "Cliquez sur Mes favoris puis sur Votre profil.",  # French determiners open UI labels; Maltese "Sur" is weak
    "Please call me back after lunch, thanks.",  # "call me" names only a capitalized word
    "You can call me at the office tomorrow.",
    "Wir haben hier das beste Wiener Schnitzel der Gegend.",  # German "beste", no Dutch salutation
    "Die Ausstellung über Karl IV. und Ludwig XIV. beginnt morgen.",  # monarchs by their numbers
    "Visitámos o Paço de Dom Manuel II em Vila Viçosa.",
    "As festas de São João enchem o Porto.",  # a saint's day
    "La processione di San Gennaro passa di qui.",
    'Did you like "The Curious Life of Tobias Wren" as much as I did?',  # a title in its quotes
    "Kupiłem synowi „Pan Samochodzik” na urodziny, podoba mu się.",
    "Our Bang & Olufsen speakers and the Marks & Spencer voucher arrived.",  # firms of founders' names
    "Θα είμαστε στο Ελευθέριος Βενιζέλος στις οκτώ.",  # el: the neuter article before an airport's eponym
    "Der EC Antonín Dvořák fährt heute später ab.",  # a train named after a composer
    "Spotkajmy się przy Galeria Mokotów przy wejściu A.",  # a shopping centre's noun first
    "De winkel aan de Johan van Oldenbarneveltlaan is dicht.",  # a Dutch street glued to its noun
]
NAMES_BESIDE_THESE = [
    ("/docs/Beste Marloes,\nje pakket is onderweg./view", "Marloes", "written for logwarden: nl salutation in a path"),
    ("Ask Tom Hanks & Rita Wilson about the refund", "Rita Wilson", "written for logwarden: two people, no firm"),
    ("Hei Juha-Matti,\nkiitos viestistä!", "Juha-Matti", "written for logwarden: fi: a compound first name"),
    ("박서준님, 주문하신 상품이 출고되었습니다.", "박서준", "written for logwarden: ko: 님 glued to the name"),
    ("Tomorrow Gareth Williams will pick up the parcel.", "Gareth Williams",
     "written for logwarden: en: a hand-over in the future"),
    ("From: 정하늘 <haneul.jung@example.org>\nSubject: 환불 요청", "정하늘",
     "written for logwarden: ko: a mailbox's name in a script without capitals"),
    ("From: אורית כהן <orit.c@example.org>", "אורית כהן", "written for logwarden: he: a mailbox's name"),
    ("Dạ, mình tên là Phạm Thu Trang, cho mình hỏi về đơn hàng.", "Phạm Thu Trang",
     "written for logwarden: vi: 'mình tên là', the informal 'my name is'"),
    ("Beste Joris Verhoeven,\nuw pakket is onderweg.", "Joris Verhoeven", "written for logwarden: nl salutation"),
    ("Please forward it to John Fairweather III tomorrow", "John Fairweather",
     "written for logwarden: en: a private person's number follows a surname"),
    ("Santo Marchetti ha chiamato due volte.", "Santo Marchetti", "written for logwarden: it: 'Santo' as a first name"),
    ('He wrote "Call Anna Berg tomorrow" on the note', "Anna Berg",
     "written for logwarden: en: quoted speech is no title"),
    ('{"contact": "Anna Maria Berg, Berlin", "ok": 1}', "Anna Maria Berg",
     "written for logwarden: a quoted field of capitalized words is no title"),
]


@pytest.mark.parametrize(("text", "identifier", "source"), NAMES_BESIDE_THESE)
def test_names_beside_the_title_and_place_rules_are_caught(text: str, identifier: str, source: str) -> None:
    assert_detected(KIND, text, identifier, source)


@pytest.mark.parametrize("text", KEPT_LABELS)
def test_a_ui_label_after_a_french_preposition_is_kept(text: str) -> None:
    assert [text[s:e] for s, e in name.find(text)] == []


@pytest.mark.parametrize("text", WORKS_KEPT)
def test_a_works_maker_or_subject_is_kept(text: str) -> None:
    assert [text[s:e] for s, e in name.find(text)] == []


@pytest.mark.parametrize(("text", "identifier", "source"), WORKS_CAUGHT)
def test_the_same_names_without_a_work_are_caught(text: str, identifier: str, source: str) -> None:
    assert_detected(KIND, text, identifier, source)


# Rule 1's place nouns as data (cues/name_place.toml): schools, hospitals, airports, stadiums named after people, in
# the case or definite form a sentence puts the noun in. Written for logwarden, none from the development set.
PLACES_KEPT = [
    "Na Gymnáziu Pavla Országha Hviezdoslava je dnes deň otvorených dverí.",  # sk locative
    "Byla jsem v Nemocnici Tomáše Bati ve Zlíně.",  # cs locative
    "Spitalul Victor Babeș are program de vizite până la 19.",  # ro definite
    "Liceul Gheorghe Lazăr organizează un concurs.",
    "Slijećemo u zračnu luku Ruđer Bošković sutra.",  # an invented airport, hr accusative, lower case
    "Wedstrijd in het Johan Cruijff Stadion begint om 20:00.",
    "We zijn gisteren naar het Vincent van Gogh Huis geweest.",
    "Il concerto è allo Stadio Artemio Franchi.",
    "Coláiste Bríde ag dúnadh go luath inniu.",
    "Karen Blixen-prisen gik til en ung forfatter.",
    "Bảo tàng Võ Nguyên Giáp mở cửa đến 17 giờ.",
    "Kami menunggu di RSUD Dokter Soetomo sejak pagi.",
    "Kalevan Sibelius-lukio järjestää avoimet ovet.",
    "We landed at Jomo Kenyatta two hours late.",  # an airport by its eponym alone after a flight's words
    "Aterrizamos en Adolfo Suárez a las seis de la mañana.",
]
PLACE_NOUN_NAMES_CAUGHT = [
    # a person where a place is: a place noun in lower case before a name is where they are, not whom the place is
    # named after (these leaked while the table's single nouns counted before a run)
    ("В парке Иван Петров гулял с собакой.", "Иван Петров", "written for logwarden: ru: in the park, a person"),
    ("В школе Мария Иванова работает учителем.", "Мария Иванова", "written for logwarden: ru: at school"),
    ("W szpitalu Anna Nowak pracuje jako pielęgniarka.", "Anna Nowak", "written for logwarden: pl: at the hospital"),
    ("V nemocnici Jana Nováková pracuje od rána.", "Jana Nováková", "written for logwarden: cs: at the hospital"),
    ("At the park Anna Berg was waiting for me.", "Anna Berg", "written for logwarden: en: at the park"),
    ("Ο φίλος του Γιάννης Παπαδόπουλος πήρε το δέμα.", "Γιάννης Παπαδόπουλος",
     "written for logwarden: el: 'του' as 'his', no neuter article"),
    ("I'm reading Emily Carter's complaint now, will reply soon.", "Emily Carter",
     "written for logwarden: en: a verb of reading before a person's possessive"),
    ("U školi Ana Horvat predaje matematiku.", "Ana Horvat", "written for logwarden: hr: at school"),
    ("Na stadionie Piotr Zieliński odebrał paczkę.", "Piotr Zieliński", "written for logwarden: pl: at the stadium"),
    ("У лікарні Олена Коваленко чекала на мене.", "Олена Коваленко", "written for logwarden: uk: at the hospital"),
    ("I spoke with Park Min-jun yesterday about the order", "Park Min-jun",
     "written for logwarden: en: a Korean surname that is a place noun elsewhere ('park'), first"),
    ("Please forward the invoice to Maja Lindqvist, thanks", "Maja Lindqvist",
     "written for logwarden: en: a first name that is also an Estonian noun"),
    ("Ask Maria Mercado about the refund tomorrow", "Maria Mercado",
     "written for logwarden: en: a surname that is a Spanish noun"),
    # English words that are place nouns of another language before a run ("via", "place") and the English noun that
    # English writes after a name, not before ("airport"): these leaked
    ("Request forwarded via John Smith from sales, see thread", "John Smith",
     "written for logwarden: en: 'via' as 'by way of', not an Italian street"),
    ("Please place John Smith on the waiting list", "John Smith",
     "written for logwarden: en: 'place' as a verb, not a French square"),
    ("I drove to the airport Maria Lopez was waiting outside", "Maria Lopez",
     "written for logwarden: en: no comma after 'airport'"),
    # an abbreviation of a street noun without its dot ("ul", "al", "os", "av") that is a word of another language
    ("Fick ett mejl av Lars Eriksson igår om leveransen.", "Lars Eriksson",
     "written for logwarden: sv: 'av' (from), not an avenida"),
    ("Pakken ble hentet av Ingrid Solberg i går.", "Ingrid Solberg", "written for logwarden: nb: 'av' (by)"),
    ("Ontem falei com os Santos Pereira sobre a entrega.", "Santos Pereira",
     "written for logwarden: pt: 'os' (the), a family"),
    ("please forward to al Rashid Hamdan in billing", "Rashid Hamdan",
     "written for logwarden: en: the Arabic article, not an aleja"),
]
WATCHED_DOING_CAUGHT = [
    # a verb of watching before a person and the bare verb of what they did: no film (rule 4 had kept them)
    ("We watched Lukas Brandt play for the school team.", "Lukas Brandt", "written for logwarden: en"),
    ("I watched Priya Raman present the quarterly numbers.", "Priya Raman", "written for logwarden: en"),
]
WATCHED_TITLES_KEPT = [
    "I watched Forrest Gump again last night.",  # what follows a title: adverbs, "and the …", the work's nouns
    "We watched Harry Potter and the Goblet of Fire.",
    "watching Emily Blunt movies tonight",
]


PLACES_KEPT += [
    "Abito in via Giuseppe Verdi vicino al parco.",  # introduced by Italian "in"
    "Il negozio è in via Alessandro Manzoni, 14.",
    "Rendez-vous sur la place Charles de Gaulle à midi.",  # introduced by French "la"
    "Ci vediamo in via Giuseppe Garibaldi domani.",
    "Spedire a via Camillo Benso 7, Torino.",  # a house number after the run
    "Boris mieszka na ul Jana Kilińskiego 12.",  # the abbreviation without its dot, with a house number
]


PARTICLED_NAMES_CAUGHT = [
    # a first name, a lowercase particle, a surname the lexicon ranks low alone, in the middle of a sentence with no
    # cue: these leaked ("Vries" alone is rare; "de Vries" is the Netherlands' most frequent surname)
    ("Ik zag Sanne de Vries gisteren bij het station.", "Sanne de Vries", "written for logwarden: nl"),
    ("Gisteren belde Femke van der Heijden over de bestelling.", "Femke van der Heijden", "written for logwarden: nl"),
    ("Ontem encontrei a Joana da Cunha no mercado.", "Joana da Cunha", "written for logwarden: pt"),
    ("Ayer llamó Lucía de la Fuente por el pedido.", "Lucía de la Fuente", "written for logwarden: es"),
    ("Gestern hat Friederike von Ahlen das Paket abgeholt.", "Friederike von Ahlen", "written for logwarden: de"),
    # "du" is the German "you" before a name, not the French article (rule 2)
    ("Kannst du Heike von Stetten sagen, dass es da ist?", "Heike von Stetten", "written for logwarden: de"),
    ("Ik zag Lotte ter Horst bij de balie.", "Lotte ter Horst", "written for logwarden: nl: rank > 200"),
    # a capitalized particle joined to the surname, after a first name in the top 200
    ("Domani accompagno Giovanna Lo Cascio alla stazione.", "Giovanna Lo Cascio", "written for logwarden: it"),
    ("Inné tháinig Ciarán Ó Dálaigh leis an mbeart.", "Ciarán Ó Dálaigh", "written for logwarden: ga"),
]
SUFFIXED_NORDIC_NAMES_CAUGHT = [
    # a surname told by its ending after a ranked first name: the Finnish -nen in the case a sentence puts it in, the
    # Icelandic patronymics, the Danish -sen (these leaked when the lexicon did not hold the surname)
    ("Soitin eilen Mikko Hämäläiselle paketista.", "Mikko Hämäläiselle", "written for logwarden: fi: allative"),
    ("Guðrún Sigurðardóttir hringdi í gær vegna pöntunar.", "Guðrún Sigurðardóttir", "written for logwarden: is"),
    ("Ég talaði við Jón Einarsson í morgun.", "Jón Einarsson", "written for logwarden: is"),
    ("Ring til Sofie Kjeldsen i morgen om pakken.", "Sofie Kjeldsen", "written for logwarden: da"),
    ("Pozdravuj Terezu Hronkovou, ať se brzy uzdraví.", "Terezu Hronkovou", "written for logwarden: cs: accusative"),
]


PARTICLED_PLACES_KEPT = [
    "We flew to Santiago de Chile last spring.",  # a place after its particle: rule 5 still decides
    "Il pellegrinaggio finisce a Santiago de Compostela.",
    "Er Den Lille Havfrue stadig under renovering?",  # a capitalized "Den" after a word that is no top first name
]


@pytest.mark.parametrize(("text", "identifier", "source"),
                         PARTICLED_NAMES_CAUGHT + SUFFIXED_NORDIC_NAMES_CAUGHT + WATCHED_DOING_CAUGHT)
def test_a_name_without_a_cue_that_a_rule_once_hid_is_found(text: str, identifier: str, source: str) -> None:
    """A particle before the surname, a surname's ending in its case, a person watched doing something."""
    assert_detected(KIND, text, identifier, source)


@pytest.mark.parametrize("text", PARTICLED_PLACES_KEPT + WATCHED_TITLES_KEPT)
def test_the_places_and_titles_beside_those_rules_are_kept(text: str) -> None:
    assert [text[s:e] for s, e in name.find(text)] == []


@pytest.mark.parametrize("text", PLACES_KEPT)
def test_a_place_named_after_a_person_is_kept(text: str) -> None:
    assert [text[s:e] for s, e in name.find(text)] == []


@pytest.mark.parametrize(("text", "identifier", "source"), PLACE_NOUN_NAMES_CAUGHT)
def test_a_place_noun_that_is_also_a_name_stays_a_name(text: str, identifier: str, source: str) -> None:
    assert_detected(KIND, text, identifier, source)


@pytest.mark.parametrize("table", ["name_work", "name_place"])
def test_the_work_and_place_tables_have_sources_in_thirty_languages(table: str) -> None:
    loaded = cues.table(table)
    assert len(loaded.languages) >= 30
    assert all(loaded.before.get(lang) or loaded.after.get(lang) for lang in loaded.languages)


def test_no_place_noun_is_a_frequent_name() -> None:
    """A head noun rules a window out, so a word that is also one of a country's 200 most frequent first names or
    surnames would let that name through ("Maja", "Day", "Mercado" stay out of cues/name_place.toml)."""
    lex = lexicon.load()
    assert lex, "the name lexicon is not built: python -m pipeline.privacy.lexicon (make test does)"
    known = {w.lower().rstrip(".") for w in name.HEAD_NOUNS}
    table = cues.table("name_place")
    words = {p if which == "before" else p.rsplit(" ", 1)[-1]
             for which, entries in (("before", table.before), ("after", table.after))
             for items in entries.values() for p in items if which == "after" or " " not in p}
    frequent = sorted(w for w in words - known
                      if min([r for form in (w, w.capitalize()) for r in (lex.first_rank(form), lex.last_rank(form))
                              if r] or [10**6]) <= 200)
    assert frequent == []


# --- names without a cue in a script without case (issue 23: holdout9's largest gap) ------------------------------
# Sentences written for logwarden; the names are ordinary ones of each country, not drawn from the lexicon's source.

CASELESS_NAMED = [
    ("وصل الطرد وسلمته إلى سلمى العتيبي أمس.", "سلمى العتيبي"),
    ("אתמול רונית פרץ אספה את החבילה.", "רונית פרץ"),
    ("आज राकेश शर्मा दुकान पर आए थे।", "राकेश शर्मा"),
    ("امروز مریم رضایی سفارش را گرفت.", "مریم رضایی"),
    ("রহিম হোসেনকে জানিয়ে দিন।", "রহিম হোসেন"),            # less the joined case ending -কে
    ("قل لسارة القحطاني إن الطلب وصل.", "سارة القحطاني"),      # less the joined preposition ل
    ("ותגיד לדני לוי שהכל בסדר.", "דני לוי"),
    ("ช่วยบอก อารีรัตน์ ใจเย็น ว่าของถึงแล้ว", "อารีรัตน์ ใจเย็น"),      # Thai: PyThaiNLP's name lists
    ("เมื่อวานฝากของไว้กับสมศักดิ์ มั่นคง แล้ว", "สมศักดิ์ มั่นคง"),     # the first name ends a phrase
]

CASELESS_KEPT = [
    "توقفنا عند محطة عمر المختار ثم مشينا.",       # a station named after someone: its noun before
    "हम राजीव गांधी स्टेडियम के पास रहते हैं।",       # a stadium: its noun after
    "نور آبی چراغ خراب است.",                       # "blue light": an everyday word as the surname
    "חן חן על העזרה!",                              # "thanks": one word twice
    "दीपक का सेट टूटा हुआ आया।",                     # "of" is a function word, not a surname
    "วันนี้อากาศดีมาก ใจดี จริงๆ",                     # "kind" is a family name, but no given name before it
]


@pytest.mark.parametrize(("text", "person"), CASELESS_NAMED)
def test_a_first_name_and_a_surname_without_case_are_a_name_without_a_cue(text: str, person: str) -> None:
    assert name.maybe(text)
    assert [text[a:b] for a, b in name.find(text)] == [person]


@pytest.mark.parametrize("text", CASELESS_KEPT)
def test_places_and_everyday_words_without_case_are_no_name(text: str) -> None:
    assert list(name.find(text)) == []


# --- names with no cue in Chinese, Japanese and Korean (family names: cues/name_family.toml) -----------------------

CJK_NAMED = [
    ("请把发票寄给黄志明，谢谢。", "黄志明"),          # a family name of the list and a ranked given name
    ("昨日、鈴木陽子に荷物を渡しました。", "鈴木陽子"),  # a ranked surname and given name before a particle
    ("어제 최영호한테 전화했어요.", "최영호"),           # a family syllable and a ranked given name before 한테
]

CJK_KEPT = [
    "胡萝卜汁过期了。",                # carrots: a frequent word, though 胡 is a family name
    "周末能送货吗？",                  # the weekend: 周 and a word, no given name
    "在孙中山纪念馆门口等我。",        # a memorial hall named after him: the place's noun follows
    "배송 예정일: 2026. 2. 13.",       # "scheduled date": a frequent word
    "松本城の近くに住んでいます。",    # a castle: no given name before the particle
]


@pytest.mark.parametrize(("text", "person"), CJK_NAMED)
def test_a_family_and_a_given_name_joined_are_a_name_without_a_cue(text: str, person: str) -> None:
    assert name.maybe(text)
    assert person in [text[a:b] for a, b in name.find(text)]


@pytest.mark.parametrize("text", CJK_KEPT)
def test_words_and_places_that_begin_with_a_family_name_are_no_name(text: str) -> None:
    assert list(name.find(text)) == []


def test_the_family_name_table_has_its_sources() -> None:
    table = cues.written("name_family")
    assert set(table) == {"zh", "ko", "vi"} and all(entry["source"] and entry["before"] for entry in table.values())
    assert "王" in table["zh"]["before"] and "김" in table["ko"]["before"]


# --- Vietnamese names with no cue (family names: cues/name_family.toml [vi]) ----------------------------------------

VIETNAMESE_NAMED = [
    ("Sáng nay Phạm Quốc Hưng gọi điện hỏi về đơn hàng.", "Phạm Quốc Hưng"),
    ("Nhờ chị báo Bùi Thị Ngọc Ánh là hàng đã về.", "Bùi Thị Ngọc Ánh"),
]

VIETNAMESE_KEPT = [
    "Cửa hàng gần công viên Lê Thị Riêng.",          # a park named after her: its noun before
    "Em học ở trường Nguyễn Thượng Hiền.",             # a school
    "Chi nhánh ở TP. Hồ Chí Minh mở cửa đến 9 giờ.",  # a city
    "We had dinner at La Casa Blanca in Madrid.",      # no letter only Vietnamese writes
]


@pytest.mark.parametrize(("text", "person"), VIETNAMESE_NAMED)
def test_a_vietnamese_family_name_and_its_syllables_are_a_name_without_a_cue(text: str, person: str) -> None:
    assert [text[a:b] for a, b in name.find(text)] == [person]


@pytest.mark.parametrize("text", VIETNAMESE_KEPT)
def test_vietnamese_places_named_after_people_and_other_languages_runs_are_no_name(text: str) -> None:
    assert list(name.find(text)) == []


# --- a cue's name in lower case or in capitals (issue 23: forms and chat write names so) ----------------------------

RECASED_NAMED = [
    # (text, the name, source)
    ("je m'appelle pierre dubois", "pierre dubois", "written for logwarden: fr, a strong cue, all lower case"),
    ("Ich heiße anna-lena krüger und wohne in Köln", "anna-lena krüger", "written for logwarden: de, a hyphened name"),
    ("me llamo josé luis pérez", "josé luis pérez", "written for logwarden: es, two given names and a surname"),
    ("mi chiamo giulia rossi e vorrei un rimborso", "giulia rossi", "written for logwarden: it, a conjunction ends it"),
    ("nazywam się piotr nowak", "piotr nowak", "written for logwarden: pl"),
    ("my name is john o'connor and i need help", "john o'connor", "written for logwarden: a surname's apostrophe"),
    ("my name is jdoe123", "jdoe123", "written for logwarden: a handle-like name after 'my name is', whole"),
    ("signed: m. a. oyelaran-whitcombe, flat 2", "m. a. oyelaran-whitcombe", "written for logwarden: initials"),
    ("MY NAME IS KAREN WHITFIELD", "KAREN WHITFIELD", "written for logwarden: a form typed in capitals"),
    ("MY NAME IS KAREN AND I NEED HELP", "KAREN", "written for logwarden: one first name in capitals"),
    ("Nom : DUPONT Marie-Claire", "DUPONT Marie-Claire", "written for logwarden: fr form, the surname in capitals"),
    ("Contact: John SMITH", "John SMITH", "written for logwarden: the surname in capitals after the given name"),
    ("Contacto: MARÍA DEL CARMEN RUIZ", "MARÍA DEL CARMEN RUIZ", "written for logwarden: a particle in capitals"),
    ("Ansprechpartner: HANS-PETER MÜLLER", "HANS-PETER MÜLLER", "written for logwarden: de, a hyphened given name"),
    ("Regards,\nTOMASZ WIŚNIEWSKI", "TOMASZ WIŚNIEWSKI", "written for logwarden: a signature in capitals"),
    ("thanks,\nmaria gonzalez", "maria gonzalez", "written for logwarden: a signature in lower case"),
    ("S pozdravem,\nDVOŘÁK Jindřich", "DVOŘÁK Jindřich", "written for logwarden: cs, a surname first in capitals"),
    ("Saluti,\nDI STEFANO Gianluca", "DI STEFANO Gianluca", "written for logwarden: it, a particle in capitals"),
    ("Met vriendelijke groet,\nP.J.M. de Wit", "P.J.M. de Wit", "written for logwarden: nl, three initials"),
    ("Kontaktperson: LINDQVIST, Maja (lager)", "LINDQVIST, Maja", "written for logwarden: sv, a form's inverted name"),
    ("moin, hier ist karl-heinz ostendorp, wegen der rechnung", "karl-heinz ostendorp",
     "written for logwarden: de chat in lower case, a surname nobody ranks"),
    ("hola soy ana belén garcía, no me llegó", "ana belén garcía",
     "written for logwarden: es chat, accents, three words"),
    ("namaste, main hoon Ritika Saxena, refund kab milega", "Ritika Saxena",
     "written for logwarden: Hindi typed in Latin letters"),
    ("Wako,\nZawadi Wanjiru Kamau", "Zawadi Wanjiru Kamau", "written for logwarden: sw, a closing of one word"),
    ("Kveðja,\nSigurlaug Hrafnkelsdóttir", "Sigurlaug Hrafnkelsdóttir", "written for logwarden: is, 'Kveðja,' alone"),
    ('Maraming salamat,\nErnesto "Boy" Dimaculangan', 'Ernesto "Boy" Dimaculangan',
     "written for logwarden: tl, a nickname in quotes"),
]

RECASED_KEPT = [
    "Liebe Grüße aus Graz",                    # a function word after a closing, no name
    "Estimado Cliente: su pedido ha sido enviado.",
    "Mein Name ist nicht wichtig",
    "me llamo para preguntar por el pedido",
    "Contact: CUSTOMER SERVICE",
    "Contact: IT SUPPORT TEAM",
    "Attn: SALES DEPT",
    "Kind regards,\nTHE SUPPORT TEAM",
    "Cheers,\nLONDON OFFICE",
    "Ansprechpartner: VERTRIEB NORD",
    "Nom : SERVICE CLIENT",
    "Thanks,\nsee you soon",
    "hier ist alles gut, danke",               # a chat cue before ordinary words
    "signed: e.g. something else",
    "Regards,\nACME LTD",
    "Met vriendelijke groet,\nTeam Support",
]


@pytest.mark.parametrize(("text", "identifier", "source"), RECASED_NAMED)
def test_a_cues_name_in_lower_case_or_capitals_is_caught(text: str, identifier: str, source: str) -> None:
    assert_detected(KIND, text, identifier, source)
    assert any(text[a:b] == identifier for a, b in name.find(text)), source  # the whole name, not a part


@pytest.mark.parametrize("text", RECASED_KEPT)
def test_words_in_lower_case_or_capitals_after_a_cue_that_are_no_name_are_kept(text: str) -> None:
    assert_kept_as_written(text, "written for logwarden")


# --- a surname in capitals before the first name, in running text (issue 23, holdout10's kind) --------------------

SURNAME_FIRST = [
    ("Ich habe mit KOWALCZYK Agnieszka gesprochen, sie ruft zurück.", "KOWALCZYK Agnieszka"),
    ("per the roster, SATO-NGUYEN Hiroshi covers the night shift", "SATO-NGUYEN Hiroshi"),
    ("ayer pasó GONZÁLEZ Lucía por la tienda", "GONZÁLEZ Lucía"),
]

SURNAME_FIRST_KEPT = [
    "We bought the IKEA Family card and a USB Stick at HOTEL Maria.",
    "Call BMW Group or ZARA Home, NEW York office",
    "THE Beatles played, CEO Mark said so",
]


@pytest.mark.parametrize(("text", "person"), SURNAME_FIRST)
def test_a_surname_in_capitals_before_a_ranked_first_name_is_a_name(text: str, person: str) -> None:
    assert person in [text[a:b] for a, b in name.find(text)]


@pytest.mark.parametrize("text", SURNAME_FIRST_KEPT)
def test_words_in_capitals_before_a_capitalized_word_are_no_name(text: str) -> None:
    assert_kept_as_written(text, "written for logwarden")


@pytest.mark.parametrize(("text", "person"), [
    ("gestern hat die Nachbarin Wiebke Osterkamp das Paket angenommen", "Wiebke Osterkamp"),
    ("azi a sunat Mirela Vântu pentru factura", "Mirela Vântu"),
])
def test_a_neighbour_or_a_verb_of_calling_before_a_full_name(text: str, person: str) -> None:
    assert_detected(KIND, text, person, "written for logwarden: holdout10's kinds in other words")


@pytest.mark.parametrize(("text", "person"), [
    ("ayer pasó Encarnación Villalobos Iturbe a por el paquete", "Encarnación Villalobos Iturbe"),
    ("o Gilberto Medeiros Quintela ligou ontem à tarde", "Gilberto Medeiros Quintela"),
])
def test_a_first_name_and_two_ranked_surnames_are_a_name_without_a_cue(text: str, person: str) -> None:
    """Spanish and Portuguese names carry two surnames (holdout10's kind, written in other words)."""
    assert person in [text[a:b] for a, b in name.find(text)]


@pytest.mark.parametrize("text", [
    "Kue dari Toko Roti Bu Siti datang masih hangat.",  # a bakery: a place's noun opens the run
    "Díky Barbora Novotná za pomoc!",  # a greeting and a first name: the middle word is a first name
])
def test_two_surnames_need_a_first_name_before_them(text: str) -> None:
    spans = [text[a:b] for a, b in name.find(text)]
    assert not any(span.split()[0] in ("Toko", "Díky") for span in spans), spans


# --- Georgian, Armenian and Azerbaijani, the languages of three default regions (holdout11's kind) ----------------

@pytest.mark.parametrize(("text", "person"), [
    ("გამარჯობა, მე მქვია ნინო ბერიძე და მინდა შეკვეთის გაუქმება", "ნინო ბერიძე"),  # Mkhedruli: no capitals in use
    ("მადლობა.\n\nპატივისცემით,\nგიორგი კაპანაძე", "გიორგი კაპანაძე"),
    ("Բարև, իմ անունը Անահիտ Սարգսյան է, պատվերս չի եկել", "Անահիտ Սարգսյան"),  # Armenian capitals
    ("Hörmətli Səbinə Əliyeva,\nsifarişiniz göndərildi.", "Səbinə Əliyeva"),  # Azerbaijani's ə
    ("Dünən Rəşad Məmmədov ilə danışdım, hələ cavab yoxdur.", "Rəşad Məmmədov"),
])
def test_names_in_georgian_armenian_and_azerbaijani(text: str, person: str) -> None:
    assert any(person in text[a:b] for a, b in name.find(text)), list(name.find(text))


@pytest.mark.parametrize(("text", "person"), [
    ("Tomasz Wąsowicz dzisiaj się spóźni, zacznijcie beze mnie", "Tomasz Wąsowicz"),  # holdout11's kind
    ("Ingrid Holmqvist ringer tillbaka i morgon", "Ingrid Holmqvist"),
])
def test_a_strong_first_name_opening_a_sentence_vouches_for_a_rare_surname(text: str, person: str) -> None:
    assert [text[a:b] for a, b in name.find(text)] == [person]


@pytest.mark.parametrize("text", [
    "Su TikTok sono molto attiva",  # a function word, and a brand's inner capital
    "Louis Vuitton apre un negozio",  # a founder's brand: its name is an ordinary word of the audience (wordfreq)
])
def test_an_opening_pair_that_is_no_person_stays(text: str) -> None:
    assert list(name.find(text)) == []


@pytest.mark.parametrize("text", [
    "Em anexo a fatura da Valente Jesus e Filhos referente à consultoria.",  # holdout11's kind
    "La factura de Ramiro Quintana e Hijos llegó ayer.",
    "Die Möbel kommen von Karl Brenner und Söhne aus Ulm.",
])
def test_a_family_firm_after_its_founders_names_is_no_person(text: str) -> None:
    assert list(name.find(text)) == []


def test_a_person_and_his_sons_is_still_a_person() -> None:
    text = "Yesterday James Whitfield and his sons visited."
    assert [text[a:b] for a, b in name.find(text)] == ["James Whitfield"]
