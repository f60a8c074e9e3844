// Print the signed-in Box user's ID; keep the tokens in .box-tokens.json for later runs (box-node-sdk 4.x).
//
// Install: npm install box-node-sdk@^4
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
// box-node-sdk 4.x's ES module entry is CommonJS: Node gives it as { default: BoxSDK }.
import boxNodeSdk from "box-node-sdk";
const BoxSDK = boxNodeSdk.default;

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

/** The tokens an earlier run kept in TOKEN_FILE, or undefined. */
function readTokens() {
  if (!fs.existsSync(TOKEN_FILE)) return undefined;
  const text = fs.readFileSync(TOKEN_FILE, "utf8");
  return text.trim() === "" ? undefined : JSON.parse(text);
}

/** Keeps the tokens in TOKEN_FILE, owner-only before a token is in it. */
function writeTokens(tokenInfo) {
  // A new file gets the mode, an older one fchmod.
  const file = fs.openSync(TOKEN_FILE, "w", 0o600);
  try {
    fs.fchmodSync(file, 0o600);
    fs.writeFileSync(file, JSON.stringify(tokenInfo, null, 2));
  } finally {
    fs.closeSync(file);
  }
}

// The SDK's TokenStore over the same file. The SDK writes to it when it refreshes the tokens by
// its own clock, and clears it when Box answers 401.
const tokenStore = {
  read(callback) {
    callback(null, readTokens());
  },
  write(tokenInfo, callback) {
    writeTokens(tokenInfo);
    callback(null);
  },
  clear(callback) {
    fs.rmSync(TOKEN_FILE, { force: true });
    callback(null);
  },
};

/**
 * Makes the calls with a client on these tokens. This SDK refreshes tokens only by its own clock
 * (acquiredAtMS + accessTokenTTLMS); when Box answers 401 first, this refreshes them through the
 * SDK, keeps the new pair (a refresh token works once) and makes the calls once more.
 */
async function withFreshTokens(sdk, tokenInfo, calls) {
  try {
    await calls(sdk.getPersistentClient(tokenInfo, tokenStore));
  } catch (error) {
    if (error?.statusCode !== 401) throw error;
    const refreshed = await sdk.getTokensRefreshGrant(tokenInfo.refreshToken);
    writeTokens(refreshed);
    await calls(sdk.getPersistentClient(refreshed, tokenStore));
  }
}

/**
 * What to do about a failure a first run often meets; undefined for anything else.
 * The SDK's errors are plain Errors with the response's status and body attached.
 */
function failureHint(error) {
  const body = error?.response?.body;
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
  // The listener for Box's redirect: the system's error, and this program's own two.
  if (error?.code === "EADDRINUSE") {
    return "The redirect URI's port is in use by another program: stop that program, or choose another port in the redirect URI (here and in your app's Redirect URIs).";
  }
  if (error?.code === "STATE_MISMATCH") {
    return "The redirect did not carry the state this program sent, so it did not come from this sign-in: the code was not used. Run the program again and open the URL it prints.";
  }
  if (error?.code === "ACCESS_DENIED") {
    return 'Access was not approved in the browser, so Box sent no code. Run the program again and click "Grant access to Box".';
  }
  // A system error from connecting or looking up the host, after the SDK's retries.
  if (error?.syscall === "connect" || error?.syscall === "getaddrinfo") {
    return "Could not reach Box: check this machine's network connection, and any proxy or firewall between it and api.box.com.";
  }
  return undefined;
}

try {
  const sdk = new BoxSDK({
    clientID: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
  });
  // Tokens an earlier run kept: no browser this time.
  let tokenInfo = readTokens();
  if (tokenInfo === undefined) {
    // A fresh random state: the redirect must bring it back, or the code is not used.
    const state = crypto.randomBytes(16).toString("hex");
    // Listening starts before the URL is printed: the browser comes back here.
    const server = await listenForRedirect();
    // A variable, not an inline object: box-node-sdk 3.x types this parameter as { client_id?: string },
    // though every field goes into the URL.
    const authorizeParams = {
      client_id: CLIENT_ID,
      response_type: "code",
      redirect_uri: REDIRECT_URI,
      state,
    };
    const authorizeUrl = sdk.getAuthorizeURL(authorizeParams);
    console.log(`Open this URL and approve access:\n${authorizeUrl}`);
    console.log(
      "Waiting for the browser. If Box's page says redirect_uri_mismatch, add this program's redirect URI to your app's Redirect URIs (Developer Console > your app > Configuration) and run again.",
    );
    const code = await receiveCode(server, state);
    tokenInfo = await sdk.getTokensAuthorizationCodeGrant(code);
    writeTokens(tokenInfo);
  } else {
    console.log(`Using the tokens saved in ${TOKEN_FILE}.`);
  }
  await withFreshTokens(sdk, tokenInfo, async (client) => {
    const me = await client.users.get("me");
    console.log(`My user ID is ${me.id}`);
  });
} catch (error) {
  const hint = failureHint(error);
  if (hint === undefined) throw error;
  // Then the first line of the SDK's own message: the rest can hold the request.
  console.error(`${hint}\n${String(error?.message ?? error).split("\n")[0]}`);
  process.exit(1);
}
