from templates._common import money, number

LANG = "tr"
MONTHS = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos",
          "Eylül", "Ekim", "Kasım", "Aralık"]


def date_num(d):
    return d.strftime("%d.%m.%Y")


def date_words(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def price(x):
    return money(x * 5, ",", ".") + " TL"


def measure(x, unit):
    return f"{number(x, ',')} {unit}"


CORE = {
    "email": [
        ("contact form", "Merhaba, faturayı lütfen {v} adresine gönderin, eski adresi artık kullanmıyorum."),
        ("chat", "fotoğrafları {v} adresine atsana, whatsapp çalışmıyor"),
    ],
    "phone": [
        ("contact form", "Lütfen beni {v} numarasından arayın, tercihen öğleden önce."),
        ("order note", "Kurye: gelince {vi} numarasını arayın, zil bozuk."),
    ],
    "card": [
        ("support ticket", "{v} numaralı kartımdan iki kez çekim yapıldı, lütfen birini iade edin."),
    ],
    "ip": [
        ("support ticket", "Siteniz beni sürekli engelliyor. IP adresim: {v}"),
    ],
    "iban": [
        ("order note", "İadeyi lütfen şu hesaba yapın: IBAN {v}"),
    ],
    "name": [
        ("contact form", "Merhaba, adım {v}, aboneliğimi ay sonunda iptal etmek istiyorum."),
        ("letter greeting", "Sayın {v},\nbaşvurunuz için teşekkür ederiz."),
    ],
}

EXT = {
    "name": [
        ("support ticket", "Dün {v} ile telefonda konuştum ama yedek parça hâlâ gelmedi."),
        ("order note", "Paketi alt kattaki {v} teslim alabilir."),
    ],
    "address": [
        ("order note", "Teslimat adresi: {v}, arka kapıdan girin."),
        ("chat", "cumartesi parti bizde, {v}, iki kere zile bas"),
    ],
    "national_id": [
        ("form field", "T.C. Kimlik No: {v}"),
    ],
    "birth_date": [
        ("form field", "Doğum tarihi: {v}"),
        ("email", "Babam (doğum tarihi {vw}) ekimden beri huzurevinde kalıyor.", {"age": (70, 95)}),
    ],
    "passport": [
        ("chat", "havayolu pasaport numaranı istiyor, benimki {v}"),
    ],
    "username": [
        ("app log", "2026-11-28 21:07:44 INFO giriş başarılı kullanıcı={v}"),
    ],
}

LOOK = {
    "company": [
        ("order note", "Sandalyeleri {v} iki parti hâlinde teslim edecek."),
        ("email", "Kasım ayı danışmanlık hizmeti için {v} faturası ektedir."),
    ],
    "street_name": [
        ("chat", "{v} tarafında trafik kilit, çevre yolundan git"),
    ],
    "date": [
        ("order note", "Tahmini teslimat: {v}"),
    ],
    "price": [
        ("product review", "{v} için hiç şikâyetim yok."),
    ],
    "famous_name": [
        ("chat", "{v} Havalimanı'na altı gibi iniyoruz", {"v": "Sabiha Gökçen"}),
    ],
    "version": [
        ("app log", "2026-12-02 06:00:03 INFO sürüm {v} yüklendi"),
    ],
}
