/**
 * The backend-neutral domain: what every element renders and every adapter answers with. Wire
 * shapes (better-invite's rows, the organization plugin's) live with their adapter and are turned
 * into these types at the boundary.
 */

/** Statuses an invitation can show. `expired` is past `expiresAt`, whatever the backend stored. */
export const INVITE_STATUSES = ['pending', 'used', 'canceled', 'rejected', 'expired'] as const;
export type InviteStatus = (typeof INVITE_STATUSES)[number];

/** Statuses a backend stores; `expired` is only ever computed. */
export type StoredStatus = Exclude<InviteStatus, 'expired'>;

export interface Invitation {
  /** The backend's id: stable, unique, used as the list key. */
  id: string;
  /** The secret of a better-invite invitation (links, cancel); absent where a backend has none. */
  token?: string;
  /** `private`: addressed to `emails`; `public`: a shareable link. */
  kind: 'private' | 'public';
  /** Addresses of a private invitation; empty for a public one. */
  emails: string[];
  role: string;
  status: InviteStatus;
  /** How many times it may be used (ignore when `unlimited`). */
  maxUses: number;
  unlimited: boolean;
  /** How many times it was used, when the backend says. */
  uses?: number;
  createdAt: Date;
  expiresAt: Date;
  /** Private invites: true when the address had no account when invited; null when unknown or public. */
  newAccount: boolean | null;
  /** Whether the invitee sees the inviter's name. */
  shareInviterName: boolean;
}

export interface InvitePage {
  /** This page's rows, in the order asked for. */
  invitations: Invitation[];
  /** Every invitation matching the query, ignoring `limit` / `offset`. */
  total: number;
}

export type SortField = 'createdAt' | 'expiresAt';

/**
 * One page request. An adapter answers **any combination** of these fields correctly (see its docs
 * for which it completes in the browser, and up to how many rows).
 */
export interface ListQuery {
  /** Rows wanted (a whole number ≥ 0). */
  limit: number;
  offset?: number;
  /** `pending`, `used`, `canceled`, `rejected`: that status and not expired. `expired`: past `expiresAt`, whatever was stored. */
  status?: InviteStatus;
  /** A literal, ASCII case-insensitive substring of one of the invitation's emails. */
  search?: string;
  /** Exactly this role. */
  role?: string;
  /** Created at or after this instant. */
  createdFrom?: Date;
  /** Created at or before this instant. */
  createdTo?: Date;
  /** Default `createdAt`. */
  sortBy?: SortField;
  /** Default `desc`: newest (or latest expiry) first. */
  sortDirection?: 'asc' | 'desc';
}

/** The filters of a list, without status, sort and paging: what the status counts are taken over. */
export type StatsQuery = Pick<ListQuery, 'search' | 'role' | 'createdFrom' | 'createdTo'>;

/** Counts for the filters of a StatsQuery; the five statuses sum to `total`. */
export interface InviteStats {
  total: number;
  pending: number;
  used: number;
  canceled: number;
  rejected: number;
  expired: number;
  /** Every use of these invitations, when the backend counts them (a use need not change a status). */
  uses?: number;
}

export interface CreateInviteInput {
  role: string;
  /** Addresses for a private invite; empty or absent for a public link. */
  emails?: string[];
  /** Public invites only: how many times the link may be used; absent means unlimited. */
  maxUses?: number;
  /** Lifetime in seconds; absent uses the server's default. */
  expiresIn?: number;
  shareInviterName?: boolean;
}

export interface CreateInviteResult {
  /** The server's message ("The invitation was sent", or the token of a public invite). */
  message: string;
  /** The token of a public invite. */
  token?: string;
  /** The server-built link, when the server answered with one. */
  url?: string;
}

/** One use of an invitation: when, and by whom (null once that user was deleted). */
export interface InviteUse {
  usedAt: Date;
  user: { id: string; name: string; email: string } | null;
}

/** Calendar days `YYYY-MM-DD`, both included, counted in `timeZone` (IANA; default UTC). */
export interface ActivityQuery {
  from: string;
  to: string;
  timeZone?: string;
}

export interface InviteActivity {
  days: { date: string; created: number; used: number }[];
  /** Invitations created in the range and used at least once, over those created; null when none were created. */
  acceptanceRate: number | null;
  medianSecondsToFirstUse: number | null;
  expiringWithin7Days: number;
}

/** What a backend can do: the elements hide what it cannot. */
export interface InviteCapabilities {
  /** Public (link) invitations exist. */
  publicInvites: boolean;
  /** A public invitation can be limited to a number of uses. */
  maxUses: boolean;
  /**
   * True when every ListQuery is answered by the server at any size. False when some combinations
   * are completed in the browser over at most `browserReadLimit` rows (past it: an InviteApiError
   * of kind `unsupported`, code `COMPANION_PLUGIN_NEEDED`).
   */
  serverQueries: boolean;
  browserReadLimit?: number;
  /** `uses()`: who used an invitation and when. */
  uses: boolean;
  /** `activity()`: created and used per day. */
  activity: boolean;
  /** `resend()`. */
  resend: boolean;
}

/** The data source of every element. Replace it to speak to any backend. */
export interface InviteAdapter {
  /** What this backend can do; may ask the server once, then answers from memory. */
  capabilities(signal?: AbortSignal): Promise<InviteCapabilities>;
  list(query: ListQuery, signal?: AbortSignal): Promise<InvitePage>;
  create(input: CreateInviteInput, signal?: AbortSignal): Promise<CreateInviteResult>;
  /** better-invite cancels by token, the organization plugin by id: the adapter picks. */
  cancel(invitation: Invitation, signal?: AbortSignal): Promise<void>;
  /** Counts for the status tabs, over the same filters as `list`. Without it they come from `list` totals. */
  stats?(query: StatsQuery, signal?: AbortSignal): Promise<InviteStats>;
  uses?(invitation: Invitation, signal?: AbortSignal): Promise<InviteUse[]>;
  activity?(range: ActivityQuery, signal?: AbortSignal): Promise<InviteActivity>;
  /** A new invitation like this one (same emails, role, uses, lifetime); the old one canceled if still pending. */
  resend?(invitation: Invitation, signal?: AbortSignal): Promise<CreateInviteResult>;
}
