/**
 * The municipality search: finds a place by name or code, moves the map's focus to it (and selects
 * it on Enter), or says that nothing matches. The suggestions (one per municipality, over a
 * thousand) are wanted only once the field is first focused: most readers never search.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import type { LangCode } from '../../../core/data-types.js';
import { withLocale } from '../../../core/localization.js';
import { searchPlace, type Place } from '../model.js';

export interface SearchOptions {
  /** The places that can be found (undefined before the figures are in). */
  places(): readonly Place[] | undefined;
  lang(): LangCode;
  /** Moves focus and the tooltip to the place. */
  focus(id: string): void;
  /** Selects the place (Enter). */
  select(id: string): void;
}

export class SearchController implements ReactiveController {
  /** What the status line says ("No municipality matches …"). */
  message = '';
  suggestionsWanted = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SearchOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  wantSuggestions(): void {
    if (this.suggestionsWanted) return;
    this.suggestionsWanted = true;
    this.host.requestUpdate();
  }

  /** Runs the search in the event's field (`change`, or `keydown` Enter, which also selects). */
  search(event: Event): void {
    const input = event.target as HTMLInputElement;
    const places = this.options.places();
    if (!places) return;
    const match = searchPlace(input.value, places);
    if (!match) {
      const query = input.value.trim();
      this.setMessage(query ? withLocale(this.options.lang(), () => msg(str`No municipality matches "${query}".`)) : '');
      return;
    }
    this.setMessage('');
    this.options.focus(match.id);
    if ((event as KeyboardEvent).key === 'Enter') this.options.select(match.id);
  }

  private setMessage(message: string): void {
    if (message === this.message) return;
    this.message = message;
    this.host.requestUpdate();
  }
}
