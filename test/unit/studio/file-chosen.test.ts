import { describe, expect, it } from 'vitest';
import { onFileChosen } from '../../../src/studio/input/file-chosen';

type ChangeEvent = Parameters<ReturnType<typeof onFileChosen>>[0];

function change(files: unknown[]): { event: ChangeEvent; input: { value: string } } {
  const input = { files, value: 'C:\\fakepath\\a.csv' };
  return { event: { currentTarget: input } as unknown as ChangeEvent, input };
}

describe('onFileChosen', () => {
  it('opens the chosen file and clears the input, so the same file can be chosen again', () => {
    const opened: unknown[] = [];
    const file = { name: 'a.csv' };
    const { event, input } = change([file]);
    onFileChosen((f) => opened.push(f))(event);
    expect(opened).toEqual([file]);
    expect(input.value).toBe('');
  });

  it('opens nothing when the choice was cancelled', () => {
    const opened: unknown[] = [];
    const { event, input } = change([]);
    onFileChosen((f) => opened.push(f))(event);
    expect(opened).toEqual([]);
    expect(input.value).toBe('');
  });
});
