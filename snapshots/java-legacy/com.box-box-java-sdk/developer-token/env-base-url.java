// Print the ID of the Box user who owns the credentials (com.box:box-java-sdk 5.x).
//
// Install: implementation "com.box:box-java-sdk:5.6.0" in build.gradle,
//          or the same dependency in pom.xml
// Run:     mvn -q compile exec:java -Dexec.mainClass=GetCurrentUser
//          (with this file in src/main/java/)
// Reads BOX_DEVELOPER_TOKEN from the environment.

import com.box.sdk.BoxAPIConnection;
import com.box.sdk.BoxUser;

public class GetCurrentUser {
    private static final String DEVELOPER_TOKEN = requireEnv("BOX_DEVELOPER_TOKEN");

    public static void main(String[] args) {
        BoxAPIConnection api = new BoxAPIConnection(DEVELOPER_TOKEN);
        // API calls and token requests go to this host instead of https://api.box.com.
        api.setBaseURL("https://box-proxy.example.com");
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
