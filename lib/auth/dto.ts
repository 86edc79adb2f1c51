/** An OAuth provider whose keys are set, as the reader sign-in form offers it. */
export interface OAuthChoice {
  id: "github" | "google";
  name: string;
}
