// Print the signed-in Box user's ID; keep the tokens in .box-tokens.json for later runs (box-node-sdk 10.x).
//
// Install: npm install box-node-sdk@^10
// Run:     node get-current-user.mjs
// Sign-in: open the URL it prints and approve access; Box sends the browser back to
// http://localhost:3000/callback, where the program is listening.
// List http://localhost:3000/callback in your app's Redirect URIs (Developer Console > Configuration).
// Tokens: kept in .box-tokens.json (owner-only; keep it out of version control); later runs
// use them without a browser, and refresh them when Box says they expired.
// Reads BOX_CLIENT_ID, BOX_CLIENT_SECRET from the environment.

import crypto from "node:crypto";
import dns from "node:dns";
import fs from "node:fs";
import http from "node:http";
import { BoxClient, BoxOAuth, OAuthConfig } from "box-node-sdk";
import { BoxApiError, BoxSdkError } from "box-node-sdk/box/errors";

function requireEnv(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`Set the ${name} environment variable and run again.`);
    process.exit(1);
  }
  return value;
}

const CLIENT_ID = requireEnv("BOX_CLIENT_ID");
const CLIENT_SECRET = requireEnv("BOX_CLIENT_SECRET");

// Box sends the browser here after approval; list it under your app's OAuth 2.0 Redirect URIs.
const REDIRECT_URI = "http://localhost:3000/callback";

/** Listens where REDIRECT_URI points; fails with EADDRINUSE where another program has the port. */
async function listenForRedirect() {
  // The IPv4 address, as other programs take it: given a name, Node would listen on its first
  // address alone, often ::1, and miss a program that has the port on 127.0.0.1.
  const { address } = await dns.promises.lookup("localhost", { family: 4 });
  return new Promise((resolve, reject) => {
    const server = http.createServer();
    server.once("error", reject);
    server.listen(3000, address, () => resolve(server));
  });
}

/**
 * Waits for Box's redirect to REDIRECT_URI (any other path gets 404), answers the browser and
 * stops listening. Resolves with the authorization code; rejects when the redirect does not
 * carry this sign-in's state, or carries Box's error (access was denied).
 */
function receiveCode(server, state) {
  return new Promise((resolve, reject) => {
    server.on("request", (request, response) => {
      const url = new URL(request.url ?? "/", REDIRECT_URI);
      if (url.pathname !== "/callback") {
        response.writeHead(404).end();
        return;
      }
      // The page, then no more listening (nor kept-alive connections), then the outcome.
      const finish = (status, page, outcome) => {
        response.writeHead(status, {
          "Content-Type": "text/plain; charset=utf-8",
        });
        response.end(page, () => {
          server.close();
          server.closeAllConnections?.();
          outcome();
        });
      };
      const query = url.searchParams;
      if (query.get("state") !== state) {
        const error = Object.assign(
          new Error("The redirect's state is not the one this sign-in sent."),
          { code: "STATE_MISMATCH" },
        );
        finish(
          400,
          "The redirect did not carry the state this program sent, so it did not come from this sign-in: the code was not used. Run the program again and open the URL it prints.",
          () => reject(error),
        );
      } else if (query.has("error")) {
        const error = Object.assign(
          new Error(`${query.get("error")}: ${query.get("error_description")}`),
          { code: "ACCESS_DENIED" },
        );
        finish(
          403,
          'Access was not approved in the browser, so Box sent no code. Run the program again and click "Grant access to Box".',
          () => reject(error),
        );
      } else {
        const code = query.get("code") ?? "";
        finish(
          200,
          "Signed in to Box. You can close this tab and go back to the terminal.",
          () => resolve(code),
        );
      }
    });
  });
}

// Where the tokens are kept between runs: a file only this user can read.
const TOKEN_FILE = ".box-tokens.json";

/** The SDK's token storage (store, get, clear) over TOKEN_FILE, as JSON. */
class TokenFileStorage {
  async store(token) {
    // Owner-only before a token is in it: a new file gets the mode, an older one fchmod.
    const file = fs.openSync(TOKEN_FILE, "w", 0o600);
    try {
      fs.fchmodSync(file, 0o600);
      fs.writeFileSync(file, JSON.stringify(token, null, 2));
    } finally {
      fs.closeSync(file);
    }
  }

  async get() {
    if (!fs.existsSync(TOKEN_FILE)) return undefined;
    const text = fs.readFileSync(TOKEN_FILE, "utf8");
    return text.trim() === "" ? undefined : JSON.parse(text);
  }

  async clear() {
    fs.rmSync(TOKEN_FILE, { force: true });
  }
}

/** What to do about a failure a first run often meets; undefined for anything else. */
function failureHint(error) {
  // responseInfo can be missing: box-typescript-sdk-gen 1.x's ES module build drops it.
  if (error instanceof BoxApiError) {
    // Box's OAuth 2.0 error reply: { error, error_description }.
    const body = error.responseInfo?.body;
    const boxError = `${body?.error}: ${body?.error_description}`;
    if (boxError.startsWith("invalid_client:")) {
      return "Box does not know this Client ID and Secret pair: copy both again from the Developer Console (your app > Configuration > OAuth 2.0 Credentials); a secret changes when it is reset.";
    }
    if (
      boxError ===
      "invalid_request: The grant type is unauthorized for this client_id"
    ) {
      return "This app's authentication method does not allow this sign-in: an OAuth 2.0 app cannot use CCG or JWT, and a server app cannot use OAuth 2.0. Use the auth method chosen when the app was created (Developer Console > your app > Configuration).";
    }
    // A refresh token works once, and for 60 days.
    if (
      boxError.startsWith("invalid_grant:") &&
      /refresh token/i.test(boxError)
    ) {
      return "Box refused the saved refresh token: a refresh token lasts 60 days and works once. Delete the token file and run the program again to sign in in the browser.";
    }
    // An authorization code works once, and for 30 seconds.
    if (boxError.startsWith("invalid_grant:")) {
      return "Box refused the authorization code: a code lasts 30 seconds and works once. Run the program again and approve access in the browser right away.";
    }
  }
  // The listener for Box's redirect: the system's error, and this program's own two.
  const errorCode =
    error instanceof Error && "code" in error ? error.code : undefined;
  if (errorCode === "EADDRINUSE") {
    return "The redirect URI's port is in use by another program: stop that program, or choose another port in the redirect URI (here and in your app's Redirect URIs).";
  }
  if (errorCode === "STATE_MISMATCH") {
    return "The redirect did not carry the state this program sent, so it did not come from this sign-in: the code was not used. Run the program again and open the URL it prints.";
  }
  if (errorCode === "ACCESS_DENIED") {
    return 'Access was not approved in the browser, so Box sent no code. Run the program again and click "Grant access to Box".';
  }
  // No answer at all: a failed fetch, status 0 (box-typescript-sdk-gen 1.x). Where responseInfo
  // is missing, the error's message still starts with the status.
  const status =
    error instanceof BoxApiError
      ? (error.responseInfo?.statusCode ?? parseInt(error.message, 10))
      : undefined;
  const noAnswer =
    status === 0 ||
    (status === undefined &&
      error instanceof BoxSdkError &&
      error.error !== undefined);
  if (noAnswer) {
    return "Could not reach Box: check this machine's network connection, and any proxy or firewall between it and api.box.com.";
  }
  return undefined;
}

try {
  const config = new OAuthConfig({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    // The SDK keeps the tokens here, and stores the new ones when it refreshes them.
    tokenStorage: new TokenFileStorage(),
  });
  const auth = new BoxOAuth({ config });
  // Tokens an earlier run kept: no browser this time.
  if ((await config.tokenStorage.get()) === undefined) {
    // A fresh random state: the redirect must bring it back, or the code is not used.
    const state = crypto.randomBytes(16).toString("hex");
    // Listening starts before the URL is printed: the browser comes back here.
    const server = await listenForRedirect();
    const authorizeUrl = auth.getAuthorizeUrl({
      redirectUri: REDIRECT_URI,
      state,
    });
    console.log(`Open this URL and approve access:\n${authorizeUrl}`);
    console.log(
      "Waiting for the browser. If Box's page says redirect_uri_mismatch, add this program's redirect URI to your app's Redirect URIs (Developer Console > your app > Configuration) and run again.",
    );
    const code = await receiveCode(server, state);
    await auth.getTokensAuthorizationCodeGrant(code);
  } else {
    console.log(`Using the tokens saved in ${TOKEN_FILE}.`);
  }
  const client = new BoxClient({ auth });
  // When Box answers 401 for the access token, the SDK refreshes the tokens (storing the new
  // pair in the file) and makes the call again.
  const me = await client.users.getUserMe();
  console.log(`My user ID is ${me.id}`);
} catch (error) {
  const hint = failureHint(error);
  if (hint === undefined) throw error;
  // Then the first line of the SDK's own message: the rest can hold the request.
  console.error(`${hint}\n${String(error?.message ?? error).split("\n")[0]}`);
  process.exit(1);
}
