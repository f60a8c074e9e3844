"""Print the ID of the Box user who owns the credentials (boxsdk 4.x).

Install: python3 -m venv .venv && .venv/bin/pip install "boxsdk[jwt]>=4,<5"
Run:     .venv/bin/python get_current_user.py
"""

from boxsdk import Client, JWTAuth

JWT_CONFIG_PATH = "config/box_app_config.json"


def main() -> None:
    # The config file holds the private key: keep it out of version control.
    auth = JWTAuth.from_settings_file(JWT_CONFIG_PATH)
    client = Client(auth)
    me = client.user().get()
    print(f"My user ID is {me.id}")


if __name__ == "__main__":
    main()
