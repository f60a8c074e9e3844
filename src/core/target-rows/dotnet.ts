// The .NET targets' rows: the generated SDK (v10) and the classic one (v6).

import type { InstallStep, ModuleStyle } from '../targets.js';
import type { TargetRow } from '../target-row.js';

/** The .NET the programs and projects target: a supported release (.NET 8's support ended in November 2026). */
export const DOTNET_FRAMEWORK = 'net10.0';
const nuget = (name: string, version: string): InstallStep => ({
  tool: 'dotnet',
  text: `dotnet new console --framework ${DOTNET_FRAMEWORK} && dotnet add package ${name} --version ${version}`,
  windows: `dotnet new console --framework ${DOTNET_FRAMEWORK}; dotnet add package ${name} --version ${version}`,
  languageTag: 'sh',
  requirement: `${name}@${version}`,
});

const CSHARP_TOP_LEVEL = {
  id: 'top-level',
  language: 'csharp',
  languageTag: 'csharp',
  fileName: 'Program.cs',
  run: 'dotnet run',
  saveNote: 'replacing the Program.cs that dotnet new wrote',
  extraInstall: [],
  prettierParser: null,
  esModule: false,
  typeScript: false,
  takesArguments: false,
} as const satisfies ModuleStyle;

export const DOTNET = {
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
      install: [nuget('Box.V2.Core', '10.17.0')],
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
} as const satisfies TargetRow;

export const DOTNET_LEGACY = {
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
} as const satisfies TargetRow;

/** This family's rows, in the registry's order. */
export const ROWS = [DOTNET, DOTNET_LEGACY] as const;

/** The string literals of this family's languages. */
export { CSHARP_STRINGS as STRINGS } from '../encoders/csharp.js';
