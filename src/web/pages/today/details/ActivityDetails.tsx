// The small details of time together: what kind of play, which book, whether holding was babywearing.
// Types with nothing more to record (bath, dressing, skin-to-skin, massage, walk, note) use noDetails.
import { useTranslation } from "react-i18next";
import { ChipGroup } from "../../../components/ChipGroup";
import { Field } from "../../../components/Field";
import { type DetailSpec, Reader, readText, someOf, useProblemText } from "./form";

const playKinds = ["tummy_time", "face_to_face", "toys", "outdoors", "songs"] as const;

export const noDetails: DetailSpec<Record<string, never>> = {
  toDraft: () => ({}),
  toDetails: () => ({ details: {} }),
  Fields: () => null,
};

interface PlayDraft {
  kinds: (typeof playKinds)[number][];
}

export const playSpec: DetailSpec<PlayDraft> = {
  toDraft: (d) => ({ kinds: someOf(d.kinds, playKinds) }),
  toDetails: (draft) => new Reader<PlayDraft>().result({ kinds: draft.kinds }),
  Fields({ draft, set }) {
    const { t } = useTranslation();
    return (
      <ChipGroup
        legend={t("details.play.kinds")}
        selected={draft.kinds}
        onChange={(kinds) => set({ kinds })}
        chips={playKinds.map((k) => ({ value: k, label: t(`details.play.kindOptions.${k}`) }))}
      />
    );
  },
};

interface ReadingDraft {
  title: string;
}

export const readingSpec: DetailSpec<ReadingDraft> = {
  toDraft: (d) => ({ title: typeof d.title === "string" ? d.title : "" }),
  toDetails(draft) {
    const read = new Reader<ReadingDraft>();
    return read.result({ title: read.take("title", readText(draft.title, 200)) });
  },
  Fields({ draft, set, problems }) {
    const { t } = useTranslation();
    const problem = useProblemText();
    return (
      <Field
        label={t("details.reading.title")}
        value={draft.title}
        maxLength={200}
        onChange={(title) => set({ title })}
        error={problem(problems.title)}
      />
    );
  },
};

interface HoldingDraft {
  babywearing: boolean;
  /** Whether it was said at all: an unticked box only becomes "false" if it had been answered before. */
  answered: boolean;
}

export const holdingSpec: DetailSpec<HoldingDraft> = {
  toDraft: (d) => ({ babywearing: d.babywearing === true, answered: typeof d.babywearing === "boolean" }),
  toDetails: (draft) =>
    new Reader<HoldingDraft>().result({
      babywearing: draft.babywearing ? true : draft.answered ? false : undefined,
    }),
  Fields({ draft, set }) {
    const { t } = useTranslation();
    return (
      <label className="choice checkbox-choice">
        <input
          type="checkbox"
          checked={draft.babywearing}
          onChange={(event) => set({ babywearing: event.target.checked, answered: true })}
        />
        <span>{t("details.holding.babywearing")}</span>
      </label>
    );
  },
};
