import type { InviteCapabilities } from '../../src/api/types.js';

/** What a hand-written test adapter says it can do: everything a list and counts need, no extras. */
export const TEST_CAPABILITIES: InviteCapabilities = {
  publicInvites: true,
  maxUses: true,
  serverQueries: true,
  uses: false,
  activity: false,
  resend: false,
};

export const capabilities = async (): Promise<InviteCapabilities> => TEST_CAPABILITIES;
