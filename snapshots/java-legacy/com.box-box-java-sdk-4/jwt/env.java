// Print the ID of the Box user who owns the credentials (com.box:box-java-sdk 4.x).
//
// Save pom.xml in the folder you run these in (box-snippet --format markdown prints it).
// Run:     mvn -q compile exec:java
// Reads BOX_JWT_CONFIG_PATH from the environment.

import com.box.sdk.BoxConfig;
import com.box.sdk.BoxDeveloperEditionAPIConnection;
import com.box.sdk.BoxUser;
import com.box.sdk.DeveloperEditionEntityType;
import com.box.sdk.InMemoryLRUAccessTokenCache;
import java.io.FileReader;
import java.io.IOException;
import java.io.Reader;

public class GetCurrentUser {
    private static final String JWT_CONFIG_PATH = requireEnv("BOX_JWT_CONFIG_PATH");

    public static void main(String[] args) throws IOException {
        // The config file holds the private key: keep it out of version control.
        BoxConfig boxConfig;
        try (Reader reader = new FileReader(JWT_CONFIG_PATH)) {
            boxConfig = BoxConfig.readFrom(reader);
        }
        // The constructor defers authentication to the first API call, so settings such as
        // setBaseURL still apply to it; the static factories authenticate at once.
        BoxDeveloperEditionAPIConnection api = new BoxDeveloperEditionAPIConnection(
                boxConfig.getEnterpriseId(),
                DeveloperEditionEntityType.ENTERPRISE,
                boxConfig,
                new InMemoryLRUAccessTokenCache(100));
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
