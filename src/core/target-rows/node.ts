// The Node.js targets' rows: the generated SDK (v10) and the classic one (v4).

import type { InstallStep, ModuleStyle } from '../targets.js';
import type { TargetRow } from '../target-row.js';

const npm = (spec: string): InstallStep => ({
  tool: 'npm',
  text: `npm install ${spec}`,
  languageTag: 'sh',
  requirement: spec,
});
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

export const NODE = {
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
} as const satisfies TargetRow;

export const NODE_LEGACY = {
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
} as const satisfies TargetRow;

/** This family's rows, in the registry's order. */
export const ROWS = [NODE, NODE_LEGACY] as const;

/** The string literals of this family's languages. */
export { JAVASCRIPT_STRINGS as STRINGS } from '../encoders/javascript.js';
