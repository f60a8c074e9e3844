// What running one snapshot program exactly as printed needs: the environment for its mode, the
// values the mock must then see (the fixed fake literals, the placeholders as written, or the
// environment's values), and the JWT config file at the path the program names.

import { randomBytes } from 'node:crypto';
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  AUTH_METHOD_TABLE,
  CREDENTIAL_INPUTS,
  credentialNames,
  type CredentialName,
  type Subject,
} from '../../src/core/index.js';
import { FAKE, type SnippetCase } from '../support/cases.js';
import { authorizationCodeGrant, clientCredentialsGrant, jwtGrant, type JwtApp } from './grants.js';
import type { GrantHandler } from './mock-box-api.js';

export interface SnapshotRun {
  env: Record<string, string>;
  args: string[];
  grant: { type: string; handler: GrantHandler; issued: () => string | null } | null;
  /** The token the API call must carry when there is no grant. */
  token: string;
  /** The first variable the program needs, for the run with the environment unset. */
  firstEnvVar: string | null;
}

export async function arrangeSnapshotRun(
  testCase: SnippetCase,
  jwtApp: JwtApp,
  dir: string,
  options: { expectKid: boolean },
): Promise<SnapshotRun> {
  const method = AUTH_METHOD_TABLE[testCase.auth];
  const subjects = Object.keys(method.subjects) as Subject[];
  const subject = testCase.variant.subject ?? subjects[0] ?? null;
  const names = credentialNames(method, subject, testCase.variant.withClient ?? false);
  const value = (name: CredentialName): string =>
    testCase.mode === 'placeholder' ? CREDENTIAL_INPUTS[name].placeholder : FAKE[name];
  const env: Record<string, string> = {};
  if (testCase.mode === 'env') for (const name of names) env[CREDENTIAL_INPUTS[name].envVar] = value(name);
  if (testCase.auth === 'jwt') {
    // The program reads the config file at the path it was given, relative to where it runs.
    const configPath = join(dir, value('jwtConfigPath'));
    await mkdir(dirname(configPath), { recursive: true });
    await copyFile(jwtApp.configPath, configPath);
  }
  const app = { clientId: value('clientId'), clientSecret: value('clientSecret') };
  const subjectId = subject === 'user' ? value('userId') : value('enterpriseId');
  const code = randomBytes(16).toString('hex');
  const grant = {
    'developer-token': () => null,
    ccg: () => ({ type: 'client_credentials', ...clientCredentialsGrant(app, subject!, subjectId) }),
    jwt: () => ({
      type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      ...jwtGrant(jwtApp, subject!, subject === 'user' ? value('userId') : jwtApp.enterpriseId, options.expectKid),
    }),
    oauth: () => ({ type: 'authorization_code', ...authorizationCodeGrant(app, code) }),
  }[testCase.auth]();
  return {
    env,
    args: testCase.auth === 'oauth' ? [code] : [],
    grant,
    token: names.includes('token') ? value('token') : '',
    firstEnvVar: testCase.mode === 'env' ? CREDENTIAL_INPUTS[names[0]!].envVar : null,
  };
}
