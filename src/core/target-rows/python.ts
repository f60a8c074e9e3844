// The Python targets' rows: the generated SDK (v10) and the classic one (v4).

import type { InstallStep, ModuleStyle } from '../targets.js';
import type { TargetRow } from '../target-row.js';

// A virtual environment: Debian's, Ubuntu's and Homebrew's Pythons refuse a bare `pip install`
// (PEP 668), and it keeps the SDK out of the system's packages. Its programs sit in bin/, on
// Windows in Scripts\, where the installer's command is `python`.
const VENV = { posix: '.venv/bin/', windows: '.venv\\Scripts\\' } as const;
const pip = (spec: string): InstallStep => ({
  tool: 'pip',
  text: `python3 -m venv .venv && ${VENV.posix}pip install "${spec}"`,
  // Windows PowerShell 5.1 has no `&&`; `;` runs the second command after the first there too.
  windows: `python -m venv .venv; ${VENV.windows}pip install "${spec}"`,
  languageTag: 'sh',
  requirement: spec,
});
const PYTHON_SCRIPT = {
  id: 'script',
  language: 'python',
  languageTag: 'python',
  fileName: 'get_current_user.py',
  run: `${VENV.posix}python get_current_user.py`,
  windowsRun: `${VENV.windows}python get_current_user.py`,
  extraInstall: [],
  prettierParser: null,
  esModule: false,
  typeScript: false,
} as const satisfies ModuleStyle;

export const PYTHON = {
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
} as const satisfies TargetRow;

export const PYTHON_LEGACY = {
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
} as const satisfies TargetRow;

/** This family's rows, in the registry's order. */
export const ROWS = [PYTHON, PYTHON_LEGACY] as const;

/** The string literals of this family's languages. */
export { PYTHON_STRINGS as STRINGS } from '../encoders/python.js';
