// A small React 19 app hosting <invite-dashboard>. React 19 sets a custom element's props as
// properties when the element has them (apiBase, roles, pageSize) and turns `on…` props into
// addEventListener calls with the rest of the name as written: `oninvite-created` listens for
// "invite-created" (so the "on" must be followed by the exact, lowercase event name).
import { StrictMode, useCallback, useState, version } from 'react';
import { createRoot } from 'react-dom/client';
// Registers the elements; vite.demo.config.ts points this at src/index.ts.
import 'invite-dashboard';
import { logEntry } from '../shared/event-log.js';
import '../shared/apps.css';

/** Roles this app lets its admins grant (a subset of what the server allows). */
const ROLES = ['user', 'moderator'];
const PAGE_SIZES = [5, 10, 20];

function App() {
  const [events, setEvents] = useState(/** @type {import('../shared/event-log.js').LoggedEvent[]} */ ([]));
  const [signedOut, setSignedOut] = useState(false);
  const [pageSize, setPageSize] = useState(10);

  const log = useCallback((/** @type {Event} */ event) => setEvents((list) => [...list, logEntry(event)]), []);
  const onUnauthorized = useCallback(
    (/** @type {Event} */ event) => {
      setSignedOut(true);
      log(event);
    },
    [log],
  );

  return (
    <>
      <header className="app-header">
        <div>
          <h1>React {version}</h1>
          <p>
            This page is a React app. It passes <code>apiBase</code>, <code>roles</code> and <code>pageSize</code> to{' '}
            <code>&lt;invite-dashboard&gt;</code> as properties and listens to its <code>invite-*</code> events.
          </p>
        </div>
        <label className="app-control">
          Page size
          <select id="page-size" value={pageSize} onChange={(event) => setPageSize(Number(event.target.value))}>
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
      </header>
      {signedOut && (
        <p id="sign-in-hint" className="app-hint" role="status">
          The dashboard says you are signed out. <a href="/sign-in?next=/react">Sign in</a> with the demo account, then come
          back here.
        </p>
      )}
      <div className="app-layout">
        <invite-dashboard
          apiBase="/api/auth"
          roles={ROLES}
          pageSize={pageSize}
          oninvite-created={log}
          oninvite-canceled={log}
          oninvite-unauthorized={onUnauthorized}
        />
        <EventLog events={events} />
      </div>
    </>
  );
}

/** @param {{ events: import('../shared/event-log.js').LoggedEvent[] }} props */
function EventLog({ events }) {
  return (
    <section className="app-events" aria-labelledby="events-title">
      <h2 id="events-title">Events</h2>
      {events.length === 0 && <p>None yet: create or cancel an invitation.</p>}
      <ol id="event-log" data-testid="event-log" aria-live="polite">
        {events.map((entry) => (
          <li key={entry.id} data-event={entry.name}>
            <code>{entry.name}</code>
            <span>{entry.summary}</span>
            <time>{entry.time}</time>
          </li>
        ))}
      </ol>
    </section>
  );
}

createRoot(/** @type {HTMLElement} */ (document.getElementById('app'))).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
