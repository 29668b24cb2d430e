"""Tiny helpers shared by the hand-written data modules.

Each case is a tuple (tier, kind, text, identifier, note, meta).
meta is only used by validate.py (phone region hint, stdnum module name)
and is not written to the JSONL file.
"""


def C(kind, text, ident, note, **meta):
    """core tier -> expect caught"""
    return ("core", kind, text, ident, note, meta)


def X(kind, text, ident, note, **meta):
    """extended tier -> expect caught"""
    return ("extended", kind, text, ident, note, meta)


def L(kind, text, ident, note, **meta):
    """lookalike tier -> expect kept"""
    return ("lookalike", kind, text, ident, note, meta)
