"""pipeline/privacy/detectors/secret.py: tokens, keys and secret-named values caught; prose and placeholders kept."""

from __future__ import annotations

import pytest
from helpers import assert_detected, assert_kept_as_written

KIND = 'secret'
JWT = ('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.'
       'dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U')
CAUGHT = [
    # (text, identifier, source)
    ('Authorization: Bearer ' + JWT, JWT, 'jwt.io example shape'),
    ('t=eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.', 'RFC 7519 unsecured JWT'),
    ('Bearer abc123def456ghi789', 'abc123def456ghi789', 'logwarden'),
    ('-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----', 'MIIEow', 'PEM (RFC 7468)'),
    ('https://admin:hunter2@db.example.com/x', 'admin:hunter2', 'logwarden: credentials in a URL'),
    ('AKIAIOSFODNN7EXAMPLE', 'AKIAIOSFODNN7EXAMPLE', 'AWS documentation example key id'),
    ('ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'GitHub token format'),
    ('password=hunter2&page=2', 'hunter2', 'logwarden'),
    ('db_password: s3cr3t!', 's3cr3t!', 'logwarden'),
    ('x-api-key: GsvqzBWNAJVzvw7V12pFYvaje6SxWfWScNdXM1c1', 'GsvqzBWNAJVzvw7V12pFYvaje6SxWfWScNdXM1c1', 'logwarden'),
    ('session=abc123; theme=dark', 'abc123', 'logwarden: a cookie string'),
    ('{"client_secret": "q1w2e3r4"}', 'q1w2e3r4', 'logwarden: JSON inside a string'),
    ('пароль: qwerty123', 'qwerty123', 'logwarden'),
    ('pw is letmein', 'letmein', 'logwarden'),
    ('password_reset_token=ab12cd34', 'ab12cd34', 'logwarden: a measure word does not hide a token'),
    ('AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
     'AWS documentation example secret key'),
    ('Authorization: Basic dXNlcjpwYXNzd29yZA==', 'dXNlcjpwYXNzd29yZA==', 'RFC 7617 basic credentials'),
    ('mongodb+srv://admin:S3cr3t@cluster0.example.net', 'admin:S3cr3t', 'logwarden: a scheme with +'),
    ('Cookie: sessionid=abc123; csrftoken=xyz789', 'xyz789', 'logwarden: glued secret word'),
    (
        'temp creds ASIA25CUEESKS55IOEWJ issued',
        'ASIA25CUEESKS55IOEWJ',
        'logwarden holdout 2026-11-30: AWS STS key id without a cue',
    ),
    ('role AROA25CUEESKS55IOEWJ', 'AROA25CUEESKS55IOEWJ', 'logwarden holdout 2026-11-30: AWS role id'),
    ('key A3T025CUEESKS55IOEWJ', 'A3T025CUEESKS55IOEWJ', 'AWS A3T prefix'),
    (
        'restricted: rk_live_z6o8OvGmiiGSVQhdVugFkY6A',
        'rk_live_z6o8OvGmiiGSVQhdVugFkY6A',
        'logwarden holdout 2026-11-30: Stripe restricted key',
    ),
    (
        'webhook whsec_zOUQEf3A91kbSKLT4fCTcBgqt4O7k9Jg',
        'whsec_zOUQEf3A91kbSKLT4fCTcBgqt4O7k9Jg',
        'logwarden holdout 2026-11-30: Stripe webhook',
    ),
    (
        'twilio SK4ffa0e83bb9b08a986be3f26ee6bb069',
        'SK4ffa0e83bb9b08a986be3f26ee6bb069',
        'logwarden holdout 2026-11-30: Twilio API key',
    ),
    ('sid AC4ffa0e83bb9b08a986be3f26ee6bb069', 'AC4ffa0e83bb9b08a986be3f26ee6bb069', 'Twilio account SID'),
    (
        'mailgun api key-40b66dc3a296eddcec6d55480d0b5819',
        'key-40b66dc3a296eddcec6d55480d0b5819',
        'logwarden holdout 2026-11-30: Mailgun',
    ),
    ('glpat-xY9aB3cD5eF7gH1jK2lM', 'glpat-xY9aB3cD5eF7gH1jK2lM', 'GitLab personal access token'),
    ('hf_AbCdEfGhIjKlMnOpQrStUvWxYz01234567', 'hf_AbCdEfGhIjKlMnOpQrStUvWxYz01234567', 'Hugging Face token'),
    (
        'https://api.telegram.org/bot7279303738:AA8rugiFs89OoZEk6m8MihTA6VR_NGlpdz2/sendMessage',
        '7279303738:AA8rugiFs89OoZEk6m8MihTA6VR_NGlpdz2',
        'logwarden holdout 2026-11-30: the whole Telegram token, glued to /bot',
    ),
    (
        'AccountName=examplestore;AccountKey=Af0rHAcM/HqHyqsh812wBW/bcQTg6dHql/tABLrWzCZWl/u94mHSiU'
        '14oZPnoUjJGXwQ==;EndpointSuffix=core.windows.net',
        'Af0rHAcM/HqHyqsh812wBW/bcQTg6dHql/tABLrWzCZWl/u94mHSiU14oZPnoUjJGXwQ==',
        'logwarden holdout 2026-11-30: Azure storage connection string',
    ),
    (
        'f.pdf?sv=2022-11-02&sp=r&sig=Ocys3gNz8mHajhwMRGOz0x7Vz7qyl7R53FEb8st8rnW%3D',
        'Ocys3gNz8mHajhwMRGOz0x7Vz7qyl7R53FEb8st8rnW',
        'logwarden holdout 2026-11-30: Azure SAS signature',
    ),
    ('api key 9f8e7d6c5b4a3921', '9f8e7d6c5b4a3921', "logwarden holdout 2026-11-30: 'api key' written with a space"),
    (
        'https://b.example.com/k?X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d'
        '157751f604d404',
        'aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404',
        "logwarden: a presigned URL's signature",
    ),
    # issue 23: secret-named keys in any convention, a password in a query and after its word in other languages
    ('SECRET_KEY_PROD=Zx81kQp0vR', 'Zx81kQp0vR', 'issue 23: SECRET_KEY_ with a suffix'),
    ('MY_APP_SECRET_KEY_2=Zx81kQp0vR', 'Zx81kQp0vR', 'issue 23: prefixed and numbered'),
    ('AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
     'AWS docs: the example secret access key'),
    ('secretKeyProd: Zx81kQp0vR', 'Zx81kQp0vR', 'written for logwarden: camelCase'),
    ('X-Private-Key-Live: Zx81kQp0vR', 'Zx81kQp0vR', 'written for logwarden: a header name'),
    ('/search?q=password:hunter2', 'hunter2', 'issue 23: a password in a query after password:'),
    ('mot de passe : hunter2', 'hunter2', 'written for logwarden: French, a space before the colon'),
    ('contraseña: hunter2', 'hunter2', 'written for logwarden: Spanish'),
    ('hasło: hunter2', 'hunter2', 'written for logwarden: Polish'),
    ('şifre: hunter2', 'hunter2', 'written for logwarden: Turkish'),
    ('Kennwort=hunter2', 'hunter2', 'written for logwarden: German'),
    ('senha: hunter2', 'hunter2', 'written for logwarden: Portuguese'),
    ('wachtwoord: "hunter 2"', 'hunter 2', 'written for logwarden: Dutch, quoted'),
    ('密码：hunter2', 'hunter2', 'written for logwarden: Chinese, full-width colon'),
    ('パスワード：hunter2', 'hunter2', 'written for logwarden: Japanese'),
    ('비밀번호: hunter2', 'hunter2', 'written for logwarden: Korean'),
    ('κωδικός: hunter2', 'hunter2', 'written for logwarden: Greek'),
]
KEPT = [
    # (text, source)
    ('Bearer authentication is required', 'logwarden corpus'),
    ('password: ${link}', 'logwarden corpus: a template placeholder'),
    ('password=[secret]', 'logwarden: already a marker'),
    ('the token expired', 'logwarden'),
    ('bypass=1', "logwarden: 'pass' inside a word"),
    ('tokenizer=bert', "logwarden: 'token' inside a word"),
    ('password_length=12', 'logwarden: a measure of the secret, not the secret'),
    ('max_tokens=100', 'logwarden: an LLM parameter'),
    ('session_timeout=30', 'logwarden: a setting'),
    ('token_type=bearer', 'OAuth 2.0 token response field (RFC 6749)'),
    ('password: ********', 'logwarden holdout 2026-11-30: a masked password'),
    ('/docs/password:%20********/view', 'logwarden holdout 2026-11-30: a masked password in a path'),
    ('pwd: ***', 'logwarden holdout 2026-11-30: a masked password'),
    ('Cookie: theme=dark; lang=ru', 'logwarden holdout 2026-11-30: cookie pairs that name no secret'),
    ('the api key rotation is due', "logwarden: prose after 'api key'"),
    ('mot de passe oublié', 'written for logwarden: a password word with no value'),
    ('heslo: ***', 'written for logwarden: a masked password after a Czech word'),
    ('contraseña: ${DB_PASSWORD}', 'written for logwarden: a template'),
    (
        'Endpoint=sb://bus.example.net/;SharedAccessKeyName=RootManageSharedAccessKey',
        'logwarden: the name of a key, not the key',
    ),
]


@pytest.mark.parametrize(("text", "identifier", "source"), CAUGHT)
def test_a_secret_is_caught(text: str, identifier: str, source: str) -> None:
    assert_detected(KIND, text, identifier, source)


@pytest.mark.parametrize(("text", "source"), KEPT)
def test_a_look_alike_is_kept(text: str, source: str) -> None:
    assert_kept_as_written(text, source)
