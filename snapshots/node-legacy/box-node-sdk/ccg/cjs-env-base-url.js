// Print the ID of the Box user who owns the credentials (box-node-sdk 4.x).
//
// Install: npm install box-node-sdk@^4
// Run:     node get-current-user.js
// Reads BOX_CLIENT_ID, BOX_CLIENT_SECRET, BOX_ENTERPRISE_ID from the environment.

// box-node-sdk 4.x exports the SDK as the module's `default`.
const BoxSDK = require("box-node-sdk").default;

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

async function main() {
  const sdk = new BoxSDK({
    clientID: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    enterpriseID: ENTERPRISE_ID,
    // API calls and token requests go to this host instead of https://api.box.com.
    apiRootURL: "https://box-proxy.example.com",
  });
  // The enterprise's service account.
  const client = sdk.getAnonymousClient();
  const me = await client.users.get("me");
  console.log(`My user ID is ${me.id}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
