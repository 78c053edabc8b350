/**
 * STUB CONTRACT (owned by the page-highlighting work): registers everything the
 * background does for names on pages (opt-in content script registration, badge,
 * messages from the content script). Called once from entrypoints/background/index.ts.
 */
export function registerPageNames(): void {}
