// The Swift checker must be able to fail: each mutation below is a real kind of mistake (a renamed
// member, a wrong argument label, a JWT type the SDK does not have, a missing try or await, the
// product's name imported as a module, an error type or member the failure helper reads) and must
// be reported; the generated programs must pass.

import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/core/index.js';
import { syntaxProblems } from '../tree-sitter.js';
import { SWIFT_SURFACE } from './api-surface.js';
import { checkSwiftBoxApi } from './check-swift.js';

const devToken = generate({ target: 'swift', credentials: 'env', baseUrl: 'https://127.0.0.1:8443' }).code;
const ccg = generate({ target: 'swift', auth: 'ccg', credentials: 'env' }).code;
const oauth = generate({ target: 'swift', auth: 'oauth', credentials: 'env', baseUrl: 'https://127.0.0.1:8443' }).code;
const asUser = generate({ target: 'swift', auth: 'ccg', credentials: 'env', asUser: true, revoke: true }).code;
const downscopeFile = generate({
  target: 'swift',
  credentials: 'env',
  downscope: { scopes: ['item_preview'], resource: 'https://app.box.com/file/123' },
  revoke: true,
  baseUrl: 'https://127.0.0.1:8443',
}).code;
const downscopeFolder = generate({
  target: 'swift',
  auth: 'oauth',
  credentials: 'env',
  downscope: { scopes: ['item_preview'], resource: 'https://app.box.com/folder/77' },
}).code;

/** Replaces exactly one occurrence, so a mutation that no longer applies fails loudly. */
function mutate(code: string, from: string, to: string): string {
  expect(code.split(from).length - 1, `"${from}" occurs once`).toBe(1);
  return code.replace(from, to);
}

describe('checkSwiftBoxApi: the generated programs pass', () => {
  it.each([
    ['developer token', devToken],
    ['ccg', ccg],
    ['oauth', oauth],
    ['as-user and revoke', asUser],
    ['downscope to a file, and revoke', downscopeFile],
    ['downscope to a folder', downscopeFolder],
  ])('%s', async (_name, code) => {
    expect(await syntaxProblems('swift', code)).toEqual([]);
    expect(await checkSwiftBoxApi(code)).toEqual([]);
  });

  it('ignores code that names no Box type', async () => {
    expect(
      await checkSwiftBoxApi('import Foundation\nlet x = ProcessInfo.processInfo.environment["A"]\nprint(x ?? "")\n'),
    ).toEqual([]);
  });
});

describe('checkSwiftBoxApi: mutations are reported', () => {
  it.each([
    [
      'a renamed method',
      devToken,
      'client.users.getUserMe()',
      'client.users.getCurrentUser()',
      /`UsersManager` has no member `getCurrentUser`/,
    ],
    [
      'a renamed property',
      oauth,
      'networkSession: client.networkSession',
      'networkSession: client.session',
      /`BoxClient` has no member `session`/,
    ],
    ['a renamed user field', devToken, '\\(me.id)', '\\(me.userId)', /`UserFull` has no member `userId`/],
    [
      'a wrong initializer label',
      ccg,
      'enterpriseId: enterpriseId)',
      'enterprise: enterpriseId)',
      /CCGConfig\(clientId:clientSecret:enterprise:\): no initializer takes these labels/,
    ],
    [
      'a label in the wrong case',
      devToken,
      'BaseUrls(baseUrl:',
      'BaseUrls(baseURL:',
      /BaseUrls\(baseURL:\): no initializer/,
    ],
    [
      'a wrong method label',
      oauth,
      'authorizationCode: code',
      'code: code',
      /BoxOAuth\.getTokensAuthorizationCodeGrant\(code:networkSession:\): no overload/,
    ],
    [
      'an unlabelled argument',
      devToken,
      'BoxDeveloperTokenAuth(token: developerToken)',
      'BoxDeveloperTokenAuth(developerToken)',
      /BoxDeveloperTokenAuth\(_:\): no initializer/,
    ],
    [
      'a JWT type the Swift SDK does not have',
      ccg,
      'let auth = BoxCCGAuth(config: config)',
      'let auth = BoxJWTAuth(config: JWTConfig(jwtConfigFilePath: "config.json"))',
      /unknown Box type `BoxJWTAuth`/,
    ],
    [
      'a missing await',
      devToken,
      'try await client.users.getUserMe()',
      'try client.users.getUserMe()',
      /`UsersManager\.getUserMe` is async: call it with `await`/,
    ],
    [
      'a missing try',
      oauth,
      'try auth.getAuthorizeUrl(',
      'auth.getAuthorizeUrl(',
      /`BoxOAuth\.getAuthorizeUrl` throws: call it with `try`/,
    ],
    [
      'a property called as a method',
      devToken,
      '\\(me.id)',
      '\\(me.id())',
      /`UserFull\.id` is a property, not a method/,
    ],
    ['the product name imported as a module', devToken, 'import BoxSdkGen', 'import BoxSDK', /no module `BoxSDK`/],
    ['no import at all', devToken, 'import BoxSdkGen\n', '', /`import BoxSdkGen` is missing/],
    [
      'a renamed as-user method',
      asUser,
      'client.withAsUserHeader(userId:',
      'client.withAsUser(userId:',
      /`BoxClient` has no member `withAsUser`/,
    ],
    [
      'a missing try on revoke',
      asUser,
      'try await auth.revokeToken()',
      'await auth.revokeToken()',
      /throws: call it with `try`/,
    ],
    [
      'a wrong downscope label',
      downscopeFile,
      'resource: "https://api.box.com/2.0/files/123"',
      'item: "https://api.box.com/2.0/files/123"',
      /BoxDeveloperTokenAuth\.downscopeToken\(scopes:item:networkSession:\): no overload/,
    ],
    [
      'a renamed file method',
      downscopeFile,
      'files.getFileById(fileId:',
      'files.getFile(fileId:',
      /`FilesManager` has no member `getFile`/,
    ],
    [
      'a renamed folder field',
      downscopeFolder,
      '\\(folder.name ?? "")',
      '\\(folder.title ?? "")',
      /`FolderFull` has no member `title`/,
    ],
    // The failure helper: the error types and members it reads.
    [
      'a misspelt error type',
      ccg,
      'error is BoxNetworkError',
      'error is BoxNetworkErr',
      /unknown Box type `BoxNetworkErr`/,
    ],
    [
      'a member the SDK error does not have',
      devToken,
      'if error.message ==',
      'if error.localizedMessage ==',
      /`BoxSDKError` has no member `localizedMessage`/,
    ],
    [
      'a member the response info does not have',
      ccg,
      '.responseInfo.rawBody',
      '.responseInfo.bodyText',
      /`ResponseInfo` has no member `bodyText`/,
    ],
    [
      'a cast to a type whose members differ',
      ccg,
      '(error as? BoxAPIError)?.responseInfo',
      '(error as? BoxNetworkError)?.responseInfo',
      /`BoxNetworkError` has no member `responseInfo`/,
    ],
    [
      'a member of the caught error',
      oauth,
      '\\(error.message)',
      '\\(error.messages)',
      /`BoxSDKError` has no member `messages`/,
    ],
  ])('%s', async (_name, code, from, to, expected) => {
    const problems = await checkSwiftBoxApi(mutate(code, from, to));
    expect(
      problems.some((problem) => expected.test(problem)),
      problems.join('\n') || 'no problems reported',
    ).toBe(true);
  });
});

describe('api-surface.ts', () => {
  it('records the tag and a full commit of box-ios-sdk, and the types the templates use', () => {
    expect(SWIFT_SURFACE.tag).toBe(SWIFT_SURFACE.version);
    expect(SWIFT_SURFACE.commit).toMatch(/^[0-9a-f]{40}$/);
    for (const name of [
      'BoxClient',
      'BoxDeveloperTokenAuth',
      'BoxCCGAuth',
      'CCGConfig',
      'BoxOAuth',
      'OAuthConfig',
      'GetAuthorizeUrlOptions',
      'BaseUrls',
      'UserFull',
      'BoxSDKError',
      'BoxAPIError',
      'BoxNetworkError',
      'ResponseInfo',
    ]) {
      expect(SWIFT_SURFACE.types[name], name).toBeDefined();
    }
    // The research note's "no JWT in the Swift SDK", as the sources say it.
    expect(Object.keys(SWIFT_SURFACE.types).filter((name) => /jwt/i.test(name))).toEqual([]);
  });
});
