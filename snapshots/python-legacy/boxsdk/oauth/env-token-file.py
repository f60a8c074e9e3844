"""Print the signed-in Box user's ID; keep the tokens in .box-tokens.json for later runs (boxsdk 4.x).

Install: python3 -m venv .venv && .venv/bin/pip install "boxsdk[jwt]>=4,<5"
Run:     .venv/bin/python get_current_user.py
Sign-in: open the URL it prints and approve access; Box sends the browser back to
http://localhost:3000/callback, where the program is listening.
List http://localhost:3000/callback in your app's Redirect URIs (Developer Console > Configuration).
Tokens: kept in .box-tokens.json (owner-only; keep it out of version control); later runs
use them without a browser, and refresh them when Box says they expired.
Reads BOX_CLIENT_ID, BOX_CLIENT_SECRET from the environment.
"""

import errno
import json
import os
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlsplit

from boxsdk import Client, OAuth2
from boxsdk.exception import BoxException, BoxOAuthException
from requests.exceptions import ConnectionError as RequestsConnectionError


def require_env(name: str) -> str:
    """Return the variable's value, or stop with a message that says what to set."""
    value = os.environ.get(name)
    if not value:
        sys.exit(f"Set the {name} environment variable and run again.")
    return value


CLIENT_ID = require_env("BOX_CLIENT_ID")
CLIENT_SECRET = require_env("BOX_CLIENT_SECRET")

# Box sends the browser here after approval; list it under your app's OAuth 2.0 Redirect URIs.
REDIRECT_URI = "http://localhost:3000/callback"
# The access and refresh tokens, kept between runs (owner-only): keep this file out of version control.
TOKEN_FILE = ".box-tokens.json"


def read_tokens() -> "dict[str, str]":
    """The tokens an earlier run kept in TOKEN_FILE, or none."""
    try:
        with open(TOKEN_FILE) as tokens:
            saved = tokens.read()
    except FileNotFoundError:
        return {}
    return json.loads(saved) if saved.strip() else {}


def store_tokens(access_token: "str | None", refresh_token: "str | None") -> None:
    """The SDK calls this with each new pair, on sign-in and on each refresh: keep it for the next run."""
    # Owner-only (0600) before a token is written to it, whether the file is new or not.
    file = os.open(TOKEN_FILE, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.chmod(TOKEN_FILE, 0o600)
    with os.fdopen(file, "w") as tokens:
        json.dump({"access_token": access_token, "refresh_token": refresh_token}, tokens)


class RedirectListener(HTTPServer):
    """Listens at REDIRECT_URI for the browser, which Box sends back once access is approved or denied."""

    # Not on Windows, where SO_REUSEADDR would let two programs listen on the same port.
    allow_reuse_address = sys.platform != "win32"

    def __init__(self, state: str) -> None:
        self.state = state
        self.code: "str | None" = None
        self.failure: "str | None" = None
        super().__init__(("localhost", 3000), RedirectHandler)

    def wait(self) -> str:
        """Answer the browser until Box's redirect comes; return the authorization code it brings."""
        while self.code is None and self.failure is None:
            self.handle_request()
        self.server_close()
        if self.failure is not None:
            sys.exit(self.failure)
        return self.code


class RedirectHandler(BaseHTTPRequestHandler):
    """Answers one request of the browser with a plain-text page."""

    server: RedirectListener
    # A browser may open a connection it sends nothing on: give up on such a one after 5 seconds.
    timeout = 5

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path != "/callback":
            # Any other path (the browser's /favicon.ico, say): keep waiting.
            self.send_error(404)
            return
        query = {name: values[0] for name, values in parse_qs(url.query).items()}
        if query.get("state") != self.server.state:
            # Not the answer to this sign-in's URL: its code is never exchanged.
            self.server.failure = "The redirect did not carry the state this program sent, so it did not come from this sign-in: the code was not used. Run the program again and open the URL it prints."
            self.answer(400, self.server.failure)
        elif "error" in query:
            self.server.failure = "Access was not approved in the browser, so Box sent no code. Run the program again and click \"Grant access to Box\"." + f"\n{query['error']}: {query.get('error_description')}"
            self.answer(200, self.server.failure)
        else:
            self.server.code = query.get("code", "")
            self.answer(200, "Signed in to Box. You can close this tab and go back to the terminal.")

    def answer(self, status: int, text: str) -> None:
        page = text.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(page)))
        self.end_headers()
        self.wfile.write(page)

    def log_message(self, format: str, *args: object) -> None:
        """Log nothing: a request's URL holds the authorization code."""


def main() -> None:
    saved = read_tokens()
    auth = OAuth2(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        store_tokens=store_tokens,
        access_token=saved.get("access_token"),
        refresh_token=saved.get("refresh_token"),
    )
    if saved.get("refresh_token"):
        # Later runs: no browser. When Box says the access token expired, the SDK refreshes it and
        # calls again, and store_tokens keeps the new pair.
        print(f"Using the tokens saved in {TOKEN_FILE}.")
    else:
        # The SDK's random CSRF token is the state: Box's redirect must bring it back.
        authorize_url, state = auth.get_authorization_url(REDIRECT_URI)
        # Listening before the URL is printed: Box sends the browser back as soon as access is approved.
        listener = RedirectListener(state)
        print(f"Open this URL and approve access:\n{authorize_url}")
        # flush: through a pipe (tee, say) the lines would otherwise wait in Python's buffer.
        print("Waiting for the browser. If Box's page says redirect_uri_mismatch, add this program's redirect URI to your app's Redirect URIs (Developer Console > your app > Configuration) and run again.", flush=True)
        # A code works for 30 seconds: it is exchanged as soon as it comes.
        code = listener.wait()
        auth.authenticate(code)
    client = Client(auth)
    me = client.user().get()
    print(f"My user ID is {me.id}")


def failure_hint(error: Exception, message: str) -> "str | None":
    """What to do about a failure a first run often meets; None for anything else."""
    if isinstance(error, BoxOAuthException) and error.code == "invalid_grant":
        if message == "The authorization code has expired":
            return "Box refused the authorization code: a code lasts 30 seconds and works once. Run the program again and approve access in the browser right away."
        if message == "Invalid refresh token":
            return "Box refused the saved refresh token: a refresh token lasts 60 days and works once. Delete the token file and run the program again to sign in in the browser."
    if isinstance(error, BoxOAuthException) and error.code == "invalid_client":
        return "Box does not know this Client ID and Secret pair: copy both again from the Developer Console (your app > Configuration > OAuth 2.0 Credentials); a secret changes when it is reset."
    if isinstance(error, BoxOAuthException) and error.code == "invalid_request" and message == "The grant type is unauthorized for this client_id":
        return "This app's authentication method does not allow this sign-in: an OAuth 2.0 app cannot use CCG or JWT, and a server app cannot use OAuth 2.0. Use the auth method chosen when the app was created (Developer Console > your app > Configuration)."
    if isinstance(error, RequestsConnectionError):
        # The SDK lets the requests library's ConnectionError through; any other OSError (a
        # missing config file, say) is not about the network.
        return "Could not reach Box: check this machine's network connection, and any proxy or firewall between it and api.box.com."
    if isinstance(error, OSError) and error.errno == errno.EADDRINUSE:
        return "The redirect URI's port is in use by another program: stop that program, or choose another port in the redirect URI (here and in your app's Redirect URIs)."
    return None


if __name__ == "__main__":
    try:
        main()
    except (BoxException, RequestsConnectionError, OSError) as error:
        message = str(getattr(error, "message", None) or error).strip().splitlines()[0]
        hint = failure_hint(error, message)
        if hint is None:
            raise
        # Then the first line of the SDK's own message: the rest can hold the request.
        raise SystemExit(f"{hint}\n{message}")
