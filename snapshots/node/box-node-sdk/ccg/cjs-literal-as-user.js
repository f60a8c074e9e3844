// Print the ID of the Box user who owns the credentials (box-node-sdk 10.x).
//
// Install: npm install box-node-sdk@^10
// Run:     node get-current-user.js
// This file holds a secret: keep it out of version control.

const { BoxCcgAuth, BoxClient, CcgConfig } = require("box-node-sdk");

const CLIENT_ID = "fakeclientid00000000000000000001";
const CLIENT_SECRET = "FakeClientSecret0000000000000001";
const USER_ID = "7654321";

async function main() {
  const config = new CcgConfig({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    userId: USER_ID,
  });
  const auth = new BoxCcgAuth({ config });
  const client = new BoxClient({ auth });
  const me = await client.users.getUserMe();
  console.log(`My user ID is ${me.id}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
