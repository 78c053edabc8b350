/**
 * The lines of Firefox's output that tell of a problem in the extension: an error or warning one
 * of its pages logged (the background page's too), or an uncaught error. An extension API call
 * that fails unhandled reports `JavaScript error: undefined, line 0: …`, naming no page: every
 * uncaught error counts but those in Firefox's own code (resource://, chrome://), like the one
 * its remote agent logs at shutdown.
 */
export function extensionProblems(output: readonly string[]): string[] {
  return output.filter(
    (line) =>
      /^console\.(error|warn):/.test(line) ||
      (/^JavaScript error:/.test(line) && !/^JavaScript error: (resource|chrome):\/\//.test(line)),
  );
}
