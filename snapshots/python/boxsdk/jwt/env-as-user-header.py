"""Print the ID of the Box user the program acts as, with the As-User header (boxsdk 10.x).

Install: python3 -m venv .venv && .venv/bin/pip install "boxsdk[jwt]>=10,<11"
Run:     .venv/bin/python get_current_user.py
Reads BOX_JWT_CONFIG_PATH, BOX_AS_USER_ID from the environment.
"""

import os
import sys

from box_sdk_gen import (
    BoxAPIError,
    BoxClient,
    BoxJWTAuth,
    BoxSDKError,
    JWTConfig,
)


def require_env(name: str) -> str:
    """Return the variable's value, or stop with a message that says what to set."""
    value = os.environ.get(name)
    if not value:
        sys.exit(f"Set the {name} environment variable and run again.")
    return value


JWT_CONFIG_PATH = require_env("BOX_JWT_CONFIG_PATH")
AS_USER_ID = require_env("BOX_AS_USER_ID")


def main() -> None:
    # The config file holds the private key: keep it out of version control.
    config = JWTConfig.from_config_file(config_file_path=JWT_CONFIG_PATH)
    auth = BoxJWTAuth(config=config)
    client = BoxClient(auth=auth)
    # Every API call of this client carries the As-User header: it acts as that user.
    client = client.with_as_user_header(user_id=AS_USER_ID)
    me = client.users.get_user_me()
    print(f"My user ID is {me.id}")


def failure_hint(error: Exception, message: str) -> "str | None":
    """What to do about a failure a first run often meets; None for anything else."""
    if isinstance(error, BoxAPIError):
        body = error.response_info.body or {}
        box_error = f"{body.get('error')}: {body.get('error_description')}"
        if box_error.startswith("unauthorized_client:"):
            return "This app is not authorized in the enterprise: an admin authorizes it in the Admin Console (Integrations > Platform Apps Manager, by its Client ID), and again after any change to its scopes."
        if box_error.startswith("invalid_grant:") and "'exp'" in box_error:
            return "Box rejected the JWT's expiry time: this machine's clock is off. Turn on automatic time (NTP) and run again."
        if box_error.startswith("invalid_client:"):
            return "Box does not know this Client ID and Secret pair: copy both again from the Developer Console (your app > Configuration > OAuth 2.0 Credentials); a secret changes when it is reset."
        if box_error == "invalid_request: The grant type is unauthorized for this client_id":
            return "This app's authentication method does not allow this sign-in: an OAuth 2.0 app cannot use CCG or JWT, and a server app cannot use OAuth 2.0. Use the auth method chosen when the app was created (Developer Console > your app > Configuration)."
        if body.get("code") == "access_denied_insufficient_permissions":
            return "Box refused to act as the user: the app needs \"Make API calls using the as-user header\" (Developer Console > your app > Configuration > Advanced Features) and re-authorization by an admin, and the token must be an admin's or the service account's."
    if isinstance(error, ValueError) and ("password" in message or "key" in message):
        return "The private key in the JWT config file could not be read: the key or its passphrase is damaged (often its line breaks, when it came through an environment variable). Generate a new key pair in the Developer Console (your app > Configuration > Add and Manage Public Keys) and use the config file it downloads."
    if isinstance(getattr(error, "error", None), OSError):
        return "Could not reach Box: check this machine's network connection, and any proxy or firewall between it and api.box.com."
    return None


if __name__ == "__main__":
    try:
        main()
    except (BoxSDKError, ValueError) as error:
        message = str(getattr(error, "message", None) or error).strip().splitlines()[0]
        hint = failure_hint(error, message)
        if hint is None:
            raise
        # Then the first line of the SDK's own message: the rest can hold the request.
        raise SystemExit(f"{hint}\n{message}")
