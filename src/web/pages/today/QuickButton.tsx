// One tile of Today's quick grid: a big secondary button, sized for a thumb, that logs or opens one thing.
import type { ComponentProps } from "react";
import { Button } from "../../components/Button";

export function QuickButton({
  variant = "secondary",
  ...button
}: Omit<ComponentProps<typeof Button>, "className">) {
  return <Button {...button} variant={variant} className="quick-button" />;
}
