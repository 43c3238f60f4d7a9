// React 19 hosting the elements themselves. The page under test is docs/examples/react19.tsx, the
// README's "React 19" snippet word for word (readme-snippets.test.ts keeps the two equal). tsc checks
// this file with the generated JSX types (src/react/jsx.ts): the @ts-expect-error lines below fail
// the type check if those types stop catching a wrong prop.
import { expect, waitUntil } from '@open-wc/testing';
import * as React from 'react';
import { version, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { InvitationsPage } from '../../docs/examples/react19.js';
import type { InviteEvent } from '../../src/events.js';
import { createInviteComponents } from '../../src/react/components.js';
import { cardCount, inviteThroughDialog, loadedDashboard, offeredRoles, useContainer, useFakeBetterInvite } from './support.js';

describe('<invite-dashboard> in React 19', () => {
  useFakeBetterInvite();
  const container = useContainer();
  let root: Root;
  let host: HTMLElement;
  beforeEach(() => {
    host = container();
    root = createRoot(host);
  });
  // flushSync: React commits before the next line, as a user's click would have it done by the next frame.
  const render = (element: ReactNode) => flushSync(() => root.render(element));
  afterEach(() => root.unmount());

  describe('properties', () => {
    it('receives the roles array and the page size from JSX as properties', async () => {
      expect(version).to.match(/^19\./);
      render(<InvitationsPage />);
      const el = await loadedDashboard(host);
      expect(el.roles).to.deep.equal(['user', 'moderator']);
      expect(el.pageSize).to.equal(10);
      expect(cardCount(el)).to.equal(10);
      expect(offeredRoles(el)).to.deep.equal(['user', 'moderator']);
      await expect(el).to.be.accessible();
    });

    it('hands over rich data (the very array, a strings object) that attributes could not carry', async () => {
      const roles = ['admin', 'user'];
      render(<invite-dashboard apiBase="/api/auth" roles={roles} strings={{ createInvite: 'Invite someone' }} />);
      const el = await loadedDashboard(host);
      expect(el.roles).to.equal(roles);
      expect(el.shadowRoot!.querySelector('[part~="create-button"]')!.textContent).to.contain('Invite someone');
    });

    it('follows a page size that React state changes', async () => {
      function Paged({ size }: { size: number }) {
        return <invite-dashboard apiBase="/api/auth" pageSize={size} />;
      }
      render(<Paged size={10} />);
      const el = await loadedDashboard(host);
      expect(cardCount(el)).to.equal(10);
      render(<Paged size={5} />);
      await waitUntil(() => cardCount(el) === 5, 'five cards after the page size changed');
    });
  });

  describe('events', () => {
    it('shows in the React page whom the user invited, from oninvite-created', async () => {
      render(<InvitationsPage />);
      const el = await loadedDashboard(host);
      await inviteThroughDialog(el, 'ada@example.com');
      await waitUntil(() => host.querySelector('[role="status"]')!.textContent === 'Invited: ada@example.com', 'React state updated');
      await expect(el).to.be.accessible();
    });

    it('stops listening once React removes the handler', async () => {
      const heard: string[] = [];
      const listen = (event: InviteEvent<'invite-created'>) => heard.push(...(event.detail.invitations ?? []));
      render(<invite-dashboard apiBase="/api/auth" oninvite-created={listen} />);
      const el = await loadedDashboard(host);
      render(<invite-dashboard apiBase="/api/auth" />);
      el.dispatchEvent(new CustomEvent('invite-created', { detail: { invitations: ['late@example.com'] } }));
      expect(heard).to.deep.equal([]);
    });
  });

  describe('the @lit/react wrappers (invite-dashboard/react) in React 19', () => {
    it('set properties and call onInviteCreated as they do in React 18', async () => {
      const { InviteDashboard } = createInviteComponents(React);
      const roles = ['admin'];
      const heard: string[] = [];
      render(<InviteDashboard apiBase="/api/auth" roles={roles} pageSize={5} onInviteCreated={(event) => heard.push(...(event.detail.invitations ?? []))} />);
      const el = await loadedDashboard(host);
      expect(el.roles).to.equal(roles);
      expect(cardCount(el)).to.equal(5);
      await inviteThroughDialog(el, 'ada@example.com');
      await waitUntil(() => heard.length === 1, 'invite-created heard');
    });
  });

  describe('types', () => {
    it('rejects wrong props at compile time (checked by tsc, rendered here)', async () => {
      const wrong = (
        <invite-dashboard
          // @ts-expect-error pageSize is a number
          pageSize="10"
          // @ts-expect-error the detail of invite-created has no `email`
          oninvite-created={(event) => event.detail.email}
        />
      );
      // @ts-expect-error a property name is case-sensitive
      const misspelt = <invite-stats showall />;
      const right = <invite-stats show-all invitations={[]} ref={(el) => void el?.invitations} />;
      render([wrong, misspelt, right].map((element, key) => <div key={key}>{element}</div>));
      expect(host.querySelectorAll('invite-dashboard, invite-stats')).to.have.length(3);
    });
  });
});
