// Vue 3 hosting the elements, two ways: render functions (`h()`, what the runtime-only build runs,
// as demo/vue/main.js does) and the template of docs/examples/vue.vue, the README's "Vue 3" snippet
// word for word (readme-snippets.test.ts keeps the two equal), compiled here by Vue's own compiler
// with the README's `isCustomElement`; its <script setup> is mirrored by `setup()` below. The types
// test checks the generated `GlobalComponents` (src/vue/index.ts) with tsc.
import { expect, waitUntil } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';
import { createApp, h, nextTick, ref, version, type App, type Component, type GlobalComponents } from 'vue';
import 'invite-dashboard'; // registers the elements, as the example's <script setup> does
import type {} from 'invite-dashboard/vue';
import type { InviteEvent } from '../../src/events.js';
import { cardCount, inviteThroughDialog, loadedDashboard, offeredRoles, useContainer, useFakeBetterInvite } from './support.js';

/** The props Vue templates (vue-tsc / Volar) check on <invite-dashboard>. */
type DashboardProps = InstanceType<GlobalComponents['InviteDashboard']>['$props'];

/** The `<template>` of the README's Vue example. */
async function readmeTemplate(): Promise<string> {
  const source = (await readFile({ path: '../../docs/examples/vue.vue' }))!;
  return /<template>([\s\S]*)<\/template>/.exec(source)![1];
}

describe('<invite-dashboard> in Vue 3', () => {
  useFakeBetterInvite();
  const container = useContainer();
  let app: App | undefined;
  let host: HTMLElement;
  beforeEach(() => {
    host = container();
  });
  afterEach(() => {
    app?.unmount();
    app = undefined;
  });
  const mount = (root: Component) => {
    app = createApp(root);
    app.config.compilerOptions.isCustomElement = (tag) => tag.includes('-');
    app.mount(host);
  };

  describe('render functions', () => {
    it('sets .prop bindings as properties: the very array, the page size, a strings object', async () => {
      expect(version).to.match(/^3\./);
      const roles = ['user', 'moderator'];
      mount({ setup: () => () => h('invite-dashboard', { '.apiBase': '/api/auth', '.roles': roles, '.pageSize': 10, '.strings': { createInvite: 'Invite someone' } }) });
      const el = await loadedDashboard(host);
      expect(el.roles).to.equal(roles);
      expect(el.pageSize).to.equal(10);
      expect(cardCount(el)).to.equal(10);
      expect(el.shadowRoot!.querySelector('[part~="create-button"]')!.textContent).to.contain('Invite someone');
      await expect(el).to.be.accessible();
    });

    it('follows a page size held in a ref', async () => {
      const pageSize = ref(10);
      mount({ setup: () => () => h('invite-dashboard', { '.apiBase': '/api/auth', '.pageSize': pageSize.value }) });
      const el = await loadedDashboard(host);
      expect(cardCount(el)).to.equal(10);
      pageSize.value = 5;
      await waitUntil(() => cardCount(el) === 5, 'five cards after the ref changed');
    });

    it('hears invite-created through an onInviteCreated listener', async () => {
      const heard: string[] = [];
      const onInviteCreated = (event: InviteEvent<'invite-created'>) => heard.push(...(event.detail.invitations ?? []));
      mount({ setup: () => () => h('invite-dashboard', { '.apiBase': '/api/auth', onInviteCreated }) });
      const el = await loadedDashboard(host);
      await inviteThroughDialog(el, 'linus@example.com');
      await waitUntil(() => heard.length === 1, 'invite-created heard');
      expect(heard).to.deep.equal(['linus@example.com']);
    });
  });

  describe('the README template', () => {
    /** Mirrors the example's <script setup>. */
    const page = (template: string): Component => ({
      template,
      setup() {
        const roles = ['user', 'moderator'];
        const invited = ref<string[]>([]);
        const onCreated = (event: InviteEvent<'invite-created'>) => invited.value.push(...(event.detail.invitations ?? ['a link']));
        return { roles, invited, onCreated };
      },
    });

    it('passes roles and page size with .prop and shows whom the user invited from @invite-created', async () => {
      mount(page(await readmeTemplate()));
      const el = await loadedDashboard(host);
      expect(el.roles).to.deep.equal(['user', 'moderator']);
      expect(el.pageSize).to.equal(10);
      expect(cardCount(el)).to.equal(10);
      expect(offeredRoles(el)).to.deep.equal(['user', 'moderator']);
      await inviteThroughDialog(el, 'ada@example.com');
      await waitUntil(() => host.querySelector('[role="status"]')!.textContent === 'Invited: ada@example.com', 'Vue state updated');
      await nextTick();
      await expect(el).to.be.accessible();
    });
  });

  describe('types', () => {
    it('GlobalComponents types the props and events of <invite-dashboard> (checked by tsc)', () => {
      const right: DashboardProps = {
        apiBase: '/api/auth',
        roles: ['user'],
        pageSize: 10,
        'page-size': '10',
        onInviteCreated: (event) => void event.detail.invitations,
      };
      // @ts-expect-error pageSize is a number
      const wrongType: DashboardProps = { pageSize: 'ten' };
      // @ts-expect-error the detail of invite-canceled has an invitation, not a url
      const wrongEvent: DashboardProps = { onInviteCanceled: (event) => event.detail.url };
      expect([right, wrongType, wrongEvent]).to.have.length(3);
    });
  });
});
