// Print the ID of the Box user who owns the credentials (Box.V2.Core 10.x).
//
// Install: dotnet new console --framework net8.0 && dotnet add package Box.V2.Core --version 10.16.0
// Save this file as Program.cs, replacing the Program.cs that dotnet new wrote.
// Run:     dotnet run

using Box.Sdk.Gen;

// Replace path/to/config.json with the path of your app's JSON config file:
// Box Developer Console > your app > Configuration > Generate a Public/Private Keypair.
var jwtConfigPath = "path/to/config.json";

// The config file holds the private key: keep it out of version control.
var config = JwtConfig.FromConfigFile(configFilePath: jwtConfigPath);
var auth = new BoxJwtAuth(config: config);
var client = new BoxClient(auth: auth);
var me = await client.Users.GetUserMeAsync();
Console.WriteLine($"My user ID is {me.Id}");
