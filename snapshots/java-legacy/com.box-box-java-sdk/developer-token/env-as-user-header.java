// Print the ID of the Box user the program acts as, with the As-User header (com.box:box-java-sdk 5.x).
//
// Save pom.xml, shown with the install steps, in the folder you run these in.
// Run:     mvn -q compile exec:java
// Reads BOX_DEVELOPER_TOKEN, BOX_AS_USER_ID from the environment.

import com.box.sdk.BoxAPIConnection;
import com.box.sdk.BoxAPIException;
import com.box.sdk.BoxUser;

public class GetCurrentUser {
    private static final String DEVELOPER_TOKEN = requireEnv("BOX_DEVELOPER_TOKEN");
    private static final String AS_USER_ID = requireEnv("BOX_AS_USER_ID");

    private static void printCurrentUser(String[] args) {
        BoxAPIConnection api = new BoxAPIConnection(DEVELOPER_TOKEN);
        // Every API call acts as this user: the connection sends the As-User header with each.
        api.asUser(AS_USER_ID);
        BoxUser me = BoxUser.getCurrentUser(api);
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
        if (error.getResponseCode() == 401) {
            return "Box did not accept the Developer Token. These tokens last 60 minutes, and a mistyped or revoked token fails the same way: generate a new one in the Developer Console (your app > Configuration > Developer Token).";
        }
        // The SDK keeps Box's reply as text.
        String body = String.valueOf(error.getResponse());
        if (body.contains("\"access_denied_insufficient_permissions\"")) {
            return "Box refused to act as the user: the app needs \"Make API calls using the as-user header\" (Developer Console > your app > Configuration > Advanced Features) and re-authorization by an admin, and the token must be an admin's or the service account's.";
        }
        if (error.getCause() instanceof java.io.IOException) {
            return "Could not reach Box: check this machine's network connection, and any proxy or firewall between it and api.box.com.";
        }
        return null;
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
