// Print the ID of the Box user who owns the credentials (Box.V2.Core 10.x).
//
// Install: dotnet new console --framework net8.0 && dotnet add package Box.V2.Core --version 10.16.0
// Save this file as Program.cs, replacing the Program.cs that dotnet new wrote.
// Run:     dotnet run

using Box.Sdk.Gen;

// Replace YOUR_DEVELOPER_TOKEN with a Developer Token (valid for 60 minutes):
// Box Developer Console > your app > Configuration > Developer Token.
var developerToken = "YOUR_DEVELOPER_TOKEN";

var auth = new BoxDeveloperTokenAuth(token: developerToken);
var client = new BoxClient(auth: auth);
var me = await client.Users.GetUserMeAsync();
Console.WriteLine($"My user ID is {me.Id}");
