import type { CreateInviteInput, CreateInviteResult } from '../../api/types.js';
import type { InviteApiError } from '../../api/errors.js';
import { defaultStrings, type InviteStrings } from '../../i18n/strings.js';
import { countOf } from '../../i18n/plural.js';
import { buildInviteUrl, type InviteUrlContext } from '../../rules/invite-url.js';
import { DEFAULT_ROLES } from '../roles-converter.js';

/** The two kinds of invitation the form makes. */
export type InviteType = 'private' | 'public';

/** What the form holds, exactly as typed (numbers stay strings until they are parsed). */
export interface CreateFormValues {
  type: InviteType;
  /** Raw text: addresses separated by commas, semicolons, spaces or new lines. */
  emails: string;
  role: string;
  /** Public invites only; `0` means unlimited. */
  maxUses: string;
  expiresInDays: string;
  shareInviterName: boolean;
}

/** Fields an error can be shown next to. */
export type CreateFormField = 'emails' | 'role' | 'maxUses' | 'expiresInDays';

export type CreateFormErrors = Partial<Record<CreateFormField, string>>;

export type CreateFormResult = { ok: true; input: CreateInviteInput } | { ok: false; errors: CreateFormErrors };

/** Field order on screen: the first invalid one in this order receives focus. */
export const CREATE_FORM_FIELDS: readonly CreateFormField[] = ['emails', 'role', 'maxUses', 'expiresInDays'];

export const MAX_USES_LIMIT = 1000;
export const MAX_EXPIRY_DAYS = 365;
/**
 * Addresses one create may carry. better-invite sets no limit, but it makes one row and sends one
 * mail per address within a single request, and is not atomic: a mail failure part-way answers 500
 * after some invitations already exist. 50 keeps that request short and such a failure small.
 */
export const MAX_EMAILS = 50;
const DAY_SECONDS = 24 * 3600;

/** A fresh form: private, first role, one use, a week, name shared. */
export function emptyCreateForm(roles: readonly string[] = DEFAULT_ROLES): CreateFormValues {
  return { type: 'private', emails: '', role: roles[0] ?? '', maxUses: '1', expiresInDays: '7', shareInviterName: true };
}

/** Whether the form holds anything the user typed or changed: a form dismissed like this keeps a draft. */
export function isChangedForm(values: CreateFormValues, roles: readonly string[] = DEFAULT_ROLES): boolean {
  const fresh = emptyCreateForm(roles);
  return (Object.keys(fresh) as (keyof CreateFormValues)[]).some((key) => values[key] !== fresh[key]);
}

/**
 * Splits pasted addresses on commas, semicolons, whitespace and new lines, trims them, and drops
 * repeats case-insensitively (the first spelling wins: the server compares addresses as typed).
 */
export function splitEmails(text: string): string[] {
  const seen = new Set<string>();
  const emails: string[] = [];
  for (const part of text.split(/[\s,;]+/)) {
    const email = part.trim();
    const key = email.toLowerCase();
    if (email && !seen.has(key)) {
      seen.add(key);
      emails.push(email);
    }
  }
  return emails;
}

/**
 * The address check zod's `z.email()` makes (its default pattern), kept here so the form does not
 * pull zod's string-format machinery into the bundle: zod stays at the adapter boundary.
 */
const EMAIL = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

/** A number input's text as a whole number in [min, max], or undefined (blank, fractional, out of range). */
function wholeNumber(text: string, min: number, max: number): number | undefined {
  const value = text.trim() === '' ? Number.NaN : Number(text);
  return Number.isSafeInteger(value) && value >= min && value <= max ? value : undefined;
}

type ErrorStrings = Pick<
  InviteStrings, 'errorEmailsRequired' | 'errorInvalidEmails' | 'errorTooManyEmails' | 'errorMaxUses' | 'errorExpiry' | 'errorRole'
>;

/** "62 addresses; at most 50" for more than `MAX_EMAILS` addresses, else undefined. */
export function tooManyEmails(
  count: number,
  strings: Pick<InviteStrings, 'errorTooManyEmails'> = defaultStrings,
  locale?: string,
): string | undefined {
  return count > MAX_EMAILS ? strings.errorTooManyEmails(countOf(count, locale), countOf(MAX_EMAILS, locale)) : undefined;
}

/**
 * Validates the form and builds what the adapter sends. Public invites send `maxUses` only when it
 * is not 0 (no `maxUses` makes better-invite store an unlimited invite); private ones never send it
 * (the server's default of one use per address applies).
 */
export function parseCreateForm(
  values: CreateFormValues,
  strings: ErrorStrings = defaultStrings,
  locale?: string,
): CreateFormResult {
  const errors: CreateFormErrors = {};
  const emails = values.type === 'private' ? splitEmails(values.emails) : [];
  if (values.type === 'private') {
    const invalid = emails.filter((email) => !EMAIL.test(email));
    // The count first: a list that must be split anyway is not worth correcting address by address.
    if (emails.length === 0) errors.emails = strings.errorEmailsRequired;
    else if (emails.length > MAX_EMAILS) errors.emails = tooManyEmails(emails.length, strings, locale);
    else if (invalid.length > 0) errors.emails = strings.errorInvalidEmails(invalid.join(', '), countOf(invalid.length, locale));
  }
  const roleName = values.role.trim();
  if (!roleName) errors.role = strings.errorRole;
  const maxUses = wholeNumber(values.maxUses, 0, MAX_USES_LIMIT);
  if (values.type === 'public' && maxUses === undefined) errors.maxUses = strings.errorMaxUses;
  const days = wholeNumber(values.expiresInDays, 1, MAX_EXPIRY_DAYS);
  if (days === undefined) errors.expiresInDays = strings.errorExpiry;

  if (Object.keys(errors).length > 0 || days === undefined) return { ok: false, errors };
  const input: CreateInviteInput = {
    role: roleName,
    expiresIn: days * DAY_SECONDS,
    shareInviterName: values.shareInviterName,
  };
  if (values.type === 'private') input.emails = emails;
  else if (maxUses) input.maxUses = maxUses;
  return { ok: true, input };
}

/** better-invite prefixes validation messages with the offending body field: `[body.email] …`. */
const FIELD_PREFIX = /^\[body\.(\w+)\]\s*/;
const SERVER_FIELDS: Record<string, CreateFormField> = {
  email: 'emails',
  role: 'role',
  maxUses: 'maxUses',
  expiresIn: 'expiresInDays',
};

/**
 * Where to show a refusal: next to a field when the server named one in a VALIDATION_ERROR, and
 * always as a sentence for the form, without the machine prefix.
 */
export function describeServerError(error: InviteApiError): { message: string; field?: CreateFormField } {
  const match = FIELD_PREFIX.exec(error.message);
  if (!match || error.code !== 'VALIDATION_ERROR') return { message: error.message };
  const message = error.message.slice(match[0].length) || error.message;
  const field = SERVER_FIELDS[match[1] ?? ''];
  return field ? { message, field } : { message };
}


/** What the form shows after a refusal: the sentence in the form, the field error, and where focus goes. */
export interface Refusal {
  serverError: string;
  errors: CreateFormErrors;
  /** The field the server named; undefined puts focus back on the submit button. */
  field?: CreateFormField;
}

export function describeRefusal(error: InviteApiError, strings: Pick<InviteStrings, 'errorMessage'> = defaultStrings): Refusal {
  const { message, field } = describeServerError(error);
  // The server's own words about a field it named; any other failure in the strings' language.
  const serverError = error.code === 'VALIDATION_ERROR' ? message : strings.errorMessage(error);
  return field ? { serverError, errors: { [field]: message }, field } : { serverError, errors: {} };
}

/**
 * The form after one control changed (`input` event): its value stored, its error cleared.
 * Undefined for a control that is not one of the form's values.
 */
export function withInput(
  values: CreateFormValues,
  errors: CreateFormErrors,
  control: Pick<HTMLInputElement, 'name' | 'type' | 'value' | 'checked'>,
): { values: CreateFormValues; errors: CreateFormErrors } | undefined {
  const name = control.name as keyof CreateFormValues;
  if (!(name in values)) return undefined;
  const next = { ...values, [name]: control.type === 'checkbox' ? control.checked : control.value };
  return { values: next, errors: name in errors ? { ...errors, [name]: undefined } : errors };
}

/** A successful submit: what was sent, and what the server answered. */
export interface CreatedInvite {
  input: CreateInviteInput;
  result: CreateInviteResult;
}

/** The link shown for a created public invite: the host's template wins over a link the server sent. */
export function createdLink(result: CreateInviteResult, template: string, context: InviteUrlContext): string {
  const built = result.token ? buildInviteUrl(template, result.token, context) : null;
  return built ?? result.url ?? result.token ?? result.message;
}
