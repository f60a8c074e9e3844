// The one place that pins the exact SDK versions the snippets are executed against. Each entry
// is a package line as the registry serves it; `standsFor` says which snippet package it proves.

export type Runtime = 'python' | 'node' | 'java' | 'shell';

// Python lines include the [jwt] extra, which the JWT programs need; the others run with it too.
export interface SdkLine {
  id: string;
  runtime: Runtime;
  /** What the installer is given: a pip requirement, an npm spec, Maven coordinates, or (shell) the commands it needs. */
  install: string;
  /** `<target id> <--package value>` of the snippets this line runs. */
  standsFor: string;
  /** Set when the line differs from the package the snippet names, and why. */
  substitute?: string;
  /** false where the SDK signs its JWT assertion without a `kid` header (the generated Node SDK). */
  jwtKid?: false;
  /**
   * The SDK answers Box's JWT `exp` error itself: it signs again with the time from the reply's
   * Date header, and retries for over a minute. A program never sees that error, so it is not a
   * case the program explains.
   */
  retriesJwtClock?: true;
  /**
   * The SDK's ES module build loses BoxApiError.responseInfo (box-typescript-sdk-gen 1.x: its
   * class fields, emitted as ES2022 fields, reset what the base constructor assigned), so an ES
   * module program cannot tell Box's error codes apart; only its message is left.
   */
  esmErrorsLoseResponse?: true;
  /** Set by the drift run: the installer resolves `install` (a range) to the newest release. */
  latest?: true;
}

const PINNED_LINES: readonly SdkLine[] = [
  { id: 'py-boxsdk-10', runtime: 'python', install: 'boxsdk[jwt]==10.18.0', standsFor: 'python boxsdk' },
  { id: 'py-box-sdk-gen-1', runtime: 'python', install: 'box-sdk-gen[jwt]==1.17.0', standsFor: 'python box-sdk-gen' },
  {
    id: 'py-boxsdk-4',
    runtime: 'python',
    install: 'boxsdk[jwt]==4.19.0',
    standsFor: 'python-legacy boxsdk',
    retriesJwtClock: true,
  },
  {
    id: 'py-boxsdk-3',
    runtime: 'python',
    install: 'boxsdk[jwt]==3.14.0',
    standsFor: 'python-legacy boxsdk@3',
    retriesJwtClock: true,
  },
  {
    id: 'node-box-node-sdk-10',
    runtime: 'node',
    install: 'box-node-sdk@10.12.0',
    standsFor: 'node box-node-sdk',
    jwtKid: false,
  },
  {
    id: 'node-box-typescript-sdk-gen-1',
    runtime: 'node',
    install: 'box-typescript-sdk-gen@1.19.1',
    standsFor: 'node box-typescript-sdk-gen',
    jwtKid: false,
    esmErrorsLoseResponse: true,
  },
  { id: 'node-box-node-sdk-4', runtime: 'node', install: 'box-node-sdk@4.15.0', standsFor: 'node-legacy box-node-sdk' },
  {
    id: 'node-box-node-sdk-3',
    runtime: 'node',
    install: 'box-node-sdk@3.8.2',
    standsFor: 'node-legacy box-node-sdk@3',
  },
  {
    id: 'java-box-java-sdk-5-gen',
    runtime: 'java',
    install: 'com.box:box-java-sdk:5.6.0',
    standsFor: 'java com.box:box-java-sdk',
    substitute:
      "box-java-sdk 10.x is not served by this machine's Maven mirror; 5.6.0 carries the same com.box.sdkgen packages and API",
  },
  {
    id: 'java-box-java-sdk-gen-0.8',
    runtime: 'java',
    install: 'com.box:box-java-sdk:5.6.0',
    standsFor: 'java com.box:box-java-sdk-gen',
    substitute:
      "box-java-sdk-gen 0.8.x is not served by this machine's Maven mirror; 5.6.0 carries the same com.box.sdkgen packages and API",
  },
  {
    id: 'java-box-java-sdk-5-classic',
    runtime: 'java',
    install: 'com.box:box-java-sdk:5.6.0',
    standsFor: 'java-legacy com.box:box-java-sdk',
    retriesJwtClock: true,
  },
  {
    id: 'java-box-java-sdk-4',
    runtime: 'java',
    install: 'com.box:box-java-sdk:4.16.4',
    standsFor: 'java-legacy com.box:box-java-sdk@4',
    retriesJwtClock: true,
  },
  // Not installed: the machine's own sh, curl and jq, as a user runs the script.
  { id: 'shell-curl', runtime: 'shell', install: 'sh curl jq', standsFor: 'curl curl' },
];

/**
 * `BOX_SNIPPET_PROOF_SDKS=latest` (what `npm run proof:latest` sets) runs every line on the newest
 * release within its pin's major instead of the pin, so a new SDK release that breaks a program
 * shows up before the pins move. The plain proof keeps the pins.
 */
export const PROOF_SDKS = process.env.BOX_SNIPPET_PROOF_SDKS === 'latest' ? 'latest' : 'pinned';

/** The pin's major as the installer's own range: `>=4,<5`, `^4`, `[4,5)`. */
export function majorRange(line: SdkLine): string {
  const range = {
    python: (spec: string) => spec.replace(/==(\d+)\.[^,;\s]*$/, (_, major) => `>=${major},<${Number(major) + 1}`),
    node: (spec: string) => spec.replace(/@(\d+)\.[^@]*$/, (_, major) => `@^${major}`),
    java: (spec: string) => spec.replace(/:(\d+)\.[^:]*$/, (_, major) => `:[${major},${Number(major) + 1})`),
    // The machine's own curl and jq: nothing to resolve.
    shell: (spec: string) => spec,
  }[line.runtime](line.install);
  if (line.runtime === 'shell') return range;
  if (range === line.install) throw new Error(`${line.id}: cannot read a major version from ${line.install}`);
  return range;
}

export const SDK_LINES: readonly SdkLine[] =
  PROOF_SDKS === 'latest'
    ? PINNED_LINES.map((line) => ({ ...line, install: majorRange(line), latest: true }))
    : PINNED_LINES;

export function lineFor(targetId: string, packageName: string): SdkLine {
  const line = SDK_LINES.find((candidate) => candidate.standsFor === `${targetId} ${packageName}`);
  if (!line)
    throw new Error(`no pinned SDK line for ${targetId} ${packageName}: add one to test/proof/sdk-versions.ts`);
  return line;
}
