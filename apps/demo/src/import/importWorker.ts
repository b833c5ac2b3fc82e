// Before core, which creates its zod schemas on import (see zodConfig.ts).
import "../zodConfig";
import { type Diagnostic, decodeText, importDocument } from "@milepael/core";
import { groupDiagnostics, type ImportReply, type ImportRequest } from "./importProtocol";

// Importing a large file takes seconds and can produce 100,000 findings: done here, off the page's
// thread, the page keeps answering clicks and shows how far the import is.
// The app is typed against the DOM's lib; of the worker's global scope this file needs two members.
const scope = self as unknown as {
  postMessage: (reply: ImportReply) => void;
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
};

const post = (reply: ImportReply) => scope.postMessage(reply);

scope.onmessage = (event) => {
  const request = event.data;
  let text: string | null;
  let decoding: Diagnostic[] = [];
  if ("bytes" in request) {
    post({ type: "progress", stage: "decoding" });
    // As the CLI reads files: byte order marks, UTF-16, Windows-1252, binary files refused by kind.
    const decoded = decodeText(new Uint8Array(request.bytes));
    text = decoded.text;
    decoding = decoded.diagnostics;
  } else {
    text = request.text;
  }
  post({ type: "progress", stage: "importing" });
  const imported = text === null ? { document: null, diagnostics: [] } : importDocument(text);
  const result = { document: imported.document, diagnostics: [...decoding, ...imported.diagnostics] };
  post({ type: "progress", stage: "grouping" });
  post({
    type: "done",
    fileName: request.fileName,
    document: result.document,
    diagnostics: result.diagnostics,
    groups: groupDiagnostics(result.diagnostics),
  });
};
