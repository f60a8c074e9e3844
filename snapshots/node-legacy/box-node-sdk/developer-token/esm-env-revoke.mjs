// Print the ID of the Box user who owns the credentials; then revoke the token (box-node-sdk 4.x).
//
// Install: npm install box-node-sdk@^4
// Run:     node get-current-user.mjs
// Reads BOX_DEVELOPER_TOKEN, BOX_CLIENT_ID, BOX_CLIENT_SECRET from the environment.

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

const DEVELOPER_TOKEN = requireEnv("BOX_DEVELOPER_TOKEN");
const CLIENT_ID = requireEnv("BOX_CLIENT_ID");
const CLIENT_SECRET = requireEnv("BOX_CLIENT_SECRET");

/**
 * What to do about a failure a first run often meets; undefined for anything else.
 * The SDK's errors are plain Errors with the response's status and body attached.
 */
function failureHint(error) {
  if (error?.statusCode === 401) {
    return "Box did not accept the Developer Token. These tokens last 60 minutes, and a mistyped or revoked token fails the same way: generate a new one in the Developer Console (your app > Configuration > Developer Token).";
  }
  // A system error from connecting or looking up the host, after the SDK's retries.
  if (error?.syscall === "connect" || error?.syscall === "getaddrinfo") {
    return "Could not reach Box: check this machine's network connection, and any proxy or firewall between it and api.box.com.";
  }
  return undefined;
}

try {
  const sdk = new BoxSDK({
    // The client ID and secret are used only to refresh or revoke; API calls need just the token.
    clientID: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
  });
  const client = sdk.getBasicClient(DEVELOPER_TOKEN);
  const me = await client.users.get("me");
  console.log(`My user ID is ${me.id}`);
  // Revoke the token: it stops working at once.
  await client.revokeTokens();
  console.log("Token revoked.");
} catch (error) {
  const hint = failureHint(error);
  if (hint === undefined) throw error;
  // Then the first line of the SDK's own message: the rest can hold the request.
  console.error(`${hint}\n${String(error?.message ?? error).split("\n")[0]}`);
  process.exit(1);
}
