// A partner's file (`src`) broken in every way, then hostile in every string (the latter installs
// a strict CSP, so it runs second). One test page for both, so the page's start-up is paid once.
import './broken-partner-files.suite.js';
import './injection-partner-files.suite.js';
