"""Print the ID of the Box user who owns the credentials; then revoke the token (boxsdk 10.x).

Install: python3 -m venv .venv && .venv/bin/pip install "boxsdk>=10,<11"
Run:     .venv/bin/python get_current_user.py
Reads BOX_DEVELOPER_TOKEN, BOX_CLIENT_ID, BOX_CLIENT_SECRET from the environment.
"""

import os
import sys

from box_sdk_gen import (
    BoxClient,
    BoxDeveloperTokenAuth,
    BoxSDKError,
    DeveloperTokenConfig,
)


def require_env(name: str) -> str:
    """Return the variable's value, or stop with a message that says what to set."""
    value = os.environ.get(name)
    if not value:
        sys.exit(f"Set the {name} environment variable and run again.")
    return value


DEVELOPER_TOKEN = require_env("BOX_DEVELOPER_TOKEN")
CLIENT_ID = require_env("BOX_CLIENT_ID")
CLIENT_SECRET = require_env("BOX_CLIENT_SECRET")


def main() -> None:
    # The client ID and secret are used only to revoke the token; API calls need just the token.
    auth = BoxDeveloperTokenAuth(
        token=DEVELOPER_TOKEN,
        config=DeveloperTokenConfig(client_id=CLIENT_ID, client_secret=CLIENT_SECRET),
    )
    client = BoxClient(auth=auth)
    me = client.users.get_user_me()
    print(f"My user ID is {me.id}")
    # Revoke the token: Box refuses it from now on.
    auth.revoke_token()
    print("Token revoked.")


def failure_hint(error: Exception, message: str) -> "str | None":
    """What to do about a failure a first run often meets; None for anything else."""
    if message == "Developer token has expired. Please provide a new one.":
        # The SDK says this for any token Box refuses: expired, mistyped or revoked alike.
        return "Box did not accept the Developer Token. These tokens last 60 minutes, and a mistyped or revoked token fails the same way: generate a new one in the Developer Console (your app > Configuration > Developer Token)."
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
