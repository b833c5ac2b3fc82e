import { type Diagnostic, diagnosticMessage, type Locale } from "@milepael/core";

/**
 * Says, on every page, that the browser keeps nothing (private mode, storage full or blocked) and
 * that changes live in this tab only: core's `store.unavailable` or `store.full`, in words.
 *
 * @example
 * <StorageNotice failure={store.failure} locale="da" />
 */
export function StorageNotice({ failure, locale }: { failure: Diagnostic | null; locale: Locale }) {
  if (failure === null) return null;
  return (
    <p role="alert" className="demo-error" data-code={failure.code}>
      {diagnosticMessage(failure, locale)}
    </p>
  );
}
