// Print the ID of the Box user who owns the credentials (com.box:box-java-sdk 5.x).
//
// Save pom.xml in the folder you run these in (box-snippet --format markdown prints it).
// Run:     mvn -q compile exec:java
// Reads BOX_CLIENT_ID, BOX_CLIENT_SECRET, BOX_USER_ID from the environment.

import com.box.sdk.BoxCCGAPIConnection;
import com.box.sdk.BoxUser;

public class GetCurrentUser {
    private static final String CLIENT_ID = requireEnv("BOX_CLIENT_ID");
    private static final String CLIENT_SECRET = requireEnv("BOX_CLIENT_SECRET");
    private static final String USER_ID = requireEnv("BOX_USER_ID");

    public static void main(String[] args) {
        BoxCCGAPIConnection api = BoxCCGAPIConnection.userConnection(CLIENT_ID, CLIENT_SECRET, USER_ID);
        BoxUser.Info me = BoxUser.getCurrentUser(api).getInfo();
        System.out.println("My user ID is " + me.getID());
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
