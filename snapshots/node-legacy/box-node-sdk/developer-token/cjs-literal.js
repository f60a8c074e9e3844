// Print the ID of the Box user who owns the credentials (box-node-sdk 4.x).
//
// Install: npm install box-node-sdk@^4
// Run:     node get-current-user.js
// This file holds a secret: keep it out of version control.

// box-node-sdk 4.x exports the SDK as the module's `default`.
const BoxSDK = require("box-node-sdk").default;

const DEVELOPER_TOKEN = "FakeDeveloperToken00000000000001";

async function main() {
  const client = BoxSDK.getBasicClient(DEVELOPER_TOKEN);
  const me = await client.users.get("me");
  console.log(`My user ID is ${me.id}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
