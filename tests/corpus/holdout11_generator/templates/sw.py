from templates._common import group, number

LANG = "sw"
MONTHS = ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti",
          "Septemba", "Oktoba", "Novemba", "Desemba"]


def date_num(d):
    return d.strftime("%d/%m/%Y")


def date_words(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def price(x):
    return "KSh " + group(round(x * 10), ",")


def measure(x, unit):
    return f"{number(x, '.')} {unit}"


CORE = {
    "email": [
        ("contact form", "Habari, tafadhali tuma ankara kwa {v}, situmii tena barua pepe ya zamani."),
        ("chat", "nitumie picha kwa {v}, WhatsApp haifanyi kazi"),
    ],
    "phone": [
        ("contact form", "Tafadhali nipigie kwa {v}, asubuhi ni bora zaidi."),
        ("order note", "Msafirishaji: ukifika piga {vi}, kengele imeharibika."),
    ],
    "card": [
        ("support ticket", "Nimekatwa pesa mara mbili kwenye kadi {v}, tafadhali rudisheni muamala mmoja."),
        ("chat", "angalia kama malipo kwa kadi {v} yamepita"),
    ],
    "ip": [
        ("support ticket", "Tovuti yenu inanizuia kila mara. Anwani yangu ya IP ni {v}."),
    ],
    "name": [
        ("contact form", "Habari, jina langu ni {v} na ningependa kusitisha uanachama mwishoni mwa mwezi."),
        ("email signature", "Asante sana.\n\nWako mwaminifu,\n{v}"),
    ],
}

EXT = {
    "name": [
        ("support ticket", "Jana niliongea na {v} kwa simu lakini kipuri bado hakijafika."),
        ("chat", "{v} atachelewa leo, anzeni bila sisi"),
    ],
    "address": [
        ("order note", "Anwani ya kupeleka mzigo: {v}."),
        ("chat", "sherehe Jumamosi nyumbani kwangu, {v}"),
    ],
    "national_id": [
        ("form field", "Namba ya kitambulisho: {v}"),
    ],
    "birth_date": [
        ("form field", "Tarehe ya kuzaliwa: {v}"),
        ("email", "Baba yangu alizaliwa tarehe {vw}, tangu Oktoba yuko kwenye makao ya wazee.", {"age": (70, 95)}),
    ],
    "passport": [
        ("support ticket", "Mgeni aliingia kwa pasipoti namba {v}."),
    ],
    "username": [
        ("chat", "nifuate kwenye jukwaa, jina langu la mtumiaji ni {v}"),
    ],
}

LOOK = {
    "company": [
        ("order note", "Viti vitaletwa na {v} kwa awamu mbili."),
        ("email", "Nimeambatisha ankara kutoka {v} kwa huduma za ushauri za Novemba."),
    ],
    "street_name": [
        ("chat", "kuna msongamano mkubwa {v}, pita njia nyingine"),
    ],
    "date": [
        ("order note", "Tarehe ya kufika inayotarajiwa: {v}"),
    ],
    "price": [
        ("product review", "Kwa {v} ni bei nzuri sana."),
    ],
    "famous_name": [
        ("chat", "tutatua uwanja wa ndege wa {v} saa kumi na mbili jioni", {"v": "Jomo Kenyatta"}),
    ],
}
