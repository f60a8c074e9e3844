// Print the ID of the Box user who owns the credentials (box-node-sdk 4.x).
//
// Install: npm install box-node-sdk@^4
// Run:     node get-current-user.js
// Reads BOX_DEVELOPER_TOKEN from the environment.

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

const DEVELOPER_TOKEN = requireEnv("BOX_DEVELOPER_TOKEN");

async function main() {
  const client = BoxSDK.getBasicClient(DEVELOPER_TOKEN);
  const me = await client.users.get("me");
  console.log(`My user ID is ${me.id}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
