// Local runs may reuse an install folder from an earlier run instead of running its steps again,
// when that is the folder the steps would make now: the same step text, set up less than a day
// ago, and the SDK's requirement still resolving to the release the folder holds (asked of the
// registry, as the install step would). A new SDK release, a changed template or pin, or a day
// passing installs afresh. CI never reuses: it runs every install text verbatim.

import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const REUSE_FOR_MS = 24 * 60 * 60 * 1000;
/** What the marker's fields mean; a folder set up by an older proof (its classpaths read otherwise) is set up again. */
export const MARKER_FORMAT = 2;

export interface InstallMarker {
  format?: number;
  steps: string;
  resolved: string;
  at: number;
  compileClasspath?: string;
  runtimeClasspath?: string;
}

export async function readMarker(path: string): Promise<InstallMarker | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as InstallMarker;
  } catch {
    return null;
  }
}

export async function writeMarker(path: string, marker: InstallMarker): Promise<void> {
  await writeFile(path, `${JSON.stringify(marker, null, 2)}\n`);
}

/**
 * The release the requirement resolves to today, as `<name> <version>` (the form the matrix
 * notes use), or null when the registry cannot say: then the folder is installed afresh.
 * Python: `pip index versions` filtered by the `>=a,<b` range Box's steps print; npm: `npm view`.
 * Java's printed coordinates and cURL name no range, so the step text alone decides.
 */
export async function currentRelease(
  runtime: 'python' | 'node' | 'java' | 'shell',
  name: string,
  requirement: string | undefined,
  env: Record<string, string>,
): Promise<string | null> {
  try {
    if (runtime === 'python' && requirement) {
      const range = /(?:\[[^\]]*\])?>=([\d.]+),<([\d.]+)$/.exec(requirement);
      if (!range) return null;
      const { stdout } = await run('python3', ['-m', 'pip', 'index', 'versions', name], { env });
      const listed = /Available versions: (.*)/.exec(stdout)?.[1]?.split(', ') ?? [];
      const inRange = listed.filter(
        (version) =>
          /^\d+(\.\d+)*$/.test(version) &&
          compareVersions(version, range[1]!) >= 0 &&
          compareVersions(version, range[2]!) < 0,
      );
      return inRange.length > 0 ? `${name} ${inRange.sort(compareVersions).at(-1)}` : null;
    }
    if (runtime === 'node' && requirement) {
      const { stdout } = await run('npm', ['view', requirement, 'version', '--json'], { env });
      // npm lists them in publish order, not by version: a patch to an older line comes last.
      const listed = [JSON.parse(stdout) as string | string[]].flat();
      const newest = listed
        .filter((version) => /^\d+(\.\d+)*$/.test(version))
        .sort(compareVersions)
        .at(-1);
      return newest === undefined ? null : `${name} ${newest}`;
    }
    return runtime === 'java' || runtime === 'shell' ? 'fixed by the step text' : null;
  } catch {
    return null;
  }
}

function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
