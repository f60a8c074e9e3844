// Print the ID of the Box user who owns the credentials (box-typescript-sdk-gen 1.x).
//
// Install: npm install box-typescript-sdk-gen@^1 && npm install --save-dev typescript tsx @types/node
// Run:     npx tsx get-current-user.ts
// This file holds a secret: keep it out of version control.

import { BoxCcgAuth, BoxClient, CcgConfig } from "box-typescript-sdk-gen";

const CLIENT_ID = "fakeclientid00000000000000000001";
const CLIENT_SECRET = "FakeClientSecret0000000000000001";
const ENTERPRISE_ID = "1234567";

async function main(): Promise<void> {
  const config = new CcgConfig({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    enterpriseId: ENTERPRISE_ID,
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
