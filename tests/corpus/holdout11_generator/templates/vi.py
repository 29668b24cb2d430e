from templates._common import group, number

LANG = "vi"


def date_num(d):
    return d.strftime("%d/%m/%Y")


def date_words(d):
    return f"ngày {d.day} tháng {d.month} năm {d.year}"


def price(x):
    return group(round(x) * 1000, ".") + "₫"


def measure(x, unit):
    return f"{number(x, ',')} {unit}"


CORE = {
    "email": [
        ("contact form", "Chào anh chị, vui lòng gửi hóa đơn qua {v}, email cũ em không dùng nữa."),
        ("chat", "gửi ảnh qua {v} nha, zalo bị lỗi"),
    ],
    "phone": [
        ("contact form", "Vui lòng gọi lại cho tôi theo số {v}, buổi sáng thì tiện hơn."),
        ("order note", "Shipper: tới nơi gọi {vi} giúp em, chuông hỏng rồi."),
    ],
    "card": [
        ("support ticket", "Thẻ {v} của tôi bị trừ tiền hai lần, vui lòng hoàn lại một giao dịch."),
        ("chat", "xem giúp thanh toán bằng thẻ {v} đã qua chưa"),
    ],
    "ip": [
        ("app log", "2026-12-01 04:55:10 sshd: đăng nhập thất bại cho root từ {v} cổng 50122"),
    ],
    "name": [
        ("contact form", "Xin chào, tôi tên là {v}, tôi muốn hủy gói thành viên từ cuối tháng."),
        ("email signature", "Cảm ơn anh chị.\n\nTrân trọng,\n{v}"),
    ],
}

EXT = {
    "name": [
        ("support ticket", "Hôm qua tôi đã nói chuyện điện thoại với {v} nhưng linh kiện vẫn chưa tới."),
        ("chat", "hôm nay {v} đến muộn, mọi người cứ bắt đầu trước nhé"),
    ],
    "address": [
        ("order note", "Địa chỉ giao hàng: {v}"),
        ("chat", "thứ bảy tiệc ở nhà mình nha, {v}"),
    ],
    "national_id": [
        ("form field", "Số CCCD: {v}"),
    ],
    "birth_date": [
        ("form field", "Ngày sinh: {v}"),
        ("email", "Bố tôi sinh {vw}, từ tháng mười đã vào viện dưỡng lão.", {"age": (70, 95)}),
    ],
    "passport": [
        ("support ticket", "Khách nhận phòng bằng hộ chiếu số {v}."),
    ],
    "username": [
        ("chat", "theo dõi mình trên diễn đàn nhé, tên người dùng là {v}"),
    ],
}

LOOK = {
    "company": [
        ("order note", "Ghế sẽ do {v} giao làm hai đợt."),
        ("email", "Đính kèm hóa đơn của {v} cho dịch vụ tư vấn tháng mười một."),
    ],
    "street_name": [
        ("chat", "đường {v} kẹt xe quá, đi vòng đi"),
    ],
    "date": [
        ("order note", "Dự kiến giao hàng: {v}"),
    ],
    "price": [
        ("product review", "Giá {v} mà chất lượng vậy là quá ổn."),
    ],
    "famous_name": [
        ("chat", "hẹn nhau ở Lăng {v} lúc bảy giờ sáng", {"v": "Chủ tịch Hồ Chí Minh"}),
    ],
    "version": [
        ("app log", "2026-12-02 06:00:03 INFO đã cập nhật lên phiên bản {v}"),
    ],
}
