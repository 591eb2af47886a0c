// The demo's stand-in for a newsroom's analytics: it shows what the timeline reports.
export {};

const line = document.getElementById('analytics');
document.addEventListener('dateline:select', (event) => {
  const { id } = (event as CustomEvent<{ id: string | null }>).detail;
  if (line) line.textContent = id ? `dateline:select → ${id}` : 'dateline:select → (closed)';
});
