// Print the ID of the Box user who owns the credentials (box-ios-sdk 10.x).
//
// Install: mkdir -p Sources/GetCurrentUser
// Save Package.swift in the folder you run these in (box-snippet --format markdown prints it).
// Save this file as Sources/GetCurrentUser/main.swift.
// Run:     swift run
// This file holds a secret: keep it out of version control.

import BoxSdkGen
import Foundation

let clientId = "fakeclientid00000000000000000001"
let clientSecret = "FakeClientSecret0000000000000001"
let userId = "7654321"

let config = CCGConfig(clientId: clientId, clientSecret: clientSecret, userId: userId)
let auth = BoxCCGAuth(config: config)
let client = BoxClient(auth: auth)
let me = try await client.users.getUserMe()
print("My user ID is \(me.id)")
