// Print the ID of the Box user who owns the credentials (Box.V2.Core 10.x).
//
// Install: dotnet new console --framework net8.0 && dotnet add package Box.V2.Core --version 10.16.0
// Save this file as Program.cs, replacing the Program.cs that dotnet new wrote.
// Run:     dotnet run
// This file holds a secret: keep it out of version control.

using Box.Sdk.Gen;

var developerToken = "FakeDeveloperToken00000000000001";

var auth = new BoxDeveloperTokenAuth(token: developerToken);
var client = new BoxClient(auth: auth);
var me = await client.Users.GetUserMeAsync();
Console.WriteLine($"My user ID is {me.Id}");
