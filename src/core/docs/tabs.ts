// Which programs a docs page shows: one tab per target that supports the auth method, with the
// target's default package and the style its docs tab shows, in the order of Box's tabs.

import { generateFromRequest, type ClientOptions, type GenerateRequest } from '../generate.js';
import { offersFlow, optionIds } from './flows.js';
import type { Subject } from '../credentials.js';
import { BoxSnippetError } from '../errors.js';
import type { Snippet } from '../snippet.js';
import { BOX_TAB_ORDER, TARGETS, findTarget, type AuthMethodId, type Target, type TargetId } from '../targets.js';

export interface TabbedSnippet {
  /** Stable id of the tab (the target id): Docusaurus syncs tabs by it. */
  readonly value: string;
  /** Box's tab label: Mintlify syncs tabs by it. */
  readonly label: string;
  readonly snippet: Snippet;
}

export interface DocsSelection {
  readonly auth: AuthMethodId;
  readonly credentials: 'placeholder' | 'env';
  /** Target ids, or every target that supports `auth` (the default). */
  readonly targets?: readonly string[] | 'all';
  /** CCG and JWT: act as the enterprise (the default) or as a user. */
  readonly subject?: Subject;
  /** What the programs do beyond signing in (as-user, downscope, revoke); only targets that can are shown. */
  readonly options?: ClientOptions;
}

export function docsTabs(selection: DocsSelection): TabbedSnippet[] {
  const targets = chooseTargets(selection);
  const byLabel = new Map<string, string>();
  for (const target of targets) {
    const other = byLabel.get(target.tab.label);
    if (other !== undefined) {
      throw new BoxSnippetError(
        'CONFLICTING_OPTIONS',
        `targets: ${other} and ${target.id} share the tab label "${target.tab.label}"; pick one`,
        'targets',
      );
    }
    byLabel.set(target.tab.label, target.id);
  }
  return targets.map((target) => ({
    value: target.id,
    label: target.tab.label,
    snippet: docsSnippet(target, selection),
  }));
}

/** The program a docs tab shows for a target: its default package, in the style of its docs tab. */
export function docsSnippet(
  target: Target,
  selection: {
    auth: AuthMethodId;
    credentials: 'placeholder' | 'env';
    subject?: Subject | undefined;
    options?: ClientOptions | undefined;
  },
): Snippet {
  return generateFromRequest({
    target: target.id as TargetId,
    // Names read from the target's own row, so they are valid for it.
    package: target.packages[0]!.name as GenerateRequest['package'],
    style: (target.tab.style ?? target.styles[0]!.id) as GenerateRequest['style'],
    auth: selection.auth,
    credentials: selection.credentials,
    ...(selection.subject === undefined ? {} : { subject: selection.subject }),
    ...selection.options,
  });
}

function chooseTargets({ auth, targets, options = {} }: DocsSelection): Target[] {
  const registry = TARGETS as readonly Target[];
  let chosen: Target[];
  if (targets === undefined || targets === 'all') {
    chosen = registry.filter((target) => offersFlow(target, auth, options));
  } else {
    chosen = [...new Set(targets)].map((id) => {
      const target = findTarget(id);
      if (!target) {
        throw new BoxSnippetError(
          'UNKNOWN_TARGET',
          `targets: unknown target "${id}"; expected all or target ids from: ${registry.map((t) => t.id).join(', ')}`,
          'targets',
        );
      }
      if (!target.authMethods.includes(auth)) {
        throw new BoxSnippetError(
          'UNSUPPORTED_AUTH',
          `targets: ${id} does not support ${auth}; it supports ${target.authMethods.join(', ')}`,
          'targets',
        );
      }
      if (!offersFlow(target, auth, options)) {
        throw new BoxSnippetError(
          'CONFLICTING_OPTIONS',
          `targets: ${id} cannot do ${optionIds(options).join(' and ')} with ${auth}`,
          'targets',
        );
      }
      return target;
    });
  }
  if (chosen.length === 0) throw new BoxSnippetError('UNSUPPORTED_AUTH', `auth: no target supports ${auth}`, 'auth');
  const rank = (target: Target) => BOX_TAB_ORDER.indexOf(target.tab.label);
  // Array.prototype.sort is stable: targets of equal rank keep registry order.
  return chosen.sort((a, b) => rank(a) - rank(b));
}
