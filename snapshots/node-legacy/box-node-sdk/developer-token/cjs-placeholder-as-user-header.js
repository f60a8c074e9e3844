// Print the ID of the Box user the program acts as, with the As-User header (box-node-sdk 4.x).
//
// Install: npm install box-node-sdk@^4
// Run:     node get-current-user.js

// box-node-sdk 4.x exports the SDK as the module's `default`.
const BoxSDK = require("box-node-sdk").default;

// Replace YOUR_DEVELOPER_TOKEN with a Developer Token (valid for 60 minutes):
// Box Developer Console > your app > Configuration > Developer Token.
const DEVELOPER_TOKEN = "YOUR_DEVELOPER_TOKEN";
// Replace AS_USER_ID with the ID of the user every API call acts as (the As-User header):
// Box Admin Console > Users and Groups; the app needs "Make API calls using the as-user header" (Developer Console > your app > Configuration > Advanced Features) and an admin's or the service account's token.
const AS_USER_ID = "AS_USER_ID";

/**
 * What to do about a failure a first run often meets; undefined for anything else.
 * The SDK's errors are plain Errors with the response's status and body attached.
 */
function failureHint(error) {
  if (error?.statusCode === 401) {
    return "Box did not accept the Developer Token. These tokens last 60 minutes, and a mistyped or revoked token fails the same way: generate a new one in the Developer Console (your app > Configuration > Developer Token).";
  }
  // Box answers 403 when the app may not act as the user.
  if (error?.statusCode === 403) {
    return "Box refused to act as the user: the app needs \"Make API calls using the as-user header\" (Developer Console > your app > Configuration > Advanced Features) and re-authorization by an admin, and the token must be an admin's or the service account's.";
  }
  // A system error from connecting or looking up the host, after the SDK's retries.
  if (error?.syscall === "connect" || error?.syscall === "getaddrinfo") {
    return "Could not reach Box: check this machine's network connection, and any proxy or firewall between it and api.box.com.";
  }
  return undefined;
}

async function main() {
  const client = BoxSDK.getBasicClient(DEVELOPER_TOKEN);
  // Every API call of this client acts as the user: the SDK sends the As-User header.
  client.asUser(AS_USER_ID);
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
