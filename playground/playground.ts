// The playground page: the browser-safe core, driven by a form. No network, no storage: what is
// typed here stays in the page.

import {
  AUTH_METHOD_TABLE,
  CREDENTIAL_INPUTS,
  TARGETS,
  credentialNames,
  generateFromRequest,
  installAsText,
  packageId,
  isBoxSnippetError,
  type AuthMethodId,
  type CredentialName,
  type GenerateRequest,
  type Subject,
  type Target,
  type TargetId,
} from '../src/core/index.js';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const targetSelect = byId<HTMLSelectElement>('target');
const packageSelect = byId<HTMLSelectElement>('package');
const styleSelect = byId<HTMLSelectElement>('style');
const authSelect = byId<HTMLSelectElement>('auth');
const modeSelect = byId<HTMLSelectElement>('mode');
const subjectSelect = byId<HTMLSelectElement>('subject');
const credentialFields = byId<HTMLDivElement>('credential-fields');
const targets = TARGETS as readonly Target[];

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

function render(): void {
  syncFields();
  const error = byId<HTMLParagraphElement>('error');
  try {
    const snippet = generateFromRequest(request());
    error.hidden = true;
    byId('code').textContent = snippet.code;
    byId('code').className = `language-${snippet.languageTag}`;
    byId('install').textContent = installAsText(snippet.install);
    byId('file-name').textContent = snippet.saveNote ? `${snippet.fileName} (${snippet.saveNote})` : snippet.fileName;
    byId('run').textContent = snippet.run;
  } catch (caught) {
    if (!isBoxSnippetError(caught)) throw caught;
    // The library's messages name the CLI flag; here the field's label says the same.
    error.textContent = caught.message.replace(/^--[\w-]+: /, '');
    error.hidden = false;
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
byId('copy').addEventListener('click', async () => {
  const status = byId('copy-status');
  try {
    await navigator.clipboard.writeText(byId('code').textContent ?? '');
    status.textContent = 'Copied.';
  } catch {
    // No clipboard permission (e.g. not https): select the code for Ctrl-C instead.
    getSelection()?.selectAllChildren(byId('code'));
    status.textContent = 'Selected: press Ctrl-C (or ⌘-C) to copy.';
  }
});
render();
