"""Print the ID of the Box user who owns the credentials (box-sdk-gen 1.x).

Install: python3 -m venv .venv && .venv/bin/pip install "box-sdk-gen[jwt]>=1,<2"
Run:     .venv/bin/python get_current_user.py
"""

from box_sdk_gen import (
    BoxClient,
    BoxJWTAuth,
    JWTConfig,
)

JWT_CONFIG_PATH = "config/box_app_config.json"


def main() -> None:
    # The config file holds the private key: keep it out of version control.
    config = JWTConfig.from_config_file(config_file_path=JWT_CONFIG_PATH)
    auth = BoxJWTAuth(config=config)
    client = BoxClient(auth=auth)
    me = client.users.get_user_me()
    print(f"My user ID is {me.id}")


if __name__ == "__main__":
    main()
