// One saved result: the crisis panel first when the answers raised a flag, then the score and its meaning.
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { getInstrument } from "../../../content/instruments";
import { useScreening } from "../../api/wellbeing";
import { Alert } from "../../components/Alert";
import { Page } from "../../components/Page";
import { ResultView } from "./ResultView";
import "../../i18n/wellbeing";
import "../../styles/wellbeing.css";

export default function Result() {
  const { id = "" } = useParams();
  const { t, i18n } = useTranslation();
  const screening = useScreening(id);
  if (screening.isPending) return <p>{t("app.loading")}</p>;
  const found = screening.data;
  const definition = found ? getInstrument(found.instrumentId) : undefined;
  if (!found || !definition)
    return (
      <Page title={t("result.backToList")}>
        <Alert>{t("result.loadFailed")}</Alert>
        <Link to="/wellbeing">{t("result.backToList")}</Link>
      </Page>
    );
  const at = found.completedAt ?? found.createdAt;
  return (
    <Page title={t("result.title", { name: definition.attune.shortName })} className="result-page">
      {at ? (
        <p className="result-date">
          {t("result.taken", { date: new Date(at).toLocaleDateString(i18n.language, { dateStyle: "long" }) })}
        </p>
      ) : null}
      <ResultView
        definition={definition}
        total={found.total}
        subscales={found.subscales ?? {}}
        flags={found.flags ?? []}
        criteria={found.criteria}
        saved={{ id: found.id, sharing: found.sharing }}
      />
      <p>
        <Link to="/wellbeing">{t("result.backToList")}</Link>
      </p>
    </Page>
  );
}
