import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, css, render, type PropertyDeclarations } from 'lit';
import { correction, generate } from 'lean-qr/nano';
import { loadQrEncoder, qrPath, qrStyles, renderQrFigure } from '../../src/components/shared/qr-code.js';
import { defaultStrings, type InviteStrings } from '../../src/i18n/strings.js';
import { buttons } from '../../src/styles/buttons.js';
import { base } from '../../src/styles/tokens.js';
import { stub } from '../helpers/layout.js';

const LINK = `https://auth.example.org/api/auth/invite/${'Zx8kQ2mN4pR6tV1wY3bC5dF7gH9jK0L'.repeat(5)}?callbackURL=%2Fwelcome`;

/** A shadow root styled the way the elements are (tokens, buttons, the figure's styles) around one figure, on a card's surface. */
class QrHost extends LitElement {
  static override styles = [base, buttons, qrStyles, css`:host { background: var(--_surface); }`];
  static override properties: PropertyDeclarations = { url: {}, theme: { reflect: true }, strings: { attribute: false } };
  url = LINK;
  theme = 'light';
  strings: InviteStrings = defaultStrings;
  override render() {
    return renderQrFigure(this.strings, { url: this.url, filename: 'invite-qr-abc.svg', host: this });
  }
}
customElements.define('qr-test-host', QrHost);

/** A figure with the encoder loaded: what the host shows one render after the first QR code. */
async function host(theme: 'light' | 'dark' = 'light', url = LINK): Promise<QrHost> {
  await loadQrEncoder();
  return fixture<QrHost>(html`<qr-test-host theme=${theme} .url=${url}></qr-test-host>`);
}
const $ = <T extends Element = HTMLElement>(el: QrHost, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector)!;

/** The dark modules a path draws, as "x,y" keys, read back from its `M{x} {y}h{n}v1h-{n}z` runs. */
function modulesOf(d: string): Set<string> {
  const dark = new Set<string>();
  const runs = [...d.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)];
  expect(runs.map((run) => run[0]).join(''), 'the path is nothing but runs').to.equal(d);
  for (const [, x, y, n, back] of runs) {
    expect(back).to.equal(n);
    for (let i = 0; i < Number(n); i += 1) dark.add(`${Number(x) + i},${y}`);
  }
  return dark;
}


// First in the file: the encoder is loaded once per page, by the first figure shown.
describe('QR code figure before its encoder has loaded', () => {
  it('shows the link as text at once, and asks its host to render again once the encoder is there', async () => {
    let updates = 0;
    const fakeHost = { addController() {}, removeController() {}, requestUpdate: () => void (updates += 1), updateComplete: Promise.resolve(true), renderRoot: document.createElement('div') };
    const container = document.createElement('div');
    render(renderQrFigure(defaultStrings, { url: LINK, filename: 'invite-qr.svg', host: fakeHost }), container);
    expect(container.querySelector('svg') === null, 'no image yet').to.equal(true);
    expect(container.querySelector('figure[part="qr"] figcaption')!.textContent).to.contain(LINK);
    expect(container.querySelector('.qr-image--pending') !== null, 'a blank square the size of the code').to.equal(true);
    expect(container.querySelector('figure[part="qr"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(updates).to.equal(0);

    await loadQrEncoder();
    expect(updates, 'the host renders again').to.equal(1);
    render(renderQrFigure(defaultStrings, { url: LINK, filename: 'invite-qr.svg', host: fakeHost }), container);
    expect(container.querySelector('svg[role="img"]') !== null, 'the image').to.equal(true);
    expect(container.querySelector('.qr-image--pending') === null).to.equal(true);
  });
});

describe('QR code figure', () => {
  const restores: (() => void)[] = [];
  afterEach(() => restores.splice(0).forEach((restore) => restore()));

  /** Captures what saveFile hands the browser, without starting a download. */
  function captureDownloads() {
    const saved: { blob: Blob; filename: string }[] = [];
    let blob: Blob | undefined;
    restores.push(
      stub(URL, 'createObjectURL', (value: Blob) => ((blob = value), 'blob:qr-test')),
      stub(URL, 'revokeObjectURL', () => {}),
      stub(HTMLAnchorElement.prototype, 'click', function (this: HTMLAnchorElement) {
        if (this.href === 'blob:qr-test' && blob) saved.push({ blob, filename: this.download });
      }),
    );
    return saved;
  }

  describe('accessibility', () => {
    it('is an image named by its title, with the link as text in its caption', async () => {
      const el = await host();
      const figure = $(el, 'figure[part="qr"]');
      const image = figure.querySelector('svg')!;
      expect(image.getAttribute('role')).to.equal('img');
      const title = el.shadowRoot!.getElementById(image.getAttribute('aria-labelledby')!)!;
      expect(title.localName).to.equal('title');
      expect(title.textContent).to.equal('QR code of the link');
      expect(image.parentElement).to.equal(figure);
      expect(figure.querySelector('figcaption')!.textContent).to.equal(`Scan with a phone camera to open ${LINK}`);
    });

    for (const theme of ['light', 'dark'] as const) {
      it(`passes axe in the ${theme} theme`, async () => {
        await expect(await host(theme)).to.be.accessible();
      });
    }

    it('stays black on white in the dark theme, so it scans', async () => {
      const el = await host('dark');
      expect(getComputedStyle($(el, 'rect')).fill).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle($(el, 'path')).fill).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle($(el, 'figcaption')).color).to.not.equal('rgb(0, 0, 0)');
    });

    it('says it in the host’s language', async () => {
      const el = await fixture<QrHost>(html`<qr-test-host .strings=${{ ...defaultStrings, qrTitle: 'Código QR', downloadQr: 'Descargar' }}></qr-test-host>`);
      expect($(el, 'title').textContent).to.equal('Código QR');
      expect($(el, '[part~="qr-download"]').textContent!.trim()).to.equal('Descargar');
    });
  });

  describe('the code', () => {
    it('draws exactly the encoder’s dark modules, with a 4-module quiet zone, crisp', async () => {
      const el = await host();
      const code = generate(LINK, { minCorrectionLevel: correction.M });
      const expected = new Set<string>();
      for (let y = 0; y < code.size; y += 1) for (let x = 0; x < code.size; x += 1) if (code.get(x, y)) expected.add(`${x},${y}`);

      const drawn = modulesOf($(el, 'path').getAttribute('d')!);
      expect(drawn.size).to.equal(expected.size);
      expect([...drawn].every((key) => expected.has(key))).to.equal(true);
      const image = $(el, 'svg');
      expect(image.getAttribute('viewBox')).to.equal(`-4 -4 ${code.size + 8} ${code.size + 8}`);
      expect(image.getAttribute('shape-rendering')).to.equal('crispEdges');
      expect($(el, 'rect').getAttribute('width')).to.equal(String(code.size + 8));
    });

    it('is square on screen, with whole pixels per module so every module is the same size', async () => {
      for (const url of [LINK, 'https://example.com/i/1']) {
        const el = await host('light', url);
        const { width, height } = $(el, 'svg').getBoundingClientRect();
        const side = qrPath(url).size + 8;
        expect(width).to.be.within(140, 220);
        expect(width).to.equal(height);
        expect(width % side, `${width}px for ${side} modules`).to.equal(0);
      }
    });

    it('encodes a link once, however often it is rendered', async () => {
      const first = qrPath(LINK);
      expect(qrPath(LINK)).to.equal(first);
      const el = await host();
      el.requestUpdate();
      await el.updateComplete;
      expect($(el, 'path').getAttribute('d')).to.equal(first.d);
      expect(qrPath(`${LINK}&other`)).to.not.equal(first);
    });

    it('follows a new link', async () => {
      const el = await host();
      const before = $(el, 'path').getAttribute('d');
      el.url = 'https://example.com/i/short';
      await el.updateComplete;
      expect($(el, 'path').getAttribute('d')).to.not.equal(before);
      expect($(el, 'figcaption').textContent).to.contain('https://example.com/i/short');
    });
  });

  describe('download', () => {
    it('saves an SVG file of the same code', async () => {
      const saved = captureDownloads();
      const el = await host();
      const button = $<HTMLButtonElement>(el, 'button[part~="qr-download"]');
      expect(button.part.contains('button')).to.equal(true);
      expect(button.textContent!.trim()).to.equal('Download QR code');
      button.click();

      expect(saved).to.have.length(1);
      const [{ blob, filename }] = saved as [{ blob: Blob; filename: string }];
      expect(filename).to.equal('invite-qr-abc.svg');
      expect(blob.type).to.equal('image/svg+xml');
      const text = await blob.text();
      expect(text.startsWith('<svg')).to.equal(true);
      expect(text).to.contain(`d="${$(el, 'path').getAttribute('d')}"`);
      const file = new DOMParser().parseFromString(text, 'image/svg+xml');
      expect(file.querySelector('parsererror')).to.equal(null);
      expect(file.documentElement.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
      expect(file.querySelector('title')!.textContent).to.equal('QR code of the link');
    });

    it('writes a title with markup characters as text', async () => {
      const saved = captureDownloads();
      const el = await fixture<QrHost>(html`<qr-test-host .strings=${{ ...defaultStrings, qrTitle: 'Q&A <invite> "QR"' }}></qr-test-host>`);
      $<HTMLButtonElement>(el, '[part~="qr-download"]').click();
      const file = new DOMParser().parseFromString(await saved[0]!.blob.text(), 'image/svg+xml');
      expect(file.querySelector('parsererror')).to.equal(null);
      expect(file.querySelector('title')!.textContent).to.equal('Q&A <invite> "QR"');
    });
  });
});
