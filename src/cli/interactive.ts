// `box-snippet` with no arguments, in a terminal: asks for the language, SDK line, auth method
// and credentials, prints the program with its install and run commands, then offers to save it
// or copy it. Only ever started when stdin and stdout are terminals and no flag was given, so a
// script or a docs build can never hang on a prompt.

import { existsSync, readdirSync, statSync } from 'node:fs';
import {
  AUTH_METHOD_TABLE,
  CREDENTIAL_INPUTS,
  DEFAULT_REDIRECT_URI,
  credentialNames,
  packageId,
  TARGETS,
  generateFromRequest,
  loadTemplates,
  isBoxSnippetError,
  type AuthMethodId,
  type CredentialName,
  type GenerateRequest,
  type LiteralCredentials,
  type Subject,
  type Target,
  type TargetId,
  type Snippet,
} from '../core/index.js';
import { printedSteps } from './printed-steps.js';
import { writeProject } from './project.js';
import { formatSnippet } from '../format.js';
import { checkJwtConfigFile } from './jwt-config.js';
import { validateLiteral } from '../core/credentials.js';
import { writeFileAtomically } from './write-file.js';
import { CLI_NAMING } from './options.js';

type Source = 'env' | 'literal' | 'placeholder';

// Loaded on first use, like every dependency only some runs need.
let prompts: typeof import('@inquirer/prompts');

export async function runInteractive(): Promise<number> {
  prompts = await import('@inquirer/prompts');
  try {
    const request = await askForRequest();
    await loadTemplates({ target: request.target, auth: request.auth });
    const snippet = await formatSnippet(generateFromRequest(request));
    const rule = '─'.repeat(Math.min(process.stdout.columns || 80, 80));
    process.stdout.write(`\n${rule}\n${snippet.code}${rule}\n`);
    process.stdout.write(printedSteps(snippet));
    if (snippet.containsSecret)
      process.stdout.write('Note: the program holds a secret as a literal; keep it out of version control.\n');
    await offerToKeep(snippet);
    return 0;
  } catch (error) {
    // Ctrl-C (or a closed terminal) ends the prompts: nothing was written.
    if (error instanceof Error && error.name === 'ExitPromptError') {
      process.stderr.write('\nCancelled; nothing written.\n');
      return 130;
    }
    if (isBoxSnippetError(error)) {
      process.stderr.write(`box-snippet: ${error.messageIn(CLI_NAMING)}\n`);
      return 2;
    }
    throw error;
  }
}

async function askForRequest(): Promise<GenerateRequest> {
  const targets = TARGETS as readonly Target[];
  const target = await prompts.select<Target>({
    message: 'Language and SDK',
    choices: targets.map((t) => ({
      name: `${t.title} (${t.packages[0]!.name} ${t.packages[0]!.versionRange})`,
      value: t,
    })),
  });
  const packageName =
    target.packages.length === 1
      ? packageId(target.packages[0]!)
      : await prompts.select({
          message: 'Package',
          choices: target.packages.map((p) => ({
            name: `${p.name} ${p.versionRange} (${p.status})`,
            value: packageId(p),
            description: p.note,
          })),
        });
  const style =
    target.styles.length === 1
      ? target.styles[0]!.id
      : await prompts.select({
          message: 'Module style',
          choices: target.styles.map((s) => ({ name: `${s.id} (${s.fileName})`, value: s.id })),
        });
  const auth = await prompts.select<AuthMethodId>({
    message: 'Auth method',
    choices: target.authMethods.map((id) => ({ name: AUTH_METHOD_TABLE[id].title, value: id })),
  });
  const source = await prompts.select<Source>({
    message: 'Credentials',
    choices: [
      { name: 'Read them from environment variables at run time (recommended)', value: 'env' },
      { name: 'Type them now (the program will hold them as literals)', value: 'literal' },
      { name: 'Placeholders to fill in later', value: 'placeholder' },
    ],
  });
  const method = AUTH_METHOD_TABLE[auth];
  const subjects = Object.keys(method.subjects) as Subject[];
  const subject =
    subjects.length === 0
      ? undefined
      : await prompts.select<Subject>({
          message: 'Act as',
          choices: subjects.map((s) => ({
            name: s === 'enterprise' ? "the enterprise (the app's service account)" : 'a user',
            value: s,
          })),
        });
  const request: GenerateRequest = {
    target: target.id as TargetId,
    package: packageName as GenerateRequest['package'],
    style: style as GenerateRequest['style'],
    auth,
    credentials: source === 'literal' ? await askForLiterals(credentialNames(method, subject ?? null, false)) : source,
  };
  if (source !== 'literal' && subject) request.subject = subject;
  if (auth === 'oauth')
    request.redirectUri = await prompts.input({ message: 'Redirect URI', default: DEFAULT_REDIRECT_URI });
  return request;
}

async function askForLiterals(names: readonly CredentialName[]): Promise<LiteralCredentials> {
  const values: LiteralCredentials = {};
  for (const name of names) {
    const credential = CREDENTIAL_INPUTS[name];
    const validate = async (value: string): Promise<string | true> => {
      try {
        validateLiteral(name, value.trim(), true);
        if (name === 'jwtConfigPath') await checkJwtConfigFile(value.trim());
        return true;
      } catch (error) {
        return isBoxSnippetError(error) ? error.messageIn(CLI_NAMING).replace(/^--[\w-]+: /, '') : String(error);
      }
    };
    const message = `${credential.description[0]!.toUpperCase()}${credential.description.slice(1)}`;
    // Secrets are typed hidden, never echoed.
    values[name] = (
      credential.secret
        ? await prompts.password({ message, mask: '*', validate })
        : await prompts.input({ message, validate })
    ).trim();
  }
  return values;
}

async function offerToKeep(snippet: Snippet): Promise<void> {
  const { code, fileName } = snippet;
  const action = await prompts.select({
    message: 'Keep it?',
    choices: [
      { name: `Save as ${fileName}`, value: 'save' },
      { name: 'Write a project into a new folder', value: 'project' },
      { name: 'Copy to the clipboard', value: 'copy' },
      { name: 'Done', value: 'done' },
    ],
  });
  if (action === 'save') {
    // Never overwrite: ask for another name while the chosen one exists.
    const path = await prompts.input({
      message: 'File name',
      default: fileName,
      validate: (value) => (existsSync(value.trim()) ? `${value.trim()} exists; choose another name` : true),
    });
    await writeFileAtomically(path.trim(), code, false);
    process.stdout.write(`Saved ${path.trim()}\n`);
  } else if (action === 'project') {
    // Never into a folder that already has files: ask for another name.
    const folder = await prompts.input({
      message: 'Folder',
      default: 'get-current-user',
      validate: (value) =>
        folderHasFiles(value.trim()) ? `${value.trim()} is not empty; choose another folder` : true,
    });
    process.stdout.write(await writeProject(snippet, folder.trim(), false));
  } else if (action === 'copy') {
    try {
      const { copyToClipboard } = await import('./clipboard.js');
      await copyToClipboard(code);
      process.stdout.write('Copied to the clipboard.\n');
    } catch {
      process.stdout.write('No clipboard is available here; copy the program printed above.\n');
    }
  }
}

function folderHasFiles(path: string): boolean {
  if (!existsSync(path)) return false;
  return !statSync(path).isDirectory() || readdirSync(path).length > 0;
}
