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

    lazy.retry(host);
    expect(lazy.failed, 'waiting again').to.equal(false);
    expect(calls.length).to.equal(2);
    calls[1]!.resolve('the module');
    await lazy.load();
    expect([lazy.module, lazy.failed]).to.deep.equal(['the module', false]);
  });
});
