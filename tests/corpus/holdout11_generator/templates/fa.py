"""Persian. Dates from the generators (Gregorian) are written in the Solar Hijri
(Jalali) calendar, as Persian speakers write them."""
from templates._common import money, number, to_digits

LANG = "fa"
MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان",
          "آذر", "دی", "بهمن", "اسفند"]
FA_DIGITS = "۰۱۲۳۴۵۶۷۸۹"


def g2j(gy, gm, gd):
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    if gy > 1600:
        jy, gy = 979, gy - 1600
    else:
        jy, gy = 0, gy - 621
    gy2 = gy + 1 if gm > 2 else gy
    days = 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 - 80 + gd + g_d_m[gm - 1]
    jy += 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        jm, jd = 1 + days // 31, 1 + days % 31
    else:
        jm, jd = 7 + (days - 186) // 30, 1 + (days - 186) % 30
    return jy, jm, jd


def date_num(d):
    y, m, dd = g2j(d.year, d.month, d.day)
    return f"{y}/{m:02d}/{dd:02d}"


def date_words(d):
    y, m, dd = g2j(d.year, d.month, d.day)
    return to_digits(f"{dd} {MONTHS[m - 1]} {y}", FA_DIGITS)


def price(x):
    return money(x * 10000, nd=0, sep=",") + " تومان"


def measure(x, unit):
    return f"{number(x, '.')} {unit}"


CORE = {
    "email": [
        ("contact form", "سلام، لطفاً فاکتور را به {v} بفرستید، از ایمیل قبلی دیگر استفاده نمی‌کنم."),
        ("chat", "عکس‌ها رو بفرست به {v}، تلگرامم کار نمی‌کنه"),
    ],
    "phone": [
        ("contact form", "لطفاً با شماره‌ی {v} تماس بگیرید، ترجیحاً صبح."),
        ("order note", "پیک محترم: موقع رسیدن با {vi} تماس بگیرید، زنگ خراب است."),
    ],
    "card": [
        ("support ticket", "از کارت {v} دو بار مبلغ کسر شده، لطفاً یکی را برگردانید."),
        ("chat", "ببین پرداخت با کارت {v} انجام شد یا نه؟"),
    ],
    "ip": [
        ("app log", "2026-12-01 04:55:10 sshd: ورود ناموفق برای root از {v} پورت 50122"),
    ],
    "name": [
        ("contact form", "سلام، نام من {v} است و می‌خواهم اشتراکم را از آخر ماه لغو کنم."),
        ("letter greeting", "{g:جناب آقای|سرکار خانم} {v}،\nاز تماس شما سپاسگزاریم."),
    ],
}

EXT = {
    "name": [
        ("support ticket", "پیگیری درخواست با {v} است اما قطعه هنوز نرسیده."),
        ("chat", "{v} امروز دیر می‌آید، بدون ما شروع کنید"),
    ],
    "address": [
        ("order note", "آدرس تحویل: {v}، ورودی از حیاط."),
        ("chat", "مهمونی شنبه خونه‌ی ماست، آدرس: {v}"),
    ],
    "national_id": [
        ("form field", "کد ملی: {v}"),
    ],
    "birth_date": [
        ("form field", "تاریخ تولد: {v}"),
        ("email", "پدرم متولد {vw} است و از مهر در خانه‌ی سالمندان زندگی می‌کند.", {"age": (70, 95)}),
    ],
    "passport": [
        ("support ticket", "مهمان با گذرنامه‌ی شماره‌ی {v} پذیرش شد."),
    ],
    "username": [
        ("chat", "تو انجمن دنبالم کن، نام کاربری‌ام {v} است"),
    ],
}

LOOK = {
    "company": [
        ("order note", "صندلی‌ها را {v} در دو محموله تحویل می‌دهد."),
        ("email", "فاکتور {v} بابت مشاوره‌ی آبان پیوست است."),
    ],
    "street_name": [
        ("chat", "خیابان {v} خیلی ترافیکه، از بزرگراه برو"),
    ],
    "date": [
        ("order note", "زمان تقریبی تحویل: {v}"),
    ],
    "price": [
        ("product review", "با این قیمت، {v}، واقعاً جای گله ندارد."),
    ],
    "famous_name": [
        ("product review", "بازدید از آرامگاه {v} در شیراز عالی بود.", {"v": "حافظ"}),
    ],
    "uuid": [
        ("app log", "request_id={v} status=200 مدت=41ms"),
    ],
}
