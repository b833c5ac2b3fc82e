// The script-tag bundle: React included, the elements registered on load.
import { defineMilepaelElements } from "./index";

defineMilepaelElements();
