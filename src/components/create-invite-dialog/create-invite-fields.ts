import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { alertIcon, checkCircleIcon, checkIcon, copyIcon } from '../../icons/icons.js';
import type { InviteStrings } from '../../i18n/strings.js';
import { renderQrFigure, type QrHost } from '../shared/qr-code.js';
import {
  MAX_EXPIRY_DAYS, MAX_USES_LIMIT, type CreateFormErrors, type CreateFormField, type CreateFormValues, type InviteType,
} from './create-invite-form.js';

/** How a control is tied to its hint and error: `aria-describedby` and `aria-invalid`. */
export interface FieldA11y {
  describedBy: string | typeof nothing;
  invalid: 'true' | 'false';
}

export interface FieldOptions {
  name: CreateFormField;
  label: string;
  hint?: string;
  /** The hint warns (a count over the limit) rather than explains. */
  hintWarns?: boolean;
  error?: string;
  control: (a11y: FieldA11y) => TemplateResult;
}

/** Label, control, hint and error of one field; the ids are scoped by the shadow root. */
export function renderField({ name, label, hint, hintWarns, error, control }: FieldOptions): TemplateResult {
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  // `nothing` leaves aria-describedby out when there is neither.
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ') || nothing;
  return html`<div class="field" part="field">
    <label for=${name} part="label">${label}</label>
    ${control({ describedBy, invalid: error ? 'true' : 'false' })}
    ${hint ? html`<p class=${hintWarns ? 'hint hint--warning' : 'hint'} part="hint" id=${hintId}>${hint}</p>` : nothing}
    ${error ? html`<p class="field-error" part="error" id=${errorId}>${alertIcon}<span>${error}</span></p>` : nothing}
  </div>`;
}

/** The refusal box above the actions. `role=alert` so the sentence is read out when it appears. */
export function renderServerError(strings: InviteStrings, message: string | undefined): TemplateResult | typeof nothing {
  if (!message) return nothing;
  return html`<div class="alert danger-notice" part="error" role="alert">
    ${alertIcon}
    <p><strong>${strings.createFailedTitle}</strong>${message}</p>
  </div>`;
}

export type CopyState = 'idle' | 'copied' | 'failed';

export interface ResultOptions {
  strings: InviteStrings;
  url: string;
  copy: CopyState;
  onCopy: () => void;
  onAnother: () => void;
  onDone: () => void;
  /** The dialog: renders again once the QR encoder has loaded. */
  host: QrHost;
}

/** After a public invite: the link, a copy button with its feedback, its QR code, "Create another" and "Done". */
export function renderPublicResult({ strings, url, copy, onCopy, onAnother, onDone, host }: ResultOptions): TemplateResult {
  return html`<div class="result" part="result">
    <h3 class="result-title" part="result-title">${checkCircleIcon}<span>${strings.createdPublicTitle}</span></h3>
    <p>${strings.createdPublicBody}</p>
    <div class="field" part="field">
      <label for="link" part="label">${strings.inviteLink}</label>
      <div class="link-row">
        <input id="link" class="control" part="input" type="url" readonly .value=${url} />
        <button class="button copy-button" part="button copy-button" type="button" @click=${onCopy}>
          ${copy === 'copied' ? checkIcon : copyIcon}<span>${copy === 'copied' ? strings.copied : strings.copyLink}</span>
        </button>
      </div>
      <p class="copy-status ${copy === 'failed' ? 'copy-status--failed' : 'visually-hidden'}" role="status">
        ${copy === 'failed' ? strings.copyFailed : copy === 'copied' ? strings.copied : ''}
      </p>
    </div>
    ${renderQrFigure(strings, { url, filename: 'invite-qr.svg', host })}
    <div class="actions">
      <button class="button" part="button another-button" type="button" @click=${onAnother}>${strings.createAnother}</button>
      <button class="button button--primary" part="button done-button" type="button" @click=${onDone}>${strings.done}</button>
    </div>
  </div>`;
}

export interface FormOptions {
  strings: InviteStrings;
  values: CreateFormValues;
  errors: CreateFormErrors;
  roles: readonly string[];
  sending: boolean;
  serverError?: string;
  /** The note of a restored draft. */
  draftNote?: string;
  /** "62 addresses; at most 50" while the typed list is too long, in place of the emails hint. */
  emailsOver?: string;
  onInput: (event: Event) => void;
  onSubmit: (event: SubmitEvent) => void;
  onCancel: () => void;
}

/**
 * The form, controlled by `values` (so a refusal or a type switch never loses what was typed).
 * `novalidate`: our messages replace the browser's bubbles, which cannot be styled or translated.
 */
export function renderCreateForm(options: FormOptions): TemplateResult {
  const { strings, values, errors, sending } = options;
  return html`<form part="form" novalidate @input=${options.onInput} @submit=${options.onSubmit}>
    ${options.draftNote ? html`<p class="draft-note" part="draft-note" id="draft-note">${options.draftNote}</p>` : nothing}
    ${renderType(strings, values.type)}
    ${values.type === 'private'
      ? renderField({
          name: 'emails', label: strings.emails, hint: options.emailsOver ?? strings.emailsHint,
          hintWarns: options.emailsOver !== undefined, error: errors.emails,
          control: (a11y) => html`<textarea id="emails" name="emails" class="control" part="input" rows="3"
            autocomplete="off" spellcheck="false" aria-describedby=${a11y.describedBy}
            aria-invalid=${a11y.invalid} .value=${live(values.emails)}></textarea>`,
        })
      : nothing}
    ${renderField({
      name: 'role', label: strings.role, error: errors.role,
      control: (a11y) => html`<select id="role" name="role" class="control" part="input"
        aria-describedby=${a11y.describedBy} aria-invalid=${a11y.invalid}>
        ${options.roles.map((role) => html`<option value=${role} .selected=${role === values.role}>${strings.roleName(role)}</option>`)}
      </select>`,
    })}
    <div class="row">
      ${values.type === 'public'
        ? renderNumber(options, 'maxUses', strings.maxUsesLabel, strings.maxUsesHint, 0, MAX_USES_LIMIT)
        : nothing}
      ${renderNumber(options, 'expiresInDays', strings.expiresInDays, undefined, 1, MAX_EXPIRY_DAYS)}
    </div>
    <label class="choice" part="field">
      <input type="checkbox" name="shareInviterName" part="input" .checked=${live(values.shareInviterName)} />
      ${strings.shareName}
    </label>
    ${renderServerError(strings, options.serverError)}
    <div class="actions">
      <button class="button" part="button cancel-button" type="button" @click=${options.onCancel}>${strings.cancel}</button>
      <button class="button button--primary" part="button submit" type="submit" ?disabled=${sending}>
        ${sending ? strings.submitting : strings.submit}
      </button>
    </div>
  </form>`;
}

function renderType(strings: InviteStrings, type: InviteType): TemplateResult {
  const choice = (value: InviteType, label: string) => html`<label class="choice">
    <input type="radio" name="type" part="input" value=${value} .checked=${live(type === value)} />${label}
  </label>`;
  return html`<fieldset class="field" part="field">
    <legend part="label">${strings.inviteType}</legend>
    <div class="choices">${choice('private', strings.typePrivate)}${choice('public', strings.typePublic)}</div>
  </fieldset>`;
}

function renderNumber(
  { values, errors }: FormOptions,
  name: 'maxUses' | 'expiresInDays',
  label: string,
  hint: string | undefined,
  min: number,
  max: number,
): TemplateResult {
  return renderField({
    name, label, hint, error: errors[name],
    control: (a11y) => html`<input id=${name} name=${name} class="control" part="input" type="number"
      inputmode="numeric" min=${min} max=${max} step="1" aria-describedby=${a11y.describedBy}
      aria-invalid=${a11y.invalid} .value=${live(values[name])} />`,
  });
}
