// What an OAuth 2.0 program tells its user about the sign-in: the program listens for Box's
// redirect on a loopback redirect URI, and otherwise takes the code the user copies, in the way
// its run command allows. The proof runs both ways; this pins the words and when each applies.

import { describe, expect, it } from 'vitest';
import { TARGETS, generate, type GenerateOptions, type TargetId } from '../src/core/index.js';

const signIn = (options: Omit<GenerateOptions, 'auth' | 'credentials'> & { redirectUri?: string }) =>
  generate({ ...options, auth: 'oauth', credentials: 'env' } as GenerateOptions).signIn ?? [];

describe('OAuth 2.0 sign-in steps', () => {
  it.each(['http://localhost:3000/callback', 'http://127.0.0.1:8080/box', 'http://localhost/cb'])(
    '%s: the program listens there',
    (redirectUri) => {
      const lines = signIn({ target: 'python', redirectUri });
      expect(lines.join(' ')).toContain(`${redirectUri}, where the program is listening.`);
      expect(lines.join(' ')).not.toContain('code parameter');
    },
  );

  it.each([
    // Box allows cleartext only for localhost; any other redirect URI is a web app's.
    ['python', 'https://app.example.com/box/callback', "as the run command's\nfirst argument, or typed in"],
    ['python', 'http://localhost.example.com/cb', "as the run command's\nfirst argument, or typed in"],
    ['node', 'https://app.example.com/cb', "as the run command's\nfirst argument, or typed in"],
    // mvn … exec:java, dotnet run and swift run pass the program no words of the user's.
    ['java', 'https://app.example.com/cb', 'type in the\ncode parameter'],
    ['dotnet', 'https://app.example.com/cb', 'type in the\ncode parameter'],
    ['swift', 'https://app.example.com/cb', 'type in the\ncode parameter'],
  ] as const)('%s with %s: the user copies the code, as the run command allows', (target, redirectUri, words) => {
    const lines = signIn({ target: target as TargetId, redirectUri } as never);
    expect(lines.join('\n')).toContain(words);
    expect(lines.join('\n')).toContain('within 30 seconds');
    expect(lines.join('\n')).not.toContain('listening');
  });

  it('a redirect URI with quotes or backslashes is named percent-encoded, so no header comment can end early', () => {
    const lines = signIn({ target: 'python', redirectUri: 'https://app.example.com/a\\N{x}"""b' });
    expect(lines.join('\n')).toContain('https://app.example.com/a/N%7Bx%7D%22%22%22b');
    expect(lines.join('\n')).not.toMatch(/["\\]/);
  });

  it('curl: a shell script cannot listen, and says why', () => {
    const lines = signIn({ target: 'curl' });
    expect(lines).toContain('(It cannot catch the redirect itself: a shell script has no HTTP server of its own.)');
    expect(lines.join('\n')).toContain("as the run command's\nfirst argument");
  });

  it.each(TARGETS.map((target) => target.id))("%s: the program's header holds the same lines", (target) => {
    const snippet = generate({ target, auth: 'oauth', credentials: 'env' } as GenerateOptions);
    for (const line of snippet.signIn!) expect(snippet.code).toContain(line);
  });

  it('existing tokens: no browser, and the rotated refresh token said plainly', () => {
    const snippet = generate({ target: 'node', auth: 'oauth', credentials: 'env', existingTokens: true });
    expect(snippet.signIn![0]).toBe(
      'Sign-in: none in the browser. The program starts from the access and refresh token it is',
    );
    expect(snippet.signIn!.join(' ')).toContain('after a refresh the pair it was given no longer works');
    expect(snippet.envVars).toEqual(['BOX_CLIENT_ID', 'BOX_CLIENT_SECRET', 'BOX_ACCESS_TOKEN', 'BOX_REFRESH_TOKEN']);
  });

  it('a token file adds what happens to the tokens', () => {
    const snippet = generate({ target: 'python', auth: 'oauth', credentials: 'env', tokenFile: '.box-tokens.json' });
    expect(snippet.signIn!.join(' ')).toContain('Tokens: kept in .box-tokens.json (owner-only');
    expect(snippet.code.split('\n')[0]).toContain(
      "Print the signed-in Box user's ID; keep the tokens in .box-tokens.json for later runs",
    );
    // Every other auth method has no sign-in in the browser.
    expect(generate({ target: 'python', credentials: 'env' }).signIn).toBeUndefined();
  });
});
