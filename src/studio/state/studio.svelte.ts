/**
 * The studio's state: the one document with its history, what the worker found in it, the last
 * timeline without errors (the preview keeps it while errors remain), and the draft it is saved
 * as. Views read it and call its methods; only this class talks to the worker and the drafts.
 */
import type { Timeline } from '../../format/types';
import type { Checked } from '../work/check-doc';
import type { StudioDoc, StudioProblem } from '../work/doc';
import type { Opened } from '../work/open-input';
import { WorkClient } from '../work/client';
import { History } from './history';
import {
  deleteDraft,
  listDrafts,
  loadDraft,
  newDraftId,
  saveDraft,
  type DraftInfo,
} from './drafts';
import { TabGuard } from './tab-guard';

const SESSION_KEY = 'dateline-studio:draft';
/** Saving waits this long after a change for the next one: at most this much typing is lost. */
const SAVE_DELAY = 400;

export class StudioState {
  doc = $state.raw<StudioDoc | null>(null);
  checked = $state.raw<Checked | null>(null);
  /** The last timeline without errors: what the preview shows. */
  timeline = $state.raw<Timeline | null>(null);
  /** From the import that opened the document (TimelineJS notes): listed apart. */
  notes = $state.raw<StudioProblem[]>([]);
  /** What was opened, in words ("TimelineJS sheet"), and from where. */
  origin = $state('');
  /** A message about input that could not be opened, or an action's outcome. */
  message = $state<{ text: string; tone: 'error' | 'info' } | null>(null);
  busy = $state(false);
  canUndo = $state(false);
  canRedo = $state(false);
  drafts = $state.raw<DraftInfo[]>([]);
  draftId = $state<string | null>(null);
  saved = $state<'saved' | 'saving' | 'failed' | ''>('');
  /** Another tab has this draft open. */
  shared = $state(false);
  /** performance.now() of the last edit, for the preview's timing. */
  editedAt = 0;

  readonly #work = new WorkClient();
  #history: History<StudioDoc | null> = new History(null);
  #checking = false;
  #recheck = false;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #guard = new TabGuard(() => (this.shared = true));

  get title(): string {
    const value = this.checked?.value;
    return (typeof value?.title === 'string' && value.title) || 'Untitled timeline';
  }

  get eventCount(): number {
    const events = this.checked?.value?.events;
    return Array.isArray(events) ? events.length : 0;
  }

  /** Restores this tab's draft after a reload, else lists the drafts to offer. */
  async start(): Promise<void> {
    const id = sessionStorage.getItem(SESSION_KEY);
    if (id && (await this.openDraft(id))) return;
    await this.refreshDrafts();
  }

  async refreshDrafts(): Promise<void> {
    try {
      this.drafts = await listDrafts();
    } catch {
      this.drafts = [];
    }
  }

  /** Opens a file's text (or pasted text) as a new draft. */
  async openText(text: string, name: string, from: string): Promise<void> {
    await this.#open(() => this.#work.open(text, name), from);
  }

  /** Opens pasted table cells (header first) as a new draft. */
  async openRows(rows: string[][], from: string): Promise<void> {
    await this.#open(() => this.#work.rows(rows), from);
  }

  /** A new draft from a document (the blank template). */
  openDoc(doc: StudioDoc, from: string): void {
    this.#begin(doc, [], from);
  }

  async #open(work: () => Promise<Opened>, from: string): Promise<void> {
    this.busy = true;
    this.message = null;
    try {
      const opened = await work();
      if (!opened.ok) this.fail(`${from}: ${opened.message}`);
      else this.#begin(opened.doc, opened.notes, `${from} (${opened.format})`);
    } catch (error) {
      this.fail(`${from} could not be read: ${(error as Error).message}`);
    } finally {
      this.busy = false;
    }
  }

  fail(text: string): void {
    this.message = { text, tone: 'error' };
  }

  #begin(doc: StudioDoc, notes: StudioProblem[], origin: string): void {
    this.flush();
    this.#history = new History<StudioDoc | null>(doc);
    this.notes = notes;
    this.origin = origin;
    this.timeline = null;
    this.checked = null;
    this.shared = false;
    this.draftId = newDraftId();
    sessionStorage.setItem(SESSION_KEY, this.draftId);
    this.#guard.hold(this.draftId);
    this.#changed();
  }

  /** An edit from a view; edits with the same `group` within a second undo together. */
  edit(doc: StudioDoc, group: string | null = null): void {
    this.#history.push(doc, group);
    this.#changed();
  }

  undo(): void {
    if (this.#history.undo()) this.#changed();
  }

  redo(): void {
    if (this.#history.redo()) this.#changed();
  }

  #changed(): void {
    this.editedAt = performance.now();
    this.doc = this.#history.current;
    this.canUndo = this.#history.canUndo;
    this.canRedo = this.#history.canRedo;
    void this.#check();
    this.#scheduleSave();
  }

  /** Checks the newest document; edits during a check are checked right after it, once. */
  async #check(): Promise<void> {
    if (this.#checking) {
      this.#recheck = true;
      return;
    }
    const doc = this.doc;
    if (!doc) return;
    this.#checking = true;
    try {
      // A TimelineJS sheet without a title slide is named after its file, as `npm run import` does.
      const name = this.origin.replace(/ \(.*$/, '').replace(/\.\w+$/, '');
      const checked = await this.#work.check(doc, name);
      if (doc === this.doc) {
        this.checked = checked;
        if (checked.timeline) this.timeline = checked.timeline;
      } else this.#recheck = true;
    } catch (error) {
      this.fail(`the timeline could not be checked: ${(error as Error).message}`);
    } finally {
      this.#checking = false;
    }
    if (this.#recheck) {
      this.#recheck = false;
      await this.#check();
    }
  }

  #scheduleSave(): void {
    clearTimeout(this.#saveTimer);
    this.saved = 'saving';
    this.#saveTimer = setTimeout(() => void this.#save(), SAVE_DELAY);
  }

  /** Saves now if a save is pending (the page is being hidden or another draft opens). */
  flush(): void {
    if (this.#saveTimer === undefined) return;
    clearTimeout(this.#saveTimer);
    void this.#save();
  }

  async #save(): Promise<void> {
    this.#saveTimer = undefined;
    const { doc, draftId } = this;
    if (!doc || !draftId) return;
    try {
      await saveDraft({
        id: draftId,
        doc,
        title: this.title,
        events: this.eventCount,
        updated: Date.now(),
      });
      if (this.#saveTimer === undefined) this.saved = 'saved';
    } catch {
      this.saved = 'failed';
    }
  }

  async openDraft(id: string): Promise<boolean> {
    const draft = await loadDraft(id).catch(() => undefined);
    if (!draft) return false;
    this.flush();
    this.#history = new History<StudioDoc | null>(draft.doc);
    this.notes = [];
    this.origin = `draft “${draft.title}”`;
    this.timeline = null;
    this.checked = null;
    this.shared = false;
    this.draftId = id;
    sessionStorage.setItem(SESSION_KEY, id);
    this.#guard.hold(id);
    this.editedAt = performance.now();
    this.doc = draft.doc;
    this.canUndo = this.canRedo = false;
    this.saved = 'saved';
    void this.#check();
    return true;
  }

  async removeDraft(id: string): Promise<void> {
    await deleteDraft(id);
    await this.refreshDrafts();
  }

  /** Back to the start: the document stays saved as a draft. */
  async close(): Promise<void> {
    this.flush();
    this.doc = null;
    this.checked = null;
    this.timeline = null;
    this.draftId = null;
    this.#guard.hold(null);
    sessionStorage.removeItem(SESSION_KEY);
    await this.refreshDrafts();
  }

  csv(): Promise<string> {
    const value = this.checked?.value;
    return value ? this.#work.csv(value) : Promise.reject(new Error('nothing to export yet'));
  }
}
