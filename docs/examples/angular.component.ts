// invitations.component.ts: a standalone Angular component hosting <invite-dashboard>.
// CUSTOM_ELEMENTS_SCHEMA lets the template use the tag; [prop] sets properties, (event) listens.
import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import 'invite-dashboard'; // registers the elements
import type { InviteEvent } from 'invite-dashboard';

@Component({
  selector: 'app-invitations',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <invite-dashboard api-base="/api/auth" [roles]="roles" [pageSize]="10" (invite-created)="onCreated($event)"></invite-dashboard>
    <p role="status">{{ invited().length > 0 ? 'Invited: ' + invited().join(', ') : '' }}</p>
  `,
})
export class InvitationsComponent {
  readonly roles = ['user', 'moderator'];
  readonly invited = signal<string[]>([]);

  onCreated(event: Event) {
    const { invitations } = (event as InviteEvent<'invite-created'>).detail;
    this.invited.update((list) => [...list, ...(invitations ?? ['a link'])]);
  }
}
