import { expect } from '@open-wc/testing';
import { LazyModule } from '../../src/dom/lazy-module.js';

/** An import the test settles by hand, counting how often it is made. */
function controlledImport() {
  const calls: { resolve: (module: string) => void; reject: (error: Error) => void }[] = [];
  const load = () => new Promise<string>((resolve, reject) => calls.push({ resolve, reject }));
  return { load, calls };
}

/** A host that counts the renders asked of it. */
function countingHost() {
  const host = { updates: 0, addController() {}, removeController() {}, requestUpdate: () => void (host.updates += 1), updateComplete: Promise.resolve(true) };
  return host;
}

describe('LazyModule: a module loaded on first use', () => {
  it('makes one import however often it is asked while loading, and keeps the module', async () => {
    const { load, calls } = controlledImport();
    const lazy = new LazyModule(load);
    const host = countingHost();
    lazy.request(host);
    lazy.request(host);
    const loaded = lazy.load();
    expect(calls.length).to.equal(1);
    calls[0]!.resolve('the module');
    expect(await loaded).to.equal('the module');
    expect(lazy.module).to.equal('the module');
    expect(host.updates > 0, 'the host renders again').to.equal(true);
    lazy.request(host);
    expect(calls.length, 'no import once loaded').to.equal(1);
  });

  it('remembers a failed load instead of trying again on every render, until retry()', async () => {
    const { load, calls } = controlledImport();
    const lazy = new LazyModule(load);
    const host = countingHost();
    lazy.request(host);
    calls[0]!.reject(new Error('chunk could not be fetched'));
    await lazy.load().catch(() => undefined);
    expect(lazy.failed).to.equal(true);
    expect(host.updates, 'the host renders the failure').to.equal(1);
    lazy.request(host);
    lazy.request(host);
    expect(calls.length, 'a render does not try again').to.equal(1);

    const retried = lazy.retry(host);
    expect([lazy.failed, lazy.loading], 'the failure stays shown while the retry runs').to.deep.equal([true, true]);
    expect(calls.length).to.equal(2);
    calls[1]!.resolve('the module');
    expect(await retried).to.equal(true);
    expect([lazy.module, lazy.failed, lazy.loading]).to.deep.equal(['the module', false, false]);
  });

  it('tells every host that showed the failure when a retry from one of them works', async () => {
    const { load, calls } = controlledImport();
    const lazy = new LazyModule(load);
    const [card, dialog] = [countingHost(), countingHost()];
    lazy.request(card);
    lazy.request(dialog);
    calls[0]!.reject(new Error('offline'));
    await lazy.load().catch(() => undefined);
    const [cardBefore, dialogBefore] = [card.updates, dialog.updates];
    const retried = lazy.retry(card);
    calls[1]!.resolve('the module');
    await retried;
    expect(dialog.updates > dialogBefore, 'the other host renders the module too').to.equal(true);
    expect(card.updates > cardBefore).to.equal(true);
  });

  it('retry() resolves to false when the module still cannot be loaded', async () => {
    const { load, calls } = controlledImport();
    const lazy = new LazyModule(load);
    const host = countingHost();
    lazy.request(host);
    calls[0]!.reject(new Error('offline'));
    await lazy.load().catch(() => undefined);
    const retried = lazy.retry(host);
    calls[1]!.reject(new Error('still offline'));
    expect(await retried).to.equal(false);
    expect([lazy.failed, lazy.loading]).to.deep.equal([true, false]);
  });
});
