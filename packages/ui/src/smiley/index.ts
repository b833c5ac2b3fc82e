"use client";
export { Smiley, type SmileyProps, type SmileySize } from "./Smiley";
