"""Exchange the token for a downscoped one, then read the user's ID with that one (boxsdk 10.x).

Install: python3 -m venv .venv && .venv/bin/pip install "boxsdk>=10,<11"
Run:     .venv/bin/python get_current_user.py
Reads BOX_DEVELOPER_TOKEN from the environment.
"""

import os
import sys

from box_sdk_gen import (
    BoxAPIError,
    BoxClient,
    BoxDeveloperTokenAuth,
    BoxSDKError,
)


def require_env(name: str) -> str:
    """Return the variable's value, or stop with a message that says what to set."""
    value = os.environ.get(name)
    if not value:
        sys.exit(f"Set the {name} environment variable and run again.")
    return value


DEVELOPER_TOKEN = require_env("BOX_DEVELOPER_TOKEN")


def main() -> None:
    auth = BoxDeveloperTokenAuth(token=DEVELOPER_TOKEN)
    # Swap the token for one that can do less: these scopes.
    downscoped = auth.downscope_token(
        ["root_readonly"],
    )
    # One entry per scope and item: each scope once, in order.
    scopes = dict.fromkeys(entry.to_dict()["scope"] for entry in downscoped.restricted_to or [])
    print(f"Downscoped token scopes: {' '.join(scopes)}")
    # A client of its own makes the API calls with the downscoped token.
    client = BoxClient(auth=BoxDeveloperTokenAuth(token=downscoped.access_token))
    me = client.users.get_user_me()
    print(f"My user ID is {me.id}")


def failure_hint(error: Exception, message: str) -> "str | None":
    """What to do about a failure a first run often meets; None for anything else."""
    if message == "Developer token has expired. Please provide a new one.":
        # The SDK says this for any token Box refuses: expired, mistyped or revoked alike.
        return "Box did not accept the Developer Token. These tokens last 60 minutes, and a mistyped or revoked token fails the same way: generate a new one in the Developer Console (your app > Configuration > Developer Token)."
    if isinstance(error, BoxAPIError):
        body = error.response_info.body or {}
        box_error = f"{body.get('error')}: {body.get('error_description')}"
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
