// Another baby in the family (twins, a sibling): name and birth or due date; the rest can come later.
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAddBaby } from "../../api/families";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { BabyBasicsFields } from "./BabyBasicsFields";

export function AddBaby({ familyId }: { familyId: string }) {
  const { t } = useTranslation();
  const add = useAddBaby(familyId);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [born, setBorn] = useState<"born" | "expected">("born");
  const [date, setDate] = useState("");
  const [problems, setProblems] = useState<{ name?: string; date?: string }>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    if (add.isPending) return;
    const found = {
      name: name.trim() ? undefined : t("form.required"),
      date: date ? undefined : t("form.required"),
    };
    setProblems(found);
    if (found.name || found.date) return;
    add.mutate(
      { name: name.trim(), ...(born === "born" ? { birthDate: date } : { dueDate: date }) },
      {
        onSuccess: () => {
          setOpen(false);
          setName("");
          setDate("");
        },
      },
    );
  }

  if (!open)
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t("family.addBaby")}
      </Button>
    );
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <ErrorAlert error={add.error} />
      <BabyBasicsFields {...{ name, setName, born, setBorn, date, setDate, problems }} />
      <div className="button-row">
        <Button type="submit" busy={add.isPending} busyLabel={t("onboarding.saving")}>
          {t("family.addBabySave")}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {t("editor.cancel")}
        </Button>
      </div>
    </form>
  );
}
