// A new thought record (/thoughts/new) or one being changed (/thoughts/:id): loads what the form needs.
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ApiError } from "../../api/client";
import { useThoughtRecord } from "../../api/thoughtRecords";
import { Loading } from "../../app/Loading";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Page } from "../../components/Page";
import { useChosenFamily } from "../../log/familyChoice";
import { NoFamily } from "./NoFamily";
import { ThoughtForm } from "./ThoughtForm";

export function ThoughtEditor() {
  const { t } = useTranslation();
  const { id } = useParams();
  const existing = useThoughtRecord(id);
  const { families, summary } = useChosenFamily();
  const title = id ? t("thoughts.form.editTitle") : t("thoughts.form.newTitle");

  if (id && existing.isError)
    return (
      <Page title={title} className="thoughts-page narrow">
        {existing.error instanceof ApiError && existing.error.status === 404 ? (
          <p>{t("thoughts.form.notFound")}</p>
        ) : (
          <ErrorAlert error={existing.error} />
        )}
        <Link to="/thoughts" className="button button-secondary">
          {t("thoughts.form.back")}
        </Link>
      </Page>
    );
  if (families.isError && !families.data)
    return (
      <Page title={title} className="thoughts-page narrow">
        <ErrorAlert error={families.error} />
      </Page>
    );
  if ((id && !existing.data) || !families.data) return <Loading />;
  if (!id && !summary)
    return (
      <Page title={title} className="thoughts-page narrow">
        <NoFamily />
      </Page>
    );
  return (
    <ThoughtForm
      title={title}
      record={existing.data}
      families={families.data}
      defaultFamilyId={summary?.id ?? families.data[0]?.id ?? ""}
    />
  );
}
