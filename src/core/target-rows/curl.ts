// The cURL target's row: a POSIX sh script, with jq where it reads a token reply.

import type { InstallStep, ModuleStyle } from '../targets.js';
import type { TargetRow } from '../target-row.js';

/** Why a curl script cannot do JWT; generate() adds the targets that can. */
const JWT_NEEDS_SIGNING =
  "a JWT assertion must be signed with the app's private key (RS256), which a curl script cannot do; use the Box CLI (box configure:environments:add config.json) or an SDK target";
/**
 * What a newcomer runs to get the tools a curl script needs, per platform. A POSIX sh script on
 * Windows runs in WSL's Ubuntu, with the Debian/Ubuntu step in its shell.
 */
const systemPackages = (names: string): InstallStep[] => [
  { tool: 'apt-get', text: `sudo apt-get install ${names}`, languageTag: 'sh', system: 'debian' },
  { tool: 'brew', text: `brew install ${names}`, languageTag: 'sh', system: 'macos' },
  {
    tool: 'wsl',
    text: `wsl --install -d Ubuntu  # then, in Ubuntu's shell: sudo apt-get install ${names}`,
    languageTag: 'powershell',
    system: 'windows',
  },
];

const SHELL_SCRIPT = {
  id: 'script',
  language: 'shell',
  languageTag: 'sh',
  fileName: 'get-current-user.sh',
  run: 'sh get-current-user.sh',
  windowsRun: null,
  extraInstall: [],
  prettierParser: null,
  esModule: false,
  typeScript: false,
} as const satisfies ModuleStyle;

const CURL_KEEPS_NO_TOKENS =
  "a curl script makes each request by hand; keeping and refreshing tokens is what the SDKs' token storage does (Box's tokens/refresh guide shows the refresh request)";

export const CURL = {
  id: 'curl',
  family: 'curl',
  title: 'cURL (POSIX sh script)',
  tab: { label: 'cURL' },
  line: 'gen',
  templateDir: 'curl',
  packages: [
    {
      name: 'curl',
      // The failure helper reads curl's %{errormsg}, which arrived in curl 7.75.
      versionRange: '7.75+',
      status: 'current',
      install: systemPackages('curl'),
      // jq reads the token out of the token request's JSON reply.
      installByAuth: { ccg: systemPackages('curl jq'), oauth: systemPackages('curl jq') },
      // jq also reads the token exchange's reply, and writes the revoke request's form.
      installByOption: { downscope: systemPackages('curl jq'), revoke: systemPackages('curl jq') },
      importName: 'curl',
      note: 'The Box API called directly with curl from a POSIX sh script; jq reads token replies.',
    },
  ],
  styles: [SHELL_SCRIPT],
  unsupportedAuth: { jwt: JWT_NEEDS_SIGNING },
  unsupportedClientOptions: {
    tokenFile: CURL_KEEPS_NO_TOKENS,
    existingTokens: CURL_KEEPS_NO_TOKENS,
  },
  noRedirectListener: 'a shell script has no HTTP server of its own',
  // Nothing in a curl script refreshes or revokes the token, so the client pair has no use.
  takesOptionalCredentials: false,
} as const satisfies TargetRow;

/** This family's rows, in the registry's order. */
export const ROWS = [CURL] as const;

/** The string literals of this family's languages. */
export { SHELL_STRINGS as STRINGS } from '../encoders/shell.js';
