// Print the ID of the Box user who owns the credentials (com.box:box-java-sdk 4.x).
//
// Save pom.xml in the folder you run these in (box-snippet --format markdown prints it).
// Run:     mvn -q compile exec:java
// Reads BOX_DEVELOPER_TOKEN from the environment.

import com.box.sdk.BoxAPIConnection;
import com.box.sdk.BoxUser;

public class GetCurrentUser {
    private static final String DEVELOPER_TOKEN = requireEnv("BOX_DEVELOPER_TOKEN");

    public static void main(String[] args) {
        BoxAPIConnection api = new BoxAPIConnection(DEVELOPER_TOKEN);
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
