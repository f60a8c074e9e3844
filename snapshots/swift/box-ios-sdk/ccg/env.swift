// Print the ID of the Box user who owns the credentials (box-ios-sdk 10.x).
//
// Install: mkdir -p Sources/GetCurrentUser
// Save Package.swift in the folder you run these in (box-snippet --format markdown prints it).
// Save this file as Sources/GetCurrentUser/main.swift.
// Run:     swift run
// Reads BOX_CLIENT_ID, BOX_CLIENT_SECRET, BOX_ENTERPRISE_ID from the environment.

import BoxSdkGen
import Foundation

// Returns the variable's value, or stops with a message that says what to set.
func requireEnv(_ name: String) -> String {
    guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else {
        FileHandle.standardError.write(Data("Set the \(name) environment variable and run again.\n".utf8))
        exit(1)
    }
    return value
}

let clientId = requireEnv("BOX_CLIENT_ID")
let clientSecret = requireEnv("BOX_CLIENT_SECRET")
let enterpriseId = requireEnv("BOX_ENTERPRISE_ID")

let config = CCGConfig(clientId: clientId, clientSecret: clientSecret, enterpriseId: enterpriseId)
let auth = BoxCCGAuth(config: config)
let client = BoxClient(auth: auth)
let me = try await client.users.getUserMe()
print("My user ID is \(me.id)")
