// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { SiteAccess, type SiteAccessActions, type SiteAccessState } from '../../../components/site-access.tsx';

function mount(state: SiteAccessState | undefined, origin?: string) {
  const actions: SiteAccessActions = {
    allowHere: vi.fn(),
    allowEverywhere: vi.fn(),
    forgetHere: vi.fn(),
    forgetEverywhere: vi.fn(),
    setPausedHere: vi.fn(),
    setEnabled: vi.fn(),
    forgetPattern: vi.fn(),
  };
  const root = document.createElement('div');
  render(<SiteAccess origin={origin} state={state} actions={actions} />, root);
  const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.includes(text));
  return { root, actions, button };
}

function toggle(box: HTMLInputElement) {
  box.checked = !box.checked;
  box.dispatchEvent(new Event('change', { bubbles: true }));
}

const off: SiteAccessState = { enabled: true, everywhere: false, allowedHere: false, pausedHere: false, allowedSites: [] };

describe('SiteAccess', () => {
  it('renders nothing until its state is known', () => {
    expect(mount(undefined).root.innerHTML).toBe('');
  });

  it('offers to allow the site and every site; a click asks straight away', () => {
    const { button, actions } = mount(off, 'https://example.org');
    button('Allow on example.org')!.click();
    expect(actions.allowHere).toHaveBeenCalledOnce();
    button('Allow on every site')!.click();
    expect(actions.allowEverywhere).toHaveBeenCalledOnce();
  });

  it('on an allowed site, offers pause and to stop allowing', () => {
    const { root, button, actions } = mount({ ...off, allowedHere: true }, 'https://example.org');
    expect(button('Allow on example.org')).toBeUndefined();
    const pause = [...root.querySelectorAll('label')]
      .find((l) => l.textContent?.includes('Pause on example.org'))!
      .querySelector('input')!;
    toggle(pause);
    expect(actions.setPausedHere).toHaveBeenCalledWith(true);
    button('Stop allowing example.org')!.click();
    expect(actions.forgetHere).toHaveBeenCalledOnce();
  });

  it('with the global switch off, only the switch is shown', () => {
    const { root, actions } = mount({ ...off, enabled: false }, 'https://example.org');
    expect(root.querySelectorAll('button')).toHaveLength(0);
    toggle(root.querySelector('input')!);
    expect(actions.setEnabled).toHaveBeenCalledWith(true);
  });

  it('on the options page lists the allowed sites, each with a way to stop', () => {
    const { root, actions } = mount({ ...off, allowedSites: ['https://a.org/*', 'http://127.0.0.1/*'] });
    expect([...root.querySelectorAll('.site-access-sites li')].map((li) => li.firstChild?.textContent)).toEqual([
      'a.org',
      '127.0.0.1 (http)',
    ]);
    root.querySelector<HTMLButtonElement>('button[aria-label="Stop allowing a.org"]')!.click();
    expect(actions.forgetPattern).toHaveBeenCalledWith('https://a.org/*');
  });

  it('on the options page (no site) shows the switch and every-site choice', () => {
    const { button } = mount({ ...off, everywhere: true, allowedHere: true });
    expect(button('Stop allowing every site')).toBeDefined();
    expect(button('Pause')).toBeUndefined();
  });
});
