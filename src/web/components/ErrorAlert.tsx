// Turns whatever went wrong into one polite sentence in the person's language: a translation of the error
// code when we have one, else the server's own words, else a message that says whether it was the
// connection or us.
import { useTranslation } from "react-i18next";
import { ApiError, isNetworkError } from "../api/client";
import { Alert } from "./Alert";

export function useErrorMessage() {
  const { t, i18n } = useTranslation();
  return (error: unknown): string => {
    if (isNetworkError(error)) return t("errors.network");
    // A 404 names what was not found (details.resource), so it can be said in the person's language too.
    const resource = error instanceof ApiError && error.code === "not_found" ? resourceOf(error.details) : "";
    if (resource && i18n.exists(`errors.notFound.${resource}`))
      return t(`errors.notFound.${resource}` as never);
    const translated = error instanceof ApiError ? `errors.codes.${error.code}` : "";
    if (translated && i18n.exists(translated)) return t(translated as never);
    if (error instanceof ApiError && error.hasServerMessage) return error.message;
    return t("errors.generic");
  };
}

function resourceOf(details: unknown): string {
  if (typeof details !== "object" || details === null || !("resource" in details)) return "";
  return typeof details.resource === "string" ? details.resource : "";
}

export function ErrorAlert({ error, id }: { error: unknown; id?: string }) {
  const message = useErrorMessage();
  if (!error) return null;
  return <Alert id={id}>{message(error)}</Alert>;
}
