from templates._common import number

LANG = "zh"


def date_num(d):
    return d.strftime("%Y-%m-%d")


def date_words(d):
    return f"{d.year}年{d.month}月{d.day}日"


def price(x):
    return f"¥{x:.2f}" if int(x) % 2 else f"{round(x)}元"


def measure(x, unit):
    return f"{number(x, '.')}{unit}"


CORE = {
    "email": [
        ("contact form", "您好，请把发票发到{v}，旧邮箱我已经不用了。"),
        ("chat", "照片发我邮箱{v}吧，微信传不了原图"),
    ],
    "phone": [
        ("contact form", "请拨打{v}联系我，上午比较方便。"),
        ("order note", "快递员：到了请打{vi}，门铃坏了。"),
    ],
    "card": [
        ("support ticket", "我的卡{v}被重复扣款两次，请退回其中一笔。"),
        ("app log", "2026-11-29 18:22:03 ERROR 支付被拒绝 卡号={v} 原因=余额不足"),
    ],
    "ip": [
        ("support ticket", "你们的网站一直封我，我的IP地址是{v}。"),
    ],
    "name": [
        ("contact form", "您好，我叫{v}，想从月底开始取消会员。"),
        ("email signature", "提前谢谢！\n\n此致\n敬礼\n{v}"),
    ],
}

EXT = {
    "name": [
        ("support ticket", "昨天和{v}通了电话，但配件还是没到。"),
        ("chat", "{v}今天会晚到，你们先开始吧"),
    ],
    "address": [
        ("order note", "收货地址：{v}，走后门。"),
        ("chat", "周六来我家聚会，地址是{v}"),
    ],
    "national_id": [
        ("form field", "身份证号：{v}", {"scheme": "cn.ric"}),
        ("support ticket", "客戶提供身分證字號{v}以供核對。", {"scheme": "tw.id"}),
    ],
    "birth_date": [
        ("form field", "出生日期：{v}"),
        ("email", "我父亲生于{vw}，十月起住在养老院。", {"age": (70, 95)}),
    ],
    "passport": [
        ("chat", "航空公司要你的护照号码，我的是{v}"),
    ],
    "username": [
        ("app log", "2026-11-28 21:07:44 INFO 登录成功 用户名={v}"),
    ],
}

LOOK = {
    "company": [
        ("order note", "椅子由{v}分两批送货。"),
        ("product review", "在{v}买的电水壶，一周盖子就裂了。"),
    ],
    "street_name": [
        ("chat", "{v}堵得厉害，走环线吧"),
    ],
    "date": [
        ("order note", "预计送达：{v}"),
    ],
    "price": [
        ("product review", "{v}这个价格真没什么可挑剔的。"),
    ],
    "famous_name": [
        ("product review", "{v}故居很值得一去，记得提前预约。", {"v": "鲁迅"}),
    ],
    "uuid": [
        ("app log", "请求ID={v} 状态=200 耗时=41ms"),
    ],
}
