// Any bundler (Vite, webpack, esbuild, Rollup) after `npm install invite-dashboard`.
import 'invite-dashboard'; // registers all six elements; 'invite-dashboard/invite-dashboard' registers the dashboard

/** Shows the dashboard in `parent`, calling the API with the user's bearer token. */
export function mountInvitations(parent: HTMLElement, token: string, onInvited: (emails: string[]) => void) {
  const dashboard = document.createElement('invite-dashboard'); // typed: an InviteDashboard
  dashboard.roles = ['user', 'moderator'];
  dashboard.pageSize = 10;
  dashboard.fetch = (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set('authorization', `Bearer ${token}`);
    return fetch(input, { ...init, headers });
  };
  dashboard.addEventListener('invite-created', (event) => onInvited(event.detail.invitations ?? []));
  parent.append(dashboard);
  return dashboard;
}
