// The rounds of a follow-up's Word pages as their tagged controls hold them: the table under "Om
// dokumentet" (a round's label, kind, cut-off and meeting date) and the round the document reports on.

import { keyOfWord, type PageTag, parsePageDate, roundKindWords } from "../../export/docx/pageTags";
import type { Round } from "../../model/budgetFollowUp.schema";
import { roundIdOf } from "./copyValues";
import { unreadable } from "./taggedRows";

/**
 * The rounds read so far, and the round the document reports on.
 *
 * @example
 * const rounds = new TaggedRounds();
 * rounds.read(readTag("mp:round id=2017-3")!, "3. budgetopfølgning 2017", () => "3. budgetopfølgning 2017", () => {});
 * rounds.rounds[0]?.id; // "2017-3"
 */
export class TaggedRounds {
  readonly rounds: Round[] = [];
  current: string | undefined;

  /**
   * Reads a value control of the rounds: `shown` its text as the page shows it, `text` the value
   * (the copy's exact one where the page agrees), `opened` told of each round begun. False for a
   * control that is none of the rounds'.
   */
  read(tag: PageTag, shown: string, text: () => string, opened: (round: Round) => void): boolean {
    const date = () => parsePageDate(shown) ?? unreadable();
    switch (tag.name) {
      case "current":
        this.current = roundIdOf(this.rounds, tag, text());
        return true;
      case "round": {
        const round: Round = { id: tag.args.id ?? text(), label: text(), kind: "follow-up", cutOff: "" };
        this.rounds.push(round);
        opened(round);
        return true;
      }
      case "round.kind":
        this.last().kind =
          keyOfWord(roundKindWords.da, shown) ?? keyOfWord(roundKindWords.en, shown) ?? unreadable();
        return true;
      case "round.cutOff":
        this.last().cutOff = date();
        return true;
      case "round.meetingDate":
        this.last().meetingDate = date();
        return true;
      default:
        return false;
    }
  }

  private last(): Round {
    return this.rounds[this.rounds.length - 1] ?? unreadable();
  }
}
