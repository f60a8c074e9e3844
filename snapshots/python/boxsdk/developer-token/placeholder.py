"""Print the ID of the Box user who owns the credentials (boxsdk 10.x).

Install: python3 -m venv .venv && .venv/bin/pip install "boxsdk>=10,<11"
Run:     .venv/bin/python get_current_user.py
"""

from box_sdk_gen import (
    BoxClient,
    BoxDeveloperTokenAuth,
)

# Replace YOUR_DEVELOPER_TOKEN with a Developer Token (valid for 60 minutes):
# Box Developer Console > your app > Configuration > Developer Token.
DEVELOPER_TOKEN = "YOUR_DEVELOPER_TOKEN"


def main() -> None:
    auth = BoxDeveloperTokenAuth(token=DEVELOPER_TOKEN)
    client = BoxClient(auth=auth)
    me = client.users.get_user_me()
    print(f"My user ID is {me.id}")


if __name__ == "__main__":
    main()
