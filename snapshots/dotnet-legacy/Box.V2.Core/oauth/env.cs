// Print the ID of the Box user who owns the credentials (Box.V2.Core 6.x).
//
// Install: dotnet new console --framework net8.0 && dotnet add package Box.V2.Core --version 6.16.0
// Save this file as Program.cs, replacing the Program.cs that dotnet new wrote.
// Run:     dotnet run
// Reads BOX_CLIENT_ID, BOX_CLIENT_SECRET from the environment.

using Box.V2;
using Box.V2.Config;

var clientId = RequireEnv("BOX_CLIENT_ID");
var clientSecret = RequireEnv("BOX_CLIENT_SECRET");

// Box sends the browser here after approval; list it under your app's OAuth 2.0 Redirect URIs.
var redirectUri = "http://localhost:3000/callback";

var builder = new BoxConfigBuilder(clientId, clientSecret, new Uri(redirectUri));
var config = builder.Build();
Console.WriteLine($"Open this URL and approve access:\n{config.AuthCodeUri}");
var code = args.Length > 0 ? args[0] : AskForCode();
var client = new BoxClient(config);
await client.Auth.AuthenticateAsync(code);
var me = await client.UsersManager.GetCurrentUserInformationAsync();
Console.WriteLine($"My user ID is {me.Id}");

// The authorization code: the code parameter of the URL Box redirects the browser to.
static string AskForCode()
{
    Console.Write("Authorization code: ");
    var line = Console.ReadLine();
    if (string.IsNullOrWhiteSpace(line))
    {
        Console.Error.WriteLine("No authorization code given.");
        Environment.Exit(1);
    }
    return line.Trim();
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
