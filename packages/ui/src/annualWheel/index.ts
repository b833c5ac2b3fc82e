"use client";
export { AnnualWheel, type AnnualWheelProps } from "./AnnualWheel";
export { wheelPng, wheelSvg } from "./exportWheel";
