# -*- coding: utf-8 -*-
"""Second pass of hand-written cases for every language: more extended-tier
items (passports, handles, uncued names) and more lookalikes (schools,
stations, titles, dates, prices, ids that are not personal).
All values are invented for this corpus."""
from cases import C, X, L

CASES = {}

CASES["en"] = [
    X("name", "tell jean-baptiste o'reilly-nakamura his laptop is ready lol", "jean-baptiste o'reilly-nakamura",
      "lowercase hyphenated name with O' in running text"),
    X("passport", "UK passport number is 533719284, issued 2022", "533719284",
      "UK passport number"),
    X("name", "Wei-Ling McAllister and her brother both ordered the same thing, weird", "Wei-Ling McAllister",
      "mixed-heritage name starting a sentence"),
    X("name", "spoke to Rania al-Masri-Haddad on the phone, she confirmed the swap", "Rania al-Masri-Haddad",
      "al- particle plus hyphen in running text"),
    X("name", "ask for Tommo Pilkington at the depot, he knows about the order", "Tommo Pilkington",
      "nickname plus surname in running text"),
    X("address", "she moved to 8 rue Lamartine, 69003 Lyon last spring", "8 rue Lamartine, 69003 Lyon",
      "French address (street named after a poet, with number) in English text"),
    C("phone", "if urgent my Polish number is 601 284 537", "601 284 537",
      "Polish mobile in English text, no country code", region="PL"),
    L("school", "drop-off at Rosa Parks Elementary is at 8 sharp", "Rosa Parks Elementary",
      "school named after a person"),
    L("measurement", "box is 40 x 30 x 25 cm, about 6.2 kg", "40 x 30 x 25 cm",
      "dimensions"),
    L("date", "the sale ends 11/28/2026 at midnight", "11/28/2026",
      "ordinary date in US format"),
    L("word_name", "we had to grant access to the whole team", "grant",
      "verb that is also a first name"),
]

CASES["de"] = [
    X("name", "hab grad mit ÖZTÜRK Derya telefoniert, sie kommt morgen vorbei", "ÖZTÜRK Derya",
      "caps surname-first Turkish name in German running text"),
    L("school", "unsere Tochter geht aufs Johann-Sebastian-Bach-Gymnasium", "Johann-Sebastian-Bach-Gymnasium",
      "school named after a composer"),
    L("uuid", "Sitzungs-ID a41c07e2-95bd-4e3b-8f16-d2c3b9e70a58 bitte mitschicken", "a41c07e2-95bd-4e3b-8f16-d2c3b9e70a58",
      "UUID"),
]

CASES["fr"] = [
    X("name", "j'ai croisé Aïssatou Ndiaye-Lefort au dépôt, elle avait le même souci", "Aïssatou Ndiaye-Lefort",
      "running text, hyphenated"),
    L("school", "mon fils est au lycée Victor-Hugo", "lycée Victor-Hugo",
      "school named after a writer"),
    L("date", "livraison prévue le 08/01/2027", "08/01/2027",
      "ordinary date"),
]

CASES["es"] = [
    X("username", "en insta soy @la.tere.cocina, escríbeme por ahí", "la.tere.cocina",
      "Instagram handle"),
    L("work_title", "estoy releyendo el Quijote de Cervantes", "Quijote",
      "title of a novel = fictional name"),
]

CASES["it"] = [
    X("birth_date", "data di nascita 14/08/1991", "14/08/1991",
      "numeric birth date"),
    L("station", "scendo a Milano Porta Garibaldi", "Porta Garibaldi",
      "station named after a person"),
]

CASES["pt"] = [
    X("passport", "passaporte nº FX482917", "FX482917",
      "Brazilian passport"),
    L("street", "trânsito parado na Avenida Presidente Vargas", "Avenida Presidente Vargas",
      "avenue named after a president, no number"),
]

CASES["nl"] = [
    X("username", "mijn gebruikersnaam is stroopwafel_mama", "stroopwafel_mama",
      "username"),
    L("hash", "checksum e3a9f1c07b4d28a65f0c2b91d84e7a36 klopt niet", "e3a9f1c07b4d28a65f0c2b91d84e7a36",
      "MD5-style hash"),
]

CASES["ca"] = [
    X("name", "la Mercè Bonastre i Pujol ha trucat dues vegades", "Mercè Bonastre i Pujol",
      "running text with article la"),
    L("work_title", "llegim el Tirant lo Blanc a classe", "Tirant lo Blanc",
      "novel title with a fictional name"),
]

CASES["pl"] = [
    X("username", "login do sklepu: kasia.z.lodzi", "kasia.z.lodzi",
      "login with dots"),
    L("school", "chodzę do Liceum im. Marii Skłodowskiej-Curie", "Marii Skłodowskiej-Curie",
      "school named after a scientist"),
]

CASES["cs"] = [
    X("name", "balík nakonec převzala Anežka Drahokoupilová ze třetího patra", "Anežka Drahokoupilová",
      "running text"),
    L("version", "po aktualizaci na verzi 4.2.0.1187 to padá", "4.2.0.1187",
      "4-part version"),
]

CASES["sk"] = [
    X("passport", "číslo pasu EA4817293", "EA4817293",
      "Slovak passport"),
    L("price", "cena 24,90 €", "24,90 €",
      "price"),
]

CASES["sl"] = [
    X("passport", "številka potnega lista PB1048273", "PB1048273",
      "Slovenian passport"),
    L("date", "dobava 09.02.2027", "09.02.2027",
      "ordinary date"),
]

CASES["hr"] = [
    X("username", "korisničko ime: burek_i_jogurt", "burek_i_jogurt",
      "username"),
    L("street", "gužva na Trgu bana Jelačića", "Trgu bana Jelačića",
      "square named after a person"),
]

CASES["sr"] = [
    X("passport", "број пасоша 012847193", "012847193",
      "Serbian passport"),
    L("school", "ОШ „Вук Караџић“ почиње у осам", "Вук Караџић",
      "school named after a person"),
]

CASES["bg"] = [
    X("username", "потребителско име: banica_lover", "banica_lover",
      "username"),
    L("order_number", "поръчка № BG-20261130-044", "BG-20261130-044",
      "order number"),
]

CASES["ro"] = [
    X("passport", "pașaport nr. 051827394", "051827394",
      "Romanian passport"),
    L("school", "fiul meu e la Colegiul Național „Mihai Viteazul”", "Mihai Viteazul",
      "school named after a ruler"),
]

CASES["hu"] = [
    X("passport", "útlevélszám: BE4829173", "BE4829173",
      "Hungarian passport"),
    L("school", "a Petőfi Sándor Általános Iskolába jár", "Petőfi Sándor",
      "school named after a poet"),
]

CASES["el"] = [
    X("username", "όνομα χρήστη: souvlaki_master", "souvlaki_master",
      "username"),
    L("price", "τιμή 39,90 €", "39,90 €",
      "price"),
]

CASES["fi"] = [
    X("passport", "passin numero FP3071842", "FP3071842",
      "Finnish passport"),
    L("street", "ruuhkaa Mannerheimintiellä taas", "Mannerheimintiellä",
      "road named after a person, no number"),
]

CASES["et"] = [
    X("username", "kasutajanimi: kilu_kala", "kilu_kala",
      "username"),
    L("order_number", "tellimus nr 2026-EE-3318", "2026-EE-3318",
      "order number"),
]

CASES["lv"] = [
    X("passport", "pases nr. LV5038174", "LV5038174",
      "Latvian passport"),
    L("date", "piegāde 19.02.2027", "19.02.2027",
      "ordinary date"),
]

CASES["lt"] = [
    X("username", "vartotojo vardas: cepelinas99", "cepelinas99",
      "username"),
    L("price", "kaina 15,49 €", "15,49 €",
      "price"),
]

CASES["sv"] = [
    X("passport", "passnummer 74829163", "74829163",
      "Swedish passport"),
    L("date", "leverans 2027-01-15", "2027-01-15",
      "ordinary ISO date"),
]

CASES["da"] = [
    X("passport", "pasnummer 208471936", "208471936",
      "Danish passport"),
    L("price", "pris 249,95 kr.", "249,95 kr.",
      "price"),
]

CASES["no"] = [
    X("passport", "passnummer FH6209145", "FH6209145",
      "Norwegian passport"),
    L("date", "levering 04.03.2027", "04.03.2027",
      "ordinary date"),
]

CASES["is"] = [
    X("username", "notandanafn: lundinn_85", "lundinn_85",
      "username"),
    L("price", "verð 4.990 kr.", "4.990 kr.",
      "price"),
]

CASES["ga"] = [
    X("username", "ainm úsáideora: bradan_feasa", "bradan_feasa",
      "username"),
    L("price", "costas €24.99", "€24.99",
      "price"),
]

CASES["mt"] = [
    X("passport", "numru tal-passaport 1048273", "1048273",
      "Maltese passport"),
    L("date", "il-kunsinna fil-15/02/2027", "15/02/2027",
      "ordinary date"),
]

CASES["ru"] = [
    X("username", "ник в телеге: @baba_klava_spb", "baba_klava_spb",
      "Telegram handle"),
    L("work_title", "перечитываю «Евгения Онегина»", "Евгения Онегина",
      "novel title = fictional name"),
]

CASES["uk"] = [
    X("username", "нік: varenyk_lviv", "varenyk_lviv",
      "username"),
    L("station", "станція метро «Тараса Шевченка»", "Тараса Шевченка",
      "station named after a poet"),
]

CASES["tr"] = [
    X("passport", "pasaport no U48271936", "U48271936",
      "Turkish passport"),
    L("school", "Mimar Sinan Üniversitesi'nde okuyorum", "Mimar Sinan",
      "university named after an architect"),
]

CASES["ar"] = [
    X("username", "اسم المستخدم: abu_fahad_99", "abu_fahad_99",
      "username"),
    L("date", "موعد التسليم 2027/01/20", "2027/01/20",
      "ordinary date"),
]

CASES["he"] = [
    X("passport", "מספר דרכון 31829471", "31829471",
      "Israeli passport"),
    L("price", "מחיר ₪149.90", "₪149.90",
      "price"),
]

CASES["fa"] = [
    X("passport", "شماره گذرنامه X59031846", "X59031846",
      "Iranian passport"),
    L("date", "تحویل ۱۴۰۵/۱۰/۱۲", "۱۴۰۵/۱۰/۱۲",
      "ordinary Solar Hijri date"),
]

CASES["ur"] = [
    X("passport", "پاسپورٹ نمبر AB6152839", "AB6152839",
      "Pakistani passport"),
    L("date", "ترسیل 20-01-2027", "20-01-2027",
      "ordinary date"),
]

CASES["hi"] = [
    X("passport", "पासपोर्ट नंबर K7390264", "K7390264",
      "Indian passport"),
    L("order_number", "ऑर्डर नंबर OD4281937462", "OD4281937462",
      "order number"),
]

CASES["bn"] = [
    X("passport", "পাসপোর্ট নম্বর EB0482719", "EB0482719",
      "Bangladeshi passport"),
    L("order_number", "অর্ডার নম্বর DRZ-88213", "DRZ-88213",
      "order number"),
]

CASES["zh"] = [
    X("passport", "护照号 E71920384", "E71920384",
      "Chinese passport"),
    L("street", "中山路又堵车了", "中山路",
      "road named after a person, no number"),
]

CASES["ja"] = [
    X("passport", "旅券番号 TK8302517", "TK8302517",
      "Japanese passport"),
    L("station", "明治神宮前駅で降りてください", "明治神宮前駅",
      "station named after an emperor's shrine"),
]

CASES["ko"] = [
    X("passport", "여권번호 M30729481", "M30729481",
      "Korean passport"),
    L("price", "가격 29,900원", "29,900원",
      "price"),
]

CASES["th"] = [
    X("passport", "หนังสือเดินทาง AA9201734", "AA9201734",
      "Thai passport"),
    L("date", "จัดส่ง 15/01/2570", "15/01/2570",
      "ordinary Buddhist-era date"),
]

CASES["vi"] = [
    X("passport", "hộ chiếu số C6038291", "C6038291",
      "Vietnamese passport"),
    L("order_number", "mã đơn hàng 2611308KQ4T", "2611308KQ4T",
      "order number"),
]

CASES["id"] = [
    X("passport", "no paspor B2749183", "B2749183",
      "Indonesian passport"),
    L("tracking_number", "no resi JP4829173648", "JP4829173648",
      "tracking number"),
]

CASES["ms"] = [
    X("passport", "no pasport A51920374", "A51920374",
      "Malaysian passport"),
    L("date", "tarikh penghantaran 20/01/2027", "20/01/2027",
      "ordinary date"),
]

CASES["sw"] = [
    X("passport", "pasipoti namba AK0719284", "AK0719284",
      "Kenyan passport"),
    L("order_number", "namba ya oda KE-77182", "KE-77182",
      "order number"),
]

CASES["tl"] = [
    X("passport", "passport ko P3048172A", "P3048172A",
      "Philippine passport"),
    L("date", "delivery sa 01/20/2027", "01/20/2027",
      "ordinary date"),
]
