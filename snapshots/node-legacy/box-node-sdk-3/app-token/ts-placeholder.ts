// Print the ID of the Box user who owns the credentials (box-node-sdk 3.x).
//
// Install: npm install box-node-sdk@^3 && npm install --save-dev typescript tsx @types/node
// Run:     npx tsx get-current-user.ts

import BoxSDK from "box-node-sdk";

// Replace YOUR_APP_TOKEN with your app's primary or secondary App Token:
// Box Developer Console > your app (a Limited Access App, or App Token auth) > Configuration > App Token Keys > Generate Key, once an admin has authorized the app.
const APP_TOKEN = "YOUR_APP_TOKEN";

/**
 * What to do about a failure a first run often meets; undefined for anything else.
 * The SDK's errors are plain Errors with the response's status and body attached.
 */
function failureHint(error: any): string | undefined {
  if (error?.statusCode === 401) {
    return "Box did not accept the App Token: it is mistyped, or its key was revoked or regenerated. Copy the primary or secondary App Token again from the Developer Console (your app > Configuration > App Token Keys); an admin must have authorized the app.";
  }
  // A system error from connecting or looking up the host, after the SDK's retries.
  if (error?.syscall === "connect" || error?.syscall === "getaddrinfo") {
    return "Could not reach Box: check this machine's network connection, and any proxy or firewall between it and api.box.com.";
  }
  return undefined;
}

async function main(): Promise<void> {
  // An App Token is used as it is, as the SDK uses a Developer Token.
  const client = BoxSDK.getBasicClient(APP_TOKEN);
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
