// What box-snippet returns: the program and everything a user needs around it.

import type { ClientOptionId } from './client-options.js';
import type { Excerpt } from './excerpt.js';
import type { AuthMethodId, EndOfLife, InstallStep, PackageStatus, SdkLine, TargetId } from './targets.js';

export const CREDENTIAL_MODES = ['literal', 'env', 'placeholder'] as const;
export type CredentialMode = (typeof CREDENTIAL_MODES)[number];

/** A package as every output names it: a Snippet, `listTargets()`, and their JSON. */
export interface PackageSummary {
  /** The value of `package` (and of `--package`) that picks this package. */
  readonly id: string;
  readonly name: string;
  readonly versionRange: string;
  readonly status: PackageStatus;
  /** Set for an end-of-life package: its date, successor and Box's migration guide. */
  readonly endOfLife?: EndOfLife;
}

export interface Snippet {
  readonly target: TargetId;
  readonly title: string;
  /** The label of the code tab Box's docs show this target's programs under, e.g. `Python v4`. */
  readonly tabLabel: string;
  readonly sdkLine: SdkLine;
  readonly package: PackageSummary;
  readonly style: string;
  readonly auth: AuthMethodId;
  /** What the program does beyond signing in (as-user, downscope, revoke), in CLIENT_OPTION_IDS order. */
  readonly clientOptions: readonly ClientOptionId[];
  readonly credentialMode: CredentialMode;
  /** Environment variables the program reads at run time (env mode), else empty. */
  readonly envVars: readonly string[];
  /** Whether the code holds a literal secret (then keep the file out of version control). */
  readonly containsSecret: boolean;
  /** Language tag for syntax highlighters and markdown fences. */
  readonly languageTag: string;
  readonly fileName: string;
  readonly install: readonly InstallStep[];
  readonly run: string;
  /**
   * `run` in Windows PowerShell: absent where `run` works there too, null where the program needs
   * a POSIX system (the Windows install step says how to get one).
   */
  readonly windowsRun?: string | null;
  /** Said where the program is saved when saving it does more than create a file (.NET). */
  readonly saveNote?: string;
  /** OAuth 2.0: what the user does in the browser and the terminal, line by line (the header comment's lines). */
  readonly signIn?: readonly string[];
  /** OAuth 2.0 with kept tokens: the file the program keeps them in, relative to where it runs. */
  readonly tokenFile?: string;
  /** The complete program. */
  readonly code: string;
  /** The lines of `code` that set up the client and make the first call, as docs show inline. */
  readonly excerpt: Excerpt;
}

/** The install steps as one block of text: commands as they are, files under the name to save them as. */
export function installAsText(install: readonly InstallStep[]): string {
  return install
    .map((step) => (step.file !== undefined ? `Save as ${step.file}:\n${step.text.replace(/\n$/, '')}` : step.text))
    .join('\n\n');
}
