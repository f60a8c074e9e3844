"""Exchange the token for one downscoped to a file, then read the file's name with it (boxsdk 4.x).

Install: python3 -m venv .venv && .venv/bin/pip install "boxsdk[jwt]>=4,<5"
Run:     .venv/bin/python get_current_user.py
Reads BOX_APP_TOKEN from the environment.
"""

import os
import sys

from boxsdk import Client, OAuth2
from boxsdk.exception import BoxAPIException, BoxException, BoxOAuthException
from requests.exceptions import ConnectionError as RequestsConnectionError


def require_env(name: str) -> str:
    """Return the variable's value, or stop with a message that says what to set."""
    value = os.environ.get(name)
    if not value:
        sys.exit(f"Set the {name} environment variable and run again.")
    return value


APP_TOKEN = require_env("BOX_APP_TOKEN")


def main() -> None:
    # An App Token is used as it is: no client ID or secret, nothing to refresh.
    auth = OAuth2(client_id=None, client_secret=None, access_token=APP_TOKEN)
    client = Client(auth)
    # Swap the token for one that can do less: these scopes, on this file only.
    downscoped = client.downscope_token(
        scopes=["item_preview"],
        item=client.file(file_id="123456789"),
    )
    # One entry per scope and item: each scope once, in order.
    scopes = dict.fromkeys(entry["scope"] for entry in downscoped.restricted_to)
    print(f"Downscoped token scopes: {' '.join(scopes)}")
    # A client of its own makes the API calls with the downscoped token.
    client = Client(OAuth2(client_id=None, client_secret=None, access_token=downscoped.access_token))
    item = client.file(file_id="123456789").get()
    print(f"File {item.id}: {item.name}")


def failure_hint(error: Exception, message: str) -> "str | None":
    """What to do about a failure a first run often meets; None for anything else."""
    # Box answers a token it refuses with a 401, and the SDK's try to refresh it fails too.
    if isinstance(error, BoxOAuthException) or (isinstance(error, BoxAPIException) and error.status == 401):
        return "Box did not accept the App Token: it is mistyped, or its key was revoked or regenerated. Copy the primary or secondary App Token again from the Developer Console (your app > Configuration > App Token Keys); an admin must have authorized the app."
    # The token exchange answers with a BoxAPIException; a token request with a BoxOAuthException.
    if isinstance(error, (BoxAPIException, BoxOAuthException)) and error.code == "invalid_scope":
        return "Box refused to downscope the token: a downscoped token can only keep scopes the original token has. Ask for fewer scopes, or give the app those scopes (Developer Console > your app > Configuration > Application Scopes)."
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
