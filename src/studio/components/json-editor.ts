/**
 * The JSON view's editor: CodeMirror 6 with JSON highlighting, the validator's problems as
 * inline diagnostics, and completion from the format's JSON Schema (schema-completion.ts). Loaded with `import()` by
 * JsonView.svelte only when the view opens, so the studio's first load does not carry it.
 *
 * Undo and redo are the studio's (one history for the sheet and the JSON): they are bound above
 * CodeMirror's own history keys.
 */
import { basicSetup, EditorView } from 'codemirror';
import { EditorState, Prec, Compartment } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { json, jsonParseLinter } from '@codemirror/lang-json';
import { setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { autocompletion } from '@codemirror/autocomplete';
import { schemaCompletion } from './schema-completion';

export interface EditorProblem {
  line: number;
  column: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface EditorOptions {
  text: string;
  readonly: boolean;
  label: string;
  onchange: (text: string) => void;
  undo: () => void;
  redo: () => void;
}

export function createEditor(parent: HTMLElement, options: EditorOptions) {
  const readonly = new Compartment();
  let applying = false;
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.text,
      extensions: [
        Prec.highest(
          keymap.of([
            { key: 'Mod-z', run: () => (options.undo(), true) },
            { key: 'Mod-y', run: () => (options.redo(), true) },
            { key: 'Mod-Shift-z', run: () => (options.redo(), true) },
          ]),
        ),
        basicSetup,
        json(),
        autocompletion({ override: [schemaCompletion] }),
        readonly.of(EditorState.readOnly.of(options.readonly)),
        EditorView.contentAttributes.of({ 'aria-label': options.label }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged && !applying) options.onchange(update.state.doc.toString());
        }),
      ],
    }),
  });

  return {
    /** Shows text changed elsewhere (the sheet, undo), keeping the cursor where it can. */
    setText(text: string, isReadonly: boolean) {
      view.dispatch({ effects: readonly.reconfigure(EditorState.readOnly.of(isReadonly)) });
      const current = view.state.doc.toString();
      if (current === text) return;
      // Only the changed middle is replaced, so the cursor and scroll stay put.
      let start = 0;
      while (start < current.length && current[start] === text[start]) start++;
      let endOld = current.length;
      let endNew = text.length;
      while (endOld > start && endNew > start && current[endOld - 1] === text[endNew - 1]) {
        endOld--;
        endNew--;
      }
      applying = true;
      view.dispatch({ changes: { from: start, to: endOld, insert: text.slice(start, endNew) } });
      applying = false;
    },
    setProblems(problems: readonly EditorProblem[]) {
      const doc = view.state.doc;
      const diagnostics: Diagnostic[] = problems.map((p) => {
        const line = doc.line(Math.min(Math.max(1, p.line), doc.lines));
        const from = Math.min(line.from + Math.max(0, p.column - 1), line.to);
        return {
          from,
          to: from === line.to ? from : line.to,
          severity: p.severity,
          message: p.message,
        };
      });
      // The parser's own syntax errors too, found as the reporter types.
      const syntax = jsonParseLinter()(view);
      view.dispatch(setDiagnostics(view.state, problems.length ? diagnostics : syntax));
    },
    goTo(lineNumber: number, column: number) {
      const doc = view.state.doc;
      const line = doc.line(Math.min(Math.max(1, lineNumber), doc.lines));
      const pos = Math.min(line.from + Math.max(0, column - 1), line.to);
      view.dispatch({
        selection: { anchor: pos },
        effects: EditorView.scrollIntoView(pos, { y: 'center' }),
      });
      view.focus();
    },
    destroy() {
      view.destroy();
    },
  };
}

export type JsonEditor = ReturnType<typeof createEditor>;
