"use client";
export { RichText, type RichTextProps } from "./RichText";
