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
    const translated = error instanceof ApiError ? `errors.codes.${error.code}` : "";
    if (translated && i18n.exists(translated)) return t(translated as never);
    if (error instanceof ApiError && error.hasServerMessage) return error.message;
    return t("errors.generic");
  };
}

export function ErrorAlert({ error, id }: { error: unknown; id?: string }) {
  const message = useErrorMessage();
  if (!error) return null;
  return <Alert id={id}>{message(error)}</Alert>;
}
