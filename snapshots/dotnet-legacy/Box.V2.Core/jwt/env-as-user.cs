// Print the ID of the Box user who owns the credentials (Box.V2.Core 6.x).
//
// Install: dotnet new console --framework net8.0 && dotnet add package Box.V2.Core --version 6.16.0
// Save this file as Program.cs, replacing the Program.cs that dotnet new wrote.
// Run:     dotnet run
// Reads BOX_JWT_CONFIG_PATH, BOX_USER_ID from the environment.

using Box.V2.Config;
using Box.V2.JWTAuth;

var jwtConfigPath = RequireEnv("BOX_JWT_CONFIG_PATH");
var userId = RequireEnv("BOX_USER_ID");

// The config file holds the private key: keep it out of version control.
using var configFile = File.OpenRead(jwtConfigPath);
var builder = BoxConfigBuilder.CreateFromJsonFile(configFile);
var auth = new BoxJWTAuth(builder.Build());
// Act as this user instead of the app's service account.
var client = auth.UserClient(userToken: await auth.UserTokenAsync(userId), userId: userId);
var me = await client.UsersManager.GetCurrentUserInformationAsync();
Console.WriteLine($"My user ID is {me.Id}");

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
