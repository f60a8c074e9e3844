// Print the ID of the Box user who owns the credentials (box-node-sdk 10.x).
//
// Install: npm install box-node-sdk@^10
// Run:     node get-current-user.js
// This file holds a secret: keep it out of version control.

const { BoxClient, BoxDeveloperTokenAuth } = require("box-node-sdk");

const DEVELOPER_TOKEN = "FakeDeveloperToken00000000000001";

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
