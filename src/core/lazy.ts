// The browser-safe core, with templates loaded on demand (`box-snippet/core/lazy`): no Node
// built-ins, no files, no process. `await loadTemplates(options)` before generate(options): it
// brings that program's templates and its target family's rows and encoder; a bundler makes each
// a chunk of its own, so a page pays for the programs it shows. `box-snippet/core` (./index.ts)
// is the same API with every target loaded.

export {
  generate,
  generateFromRequest,
  DEFAULT_REDIRECT_URI,
  type GenerateOptions,
  type GenerateRequest,
  type TargetOptions,
  type AuthOptions,
  type CcgCredentials,
  type JwtCredentials,
  type OAuthCredentials,
  type AppTokenCredentials,
  type ClientOptions,
  type DeveloperTokenCredentials,
  type TemplateContext,
  type CredentialContext,
} from './generate.js';
export { loadTemplates, type TemplatesWanted } from './load-templates.js';
export { listTargets, type TargetSummary } from './list.js';
export { endOfLifeNotice } from './end-of-life.js';
export { generateAll, type BatchEntry } from './batch.js';
export { projectFor, type Project, type ProjectFile } from './project.js';
export {
  BoxSnippetError,
  isBoxSnippetError,
  OPTION_NAMING,
  type ErrorCode,
  type Naming,
  type OptionName,
  type SuggestedSetting,
} from './errors.js';
export {
  CREDENTIAL_INPUTS,
  AUTH_METHOD_TABLE,
  credentialNames,
  type Subject,
  type AuthMethod,
  type CredentialName,
  type CredentialSource,
  type LiteralCredentials,
} from './credentials.js';
export {
  TARGETS,
  TARGET_IDS,
  BOX_TAB_ORDER,
  PLATFORMS,
  POSIX_PLATFORMS,
  AUTH_METHODS,
  LANGUAGE_ALIASES,
  findTarget,
  packageId,
  type EndOfLife,
  type Target,
  type TargetId,
  type PackageName,
  type StyleId,
  type AuthMethodId,
  type InstallStep,
  type PlatformId,
  type DocsTab,
  type ModuleStyle,
  type PackageLine,
} from './targets.js';
export { STRING_ENCODERS, type Language } from './encoders/index.js';
export {
  CLIENT_OPTIONS,
  CLIENT_OPTION_IDS,
  DEFAULT_TOKEN_FILE,
  DOWNSCOPE_SCOPES,
  isTokenFilePath,
  parseDownscopeResource,
  type ClientOption,
  type ClientOptionId,
  type DownscopeResource,
} from './client-options.js';
export { HINTS, type HintId } from './hints.js';
export { installAsText, type Snippet, type PackageSummary, type CredentialMode } from './snippet.js';
export { SCHEMA_VERSION, snippetSchema, targetsSchema, manifestSchema } from './schemas.js';
export {
  renderDocs,
  docsTabs,
  installBlocks,
  blockInfo,
  parseBlockOptions,
  BlockOptionError,
  DOCS_FLAVOURS,
  type DocsFlavour,
  type TabbedSnippet,
  type DocsSelection,
  type DocsBlock,
  type DocusaurusOptions,
  type BlockOptions,
  type RenderDocsOptions,
  BOX_SAMPLE_SOURCES,
  CURRENT_USER_OPERATION,
  X_AUTH_VARIANTS,
  type BoxSampleSource,
  type XAuthVariant,
  boxSampleFiles,
  renderBoxSampleFile,
  type BoxSample,
  type BoxSampleFile,
  lintSampleMarkers,
  type SampleMarker,
  type SampleMarkerProblem,
  xCodeSamplesOverlay,
  sampleLabel,
  X_CODE_SAMPLE_OPERATIONS,
  type CodeSample,
  PAGE_PACKS,
  PAGE_PACK_IDS,
  DOCS_FLOWS,
  SAMPLE_FILE_URL,
  offersFlow,
  optionIds,
  type DocsFlow,
  type PagePack,
  type PackPage,
  type PagePackId,
} from './docs/index.js';
export { EXCERPT_START, EXCERPT_END, type Excerpt } from './excerpt.js';
