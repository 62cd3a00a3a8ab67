import { type ReactNode, useEffect, useId, useRef } from "react";
import type { ValidationError } from "../../domain/format/validationError.ts";
import { EditErrors } from "./EditErrors.tsx";

export interface EditDialogProps {
  readonly title: string;
  readonly submitLabel: string;
  readonly errors: readonly ValidationError[];
  /** Returns true when the edit was made, which closes the dialog. */
  readonly onSubmit: (form: FormData) => boolean;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

/**
 * A modal form for one edit. The browser's modal dialog keeps keyboard focus inside, closes on Escape
 * and gives focus back to the button that opened it.
 */
export function EditDialog({ title, submitLabel, errors, onSubmit, onClose, children }: EditDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  return (
    <dialog
      ref={ref}
      className="edit-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      onKeyDown={(event) => {
        // Escape closes the dialog only: marked as handled, so the page does not also clear the selection.
        // A field that used the key already (a list of choices closing) keeps the dialog open.
        if (event.key !== "Escape" || event.defaultPrevented) return;
        event.preventDefault();
        ref.current?.close();
      }}
    >
      <form
        className="edit-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (onSubmit(new FormData(event.currentTarget))) ref.current?.close();
        }}
      >
        <h2 id={titleId} className="edit-dialog-title">
          {title}
        </h2>
        {children}
        <EditErrors errors={errors} />
        <div className="edit-actions">
          <button type="button" className="control-button" onClick={() => ref.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="control-button edit-submit">
            {submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** A text field of a form read back as a string; absent fields read as empty. */
export function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}
