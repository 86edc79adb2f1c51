// What the management pages show of sections and tags; AdminPage is any paged admin list.

export interface AdminSection {
  id: string;
  slug: string;
  name: string;
  description: string;
  position: number;
  postCount: number;
}

export interface AdminTag {
  id: string;
  slug: string;
  name: string;
  postCount: number;
}

export interface AdminPage<T> {
  items: T[];
  page: number;
  hasNext: boolean;
}

export interface PublicSection {
  id: string;
  slug: string;
  name: string;
  description: string;
}

export interface PublicTag {
  id: string;
  slug: string;
  name: string;
}
