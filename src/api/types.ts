import type { Invitation, InvitePage, InviteStatus } from './schemas.js';

export type { Invitation, InvitePage, InviteStatus };

/** Statuses the server stores (and can filter on); `expired` is only ever computed. */
export type StoredStatus = Exclude<InviteStatus, 'expired'>;

export type SortField = 'createdAt' | 'expiresAt' | 'role' | 'status';

/**
 * One page request. better-invite takes a single filter per request, so at most one of
 * `status`, `role`, `createdFrom`, `createdTo`, `expiresFrom` may be set (the adapter refuses more).
 */
export interface ListQuery {
  /** Rows wanted. Always sent: without it the server silently caps at 100. */
  limit: number;
  offset?: number;
  /** `expired` means "expiresAt before now"; other statuses filter the stored status, expired rows included. */
  status?: InviteStatus;
  role?: string;
  createdFrom?: Date;
  createdTo?: Date;
  /** Only invitations still valid at this instant (expiresAt ≥ it). */
  expiresFrom?: Date;
  /** Matched (case-insensitively, "contains") against the invitation's emails. */
  search?: string;
  sortBy?: SortField;
  sortDirection?: 'asc' | 'desc';
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

/** Counts over all of the user's invitations, by status as the list reports it. */
export interface InviteStats {
  total: number;
  pending: number;
  used: number;
  canceled: number;
  rejected: number;
  expired: number;
}

/** One use of an invitation (later: better-invite does not expose uses over HTTP yet). */
export interface InviteUse {
  usedAt: Date;
  usedByUserId: string;
}

/** The data source of every element. Replace it to speak to any backend. */
export interface InviteAdapter {
  list(query: ListQuery, signal?: AbortSignal): Promise<InvitePage>;
  create(input: CreateInviteInput, signal?: AbortSignal): Promise<CreateInviteResult>;
  cancel(token: string, signal?: AbortSignal): Promise<void>;
  /** Counts over ALL invitations, when the backend can give them cheaply. */
  stats?(signal?: AbortSignal): Promise<InviteStats>;
  uses?(invitation: Invitation, signal?: AbortSignal): Promise<InviteUse[]>;
}
