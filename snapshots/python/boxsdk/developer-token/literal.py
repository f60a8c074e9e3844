"""Print the ID of the Box user who owns the credentials (boxsdk 10.x).

Install: python3 -m venv .venv && .venv/bin/pip install "boxsdk>=10,<11"
Run:     .venv/bin/python get_current_user.py
This file holds a secret: keep it out of version control.
"""

from box_sdk_gen import (
    BoxClient,
    BoxDeveloperTokenAuth,
)

DEVELOPER_TOKEN = "FakeDeveloperToken00000000000001"


def main() -> None:
    auth = BoxDeveloperTokenAuth(token=DEVELOPER_TOKEN)
    client = BoxClient(auth=auth)
    me = client.users.get_user_me()
    print(f"My user ID is {me.id}")


if __name__ == "__main__":
    main()
