// Print the ID of the Box user who owns the credentials (com.box:box-java-sdk 10.x).
//
// Save pom.xml in the folder you run these in (box-snippet --format markdown prints it).
// Run:     mvn -q compile exec:java

import com.box.sdkgen.box.jwtauth.BoxJWTAuth;
import com.box.sdkgen.box.jwtauth.JWTConfig;
import com.box.sdkgen.client.BoxClient;
import com.box.sdkgen.schemas.userfull.UserFull;

public class GetCurrentUser {
    private static final String JWT_CONFIG_PATH = "config/box_app_config.json";

    public static void main(String[] args) {
        // The config file holds the private key: keep it out of version control.
        JWTConfig config = JWTConfig.fromConfigFile(JWT_CONFIG_PATH);
        BoxJWTAuth auth = new BoxJWTAuth(config);
        BoxClient client = new BoxClient(auth);
        UserFull me = client.getUsers().getUserMe();
        System.out.println("My user ID is " + me.getId());
    }
}
