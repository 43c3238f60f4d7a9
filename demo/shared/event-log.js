// What the React and Vue demo apps write in their "Events" list for each invite-* event they hear.

let nextId = 1;

/**
 * @typedef {object} LoggedEvent
 * @property {number} id       Unique per page load (a list key for the frameworks).
 * @property {string} name     The event's type, e.g. "invite-created".
 * @property {string} summary  One short line about its detail.
 * @property {string} time     When it arrived, as the user reads times.
 */

/**
 * @param {Event} event  An `invite-*` CustomEvent from `<invite-dashboard>`.
 * @returns {LoggedEvent}
 */
export function logEntry(event) {
  return {
    id: nextId++,
    name: event.type,
    summary: summarize(event.type, /** @type {CustomEvent} */ (event).detail ?? {}),
    time: new Date().toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' }),
  };
}

/**
 * @param {string} type
 * @param {any} detail  See InviteEventDetailMap in src/events.ts.
 */
function summarize(type, detail) {
  switch (type) {
    case 'invite-created':
      if (detail.invitations?.length) return `private invitation for ${detail.invitations.join(', ')}`;
      return detail.url ? `public link ${detail.url}` : 'public invitation';
    case 'invite-canceled': {
      const invitation = detail.invitation;
      const who = invitation?.emails?.length ? invitation.emails.join(', ') : 'public link';
      return invitation ? `${who} (${invitation.role})` : '';
    }
    case 'invite-unauthorized':
      return 'the server says nobody is signed in';
    default:
      return '';
  }
}
