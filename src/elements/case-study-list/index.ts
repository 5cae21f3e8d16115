import { CaseStudyList } from './case-study-list.js';

CaseStudyList.define('case-study-list');

declare global {
  interface HTMLElementTagNameMap {
    'case-study-list': CaseStudyList;
  }
}

export { CaseStudyList };
