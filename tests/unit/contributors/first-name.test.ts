import { describe, expect, it } from "vitest";
import { contactFirstName, defaultFirstName } from "../../../lib/contributors/first-name";

describe("the contact card's first name", () => {
  it.each([
    ["Jane Smith", "Jane"],
    ["Cllr Jane Smith", "Jane"],
    ["Dr. Amina Patel", "Amina"],
    ["prof sam lee", "sam"],
    ["Rev Dr Peter Vos", "Peter"],
    ["Baroness Ann Hart", "Ann"],
    ["MRS.  Ruth   Penhaligon", "Ruth"],
    ["Mx Alex Kerr", "Alex"],
    ["Sir Dame Lord Ada", "Ada"],
  ])("is the first word of %j that is not an honorific: %j", (name, expected) => {
    expect(defaultFirstName(name)).toBe(expected);
  });

  it("does not mistake a name that merely starts like an honorific for one", () => {
    expect(defaultFirstName("Drew Barrymore")).toBe("Drew");
    expect(defaultFirstName("Madrid Mrsic")).toBe("Madrid");
  });

  it("falls back to the whole name when every word is an honorific", () => {
    expect(defaultFirstName("  Lord Lady ")).toBe("Lord Lady");
  });

  it("uses the first name typed in the profile over the default", () => {
    expect(contactFirstName({ name: "Cllr Dawn Ashworth", firstName: "Dawnie" })).toBe("Dawnie");
  });

  it("ignores a first name of only spaces", () => {
    expect(contactFirstName({ name: "Cllr Dawn Ashworth", firstName: "  " })).toBe("Dawn");
    expect(contactFirstName({ name: "Cllr Dawn Ashworth", firstName: null })).toBe("Dawn");
  });
});
