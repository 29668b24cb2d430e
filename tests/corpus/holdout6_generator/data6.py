import string
from lib import ph, iban, card, bad_luhn, nid, ip4, ip6
U = string.ascii_uppercase
DATA = []
DATA.append(('en', [
 ('name_nc', "★★☆☆☆ the driver (pretty sure it was [[Kevin Osei]]) threw the box over the fence", "review: name in parentheses without cue"),
 ('address', "hi can u deliver to [[Flat 2, 19 Cromwell Road, Bristol BS6 5HA]] instead of my work address", "UK flat address, lowercase chat"),
 ('birth_date', "Candidate details - born on [[2 November 1996]], available from January", "birth date after 'born on' in HR note"),
 ('passport', "For the visa letter we need your passport number: \"[[GB5508127]]\"".replace('GB5508127', '551208734'), "passport number in quotes"),
 ('cap', "Booked two nights at the [[Ritz-Carlton]] for our anniversary", "look-alike: hotel brand named after a person"),
 ('cap', "My son is obsessed with [[Peppa Pig]] and [[Paw Patrol]]".replace('[[Paw Patrol]]', 'Paw Patrol'), "look-alike: cartoon character"),
 ('cap', "Is the [[Pythagorean Theorem]] on the Year 9 exam?", "look-alike: theorem named after a person"),
 ('cap', "We're sailing on the [[Queen Mary 2]] in April", "look-alike: ship named after a person"),
 ('cap', "New in stock: [[Ben & Jerry's]] Cookie Dough, 465 ml", "look-alike: brand with first names"),
 ('la_model_number', "My [[SM-G991B/DS]] won't pair with the earbuds", "look-alike: phone model number"),
 ('la_ean', "barcode [[5000112548167]] scanned as a different product", "look-alike: EAN-13 on grocery item"),
 ('la_percentage', "battery drops from 100% to [[12.5%]] in an hour", "look-alike: percentage"),
 ('la_sports_score', "What a game, Lakers won [[118-112]] in OT", "look-alike: basketball score"),
 ('la_price', "[[$1,249.00]] for a fridge that arrived dented?!", "look-alike: price at start"),
]))
DATA.append(('de', [
 ('name_nc', "Bewertung: Super Beratung durch [[Frau Lindqvist-Hoppe]], sehr geduldig!".replace('[[Frau Lindqvist-Hoppe]]', 'Frau [[Annika Lindqvist-Hoppe]]'), "Name in Bewertung nach Anrede Frau"),
 ('address', "Bitte NICHT an die Packstation liefern, sondern an [[Am Mühlbach 5, 82031 Grünwald]] 🙏", "Adresse mit Emoji"),
 ('cap', "Das [[Oktoberfest]] war dieses Jahr völlig überfüllt", "look-alike: Volksfest"),
 ('cap', "Schlagzeile: [[Bayern München verliert in Dortmund]]", "look-alike: Schlagzeile"),
 ('cap', "Wir fahren mit der [[Aida Prima]] nach Norwegen", "look-alike: Schiffsname"),
 ('cap', "Mein Opa hat [[Alzheimer]] und vergisst die Lieferzeiten", "look-alike: Krankheit nach Person benannt"),
 ('la_model_number', "Geschirrspüler [[SMV4HTX31E]] zeigt Fehler E24", "look-alike: Modellnummer"),
]))
DATA.append(('fr', [
 ('name_nc', "franchement [[Noémie Carpentier]] a été top au SAV, merci à elle", "nom sans indice, minuscules"),
 ('birth_date', "Formulaire d'inscription — date de naissance : [[08/07/2001]]", "date de naissance dans formulaire"),
 ('cap', "On a pris des billets pour le [[Festival d'Avignon]]", "look-alike: festival"),
 ('cap', "Le [[Théorème de Pythagore]] tombe au brevet cette année ?", "look-alike: théorème"),
 ('cap', "La [[Loi Evin]] interdit ce genre de pub", "look-alike: loi nommée d'après une personne"),
 ('la_sku', "Réf. article [[FR-LMP-0392-BL]] en rupture", "look-alike: référence produit"),
]))
DATA.append(('es', [
 ('username', "mi usuario en la app es [[@paco.surfero]] por si me buscáis", "usuario con @"),
 ('cap', "Este verano vamos a las [[Fallas de Valencia]]", "look-alike: fiesta"),
 ('cap', "Pedí [[Huevos a la Benedictina]] y llegaron fríos", "look-alike: plato con nombre"),
 ('la_timestamp', "el error salió a las [[23:47:02]] del 30/11", "look-alike: hora"),
]))
DATA.append(('it', [
 ('username', "Su Instagram sono [[@martina.fiori_ph]], scrivetemi lì", "username con @"),
 ('cap', "Abbiamo visto [[La vita è bella]] con i ragazzi", "look-alike: film"),
 ('cap', "[[Ferrari]] ha presentato la nuova monoposto", "look-alike: marca con cognome"),
 ('la_order_number', "ordine n. [[404-7719203-1]] non ancora spedito", "look-alike: numero d'ordine"),
]))
DATA.append(('nl', [
 ('passport', "Paspoortnummer: [[NXR4K7P19]] (verloopt 2029)", "paspoortnummer na label"),
 ('cap', "[[Albert Heijn]] heeft mijn bezorging weer verschoven", "look-alike: supermarktketen met persoonsnaam"),
 ('la_luhn_invalid', f"betalingskenmerk [[{bad_luhn(16, sep=' ')}]]", "look-alike: 16 cijfers zonder Luhn", "random digits rejected by Luhn"),
]))
DATA.append(('pl', [
 ('passport', "Numer paszportu: [[EK 4417923]]", "paszport po etykiecie"),
 ('cap', "[[Kapitan Bomba]] to ulubiona bajka mojego brata".replace('[[Kapitan Bomba]]', '[[Reksio]]'), "look-alike: postać z bajki"),
]))
DATA.append(('pt-BR', [
 ('username', "meu @ no insta é [[@lu.fotografa]] me segue lá", "usuário com @"),
 ('cap', "Fui no show ontem no [[Allianz Parque]] e a fila estava enorme", "look-alike: estádio com marca"),
 ('cap', "Comprei na [[Casas Bahia]] e não entregaram", "look-alike: loja"),
]))
DATA.append(('ja', [
 ('username', "ユーザー名は[[sakura_neko22]]です", "ユーザー名"),
 ('cap', "[[ドラえもん]]の映画を子供と見ました", "look-alike: キャラクター"),
]))
DATA.append(('zh', [
 ('username', "我的用户名是[[xiaoyu_2019]]，登录不了", "用户名"),
 ('cap', "[[孙中山纪念馆]]周一闭馆", "look-alike: 纪念馆"),
]))
DATA.append(('ko', [
 ('passport', "여권번호: [[M48123097]]", "여권번호"),
 ('cap', "[[세종대왕]]에 대한 다큐멘터리 재밌어요", "look-alike: 역사 인물"),
]))
DATA.append(('ru', [
 ('username', "мой ник [[tихий_омут]] не принимает".replace('tихий_омут', 'sever_lis77'), "ник после подсказки"),
 ('cap', "[[Большой театр]] перенёс премьеру", "look-alike: театр"),
]))
DATA.append(('sv', [
 ('cap', "Vi såg [[Luciatåget]] på förskolan i morse", "look-alike: högtid med namn"),
 ('username', "användarnamn: [[mysko_mats]]", "användarnamn"),
]))
DATA.append(('tr', [
 ('passport', "Pasaport no: [[U21847305]]", "pasaport numarası"),
 ('cap', "[[Nasreddin Hoca]] fıkralarını çok severim", "look-alike: halk karakteri"),
]))
DATA.append(('ar', [
 ('cap', "شاهدت مسلسل [[باب الحارة]] مع العائلة", "look-alike: اسم مسلسل"),
 ('la_order_number', "رقم الشحنة [[AE-2026-77812]]", "look-alike: رقم شحنة"),
]))
DATA.append(('hi', [
 ('passport', "पासपोर्ट नंबर: [[R4829173]]", "पासपोर्ट संख्या"),
 ('cap', "[[शाहरुख़ ख़ान]] की नई फ़िल्म देखी".replace('[[शाहरुख़ ख़ान]] की नई फ़िल्म', '[[पठान]] फ़िल्म'), "look-alike: फ़िल्म शीर्षक"),
]))
DATA.append(('es-MX', [
 ('username', "mi usuario de Mercado Libre es [[TIENDITA_LUPITA]]", "usuario de marketplace"),
 ('cap', "Festejamos el [[Día de Muertos]] en Oaxaca", "look-alike: festividad"),
]))
