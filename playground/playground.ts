// The playground page: the browser-safe core, driven by a form, shown as a docs page shows it.
// No network, no storage: what is typed here stays in the page.

import {
  AUTH_METHOD_TABLE,
  BOX_TAB_ORDER,
  CREDENTIAL_INPUTS,
  POSIX_PLATFORMS,
  TARGETS,
  credentialNames,
  generateFromRequest,
  installBlocks,
  packageId,
  projectFor,
  isBoxSnippetError,
  type AuthMethodId,
  type CredentialName,
  type GenerateRequest,
  type Subject,
  type Target,
  type TargetId,
} from '../src/core/index.js';
import { codeBlock, download, projectZip, renderTabs } from './preview.js';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const targetSelect = byId<HTMLSelectElement>('target');
const packageSelect = byId<HTMLSelectElement>('package');
const styleSelect = byId<HTMLSelectElement>('style');
const authSelect = byId<HTMLSelectElement>('auth');
const modeSelect = byId<HTMLSelectElement>('mode');
const subjectSelect = byId<HTMLSelectElement>('subject');
const credentialFields = byId<HTMLDivElement>('credential-fields');
const targets = TARGETS as readonly Target[];
/** Box's tabs, in the order of Box's pages. */
const tabs = [...targets]
  .sort((a, b) => BOX_TAB_ORDER.indexOf(a.tab.label) - BOX_TAB_ORDER.indexOf(b.tab.label))
  .map((target) => ({ id: target.id, label: target.tab.label }));

function fill(select: HTMLSelectElement, options: { value: string; label: string }[]): void {
  const previous = select.value;
  select.replaceChildren(...options.map(({ value, label }) => new Option(label, value)));
  if (options.some((option) => option.value === previous)) select.value = previous;
}

function currentTarget(): Target {
  return targets.find((target) => target.id === targetSelect.value)!;
}

/** The credentials the chosen auth method and subject need, as labelled inputs. */
function neededCredentials(): CredentialName[] {
  const method = AUTH_METHOD_TABLE[authSelect.value as AuthMethodId];
  const subjects = Object.keys(method.subjects) as Subject[];
  return credentialNames(method, subjects.length ? (subjectSelect.value as Subject) : null, false);
}

function syncFields(): void {
  const target = currentTarget();
  fill(
    packageSelect,
    target.packages.map((p) => ({ value: packageId(p), label: `${p.name} ${p.versionRange} (${p.status})` })),
  );
  fill(
    styleSelect,
    target.styles.map((s) => ({ value: s.id, label: `${s.id} (${s.fileName})` })),
  );
  fill(
    authSelect,
    target.authMethods.map((id) => ({ value: id, label: AUTH_METHOD_TABLE[id].title })),
  );
  byId('package-field').hidden = target.packages.length < 2;
  byId('style-field').hidden = target.styles.length < 2;
  byId('subject-field').hidden = Object.keys(AUTH_METHOD_TABLE[authSelect.value as AuthMethodId].subjects).length === 0;
  const literal = modeSelect.value === 'literal';
  byId('credentials').hidden = !literal;
  const wanted = literal ? neededCredentials() : [];
  const present = [...credentialFields.querySelectorAll('input')].map((input) => input.name);
  if (wanted.join() !== present.join()) {
    // Keep what was typed in fields that stay.
    const typed = new Map([...credentialFields.querySelectorAll('input')].map((input) => [input.name, input.value]));
    credentialFields.replaceChildren(
      ...wanted.map((name) => {
        const credential = CREDENTIAL_INPUTS[name];
        const wrapper = document.createElement('div');
        wrapper.className = 'field';
        const label = document.createElement('label');
        label.htmlFor = `credential-${name}`;
        label.textContent = credential.description[0]!.toUpperCase() + credential.description.slice(1);
        const input = document.createElement('input');
        input.id = `credential-${name}`;
        input.name = name;
        input.type = credential.secret ? 'password' : 'text';
        input.autocomplete = 'off';
        input.spellcheck = false;
        input.value = typed.get(name) ?? '';
        input.placeholder = credential.placeholder;
        wrapper.append(label, input);
        return wrapper;
      }),
    );
  }
}

function request(): GenerateRequest {
  const target = currentTarget();
  const auth = authSelect.value as AuthMethodId;
  const mode = modeSelect.value as 'placeholder' | 'env' | 'literal';
  const hasSubject = Object.keys(AUTH_METHOD_TABLE[auth].subjects).length > 0;
  const base: GenerateRequest = {
    target: target.id as TargetId,
    package: packageSelect.value as GenerateRequest['package'],
    style: styleSelect.value as GenerateRequest['style'],
    auth,
  };
  if (mode !== 'literal')
    return { ...base, credentials: mode, ...(hasSubject ? { subject: subjectSelect.value as Subject } : {}) };
  const values = Object.fromEntries(
    [...credentialFields.querySelectorAll('input')].map((input) => [input.name, input.value.trim()]),
  );
  return { ...base, credentials: values };
}

let project: ReturnType<typeof projectFor> | undefined;

function copied(text: string, what: string): void {
  const status = byId('copy-status');
  navigator.clipboard.writeText(text).then(
    () => (status.textContent = `Copied ${what}.`),
    // No clipboard permission (e.g. not https): say so; the code can still be selected.
    () => (status.textContent = 'The browser refused the clipboard: select the code and press Ctrl-C (or ⌘-C).'),
  );
}

function pickTab(id: string): void {
  targetSelect.value = id;
  render();
  byId(`tab-${id}`).focus();
}

function render(): void {
  syncFields();
  renderTabs(byId('tabs'), tabs, targetSelect.value, pickTab);
  const error = byId<HTMLParagraphElement>('error');
  try {
    const snippet = generateFromRequest(request());
    error.hidden = true;
    byId('panel').setAttribute('aria-labelledby', `tab-${snippet.target}`);
    byId('install').replaceChildren(
      ...installBlocks(snippet).map(({ languageTag, text, title, platform }) => {
        const heading = title ?? platform;
        const what = title ?? (platform ? `the ${platform} commands` : 'the commands');
        return codeBlock({ languageTag, text, what, ...(heading ? { title: heading } : {}) }, copied);
      }),
    );
    byId('excerpt').replaceChildren(
      codeBlock(
        { languageTag: snippet.languageTag, text: snippet.excerpt.code, title: 'Excerpt', what: 'the excerpt' },
        copied,
      ),
    );
    const lines = snippet.code.split('\n').length - 1;
    byId('file-name').textContent =
      `${snippet.fileName}${snippet.saveNote ? ` (${snippet.saveNote})` : ''}, ${lines} lines`;
    byId('program').replaceChildren(
      codeBlock(
        { languageTag: snippet.languageTag, text: snippet.code, title: snippet.fileName, what: snippet.fileName },
        copied,
      ),
    );
    // Windows's run command, where it differs, ends the Windows install block.
    const runTitle = typeof snippet.windowsRun === 'string' ? { title: POSIX_PLATFORMS } : {};
    byId('run').replaceChildren(
      codeBlock({ languageTag: 'sh', text: snippet.run, what: 'the run command', ...runTitle }, copied),
    );
    project = projectFor(snippet);
    byId('project-files').textContent = project.files.map((file) => file.path).join(', ');
  } catch (caught) {
    if (!isBoxSnippetError(caught)) throw caught;
    // The library's messages name the CLI flag; here the field's label says the same.
    error.textContent = caught.message.replace(/^--[\w-]+: /, '');
    error.hidden = false;
    project = undefined;
  }
}

fill(
  targetSelect,
  targets.map((target) => ({
    value: target.id,
    label: `${target.title} (${target.packages[0]!.name} ${target.packages[0]!.versionRange})`,
  })),
);
byId('options').addEventListener('input', render);
byId('options').addEventListener('submit', (event) => event.preventDefault());
byId('download').addEventListener('click', () => {
  if (project) download(projectZip(project.files), `${targetSelect.value}-get-current-user.zip`);
});
render();
