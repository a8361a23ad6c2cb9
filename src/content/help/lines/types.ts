import type { Locale } from "../../../domain/account.js";
import type { SourceKey } from "../../sources.js";

/**
 * crisis: answers people at risk now (suicide, self-harm, harm to others); emergency: police and ambulance;
 * perinatal: support in pregnancy and after birth, not for a crisis; support: other help that is not a
 * crisis line (parents under strain, worries about a child).
 */
export type LineKind = "crisis" | "emergency" | "perinatal" | "support";

export interface TextOption {
  /** A number to text. */
  readonly number: string;
  /** The word to send, where the service asks for one (SHOUT, AYUDA). */
  readonly body?: string;
  /** Languages this text route answers in, when it differs from the line's own (988's AYUDA: Spanish). */
  readonly languages?: readonly string[];
}

export interface HelpLine {
  readonly key: string;
  readonly name: string;
  readonly kind: LineKind;
  /** A number to call, as dialled in the region (the web builds tel: links from it). */
  readonly call?: string;
  /** A number to text, and the word to send where the service asks for one. */
  readonly text?: TextOption;
  /** Other ways to text the same line, each with its own word or language. */
  readonly moreTexts?: readonly TextOption[];
  readonly url?: string;
  /** "24/7", or "limited" when it is not answered around the clock (the note says when). A code, translated by the web. */
  readonly hours: "24/7" | "limited";
  /** Languages the line answers in (ISO 639-1). */
  readonly languages: readonly string[];
  readonly note: Readonly<Record<Locale, string>>;
  readonly source: SourceKey;
  /** When this entry was last checked against its source (YYYY-MM-DD). */
  readonly checked: string;
}
