// One template folder's template for one auth method, and the partials it uses: what
// scripts/compile-templates.mjs writes into src/core/templates/<folder>.<auth>.generated.ts,
// compiled for that auth method (its `auth.*` conditions decided, its hints written in).

export interface TemplateSet {
  /** templates/<folder>/<auth>.hbs, precompiled. */
  readonly template: unknown;
  /** By partial name: `python/credentials` is templates/_partials/python/credentials.hbs. */
  readonly partials: Readonly<Record<string, unknown>>;
}
