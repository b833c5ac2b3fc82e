"use client";
export { AnnualWheel, type AnnualWheelProps } from "./AnnualWheel";
export { wheelPng, wheelSvg } from "./exportWheel";
export { type AnnualWheelModel, type UseAnnualWheelOptions, useAnnualWheel } from "./useAnnualWheel";
