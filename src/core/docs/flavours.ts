// The docs platforms box-snippet writes for.

export const DOCS_FLAVOURS = ['mintlify', 'docusaurus', 'plain'] as const;
export type DocsFlavour = (typeof DOCS_FLAVOURS)[number];
