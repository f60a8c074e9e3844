// `--base-url`: another API host (a proxy, a test double). Every SDK family builds its URLs by
// appending `/2.0/...` or `/oauth2/...` to it, so a trailing slash would produce `//2.0/...`.

import { BoxSnippetError } from './errors.js';

export interface BaseUrl {
  /** Scheme, host, port and path, without a trailing slash. */
  readonly url: string;
  readonly secure: boolean;
}

export function parseBaseUrl(input: string, requireHttps: boolean): BaseUrl {
  let parsed: URL;
  try {
    parsed = new URL(input);
  } catch {
    throw invalid('expected an absolute http:// or https:// URL, such as https://box-proxy.example.com');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw invalid(`expected an http:// or https:// URL, got a ${parsed.protocol} URL`);
  }
  if (parsed.username || parsed.password) throw invalid('expected a URL without a user name or password');
  if (parsed.search || parsed.hash) throw invalid('expected a URL without a query string or fragment');
  if (requireHttps && parsed.protocol !== 'https:') {
    throw invalid('this SDK accepts only https:// URLs (its HTTP client refuses cleartext connections)');
  }
  const path = parsed.pathname.replace(/\/+$/, '');
  return { url: `${parsed.protocol}//${parsed.host}${path}`, secure: parsed.protocol === 'https:' };
}

function invalid(message: string): BoxSnippetError {
  return new BoxSnippetError('INVALID_BASE_URL', (naming) => `${naming.option('baseUrl')}: ${message}`, 'baseUrl');
}
