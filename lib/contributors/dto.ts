// What the admin shows of contributors.

/** The answer to an inline "new guest writer" from the post editor. */
export interface CreatedContributor {
  id: string;
  name: string;
  slug: string;
  jobTitle: string | null;
  organisation: string | null;
}

export interface AdminContributorSummary extends CreatedContributor {
  /** No staff account: a guest writer. */
  isGuest: boolean;
  bylineCount: number;
}

export interface EditableContributor extends AdminContributorSummary {
  /** Null: the contact card uses the name's first word that is not an honorific. */
  firstName: string | null;
  bio: string;
  email: string | null;
  phone: string | null;
  contactOptIn: boolean;
  /** "@handle"s that share text credits: the writer's own, their organisation's. */
  socialHandle: string | null;
  organisationHandle: string | null;
  photoUrl: string | null;
  /** The linked account's id; the account holder may edit this profile. */
  userId: string | null;
}
