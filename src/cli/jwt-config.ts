// `--jwt-config`: the program reads the file at run time, but the CLI checks now that it is the
// JSON the Box Developer Console downloads, naming any missing field. It never prints a value
// from the file: the private key, its passphrase and the client secret are in there.

import { readFile } from 'node:fs/promises';
import { BoxSnippetError } from '../core/index.js';

const REQUIRED_FIELDS = [
  ['boxAppSettings', 'clientID'],
  ['boxAppSettings', 'clientSecret'],
  ['boxAppSettings', 'appAuth', 'publicKeyID'],
  ['boxAppSettings', 'appAuth', 'privateKey'],
  ['boxAppSettings', 'appAuth', 'passphrase'],
  ['enterpriseID'],
] as const;

export async function checkJwtConfigFile(path: string): Promise<void> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (code ?? 'cannot be read');
    throw invalid(`cannot read ${path}: ${why}`);
  }
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch {
    throw invalid(`${path} is not JSON; expected the config file the Box Developer Console downloads`);
  }
  for (const field of REQUIRED_FIELDS) {
    let value: unknown = config;
    for (const key of field)
      value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    if (typeof value !== 'string' || value.length === 0) {
      throw invalid(`${path} has no ${field.join('.')}; expected the config file the Box Developer Console downloads`);
    }
  }
}

function invalid(message: string): BoxSnippetError {
  return new BoxSnippetError('INVALID_CREDENTIAL', `--jwt-config: ${message}`, '--jwt-config');
}
