"""Small formatting helpers shared by the language modules (numbers, money)."""


def group(n, sep):
    """Thousands grouping of a non-negative int: group(1234567, '.') -> '1.234.567'."""
    s = str(int(n))
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def money(x, dec=",", sep=".", nd=2):
    """1234.5 -> '1.234,50' (dec/sep configurable); nd=0 drops the fraction."""
    if nd == 0:
        return group(round(x), sep)
    whole = int(x)
    frac = round((x - whole) * 10 ** nd)
    if frac == 10 ** nd:
        whole, frac = whole + 1, 0
    return f"{group(whole, sep)}{dec}{frac:0{nd}d}"


def number(x, dec=","):
    s = f"{x:.10g}"
    return s.replace(".", dec)


def to_digits(s, digits):
    """Replace ASCII digits with another script's digits (e.g. Bengali)."""
    return "".join(digits[int(c)] if c.isdigit() and c.isascii() else c for c in s)
