// Renders a case exactly as the CLI prints it: the core's output, formatted where the target
// uses prettier.

import { formatSnippet } from '../../src/format.js';
import { generateFromRequest, type Snippet } from '../../src/core/index.js';
import type { SnippetCase } from './cases.js';

export async function renderCase(testCase: SnippetCase): Promise<Snippet> {
  return formatSnippet(generateFromRequest(testCase.options));
}
