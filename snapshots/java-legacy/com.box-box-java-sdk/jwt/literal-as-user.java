// Print the ID of the Box user who owns the credentials (com.box:box-java-sdk 5.x).
//
// Save pom.xml in the folder you run these in (box-snippet --format markdown prints it).
// Run:     mvn -q compile exec:java

import com.box.sdk.BoxConfig;
import com.box.sdk.BoxDeveloperEditionAPIConnection;
import com.box.sdk.BoxUser;
import com.box.sdk.DeveloperEditionEntityType;
import com.box.sdk.InMemoryLRUAccessTokenCache;
import java.io.FileReader;
import java.io.IOException;
import java.io.Reader;

public class GetCurrentUser {
    private static final String JWT_CONFIG_PATH = "config/box_app_config.json";
    private static final String USER_ID = "7654321";

    public static void main(String[] args) throws IOException {
        // The config file holds the private key: keep it out of version control.
        BoxConfig boxConfig;
        try (Reader reader = new FileReader(JWT_CONFIG_PATH)) {
            boxConfig = BoxConfig.readFrom(reader);
        }
        // The constructor defers authentication to the first API call, so settings such as
        // setBaseURL still apply to it; the static factories authenticate at once.
        BoxDeveloperEditionAPIConnection api = new BoxDeveloperEditionAPIConnection(
                USER_ID, DeveloperEditionEntityType.USER, boxConfig, new InMemoryLRUAccessTokenCache(100));
        BoxUser.Info me = BoxUser.getCurrentUser(api).getInfo();
        System.out.println("My user ID is " + me.getID());
    }
}
