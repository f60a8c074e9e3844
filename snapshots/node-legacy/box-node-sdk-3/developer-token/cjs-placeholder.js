// Print the ID of the Box user who owns the credentials (box-node-sdk 3.x).
//
// Install: npm install box-node-sdk@^3
// Run:     node get-current-user.js

const BoxSDK = require("box-node-sdk");

// Replace YOUR_DEVELOPER_TOKEN with a Developer Token (valid for 60 minutes):
// Box Developer Console > your app > Configuration > Developer Token.
const DEVELOPER_TOKEN = "YOUR_DEVELOPER_TOKEN";

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

async function main() {
  const client = BoxSDK.getBasicClient(DEVELOPER_TOKEN);
  const me = await client.users.get("me");
  console.log(`My user ID is ${me.id}`);
}

main().catch((error) => {
  const hint = failureHint(error);
  if (hint === undefined) throw error;
  // Then the first line of the SDK's own message: the rest can hold the request.
  console.error(`${hint}\n${String(error?.message ?? error).split("\n")[0]}`);
  process.exit(1);
});
