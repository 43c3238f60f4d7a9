// The demo's sign-in / sign-up form. Talks JSON to Better Auth; no inline script, so it runs under a strict CSP.
const form = document.getElementById('form');
const title = document.getElementById('title');
const message = document.getElementById('message');
const nameField = document.getElementById('name-field');
const nameInput = document.getElementById('name');
const emailInput = document.getElementById('email');
const passwordInput = document.getElementById('password');
const submit = document.getElementById('submit');
const switchButton = document.getElementById('switch');

const params = new URLSearchParams(location.search);
let mode = params.get('mode') === 'sign-up' ? 'sign-up' : 'sign-in';

/** Where to go afterwards: a path on this site only. */
function nextPage() {
  const next = params.get('next') ?? '/';
  // Parsed as the browser will read it (tabs and newlines dropped, "\\" as "/"): "/\t/evil.example"
  // passes a prefix check and leaves the site.
  if (!next.startsWith('/')) return '/';
  const url = new URL(next, location.origin);
  return url.origin === location.origin ? url.pathname + url.search + url.hash : '/';
}

function showMessage(text) {
  message.textContent = text;
  message.hidden = !text;
}

function setMode(next) {
  mode = next;
  const signUp = mode === 'sign-up';
  title.textContent = signUp ? 'Create an account' : 'Sign in';
  submit.textContent = signUp ? 'Create account' : 'Sign in';
  switchButton.textContent = signUp ? 'Have an account? Sign in' : 'No account? Create one';
  nameField.hidden = !signUp;
  nameInput.required = signUp;
  passwordInput.autocomplete = signUp ? 'new-password' : 'current-password';
  if (signUp) {
    // The prefilled demo account already exists; start the new one blank.
    if (emailInput.value === emailInput.defaultValue) emailInput.value = '';
    if (passwordInput.value === passwordInput.defaultValue) passwordInput.value = '';
  } else {
    emailInput.value ||= emailInput.defaultValue;
    passwordInput.value ||= passwordInput.defaultValue;
  }
  document.title = `${title.textContent} — invite dashboard demo`;
}

async function onSubmit(event) {
  event.preventDefault();
  if (!form.reportValidity()) return;
  showMessage('');
  submit.disabled = true;
  const body = { email: emailInput.value.trim(), password: passwordInput.value };
  if (mode === 'sign-up') body.name = nameInput.value.trim();
  try {
    const response = await fetch(`/api/auth/${mode}/email`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      // With a pending invitation cookie, better-invite applies it here and answers with a redirect.
      redirect: 'manual',
    });
    if (response.ok || response.type === 'opaqueredirect') {
      location.assign(nextPage());
      return;
    }
    const data = await response.json().catch(() => null);
    showMessage(data?.message ?? `The server refused (HTTP ${response.status}).`);
  } catch {
    showMessage('The server cannot be reached. Is it running?');
  } finally {
    submit.disabled = false;
  }
}

form.addEventListener('submit', onSubmit);
switchButton.addEventListener('click', () => setMode(mode === 'sign-in' ? 'sign-up' : 'sign-in'));
setMode(mode);
// An invitation link that failed lands here with ?error=CODE&message=…
if (params.get('message')) showMessage(params.get('message'));
