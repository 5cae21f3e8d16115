import { NordicFact } from './nordic-fact.js';

NordicFact.define('nordic-fact');

declare global {
  interface HTMLElementTagNameMap {
    'nordic-fact': NordicFact;
  }
}

export { NordicFact };
