"""Print the ID of the Box user the program acts as, with the As-User header (boxsdk 4.x).

Install: python3 -m venv .venv && .venv/bin/pip install "boxsdk[jwt]>=4,<5"
Run:     .venv/bin/python get_current_user.py
"""

from boxsdk import Client, OAuth2
from boxsdk.exception import BoxAPIException, BoxException, BoxOAuthException
from requests.exceptions import ConnectionError as RequestsConnectionError

# Replace YOUR_DEVELOPER_TOKEN with a Developer Token (valid for 60 minutes):
# Box Developer Console > your app > Configuration > Developer Token.
DEVELOPER_TOKEN = "YOUR_DEVELOPER_TOKEN"
# Replace AS_USER_ID with the ID of the user every API call acts as (the As-User header):
# Box Admin Console > Users and Groups; the app needs "Make API calls using the as-user header" (Developer Console > your app > Configuration > Advanced Features) and an admin's or the service account's token.
AS_USER_ID = "AS_USER_ID"


def main() -> None:
    auth = OAuth2(client_id=None, client_secret=None, access_token=DEVELOPER_TOKEN)
    client = Client(auth)
    # Every API call of this client carries the As-User header: it acts as that user.
    client = client.as_user(client.user(user_id=AS_USER_ID))
    me = client.user().get()
    print(f"My user ID is {me.id}")


def failure_hint(error: Exception, message: str) -> "str | None":
    """What to do about a failure a first run often meets; None for anything else."""
    # Box answers a token it refuses with a 401, and the SDK's try to refresh it fails too.
    if isinstance(error, BoxOAuthException) or (isinstance(error, BoxAPIException) and error.status == 401):
        return "Box did not accept the Developer Token. These tokens last 60 minutes, and a mistyped or revoked token fails the same way: generate a new one in the Developer Console (your app > Configuration > Developer Token)."
    if isinstance(error, BoxAPIException) and error.code == "access_denied_insufficient_permissions":
        return "Box refused to act as the user: the app needs \"Make API calls using the as-user header\" (Developer Console > your app > Configuration > Advanced Features) and re-authorization by an admin, and the token must be an admin's or the service account's."
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
