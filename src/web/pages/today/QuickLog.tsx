// The big buttons. A diaper is two taps (Diaper, then wet/dirty/both/dry); a breast feed is two (Feed,
// then a side); sleep and the other timed care start with one. "More" holds the rarer kinds of care.
// The second tap's choices rise in a sheet at the bottom of the screen, where the thumb already is.
// "Earlier" back-dates whatever is logged next. Anything that overlaps an entry of the same kind asks first.
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { EntryType } from "../../../domain/entries/vocabulary";
import { HintedControl } from "../../components/HintedControl";
import { Sheet } from "../../components/Sheet";
import { addEntry } from "../../log/actions";
import { type Side, suggestedSide } from "../../log/breast";
import { useLogContext } from "../../log/LogContext";
import { lastOfType, runningEntries } from "../../log/queries";
import { pastAt } from "../../log/time";
import type { EntryDraft, LocalEntry } from "../../log/types";
import { useFilledLive } from "../../log/useLogKnown";
import { useOverlapGuard } from "./details/OverlapWarning";
import { MorePanel } from "./MorePanel";
import { QuickButton } from "./QuickButton";
import "../../styles/details.css";

const timed: EntryType[] = ["sleep", "play", "skin_to_skin", "reading", "bath", "holding", "walk", "massage"];
const diaperKinds = ["wet", "dirty", "both", "dry"] as const;

type Panel = "none" | "feed" | "diaper" | "more";

export function QuickLog({ onLogged }: { onLogged: (entry: LocalEntry) => void }) {
  const { t } = useTranslation();
  const { sync, baby, family } = useLogContext();
  const [panel, setPanel] = useState<Panel>("none");
  const [earlier, setEarlier] = useState("");
  const moreId = useId();
  const moreButton = useRef<HTMLButtonElement>(null);
  const timeInput = useRef<HTMLInputElement>(null);
  const overlap = useOverlapGuard(() => timeInput.current?.focus());
  // Read once the log is known: during a new phone's first pull it would run again for every slice written.
  const lastFeed = useFilledLive((db) => lastOfType(db, baby.id, "feed"), [baby.id]);
  const suggested = suggestedSide(lastFeed?.details);
  const running = useFilledLive((db) => runningEntries(db, baby.id), [baby.id]) ?? [];

  function logged(entry: LocalEntry) {
    setPanel("none");
    setEarlier("");
    onLogged(entry);
  }

  async function log(draft: Omit<EntryDraft, "startedAt">) {
    const startedAt = (earlier ? pastAt(earlier, family.timeZone) : new Date()).toISOString();
    const candidate = { type: draft.type, startedAt, endedAt: draft.endedAt ?? null };
    await overlap.guard(candidate, async () =>
      logged(await addEntry(sync, baby.id, { ...draft, startedAt })),
    );
  }

  // The sheet gives focus back to the button that opened it (components/Sheet.tsx).
  const closeMore = () => setPanel("none");

  const startBreast = (side: Side) => log({ type: "feed", details: { method: "breast", lastSide: side } });

  return (
    <section className="quick-log" aria-labelledby="quick-log-heading">
      <h2 id="quick-log-heading">{t("today.logHeading")}</h2>
      <div className="quick-grid">
        <QuickButton
          aria-expanded={panel === "feed"}
          onClick={() => setPanel(panel === "feed" ? "none" : "feed")}
        >
          {t("entryType.feed")}
        </QuickButton>
        <QuickButton
          aria-expanded={panel === "diaper"}
          onClick={() => setPanel(panel === "diaper" ? "none" : "diaper")}
        >
          {t("entryType.diaper")}
        </QuickButton>
        {timed.map((type) => {
          // One timer per kind of care: a second tap goes to the one already running instead of doubling it.
          const already = running.find((e) => e.type === type);
          return (
            <QuickButton
              key={type}
              onClick={() =>
                already
                  ? document.getElementById(`stop-${already.id}`)?.focus()
                  : void log({ type, details: type === "play" ? { kinds: [] } : {} })
              }
            >
              {already
                ? t("today.running", { type: t(`entryType.${type}`) })
                : t("today.start", { type: t(`entryType.${type}`) })}
            </QuickButton>
          );
        })}
        <QuickButton
          ref={moreButton}
          aria-expanded={panel === "more"}
          aria-controls={panel === "more" ? moreId : undefined}
          onClick={() => setPanel(panel === "more" ? "none" : "more")}
        >
          {t("more.button")}
        </QuickButton>
      </div>

      {panel === "feed" ? (
        <Sheet title={t("today.which", { type: t("entryType.feed") })} onClose={() => setPanel("none")}>
          {suggested ? (
            <p className="field-hint">{t("feed.suggested", { side: t(`feed.side.${suggested}`) })}</p>
          ) : null}
          <div className="quick-grid">
            {(["left", "right"] as const).map((side) => (
              <QuickButton
                key={side}
                variant={side === suggested ? "primary" : "secondary"}
                onClick={() => void startBreast(side)}
              >
                {t(`feed.start.${side}`)}
              </QuickButton>
            ))}
            <QuickButton onClick={() => void log({ type: "feed", details: { method: "bottle" } })}>
              {t("feed.bottle")}
            </QuickButton>
            <QuickButton onClick={() => void log({ type: "feed", details: { method: "solids", foods: [] } })}>
              {t("feed.solids")}
            </QuickButton>
          </div>
          {overlap.warning}
        </Sheet>
      ) : null}

      {panel === "diaper" ? (
        <Sheet title={t("today.which", { type: t("entryType.diaper") })} onClose={() => setPanel("none")}>
          <div className="quick-grid">
            {diaperKinds.map((kind) => (
              <QuickButton
                key={kind}
                onClick={() => void log({ type: "diaper", details: { kind }, endedAt: null })}
              >
                {t(`diaper.${kind}`)}
              </QuickButton>
            ))}
          </div>
          {overlap.warning}
        </Sheet>
      ) : null}

      {panel === "more" ? (
        <Sheet id={moreId} title={t("more.heading")} onClose={closeMore}>
          <MorePanel earlier={earlier} onLogged={logged} onClose={closeMore} />
        </Sheet>
      ) : null}

      {/* Outside a sheet (a timed care started from the grid), the question sits under the buttons. */}
      {panel === "none" ? overlap.warning : null}

      {/* While More is open its form has its own time field, which starts from this one. */}
      {panel === "more" ? null : (
        <HintedControl label={t("today.earlier")} hint={t("today.earlierHint")} className="earlier-field">
          {(wiring) => (
            <input
              {...wiring}
              ref={timeInput}
              type="time"
              value={earlier}
              onChange={(event) => setEarlier(event.target.value)}
            />
          )}
        </HintedControl>
      )}
    </section>
  );
}
