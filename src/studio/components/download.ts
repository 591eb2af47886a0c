/** Saves text or bytes as a file the reporter asked for (the only way anything leaves the studio). */
export function download(name: string, body: string | Uint8Array<ArrayBuffer>, type: string): void {
  const blobType = typeof body === 'string' ? `${type};charset=utf-8` : type;
  const url = URL.createObjectURL(new Blob([body], { type: blobType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
