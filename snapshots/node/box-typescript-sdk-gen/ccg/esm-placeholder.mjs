// Print the ID of the Box user who owns the credentials (box-typescript-sdk-gen 1.x).
//
// Install: npm install box-typescript-sdk-gen@^1
// Run:     node get-current-user.mjs

import { BoxCcgAuth, BoxClient, CcgConfig } from "box-typescript-sdk-gen";

// Replace YOUR_CLIENT_ID with your app's Client ID:
// Box Developer Console > your app > Configuration > OAuth 2.0 Credentials.
const CLIENT_ID = "YOUR_CLIENT_ID";
// Replace YOUR_CLIENT_SECRET with your app's Client Secret:
// Box Developer Console > your app > Configuration > OAuth 2.0 Credentials.
const CLIENT_SECRET = "YOUR_CLIENT_SECRET";
// Replace YOUR_ENTERPRISE_ID with your enterprise's ID:
// Box Admin Console > Account & Billing > Enterprise ID, or your app > General Settings.
const ENTERPRISE_ID = "YOUR_ENTERPRISE_ID";

const config = new CcgConfig({
  clientId: CLIENT_ID,
  clientSecret: CLIENT_SECRET,
  enterpriseId: ENTERPRISE_ID,
});
const auth = new BoxCcgAuth({ config });
const client = new BoxClient({ auth });
const me = await client.users.getUserMe();
console.log(`My user ID is ${me.id}`);
