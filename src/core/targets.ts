// The target registry: every Box SDK line box-snippet writes for, as data. Each row is written in
// its family's file (src/core/target-rows/); this module holds the row's shape and assembles the
// table. Types, CLI choices, `list` output and docs tables are all derived from this one table;
// nothing else branches on a language or an SDK line.

import type { ClientOptionId } from './client-options.js';
import type { AuthMethodId } from './credentials.js';
import type { Language } from './encoders/index.js';
import { withAuthMethods, type TargetRow } from './target-row.js';
import * as curl from './target-rows/curl.js';
import * as dotnet from './target-rows/dotnet.js';
import * as java from './target-rows/java.js';
import * as node from './target-rows/node.js';
import * as python from './target-rows/python.js';
import * as swift from './target-rows/swift.js';

export const SDK_LINES = ['gen', 'legacy'] as const;
export type SdkLine = (typeof SDK_LINES)[number];
export const PACKAGE_STATUSES = ['current', 'classic', 'deprecated', 'end-of-life'] as const;
export type PackageStatus = (typeof PACKAGE_STATUSES)[number];

/**
 * One printed step before the program runs, in order, done in an empty folder: a command to run,
 * or (with `file`) a file to save there. The proof runs these exactly as printed.
 */
export interface InstallStep {
  /** Tool the step is for, e.g. `pip`, `npm`, `maven`, `dotnet`. */
  readonly tool: string;
  /** The command to run, or the whole content of the file to save. */
  readonly text: string;
  /** Language tag for showing `text` in a fenced block. */
  readonly languageTag: string;
  /** Set when the step is a file to save: its path in the folder. */
  readonly file?: string;
  /** The package requirement the step installs, in its package manager's own syntax. */
  readonly requirement?: string;
  /**
   * Installs system tools with this platform's package manager; consecutive system steps are
   * alternatives, one per platform, not a sequence.
   */
  readonly system?: PlatformId;
  /** The same command in Windows PowerShell, where it differs (a path, `&&`). */
  readonly windows?: string;
}

/** The platforms install steps name, as docs label them. */
export const PLATFORMS = {
  debian: 'Debian/Ubuntu',
  macos: 'macOS',
  windows: 'Windows (PowerShell)',
} as const;
export type PlatformId = keyof typeof PLATFORMS;
/** The label of the steps that are the same on macOS and Linux, beside their Windows variant. */
export const POSIX_PLATFORMS = 'macOS and Linux';

export interface PackageLine {
  /** The package's registry name; also the value of `--package`. */
  readonly name: string;
  /** The major version range the templates are written for. */
  readonly versionRange: string;
  readonly status: PackageStatus;
  readonly install: readonly InstallStep[];
  /** Where an auth method needs more than `install` (Python's JWT extra). */
  readonly installByAuth?: Partial<Record<AuthMethodId, readonly InstallStep[]>>;
  /** Where a client option needs more than `install` (curl's jq, to read a token reply). */
  readonly installByOption?: Partial<Record<ClientOptionId, readonly InstallStep[]>>;
  /** What the program imports: module, package or namespace. */
  readonly importName: string;
  /** Why a user would pick this package (shown by `list`). */
  readonly note: string;
  /**
   * The value of `--package` where another row of the same target has the same name (a classic
   * line's end-of-life major, e.g. `boxsdk@3`); otherwise the name is the value.
   */
  readonly id?: string;
  /** For an end-of-life package: what the version table in its successor's README says. */
  readonly endOfLife?: EndOfLife;
  /**
   * Node classic: plain Node sees the package as `{ default: BoxSDK }`, from `require()` and from
   * an ES module `import` alike, since its "import" entry is CommonJS too (box-node-sdk 4.x).
   * TypeScript's interop unwraps it; the JavaScript programs take `.default`.
   */
  readonly defaultWrapped?: boolean;
}

export interface EndOfLife {
  /** The EOL date of Box's version table, as the table writes it. */
  readonly date: string;
  /** The id of the row of the same target that replaces this one. */
  readonly successor: string;
  /** Box's migration guide for the move, named as in the package's migration-guides folder. */
  readonly guide: { readonly title: string; readonly url: string };
}

export { packageId } from './target-row.js';

export interface ModuleStyle {
  readonly id: string;
  readonly language: Language;
  /** Language tag for syntax highlighters (markdown fences). */
  readonly languageTag: string;
  readonly fileName: string;
  /** The command that runs the saved program, from the folder the install steps were run in. */
  readonly run: string;
  /**
   * The command in Windows PowerShell: absent where `run` works there too, null where the
   * program needs a POSIX system (its Windows install step says how to get one).
   */
  readonly windowsRun?: string | null;
  /** Said where the program is saved, when saving it does more than create a file. */
  readonly saveNote?: string;
  /** Extra install steps this style needs on top of the package's own. */
  readonly extraInstall: readonly InstallStep[];
  /** Prettier parser for formatting the output, or null where templates are pre-formatted. */
  readonly prettierParser: 'babel' | 'typescript' | null;
  /** Node only: top-level await in an ES module instead of an async main(). */
  readonly esModule: boolean;
  readonly typeScript: boolean;
  /** Java: the public class has the file's name, so a file name given must be a class name. */
  readonly classNamedAfterFile?: boolean;
  /** False where the run command cannot pass the program arguments (`mvn … exec:java` takes words as goals). */
  readonly takesArguments?: false;
}

/** The code tab Box's docs (Mintlify) show for a target's default package. */
export interface DocsTab {
  /** The tab label exactly as Box's pages write it, e.g. `Python v10`, `Node v4`. */
  readonly label: (typeof BOX_TAB_ORDER)[number];
  /** The module style the tab shows; defaults to the target's first style. */
  readonly style?: string;
}

export interface Target {
  readonly id: string;
  readonly family: Family;
  readonly title: string;
  readonly tab: DocsTab;
  readonly line: SdkLine;
  /** Folder under templates/ holding this target's templates. */
  readonly templateDir: string;
  /** First entry is the default. */
  readonly packages: readonly PackageLine[];
  /** First entry is the default. */
  readonly styles: readonly ModuleStyle[];
  /**
   * Every auth method but those in `unsupportedAuth`, in AUTH_METHODS order (derived: a new auth
   * method reaches every target that does not say why it cannot have it).
   */
  readonly authMethods: readonly AuthMethodId[];
  /** Auth methods the target cannot offer, and why: the usage error says so and names the alternatives. */
  readonly unsupportedAuth?: Partial<Record<AuthMethodId, string>>;
  /** Client options (as-user, downscope, revoke) the target cannot offer, and why. */
  readonly unsupportedClientOptions?: Partial<Record<ClientOptionId, string>>;
  /** False where a Developer Token program has no use for the optional client ID and secret. */
  readonly takesOptionalCredentials?: boolean;
  /** The SDK's HTTP client refuses cleartext connections: `--base-url` must be https://. */
  readonly httpsBaseUrlOnly?: boolean;
  /**
   * Why the OAuth 2.0 program cannot catch Box's redirect on a localhost redirect URI, where it
   * cannot: the user copies the code instead.
   */
  readonly noRedirectListener?: string;
}

/**
 * Box's tab labels in the order its pages show them: cURL, the v10 SDKs, then the classic lines
 * (69 of Box's 129 code groups with five or more of these labels show exactly this order; none
 * puts Java v10 before Swift v10). Docs outputs order their tabs by this list; every target's tab
 * label must be in it.
 */
export const BOX_TAB_ORDER = [
  'cURL',
  'Node/TypeScript v10',
  'Python v10',
  '.NET v10',
  'Swift v10',
  'Java v10',
  'Java v5',
  'Python v4',
  '.NET v6',
  'Node v4',
] as const;

export const FAMILIES = ['python', 'node', 'java', 'dotnet', 'curl', 'swift'] as const;
export type Family = (typeof FAMILIES)[number];

// The auth methods are rows of their own table (credentials.ts); re-exported here, where the
// targets that offer them are.
export { AUTH_METHODS, type AuthMethodId } from './credentials.js';

export { DOTNET_FRAMEWORK } from './target-rows/dotnet.js';
export { pomXml } from './target-rows/java.js';

/** Every target as written in its family's file (src/core/target-rows/), in the order `list` shows them. */
const TARGET_ROWS = [
  ...python.ROWS,
  ...node.ROWS,
  ...java.ROWS,
  ...dotnet.ROWS,
  ...curl.ROWS,
  ...swift.ROWS,
] as const satisfies readonly TargetRow[];

export const TARGETS: readonly ReturnType<typeof withAuthMethods<(typeof TARGET_ROWS)[number]>>[] =
  TARGET_ROWS.map(withAuthMethods);

export type TargetId = (typeof TARGET_ROWS)[number]['id'];
/** The values of `--package` for a target: each row's `id`, or its name where it has none. */
export type PackageName<T extends TargetId> = PackageIdOf<
  Extract<(typeof TARGET_ROWS)[number], { id: T }>['packages'][number]
>;
type PackageIdOf<P> = P extends { readonly id: infer Id } ? Id : P extends { readonly name: infer Name } ? Name : never;
export type StyleId<T extends TargetId> = Extract<(typeof TARGET_ROWS)[number], { id: T }>['styles'][number]['id'];

export const TARGET_IDS = TARGET_ROWS.map((target) => target.id) as readonly TargetId[];

export function findTarget(id: string): Target | undefined {
  return (TARGETS as readonly Target[]).find((target) => target.id === id);
}

/** What users type after `--lang`, mapped to a target family and, for Node, a module style. */
export const LANGUAGE_ALIASES: Readonly<Record<string, { family: Family; style?: string }>> = {
  python: { family: 'python' },
  py: { family: 'python' },
  node: { family: 'node' },
  nodejs: { family: 'node' },
  js: { family: 'node', style: 'cjs' },
  javascript: { family: 'node', style: 'cjs' },
  mjs: { family: 'node', style: 'esm' },
  esm: { family: 'node', style: 'esm' },
  ts: { family: 'node', style: 'ts' },
  typescript: { family: 'node', style: 'ts' },
  java: { family: 'java' },
  dotnet: { family: 'dotnet' },
  '.net': { family: 'dotnet' },
  net: { family: 'dotnet' },
  csharp: { family: 'dotnet' },
  cs: { family: 'dotnet' },
  'c#': { family: 'dotnet' },
  curl: { family: 'curl' },
  sh: { family: 'curl' },
  shell: { family: 'curl' },
  bash: { family: 'curl' },
  swift: { family: 'swift' },
};
