// Print the ID of the Box user who owns the credentials (box-ios-sdk 10.x).
//
// Install: mkdir -p Sources/GetCurrentUser
// Save Package.swift in the folder you run these in (box-snippet --format markdown prints it).
// Save this file as Sources/GetCurrentUser/main.swift.
// Run:     swift run
// Reads BOX_DEVELOPER_TOKEN from the environment.

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

let developerToken = requireEnv("BOX_DEVELOPER_TOKEN")

let auth = BoxDeveloperTokenAuth(token: developerToken)
let client = BoxClient(auth: auth)
let me = try await client.users.getUserMe()
print("My user ID is \(me.id)")
