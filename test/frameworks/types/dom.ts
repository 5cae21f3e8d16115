// The tag and event maps for plain DOM code.
import 'nordic-integration-widgets';
import { getDataPath, setDataPath } from 'nordic-integration-widgets/data-path.js';

const map = document.createElement('nordic-migration-map');
map.addEventListener('nordic-select', (event) => event.detail.id?.startsWith('SE-'));
map.addEventListener('nordic-error', (event) => event.detail.code satisfies string);
const card: import('nordic-integration-widgets').CaseStudyCard | null = document.querySelector('case-study-card');
card?.addEventListener('nordic-ready', (event) => event.detail.lang);
// @ts-expect-error nordic-ready's detail has no `id`
map.addEventListener('nordic-ready', (event) => event.detail.id);

// Where the data are fetched from, for apps whose bundler moves the code (a path or a URL).
setDataPath('/nordic-data/');
setDataPath(new URL('https://cdn.example.org/nordic-data/'));
getDataPath() satisfies string;
// @ts-expect-error the path is a string or a URL
setDataPath(42);
