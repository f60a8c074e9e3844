// Print the ID of the Box user who owns the credentials (box-node-sdk 4.x).
//
// Install: npm install box-node-sdk@^4
// Run:     node get-current-user.js
// Reads BOX_JWT_CONFIG_PATH from the environment.

const fs = require("node:fs");
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

const JWT_CONFIG_PATH = requireEnv("BOX_JWT_CONFIG_PATH");

async function main() {
  // The config file holds the private key: keep it out of version control.
  const config = JSON.parse(fs.readFileSync(JWT_CONFIG_PATH, "utf8"));
  const sdk = BoxSDK.getPreconfiguredInstance(config);
  const client = sdk.getAppAuthClient("enterprise");
  const me = await client.users.get("me");
  console.log(`My user ID is ${me.id}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
