// Exchange the token for a downscoped one, then read the user's ID with that one (box-node-sdk 4.x).
//
// Install: npm install box-node-sdk@^4
// Run:     node get-current-user.mjs
// Reads BOX_DEVELOPER_TOKEN from the environment.

// box-node-sdk 4.x's ES module entry is CommonJS: Node gives it as { default: BoxSDK }.
import boxNodeSdk from "box-node-sdk";
const BoxSDK = boxNodeSdk.default;

function requireEnv(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`Set the ${name} environment variable and run again.`);
    process.exit(1);
  }
  return value;
}

const DEVELOPER_TOKEN = requireEnv("BOX_DEVELOPER_TOKEN");

/**
 * What to do about a failure a first run often meets; undefined for anything else.
 * The SDK's errors are plain Errors with the response's status and body attached.
 */
function failureHint(error) {
  if (error?.statusCode === 401) {
    return "Box did not accept the Developer Token. These tokens last 60 minutes, and a mistyped or revoked token fails the same way: generate a new one in the Developer Console (your app > Configuration > Developer Token).";
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

try {
  const sdk = new BoxSDK({
    // A Developer Token needs no client ID or secret, but the SDK wants both fields.
    clientID: "",
    clientSecret: "",
  });
  const client = sdk.getBasicClient(DEVELOPER_TOKEN);
  // exchangeToken returns the new token alone; Box's reply, which the SDK's "response" event
  // shows, also lists the scopes it granted.
  const tokenReplies = [];
  sdk.on("response", (error, response) => {
    if (response?.body?.access_token) tokenReplies.push(response.body);
  });
  // A token for fewer scopes; the original token stays as it was.
  const downscoped = await client.exchangeToken(["root_readonly"]);
  const reply = tokenReplies.find(
    (body) => body.access_token === downscoped.accessToken,
  );
  // The scopes Box granted it, each once.
  const granted = (reply?.restricted_to ?? []).map((entry) => entry.scope);
  console.log(`Downscoped token scopes: ${[...new Set(granted)].join(" ")}`);
  // A client on the downscoped token, which is used as it is.
  const downscopedClient = sdk.getBasicClient(downscoped.accessToken);
  const me = await downscopedClient.users.get("me");
  console.log(`My user ID is ${me.id}`);
} catch (error) {
  const hint = failureHint(error);
  if (hint === undefined) throw error;
  // Then the first line of the SDK's own message: the rest can hold the request.
  console.error(`${hint}\n${String(error?.message ?? error).split("\n")[0]}`);
  process.exit(1);
}
