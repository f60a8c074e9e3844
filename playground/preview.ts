// What a docs page shows for one program: Box's tabs, highlighted code blocks with a copy button
// each, the excerpt with the complete program one click away, and the project as a zip.

import { strToU8, zipSync } from 'fflate';
import type { ProjectFile } from '../src/core/index.js';
import { highlighted } from './highlight.js';

export interface CodeBlock {
  readonly languageTag: string;
  readonly text: string;
  /** What the block's header says: a file's path or a platform. */
  readonly title?: string;
  /** What the copy button copies, in words: "pom.xml", "the excerpt". */
  readonly what: string;
}

/** A code block with a header (its title, and a button that copies exactly `text`). */
export function codeBlock(block: CodeBlock, onCopy: (text: string, what: string) => void): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = 'block';
  const header = document.createElement('figcaption');
  const title = document.createElement('span');
  title.textContent = block.title ?? block.languageTag;
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.className = 'copy';
  copy.textContent = 'Copy';
  copy.setAttribute('aria-label', `Copy ${block.what}`);
  copy.addEventListener('click', () => onCopy(block.text, block.what));
  header.append(title, copy);
  const pre = document.createElement('pre');
  // Focusable, so a keyboard can scroll a long line into view.
  pre.tabIndex = 0;
  const code = document.createElement('code');
  code.className = `language-${block.languageTag}`;
  code.append(highlighted(block.text, block.languageTag));
  pre.append(code);
  figure.append(header, pre);
  return figure;
}

export interface Tab {
  readonly id: string;
  readonly label: string;
}

/** One tab per target, in the order given; the chosen one is selected, a click picks another. */
export function renderTabs(list: HTMLElement, tabs: readonly Tab[], chosen: string, pick: (id: string) => void): void {
  list.replaceChildren(
    ...tabs.map((tab) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.role = 'tab';
      button.id = `tab-${tab.id}`;
      button.textContent = tab.label;
      button.setAttribute('aria-selected', String(tab.id === chosen));
      button.setAttribute('aria-controls', 'panel');
      button.addEventListener('click', () => pick(tab.id));
      return button;
    }),
  );
}

/** The project's files as a zip archive, each at its path in the project folder. */
export function projectZip(files: readonly ProjectFile[]): Blob {
  const archive = zipSync(Object.fromEntries(files.map((file) => [file.path, strToU8(file.text)])), { level: 9 });
  return new Blob([archive], { type: 'application/zip' });
}

export function download(blob: Blob, fileName: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
