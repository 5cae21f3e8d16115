// A wtr command for the media features that @web/test-runner-commands' emulateMedia cannot set
// on Chromium through puppeteer (forced-colors) and for print: one CDP `Emulation.setEmulatedMedia`
// with the media type and every feature at once. `{}` ends the emulation.
// `hardening-print` prints the page for real (to a PDF that is thrown away): the browser fires
// `beforeprint`, lays the page out for paper, then fires `afterprint`, as when a reader prints.
export function emulateMediaFeatures() {
  const clients = new Map();
  return {
    name: 'hardening-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (command === 'hardening-print') {
        await session.browser.getPage(session.id).pdf();
        return true;
      }
      if (command !== 'hardening-emulate-media') return undefined;
      let client = clients.get(session.id);
      if (!client) clients.set(session.id, (client = await session.browser.getPage(session.id).createCDPSession()));
      const features = Object.entries(payload?.features ?? {}).map(([name, value]) => ({ name, value }));
      await client.send('Emulation.setEmulatedMedia', { media: payload?.media ?? '', features });
      return true;
    },
  };
}
