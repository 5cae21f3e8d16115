import { CaseStudyCard } from './case-study-card.js';

CaseStudyCard.define('case-study-card');

declare global {
  interface HTMLElementTagNameMap {
    'case-study-card': CaseStudyCard;
  }
}

export { CaseStudyCard };
