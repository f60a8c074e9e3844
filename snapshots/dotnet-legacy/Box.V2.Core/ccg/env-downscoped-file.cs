// Exchange the token for one downscoped to a file, then read the file's name with it (Box.V2.Core 6.x).
//
// Install: dotnet new console --framework net10.0 && dotnet add package Box.V2.Core --version 6.16.0
// Save this file as Program.cs, replacing the Program.cs that dotnet new wrote.
// Run:     dotnet run
// Reads BOX_CLIENT_ID, BOX_CLIENT_SECRET, BOX_ENTERPRISE_ID from the environment.

using Box.V2;
using Box.V2.Auth;
using Box.V2.CCGAuth;
using Box.V2.Config;
using Box.V2.Converter;
using Box.V2.Exceptions;
using Box.V2.Extensions;
using Box.V2.Request;
using Box.V2.Services;

var clientId = RequireEnv("BOX_CLIENT_ID");
var clientSecret = RequireEnv("BOX_CLIENT_SECRET");
var enterpriseId = RequireEnv("BOX_ENTERPRISE_ID");

try
{
    var builder = new BoxConfigBuilder(clientId, clientSecret);
    builder = builder.SetEnterpriseId(enterpriseId);
    var auth = new BoxCCGAuth(builder.Build());
    // The enterprise's service account. The argument is named: passed by position, a token fits
    // two AdminClient overloads and the call does not compile (CS0121).
    var client = auth.AdminClient(adminToken: await auth.AdminTokenAsync());
    // Exchange the token for a downscoped one. The SDK's TokenExchange returns the new token alone;
    // the same request, sent through the SDK's BoxService, keeps Box's whole reply with its scopes.
    var exchange = new BoxRequest(client.Config.BoxApiHostUri, "oauth2/token")
        .Method(RequestMethod.Post)
        .Payload("grant_type", "urn:ietf:params:oauth:grant-type:token-exchange")
        .Payload("subject_token", client.Auth.Session.AccessToken)
        .Payload("subject_token_type", "urn:ietf:params:oauth:token-type:access_token")
        .Payload("scope", "item_preview")
        // The file the new token is restricted to, named by its API URL.
        .Payload("resource", "https://api.box.com/2.0/files/123456789");
    var reply = await new BoxService(new HttpRequestHandler()).ToResponseAsync<OAuthSession>(exchange);
    var downscoped = reply.ParseResults(new BoxJsonConverter()).ResponseObject;
    // restricted_to pairs each scope with the item it applies to: print each scope once, in order.
    var scopes = (downscoped.RestrictedTo ?? []).Select(entry => entry.Scope).Distinct();
    Console.WriteLine($"Downscoped token scopes: {string.Join(" ", scopes)}");
    // Then call Box with the downscoped token.
    var downscopedClient = new BoxClient(client.Config, new OAuthSession(downscoped.AccessToken, "N/A", 3600, "bearer"));
    var file = await downscopedClient.FilesManager.GetInformationAsync("123456789");
    Console.WriteLine($"File {file.Id}: {file.Name}");
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
    if (boxError?.ErrorCode == "invalid_grant" && boxError.ErrorDescription == "Grant credentials are invalid")
    {
        return "Box rejected the client credentials: check the Client ID and Secret (Developer Console > your app > Configuration); to act as a user, the app needs App + Enterprise Access and \"Generate user access tokens\" there, then re-authorization in the Admin Console.";
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
