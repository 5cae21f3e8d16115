// The tag and event maps for plain DOM code.
import 'nordic-integration-widgets';

const map = document.createElement('nordic-migration-map');
map.addEventListener('nordic-select', (event) => event.detail.id?.startsWith('SE-'));
map.addEventListener('nordic-error', (event) => event.detail.code satisfies string);
const card: import('nordic-integration-widgets').CaseStudyCard | null = document.querySelector('case-study-card');
card?.addEventListener('nordic-ready', (event) => event.detail.lang);
// @ts-expect-error nordic-ready's detail has no `id`
map.addEventListener('nordic-ready', (event) => event.detail.id);
