// Before core, which creates its zod schemas on import (see zodConfig.ts).
import "../zodConfig";
import { importDocument } from "@milepael/core";
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
  let text: string;
  if ("bytes" in request) {
    post({ type: "progress", stage: "decoding" });
    // decodeText goes here: core's decodeText(bytes) (BOM, UTF-16, Windows-1252) replaces this line.
    text = new TextDecoder().decode(request.bytes);
  } else {
    text = request.text;
  }
  post({ type: "progress", stage: "importing" });
  const result = importDocument(text);
  post({ type: "progress", stage: "grouping" });
  post({
    type: "done",
    fileName: request.fileName,
    document: result.document,
    diagnostics: result.diagnostics,
    groups: groupDiagnostics(result.diagnostics),
  });
};
