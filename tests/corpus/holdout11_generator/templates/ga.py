from templates._common import money, number

LANG = "ga"
MONTHS = ["Eanáir", "Feabhra", "Márta", "Aibreán", "Bealtaine", "Meitheamh", "Iúil",
          "Lúnasa", "Meán Fómhair", "Deireadh Fómhair", "Samhain", "Nollaig"]


def date_num(d):
    return d.strftime("%d/%m/%Y")


def date_words(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def price(x):
    return "€" + money(x, ".", ",")


def measure(x, unit):
    return f"{number(x, '.')} {unit}"


CORE = {
    "email": [
        ("contact form", "Dia duit, seol an sonrasc chuig {v} le do thoil, ní úsáidim an seanseoladh a thuilleadh."),
        ("chat", "seol na grianghraif chuig {v}, níl WhatsApp ag obair"),
    ],
    "phone": [
        ("contact form", "Cuir glao orm ar {v} le do thoil, ar maidin más féidir."),
        ("order note", "Teachtaire: glaoigh ar {vi} nuair a shroicheann tú an geata."),
    ],
    "card": [
        ("support ticket", "Baineadh an t-airgead faoi dhó de mo chárta {v}, cealaigh ceann acu le do thoil."),
    ],
    "ip": [
        ("support ticket", "Tá bhur suíomh do mo bhlocáil i gcónaí. Is é mo sheoladh IP ná {v}."),
    ],
    "iban": [
        ("order note", "Aisíoc chuig mo chuntas, IBAN {v}, le do thoil."),
    ],
    "name": [
        ("contact form", "Dia duit, is mise {v} agus ba mhaith liom mo shíntiús a chealú ag deireadh na míosa."),
        ("email signature", "Go raibh maith agat roimh ré.\n\nLe meas,\n{v}"),
    ],
}

EXT = {
    "name": [
        ("support ticket", "Bhí mé ag caint le {v} inné ach níl an pháirt tagtha fós."),
        ("chat", "beidh {v} déanach inniu, tosaígí gan sinn"),
    ],
    "address": [
        ("order note", "Seoladh seachadta: {v}, bain úsáid as an doras cúil."),
        ("chat", "cóisir i mo theach Dé Sathairn, {v}"),
    ],
    "national_id": [
        ("form field", "Uimhir PSP: {v}"),
    ],
    "birth_date": [
        ("form field", "Dáta breithe: {v}"),
        ("email", "Rugadh m'athair ar an {vw} agus tá sé i dteach altranais ó mhí Dheireadh Fómhair.", {"age": (70, 95)}),
    ],
    "passport": [
        ("chat", "teastaíonn d'uimhir phas ón aerlíne, seo m'uimhir féin: {v}"),
    ],
    "username": [
        ("support ticket", "Ní féidir leis an úsáideoir logáil isteach. Ainm úsáideora: {v}"),
    ],
}

LOOK = {
    "company": [
        ("order note", "Seachadfaidh {v} na cathaoireacha i dhá bhaisc."),
        ("email", "Tá an sonrasc ó {v} ceangailte, don obair chomhairleoireachta i mí na Samhna."),
    ],
    "street_name": [
        ("chat", "trácht trom ar {v} inniu, téigh timpeall"),
    ],
    "date": [
        ("order note", "Dáta seachadta measta: {v}"),
    ],
    "price": [
        ("product review", "Ar {v} níl aon ghearán agam."),
    ],
    "famous_name": [
        ("product review", "Thug muid cuairt ar Thúr {v} i gCuas an Ghainimh, an-suimiúil.", {"v": "James Joyce"}),
    ],
    "tracking_number": [
        ("order note", "Uimhir rianaithe An Post: {v}", {"patterns": ["CE#########IE"]}),
    ],
}
