// Exchange the token for one downscoped to a file, then read the file's name with it (Box.V2.Core 10.x).
//
// Install: dotnet new console --framework net10.0 && dotnet add package Box.V2.Core --version 10.17.0
// Save this file as Program.cs, replacing the Program.cs that dotnet new wrote.
// Run:     dotnet run
// Reads BOX_APP_TOKEN from the environment.

using Box.Sdk.Gen;

var appToken = RequireEnv("BOX_APP_TOKEN");

try
{
    // An App Token is used as it is, as a Developer Token would be.
    var auth = new BoxDeveloperTokenAuth(token: appToken);
    var client = new BoxClient(auth: auth);
    // Exchange the token for a downscoped one, restricted to this file (named by its API URL).
    var downscoped = await auth.DownscopeTokenAsync(
        scopes: new[] { "item_preview" },
        resource: "https://api.box.com/2.0/files/123456789");
    // restricted_to pairs each scope with the item it applies to: print each scope once, in order.
    var scopes = (downscoped.RestrictedTo ?? []).Select(entry => entry.Scope?.StringValue).Distinct();
    Console.WriteLine($"Downscoped token scopes: {string.Join(" ", scopes)}");
    // Then call Box with the downscoped token.
    var downscopedClient = new BoxClient(auth: new BoxDeveloperTokenAuth(token: downscoped.AccessTokenField!));
    var file = await downscopedClient.Files.GetFileByIdAsync(fileId: "123456789");
    Console.WriteLine($"File {file.Id}: {file.Name}");
}
// Only the failures FailureHint knows are caught: anything else stays unhandled, as it was.
catch (Exception error) when (FailureHint(error) is string hint)
{
    // Then the first line of the SDK's own message: the rest can hold the request and a stack trace.
    Console.Error.WriteLine($"{hint}\n{error.Message.Split('\n')[0]}");
    Environment.Exit(1);
}

// What to do about a failure a first run often meets; null for anything else.
static string? FailureHint(Exception error)
{
    var sdkError = error as BoxSdkException;
    // The SDK uses an App Token as it does a Developer Token, and says this for any token Box refuses.
    if (sdkError?.Message == "Developer token has expired. Please provide a new one.")
    {
        return "Box did not accept the App Token: it is mistyped, or its key was revoked or regenerated. Copy the primary or secondary App Token again from the Developer Console (your app > Configuration > App Token Keys); an admin must have authorized the app.";
    }
    var boxError = (error as BoxApiException)?.ResponseInfo.RawBody ?? "";
    if (boxError.Contains("\"invalid_scope\""))
    {
        return "Box refused to downscope the token: a downscoped token can only keep scopes the original token has. Ask for fewer scopes, or give the app those scopes (Developer Console > your app > Configuration > Application Scopes).";
    }
    if (sdkError != null && sdkError.Message.StartsWith("Network error."))
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
