"""Print the ID of the Box user the program acts as, with the As-User header (boxsdk 10.x).

Install: python3 -m venv .venv && .venv/bin/pip install "boxsdk>=10,<11"
Run:     .venv/bin/python get_current_user.py
This file holds a secret: keep it out of version control.
"""

from box_sdk_gen import (
    BoxAPIError,
    BoxClient,
    BoxDeveloperTokenAuth,
    BoxSDKError,
)

DEVELOPER_TOKEN = "FakeDeveloperToken00000000000001"
AS_USER_ID = "5550001"


def main() -> None:
    auth = BoxDeveloperTokenAuth(token=DEVELOPER_TOKEN)
    client = BoxClient(auth=auth)
    # Every API call of this client carries the As-User header: it acts as that user.
    client = client.with_as_user_header(user_id=AS_USER_ID)
    me = client.users.get_user_me()
    print(f"My user ID is {me.id}")


def failure_hint(error: Exception, message: str) -> "str | None":
    """What to do about a failure a first run often meets; None for anything else."""
    if message == "Developer token has expired. Please provide a new one.":
        # The SDK says this for any token Box refuses: expired, mistyped or revoked alike.
        return "Box did not accept the Developer Token. These tokens last 60 minutes, and a mistyped or revoked token fails the same way: generate a new one in the Developer Console (your app > Configuration > Developer Token)."
    if isinstance(error, BoxAPIError):
        body = error.response_info.body or {}
        if body.get("code") == "access_denied_insufficient_permissions":
            return "Box refused to act as the user: the app needs \"Make API calls using the as-user header\" (Developer Console > your app > Configuration > Advanced Features) and re-authorization by an admin, and the token must be an admin's or the service account's."
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
