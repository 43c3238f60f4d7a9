import { expect } from '@open-wc/testing';
import type { InviteDashboard } from '../../src/components/invite-dashboard/invite-dashboard.js';
import type { InviteCard } from '../../src/components/invite-card/invite-card.js';
import { realDelay, waitFor } from '../helpers/fake-clock.js';

export const LIST = '/api/auth/invite/list';
export const CREATE = '/api/auth/invite/create';
export const CANCEL = '/api/auth/invite/cancel';

export const shadow = (el: Element) => el.shadowRoot!;
export const cards = (el: InviteDashboard) => [...shadow(el).querySelectorAll<InviteCard>('invite-card')];
export const part = (el: Element, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
export const textOf = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Waits until the dashboard shows a list, the empty state, the error state or the signed-out state.
 * On the real clock, so it also works while a test's fake clock is installed.
 */
export async function settled(el: InviteDashboard, timeout = 5000): Promise<void> {
  await waitFor(() => shadow(el).querySelector('.list, [part~="empty"], [part~="error"], [part~="signed-out"]'), 'dashboard never settled', timeout);
  await el.updateComplete;
}

/** A promise and the function that resolves it: to hold a response until the test lets it go. */
export function gate(): { wait: Promise<void>; open: () => void } {
  let open!: () => void;
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}

/**
 * Counts uncaught exceptions and unhandled promise rejections on the page, and fails each test
 * that leaves any behind. Call once in a top-level `describe`.
 */
export function failOnPageErrors(): string[] {
  const seen: string[] = [];
  const onError = (event: ErrorEvent) => seen.push(`uncaught: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => {
    const reason = event.reason as { stack?: string } | undefined;
    seen.push(`unhandled rejection: ${reason?.stack ?? String(event.reason)}`);
  };
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  beforeEach(() => {
    seen.length = 0;
  });
  afterEach(async () => {
    // Chromium reports an unhandled rejection in a task after the one that rejected, and a rejection
    // at the end of an await chain one task later still: three real tasks let them all show up.
    for (let turn = 0; turn < 3; turn++) await realDelay(0);
    expect(seen, 'uncaught exceptions and unhandled rejections').to.deep.equal([]);
  });
  return seen;
}

/** Makes navigator.onLine read `value` until `restoreOnLine()`. */
export function stubOnLine(value: boolean): void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => value });
}

export function restoreOnLine(): void {
  delete (navigator as { onLine?: boolean }).onLine;
}
