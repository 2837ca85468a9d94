/** Debian Chromium, or $CHROMIUM_BIN. */
export declare const chromiumPath: string;
/** Debian Firefox ESR, or $FIREFOX_BIN. */
export declare const firefoxPath: string;
/** Flags that keep headless Chromium off the network. */
export declare const chromiumArgs: readonly string[];
