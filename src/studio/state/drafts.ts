/**
 * Drafts in IndexedDB: the document after every change, so a reload, a crash or a closed tab
 * loses at most the last moment of typing. One record per draft; the list shows title, date and
 * number of events without reading the documents.
 */
import type { StudioDoc } from '../work/doc';

export interface DraftInfo {
  id: string;
  title: string;
  events: number;
  /** Last saved, ms since the epoch. */
  updated: number;
}

export interface Draft extends DraftInfo {
  doc: StudioDoc;
}

const DB = 'dateline-studio';
const STORE = 'drafts';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB would not open'));
  });
}

function run<T>(
  mode: IDBTransactionMode,
  act: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  return openDb().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const request = act(tx.objectStore(STORE));
        tx.oncomplete = () => {
          db.close();
          resolve(request.result);
        };
        tx.onabort = tx.onerror = () => {
          db.close();
          reject(tx.error ?? new Error('the draft could not be saved'));
        };
      }),
  );
}

export const saveDraft = (draft: Draft) => run('readwrite', (s) => s.put(draft)).then(() => {});
export const loadDraft = (id: string) =>
  run<Draft | undefined>('readonly', (s) => s.get(id) as IDBRequest<Draft | undefined>);
export const deleteDraft = (id: string) => run('readwrite', (s) => s.delete(id)).then(() => {});

export async function listDrafts(): Promise<DraftInfo[]> {
  const all = await run<Draft[]>('readonly', (s) => s.getAll() as IDBRequest<Draft[]>);
  return all
    .map(({ id, title, events, updated }) => ({ id, title, events, updated }))
    .sort((a, b) => b.updated - a.updated);
}

export function newDraftId(): string {
  return `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}
