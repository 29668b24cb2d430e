from templates._common import money, number

LANG = "tl"
MONTHS = ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto",
          "Setyembre", "Oktubre", "Nobyembre", "Disyembre"]


def date_num(d):
    return d.strftime("%m/%d/%Y")


def date_words(d):
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def price(x):
    return "₱" + money(x * 5, ".", ",")


def measure(x, unit):
    return f"{number(x, '.')} {unit}"


CORE = {
    "email": [
        ("contact form", "Magandang araw po, pakipadala po ang invoice sa {v}, hindi ko na ginagamit ang dati kong email."),
        ("chat", "pakisend mo yung mga litrato sa {v}, ayaw gumana ng messenger"),
    ],
    "phone": [
        ("contact form", "Pakitawagan po ako sa {v}, mas okay po sa umaga."),
        ("order note", "Kuya rider, pakitawag po sa {vi} pagdating, sira ang doorbell."),
    ],
    "card": [
        ("support ticket", "Dalawang beses pong nakaltasan ang card ko na {v}, paki-refund po ang isa."),
        ("chat", "pakicheck nga kung pumasok yung bayad gamit ang card na {v}"),
    ],
    "ip": [
        ("app log", "2026-12-01 04:55:10 sshd: bigong pag-login para sa root mula sa {v} port 50122"),
    ],
    "name": [
        ("contact form", "Magandang araw po, ako po si {v} at gusto ko pong ipa-cancel ang membership ko sa katapusan ng buwan."),
        ("email signature", "Maraming salamat po.\n\nLubos na gumagalang,\n{v}"),
    ],
}

EXT = {
    "name": [
        ("support ticket", "Nakausap ko kahapon si {v} sa telepono pero wala pa rin ang piyesa."),
        ("chat", "male-late daw si {v} ngayon, mauna na kayo"),
    ],
    "address": [
        ("order note", "Pakihatid po sa {v}."),
        ("chat", "may party sa bahay sa Sabado, {v}"),
    ],
    "national_id": [
        ("form field", "SSS No.: {v}", {"scheme": "ph.sss"}),
        ("support ticket", "Ibinigay ng miyembro ang PhilHealth number niya na {v}.", {"scheme": "ph.philhealth"}),
    ],
    "birth_date": [
        ("form field", "Petsa ng kapanganakan: {v}"),
        ("email", "Ipinanganak ang tatay ko noong {vw} at nasa home for the aged na siya mula Oktubre.", {"age": (70, 95)}),
    ],
    "passport": [
        ("chat", "hinihingi ng airline ang passport number mo, sa akin ay {v}"),
    ],
    "username": [
        ("support ticket", "Hindi makapag-login ang customer. Username: {v}"),
    ],
}

LOOK = {
    "company": [
        ("order note", "Ang {v} ang magdedeliver ng mga upuan nang dalawang batch."),
        ("email", "Nakalakip ang invoice mula sa {v} para sa consulting noong Nobyembre."),
    ],
    "street_name": [
        ("chat", "sobrang traffic sa {v}, dumaan ka na lang sa kabila"),
    ],
    "date": [
        ("order note", "Inaasahang delivery: {v}"),
    ],
    "price": [
        ("product review", "Sa halagang {v}, sulit na sulit."),
    ],
    "famous_name": [
        ("chat", "lalapag kami sa {v} International Airport mga alas-sais", {"v": "Ninoy Aquino"}),
    ],
}
