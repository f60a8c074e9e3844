// The options of a `box-snippet` fenced block in a docs page, from its meta (`auth=ccg
// targets=python,node`) and its body (one `key: value` a line). Every mistake names the option
// and the line it is on, so a page never builds without its sample unnoticed.

import type { ClientOptions } from '../generate.js';
import { AUTH_METHODS, type AuthMethodId } from '../targets.js';
import { DOCS_FLAVOURS, type DocsFlavour } from './flavours.js';
import { DOCS_FLOWS } from './flows.js';

export interface BlockOptions {
  readonly auth: AuthMethodId;
  /** From `flow=<page>` (DOCS_FLOWS): what the programs do beyond signing in. */
  readonly options: ClientOptions;
  readonly credentials: 'placeholder' | 'env';
  readonly targets: readonly string[] | 'all';
  readonly flavour: DocsFlavour | undefined;
}

export class BlockOptionError extends Error {
  /** The option the mistake is about, or undefined for a line that is no option at all. */
  readonly option: string | undefined;
  /** Lines after the fence's opening line: 0 for the meta, 1 for the body's first line. */
  readonly lineOffset: number;

  constructor(message: string, option: string | undefined, lineOffset: number) {
    super(message);
    this.name = 'BlockOptionError';
    this.option = option;
    this.lineOffset = lineOffset;
  }
}

const CREDENTIAL_MODES = ['placeholder', 'env'] as const;
const KEYS = ['auth', 'flow', 'credentials', 'targets', 'flavour'] as const;
type Key = (typeof KEYS)[number];
const ALIASES: Readonly<Record<string, Key>> = { flavor: 'flavour', target: 'targets' };

export function parseBlockOptions(meta: string | null | undefined, body: string): BlockOptions {
  const values = new Map<Key, { value: string; lineOffset: number }>();
  const set = (rawKey: string, value: string, lineOffset: number) => {
    const key = (KEYS as readonly string[]).includes(rawKey) ? (rawKey as Key) : ALIASES[rawKey];
    if (key === undefined)
      throw new BlockOptionError(`unknown option "${rawKey}"; the options are ${KEYS.join(', ')}`, rawKey, lineOffset);
    if (values.has(key)) throw new BlockOptionError(`option "${key}" is given twice`, key, lineOffset);
    if (value === '') throw new BlockOptionError(`option "${key}" has no value`, key, lineOffset);
    values.set(key, { value, lineOffset });
  };
  for (const word of (meta ?? '').split(/\s+/).filter(Boolean)) {
    const match = /^([A-Za-z-]+)=(.*)$/.exec(word);
    if (!match) throw new BlockOptionError(`"${word}" in the fence's meta is not key=value`, undefined, 0);
    set(match[1]!, match[2]!, 0);
  }
  body.split(/\r?\n/).forEach((line, index) => {
    const text = line.trim();
    if (text === '' || text.startsWith('#')) return;
    const match = /^([A-Za-z-]+)\s*[:=]\s*(.*)$/.exec(text);
    if (!match) throw new BlockOptionError(`"${text}" is not "key: value"`, undefined, index + 1);
    set(match[1]!, match[2]!.trim(), index + 1);
  });
  const pick = <T extends string>(key: Key, choices: readonly T[]): T | undefined => {
    const entry = values.get(key);
    if (entry === undefined) return undefined;
    if (!(choices as readonly string[]).includes(entry.value)) {
      throw new BlockOptionError(
        `option "${key}": expected one of ${choices.join(', ')}; got "${entry.value}"`,
        key,
        entry.lineOffset,
      );
    }
    return entry.value as T;
  };
  const targets = values.get('targets');
  const flowId = pick(
    'flow',
    DOCS_FLOWS.map((flow) => flow.id),
  );
  const flow = DOCS_FLOWS.find((candidate) => candidate.id === flowId);
  if (flow !== undefined && values.has('auth')) {
    throw new BlockOptionError(
      `options "auth" and "flow": give one; flow=${flow.id} is ${flow.auth} auth`,
      'auth',
      values.get('auth')!.lineOffset,
    );
  }
  return {
    auth: flow?.auth ?? pick('auth', AUTH_METHODS) ?? 'developer-token',
    options: flow?.options ?? {},
    credentials: pick('credentials', CREDENTIAL_MODES) ?? 'placeholder',
    targets:
      targets === undefined || targets.value === 'all'
        ? 'all'
        : targets.value
            .split(',')
            .map((id) => id.trim())
            .filter(Boolean),
    flavour: pick('flavour', DOCS_FLAVOURS),
  };
}

/** Where the `targets` option sits, for errors the registry raises about one of its ids. */
export function optionLineOffset(meta: string | null | undefined, body: string, key: Key): number {
  if (new RegExp(`(^|\\s)${key}=`).test(meta ?? '')) return 0;
  const index = body.split(/\r?\n/).findIndex((line) => new RegExp(`^\\s*${key}\\s*[:=]`).test(line));
  return index === -1 ? 0 : index + 1;
}
