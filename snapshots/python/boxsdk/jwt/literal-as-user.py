"""Print the ID of the Box user who owns the credentials (boxsdk 10.x).

Install: python3 -m venv .venv && .venv/bin/pip install "boxsdk[jwt]>=10,<11"
Run:     .venv/bin/python get_current_user.py
"""

from box_sdk_gen import (
    BoxClient,
    BoxJWTAuth,
    JWTConfig,
)

JWT_CONFIG_PATH = "config/box_app_config.json"
USER_ID = "7654321"


def main() -> None:
    # The config file holds the private key: keep it out of version control.
    config = JWTConfig.from_config_file(config_file_path=JWT_CONFIG_PATH)
    auth = BoxJWTAuth(config=config)
    # Act as this user instead of the app's service account.
    auth = auth.with_user_subject(USER_ID)
    client = BoxClient(auth=auth)
    me = client.users.get_user_me()
    print(f"My user ID is {me.id}")


if __name__ == "__main__":
    main()
