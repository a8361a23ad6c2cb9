// The one piece of writing a case form sends (a note, an observation). Blank writing is refused beside the
// box rather than sent; a second tap while it is on its way does nothing; once the server has it the box
// empties and a quiet "sent" is announced, which goes again at the next try.
import { type FormEvent, useState } from "react";

/** The part of a mutation this needs, so any case mutation whose input carries the text fits. */
interface Sender<Input> {
  isPending: boolean;
  mutate: (input: Input, options: { onSuccess: () => void }) => void;
}

export function useCaseWriting<Input>(sender: Sender<Input>, emptyMessage: string) {
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState(false);

  /** A form's submit handler; `toInput` adds what else the form chose to the trimmed text. */
  const submit = (toInput: (text: string) => Input) => (event: FormEvent) => {
    event.preventDefault();
    if (sender.isPending) return;
    const written = text.trim();
    if (!written) {
      setProblem(emptyMessage);
      return;
    }
    setProblem(null);
    setSent(false);
    sender.mutate(toInput(written), {
      onSuccess: () => {
        setText("");
        setSent(true);
      },
    });
  };

  return { text, setText, problem, sent, submit };
}
