// Print the signed-in Box user's ID, starting from an access and refresh token (box-node-sdk 4.x).
//
// Install: npm install box-node-sdk@^4
// Run:     node get-current-user.mjs
// Sign-in: none in the browser. The program starts from the access and refresh token it is
// given, and refreshes them when Box says the access token expired. Box rotates refresh
// tokens: after a refresh the pair it was given no longer works; an app keeps the new pair
// in its own token store (the SDK calls its token storage with it).
// Reads BOX_CLIENT_ID, BOX_CLIENT_SECRET, BOX_ACCESS_TOKEN, BOX_REFRESH_TOKEN from the environment.

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
const ACCESS_TOKEN = requireEnv("BOX_ACCESS_TOKEN");
const REFRESH_TOKEN = requireEnv("BOX_REFRESH_TOKEN");

/**
 * Makes the calls with a client on these tokens. This SDK refreshes tokens only by its own clock
 * (acquiredAtMS + accessTokenTTLMS); when Box answers 401 first, this refreshes them through the
 * SDK and makes the calls once more. Box rotates refresh tokens: an app keeps the new pair in its
 * own token store.
 */
async function withFreshTokens(sdk, tokenInfo, calls) {
  try {
    await calls(sdk.getPersistentClient(tokenInfo));
  } catch (error) {
    if (error?.statusCode !== 401) throw error;
    const refreshed = await sdk.getTokensRefreshGrant(tokenInfo.refreshToken);
    await calls(sdk.getPersistentClient(refreshed));
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
  // The pair the app already has, as the SDK's tokenInfo. The SDK refreshes by this clock (Box's
  // access tokens last 60 minutes), and withFreshTokens when Box answers 401 first.
  const tokenInfo = {
    accessToken: ACCESS_TOKEN,
    refreshToken: REFRESH_TOKEN,
    accessTokenTTLMS: 60 * 60 * 1000,
    acquiredAtMS: Date.now(),
  };
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
