/**
 * A file input's change handler: the chosen file goes to `open`, then the input is cleared, so
 * that choosing the same file again (after editing it on disk) fires again.
 */
export function onFileChosen(
  open: (file: File) => void,
): (event: Event & { currentTarget: EventTarget & HTMLInputElement }) => void {
  return (event) => {
    const file = event.currentTarget.files?.[0];
    if (file) open(file);
    event.currentTarget.value = '';
  };
}
