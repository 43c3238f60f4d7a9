// GET /outbox (HTML for people) and GET /outbox.json (for tests).
import { escapeHtml, safeHref } from './html.mjs';
import { sendHtml, sendJson } from './respond.mjs';

/**
 * @param {import('node:http').ServerResponse} res
 * @param {import('./outbox.mjs').Outbox} outbox
 */
export function sendOutboxJson(res, outbox) {
  // Oldest first, as sent.
  sendJson(res, 200, { count: outbox.size, mails: outbox.list() });
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {import('./outbox.mjs').Outbox} outbox
 */
export function sendOutboxPage(res, outbox) {
  const mails = [...outbox.list()].reverse();
  const items = mails.map((mail) =>
    'kind' in mail
      ? `
    <li class="demo-mail">
      <p class="demo-mail-head"><strong>To:</strong> ${escapeHtml(mail.to)}
        <time datetime="${escapeHtml(mail.sentAt)}">${escapeHtml(mail.sentAt.replace('T', ' ').slice(0, 19))} UTC</time></p>
      <p><strong>Subject:</strong> ${escapeHtml(mail.subject)}</p>
    </li>`
      : `
    <li class="demo-mail">
      <p class="demo-mail-head"><strong>To:</strong> ${escapeHtml(mail.name ? `${mail.name} <${mail.to}>` : mail.to)}
        <time datetime="${escapeHtml(mail.sentAt)}">${escapeHtml(mail.sentAt.replace('T', ' ').slice(0, 19))} UTC</time></p>
      <p><strong>Subject:</strong> ${escapeHtml(mail.subject)}</p>
      <p>Role offered: <strong>${escapeHtml(mail.role)}</strong> · ${mail.newAccount ? 'new account' : 'existing account'}</p>
      <p><a href="${escapeHtml(safeHref(mail.url))}">Accept the invitation</a>
        <code class="demo-url">${escapeHtml(mail.url)}</code></p>
    </li>`,
  );
  sendHtml(
    res,
    200,
    `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Outbox — invite dashboard demo</title>
  <link rel="icon" href="/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="/demo.css">
</head>
<body>
  <header class="demo-bar"><a class="demo-brand" href="/">Invite dashboard demo</a><nav><a href="/">Dashboard</a> <a href="/theming">Theming</a> <a href="/react">React</a> <a href="/vue">Vue</a> <a href="/csp">Strict CSP</a> <a href="/outbox" aria-current="page">Outbox</a></nav></header>
  <main class="demo-main">
    <h1>Outbox</h1>
    <p class="demo-note">Invitation mails this development server would have sent (${mails.length}), newest first.
      Open a link in a private window to accept it as the invitee. As JSON: <a href="/outbox.json">/outbox.json</a>.</p>
    ${mails.length ? `<ol class="demo-mails" reversed>${items.join('')}\n    </ol>` : '<p class="demo-empty">No mail yet. Create a private invitation in the dashboard.</p>'}
  </main>
</body>
</html>
`,
  );
}
