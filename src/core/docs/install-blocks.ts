// A snippet's install steps as code blocks: consecutive commands of one language share a block;
// a step that is a file to save (`file`) is a block of its own, titled with the file's path.

import type { InstallStep } from '../targets.js';

export interface DocsBlock {
  readonly languageTag: string;
  readonly text: string;
  /** The path to save `text` as, for a file; absent for commands. */
  readonly title?: string;
}

export function installBlocks(steps: readonly InstallStep[]): DocsBlock[] {
  const blocks: DocsBlock[] = [];
  for (const step of steps) {
    const previous = blocks.at(-1);
    if (step.file !== undefined) {
      blocks.push({ languageTag: step.languageTag, text: step.text, title: step.file });
    } else if (previous && previous.title === undefined && previous.languageTag === step.languageTag) {
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
