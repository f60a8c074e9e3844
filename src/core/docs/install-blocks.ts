// A snippet's install steps as code blocks a docs reader on any platform can follow. Consecutive
// commands of one language share a block; a file to save is a block of its own, titled with its
// path; a system step is a block labelled with its platform. Where Windows needs other commands
// (a path, PowerShell's `$env:`), the commands come twice, labelled: once for macOS and Linux,
// once for Windows, with the credentials a --from-env program reads set in each shell's syntax.

import { CREDENTIAL_INPUTS } from '../credentials.js';
import type { Snippet } from '../snippet.js';
import { PLATFORMS, POSIX_PLATFORMS, type InstallStep } from '../targets.js';

export interface DocsBlock {
  readonly languageTag: string;
  readonly text: string;
  /** The path to save `text` as, for a file; absent for commands. */
  readonly title?: string;
  /** The platform the commands are for, where they differ by platform. */
  readonly platform?: string;
}

/**
 * A block's fence info string: the language tag, then its heading (the file's path or the
 * platform) in the form the docs platform reads a code block's title.
 */
export function blockInfo(block: DocsBlock, titleForm: (heading: string) => string = (heading) => heading): string {
  const heading = block.title ?? block.platform;
  return heading === undefined ? block.languageTag : `${block.languageTag} ${titleForm(heading)}`;
}

/** How each shell sets an environment variable for the commands after it. */
const SET_ENV = {
  posix: (name: string, value: string) => `export ${name}="${value}"`,
  windows: (name: string, value: string) => `$env:${name} = "${value}"`,
} as const;

export type InstallSource = Pick<Snippet, 'install' | 'envVars' | 'windowsRun' | 'fileName'>;

export function installBlocks(snippet: InstallSource): DocsBlock[] {
  const { install, envVars, windowsRun } = snippet;
  const differsOnWindows =
    windowsRun !== null && (windowsRun !== undefined || envVars.length > 0 || install.some((step) => step.windows));
  if (!differsOnWindows) return sameEverywhere([...install, ...envSteps(envVars, 'posix')]);
  const commands = install.filter((step) => step.system === undefined && step.file === undefined);
  const windowsCommands = [
    ...commands.map((step) => step.windows ?? step.text),
    ...envSteps(envVars, 'windows').map((step) => step.text),
    ...(windowsRun ? [`# Then, with the program saved as ${snippet.fileName}:`, windowsRun] : []),
  ];
  return [
    ...sameEverywhere(install.filter((step) => !commands.includes(step))),
    {
      languageTag: 'sh',
      text: [...commands, ...envSteps(envVars, 'posix')].map((step) => step.text).join('\n'),
      platform: POSIX_PLATFORMS,
    },
    { languageTag: 'powershell', text: windowsCommands.join('\n'), platform: PLATFORMS.windows },
  ].filter((block) => block.text !== '');
}

function envSteps(envVars: readonly string[], shell: keyof typeof SET_ENV): InstallStep[] {
  return envVars.map((name) => {
    const input = Object.values(CREDENTIAL_INPUTS).find((candidate) => candidate.envVar === name);
    return { tool: shell, languageTag: 'sh', text: SET_ENV[shell](name, input?.placeholder ?? name) };
  });
}

function sameEverywhere(steps: readonly InstallStep[]): DocsBlock[] {
  const blocks: DocsBlock[] = [];
  for (const step of steps) {
    const previous = blocks.at(-1);
    if (step.file !== undefined) {
      blocks.push({ languageTag: step.languageTag, text: step.text, title: step.file });
    } else if (step.system !== undefined) {
      blocks.push({ languageTag: step.languageTag, text: step.text, platform: PLATFORMS[step.system] });
    } else if (
      previous &&
      previous.title === undefined &&
      previous.platform === undefined &&
      previous.languageTag === step.languageTag
    ) {
      blocks[blocks.length - 1] = {
        languageTag: step.languageTag,
        text: `${previous.text.replace(/\n$/, '')}\n${step.text}`,
      };
    } else {
      blocks.push({ languageTag: step.languageTag, text: step.text });
    }
  }
  return blocks;
}
