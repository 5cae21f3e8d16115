import { NordicLessons } from './nordic-lessons.js';

NordicLessons.define('nordic-lessons');

declare global {
  interface HTMLElementTagNameMap {
    'nordic-lessons': NordicLessons;
  }
}

export { NordicLessons };
