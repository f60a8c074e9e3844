"""Print the ID of the Box user who owns the credentials (boxsdk 4.x).

Install: python3 -m venv .venv && .venv/bin/pip install "boxsdk[jwt]>=4,<5"
Run:     .venv/bin/python get_current_user.py
This file holds a secret: keep it out of version control.
"""

from boxsdk import Client, OAuth2

DEVELOPER_TOKEN = "FakeDeveloperToken00000000000001"


def main() -> None:
    auth = OAuth2(client_id=None, client_secret=None, access_token=DEVELOPER_TOKEN)
    client = Client(auth)
    me = client.user().get()
    print(f"My user ID is {me.id}")


if __name__ == "__main__":
    main()
