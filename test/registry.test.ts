// The registry's own consistency: what the CLI, the docs build and the tests rely on it to hold.

import { describe, expect, it } from 'vitest';
import { BOX_TAB_ORDER, TARGETS, packageId, type Target } from '../src/core/index.js';

const targets = TARGETS as readonly Target[];

describe('target registry', () => {
  it.each(targets.map((target) => [target.id, target] as const))(
    '%s: --package values are unique, and name the row',
    (_id, target) => {
      const ids = target.packages.map(packageId);
      expect(new Set(ids).size).toBe(ids.length);
      for (const pkg of target.packages) if (pkg.id !== undefined) expect(pkg.id.startsWith(`${pkg.name}@`)).toBe(true);
    },
  );

  it.each(targets.map((target) => [target.id, target] as const))(
    '%s: the default package is supported; each end-of-life one names a supported successor',
    (_id, target) => {
      expect(target.packages[0]!.status).not.toBe('end-of-life');
      expect(BOX_TAB_ORDER).toContain(target.tab.label);
      for (const pkg of target.packages) {
        expect(pkg.endOfLife !== undefined, `${packageId(pkg)}: end-of-life status and data go together`).toBe(
          pkg.status === 'end-of-life',
        );
        if (pkg.endOfLife === undefined) continue;
        const successor = target.packages.find((candidate) => packageId(candidate) === pkg.endOfLife!.successor);
        expect(successor?.status, `${packageId(pkg)} → ${pkg.endOfLife.successor}`).toBe('classic');
        expect(pkg.endOfLife.guide.url).toMatch(
          /^https:\/\/github\.com\/box\/[\w-]+\/blob\/[\w.-]+\/migration-guides\/[\w.-]+\.md$/,
        );
      }
    },
  );

  it('--sdk legacy defaults to the combined classic lines Box labels Python v4, Node v4, Java v5 and .NET v6', () => {
    const classic = targets.filter((target) => target.line === 'legacy');
    expect(
      classic.map((target) => `${target.tab.label}: ${target.packages[0]!.name} ${target.packages[0]!.versionRange}`),
    ).toEqual([
      'Python v4: boxsdk 4.x',
      'Node v4: box-node-sdk 4.x',
      'Java v5: com.box:box-java-sdk 5.x',
      '.NET v6: Box.V2.Core 6.x',
    ]);
  });
});
