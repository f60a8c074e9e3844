// The file a program is saved as, and what follows from its name: the Run command names the
// file (or, in Java, the class), and a Java public class must carry the file's name.

import { BoxSnippetError } from './errors.js';
import type { ModuleStyle } from './targets.js';

export interface ProgramFile {
  readonly fileName: string;
  /** The file name without its extension; the class name where the language needs one. */
  readonly className: string;
  readonly run: string;
  /** `run` in Windows PowerShell, where it differs; null where the program needs a POSIX system. */
  readonly windowsRun?: string | null;
}

/** Reserved words and restricted type names Java refuses as a class name. */
const JAVA_RESERVED = new Set(
  (
    'abstract assert boolean break byte case catch char class const continue default do double else enum ' +
    'extends final finally float for goto if implements import instanceof int interface long native new ' +
    'package private protected public return short static strictfp super switch synchronized this throw ' +
    'throws transient try void volatile while true false null var yield record sealed permits'
  ).split(' '),
);

export function programFile(style: ModuleStyle, wanted: string | undefined): ProgramFile {
  const extension = style.fileName.slice(style.fileName.lastIndexOf('.'));
  const defaultStem = style.fileName.slice(0, -extension.length);
  const windowsRun = (stem: string) =>
    style.windowsRun === undefined ? {} : { windowsRun: style.windowsRun?.split(defaultStem).join(stem) ?? null };
  if (wanted === undefined)
    return { fileName: style.fileName, className: defaultStem, run: style.run, ...windowsRun(defaultStem) };
  // The name lands in a comment of the program and in a shell command: keep it to plain characters.
  if (!/^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(wanted)) {
    throw outError(`the file name may hold only letters, digits, ".", "_" and "-"; got ${JSON.stringify(wanted)}`);
  }
  if (!wanted.endsWith(extension) || wanted === extension) {
    throw outError(`this program is a ${extension} file, as in ${style.fileName}; got "${wanted}"`);
  }
  const stem = wanted.slice(0, -extension.length);
  if (style.classNamedAfterFile && (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(stem) || JAVA_RESERVED.has(stem))) {
    throw outError(
      `the public class takes the file's name, so it must be a class name such as ${style.fileName}; got "${wanted}"`,
    );
  }
  return { fileName: wanted, className: stem, run: style.run.split(defaultStem).join(stem), ...windowsRun(stem) };
}

/** A class named like something the program already uses would shadow it and not compile. */
export function checkClassNameIsFree(file: ProgramFile, defaultProgram: string): void {
  if (new RegExp(`\\b${file.className}\\b`).test(defaultProgram)) {
    throw outError(
      `the public class takes the file's name, and the program already uses the name ${file.className}; pick another name`,
    );
  }
}

function outError(message: string): BoxSnippetError {
  return new BoxSnippetError('CONFLICTING_OPTIONS', (naming) => `${naming.option('fileName')}: ${message}`, 'fileName');
}
