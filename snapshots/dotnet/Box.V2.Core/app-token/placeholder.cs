// Print the ID of the Box user who owns the credentials (Box.V2.Core 10.x).
//
// Install: dotnet new console --framework net10.0 && dotnet add package Box.V2.Core --version 10.17.0
// Save this file as Program.cs, replacing the Program.cs that dotnet new wrote.
// Run:     dotnet run

using Box.Sdk.Gen;

// Replace YOUR_APP_TOKEN with your app's primary or secondary App Token:
// Box Developer Console > your app (a Limited Access App, or App Token auth) > Configuration > App Token Keys > Generate Key, once an admin has authorized the app.
var appToken = "YOUR_APP_TOKEN";

try
{
    // An App Token is used as it is, as a Developer Token would be.
    var auth = new BoxDeveloperTokenAuth(token: appToken);
    var client = new BoxClient(auth: auth);
    var me = await client.Users.GetUserMeAsync();
    Console.WriteLine($"My user ID is {me.Id}");
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
    if (sdkError != null && sdkError.Message.StartsWith("Network error."))
    {
        return "Could not reach Box: check this machine's network connection, and any proxy or firewall between it and api.box.com.";
    }
    return null;
}
