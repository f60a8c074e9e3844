// Print the ID of the Box user who owns the credentials (box-node-sdk 4.x).
//
// Install: npm install box-node-sdk@^4
// Run:     node get-current-user.mjs
// Reads BOX_CLIENT_ID, BOX_CLIENT_SECRET, BOX_ENTERPRISE_ID from the environment.

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
const ENTERPRISE_ID = requireEnv("BOX_ENTERPRISE_ID");

const sdk = new BoxSDK({
  clientID: CLIENT_ID,
  clientSecret: CLIENT_SECRET,
  enterpriseID: ENTERPRISE_ID,
});
// The enterprise's service account.
const client = sdk.getAnonymousClient();
const me = await client.users.get("me");
console.log(`My user ID is ${me.id}`);
