from templates._common import group, number

LANG = "id"
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]


def date_num(d):
    return d.strftime("%d-%m-%Y")


def date_words(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def price(x):
    return "Rp" + group(round(x) * 1000, ".")


def measure(x, unit):
    return f"{number(x, ',')} {unit}"


CORE = {
    "email": [
        ("contact form", "Halo, tolong kirim tagihannya ke {v}, email lama sudah tidak saya pakai."),
        ("chat", "kirim fotonya ke {v} ya, WA lagi error"),
    ],
    "phone": [
        ("contact form", "Mohon hubungi saya di nomor {v}, lebih baik pagi hari."),
        ("order note", "Kurir: kalau sudah sampai telepon {vi}, belnya rusak."),
    ],
    "card": [
        ("support ticket", "Kartu {v} saya terpotong dua kali, mohon kembalikan salah satunya."),
        ("app log", "2026-11-29 18:22:03 ERROR pembayaran ditolak kartu={v} alasan=saldo_kurang"),
    ],
    "ip": [
        ("support ticket", "Situs kalian terus memblokir saya. Alamat IP saya {v}."),
    ],
    "name": [
        ("contact form", "Halo, nama saya {v} dan saya ingin berhenti berlangganan mulai akhir bulan."),
        ("letter greeting", "{g:Yth. Bapak|Yth. Ibu} {v},\nterima kasih atas laporan Anda."),
    ],
}

EXT = {
    "name": [
        ("support ticket", "Kemarin saya sudah bicara dengan {v} lewat telepon, tapi suku cadangnya belum datang."),
        ("chat", "{v} hari ini datang terlambat, mulai saja duluan"),
    ],
    "address": [
        ("order note", "Alamat pengiriman: {v}, masuk lewat pintu belakang."),
        ("chat", "Sabtu pesta di rumahku ya, {v}"),
    ],
    "national_id": [
        ("form field", "NIK: {v}"),
    ],
    "birth_date": [
        ("form field", "Tanggal lahir: {v}"),
        ("email", "Ayah saya lahir {vw}, sejak Oktober tinggal di panti wreda.", {"age": (70, 95)}),
    ],
    "passport": [
        ("chat", "maskapai minta nomor paspor, punyaku {v}"),
    ],
    "username": [
        ("app log", "2026-11-28 21:07:44 INFO login berhasil pengguna={v}"),
    ],
}

LOOK = {
    "company": [
        ("order note", "Kursi akan dikirim oleh {v} dalam dua tahap."),
        ("email", "Terlampir tagihan dari {v} untuk jasa konsultasi bulan November."),
    ],
    "street_name": [
        ("chat", "macet parah di {v}, lewat tol aja"),
    ],
    "date": [
        ("order note", "Perkiraan tiba: {v}"),
    ],
    "price": [
        ("product review", "Harga {v} dengan kualitas segini sih mantap."),
    ],
    "famous_name": [
        ("chat", "kita mendarat di Bandara {v} jam enam", {"v": "Soekarno-Hatta"}),
    ],
    "tracking_number": [
        ("order note", "Nomor resi: {v}", {"patterns": ["JP##########"]}),
    ],
}
