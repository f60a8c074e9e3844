"""Print the ID of the Box user who owns the credentials (boxsdk 10.x).

Install: python3 -m venv .venv && .venv/bin/pip install "boxsdk>=10,<11"
Run:     .venv/bin/python get_current_user.py
"""

from box_sdk_gen import (
    BoxClient,
    BoxDeveloperTokenAuth,
    BoxSDKError,
)

# Replace YOUR_APP_TOKEN with your app's primary or secondary App Token:
# Box Developer Console > your app (a Limited Access App, or App Token auth) > Configuration > App Token Keys > Generate Key, once an admin has authorized the app.
APP_TOKEN = "YOUR_APP_TOKEN"


def main() -> None:
    # The SDK sends an App Token as it is, the way it sends a Developer Token.
    auth = BoxDeveloperTokenAuth(token=APP_TOKEN)
    client = BoxClient(auth=auth)
    me = client.users.get_user_me()
    print(f"My user ID is {me.id}")


def failure_hint(error: Exception, message: str) -> "str | None":
    """What to do about a failure a first run often meets; None for anything else."""
    if message == "Developer token has expired. Please provide a new one.":
        # The SDK's Developer Token auth, which sends the App Token, says this for any token Box refuses.
        return "Box did not accept the App Token: it is mistyped, or its key was revoked or regenerated. Copy the primary or secondary App Token again from the Developer Console (your app > Configuration > App Token Keys); an admin must have authorized the app."
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
