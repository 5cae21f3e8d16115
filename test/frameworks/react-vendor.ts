// React 19 for the framework tests, bundled by vendor-bundles.mjs (React ships CommonJS).
export { createElement, useState } from 'react';
export { createRoot } from 'react-dom/client';
export { flushSync } from 'react-dom';
