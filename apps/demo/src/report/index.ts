export { PaperButtons, type PaperButtonsProps, paperFileName } from "./PaperButtons";
