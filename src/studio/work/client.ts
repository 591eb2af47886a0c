/** The page's side of the worker: one request, one promise. */
import type { TimelineInput } from '../../format/types';
import type { Checked } from './check-doc';
import type { StudioDoc } from './doc';
import type { Opened } from './open-input';
import type { WorkRequest, WorkResponse } from './protocol';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

export class WorkClient {
  readonly #worker: Worker;
  readonly #pending = new Map<number, Pending>();
  #next = 1;

  constructor() {
    this.#worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    this.#worker.onmessage = (message: MessageEvent<WorkResponse>) => {
      const response = message.data;
      const pending = this.#pending.get(response.id);
      if (!pending) return;
      this.#pending.delete(response.id);
      if (response.ok) pending.resolve(response.result);
      else pending.reject(new Error(response.error));
    };
    this.#worker.onerror = (event) => {
      for (const pending of this.#pending.values()) pending.reject(new Error(event.message));
      this.#pending.clear();
    };
  }

  open(text: string, name: string): Promise<Opened> {
    return this.#send({ id: 0, type: 'open', text, name }) as Promise<Opened>;
  }

  check(doc: StudioDoc, title?: string): Promise<Checked> {
    return this.#send({ id: 0, type: 'check', doc, title }) as Promise<Checked>;
  }

  rows(rows: string[][]): Promise<Opened> {
    return this.#send({ id: 0, type: 'rows', rows }) as Promise<Opened>;
  }

  csv(value: TimelineInput): Promise<string> {
    return this.#send({ id: 0, type: 'csv', value }) as Promise<string>;
  }

  terminate(): void {
    this.#worker.terminate();
  }

  #send(request: WorkRequest): Promise<unknown> {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ ...request, id });
    });
  }
}
