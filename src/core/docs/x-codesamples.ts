// `build --format x-codesamples`: an OpenAPI Overlay 1.0 document that adds box-snippet's
// programs to Box's operations as `x-codeSamples` entries, with the `lang` values Box's docs
// build uses. Each action updates the operation object, so its `x-codeSamples` array grows
// (overlay tools append arrays) and Box's own one-line samples stay; the label differs from
// Box's (the operation summary), so a reader picks between the two.

import { docsSnippet } from './tabs.js';
import { findTarget, type AuthMethodId } from '../targets.js';
import type { Subject } from '../credentials.js';
import { AUTH_METHOD_TABLE } from '../credentials.js';
import { BOX_SAMPLE_SOURCES, CURRENT_USER_OPERATION } from './box-sources.js';

/** The operations the overlay adds to, and the programs each gets. */
export const X_CODE_SAMPLE_OPERATIONS: readonly {
  readonly method: 'get' | 'post';
  readonly path: string;
  readonly operationId: string;
  readonly flows: readonly { readonly auth: AuthMethodId; readonly subject?: Subject }[];
}[] = [
  { ...CURRENT_USER_OPERATION, flows: [{ auth: 'developer-token' }] },
  { method: 'get', path: '/authorize', operationId: 'get_authorize', flows: [{ auth: 'oauth' }] },
  {
    method: 'post',
    path: '/oauth2/token',
    operationId: 'post_oauth2_token',
    flows: [{ auth: 'ccg', subject: 'enterprise' }, { auth: 'jwt', subject: 'enterprise' }, { auth: 'oauth' }],
  },
];

export interface CodeSample {
  readonly lang: string;
  readonly label: string;
  readonly source: string;
}

/** The overlay document; the programs are prettier-clean as the core writes them (placeholders, env). */
export function xCodeSamplesOverlay(credentials: 'placeholder' | 'env', excerpt: boolean): object {
  const actions = X_CODE_SAMPLE_OPERATIONS.map((operation) => {
    const samples: CodeSample[] = operation.flows.flatMap((flow) =>
      BOX_SAMPLE_SOURCES.flatMap((source) => {
        const target = findTarget(source.target)!;
        if (!(target.authMethods as readonly string[]).includes(flow.auth)) return [];
        const snippet = docsSnippet(target, { ...flow, credentials });
        const text = excerpt ? snippet.excerpt.code : snippet.code;
        return [{ lang: source.lang, label: sampleLabel(flow.auth, excerpt), source: text.replace(/\n$/, '') }];
      }),
    );
    return {
      target: `$.paths['${operation.path}'].${operation.method}`,
      description: `${operation.operationId}: box-snippet ${excerpt ? 'client set-up samples' : 'complete programs'}`,
      update: { 'x-codeSamples': samples },
    };
  });
  return {
    overlay: '1.0.0',
    info: { title: 'box-snippet x-codeSamples for the Box Platform API', version: '1.0.0' },
    actions,
  };
}

/** Unlike Box's labels (the operation summary), it names the auth method and what the sample is. */
export function sampleLabel(auth: AuthMethodId, excerpt: boolean): string {
  return `${AUTH_METHOD_TABLE[auth].title}: ${excerpt ? 'client set-up' : 'complete program'}`;
}
