// Vue 3 for the framework tests, bundled by vendor-bundles.mjs (full build, with the template compiler).
export { createApp, h, nextTick, reactive } from 'vue';
