import type { FormFieldSpec } from "@/components/ui/action-form";
import type { EditableContributor } from "@/lib/contributors/dto";

/** The contributor profile form, empty for a new guest writer or filled for an edit. */
export function contributorFields(c?: EditableContributor): FormFieldSpec[] {
  return [
    {
      kind: "text",
      name: "name",
      label: "Name",
      required: true,
      maxLength: 80,
      autoComplete: "off",
      defaultValue: c?.name,
    },
    {
      kind: "text",
      name: "firstName",
      label: "First name",
      maxLength: 40,
      autoComplete: "off",
      defaultValue: c?.firstName,
      hint: "What the contact card calls them: “Dawn will gladly tell you more.” Leave empty to use the first word of the name that is not a title such as Cllr or Dr.",
    },
    {
      kind: "text",
      name: "slug",
      label: "Slug",
      maxLength: 80,
      defaultValue: c?.slug,
      hint: "The last part of the profile's address. Leave empty to make one from the name. Changing it keeps old links working.",
    },
    {
      kind: "text",
      name: "jobTitle",
      label: "Job title",
      maxLength: 120,
      defaultValue: c?.jobTitle,
      hint: "Shown in bylines, e.g. Chair of the Residents' Panel.",
    },
    { kind: "text", name: "organisation", label: "Organisation", maxLength: 120, defaultValue: c?.organisation },
    {
      kind: "text",
      name: "socialHandle",
      label: "Social handle",
      maxLength: 40,
      autoComplete: "off",
      defaultValue: c?.socialHandle,
      hint: "Their own @handle, e.g. @DawnAshworth. Share links and sharelines on their pieces credit it, next to the site's.",
    },
    {
      kind: "text",
      name: "organisationHandle",
      label: "Organisation's social handle",
      maxLength: 40,
      autoComplete: "off",
      defaultValue: c?.organisationHandle,
      hint: "The organisation's @handle, e.g. @BrooksideRA, credited in share text as well.",
    },
    {
      kind: "textarea",
      name: "bio",
      label: "Biography",
      rows: 6,
      maxLength: 5_000,
      defaultValue: c?.bio,
      hint: "A short paragraph for the profile page. Markdown: **bold**, _italic_, [links](https://example.org).",
    },
    {
      kind: "text",
      name: "photoUrl",
      label: "Photo address",
      maxLength: 500,
      defaultValue: c?.photoUrl,
      hint: "https://… or a site path such as /images/portrait.jpg. A square image works best.",
    },
    { kind: "email", name: "email", label: "Email", autoComplete: "off", defaultValue: c?.email },
    { kind: "tel", name: "phone", label: "Phone", autoComplete: "off", maxLength: 40, defaultValue: c?.phone },
    {
      kind: "checkbox",
      name: "contactOptIn",
      label: "Show the email and phone on the public site",
      defaultChecked: c?.contactOptIn ?? false,
      hint: "Only with the contributor's agreement. Unticked, contact details stay in the admin.",
    },
  ];
}
