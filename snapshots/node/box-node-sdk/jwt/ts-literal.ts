// Print the ID of the Box user who owns the credentials (box-node-sdk 10.x).
//
// Install: npm install box-node-sdk@^10 && npm install --save-dev typescript tsx @types/node
// Run:     npx tsx get-current-user.ts

import { BoxClient, BoxJwtAuth, JwtConfig } from "box-node-sdk";

const JWT_CONFIG_PATH = "config/box_app_config.json";

async function main(): Promise<void> {
  // The config file holds the private key: keep it out of version control.
  const config = JwtConfig.fromConfigFile(JWT_CONFIG_PATH);
  const auth = new BoxJwtAuth({ config });
  const client = new BoxClient({ auth });
  const me = await client.users.getUserMe();
  console.log(`My user ID is ${me.id}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
