// Print the ID of the Box user who owns the credentials (Box.V2.Core 5.x).
//
// Install: dotnet new console --framework net8.0 && dotnet add package Box.V2.Core --version 5.8.0
// Save this file as Program.cs, replacing the Program.cs that dotnet new wrote.
// Run:     dotnet run
// This file holds a secret: keep it out of version control.

using Box.V2;
using Box.V2.Auth;
using Box.V2.Config;

var developerToken = "FakeDeveloperToken00000000000001";

// A Developer Token needs no client ID, secret or redirect URI, but the builder wants them.
var builder = new BoxConfigBuilder("", "", new Uri("http://localhost"));
var session = new OAuthSession(developerToken, "N/A", 3600, "bearer");
var client = new BoxClient(builder.Build(), session);
var me = await client.UsersManager.GetCurrentUserInformationAsync();
Console.WriteLine($"My user ID is {me.Id}");
