// Print the ID of the Box user who owns the credentials (box-ios-sdk 10.x).
//
// Install: mkdir -p Sources/GetCurrentUser
// Save Package.swift in the folder you run these in (box-snippet --format markdown prints it).
// Save this file as Sources/GetCurrentUser/main.swift.
// Run:     swift run

import BoxSdkGen
import Foundation

// Replace YOUR_DEVELOPER_TOKEN with a Developer Token (valid for 60 minutes):
// Box Developer Console > your app > Configuration > Developer Token.
let developerToken = "YOUR_DEVELOPER_TOKEN"

let auth = BoxDeveloperTokenAuth(token: developerToken)
let client = BoxClient(auth: auth)
let me = try await client.users.getUserMe()
print("My user ID is \(me.id)")
