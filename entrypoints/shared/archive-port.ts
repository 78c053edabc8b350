/**
 * Asks the background about the archive over one port, opened with the page:
 * each question carries an id, each answer comes back with it.
 */
import { browser } from 'wxt/browser';
import { ARCHIVE_PORT, type ArchiveMessage } from '../../components/lib/archive-service.ts';

export function connectArchive(): (message: ArchiveMessage) => Promise<unknown> {
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  let port: ReturnType<typeof browser.runtime.connect> | undefined;
  const open = () => {
    const p = browser.runtime.connect({ name: ARCHIVE_PORT });
    p.onMessage.addListener((envelope: unknown) => {
      const { id, result, error } = envelope as { id: number; result?: unknown; error?: string };
      const waiting = pending.get(id);
      pending.delete(id);
      if (error !== undefined) waiting?.reject(new Error(error));
      else waiting?.resolve(result);
    });
    // The background can go away (Chrome stops idle workers): reconnect on the next question.
    p.onDisconnect.addListener(() => {
      port = undefined;
      for (const w of pending.values()) w.reject(new Error('Talkscope could not reach its archive; please try again'));
      pending.clear();
    });
    return p;
  };
  // Open now: a stopped background starts loading the archive while the page is still starting.
  port = open();
  return (message) =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve, reject });
      port ??= open();
      port.postMessage({ id, message });
    });
}
