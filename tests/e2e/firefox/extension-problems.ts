/**
 * The lines of Firefox's output that tell of a problem in the extension: an error or warning one
 * of its pages logged (the background page's too), or an uncaught error.
 * - A page's console message prints its values as source: `console.error: "text"`,
 *   `console.error: (new Error("…", "moz-extension://…/popup.html", 3))`. Firefox's own loggers
 *   print a name first (`console.error: RSLoader: …`, when it cannot reach its servers): not ours.
 * - An extension API call that fails unhandled reports `JavaScript error: undefined, line 0: …`,
 *   naming no page: every uncaught error counts but those in Firefox's own code (resource://,
 *   chrome://), like the one its remote agent causes at shutdown.
 */
export function extensionProblems(output: readonly string[]): string[] {
  return output.filter(
    (line) =>
      (/^console\.(error|warn): /.test(line) && !/^console\.\w+: [A-Za-z][\w .-]*: /.test(line)) ||
      (/^JavaScript error: /.test(line) && !/^JavaScript error: (resource|chrome):\/\//.test(line)),
  );
}
