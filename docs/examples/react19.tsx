// React 19: the elements themselves, typed by invite-dashboard/react-jsx.
import { useState } from 'react';
import 'invite-dashboard'; // registers the elements
import type {} from 'invite-dashboard/react-jsx'; // types <invite-dashboard …> in JSX

const ROLES = ['user', 'moderator'];

export function InvitationsPage() {
  const [created, setCreated] = useState<string[]>([]);
  return (
    <>
      <invite-dashboard
        apiBase="/api/auth"
        roles={ROLES}
        pageSize={10}
        oninvite-created={(event) => setCreated((list) => [...list, ...(event.detail.invitations ?? ['a link'])])}
      />
      <p role="status">{created.length > 0 && `Invited: ${created.join(', ')}`}</p>
    </>
  );
}
