import type { EventFilter } from '../query/filter-events';

/** The reader's filters: a person, a group and search words. */
export class Filters {
  person = $state<string | null>(null);
  group = $state<string | null>(null);
  text = $state('');

  /** A plain snapshot for the pure filtering functions. */
  get value(): EventFilter {
    return { person: this.person, group: this.group, text: this.text };
  }

  clear(): void {
    this.person = null;
    this.group = null;
    this.text = '';
  }
}
