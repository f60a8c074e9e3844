"""Print the ID of the Box user who owns the credentials (boxsdk 4.x).

Install: python3 -m venv .venv && .venv/bin/pip install "boxsdk[jwt]>=4,<5"
Run:     .venv/bin/python get_current_user.py
"""

from boxsdk import Client, OAuth2
from boxsdk.exception import BoxAPIException, BoxException, BoxOAuthException
from requests.exceptions import ConnectionError as RequestsConnectionError

# Replace YOUR_APP_TOKEN with your app's primary or secondary App Token:
# Box Developer Console > your app (a Limited Access App, or App Token auth) > Configuration > App Token Keys > Generate Key, once an admin has authorized the app.
APP_TOKEN = "YOUR_APP_TOKEN"


def main() -> None:
    # An App Token is used as it is: no client ID or secret, nothing to refresh.
    auth = OAuth2(client_id=None, client_secret=None, access_token=APP_TOKEN)
    client = Client(auth)
    me = client.user().get()
    print(f"My user ID is {me.id}")


def failure_hint(error: Exception, message: str) -> "str | None":
    """What to do about a failure a first run often meets; None for anything else."""
    # Box answers a token it refuses with a 401, and the SDK's try to refresh it fails too.
    if isinstance(error, BoxOAuthException) or (isinstance(error, BoxAPIException) and error.status == 401):
        return "Box did not accept the App Token: it is mistyped, or its key was revoked or regenerated. Copy the primary or secondary App Token again from the Developer Console (your app > Configuration > App Token Keys); an admin must have authorized the app."
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
