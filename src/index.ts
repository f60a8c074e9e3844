// box-snippet's library entry point for Node: the pure core plus prettier formatting.

export * from './core/index.js';
export { formatSnippet } from './format.js';
