// Shows who is signed in, with a sign-out button, or a sign-in link. Not part of the widget.
const bar = document.getElementById('session');
const signedOutNote = document.getElementById('signed-out');

async function currentUser() {
  const response = await fetch('/api/auth/get-session', { credentials: 'same-origin', cache: 'no-store' });
  if (!response.ok) return null;
  const data = await response.json();
  return data?.user ?? null;
}

function showSignedIn(user) {
  const label = document.createElement('span');
  label.textContent = `Signed in as ${user.name || user.email} (${user.email}, ${user.role ?? 'user'})`;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'demo-link';
  button.textContent = 'Sign out';
  button.addEventListener('click', signOut);
  bar.replaceChildren(label, ' ', button);
}

function showSignedOut() {
  const link = document.createElement('a');
  link.href = `/sign-in?next=${encodeURIComponent(location.pathname)}`;
  link.textContent = 'Sign in';
  bar.replaceChildren(link);
  if (signedOutNote) signedOutNote.hidden = false;
}

async function signOut() {
  await fetch('/api/auth/sign-out', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  }).catch(() => {});
  location.assign('/sign-in');
}

currentUser().then(
  (user) => (user ? showSignedIn(user) : showSignedOut()),
  () => showSignedOut(),
);
