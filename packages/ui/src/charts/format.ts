// Numbers are formatted in one place for every widget; the charts' entry re-exports the helpers.
export { formatCount, formatShare } from "../locale/format";
