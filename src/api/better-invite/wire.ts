import * as z from 'zod/mini';
import { INVITE_STATUSES, type Invitation, type InviteStatus } from '../types.js';

/* better-invite's wire shapes, and how a row becomes the domain `Invitation`. */

/**
 * A date as the server sends it: an ISO string or epoch milliseconds. Anything else, and invalid
 * dates, are refused. One transform that checks the type itself rather than
 * `z.union([z.string(), z.number()])`: the same strictness without zod's union code in the bundle.
 */
export const dateSchema = z.transform((value, ctx) => {
  const date = typeof value === 'string' || typeof value === 'number' ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) {
    const message = date
      ? `"${String(value)}" is not a date`
      : `Invalid input: expected a date string or number, received ${value === null ? 'null' : typeof value}`;
    ctx.issues.push({ code: 'custom', message, input: value });
    return z.NEVER;
  }
  return date;
  // The cast states the input type (a date string or number) that a bare transform leaves open.
}) as z.ZodMiniType<Date, string | number>;

/**
 * One of INVITE_STATUSES. A transform that checks membership itself rather than `z.enum`: the same
 * strictness and message without zod's enum code in the bundle.
 */
const statusSchema = z.transform((value, ctx) => {
  if (INVITE_STATUSES.includes(value as InviteStatus)) return value as InviteStatus;
  const expected = INVITE_STATUSES.map((status) => JSON.stringify(status)).join('|');
  ctx.issues.push({ code: 'custom', message: `Invalid option: expected one of ${expected}`, input: value });
  return z.NEVER;
}) as z.ZodMiniType<InviteStatus, InviteStatus>;

/**
 * Absent, null or a `T`; null reads as absent. A null-to-undefined step piped into `z.optional`
 * rather than `z.optional(z.nullable(…))`: the same strictness without zod's nullable code in the bundle.
 */
export function nullish<T>(schema: z.ZodMiniType<T>) {
  const absent = z.transform((value: unknown): unknown => value ?? undefined);
  return z.pipe(absent, z.optional(schema)) as unknown as z.ZodMiniType<T | undefined, T | null | undefined>;
}

const optionalString = nullish(z.string());
const optionalBoolean = nullish(z.boolean());

/** One row of `GET /invite/list`, exactly as better-invite sends it (see better-invite-contract.md §5). */
export const invitationRowSchema = z.object({
  id: z.string(),
  token: z.string(),
  emails: nullish(z.array(z.string())),
  /** Deprecated single address: always null on new rows, set on legacy ones. */
  email: optionalString,
  role: z.string(),
  status: statusSchema,
  maxUses: nullish(z.number()),
  infinityMaxUses: optionalBoolean,
  createdAt: dateSchema,
  expiresAt: dateSchema,
  newAccount: optionalBoolean,
  shareInviterName: optionalBoolean,
  redirectToAfterUpgrade: optionalString,
  createdByUserId: optionalString,
});

/**
 * A row made into the domain object components render: one shape whatever the server's vintage.
 * The legacy `email` folds into `emails`; absent or null fields get their defaults.
 */
export function toInvitation(row: z.output<typeof invitationRowSchema>): Invitation {
  const emails = row.emails && row.emails.length > 0 ? row.emails : row.email ? [row.email] : [];
  return {
    id: row.id,
    token: row.token,
    kind: emails.length > 0 ? 'private' : 'public',
    emails,
    role: row.role,
    status: row.status,
    // better-invite reports maxUses: 1 on unlimited invites, so infinityMaxUses decides.
    maxUses: row.maxUses ?? 1,
    unlimited: row.infinityMaxUses === true,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    newAccount: row.newAccount ?? null,
    shareInviterName: row.shareInviterName ?? false,
  };
}

export const invitationSchema = z.pipe(invitationRowSchema, z.transform(toInvitation));

/**
 * The list envelope: better-invite's `{ total, invitations, limit?, offset? }` or the seed
 * dashboard's simpler `{ invitations }` (then the total is the number of rows).
 */
export const invitePageSchema = z.pipe(
  z.object({
    total: z.optional(z.number()),
    invitations: z.array(invitationSchema),
    limit: z.optional(z.number()),
    offset: z.optional(z.number()),
  }),
  z.transform((body, ctx) => {
    // A count: a negative, fractional or astronomically large total would page and loop on nonsense.
    // (Checked here rather than with z.int().check(z.gte(0)), which brings more of zod into the bundle.)
    const { total = body.invitations.length } = body;
    if (!Number.isSafeInteger(total) || total < 0) {
      ctx.issues.push({ code: 'custom', message: `Invalid input: expected a count, received ${total}`, input: total, path: ['total'] });
      return z.NEVER;
    }
    return { invitations: body.invitations, total };
  }),
);

/** `POST /invite/create` and `/invite/cancel` answer `{ status, message }`. */
export const statusMessageSchema = z.object({
  status: z.boolean(),
  message: z.string(),
});

export type InvitationRow = z.input<typeof invitationRowSchema>;
