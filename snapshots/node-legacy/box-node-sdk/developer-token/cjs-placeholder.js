// Print the ID of the Box user who owns the credentials (box-node-sdk 4.x).
//
// Install: npm install box-node-sdk@^4
// Run:     node get-current-user.js

// box-node-sdk 4.x exports the SDK as the module's `default`.
const BoxSDK = require("box-node-sdk").default;

// Replace YOUR_DEVELOPER_TOKEN with a Developer Token (valid for 60 minutes):
// Box Developer Console > your app > Configuration > Developer Token.
const DEVELOPER_TOKEN = "YOUR_DEVELOPER_TOKEN";

async function main() {
  const client = BoxSDK.getBasicClient(DEVELOPER_TOKEN);
  const me = await client.users.get("me");
  console.log(`My user ID is ${me.id}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
