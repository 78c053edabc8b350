import { describe, expect, it } from 'vitest';
import { extensionProblems } from './extension-problems.ts';

const EXT = 'moz-extension://f5671ac4-ed80-40c1-a87a-47174ca93f82';

describe('extensionProblems', () => {
  it.each([
    ['an error logged by the background page', 'console.error: "Talkscope could not read data/names.json"', true],
    ['a warning logged by an extension page', 'console.warn: "no archive"', true],
    ['an uncaught error in an extension page', `JavaScript error: ${EXT}/popup.html, line 1: Error: boom`, true],
    ['an unhandled failed extension API call', 'JavaScript error: undefined, line 0: Error: Invalid url pattern: x', true],
    [
      'an uncaught error in the content script',
      `JavaScript error: ${EXT}/content-scripts/page-names.js, line 3: TypeError: x`,
      true,
    ],
    [
      "an error in Firefox's own code",
      'JavaScript error: resource://gre/modules/PrivateBrowsingUtils.sys.mjs, line 50: TypeError: x',
      false,
    ],
    ["the remote agent's own message", 'Handler function threw an exception: TypeError: can\'t access property "id"', false],
    ['an error object logged by an extension page', `console.error: (new TypeError("x", "${EXT}/options.html", 1))`, true],
    ['a message logged with several values', 'console.warn: "Talkscope: two" 2', true],
    ["a Firefox logger's error (a name before the message)", 'console.error: RSLoader: ', false],
    ['a log line', 'console.log: "hello"', false],
  ])('%s', (_what, line, problem) => {
    expect(extensionProblems(['*** You are running in headless mode.', line])).toEqual(problem ? [line] : []);
  });
});
