import type { DiagnosticCode } from "./diagnostic";
import type { DanishCatalogue } from "./messages";

/** The params of a code whose message needs none. */
type None = Record<string, never>;

/**
 * The params a message declares: none for a message that takes none. Read from its parameter
 * list, so a message whose params are optional (`(v?: { x: Value })`) still declares them.
 */
type ParamsOf<M> = M extends (...args: infer A) => string ? (A extends [] ? None : NonNullable<A[0]>) : never;

/**
 * The params each diagnostic code carries, so that `diagnostic(...)` and `DiagnosticCollector.add(...)`
 * are checked by the compiler: a missing or misspelt param is a type error, not an empty gap in a
 * message. Read from the Danish catalogue, where each message declares the params its code carries
 * (`messages/<area>.ts`); the English messages are typed by the same.
 */
export type DiagnosticParams = { [C in DiagnosticCode]: ParamsOf<DanishCatalogue[C]> };

/** The params argument of a code: optional when the code needs none. */
export type DiagnosticParamsArgument<C extends DiagnosticCode> =
  Record<string, never> extends DiagnosticParams[C]
    ? [params?: DiagnosticParams[C]]
    : [params: DiagnosticParams[C]];

// A Danish message whose params have no declared type takes `never`: a compile error here names its code.
type Undeclared = {
  [C in DiagnosticCode]: [DiagnosticParams[C]] extends [never] ? C : never;
}[DiagnosticCode];
export const everyMessageDeclaresItsParams: [Undeclared] extends [never] ? true : Undeclared = true;
