// Deep links into a long page (/guide/cues#hunger-late): the page is drawn by script after load, so the
// browser's own jump to the anchor has nothing to land on. Once drawn, scroll to the element and move focus
// to its heading, so keyboard and screen reader users start reading there too.
import { useEffect } from "react";
import { useLocation } from "react-router";

export function useFocusHash(): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (hash.length < 2) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    const heading = target.matches("h2, h3, h4") ? target : target.querySelector<HTMLElement>("h2, h3, h4");
    (heading ?? target).focus({ preventScroll: true });
    target.scrollIntoView({ block: "start" });
  }, [hash]);
}
