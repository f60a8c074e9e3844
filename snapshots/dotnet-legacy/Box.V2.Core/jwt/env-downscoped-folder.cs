// Exchange the token for one downscoped to a folder, then read the folder's name with it (Box.V2.Core 6.x).
//
// Install: dotnet new console --framework net10.0 && dotnet add package Box.V2.Core --version 6.16.0
// Save this file as Program.cs, replacing the Program.cs that dotnet new wrote.
// Run:     dotnet run
// Reads BOX_JWT_CONFIG_PATH from the environment.

using Box.V2;
using Box.V2.Auth;
using Box.V2.Config;
using Box.V2.Converter;
using Box.V2.Exceptions;
using Box.V2.Extensions;
using Box.V2.JWTAuth;
using Box.V2.Request;
using Box.V2.Services;

var jwtConfigPath = RequireEnv("BOX_JWT_CONFIG_PATH");

try
{
    // The config file holds the private key: keep it out of version control.
    using var configFile = File.OpenRead(jwtConfigPath);
    var builder = BoxConfigBuilder.CreateFromJsonFile(configFile);
    var auth = new BoxJWTAuth(builder.Build());
    var client = auth.AdminClient(adminToken: await auth.AdminTokenAsync());
    // Exchange the token for a downscoped one. The SDK's TokenExchange returns the new token alone;
    // the same request, sent through the SDK's BoxService, keeps Box's whole reply with its scopes.
    var exchange = new BoxRequest(client.Config.BoxApiHostUri, "oauth2/token")
        .Method(RequestMethod.Post)
        .Payload("grant_type", "urn:ietf:params:oauth:grant-type:token-exchange")
        .Payload("subject_token", client.Auth.Session.AccessToken)
        .Payload("subject_token_type", "urn:ietf:params:oauth:token-type:access_token")
        .Payload("scope", "base_explorer item_preview")
        // The folder the new token is restricted to, named by its API URL.
        .Payload("resource", "https://api.box.com/2.0/folders/987654321");
    var reply = await new BoxService(new HttpRequestHandler()).ToResponseAsync<OAuthSession>(exchange);
    var downscoped = reply.ParseResults(new BoxJsonConverter()).ResponseObject;
    // restricted_to pairs each scope with the item it applies to: print each scope once, in order.
    var scopes = (downscoped.RestrictedTo ?? []).Select(entry => entry.Scope).Distinct();
    Console.WriteLine($"Downscoped token scopes: {string.Join(" ", scopes)}");
    // Then call Box with the downscoped token.
    var downscopedClient = new BoxClient(client.Config, new OAuthSession(downscoped.AccessToken, "N/A", 3600, "bearer"));
    var folder = await downscopedClient.FoldersManager.GetInformationAsync("987654321");
    Console.WriteLine($"Folder {folder.Id}: {folder.Name}");
}
// Only the failures FailureHint knows are caught: anything else stays unhandled, as it was.
catch (Exception error) when (FailureHint(error) is string hint)
{
    // Then the first line of the SDK's own message.
    Console.Error.WriteLine($"{hint}\n{error.Message.Split('\n')[0]}");
    Environment.Exit(1);
}

// What to do about a failure a first run often meets; null for anything else.
static string? FailureHint(Exception error)
{
    var boxError = error as BoxAPIException;
    if (boxError?.ErrorCode == "unauthorized_client")
    {
        return "This app is not authorized in the enterprise: an admin authorizes it in the Admin Console (Integrations > Platform Apps Manager, by its Client ID), and again after any change to its scopes.";
    }
    if (boxError?.ErrorCode == "invalid_grant" && boxError.ErrorDescription.Contains("'exp'"))
    {
        return "Box rejected the JWT's expiry time: this machine's clock is off. Turn on automatic time (NTP) and run again.";
    }
    // The SDK's key reader (BouncyCastle) throws its own exceptions.
    if (error.Message == "pad block corrupted" || error is BoxCodingException)
    {
        return "The private key in the JWT config file could not be read: the key or its passphrase is damaged (often its line breaks, when it came through an environment variable). Generate a new key pair in the Developer Console (your app > Configuration > Add and Manage Public Keys) and use the config file it downloads.";
    }
    // Box's OAuth 2.0 error reply to the token request: {"error": …, "error_description": …}.
    if (boxError?.ErrorCode == "invalid_client")
    {
        return "Box does not know this Client ID and Secret pair: copy both again from the Developer Console (your app > Configuration > OAuth 2.0 Credentials); a secret changes when it is reset.";
    }
    if (boxError?.ErrorCode == "invalid_request" && boxError.ErrorDescription.Contains("grant type is unauthorized"))
    {
        return "This app's authentication method does not allow this sign-in: an OAuth 2.0 app cannot use CCG or JWT, and a server app cannot use OAuth 2.0. Use the auth method chosen when the app was created (Developer Console > your app > Configuration).";
    }
    if (boxError?.ErrorCode == "invalid_scope")
    {
        return "Box refused to downscope the token: a downscoped token can only keep scopes the original token has. Ask for fewer scopes, or give the app those scopes (Developer Console > your app > Configuration > Application Scopes).";
    }
    // The SDK lets the HTTP client's own exception through.
    if (error is HttpRequestException)
    {
        return "Could not reach Box: check this machine's network connection, and any proxy or firewall between it and api.box.com.";
    }
    return null;
}

// Returns the variable's value, or stops with a message that says what to set.
static string RequireEnv(string name)
{
    var value = Environment.GetEnvironmentVariable(name);
    if (string.IsNullOrEmpty(value))
    {
        Console.Error.WriteLine($"Set the {name} environment variable and run again.");
        Environment.Exit(1);
    }
    return value;
}
