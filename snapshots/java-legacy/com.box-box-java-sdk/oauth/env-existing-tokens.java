// Print the signed-in Box user's ID, starting from an access and refresh token (com.box:box-java-sdk 5.x).
//
// Save pom.xml, shown with the install steps, in the folder you run these in.
// Run:     mvn -q compile exec:java
// Sign-in: none in the browser. The program starts from the access and refresh token it is
// given, and refreshes them when Box says the access token expired. Box rotates refresh
// tokens: after a refresh the pair it was given no longer works; an app keeps the new pair
// in its own token store (the SDK calls its token storage with it).
// Reads BOX_CLIENT_ID, BOX_CLIENT_SECRET, BOX_ACCESS_TOKEN, BOX_REFRESH_TOKEN from the environment.

import com.box.sdk.BoxAPIConnection;
import com.box.sdk.BoxAPIException;
import com.box.sdk.BoxUser;
import java.util.function.Supplier;

public class GetCurrentUser {
    private static final String CLIENT_ID = requireEnv("BOX_CLIENT_ID");
    private static final String CLIENT_SECRET = requireEnv("BOX_CLIENT_SECRET");
    private static final String ACCESS_TOKEN = requireEnv("BOX_ACCESS_TOKEN");
    private static final String REFRESH_TOKEN = requireEnv("BOX_REFRESH_TOKEN");

    private static void printCurrentUser(String[] args) {
        BoxAPIConnection api = new BoxAPIConnection(CLIENT_ID, CLIENT_SECRET, ACCESS_TOKEN, REFRESH_TOKEN);
        // The SDK would refresh a token of unknown age before the first call: take it as new (an access
        // token lasts an hour). When Box says it expired (401), the call below refreshes it.
        api.setLastRefresh(System.currentTimeMillis());
        api.setExpires(60 * 60 * 1000);
        // When Box answers 401 (the given access token expired), refresh the tokens and try once more.
        BoxUser me = withFreshToken(api, () -> BoxUser.getCurrentUser(api));
        System.out.println("My user ID is " + me.getID());
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

    /**
     * Makes the call; when Box answers 401 (the access token expired), gets new tokens with the
     * refresh token and makes it once more. This SDK refreshes on its own only by its clock.
     */
    private static <T> T withFreshToken(BoxAPIConnection api, Supplier<T> call) {
        try {
            return call.get();
        } catch (BoxAPIException error) {
            if (error.getResponseCode() != 401) {
                throw error;
            }
            api.refresh();
            return call.get();
        }
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
