// Exchange the token for one downscoped to a file, then read the file's name with it (Box.V2.Core 6.x).
//
// Install: dotnet new console --framework net10.0 && dotnet add package Box.V2.Core --version 6.16.0
// Save this file as Program.cs, replacing the Program.cs that dotnet new wrote.
// Run:     dotnet run
// Reads BOX_APP_TOKEN from the environment.

using Box.V2;
using Box.V2.Auth;
using Box.V2.Config;
using Box.V2.Converter;
using Box.V2.Exceptions;
using Box.V2.Extensions;
using Box.V2.Request;
using Box.V2.Services;

var appToken = RequireEnv("BOX_APP_TOKEN");

try
{
    // An App Token needs no client ID, secret or redirect URI, but the builder wants them.
    var builder = new BoxConfigBuilder("", "", new Uri("http://localhost"));
    // The App Token is used as it is: the session's access token.
    var session = new OAuthSession(appToken, "N/A", 3600, "bearer");
    var client = new BoxClient(builder.Build(), session);
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
    // Box answers a token it refuses with a 401, and the SDK's try to refresh it fails too.
    if (boxError?.StatusCode == System.Net.HttpStatusCode.Unauthorized || error is BoxSessionInvalidatedException)
    {
        return "Box did not accept the App Token: it is mistyped, or its key was revoked or regenerated. Copy the primary or secondary App Token again from the Developer Console (your app > Configuration > App Token Keys); an admin must have authorized the app.";
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
