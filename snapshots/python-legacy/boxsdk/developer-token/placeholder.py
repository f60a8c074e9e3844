"""Print the ID of the Box user who owns the credentials (boxsdk 4.x).

Install: python3 -m venv .venv && .venv/bin/pip install "boxsdk[jwt]>=4,<5"
Run:     .venv/bin/python get_current_user.py
"""

from boxsdk import Client, OAuth2

# Replace YOUR_DEVELOPER_TOKEN with a Developer Token (valid for 60 minutes):
# Box Developer Console > your app > Configuration > Developer Token.
DEVELOPER_TOKEN = "YOUR_DEVELOPER_TOKEN"


def main() -> None:
    auth = OAuth2(client_id=None, client_secret=None, access_token=DEVELOPER_TOKEN)
    client = Client(auth)
    me = client.user().get()
    print(f"My user ID is {me.id}")


if __name__ == "__main__":
    main()
