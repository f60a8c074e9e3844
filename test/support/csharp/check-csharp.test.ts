// The C# checker must be able to fail: each bad sample below is a real mistake (most from Box's
// own docs) and must be reported; each good program must pass for the line it was written for.

import { describe, expect, it } from 'vitest';
import { API_SURFACE } from './api-surface.js';
import { checkBoxApi, findConstWithRuntimeValue, parseCSharp, type LineId } from './check-csharp.js';

const GEN: LineId[] = ['box-v2-core-10', 'box-sdk-gen-1'];
const CLASSIC: LineId = 'box-v2-core-5';
/** Box.V2.Core 6.x packs the same Box.V2 sources; the good classic programs must pass on both. */
const CLASSIC_LINES: LineId[] = ['box-v2-core-5', 'box-v2-core-6'];

// ---- good programs (the shapes the templates use) ---------------------------------------------

const GEN_DEV_TOKEN = `
using Box.Sdk.Gen;

var developerToken = RequireEnv("BOX_DEVELOPER_TOKEN");
var clientId = "id";
var clientSecret = "secret";
var auth = new BoxDeveloperTokenAuth(
    token: developerToken,
    config: new DeveloperTokenConfig { ClientId = clientId, ClientSecret = clientSecret });
var client = new BoxClient(auth: auth);
client = client.WithCustomBaseUrls(baseUrls: new BaseUrls(baseUrl: "http://127.0.0.1:8080"));
var me = await client.Users.GetUserMeAsync();
Console.WriteLine($"My user ID is {me.Id}");

static string RequireEnv(string name)
{
    var value = Environment.GetEnvironmentVariable(name);
    if (string.IsNullOrEmpty(value))
    {
        Console.Error.WriteLine($"Set the {name} environment variable and run again.");
        Environment.Exit(1);
    }
    return value;
}
`;

const GEN_CCG = `
using Box.Sdk.Gen;

var config = new CcgConfig(clientId: "id", clientSecret: "secret") { EnterpriseId = "123" };
var auth = new BoxCcgAuth(config: config);
var userAuth = auth.WithUserSubject(userId: "456");
var client = new BoxClient(auth: userAuth, networkSession: new NetworkSession(baseUrls: new BaseUrls(baseUrl: "http://127.0.0.1:8080")));
var me = await client.Users.GetUserMeAsync();
Console.WriteLine(me.Id);
`;

const GEN_JWT = `
using Box.Sdk.Gen;

var auth = new BoxJwtAuth(config: JwtConfig.FromConfigFile(configFilePath: "config.json"));
var asUser = auth.WithUserSubject(userId: "456");
var client = new BoxClient(auth: asUser);
var me = await client.Users.GetUserMeAsync();
Console.WriteLine(me.Id);
`;

const GEN_OAUTH = `
using Box.Sdk.Gen;

var auth = new BoxOAuth(config: new OAuthConfig(clientId: "id", clientSecret: "secret"));
var url = auth.GetAuthorizeUrl(options: new GetAuthorizeUrlOptions { RedirectUri = "http://localhost:3000/callback" });
Console.WriteLine(url);
var client = new BoxClient(auth: auth);
var token = await auth.GetTokensAuthorizationCodeGrantAsync(authorizationCode: "code", networkSession: client.NetworkSession);
Console.WriteLine(token.AccessTokenField);
var me = await client.Users.GetUserMeAsync();
Console.WriteLine(me.Id);
`;

const CLASSIC_DEV_TOKEN = `
using Box.V2;
using Box.V2.Auth;
using Box.V2.Config;

var developerToken = Environment.GetEnvironmentVariable("BOX_DEVELOPER_TOKEN")!;
var builder = new BoxConfigBuilder("", "", new Uri("http://localhost"));
builder = builder.SetBoxApiHostUri(new Uri("http://127.0.0.1:8080/"));
var session = new OAuthSession(developerToken, "N/A", 3600, "bearer");
var client = new BoxClient(builder.Build(), session);
var me = await client.UsersManager.GetCurrentUserInformationAsync();
Console.WriteLine($"My user ID is {me.Id}");
`;

const CLASSIC_CCG = `
using Box.V2.CCGAuth;
using Box.V2.Config;

var config = new BoxConfigBuilder("id", "secret").SetEnterpriseId("123").SetBoxApiHostUri(new Uri("http://127.0.0.1:8080/")).Build();
var auth = new BoxCCGAuth(config);
var adminClient = auth.AdminClient(adminToken: await auth.AdminTokenAsync());
var userClient = auth.UserClient(await auth.UserTokenAsync("456"), "456");
var me = await userClient.UsersManager.GetCurrentUserInformationAsync();
Console.WriteLine(me.Id);
var admin = await adminClient.UsersManager.GetCurrentUserInformationAsync();
Console.WriteLine(admin.Login);
`;

const CLASSIC_JWT = `
using Box.V2.Config;
using Box.V2.JWTAuth;

using var stream = File.OpenRead("config.json");
var builder = BoxConfigBuilder.CreateFromJsonFile(stream);
var auth = new BoxJWTAuth(builder.Build());
var client = auth.AdminClient(await auth.AdminTokenAsync());
var me = await client.UsersManager.GetCurrentUserInformationAsync();
Console.WriteLine(me.Id);
`;

const CLASSIC_OAUTH = `
using Box.V2;
using Box.V2.Config;

var config = new BoxConfigBuilder("id", "secret", new Uri("http://localhost:3000/callback")).Build();
Console.WriteLine(config.AuthCodeUri);
var client = new BoxClient(config);
var session = await client.Auth.AuthenticateAsync("code");
Console.WriteLine(session.AccessToken);
var me = await client.UsersManager.GetCurrentUserInformationAsync();
Console.WriteLine(me.Id);
`;

const GEN_FLOWS = `
using Box.Sdk.Gen;

var auth = new BoxDeveloperTokenAuth(token: "token", config: new DeveloperTokenConfig { ClientId = "id", ClientSecret = "secret" });
var client = new BoxClient(auth: auth).WithAsUserHeader(userId: "5550001");
var downscoped = await auth.DownscopeTokenAsync(scopes: new[] { "item_preview" }, resource: "https://api.box.com/2.0/files/123", networkSession: client.NetworkSession);
var scopes = (downscoped.RestrictedTo ?? []).Select(entry => entry.Scope?.StringValue).Distinct();
Console.WriteLine(string.Join(" ", scopes));
var downscopedClient = new BoxClient(auth: new BoxDeveloperTokenAuth(token: downscoped.AccessTokenField!), networkSession: client.NetworkSession);
var file = await downscopedClient.Files.GetFileByIdAsync(fileId: "123");
var folder = await downscopedClient.Folders.GetFolderByIdAsync(folderId: "77");
Console.WriteLine($"{file.Id} {file.Name} {folder.Id} {folder.Name}");
await auth.RevokeTokenAsync(networkSession: client.NetworkSession);
`;

const CLASSIC_FLOWS = `
using Box.V2;
using Box.V2.Auth;
using Box.V2.CCGAuth;
using Box.V2.Config;
using Box.V2.Converter;
using Box.V2.Extensions;
using Box.V2.Request;
using Box.V2.Services;

var auth = new BoxCCGAuth(new BoxConfigBuilder("id", "secret").SetEnterpriseId("123").Build());
var client = auth.AdminClient(adminToken: await auth.AdminTokenAsync(), asUser: "5550001");
client = new BoxClient(client.Config, client.Auth, asUser: "5550001");
var exchange = new BoxRequest(client.Config.BoxApiHostUri, "oauth2/token")
    .Method(RequestMethod.Post)
    .Payload("subject_token", client.Auth.Session.AccessToken)
    .Payload("scope", "item_preview");
var reply = await new BoxService(new HttpRequestHandler()).ToResponseAsync<OAuthSession>(exchange);
var downscoped = reply.ParseResults(new BoxJsonConverter()).ResponseObject;
var downscopedClient = new BoxClient(client.Config, new OAuthSession(downscoped.AccessToken, "N/A", 3600, "bearer"));
var file = await downscopedClient.FilesManager.GetInformationAsync("123");
var folder = await downscopedClient.FoldersManager.GetInformationAsync("77");
Console.WriteLine($"{file.Id} {file.Name} {folder.Id} {folder.Name}");
await new BoxClient(client.Config, client.Auth.Session).Auth.LogoutAsync();
`;

describe('parseCSharp', () => {
  it('accepts a correct program', async () => {
    expect(await parseCSharp(GEN_DEV_TOKEN)).toEqual({ ok: true, problems: [] });
  });

  it("reports the stray paren in Box's docs sample (x_auth init_with_dev_token) with its position", async () => {
    const result = await parseCSharp(
      'using Box.Sdk.Gen;\nvar auth = new BoxDeveloperTokenAuth(token: "x");\nvar client = new BoxClient(auth: auth));\n',
    );
    expect(result.ok).toBe(false);
    expect(result.problems.join('\n')).toMatch(/^3:\d+: /m);
  });

  it("reports the docs' other double paren and the `{ EnterpriseId: ... }` initializer", async () => {
    expect((await parseCSharp('Console.WriteLine($"My user ID is {me.Id}"));')).ok).toBe(false);
    expect(
      (await parseCSharp('var c = new CcgConfig(clientId: "a", clientSecret: "b") { EnterpriseId: "1" };')).ok,
    ).toBe(false);
  });

  it('reports a missing semicolon', async () => {
    const result = await parseCSharp('var a = 1\nvar b = 2;\n');
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatch(/^\d+:\d+: /);
  });
});

describe('checkBoxApi: good programs pass', () => {
  for (const line of GEN) {
    it.each([
      ['developer token', GEN_DEV_TOKEN],
      ['CCG', GEN_CCG],
      ['JWT', GEN_JWT],
      ['OAuth', GEN_OAUTH],
      ['as-user, downscope and revoke', GEN_FLOWS],
    ])(`${line}: %s`, async (_name, code) => {
      expect(await parseCSharp(code)).toEqual({ ok: true, problems: [] });
      expect(await checkBoxApi(code, line)).toEqual([]);
    });
  }

  it.each(
    CLASSIC_LINES.flatMap(
      (line) =>
        [
          [line, 'developer token', CLASSIC_DEV_TOKEN],
          [line, 'CCG', CLASSIC_CCG],
          [line, 'JWT', CLASSIC_JWT],
          [line, 'OAuth', CLASSIC_OAUTH],
          [line, 'as-user, token exchange and revoke', CLASSIC_FLOWS],
        ] as [LineId, string, string][],
    ),
  )('%s: %s', async (line, _name, code) => {
    expect(await parseCSharp(code)).toEqual({ ok: true, problems: [] });
    expect(await checkBoxApi(code, line)).toEqual([]);
  });

  it('ignores code that names no Box type', async () => {
    const code = 'var x = Environment.GetEnvironmentVariable("X");\nConsole.WriteLine(new Uri(x!).Host.Length);\n';
    for (const line of [...GEN, ...CLASSIC_LINES]) expect(await checkBoxApi(code, line)).toEqual([]);
  });
});

describe('checkBoxApi: generated lines report wrong names', () => {
  for (const line of GEN) {
    describe(line, () => {
      it('CcgConfig has no userId constructor parameter (Authentication.md:152)', async () => {
        const problems = await checkBoxApi(
          'using Box.Sdk.Gen;\nvar c = new CcgConfig(clientId: "a", clientSecret: "b", userId: "c");\n',
          line,
        );
        expect(problems).toHaveLength(1);
        expect(problems[0]).toMatch(/^2:9: .*no parameter named `userId`/);
      });

      it("the failure helper's `as`/`is` types and ResponseInfo members are checked", async () => {
        const good =
          'using Box.Sdk.Gen;\nstatic string? Hint(Exception error)\n{\n    var body = (error as BoxApiException)?.ResponseInfo.RawBody ?? "";\n    return body == "" && error is BoxSdkException ? body : null;\n}\n';
        expect(await checkBoxApi(good, line)).toEqual([]);
        const misspelt = await checkBoxApi(
          good.replace('RawBody', 'RawBodyText').replace('is BoxSdkException', 'is BoxSdkError'),
          line,
        );
        expect(misspelt).toEqual([
          expect.stringMatching(/no member `RawBodyText`/),
          expect.stringMatching(/unknown Box type `BoxSdkError`/),
        ]);
      });

      it('WithUserSubjectAsync does not exist (Authentication.md:208)', async () => {
        const code =
          'using Box.Sdk.Gen;\nvar auth = new BoxJwtAuth(config: JwtConfig.FromConfigFile(configFilePath: "c.json"));\nawait auth.WithUserSubjectAsync("1");\n';
        const problems = await checkBoxApi(code, line);
        expect(problems).toHaveLength(1);
        expect(problems[0]).toMatch(/no member `WithUserSubjectAsync`.*did you mean `WithUserSubject`/);
      });

      it('WithEnterpriseSubjectAsync on BoxCcgAuth does not exist either', async () => {
        const code =
          'using Box.Sdk.Gen;\nvar auth = new BoxCcgAuth(config: new CcgConfig(clientId: "a", clientSecret: "b"));\nauth = await auth.WithEnterpriseSubjectAsync("1");\n';
        expect((await checkBoxApi(code, line)).join('\n')).toMatch(/no member `WithEnterpriseSubjectAsync`/);
      });

      it('awaiting the synchronous WithUserSubject is reported', async () => {
        const code =
          'using Box.Sdk.Gen;\nvar auth = new BoxCcgAuth(config: new CcgConfig(clientId: "a", clientSecret: "b"));\nvar u = await auth.WithUserSubject("1");\n';
        expect((await checkBoxApi(code, line)).join('\n')).toMatch(/`await` on BoxCcgAuth, which is not awaitable/);
      });

      it('DeveloperTokenConfig { ClientID = ... } (wrong case) is reported', async () => {
        const problems = await checkBoxApi(
          'using Box.Sdk.Gen;\nvar c = new DeveloperTokenConfig { ClientID = "x" };\n',
          line,
        );
        expect(problems).toHaveLength(1);
        expect(problems[0]).toMatch(
          /^2:36: `DeveloperTokenConfig` has no property `ClientID` \(did you mean `ClientId`\?\)/,
        );
      });

      it('get-only properties cannot be set in an initializer', async () => {
        const problems = await checkBoxApi(
          'using Box.Sdk.Gen;\nvar c = new CcgConfig(clientId: "a", clientSecret: "b") { ClientId = "x", UserId = "1" };\n',
          line,
        );
        expect(problems).toEqual([expect.stringMatching(/`CcgConfig.ClientId` cannot be set/)]);
      });

      it('GetAuthorizeUrlOptions has no constructor parameters', async () => {
        const problems = await checkBoxApi(
          'using Box.Sdk.Gen;\nvar o = new GetAuthorizeUrlOptions(redirectUri: "http://localhost");\n',
          line,
        );
        expect(problems).toEqual([expect.stringMatching(/no parameter named `redirectUri`; takes \(\)/)]);
      });

      it('a wrong named argument on a method is reported', async () => {
        const code =
          'using Box.Sdk.Gen;\nvar client = new BoxClient(auth: new BoxDeveloperTokenAuth(token: "t"));\nclient = client.WithCustomBaseUrls(baseUrl: new BaseUrls());\n';
        expect(await checkBoxApi(code, line)).toEqual([
          expect.stringMatching(/^3:10: BoxClient.WithCustomBaseUrls: no parameter named `baseUrl`/),
        ]);
      });

      it('a missing await before .Id is reported', async () => {
        const code =
          'using Box.Sdk.Gen;\nvar client = new BoxClient(auth: new BoxDeveloperTokenAuth(token: "t"));\nvar me = client.Users.GetUserMeAsync();\nConsole.WriteLine(me.Id);\n';
        expect(await checkBoxApi(code, line)).toEqual([
          expect.stringMatching(/^4:19: `Id` on an un-awaited Task<UserFull>: missing `await`\?/),
        ]);
      });

      it('classic names and namespaces are reported', async () => {
        const code =
          'using Box.V2;\nusing Box.V2.Config;\nvar b = new BoxConfigBuilder("a", "b");\nvar client = new BoxClient(auth: new BoxDeveloperTokenAuth(token: "t"));\nvar me = await client.UsersManager.GetCurrentUserInformationAsync();\n';
        const problems = (await checkBoxApi(code, line)).join('\n');
        expect(problems).toMatch(/1:1: namespace `Box.V2` does not exist/);
        expect(problems).toMatch(/2:1: namespace `Box.V2.Config` does not exist/);
        expect(problems).toMatch(
          /3:13: type `BoxConfigBuilder` does not exist in .* \(it is in box-v2-core-5, box-v2-core-6\)/,
        );
        expect(problems).toMatch(/`BoxClient` needs `using Box.Sdk.Gen;`/);
        expect(problems).toMatch(/`BoxClient` has no member `UsersManager`/);
      });
    });
  }

  it.each(GEN)('%s: the downscoped call and its results are checked', async (line) => {
    const code = GEN_FLOWS.replace('GetFileByIdAsync(fileId:', 'GetFileById(fileId:')
      .replace('{folder.Name}', '{folder.Nam}')
      .replace('RevokeTokenAsync(networkSession', 'RevokeToken(networkSession');
    const problems = await checkBoxApi(code, line);
    expect(problems).toEqual([
      expect.stringMatching(/`IFilesManager` has no member `GetFileById` \(did you mean `GetFileByIdAsync`\?\)/),
      expect.stringMatching(/`FolderFull` has no member `Nam`/),
      expect.stringMatching(
        /`BoxDeveloperTokenAuth` has no member `RevokeToken` \(did you mean `RevokeTokenAsync`\?\)/,
      ),
    ]);
  });

  it('BoxClient.WithTimeouts exists in Box.V2.Core 10 but not in Box.Sdk.Gen 1.12', async () => {
    const code =
      'using Box.Sdk.Gen;\nvar client = new BoxClient(auth: new BoxDeveloperTokenAuth(token: "t"));\nvar c2 = client.WithTimeouts(config: null!);\n';
    expect(await checkBoxApi(code, 'box-v2-core-10')).toEqual([]);
    expect(await checkBoxApi(code, 'box-sdk-gen-1')).toEqual([expect.stringMatching(/no member `WithTimeouts`/)]);
  });
});

describe('checkBoxApi: classic line reports wrong names', () => {
  const head = 'using Box.V2;\nusing Box.V2.Auth;\nusing Box.V2.Config;\n';

  it("the failure helper's exception types and members are checked", async () => {
    const good = `${head}using Box.V2.Exceptions;\nstatic bool Known(Exception error)\n{\n    var boxError = error as BoxAPIException;\n    if (boxError?.ErrorCode == "x" && boxError.ErrorDescription == "y")\n    {\n        return true;\n    }\n    return error.Message == "z" || error is BoxCodingException;\n}\n`;
    expect(await checkBoxApi(good, CLASSIC)).toEqual([]);
    const wrong = await checkBoxApi(
      good.replace('ErrorDescription', 'Description').replace('BoxCodingException', 'BoxApiException'),
      CLASSIC,
    );
    expect(wrong).toEqual([expect.stringMatching(/no member `Description`/), expect.stringMatching(/BoxApiException/)]);
  });

  it('OAuthSession parameters are snake_case and all four are required', async () => {
    const named = await checkBoxApi(
      `${head}var s = new OAuthSession(accessToken: "t", refreshToken: "r", expiresIn: 3600, tokenType: "bearer");\n`,
      CLASSIC,
    );
    expect(named).toEqual([
      expect.stringMatching(
        /no parameter named `accessToken`, `refreshToken`, `expiresIn`, `tokenType`; takes \(access_token, refresh_token, expires_in, token_type\)/,
      ),
    ]);
    expect(
      await checkBoxApi(
        `${head}var s = new OAuthSession(access_token: "t", refresh_token: "r", expires_in: 3600, token_type: "bearer");\n`,
        CLASSIC,
      ),
    ).toEqual([]);
    expect(await checkBoxApi(`${head}var s = new OAuthSession("t", "r", 3600);\n`, CLASSIC)).toEqual([
      expect.stringMatching(/no overload takes these 3 argument/),
    ]);
  });

  it('BoxConfigBuilder has no 1-argument constructor and no SetBoxApiUri in 5.x', async () => {
    const problems = await checkBoxApi(
      `${head}var b = new BoxConfigBuilder("id");\nb = b.SetBoxApiUri(new Uri("http://x/"));\n`,
      CLASSIC,
    );
    expect(problems).toEqual([
      expect.stringMatching(/^4:9: new BoxConfigBuilder/),
      expect.stringMatching(/^5:5: `BoxConfigBuilder` has no member `SetBoxApiUri`/),
    ]);
  });

  it('BoxJWTAuth.AdminClient needs a token; BoxCCGAuth.AdminClient does not', async () => {
    const jwt = `using Box.V2.JWTAuth;\n${head}var auth = new BoxJWTAuth(new BoxConfigBuilder("a", "b").Build());\nvar client = auth.AdminClient();\n`;
    expect(await checkBoxApi(jwt, CLASSIC)).toEqual([
      expect.stringMatching(/BoxJWTAuth.AdminClient: no overload takes these 0 argument/),
    ]);
    const ccg = `using Box.V2.CCGAuth;\n${head}var auth = new BoxCCGAuth(new BoxConfigBuilder("a", "b").Build());\nvar client = auth.AdminClient();\n`;
    expect(await checkBoxApi(ccg, CLASSIC)).toEqual([]);
  });

  it('BoxCCGAuth.AdminClient(token) with one positional argument is ambiguous (CS0121)', async () => {
    // AdminClient(adminToken, asUser = null, suppressNotifications = null) and
    // AdminClient(asUser = null, suppressNotifications = null) both take one string and both need
    // defaults. Box's docs/authentication.md:137 has this call; mono's mcs reports CS0121 for it.
    const code = `using Box.V2.CCGAuth;\n${head}var auth = new BoxCCGAuth(new BoxConfigBuilder("a", "b").Build());\nvar client = auth.AdminClient(await auth.AdminTokenAsync());\n`;
    expect(await checkBoxApi(code, CLASSIC)).toEqual([
      expect.stringMatching(
        /^6:14: BoxCCGAuth.AdminClient: call is ambiguous between \(adminToken, asUser\?, suppressNotifications\?\) and \(asUser\?, suppressNotifications\?\) \(CS0121\)/,
      ),
    ]);
    expect(await checkBoxApi(code.replace('AdminClient(await', 'AdminClient(adminToken: await'), CLASSIC)).toEqual([]);
  });

  it('extension methods of a request are found past its same-named properties; wrong names are reported', async () => {
    const code = CLASSIC_FLOWS.replace('.Method(RequestMethod.Post)', '.Methods(RequestMethod.Post)')
      .replace('FilesManager.GetInformationAsync', 'FilesManager.GetFileAsync')
      .replace('new BoxClient(client.Config, client.Auth, asUser:', 'new BoxClient(client.Config, client.Auth, user:');
    expect(await checkBoxApi(CLASSIC_FLOWS, CLASSIC)).toEqual([]);
    expect(await checkBoxApi(code, CLASSIC)).toEqual([
      expect.stringMatching(/no parameter named `user`/),
      expect.stringMatching(/`BoxRequest` has no member `Methods`/),
      expect.stringMatching(/`IBoxFilesManager` has no member `GetFileAsync`/),
    ]);
  });

  it('a missing using is reported', async () => {
    const problems = await checkBoxApi(
      `${head}var auth = new BoxCCGAuth(new BoxConfigBuilder("a", "b").Build());\n`,
      CLASSIC,
    );
    expect(problems).toEqual([expect.stringMatching(/`BoxCCGAuth` needs `using Box.V2.CCGAuth;`/)]);
  });

  it('builder properties have private setters; static/instance misuse is reported', async () => {
    const code = `${head}var b = new BoxConfigBuilder("a", "b") { EnterpriseId = "1" };\nvar c = b.CreateFromJsonFile(File.OpenRead("x"));\nvar d = BoxConfigBuilder.Build();\n`;
    const problems = await checkBoxApi(code, CLASSIC);
    expect(problems).toEqual([
      expect.stringMatching(/`BoxConfigBuilder.EnterpriseId` cannot be set/),
      expect.stringMatching(/`BoxConfigBuilder.CreateFromJsonFile` is static/),
      expect.stringMatching(/`BoxConfigBuilder.Build` is an instance member/),
    ]);
  });

  it('generated names and namespaces are reported', async () => {
    const code = 'using Box.Sdk.Gen;\nvar auth = new BoxDeveloperTokenAuth(token: "t");\n';
    const problems = (await checkBoxApi(code, CLASSIC)).join('\n');
    expect(problems).toMatch(/namespace `Box.Sdk.Gen` does not exist in box-v2-core-5/);
    expect(problems).toMatch(/type `BoxDeveloperTokenAuth` does not exist in box-v2-core-5/);
  });

  it('a Box type missing from the surface list is reported, not ignored', async () => {
    expect(await checkBoxApi(`${head}var x = new BoxNotAType();\n`, CLASSIC)).toEqual([
      expect.stringMatching(/unknown Box type `BoxNotAType`/),
    ]);
  });
});

describe('findConstWithRuntimeValue', () => {
  it('flags a const initialised from the environment (CS0133)', async () => {
    const problems = await findConstWithRuntimeValue('const string t = Environment.GetEnvironmentVariable("X");\n');
    expect(problems).toEqual([
      expect.stringMatching(
        /^1:14: const t = Environment.GetEnvironmentVariable\("X"\) is not a compile-time constant/,
      ),
    ]);
  });

  it('accepts literals, concatenation of literals and earlier constants', async () => {
    const code = [
      'const string t = "x";',
      'const string u = "a" + "b" + t;',
      'const int n = -1;',
      'const string v = $"{t}/2.0";',
      'class C { const string K = @"k"; }',
    ].join('\n');
    expect(await findConstWithRuntimeValue(code)).toEqual([]);
  });

  it('flags fields too, and a non-const interpolation', async () => {
    const code =
      'var host = "h";\nconst string url = $"https://{host}/";\nclass C { const string K = Environment.NewLine; }\n';
    expect(await findConstWithRuntimeValue(code)).toEqual([
      expect.stringMatching(/^2:14: const url/),
      expect.stringMatching(/^3:24: const K/),
    ]);
  });

  it('ignores non-const locals', async () => {
    expect(await findConstWithRuntimeValue('var t = Environment.GetEnvironmentVariable("X");\n')).toEqual([]);
  });
});

describe('api-surface.ts', () => {
  it('records the tag and a full commit for each line', () => {
    for (const surface of Object.values(API_SURFACE)) {
      expect(surface.tag).toMatch(/^v\d+\.\d+\.\d+$/);
      expect(surface.commit).toMatch(/^[0-9a-f]{40}$/);
    }
  });
});
