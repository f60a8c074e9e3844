// Print the ID of the Box user who owns the credentials (Box.V2.Core 5.x).
//
// Install: dotnet new console --framework net8.0 && dotnet add package Box.V2.Core --version 5.8.0
// Save this file as Program.cs, replacing the Program.cs that dotnet new wrote.
// Run:     dotnet run

using Box.V2.Config;
using Box.V2.JWTAuth;

var jwtConfigPath = "config/box_app_config.json";

// The config file holds the private key: keep it out of version control.
using var configFile = File.OpenRead(jwtConfigPath);
var builder = BoxConfigBuilder.CreateFromJsonFile(configFile);
var auth = new BoxJWTAuth(builder.Build());
var client = auth.AdminClient(adminToken: await auth.AdminTokenAsync());
var me = await client.UsersManager.GetCurrentUserInformationAsync();
Console.WriteLine($"My user ID is {me.Id}");
