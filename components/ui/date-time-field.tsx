"use client";

import { useId, useState } from "react";
import { formatDate, formatTime, isoDayToVietnamese, parseClockTime, parseVietnamDate, parseVietnamDateTime } from "@/lib/format";
import { timeInputName } from "@/lib/date-time-input";

/**
 * The one date (and time) field of the portal: text inputs that show and accept
 * dd/mm/yyyy and a 24-hour HH:mm whatever the browser's language, Việt Nam time. A
 * native date input would follow the browser's locale (mm/dd/yyyy, AM/PM in English).
 *
 * Posts the date as `name` and, with `withTime`, the time as `nameTime`; the server reads
 * them with `joinDateTimeInputs` + `vietnamDateTime` (lib/form-fields.ts), which give the
 * same messages as the check made here when a part loses focus. Works without JavaScript
 * (plain text inputs); with it, typed values are tidied ("4/2/2026" → "04/02/2026").
 */
export function DateTimeField({
  name,
  label,
  defaultValue,
  withTime = true,
  required = false,
  errors,
  hint,
  size = "md",
}: {
  name: string;
  label: string;
  /** An instant (withTime) or a YYYY-MM-DD day (date only). */
  defaultValue?: Date | string | null;
  withTime?: boolean;
  required?: boolean;
  /** The server's messages for this field. */
  errors?: string[];
  /** Shown under the inputs; null for none (a filter bar). */
  hint?: string | null;
  size?: "sm" | "md";
}) {
  const id = useId();
  const [date, setDate] = useState(() => initialDate(defaultValue, withTime));
  const [time, setTime] = useState(() => (withTime && defaultValue ? formatTime(defaultValue) : ""));
  // A new value from the server (the page refreshed after "close now") replaces what is shown,
  // as an untouched uncontrolled input would follow its defaultValue.
  const defaultKey = defaultValue instanceof Date ? defaultValue.toISOString() : (defaultValue ?? "");
  const [lastDefault, setLastDefault] = useState(defaultKey);
  if (defaultKey !== lastDefault) {
    setLastDefault(defaultKey);
    setDate(initialDate(defaultValue, withTime));
    setTime(withTime && defaultValue ? formatTime(defaultValue) : "");
  }
  const [localError, setLocalError] = useState<string | null>(null);
  // The server's message holds until the value is changed, then the browser's check takes over.
  const [serverErrors, setServerErrors] = useState(errors);
  const [lastErrors, setLastErrors] = useState(errors);
  if (errors !== lastErrors) {
    setLastErrors(errors);
    setServerErrors(errors);
  }
  const shown = localError ?? (serverErrors?.length ? serverErrors.join(" ") : null);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint !== null ? hintId : "", shown ? errorId : ""].filter(Boolean).join(" ") || undefined;

  function check(nextDate: string, nextTime: string, touched: "date" | "time") {
    if (!nextDate.trim() && !nextTime.trim()) return setLocalError(null);
    if (!withTime) {
      const day = parseVietnamDate(nextDate);
      return setLocalError(day.ok ? null : day.message);
    }
    // Until both parts are typed, only judge the part just left.
    if (touched === "date" && !nextTime.trim()) {
      const day = parseVietnamDate(nextDate);
      return setLocalError(day.ok ? null : day.message);
    }
    if (touched === "time" && !nextDate.trim()) {
      const clock = parseClockTime(nextTime);
      return setLocalError(clock.ok ? null : clock.message);
    }
    const both = parseVietnamDateTime(nextDate, nextTime);
    setLocalError(both.ok ? null : both.message);
  }

  const control = `rounded border border-stone-300 bg-white text-ink tabular-nums focus:border-brand-600 aria-[invalid=true]:border-red-600 ${size === "sm" ? "px-2 py-1.5 text-sm" : "h-11 px-3"}`;
  const dateInput = (className: string) => (
    <input
      id={`${id}-date`}
      name={name}
      value={date}
      onChange={(e) => {
        setDate(e.target.value);
        setServerErrors(undefined);
      }}
      onBlur={() => {
        const day = parseVietnamDate(date);
        const tidy = day.ok ? isoDayToVietnamese(day.value) : date;
        setDate(tidy);
        check(tidy, time, "date");
      }}
      placeholder="dd/mm/yyyy"
      inputMode="numeric"
      autoComplete="off"
      maxLength={10}
      required={required}
      aria-invalid={shown ? true : undefined}
      aria-describedby={describedBy}
      className={`${control} ${className}`}
    />
  );
  const footer = (
    <>
      {hint !== null && (
        <p id={hintId} className="text-xs text-muted">
          {hint ?? (withTime ? "Giờ Việt Nam, đồng hồ 24 giờ." : "Theo dạng dd/mm/yyyy.")}
        </p>
      )}
      <p id={errorId} aria-live="polite" className="text-sm text-red-700 empty:hidden">
        {shown}
      </p>
    </>
  );
  const labelClass = `${size === "sm" ? "text-xs" : "text-sm"} font-semibold`;
  const star = required && <span className="text-red-700" aria-hidden="true"> *</span>;

  // A day alone is one labelled input; a moment is a group of two (day, then time).
  if (!withTime) {
    return (
      <div className="flex min-w-0 flex-col gap-1">
        <label htmlFor={`${id}-date`} className={labelClass}>
          {label}
          {star}
        </label>
        {dateInput("w-full min-w-32")}
        {footer}
      </div>
    );
  }
  return (
    <fieldset className="flex min-w-0 flex-col gap-1">
      <legend className={`${labelClass} mb-1`}>
        {label}
        {star}
      </legend>
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col">
          <label htmlFor={`${id}-date`} className="text-xs text-muted">
            Ngày (dd/mm/yyyy)
          </label>
          {dateInput("w-36")}
        </div>
        <div className="flex flex-col">
          <label htmlFor={`${id}-time`} className="text-xs text-muted">
            Giờ (HH:mm)
          </label>
          <input
            id={`${id}-time`}
            name={timeInputName(name)}
            value={time}
            onChange={(e) => setTime(e.target.value)}
            onBlur={() => {
              const clock = parseClockTime(time);
              const tidy = clock.ok ? clock.value : time;
              setTime(tidy);
              check(date, tidy, "time");
            }}
            placeholder="HH:mm"
            inputMode="numeric"
            autoComplete="off"
            maxLength={5}
            required={required}
            aria-invalid={shown ? true : undefined}
            aria-describedby={describedBy}
            className={`${control} w-24`}
          />
        </div>
      </div>
      {footer}
    </fieldset>
  );
}

function initialDate(value: Date | string | null | undefined, withTime: boolean): string {
  if (!value) return "";
  if (!withTime && typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return isoDayToVietnamese(value);
  return formatDate(value);
}
