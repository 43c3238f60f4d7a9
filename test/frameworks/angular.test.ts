// Angular (20, JIT, zoneless) bootstrapping docs/examples/angular.component.ts, the README's
// "Angular" snippet word for word (readme-snippets.test.ts keeps the two equal). `@angular/compiler`
// compiles the component's template in the browser, as `ng serve` would have ahead of time.
import '@angular/compiler';
import { ApplicationRef, provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { expect, waitUntil } from '@open-wc/testing';
import { InvitationsComponent } from '../../docs/examples/angular.component.js';
import { cardCount, inviteThroughDialog, loadedDashboard, offeredRoles, useContainer, useFakeBetterInvite } from './support.js';

describe('<invite-dashboard> in Angular', () => {
  useFakeBetterInvite();
  const container = useContainer();
  let app: ApplicationRef | undefined;
  let host: HTMLElement;
  beforeEach(async () => {
    host = container();
    host.append(document.createElement('app-invitations'));
    app = await bootstrapApplication(InvitationsComponent, { providers: [provideZonelessChangeDetection()] });
  });
  afterEach(() => {
    app?.destroy();
    app = undefined;
  });

  it('sets [roles] and [pageSize] as properties', async () => {
    const el = await loadedDashboard(host);
    expect(el.roles).to.deep.equal(['user', 'moderator']);
    expect(el.pageSize).to.equal(10);
    expect(cardCount(el)).to.equal(10);
    expect(offeredRoles(el)).to.deep.equal(['user', 'moderator']);
    await expect(el).to.be.accessible();
  });

  it('shows in the Angular page whom the user invited, from (invite-created)', async () => {
    const el = await loadedDashboard(host);
    await inviteThroughDialog(el, 'ada@example.com');
    await waitUntil(() => host.querySelector('[role="status"]')!.textContent!.trim() === 'Invited: ada@example.com', 'Angular view updated');
    await expect(el).to.be.accessible();
  });
});
