"""pipeline/privacy/detectors/keys.py: which keys are dropped whole (names in any convention, secrets, contacts),
and the deliberate exceptions (a thing's name, rename, a measure of the value)."""

from __future__ import annotations

import pytest

from pipeline import treatments
from pipeline.privacy.detectors.keys import IDENTIFIER_KEY, IDENTIFIER_PARAM, NAME_KEY


@pytest.mark.parametrize("key", [
    "name", "full_name", "fullName", "customerName", "lastName", "first-name", "display_name", "nickname",
    "username", "fio", "FIO", "ФИО", "имя", "фамилия", "Фамилия клиента", "отчество", "surname", "vorname", "prénom",
    "names",
])
def test_name_bearing_keys_are_dropped(key: str) -> None:
    assert NAME_KEY.search(key)
    assert IDENTIFIER_KEY.search(key)
    assert IDENTIFIER_PARAM.search(key)


@pytest.mark.parametrize("key", [
    "password", "db_password", "X-Api-Key", "apiKey", "access_key", "client_secret", "session_token", "sid", "pw",
    "пароль", "токен", "email", "contact_email", "phone", "card_holder", "passport", "birth_date",
])
def test_secret_and_contact_keys_are_dropped(key: str) -> None:
    assert IDENTIFIER_KEY.search(key)
    assert IDENTIFIER_PARAM.search(key)


@pytest.mark.parametrize("key", [
    "rename", "namespace", "unnamed", "filename", "hostname", "event_name", "product_name", "page_name", "button_name",
    "username_length", "email_count", "password_min", "utm_source", "page", "sort", "lang", "q",
])
def test_things_names_and_measures_are_kept(key: str) -> None:
    """Deliberate: a thing's name is analytics, and a measure's value is a number the redactor still scans."""
    assert not IDENTIFIER_KEY.search(key)
    assert not IDENTIFIER_PARAM.search(key)


@pytest.mark.parametrize("key", ["lat", "lon", "latitude", "gps"])
def test_coordinate_keys_are_dropped_from_free_text_objects(key: str) -> None:
    assert IDENTIFIER_KEY.search(key)
    assert not IDENTIFIER_PARAM.search(key)


def test_treatments_exports_the_same_patterns() -> None:
    assert treatments.IDENTIFIER_KEY is IDENTIFIER_KEY
    assert treatments.IDENTIFIER_PARAM is IDENTIFIER_PARAM
