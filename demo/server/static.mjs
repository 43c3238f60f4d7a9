// Static files with the right content type, confined to their root folder, compressed for clients that take it.
import fs from 'node:fs';
import path from 'node:path';
import { compress, endWithBody } from './compress.mjs';
import { STRICT_CSP } from './respond.mjs';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The file a URL path names inside root, or null when it would leave root, names a dotfile
 * (".git", ".env"), is not a regular file, or cannot be decoded.
 * @param {string} root      Absolute folder.
 * @param {string} urlPath   The part of the URL path below root, e.g. "invite-dashboard.js".
 */
export function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter(Boolean);
  if (segments.some((s) => s.startsWith('.'))) return null; // also rules out ".."
  const file = path.resolve(root, ...segments);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  try {
    return fs.statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/** Compressed copies by file, kept while the file's mtime and size stay the same. */
const compressedCache = new Map();

/**
 * Sends a file (or only its headers for HEAD), compressed when the client takes it and it is text.
 * HTML files are pages: they get STRICT_CSP (the widget needs nothing more; /csp adds Trusted Types).
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} file  From resolveInside().
 */
export function sendFile(req, res, file) {
  const { mtimeMs, size } = fs.statSync(file);
  const extension = path.extname(file).toLowerCase();
  res.statusCode = 200;
  res.setHeader('content-type', CONTENT_TYPES[/** @type {keyof typeof CONTENT_TYPES} */ (extension)] ?? 'application/octet-stream');
  // A demo that is rebuilt often: always revalidate.
  res.setHeader('cache-control', 'no-cache');
  if (extension === '.html') res.setHeader('content-security-policy', STRICT_CSP);
  const body = fs.readFileSync(file);
  const version = `${mtimeMs}:${size}`;
  endWithBody(res, body, {
    encoded(encoding) {
      const key = `${encoding}:${file}`;
      const cached = compressedCache.get(key);
      if (cached?.version === version) return cached.bytes;
      const bytes = compress(body, encoding, 'small');
      compressedCache.set(key, { version, bytes });
      return bytes;
    },
  });
}
