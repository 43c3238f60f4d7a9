import { css, html, svg, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { saveFile } from '../../dom/download.js';
import { LazyModule } from '../../dom/lazy-module.js';
import type { InviteStrings } from '../../i18n/strings.js';

/** Modules of white around the code: the quiet zone the QR standard asks for. */
const QUIET = 4;
/** Pixels per module in the downloaded file, so it opens at a printable size. */
const FILE_SCALE = 8;
/** Encoded links kept, so a re-render (a card's, the dialog's) does not encode again. */
const CACHE_SIZE = 16;

/** One encoded link: the side in modules, one SVG path of its dark modules, and an id for its title. */
export interface QrPath {
  size: number;
  d: string;
  id: string;
}

// The nano build (about 2 KB gzipped): byte mode under a UTF-8 ECI header, which phone cameras,
// ZXing and jsQR read. The full `lean-qr` adds other modes and costs 1.5 KB more in the single file.
// Loaded on the first QR code shown (see LazyModule).
const encoder = new LazyModule(() => import('lean-qr/nano'));

/** Loads the QR encoder; `qrPath` can run once this has resolved. */
export const loadQrEncoder = () => encoder.load();

const cache = new Map<string, QrPath>();
let count = 0;

/**
 * The QR code of `text` (error correction M: still reads with 15% of it smudged or covered) as one
 * path: each horizontal run of dark modules is a 1-module-high rectangle, `M{x} {y}h{n}v1h-{n}z`.
 * One path rather than a `<rect>` per module keeps a 200-character link to a few kilobytes of DOM.
 * Needs the encoder: call it once `loadQrEncoder()` has resolved.
 */
export function qrPath(text: string): QrPath {
  const cached = cache.get(text);
  if (cached) {
    // Most recently used last, so the oldest is the one dropped.
    cache.delete(text);
    cache.set(text, cached);
    return cached;
  }
  const qr = encoder.module;
  if (!qr) throw new Error('qrPath: the QR encoder is not loaded yet (await loadQrEncoder())');
  const code = qr.generate(text, { minCorrectionLevel: qr.correction.M });
  const { size } = code;
  let d = '';
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; ) {
      if (!code.get(x, y)) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < size && code.get(x, y)) x += 1;
      d += `M${start} ${y}h${x - start}v1h-${x - start}z`;
    }
  }
  const path = { size, d, id: `qr-title-${(count += 1)}` };
  cache.set(text, path);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return path;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A standalone SVG file of the code, black on white with its quiet zone. This builds a file's text
 * (`title` escaped), it never goes into the page.
 */
export function qrSvgFile({ size, d }: QrPath, title: string): string {
  const side = size + 2 * QUIET;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${-QUIET} ${-QUIET} ${side} ${side}" ` +
    `width="${side * FILE_SCALE}" height="${side * FILE_SCALE}" shape-rendering="crispEdges">` +
    `<title>${escapeXml(title)}</title>` +
    `<rect x="${-QUIET}" y="${-QUIET}" width="${side}" height="${side}" fill="#fff"/>` +
    `<path fill="#000" d="${d}"/></svg>\n`;
}

export interface QrFigureOptions {
  /** What the code encodes: the public invite link. */
  url: string;
  /** Name of the downloaded file, e.g. `invite-qr.svg`. */
  filename: string;
  /** Renders again once the encoder has loaded (or failed to). */
  host: QrHost;
}

/**
 * The QR code of a link (`part="qr"`): the image, named by its `<title>`; a caption with the link as
 * text, which is the text alternative and can be read and selected; and a button that downloads the
 * code as an SVG file (`part="button qr-download"`). The host adds `qrStyles` and `buttons`.
 */
export function renderQrFigure(strings: InviteStrings, { url, filename, host }: QrFigureOptions): TemplateResult {
  if (!encoder.module) return renderPending(strings, url, host);
  const path = qrPath(url);
  const side = path.size + 2 * QUIET;
  // Whole CSS pixels per module (145–210px in all for links up to 250 characters): at a fractional
  // scale, crispEdges rounds modules to unequal widths on a 1x screen.
  const pixels = side * Math.ceil(144 / side);
  const download = () => saveFile(new Blob([qrSvgFile(path, strings.qrTitle)], { type: 'image/svg+xml' }), filename);
  // Always black on a white square (its quiet zone), in dark mode and forced colours too: a reader
  // needs dark modules on a light ground, and inverted codes do not scan everywhere.
  return html`<figure class="qr" part="qr">
    <svg class="qr-image" role="img" aria-labelledby=${path.id} viewBox="${-QUIET} ${-QUIET} ${side} ${side}"
      width=${pixels} height=${pixels} shape-rendering="crispEdges">${svg`<title id=${path.id}>${strings.qrTitle}</title>
      <rect x=${-QUIET} y=${-QUIET} width=${side} height=${side} fill="#fff"/>
      <path fill="#000" d=${path.d}/>`}</svg>
    <figcaption class="qr-caption">${strings.qrCaption(url)}</figcaption>
    <button class="button button--small" part="button qr-download" type="button" @click=${download}>
      ${strings.downloadQr}
    </button>
  </figure>`;
}

/** A host that renders a QR figure: it renders again once the encoder is there. */
export type QrHost = ReactiveControllerHost & { readonly renderRoot: ParentNode };

/**
 * Until the encoder is there: the caption (the link, the text alternative) under a blank square the
 * size of the code; if the encoder cannot be loaded, a message with Retry in its place (kept, and
 * marked busy, while the retry runs; focus goes to the download button once the code is there).
 */
function renderPending(strings: InviteStrings, url: string, host: QrHost): TemplateResult {
  encoder.request(host);
  const retry = () => void encoder.retry(host, '[part~="qr-download"]');
  return html`<figure class="qr" part="qr" aria-busy=${encoder.failed ? 'false' : 'true'}>
    ${encoder.failed
      ? html`<p class="qr-failed" role="alert">${strings.loadFailed}
          <button class="button button--small" part="button qr-retry" type="button" aria-disabled=${encoder.loading ? 'true' : 'false'} @click=${retry}>${strings.retry}</button></p>`
      : html`<div class="qr-image qr-image--pending"></div>`}
    <figcaption class="qr-caption">${strings.qrCaption(url)}</figcaption>
  </figure>`;
}

/** Styles of `renderQrFigure`'s figure; the host's `buttons` style its button. */
export const qrStyles = css`
  .qr {
    display: grid;
    justify-items: center;
    gap: var(--_space-s);
    margin: 0;
  }
  .qr-image {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-s);
    /* Keeps the code's own black and white, which are already the highest contrast. */
    forced-color-adjust: none;
  }
  .qr-image--pending {
    inline-size: 9rem;
    aspect-ratio: 1;
  }
  .qr-failed {
    margin: 0;
    color: var(--_danger);
  }
  .qr-caption {
    max-inline-size: 100%;
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
    text-align: center;
    overflow-wrap: anywhere;
  }
`;
