// Print the ID of the Box user who owns the credentials (box-typescript-sdk-gen 1.x).
//
// Install: npm install box-typescript-sdk-gen@^1
// Run:     node get-current-user.js

const { BoxClient, BoxJwtAuth, JwtConfig } = require("box-typescript-sdk-gen");

const JWT_CONFIG_PATH = "config/box_app_config.json";

async function main() {
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
