/** better-invite's own activation link: works with no host code. */
export const DEFAULT_INVITE_URL_TEMPLATE = '{api}/invite/{token}';

export interface InviteUrlContext {
  /** The element's `api-base`, relative or absolute. */
  apiBase: string;
  /** The page URL relative bases resolve against (the document's base URI). */
  baseUri: string;
}

/** `api-base` made absolute against the page, without a trailing slash. */
export function absoluteApiBase(apiBase: string, baseUri: string): string {
  return new URL(apiBase, baseUri).href.replace(/\/+$/, '');
}

/**
 * Fills an `invite-url` template: `{api}` (absolute api-base), `{origin}` (the page's origin),
 * `{token}` (URL-encoded). Returns null, with a console warning, for a template that would not
 * give an http(s) link, so a `javascript:` template can never reach an `href`.
 */
export function buildInviteUrl(template: string, token: string, context: InviteUrlContext): string | null {
  let url: URL;
  try {
    // encodeURIComponent throws on a token with a lone surrogate: no link rather than a broken card.
    const filled = template
      .replaceAll('{api}', absoluteApiBase(context.apiBase, context.baseUri))
      .replaceAll('{origin}', new URL(context.baseUri).origin)
      .replaceAll('{token}', encodeURIComponent(token));
    url = new URL(filled, context.baseUri);
  } catch {
    console.warn(`invite-dashboard: invite-url "${template}" does not make a URL with this token; no link shown.`);
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    console.warn(`invite-dashboard: invite-url must give an http(s) link, not "${url.protocol}"; no link shown.`);
    return null;
  }
  return url.href;
}
