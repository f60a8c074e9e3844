// Print the ID of the Box user who owns the credentials (com.box:box-java-sdk 10.x).
//
// Save pom.xml in the folder you run these in (box-snippet --format markdown prints it).
// Run:     mvn -q compile exec:java
// Reads BOX_JWT_CONFIG_PATH, BOX_USER_ID from the environment.

import com.box.sdkgen.box.jwtauth.BoxJWTAuth;
import com.box.sdkgen.box.jwtauth.JWTConfig;
import com.box.sdkgen.client.BoxClient;
import com.box.sdkgen.schemas.userfull.UserFull;

public class GetCurrentUser {
    private static final String JWT_CONFIG_PATH = requireEnv("BOX_JWT_CONFIG_PATH");
    private static final String USER_ID = requireEnv("BOX_USER_ID");

    public static void main(String[] args) {
        // The config file holds the private key: keep it out of version control.
        JWTConfig config = JWTConfig.fromConfigFile(JWT_CONFIG_PATH);
        BoxJWTAuth auth = new BoxJWTAuth(config);
        // Act as this user instead of the app's service account.
        auth = auth.withUserSubject(USER_ID);
        BoxClient client = new BoxClient(auth);
        UserFull me = client.getUsers().getUserMe();
        System.out.println("My user ID is " + me.getId());
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
