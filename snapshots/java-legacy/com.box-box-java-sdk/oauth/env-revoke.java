// Print the ID of the Box user who owns the credentials; then revoke the token (com.box:box-java-sdk 5.x).
//
// Save pom.xml, shown with the install steps, in the folder you run these in.
// Run:     mvn -q compile exec:java
// Reads BOX_CLIENT_ID, BOX_CLIENT_SECRET from the environment.

import com.box.sdk.BoxAPIConnection;
import com.box.sdk.BoxAPIException;
import com.box.sdk.BoxUser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

public class GetCurrentUser {
    private static final String CLIENT_ID = requireEnv("BOX_CLIENT_ID");
    private static final String CLIENT_SECRET = requireEnv("BOX_CLIENT_SECRET");

    // Box sends the browser here after approval; list it under your app's OAuth 2.0 Redirect URIs.
    private static final String REDIRECT_URI = "http://localhost:3000/callback";

    private static void printCurrentUser(String[] args) throws IOException {
        // The state value comes back with the redirect; check it there to stop forged requests.
        String state = UUID.randomUUID().toString();
        URL authorizeUrl = BoxAPIConnection.getAuthorizationURL(CLIENT_ID, URI.create(REDIRECT_URI), state, null);
        System.out.println("Open this URL and approve access:\n" + authorizeUrl);
        String code = args.length > 0 ? args[0] : askForCode();
        BoxAPIConnection api = new BoxAPIConnection(CLIENT_ID, CLIENT_SECRET);
        api.authenticate(code);
        BoxUser me = BoxUser.getCurrentUser(api);
        System.out.println("My user ID is " + me.getID());
        // Revoke the token: it stops working at once.
        api.revokeToken();
        System.out.println("Token revoked.");
    }

    public static void main(String[] args) throws Exception {
        try {
            printCurrentUser(args);
        } catch (BoxAPIException error) {
            String hint = failureHint(error);
            if (hint == null) {
                throw error;
            }
            // Then the first line of the SDK's own message.
            System.err.println(hint + "\n" + String.valueOf(error.getMessage()).split("\n")[0]);
            System.exit(1);
        }
    }

    /** What to do about a failure a first run often meets; null for anything else. */
    private static String failureHint(BoxAPIException error) {
        // The SDK keeps Box's reply as text.
        String body = String.valueOf(error.getResponse());
        // A token request the app's auth method does not allow, or a client ID and secret Box does not know.
        if (body.contains("The grant type is unauthorized")) {
            return "This app's authentication method does not allow this sign-in: an OAuth 2.0 app cannot use CCG or JWT, and a server app cannot use OAuth 2.0. Use the auth method chosen when the app was created (Developer Console > your app > Configuration).";
        }
        if (body.contains("\"invalid_client\"")) {
            return "Box does not know this Client ID and Secret pair: copy both again from the Developer Console (your app > Configuration > OAuth 2.0 Credentials); a secret changes when it is reset.";
        }
        if (error.getCause() instanceof java.io.IOException) {
            return "Could not reach Box: check this machine's network connection, and any proxy or firewall between it and api.box.com.";
        }
        return null;
    }

    /** The authorization code: the code parameter of the URL Box redirects the browser to. */
    private static String askForCode() throws IOException {
        // A line of its own: piped input is not echoed, and the program's next line must start afresh.
        System.out.println("Paste the authorization code, then press Enter:");
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null || line.trim().isEmpty()) {
            System.err.println("No authorization code given.");
            System.exit(1);
        }
        return line.trim();
    }

    /** Returns the variable's value, or stops with a message that says what to set. */
    private static String requireEnv(String name) {
        String value = System.getenv(name);
        if (value == null || value.isEmpty()) {
            System.err.println("Set the " + name + " environment variable and run again.");
            System.exit(1);
        }
        return value;
    }
}
