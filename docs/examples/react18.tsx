// React 18 (works in 19 too): @lit/react wrappers with onInvite… props.
import { useState } from 'react';
import { InviteDashboard } from 'invite-dashboard/react';

const ROLES = ['user', 'moderator'];

export function InvitationsPage() {
  const [created, setCreated] = useState<string[]>([]);
  return (
    <>
      <InviteDashboard
        apiBase="/api/auth"
        roles={ROLES}
        pageSize={10}
        onInviteCreated={(event) => setCreated((list) => [...list, ...(event.detail.invitations ?? ['a link'])])}
      />
      <p role="status">{created.length > 0 && `Invited: ${created.join(', ')}`}</p>
    </>
  );
}
