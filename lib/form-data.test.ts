import { describe, expect, it } from "vitest";
import { z } from "zod";
import { nestedForm, UNSAFE_FIELD_NAME_MESSAGE, UnsafeFieldNameError, unflattenForm } from "./form-data";

describe("unflattenForm", () => {
  it("rebuilds arrays of values and of objects from indexed names", () => {
    expect(
      unflattenForm({
        question: "Câu hỏi",
        "options.0": "A",
        "options.1": "B",
        "weatherCities.0.name": "Hà Nội",
        "weatherCities.0.latitude": "21.02",
        "weatherCities.1.name": "Huế",
      }),
    ).toEqual({
      question: "Câu hỏi",
      options: ["A", "B"],
      weatherCities: [{ name: "Hà Nội", latitude: "21.02" }, { name: "Huế" }],
    });
  });

  it("closes holes left by a crafted request and drops React's hidden inputs", () => {
    expect(unflattenForm({ "options.0": "A", "options.5": "B", $ACTION_ID_abc: "" })).toEqual({ options: ["A", "B"] });
  });

  it("builds objects without a prototype", () => {
    const form = unflattenForm({ name: "x", "links.0.label": "A" });
    expect(Object.getPrototypeOf(form)).toBeNull();
    expect(Object.getPrototypeOf((form.links as object[])[0])).toBeNull();
  });

  const POLLUTING = [
    "__proto__.polluted",
    "constructor.prototype.polluted",
    "prototype.polluted",
    "options.__proto__.polluted",
    "weatherCities.0.__proto__.polluted",
    "weatherCities.0.constructor.prototype.polluted",
    "links.constructor.prototype.polluted",
    "__proto__",
    "a.constructor",
  ];
  it.each(POLLUTING)("refuses %s and leaves Object.prototype alone", (name) => {
    try {
      expect(() => unflattenForm({ [name]: "yes" })).toThrow(UnsafeFieldNameError);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty("polluted");
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
  });

  it("refuses a row index no form has and a named field on a list (a huge index would build a huge array)", () => {
    expect(() => unflattenForm({ "options.4294967294": "x" })).toThrow(UnsafeFieldNameError);
    expect(() => unflattenForm({ "options.0": "a", "options.length": "9" })).toThrow(UnsafeFieldNameError);
    expect(unflattenForm({ "options.999": "a" })).toEqual({ options: ["a"] });
  });
});

describe("nestedForm", () => {
  const schema = nestedForm(z.object({ options: z.array(z.string()).default([]) }));

  it("validates the unflattened form", () => {
    expect(schema.parse({ "options.0": "A", "options.1": "B" })).toEqual({ options: ["A", "B"] });
  });

  it("turns a refused name into a validation issue (the action answers with a message; nothing is saved)", () => {
    const result = schema.safeParse({ "options.0": "A", "__proto__.polluted": "yes" });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message)).toEqual([UNSAFE_FIELD_NAME_MESSAGE]);
  });
});
