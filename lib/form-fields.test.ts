import { describe, expect, it } from "vitest";
import { z } from "zod";
import { joinDateTimeInputs, parseDayParam, vietnamDateTime } from "./form-fields";

const schema = z.preprocess((raw) => joinDateTimeInputs(raw, ["publishAt"]), z.object({ publishAt: vietnamDateTime({ required: true }) }));

describe("a DateTimeField on the server", () => {
  it("joins the date and time inputs into one instant", () => {
    const parsed = schema.parse({ publishAt: "01/03/2026", publishAtTime: "08:00" });
    expect(parsed.publishAt?.toISOString()).toBe("2026-03-01T01:00:00.000Z");
  });

  it("refuses 31/02/2026 with the same message as the browser", () => {
    const result = schema.safeParse({ publishAt: "31/02/2026", publishAtTime: "08:00" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["publishAt"], message: "Ngày 31/02/2026 không có thật: tháng 2/2026 chỉ có 28 ngày." });
  });

  it("asks for a missing value when required, and is null when optional", () => {
    expect(schema.safeParse({}).error?.issues[0]?.message).toBe("Vui lòng nhập ngày và giờ.");
    const optional = z.preprocess((raw) => joinDateTimeInputs(raw, ["closesAt"]), z.object({ closesAt: vietnamDateTime() }));
    expect(optional.parse({ closesAt: "", closesAtTime: "" })).toEqual({ closesAt: null });
  });
});

describe("parseDayParam", () => {
  it("accepts what the field sends and what old links carry", () => {
    expect(parseDayParam("24/02/2026")).toBe("2026-02-24");
    expect(parseDayParam("2026-02-24")).toBe("2026-02-24");
    expect(parseDayParam("2026-02-30")).toBeUndefined();
    expect(parseDayParam("31/02/2026")).toBeUndefined();
    expect(parseDayParam(undefined)).toBeUndefined();
  });
});
