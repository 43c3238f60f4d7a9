// gzip / brotli for text responses, chosen from the request's Accept-Encoding.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Below this many bytes compression saves less than its headers cost. */
export const MIN_COMPRESS_BYTES = 1024;

const TEXT_TYPE = /^(text\/|application\/(json|javascript|manifest\+json|xml)|image\/svg\+xml)/;

/**
 * The encoding to answer with: 'br' when the client takes it, else 'gzip', else null. Honours q=0
 * ("gzip;q=0" refuses gzip) and "*".
 * @param {string | string[] | undefined} header  Accept-Encoding.
 * @returns {'br' | 'gzip' | null}
 */
export function chooseEncoding(header) {
  const offered = new Map();
  for (const part of String(header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    offered.set(name, q === undefined ? 1 : Number(q.slice(2)) || 0);
  }
  const accepts = (/** @type {string} */ name) => (offered.get(name) ?? offered.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return null;
}

/**
 * @param {Buffer} body
 * @param {'br' | 'gzip'} encoding
 * @param {'fast' | 'small'} effort  'fast' for answers made per request, 'small' for files compressed once.
 */
export function compress(body, encoding, effort) {
  if (encoding === 'gzip') return gzipSync(body, { level: effort === 'small' ? 9 : 6 });
  return brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: effort === 'small' ? 11 : 5,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

/**
 * Whether a response of this type and size is worth compressing.
 * @param {string | number | string[] | undefined} contentType
 * @param {number} size
 */
export function isCompressible(contentType, size) {
  return size >= MIN_COMPRESS_BYTES && TEXT_TYPE.test(String(contentType ?? ''));
}

/**
 * Writes a whole body, compressed when the client accepts it and it is text of some size. Sets
 * content-length, content-encoding and `vary: accept-encoding` (caches must key on it).
 * @param {import('node:http').ServerResponse} res  Its headers (content-type among them) already set.
 * @param {Buffer} body
 * @param {{ encoded?: (encoding: 'br' | 'gzip') => Buffer }} [options]  A cache of compressed copies.
 */
export function endWithBody(res, body, options = {}) {
  const type = res.getHeader('content-type');
  const encoding = isCompressible(type, body.length) ? chooseEncoding(res.req?.headers['accept-encoding']) : null;
  if (isCompressible(type, body.length)) appendVary(res, 'accept-encoding');
  let sent = body;
  if (encoding) {
    sent = options.encoded ? options.encoded(encoding) : compress(body, encoding, 'fast');
    res.setHeader('content-encoding', encoding);
  }
  res.setHeader('content-length', sent.length);
  res.end(res.req?.method === 'HEAD' ? undefined : sent);
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {string} name
 */
function appendVary(res, name) {
  const current = res.getHeader('vary');
  if (current === undefined) return void res.setHeader('vary', name);
  const list = String(current).split(',').map((v) => v.trim().toLowerCase());
  if (!list.includes(name)) res.setHeader('vary', `${current}, ${name}`);
}
