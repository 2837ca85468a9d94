// The browsers every test tool here drives: Debian's Chromium and Firefox ESR (test tools cannot download
// browsers on these machines). Plain JavaScript so web-test-runner's config can import it too.

/** Debian Chromium, or $CHROMIUM_BIN. */
export const chromiumPath = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';

/** Debian Firefox ESR, or $FIREFOX_BIN. */
export const firefoxPath = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';

/** Flags that keep headless Chromium off the network (see MACHINE-NOTES: without them it floods the closed network). */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
