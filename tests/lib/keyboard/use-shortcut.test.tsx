import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useShortcut } from '../../../src/lib/keyboard/use-shortcut';

/** Counts the presses of `o` the page acted on, beside the kinds of field an agent types in. */
function Probe({ enabled = true }: { enabled?: boolean }) {
  const [count, setCount] = useState(0);
  useShortcut('o', () => setCount((value) => value + 1), enabled);
  return (
    <>
      <h1 tabIndex={-1}>Answer</h1>
      <label>
        Search <input type="search" />
      </label>
      <label>
        Preview <textarea readOnly />
      </label>
      <label>
        Language
        <select>
          <option>one</option>
        </select>
      </label>
      <div contentEditable suppressContentEditableWarning aria-label="Editor" role="textbox" />
      <output aria-label="presses">{count}</output>
    </>
  );
}

describe('useShortcut', () => {
  it('acts on the key pressed outside a field', async () => {
    const user = userEvent.setup();
    render(<Probe />);
    await user.click(screen.getByRole('heading'));
    await user.keyboard('o');
    expect(screen.getByLabelText('presses')).toHaveTextContent('1');
  });

  it('never acts while typing in a search field, a text area, a select or an editable element', async () => {
    const user = userEvent.setup();
    render(<Probe />);
    for (const field of [
      screen.getByLabelText('Search'),
      screen.getByLabelText('Preview'),
      screen.getByLabelText('Language'),
      screen.getByRole('textbox', { name: 'Editor' }),
    ]) {
      field.focus();
      await user.keyboard('o');
    }
    expect(screen.getByLabelText('presses')).toHaveTextContent('0');
  });

  it('leaves Ctrl, ⌘ and Alt combinations and other keys to the browser, and does nothing when off', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Probe />);
    await user.click(screen.getByRole('heading'));
    await user.keyboard('{Control>}o{/Control}{Meta>}o{/Meta}{Alt>}o{/Alt}O');
    expect(screen.getByLabelText('presses')).toHaveTextContent('0');
    rerender(<Probe enabled={false} />);
    await user.keyboard('o');
    expect(screen.getByLabelText('presses')).toHaveTextContent('0');
  });
});
