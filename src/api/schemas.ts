import * as z from 'zod/mini';

/** Statuses a list row can carry. `expired` is computed by the server at list time. */
export const INVITE_STATUSES = ['pending', 'used', 'canceled', 'rejected', 'expired'] as const;

/** A date as the server sends it: an ISO string or epoch milliseconds. Invalid dates are refused. */
const dateSchema = z.pipe(
  z.union([z.string(), z.number()]),
  z.transform((value, ctx) => {
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) {
      ctx.issues.push({ code: 'custom', message: `"${String(value)}" is not a date`, input: value });
      return z.NEVER;
    }
    return date;
  }),
);

const optionalString = z.optional(z.nullable(z.string()));
const optionalBoolean = z.optional(z.nullable(z.boolean()));

/** One row of `GET /invite/list`, exactly as better-invite sends it (see better-invite-contract.md §5). */
export const invitationRowSchema = z.object({
  id: z.string(),
  token: z.string(),
  emails: z.optional(z.nullable(z.array(z.string()))),
  /** Deprecated single address: always null on new rows, set on legacy ones. */
  email: optionalString,
  role: z.string(),
  status: z.enum(INVITE_STATUSES),
  maxUses: z.optional(z.nullable(z.number())),
  infinityMaxUses: optionalBoolean,
  createdAt: dateSchema,
  expiresAt: dateSchema,
  newAccount: optionalBoolean,
  shareInviterName: optionalBoolean,
  redirectToAfterUpgrade: optionalString,
  createdByUserId: optionalString,
});

/** A row made into the domain object components render: one shape whatever the server's vintage. */
export const invitationSchema = z.pipe(
  invitationRowSchema,
  z.transform((row) => ({
    id: row.id,
    token: row.token,
    emails: row.emails && row.emails.length > 0 ? row.emails : row.email ? [row.email] : [],
    role: row.role,
    status: row.status,
    // better-invite reports maxUses: 1 on unlimited invites, so infinityMaxUses decides.
    maxUses: row.maxUses ?? 1,
    infinityMaxUses: row.infinityMaxUses === true,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    newAccount: row.newAccount ?? null,
    shareInviterName: row.shareInviterName ?? false,
    redirectToAfterUpgrade: row.redirectToAfterUpgrade ?? null,
    createdByUserId: row.createdByUserId ?? null,
  })),
);

/**
 * The list envelope: better-invite's `{ total, invitations, limit?, offset? }` or the seed
 * dashboard's simpler `{ invitations }` (then the total is the number of rows).
 */
export const invitePageSchema = z.pipe(
  z.object({
    // A count: a negative, fractional or astronomically large total would page and loop on nonsense.
    total: z.optional(z.int().check(z.gte(0))),
    invitations: z.array(invitationSchema),
    limit: z.optional(z.number()),
    offset: z.optional(z.number()),
  }),
  z.transform((body) => ({
    invitations: body.invitations,
    total: body.total ?? body.invitations.length,
  })),
);

/** `POST /invite/create` and `/invite/cancel` answer `{ status, message }`. */
export const statusMessageSchema = z.object({
  status: z.boolean(),
  message: z.string(),
});

/** Error bodies: `{ message, code }`; the 429 body has no `code`. */
export const errorBodySchema = z.object({
  message: z.string(),
  code: z.optional(z.string()),
});

export type Invitation = z.output<typeof invitationSchema>;
export type InvitationRow = z.input<typeof invitationRowSchema>;
export type InviteStatus = (typeof INVITE_STATUSES)[number];
export type InvitePage = z.output<typeof invitePageSchema>;
