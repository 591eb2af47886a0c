/** Messages between the studio page and its worker. */
import type { TimelineInput } from '../../format/types';
import type { Checked } from './check-doc';
import type { StudioDoc } from './doc';
import type { Opened } from './open-input';

export type WorkRequest =
  | { id: number; type: 'open'; text: string; name: string }
  | { id: number; type: 'check'; doc: StudioDoc; title?: string }
  | { id: number; type: 'rows'; rows: string[][] }
  | { id: number; type: 'csv'; value: TimelineInput };

export type WorkResponse =
  | { id: number; ok: true; result: Opened | Checked | string }
  | { id: number; ok: false; error: string };
