// The emergency number and the region's crisis lines as one row of tap-to-call and tap-to-text buttons,
// each naming its line: for the top of a panel whose main message is something else (the harm-to-baby
// panel), so that a parent who needs them now has them in the first screen without a wall of cards.
import { useTranslation } from "react-i18next";
import { smsHref } from "./HelpLines";
import { dialable, type HelpRegion, helpLinesFor } from "./lines";

export function QuickLines({ region }: { region: HelpRegion }) {
  const { t } = useTranslation();
  const all = helpLinesFor(region);
  const lines = [...all.filter((l) => l.kind === "emergency"), ...all.filter((l) => l.kind === "crisis")];
  return (
    <ul className="quick-lines">
      {lines.flatMap((line) => {
        const emergency = line.kind === "emergency";
        const buttons = [];
        if (line.call)
          buttons.push(
            <li key={`${line.key}-call`} className={`quick-line is-${line.kind}`}>
              <a
                className={`button ${emergency ? "button-primary" : "button-secondary"}`}
                href={`tel:${dialable(line.call)}`}
              >
                {emergency
                  ? t("help.call", { number: line.call })
                  : t("help.quickCall", { name: line.name, number: line.call })}
              </a>
            </li>,
          );
        if (line.text)
          buttons.push(
            <li key={`${line.key}-text`} className={`quick-line is-${line.kind}`}>
              <a className="button button-secondary" href={smsHref(line.text)}>
                {line.text.body
                  ? t("help.quickTextWith", {
                      name: line.name,
                      number: line.text.number,
                      body: line.text.body,
                    })
                  : t("help.quickText", { name: line.name, number: line.text.number })}
              </a>
            </li>,
          );
        return buttons;
      })}
    </ul>
  );
}
