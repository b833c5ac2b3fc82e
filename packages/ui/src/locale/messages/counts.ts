import { formatCount } from "../format";

/** Counts in Danish sentences, with the thousands separator ("10.000 indsatser"). */
export const daCount = (count: number) => formatCount(count, "da");
/** Counts in English sentences ("10,000 initiatives"). */
export const enCount = (count: number) => formatCount(count, "en");
