/**
 * The studio's Web Worker: opening (converting) what the reporter brings and checking the
 * document at every edit run here, so a 10 MB paste or a 100,000-row sheet never freezes the page.
 */
import { checkDoc } from './check-doc';
import { openText, sheetFromRows } from './open-input';
import { toDatelineCsv } from '../../import/dateline-csv-write';
import type { WorkRequest, WorkResponse } from './protocol';

/** The worker's global scope, as much of it as is used here (the DOM types know only windows). */
const scope = self as unknown as {
  onmessage: (message: MessageEvent<WorkRequest>) => void;
  postMessage: (message: WorkResponse) => void;
};

function answer(request: WorkRequest) {
  switch (request.type) {
    case 'open':
      return openText(request.text, request.name);
    case 'check':
      return checkDoc(request.doc, request.title);
    case 'rows':
      return sheetFromRows(request.rows);
    case 'csv':
      return toDatelineCsv(request.value);
  }
}

scope.onmessage = (message) => {
  const request = message.data;
  let response: WorkResponse;
  try {
    response = { id: request.id, ok: true, result: answer(request) };
  } catch (error) {
    response = { id: request.id, ok: false, error: String(error) };
  }
  scope.postMessage(response);
};
