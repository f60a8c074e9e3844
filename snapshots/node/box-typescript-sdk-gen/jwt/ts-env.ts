// Print the ID of the Box user who owns the credentials (box-typescript-sdk-gen 1.x).
//
// Install: npm install box-typescript-sdk-gen@^1 && npm install --save-dev typescript tsx @types/node
// Run:     npx tsx get-current-user.ts
// Reads BOX_JWT_CONFIG_PATH from the environment.

import { BoxClient, BoxJwtAuth, JwtConfig } from "box-typescript-sdk-gen";

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    console.error(`Set the ${name} environment variable and run again.`);
    process.exit(1);
  }
  return value;
}

const JWT_CONFIG_PATH = requireEnv("BOX_JWT_CONFIG_PATH");

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
