// @vitest-environment happy-dom
/**
 * The options page saves each change at once and says so in a live region: each save is
 * heard (the region's text changes every time), and a number kept to its range is told.
 */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { OptionsForm } from '../../components/options-form.tsx';
import { normalizeSettings, type Settings } from '../../components/lib/normalize-settings.ts';

function mount() {
  let stored: Settings = normalizeSettings(undefined);
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const texts: string[] = [];
  render(
    <OptionsForm settings={stored} series={['a', 'b']} onSave={async (change) => (stored = normalizeSettings(change(stored)))} />,
    root,
  );
  const status = root.querySelector('[role=status]')!;
  new MutationObserver(() => texts.push(status.textContent ?? '')).observe(status, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  return { root, texts };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

function change(input: HTMLInputElement | HTMLSelectElement, value?: string) {
  if (input instanceof HTMLInputElement && input.type === 'checkbox') input.checked = !input.checked;
  else if (value !== undefined) input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('OptionsForm', () => {
  it('says "Saved." after every change, not only the first', async () => {
    const { root, texts } = mount();
    const boxes = root.querySelectorAll<HTMLInputElement>('fieldset input[type=checkbox]');
    change(boxes[0]!);
    await settle();
    change(boxes[1]!);
    await settle();
    expect(texts.filter((t) => t === 'Saved.')).toHaveLength(2);
    expect(root.querySelector('[role=status]')!.textContent).toBe('Saved.');
  });

  it.each([
    ['12', 'Saved.'],
    ['100', 'Saved as 50: results per group are a whole number from 1 to 50.'],
    ['0', 'Saved as 1: results per group are a whole number from 1 to 50.'],
    ['2.6', 'Saved as 3: results per group are a whole number from 1 to 50.'],
  ])('results per group %s → %s', async (typed, said) => {
    const { root } = mount();
    change(root.querySelector<HTMLInputElement>('input[type=number]')!, typed);
    await settle();
    expect(root.querySelector('[role=status]')!.textContent).toBe(said);
  });
});
