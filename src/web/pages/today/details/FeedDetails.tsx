// Feeds (breast, bottle, solids) and pumping: the milk-and-food details. Amounts are typed in the person's
// volume unit and stored in ml; breast time is typed in minutes and stored in seconds per side.
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../components/Button";
import { type Choice, ChoiceGroup } from "../../../components/ChoiceGroup";
import { Field } from "../../../components/Field";
import { SelectField } from "../../../components/SelectField";
import { type Units, unitSymbol, volumeIn, volumeToMl } from "../../../log/units";
import {
  type DetailSpec,
  type NumberDraft,
  numberDraft,
  oneOf,
  type Problem,
  Reader,
  readNumber,
  typed,
  useProblemText,
} from "./form";

const sides = ["left", "right"] as const;
const milks = ["breast_milk", "formula", "mixed", "other"] as const;
const reactions = ["liked", "neutral", "disliked", "allergy_signs"] as const;
const MAX_FOODS = 20;
const MAX_FOOD_LENGTH = 80;

/** The schema's 0–2000 ml, in whole numbers of the person's unit (67 oz is just under 2000 ml). */
const volumeRange = (units: Units) =>
  units.volume === "oz"
    ? { min: 0, max: 67, unit: "oz" as const }
    : { min: 0, max: 2000, unit: "ml" as const };

const volumeDraft = (ml: unknown, units: Units) =>
  numberDraft(ml, units.volume, units.locale, (n) => volumeIn(n, units.volume));

const readVolume = (d: NumberDraft, units: Units) =>
  readNumber(d, volumeRange(units), units.locale, (n) => volumeToMl(n, units.volume));

interface FeedDraft {
  method: "breast" | "bottle" | "solids";
  leftMinutes: NumberDraft;
  rightMinutes: NumberDraft;
  lastSide: (typeof sides)[number] | "";
  amount: NumberDraft;
  milk: (typeof milks)[number] | "";
  foods: string[];
  /** A food typed but not yet added: saving adds it, as anyone who typed it would expect. */
  food: string;
  reaction: (typeof reactions)[number] | "";
}

const minutesRange = { min: 0, max: 24 * 60, unit: "min" as const };

export const feedSpec: DetailSpec<FeedDraft> = {
  toDraft(d, units) {
    const method = d.method === "bottle" || d.method === "solids" ? d.method : "breast";
    return {
      method,
      leftMinutes: numberDraft(d.leftSeconds, "min", units.locale, (s) => s / 60),
      rightMinutes: numberDraft(d.rightSeconds, "min", units.locale, (s) => s / 60),
      lastSide: oneOf(d.lastSide, sides),
      amount: volumeDraft(d.amountMl, units),
      milk: oneOf(d.milk, milks),
      foods: Array.isArray(d.foods) ? d.foods.filter((f): f is string => typeof f === "string") : [],
      food: "",
      reaction: oneOf(d.reaction, reactions),
    };
  },
  toDetails(draft, units) {
    const read = new Reader<FeedDraft>();
    if (draft.method === "breast") {
      const toSeconds = (m: number) => Math.round(m * 60);
      return read.result({
        method: "breast",
        leftSeconds: read.take(
          "leftMinutes",
          readNumber(draft.leftMinutes, minutesRange, units.locale, toSeconds),
        ),
        rightSeconds: read.take(
          "rightMinutes",
          readNumber(draft.rightMinutes, minutesRange, units.locale, toSeconds),
        ),
        lastSide: draft.lastSide || undefined,
      });
    }
    if (draft.method === "bottle") {
      return read.result({
        method: "bottle",
        amountMl: read.take("amount", readVolume(draft.amount, units)),
        milk: draft.milk || undefined,
      });
    }
    const foods = read.take("food", withTypedFood(draft.foods, draft.food)) ?? draft.foods;
    return read.result({ method: "solids", foods, reaction: draft.reaction || undefined });
  },
  Fields({ draft, set, problems, units }) {
    const { t } = useTranslation();
    const problem = useProblemText();
    const notSaid = { value: "" as const, label: t("details.notSaid") };
    if (draft.method === "breast")
      return (
        <>
          <Field
            label={t("details.feed.leftMinutes")}
            inputMode="numeric"
            value={draft.leftMinutes.text}
            onChange={(text) => set({ leftMinutes: typed(draft.leftMinutes, text) })}
            error={problem(problems.leftMinutes)}
          />
          <Field
            label={t("details.feed.rightMinutes")}
            inputMode="numeric"
            value={draft.rightMinutes.text}
            onChange={(text) => set({ rightMinutes: typed(draft.rightMinutes, text) })}
            error={problem(problems.rightMinutes)}
          />
          <ChoiceGroup
            inline
            legend={t("details.feed.lastSide")}
            hint={t("details.feed.lastSideHint")}
            value={draft.lastSide}
            onChange={(lastSide) => set({ lastSide })}
            choices={sides.map((side) => ({ value: side, label: t(`feed.start.${side}`) }))}
          />
        </>
      );
    if (draft.method === "bottle")
      return (
        <>
          <Field
            label={t("details.feed.amount", { unit: unitSymbol(units.volume) })}
            inputMode="decimal"
            value={draft.amount.text}
            onChange={(text) => set({ amount: typed(draft.amount, text) })}
            error={problem(problems.amount)}
          />
          <SelectField
            label={t("details.feed.milk")}
            value={draft.milk}
            onChange={(milk) => set({ milk })}
            options={[notSaid, ...milks.map((m) => ({ value: m, label: t(`details.feed.milks.${m}`) }))]}
          />
        </>
      );
    return (
      <>
        <FoodList
          foods={draft.foods}
          food={draft.food}
          onChange={(foods, food) => set({ foods, food })}
          error={problem(problems.food)}
        />
        <ChoiceGroup<FeedDraft["reaction"]>
          inline
          legend={t("details.feed.reaction")}
          value={draft.reaction}
          onChange={(reaction) => set({ reaction })}
          choices={[
            ...reactions.map(
              (r): Choice<FeedDraft["reaction"]> => ({
                value: r,
                label: t(`details.feed.reactions.${r}`),
              }),
            ),
            notSaid,
          ]}
        />
        {/* Emergency signs of a food reaction, then the milder ones (NHS "Food allergy"; AAP, "Food
            Allergy Reactions in Infants and Children"). */}
        {draft.reaction === "allergy_signs" ? (
          <p className="safety-note">{t("details.feed.allergyAdvice")}</p>
        ) : null}
      </>
    );
  },
};

/** The list with the typed food added (once, case aside), or why it can't be. */
function withTypedFood(foods: string[], typedFood: string): string[] | Problem {
  const food = typedFood.trim();
  if (!food) return foods;
  if (food.length > MAX_FOOD_LENGTH) return { key: "tooLong", values: { max: MAX_FOOD_LENGTH } };
  if (foods.some((f) => f.toLowerCase() === food.toLowerCase())) return foods;
  return foods.length >= MAX_FOODS ? foods : [...foods, food];
}

/** Foods as removable chips, and a box to add one (Enter adds it rather than saving the whole form). */
function FoodList({
  foods,
  food,
  onChange,
  error,
}: {
  foods: string[];
  food: string;
  onChange: (foods: string[], food: string) => void;
  error: string | null;
}) {
  const { t } = useTranslation();
  const listId = useId();
  const [added, setAdded] = useState<string | null>(null);
  const add = () => {
    const next = withTypedFood(foods, food);
    if (Array.isArray(next)) {
      onChange(next, "");
      if (food.trim()) setAdded(food.trim());
    }
  };
  return (
    <div className="food-list">
      <p className="field-label" id={listId}>
        {t("details.feed.foods")}
      </p>
      {foods.length ? (
        <ul className="chip-row" aria-labelledby={listId}>
          {foods.map((f) => (
            <li key={f} className="chip food-chip">
              <span>{f}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t("details.feed.removeFood", { food: f })}
                onClick={() =>
                  onChange(
                    foods.filter((x) => x !== f),
                    food,
                  )
                }
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="field-hint">{t("details.feed.noFoods")}</p>
      )}
      <div className="add-row">
        <Field
          label={t("details.feed.food")}
          value={food}
          maxLength={MAX_FOOD_LENGTH}
          onChange={(text) => onChange(foods, text)}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              add();
            }
          }}
          error={error}
        />
        <Button variant="secondary" onClick={add} aria-label={t("details.feed.addFoodLabel")}>
          {t("details.feed.addFood")}
        </Button>
      </div>
      <p className="visually-hidden" role="status">
        {added ? t("details.feed.added", { food: added }) : ""}
      </p>
    </div>
  );
}

interface PumpingDraft {
  left: NumberDraft;
  right: NumberDraft;
}

export const pumpingSpec: DetailSpec<PumpingDraft> = {
  toDraft: (d, units) => ({ left: volumeDraft(d.leftMl, units), right: volumeDraft(d.rightMl, units) }),
  toDetails(draft, units) {
    const read = new Reader<PumpingDraft>();
    return read.result({
      leftMl: read.take("left", readVolume(draft.left, units)),
      rightMl: read.take("right", readVolume(draft.right, units)),
    });
  },
  Fields({ draft, set, problems, units }) {
    const { t } = useTranslation();
    const problem = useProblemText();
    const unit = unitSymbol(units.volume);
    return (
      <>
        <Field
          label={t("details.pumping.left", { unit })}
          inputMode="decimal"
          value={draft.left.text}
          onChange={(text) => set({ left: typed(draft.left, text) })}
          error={problem(problems.left)}
        />
        <Field
          label={t("details.pumping.right", { unit })}
          inputMode="decimal"
          value={draft.right.text}
          onChange={(text) => set({ right: typed(draft.right, text) })}
          error={problem(problems.right)}
        />
      </>
    );
  },
};
