"""Print the ID of the Box user who owns the credentials (boxsdk 3.x).

Install: python3 -m venv .venv && .venv/bin/pip install "boxsdk>=3,<4"
Run:     .venv/bin/python get_current_user.py
This file holds a secret: keep it out of version control.
"""

from boxsdk import CCGAuth, Client

CLIENT_ID = "fakeclientid00000000000000000001"
CLIENT_SECRET = "FakeClientSecret0000000000000001"
ENTERPRISE_ID = "1234567"


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
