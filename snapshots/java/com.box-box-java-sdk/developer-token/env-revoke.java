// Print the ID of the Box user who owns the credentials; then revoke the token (com.box:box-java-sdk 10.x).
//
// Save pom.xml, shown with the install steps, in the folder you run these in.
// Run:     mvn -q compile exec:java
// Reads BOX_DEVELOPER_TOKEN, BOX_CLIENT_ID, BOX_CLIENT_SECRET from the environment.

import com.box.sdkgen.box.developertokenauth.BoxDeveloperTokenAuth;
import com.box.sdkgen.box.developertokenauth.DeveloperTokenConfig;
import com.box.sdkgen.box.errors.BoxSDKError;
import com.box.sdkgen.client.BoxClient;
import com.box.sdkgen.schemas.userfull.UserFull;

public class GetCurrentUser {
    private static final String DEVELOPER_TOKEN = requireEnv("BOX_DEVELOPER_TOKEN");
    private static final String CLIENT_ID = requireEnv("BOX_CLIENT_ID");
    private static final String CLIENT_SECRET = requireEnv("BOX_CLIENT_SECRET");

    private static void printCurrentUser(String[] args) {
        // The client ID and secret are used only to revoke the token; API calls need just the token.
        DeveloperTokenConfig config =
                new DeveloperTokenConfig.Builder().clientId(CLIENT_ID).clientSecret(CLIENT_SECRET).build();
        BoxDeveloperTokenAuth auth = new BoxDeveloperTokenAuth.Builder(DEVELOPER_TOKEN).config(config).build();
        BoxClient client = new BoxClient(auth);
        UserFull me = client.getUsers().getUserMe();
        System.out.println("My user ID is " + me.getId());
        // Revoke the token: it stops working at once.
        auth.revokeToken();
        System.out.println("Token revoked.");
    }

    public static void main(String[] args) throws Exception {
        try {
            printCurrentUser(args);
        } catch (BoxSDKError error) {
            String hint = failureHint(error);
            if (hint == null) {
                throw error;
            }
            // Then the first line of the SDK's own message: the rest holds the request, secrets included.
            System.err.println(hint + "\n" + String.valueOf(error.getMessage()).split("\n")[0]);
            System.exit(1);
        }
    }

    /** What to do about a failure a first run often meets; null for anything else. */
    private static String failureHint(BoxSDKError error) {
        // The SDK says this for any token Box refuses: expired, mistyped or revoked alike.
        if ("Developer token has expired. Please provide a new one.".equals(error.getMessage())) {
            return "Box did not accept the Developer Token. These tokens last 60 minutes, and a mistyped or revoked token fails the same way: generate a new one in the Developer Console (your app > Configuration > Developer Token).";
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
