import { PASSWORD_MIN_LENGTH } from "@/lib/users/schema";
import { TextField } from "./text-field";

type FieldProps = Omit<React.ComponentProps<typeof TextField>, "label">;

/** A new password typed twice, as password managers expect (autocomplete="new-password"). */
export function NewPasswordFields({
  password,
  confirmPassword,
  idPrefix,
}: {
  password: FieldProps;
  confirmPassword: FieldProps;
  idPrefix: string;
}) {
  return (
    <>
      <TextField
        {...password}
        idPrefix={idPrefix}
        label="New password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong password that is easy to remember.`}
        type="password"
        autoComplete="new-password"
        required
      />
      <TextField
        {...confirmPassword}
        idPrefix={idPrefix}
        label="Repeat the new password"
        type="password"
        autoComplete="new-password"
        required
      />
    </>
  );
}
