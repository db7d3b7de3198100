"use client";

import { startTransition } from "react";
import { useFormStatus } from "react-dom";
import type { ActionState } from "@/auth/action";

/** A labelled input whose errors are announced and tied to it (aria-describedby). */
export function Field({
  name,
  label,
  state,
  type = "text",
  defaultValue,
  required = false,
  autoComplete,
  hint,
  placeholder,
  inputMode,
  children,
}: {
  name: string;
  /** Text, or text with an sr-only part that tells repeated rows apart. */
  label: React.ReactNode;
  state?: ActionState;
  type?: string;
  defaultValue?: string;
  required?: boolean;
  autoComplete?: string;
  hint?: string;
  placeholder?: string;
  inputMode?: React.HTMLAttributes<HTMLInputElement>["inputMode"];
  /** A <select> or other control instead of the default <input>; it gets the same id. */
  children?: React.ReactNode;
}) {
  const id = `f-${name}`;
  const errors = state?.errors?.[name];
  const describedBy = [hint ? `${id}-hint` : "", errors?.length ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  const control = "w-full rounded border border-stone-300 bg-white px-3 py-2 text-ink focus:border-brand-600 aria-[invalid=true]:border-red-600";
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
        {required && <span className="text-red-700" aria-hidden="true"> *</span>}
      </label>
      {children ?? (
        <input id={id} name={name} type={type} defaultValue={defaultValue} required={required} autoComplete={autoComplete} placeholder={placeholder} inputMode={inputMode} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy} className={control} />
      )}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function SubmitButton({ children, pendingText = "Đang xử lý…", variant = "primary" }: { children: React.ReactNode; pendingText?: string; variant?: "primary" | "secondary" | "danger" }) {
  const { pending } = useFormStatus();
  const styles = {
    primary: "bg-brand-600 text-white hover:bg-brand-700",
    secondary: "border border-stone-300 bg-white text-ink hover:border-brand-600",
    danger: "border border-red-300 bg-white text-red-800 hover:bg-red-50",
  }[variant];
  return (
    <button type="submit" disabled={pending} className={`rounded px-4 py-2 text-sm font-semibold disabled:opacity-60 ${styles}`}>
      {pending ? pendingText : children}
    </button>
  );
}

/** The action's overall message, read out by screen readers when it changes. */
export function FormMessage({ state, id }: { state: ActionState; id?: string }) {
  return (
    <div id={id} aria-live="polite" role="status">
      {state.message && <p className={`rounded px-3 py-2 text-sm ${state.ok ? "bg-green-50 text-green-800" : "bg-red-50 text-red-800"}`}>{state.message}</p>}
      {state.secret && (
        <p className="mt-2 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Mật khẩu dùng một lần (chỉ hiện lần này): <code className="select-all font-mono font-bold" data-testid="one-time-password">{state.secret}</code>
        </p>
      )}
    </div>
  );
}

/**
 * The end of most forms: the action's message, then the submit button on a line of its
 * own; `className` wraps both when the form's layout needs it (a grid row, a divider).
 */
export function FormFooter({ state, className, variant, children }: { state: ActionState; className?: string; variant?: "primary" | "secondary"; children: React.ReactNode }) {
  const footer = (
    <>
      <FormMessage state={state} />
      <div>
        <SubmitButton variant={variant}>{children}</SubmitButton>
      </div>
    </>
  );
  return className ? <div className={className}>{footer}</div> : footer;
}

/**
 * An onSubmit that hands the form's data to the action without React's automatic form
 * reset, so a refused save keeps what the user typed (forms with rows they add/remove).
 */
export function submitKeepingValues(dispatch: (data: FormData) => void) {
  return (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
}
