// Before core, which creates its zod schemas on import (see zodConfig.ts).
import "../zodConfig";
import { importDocument, importFile } from "@milepael/core";
// Only the URL of pdf.js's own worker, which Vite emits as a file of its own (same origin, so the
// page's `worker-src 'self'` allows it): pdf.js itself is loaded by core when the first PDF comes.
import pdfWorkerSrc from "pdfjs-dist/legacy/build/pdf.worker.min.mjs?url";
import { groupDiagnostics, type ImportReply, type ImportRequest } from "./importProtocol";

// Importing a large file takes seconds and can produce 100,000 findings: done here, off the page's
// thread, the page keeps answering clicks and shows how far the import is.
// The app is typed against the DOM's lib; of the worker's global scope this file needs two members.
const scope = self as unknown as {
  postMessage: (reply: ImportReply) => void;
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
};

const post = (reply: ImportReply) => scope.postMessage(reply);

scope.onmessage = async (event) => {
  const request = event.data;
  let result: Pick<Awaited<ReturnType<typeof importFile>>, "document" | "diagnostics">;
  if ("bytes" in request) {
    post({ type: "progress", stage: "decoding" });
    // As the CLI reads files: Word, PDF or text told apart by the bytes; encodings, byte order marks;
    // other binary files refused by kind.
    result = await importFile(new Uint8Array(request.bytes), {
      pdfWorkerSrc,
      onProgress: (read, of) => post({ type: "progress", stage: "pages", pages: { read, of } }),
    });
  } else {
    post({ type: "progress", stage: "importing" });
    result = importDocument(request.text);
  }
  post({ type: "progress", stage: "grouping" });
  post({
    type: "done",
    fileName: request.fileName,
    document: result.document,
    diagnostics: result.diagnostics,
    groups: groupDiagnostics(result.diagnostics),
  });
};
