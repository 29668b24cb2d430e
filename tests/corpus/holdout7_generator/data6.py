# salutations, CSV rows, headers, lowercase/emoji, more look-alikes
DATA = [
('de', """
name|name after salutation 'Sehr geehrte Frau'|Sehr geehrte Frau [[Kirchhoff-Anand]],\\nvielen Dank für Ihre Nachricht.
email|email in CSV row|name;email;plz\\nHeinz W.;[[heinz.wolters@example.de]];50667
cap|biography of public figure|Suche die Biografie über [[Konrad Adenauer]] als Hörbuch.
lk_luhn_invalid|19-digit payment reference failing Luhn|Zahlungsreferenz [[{BAD19}]] bitte angeben
"""),
('en', """
name|name after 'Dear'|Dear Mr [[Okonkwo-Hale]],\\nyour replacement kettle ships tomorrow.
email|email in Reply-To header|Reply-To: [[tessa.vandermeer@example.net]]\\nX-Mailer: webform
birth_date|DOB in lowercase chat|dob [[2 march 1998]] if u need it for the age check lol
cap|character in review|5 stars, my kids think the [[Paddington Bear]] plush is real 🐻
cap|university named after person|I'm a student at [[King's College London]], do you offer discounts?
lk_invoice_number|invoice number|Invoice [[INV-000418-22]] was paid on 3 Dec.
"""),
('fr', """
name|name after 'Madame'|Madame [[Héloïse Vautrin]],\\nnous accusons réception de votre dossier.
email|email in CSV row|nom,email,ville\\nDurand,[[p.durand-leclerc@example.fr]],Lyon
cap|public figure in cultural context|Exposition sur [[Simone Veil]] au musée, vous avez des billets ?
lk_luhn_invalid|19-digit reference failing Luhn|Référence du virement : [[{BAD19}]]
"""),
('es', """
name|name after 'Estimado Sr.'|Estimado Sr. [[Arrieta Goñi]]:\\nle confirmamos la cita.
email|email in lowercase with emoji|escribidme a [[pablo.rmz@example.es]] 🙏 gracias
cap|tour of painter's house|Visitamos la [[Casa Museo Dalí]] en Portlligat.
lk_date|date not birth|Factura emitida el [[05/12/2026]].
"""),
('it', """
name|name after 'Gentile'|Gentile Dott.ssa [[Marchetti]],\\nla contatto per il preventivo.
cap|festival named after person|Biglietti per il [[Festival Puccini]] a Torre del Lago.
lk_invoice_number|invoice number|Fattura n. [[2026/FE/00391]]
"""),
('nl', """
name|name after 'Beste'|Beste [[Wouter]],\\nje bestelling staat klaar.
cap|street named after person|Ik woon vlakbij de [[Willem de Zwijgerlaan]], is dat binnen jullie bezorggebied?
"""),
('pl', """
name|name after 'Szanowna Pani'|Szanowna Pani [[Małgorzata Lis-Kowalczyk]],\\ndziękujemy za zgłoszenie.
cap|theatre named after actor|Bilety do [[Teatru im. Juliusza Słowackiego]] nie przyszły.
"""),
('pt-BR', """
name|name after 'Prezada'|Prezada Sra. [[Conceição Albuquerque]],\\nseu reembolso foi aprovado.
email|email in CSV row|nome;email\\nJoão V.;[[joaovitor.reis@example.com.br]]
cap|TV presenter in cultural context|Assisti ao documentário sobre [[Chacrinha]] ontem.
"""),
('ru', """
name|name after 'Уважаемая'|Уважаемая [[Вероника Павловна]],\\nваш заказ передан в доставку.
cap|public figure in cultural context|Купил билеты на выставку [[Айвазовского]] в Русском музее.
"""),
('ja', """
name|name after '様' salutation|[[山本 沙織]] 様\\nご注文ありがとうございます。
cap|historic figure in place name|[[坂本龍馬]]記念館の入場券を二枚ください。
"""),
('ko', """
name|name after '님' salutation|[[이서연]]님, 주문하신 상품이 발송되었습니다.
"""),
('tr', """
name|name after 'Sayın'|Sayın [[Mehmet Ali Erdem]],\\nşikayetiniz alınmıştır.
lk_luhn_invalid|16-digit ref failing Luhn|İşlem no [[{BAD16}]]
"""),
('sv', """
name|name after 'Hälsningar'|Tack på förhand!\\nHälsningar\\n[[Majken Öhrström]]
cap|author in cultural context|Vi läste [[Astrid Lindgren]]s böcker i skolan.
"""),
('ar', """
name|name after 'الأستاذ'|الأستاذ [[سامي العتيبي]] المحترم،\\nتم شحن طلبكم.
"""),
('hi', """
name|name after 'प्रिय'|प्रिय [[सुनीता अग्रवाल]] जी,\\nआपका रिफंड प्रोसेस हो गया है।
"""),
('zh', """
name|name after '尊敬的'|尊敬的[[黄嘉怡]]女士：您的订单已发货。
"""),
('cs', """
name|name after 'Vážený pane'|Vážený pane [[Šťastný]],\\nděkujeme za objednávku.
lk_luhn_invalid|reference failing Luhn|Variabilní symbol a reference: [[{BAD16}]]
"""),
('fi', """
name|name after 'Hei' greeting in reply|Hei [[Ville-Pekka]],\\nkiitos tilauksesta!
"""),
('el', """
name|name after 'Αγαπητή'|Αγαπητή κυρία [[Παπαδημητρίου]],\\nη παραγγελία σας στάλθηκε.
"""),
('uk', """
name|name after 'Шановний'|Шановний пане [[Гнатюк]],\\nваше замовлення відправлено.
"""),
]
