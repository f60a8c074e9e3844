// Print the ID of the Box user who owns the credentials (box-typescript-sdk-gen 1.x).
//
// Install: npm install box-typescript-sdk-gen@^1
// Run:     node get-current-user.js
// Reads BOX_DEVELOPER_TOKEN from the environment.

const { BoxClient, BoxDeveloperTokenAuth } = require("box-typescript-sdk-gen");

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
  const auth = new BoxDeveloperTokenAuth({ token: DEVELOPER_TOKEN });
  const client = new BoxClient({ auth });
  const me = await client.users.getUserMe();
  console.log(`My user ID is ${me.id}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
