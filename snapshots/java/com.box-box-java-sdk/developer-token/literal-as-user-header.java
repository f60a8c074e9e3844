// Print the ID of the Box user the program acts as, with the As-User header (com.box:box-java-sdk 10.x).
//
// Save pom.xml, shown with the install steps, in the folder you run these in.
// Run:     mvn -q compile exec:java
// This file holds a secret: keep it out of version control.

import com.box.sdkgen.box.developertokenauth.BoxDeveloperTokenAuth;
import com.box.sdkgen.box.errors.BoxAPIError;
import com.box.sdkgen.box.errors.BoxSDKError;
import com.box.sdkgen.client.BoxClient;
import com.box.sdkgen.schemas.userfull.UserFull;

public class GetCurrentUser {
    private static final String DEVELOPER_TOKEN = "FakeDeveloperToken00000000000001";
    private static final String AS_USER_ID = "5550001";

    private static void printCurrentUser(String[] args) {
        BoxDeveloperTokenAuth auth = new BoxDeveloperTokenAuth(DEVELOPER_TOKEN);
        BoxClient client = new BoxClient(auth);
        // Every API call of this client acts as the user: it sends the As-User header with each.
        BoxClient asUserClient = client.withAsUserHeader(AS_USER_ID);
        UserFull me = asUserClient.getUsers().getUserMe();
        System.out.println("My user ID is " + me.getId());
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
        // Box's error reply as it came ({"error": …} from a token request, {"code": …} from an API
        // call): read as text, so the program needs nothing beyond the SDK's own compile-scope API.
        String reply = error instanceof BoxAPIError
                ? String.valueOf(((BoxAPIError) error).getResponseInfo().getRawBody())
                : "";
        if (reply.contains("\"access_denied_insufficient_permissions\"")) {
            return "Box refused to act as the user: the app needs \"Make API calls using the as-user header\" (Developer Console > your app > Configuration > Advanced Features) and re-authorization by an admin, and the token must be an admin's or the service account's.";
        }
        if (error.getCause() instanceof java.io.IOException) {
            return "Could not reach Box: check this machine's network connection, and any proxy or firewall between it and api.box.com.";
        }
        return null;
    }
}
