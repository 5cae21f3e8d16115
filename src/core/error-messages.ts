/**
 * The one error display: turns what went wrong into a localized sentence that names the bad
 * value and what is accepted. Called inside {@link withLocale} so `msg()` answers in the
 * element's language. Loaded on demand by the base element, the first time a problem occurs.
 */
import { css, html, nothing, type CSSResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { NordicErrorDetail } from './events.js';
import type { ErrorFacts } from './errors.js';
import { LOAD_LIMITS } from './data-loader.js';

/** Accepted values, shortened when there are very many (municipality codes); every learning example's id fits. */
function acceptedList(accepted: string[] | undefined): string {
  if (!accepted?.length) return '';
  const shown = accepted.length > 24 ? [...accepted.slice(0, 24), '…'] : accepted;
  return shown.join(', ');
}

export function describeError(facts: ErrorFacts): string {
  const value = facts.value ?? '';
  const attribute = facts.attribute ?? '';
  const accepted = acceptedList(facts.accepted);
  const detail = facts.detail ? ` (${facts.detail})` : '';
  const acceptedNote = accepted ? ' ' + msg(str`Accepted: ${accepted}.`) : '';
  switch (facts.code) {
    case 'invalid-attribute':
      return msg(str`"${value}" is not a valid value for ${attribute}.`) + acceptedNote;
    case 'unknown-id':
      return msg(str`Unknown ${attribute}: "${value}".`) + acceptedNote;
    case 'data-fetch':
      return msg(str`Could not load the data from ${value}.`) + (facts.status ? ` (HTTP ${facts.status})` : '');
    case 'data-timeout': {
      const seconds = Math.round(LOAD_LIMITS.timeout / 1000);
      return msg(str`The data from ${value} did not arrive within ${seconds} seconds.`);
    }
    case 'data-too-large': {
      const megabytes = LOAD_LIMITS.partnerBytes / 1_000_000;
      return msg(str`The file ${value} is larger than ${megabytes} MB and was not read.`);
    }
    case 'data-parse':
      return msg(str`The file ${value} is not valid JSON.`);
    case 'data-schema':
      return msg(str`The file ${value} does not have the expected format.`) + detail;
    case 'no-data':
      return msg(str`There are no figures for ${value}.`) + (accepted ? ' ' + msg(str`Available: ${accepted}.`) : '');
    case 'render':
      return msg('The chart could not be drawn.') + detail;
  }
}

export function toDetail(facts: ErrorFacts, message: string): NordicErrorDetail {
  return {
    code: facts.code,
    message,
    ...(facts.attribute ? { attribute: facts.attribute } : {}),
    ...(facts.value !== undefined ? { value: facts.value } : {}),
    ...(facts.accepted ? { accepted: facts.accepted } : {}),
  };
}

/** A problem the widget shows, with what the reader can do about it. */
export interface Problem {
  facts: ErrorFacts;
  retry?: () => void;
}

/** The visible message box (role alert), one paragraph per problem, with a Retry button where one helps. */
export function renderProblems(problems: readonly Problem[]): unknown {
  return html`<div class="problems" role="alert" part="error">
    ${problems.map(
      (problem) => html`<p class="problem">
        <span>${describeError(problem.facts)}</span>
        ${problem.retry ? html`<button type="button" class="retry" @click=${problem.retry}>${msg('Retry')}</button>` : nothing}
      </p>`,
    )}
  </div>`;
}

/** Styles of the message box, adopted by a widget's shadow root when it first shows a problem. */
export const problemStyles: CSSResult = css`
  .problems {
    margin: 0 0 0.75rem;
    padding: 0.6rem 0.8rem;
    border-left: 4px solid var(--_error);
    border-radius: var(--_radius);
    background: var(--_error-surface);
    color: var(--_text);
  }
  .problem {
    margin: 0.2rem 0;
    display: flex;
    gap: 0.75rem;
    align-items: baseline;
    flex-wrap: wrap;
  }
  .retry {
    border: 1px solid var(--_error);
    background: transparent;
    border-radius: var(--_radius);
    padding: 0.1rem 0.6rem;
    cursor: pointer;
  }
`;
