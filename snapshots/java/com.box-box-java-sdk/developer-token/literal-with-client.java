// Print the ID of the Box user who owns the credentials (com.box:box-java-sdk 10.x).
//
// Save pom.xml in the folder you run these in (box-snippet --format markdown prints it).
// Run:     mvn -q compile exec:java
// This file holds a secret: keep it out of version control.

import com.box.sdkgen.box.developertokenauth.BoxDeveloperTokenAuth;
import com.box.sdkgen.box.developertokenauth.DeveloperTokenConfig;
import com.box.sdkgen.client.BoxClient;
import com.box.sdkgen.schemas.userfull.UserFull;

public class GetCurrentUser {
    private static final String DEVELOPER_TOKEN = "FakeDeveloperToken00000000000001";
    private static final String CLIENT_ID = "fakeclientid00000000000000000001";
    private static final String CLIENT_SECRET = "FakeClientSecret0000000000000001";

    public static void main(String[] args) {
        // The client ID and secret are used only to revoke the token; API calls need just the token.
        DeveloperTokenConfig config =
                new DeveloperTokenConfig.Builder().clientId(CLIENT_ID).clientSecret(CLIENT_SECRET).build();
        BoxDeveloperTokenAuth auth = new BoxDeveloperTokenAuth.Builder(DEVELOPER_TOKEN).config(config).build();
        BoxClient client = new BoxClient(auth);
        UserFull me = client.getUsers().getUserMe();
        System.out.println("My user ID is " + me.getId());
    }
}
