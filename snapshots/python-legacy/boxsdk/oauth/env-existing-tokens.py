"""Print the signed-in Box user's ID, starting from an access and refresh token (boxsdk 4.x).

Install: python3 -m venv .venv && .venv/bin/pip install "boxsdk[jwt]>=4,<5"
Run:     .venv/bin/python get_current_user.py
Sign-in: none in the browser. The program starts from the access and refresh token it is
given, and refreshes them when Box says the access token expired. Box rotates refresh
tokens: after a refresh the pair it was given no longer works; an app keeps the new pair
in its own token store (the SDK calls its token storage with it).
Reads BOX_CLIENT_ID, BOX_CLIENT_SECRET, BOX_ACCESS_TOKEN, BOX_REFRESH_TOKEN from the environment.
"""

import os
import sys

from boxsdk import Client, OAuth2
from boxsdk.exception import BoxException, BoxOAuthException
from requests.exceptions import ConnectionError as RequestsConnectionError


def require_env(name: str) -> str:
    """Return the variable's value, or stop with a message that says what to set."""
    value = os.environ.get(name)
    if not value:
        sys.exit(f"Set the {name} environment variable and run again.")
    return value


CLIENT_ID = require_env("BOX_CLIENT_ID")
CLIENT_SECRET = require_env("BOX_CLIENT_SECRET")
ACCESS_TOKEN = require_env("BOX_ACCESS_TOKEN")
REFRESH_TOKEN = require_env("BOX_REFRESH_TOKEN")


def main() -> None:
    # The pair the app already has, so no browser. When Box says the access token expired, the SDK
    # refreshes it with the refresh token and calls again (pass store_tokens= to keep the new pair).
    auth = OAuth2(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        access_token=ACCESS_TOKEN,
        refresh_token=REFRESH_TOKEN,
    )
    client = Client(auth)
    me = client.user().get()
    print(f"My user ID is {me.id}")


def failure_hint(error: Exception, message: str) -> "str | None":
    """What to do about a failure a first run often meets; None for anything else."""
    if isinstance(error, BoxOAuthException) and error.code == "invalid_client":
        return "Box does not know this Client ID and Secret pair: copy both again from the Developer Console (your app > Configuration > OAuth 2.0 Credentials); a secret changes when it is reset."
    if isinstance(error, BoxOAuthException) and error.code == "invalid_request" and message == "The grant type is unauthorized for this client_id":
        return "This app's authentication method does not allow this sign-in: an OAuth 2.0 app cannot use CCG or JWT, and a server app cannot use OAuth 2.0. Use the auth method chosen when the app was created (Developer Console > your app > Configuration)."
    if isinstance(error, RequestsConnectionError):
        # The SDK lets the requests library's ConnectionError through; any other OSError (a
        # missing config file, say) is not about the network.
        return "Could not reach Box: check this machine's network connection, and any proxy or firewall between it and api.box.com."
    return None


if __name__ == "__main__":
    try:
        main()
    except (BoxException, RequestsConnectionError) as error:
        message = str(getattr(error, "message", None) or error).strip().splitlines()[0]
        hint = failure_hint(error, message)
        if hint is None:
            raise
        # Then the first line of the SDK's own message: the rest can hold the request.
        raise SystemExit(f"{hint}\n{message}")
