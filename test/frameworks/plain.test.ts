// No framework: the README's "Script tag" and "npm + bundler" snippets, docs/examples/script-tag.html
// and docs/examples/bundler.ts word for word (readme-snippets.test.ts keeps them equal). The script
// tag's markup and inline script run here with the elements compiled from src/; that its file is one
// the package ships is checked against package.json (the bundle itself is the package test's).
import { expect, waitUntil } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';
import { http } from 'msw';
import 'invite-dashboard';
import { mountInvitations } from '../../docs/examples/bundler.js';
import { cardCount, inviteThroughDialog, loadedDashboard, offeredRoles, useContainer, useFakeBetterInvite } from './support.js';

describe('<invite-dashboard> without a framework', () => {
  const { worker } = useFakeBetterInvite();
  const container = useContainer();

  describe('script tag', () => {
    /** The snippet's markup in the container, and its inline module script run. */
    async function loadSnippet() {
      const page = new DOMParser().parseFromString((await readFile({ path: '../../docs/examples/script-tag.html' }))!, 'text/html');
      const scripts = [...page.querySelectorAll('script')];
      for (const script of scripts) script.remove();
      container().append(...[...page.body.childNodes].map((node) => document.importNode(node, true)));
      for (const script of scripts.filter((s) => !s.src)) {
        const run = document.createElement('script');
        run.type = 'module';
        run.textContent = script.textContent;
        container().append(run);
      }
      return scripts;
    }

    it('loads a file the package ships', async () => {
      const scripts = await loadSnippet();
      const { exports } = JSON.parse((await readFile({ path: '../../package.json' }))!) as { exports: Record<string, unknown> };
      const file = new URL(scripts[0].src).pathname.split('/').pop();
      expect(exports).to.have.property(`./${file}`);
    });

    it('reads roles and page size from attributes and reports invitations to the page script', async () => {
      await loadSnippet();
      const el = await loadedDashboard(container());
      expect(el.roles).to.deep.equal(['user', 'moderator']);
      expect(cardCount(el)).to.equal(10);
      await inviteThroughDialog(el, 'ada@example.com');
      await waitUntil(() => container().querySelector('#invited')!.textContent === 'Invited: ada@example.com', 'page script ran');
      await expect(el).to.be.accessible();
    });
  });

  describe('npm + bundler', () => {
    it('sends the bearer token through the fetch property and reports invitations', async () => {
      const authorization: (string | null)[] = [];
      worker.use(http.get('/api/auth/invite/list', ({ request }) => void authorization.push(request.headers.get('authorization'))));
      const invited: string[] = [];
      const dashboard = mountInvitations(container(), 'secret-token', (emails) => invited.push(...emails));
      const el = await loadedDashboard(container());
      expect(el).to.equal(dashboard);
      expect(authorization).to.include('Bearer secret-token');
      expect(cardCount(el)).to.equal(10);
      expect(offeredRoles(el)).to.deep.equal(['user', 'moderator']);
      await inviteThroughDialog(el, 'grace@example.com');
      await waitUntil(() => invited.length === 1, 'invite-created heard');
      expect(invited).to.deep.equal(['grace@example.com']);
    });
  });
});
