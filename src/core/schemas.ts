// The JSON box-snippet prints, as JSON Schemas (draft 2020-12): `--format json` (one Snippet),
// `list --format json` (the targets) and the manifest.json of `build`. Built from the registry, so
// their enums follow it; the build writes them into the package (box-snippet/schemas/snippet.json,
// …/targets.json, …/manifest.json), and
// test/json-schemas.test.ts checks every output against them. Each output carries the
// schemaVersion it follows; it goes up when a field changes meaning or goes away.

import { CLIENT_OPTION_IDS } from './client-options.js';
import { DOCS_FLOWS } from './docs/flows.js';
import { CREDENTIAL_MODES } from './snippet.js';
import { AUTH_METHODS, BOX_TAB_ORDER, PACKAGE_STATUSES, PLATFORMS, SDK_LINES, TARGETS, TARGET_IDS } from './targets.js';

export const SCHEMA_VERSION = 1;

const string = { type: 'string' } as const;
const strings = { type: 'array', items: string } as const;

/** An object whose properties are all listed: a field the schema does not know is an error. */
function object(required: Record<string, object>, optional: Record<string, object> = {}) {
  return {
    type: 'object',
    additionalProperties: false,
    required: Object.keys(required),
    properties: { ...required, ...optional },
  } as const;
}

const packageSummary = () =>
  object(
    { id: string, name: string, versionRange: string, status: { enum: PACKAGE_STATUSES } },
    {
      endOfLife: object({
        date: string,
        successor: string,
        guide: object({ title: string, url: string }),
      }),
    },
  );

const installStep = () =>
  object(
    { tool: string, text: string, languageTag: string },
    { file: string, requirement: string, system: { enum: Object.keys(PLATFORMS) }, windows: string },
  );

const schemaVersion = { const: SCHEMA_VERSION };

/** The schema of `--format json`: one Snippet, with the schemaVersion it follows. */
export function snippetSchema() {
  const styleIds = [...new Set(TARGETS.flatMap((target) => target.styles.map((style) => style.id)))];
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'box-snippet --format json: one program and what a user needs around it',
    ...object(
      {
        schemaVersion,
        target: { enum: TARGET_IDS },
        title: string,
        tabLabel: { enum: BOX_TAB_ORDER },
        sdkLine: { enum: SDK_LINES },
        package: packageSummary(),
        style: { enum: styleIds },
        auth: { enum: AUTH_METHODS },
        clientOptions: { type: 'array', items: { enum: CLIENT_OPTION_IDS } },
        credentialMode: { enum: CREDENTIAL_MODES },
        envVars: strings,
        containsSecret: { type: 'boolean' },
        languageTag: string,
        fileName: string,
        install: { type: 'array', items: installStep() },
        run: string,
        code: string,
        excerpt: object({
          firstLine: { type: 'integer', minimum: 1 },
          lastLine: { type: 'integer', minimum: 1 },
          indent: string,
          code: string,
        }),
      },
      { saveNote: string, windowsRun: { type: ['string', 'null'] }, signIn: strings, tokenFile: string },
    ),
  };
}

/** The schema of `list --format json`: the schemaVersion, then one row per target and package. */
export function targetsSchema() {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'box-snippet list --format json: every target and package',
    ...object({
      schemaVersion,
      targets: {
        type: 'array',
        items: object({
          target: { enum: TARGET_IDS },
          title: string,
          tabLabel: { enum: BOX_TAB_ORDER },
          sdkLine: { enum: SDK_LINES },
          package: packageSummary(),
          isDefaultPackage: { type: 'boolean' },
          styles: strings,
          authMethods: { type: 'array', items: { enum: AUTH_METHODS } },
          note: string,
        }),
      },
    }),
  };
}

/**
 * The schema of the manifest.json `build` writes: the schemaVersion, then one row per program
 * (`programs`: --format files, markdown and json) or per tab of the MDX pages (`tabs`: mintlify,
 * docusaurus), each with what a reader needs to install and run it.
 */
export function manifestSchema() {
  const styleIds = [...new Set(TARGETS.flatMap((target) => target.styles.map((style) => style.id)))];
  const program = {
    target: { enum: TARGET_IDS },
    flow: { enum: DOCS_FLOWS.map((flow) => flow.id) },
    auth: { enum: AUTH_METHODS },
    clientOptions: { type: 'array', items: { enum: CLIENT_OPTION_IDS } },
    package: string,
    versionRange: string,
    style: { enum: styleIds },
    fileName: string,
    languageTag: string,
    install: { type: 'array', items: installStep() },
    run: string,
    envVars: strings,
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'box-snippet build: manifest.json, what each file written holds',
    oneOf: [
      object({
        schemaVersion,
        // --format files names each program's file; markdown and json hold them all in one.
        programs: { type: 'array', items: object({ ...program, packageId: string }, { file: string }) },
      }),
      object({
        schemaVersion,
        tabs: {
          type: 'array',
          items: object({
            ...program,
            file: string,
            tabLabel: { enum: BOX_TAB_ORDER },
            credentialMode: { enum: CREDENTIAL_MODES },
          }),
        },
      }),
    ],
  };
}
