import { Component, createContext, type ReactNode, useContext } from "react";
import type { Texts } from "../texts";

/** What a boundary needs from the app: the texts in the page's language and the way back. */
export interface BoundaryContextValue {
  text: Texts;
  overviewHref: string;
  onOverview: () => void;
  /** Test-only (`?crash=widget`): widgets marked `crashable` throw, to show and test the boundary. */
  crashWidgets?: boolean;
}

export const BoundaryContext = createContext<BoundaryContextValue | null>(null);

interface ErrorBoundaryProps {
  /** What failed, for the message: a whole page or one widget. */
  scope: "page" | "widget";
  /** When any of these change (another document, round, plan), the boundary tries again by itself. */
  resetKeys?: readonly unknown[] | undefined;
  children: ReactNode;
}

interface ErrorBoundaryState {
  failed: boolean;
  resetKeys: readonly unknown[];
}

const sameKeys = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value, index) => Object.is(value, b[index]));

/**
 * Keeps an error in one widget or page from blanking the app: in its place a message in the
 * page's language, "Try again" and a link back to the overview. React reports the error (see
 * `onCaughtError` in main.tsx); the boundary only renders.
 *
 * @example
 * <ErrorBoundary scope="widget" resetKeys={[round]}><StatusSummary … /></ErrorBoundary>
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  static contextType = BoundaryContext;
  declare context: BoundaryContextValue | null;
  state: ErrorBoundaryState = { failed: false, resetKeys: this.props.resetKeys ?? [] };

  static getDerivedStateFromError(): Partial<ErrorBoundaryState> {
    return { failed: true };
  }

  static getDerivedStateFromProps(
    props: ErrorBoundaryProps,
    state: ErrorBoundaryState,
  ): Partial<ErrorBoundaryState> | null {
    const keys = props.resetKeys ?? [];
    return sameKeys(keys, state.resetKeys) ? null : { failed: false, resetKeys: keys };
  }

  render() {
    const context = this.context;
    if (!this.state.failed || !context) return this.props.children;
    const { text, overviewHref, onOverview } = context;
    const { scope } = this.props;
    return (
      <div role="alert" className="demo-error demo-boundary" data-scope={scope}>
        <p className="demo-boundary-title">{text.crashed[scope]}</p>
        <p>{text.crashedHelp}</p>
        <div className="demo-controls">
          <button type="button" className="mp-Button" onClick={() => this.setState({ failed: false })}>
            {text.tryAgain}
          </button>
          <a
            href={overviewHref}
            onClick={(event) => {
              event.preventDefault();
              this.setState({ failed: false });
              onOverview();
            }}
          >
            {text.backToOverview}
          </a>
        </div>
      </div>
    );
  }
}

function Crash(): never {
  throw new Error("A widget failed on purpose (?crash=widget)");
}

/**
 * One widget inside its own boundary, so the rest of the page keeps working when it fails.
 *
 * @example
 * <Widget resetKeys={[round]}><StatusByRoundChart document={document} /></Widget>
 */
export function Widget({
  children,
  resetKeys,
  crashable = false,
}: {
  children: ReactNode;
  resetKeys?: readonly unknown[] | undefined;
  /** Throws under `?crash=widget` (test-only), to show the boundary on a real page. */
  crashable?: boolean;
}) {
  const context = useContext(BoundaryContext);
  return (
    <ErrorBoundary scope="widget" resetKeys={resetKeys}>
      {crashable && context?.crashWidgets ? <Crash /> : children}
    </ErrorBoundary>
  );
}

/**
 * Throws while rendering a page under `?crash=page` (test-only).
 *
 * @example
 * <PageCrash when={state.crash === "page"} />
 */
export function PageCrash({ when }: { when: boolean }) {
  if (when) throw new Error("A page failed on purpose (?crash=page)");
  return null;
}
