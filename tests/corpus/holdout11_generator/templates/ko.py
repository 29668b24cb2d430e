from templates._common import group, number

LANG = "ko"


def date_num(d):
    return d.strftime("%Y.%m.%d.")


def date_words(d):
    return f"{d.year}년 {d.month}월 {d.day}일"


def price(x):
    return group(round(x) * 100, ",") + "원"


def measure(x, unit):
    return f"{number(x, '.')}{unit}"


CORE = {
    "email": [
        ("contact form", "안녕하세요, 청구서는 {v} 주소로 보내 주세요. 예전 메일은 이제 안 씁니다."),
        ("chat", "사진 {v}로 보내줘, 카톡이 안 돼"),
    ],
    "phone": [
        ("contact form", "연락처: {v} (오전에 통화 가능합니다)"),
        ("order note", "기사님, 도착하시면 {vi}로 전화 주세요. 초인종이 고장났어요."),
    ],
    "card": [
        ("support ticket", "카드 {v}에서 두 번 결제되었습니다. 한 건 취소해 주세요."),
        ("chat", "{v} 카드로 결제된 거 맞는지 확인해 줄래?"),
    ],
    "ip": [
        ("app log", "2026-12-01 04:55:10 sshd: root 로그인 실패 {v} 포트 50122"),
    ],
    "name": [
        ("contact form", "안녕하세요, 제 이름은 {v}입니다. 월말에 해지하고 싶습니다."),
        ("email header", "보낸 사람: {v} <{email}>\n제목: 화요일 배송 건"),
    ],
}

EXT = {
    "name": [
        ("support ticket", "어제 {v} 씨와 통화했는데 부품이 아직 안 왔어요."),
        ("chat", "{v} 씨 오늘 늦는대, 먼저 시작해"),
    ],
    "address": [
        ("order note", "배송지: {v}, 뒷문으로 와 주세요."),
        ("chat", "토요일에 우리 집에서 파티해, 주소는 {v}"),
    ],
    "national_id": [
        ("form field", "주민등록번호: {v}"),
    ],
    "birth_date": [
        ("form field", "생년월일: {v}"),
        ("email", "아버지는 {vw}생이시고 10월부터 요양원에 계십니다.", {"age": (70, 95)}),
    ],
    "passport": [
        ("chat", "항공사에서 여권번호 달래, 내 건 {v}"),
    ],
    "username": [
        ("support ticket", "고객이 로그인을 못 합니다. 아이디: {v}"),
    ],
}

LOOK = {
    "company": [
        ("order note", "의자는 {v}에서 두 번에 나눠 납품합니다."),
        ("product review", "{v}에서 산 전기포트, 일주일 만에 뚜껑이 깨졌어요."),
    ],
    "street_name": [
        ("chat", "{v}로 쪽 엄청 막혀, 순환도로로 가"),
    ],
    "date": [
        ("order note", "도착 예정일: {v}"),
    ],
    "price": [
        ("product review", "{v}에 이 정도면 불만 없어요."),
    ],
    "famous_name": [
        ("email", "공연은 {v}문화회관 대극장에서 열립니다.", {"v": "세종"}),
    ],
    "tracking_number": [
        ("order note", "운송장 번호: {v}", {"patterns": ["6###-####-####"]}),
    ],
}
