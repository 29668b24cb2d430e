from templates._common import money, number

LANG = "en"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def date_num(d):
    return d.strftime("%d/%m/%Y")


def date_words(d):
    # alternate US and British word order deterministically
    if d.day % 2:
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def price(x):
    return "$" + money(x, ".", ",") if int(x) % 2 else "£" + money(x, ".", ",")


def measure(x, unit):
    return f"{number(x, '.')} {unit}"


CORE = {
    "email": [
        ("contact form", "Hi, I tried to reset my password twice but the link never arrives. Please reply to {v} instead of the address on file."),
        ("support ticket", "Ticket 4471 - customer asked us to send the invoice copy to {v} by Friday."),
        ("chat", "just cc {v} on the thread pls, she handles the budget now"),
        ("product review", "Seller never answered my emails. If anyone from the shop reads this, contact me at {v}!"),
    ],
    "phone": [
        ("contact form", "Please call me back on {v} after 5pm, I'm at work until then."),
        ("order note", "Courier: ring {vi} when you reach the gate, the buzzer is broken."),
        ("chat", "my new number is {v} - the old one got cut off"),
        ("support ticket", "Customer requests a callback at {v} regarding the failed refund."),
    ],
    "card": [
        ("support ticket", "The charge went through twice on card {v}, please reverse one of them."),
        ("chat", "can u check if the payment from {v} went through? exp 09/28"),
        ("app log", "2026-11-30T09:14:22Z WARN payment.gateway declined pan={v} reason=insufficient_funds"),
    ],
    "ip": [
        ("app log", "2026-12-01 03:12:55 auth: failed login for account 18832 from {v} (5 attempts)"),
        ("support ticket", "I keep getting blocked by your firewall, my home IP is {v}."),
        ("app log", 'client={v6} method=GET path=/api/v2/orders status=403 ua="Mozilla/5.0"'),
    ],
    "iban": [
        ("order note", "Refund please to IBAN {v}, the account is in my own name."),
        ("email", "For the deposit, please transfer to {v} and put the booking reference in the memo."),
        ("contact form", "Our bank details have changed - new IBAN: {v}"),
    ],
    "name": [
        ("contact form", "Hello, my name is {v} and I'd like to cancel my gym membership from next month."),
        ("letter greeting", "Dear {v},\nthank you for your patience while we looked into your claim."),
        ("email signature", "Thanks again for the quick help!\n\nKind regards,\n{v}"),
        ("email header", "From: {v} <{email}>\nSubject: Re: delivery slot on Tuesday"),
        ("form field", "Contact person: {v}\nDepartment: Facilities\nRequest: replace the broken badge reader"),
        ("chat", "Hi, this is {v} from flat 3B, the heating is off again."),
    ],
}

EXT = {
    "name": [
        ("support ticket", "Spoke to {v} on the phone yesterday; the replacement part is still missing."),
        ("product review", "Ordered the blue one for my sister. {v} at the store was super helpful with sizing."),
        ("order note", "Parcel can be left with {v} next door if nobody answers."),
        ("chat", "lol {v} just walked into the meeting with the wrong slides again"),
    ],
    "address": [
        ("order note", "Please deliver to {v} - side entrance, not the shop front."),
        ("contact form", "I moved last month, could you update my details? I now live at {v}."),
        ("support ticket", "Courier pickup for the return is booked at {v} between 9 and 12."),
        ("chat", "party's at {v} on saturday, bring snacks"),
    ],
    "national_id": [
        ("form field", "Tax form draft - SSN: {v}, filing status single.", {"scheme": "us.ssn"}),
        ("support ticket", "Patient called about the missing prescription; NHS number {v}.", {"scheme": "gb.nhs"}),
        ("contact form", "My SIN is {v} - it is printed wrong on the T4 slip, please correct it.", {"scheme": "ca.sin"}),
        ("email", "As requested, my PPS number is {v}.", {"scheme": "ie.pps"}),
        ("chat", "aadhaar no {v} for the KYC form, pls upload today", {"scheme": "in_.aadhaar"}),
    ],
    "birth_date": [
        ("support ticket", "To verify the account the caller gave DOB {v} and the postcode.", {"fmt": "%m/%d/%Y"}),
        ("chat", "I was born on {vw}, so I qualify for the senior discount, right?", {"age": (66, 90)}),
        ("form field", "Date of birth: {v}\nReason for enquiry: lost membership card"),
        ("email", "For the records search: he was born {vw} in Cork.", {"age": (60, 95)}),
    ],
    "passport": [
        ("form field", "Passport number: {v} (expires 2031)"),
        ("chat", "the airline needs your passport no. too - mine is {v}"),
        ("support ticket", "Guest checked in with passport {v}; copy is in the front desk folder."),
    ],
    "username": [
        ("support ticket", "User reports being locked out. Username: {v}"),
        ("chat", "add me on the forum, my handle is {v}"),
        ("app log", "2026-11-28 22:41:09 INFO session started user={v} client=ios"),
    ],
}

LOOK = {
    "company": [
        ("order note", "Supplier for the chairs is {v}; expect delivery in two batches."),
        ("product review", "Bought the kettle from {v} and the lid broke within a week."),
        ("email", "Attached is the invoice from {v} for the November consulting work."),
    ],
    "street_name": [
        ("chat", "traffic on {v} is terrible today, take the bypass"),
        ("support ticket", "Our depot on {v} is closed for resurfacing until further notice."),
        ("order note", "Leave it at the side gate on {v}, not at the front door."),
    ],
    "date": [
        ("order note", "Estimated delivery: {v}"),
        ("email", "Can we move the quarterly review to {vw} at 10am?"),
        ("chat", "deadline for the essay is {v}, don't forget!"),
    ],
    "price": [
        ("product review", "Paid {v} for this and honestly it was worth every penny."),
        ("order note", "A shipping surcharge of {v} was added to the order.", {"range": (3, 25)}),
        ("chat", "the concert ticket was {v} but totally worth it"),
    ],
    "famous_name": [
        ("product review", "The {v} Presidential Library gift shop had great postcards.", {"v": "Abraham Lincoln"}),
        ("chat", "we land at {v} International around 6, see you at arrivals", {"v": "John F. Kennedy"}),
        ("email", "Our group booking at {v}'s Globe is confirmed for the Saturday matinee.", {"v": "Shakespeare"}),
    ],
    "product": [
        ("product review", "The {v} battery easily lasts two days, very happy.", {"product": "phone"}),
    ],
    "order_number": [
        ("support ticket", "Where is my order {v}? It says shipped but there are no updates."),
    ],
    "invoice_number": [
        ("email", "Please quote invoice {v} on the remittance advice."),
    ],
    "tracking_number": [
        ("order note", "Tracking (UPS): {v}", {"patterns": ["1Z###???##########"]}),
    ],
    "version": [
        ("app log", "2026-12-02 07:00:01 INFO updater: installed version {v}, restart pending"),
    ],
    "isbn": [
        ("product review", "Get the paperback edition (ISBN {v}), the translation is much better."),
    ],
    "uuid": [
        ("app log", "request_id={v} status=200 duration_ms=41"),
    ],
    "non_luhn": [
        ("support ticket", "Meter reading submitted for electricity meter no. {v}."),
    ],
    "measurement": [
        ("product review", "The desk is {v} wide and fits perfectly in the alcove.", {"unit": "cm", "range": (60, 180)}),
    ],
    "hash": [
        ("app log", "deploy ok commit={v} env=staging"),
    ],
    "ean": [
        ("order note", "Scanned barcode {v} - wrong colour in the box."),
    ],
}
