// Every attribute of every element: bad values, then hostile ones (the latter installs a strict
// CSP, so it runs second). One test page for both, so the page's start-up is paid once.
import './bad-attributes.suite.js';
import './injection-attributes.suite.js';
