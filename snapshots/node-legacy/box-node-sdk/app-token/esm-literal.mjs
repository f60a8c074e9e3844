// Print the ID of the Box user who owns the credentials (box-node-sdk 4.x).
//
// Install: npm install box-node-sdk@^4
// Run:     node get-current-user.mjs
// This file holds a secret: keep it out of version control.

// box-node-sdk 4.x's ES module entry is CommonJS: Node gives it as { default: BoxSDK }.
import boxNodeSdk from "box-node-sdk";
const BoxSDK = boxNodeSdk.default;

const APP_TOKEN = "FakeAppToken00000000000000000001";

/**
 * What to do about a failure a first run often meets; undefined for anything else.
 * The SDK's errors are plain Errors with the response's status and body attached.
 */
function failureHint(error) {
  if (error?.statusCode === 401) {
    return "Box did not accept the App Token: it is mistyped, or its key was revoked or regenerated. Copy the primary or secondary App Token again from the Developer Console (your app > Configuration > App Token Keys); an admin must have authorized the app.";
  }
  // A system error from connecting or looking up the host, after the SDK's retries.
  if (error?.syscall === "connect" || error?.syscall === "getaddrinfo") {
    return "Could not reach Box: check this machine's network connection, and any proxy or firewall between it and api.box.com.";
  }
  return undefined;
}

try {
  // An App Token is used as it is, as the SDK uses a Developer Token.
  const client = BoxSDK.getBasicClient(APP_TOKEN);
  const me = await client.users.get("me");
  console.log(`My user ID is ${me.id}`);
} catch (error) {
  const hint = failureHint(error);
  if (hint === undefined) throw error;
  // Then the first line of the SDK's own message: the rest can hold the request.
  console.error(`${hint}\n${String(error?.message ?? error).split("\n")[0]}`);
  process.exit(1);
}
