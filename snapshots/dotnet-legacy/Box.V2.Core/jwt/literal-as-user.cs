// Print the ID of the Box user who owns the credentials (Box.V2.Core 6.x).
//
// Install: dotnet new console --framework net8.0 && dotnet add package Box.V2.Core --version 6.16.0
// Save this file as Program.cs, replacing the Program.cs that dotnet new wrote.
// Run:     dotnet run

using Box.V2.Config;
using Box.V2.JWTAuth;

var jwtConfigPath = "config/box_app_config.json";
var userId = "7654321";

// The config file holds the private key: keep it out of version control.
using var configFile = File.OpenRead(jwtConfigPath);
var builder = BoxConfigBuilder.CreateFromJsonFile(configFile);
var auth = new BoxJWTAuth(builder.Build());
// Act as this user instead of the app's service account.
var client = auth.UserClient(userToken: await auth.UserTokenAsync(userId), userId: userId);
var me = await client.UsersManager.GetCurrentUserInformationAsync();
Console.WriteLine($"My user ID is {me.Id}");
