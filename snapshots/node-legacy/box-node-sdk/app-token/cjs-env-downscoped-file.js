// Exchange the token for one downscoped to a file, then read the file's name with it (box-node-sdk 4.x).
//
// Install: npm install box-node-sdk@^4
// Run:     node get-current-user.js
// Reads BOX_APP_TOKEN from the environment.

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

const APP_TOKEN = requireEnv("BOX_APP_TOKEN");

/**
 * What to do about a failure a first run often meets; undefined for anything else.
 * The SDK's errors are plain Errors with the response's status and body attached.
 */
function failureHint(error) {
  if (error?.statusCode === 401) {
    return "Box did not accept the App Token: it is mistyped, or its key was revoked or regenerated. Copy the primary or secondary App Token again from the Developer Console (your app > Configuration > App Token Keys); an admin must have authorized the app.";
  }
  const body = error?.response?.body;
  const boxError = `${body?.error}: ${body?.error_description}`;
  if (boxError.startsWith("invalid_scope:")) {
    return "Box refused to downscope the token: a downscoped token can only keep scopes the original token has. Ask for fewer scopes, or give the app those scopes (Developer Console > your app > Configuration > Application Scopes).";
  }
  // A system error from connecting or looking up the host, after the SDK's retries.
  if (error?.syscall === "connect" || error?.syscall === "getaddrinfo") {
    return "Could not reach Box: check this machine's network connection, and any proxy or firewall between it and api.box.com.";
  }
  return undefined;
}

async function main() {
  const sdk = new BoxSDK({
    // An App Token needs no client ID or secret, but the SDK wants both fields.
    clientID: "",
    clientSecret: "",
  });
  // An App Token is used as it is, as the SDK uses a Developer Token.
  const client = sdk.getBasicClient(APP_TOKEN);
  // exchangeToken returns the new token alone; Box's reply, which the SDK's "response" event
  // shows, also lists the scopes it granted.
  const tokenReplies = [];
  sdk.on("response", (error, response) => {
    if (response?.body?.access_token) tokenReplies.push(response.body);
  });
  // A token for fewer scopes, restricted to one file; the original token stays as it was.
  const downscoped = await client.exchangeToken(
    ["item_preview"],
    "https://api.box.com/2.0/files/123456789",
  );
  const reply = tokenReplies.find(
    (body) => body.access_token === downscoped.accessToken,
  );
  // The scopes Box granted it, each once.
  const granted = (reply?.restricted_to ?? []).map((entry) => entry.scope);
  console.log(`Downscoped token scopes: ${[...new Set(granted)].join(" ")}`);
  // A client on the downscoped token, which is used as it is.
  const downscopedClient = sdk.getBasicClient(downscoped.accessToken);
  const file = await downscopedClient.files.get("123456789");
  console.log(`File ${file.id}: ${file.name}`);
}

main().catch((error) => {
  const hint = failureHint(error);
  if (hint === undefined) throw error;
  // Then the first line of the SDK's own message: the rest can hold the request.
  console.error(`${hint}\n${String(error?.message ?? error).split("\n")[0]}`);
  process.exit(1);
});
