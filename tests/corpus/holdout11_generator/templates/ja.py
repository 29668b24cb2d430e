from templates._common import group, number

LANG = "ja"


def date_num(d):
    return d.strftime("%Y/%m/%d")


def date_words(d):
    return f"{d.year}年{d.month}月{d.day}日"


def price(x):
    return group(round(x * 10), ",") + "円"


def measure(x, unit):
    return f"{number(x, '.')}{unit}"


CORE = {
    "email": [
        ("contact form", "お世話になっております。請求書は{v}宛にお送りください。旧アドレスはもう使っておりません。"),
        ("chat", "写真は{v}に送って！LINEが調子悪い"),
    ],
    "phone": [
        ("contact form", "{v}までお電話いただけますか。午前中ですと助かります。"),
        ("order note", "配達員様：到着されたら{vi}にお電話ください。インターホンが故障中です。"),
    ],
    "card": [
        ("support ticket", "カード{v}で二重に引き落とされています。一件を取り消してください。"),
        ("app log", "2026-11-29 18:22:03 ERROR 決済拒否 カード番号={v} 理由=残高不足"),
    ],
    "ip": [
        ("support ticket", "御社のサイトで何度もブロックされます。私のIPアドレスは{v}です。"),
    ],
    "name": [
        ("contact form", "私の名前は{v}です。月末で契約を解約したいと考えております。"),
        ("email header", "差出人: {v} <{email}>\n件名: 火曜日の配送について"),
    ],
}

EXT = {
    "name": [
        ("support ticket", "昨日{v}さんと電話で話しましたが、部品はまだ届いていません。"),
        ("chat", "{v}さんは今日遅れるそうです、先に始めてください"),
    ],
    "address": [
        ("order note", "お届け先：{v}（裏口からお願いします）"),
        ("chat", "土曜日うちでパーティーするよ、住所は{v}"),
    ],
    "national_id": [
        ("form field", "マイナンバー：{v}"),
    ],
    "birth_date": [
        ("form field", "生年月日：{v}"),
        ("email", "父は{vw}生まれで、十月から老人ホームに入っています。", {"age": (70, 95)}),
    ],
    "passport": [
        ("support ticket", "お客様は旅券番号{v}でチェックインされました。"),
    ],
    "username": [
        ("chat", "フォーラムでフォローしてね、ユーザー名は{v}だよ"),
    ],
}

LOOK = {
    "company": [
        ("order note", "椅子は{v}から二回に分けて納品されます。"),
        ("email", "十一月分のコンサルティング費用について、{v}の請求書を添付します。"),
    ],
    "street_name": [
        ("chat", "{v}のあたりがすごく渋滞してる、環状線で行って"),
    ],
    "date": [
        ("order note", "お届け予定日：{v}"),
    ],
    "price": [
        ("product review", "{v}でこの品質なら文句なしです。"),
    ],
    "famous_name": [
        ("product review", "{v}記念館はとても良かった、予約がおすすめ。", {"v": "手塚治虫"}),
    ],
    "version": [
        ("app log", "2026-12-02 06:00:03 INFO バージョン{v}に更新しました"),
    ],
}
