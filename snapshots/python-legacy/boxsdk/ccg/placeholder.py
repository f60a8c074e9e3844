"""Print the ID of the Box user who owns the credentials (boxsdk 4.x).

Install: python3 -m venv .venv && .venv/bin/pip install "boxsdk[jwt]>=4,<5"
Run:     .venv/bin/python get_current_user.py
"""

from boxsdk import CCGAuth, Client

# Replace YOUR_CLIENT_ID with your app's Client ID:
# Box Developer Console > your app > Configuration > OAuth 2.0 Credentials.
CLIENT_ID = "YOUR_CLIENT_ID"
# Replace YOUR_CLIENT_SECRET with your app's Client Secret:
# Box Developer Console > your app > Configuration > OAuth 2.0 Credentials.
CLIENT_SECRET = "YOUR_CLIENT_SECRET"
# Replace YOUR_ENTERPRISE_ID with your enterprise's ID:
# Box Admin Console > Account & Billing > Enterprise ID, or your app > General Settings.
ENTERPRISE_ID = "YOUR_ENTERPRISE_ID"


def main() -> None:
    auth = CCGAuth(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        enterprise_id=ENTERPRISE_ID,
    )
    client = Client(auth)
    me = client.user().get()
    print(f"My user ID is {me.id}")


if __name__ == "__main__":
    main()
