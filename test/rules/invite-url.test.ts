import { expect } from '@open-wc/testing';
import { buildInviteUrl } from '../../src/rules/invite-url.js';

const context = { apiBase: '/api/auth', baseUri: 'https://app.example.com/admin/page' };

describe('invite links', () => {
  it('default to better-invite activation link under the absolute api base', () => {
    expect(buildInviteUrl('{api}/invite/{token}', 'abc', context)).to.equal('https://app.example.com/api/auth/invite/abc');
  });

  it('can point at the host page origin', () => {
    expect(buildInviteUrl('{origin}/invite/{token}', 'abc', context)).to.equal('https://app.example.com/invite/abc');
  });

  it('encode the token so it cannot change the path or query', () => {
    expect(buildInviteUrl('{origin}/accept?t={token}', 'a/b?c=d&e', context)).to.equal(
      'https://app.example.com/accept?t=a%2Fb%3Fc%3Dd%26e',
    );
  });

  it('keep an absolute api base as given', () => {
    expect(buildInviteUrl('{api}/invite/{token}', 't', { ...context, apiBase: 'https://auth.example.org/api/auth/' })).to.equal(
      'https://auth.example.org/api/auth/invite/t',
    );
  });

  it('refuse a javascript: template', () => {
    expect(buildInviteUrl('javascript:alert(1)//{token}', 't', context)).to.equal(null);
  });
});
