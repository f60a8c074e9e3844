// Print the ID of the Box user who owns the credentials (box-ios-sdk 10.x).
//
// Install: mkdir -p Sources/GetCurrentUser
// Save Package.swift, shown with the install steps, in the folder you run these in.
// Save this file as Sources/GetCurrentUser/main.swift.
// Run:     swift run

import BoxSdkGen
import Foundation

// Replace YOUR_APP_TOKEN with your app's primary or secondary App Token:
// Box Developer Console > your app (a Limited Access App, or App Token auth) > Configuration > App Token Keys > Generate Key, once an admin has authorized the app.
let appToken = "YOUR_APP_TOKEN"

// What to do about a failure a first run often meets; nil for anything else.
func failureHint(_ error: BoxSDKError) -> String? {
    // The SDK uses an App Token as it does a Developer Token, and says this for any token Box refuses.
    if error.message == "Developer token has expired. Please provide a new one." {
        return "Box did not accept the App Token: it is mistyped, or its key was revoked or regenerated. Copy the primary or secondary App Token again from the Developer Console (your app > Configuration > App Token Keys); an admin must have authorized the app."
    }
    if error is BoxNetworkError {
        return "Could not reach Box: check this machine's network connection, and any proxy or firewall between it and api.box.com."
    }
    return nil
}

do {
    // An App Token is used as it is, as a Developer Token would be.
    let auth = BoxDeveloperTokenAuth(token: appToken)
    let client = BoxClient(auth: auth)
    let me = try await client.users.getUserMe()
    print("My user ID is \(me.id)")
} catch let error as BoxSDKError {
    // Only the failures failureHint knows are explained: anything else is thrown on, unchanged.
    guard let hint = failureHint(error) else { throw error }
    FileHandle.standardError.write(Data("\(hint)\n\(error.message)\n".utf8))
    exit(1)
}
