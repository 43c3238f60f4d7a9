// A small Vue 3 app hosting <invite-dashboard>, written with render functions: `vue` resolves to the
// runtime-only build, so no template compiler (it uses `new Function`, which a strict CSP forbids).
// A tag with a dash in h() is created as a plain element; `isCustomElement` only matters for templates.
// In props, a leading "." sets a DOM property (`'.roles'`: the array itself, not a string), and an
// `onInviteCreated` listener is added for "invite-created" (Vue hyphenates what follows "on"), the
// same as `@invite-created` in a template.
import { createApp, h, ref, version } from 'vue';
// Registers the elements; vite.demo.config.ts points this at src/index.ts.
import 'invite-dashboard';
import { logEntry } from '../shared/event-log.js';
import '../shared/apps.css';

/** Roles this app lets its admins grant (a subset of what the server allows). */
const ROLES = ['user', 'moderator'];
const PAGE_SIZES = [5, 10, 20];

const App = {
  name: 'InviteDemoApp',
  setup() {
    /** @type {import('vue').Ref<import('../shared/event-log.js').LoggedEvent[]>} */
    const events = ref([]);
    const signedOut = ref(false);
    const pageSize = ref(10);

    /** @param {Event} event */
    const log = (event) => events.value.push(logEntry(event));
    /** @param {Event} event */
    const onUnauthorized = (event) => {
      signedOut.value = true;
      log(event);
    };

    return () => [
      renderHeader(pageSize),
      signedOut.value
        ? h('p', { id: 'sign-in-hint', class: 'app-hint', role: 'status' }, [
            'The dashboard says you are signed out. ',
            h('a', { href: '/sign-in?next=/vue' }, 'Sign in'),
            ' with the demo account, then come back here.',
          ])
        : null,
      h('div', { class: 'app-layout' }, [
        h('invite-dashboard', {
          '.apiBase': '/api/auth',
          '.roles': ROLES,
          '.pageSize': pageSize.value,
          onInviteCreated: log,
          onInviteCanceled: log,
          onInviteUnauthorized: onUnauthorized,
        }),
        renderEventLog(events.value),
      ]),
    ];
  },
};

/** @param {import('vue').Ref<number>} pageSize */
function renderHeader(pageSize) {
  return h('header', { class: 'app-header' }, [
    h('div', [
      h('h1', `Vue ${version}`),
      h('p', [
        'This page is a Vue app. It passes ',
        h('code', 'apiBase'),
        ', ',
        h('code', 'roles'),
        ' and ',
        h('code', 'pageSize'),
        ' to ',
        h('code', '<invite-dashboard>'),
        ' as properties and listens to its ',
        h('code', 'invite-*'),
        ' events.',
      ]),
    ]),
    h('label', { class: 'app-control' }, [
      'Page size',
      h(
        'select',
        {
          id: 'page-size',
          value: pageSize.value,
          onChange: (/** @type {Event} */ event) => {
            pageSize.value = Number(/** @type {HTMLSelectElement} */ (event.target).value);
          },
        },
        PAGE_SIZES.map((size) => h('option', { key: size, value: size }, String(size))),
      ),
    ]),
  ]);
}

/** @param {import('../shared/event-log.js').LoggedEvent[]} events */
function renderEventLog(events) {
  return h('section', { class: 'app-events', 'aria-labelledby': 'events-title' }, [
    h('h2', { id: 'events-title' }, 'Events'),
    events.length === 0 ? h('p', 'None yet: create or cancel an invitation.') : null,
    h(
      'ol',
      { id: 'event-log', 'data-testid': 'event-log', 'aria-live': 'polite' },
      events.map((entry) =>
        h('li', { key: entry.id, 'data-event': entry.name }, [
          h('code', entry.name),
          h('span', entry.summary),
          h('time', entry.time),
        ]),
      ),
    ),
  ]);
}

createApp(App).mount('#app');
