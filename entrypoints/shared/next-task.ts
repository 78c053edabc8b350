/**
 * Resolves in a task of its own: what a page (input, rendering) or the background (a popup's
 * question) has waiting runs first. For splitting a long piece of loading into several.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
