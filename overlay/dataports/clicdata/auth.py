"""ClicData's two ways to authenticate, as httpx auth: OAuth client credentials (a cached access token from
``oauth20/token``, refreshed before it expires and once on a 401) and ClicData's Basic scheme.

Basic is ``Authorization: Basic base64("<client_id>:" + base64("<email>:<password>"))``, as ClicData documents it.
(The classic wrapper left out the ``:`` after the client id and then added bytes to a string, so its Basic mode
raised ``TypeError`` before sending anything.)
"""

from __future__ import annotations

import base64
from typing import Any

from dataports._core.auth import HeaderAuth, OAuth2ClientCredentials, credential
from dataports._core.secrets import Secret

from .errors import InvalidArgument

AUTH_METHODS = ("client_credentials", "basic")
#: Seconds before expiry that an access token is renewed (a token about to expire is not sent).
DEFAULT_REFRESH_MARGIN = 30.0


def required_text(value: Any, argument: str) -> str:
    """``value`` stripped of surrounding whitespace; refused (never quoted) with ClicData's ``InvalidArgument`` when
    missing, not a string, or holding a control character. Client ids, secrets and logins travel in a form body or
    inside base64, so any other character is fine."""
    return credential(value, argument, error=InvalidArgument, in_header=False).reveal()


def client_credentials(
    base_url: str, client_id: str, client_secret: Secret, refresh_margin: float
) -> OAuth2ClientCredentials:
    """OAuth client credentials whose token request is the spec's ``request_access_token`` operation."""
    from dataports_api.clicdata.api.oauth import request_access_token
    from dataports_api.clicdata.models import TokenRequest

    def token_request(form: dict[str, str]) -> dict[str, Any]:
        return request_access_token.build_request(body=TokenRequest.from_dict(form))

    token_url = request_access_token.build_request(body=TokenRequest("client_credentials", client_id))["url"]
    return OAuth2ClientCredentials(
        base_url,
        token_url,
        client_id,
        client_secret,
        refresh_margin=refresh_margin,
        request_factory=token_request,
    )


def basic(client_id: str, username: str, password: Secret) -> HeaderAuth:
    """ClicData's Basic credentials (see the module docstring); the encoded value is a ``Secret`` too."""
    login = base64.b64encode(f"{username}:{password.reveal()}".encode()).decode("ascii")
    encoded = base64.b64encode(f"{client_id}:{login}".encode()).decode("ascii")
    return HeaderAuth(Secret(encoded), "Authorization", "Basic")
