"use client";
export { AnnualWheel, type AnnualWheelProps } from "./AnnualWheel";
export { wheelPng, wheelSvg } from "./exportWheel";
export { type AnnualWheelModel, type UseAnnualWheelOptions, useAnnualWheel } from "./useAnnualWheel";
// Types the wheel's model is built from, public so hosts can name them.
export type { Updater } from "../internal/useControllableState";
export type { RovingFocus } from "../internal/useRovingFocus";
export type { SelectionState } from "../plan/selection";
