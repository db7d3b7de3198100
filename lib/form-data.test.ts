import { describe, expect, it } from "vitest";
import { unflattenForm } from "./form-data";

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
});
