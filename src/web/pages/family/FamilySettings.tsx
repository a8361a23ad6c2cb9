// The family's name, time zone and country for help lines. The time zone decides where everyone's days begin
// and which clock the log shows, and the region which crisis and emergency numbers everyone sees, so only
// owners change them; caregivers see them. Units are not here: each person picks their own.
import { type FormEvent, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { browserTimeZone, type Family, useUpdateFamily } from "../../api/families";
import { StatusMessage } from "../../components/Alert";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";
import { HelpRegionField, type RegionValue, useRegionName } from "./HelpRegionField";
import { TimeZoneField } from "./TimeZoneField";
import { zoneName } from "./timeZones";

export function FamilySettings({ family, isOwner }: { family: Family; isOwner: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const regionName = useRegionName(family.region);
  return (
    <section aria-labelledby={headingId} className="stack">
      <h2 id={headingId}>{t("settingsFamily.heading")}</h2>
      {isOwner ? (
        <SettingsForm family={family} />
      ) : (
        <>
          <dl className="facts">
            <div>
              <dt>{t("settingsFamily.name")}</dt>
              <dd>{family.name}</dd>
            </div>
            <div>
              <dt>{t("settingsFamily.timeZone")}</dt>
              <dd>{zoneName(family.timeZone)}</dd>
            </div>
            <div>
              <dt>{t("settingsFamily.region")}</dt>
              <dd>{regionName}</dd>
            </div>
          </dl>
          <p className="field-hint">{t("settingsFamily.ownersOnly")}</p>
        </>
      )}
      <p>
        {t("settingsFamily.units")} <Link to="/settings">{t("settingsFamily.unitsLink")}</Link>
      </p>
    </section>
  );
}

function SettingsForm({ family }: { family: Family }) {
  const { t } = useTranslation();
  const update = useUpdateFamily(family.id);
  const [name, setName] = useState(family.name);
  const [timeZone, setTimeZone] = useState(family.timeZone);
  const savedRegion: RegionValue = family.region ?? "";
  const [region, setRegion] = useState<RegionValue>(savedRegion);
  const [nameProblem, setNameProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  // Someone else may change them from another phone: follow the saved values when they move.
  useEffect(() => setName(family.name), [family.name]);
  useEffect(() => setTimeZone(family.timeZone), [family.timeZone]);
  useEffect(() => setRegion(savedRegion), [savedRegion]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (update.isPending) return;
    setSaved(false);
    const trimmed = name.trim();
    if (!trimmed) return setNameProblem(t("form.required"));
    setNameProblem(null);
    const changes = {
      ...(trimmed !== family.name ? { name: trimmed } : {}),
      ...(timeZone !== family.timeZone ? { timeZone } : {}),
      ...(region !== savedRegion ? { region: region || null } : {}),
    };
    if (Object.keys(changes).length === 0) return setSaved(true);
    update.mutate(changes, { onSuccess: () => setSaved(true) });
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <ErrorAlert error={update.error} />
      <Field
        label={t("settingsFamily.name")}
        value={name}
        onChange={(value) => {
          setName(value);
          setSaved(false);
        }}
        maxLength={80}
        autoComplete="off"
        error={nameProblem}
      />
      <p className="field-hint">{t("settingsFamily.timeZoneHint")}</p>
      <TimeZoneField
        value={timeZone}
        onChange={(zone) => {
          setTimeZone(zone);
          setSaved(false);
        }}
        suggested={browserTimeZone()}
      />
      <HelpRegionField
        value={region}
        onChange={(next) => {
          setRegion(next);
          setSaved(false);
        }}
      />
      <Button type="submit" busy={update.isPending} busyLabel={t("settingsFamily.saving")}>
        {t("settingsFamily.save")}
      </Button>
      <StatusMessage>{saved ? t("settingsFamily.saved") : null}</StatusMessage>
    </form>
  );
}
