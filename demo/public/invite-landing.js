// The invitee's landing page (/invite/<token>, rendered by demo/server/invite-landing.mjs): create an
// account or sign in with the invited address, accept the invitation, go to the dashboard. JSON to
// Better Auth; no inline script, so it runs under the demo's strict CSP.
const landing = document.getElementById('landing');
const message = document.getElementById('message');

if (landing) {
  const { token } = landing.dataset;
  document.getElementById('accept')?.addEventListener('click', (event) => run(event.currentTarget, accept));
  document.getElementById('sign-out')?.addEventListener('click', (event) =>
    run(event.currentTarget, async () => {
      await post('/sign-out', {});
      location.reload();
    }),
  );
  if (landing instanceof HTMLFormElement) setUpForm(landing);

  /** Accepts the invitation for whoever is signed in, then opens the dashboard. */
  async function accept() {
    await post('/invite/activate', { token });
    location.assign('/');
  }

  /** @param {HTMLFormElement} form */
  function setUpForm(form) {
    const switchButton = document.getElementById('switch');
    const nameField = document.getElementById('name-field');
    const nameInput = /** @type {HTMLInputElement} */ (document.getElementById('name'));
    const password = /** @type {HTMLInputElement} */ (document.getElementById('password'));
    const submit = /** @type {HTMLButtonElement} */ (document.getElementById('submit'));
    const title = document.getElementById('form-title');
    const setMode = (/** @type {string} */ mode) => {
      form.dataset.mode = mode;
      const signUp = mode === 'sign-up';
      nameField.hidden = !signUp;
      nameInput.required = signUp;
      password.autocomplete = signUp ? 'new-password' : 'current-password';
      title.textContent = signUp ? 'Create your account' : 'Sign in to accept';
      submit.textContent = signUp ? 'Create account and accept' : 'Sign in and accept';
      switchButton.textContent = signUp ? 'Already have an account? Sign in' : 'No account yet? Create one';
    };
    switchButton.addEventListener('click', () => {
      setMode(form.dataset.mode === 'sign-up' ? 'sign-in' : 'sign-up');
      showMessage('');
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!form.reportValidity()) return;
      run(submit, async () => {
        const signUp = form.dataset.mode === 'sign-up';
        const email = form.elements.namedItem('email').value.trim();
        const body = signUp ? { name: nameInput.value.trim(), email, password: password.value } : { email, password: password.value };
        try {
          await post(signUp ? '/sign-up/email' : '/sign-in/email', body);
        } catch (error) {
          // The address has an account already: offer the sign-in form, keeping what was typed.
          if (error.code === 'USER_ALREADY_EXISTS' || error.code === 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL') setMode('sign-in');
          throw error;
        }
        await accept();
      });
    });
  }
}

/**
 * Runs one action with its button disabled; a failure is shown in words, and nothing typed is lost.
 * @param {HTMLButtonElement} button
 * @param {() => Promise<void>} action
 */
async function run(button, action) {
  showMessage('');
  button.disabled = true;
  try {
    await action();
  } catch (error) {
    showMessage(describe(error));
  } finally {
    button.disabled = false;
  }
}

/**
 * A POST to Better Auth; throws `{ code, message, status }` for an error answer.
 * @param {string} path
 * @param {unknown} body
 */
async function post(path, body) {
  let response;
  try {
    response = await fetch(`/api/auth${path}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    throw { code: 'NETWORK', message: 'The server cannot be reached. Check your connection and try again.' };
  }
  const data = await response.json().catch(() => null);
  if (!response.ok) throw { code: data?.code, message: data?.message, status: response.status };
  return data;
}

/** Words for what went wrong, in place of the server's terse codes. */
function describe(error) {
  const invited = landing?.dataset.email;
  switch (error?.code) {
    case 'INVALID_EMAIL':
      return `This invitation is for ${invited || 'another address'}. Sign in or create an account with that address.`;
    case 'USER_ALREADY_EXISTS':
    case 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL':
      return 'This address already has an account: sign in with its password to accept the invitation.';
    case 'INVALID_EMAIL_OR_PASSWORD':
      return 'That email and password do not match. Try again.';
    case 'CANT_ACCEPT_INVITE':
      return 'Your account cannot accept this invitation: administrators keep their role.';
    case 'INVITE_TOKEN_HAS_ALREADY_BEEN_USED':
      return 'This invitation has already been used.';
    case 'INVALID_OR_EXPIRED_INVITE':
    case 'INVALID_TOKEN':
      return 'This invitation is no longer valid (expired or canceled). Ask for a new one.';
    default:
      if (error?.status === 429) return 'Too many attempts. Wait a few seconds and try again.';
      return error?.message || 'Something went wrong. Try again.';
  }
}

/** @param {string} text */
function showMessage(text) {
  message.textContent = text;
  message.hidden = !text;
}
