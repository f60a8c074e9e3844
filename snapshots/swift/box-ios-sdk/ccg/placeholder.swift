// Print the ID of the Box user who owns the credentials (box-ios-sdk 10.x).
//
// Install: mkdir -p Sources/GetCurrentUser
// Save Package.swift in the folder you run these in (box-snippet --format markdown prints it).
// Save this file as Sources/GetCurrentUser/main.swift.
// Run:     swift run

import BoxSdkGen
import Foundation

// Replace YOUR_CLIENT_ID with your app's Client ID:
// Box Developer Console > your app > Configuration > OAuth 2.0 Credentials.
let clientId = "YOUR_CLIENT_ID"
// Replace YOUR_CLIENT_SECRET with your app's Client Secret:
// Box Developer Console > your app > Configuration > OAuth 2.0 Credentials.
let clientSecret = "YOUR_CLIENT_SECRET"
// Replace YOUR_ENTERPRISE_ID with your enterprise's ID:
// Box Admin Console > Account & Billing > Enterprise ID, or your app > General Settings.
let enterpriseId = "YOUR_ENTERPRISE_ID"

let config = CCGConfig(clientId: clientId, clientSecret: clientSecret, enterpriseId: enterpriseId)
let auth = BoxCCGAuth(config: config)
let client = BoxClient(auth: auth)
let me = try await client.users.getUserMe()
print("My user ID is \(me.id)")
