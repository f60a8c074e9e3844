// What the proof must know about each SDK package it runs, beyond what the programs print: how
// the SDK behaves where that changes what a program can explain, and the substitutions this
// machine needs (its Maven mirror lacks box-java-sdk 10.x and 5.x after 5.6.0). The versions themselves are never
// pinned here: every program runs on what its own printed install step resolves to, as a user's
// would, and the matrix names the version that was.

export interface SdkLine {
  /** `<target id> <--package value>` of the programs this line runs. */
  standsFor: string;
  /**
   * Java only: the `group:artifact:version` this machine's Maven mirror serves in place of the
   * printed coordinates, and why that proves the printed ones. Done outside the printed text
   * (relocation POMs in a Maven home of the proof's own), and shown in the matrix.
   */
  substitute?: { served: string; why: string };
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
   * module program cannot tell Box's error replies apart; only the status in its message is left.
   */
  esmErrorsLoseResponse?: true;
}

const SDKGEN_ON_5 = (printed: string) => ({
  served: 'com.box:box-java-sdk:5.6.0',
  why: `${printed} is not served by this machine's Maven mirror; 5.6.0 carries the same com.box.sdkgen packages and API`,
});

export const SDK_LINES: readonly SdkLine[] = [
  { standsFor: 'python boxsdk' },
  { standsFor: 'python box-sdk-gen' },
  { standsFor: 'python-legacy boxsdk', retriesJwtClock: true },
  { standsFor: 'python-legacy boxsdk@3', retriesJwtClock: true },
  { standsFor: 'node box-node-sdk', jwtKid: false },
  { standsFor: 'node box-typescript-sdk-gen', jwtKid: false, esmErrorsLoseResponse: true },
  { standsFor: 'node-legacy box-node-sdk' },
  { standsFor: 'node-legacy box-node-sdk@3' },
  { standsFor: 'java com.box:box-java-sdk', substitute: SDKGEN_ON_5('box-java-sdk 10.x') },
  { standsFor: 'java com.box:box-java-sdk-gen', substitute: SDKGEN_ON_5('box-java-sdk-gen 0.x') },
  {
    standsFor: 'java-legacy com.box:box-java-sdk',
    retriesJwtClock: true,
    substitute: {
      served: 'com.box:box-java-sdk:5.6.0',
      why: "box-java-sdk 5.14.1 is not served by this machine's Maven mirror; 5.6.0 is the newest 5.x it serves, with the same com.box.sdk classic API",
    },
  },
  { standsFor: 'java-legacy com.box:box-java-sdk@4', retriesJwtClock: true },
  { standsFor: 'curl curl' },
];

export function lineFor(targetId: string, packageName: string): SdkLine {
  const line = SDK_LINES.find((candidate) => candidate.standsFor === `${targetId} ${packageName}`);
  if (!line) throw new Error(`no SDK line for ${targetId} ${packageName}: add one to test/proof/sdk-lines.ts`);
  return line;
}
