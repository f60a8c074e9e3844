// Print the ID of the Box user who owns the credentials (Box.V2.Core 6.x).
//
// Install: dotnet new console --framework net8.0 && dotnet add package Box.V2.Core --version 6.16.0
// Save this file as Program.cs, replacing the Program.cs that dotnet new wrote.
// Run:     dotnet run
// This file holds a secret: keep it out of version control.

using Box.V2;
using Box.V2.Auth;
using Box.V2.Config;

var developerToken = "FakeDeveloperToken00000000000001";
var clientId = "fakeclientid00000000000000000001";
var clientSecret = "FakeClientSecret0000000000000001";

// The client ID and secret are used only to refresh or revoke; API calls need just the token.
var builder = new BoxConfigBuilder(clientId, clientSecret, new Uri("http://localhost"));
var session = new OAuthSession(developerToken, "N/A", 3600, "bearer");
var client = new BoxClient(builder.Build(), session);
var me = await client.UsersManager.GetCurrentUserInformationAsync();
Console.WriteLine($"My user ID is {me.Id}");
