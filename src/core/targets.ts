// The target registry: every Box SDK line box-snippet writes for, as data. Types, CLI choices,
// `list` output and docs tables are all derived from this one table; nothing else branches on
// a language or an SDK line.

import type { Language } from './encoders/index.js';

export type SdkLine = 'gen' | 'legacy';
export type PackageStatus = 'current' | 'classic' | 'deprecated' | 'end-of-life';

export interface InstallStep {
  /** Tool the step is for, e.g. `pip`, `npm`, `maven`, `gradle`, `dotnet`. */
  readonly tool: string;
  /** Exactly what to run or paste. */
  readonly text: string;
  /** Language tag for showing `text` in a fenced block. */
  readonly languageTag: string;
}

export interface PackageLine {
  /** The package's registry name; also the value of `--package`. */
  readonly name: string;
  /** The major version range the templates are written for. */
  readonly versionRange: string;
  readonly status: PackageStatus;
  readonly install: readonly InstallStep[];
  /** Where an auth method needs more than `install` (Python's JWT extra). */
  readonly installByAuth?: Partial<Record<AuthMethodId, readonly InstallStep[]>>;
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

/** The value of `--package` that picks this row of its target. */
export function packageId(pkg: PackageLine): string {
  return pkg.id ?? pkg.name;
}

export interface ModuleStyle {
  readonly id: string;
  readonly language: Language;
  /** Language tag for syntax highlighters (markdown fences). */
  readonly languageTag: string;
  readonly fileName: string;
  readonly run: string;
  /** Extra install steps this style needs on top of the package's own. */
  readonly extraInstall: readonly InstallStep[];
  /** Prettier parser for formatting the output, or null where templates are pre-formatted. */
  readonly prettierParser: 'babel' | 'typescript' | null;
  /** Node only: top-level await in an ES module instead of an async main(). */
  readonly esModule: boolean;
  readonly typeScript: boolean;
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
  readonly authMethods: readonly AuthMethodId[];
}

/**
 * Box's tab labels in the order its pages show them: cURL, the v10 SDKs, then the classic lines.
 * Docs outputs order their tabs by this list; every target's tab label must be in it.
 */
export const BOX_TAB_ORDER = [
  'cURL',
  'Node/TypeScript v10',
  'Python v10',
  '.NET v10',
  'Java v10',
  'Swift v10',
  'Node v4',
  'Python v4',
  'Java v5',
  '.NET v6',
] as const;

export const FAMILIES = ['python', 'node', 'java', 'dotnet'] as const;
export type Family = (typeof FAMILIES)[number];

export const AUTH_METHODS = ['developer-token', 'ccg', 'jwt', 'oauth'] as const;
export type AuthMethodId = (typeof AUTH_METHODS)[number];

const pip = (spec: string): InstallStep => ({ tool: 'pip', text: `pip install "${spec}"`, languageTag: 'sh' });
const npm = (spec: string): InstallStep => ({ tool: 'npm', text: `npm install ${spec}`, languageTag: 'sh' });
const maven = (coordinates: string): InstallStep => {
  const [groupId, artifactId, version] = coordinates.split(':');
  return {
    tool: 'maven',
    text: `<dependency>\n  <groupId>${groupId}</groupId>\n  <artifactId>${artifactId}</artifactId>\n  <version>${version}</version>\n</dependency>`,
    languageTag: 'xml',
  };
};
const gradle = (coordinates: string): InstallStep => ({
  tool: 'gradle',
  text: `implementation "${coordinates}"`,
  languageTag: 'groovy',
});
const nuget = (name: string, version: string): InstallStep => ({
  tool: 'dotnet',
  text: `dotnet new console --framework net8.0 && dotnet add package ${name} --version ${version}`,
  languageTag: 'sh',
});

const PYTHON_SCRIPT = {
  id: 'script',
  language: 'python',
  languageTag: 'python',
  fileName: 'get_current_user.py',
  run: 'python3 get_current_user.py',
  extraInstall: [],
  prettierParser: null,
  esModule: false,
  typeScript: false,
} as const satisfies ModuleStyle;

const NODE_STYLES = [
  {
    id: 'cjs',
    language: 'javascript',
    languageTag: 'javascript',
    fileName: 'get-current-user.js',
    run: 'node get-current-user.js',
    extraInstall: [],
    prettierParser: 'babel',
    esModule: false,
    typeScript: false,
  },
  {
    id: 'esm',
    language: 'javascript',
    languageTag: 'javascript',
    fileName: 'get-current-user.mjs',
    run: 'node get-current-user.mjs',
    extraInstall: [],
    prettierParser: 'babel',
    esModule: true,
    typeScript: false,
  },
  {
    id: 'ts',
    language: 'typescript',
    languageTag: 'typescript',
    fileName: 'get-current-user.ts',
    run: 'npx tsx get-current-user.ts',
    extraInstall: [{ tool: 'npm', text: 'npm install --save-dev typescript tsx @types/node', languageTag: 'sh' }],
    prettierParser: 'typescript',
    esModule: false,
    typeScript: true,
  },
] as const satisfies readonly ModuleStyle[];

const JAVA_CLASS = {
  id: 'class',
  language: 'java',
  languageTag: 'java',
  fileName: 'GetCurrentUser.java',
  run: 'mvn -q compile exec:java -Dexec.mainClass=GetCurrentUser',
  extraInstall: [],
  prettierParser: null,
  esModule: false,
  typeScript: false,
} as const satisfies ModuleStyle;

const CSHARP_TOP_LEVEL = {
  id: 'top-level',
  language: 'csharp',
  languageTag: 'csharp',
  fileName: 'Program.cs',
  run: 'dotnet run',
  extraInstall: [],
  prettierParser: null,
  esModule: false,
  typeScript: false,
} as const satisfies ModuleStyle;

export const TARGETS = [
  {
    id: 'python',
    family: 'python',
    title: 'Python, generated SDK',
    tab: { label: 'Python v10' },
    line: 'gen',
    templateDir: 'python',
    packages: [
      {
        name: 'boxsdk',
        versionRange: '10.x',
        status: 'current',
        install: [pip('boxsdk>=10,<11')],
        installByAuth: { jwt: [pip('boxsdk[jwt]>=10,<11')] },
        importName: 'box_sdk_gen',
        note: 'The current Box Python SDK.',
      },
      {
        name: 'box-sdk-gen',
        versionRange: '1.x',
        status: 'deprecated',
        install: [pip('box-sdk-gen>=1,<2')],
        installByAuth: { jwt: [pip('box-sdk-gen[jwt]>=1,<2')] },
        importName: 'box_sdk_gen',
        note: 'Standalone generated SDK; replaced by boxsdk 10.x (same module, same API).',
      },
    ],
    styles: [PYTHON_SCRIPT],
    authMethods: ['developer-token', 'ccg', 'jwt', 'oauth'],
  },
  {
    id: 'python-legacy',
    family: 'python',
    title: 'Python, classic SDK',
    tab: { label: 'Python v4' },
    line: 'legacy',
    templateDir: 'python-legacy',
    packages: [
      {
        name: 'boxsdk',
        versionRange: '4.x',
        status: 'classic',
        // 4.x's `boxsdk/__init__` imports its JWT module, which needs the [jwt] extra's
        // `cryptography`: without the extra, `import boxsdk` fails whatever the auth method.
        install: [pip('boxsdk[jwt]>=4,<5')],
        importName: 'boxsdk',
        note: 'Classic API (module boxsdk) in the combined 4.x, which also ships box_sdk_gen; fixes only, end of support in 2027.',
      },
      {
        name: 'boxsdk',
        id: 'boxsdk@3',
        versionRange: '3.x',
        status: 'end-of-life',
        install: [pip('boxsdk>=3,<4')],
        installByAuth: { jwt: [pip('boxsdk[jwt]>=3,<4')] },
        importName: 'boxsdk',
        note: 'Classic SDK 3.x, end of life since 23 Oct 2025; 4.x runs the same code.',
        endOfLife: {
          date: '23 Oct 2025',
          successor: 'boxsdk',
          guide: {
            title: 'Migration guide from v3 to v4 of the Box Python SDK',
            url: 'https://github.com/box/box-python-sdk/blob/combined-sdk/migration-guides/from-v3-to-v4.md',
          },
        },
      },
    ],
    styles: [PYTHON_SCRIPT],
    authMethods: ['developer-token', 'ccg', 'jwt', 'oauth'],
  },
  {
    id: 'node',
    family: 'node',
    title: 'Node.js / TypeScript, generated SDK',
    tab: { label: 'Node/TypeScript v10', style: 'ts' },
    line: 'gen',
    templateDir: 'node',
    packages: [
      {
        name: 'box-node-sdk',
        versionRange: '10.x',
        status: 'current',
        install: [npm('box-node-sdk@^10')],
        importName: 'box-node-sdk',
        note: 'The current Box Node.js/TypeScript SDK.',
      },
      {
        name: 'box-typescript-sdk-gen',
        versionRange: '1.x',
        status: 'deprecated',
        install: [npm('box-typescript-sdk-gen@^1')],
        importName: 'box-typescript-sdk-gen',
        note: 'Standalone generated SDK shown in Box docs; replaced by box-node-sdk 10.x (same API).',
      },
    ],
    styles: NODE_STYLES,
    authMethods: ['developer-token', 'ccg', 'jwt', 'oauth'],
  },
  {
    id: 'node-legacy',
    family: 'node',
    title: 'Node.js, classic SDK',
    tab: { label: 'Node v4', style: 'cjs' },
    line: 'legacy',
    templateDir: 'node-legacy',
    packages: [
      {
        name: 'box-node-sdk',
        versionRange: '4.x',
        status: 'classic',
        install: [npm('box-node-sdk@^4')],
        importName: 'box-node-sdk',
        note: 'Classic API in the combined 4.x, which also ships box-node-sdk/sdk-gen; fixes only, end of support in 2027.',
        defaultWrapped: true,
      },
      {
        name: 'box-node-sdk',
        id: 'box-node-sdk@3',
        versionRange: '3.x',
        status: 'end-of-life',
        install: [npm('box-node-sdk@^3')],
        importName: 'box-node-sdk',
        note: 'Classic SDK 3.x, end of life since 23 Oct 2025; 4.x runs the same code (CommonJS takes .default).',
        endOfLife: {
          date: '23 Oct 2025',
          successor: 'box-node-sdk',
          guide: {
            title: 'Migration guide from v3 to v4 version of box-node-sdk',
            url: 'https://github.com/box/box-node-sdk/blob/combined-sdk/migration-guides/from-v3-to-v4.md',
          },
        },
      },
    ],
    styles: NODE_STYLES,
    authMethods: ['developer-token', 'ccg', 'jwt', 'oauth'],
  },
  {
    id: 'java',
    family: 'java',
    title: 'Java, generated SDK',
    tab: { label: 'Java v10' },
    line: 'gen',
    templateDir: 'java',
    packages: [
      {
        name: 'com.box:box-java-sdk',
        versionRange: '10.x',
        status: 'current',
        install: [maven('com.box:box-java-sdk:10.15.2'), gradle('com.box:box-java-sdk:10.15.2')],
        importName: 'com.box.sdkgen',
        note: 'The current Box Java SDK.',
      },
      {
        name: 'com.box:box-java-sdk-gen',
        versionRange: '0.8.x',
        status: 'deprecated',
        install: [maven('com.box:box-java-sdk-gen:0.8.1'), gradle('com.box:box-java-sdk-gen:0.8.1')],
        importName: 'com.box.sdkgen',
        note: 'Standalone generated SDK; replaced by box-java-sdk 10.x (same packages and API).',
      },
    ],
    styles: [JAVA_CLASS],
    authMethods: ['developer-token', 'ccg', 'jwt', 'oauth'],
  },
  {
    id: 'java-legacy',
    family: 'java',
    title: 'Java, classic SDK',
    tab: { label: 'Java v5' },
    line: 'legacy',
    templateDir: 'java-legacy',
    packages: [
      {
        name: 'com.box:box-java-sdk',
        versionRange: '5.x',
        status: 'classic',
        install: [maven('com.box:box-java-sdk:5.6.0'), gradle('com.box:box-java-sdk:5.6.0')],
        importName: 'com.box.sdk',
        note: 'Classic API (com.box.sdk) in the combined 5.x, which also ships com.box.sdkgen; supported until 2027 or v6.',
      },
      {
        name: 'com.box:box-java-sdk',
        id: 'com.box:box-java-sdk@4',
        versionRange: '4.x',
        status: 'end-of-life',
        install: [maven('com.box:box-java-sdk:4.16.4'), gradle('com.box:box-java-sdk:4.16.4')],
        importName: 'com.box.sdk',
        note: 'Classic SDK 4.x, end of life since 23 Oct 2025; 5.x runs the same code.',
        endOfLife: {
          date: '23 Oct 2025',
          successor: 'com.box:box-java-sdk',
          guide: {
            title: 'Migration guide from v4 to v5 version of box-java-sdk',
            url: 'https://github.com/box/box-java-sdk/blob/v5.6.0/migration-guides/from-v4-to-v5.md',
          },
        },
      },
    ],
    styles: [JAVA_CLASS],
    authMethods: ['developer-token', 'ccg', 'jwt', 'oauth'],
  },
  {
    id: 'dotnet',
    family: 'dotnet',
    title: '.NET (C#), generated SDK',
    tab: { label: '.NET v10' },
    line: 'gen',
    templateDir: 'dotnet',
    packages: [
      {
        name: 'Box.V2.Core',
        versionRange: '10.x',
        status: 'current',
        install: [nuget('Box.V2.Core', '10.16.0')],
        importName: 'Box.Sdk.Gen',
        note: 'The current Box .NET SDK (namespace Box.Sdk.Gen).',
      },
      {
        name: 'Box.Sdk.Gen',
        versionRange: '1.x',
        status: 'deprecated',
        install: [nuget('Box.Sdk.Gen', '1.12.0')],
        importName: 'Box.Sdk.Gen',
        note: 'Standalone generated SDK; replaced by Box.V2.Core 10.x (same namespace and API).',
      },
    ],
    styles: [CSHARP_TOP_LEVEL],
    authMethods: ['developer-token', 'ccg', 'jwt', 'oauth'],
  },
  {
    id: 'dotnet-legacy',
    family: 'dotnet',
    title: '.NET (C#), classic SDK',
    tab: { label: '.NET v6' },
    line: 'legacy',
    templateDir: 'dotnet-legacy',
    packages: [
      {
        name: 'Box.V2.Core',
        versionRange: '6.x',
        status: 'classic',
        install: [nuget('Box.V2.Core', '6.16.0')],
        importName: 'Box.V2',
        note: 'Classic API (namespace Box.V2) in the combined 6.x, which also ships Box.Sdk.Gen; .NET 8+, supported until 2027 or v7.',
      },
      {
        name: 'Box.V2.Core',
        id: 'Box.V2.Core@5',
        versionRange: '5.x',
        status: 'end-of-life',
        install: [nuget('Box.V2.Core', '5.8.0')],
        importName: 'Box.V2',
        note: 'Classic SDK 5.x (namespace Box.V2), end of life since 23 Oct 2025; 6.x runs the same code.',
        endOfLife: {
          date: '23 Oct 2025',
          successor: 'Box.V2.Core',
          guide: {
            title: 'Migration guide: migrate from v5 to v6 of Box Windows SDK V2',
            url: 'https://github.com/box/box-windows-sdk-v2/blob/v6.16.0/migration-guides/from-v5-to-v6.md',
          },
        },
      },
    ],
    styles: [CSHARP_TOP_LEVEL],
    authMethods: ['developer-token', 'ccg', 'jwt', 'oauth'],
  },
] as const satisfies readonly Target[];

export type TargetId = (typeof TARGETS)[number]['id'];
/** The values of `--package` for a target: each row's `id`, or its name where it has none. */
export type PackageName<T extends TargetId> = PackageIdOf<Extract<(typeof TARGETS)[number], { id: T }>['packages'][number]>;
type PackageIdOf<P> = P extends { readonly id: infer Id } ? Id : P extends { readonly name: infer Name } ? Name : never;
export type StyleId<T extends TargetId> = Extract<
  (typeof TARGETS)[number],
  { id: T }
>['styles'][number]['id'];

export const TARGET_IDS = TARGETS.map((target) => target.id) as readonly TargetId[];

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
};
