// The parts every form a citizen sends shares (Hỏi đáp's question, a draft's comment):
// labelled fields that keep what was typed and show their errors, the honeypot, and the
// consent box. Used inside the forms' client components; no state of its own.

/** What the consent text names (Luật 91/2025/QH15): who keeps the data, how long, whom to ask. */
export type ConsentNotice = { agencyName: string; retentionDays: number; contact: string };

export type FieldErrors = Partial<Record<string, string[]>>;

export const INPUT_CLASS = "mt-1 w-full rounded border border-stone-300 px-3 py-2 aria-[invalid=true]:border-red-600";

type ControlProps = { id: string; name: string; "aria-invalid"?: boolean; "aria-describedby"?: string; defaultValue: string };

/**
 * `field(name, label, control, hint?)` for one form: ids start with `prefix`, the control
 * gets the value sent last time and is described by its hint and its error.
 */
export function fieldMaker(prefix: string, values: Partial<Record<string, string>>, errors: FieldErrors) {
  return function field(name: string, label: string, control: (props: ControlProps) => React.ReactNode, hint?: string) {
    const id = `${prefix}-${name}`;
    const described = [hint ? `${id}-goi-y` : "", errors[name] ? `${id}-loi` : ""].filter(Boolean).join(" ") || undefined;
    return (
      <div>
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
        {hint && (
          <p id={`${id}-goi-y`} className="text-xs text-muted">
            {hint}
          </p>
        )}
        {control({ id, name, "aria-invalid": errors[name] ? true : undefined, "aria-describedby": described, defaultValue: values[name] ?? "" })}
        {errors[name] && (
          <p id={`${id}-loi`} className="mt-1 text-sm text-red-700">
            {errors[name]!.join(" ")}
          </p>
        )}
      </div>
    );
  };
}

/** Hidden from people and from screen readers; bots fill it (the action refuses those). */
export function Honeypot({ prefix }: { prefix: string }) {
  return (
    <div className="hidden" aria-hidden="true">
      <label htmlFor={`${prefix}-website`}>Trang web</label>
      <input id={`${prefix}-website`} name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}

/** The consent box: never ticked in advance; `children` is what the citizen agrees to. */
export function ConsentBox({ prefix, errors, required, children }: { prefix: string; errors: FieldErrors; required?: boolean; children: React.ReactNode }) {
  const id = `${prefix}-consent`;
  return (
    <div>
      <div className="flex items-start gap-3 rounded border border-stone-300 bg-stone-50 p-3">
        <input
          id={id}
          type="checkbox"
          name="consent"
          value="on"
          required={required}
          aria-invalid={errors.consent ? true : undefined}
          aria-describedby={errors.consent ? `${id}-loi` : undefined}
          className="mt-1 h-5 w-5 shrink-0 accent-brand-600"
        />
        <label htmlFor={id} className="text-sm">
          {children}
        </label>
      </div>
      {errors.consent && (
        <p id={`${id}-loi`} className="mt-1 text-sm text-red-700">
          {errors.consent.join(" ")}
        </p>
      )}
    </div>
  );
}
