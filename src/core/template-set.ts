// A template folder's precompiled templates (one per auth method) and the partials they use:
// what scripts/compile-templates.mjs writes into src/core/templates/<folder>.generated.ts.

export interface TemplateSet {
  /** By auth method id: `ccg` is templates/<folder>/ccg.hbs. */
  readonly templates: Readonly<Record<string, unknown>>;
  /** By partial name: `python/credentials` is templates/_partials/python/credentials.hbs. */
  readonly partials: Readonly<Record<string, unknown>>;
}
