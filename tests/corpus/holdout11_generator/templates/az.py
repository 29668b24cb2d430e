from templates._common import money, number

LANG = "az"
MONTHS = ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust",
          "sentyabr", "oktyabr", "noyabr", "dekabr"]


def date_num(d):
    return d.strftime("%d.%m.%Y")


def date_words(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def price(x):
    return money(x, ",", " ") + " AZN"


def measure(x, unit):
    return f"{number(x, ',')} {unit}"


CORE = {
    "email": [
        ("contact form", "Salam, xahiş edirəm fakturanı {v} ünvanına göndərin, köhnə poçtdan artıq istifadə etmirəm."),
        ("chat", "şəkilləri {v} ünvanına at, WhatsApp işləmir"),
    ],
    "phone": [
        ("contact form", "Xahiş edirəm mənə {v} nömrəsinə zəng edin, səhər daha yaxşıdır."),
        ("order note", "Kuryer: çatanda {vi} nömrəsinə zəng edin, qapı zəngi işləmir."),
    ],
    "card": [
        ("support ticket", "{v} nömrəli kartımdan pul iki dəfə tutulub, xahiş edirəm birini geri qaytarın."),
    ],
    "ip": [
        ("support ticket", "Saytınız məni daim bloklayır. IP ünvanım: {v}"),
    ],
    "iban": [
        ("order note", "Xahiş edirəm məbləği hesabıma qaytarın: IBAN {v}"),
    ],
    "name": [
        ("contact form", "Salam, mənim adım {v}, ayın sonundan abunəliyi ləğv etmək istəyirəm."),
        ("letter greeting", "Hörmətli {v},\nmüraciətiniz üçün təşəkkür edirik."),
    ],
}

EXT = {
    "name": [
        ("support ticket", "Dünən {v} ilə telefonda danışdım, amma ehtiyat hissə hələ gəlməyib."),
        ("chat", "{v} bu gün gecikəcək, bizsiz başlayın"),
    ],
    "address": [
        ("order note", "Çatdırılma ünvanı: {v}"),
        ("chat", "şənbə günü məndə qonaqlıqdır, ünvan: {v}"),
    ],
    "national_id": [
        ("form field", "FİN kod: {v}"),
    ],
    "birth_date": [
        ("form field", "Doğum tarixi: {v}"),
        ("email", "Atam {vw} tarixində anadan olub, oktyabrdan qocalar evindədir.", {"age": (70, 95)}),
    ],
    "passport": [
        ("chat", "aviaşirkət pasport nömrəni istəyir, mənimki {v}"),
    ],
    "username": [
        ("app log", "2026-11-28 21:07:44 INFO giriş uğurlu istifadəçi={v}"),
    ],
}

LOOK = {
    "company": [
        ("order note", "Stulları {v} iki partiyada çatdıracaq."),
        ("email", "Noyabr ayının məsləhət xidmətləri üzrə {v} fakturası əlavə olunur."),
    ],
    "street_name": [
        ("chat", "{v} küçəsində tıxacdır, başqa yolla get"),
    ],
    "date": [
        ("order note", "Təxmini çatdırılma tarixi: {v}"),
    ],
    "price": [
        ("product review", "{v} qiymətə heç bir iradım yoxdur."),
    ],
    "famous_name": [
        ("chat", "{v} Beynəlxalq Hava Limanına saat altıda enirik", {"v": "Heydər Əliyev"}),
    ],
}
