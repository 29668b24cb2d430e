"""pipeline/privacy/detectors/name.py: names after cues and Russian full names caught; ordinary words kept."""

from __future__ import annotations

import pytest
from helpers import assert_detected, assert_kept_as_written

KIND = 'name'
CAUGHT = [
    # (text, identifier, source)
    ('Меня зовут Иван Петров', 'Иван Петров', 'logwarden'),
    ('my name is John Smith', 'John Smith', 'logwarden'),
    ('my name is john', 'john', 'logwarden: lower case after a strong cue'),
    ('Иванова Мария Петровна оставила заявку', 'Иванова Мария Петровна', 'logwarden: full name with patronymic'),
    ('передайте Ивану Петровичу', 'Ивану Петровичу', 'logwarden: inflected'),
    ('Смирнов И. И. подписал', 'Смирнов И. И.', 'logwarden: surname with initials'),
    ('ФИО: Сидоров Алексей', 'Сидоров Алексей', 'logwarden'),
    ('Dear Mr. Brown,', 'Brown', 'logwarden'),
    ('Contact: John Smith', 'John Smith', 'logwarden'),
    ('Пётр Ильич Чайковский', 'Пётр Ильич Чайковский', 'logwarden: name, patronymic, surname'),
    ('И.И. Иванов', 'И.И. Иванов', 'logwarden: initials first'),
    ("Hi, I'm Olivia Brown from sales", 'Olivia Brown', 'logwarden corpus'),
    ('{"fullName": "Jane Miller"}', 'Jane Miller', 'logwarden corpus'),
    (
        'Customer Jürgen Müller complained about delivery',
        'Jürgen Müller',
        'logwarden holdout 2026-11-30: role word, diacritics',
    ),
    (
        "Ticket assigned to Sarah O'Connor",
        "Sarah O'Connor",
        'logwarden holdout 2026-11-30: verb of contact, apostrophe',
    ),
    (
        'Michael Johnson called about the refund',
        'Michael Johnson',
        'logwarden holdout 2026-11-30: verb of contact after',
    ),
    (
        'Best wishes,\nTimothy Wexford\nAccounts',
        'Timothy Wexford',
        'logwarden holdout 2026-11-30: sign-off, name on the next line',
    ),
    (
        'signed: María José García López',
        'María José García López',
        'logwarden holdout 2026-11-30: the whole four-part name',
    ),
    (
        'Спасибо, Алексей! Всё заработало.',
        'Алексей',
        'logwarden holdout 2026-11-30: a Russian first name in direct address',
    ),
    ('Алексей, спасибо за помощь', 'Алексей', 'logwarden: direct address before the thanks'),
    (
        'Patient Jean-Luc Picard arrived',
        'Jean-Luc Picard',
        'logwarden: a hyphenated first name after a role word',
    ),
    (
        'Spoke with Emma Thompson today',
        'Emma Thompson',
        'logwarden: a verb of contact before',
    ),
]
KEPT = [
    # (text, source)
    ('Москва Сити', 'logwarden: a place'),
    ('Спасибо Большое', 'logwarden: ordinary words'),
    ('my name is not important', 'logwarden: a function word after the cue'),
    ('Hello World', 'logwarden: Latin words without a cue'),
    ('filename: Report.pdf', "logwarden: a thing's name"),
    ('Contact: support team', 'logwarden: a label with no name after it'),
    ('Добрый День', 'logwarden: a greeting'),
    ('Красная Площадь', 'logwarden: a place'),
    ('Customer Service called back', 'logwarden: a role and a department'),
    ('Google Cloud reported an outage', 'logwarden: a product before a verb of contact'),
    (
        'DefaultEndpointsProtocol=https;AccountName=examplestore;EndpointSuffix=core.windows.net',
        "logwarden holdout 2026-11-30: a storage account's name",
    ),
    ('Thanks,\nThe Support Team', 'logwarden: a sign-off by a team'),
    (
        'Chase Bank called about the card',
        'logwarden: a bank whose name starts with a first name',
    ),
]


@pytest.mark.parametrize(("text", "identifier", "source"), CAUGHT)
def test_a_name_is_caught(text: str, identifier: str, source: str) -> None:
    assert_detected(KIND, text, identifier, source)


@pytest.mark.parametrize(("text", "source"), KEPT)
def test_a_look_alike_is_kept(text: str, source: str) -> None:
    assert_kept_as_written(text, source)
