// React 18 through the @lit/react wrappers of `invite-dashboard/react` (src/react/index.ts). The page
// under test is docs/examples/react18.tsx, the README's "React 18" snippet word for word
// (readme-snippets.test.ts keeps the two equal). The test runner gives that file and
// src/react/index.ts React 18 for `react` (scripts/wtr-framework-modules.mjs); this file imports
// React 18 by its npm alias, and uses createElement rather than JSX, which would mean React 19.
import { expect, waitUntil } from '@open-wc/testing';
import { createElement, version } from 'react18';
import { flushSync } from 'react-dom18';
import { createRoot, type Root } from 'react-dom18/client';
import type { ReactNode } from 'react';
import { InvitationsPage } from '../../docs/examples/react18.js';
import { InviteDashboard } from '../../src/react/index.js';
import type { InviteEvent } from '../../src/events.js';
import { cardCount, inviteThroughDialog, loadedDashboard, offeredRoles, useContainer, useFakeBetterInvite } from './support.js';

describe('<InviteDashboard> (invite-dashboard/react) in React 18', () => {
  useFakeBetterInvite();
  const container = useContainer();
  let root: Root;
  let host: HTMLElement;
  beforeEach(() => {
    host = container();
    root = createRoot(host);
  });
  const render = (element: ReactNode) => flushSync(() => root.render(element));
  afterEach(() => root.unmount());

  describe('properties', () => {
    it('sets the roles array and the page size as properties, which React 18 alone would not', async () => {
      expect(version).to.match(/^18\./);
      render(createElement(InvitationsPage));
      const el = await loadedDashboard(host);
      expect(el.roles).to.deep.equal(['user', 'moderator']);
      expect(el.pageSize).to.equal(10);
      expect(cardCount(el)).to.equal(10);
      expect(offeredRoles(el)).to.deep.equal(['user', 'moderator']);
      await expect(el).to.be.accessible();
    });

    it('follows a page size that React state changes', async () => {
      render(createElement(InviteDashboard, { apiBase: '/api/auth', pageSize: 10 }));
      const el = await loadedDashboard(host);
      expect(cardCount(el)).to.equal(10);
      render(createElement(InviteDashboard, { apiBase: '/api/auth', pageSize: 5 }));
      await waitUntil(() => cardCount(el) === 5, 'five cards after the page size changed');
    });

    it('hands over rich data (the very array, a strings object) that attributes could not carry', async () => {
      const roles = ['admin', 'user'];
      render(createElement(InviteDashboard, { apiBase: '/api/auth', roles, strings: { createInvite: 'Invite someone' } }));
      const el = await loadedDashboard(host);
      expect(el.roles).to.equal(roles);
      expect(el.shadowRoot!.querySelector('[part~="create-button"]')!.textContent).to.contain('Invite someone');
    });

    it('passes className and id to the element', async () => {
      render(createElement(InviteDashboard, { apiBase: '/api/auth', className: 'wide', id: 'invites' }));
      const el = await loadedDashboard(host);
      expect(el.className).to.equal('wide');
      expect(el.id).to.equal('invites');
    });
  });

  describe('events', () => {
    it('shows in the React page whom the user invited, from onInviteCreated', async () => {
      render(createElement(InvitationsPage));
      const el = await loadedDashboard(host);
      await inviteThroughDialog(el, 'grace@example.com');
      await waitUntil(() => host.querySelector('[role="status"]')!.textContent === 'Invited: grace@example.com', 'React state updated');
      await expect(el).to.be.accessible();
    });

    it('calls the latest handler, and none once it is removed', async () => {
      const heard: string[] = [];
      const listen = (tag: string) => (event: InviteEvent<'invite-created'>) => heard.push(`${tag} ${event.detail.invitations}`);
      render(createElement(InviteDashboard, { apiBase: '/api/auth', onInviteCreated: listen('first') }));
      const el = await loadedDashboard(host);
      const fire = () => el.dispatchEvent(new CustomEvent('invite-created', { detail: { invitations: ['x@example.com'] } }));
      render(createElement(InviteDashboard, { apiBase: '/api/auth', onInviteCreated: listen('second') }));
      fire();
      render(createElement(InviteDashboard, { apiBase: '/api/auth' }));
      fire();
      expect(heard).to.deep.equal(['second x@example.com']);
    });
  });
});
