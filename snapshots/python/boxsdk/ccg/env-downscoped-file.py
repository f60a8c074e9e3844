"""Exchange the token for one downscoped to a file, then read the file's name with it (boxsdk 10.x).

Install: python3 -m venv .venv && .venv/bin/pip install "boxsdk>=10,<11"
Run:     .venv/bin/python get_current_user.py
Reads BOX_CLIENT_ID, BOX_CLIENT_SECRET, BOX_ENTERPRISE_ID from the environment.
"""

import os
import sys

from box_sdk_gen import (
    BoxAPIError,
    BoxCCGAuth,
    BoxClient,
    BoxDeveloperTokenAuth,
    BoxSDKError,
    CCGConfig,
)


def require_env(name: str) -> str:
    """Return the variable's value, or stop with a message that says what to set."""
    value = os.environ.get(name)
    if not value:
        sys.exit(f"Set the {name} environment variable and run again.")
    return value


CLIENT_ID = require_env("BOX_CLIENT_ID")
CLIENT_SECRET = require_env("BOX_CLIENT_SECRET")
ENTERPRISE_ID = require_env("BOX_ENTERPRISE_ID")


def main() -> None:
    config = CCGConfig(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        enterprise_id=ENTERPRISE_ID,
    )
    auth = BoxCCGAuth(config=config)
    # Swap the token for one that can do less: these scopes, on this file only.
    downscoped = auth.downscope_token(
        ["item_preview"],
        resource="https://api.box.com/2.0/files/123456789",
    )
    # One entry per scope and item: each scope once, in order.
    scopes = dict.fromkeys(entry.to_dict()["scope"] for entry in downscoped.restricted_to or [])
    print(f"Downscoped token scopes: {' '.join(scopes)}")
    # A client of its own makes the API calls with the downscoped token.
    client = BoxClient(auth=BoxDeveloperTokenAuth(token=downscoped.access_token))
    item = client.files.get_file_by_id(file_id="123456789")
    print(f"File {item.id}: {item.name}")


def failure_hint(error: Exception, message: str) -> "str | None":
    """What to do about a failure a first run often meets; None for anything else."""
    if isinstance(error, BoxAPIError):
        body = error.response_info.body or {}
        box_error = f"{body.get('error')}: {body.get('error_description')}"
        if box_error.startswith("unauthorized_client:"):
            return "This app is not authorized in the enterprise: an admin authorizes it in the Admin Console (Integrations > Platform Apps Manager, by its Client ID), and again after any change to its scopes."
        if box_error == "invalid_grant: Grant credentials are invalid":
            return "Box rejected the client credentials: check the Client ID and Secret (Developer Console > your app > Configuration); to act as a user, the app needs App + Enterprise Access and \"Generate user access tokens\" there, then re-authorization in the Admin Console."
        if box_error.startswith("invalid_client:"):
            return "Box does not know this Client ID and Secret pair: copy both again from the Developer Console (your app > Configuration > OAuth 2.0 Credentials); a secret changes when it is reset."
        if box_error == "invalid_request: The grant type is unauthorized for this client_id":
            return "This app's authentication method does not allow this sign-in: an OAuth 2.0 app cannot use CCG or JWT, and a server app cannot use OAuth 2.0. Use the auth method chosen when the app was created (Developer Console > your app > Configuration)."
        if box_error.startswith("invalid_scope:"):
            return "Box refused to downscope the token: a downscoped token can only keep scopes the original token has. Ask for fewer scopes, or give the app those scopes (Developer Console > your app > Configuration > Application Scopes)."
    if isinstance(getattr(error, "error", None), OSError):
        return "Could not reach Box: check this machine's network connection, and any proxy or firewall between it and api.box.com."
    return None


if __name__ == "__main__":
    try:
        main()
    except BoxSDKError as error:
        message = str(getattr(error, "message", None) or error).strip().splitlines()[0]
        hint = failure_hint(error, message)
        if hint is None:
            raise
        # Then the first line of the SDK's own message: the rest can hold the request.
        raise SystemExit(f"{hint}\n{message}")
