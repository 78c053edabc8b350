// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { PersonChip } from '../../components/person-chip.tsx';

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  render(node, root);
  return root;
}

describe('PersonChip', () => {
  it.each<[string, number, string | undefined, string]>([
    ['no talks: the name alone', 0, undefined, 'Ana Lopez'],
    ['one talk', 1, undefined, 'Ana Lopez · 1 talk'],
    ['several talks', 3, undefined, 'Ana Lopez · 3 talks'],
    ['a note after the count', 2, 'this is their homepage', 'Ana Lopez · 2 talks · this is their homepage'],
  ])('%s', (_, talks, note, text) => {
    const root = mount(
      <PersonChip person={{ key: 'ana lopez', name: 'Ana Lopez', talks }} onOpen={() => {}} {...(note ? { note } : {})} />,
    );
    expect(root.querySelector('button')!.textContent).toBe(text);
  });

  it('opens the person by key, and renders the name as text', () => {
    const opened: string[] = [];
    const root = mount(<PersonChip person={{ key: 'x y', name: '<b>X</b> Y', talks: 0 }} onOpen={(k) => opened.push(k)} />);
    root.querySelector('button')!.click();
    expect(opened).toEqual(['x y']);
    expect(root.querySelector('b')).toBeNull();
  });
});
